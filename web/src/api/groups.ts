// The GraphQL operations of groups: lists, settings, members and roles, invitations and
// join requests. `npm run codegen` turns them into typed documents in src/gql/.
import { graphql } from "../gql";

export const GroupFieldsFragment = graphql(`
  fragment GroupFields on Group {
    id
    name
    description
    descriptionHtml
    visibility
    joinPolicy
    noticePosting
    myRole
    canModerate
    memberCount
    createdAt
    myJoinRequest {
      id
      createdAt
    }
  }
`);

export const GroupsQuery = graphql(`
  query Groups($first: Int, $after: String) {
    groups(first: $first, after: $after) {
      nodes {
        ...GroupFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const GroupQuery = graphql(`
  query Group($id: ID!) {
    group(id: $id) {
      ...GroupFields
      openJoinRequestCount
    }
  }
`);

export const CreateGroupMutation = graphql(`
  mutation CreateGroup($input: GroupInput!) {
    createGroup(input: $input) {
      ...GroupFields
    }
  }
`);

export const UpdateGroupMutation = graphql(`
  mutation UpdateGroup($id: ID!, $input: GroupInput!) {
    updateGroup(id: $id, input: $input) {
      ...GroupFields
    }
  }
`);

export const MembershipFieldsFragment = graphql(`
  fragment MembershipFields on Membership {
    role
    joinedAt
    person {
      id
      name
      jobTitle
      organization {
        id
        name
      }
    }
  }
`);

export const MembersQuery = graphql(`
  query Members(
    $groupId: ID!
    $first: Int
    $after: String
    $search: String
    $role: GroupRole
    $organizationId: ID
  ) {
    members(
      groupId: $groupId
      first: $first
      after: $after
      search: $search
      role: $role
      organizationId: $organizationId
    ) {
      nodes {
        ...MembershipFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SetMemberRoleMutation = graphql(`
  mutation SetMemberRole($groupId: ID!, $accountId: ID!, $role: GroupRole!) {
    setMemberRole(groupId: $groupId, accountId: $accountId, role: $role) {
      ...MembershipFields
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($groupId: ID!, $accountId: ID!) {
    removeMember(groupId: $groupId, accountId: $accountId)
  }
`);

export const LeaveGroupMutation = graphql(`
  mutation LeaveGroup($groupId: ID!) {
    leaveGroup(groupId: $groupId)
  }
`);

export const InvitationFieldsFragment = graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    role
    message
    status
    createdAt
    expiresAt
    invitedBy {
      id
      name
    }
  }
`);

export const InvitationsQuery = graphql(`
  query Invitations($id: ID!, $first: Int, $after: String) {
    group(id: $id) {
      id
      invitations(first: $first, after: $after) {
        nodes {
          ...InvitationFields
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const InviteToGroupMutation = graphql(`
  mutation InviteToGroup(
    $groupId: ID!
    $emails: [String!]!
    $role: GroupRole!
    $message: String
    $organizationId: ID
  ) {
    inviteToGroup(
      groupId: $groupId
      emails: $emails
      role: $role
      message: $message
      organizationId: $organizationId
    ) {
      ...InvitationFields
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      ...InvitationFields
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      groupName
      inviterName
      email
      accountExists
      organizationName
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $name: String, $password: String) {
    acceptInvitation(token: $token, name: $name, password: $password) {
      id
      name
    }
  }
`);

export const JoinRequestsQuery = graphql(`
  query JoinRequests($id: ID!, $first: Int, $after: String) {
    group(id: $id) {
      id
      joinRequests(first: $first, after: $after) {
        nodes {
          id
          message
          createdAt
          person {
            id
            name
            organization {
              id
              name
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const RequestToJoinMutation = graphql(`
  mutation RequestToJoin($groupId: ID!, $message: String) {
    requestToJoin(groupId: $groupId, message: $message) {
      id
      createdAt
    }
  }
`);

export const WithdrawJoinRequestMutation = graphql(`
  mutation WithdrawJoinRequest($requestId: ID!) {
    withdrawJoinRequest(requestId: $requestId)
  }
`);

export const DecideJoinRequestMutation = graphql(`
  mutation DecideJoinRequest($requestId: ID!, $approve: Boolean!) {
    decideJoinRequest(requestId: $requestId, approve: $approve) {
      id
      status
    }
  }
`);
