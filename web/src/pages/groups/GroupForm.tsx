import { useState } from "react";
import { RadioGroupField, TextAreaField, TextField } from "../../components/Field";
import { Form, SubmitButton, useForm } from "../../components/Form";
import { errorsOf } from "../../components/validate";
import type { GroupInput, GroupVisibility, JoinPolicy, NoticePosting } from "../../gql/graphql";
import { useT } from "../../i18n";

/** Limits of the server (backend/groups/model.rs). */
const GROUP_NAME_MAX = 200;
const DESCRIPTION_MAX = 20_000;

type GroupField = "name" | "description" | "visibility" | "joinPolicy";

/**
 * Name, description (markdown), visibility, admission and who posts notices of a
 * group, each choice explained. Secret groups admit by invitation only, so that choice locks the admission.
 */
export function GroupForm({
  initial,
  submitLabel,
  busyLabel,
  labelledBy,
  onSave,
  children,
}: {
  initial: GroupInput;
  submitLabel: string;
  busyLabel: string;
  labelledBy: string;
  /** Sends the checked input; rejects with the API's error. */
  onSave: (input: GroupInput) => Promise<void>;
  /** Below the submit button (e.g. a success message). */
  children?: React.ReactNode;
}) {
  const t = useT();
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description ?? "");
  const [visibility, setVisibility] = useState<GroupVisibility>(initial.visibility);
  const [joinPolicy, setJoinPolicy] = useState<JoinPolicy>(initial.joinPolicy);
  const [noticePosting, setNoticePosting] = useState<NoticePosting>(
    initial.noticePosting ?? "MODERATORS",
  );
  const form = useForm<GroupField>();

  const chooseVisibility = (value: GroupVisibility) => {
    setVisibility(value);
    if (value === "SECRET") setJoinPolicy("INVITATION");
  };

  const onSubmit = () =>
    form.submit({
      validate: () =>
        errorsOf<GroupField>({
          name: !name.trim()
            ? t.reasons.REQUIRED
            : [...name.trim()].length > GROUP_NAME_MAX
              ? t.fields.nameTooLong(GROUP_NAME_MAX)
              : undefined,
          description:
            [...description.trim()].length > DESCRIPTION_MAX
              ? t.fields.textTooLong(DESCRIPTION_MAX)
              : undefined,
          visibility: undefined,
          joinPolicy: undefined,
        }),
      action: () =>
        onSave({
          name: name.trim(),
          description: description.trim(),
          visibility,
          joinPolicy,
          noticePosting,
        }),
      fieldFor: (field) =>
        field === "name" || field === "description" || field === "joinPolicy" ? field : null,
    });

  return (
    <Form state={form} onSubmit={onSubmit} labelledBy={labelledBy}>
      <TextField
        label={t.groupForm.name}
        name="name"
        hint={t.groupForm.nameHint}
        value={name}
        onChange={setName}
        error={form.fieldErrors.name}
        maxLength={GROUP_NAME_MAX}
        required
      />
      <TextAreaField
        label={t.groupForm.description}
        name="description"
        hint={t.groupForm.descriptionHint}
        value={description}
        onChange={setDescription}
        error={form.fieldErrors.description}
        rows={8}
      />
      <RadioGroupField<GroupVisibility>
        legend={t.groupForm.visibility}
        name="visibility"
        value={visibility}
        onChange={chooseVisibility}
        error={form.fieldErrors.visibility}
        options={[
          { value: "LISTED", label: t.groupForm.listed, description: t.groupForm.listedText },
          { value: "SECRET", label: t.groupForm.secret, description: t.groupForm.secretText },
        ]}
      />
      <RadioGroupField<JoinPolicy>
        legend={t.groupForm.joinPolicy}
        name="joinPolicy"
        value={joinPolicy}
        onChange={setJoinPolicy}
        error={form.fieldErrors.joinPolicy}
        options={[
          {
            value: "INVITATION",
            label: t.groupForm.invitation,
            description: t.groupForm.invitationText,
          },
          {
            value: "REQUEST",
            label: t.groupForm.request,
            description:
              visibility === "SECRET" ? t.groupForm.requestDisabled : t.groupForm.requestText,
            disabled: visibility === "SECRET",
          },
        ]}
      />
      <RadioGroupField<NoticePosting>
        legend={t.notices.postingLegend}
        name="noticePosting"
        value={noticePosting}
        onChange={setNoticePosting}
        options={[
          {
            value: "MODERATORS",
            label: t.notices.postingModerators,
            description: t.notices.postingModeratorsText,
          },
          {
            value: "MEMBERS",
            label: t.notices.postingMembers,
            description: t.notices.postingMembersText,
          },
        ]}
      />
      <div className="form__actions">
        <SubmitButton label={submitLabel} busyLabel={busyLabel} busy={form.busy} />
      </div>
      {children}
    </Form>
  );
}
