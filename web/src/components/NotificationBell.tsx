import { useEffect, useState } from "react";
import { Link, useLocation } from "react-router";
import { request } from "../api/client";
import { subscribe } from "../api/live";
import { UnreadNotificationCountQuery, ViewerEventsSubscription } from "../api/notifications";
import { useT } from "../i18n";
import { Icon } from "./Icon";

/**
 * The header's link to the notifications with the unread count; the count follows the
 * viewer's live events and is loaded again on every navigation.
 */
export function NotificationBell() {
  const t = useT();
  const location = useLocation();
  const [count, setCount] = useState(0);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    request(UnreadNotificationCountQuery)
      .then((data) => !cancelled && setCount(data.unreadNotificationCount))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [location.pathname, version]);

  useEffect(
    () =>
      subscribe(ViewerEventsSubscription, {}, (data) => {
        if (data.viewerEvents.type === "NOTIFICATIONS_CHANGED") setVersion((v) => v + 1);
      }),
    [],
  );

  return (
    <Link to="/notifications" className="bell" data-testid="notification-bell">
      <span className="bell__icon" aria-hidden="true">
        <Icon name="bell" />
      </span>
      <span className="bell__label">{t.notifications.title}</span>
      {count > 0 && (
        <>
          <span className="bell__count" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden">{t.notifications.unreadCount(count)}</span>
        </>
      )}
    </Link>
  );
}
