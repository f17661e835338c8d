// Text operations of the markdown editor: each takes the text and the selection and
// gives the new text and the selection to set, so the caret lands where one goes on
// typing.

export interface Edit {
  text: string;
  start: number;
  end: number;
}

/** Wraps the selection in `mark` (e.g. `**`); with nothing selected, wraps `placeholder` and selects it. */
export function wrapSelection(
  text: string,
  start: number,
  end: number,
  mark: string,
  placeholder: string,
): Edit {
  const inner = text.slice(start, end) || placeholder;
  const next = text.slice(0, start) + mark + inner + mark + text.slice(end);
  return { text: next, start: start + mark.length, end: start + mark.length + inner.length };
}

/** Turns the selection into a link whose address is selected for typing. */
export function linkSelection(text: string, start: number, end: number, placeholder: string): Edit {
  const label = text.slice(start, end) || placeholder;
  const url = "https://";
  const next = `${text.slice(0, start)}[${label}](${url})${text.slice(end)}`;
  const urlStart = start + label.length + 3;
  return { text: next, start: urlStart, end: urlStart + url.length };
}

/**
 * Prefixes every line the selection touches: with `prefix`, or numbered (`1. `,
 * `2. ` …) when `prefix` is `null`. The block is set apart by blank lines.
 */
export function prefixLines(text: string, start: number, end: number, prefix: string | null): Edit {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const nextBreak = text.indexOf("\n", end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split("\n");
  const block = lines.map((line, i) => (prefix ?? `${i + 1}. `) + line).join("\n");
  const before = text.slice(0, lineStart);
  const after = text.slice(lineEnd);
  const lead =
    before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  const trail =
    after === "" || after.startsWith("\n\n") ? "" : after.startsWith("\n") ? "\n" : "\n\n";
  const next = before + lead + block + trail + after;
  const blockStart = before.length + lead.length;
  return { text: next, start: blockStart + block.length, end: blockStart + block.length };
}

/** Appends a block (e.g. a quote) after the text, separated by a blank line; the caret goes after it. */
export function appendBlock(text: string, block: string): Edit {
  const base = text.trimEnd();
  const next = `${base ? `${base}\n\n` : ""}${block}\n\n`;
  return { text: next, start: next.length, end: next.length };
}

/** The quote of `excerpt` as markdown, introduced by a link to the post it comes from. */
export function quoteBlock(excerpt: string, intro: string, href: string): string {
  const lines = excerpt
    .trim()
    .split(/\r?\n/)
    .map((line) => (line ? `> ${line}` : ">"));
  return [`> [${escapeLinkText(intro)}](${href}):`, ">", ...lines].join("\n");
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]\\]/g, (c) => `\\${c}`);
}

/** The `@…` being typed right before the caret, if any: where it starts and what follows the `@`. */
export function mentionQuery(
  text: string,
  caret: number,
): { start: number; search: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|[\s(])@([^\s@[\]()][^\n@[\]()]{0,39})?$/u.exec(before);
  if (!match) return null;
  const search = match[2] ?? "";
  return { start: caret - search.length - 1, search };
}

/**
 * Replaces the `@…` from `start` to the caret by a mention of the person, followed by a
 * space unless punctuation or a space follows already ("[@Anna](…), danke").
 */
export function insertMention(
  text: string,
  start: number,
  caret: number,
  person: { id: string; name: string },
): Edit {
  const rest = text.slice(caret);
  const space = /^[\s\p{P}]/u.test(rest) ? "" : " ";
  const mention = `[@${escapeLinkText(person.name)}](mention:${person.id})${space}`;
  const next = text.slice(0, start) + mention + rest;
  const at = start + mention.length;
  return { text: next, start: at, end: at };
}
