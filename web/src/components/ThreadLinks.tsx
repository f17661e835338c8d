import { Link } from "react-router";
import type { ThreadLinkFieldsFragment } from "../gql/graphql";
import { useI18n } from "../i18n";

/**
 * A short list of threads as links, with their unread count and latest activity (and
 * their group, for lists across groups); `empty` when there are none.
 */
export function ThreadLinks({
  threads,
  label,
  empty,
  showGroup = false,
}: {
  threads: ThreadLinkFieldsFragment[];
  label: string;
  empty: string;
  showGroup?: boolean;
}) {
  const { t, formatDateTime } = useI18n();
  if (threads.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="link-list" aria-label={label}>
      {threads.map((thread) => (
        <li key={thread.id}>
          <Link to={`/groups/${thread.group.id}/threads/${thread.id}`}>{thread.title}</Link>{" "}
          {thread.isNew ? (
            <span className="badge badge--new">{t.discussions.isNew}</span>
          ) : (
            thread.unreadCount > 0 && (
              <span className="badge badge--new">{t.discussions.unread(thread.unreadCount)}</span>
            )
          )}
          <span className="thread-link__meta">
            {showGroup && <>{thread.group.name} · </>}
            <time dateTime={thread.lastActivityAt}>{formatDateTime(thread.lastActivityAt)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}
