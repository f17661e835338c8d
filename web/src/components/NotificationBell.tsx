import { useEffect } from "react";
import { Link, useLocation } from "react-router";
import { subscribe } from "../api/live";
import { UnreadNotificationCountQuery, ViewerEventsSubscription } from "../api/notifications";
import { invalidate, useGraphQL } from "../api/query";
import { useT } from "../i18n";
import { Icon } from "./Icon";

/**
 * The header's link to the notifications with the unread count; the count follows the
 * viewer's live events and is loaded again on every navigation.
 */
export function NotificationBell() {
  const t = useT();
  const location = useLocation();
  const { state, refresh } = useGraphQL(UnreadNotificationCountQuery, {});
  // A failed load keeps the count shown.
  const count = state.status === "ready" ? state.data.unreadNotificationCount : 0;

  useEffect(refresh, [location.pathname]);

  useEffect(
    () =>
      subscribe(ViewerEventsSubscription, {}, (data) => {
        if (data.viewerEvents.type === "NOTIFICATIONS_CHANGED") {
          invalidate(UnreadNotificationCountQuery);
        }
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
