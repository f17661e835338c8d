import { Link } from "react-router";
import type { LinkFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { TagList } from "../discussions/TagList";
import { CheckDetails, ExternalLink, LinkActions, LinkStatusBadge } from "./LinkCheck";

/**
 * Above the posts of a link's thread (whose opening post is the link's description):
 * the address, the state of its last check, its tags, the way to edit it and, for
 * moderators, the check on demand and taking over a moved address.
 */
export function LinkPanel({
  link,
  canModerate,
  onChanged,
}: {
  link: LinkFieldsFragment;
  canModerate: boolean;
  onChanged: (link: LinkFieldsFragment) => void;
}) {
  const { t, formatDate } = useI18n();
  const groupId = link.group.id;
  return (
    <div className="link-panel">
      <p className="notice-card__badges">
        <span className="badge badge--neutral">{t.links.tab}</span>
        <LinkStatusBadge status={link.checkStatus} />
      </p>
      <p className="link-panel__url">
        <span className="visually-hidden">{t.links.address}: </span>
        <ExternalLink url={link.url} />
      </p>
      <CheckDetails link={link} />
      <p className="muted">
        {t.links.addedBy(link.author?.name ?? t.links.unknownAuthor, formatDate(link.createdAt))}
      </p>
      {link.tags.length > 0 && (
        <TagList
          tags={link.tags}
          linkTo={(tag) => `/groups/${groupId}/links?tag=${encodeURIComponent(tag)}`}
        />
      )}
      {!link.deleted && (link.viewerCanEdit || canModerate) && (
        <div className="link-panel__actions">
          {link.viewerCanEdit && (
            <Link
              className="button button--secondary button--small"
              to={`/groups/${groupId}/links/${link.id}/edit`}
            >
              {t.links.edit}
            </Link>
          )}
          {canModerate && <LinkActions link={link} onChanged={onChanged} />}
        </div>
      )}
    </div>
  );
}
