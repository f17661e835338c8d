// The GraphQL operations of in-app notifications: the bell's count, the list, marking
// read, and the viewer's live events. `npm run codegen` turns them into typed documents.
import { graphql } from "../gql";

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationLineFieldsFragment = graphql(`
  fragment NotificationLineFields on CollapsedNotification {
    count
    latest {
      id
      kind
      actor {
        id
        name
      }
      groupId
      groupName
      threadId
      threadTitle
      postSeq
      createdAt
      readAt
    }
  }
`);

export const CollapsedNotificationsQuery = graphql(`
  query CollapsedNotifications($first: Int, $after: String) {
    collapsedNotifications(first: $first, after: $after) {
      nodes {
        ...NotificationLineFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MarkThreadNotificationsReadMutation = graphql(`
  mutation MarkThreadNotificationsRead($threadId: ID!, $upToSeq: Int!) {
    markThreadNotificationsRead(threadId: $threadId, upToSeq: $upToSeq)
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const ViewerEventsSubscription = graphql(`
  subscription ViewerEvents {
    viewerEvents {
      type
    }
  }
`);
