import { useId, type ChangeEvent, type ReactNode } from "react";

interface FieldShellProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** Label, control, hint and error, tied together with `aria-describedby` and `aria-invalid`. */
export function FieldShell({ label, hint, error, children }: FieldShellProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span aria-hidden="true">! </span>
          {error}
        </p>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "password" | "search" | "tel" | "url" | "datetime-local";
  autoComplete?: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  maxLength?: number;
}

/** A labelled text input. */
export function TextField({
  label,
  name,
  value,
  onChange,
  type = "text",
  autoComplete,
  hint,
  error,
  required,
  maxLength,
}: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          className="field__input"
          id={id}
          name={name}
          type={type}
          value={value}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
          autoComplete={autoComplete}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          required={required}
          maxLength={maxLength}
          spellCheck={type === "text" || type === "search" ? undefined : false}
        />
      )}
    </FieldShell>
  );
}

interface SelectFieldProps<V extends string> {
  label: string;
  name: string;
  value: V;
  onChange: (value: V) => void;
  options: { value: V; label: string; lang?: string }[];
  hint?: string | undefined;
  error?: string | undefined;
}

/** A labelled select. */
export function SelectField<V extends string>({
  label,
  name,
  value,
  onChange,
  options,
  hint,
  error,
}: SelectFieldProps<V>) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <select
          className="field__input field__select"
          id={id}
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value as V)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

interface TextAreaFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  rows?: number;
  maxLength?: number;
  required?: boolean;
  spellCheck?: boolean;
}

/** A labelled multi-line text input. */
export function TextAreaField({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  rows = 5,
  maxLength,
  required,
  spellCheck,
}: TextAreaFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <textarea
          className="field__input field__textarea"
          id={id}
          name={name}
          value={value}
          rows={rows}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          maxLength={maxLength}
          required={required}
          spellCheck={spellCheck}
        />
      )}
    </FieldShell>
  );
}

interface RadioGroupFieldProps<V extends string> {
  legend: string;
  name: string;
  value: V;
  onChange: (value: V) => void;
  /** Each choice with a sentence that explains what it means. */
  options: { value: V; label: string; description: string; disabled?: boolean }[];
  hint?: string | undefined;
  error?: string | undefined;
}

/** A group of radio buttons in a fieldset, each choice explained below its label. */
export function RadioGroupField<V extends string>({
  legend,
  name,
  value,
  onChange,
  options,
  hint,
  error,
}: RadioGroupFieldProps<V>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      className={`field choice-group${error ? " field--invalid" : ""}`}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span aria-hidden="true">! </span>
          {error}
        </p>
      )}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div
            key={option.value}
            className={`choice${option.value === value ? " choice--checked" : ""}${
              option.disabled ? " choice--disabled" : ""
            }`}
          >
            <input
              type="radio"
              id={optionId}
              name={name}
              value={option.value}
              checked={option.value === value}
              disabled={option.disabled}
              onChange={() => onChange(option.value)}
              aria-describedby={`${optionId}-description`}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={optionId} className="choice__label">
              {option.label}
            </label>
            <p className="choice__description" id={`${optionId}-description`}>
              {option.description}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}

/** A labelled checkbox with an explanation below its label. */
export function CheckboxField({
  label,
  name,
  checked,
  onChange,
  hint,
}: {
  label: string;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? hintId : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
