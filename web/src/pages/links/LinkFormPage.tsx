import { useRef, useState, type ChangeEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { request } from "../../api/client";
import { describeError } from "../../api/errors";
import {
  AddLinkMutation,
  EditLinkMutation,
  LinkPreviewQuery,
  LinkQuery,
  LinksQuery,
} from "../../api/links";
import { invalidate, useGraphQL } from "../../api/query";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { BackLink } from "../../components/BackLink";
import { FieldShell, TextField } from "../../components/Field";
import { Form, SubmitButton, useForm, type FieldErrors } from "../../components/Form";
import { MarkdownField } from "../../components/MarkdownField";
import { LoadError, Loading } from "../../components/Status";
import type { LinkFieldsFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { NotFoundPage } from "../NotFoundPage";
import { parseTags } from "../discussions/TagList";
import { useGroup } from "../groups/GroupLayout";

type Field = "url" | "title" | "description" | "tags";

/** What the server said about the address when the URL field was left. */
type Suggestion =
  | { state: "idle" }
  | { state: "loading"; url: string }
  | { state: "suggested"; url: string; found: boolean }
  | { state: "failed"; url: string; message: string }
  | { state: "existing"; url: string; link: LinkFieldsFragment };

/** `/groups/:id/links/new`: a member adds a link (guests read only). */
export function NewLinkPage() {
  const t = useT();
  const { group } = useGroup();
  const canWrite = group.myRole === "MEMBER" || group.myRole === "MODERATOR" || group.canModerate;
  if (!canWrite) {
    return (
      <section className="page-section narrow-page" aria-labelledby="link-form-heading">
        <BackLink to={`/groups/${group.id}/links`}>{t.links.back}</BackLink>
        <h2 id="link-form-heading" className="section__title">
          {t.links.newTitle}
        </h2>
        <Alert kind="info">{t.links.guestsCannotAdd}</Alert>
      </section>
    );
  }
  return <LinkForm />;
}

/** `/groups/:id/links/:linkId/edit`: change a link (its author and moderators). */
export function EditLinkPage() {
  const { linkId = "" } = useParams();
  const { state, reload } = useGraphQL(LinkQuery, { id: linkId });
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <LoadError error={state.error} onRetry={reload} />;
  if (!state.data.link?.viewerCanEdit) return <NotFoundPage />;
  return <LinkForm existing={state.data.link} />;
}

/**
 * The form of a new or an existing link. Leaving the URL field asks the server about
 * the address: an entry the group has already is shown with a link to it; otherwise
 * the page's title and description fill the fields that are still empty, marked as a
 * suggestion until edited.
 */
function LinkForm({ existing }: { existing?: LinkFieldsFragment }) {
  const t = useT();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const { group } = useGroup();
  const form = useForm<Field>();
  const [url, setUrl] = useState(existing?.url ?? "");
  const [title, setTitle] = useState(existing?.title ?? "");
  const [description, setDescription] = useState(existing?.description ?? "");
  const [tags, setTags] = useState(existing?.tags.join(", ") ?? "");
  const [suggestion, setSuggestion] = useState<Suggestion>({ state: "idle" });
  const [suggestedTitle, setSuggestedTitle] = useState(false);
  const [suggestedDescription, setSuggestedDescription] = useState(false);
  // The address the last preview was asked for: leaving the field again asks nothing.
  const asked = useRef(existing?.url ?? "");
  const headingId = "link-form-heading";
  const back = existing
    ? `/groups/${group.id}/threads/${existing.threadId}`
    : `/groups/${group.id}/links`;

  const askPreview = async () => {
    const address = url.trim();
    if (!address || address === asked.current) return;
    asked.current = address;
    setSuggestion({ state: "loading", url: address });
    try {
      const data = await request(LinkPreviewQuery, { groupId: group.id, url: address });
      const preview = data.linkPreview;
      if (asked.current !== address) return;
      if (preview.existing && preview.existing.id !== existing?.id) {
        setSuggestion({ state: "existing", url: address, link: preview.existing });
        return;
      }
      const fillTitle = !title.trim() && preview.title;
      const fillDescription = !description.trim() && preview.description;
      if (fillTitle) setTitle(preview.title ?? "");
      if (fillDescription) setDescription(preview.description ?? "");
      setSuggestedTitle(Boolean(fillTitle));
      setSuggestedDescription(Boolean(fillDescription));
      setSuggestion({
        state: "suggested",
        url: address,
        found: Boolean(fillTitle || fillDescription),
      });
    } catch (error) {
      if (asked.current !== address) return;
      setSuggestion({ state: "failed", url: address, message: describeError(error, t) });
    }
  };

  const validate = () => {
    const errors: FieldErrors<Field> = {};
    if (!url.trim()) errors.url = t.links.urlRequired;
    if (!title.trim()) errors.title = t.links.titleRequired;
    if (!description.trim()) errors.description = t.links.descriptionRequired;
    return errors;
  };

  const save = async () => {
    const input = {
      url: url.trim(),
      title: title.trim(),
      description,
      tags: parseTags(tags),
    };
    if (existing) {
      await request(EditLinkMutation, { id: existing.id, version: existing.version, input });
      invalidate(LinksQuery, { groupId: group.id });
      invalidate(LinkQuery, { id: existing.id });
      announce(t.links.saved);
      navigate(back);
      return;
    }
    const data = await request(AddLinkMutation, { groupId: group.id, input });
    const added = data.addLink;
    if (added.existing) {
      setSuggestion({ state: "existing", url: input.url, link: added.link });
      announce(t.links.existingTitle);
      return;
    }
    invalidate(LinksQuery, { groupId: group.id });
    announce(t.links.added(added.link.title));
    navigate(`/groups/${group.id}/threads/${added.link.threadId}`);
  };

  return (
    <section className="page-section narrow-page" aria-labelledby={headingId}>
      <BackLink to={back}>{t.links.back}</BackLink>
      <h2 id={headingId} className="section__title">
        {existing ? t.links.editTitle : t.links.newTitle}
      </h2>
      {!existing && <p className="section__intro">{t.links.newIntro}</p>}
      <div className="card">
        <Form
          state={form}
          labelledBy={headingId}
          onSubmit={() =>
            form.submit({
              validate,
              fieldFor: (field) =>
                field === "url" || field === "title" || field === "description" || field === "tags"
                  ? field
                  : null,
              action: save,
            })
          }
        >
          <FieldShell label={t.links.url} hint={t.links.urlHint} error={form.fieldErrors.url}>
            {({ id, describedBy, invalid }) => (
              <input
                className="field__input"
                id={id}
                name="url"
                type="url"
                inputMode="url"
                value={url}
                onChange={(event: ChangeEvent<HTMLInputElement>) => setUrl(event.target.value)}
                onBlur={() => void askPreview()}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                required
                maxLength={2048}
                spellCheck={false}
                autoComplete="url"
              />
            )}
          </FieldShell>
          <SuggestionNote suggestion={suggestion} />
          <TextField
            label={t.links.linkTitle}
            name="title"
            value={title}
            onChange={(value) => {
              setTitle(value);
              setSuggestedTitle(false);
            }}
            hint={suggestedTitle ? t.links.suggestion : undefined}
            error={form.fieldErrors.title}
            required
            maxLength={200}
          />
          <MarkdownField
            label={t.links.description}
            value={description}
            onChange={(value) => {
              setDescription(value);
              setSuggestedDescription(false);
            }}
            groupId={group.id}
            hint={suggestedDescription ? t.links.suggestion : undefined}
            error={form.fieldErrors.description}
            rows={6}
          />
          <TextField
            label={t.links.tags}
            name="tags"
            value={tags}
            onChange={setTags}
            hint={t.links.tagsHint}
            error={form.fieldErrors.tags}
          />
          <SubmitButton
            label={existing ? t.links.save : t.links.add}
            busyLabel={existing ? t.links.saving : t.links.adding}
            busy={form.busy}
          />
        </Form>
      </div>
    </section>
  );
}

/** Below the URL field: the preview's state, or the entry the group has already. */
function SuggestionNote({ suggestion }: { suggestion: Suggestion }) {
  const t = useT();
  const { group } = useGroup();
  return (
    <div className="link-suggestion" aria-live="polite">
      {suggestion.state === "loading" && <p className="muted">{t.links.previewLoading}</p>}
      {suggestion.state === "suggested" && (
        <p className="muted">{suggestion.found ? t.links.suggested : t.links.noSuggestion}</p>
      )}
      {suggestion.state === "failed" && (
        <p className="muted">{t.links.previewFailed(suggestion.message)}</p>
      )}
      {suggestion.state === "existing" && (
        <Alert kind="info" title={t.links.existingTitle}>
          <p>
            {t.links.existingText}{" "}
            <Link to={`/groups/${group.id}/threads/${suggestion.link.threadId}`}>
              {suggestion.link.title}
            </Link>
          </p>
          {suggestion.link.deleted && <p>{t.links.existingDeleted}</p>}
        </Alert>
      )}
    </div>
  );
}
