import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { request, setUnauthenticatedHandler } from "../api/client";
import { LogoutMutation, UpdateProfileMutation, ViewerQuery } from "../api/account";
import type { AccountFieldsFragment, Language } from "../gql/graphql";
import { useI18n } from "../i18n";

/** The signed-in account as the client knows it. */
export type Viewer = AccountFieldsFragment;

type SessionState =
  | { status: "loading" }
  | { status: "error"; error: unknown }
  | { status: "ready"; viewer: Viewer | null };

interface Session {
  state: SessionState;
  /** The signed-in account, or null (also while loading). */
  viewer: Viewer | null;
  /** Replaces the known account, e.g. after sign-in or a profile change; follows its language. */
  setViewer: (viewer: Viewer | null) => void;
  /** Asks the server again who is signed in. */
  reload: () => void;
  /** Ends the session on the server and forgets the account. */
  signOut: () => Promise<void>;
  /** Switches the language; for a signed-in account it is stored with the account. */
  switchLanguage: (lang: Language) => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Loads the viewer once and keeps it; signs out locally when the server says the session ended. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { setLanguage } = useI18n();
  const [state, setState] = useState<SessionState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  const setViewer = useCallback(
    (viewer: Viewer | null) => {
      setState({ status: "ready", viewer });
      if (viewer) setLanguage(viewer.language);
    },
    [setLanguage],
  );

  useEffect(() => {
    let cancelled = false;
    setState({ status: "loading" });
    request(ViewerQuery)
      .then((data) => {
        if (!cancelled) setViewer(data.viewer);
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ status: "error", error });
      });
    return () => {
      cancelled = true;
    };
  }, [attempt, setViewer]);

  useEffect(() => {
    setUnauthenticatedHandler(() => setState({ status: "ready", viewer: null }));
    return () => setUnauthenticatedHandler(null);
  }, []);

  const viewer = state.status === "ready" ? state.viewer : null;

  const value = useMemo<Session>(
    () => ({
      state,
      viewer,
      setViewer,
      reload: () => setAttempt((n) => n + 1),
      signOut: async () => {
        await request(LogoutMutation);
        setState({ status: "ready", viewer: null });
      },
      switchLanguage: async (lang: Language) => {
        if (viewer) {
          const data = await request(UpdateProfileMutation, { language: lang });
          setViewer(data.updateProfile);
        } else {
          setLanguage(lang);
        }
      },
    }),
    [state, viewer, setViewer, setLanguage],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session context; use inside `SessionProvider`. */
export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}
