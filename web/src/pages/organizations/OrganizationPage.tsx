import { Link, useParams } from "react-router";
import { asApiError, isMalformedId } from "../../api/errors";
import { OrganizationMembersQuery, OrganizationQuery } from "../../api/organizations";
import { useGraphQL, usePagedQuery } from "../../api/query";
import { BackLink } from "../../components/BackLink";
import { EmptyState, ListStatus } from "../../components/ListStatus";
import { PageHeading } from "../../components/PageHeading";
import { PhoneLink } from "../../components/PhoneLink";
import { LoadError, Loading } from "../../components/Status";
import type { OrganizationFieldsFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { useSession, type Viewer } from "../../session";
import { NotFoundPage } from "../NotFoundPage";

/** `/organizations/:id`: an office's details, contact and the people the viewer may see. */
export function OrganizationPage() {
  const t = useT();
  const { id = "" } = useParams();
  const viewer = useSession().viewer as Viewer;
  const { state, reload } = useGraphQL(OrganizationQuery, { id });

  if (state.status === "loading") return <Loading />;
  if (state.status === "error") {
    const error = asApiError(state.error);
    if (error.code === "NOT_FOUND" || isMalformedId(error)) return <NotFoundPage />;
    return (
      <>
        <PageHeading title={t.app.loadFailed} />
        <LoadError error={error} onRetry={reload} />
      </>
    );
  }
  const organization = state.data.organization;
  if (!organization) return <NotFoundPage />;

  return (
    <>
      <BackLink to="/organizations">{t.organization.back}</BackLink>
      <div className="page-header">
        <div>
          <PageHeading title={organization.name} />
          <p className="lead">
            {t.organizations.kinds[organization.kind]} · {organization.municipality}
          </p>
        </div>
        {viewer.isAdmin && (
          <Link
            to={`/organizations/${organization.id}/edit`}
            className="button button--secondary page-header__action"
          >
            {t.organization.edit}
          </Link>
        )}
      </div>
      <div className="two-columns">
        <Details organization={organization} />
        <Contact organization={organization} />
      </div>
      <Members id={organization.id} />
    </>
  );
}

function Details({ organization }: { organization: OrganizationFieldsFragment }) {
  const t = useT();
  return (
    <section className="card section" aria-labelledby="details-heading">
      <h2 id="details-heading" className="section__title">
        {t.organization.details}
      </h2>
      <dl className="fact-list">
        <div>
          <dt>{t.organization.kind}</dt>
          <dd>{t.organizations.kinds[organization.kind]}</dd>
        </div>
        <div>
          <dt>{t.organization.municipality}</dt>
          <dd>{organization.municipality}</dd>
        </div>
        <div>
          <dt>{t.organization.region}</dt>
          <dd>{organization.region?.name ?? "–"}</dd>
        </div>
      </dl>
      {organization.description && <p className="plain-text">{organization.description}</p>}
    </section>
  );
}

function Contact({ organization }: { organization: OrganizationFieldsFragment }) {
  const t = useT();
  const { contactEmail, contactPhone, website } = organization;
  return (
    <section className="card section" aria-labelledby="contact-heading">
      <h2 id="contact-heading" className="section__title">
        {t.organization.contact}
      </h2>
      {!contactEmail && !contactPhone && !website ? (
        <p className="muted">{t.organization.noContact}</p>
      ) : (
        <dl className="fact-list">
          {contactEmail && (
            <div>
              <dt>{t.organization.email}</dt>
              <dd>
                <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
              </dd>
            </div>
          )}
          {contactPhone && (
            <div>
              <dt>{t.organization.phone}</dt>
              <dd>
                <PhoneLink phone={contactPhone} />
              </dd>
            </div>
          )}
          {website && (
            <div>
              <dt>{t.organization.website}</dt>
              <dd>
                {/* The server accepts only http(s) addresses here. */}
                <a href={website} rel="noopener noreferrer">
                  {website}
                </a>
              </dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}

function Members({ id }: { id: string }) {
  const t = useT();
  const list = usePagedQuery(
    OrganizationMembersQuery,
    { id },
    // The organisation was just loaded; the API answers NOT_FOUND rather than null.
    (data) => data.organization!.members,
  );
  return (
    <section className="page-section" aria-labelledby="members-heading">
      <h2 id="members-heading" className="section__title">
        {t.organization.membersTitle}
      </h2>
      <p className="section__intro">{t.organization.membersIntro}</p>
      <ListStatus
        list={list}
        empty={<EmptyState title={t.organization.membersEmpty} />}
        moreLabel={t.organization.loadMore}
      >
        {(people) => (
          <ul className="person-list">
            {people.map((person) => (
              <li key={person.id}>
                <Link to={`/people/${person.id}`}>{person.name}</Link>
                {person.isAdmin && (
                  <span className="badge badge--admin">{t.organization.admin}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </ListStatus>
    </section>
  );
}
