import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";

type Announce = (message: string) => void;

const AnnouncerContext = createContext<Announce | null>(null);

/** A polite live region for the results of asynchronous actions ("Gespeichert", "Abgemeldet"). */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  const timer = useRef<number | undefined>(undefined);

  const announce = useCallback<Announce>((next) => {
    // Clear first, so the same message twice in a row is read twice.
    setMessage("");
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(next), 50);
  }, []);

  const value = useMemo(() => announce, [announce]);

  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div
        className="visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="announcer"
      >
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}

/** Reads a short message out to screen reader users, without moving focus. */
export function useAnnounce(): Announce {
  const value = useContext(AnnouncerContext);
  if (!value) throw new Error("useAnnounce outside AnnouncerProvider");
  return value;
}
