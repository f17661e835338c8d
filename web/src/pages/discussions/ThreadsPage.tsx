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
import { SelectField, TextField } from "../../components/Field";
import { EmptyState, ListStatus } from "../../components/ListStatus";
import type { ThreadFilter, ThreadSort } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { useGroup } from "../groups/GroupLayout";
import { TagList } from "./TagList";

type FilterKey = "all" | "unanswered" | "mine" | "watched" | "deleted";
const FILTERS: FilterKey[] = ["all", "unanswered", "mine", "watched", "deleted"];
const SORTS: ThreadSort[] = ["LATEST_ACTIVITY", "NEWEST", "UNANSWERED"];
/** The list follows the tag field this long after the last keystroke. */
const TYPING_PAUSE_MS = 300;

function filterOf(key: FilterKey, categoryId: string, tag: string): ThreadFilter {
  return {
    ...(key === "all" ? {} : { [key]: true }),
    ...(categoryId ? { categoryId } : {}),
    ...(tag ? { tag } : {}),
  };
}

/** The address's filters with one of them set (its default value removes it). */
function withParam(current: URLSearchParams, name: string, value: string, fallback = "") {
  const next = new URLSearchParams(current);
  if (value && value !== fallback) next.set(name, value);
  else next.delete(name);
  return next;
}

/**
 * `/groups/:id/threads`: the group's threads as compact rows (title, category, tags,
 * unread state, replies, last activity). The filters (kind of thread, category, tag)
 * and the order apply as they change and live in the address, so reloading and going
 * back keep them. New threads and activity arrive live; "mark all read" clears the
 * unread markers.
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
  // The tag as typed; the address follows after a pause in typing.
  const [tagText, setTagText] = useState(tag);
  // Phones: the filters open from a button.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const activeFilters = [filter !== "all", categoryId, tag, sort !== "LATEST_ACTIVITY"].filter(
    Boolean,
  ).length;
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
  const setParam = (name: string, value: string, fallback = "") =>
    setParams((current) => withParam(current, name, value, fallback), { replace: true });

  // A tag link changes the address: the field shows it.
  useEffect(() => setTagText(tag), [tag]);
  useEffect(() => {
    if (tagText.trim() === tag) return;
    const timer = window.setTimeout(
      () => setParams((current) => withParam(current, "tag", tagText.trim()), { replace: true }),
      TYPING_PAUSE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [tagText, tag, setParams]);
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
      {/* The active tab names the section on screen. */}
      <h2 id={headingId} className="visually-hidden">
        {t.discussions.title}
      </h2>
      <div className="thread-toolbar">
        <button
          type="button"
          className="button button--secondary button--small thread-toolbar__filters"
          aria-expanded={filtersOpen}
          aria-controls={filtersId}
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {t.discussions.filterButton(activeFilters)}
        </button>
        <form
          id={filtersId}
          className={`thread-filters${filtersOpen ? " thread-filters--open" : ""}`}
          aria-label={t.discussions.filters}
          onSubmit={(event) => event.preventDefault()}
        >
          <SelectField<FilterKey>
            label={t.discussions.filters}
            name="filter"
            value={filter}
            onChange={(value) => setParam("filter", value, "all")}
            options={filters.map((key) => ({ value: key, label: filterLabels[key] }))}
          />
          {categoryList.length > 0 && (
            <SelectField
              label={t.discussions.categoryFilter}
              name="category"
              value={categoryId}
              onChange={(value) => setParam("category", value)}
              options={[
                { value: "", label: t.discussions.allCategories },
                ...categoryList.map((c) => ({ value: c.id, label: c.name })),
              ]}
            />
          )}
          <TextField
            label={t.discussions.tagSearch}
            name="tag"
            type="search"
            value={tagText}
            onChange={setTagText}
          />
          <SelectField<ThreadSort>
            label={t.discussions.sort}
            name="sort"
            value={sort}
            onChange={(value) => setParam("sort", value, "LATEST_ACTIVITY")}
            options={SORTS.map((key) => ({ value: key, label: sortLabels[key] }))}
          />
        </form>
        <div className="section__actions">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void markAllRead()}
          >
            {t.discussions.markAllRead}
          </button>
          {canWrite && (
            <Link
              className="button button--primary button--small"
              to={`/groups/${group.id}/threads/new`}
            >
              {t.discussions.newThread}
            </Link>
          )}
        </div>
      </div>
      {markError && <Alert kind="error">{markError}</Alert>}
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
          <ul className="topic-list" aria-label={t.discussions.caption}>
            {threads.map((thread) => (
              <li key={thread.id} className="topic-row">
                <h3 className="topic-row__title">
                  <Link to={`/groups/${group.id}/threads/${thread.id}`}>{thread.title}</Link>
                </h3>
                <div className="topic-row__meta">
                  {thread.isNew ? (
                    <span className="badge badge--new">{t.discussions.isNew}</span>
                  ) : (
                    thread.unreadCount > 0 && (
                      <span className="badge badge--new">
                        {t.discussions.unread(thread.unreadCount)}
                      </span>
                    )
                  )}
                  {thread.kind === "QUESTION" && (
                    <span className="badge badge--neutral">{t.discussions.question}</span>
                  )}
                  {thread.kind === "QUESTION" && thread.answered && (
                    <span className="badge badge--success">{t.discussions.answered}</span>
                  )}
                  {thread.deletedAt && (
                    <span className="badge badge--neutral">{t.discussions.deletedBadge}</span>
                  )}
                  {thread.category && <span>{thread.category.name}</span>}
                  {thread.tags.length > 0 && <TagList tags={thread.tags} linkTo={tagLink} />}
                </div>
                <p className="topic-row__replies">{t.discussions.replyCount(thread.replyCount)}</p>
                <p className="topic-row__activity">
                  <span className="visually-hidden">{t.discussions.lastActivity}: </span>
                  <time dateTime={thread.lastActivityAt}>
                    {formatDateTime(thread.lastActivityAt)}
                  </time>
                </p>
              </li>
            ))}
          </ul>
        )}
      </ListStatus>
    </section>
  );
}
