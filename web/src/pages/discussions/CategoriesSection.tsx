import { useId, useRef, useState } from "react";
import { request } from "../../api/client";
import {
  CategoriesQuery,
  CreateCategoryMutation,
  DeleteCategoryMutation,
  ThreadsQuery,
  UpdateCategoryMutation,
} from "../../api/discussions";
import { describeError } from "../../api/errors";
import { invalidate, useListQuery } from "../../api/query";
import { useAnnounce } from "../../components/Announcer";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { TextAreaField, TextField } from "../../components/Field";
import { Form, SubmitButton, useForm, type FieldErrors } from "../../components/Form";
import { EmptyState, ListStatus } from "../../components/ListStatus";
import type { CategoryFieldsFragment } from "../../gql/graphql";
import { useT } from "../../i18n";

type Field = "name" | "description";

/**
 * The group's discussion categories (moderators): add, rename and describe, move up
 * and down, delete (after a confirmation; the topics stay, without a category).
 */
export function CategoriesSection({ groupId }: { groupId: string }) {
  const t = useT();
  const announce = useAnnounce();
  const headingId = useId();
  const categories = useListQuery(CategoriesQuery, { groupId }, (data) => data.categories);
  const [editing, setEditing] = useState<string | null>(null);
  const [moving, setMoving] = useState(false);
  const [moveError, setMoveError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<CategoryFieldsFragment | null>(null);
  const [removeBusy, setRemoveBusy] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const list = categories.items ?? [];

  // Moves one category by one place; every category gets its index as position.
  const move = async (from: number, to: number) => {
    const moved = list[from];
    if (!moved || moving || to < 0 || to >= list.length) return;
    const order = list.filter((_, i) => i !== from);
    order.splice(to, 0, moved);
    setMoving(true);
    setMoveError(null);
    try {
      for (const [position, category] of order.entries()) {
        if (category.position === position) continue;
        await request(UpdateCategoryMutation, {
          id: category.id,
          input: { name: category.name, description: category.description, position },
        });
      }
      categories.setItems(() => order.map((c, position) => ({ ...c, position })));
      announce(t.categories.moved(moved.name, to + 1));
      // The focus stays with the row; at the top or bottom, on the button still usable.
      const edge = to === 0 ? "down" : to === order.length - 1 ? "up" : null;
      if (edge)
        window.setTimeout(
          () => document.getElementById(`category-${moved.id}-${edge}`)?.focus(),
          0,
        );
    } catch (error) {
      setMoveError(describeError(error, t));
      categories.refresh();
    } finally {
      setMoving(false);
    }
  };

  const remove = async () => {
    if (!removing) return;
    setRemoveBusy(true);
    setRemoveError(null);
    try {
      await request(DeleteCategoryMutation, { id: removing.id });
      categories.setItems((items) => items.filter((c) => c.id !== removing.id));
      // Its threads now show no category.
      invalidate(ThreadsQuery, { groupId });
      announce(t.categories.deleted(removing.name));
      setRemoving(null);
    } catch (error) {
      setRemoveError(describeError(error, t));
    } finally {
      setRemoveBusy(false);
    }
  };

  return (
    <section className="card section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="section__title">
        {t.categories.title}
      </h2>
      <p className="section__intro">{t.categories.intro}</p>
      <ListStatus list={categories} empty={<EmptyState title={t.categories.empty} />}>
        {(items) => (
          <ol className="category-list" aria-label={t.categories.listLabel}>
            {items.map((category, i) => (
              <li key={category.id} className="category-list__item">
                {editing === category.id ? (
                  <CategoryForm
                    initial={category}
                    submitLabel={t.categories.save}
                    busyLabel={t.categories.saving}
                    label={t.categories.editLabel(category.name)}
                    onCancel={() => setEditing(null)}
                    onSave={async (input) => {
                      const data = await request(UpdateCategoryMutation, {
                        id: category.id,
                        input,
                      });
                      categories.setItems((items) =>
                        items.map((c) => (c.id === category.id ? data.updateCategory : c)),
                      );
                      invalidate(ThreadsQuery, { groupId });
                      setEditing(null);
                      announce(t.categories.saved(data.updateCategory.name));
                    }}
                  />
                ) : (
                  <>
                    <div className="category-list__text">
                      <span className="category-list__name">{category.name}</span>
                      {category.description && (
                        <span className="muted">{category.description}</span>
                      )}
                    </div>
                    <div className="category-list__actions">
                      <button
                        id={`category-${category.id}-up`}
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={t.categories.up(category.name)}
                        disabled={i === 0}
                        onClick={() => void move(i, i - 1)}
                      >
                        <span aria-hidden="true">↑</span>
                      </button>
                      <button
                        id={`category-${category.id}-down`}
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={t.categories.down(category.name)}
                        disabled={i === items.length - 1}
                        onClick={() => void move(i, i + 1)}
                      >
                        <span aria-hidden="true">↓</span>
                      </button>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={t.categories.editLabel(category.name)}
                        onClick={() => setEditing(category.id)}
                      >
                        {t.categories.edit}
                      </button>
                      <button
                        type="button"
                        className="button button--danger button--small"
                        aria-label={`${t.categories.delete}: ${category.name}`}
                        onClick={() => {
                          setRemoveError(null);
                          setRemoving(category);
                        }}
                      >
                        {t.categories.delete}
                      </button>
                    </div>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </ListStatus>
      {moveError && (
        <p className="field__error" role="alert">
          {moveError}
        </p>
      )}
      <CategoryForm
        initial={{ name: "", description: "" }}
        submitLabel={t.categories.add}
        busyLabel={t.categories.adding}
        label={t.categories.add}
        onSave={async (input) => {
          const data = await request(CreateCategoryMutation, { groupId, input });
          categories.setItems((items) => [...items, data.createCategory]);
          announce(t.categories.added(data.createCategory.name));
        }}
      />
      <ConfirmDialog
        open={removing != null}
        title={t.categories.deleteTitle}
        confirmLabel={t.categories.deleteConfirm}
        busyLabel={t.categories.deleting}
        busy={removeBusy}
        error={removeError}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
        fallbackFocus={headingRef}
      >
        <p>{removing && t.categories.deleteText(removing.name)}</p>
      </ConfirmDialog>
    </section>
  );
}

/** Name and description of a category; empties itself after adding. */
function CategoryForm({
  initial,
  label,
  submitLabel,
  busyLabel,
  onSave,
  onCancel,
}: {
  initial: { name: string; description: string };
  label: string;
  submitLabel: string;
  busyLabel: string;
  onSave: (input: { name: string; description: string }) => Promise<void>;
  onCancel?: () => void;
}) {
  const t = useT();
  const form = useForm<Field>();
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description);
  const headingId = useId();

  const validate = () => {
    const errors: FieldErrors<Field> = {};
    if (!name.trim()) errors.name = t.categories.nameRequired;
    return errors;
  };

  return (
    <div className="category-form">
      <h3 id={headingId} className="visually-hidden">
        {label}
      </h3>
      <Form
        state={form}
        labelledBy={headingId}
        onSubmit={() =>
          form.submit({
            validate,
            fieldFor: (field) => (field === "name" || field === "description" ? field : null),
            action: async () => {
              await onSave({ name: name.trim(), description: description.trim() });
              if (!onCancel) {
                setName("");
                setDescription("");
              }
            },
          })
        }
      >
        <TextField
          label={t.categories.name}
          name="name"
          value={name}
          onChange={setName}
          error={form.fieldErrors.name}
          required
          maxLength={80}
        />
        <TextAreaField
          label={t.categories.description}
          name="description"
          value={description}
          onChange={setDescription}
          error={form.fieldErrors.description}
          rows={2}
          maxLength={500}
        />
        <div className="composer__actions">
          <SubmitButton label={submitLabel} busyLabel={busyLabel} busy={form.busy} />
          {onCancel && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t.thread.cancel}
            </button>
          )}
        </div>
      </Form>
    </div>
  );
}
