// Local checks that mirror the server's rules, so most mistakes are caught before sending.
import type { Catalogue } from "../i18n/de";

/** Same limits as the server (backend/auth/password.rs and model.rs). */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;
export const NAME_MAX = 100;
export const JOB_TITLE_MAX = 100;
export const PHONE_MAX = 50;

/** Digits, spaces and + ( ) / -, with at least one digit (backend/rules.rs). */
const PHONE_PATTERN = /^[\d +()/-]*\d[\d +()/-]*$/;

/** A plausible email address: something, @, a domain with a dot; the server checks the rest. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A message when `value` is not a plausible email address. */
export function checkEmail(value: string, t: Catalogue): string | undefined {
  const email = value.trim();
  if (!email) return t.reasons.REQUIRED;
  if (!EMAIL_PATTERN.test(email)) return t.reasons.INVALID_EMAIL;
  return undefined;
}

/** A message when `value` is not a usable display name. */
export function checkName(value: string, t: Catalogue): string | undefined {
  const name = value.trim();
  if (!name) return t.reasons.REQUIRED;
  if ([...name].length > NAME_MAX) return t.fields.nameTooLong(NAME_MAX);
  return undefined;
}

/** A message when an optional `value` is longer than `max`. */
export function checkOptionalLength(value: string, max: number, t: Catalogue): string | undefined {
  return [...value.trim()].length > max ? t.fields.textTooLong(max) : undefined;
}

/** A message when an optional `value` is not a phone number. */
export function checkPhone(value: string, t: Catalogue): string | undefined {
  const phone = value.trim();
  if (!phone) return undefined;
  if ([...phone].length > PHONE_MAX) return t.fields.textTooLong(PHONE_MAX);
  return PHONE_PATTERN.test(phone) ? undefined : t.reasons.INVALID_PHONE;
}

/** A message when `value` breaks the length rules for a new password. */
export function checkNewPassword(value: string, t: Catalogue): string | undefined {
  const length = [...value].length;
  if (length === 0) return t.reasons.REQUIRED;
  if (length < PASSWORD_MIN) return t.fields.passwordTooShort(PASSWORD_MIN);
  if (length > PASSWORD_MAX) return t.fields.passwordTooLong(PASSWORD_MAX);
  return undefined;
}

/** A message when the repetition differs from the new password. */
export function checkRepeat(password: string, repeat: string, t: Catalogue): string | undefined {
  if (!repeat) return t.reasons.REQUIRED;
  return repeat === password ? undefined : t.fields.passwordMismatch;
}

/** Drops the entries without a message. */
export function errorsOf<F extends string>(
  checks: Record<F, string | undefined>,
): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const key of Object.keys(checks) as F[]) {
    const message = checks[key];
    if (message) out[key] = message;
  }
  return out;
}
