import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { OrganizationsQuery, RegionsQuery } from "../../api/organizations";
import { useGraphQL, usePagedQuery } from "../../api/query";
import { DataTable } from "../../components/DataTable";
import { SelectField, TextField } from "../../components/Field";
import { EmptyState, ListStatus } from "../../components/ListStatus";
import { PageHeading } from "../../components/PageHeading";
import { SearchForm } from "../../components/SearchForm";
import { useT } from "../../i18n";
import { useSession, type Viewer } from "../../session";

/** `/organizations?q=…&region=…`: the offices by name, searchable and filtered by region. */
export function OrganizationsPage() {
  const t = useT();
  const viewer = useSession().viewer as Viewer;
  const [params, setParams] = useSearchParams();
  const search = params.get("q") ?? "";
  const region = params.get("region") ?? "";
  const [searchDraft, setSearchDraft] = useState(search);
  const [regionDraft, setRegionDraft] = useState(region);
  // Back and forward in the browser change the filters too.
  useEffect(() => {
    setSearchDraft(search);
    setRegionDraft(region);
  }, [search, region]);
  const regions = useGraphQL(RegionsQuery, {});
  const list = usePagedQuery(
    OrganizationsQuery,
    { search: search || null, regionId: region || null },
    (data) => data.organizations,
  );

  const apply = () => {
    const next = new URLSearchParams();
    if (searchDraft.trim()) next.set("q", searchDraft.trim());
    if (regionDraft) next.set("region", regionDraft);
    setParams(next);
  };

  return (
    <>
      <div className="page-header">
        <div>
          <PageHeading title={t.organizations.title} />
          <p className="lead">{t.organizations.intro}</p>
        </div>
        {viewer.isAdmin && (
          <Link to="/organizations/new" className="button button--primary page-header__action">
            {t.organizations.create}
          </Link>
        )}
      </div>
      <SearchForm label={t.organizations.title} onSubmit={apply}>
        <TextField
          label={t.organizations.search}
          name="q"
          type="search"
          value={searchDraft}
          onChange={setSearchDraft}
          maxLength={200}
        />
        <SelectField<string>
          label={t.organizations.region}
          name="region"
          value={regionDraft}
          onChange={setRegionDraft}
          options={[
            { value: "", label: t.organizations.allRegions },
            ...(regions.state.status === "ready"
              ? regions.state.data.regions.map((r) => ({ value: r.id, label: r.name }))
              : []),
          ]}
        />
      </SearchForm>
      <ListStatus
        list={list}
        empty={
          <EmptyState title={t.organizations.empty}>
            <p>{search || region ? t.organizations.emptyFiltered : t.organizations.emptyAll}</p>
          </EmptyState>
        }
        moreLabel={t.organizations.loadMore}
      >
        {(organizations) => (
          <DataTable
            caption={t.organizations.caption}
            rows={organizations}
            rowKey={(o) => o.id}
            columns={[
              {
                header: t.organizations.name,
                cell: (o) => <Link to={`/organizations/${o.id}`}>{o.name}</Link>,
              },
              { header: t.organizations.kind, cell: (o) => t.organizations.kinds[o.kind] },
              { header: t.organizations.municipality, cell: (o) => o.municipality },
              {
                header: t.organizations.region,
                cell: (o) => o.region?.name ?? t.organizations.noRegion,
              },
            ]}
          />
        )}
      </ListStatus>
    </>
  );
}
