// A small GraphQL client: POST JSON to /graphql on this origin, with the session cookie.
// Every failure becomes an `ApiError` with a stable code (see ./errors.ts).
import type { ErrorReason } from "../gql/enums";
import type { TypedDocumentString } from "../gql/graphql";
import { ApiError, type ApiErrorCode } from "./errors";

interface GraphQLErrorBody {
  message?: string;
  extensions?: {
    code?: string;
    reason?: ErrorReason;
    field?: string;
    min?: number;
    max?: number;
    index?: number;
    retryAfter?: number;
  };
}

interface GraphQLResponseBody<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

const KNOWN_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "RATE_LIMITED",
  "INTERNAL",
  "BAD_REQUEST",
]);

let onUnauthenticated: (() => void) | null = null;

/** Called when a request fails with UNAUTHENTICATED (e.g. the session ended elsewhere). */
export function setUnauthenticatedHandler(handler: (() => void) | null) {
  onUnauthenticated = handler;
}

/** The name of the document's operation, sent as `operationName` (it labels the server's metrics). */
export function operationName(document: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(document)?.[1];
}

type VariablesArg<V> = V extends { [key: string]: never } ? [] : [variables: V];

/** Runs one operation; resolves with `data` or rejects with an `ApiError`. */
export function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<TResult> {
  return execute(document, variables);
}

/** `request` for generic callers that hold the variables as a value (none: `undefined`). */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | undefined,
): Promise<TResult> {
  const query = document.toString();
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
      },
      body: JSON.stringify({
        query,
        operationName: operationName(query),
        variables: variables ?? {},
      }),
    });
  } catch {
    throw new ApiError("NETWORK", "the server cannot be reached");
  }
  const requestId = response.headers.get("x-request-id") ?? undefined;
  let body: GraphQLResponseBody<TResult>;
  try {
    body = (await response.json()) as GraphQLResponseBody<TResult>;
  } catch {
    // A proxy's error page or a cut connection: no GraphQL answer at all.
    throw new ApiError(response.status >= 500 ? "INTERNAL" : "NETWORK", `HTTP ${response.status}`, {
      requestId,
    });
  }
  const first = body.errors?.[0];
  if (first) {
    const raw = first.extensions?.code ?? "BAD_REQUEST";
    const code: ApiErrorCode = KNOWN_CODES.has(raw) ? (raw as ApiErrorCode) : "BAD_REQUEST";
    const error = new ApiError(code, first.message ?? raw, {
      reason: first.extensions?.reason,
      field: first.extensions?.field,
      min: first.extensions?.min,
      max: first.extensions?.max,
      index: first.extensions?.index,
      variables: (variables ?? undefined) as Record<string, unknown> | undefined,
      retryAfter: first.extensions?.retryAfter ?? retryAfterHeader(response),
      requestId,
    });
    if (code === "UNAUTHENTICATED") onUnauthenticated?.();
    throw error;
  }
  if (!response.ok || body.data == null) {
    throw new ApiError(
      response.status >= 500 ? "INTERNAL" : "BAD_REQUEST",
      `HTTP ${response.status}`,
      {
        requestId,
      },
    );
  }
  return body.data;
}

function retryAfterHeader(response: Response): number | undefined {
  const value = Number(response.headers.get("retry-after"));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}
