// The GraphQL operations of discussions: categories, the thread list, a thread with its
// posts, writing, editing, reactions, answers and read markers. `npm run codegen`
// turns them into typed documents in src/gql/.
import { graphql } from "../gql";

export const ThreadListFieldsFragment = graphql(`
  fragment ThreadListFields on Thread {
    id
    title
    kind
    category {
      id
      name
    }
    author {
      id
      name
    }
    lastActivityAt
    tags
    replyCount
    unreadCount
    isNew
    answered
    deletedAt
  }
`);

export const CategoryFieldsFragment = graphql(`
  fragment CategoryFields on Category {
    id
    name
    description
    position
  }
`);

export const CategoriesQuery = graphql(`
  query Categories($groupId: ID!) {
    categories(groupId: $groupId) {
      ...CategoryFields
    }
  }
`);

export const CreateCategoryMutation = graphql(`
  mutation CreateCategory($groupId: ID!, $input: CategoryInput!) {
    createCategory(groupId: $groupId, input: $input) {
      ...CategoryFields
    }
  }
`);

export const UpdateCategoryMutation = graphql(`
  mutation UpdateCategory($id: ID!, $input: CategoryInput!) {
    updateCategory(id: $id, input: $input) {
      ...CategoryFields
    }
  }
`);

export const DeleteCategoryMutation = graphql(`
  mutation DeleteCategory($id: ID!) {
    deleteCategory(id: $id)
  }
`);

export const ThreadsQuery = graphql(`
  query Threads(
    $groupId: ID!
    $filter: ThreadFilter
    $sort: ThreadSort
    $first: Int
    $after: String
  ) {
    threads(groupId: $groupId, filter: $filter, sort: $sort, first: $first, after: $after) {
      nodes {
        ...ThreadListFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ThreadLinkFieldsFragment = graphql(`
  fragment ThreadLinkFields on Thread {
    id
    title
    kind
    lastActivityAt
    unreadCount
    isNew
    group {
      id
      name
    }
  }
`);

export const LatestThreadsQuery = graphql(`
  query LatestThreads($groupId: ID!, $first: Int) {
    threads(groupId: $groupId, first: $first) {
      nodes {
        ...ThreadLinkFields
      }
    }
  }
`);

export const WhatsNewQuery = graphql(`
  query WhatsNew($first: Int) {
    whatsNew {
      unreadThreads(first: $first) {
        nodes {
          ...ThreadLinkFields
        }
      }
      latestThreads(first: $first) {
        nodes {
          ...ThreadLinkFields
        }
      }
      openQuestions(first: $first) {
        nodes {
          ...ThreadLinkFields
        }
      }
      mentions(first: $first) {
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
          postSeq
          createdAt
          readAt
        }
      }
    }
  }
`);

export const StartThreadMutation = graphql(`
  mutation StartThread($groupId: ID!, $input: StartThreadInput!) {
    startThread(groupId: $groupId, input: $input) {
      id
    }
  }
`);

export const PostFieldsFragment = graphql(`
  fragment PostFields on Post {
    id
    seq
    depth
    parent {
      id
      seq
      author {
        id
        name
      }
      deleted
    }
    author {
      id
      name
      organization {
        id
        name
      }
    }
    bodyHtml
    isOpeningPost
    isAcceptedAnswer
    version
    createdAt
    editedAt
    deletedAt
    canEdit
    reactions {
      reaction
      emoji
      count
      reactedByMe
      people {
        id
        name
      }
    }
  }
`);

export const ThreadFieldsFragment = graphql(`
  fragment ThreadFields on Thread {
    id
    title
    kind
    category {
      id
      name
    }
    author {
      id
      name
    }
    tags
    createdAt
    replyCount
    lastSeq
    unreadCount
    lastReadSeq
    answered
    canEdit
    deletedAt
    myWatchLevel
    acceptedAnswer {
      id
    }
    firstUnreadPost {
      id
      seq
    }
    notice {
      ...NoticeFields
    }
    link {
      ...LinkFields
    }
  }
