const BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, td, th";

/**
 * The start of a rendered description as plain text, for lists: at most `max`
 * characters, cut at a word boundary. DOMParser builds an inert document (no scripts
 * run, nothing loads), and the HTML was cleaned by the server anyway.
 */
export function excerpt(html: string, max = 180): string {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  // Paragraphs, list items and headings each become a part, separated by " · ".
  const blocks = [...body.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const parts = (blocks.length > 0 ? blocks : [body])
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const text = parts.join(" · ");
  if ([...text].length <= max) return text;
  const cut = [...text].slice(0, max).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")} …`;
}
