import {
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from "react";
import { request } from "../api/client";
import { MentionCandidatesQuery, PreviewPostQuery } from "../api/discussions";
import { describeError } from "../api/errors";
import { useT } from "../i18n";
import { useAnnounce } from "./Announcer";
import { FieldShell } from "./Field";
import { Icon } from "./Icon";
import {
  appendBlock,
  insertMention,
  linkSelection,
  mentionQuery,
  prefixLines,
  wrapSelection,
  type Edit,
} from "./markdownEditing";
import { RichText } from "./RichText";

/** What a page can do with a markdown field from outside. */
export interface MarkdownFieldHandle {
  /** Adds a block (a quote) after the text and puts the caret after it. */
  appendBlock: (block: string) => void;
  focus: () => void;
}

interface Candidate {
  id: string;
  name: string;
  organization?: { name: string } | null;
}

/** Wait after a keystroke before asking for mention suggestions. */
const SUGGEST_AFTER_MS = 150;

/**
 * A labelled markdown textarea with a formatting toolbar (Ctrl+B, Ctrl+I, Ctrl+K),
 * a preview rendered by the server exactly as the post will look, and suggestions
 * of the group's members after `@` (arrow keys choose, Enter or Tab insert, Escape
 * closes). Ctrl+Enter (⌘+Enter) calls `onSubmitShortcut`.
 */
export function MarkdownField({
  label,
  hint,
  error,
  value,
  onChange,
  groupId,
  rows = 6,
  autoFocus,
  onSubmitShortcut,
  ref,
}: {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** The group the text is posted in: whom `@` suggests, how the preview renders. */
  groupId: string;
  rows?: number;
  autoFocus?: boolean;
  onSubmitShortcut?: () => void;
  ref?: Ref<MarkdownFieldHandle>;
}) {
  const t = useT();
  const announce = useAnnounce();
  const area = useRef<HTMLTextAreaElement>(null);
  const selectionAfter = useRef<{ start: number; end: number } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [preview, setPreview] = useState<
    { status: "loading" } | { status: "ready"; html: string } | { status: "error"; message: string }
  >({ status: "loading" });
  const [mention, setMention] = useState<{ start: number; search: string } | null>(null);
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [active, setActive] = useState(0);
  // Where the `@…` starts whose suggestions were dismissed.
  const dismissed = useRef<number | null>(null);
  // The `@…` whose search found nobody.
  const foundNobody = useRef<{ start: number; search: string } | null>(null);
  const listId = useId();
  const previewId = useId();
  const toolbarRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (autoFocus) area.current?.focus();
  }, [autoFocus]);

  // Puts the caret where the last edit wants it once React has rendered the text.
  useEffect(() => {
    const selection = selectionAfter.current;
    const element = area.current;
    if (!selection || !element) return;
    selectionAfter.current = null;
    element.focus();
    element.setSelectionRange(selection.start, selection.end);
  }, [value]);

  const apply = (edit: Edit) => {
    selectionAfter.current = { start: edit.start, end: edit.end };
    onChange(edit.text);
  };

  useImperativeHandle(ref, () => ({
    appendBlock: (block: string) => {
      setPreviewing(false);
      apply(appendBlock(value, block));
    },
    focus: () => area.current?.focus(),
  }));

  // Suggestions for the `@…` before the caret. A search that found nobody is not
  // asked again longer (nor announced again) while the text after the `@` grows.
  useEffect(() => {
    if (!mention) {
      setCandidates([]);
      foundNobody.current = null;
      return;
    }
    const nobody = foundNobody.current;
    if (nobody?.start === mention.start && mention.search.startsWith(nobody.search)) {
      setCandidates([]);
      return;
    }
    let cancelled = false;
    const timer = window.setTimeout(() => {
      request(MentionCandidatesQuery, { groupId, search: mention.search })
        .then((data) => {
          if (cancelled) return;
          const found = data.mentionCandidates;
          setCandidates(found);
          setActive(0);
          foundNobody.current = found.length === 0 ? mention : null;
          announce(found.length > 0 ? t.editor.suggestions(found.length) : t.editor.noSuggestions);
        })
        .catch(() => !cancelled && setCandidates([]));
    }, SUGGEST_AFTER_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [mention?.start, mention?.search, groupId, announce, t]);

  const track = (element: HTMLTextAreaElement) => {
    let found =
      element.selectionStart === element.selectionEnd
        ? mentionQuery(element.value, element.selectionStart)
        : null;
    // An `@…` whose suggestions were closed with Escape stays without them.
    if (found?.start === dismissed.current) found = null;
    else if (!found) dismissed.current = null;
    setMention((current) =>
      found && current?.start === found.start && current.search === found.search ? current : found,
    );
  };

  const choose = (person: Candidate) => {
    const element = area.current;
    if (!element || !mention) return;
    apply(insertMention(value, mention.start, element.selectionStart, person));
    setMention(null);
    announce(t.editor.mentioned(person.name));
  };

  interface Tool {
    key: string;
    label: string;
    glyph: ReactNode;
    /** The edit of the text for the selection from `start` to `end`. */
    edit: (start: number, end: number) => Edit;
    /** What else happens once the edit is in. */
    then?: (edit: Edit) => void;
  }

  const tools: Tool[] = [
    {
      key: "bold",
      label: t.editor.bold,
      glyph: "B",
      edit: (start, end) => wrapSelection(value, start, end, "**", t.editor.boldPlaceholder),
    },
    {
      key: "italic",
      label: t.editor.italic,
      glyph: "I",
      edit: (start, end) => wrapSelection(value, start, end, "_", t.editor.italicPlaceholder),
    },
    {
      key: "link",
      label: t.editor.link,
      glyph: <Icon name="link" />,
      edit: (start, end) => linkSelection(value, start, end, t.editor.linkPlaceholder),
    },
    {
      key: "quote",
      label: t.editor.quote,
      glyph: "❝",
      edit: (start, end) => prefixLines(value, start, end, "> "),
    },
    {
      key: "code",
      label: t.editor.code,
      glyph: "</>",
      edit: (start, end) => wrapSelection(value, start, end, "`", t.editor.codePlaceholder),
    },
    {
      key: "list",
      label: t.editor.bulletList,
      glyph: "•",
      edit: (start, end) => prefixLines(value, start, end, "- "),
    },
    {
      key: "numbered",
      label: t.editor.numberedList,
      glyph: "1.",
      edit: (start, end) => prefixLines(value, start, end, null),
    },
    {
      key: "mention",
      label: t.editor.mention,
      glyph: "@",
      edit: (start, end) => {
        const needsSpace = start > 0 && !/\s/.test(value[start - 1] ?? "");
        const at = `${needsSpace ? " " : ""}@`;
        const caret = start + at.length;
        return { text: value.slice(0, start) + at + value.slice(end), start: caret, end: caret };
      },
      // The suggestions open at once, for the `@` just typed.
      then: (edit) => {
        dismissed.current = null;
        setMention({ start: edit.start - 1, search: "" });
      },
    },
  ];

  const run = (tool: Tool) => {
    const element = area.current;
    const edit = tool.edit(element?.selectionStart ?? 0, element?.selectionEnd ?? 0);
    apply(edit);
    tool.then?.(edit);
  };

  const showPreview = (on: boolean) => {
    setPreviewing(on);
    if (!on) return;
    if (!value.trim()) {
      setPreview({ status: "ready", html: "" });
      return;
    }
    setPreview({ status: "loading" });
    request(PreviewPostQuery, { groupId, body: value })
      .then((data) => setPreview({ status: "ready", html: data.previewPost }))
      .catch((e: unknown) => setPreview({ status: "error", message: describeError(e, t) }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const open = mention != null && candidates.length > 0;
    if (open) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActive((i) => (i + step + candidates.length) % candidates.length);
        return;
      }
      if (event.key === "Enter" || event.key === "Tab") {
        const person = candidates[active];
        if (person && !event.ctrlKey && !event.metaKey) {
          event.preventDefault();
          choose(person);
          return;
        }
      }
      if (event.key === "Escape") {
        event.preventDefault();
        dismissed.current = mention.start;
        setMention(null);
        return;
      }
    }
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmitShortcut?.();
      return;
    }
    const shortcut =
      event.ctrlKey || event.metaKey ? { b: "bold", i: "italic", k: "link" }[event.key] : undefined;
    if (shortcut) {
      event.preventDefault();
      const tool = tools.find((candidate) => candidate.key === shortcut);
      if (tool) run(tool);
    }
  };

  // The toolbar is one tab stop; arrow keys move between its buttons.
  const onToolbarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = Array.from(toolbarRef.current?.querySelectorAll("button") ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const target =
      event.key === "ArrowRight"
        ? (at + 1) % buttons.length
        : event.key === "ArrowLeft"
          ? (at - 1 + buttons.length) % buttons.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? buttons.length - 1
              : null;
    if (target == null) return;
    event.preventDefault();
    buttons.forEach((button, i) => (button.tabIndex = i === target ? 0 : -1));
    buttons[target]?.focus();
  };

  const suggesting = mention != null && candidates.length > 0 && !previewing;

  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <div className="markdown-field">
          <div className="markdown-field__bar">
            <div
              ref={toolbarRef}
              className="markdown-field__tools"
              role="toolbar"
              aria-label={t.editor.toolbar(label)}
              aria-controls={id}
              onKeyDown={onToolbarKeyDown}
            >
              {tools.map((tool, i) => (
                <button
                  key={tool.key}
                  type="button"
                  className="markdown-field__tool"
                  aria-label={tool.label}
                  title={tool.label}
                  tabIndex={i === 0 ? 0 : -1}
                  disabled={previewing}
                  onClick={() => run(tool)}
                >
                  <span aria-hidden="true">{tool.glyph}</span>
                </button>
              ))}
            </div>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-pressed={previewing}
              aria-controls={previewing ? previewId : id}
              onClick={() => showPreview(!previewing)}
            >
              {t.editor.preview}
            </button>
          </div>
          <textarea
            ref={area}
            id={id}
            className="field__input field__textarea"
            rows={rows}
            value={value}
            hidden={previewing}
            onChange={(event) => {
              onChange(event.target.value);
              track(event.target);
            }}
            onSelect={(event) => track(event.currentTarget)}
            onKeyDown={onKeyDown}
            onBlur={() =>
              // Closed unless the focus came back (e.g. from a toolbar button).
              window.setTimeout(() => {
                if (document.activeElement !== area.current) setMention(null);
              }, 150)
            }
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            aria-autocomplete={mention ? "list" : undefined}
            aria-controls={suggesting ? listId : undefined}
            aria-activedescendant={suggesting ? `${listId}-${active}` : undefined}
          />
          {suggesting && (
            <ul
              id={listId}
              className="mention-list"
              role="listbox"
              aria-label={t.editor.suggestionsLabel}
            >
              {candidates.map((person, i) => (
                <li
                  key={person.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className="mention-list__option"
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(person);
                  }}
                >
                  <span className="mention-list__name">{person.name}</span>
                  {person.organization && (
                    <span className="mention-list__org">{person.organization.name}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {previewing && (
            <section
              id={previewId}
              className="markdown-field__preview"
              aria-label={t.editor.previewOf(label)}
            >
              {preview.status === "loading" ? (
                <p className="muted">{t.editor.previewLoading}</p>
              ) : preview.status === "error" ? (
                <p className="field__error">{preview.message}</p>
              ) : preview.html ? (
                <RichText html={preview.html} />
              ) : (
                <p className="muted">{t.editor.previewEmpty}</p>
              )}
            </section>
          )}
        </div>
      )}
    </FieldShell>
  );
}
