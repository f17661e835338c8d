import { useCallback, useEffect, useRef, useState } from "react";
import { request } from "./client";
import type { Catalogue } from "../i18n/de";
import { DiscardDraftMutation, DraftQuery, SaveDraftMutation } from "./discussions";

/** What a draft belongs to: a new thread in a group, a reply to a thread, or to one of its posts. */
export interface DraftTarget {
  groupId: string;
  threadId?: string | null;
  parentPostId?: string | null;
}

export interface SavedDraft {
  title: string;
  body: string;
}

export type DraftStatus = "idle" | "saving" | "saved" | "failed";

/** What the composer says about its draft, if anything. */
export function draftStatusText(status: DraftStatus, t: Catalogue): string | null {
  switch (status) {
    case "saving":
      return t.editor.draftSaving;
    case "saved":
      return t.editor.draftSaved;
    case "failed":
      return t.editor.draftFailed;
    case "idle":
      return null;
  }
}

/** Quiet time after the last keystroke before the draft is saved. */
const SAVE_AFTER_MS = 800;

/**
 * The viewer's server-side draft for `target`: `restored` is the saved draft once
 * loaded (`null` for none), `change` saves shortly after typing stops, `settle`
 * waits for pending saves (call it before publishing, so a late save cannot bring the
 * draft back), `discard` removes it.
 */
export function useDraft(target: DraftTarget | null) {
  const [restored, setRestored] = useState<SavedDraft | null | undefined>(undefined);
  const [status, setStatus] = useState<DraftStatus>("idle");
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<SavedDraft | null>(null);
  const inFlight = useRef<Promise<unknown>>(Promise.resolve());
  const groupId = target?.groupId;
  const threadId = target?.threadId ?? null;
  const parentPostId = target?.parentPostId ?? null;
  const enabled = target != null;

  useEffect(() => {
    if (!enabled || !groupId) return;
    let cancelled = false;
    request(DraftQuery, { groupId, threadId, parentPostId })
      .then((data) => {
        if (!cancelled)
          setRestored(data.draft ? { title: data.draft.title, body: data.draft.body } : null);
      })
      .catch(() => !cancelled && setRestored(null));
    return () => {
      cancelled = true;
    };
  }, [enabled, groupId, threadId, parentPostId]);

  const save = useCallback(() => {
    const draft = pending.current;
    pending.current = null;
    timer.current = undefined;
    if (!draft || !groupId) return;
    setStatus("saving");
    inFlight.current = inFlight.current
      .then(() =>
        request(SaveDraftMutation, {
          groupId,
          threadId,
          parentPostId,
          title: draft.title || null,
          body: draft.body,
        }),
      )
      .then(
        () => setStatus(draft.title || draft.body.trim() ? "saved" : "idle"),
        () => setStatus("failed"),
      );
  }, [groupId, threadId, parentPostId]);

  // Saves what is pending when the composer goes away.
  useEffect(
    () => () => {
      if (timer.current !== undefined) {
        window.clearTimeout(timer.current);
        save();
      }
    },
    [save],
  );

  const change = useCallback(
    (draft: SavedDraft) => {
      if (!enabled) return;
      pending.current = draft;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(save, SAVE_AFTER_MS);
    },
    [enabled, save],
  );

  const settle = useCallback(async () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    pending.current = null;
    await inFlight.current;
    setStatus("idle");
  }, []);

  const discard = useCallback(async () => {
    await settle();
    if (!groupId) return;
    await request(DiscardDraftMutation, { groupId, threadId, parentPostId });
  }, [settle, groupId, threadId, parentPostId]);

  return { restored, status, change, settle, discard };
}
