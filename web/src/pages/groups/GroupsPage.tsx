import { Link } from "react-router";
import { GroupsQuery } from "../../api/groups";
import { usePagedQuery } from "../../api/query";
import { DataTable } from "../../components/DataTable";
import { EmptyState, ListStatus } from "../../components/ListStatus";
import { PageHeading } from "../../components/PageHeading";
import { RoleBadge } from "../../components/RoleBadge";
import type { GroupFieldsFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { useSession, type Viewer } from "../../session";
import { excerpt } from "./excerpt";
import { JoinPanel } from "./JoinPanel";

/** `/groups`: the viewer's groups with their role, and the listed groups they could join. */
export function GroupsPage() {
  const t = useT();
  const viewer = useSession().viewer as Viewer;
  const list = usePagedQuery(GroupsQuery, {}, (data) => data.groups);

  const replace = (changed: GroupFieldsFragment) =>
    list.setItems((items) => items.map((g) => (g.id === changed.id ? changed : g)));

  return (
    <>
      <div className="page-header">
        <div>
          <PageHeading title={t.groups.title} />
          <p className="lead">{t.groups.intro}</p>
        </div>
        {viewer.isAdmin && (
          <Link to="/groups/new" className="button button--primary page-header__action">
            {t.groups.create}
          </Link>
        )}
      </div>
      <ListStatus list={list} moreLabel={t.groups.loadMore}>
        {(groups) => (
          <>
            <MyGroups groups={groups.filter((g) => g.myRole)} />
            <OtherGroups
              groups={groups.filter((g) => !g.myRole)}
              isAdmin={viewer.isAdmin}
              onChange={replace}
            />
          </>
        )}
      </ListStatus>
    </>
  );
}

function MyGroups({ groups }: { groups: GroupFieldsFragment[] }) {
  const t = useT();
  return (
    <section className="page-section" aria-labelledby="my-groups-heading">
      <h2 id="my-groups-heading" className="section__title">
        {t.groups.mineTitle}
      </h2>
      {groups.length === 0 ? (
        <EmptyState title={t.groups.mineEmpty}>
          <p>{t.groups.mineEmptyText}</p>
        </EmptyState>
      ) : (
        <DataTable
          caption={t.groups.mineCaption}
          rows={groups}
          rowKey={(g) => g.id}
          columns={[
            {
              header: t.groups.name,
              cell: (g) => (
                <span className="cell-title">
                  <Link to={`/groups/${g.id}`}>{g.name}</Link>
                  {g.visibility === "SECRET" && (
                    <span className="badge badge--secret">{t.visibility.SECRET}</span>
                  )}
                  <span className="cell-title__sub">
                    {excerpt(g.descriptionHtml) || t.groups.noDescription}
                  </span>
                </span>
              ),
            },
            { header: t.groups.role, cell: (g) => g.myRole && <RoleBadge role={g.myRole} /> },
            {
              header: t.groups.members,
              cell: (g) => t.groups.memberCount(g.memberCount),
              className: "data-table__nowrap",
            },
          ]}
        />
      )}
    </section>
  );
}

function OtherGroups({
  groups,
  isAdmin,
  onChange,
}: {
  groups: GroupFieldsFragment[];
  isAdmin: boolean;
  onChange: (group: GroupFieldsFragment) => void;
}) {
  const t = useT();
  return (
    <section className="page-section" aria-labelledby="other-groups-heading">
      <h2 id="other-groups-heading" className="section__title">
        {t.groups.othersTitle}
      </h2>
      <p className="section__intro">{isAdmin ? t.groups.adminSeesAll : t.groups.othersIntro}</p>
      {groups.length === 0 ? (
        <EmptyState title={t.groups.othersEmpty}>
          <p>{t.groups.othersEmptyText}</p>
        </EmptyState>
      ) : (
        <ul className="group-cards">
          {groups.map((group) => (
            <li key={group.id} className="card group-card">
              <h3 className="group-card__title">
                <Link to={`/groups/${group.id}`}>{group.name}</Link>
              </h3>
              <p className="group-card__meta">
                <span className={`badge badge--${group.visibility.toLowerCase()}`}>
                  {t.visibility[group.visibility]}
                </span>
                <span>{t.joinPolicy[group.joinPolicy]}</span>
                <span>{t.groups.memberCount(group.memberCount)}</span>
              </p>
              <p className="group-card__text">
                {excerpt(group.descriptionHtml) || t.groups.noDescription}
              </p>
              {group.visibility === "LISTED" && <JoinPanel group={group} onChange={onChange} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
