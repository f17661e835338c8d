import { useEffect, useId } from "react";
import { Link, useLocation } from "react-router";
import { subscribe } from "../api/live";
import {
  CollapsedNotificationsQuery,
  UnreadNotificationCountQuery,
  ViewerEventsSubscription,
} from "../api/notifications";
import { useGraphQL } from "../api/query";
import { useT } from "../i18n";
import { Icon } from "./Icon";
import { lineTarget, lineText, markLineRead, refreshLines } from "./notificationLines";
import { useDisclosure } from "./useDisclosure";

/** How many lines the bell's list shows. */
const BELL_LINES = 8;

/**
 * The header's bell: the unread count, and a button that opens the newest notification
 * lines in place (a disclosure; Escape closes it) with a link to all of them. The count
 * follows the viewer's live events and is loaded again on every navigation.
 */
export function NotificationBell() {
  const t = useT();
  const location = useLocation();
  const { open, setOpen, rootRef, buttonRef } = useDisclosure();
  const panelId = useId();
  const { state, refresh } = useGraphQL(UnreadNotificationCountQuery, {});
  // A failed load keeps the count shown.
  const count = state.status === "ready" ? state.data.unreadNotificationCount : 0;

  useEffect(refresh, [location.pathname, open]);

  useEffect(
    () =>
      subscribe(ViewerEventsSubscription, {}, (data) => {
        if (data.viewerEvents.type === "NOTIFICATIONS_CHANGED") refreshLines();
      }),
    [],
  );

  return (
    <div className="bell-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="bell"
        data-testid="notification-bell"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
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
      </button>
      <div id={panelId} className="bell-menu__panel" hidden={!open}>
        {open && <BellLines />}
        <p className="bell-menu__all">
          <Link to="/notifications">{t.notifications.showAll}</Link>
        </p>
      </div>
    </div>
  );
}

/** The newest lines, loaded when the list opens. */
function BellLines() {
  const t = useT();
  const { state } = useGraphQL(CollapsedNotificationsQuery, { first: BELL_LINES });
  if (state.status !== "ready") return null;
  const lines = state.data.collapsedNotifications.nodes;
  if (lines.length === 0) return <p className="muted">{t.notifications.empty}</p>;
  return (
    <ul className="bell-menu__list" aria-label={t.notifications.bellOpen}>
      {lines.map((line) => (
        <li key={line.latest.id} className={line.latest.readAt ? "" : "bell-menu__unread"}>
          <Link
            to={lineTarget(line)}
            onClick={() => {
              if (!line.latest.readAt) void markLineRead(line);
            }}
          >
            {!line.latest.readAt && (
              <span className="visually-hidden">{t.notifications.unread}: </span>
            )}
            {lineText(line, t)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
