// The GraphQL operations of in-app notifications: the bell's count, the list, marking
// read, and the viewer's live events. `npm run codegen` turns them into typed documents.
import { graphql } from "../gql";

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      nodes {
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
        postId
        postSeq
        createdAt
        readAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
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
