import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { request } from "../../api/client";
import {
  EditNoticeMutation,
  NoticeQuery,
  NoticesQuery,
  PostNoticeMutation,
  RequestAcknowledgementMutation,
} from "../../api/notices";
import { invalidate, useGraphQL } from "../../api/query";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { BackLink } from "../../components/BackLink";
import { CheckboxField, RadioGroupField, TextField } from "../../components/Field";
import { Form, SubmitButton, useForm, type FieldErrors } from "../../components/Form";
import { MarkdownField } from "../../components/MarkdownField";
import { LoadError, Loading } from "../../components/Status";
import type { AcknowledgementMode, NoticeQuery as NoticeAnswer } from "../../gql/graphql";
import { useT } from "../../i18n";
import { fromBerlinInput, toBerlinInput } from "../../i18n/berlinTime";
import { NotFoundPage } from "../NotFoundPage";
import { useGroup } from "../groups/GroupLayout";
import { canPostNotices } from "./NoticesPage";

type Field = "title" | "body" | "expiresAt" | "deadline";

/** `/groups/:id/notices/new`: put up a notice (moderators may ask for acknowledgement). */
export function NewNoticePage() {
  const t = useT();
  const { group } = useGroup();
  if (!canPostNotices(group)) {
    return (
      <section className="page-section narrow-page" aria-labelledby="notice-form-heading">
        <BackLink to={`/groups/${group.id}/notices`}>{t.notices.back}</BackLink>
        <h2 id="notice-form-heading" className="section__title">
          {t.notices.newTitle}
        </h2>
        <Alert kind="info">{t.notices.onlyModerators}</Alert>
      </section>
    );
  }
  return <NoticeForm />;
}

/** `/groups/:id/notices/:noticeId/edit`: change a notice (its author and moderators). */
export function EditNoticePage() {
  const { noticeId = "" } = useParams();
  const { state, reload } = useGraphQL(NoticeQuery, { id: noticeId });
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <LoadError error={state.error} onRetry={reload} />;
  if (!state.data.notice?.viewerCanEdit) return <NotFoundPage />;
  return <NoticeForm existing={state.data.notice} />;
}

