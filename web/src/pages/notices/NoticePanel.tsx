import { useState } from "react";
import { Link } from "react-router";
import { request } from "../../api/client";
import { NoticesQuery, RequestAcknowledgementMutation } from "../../api/notices";
import { invalidate } from "../../api/query";
import { useAnnounce } from "../../components/Announcer";
import { Form, SubmitButton, useForm } from "../../components/Form";
import type { AcknowledgementMode, NoticeFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { fromBerlinInput } from "../../i18n/berlinTime";
import { Acknowledgement } from "./Acknowledgement";
import { AcknowledgementFields } from "./NoticeFormPage";

/**
 * Above the posts of a notice's thread (whose opening post is the notice's text): the
 * notice's badges and expiry, its acknowledgement, for moderators the request for
 * acknowledgement, and the way to edit it.
 */
export function NoticePanel({
  notice,
  canModerate,
  onChanged,
}: {
  notice: NoticeFieldsFragment;
  canModerate: boolean;
  onChanged: (notice: NoticeFieldsFragment) => void;
}) {
  const { t, formatDateTime } = useI18n();
  return (
    <div className={`notice-panel${notice.important ? " notice-panel--important" : ""}`}>
      <p className="notice-card__badges">
        <span className="badge badge--neutral">{t.notices.tab}</span>
        {notice.important && <span className="badge badge--important">{t.notices.important}</span>}
        {notice.pinned && !notice.expired && (
          <span className="badge badge--neutral">{t.notices.pinned}</span>
        )}
        {notice.expiresAt && (
          <span className="notice-card__expiry">
            {notice.expired
              ? t.notices.expiredOn(formatDateTime(notice.expiresAt))
              : t.notices.until(formatDateTime(notice.expiresAt))}
          </span>
        )}
      </p>
      {notice.viewerCanEdit && !notice.deleted && (
        <p>
          <Link
            className="button button--secondary button--small"
            to={`/groups/${notice.group.id}/notices/${notice.id}/edit`}
          >
            {t.notices.edit}
          </Link>
        </p>
      )}
      {notice.acknowledgementRequest ? (
        <Acknowledgement notice={notice} canModerate={canModerate} onChanged={onChanged} />
      ) : (
        canModerate && !notice.deleted && <RequestForm notice={notice} onChanged={onChanged} />
      )}
    </div>
  );
}

/** A moderator asks for acknowledgement of a notice. */
function RequestForm({
  notice,
  onChanged,
}: {
  notice: NoticeFieldsFragment;
  onChanged: (notice: NoticeFieldsFragment) => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const form = useForm<"deadline">();
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<AcknowledgementMode>("PER_OFFICE");
  const [deadline, setDeadline] = useState("");
  if (!open) {
    return (
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => setOpen(true)}
      >
        {t.acknowledgement.request}
      </button>
    );
  }
  return (
    <section className="card section" aria-labelledby="request-heading">
      <h3 id="request-heading" className="section__title">
        {t.acknowledgement.requestTitle}
      </h3>
      <p className="section__intro">{t.acknowledgement.requestIntro}</p>
      <Form
        state={form}
        labelledBy="request-heading"
        onSubmit={() =>
          form.submit({
            validate: () =>
              fromBerlinInput(deadline) ? {} : { deadline: t.acknowledgement.deadlineRequired },
            fieldFor: (field) => (field === "deadline" ? "deadline" : null),
            action: async () => {
              const data = await request(RequestAcknowledgementMutation, {
                noticeId: notice.id,
                mode,
                deadline: fromBerlinInput(deadline) ?? "",
              });
              onChanged(data.requestAcknowledgement);
              invalidate(NoticesQuery, { groupId: notice.group.id });
              announce(t.acknowledgement.requestDone);
            },
          })
        }
      >
        <AcknowledgementFields
          mode={mode}
          onMode={setMode}
          deadline={deadline}
          onDeadline={setDeadline}
          error={form.fieldErrors.deadline}
        />
        <div className="composer__actions">
          <SubmitButton
            label={t.acknowledgement.request}
            busyLabel={t.acknowledgement.requesting}
            busy={form.busy}
          />
          <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
            {t.app.cancel}
          </button>
        </div>
      </Form>
    </section>
  );
}
