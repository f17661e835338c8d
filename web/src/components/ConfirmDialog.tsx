import { useEffect, useId, useRef, type ReactNode, type RefObject } from "react";
import { useT } from "../i18n";

/**
 * A modal confirmation (the native `<dialog>`: it keeps the focus inside, Escape
 * cancels, the page behind is inert). The cancel button has the focus first. When it
 * closes, the focus returns to the button that opened it, or, when that is gone (the
 * row it belonged to was removed), to `fallbackFocus`.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busyLabel,
  busy,
  error,
  danger,
  onConfirm,
  onCancel,
  fallbackFocus,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  /** A message why the action failed, shown inside the dialog. */
  error: string | null;
  /** The action removes or refuses something: a red confirm button. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  fallbackFocus?: RefObject<HTMLElement | null>;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
      // The safe choice has the focus first.
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      const target = opener.current?.isConnected ? opener.current : fallbackFocus?.current;
      target?.focus();
    }
  }, [open, fallbackFocus]);

  const cancel = () => {
    if (busy) return;
    onCancel();
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="dialog__body">
        {children}
      </div>
      {error && (
        <p className="dialog__error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button
          type="button"
          className={`button ${danger ? "button--danger" : "button--primary"}`}
          onClick={() => !busy && onConfirm()}
          aria-disabled={busy || undefined}
        >
          {busy && <span className="spinner spinner--small" aria-hidden="true" />}
          {busy ? busyLabel : confirmLabel}
        </button>
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={cancel}>
          {t.app.cancel}
        </button>
      </div>
    </dialog>
  );
}
