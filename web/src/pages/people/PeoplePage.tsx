import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { describeError } from "../../api/errors";
import { PeopleQuery } from "../../api/organizations";
import { usePagedQuery } from "../../api/query";
import { DataTable } from "../../components/DataTable";
import { SelectField, TextField } from "../../components/Field";
import { EmptyState, ListStatus } from "../../components/ListStatus";
import { PageHeading } from "../../components/PageHeading";
import { SearchForm } from "../../components/SearchForm";
import { useT } from "../../i18n";
import { useAllOrganizations } from "../organizations/useAllOrganizations";

/** `/people?q=…&organization=…`: the member directory, searchable, filtered by organisation. */
export function PeoplePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const search = params.get("q") ?? "";
  const organization = params.get("organization") ?? "";
  const [searchDraft, setSearchDraft] = useState(search);
  const [organizationDraft, setOrganizationDraft] = useState(organization);
  const organizations = useAllOrganizations();
  const list = usePagedQuery(
    PeopleQuery,
    { search: search || null, organizationId: organization || null },
    (data) => data.people,
  );

  // Back and forward in the browser change the filters too.
  useEffect(() => {
    setSearchDraft(search);
    setOrganizationDraft(organization);
  }, [search, organization]);

  const apply = () => {
    const next = new URLSearchParams();
    if (searchDraft.trim()) next.set("q", searchDraft.trim());
    if (organizationDraft) next.set("organization", organizationDraft);
    setParams(next);
  };

  return (
    <>
      <PageHeading title={t.people.title} />
      <p className="lead">{t.people.intro}</p>
      <SearchForm label={t.people.title} onSubmit={apply}>
        <TextField
          label={t.people.search}
          name="q"
          type="search"
          value={searchDraft}
          onChange={setSearchDraft}
          maxLength={200}
        />
        <SelectField<string>
          label={t.people.organization}
          name="organization"
          value={organizationDraft}
          onChange={setOrganizationDraft}
          error={
            organizations.state.status === "error"
              ? describeError(organizations.state.error, t)
              : undefined
          }
          options={[
            { value: "", label: t.people.allOrganizations },
            ...(organizations.state.status === "ready"
              ? organizations.state.data.map((o) => ({ value: o.id, label: o.name }))
              : []),
          ]}
        />
      </SearchForm>
      <ListStatus
        list={list}
        empty={
          <EmptyState title={t.people.empty}>
            <p>{search || organization ? t.people.emptyFiltered : t.people.emptyAll}</p>
          </EmptyState>
        }
        moreLabel={t.people.loadMore}
      >
        {(people) => (
          <DataTable
            caption={t.people.caption}
            rows={people}
            rowKey={(p) => p.id}
            columns={[
              {
                header: t.people.name,
                cell: (p) => (
                  <span className="cell-title">
                    <Link to={`/people/${p.id}`}>{p.name}</Link>
                    {p.isAdmin && <span className="badge badge--admin">{t.people.admin}</span>}
                  </span>
                ),
              },
              {
                header: t.people.organization,
                cell: (p) =>
                  p.organization ? (
                    <Link to={`/organizations/${p.organization.id}`}>{p.organization.name}</Link>
                  ) : (
                    <span className="muted">{t.people.noOrganization}</span>
                  ),
              },
            ]}
          />
        )}
      </ListStatus>
    </>
  );
}
