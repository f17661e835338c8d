// The GraphQL operations of organisations (the offices), regions and the member
// directory. `npm run codegen` turns them into typed documents in src/gql/.
import { graphql } from "../gql";

export const OrganizationFieldsFragment = graphql(`
  fragment OrganizationFields on Organization {
    id
    name
    kind
    municipality
    region {
      id
      name
    }
    description
    contactEmail
    contactPhone
    website
  }
`);

export const RegionsQuery = graphql(`
  query Regions {
    regions {
      id
      name
    }
  }
`);

export const OrganizationsQuery = graphql(`
  query Organizations($first: Int, $after: String, $search: String, $regionId: ID) {
    organizations(first: $first, after: $after, search: $search, regionId: $regionId) {
      nodes {
        id
        name
        kind
        municipality
        region {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const OrganizationQuery = graphql(`
  query Organization($id: ID!) {
    organization(id: $id) {
      ...OrganizationFields
    }
  }
`);

export const OrganizationMembersQuery = graphql(`
  query OrganizationMembers($id: ID!, $first: Int, $after: String) {
    organization(id: $id) {
      id
      members(first: $first, after: $after) {
        nodes {
          id
          name
          isAdmin
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: OrganizationInput!) {
    createOrganization(input: $input) {
      ...OrganizationFields
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      ...OrganizationFields
    }
  }
`);

export const PeopleQuery = graphql(`
  query People($first: Int, $after: String, $search: String, $organizationId: ID) {
    people(first: $first, after: $after, search: $search, organizationId: $organizationId) {
      nodes {
        id
        name
        isAdmin
        organization {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PersonFieldsFragment = graphql(`
  fragment PersonFields on Person {
    id
    name
    isAdmin
    email
    jobTitle
    phone
    organization {
      id
      name
      municipality
    }
    sharedGroups {
      id
      name
      myRole
      visibility
    }
  }
`);

export const PersonQuery = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonFields
    }
  }
`);

export const SetAccountOrganizationMutation = graphql(`
  mutation SetAccountOrganization($accountId: ID!, $organizationId: ID) {
    setAccountOrganization(accountId: $accountId, organizationId: $organizationId) {
      ...PersonFields
    }
  }
`);

export const HandOverMutation = graphql(`
  mutation HandOver($fromAccountId: ID!, $toAccountId: ID!) {
    handOver(fromAccountId: $fromAccountId, toAccountId: $toAccountId)
  }
`);
