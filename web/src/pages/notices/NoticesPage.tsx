import { useEffect, useId } from "react";
import { Link, useSearchParams } from "react-router";
import { GroupEventsSubscription } from "../../api/discussions";
import { subscribe } from "../../api/live";
import { NoticesQuery } from "../../api/notices";
import { invalidate, usePagedQuery } from "../../api/query";
import { SelectField } from "../../components/Field";
import { EmptyState, ListStatus } from "../../components/ListStatus";
import type { GroupFieldsFragment, NoticeFieldsFragment, NoticeList } from "../../gql/graphql";
import { useT } from "../../i18n";
import { useGroup } from "../groups/GroupLayout";
import { NoticeCard } from "./NoticeCard";

/** True when the viewer may put up notices in the group. */
export function canPostNotices(group: GroupFieldsFragment): boolean {
  if (group.canModerate) return true;
  return group.noticePosting === "MEMBERS" && group.myRole === "MEMBER";
}

/**
 * `/groups/:id/notices`: the group's pinboard (pinned notices first, in their order,
 * with buttons to move them), the archive of expired notices and, for moderators, the
 * deleted ones; the list lives in the address. Changes arrive live.
 */
export function NoticesPage() {
  const t = useT();
  const { group } = useGroup();
  const [params, setParams] = useSearchParams();
  const lists: NoticeList[] = group.canModerate
    ? ["CURRENT", "EXPIRED", "DELETED"]
    : ["CURRENT", "EXPIRED"];
  const asked = params.get("list") as NoticeList | null;
  const list: NoticeList = asked && lists.includes(asked) ? asked : "CURRENT";
  const headingId = useId();
  const labels: Record<NoticeList, string> = {
    CURRENT: t.notices.listCurrent,
    EXPIRED: t.notices.listExpired,
    DELETED: t.notices.listDeleted,
  };
  const empty: Record<NoticeList, string> = {
    CURRENT: t.notices.currentEmpty,
    EXPIRED: t.notices.expiredEmpty,
    DELETED: t.notices.deletedEmpty,
  };
  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t.notices.boardTitle}
      </h2>
      <div className="thread-toolbar">
        <form className="thread-filters thread-filters--open" onSubmit={(e) => e.preventDefault()}>
          <SelectField<NoticeList>
            label={t.notices.lists}
            name="list"
            value={list}
            onChange={(value) =>
              setParams(value === "CURRENT" ? {} : { list: value }, { replace: true })
            }
            options={lists.map((value) => ({ value, label: labels[value] }))}
          />
        </form>
        {canPostNotices(group) && (
          <div className="section__actions">
            <Link
              className="button button--primary button--small"
              to={`/groups/${group.id}/notices/new`}
            >
              {t.notices.newNotice}
            </Link>
          </div>
        )}
      </div>
      <NoticeCards
        groupId={group.id}
        list={list}
        canModerate={group.canModerate}
        empty={empty[list]}
      />
    </section>
  );
}

/**
 * A group's notices in `list` as cards; `first` limits them (the overview's board),
 * else they page. Pinned notices of the board get their move buttons.
 */
export function NoticeCards({
  groupId,
  list,
  canModerate,
  empty,
  first,
}: {
  groupId: string;
  list: NoticeList;
  canModerate: boolean;
  empty: string;
  first?: number;
}) {
  const t = useT();
  const notices = usePagedQuery(NoticesQuery, { groupId, list }, (data) => data.notices);
  useEffect(
    () =>
      subscribe(GroupEventsSubscription, { groupId }, (event) => {
        if (event.groupEvents.type === "NOTICES_CHANGED") invalidate(NoticesQuery, { groupId });
      }),
    [groupId],
  );
  const replace = (fresh: NoticeFieldsFragment) => {
    if (list === "CURRENT") invalidate(NoticesQuery, { groupId });
    else notices.setItems((items) => items.map((n) => (n.id === fresh.id ? fresh : n)));
  };
  const shown = (items: NoticeFieldsFragment[]) => (first ? items.slice(0, first) : items);
  return (
    <ListStatus
      list={first ? { ...notices, hasMore: false } : notices}
      empty={<EmptyState title={empty} />}
    >
      {(items) => {
        const pinned = items.filter((n) => n.pinned);
        return (
          <ul className="notice-list" aria-label={t.notices.lists}>
            {shown(items).map((notice) => {
              const at = pinned.findIndex((n) => n.id === notice.id);
              return (
                <li key={notice.id}>
                  <NoticeCard
                    notice={notice}
                    canModerate={canModerate}
                    {...(list === "CURRENT" &&
                      at >= 0 && { pinPlace: { first: at === 0, last: at === pinned.length - 1 } })}
                    onChanged={replace}
                    onRemoved={() => invalidate(NoticesQuery, { groupId })}
                  />
                </li>
              );
            })}
          </ul>
        );
      }}
    </ListStatus>
  );
}
