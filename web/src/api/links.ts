// The GraphQL operations of the link list: a group's links, one link, the moderators'
// link check list, the preview for the add form, adding, editing, checking and taking
// over a moved address. `npm run codegen` turns them into typed documents in src/gql/.
import { graphql } from "../gql";

export const LinkFieldsFragment = graphql(`
  fragment LinkFields on Link {
    id
    url
    title
    description
    descriptionHtml
    tags
    version
    deleted
    threadId
    openingPostId
    commentCount
    unreadCount
    viewerCanEdit
    createdAt
    checkStatus
    checkReason
    checkDetail
    movedTo
    checkedAt
    group {
      id
    }
    author {
      id
      name
    }
  }
`);

export const LinksQuery = graphql(`
  query Links($groupId: ID!, $filter: LinkFilter, $sort: LinkSort, $first: Int, $after: String) {
    links(groupId: $groupId, filter: $filter, sort: $sort, first: $first, after: $after) {
      nodes {
        ...LinkFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const LinkChecksQuery = graphql(`
  query LinkChecks($groupId: ID!, $first: Int, $after: String) {
    linkChecks(groupId: $groupId, first: $first, after: $after) {
      nodes {
        ...LinkFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const LinkQuery = graphql(`
  query Link($id: ID!) {
    link(id: $id) {
      ...LinkFields
    }
  }
`);

export const LinkPreviewQuery = graphql(`
  query LinkPreview($groupId: ID!, $url: String!) {
    linkPreview(groupId: $groupId, url: $url) {
      normalisedUrl
      title
      description
      existing {
        ...LinkFields
      }
    }
  }
`);

export const AddLinkMutation = graphql(`
  mutation AddLink($groupId: ID!, $input: LinkInput!) {
    addLink(groupId: $groupId, input: $input) {
      existing
      link {
        ...LinkFields
      }
    }
  }
`);

export const EditLinkMutation = graphql(`
  mutation EditLink($id: ID!, $version: Int!, $input: LinkInput!) {
    editLink(id: $id, version: $version, input: $input) {
      ...LinkFields
    }
  }
`);

export const CheckLinkMutation = graphql(`
  mutation CheckLink($id: ID!) {
    checkLink(id: $id) {
      ...LinkFields
    }
  }
`);

export const ApplyMovedUrlMutation = graphql(`
  mutation ApplyMovedUrl($id: ID!) {
    applyMovedUrl(id: $id) {
      ...LinkFields
    }
  }
`);
