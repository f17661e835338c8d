import { useState } from "react";
import { request } from "../../api/client";
import { EditThreadMutation } from "../../api/discussions";
import { TextField } from "../../components/Field";
import { Form, SubmitButton, useForm, type FieldErrors } from "../../components/Form";
import type { ThreadFieldsFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { FilingFields } from "./FilingFields";
import { parseTags } from "./TagList";

type Field = "title" | "categoryId" | "tags";

/** Title, category and tags of a thread (its author and moderators). */
export function ThreadEditForm({
  thread,
  groupId,
  labelledBy,
  onSaved,
  onCancel,
}: {
  thread: ThreadFieldsFragment;
  groupId: string;
  labelledBy: string;
  onSaved: (thread: ThreadFieldsFragment) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const form = useForm<Field>();
  const [title, setTitle] = useState(thread.title);
  const [categoryId, setCategoryId] = useState(thread.category?.id ?? "");
  const [tags, setTags] = useState(thread.tags.join(", "));

  const validate = () => {
    const errors: FieldErrors<Field> = {};
    if (!title.trim()) errors.title = t.discussions.titleRequired;
    return errors;
  };

  return (
    <Form
      state={form}
      labelledBy={labelledBy}
      onSubmit={() =>
        form.submit({
          validate,
          fieldFor: (field) =>
            field === "title" || field === "categoryId" || field === "tags" ? field : null,
          action: async () => {
            const data = await request(EditThreadMutation, {
              threadId: thread.id,
              input: { title: title.trim(), categoryId: categoryId || null, tags: parseTags(tags) },
            });
            onSaved(data.editThread);
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
      <FilingFields
        groupId={groupId}
        categoryId={categoryId}
        onCategoryChange={setCategoryId}
        tags={tags}
        onTagsChange={setTags}
        errors={form.fieldErrors}
      />
      <div className="composer__actions">
        <SubmitButton
          label={t.thread.saveThread}
          busyLabel={t.thread.savingThread}
          busy={form.busy}
        />
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t.thread.cancel}
        </button>
      </div>
    </Form>
  );
}
