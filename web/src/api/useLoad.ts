// Loading data for a page: one result (`useLoad`) or a paged list with "load more"
// (`usePagedList`). Both give the designed loading/error states something to show and
// ignore answers that arrive after the page moved on.
import { useCallback, useEffect, useRef, useState, type DependencyList } from "react";

/** Where a load stands. */
export type LoadState<T> =
  { status: "loading" } | { status: "error"; error: unknown } | { status: "ready"; data: T };

/** Items per page in every list of the app (the API allows up to 100). */
export const PAGE_SIZE = 25;

/** A page as every list field of the API returns it. */
export interface ApiPage<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * Runs `load` when the component mounts and whenever `deps` change. `reload()` shows
 * the loading state again; `refresh()` loads in the background and keeps what is shown.
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList) {
  const [state, setState] = useState<LoadState<T>>({ status: "loading" });
  const [attempt, setAttempt] = useState({ n: 0, silent: false });
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let cancelled = false;
    if (!attempt.silent) setState({ status: "loading" });
    loadRef
      .current()
      .then((data) => !cancelled && setState({ status: "ready", data }))
      .catch((error: unknown) => {
        if (cancelled) return;
        // A failed background refresh keeps what is shown.
        setState((s) => (attempt.silent && s.status === "ready" ? s : { status: "error", error }));
      });
    return () => {
      cancelled = true;
    };
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((a) => ({ n: a.n + 1, silent: false })), []);
  const refresh = useCallback(() => setAttempt((a) => ({ n: a.n + 1, silent: true })), []);
  /** Replaces the loaded data (after a change the server confirmed). */
  const setData = useCallback(
    (update: (data: T) => T) =>
      setState((s) => (s.status === "ready" ? { status: "ready", data: update(s.data) } : s)),
    [],
  );
  return { state, reload, refresh, setData };
}

/** A paged list: the first page on mount (and when `deps` change), more on request. */
export function usePagedList<T>(
  fetchPage: (after: string | null) => Promise<ApiPage<T>>,
  deps: DependencyList,
) {
  const [cursor, setCursor] = useState<{ hasNextPage: boolean; endCursor: string | null }>({
    hasNextPage: false,
    endCursor: null,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  // Counts the loads of the first page; an older "load more" must not append to a newer list.
  const generation = useRef(0);

  const first = useLoad(async () => {
    generation.current += 1;
    setMoreError(null);
    const page = await fetchRef.current(null);
    setCursor({
      hasNextPage: page.pageInfo.hasNextPage,
      endCursor: page.pageInfo.endCursor ?? null,
    });
    return page.nodes;
  }, deps);

  const { setData } = first;
  const loadMore = useCallback(async () => {
    if (loadingMore || !cursor.hasNextPage) return;
    const own = generation.current;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await fetchRef.current(cursor.endCursor);
      if (own !== generation.current) return;
      setData((items) => [...items, ...page.nodes]);
      setCursor({
        hasNextPage: page.pageInfo.hasNextPage,
        endCursor: page.pageInfo.endCursor ?? null,
      });
    } catch (error) {
      if (own === generation.current) setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, loadingMore, setData]);

  return {
    state: first.state,
    reload: first.reload,
    refresh: first.refresh,
    /** Changes the loaded items (e.g. drops one that was removed). */
    setItems: setData,
    hasMore: cursor.hasNextPage,
    loadMore,
    loadingMore,
    moreError,
  };
}

/** What `usePagedList` returns, for components that show a list loaded elsewhere. */
export type PagedList<T> = ReturnType<typeof usePagedList<T>>;
