import { useEffect, useId, useState } from "react";
import { Link } from "react-router";
import { GroupEventsSubscription } from "../../api/discussions";
import { LinksQuery } from "../../api/links";
import { subscribe } from "../../api/live";
import { invalidate, usePagedQuery } from "../../api/query";
import { SelectField, TextField } from "../../components/Field";
import { EmptyState, ListStatus } from "../../components/ListStatus";
import { useFilterParams } from "../../components/useFilterParams";
import type { LinkFilter, LinkSort, LinkStatus } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { TagList } from "../discussions/TagList";
import { useGroup } from "../groups/GroupLayout";
import { LinkStatusBadge } from "./LinkCheck";

const SORTS: LinkSort[] = ["NEWEST", "TITLE", "MOST_DISCUSSED"];
const STATUSES: LinkStatus[] = ["OK", "MOVED", "BROKEN", "UNCHECKED"];
/** The status filter's choices: any status, one status, or (moderators) the deleted links. */
type StatusKey = "" | LinkStatus | "DELETED";
/** The filters in the address. */
const FILTER_KEYS = ["status", "tag", "sort"] as const;

function filterOf(status: StatusKey, tag: string): LinkFilter {
  return {
    ...(status === "DELETED" ? { deleted: true } : status ? { status } : {}),
    ...(tag ? { tag } : {}),
  };
}

/** The host of an address, for the list's compact rows. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * `/groups/:id/links`: the group's link list as compact rows (title, status of the
 * last check, host, tags, comments, when added). Order, tag and status filter live in
 * the address; a row opens the link's thread. Changes arrive live.
 */
export function LinksPage() {
  const { t, formatDate } = useI18n();
  const { group } = useGroup();
  const filters = useFilterParams(FILTER_KEYS);
  const { applied, drafts } = filters;
  const sort: LinkSort = SORTS.includes(applied.sort as LinkSort)
    ? (applied.sort as LinkSort)
    : "NEWEST";
  const statuses: StatusKey[] = [
    "",
    ...STATUSES,
    ...(group.canModerate ? ["DELETED" as const] : []),
  ];
  const status: StatusKey = statuses.includes(applied.status as StatusKey)
    ? (applied.status as StatusKey)
    : "";
  const tag = applied.tag;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const headingId = useId();
  const activeFilters = [status, tag, sort !== "NEWEST"].filter(Boolean).length;
  const list = usePagedQuery(
    LinksQuery,
    { groupId: group.id, filter: filterOf(status, tag), sort },
    (data) => data.links,
  );
  useEffect(
    () =>
      subscribe(GroupEventsSubscription, { groupId: group.id }, (event) => {
        const type = event.groupEvents.type;
        if (type === "LINKS_CHANGED" || type === "THREAD_ACTIVITY") {
          invalidate(LinksQuery, { groupId: group.id });
        }
      }),
    [group.id],
  );

  const sortLabels: Record<LinkSort, string> = {
    NEWEST: t.links.sortNewest,
    TITLE: t.links.sortTitle,
    MOST_DISCUSSED: t.links.sortMostDiscussed,
  };
  const statusLabel = (key: StatusKey) =>
    key === "" ? t.links.statusAll : key === "DELETED" ? t.links.deleted : t.links.status[key];
  const canWrite = group.myRole === "MEMBER" || group.myRole === "MODERATOR" || group.canModerate;
  const tagLink = (name: string) => {
    const next = new URLSearchParams(Object.entries(applied).filter(([, value]) => value));
    next.set("tag", name);
    return `?${next.toString()}`;
  };

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t.links.title}
      </h2>
      <div className="thread-toolbar">
        <button
          type="button"
          className="button button--secondary button--small thread-toolbar__filters"
          aria-expanded={filtersOpen}
          aria-controls={filtersId}
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {t.links.filterButton(activeFilters)}
        </button>
        <form
          id={filtersId}
          className={`thread-filters${filtersOpen ? " thread-filters--open" : ""}`}
          aria-label={t.links.filters}
          onSubmit={(event) => event.preventDefault()}
        >
          <SelectField<StatusKey>
            label={t.links.statusFilter}
            name="status"
            value={
              statuses.includes(drafts.status as StatusKey) ? (drafts.status as StatusKey) : ""
            }
            onChange={(value) => filters.setDraft("status", value)}
            options={statuses.map((key) => ({ value: key, label: statusLabel(key) }))}
          />
          <TextField
            label={t.links.tagSearch}
            name="tag"
            type="search"
            value={drafts.tag}
            onChange={(value) => filters.setDraft("tag", value)}
          />
          <SelectField<LinkSort>
            label={t.links.sort}
            name="sort"
            value={SORTS.includes(drafts.sort as LinkSort) ? (drafts.sort as LinkSort) : "NEWEST"}
            onChange={(value) => filters.setDraft("sort", value === "NEWEST" ? "" : value)}
            options={SORTS.map((key) => ({ value: key, label: sortLabels[key] }))}
          />
        </form>
        <div className="section__actions">
          {group.canModerate && (
            <Link
              className="button button--secondary button--small"
              to={`/groups/${group.id}/links/checks`}
            >
              {t.links.toChecks}
            </Link>
          )}
          {canWrite && (
            <Link
              className="button button--primary button--small"
              to={`/groups/${group.id}/links/new`}
            >
              {t.links.newLink}
            </Link>
          )}
        </div>
      </div>
      <ListStatus
        list={list}
        empty={<EmptyState title={status || tag ? t.links.emptyFiltered : t.links.empty} />}
      >
        {(links) => (
          <ul className="topic-list" aria-label={t.links.caption}>
            {links.map((link) => (
              <li key={link.id} className="topic-row">
                <h3 className="topic-row__title">
                  <Link to={`/groups/${group.id}/threads/${link.threadId}`}>{link.title}</Link>
                </h3>
                <div className="topic-row__meta">
                  <LinkStatusBadge status={link.checkStatus} />
                  {link.deleted && <span className="badge badge--neutral">{t.links.deleted}</span>}
                  <span className="link-host">{hostOf(link.url)}</span>
                  {link.tags.length > 0 && <TagList tags={link.tags} linkTo={tagLink} />}
                </div>
                <p className="topic-row__replies">{t.links.commentCount(link.commentCount)}</p>
                <p className="topic-row__activity">
                  <span className="visually-hidden">{t.links.addedOn}: </span>
                  <time dateTime={link.createdAt}>{formatDate(link.createdAt)}</time>
                </p>
              </li>
            ))}
          </ul>
        )}
      </ListStatus>
    </section>
  );
}
