import type { ReactNode } from "react";
import { describeError } from "../api/errors";
import type { PagedList } from "../api/query";
import { useT } from "../i18n";
import { Alert } from "./Alert";
import { LoadError, Loading } from "./Status";

/**
 * The one place for the states of a list: loading, failed to load (with a retry),
 * empty (`empty`, when given), else `children` with the items; below them the button
 * that loads more (`moreLabel`) and its error.
 */
export function ListStatus<T>({
  list,
  empty,
  moreLabel,
  children,
}: {
  list: PagedList<T>;
  empty?: ReactNode;
  moreLabel?: string | undefined;
  children: (items: T[]) => ReactNode;
}) {
  const { items } = list;
  return (
    <>
      {items === undefined ? (
        list.error == null ? (
          <Loading />
        ) : (
          <LoadError error={list.error} onRetry={list.reload} />
        )
      ) : items.length === 0 && empty !== undefined ? (
        empty
      ) : (
        children(items)
      )}
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loadingMore}
        error={list.moreError}
        onLoadMore={list.loadMore}
        label={moreLabel}
      />
    </>
  );
}

/** The designed empty state of a list: what is missing and, if any, what to do about it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      {children && <div className="empty-state__text">{children}</div>}
    </div>
  );
}

/** Below a paged list: the button that loads the next page, and its error. */
export function LoadMore({
  hasMore,
  loading,
  error,
  onLoadMore,
  label,
}: {
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  onLoadMore: () => void;
  label?: string | undefined;
}) {
  const t = useT();
  if (!hasMore && !error) return null;
  return (
    <div className="load-more">
      {error != null && <Alert kind="error">{describeError(error, t)}</Alert>}
      {hasMore && (
        <button
          type="button"
          className="button button--secondary"
          onClick={onLoadMore}
          aria-disabled={loading || undefined}
        >
          {loading && <span className="spinner spinner--small" aria-hidden="true" />}
          {loading ? t.app.loading : (label ?? t.lists.loadMore)}
        </button>
      )}
    </div>
  );
}
