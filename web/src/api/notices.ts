// The GraphQL operations of the pinboard: a group's notices, the pinboard across
// groups, putting up and editing notices, pinning, and acknowledgement requests with
// their coverage. `npm run codegen` turns them into typed documents in src/gql/.
import { graphql } from "../gql";

export const NoticeFieldsFragment = graphql(`
  fragment NoticeFields on Notice {
    id
    title
    bodyHtml
    important
    expiresAt
    expired
    deleted
    pinned
    version
    threadId
    openingPostId
    commentCount
    isNew
    unreadCount
    viewerCanEdit
    createdAt
    editedAt
    group {
      id
      name
      myRole
    }
    author {
      id
      name
      organization {
        id
        name
      }
    }
    acknowledgementRequest {
      id
      mode
      deadline
      open
      closedAt
      myAcknowledgedAt
      myOfficeAcknowledgedAt
    }
  }
`);

export const NoticesQuery = graphql(`
  query Notices($groupId: ID!, $list: NoticeList, $first: Int, $after: String) {
    notices(groupId: $groupId, list: $list, first: $first, after: $after) {
      nodes {
        ...NoticeFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PinboardQuery = graphql(`
  query Pinboard($first: Int, $after: String) {
    pinboard(first: $first, after: $after) {
      nodes {
        ...NoticeFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const NoticeQuery = graphql(`
  query Notice($id: ID!) {
    notice(id: $id) {
      ...NoticeFields
      thread {
        id
        openingPost {
          id
          body
        }
      }
    }
  }
`);

export const PostNoticeMutation = graphql(`
  mutation PostNotice($groupId: ID!, $input: NoticeInput!) {
    postNotice(groupId: $groupId, input: $input) {
      ...NoticeFields
    }
  }
`);

export const EditNoticeMutation = graphql(`
  mutation EditNotice($id: ID!, $version: Int!, $input: NoticeInput!) {
    editNotice(id: $id, version: $version, input: $input) {
      ...NoticeFields
    }
  }
`);

export const PinNoticeMutation = graphql(`
  mutation PinNotice($id: ID!, $pinned: Boolean!) {
    pinNotice(id: $id, pinned: $pinned) {
      ...NoticeFields
    }
  }
`);

export const MoveNoticeMutation = graphql(`
  mutation MoveNotice($id: ID!, $to: PinMove!) {
    moveNotice(id: $id, to: $to) {
      ...NoticeFields
    }
  }
`);

export const RequestAcknowledgementMutation = graphql(`
  mutation RequestAcknowledgement(
    $noticeId: ID!
    $mode: AcknowledgementMode!
    $deadline: DateTime!
  ) {
    requestAcknowledgement(noticeId: $noticeId, mode: $mode, deadline: $deadline) {
      ...NoticeFields
    }
  }
`);

export const AcknowledgeNoticeMutation = graphql(`
  mutation AcknowledgeNotice($id: ID!) {
    acknowledgeNotice(id: $id) {
      ...NoticeFields
    }
  }
`);

export const CloseAcknowledgementRequestMutation = graphql(`
  mutation CloseAcknowledgementRequest($id: ID!) {
    closeAcknowledgementRequest(id: $id) {
      ...NoticeFields
    }
  }
`);

export const RemindMissingAcknowledgementsMutation = graphql(`
  mutation RemindMissingAcknowledgements($id: ID!) {
    remindMissingAcknowledgements(id: $id)
  }
`);

export const CoverageQuery = graphql(`
  query Coverage($noticeId: ID!) {
    notice(id: $noticeId) {
      ...NoticeFields
      acknowledgementRequest {
        id
        requestedAt
        lastRemindedAt
        requestedBy {
          id
          name
        }
        coverage {
          covered
          total
          frozen
          units {
            name
            isOffice
            officeName
            coveredAt
            acknowledgements {
              name
              acknowledgedAt
              stillMember
            }
          }
          history {
            at
            covered
          }
        }
      }
    }
  }
`);
