// The posts of a thread the page holds: a window of the thread in the chosen order,
// grown page by page at either end, and where a post arriving live belongs in it.
import type { PostFieldsFragment, PostOrder } from "../../gql/graphql";

/** A run of consecutive posts of a thread, and whether posts lie beyond either end. */
export interface PostWindow {
  posts: PostFieldsFragment[];
  /** Posts follow the last one; load them `after: endCursor`. */
  hasMore: boolean;
  endCursor: string | null;
  /** Posts precede the first one; load them `before: startCursor`. */
  hasEarlier: boolean;
  startCursor: string | null;
}

/** A page of posts as the API returns it. */
export interface PostPage {
  nodes: PostFieldsFragment[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  hasPreviousPage: boolean;
  startCursor?: string | null;
}

/** The window of one page. */
export function windowOf(page: PostPage): PostWindow {
  return {
    posts: page.nodes,
    hasMore: page.pageInfo.hasNextPage,
    endCursor: page.pageInfo.endCursor ?? null,
    hasEarlier: page.hasPreviousPage,
    startCursor: page.startCursor ?? null,
  };
}

/** The window with the page that follows it. */
export function withNext(window: PostWindow, page: PostPage): PostWindow {
  const shown = new Set(window.posts.map((p) => p.id));
  return {
    ...window,
    posts: [...window.posts, ...page.nodes.filter((p) => !shown.has(p.id))],
    hasMore: page.pageInfo.hasNextPage,
    endCursor: page.pageInfo.endCursor ?? null,
  };
}

/** The window with the page that precedes it. */
export function withEarlier(window: PostWindow, page: PostPage): PostWindow {
  const shown = new Set(window.posts.map((p) => p.id));
  return {
    ...window,
    posts: [...page.nodes.filter((p) => !shown.has(p.id)), ...window.posts],
    hasEarlier: page.hasPreviousPage,
    startCursor: page.startCursor ?? null,
  };
}

/** The window with a changed post in place of its old version. */
function withChanged(window: PostWindow, post: PostFieldsFragment): PostWindow {
  return { ...window, posts: window.posts.map((p) => (p.id === post.id ? post : p)) };
}

/**
 * The window with a new post at its place in `order` (chronological: at the end of
 * the thread; threaded: after its parent's replies), or null when that place is not
 * in the window (the end of the thread or of the parent's replies is not loaded yet).
 */
export function withNew(
  window: PostWindow,
  post: PostFieldsFragment,
  order: PostOrder,
): PostWindow | null {
  const { posts } = window;
  if (posts.some((p) => p.id === post.id)) return withChanged(window, post);
  let at = posts.length;
  if (order === "THREADED" && post.parent) {
    const parentAt = posts.findIndex((p) => p.id === post.parent?.id);
    if (parentAt < 0) return null;
    const depth = posts[parentAt]?.depth ?? 0;
    at = parentAt + 1;
    while (at < posts.length && (posts[at]?.depth ?? 0) > depth) at += 1;
  }
  if (at === posts.length && window.hasMore) return null;
  return { ...window, posts: [...posts.slice(0, at), post, ...posts.slice(at)] };
}
