import type { ReactNode } from "react";
import { useDocumentTitle } from "./useDocumentTitle";

/**
 * The page's one `<h1>`; it sets the document title. It can take the focus
 * (`tabIndex=-1`): the app shell moves the focus here after each navigation.
 */
export function PageHeading({ children, title }: { children?: ReactNode; title: string }) {
  useDocumentTitle([title]);
  return (
    <h1 tabIndex={-1} className="page-heading" id="page-heading">
      {children ?? title}
    </h1>
  );
}
