// Live events over `/graphql/ws` in the graphql-transport-ws protocol, through the
// graphql-ws client: one socket for every subscription of the page, opened with the
// first one and closed shortly after the last; when it drops, it is opened again with
// a growing pause. Events carry ids only; the caller loads what changed with the
// ordinary queries.
import { createClient, type Client } from "graphql-ws";
import type { TypedDocumentString } from "../gql/graphql";

/** How long the socket stays open without subscriptions (a page change opens new ones). */
const LINGER_MS = 1_000;
/** The longest pause before the socket is opened again. */
const MAX_RETRY_WAIT_MS = 30_000;

let client: Client | null = null;

/** The shared client, made on first use (same origin; the session cookie authenticates). */
function liveClient(): Client {
  client ??= createClient({
    url: () => {
      const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
      return `${scheme}//${window.location.host}/graphql/ws`;
    },
    lazy: true,
    lazyCloseTimeout: LINGER_MS,
    // A lost connection is retried for as long as someone listens, 1 s, 2 s, 4 s …
    // up to 30 s apart, with some jitter so that a restarted server is not hit at once.
    retryAttempts: Infinity,
    retryWait: (retries) =>
      new Promise((resolve) =>
        window.setTimeout(
          resolve,
          Math.min(MAX_RETRY_WAIT_MS, 1_000 * 2 ** Math.min(retries, 5)) + Math.random() * 1_000,
        ),
      ),
  });
  return client;
}

/**
 * Subscribes to one operation; `onData` gets every event's `data`. Returns the function
 * that ends the subscription. A subscription the server refuses or ends (e.g. for a
 * removed member) stays ended.
 */
export function subscribe<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  onData: (data: TResult) => void,
): () => void {
  return liveClient().subscribe<TResult>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        if (result.data) onData(result.data);
      },
      // The events stop; the page still works with the ordinary queries.
      error: () => undefined,
      complete: () => undefined,
    },
  );
}
