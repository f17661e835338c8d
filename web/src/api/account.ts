// The GraphQL operations of accounts: sign-in and sign-out, the first setup, password
// reset and change, profile and sessions (the other files of api/ hold the other domains). `npm run codegen` turns them into typed documents in src/gql/ (checked
// against ../schema.graphql).
import { graphql } from "../gql";

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...AccountFields
    }
  }
`);

export const AccountFieldsFragment = graphql(`
  fragment AccountFields on Account {
    id
    email
    name
    language
    isAdmin
    createdAt
    jobTitle
    phone
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...AccountFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const SetupFirstAdminMutation = graphql(`
  mutation SetupFirstAdmin($token: String!, $email: String!, $name: String!, $password: String!) {
    setupFirstAdmin(token: $token, email: $email, name: $name, password: $password) {
      ...AccountFields
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $new: String!) {
    resetPassword(token: $token, new: $new)
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($name: String, $language: Language, $jobTitle: String, $phone: String) {
    updateProfile(name: $name, language: $language, jobTitle: $jobTitle, phone: $phone) {
      ...AccountFields
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($current: String!, $new: String!) {
    changePassword(current: $current, new: $new)
  }
`);

export const SessionsQuery = graphql(`
  query Sessions {
    sessions {
      id
      createdAt
      lastSeenAt
      userAgent
      ip
      current
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);
