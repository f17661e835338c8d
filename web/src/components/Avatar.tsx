/** How many colours the avatars have (`.avatar--colour-0` … in components.css). */
const COLOURS = 7;

/**
 * A person's initials in a circle (decorative: the name stands beside it). With `id`
 * the circle has a colour of its own, the same for the person everywhere.
 */
export function Avatar({ name, id }: { name: string; id?: string }) {
  const colour = id == null ? "" : ` avatar--colour-${hash(id) % COLOURS}`;
  return (
    <span className={`avatar${colour}`} aria-hidden="true">
      {initials(name)}
    </span>
  );
}

/** Up to two initials of a name. */
function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters
    .map((part) => [...(part ?? "")][0] ?? "")
    .join("")
    .toUpperCase();
}

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return value;
}
