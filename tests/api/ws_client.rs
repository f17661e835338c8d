//! A small GraphQL-over-WebSocket client that speaks `graphql-transport-ws` as the
//! browser's client does: connection_init/ack, subscribe, next, error, complete.

use std::{collections::VecDeque, time::Duration};

use futures_util::{SinkExt as _, StreamExt as _};
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::{
    MaybeTlsStream, WebSocketStream,
    tungstenite::{self, Message, client::IntoClientRequest, http::HeaderValue},
};

use crate::helpers::Browser;

/// The subprotocol the server speaks.
pub const PROTOCOL: &str = "graphql-transport-ws";

/// How long a test waits for a message that must arrive.
const WAIT: Duration = Duration::from_secs(15);

/// What the handshake sends besides the upgrade itself.
pub struct Handshake {
    pub cookie: Option<String>,
    pub origin: Option<String>,
    pub protocol: Option<String>,
}

impl Handshake {
    /// As the browser's page opens the socket: its cookie, its own origin, the protocol.
    pub fn of(browser: &Browser) -> Handshake {
        Handshake {
            cookie: browser.cookie_header(),
            origin: Some(browser.base_url.clone()),
            protocol: Some(PROTOCOL.into()),
        }
    }
}

/// What the server said about one subscription.
#[derive(Debug)]
pub enum Reply {
    /// A `next` message's payload (`data` and maybe `errors`).
    Next(Value),
    /// An `error` message's payload (a list of errors); the subscription is over.
    Error(Value),
    /// The subscription is over.
    Complete,
}

/// One open connection.
pub struct WsClient {
    socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
    /// Messages read while waiting for another subscription's, by id.
    pending: VecDeque<(String, Reply)>,
}

/// Opens a connection to `base_url`'s `/graphql/ws`; `Err` carries the HTTP status of
/// a refused handshake.
pub async fn open(base_url: &str, handshake: &Handshake) -> Result<WsClient, u16> {
    let url = format!("{}/graphql/ws", base_url.replacen("http", "ws", 1));
    let mut request = url.into_client_request().expect("a valid WebSocket URL");
    let headers = request.headers_mut();
    let mut set = |name: &'static str, value: &Option<String>| {
        if let Some(value) = value {
            headers.insert(name, HeaderValue::from_str(value).expect("a header value"));
        }
    };
    set("cookie", &handshake.cookie);
    set("origin", &handshake.origin);
    set("sec-websocket-protocol", &handshake.protocol);
    match tokio_tungstenite::connect_async(request).await {
        Ok((socket, _)) => Ok(WsClient {
            socket,
            pending: VecDeque::new(),
        }),
        Err(tungstenite::Error::Http(response)) => Err(response.status().as_u16()),
        Err(other) => panic!("the handshake failed: {other}"),
    }
}

/// Opens and initialises a connection as the browser's page does.
pub async fn connect(browser: &Browser) -> WsClient {
    let mut client = open(&browser.base_url, &Handshake::of(browser))
        .await
        .expect("the server upgrades the connection");
    client.init().await;
    client
}

impl WsClient {
    /// Sends `connection_init` and expects `connection_ack`.
    pub async fn init(&mut self) {
        self.send_init().await;
        let ack = self.receive(WAIT).await.expect("a connection_ack");
        assert_eq!(ack["type"], "connection_ack", "{ack}");
    }

    /// Sends `connection_init`.
    pub async fn send_init(&mut self) {
        self.send(json!({ "type": "connection_init", "payload": {} }))
            .await;
    }

    /// Starts the subscription `id`.
    pub async fn subscribe(&mut self, id: &str, query: &str, variables: Value) {
        self.send(json!({ "type": "subscribe", "id": id,
                          "payload": { "query": query, "variables": variables } }))
            .await;
    }

    /// The next reply for the subscription `id`; panics when none arrives in time.
    pub async fn reply(&mut self, id: &str) -> Reply {
        self.reply_within(id, WAIT)
            .await
            .unwrap_or_else(|| panic!("no reply for subscription {id} within {WAIT:?}"))
    }

    /// The next reply for the subscription `id`, if one arrives within `wait`.
    pub async fn reply_within(&mut self, id: &str, wait: Duration) -> Option<Reply> {
        if let Some(index) = self.pending.iter().position(|(of, _)| of == id) {
            return self.pending.remove(index).map(|(_, reply)| reply);
        }
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            let message = self.receive(left).await?;
            let of = message["id"].as_str().unwrap_or_default().to_owned();
            let reply = match message["type"].as_str() {
                Some("next") => Reply::Next(message["payload"].clone()),
                Some("error") => Reply::Error(message["payload"].clone()),
                Some("complete") => Reply::Complete,
                _ => panic!("unexpected message: {message}"),
            };
            if of == id {
                return Some(reply);
            }
            self.pending.push_back((of, reply));
        }
    }

    /// The `data` of the next event of subscription `id`, which must have no errors.
    pub async fn data(&mut self, id: &str) -> Value {
        match self.reply(id).await {
            Reply::Next(payload) if payload.get("errors").is_none() => payload["data"].clone(),
            other => panic!("expected data for {id}, got {other:?}"),
        }
    }

    /// The code of the error that ends subscription `id` (an `error` message, or a
    /// `next` with errors followed by `complete`).
    pub async fn error_code(&mut self, id: &str) -> String {
        let errors = match self.reply(id).await {
            Reply::Error(errors) => errors,
            Reply::Next(payload) if payload.get("errors").is_some() => {
                let complete = self.reply(id).await;
                assert!(matches!(complete, Reply::Complete), "{complete:?}");
                payload["errors"].clone()
            }
            other => panic!("expected an error for {id}, got {other:?}"),
        };
        errors[0]["extensions"]["code"]
            .as_str()
            .unwrap_or_else(|| panic!("an error code: {errors}"))
            .to_owned()
    }

    /// Asserts that nothing arrives for any subscription within `wait`.
    pub async fn assert_silent(&mut self, wait: Duration) {
        assert!(
            self.pending.is_empty(),
            "unread replies: {:?}",
            self.pending
        );
        if let Some(message) = self.receive(wait).await {
            panic!("expected silence, got {message}");
        }
    }

    /// The close code and reason the server sends (waits for it).
    pub async fn close_frame(&mut self) -> (u16, String) {
        let frame = tokio::time::timeout(WAIT, async {
            loop {
                match self.socket.next().await {
                    Some(Ok(Message::Close(frame))) => return frame,
                    Some(Ok(_)) => {}
                    other => panic!("the connection ended without a close frame: {other:?}"),
                }
            }
        })
        .await
        .expect("a close frame in time")
        .expect("a close code");
        (u16::from(frame.code), frame.reason.to_string())
    }

    async fn send(&mut self, message: Value) {
        self.socket
            .send(Message::text(message.to_string()))
            .await
            .expect("the message is sent");
    }

    /// The next protocol message as JSON, if one arrives within `wait`. Panics when
    /// the connection closes.
    async fn receive(&mut self, wait: Duration) -> Option<Value> {
        let reading = async {
            loop {
                match self.socket.next().await {
                    Some(Ok(Message::Text(text))) => {
                        return serde_json::from_str::<Value>(&text).expect("JSON");
                    }
                    Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                    other => panic!("the connection ended: {other:?}"),
                }
            }
        };
        tokio::time::timeout(wait, reading).await.ok()
    }
}
