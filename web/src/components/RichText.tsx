/**
 * HTML the server rendered from markdown and cleaned with ammonia (an allowlist of
 * tags and attributes, no scripts or styles): the one place the app inserts HTML.
 */
export function RichText({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={`prose${className ? ` ${className}` : ""}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
