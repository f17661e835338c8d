import { useState } from "react";
import { Link } from "react-router";
import { request } from "../api/client";
import { describeError } from "../api/errors";
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationsReadMutation,
  NotificationsQuery,
  UnreadNotificationCountQuery,
} from "../api/notifications";
import { invalidate, usePagedQuery } from "../api/query";
import { Alert } from "../components/Alert";
import { useAnnounce } from "../components/Announcer";
import { EmptyState, ListStatus } from "../components/ListStatus";
import { PageHeading } from "../components/PageHeading";
import type { NotificationsQuery as NotificationsData } from "../gql/graphql";
import { useI18n } from "../i18n";

type Item = NotificationsData["notifications"]["nodes"][number];

/** Where a notification leads: the exact post, or the group's join requests. */
function target(item: Item): string {
  if (item.kind === "JOIN_REQUEST" || !item.threadId)
    return `/groups/${item.groupId}/join-requests`;
  const hash = item.postSeq != null ? `#post-${item.postSeq}` : "";
  return `/groups/${item.groupId}/threads/${item.threadId}${hash}`;
}

/** `/notifications`: what the viewer should know about, newest first; mark read one by one or all. */
export function NotificationsPage() {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const list = usePagedQuery(NotificationsQuery, {}, (data) => data.notifications);
  const now = new Date().toISOString();

  const markRead = async (ids: string[] | "all") => {
    setError(null);
    try {
      if (ids === "all") await request(MarkAllNotificationsReadMutation);
      else await request(MarkNotificationsReadMutation, { ids });
      invalidate(UnreadNotificationCountQuery);
      list.setItems((items) =>
        items.map((n) =>
          ids === "all" || ids.includes(n.id) ? { ...n, readAt: n.readAt ?? now } : n,
        ),
      );
      if (ids === "all") announce(t.notifications.allMarked);
    } catch (e) {
      setError(describeError(e, t));
    }
  };

  const text = (item: Item) => {
    const who = item.actor?.name ?? t.discussions.unknownAuthor;
    const what = item.threadTitle ?? item.groupName;
    return t.notifications.kinds[item.kind](who, what);
  };

  return (
    <>
      <PageHeading title={t.notifications.title} />
      {error && <Alert kind="error">{error}</Alert>}
      <ListStatus list={list} empty={<EmptyState title={t.notifications.empty} />}>
        {(items) => (
          <>
            {items.some((n) => !n.readAt) && (
              <p>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void markRead("all")}
                >
                  {t.notifications.markAll}
                </button>
              </p>
            )}
            <ul className="notification-list" aria-label={t.notifications.title}>
              {items.map((item) => (
                <li
                  key={item.id}
                  className={`card notification${item.readAt ? "" : " notification--unread"}`}
                >
                  <p className="thread-item__badges">
                    {!item.readAt && (
                      <span className="badge badge--new">{t.notifications.unread}</span>
                    )}
                    <span className="badge badge--neutral">{item.groupName}</span>
                  </p>
                  <p>
                    <Link
                      to={target(item)}
                      onClick={() => {
                        if (!item.readAt) void markRead([item.id]);
                      }}
                    >
                      {text(item)}
                    </Link>
                  </p>
                  <p className="notification__meta">
                    <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                    {!item.readAt && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => void markRead([item.id])}
                      >
                        {t.notifications.markRead}
                      </button>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </ListStatus>
    </>
  );
}
