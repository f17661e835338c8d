import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { asApiError, describeError, describeFieldError, type ApiError } from "../api/errors";
import { useT } from "../i18n";
import { Alert } from "./Alert";

/** Error messages per field of a form. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** Submission state of one form: busy flag, a form-level error and errors per field. */
export interface FormState<F extends string> {
  busy: boolean;
  formError: string | null;
  fieldErrors: FieldErrors<F>;
  /** Increases with every failed submission; the form then moves focus to the first error. */
  failures: number;
  /**
   * Validates locally, then runs `action`. API errors about an input (BAD_USER_INPUT
   * with `field`) land on the field that `fieldFor` names; every other error is shown
   * for the whole form.
   */
  submit: (options: {
    validate?: () => FieldErrors<F>;
    action: () => Promise<void>;
    fieldFor?: (serverField: string) => F | null;
    /** A message of this form's own for an error (e.g. wrong credentials at sign-in). */
    messageFor?: (error: ApiError) => string | undefined;
  }) => Promise<void>;
}

/** Tracks one form's submission. */
export function useForm<F extends string>(): FormState<F> {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<F>>({});
  const [failures, setFailures] = useState(0);
  const busyRef = useRef(false);

  const submit = useCallback<FormState<F>["submit"]>(
    async ({ validate, action, fieldFor, messageFor }) => {
      if (busyRef.current) return; // a double click submits once
      const local = validate?.() ?? {};
      if (Object.keys(local).length > 0) {
        setFieldErrors(local);
        setFormError(t.errors.checkFields);
        setFailures((n) => n + 1);
        return;
      }
      busyRef.current = true;
      setBusy(true);
      setFormError(null);
      setFieldErrors({});
      try {
        await action();
      } catch (error) {
        const e = asApiError(error);
        const field = e.field ? fieldFor?.(e.field) : null;
        const fieldMessage = describeFieldError(e, t);
        const own = messageFor?.(e);
        if (own) {
          setFormError(own);
        } else if (field && fieldMessage) {
          setFieldErrors({ [field]: fieldMessage } as FieldErrors<F>);
          setFormError(t.errors.checkFields);
        } else {
          setFormError(describeError(e, t));
        }
        setFailures((n) => n + 1);
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [t],
  );

  return { busy, formError, fieldErrors, failures, submit };
}

interface FormProps<F extends string> {
  state: FormState<F>;
  onSubmit: () => void;
  children: ReactNode;
  /** Names the form for assistive technology (the id of its heading). */
  labelledBy?: string;
}

/**
 * A form with our own validation messages (the browser's are off). After a failed
 * submission the focus moves to the first invalid field, or to the error message.
 */
export function Form<F extends string>({ state, onSubmit, children, labelledBy }: FormProps<F>) {
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.failures === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? alertRef.current)?.focus();
  }, [state.failures]);

  const handle = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={handle}
      aria-labelledby={labelledBy}
      aria-busy={state.busy || undefined}
    >
      {state.formError && (
        <Alert kind="error" ref={alertRef}>
          {state.formError}
        </Alert>
      )}
      {children}
    </form>
  );
}

/** The submit button; shows `busyLabel` and ignores clicks while the form is sent. */
export function SubmitButton({
  label,
  busyLabel,
  busy,
  kind = "primary",
}: {
  label: string;
  busyLabel: string;
  busy: boolean;
  kind?: "primary" | "secondary";
}) {
  return (
    <button type="submit" className={`button button--${kind}`} aria-disabled={busy || undefined}>
      {busy && <span className="spinner spinner--small" aria-hidden="true" />}
      {busy ? busyLabel : label}
    </button>
  );
}
