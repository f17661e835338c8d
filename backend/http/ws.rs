//! `GET /graphql/ws`: GraphQL subscriptions over WebSocket, in the `graphql-transport-ws`
//! protocol (<https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md>).
//!
//! Before the upgrade:
//! - the `Origin` must be this server (403 otherwise), so another site cannot open a
//!   socket that carries its visitor's session cookie;
//! - the client must offer the `graphql-transport-ws` subprotocol (400 otherwise);
//! - the session cookie decides who the viewer is, once for the whole connection, in
//!   the same [`RequestContext`](crate::auth::RequestContext) as on `POST /graphql`.
//!   Signed-out connections are accepted, but every subscription needs a viewer
//!   (UNAUTHENTICATED).
//!
//! After the upgrade: the client has [`INIT_TIMEOUT`] to send `connection_init` (close
//! code 4408 otherwise). The socket serves subscriptions only (queries and mutations
//! go over `POST /graphql`) with the schema's depth and complexity limits, and messages
//! no larger than the GraphQL body limit. A ping every [`PING_INTERVAL`] finds dead
//! peers; at shutdown the server closes the socket with 1001 (going away).

use std::{
    future::ready,
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use async_graphql::{
    Data, Executor, ServerError,
    http::{WebSocketProtocols as Protocols, WsMessage},
    parser::types::OperationType,
};
use futures_util::{SinkExt as _, StreamExt as _, stream::BoxStream};
use poem::{
    Request, Response, handler,
    http::{StatusCode, header},
    web::{
        Data as Shared,
        websocket::{CloseCode, Message, WebSocket, WebSocketConfig, WebSocketStream},
    },
};
use tokio::sync::watch;
use tracing::Instrument as _;

use super::{
    HttpState, RequestId,
    graphql::{finish_errors, refuse, refused, request_context},
    same_origin,
};
use crate::{
    auth::RequestContext,
    error::Reason,
    graphql::{AppSchema, admission},
    state::AppState,
};

/// The one subprotocol served.
const PROTOCOL: &str = "graphql-transport-ws";
/// How long a new connection may take to send `connection_init`.
pub const INIT_TIMEOUT: Duration = Duration::from_secs(5);
/// How often the server pings an open connection.
pub const PING_INTERVAL: Duration = Duration::from_secs(30);
/// The close code for a missing `connection_init` (graphql-transport-ws).
const INIT_TIMEOUT_CODE: u16 = 4408;

/// Turns true when the server shuts down; open connections then close.
#[derive(Clone)]
pub struct Stopping(pub watch::Receiver<bool>);

/// Upgrades to a GraphQL WebSocket connection, after the checks above.
#[handler]
pub async fn graphql_ws(
    req: &Request,
    upgrade: poem::Result<WebSocket>,
    Shared(state): Shared<&Arc<AppState>>,
    Shared(http): Shared<&Arc<HttpState>>,
    Shared(schema): Shared<&AppSchema>,
    Shared(request_id): Shared<&RequestId>,
    Shared(stopping): Shared<&Stopping>,
) -> Response {
    if !same_origin(req) {
        return refuse(
            StatusCode::FORBIDDEN,
            Reason::CrossOrigin,
            "cross-origin WebSocket connections are not allowed",
        );
    }
    if !offers_protocol(req) {
        return refuse(
            StatusCode::BAD_REQUEST,
            Reason::UnsupportedProtocol,
            "the WebSocket subprotocol must be graphql-transport-ws",
        );
    }
    let Ok(upgrade) = upgrade else {
        return refuse(
            StatusCode::BAD_REQUEST,
            Reason::UnsupportedProtocol,
            "expected a WebSocket upgrade",
        );
    };
    let context = match request_context(req, state, request_id).await {
        Ok(context) => context,
        Err(refusal) => return refusal,
    };
    let limit = state.settings.graphql_max_body_bytes;
    let config = WebSocketConfig::default()
        .max_message_size(Some(limit))
        .max_frame_size(Some(limit));
    let connection = Connection {
        executor: SubscriptionsOnly {
            schema: schema.clone(),
            state: state.clone(),
            http: http.clone(),
            request_id: *request_id,
        },
        context,
        stopping: stopping.0.clone(),
    };
    let span = tracing::info_span!("websocket", request_id = %request_id.0);
    poem::IntoResponse::into_response(
        upgrade
            .protocols([PROTOCOL])
            .config(config)
            .on_upgrade(move |socket| connection.serve(socket).instrument(span)),
    )
}

/// True when the client offers the graphql-transport-ws subprotocol.
fn offers_protocol(req: &Request) -> bool {
    req.headers()
        .get_all(header::SEC_WEBSOCKET_PROTOCOL)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|offered| offered.trim() == PROTOCOL)
}

