import type { ReactNode } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { AppShell } from "./components/AppShell";
import { AccountPage } from "./pages/account/AccountPage";
import { ForgotPasswordPage } from "./pages/ForgotPasswordPage";
import { GroupGate, GroupLayout } from "./pages/groups/GroupLayout";
import { GroupOverviewPage } from "./pages/groups/GroupOverviewPage";
import { GroupSettingsPage } from "./pages/groups/GroupSettingsPage";
import { GroupsPage } from "./pages/groups/GroupsPage";
import { InvitationsPage } from "./pages/groups/InvitationsPage";
import { JoinRequestsPage } from "./pages/groups/JoinRequestsPage";
import { MembersPage } from "./pages/groups/MembersPage";
import { NewGroupPage } from "./pages/groups/NewGroupPage";
import { NewThreadPage } from "./pages/discussions/NewThreadPage";
import { ThreadPage } from "./pages/discussions/ThreadPage";
import { ThreadsPage } from "./pages/discussions/ThreadsPage";
import { HomePage } from "./pages/HomePage";
import { InvitationPage } from "./pages/InvitationPage";
import { LoginPage } from "./pages/LoginPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { NotificationsPage } from "./pages/NotificationsPage";
import { OrganizationFormPage } from "./pages/organizations/OrganizationFormPage";
import { OrganizationPage } from "./pages/organizations/OrganizationPage";
import { OrganizationsPage } from "./pages/organizations/OrganizationsPage";
import { PeoplePage } from "./pages/people/PeoplePage";
import { PersonPage } from "./pages/people/PersonPage";
import { SetPasswordPage } from "./pages/SetPasswordPage";
import { SetupPage } from "./pages/SetupPage";
import { RequireAuth } from "./session/RequireAuth";

const signedIn = (page: ReactNode) => <RequireAuth>{page}</RequireAuth>;

/**
 * The routes of the app; the server answers every one of them with index.html. Mails
 * link to `/invitation?token=…`, `/groups/:id`, `/groups/:id/join-requests` and
 * `/groups/:id/threads/:threadId#post-<seq>`.
 */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppShell />}>
          <Route index element={signedIn(<HomePage />)} />
          <Route path="account" element={signedIn(<AccountPage />)} />
          <Route path="groups" element={signedIn(<GroupsPage />)} />
          <Route path="groups/new" element={signedIn(<NewGroupPage />)} />
          <Route path="groups/:id" element={signedIn(<GroupLayout />)}>
            <Route index element={<GroupOverviewPage />} />
            <Route
              path="threads"
              element={
                <GroupGate level="member">
                  <ThreadsPage />
                </GroupGate>
              }
            />
            <Route
              path="threads/new"
              element={
                <GroupGate level="member">
                  <NewThreadPage />
                </GroupGate>
              }
            />
            <Route
              path="threads/:threadId"
              element={
                <GroupGate level="member">
                  <ThreadPage />
                </GroupGate>
              }
            />
            <Route
              path="members"
              element={
                <GroupGate level="member">
                  <MembersPage />
                </GroupGate>
              }
            />
            <Route
              path="invitations"
              element={
                <GroupGate level="moderator">
                  <InvitationsPage />
                </GroupGate>
              }
            />
            <Route
              path="join-requests"
              element={
                <GroupGate level="moderator">
                  <JoinRequestsPage />
                </GroupGate>
              }
            />
            <Route
              path="settings"
              element={
                <GroupGate level="moderator">
                  <GroupSettingsPage />
                </GroupGate>
              }
            />
          </Route>
          <Route path="organizations" element={signedIn(<OrganizationsPage />)} />
          <Route path="organizations/new" element={signedIn(<OrganizationFormPage />)} />
          <Route path="organizations/:id" element={signedIn(<OrganizationPage />)} />
          <Route path="organizations/:id/edit" element={signedIn(<OrganizationFormPage />)} />
          <Route path="notifications" element={signedIn(<NotificationsPage />)} />
          <Route path="people" element={signedIn(<PeoplePage />)} />
          <Route path="people/:id" element={signedIn(<PersonPage />)} />
          <Route path="invitation" element={<InvitationPage />} />
          <Route path="login" element={<LoginPage />} />
          <Route path="forgot-password" element={<ForgotPasswordPage />} />
          <Route path="set-password" element={<SetPasswordPage />} />
          <Route path="setup" element={<SetupPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
