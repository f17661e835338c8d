import type { FormEvent, ReactNode } from "react";
import { useT } from "../i18n";

/**
 * The filter bar above a list: its fields side by side on wide screens, stacked on
 * narrow ones, and one search button. Submitting applies the filters.
 */
export function SearchForm({
  label,
  onSubmit,
  children,
}: {
  /** Names the search landmark. */
  label: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const handle = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form role="search" aria-label={label} className="search-bar" onSubmit={handle} noValidate>
      {children}
      <div className="search-bar__actions">
        <button type="submit" className="button button--primary">
          {t.lists.search}
        </button>
      </div>
    </form>
  );
}
