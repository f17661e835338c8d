import { useState } from "react";
import { request } from "../../api/client";
import { UpdateGroupMutation } from "../../api/groups";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { RichText } from "../../components/RichText";
import { useT } from "../../i18n";
import { CategoriesSection } from "../discussions/CategoriesSection";
import { GroupForm } from "./GroupForm";
import { useGroup } from "./GroupLayout";

/**
 * `/groups/:id/settings` (moderators): name, description, visibility and admission;
 * the discussion categories.
 */
export function GroupSettingsPage() {
  const t = useT();
  const { group, setGroup } = useGroup();
  const announce = useAnnounce();
  const [saved, setSaved] = useState(false);

  return (
    <div className="settings-layout">
      <section className="card section" aria-labelledby="settings-heading">
        <h2 id="settings-heading" className="section__title">
          {t.groupSettings.title}
        </h2>
        <p className="section__intro">{t.groupSettings.intro}</p>
        <GroupForm
          initial={{
            name: group.name,
            description: group.description,
            visibility: group.visibility,
            joinPolicy: group.joinPolicy,
            noticePosting: group.noticePosting,
          }}
          submitLabel={t.groupSettings.submit}
          busyLabel={t.groupSettings.busy}
          labelledBy="settings-heading"
          onSave={async (input) => {
            setSaved(false);
            const data = await request(UpdateGroupMutation, { id: group.id, input });
            setGroup(data.updateGroup);
            setSaved(true);
            announce(t.groupSettings.saved);
          }}
        >
          {saved && <Alert kind="success">{t.groupSettings.saved}</Alert>}
        </GroupForm>
      </section>
      <section className="card section" aria-labelledby="preview-heading">
        <h2 id="preview-heading" className="section__title">
          {t.groupSettings.previewTitle}
        </h2>
        <p className="section__intro">{t.groupSettings.previewIntro}</p>
        {group.descriptionHtml ? (
          <RichText html={group.descriptionHtml} className="preview" />
        ) : (
          <p className="muted">{t.group.noDescription}</p>
        )}
      </section>
      <CategoriesSection groupId={group.id} />
    </div>
  );
}
