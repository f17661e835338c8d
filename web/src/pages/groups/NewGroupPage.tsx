import { useNavigate } from "react-router";
import { request } from "../../api/client";
import { CreateGroupMutation, GroupsQuery } from "../../api/groups";
import { invalidate } from "../../api/query";
import { useAnnounce } from "../../components/Announcer";
import { BackLink } from "../../components/BackLink";
import { PageHeading } from "../../components/PageHeading";
import { useT } from "../../i18n";
import { useSession, type Viewer } from "../../session";
import { NoAccessPage } from "../NoAccessPage";
import { GroupForm } from "./GroupForm";

/** `/groups/new`: administrators create a group and become its moderator. */
export function NewGroupPage() {
  const t = useT();
  const viewer = useSession().viewer as Viewer;
  const announce = useAnnounce();
  const navigate = useNavigate();

  if (!viewer.isAdmin) return <NoAccessPage />;

  return (
    <div className="narrow-page">
      <BackLink to="/groups">{t.newGroup.back}</BackLink>
      <PageHeading title={t.newGroup.title} />
      <p className="lead">{t.newGroup.intro}</p>
      <div className="card">
        <GroupForm
          initial={{ name: "", description: "", visibility: "LISTED", joinPolicy: "REQUEST" }}
          submitLabel={t.newGroup.submit}
          busyLabel={t.newGroup.busy}
          labelledBy="page-heading"
          onSave={async (input) => {
            const data = await request(CreateGroupMutation, { input });
            invalidate(GroupsQuery);
            announce(t.newGroup.created(data.createGroup.name));
            navigate(`/groups/${data.createGroup.id}`);
          }}
        />
      </div>
    </div>
  );
}