/// One upgraded connection.
struct Connection {
    executor: SubscriptionsOnly,
    context: RequestContext,
    stopping: watch::Receiver<bool>,
}

impl Connection {
    /// Runs the protocol until either side closes or the server shuts down.
    async fn serve(self, socket: WebSocketStream) {
        let Connection {
            executor,
            context,
            mut stopping,
        } = self;
        let (mut sink, stream) = socket.split();
        let incoming = stream
            .take_while(|message| ready(message.is_ok()))
            .filter_map(|message| {
                ready(match message {
                    Ok(message) if message.is_text() || message.is_binary() => {
                        Some(message.into_bytes())
                    }
                    _ => None,
                })
            });
        let mut data = Data::default();
        data.insert(context);
        let initialised = Arc::new(AtomicBool::new(false));
        let mut outgoing =
            async_graphql::http::WebSocket::new(executor, incoming, Protocols::GraphQLWS)
                .connection_data(data)
                .on_connection_init({
                    let initialised = initialised.clone();
                    move |_payload| {
                        initialised.store(true, Ordering::Relaxed);
                        ready(Ok(Data::default()))
                    }
                });
        let init_deadline = tokio::time::sleep(INIT_TIMEOUT);
        tokio::pin!(init_deadline);
        let mut ping =
            tokio::time::interval_at(tokio::time::Instant::now() + PING_INTERVAL, PING_INTERVAL);
        let stop = async move {
            let _ = stopping.wait_for(|stop| *stop).await;
        };
        tokio::pin!(stop);
        tracing::debug!("WebSocket connection opened");
        loop {
            let message = tokio::select! {
                message = outgoing.next() => match message {
                    Some(WsMessage::Text(text)) => Message::text(text),
                    Some(WsMessage::Close(code, reason)) => Message::close_with(code, reason),
                    None => break,
                },
                () = &mut init_deadline, if !initialised.load(Ordering::Relaxed) => {
                    Message::close_with(INIT_TIMEOUT_CODE, "Connection initialisation timeout")
                }
                _ = ping.tick() => Message::ping(Vec::new()),
                () = &mut stop => Message::close_with(CloseCode::Away, "the server is shutting down"),
            };
            let closing = message.is_close();
            if sink.send(message).await.is_err() || closing {
                break;
            }
        }
        tracing::debug!("WebSocket connection closed");
    }
}

/// The schema as a socket runs it: subscriptions only, with errors prepared for the
/// client as on `POST /graphql`.
#[derive(Clone)]
struct SubscriptionsOnly {
    schema: AppSchema,
    state: Arc<AppState>,
    http: Arc<HttpState>,
    request_id: RequestId,
}

impl Executor for SubscriptionsOnly {
    async fn execute(&self, request: async_graphql::Request) -> async_graphql::Response {
        self.execute_stream(request, None)
            .next()
            .await
            .unwrap_or_default()
    }

    fn execute_stream(
        &self,
        request: async_graphql::Request,
        session_data: Option<Arc<Data>>,
    ) -> BoxStream<'static, async_graphql::Response> {
        let request_id = self.request_id;
        let finish = move |mut response: async_graphql::Response| {
            finish_errors(&mut response.errors, &request_id);
            response
        };
        let mut request = request;
        let admitted = admission::admit(&mut request, &self.state.settings, |query| {
            self.http.parsed_queries.get(query)
        });
        let refusal = match admitted {
            Err(refusal) => Some(refused(refusal)),
            Ok(Some(kind)) if kind != OperationType::Subscription => {
                let mut error =
                    ServerError::new("queries and mutations are served over POST /graphql", None);
                let extensions = error.extensions.get_or_insert_with(Default::default);
                extensions.set("code", "BAD_REQUEST");
                extensions.set("reason", Reason::SubscriptionsOnly.as_str());
                Some(async_graphql::Response::from_errors(vec![error]))
            }
            Ok(_) => None,
        };
        if let Some(refusal) = refusal {
            return futures_util::stream::once(ready(finish(refusal))).boxed();
        }
        self.schema
            .execute_stream_with_session_data(request, session_data.unwrap_or_default())
            .map(finish)
            .boxed()
    }
}
