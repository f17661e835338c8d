import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { request, setUnauthenticatedHandler } from "../api/client";
import { LogoutMutation, UpdateProfileMutation, ViewerQuery } from "../api/account";
import { queryClient } from "../api/query";
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
  const accountId = useRef<string | null>(null);

  // What was loaded for one account is never shown to another: a change of account
  // empties the cache (pages on screen load again).
  const setKnown = useCallback((viewer: Viewer | null) => {
    if ((viewer?.id ?? null) !== accountId.current) void queryClient.resetQueries();
    accountId.current = viewer?.id ?? null;
    setState({ status: "ready", viewer });
  }, []);

  const setViewer = useCallback(
    (viewer: Viewer | null) => {
      setKnown(viewer);
      if (viewer) setLanguage(viewer.language);
    },
    [setKnown, setLanguage],
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
    setUnauthenticatedHandler(() => setKnown(null));
    return () => setUnauthenticatedHandler(null);
  }, [setKnown]);

  const viewer = state.status === "ready" ? state.viewer : null;

  const value = useMemo<Session>(
    () => ({
      state,
      viewer,
      setViewer,
      reload: () => setAttempt((n) => n + 1),
      signOut: async () => {
        await request(LogoutMutation);
        setKnown(null);
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
    [state, viewer, setKnown, setViewer, setLanguage],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session context; use inside `SessionProvider`. */
export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}
