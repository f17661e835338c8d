import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";

/** How long typing pauses before a filter applies. */
const DELAY_MS = 300;

/**
 * List filters kept in the URL's search params: the fields hold drafts as typed, which
 * apply after a short pause (replacing the history entry, so typing leaves no trail);
 * back and forward bring the filters of that entry back. Empty values leave the URL.
 */
export function useFilterParams<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ""])) as Record<
    K,
    string
  >;
  const [drafts, setDrafts] = useState(applied);
  const appliedKey = keys.map((k) => applied[k]).join("\n");

  // A change of the URL (back, forward) brings its filters into the fields; the drafts
  // that caused it stay as typed (a trailing space included).
  useEffect(() => {
    setDrafts((current) =>
      keys.every((k) => current[k].trim() === applied[k]) ? current : applied,
    );
  }, [appliedKey]);

  const apply = (values: Record<K, string>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const key of keys) {
          const value = values[key].trim();
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };

  const pending = keys.some((k) => drafts[k].trim() !== applied[k]);
  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(() => apply(drafts), DELAY_MS);
    return () => window.clearTimeout(timer);
    // `apply` is new on every render; the drafts decide.
  }, [drafts, pending]);

  return {
    /** The filters in effect (from the URL). */
    applied,
    /** The fields' values. */
    drafts,
    setDraft: (key: K, value: string) => setDrafts((d) => ({ ...d, [key]: value })),
    /** Applies the drafts at once (the search button, Enter). */
    applyNow: () => apply(drafts),
  };
}
