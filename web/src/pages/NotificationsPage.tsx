import { useState } from "react";
import { Link } from "react-router";
import { request } from "../api/client";
import { describeError } from "../api/errors";
import {
  CollapsedNotificationsQuery,
  MarkAllNotificationsReadMutation,
} from "../api/notifications";
import { usePagedQuery } from "../api/query";
import { Alert } from "../components/Alert";
import { useAnnounce } from "../components/Announcer";
import { EmptyState, ListStatus } from "../components/ListStatus";
import { PageHeading } from "../components/PageHeading";
import {
  type NotificationLine,
  lineTarget,
  lineText,
  markLineRead,
  refreshLines,
} from "../components/notificationLines";
import { useI18n } from "../i18n";

/**
 * `/notifications`: what the viewer should know about, newest first, several about one
 * thread in one line; mark read line by line or all.
 */
export function NotificationsPage() {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const list = usePagedQuery(
    CollapsedNotificationsQuery,
    {},
    (data) => data.collapsedNotifications,
  );

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(describeError(e, t));
    }
  };
  const markAll = () =>
    run(async () => {
      await request(MarkAllNotificationsReadMutation);
      refreshLines();
      announce(t.notifications.allMarked);
    });
  const markRead = (line: NotificationLine) => run(() => markLineRead(line));

  return (
    <>
      <PageHeading title={t.notifications.title} />
      {error && <Alert kind="error">{error}</Alert>}
      <ListStatus list={list} empty={<EmptyState title={t.notifications.empty} />}>
        {(lines) => (
          <>
            {lines.some((line) => !line.latest.readAt) && (
              <p>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void markAll()}
                >
                  {t.notifications.markAll}
                </button>
              </p>
            )}
            <ul className="notification-list" aria-label={t.notifications.title}>
              {lines.map((line) => {
                const unread = !line.latest.readAt;
                return (
                  <li
                    key={line.latest.id}
                    className={`card notification${unread ? " notification--unread" : ""}`}
                  >
                    <p className="thread-item__badges">
                      {unread && <span className="badge badge--new">{t.notifications.unread}</span>}
                      <span className="badge badge--neutral">{line.latest.groupName}</span>
                    </p>
                    <p>
                      <Link
                        to={lineTarget(line)}
                        onClick={() => {
                          if (unread) void markRead(line);
                        }}
                      >
                        {lineText(line, t)}
                      </Link>
                    </p>
                    <p className="notification__meta">
                      <time dateTime={line.latest.createdAt}>
                        {formatDateTime(line.latest.createdAt)}
                      </time>
                      {unread && (
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          onClick={() => void markRead(line)}
                        >
                          {t.notifications.markRead}
                        </button>
                      )}
                    </p>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </ListStatus>
    </>
  );
}
