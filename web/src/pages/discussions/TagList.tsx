import { Link } from "react-router";
import { useT } from "../../i18n";

/** A thread's tags; each links to the thread list filtered by it. */
export function TagList({ tags, linkTo }: { tags: string[]; linkTo: (tag: string) => string }) {
  const t = useT();
  return (
    <ul className="tag-list" aria-label={t.discussions.tagsLabel}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link className="tag" to={linkTo(tag)}>
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Tags as typed into a field, separated by commas. */
export function parseTags(text: string): string[] {
  return text
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);
}
