import { useState } from "react";
import { useNavigate } from "react-router";
import { request } from "../../api/client";
import { CategoriesQuery, StartThreadMutation } from "../../api/discussions";
import { useLoad } from "../../api/useLoad";
import { useAnnounce } from "../../components/Announcer";
import { BackLink } from "../../components/BackLink";
import { RadioGroupField, SelectField, TextAreaField, TextField } from "../../components/Field";
import { Form, SubmitButton, useForm, type FieldErrors } from "../../components/Form";
import type { ThreadKind } from "../../gql/graphql";
import { useT } from "../../i18n";
import { useGroup } from "./GroupLayout";

type Field = "title" | "kind" | "categoryId" | "body";

/** `/groups/:id/threads/new`: a member starts a discussion or asks a question. */
export function NewThreadPage() {
  const t = useT();
  const { group } = useGroup();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const form = useForm<Field>();
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<ThreadKind>("DISCUSSION");
  const [categoryId, setCategoryId] = useState("");
  const [body, setBody] = useState("");
  const categories = useLoad(
    () => request(CategoriesQuery, { groupId: group.id }).then((data) => data.categories),
    [group.id],
  );
  const categoryList = categories.state.status === "ready" ? categories.state.data : [];

  const validate = () => {
    const errors: FieldErrors<Field> = {};
    if (!title.trim()) errors.title = t.discussions.titleRequired;
    if (!body.trim()) errors.body = t.discussions.bodyRequired;
    return errors;
  };

  return (
    <section className="page-section narrow-page" aria-labelledby="new-thread-heading">
      <BackLink to={`/groups/${group.id}/threads`}>{t.discussions.back}</BackLink>
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
                field === "title" || field === "body" || field === "categoryId"
                  ? field
                  : field === "kind"
                    ? "kind"
                    : null,
              action: async () => {
                const data = await request(StartThreadMutation, {
                  groupId: group.id,
                  input: {
                    title: title.trim(),
                    body,
                    kind,
                    categoryId: categoryId || null,
                  },
                });
                announce(t.discussions.started(title.trim()));
                navigate(`/groups/${group.id}/threads/${data.startThread.id}`);
              },
            })
          }
        >
          <TextField
            label={t.discussions.threadTitle}
            name="title"
            value={title}
            onChange={setTitle}
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
          {categoryList.length > 0 && (
            <SelectField
              label={t.discussions.category}
              name="categoryId"
              value={categoryId}
              onChange={setCategoryId}
              error={form.fieldErrors.categoryId}
              options={[
                { value: "", label: t.discussions.noCategory },
                ...categoryList.map((c) => ({ value: c.id, label: c.name })),
              ]}
            />
          )}
          <TextAreaField
            label={t.discussions.body}
            name="body"
            value={body}
            onChange={setBody}
            hint={t.discussions.markdownHint}
            error={form.fieldErrors.body}
            rows={10}
            required
          />
          <SubmitButton
            label={t.discussions.start}
            busyLabel={t.discussions.starting}
            busy={form.busy}
          />
        </Form>
      </div>
    </section>
  );
}
