// Times as people in the programme enter them: a `datetime-local` field holds a wall
// clock time in Europe/Berlin, whatever the browser's own zone is.
import { TIME_ZONE } from ".";

const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Berlin wall clock of an instant as `YYYY-MM-DDTHH:mm` (a `datetime-local` value). */
export function toBerlinInput(iso: string): string {
  const p = Object.fromEntries(parts.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/**
 * The instant of a Berlin wall clock time `YYYY-MM-DDTHH:mm`, as ISO text; `null` for
 * an empty or malformed value. A time that the spring change skips comes out an hour
 * later, as the clocks show it.
 */
export function fromBerlinInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Berlin is one or two hours ahead of UTC: try the offset of the guess, then of the result.
  let instant = wall;
  for (let i = 0; i < 2; i++) {
    const shown = Date.parse(`${toBerlinInput(new Date(instant).toISOString())}:00Z`);
    instant -= shown - wall;
  }
  return new Date(instant).toISOString();
}
