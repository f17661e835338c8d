import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { request } from "../../api/client";
import { StartThreadMutation, ThreadsQuery } from "../../api/discussions";
import { invalidate } from "../../api/query";
import { draftStatusText, useDraft } from "../../api/useDraft";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { BackLink } from "../../components/BackLink";
import { RadioGroupField, TextField } from "../../components/Field";
import { MarkdownField } from "../../components/MarkdownField";
import { Form, SubmitButton, useForm, type FieldErrors } from "../../components/Form";
import type { ThreadKind } from "../../gql/graphql";
import { useT } from "../../i18n";
import { useGroup } from "../groups/GroupLayout";
import { FilingFields } from "./FilingFields";
import { parseTags } from "./TagList";

type Field = "title" | "kind" | "categoryId" | "tags" | "body";

/**
 * `/groups/:id/threads/new`: a member starts a discussion or asks a question. Title
 * and text are kept as a server-side draft while typing and restored on return.
 */
export function NewThreadPage() {
  const t = useT();
  const { group } = useGroup();
  const canWrite = group.myRole === "MEMBER" || group.myRole === "MODERATOR" || group.canModerate;
  if (!canWrite) {
    return (
      <section className="page-section narrow-page" aria-labelledby="new-thread-heading">
        <BackLink to={`/groups/${group.id}/threads`}>{t.discussions.back}</BackLink>
        <h2 id="new-thread-heading" className="section__title">
          {t.discussions.newTitle}
        </h2>
        <Alert kind="info">{t.discussions.guestsCannotStart}</Alert>
      </section>
    );
  }
  return <NewThreadForm groupId={group.id} />;
}

function NewThreadForm({ groupId }: { groupId: string }) {
  const t = useT();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const form = useForm<Field>();
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<ThreadKind>("DISCUSSION");
  const [categoryId, setCategoryId] = useState("");
  const [tags, setTags] = useState("");
  const [body, setBody] = useState("");
  const draft = useDraft({ groupId });
  const typed = useRef(false);

  // The saved draft fills the form, unless something was typed already.
  useEffect(() => {
    if (!draft.restored || typed.current) return;
    typed.current = true;
    setTitle(draft.restored.title);
    setBody(draft.restored.body);
    announce(t.editor.draftRestored);
  }, [draft.restored, announce, t]);

  const changeTitle = (next: string) => {
    typed.current = true;
    setTitle(next);
    draft.change({ title: next, body });
  };
  const changeBody = (next: string) => {
    typed.current = true;
    setBody(next);
    draft.change({ title, body: next });
  };

  const draftStatus = draftStatusText(draft.status, t);

  const validate = () => {
    const errors: FieldErrors<Field> = {};
    if (!title.trim()) errors.title = t.discussions.titleRequired;
    if (!body.trim()) errors.body = t.discussions.bodyRequired;
    return errors;
  };

  return (
    <section className="page-section narrow-page" aria-labelledby="new-thread-heading">
      <BackLink to={`/groups/${groupId}/threads`}>{t.discussions.back}</BackLink>
      <h2 id="new-thread-heading" className="section__title">
        {t.discussions.newTitle}
      </h2>
      <p className="section__intro">{t.discussions.newIntro}</p>
      <div className="card">
        <Form
          state={form}
          labelledBy="new-thread-heading"
          onSubmit={() =>
            form.submit({
              validate,
              fieldFor: (field) =>
                field === "title" || field === "body" || field === "categoryId" || field === "tags"
                  ? field
                  : field === "kind"
                    ? "kind"
                    : null,
              action: async () => {
                await draft.settle();
                const data = await request(StartThreadMutation, {
                  groupId,
                  input: {
                    title: title.trim(),
                    body,
                    kind,
                    categoryId: categoryId || null,
                    tags: parseTags(tags),
                  },
                });
                invalidate(ThreadsQuery, { groupId });
                announce(t.discussions.started(title.trim()));
                navigate(`/groups/${groupId}/threads/${data.startThread.id}`);
              },
            })
          }
        >
          <TextField
            label={t.discussions.threadTitle}
            name="title"
            value={title}
            onChange={changeTitle}
            error={form.fieldErrors.title}
            required
            maxLength={200}
          />
          <RadioGroupField<ThreadKind>
            legend={t.discussions.kind}
            name="kind"
            value={kind}
            onChange={setKind}
            error={form.fieldErrors.kind}
            options={[
              {
                value: "DISCUSSION",
                label: t.discussions.kindDiscussion,
                description: t.discussions.kindDiscussionText,
              },
              {
                value: "QUESTION",
                label: t.discussions.kindQuestion,
                description: t.discussions.kindQuestionText,
              },
            ]}
          />
          <FilingFields
            groupId={groupId}
            categoryId={categoryId}
            onCategoryChange={setCategoryId}
            tags={tags}
            onTagsChange={setTags}
            errors={form.fieldErrors}
          />
          <MarkdownField
            label={t.discussions.body}
            value={body}
            onChange={changeBody}
            groupId={groupId}
            hint={t.discussions.markdownHint}
            error={form.fieldErrors.body}
            rows={10}
          />
          <div className="composer__actions">
            <SubmitButton
              label={t.discussions.start}
              busyLabel={t.discussions.starting}
              busy={form.busy}
            />
            {draftStatus && <span className="composer__status muted">{draftStatus}</span>}
          </div>
        </Form>
      </div>
    </section>
  );
}
