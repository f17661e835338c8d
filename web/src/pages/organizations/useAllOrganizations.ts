import { request } from "../../api/client";
import { OrganizationsQuery } from "../../api/organizations";
import { queryKey, useCachedLoad } from "../../api/query";
import type { OrganizationsQuery as OrganizationsData } from "../../gql/graphql";

/** Every organisation by name (for selects): all pages, 100 at a time. */
export function useAllOrganizations() {
  return useCachedLoad([...queryKey(OrganizationsQuery), "all"], async () => {
    const all: { id: string; name: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const data: OrganizationsData = await request(OrganizationsQuery, { first: 100, after });
      all.push(...data.organizations.nodes.map(({ id, name }) => ({ id, name })));
      if (!data.organizations.pageInfo.hasNextPage) return all;
      after = data.organizations.pageInfo.endCursor ?? null;
    }
  });
}
