// Notification lines (several notifications about one thread collapsed into one), as
// the notifications page and the bell show them.
import { request } from "../api/client";
import {
  CollapsedNotificationsQuery,
  MarkNotificationsReadMutation,
  MarkThreadNotificationsReadMutation,
  UnreadNotificationCountQuery,
} from "../api/notifications";
import { invalidate } from "../api/query";
import type { NotificationLineFieldsFragment } from "../gql/graphql";
import type { Catalogue } from "../i18n/de";

export type NotificationLine = NotificationLineFieldsFragment;

/** Where a line leads: the newest post it stands for, or the group's join requests. */
export function lineTarget({ latest }: NotificationLine): string {
  if (latest.kind === "JOIN_REQUEST" || !latest.threadId)
    return `/groups/${latest.groupId}/join-requests`;
  const hash = latest.postSeq != null ? `#post-${latest.postSeq}` : "";
  return `/groups/${latest.groupId}/threads/${latest.threadId}${hash}`;
}

/** What a line says: the notification's own text, or "3 neue Beiträge in …". */
export function lineText({ latest, count }: NotificationLine, t: Catalogue): string {
  const what = latest.threadTitle ?? latest.groupName;
  if (count > 1) return t.notifications.collapsed(count, what, latest.readAt == null);
  const who = latest.actor?.name ?? t.discussions.unknownAuthor;
  return t.notifications.kinds[latest.kind](who, what);
}

/**
 * Marks what a line stands for read: a thread's notifications up to its newest post,
 * or the one notification; then the lists and the bell's count load again.
 */
export async function markLineRead({ latest }: NotificationLine): Promise<void> {
  if (latest.threadId && latest.postSeq != null) {
    await request(MarkThreadNotificationsReadMutation, {
      threadId: latest.threadId,
      upToSeq: latest.postSeq,
    });
  } else {
    await request(MarkNotificationsReadMutation, { ids: [latest.id] });
  }
  refreshLines();
}

/** Loads the lines and the bell's count again (after a change). */
export function refreshLines(): void {
  invalidate(CollapsedNotificationsQuery);
  invalidate(UnreadNotificationCountQuery);
}
