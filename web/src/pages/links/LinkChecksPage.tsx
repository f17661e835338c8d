import { useId } from "react";
import { Link } from "react-router";
import { LinkChecksQuery } from "../../api/links";
import { usePagedQuery } from "../../api/query";
import { BackLink } from "../../components/BackLink";
import { EmptyState, ListStatus } from "../../components/ListStatus";
import type { LinkFieldsFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { useGroup } from "../groups/GroupLayout";
import { CheckDetails, ExternalLink, LinkActions, LinkStatusBadge } from "./LinkCheck";

/**
 * `/groups/:id/links/checks` ("Linkprüfung", moderators): every link with the state
 * of its last check, broken and moved ones first; each can be checked now, and a
 * moved one takes over its new address with one click.
 */
export function LinkChecksPage() {
  const t = useT();
  const { group } = useGroup();
  const headingId = useId();
  const list = usePagedQuery(LinkChecksQuery, { groupId: group.id }, (data) => data.linkChecks);
  const replace = (fresh: LinkFieldsFragment) =>
    list.setItems((items) => items.map((link) => (link.id === fresh.id ? fresh : link)));
  return (
    <section className="page-section" aria-labelledby={headingId}>
      <BackLink to={`/groups/${group.id}/links`}>{t.links.back}</BackLink>
      <h2 id={headingId} className="section__title">
        {t.links.checksTitle}
      </h2>
      <p className="section__intro">{t.links.checksIntro}</p>
      <ListStatus list={list} empty={<EmptyState title={t.links.checksEmpty} />}>
        {(links) => (
          <ul className="link-checks" aria-labelledby={headingId}>
            {links.map((link) => (
              <li key={link.id} className="card link-checks__item">
                <h3 className="link-checks__title">
                  <Link to={`/groups/${group.id}/threads/${link.threadId}`}>{link.title}</Link>
                </h3>
                <p className="notice-card__badges">
                  <LinkStatusBadge status={link.checkStatus} />
                </p>
                <p className="link-panel__url">
                  <span className="visually-hidden">{t.links.address}: </span>
                  <ExternalLink url={link.url} />
                </p>
                <CheckDetails link={link} />
                <LinkActions link={link} onChanged={replace} />
              </li>
            ))}
          </ul>
        )}
      </ListStatus>
    </section>
  );
}
