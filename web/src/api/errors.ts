// Typed API errors and the words a coordinator reads for each of them.
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
  /** For BAD_USER_INPUT: the argument that failed validation. */
  readonly field: string | undefined;
  /** For RATE_LIMITED: seconds until the next attempt may succeed. */
  readonly retryAfter: number | undefined;
  /** The server's request id (for INTERNAL: the reference for the administrators). */
  readonly requestId: string | undefined;

  constructor(
    code: ApiErrorCode,
    message: string,
    details: {
      field?: string | undefined;
      retryAfter?: number | undefined;
      requestId?: string | undefined;
    } = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.field = details.field;
    this.retryAfter = details.retryAfter;
    this.requestId = details.requestId;
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
      return describeConflict(e, t);
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

/**
 * The message for a CONFLICT. The server says in English what collided; the known
 * cases get their own words, anything else a general request to reload and check.
 */
function describeConflict(error: ApiError, t: Catalogue): string {
  const text = error.message.toLowerCase();
  if (text.includes("hand over first")) return t.errors.leaveLastModerator;
  if (text.includes("last moderator")) return t.errors.lastModerator;
  if (text.includes("member of this group already")) return t.errors.alreadyMember;
  if (text.includes("pending already")) return t.errors.requestPending;
  if (text.includes("not pending any more")) return t.errors.requestDecided;
  if (text.includes("accepted or revoked")) return t.errors.invitationClosed;
  if (text.includes("organisation with this name")) return t.errors.organizationNameTaken;
  if (text.includes("email")) return t.errors.emailTaken;
  return t.errors.conflict;
}

/** True when the error says that an id in the address is not one at all (a typo). */
export function isMalformedId(error: unknown): boolean {
  const e = asApiError(error);
  return e.code === "BAD_USER_INPUT" && /\bis not a valid id\b/.test(e.message);
}

/**
 * The message for a BAD_USER_INPUT error, for the field it names; `null` when the
 * error is not about an input. The server names the rule in English; known rules get
 * their own words, anything else a general request to check the entry.
 */
export function describeFieldError(error: ApiError, t: Catalogue): string | null {
  if (error.code !== "BAD_USER_INPUT" || !error.field) return null;
  const text = error.message.toLowerCase();
  const number = Number(/(\d+)/.exec(text)?.[1]);
  switch (error.field) {
    case "email":
      return t.fields.emailInvalid;
    case "name":
    case "municipality":
      if (text.includes("empty") || text.includes("required")) return t.fields.required;
      if (text.includes("at most")) return t.fields.nameTooLong(number);
      return t.fields.nameInvalid;
    case "emails":
      return describeEmailsError(error, t);
    case "message":
    case "description":
    case "search":
      if (text.includes("at most")) return t.fields.textTooLong(number);
      if (text.includes("control")) return t.fields.controlCharacters;
      return t.fields.invalid;
    case "joinPolicy":
      return t.fields.secretNeedsInvitation;
    case "contactEmail":
      return t.fields.emailInvalid;
    case "contactPhone":
      return t.fields.phoneInvalid;
    case "website":
      return t.fields.websiteInvalid;
    case "organizationId":
      return t.fields.organizationMissing;
    case "toAccountId":
      if (text.includes("same organisation")) return t.fields.sameOrganization;
      if (text.includes("another account")) return t.fields.notSamePerson;
      return t.fields.invalid;
    case "password":
    case "new":
      if (text.includes("at least")) return t.fields.passwordTooShort(number);
      if (text.includes("at most")) return t.fields.passwordTooLong(number);
      if (text.includes("common")) return t.fields.passwordTooCommon;
      return t.fields.invalid;
    case "current":
      return t.fields.currentPasswordWrong;
    case "token":
      return t.fields.linkInvalid;
    default:
      return t.fields.invalid;
  }
}

/** The message for a refused list of invitation addresses; it names the bad address. */
function describeEmailsError(error: ApiError, t: Catalogue): string {
  // The server quotes the address as a Rust string: "a@b" with \" and \\ escaped.
  const quoted = /^emails: "((?:[^"\\]|\\.)*)" is not a valid email address/.exec(error.message);
  if (quoted?.[1] !== undefined) {
    return t.fields.emailsInvalid([quoted[1].replace(/\\(.)/g, "$1")]);
  }
  const text = error.message.toLowerCase();
  if (text.includes("at least one")) return t.fields.emailsRequired;
  const number = Number(/at most (\d+)/.exec(text)?.[1]);
  if (number) return t.fields.emailsTooMany(number);
  return t.fields.invalid;
}
