import { Link, useParams } from "react-router";
import { asApiError, isMalformedId } from "../../api/errors";
import { PersonQuery } from "../../api/organizations";
import { useGraphQL } from "../../api/query";
import { BackLink } from "../../components/BackLink";
import { EmptyState } from "../../components/ListStatus";
import { PageHeading } from "../../components/PageHeading";
import { PhoneLink } from "../../components/PhoneLink";
import { LoadError, Loading } from "../../components/Status";
import type { PersonFieldsFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { useSession, type Viewer } from "../../session";
import { NotFoundPage } from "../NotFoundPage";
import { PersonAdminSection } from "./PersonAdminSection";

/** `/people/:id`: a person of the directory, their office and the groups shared with them. */
export function PersonPage() {
  const t = useT();
  const { id = "" } = useParams();
  const viewer = useSession().viewer as Viewer;
  const { state, reload, refresh, setData } = useGraphQL(PersonQuery, { id });

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
  const person = state.data.person;
  if (!person) return <NotFoundPage />;

  return (
    <>
      <BackLink to="/people">{t.person.back}</BackLink>
      <PageHeading title={person.name} />
      {person.id === viewer.id && <p className="lead">{t.person.you}</p>}
      <div className="two-columns">
        <Facts person={person} />
        <SharedGroups person={person} />
      </div>
      {viewer.isAdmin && (
        <PersonAdminSection
          person={person}
          onChange={(changed: PersonFieldsFragment) => setData(() => ({ person: changed }))}
          onHandedOver={refresh}
        />
      )}
    </>
  );
}

function Facts({ person }: { person: PersonFieldsFragment }) {
  const t = useT();
  return (
    <section className="card section" aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="section__title">
        {t.organization.details}
      </h2>
      <dl className="fact-list">
        {person.jobTitle && (
          <div>
            <dt>{t.person.jobTitle}</dt>
            <dd>{person.jobTitle}</dd>
          </div>
        )}
        <div>
          <dt>{t.person.organization}</dt>
          <dd>
            {person.organization ? (
              <Link to={`/organizations/${person.organization.id}`}>
                {person.organization.name}
              </Link>
            ) : (
              t.person.noOrganization
            )}
          </dd>
        </div>
        <div>
          <dt>{t.person.role}</dt>
          <dd>{person.isAdmin ? t.person.roleAdmin : t.person.roleMember}</dd>
        </div>
        {person.phone && (
          <div>
            <dt>{t.person.phone}</dt>
            <dd>
              <PhoneLink phone={person.phone} />
            </dd>
          </div>
        )}
        {person.email && (
          <div>
            <dt>{t.person.email}</dt>
            <dd>
              <a href={`mailto:${person.email}`}>{person.email}</a>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function SharedGroups({ person }: { person: PersonFieldsFragment }) {
  const t = useT();
  return (
    <section className="card section" aria-labelledby="shared-heading">
      <h2 id="shared-heading" className="section__title">
        {t.person.sharedTitle}
      </h2>
      <p className="section__intro">{t.person.sharedIntro}</p>
      {person.sharedGroups.length === 0 ? (
        <EmptyState title={t.person.sharedEmpty} />
      ) : (
        <ul className="link-list">
          {person.sharedGroups.map((group) => (
            <li key={group.id}>
              <Link to={`/groups/${group.id}`}>{group.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
