// Loading data for pages through one query cache (TanStack Query): a GraphQL query is
// cached under its operation name and variables, asked once however many components
// show it, shown from the cache when a page opens again (and loaded afresh behind it),
// and loaded again when a change or a live event invalidates it.
import {
  QueryClient,
  useInfiniteQuery,
  useQuery,
  type InfiniteData,
  type QueryKey,
} from "@tanstack/react-query";
import type { TypedDocumentString } from "../gql/graphql";
import { execute, operationName } from "./client";

/** The cache of the app; emptied when the signed-in account changes. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A failed load shows its error at once, with a button to try again.
      retry: false,
      refetchOnWindowFocus: false,
    },
  },
});

/** Items per page in every list of the app (the API allows up to 100). */
export const PAGE_SIZE = 25;

/** A page as every list field of the API returns it. */
export interface ApiPage<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Where a load stands. */
export type LoadState<T> =
  { status: "loading" } | { status: "error"; error: unknown } | { status: "ready"; data: T };

/** The cache key of an operation with its variables (or, for invalidating, a part of them). */
export function queryKey(document: { toString(): string }, variables?: unknown): QueryKey {
  const name = operationName(document.toString()) ?? document.toString();
  return variables === undefined ? [name] : [name, variables];
}

/**
 * Marks every cached answer of `document` whose variables include `variables` as out
 * of date; those on screen load again in the background.
 */
export function invalidate<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: Partial<TVariables>,
) {
  void queryClient.invalidateQueries({ queryKey: queryKey(document, variables) });
}

/** Puts an answer the server confirmed (e.g. by a mutation) into the cache. */
export function setCached<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  data: TResult,
) {
  queryClient.setQueryData(queryKey(document, variables), data);
}

/** Loading the answer under `key` again: showing the loading state, or in the background. */
function reloading(key: QueryKey) {
  return {
    reload: () => void queryClient.resetQueries({ queryKey: key, exact: true }),
    refresh: () => void queryClient.invalidateQueries({ queryKey: key, exact: true }),
  };
}

function loadState<T>(data: T | undefined, error: unknown): LoadState<T> {
  if (data !== undefined) return { status: "ready", data };
  // A failed background refresh keeps what is shown (the branch above).
  return error == null ? { status: "loading" } : { status: "error", error };
}

/**
 * One cached result under `key`, loaded by `load`. `reload()` shows the loading state
 * again; `refresh()` loads in the background and keeps what is shown; `setData`
 * replaces the cached result after a change the server confirmed.
 */
export function useCachedLoad<T>(key: QueryKey, load: () => Promise<T>, enabled = true) {
  const query = useQuery({ queryKey: key, queryFn: load, enabled });
  return {
    state: loadState(query.data, query.error),
    ...reloading(key),
    setData: (update: (data: T) => T) =>
      queryClient.setQueryData<T>(key, (data) => (data === undefined ? data : update(data))),
  };
}

/** A GraphQL query through the cache (`useCachedLoad` keyed by operation and variables). */
export function useGraphQL<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useCachedLoad(queryKey(document, variables), () => execute(document, variables), enabled);
}

/** A list, as `usePagedQuery` and `useListQuery` give it and `ListStatus` shows it. */
export interface PagedList<T> {
  /** The loaded items; undefined until the first page arrived. */
  items: T[] | undefined;
  /** Why the first page failed (only while there are no items). */
  error: unknown;
  /** Loads the first page again, showing the loading state. */
  reload: () => void;
  /** Loads the shown pages again in the background. */
  refresh: () => void;
  /** Changes the loaded items page by page (replace or drop items). */
  setItems: (update: (items: T[]) => T[]) => void;
  hasMore: boolean;
  loadMore: () => void;
  loadingMore: boolean;
  moreError: unknown;
}

/** A list the API returns whole (no pages); `pick` takes it from the answer. */
export function useListQuery<TResult, TVariables, T>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  pick: (data: TResult) => T[],
): PagedList<T> {
  const key = [...queryKey(document, variables), "list"];
  const query = useQuery({ queryKey: key, queryFn: () => execute(document, variables).then(pick) });
  return {
    items: query.data,
    error: query.data === undefined ? query.error : null,
    ...reloading(key),
    setItems: (update) => queryClient.setQueryData<T[]>(key, (items) => items && update(items)),
    hasMore: false,
    loadMore: () => undefined,
    loadingMore: false,
    moreError: null,
  };
}

type Paged = { first?: number | null; after?: string | null };

/**
 * A paged list of the API: the first `PAGE_SIZE` items for `variables`, more on
 * request; `page` picks the list field from the answer.
 */
export function usePagedQuery<TResult, TVariables extends Paged, T>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: Omit<TVariables, "first" | "after">,
  page: (data: TResult) => ApiPage<T>,
): PagedList<T> {
  const key = [...queryKey(document, variables), "pages"];
  const query = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam }) =>
      execute(document, { ...variables, first: PAGE_SIZE, after: pageParam } as TVariables).then(
        page,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) =>
      last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? null) : undefined,
  });
  const items = query.data?.pages.flatMap((p) => p.nodes);
  return {
    items,
    error: items === undefined ? query.error : null,
    ...reloading(key),
    setItems: (update) =>
      queryClient.setQueryData<InfiniteData<ApiPage<T>, string | null>>(key, (data) =>
        data ? { ...data, pages: data.pages.map((p) => ({ ...p, nodes: update(p.nodes) })) } : data,
      ),
    hasMore: query.hasNextPage,
    loadMore: () => {
      if (!query.isFetchingNextPage) void query.fetchNextPage();
    },
    loadingMore: query.isFetchingNextPage,
    moreError: query.isFetchNextPageError ? query.error : null,
  };
}