`);

export const ThreadQuery = graphql(`
  query Thread(
    $id: ID!
    $order: PostOrder
    $first: Int
    $after: String
    $before: String
    $fromSeq: Int
  ) {
    thread(id: $id) {
      ...ThreadFields
      posts(order: $order, first: $first, after: $after, before: $before, fromSeq: $fromSeq) {
        nodes {
          ...PostFields
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        hasPreviousPage
        startCursor
      }
    }
  }
`);

export const PostQuery = graphql(`
  query Post($id: ID!) {
    post(id: $id) {
      ...PostFields
    }
  }
`);

/** A post's markdown source and version, loaded only to edit or quote it. */
export const PostSourceQuery = graphql(`
  query PostSource($id: ID!) {
    post(id: $id) {
      id
      body
      version
    }
  }
`);

export const ReplyMutation = graphql(`
  mutation Reply($threadId: ID!, $parentPostId: ID, $body: String!) {
    reply(threadId: $threadId, parentPostId: $parentPostId, body: $body) {
      ...PostFields
    }
  }
`);

export const EditPostMutation = graphql(`
  mutation EditPost($postId: ID!, $body: String!, $version: Int!) {
    editPost(postId: $postId, body: $body, version: $version) {
      ...PostFields
    }
  }
`);

export const DeletePostMutation = graphql(`
  mutation DeletePost($postId: ID!) {
    deletePost(postId: $postId) {
      ...PostFields
    }
  }
`);

export const RestorePostMutation = graphql(`
  mutation RestorePost($postId: ID!) {
    restorePost(postId: $postId) {
      ...PostFields
    }
  }
`);

export const ReactMutation = graphql(`
  mutation React($postId: ID!, $reaction: Reaction!) {
    react(postId: $postId, reaction: $reaction) {
      ...PostFields
    }
  }
`);

export const UnreactMutation = graphql(`
  mutation Unreact($postId: ID!, $reaction: Reaction!) {
    unreact(postId: $postId, reaction: $reaction) {
      ...PostFields
    }
  }
`);

export const AcceptAnswerMutation = graphql(`
  mutation AcceptAnswer($postId: ID!) {
    acceptAnswer(postId: $postId) {
      ...ThreadFields
    }
  }
`);

export const EditThreadMutation = graphql(`
  mutation EditThread($threadId: ID!, $input: EditThreadInput!) {
    editThread(threadId: $threadId, input: $input) {
      ...ThreadFields
    }
  }
`);

export const UnacceptAnswerMutation = graphql(`
  mutation UnacceptAnswer($threadId: ID!) {
    unacceptAnswer(threadId: $threadId) {
      ...ThreadFields
    }
  }
`);

export const MarkPostsSeenMutation = graphql(`
  mutation MarkPostsSeen($threadId: ID!, $seqs: [Int!]!) {
    markPostsSeen(threadId: $threadId, seqs: $seqs) {
      id
      unreadCount
      lastReadSeq
    }
  }
`);

export const ThreadEventsSubscription = graphql(`
  subscription ThreadEvents($threadId: ID!) {
    threadEvents(threadId: $threadId) {
      type
      threadId
      postId
    }
  }
`);

export const PreviewPostQuery = graphql(`
  query PreviewPost($groupId: ID!, $body: String!) {
    previewPost(groupId: $groupId, body: $body)
  }
`);

export const MentionCandidatesQuery = graphql(`
  query MentionCandidates($groupId: ID!, $search: String!) {
    mentionCandidates(groupId: $groupId, search: $search) {
      id
      name
      organization {
        id
        name
      }
    }
  }
`);

export const DraftQuery = graphql(`
  query Draft($groupId: ID!, $threadId: ID, $parentPostId: ID) {
    draft(groupId: $groupId, threadId: $threadId, parentPostId: $parentPostId) {
      title
      body
      updatedAt
    }
  }
`);

export const SaveDraftMutation = graphql(`
  mutation SaveDraft(
    $groupId: ID!
    $threadId: ID
    $parentPostId: ID
    $title: String
    $body: String!
  ) {
    saveDraft(
      groupId: $groupId
      threadId: $threadId
      parentPostId: $parentPostId
      title: $title
      body: $body
    ) {
      updatedAt
    }
  }
`);

export const DiscardDraftMutation = graphql(`
  mutation DiscardDraft($groupId: ID!, $threadId: ID, $parentPostId: ID) {
    discardDraft(groupId: $groupId, threadId: $threadId, parentPostId: $parentPostId)
  }
`);

export const PostRevisionsQuery = graphql(`
  query PostRevisions($id: ID!) {
    post(id: $id) {
      id
      revisions {
        version
        editor {
          id
          name
        }
        createdAt
        diff {
          change
          text
        }
      }
    }
  }
`);

export const SetWatchLevelMutation = graphql(`
  mutation SetWatchLevel($threadId: ID!, $level: WatchLevel!) {
    setWatchLevel(threadId: $threadId, level: $level) {
      id
      myWatchLevel
    }
  }
`);

export const MarkAllReadMutation = graphql(`
  mutation MarkAllRead($groupId: ID!) {
    markAllRead(groupId: $groupId)
  }
`);

export const GroupEventsSubscription = graphql(`
  subscription GroupEvents($groupId: ID!) {
    groupEvents(groupId: $groupId) {
      type
      threadId
    }
  }
`);
