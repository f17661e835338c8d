import { useEffect, type ReactNode } from "react";
import { useT } from "../i18n";

/**
 * The page's one `<h1>`; it sets the document title. It can take the focus
 * (`tabIndex=-1`): the app shell moves the focus here after each navigation.
 */
export function PageHeading({ children, title }: { children?: ReactNode; title: string }) {
  const t = useT();

  useEffect(() => {
    document.title = `${title} – ${t.app.name}`;
  }, [title, t.app.name]);

  return (
    <h1 tabIndex={-1} className="page-heading" id="page-heading">
      {children ?? title}
    </h1>
  );
}
