import type { ReactNode } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { AppShell } from "./components/AppShell";
import { onDemand } from "./components/OnDemand";
import { GroupGate, GroupLayout } from "./pages/groups/GroupLayout";
import { LoginPage } from "./pages/LoginPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { RequireAuth } from "./session/RequireAuth";

// Every page but sign-in (what a signed-out person sees first) and the frame of the
// group pages loads its code on first use.
const AccountPage = onDemand(() => import("./pages/account/AccountPage"), "AccountPage");
const ForgotPasswordPage = onDemand(
  () => import("./pages/ForgotPasswordPage"),
  "ForgotPasswordPage",
);
const GroupOverviewPage = onDemand(
  () => import("./pages/groups/GroupOverviewPage"),
  "GroupOverviewPage",
);
const GroupsPage = onDemand(() => import("./pages/groups/GroupsPage"), "GroupsPage");
const GroupSettingsPage = onDemand(
  () => import("./pages/groups/GroupSettingsPage"),
  "GroupSettingsPage",
);
const InvitationsPage = onDemand(() => import("./pages/groups/InvitationsPage"), "InvitationsPage");
const JoinRequestsPage = onDemand(
  () => import("./pages/groups/JoinRequestsPage"),
  "JoinRequestsPage",
);
const MembersPage = onDemand(() => import("./pages/groups/MembersPage"), "MembersPage");
const NewGroupPage = onDemand(() => import("./pages/groups/NewGroupPage"), "NewGroupPage");
const NewThreadPage = onDemand(() => import("./pages/discussions/NewThreadPage"), "NewThreadPage");
const ThreadPage = onDemand(() => import("./pages/discussions/ThreadPage"), "ThreadPage");
const ThreadsPage = onDemand(() => import("./pages/discussions/ThreadsPage"), "ThreadsPage");
const HomePage = onDemand(() => import("./pages/HomePage"), "HomePage");
const InvitationPage = onDemand(() => import("./pages/InvitationPage"), "InvitationPage");
const NotificationsPage = onDemand(() => import("./pages/NotificationsPage"), "NotificationsPage");
const CoveragePage = onDemand(() => import("./pages/notices/CoveragePage"), "CoveragePage");
const EditNoticePage = onDemand(() => import("./pages/notices/NoticeFormPage"), "EditNoticePage");
const NewNoticePage = onDemand(() => import("./pages/notices/NoticeFormPage"), "NewNoticePage");
const NoticesPage = onDemand(() => import("./pages/notices/NoticesPage"), "NoticesPage");
const PinboardPage = onDemand(() => import("./pages/notices/PinboardPage"), "PinboardPage");
const EditLinkPage = onDemand(() => import("./pages/links/LinkFormPage"), "EditLinkPage");
const LinkChecksPage = onDemand(() => import("./pages/links/LinkChecksPage"), "LinkChecksPage");
const LinksPage = onDemand(() => import("./pages/links/LinksPage"), "LinksPage");
const NewLinkPage = onDemand(() => import("./pages/links/LinkFormPage"), "NewLinkPage");
const OrganizationFormPage = onDemand(
  () => import("./pages/organizations/OrganizationFormPage"),
  "OrganizationFormPage",
);
const OrganizationPage = onDemand(
  () => import("./pages/organizations/OrganizationPage"),
  "OrganizationPage",
);
const OrganizationsPage = onDemand(
  () => import("./pages/organizations/OrganizationsPage"),
  "OrganizationsPage",
);
const PeoplePage = onDemand(() => import("./pages/people/PeoplePage"), "PeoplePage");
const PersonPage = onDemand(() => import("./pages/people/PersonPage"), "PersonPage");
const SetPasswordPage = onDemand(() => import("./pages/SetPasswordPage"), "SetPasswordPage");
const SetupPage = onDemand(() => import("./pages/SetupPage"), "SetupPage");

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
              path="notices"
              element={
                <GroupGate level="member">
                  <NoticesPage />
                </GroupGate>
              }
            />
            <Route
              path="notices/new"
              element={
                <GroupGate level="member">
                  <NewNoticePage />
                </GroupGate>
              }
            />
            <Route
              path="notices/:noticeId/edit"
              element={
                <GroupGate level="member">
                  <EditNoticePage />
                </GroupGate>
              }
            />
            <Route
              path="notices/:noticeId/coverage"
              element={
                <GroupGate level="moderator">
                  <CoveragePage />
                </GroupGate>
              }
            />
            <Route
              path="links"
              element={
                <GroupGate level="member">
                  <LinksPage />
                </GroupGate>
              }
            />
            <Route
              path="links/new"
              element={
                <GroupGate level="member">
                  <NewLinkPage />
                </GroupGate>
              }
            />
            <Route
              path="links/checks"
              element={
                <GroupGate level="moderator">
                  <LinkChecksPage />
                </GroupGate>
              }
            />
            <Route
              path="links/:linkId/edit"
              element={
                <GroupGate level="member">
                  <EditLinkPage />
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
          <Route path="pinboard" element={signedIn(<PinboardPage />)} />
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
