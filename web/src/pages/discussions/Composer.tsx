import { useEffect, useImperativeHandle, useRef, useState, type Ref } from "react";
import { describeError } from "../../api/errors";
import { draftStatusText, useDraft, type DraftTarget } from "../../api/useDraft";
import { useAnnounce } from "../../components/Announcer";
import { MarkdownField, type MarkdownFieldHandle } from "../../components/MarkdownField";
import { useT } from "../../i18n";

/** An error whose message the composer shows as it is. */
export class ComposerError extends Error {}

/**
 * The form to write a reply or edit a post: a markdown field with toolbar, preview
 * and mentions, and a submit button (Ctrl+Enter submits too). With `draft`, the text
 * is saved as a server-side draft while typing and restored when the composer opens
 * again; publishing removes the draft.
 */
export function Composer({
  label,
  initial,
  groupId,
  draft,
  submitLabel,
  busyLabel,
  onSubmit,
  onCancel,
  autoFocus,
  ref,
}: {
  label: string;
  initial: string;
  groupId: string;
  draft?: DraftTarget;
  submitLabel: string;
  busyLabel: string;
  /** Sends the text; throws to show an error. */
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
  autoFocus?: boolean;
  ref?: Ref<MarkdownFieldHandle>;
}) {
  const t = useT();
  const announce = useAnnounce();
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const saved = useDraft(draft ?? null);
  const field = useRef<MarkdownFieldHandle>(null);
  const bodyNow = useRef(body);
  bodyNow.current = body;
  const restoredOnce = useRef(false);

  useImperativeHandle(ref, () => ({
    appendBlock: (block: string) => field.current?.appendBlock(block),
    focus: () => field.current?.focus(),
  }));

  // A saved draft fills the composer when it opens, unless something was typed already.
  useEffect(() => {
    if (restoredOnce.current || !saved.restored) return;
    restoredOnce.current = true;
    if (bodyNow.current.trim()) return;
    setBody(saved.restored.body);
    announce(t.editor.draftRestored);
  }, [saved.restored, announce, t]);

  const change = (next: string) => {
    setBody(next);
    saved.change({ title: "", body: next });
  };

  const send = async () => {
    if (busy) return;
    if (!body.trim()) {
      setError(t.thread.bodyRequired);
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await saved.settle();
      await onSubmit(body);
      setBody("");
    } catch (e) {
      setError(e instanceof ComposerError ? e.message : describeError(e, t));
      field.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const discard = async () => {
    try {
      await saved.discard();
      setBody("");
      announce(t.editor.draftDiscarded);
    } catch (e) {
      setError(describeError(e, t));
    }
  };

  const status = draftStatusText(saved.status, t);

  return (
    <form
      className="composer"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <MarkdownField
        ref={field}
        label={label}
        hint={t.thread.replyHint}
        error={error ?? undefined}
        value={body}
        onChange={change}
        groupId={groupId}
        rows={5}
        autoFocus={autoFocus}
        onSubmitShortcut={() => void send()}
      />
      <div className="composer__actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy && <span className="spinner spinner--small" aria-hidden="true" />}
          {busy ? busyLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t.thread.cancel}
          </button>
        )}
        {draft && body.trim() !== "" && (
          <button type="button" className="button button--secondary" onClick={() => void discard()}>
            {t.editor.discardDraft}
          </button>
        )}
        {draft && status && <span className="composer__status muted">{status}</span>}
      </div>
    </form>
  );
}
