import { useEffect } from "react";
import { useT } from "../i18n";

/** The titles of the mounted pages and layouts, in the order they were mounted. */
const titles: { title: string }[] = [];

function show() {
  const top = titles[titles.length - 1];
  if (top) document.title = top.title;
}

/**
 * Sets the document title to `parts` and the product name, joined by dashes
 * ("Thema – Gruppe – Fachforum"); `null` while the page does not know its title yet.
 * The innermost page wins: a page inside a layout mounts after the layout's heading,
 * and when it goes, the layout's title comes back.
 */
export function useDocumentTitle(parts: string[] | null) {
  const t = useT();
  const title = parts ? [...parts, t.app.name].join(" – ") : null;
  useEffect(() => {
    if (title == null) return;
    const entry = { title };
    titles.push(entry);
    show();
    return () => {
      titles.splice(titles.indexOf(entry), 1);
      show();
    };
  }, [title]);
}
