// Live events over `/graphql/ws` with the graphql-transport-ws protocol: one socket per
// subscription, re-opened with a growing pause when it drops. Events carry ids only;
// the caller loads what changed with the ordinary queries.
import type { TypedDocumentString } from "../gql/graphql";

type Message =
  | { type: "connection_ack" }
  | { type: "ping" }
  | { type: "pong" }
  | { type: "next"; id: string; payload: { data?: unknown; errors?: unknown[] } }
  | { type: "error"; id: string; payload: unknown }
  | { type: "complete"; id: string };

/**
 * Subscribes to one operation; `onData` gets every event's `data`. Returns the function
 * that ends the subscription (and stops reconnecting).
 */
export function subscribe<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  onData: (data: TResult) => void,
): () => void {
  let socket: WebSocket | null = null;
  let stopped = false;
  let attempt = 0;
  let retryTimer: number | undefined;

  const open = () => {
    const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
    const ws = new WebSocket(
      `${scheme}//${window.location.host}/graphql/ws`,
      "graphql-transport-ws",
    );
    socket = ws;
    ws.onopen = () => ws.send(JSON.stringify({ type: "connection_init", payload: {} }));
    ws.onmessage = (event: MessageEvent<string>) => {
      let message: Message;
      try {
        message = JSON.parse(event.data) as Message;
      } catch {
        return;
      }
      if (message.type === "connection_ack") {
        attempt = 0;
        ws.send(
          JSON.stringify({
            id: "1",
            type: "subscribe",
            payload: { query: document.toString(), variables },
          }),
        );
      } else if (message.type === "ping") {
        ws.send(JSON.stringify({ type: "pong" }));
      } else if (message.type === "next" && message.payload.data) {
        onData(message.payload.data as TResult);
      } else if (message.type === "error") {
        // The server refused the subscription (e.g. the thread is gone): no retry.
        stopped = true;
        ws.close();
      }
    };
    ws.onclose = () => {
      if (stopped) return;
      attempt += 1;
      const delay = Math.min(30_000, 1_000 * 2 ** Math.min(attempt, 5));
      retryTimer = window.setTimeout(open, delay);
    };
  };

  open();
  return () => {
    stopped = true;
    window.clearTimeout(retryTimer);
    socket?.close();
  };
}
