import { useEffect, useId, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { request } from "../../api/client";
import {
  CategoriesQuery,
  GroupEventsSubscription,
  MarkAllReadMutation,
  ThreadsQuery,
} from "../../api/discussions";
import { describeError } from "../../api/errors";
import { subscribe } from "../../api/live";
import { invalidate, useListQuery, usePagedQuery } from "../../api/query";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { SelectField } from "../../components/Field";
import { EmptyState, ListStatus } from "../../components/ListStatus";
import type { ThreadFilter, ThreadSort } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { useGroup } from "../groups/GroupLayout";
import { TagList } from "./TagList";

type FilterKey = "all" | "unanswered" | "mine" | "watched" | "deleted";
const FILTERS: FilterKey[] = ["all", "unanswered", "mine", "watched", "deleted"];
const SORTS: ThreadSort[] = ["LATEST_ACTIVITY", "NEWEST", "UNANSWERED"];

function filterOf(key: FilterKey, categoryId: string, tag: string): ThreadFilter {
  return {
    ...(key === "all" ? {} : { [key]: true }),
    ...(categoryId ? { categoryId } : {}),
    ...(tag ? { tag } : {}),
  };
}

/**
 * `/groups/:id/threads`: the group's threads with author, category, tags, replies,
 * last activity and unread state; filters (kind of thread, category, tag) and order
 * live in the address. New threads and
 * activity arrive live; "mark all read" clears the unread markers.
 */
export function ThreadsPage() {
  const { t, formatDateTime } = useI18n();
  const { group } = useGroup();
  const [params, setParams] = useSearchParams();
  const filterParam = params.get("filter") as FilterKey | null;
  const sortParam = params.get("sort") as ThreadSort | null;
  const filters = FILTERS.filter((key) => key !== "deleted" || group.canModerate);
  const filter: FilterKey = filterParam && filters.includes(filterParam) ? filterParam : "all";
  const sort: ThreadSort = sortParam && SORTS.includes(sortParam) ? sortParam : "LATEST_ACTIVITY";
  const categoryId = params.get("category") ?? "";
  const tag = params.get("tag") ?? "";
  const [draftFilter, setDraftFilter] = useState<FilterKey>(filter);
  const [draftSort, setDraftSort] = useState<ThreadSort>(sort);
  const [draftCategory, setDraftCategory] = useState(categoryId);
  const headingId = useId();
  const categoryList =
    useListQuery(CategoriesQuery, { groupId: group.id }, (data) => data.categories).items ?? [];
  const list = usePagedQuery(
    ThreadsQuery,
    { groupId: group.id, filter: filterOf(filter, categoryId, tag), sort },
    (data) => data.threads,
  );
  const withParams = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    change(next);
    const query = next.toString();
    return query ? `?${query}` : "?";
  };
  const filterLabels: Record<FilterKey, string> = {
    all: t.discussions.filterAll,
    unanswered: t.discussions.filterUnanswered,
    mine: t.discussions.filterMine,
    watched: t.discussions.filterWatched,
    deleted: t.discussions.filterDeleted,
  };
  const sortLabels: Record<ThreadSort, string> = {
    LATEST_ACTIVITY: t.discussions.sortLatest,
    NEWEST: t.discussions.sortNewest,
    UNANSWERED: t.discussions.sortUnanswered,
  };
  const canWrite = group.myRole === "MEMBER" || group.myRole === "MODERATOR" || group.canModerate;
  const tagLink = (name: string) => withParams((next) => next.set("tag", name));
  const announce = useAnnounce();
  const [markError, setMarkError] = useState<string | null>(null);

  // New threads and activity: every thread list of the group loads again.
  useEffect(
    () =>
      subscribe(GroupEventsSubscription, { groupId: group.id }, () =>
        invalidate(ThreadsQuery, { groupId: group.id }),
      ),
    [group.id],
  );

  const markAllRead = async () => {
    setMarkError(null);
    try {
      const data = await request(MarkAllReadMutation, { groupId: group.id });
      invalidate(ThreadsQuery, { groupId: group.id });
      announce(t.discussions.allRead(data.markAllRead));
    } catch (error) {
      setMarkError(describeError(error, t));
    }
  };

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <div className="section__head">
        <h2 id={headingId} className="section__title">
          {t.discussions.title}
        </h2>
        <div className="section__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void markAllRead()}
          >
            {t.discussions.markAllRead}
          </button>
          {canWrite && (
            <Link className="button button--primary" to={`/groups/${group.id}/threads/new`}>
              {t.discussions.newThread}
            </Link>
          )}
        </div>
      </div>
      {markError && <Alert kind="error">{markError}</Alert>}
      <p className="section__intro">{t.discussions.intro}</p>
      <form
        className="thread-filters"
        aria-label={t.discussions.filters}
        onSubmit={(event) => {
          event.preventDefault();
          const next = new URLSearchParams();
          if (draftFilter !== "all") next.set("filter", draftFilter);
          if (draftSort !== "LATEST_ACTIVITY") next.set("sort", draftSort);
          if (draftCategory) next.set("category", draftCategory);
          if (tag) next.set("tag", tag);
          setParams(next);
        }}
      >
        <SelectField<FilterKey>
          label={t.discussions.filters}
          name="filter"
          value={draftFilter}
          onChange={setDraftFilter}
          options={filters.map((key) => ({ value: key, label: filterLabels[key] }))}
        />
        {categoryList.length > 0 && (
          <SelectField
            label={t.discussions.categoryFilter}
            name="category"
            value={draftCategory}
            onChange={setDraftCategory}
            options={[
              { value: "", label: t.discussions.allCategories },
              ...categoryList.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
        )}
        <SelectField<ThreadSort>
          label={t.discussions.sort}
          name="sort"
          value={draftSort}
          onChange={setDraftSort}
          options={SORTS.map((key) => ({ value: key, label: sortLabels[key] }))}
        />
        <button type="submit" className="button button--secondary">
          {t.discussions.apply}
        </button>
      </form>
      {tag && (
        <p className="thread-filters__tag">
          {t.discussions.tagFilter(tag)}{" "}
          <Link to={withParams((next) => next.delete("tag"))}>{t.discussions.clearTag}</Link>
        </p>
      )}
      <ListStatus
        list={list}
        empty={
          <EmptyState
            title={
              filter === "all" && !categoryId && !tag
                ? t.discussions.empty
                : t.discussions.emptyFiltered
            }
          />
        }
      >
        {(threads) => (
          <ul className="thread-list" aria-label={t.discussions.caption}>
            {threads.map((thread) => (
              <li key={thread.id} className="thread-item card">
                <h3 className="thread-item__title">
                  <Link to={`/groups/${group.id}/threads/${thread.id}`}>{thread.title}</Link>
                </h3>
                <p className="thread-item__badges">
                  {thread.kind === "QUESTION" && (
                    <span className="badge badge--neutral">{t.discussions.question}</span>
                  )}
                  {thread.answered && (
                    <span className="badge badge--success">{t.discussions.answered}</span>
                  )}
                  {thread.deletedAt && (
                    <span className="badge badge--neutral">{t.discussions.deletedBadge}</span>
                  )}
                  {thread.isNew ? (
                    <span className="badge badge--new">{t.discussions.isNew}</span>
                  ) : (
                    thread.unreadCount > 0 && (
                      <span className="badge badge--new">
                        {t.discussions.unread(thread.unreadCount)}
                      </span>
                    )
                  )}
                </p>
                <dl className="thread-item__meta">
                  <div>
                    <dt>{t.discussions.author}</dt>
                    <dd>{thread.author?.name ?? t.discussions.unknownAuthor}</dd>
                  </div>
                  <div>
                    <dt>{t.discussions.category}</dt>
                    <dd>{thread.category?.name ?? t.discussions.noCategory}</dd>
                  </div>
                  <div>
                    <dt>{t.discussions.replies}</dt>
                    <dd>{thread.replyCount}</dd>
                  </div>
                  <div>
                    <dt>{t.discussions.lastActivity}</dt>
                    <dd>
                      <time dateTime={thread.lastActivityAt}>
                        {formatDateTime(thread.lastActivityAt)}
                      </time>
                    </dd>
                  </div>
                </dl>
                {thread.tags.length > 0 && <TagList tags={thread.tags} linkTo={tagLink} />}
              </li>
            ))}
          </ul>
        )}
      </ListStatus>
    </section>
  );
}
