// Typed API errors and the words a coordinator reads for each of them.
import type { ErrorReason } from "../gql/enums";
import type { Catalogue } from "../i18n/de";

/** The server's stable `extensions.code`s, plus NETWORK for a request that got no answer. */
export type ApiErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "INTERNAL"
  | "BAD_REQUEST"
  | "NETWORK";

/** A failed API request. `message` is the server's (English) text; show `describeError` instead. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  /** The server's stable reason for a refusal (every refusal has one). */
  readonly reason: ErrorReason | undefined;
  /** For BAD_USER_INPUT: the argument that failed validation. */
  readonly field: string | undefined;
  /** For BAD_USER_INPUT: the bound the input missed, where there is one. */
  readonly min: number | undefined;
  readonly max: number | undefined;
  /** For BAD_USER_INPUT on a list: the position of the entry that failed. */
  readonly index: number | undefined;
  /** For RATE_LIMITED: seconds until the next attempt may succeed. */
  readonly retryAfter: number | undefined;
  /** The server's request id (for INTERNAL: the reference for the administrators). */
  readonly requestId: string | undefined;
  /** The variables the request sent, to name a refused entry of a list. */
  readonly variables: Record<string, unknown> | undefined;

  constructor(
    code: ApiErrorCode,
    message: string,
    details: {
      reason?: ErrorReason | undefined;
      field?: string | undefined;
      min?: number | undefined;
      max?: number | undefined;
      index?: number | undefined;
      retryAfter?: number | undefined;
      requestId?: string | undefined;
      variables?: Record<string, unknown> | undefined;
    } = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.reason = details.reason;
    this.field = details.field;
    this.min = details.min;
    this.max = details.max;
    this.index = details.index;
    this.retryAfter = details.retryAfter;
    this.requestId = details.requestId;
    this.variables = details.variables;
  }

  /** The refused entry of the list `field` that the request sent, if it can be found. */
  sentEntry(): string | undefined {
    const find = (value: unknown): unknown => {
      if (value === null || typeof value !== "object") return undefined;
      for (const [key, inner] of Object.entries(value)) {
        if (key === this.field && Array.isArray(inner)) return inner[this.index ?? -1];
        const found = find(inner);
        if (found !== undefined) return found;
      }
      return undefined;
    };
    const entry = find(this.variables);
    return typeof entry === "string" ? entry.trim() : undefined;
  }
}

/** Wraps anything thrown into an `ApiError` (unexpected exceptions count as INTERNAL). */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError("INTERNAL", error instanceof Error ? error.message : String(error));
}

/** The message for an error as a whole, in the current language. */
export function describeError(error: unknown, t: Catalogue): string {
  const e = asApiError(error);
  switch (e.code) {
    case "UNAUTHENTICATED":
      return t.errors.unauthenticated;
    case "FORBIDDEN":
      return t.errors.forbidden;
    case "NOT_FOUND":
      return t.errors.notFound;
    case "BAD_USER_INPUT":
      return describeFieldError(e, t) ?? t.errors.checkFields;
    case "CONFLICT":
      return e.reason ? t.reasons[e.reason] : t.errors.conflict;
    case "RATE_LIMITED": {
      const seconds = Math.max(1, Math.ceil(e.retryAfter ?? 60));
      return seconds < 120
        ? t.errors.rateLimitedSeconds(seconds)
        : t.errors.rateLimitedMinutes(Math.ceil(seconds / 60));
    }
    case "INTERNAL":
      return e.requestId ? t.errors.internal(e.requestId) : t.errors.internalNoId;
    case "NETWORK":
      return t.errors.network;
    case "BAD_REQUEST":
      return t.errors.badRequest;
  }
}

/** True when the error says that an id in the address is not one at all (a typo). */
export function isMalformedId(error: unknown): boolean {
  const e = asApiError(error);
  return e.code === "BAD_USER_INPUT" && e.reason === "INVALID_ID";
}

/** The fields that hold a password; their bounds get the password's own words. */
const PASSWORD_FIELDS: ReadonlySet<string> = new Set(["password", "new"]);
/** The fields that hold a name. */
const NAME_FIELDS: ReadonlySet<string> = new Set(["name", "municipality"]);

/**
 * The message for a BAD_USER_INPUT error, for the field it names; `null` when the
 * error is not about an input. The words follow the server's reason (and its bound);
 * a few reasons read better with the field's own words.
 */
export function describeFieldError(error: ApiError, t: Catalogue): string | null {
  if (error.code !== "BAD_USER_INPUT" || !error.field) return null;
  const field = error.field;
  const { min = 0, max = 0 } = error;
  switch (error.reason) {
    case undefined:
      return t.fields.invalid;
    case "REQUIRED":
      return field === "emails" ? t.fields.emailsRequired : t.reasons.REQUIRED;
    case "TOO_SHORT":
      return PASSWORD_FIELDS.has(field)
        ? t.fields.passwordTooShort(min)
        : t.fields.textTooShort(min);
    case "TOO_LONG":
      if (PASSWORD_FIELDS.has(field)) return t.fields.passwordTooLong(max);
      return NAME_FIELDS.has(field) ? t.fields.nameTooLong(max) : t.fields.textTooLong(max);
    case "TOO_MANY":
      return field === "emails" ? t.fields.emailsTooMany(max) : t.fields.tooMany(max);
    case "INVALID_EMAIL": {
      const entry = field === "emails" ? error.sentEntry() : undefined;
      return entry === undefined ? t.reasons.INVALID_EMAIL : t.fields.emailsInvalid([entry]);
    }
    default:
      return t.reasons[error.reason];
  }
}