/** The form of a new or an existing notice. */
function NoticeForm({ existing }: { existing?: NonNullable<NoticeAnswer["notice"]> }) {
  const t = useT();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const { group } = useGroup();
  const form = useForm<Field>();
  const [title, setTitle] = useState(existing?.title ?? "");
  const [body, setBody] = useState(existing?.thread.openingPost.body ?? "");
  const [important, setImportant] = useState(existing?.important ?? false);
  const [expiresAt, setExpiresAt] = useState(
    existing?.expiresAt ? toBerlinInput(existing.expiresAt) : "",
  );
  const [ask, setAsk] = useState(false);
  const [mode, setMode] = useState<AcknowledgementMode>("PER_OFFICE");
  const [deadline, setDeadline] = useState("");
  const headingId = "notice-form-heading";
  const back = existing
    ? `/groups/${group.id}/threads/${existing.threadId}`
    : `/groups/${group.id}/notices`;

  const validate = () => {
    const errors: FieldErrors<Field> = {};
    if (!title.trim()) errors.title = t.notices.titleRequired;
    if (!body.trim()) errors.body = t.notices.bodyRequired;
    if (ask && !fromBerlinInput(deadline)) errors.deadline = t.acknowledgement.deadlineRequired;
    return errors;
  };

  const save = async () => {
    const input = {
      title: title.trim(),
      body,
      important,
      expiresAt: fromBerlinInput(expiresAt),
    };
    if (existing) {
      await request(EditNoticeMutation, { id: existing.id, version: existing.version, input });
      invalidate(NoticesQuery, { groupId: group.id });
      invalidate(NoticeQuery, { id: existing.id });
      announce(t.notices.saved);
      navigate(back);
      return;
    }
    const data = await request(PostNoticeMutation, { groupId: group.id, input });
    const notice = data.postNotice;
    const due = fromBerlinInput(deadline);
    if (ask && due) {
      await request(RequestAcknowledgementMutation, { noticeId: notice.id, mode, deadline: due });
    }
    invalidate(NoticesQuery, { groupId: group.id });
    announce(t.notices.posted(notice.title));
    navigate(`/groups/${group.id}/threads/${notice.threadId}`);
  };

  return (
    <section className="page-section narrow-page" aria-labelledby={headingId}>
      <BackLink to={back}>{t.notices.back}</BackLink>
      <h2 id={headingId} className="section__title">
        {existing ? t.notices.editTitle : t.notices.newTitle}
      </h2>
      {!existing && <p className="section__intro">{t.notices.newIntro}</p>}
      <div className="card">
        <Form
          state={form}
          labelledBy={headingId}
          onSubmit={() =>
            form.submit({
              validate,
              fieldFor: (field) =>
                field === "title" ||
                field === "body" ||
                field === "expiresAt" ||
                field === "deadline"
                  ? field
                  : null,
              action: save,
            })
          }
        >
          <TextField
            label={t.notices.noticeTitle}
            name="title"
            value={title}
            onChange={setTitle}
            error={form.fieldErrors.title}
            required
            maxLength={200}
          />
          <MarkdownField
            label={t.notices.body}
            value={body}
            onChange={setBody}
            groupId={group.id}
            hint={t.discussions.markdownHint}
            error={form.fieldErrors.body}
            rows={8}
          />
          <CheckboxField
            label={t.notices.important}
            name="important"
            checked={important}
            onChange={setImportant}
            hint={t.notices.importantHint}
          />
          <TextField
            label={t.notices.expiresAt}
            name="expiresAt"
            type="datetime-local"
            value={expiresAt}
            onChange={setExpiresAt}
            hint={t.notices.expiresHint}
            error={form.fieldErrors.expiresAt}
          />
          {!existing && group.canModerate && (
            <fieldset className="fieldset">
              <legend>{t.acknowledgement.requestTitle}</legend>
              <CheckboxField
                label={t.acknowledgement.ask}
                name="ask"
                checked={ask}
                onChange={setAsk}
                hint={t.acknowledgement.requestIntro}
              />
              {ask && (
                <AcknowledgementFields
                  mode={mode}
                  onMode={setMode}
                  deadline={deadline}
                  onDeadline={setDeadline}
                  error={form.fieldErrors.deadline}
                />
              )}
            </fieldset>
          )}
          <div className="composer__actions">
            <SubmitButton
              label={existing ? t.notices.save : t.notices.post}
              busyLabel={existing ? t.notices.saving : t.notices.posting}
              busy={form.busy}
            />
          </div>
        </Form>
      </div>
    </section>
  );
}

/** Who confirms and by when: the fields of an acknowledgement request. */
export function AcknowledgementFields({
  mode,
  onMode,
  deadline,
  onDeadline,
  error,
}: {
  mode: AcknowledgementMode;
  onMode: (mode: AcknowledgementMode) => void;
  deadline: string;
  onDeadline: (deadline: string) => void;
  error: string | undefined;
}) {
  const t = useT();
  return (
    <>
      <RadioGroupField<AcknowledgementMode>
        legend={t.acknowledgement.mode}
        name="mode"
        value={mode}
        onChange={onMode}
        options={[
          {
            value: "PER_OFFICE",
            label: t.acknowledgement.modePerOffice,
            description: t.acknowledgement.modePerOfficeText,
          },
          {
            value: "PER_PERSON",
            label: t.acknowledgement.modePerPerson,
            description: t.acknowledgement.modePerPersonText,
          },
        ]}
      />
      <TextField
        label={t.acknowledgement.deadline}
        name="deadline"
        type="datetime-local"
        value={deadline}
        onChange={onDeadline}
        hint={t.acknowledgement.deadlineHint}
        error={error}
        required
      />
    </>
  );
}
