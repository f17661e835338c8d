import { forwardRef, type ReactNode } from "react";

interface AlertProps {
  kind: "error" | "success" | "info";
  title?: string;
  children: ReactNode;
}

/**
 * A message box. Errors are `role="alert"` (read at once); success and info are
 * plain regions (their announcement goes through the live region).
 */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(
  { kind, title, children },
  ref,
) {
  return (
    <div
      ref={ref}
      className={`alert alert--${kind}`}
      role={kind === "error" ? "alert" : undefined}
      tabIndex={-1}
    >
      <span className="alert__icon" aria-hidden="true">
        {kind === "error" ? "!" : kind === "success" ? "✓" : "i"}
      </span>
      <div className="alert__body">
        {title && <p className="alert__title">{title}</p>}
        <div>{children}</div>
      </div>
    </div>
  );
});
