//! Publish/subscribe for live events (new posts, chat messages) across server instances.
//!
//! Both implementations deliver into a local [`broadcast`] channel that subscribers read.
//! [`PubSub::Local`] sends into it directly. [`PubSub::Redis`] publishes to the Redis channel
//! `<prefix>:<channel>`; a background listener subscribed to `<prefix>:*` forwards every message
//! into the local channel, so an event reaches the subscribers of every instance that uses the
//! same Redis and prefix, this one included.
//!
//! Delivery is at most once. Redis keeps no pub/sub history: events published while the listener
//! reconnects are lost. A subscriber that falls more than 1024 events behind receives
//! [`broadcast::error::RecvError::Lagged`] and misses the oldest ones; subscribers that must not
//! miss anything reload their state after a lag or a reconnect.
//!
//! Prefixes should not be prefixes of each other followed by a colon: the listener of `a` also
//! sees the channels of the prefix `a:b`.

use std::{sync::Arc, time::Duration};

use anyhow::{Context as _, anyhow};
use futures_util::StreamExt as _;
use redis::aio::{ConnectionManager, PubSubSink, PubSubStream};
use tokio::{sync::broadcast, task::AbortHandle, time::timeout};

/// How many events a subscriber may fall behind before it lags.
const CAPACITY: usize = 1024;
/// How long connecting and subscribing to Redis may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// How often the listener checks an idle connection with a ping.
const PING_INTERVAL: Duration = Duration::from_secs(30);
/// How long Redis may take to answer a ping before the connection counts as lost.
const PING_TIMEOUT: Duration = Duration::from_secs(5);
/// The first delay before reconnecting; doubled after every failed attempt.
const BACKOFF_MIN: Duration = Duration::from_millis(100);
/// The longest delay between reconnection attempts.
const BACKOFF_MAX: Duration = Duration::from_secs(10);

/// One published event.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// The channel without the installation prefix, e.g. `thread:42`.
    pub channel: String,
    /// The payload as published, usually JSON.
    pub payload: String,
}

/// Publish/subscribe across server instances.
#[derive(Clone)]
pub enum PubSub {
    /// In-process broadcast: events stay within this server instance.
    Local {
        /// The channel subscribers read from.
        events: broadcast::Sender<Event>,
    },
    /// Redis pub/sub: events reach every instance that uses the same Redis and prefix.
    Redis {
        /// The channel subscribers read from, fed by the listener task.
        events: broadcast::Sender<Event>,
        /// The connection events are published on; it reconnects by itself.
        publisher: ConnectionManager,
        /// Prepended with a colon to every Redis channel.
        prefix: Arc<str>,
        /// Keeps the listener task running while any clone of this value exists.
        listener: Arc<ListenerGuard>,
    },
}

/// Stops the Redis listener task when the last clone of its [`PubSub`] is dropped.
#[derive(Debug)]
pub struct ListenerGuard(AbortHandle);

impl Drop for ListenerGuard {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl PubSub {
    /// In-process broadcast when `redis_url` is None; otherwise Redis pub/sub under `prefix`.
    ///
    /// With Redis, returns once the listener's subscription is confirmed, so events published
    /// after this call are delivered.
    pub async fn connect(redis_url: Option<&str>, prefix: &str) -> anyhow::Result<PubSub> {
        let (events, _) = broadcast::channel(CAPACITY);
        let Some(url) = redis_url else {
            return Ok(PubSub::Local { events });
        };
        let client = redis::Client::open(url).context("the Redis URL is invalid")?;
        let publisher = client
            .get_connection_manager()
            .await
            .context("could not connect to Redis for publishing")?;
        let pattern = format!("{}:*", escape_glob(prefix));
        let connection = subscribe(&client, &pattern).await?;
        let listener = Listener {
            client,
            pattern,
            channel_prefix: format!("{prefix}:"),
            events: events.clone(),
        };
        let task = tokio::spawn(listener.run(connection));
        Ok(PubSub::Redis {
            events,
            publisher,
            prefix: prefix.into(),
            listener: Arc::new(ListenerGuard(task.abort_handle())),
        })
    }

    /// Delivers `payload` to every subscriber of `channel` on every instance (including this one).
    pub async fn publish(&self, channel: &str, payload: &str) -> anyhow::Result<()> {
        match self {
            PubSub::Local { events } => {
                // An error only means that nobody is subscribed right now.
                let _ = events.send(Event {
                    channel: channel.to_owned(),
                    payload: payload.to_owned(),
                });
            }
            PubSub::Redis {
                publisher, prefix, ..
            } => {
                redis::cmd("PUBLISH")
                    .arg(format!("{prefix}:{channel}"))
                    .arg(payload)
                    .query_async::<()>(&mut publisher.clone())
                    .await
                    .context("could not publish an event to Redis")?;
            }
        }
        Ok(())
    }

    /// A receiver of all events published after this call; callers filter by channel.
    ///
    /// A receiver that falls more than 1024 events behind gets `RecvError::Lagged` and misses
    /// the oldest events; handling that (e.g. by reloading) is the caller's concern.
    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        match self {
            PubSub::Local { events } | PubSub::Redis { events, .. } => events.subscribe(),
        }
    }
}

/// Escapes the characters that Redis glob patterns treat specially.
fn escape_glob(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '?' | '[' | ']' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// Opens a pub/sub connection and waits until Redis confirms the pattern subscription.
async fn subscribe(
    client: &redis::Client,
    pattern: &str,
) -> anyhow::Result<(PubSubSink, PubSubStream)> {
    let subscribing = async {
        let (mut sink, stream) = client.get_async_pubsub().await?.split();
        sink.psubscribe(pattern).await?;
        anyhow::Ok((sink, stream))
    };
    timeout(CONNECT_TIMEOUT, subscribing)
        .await
        .context("timed out subscribing to Redis")?
        .context("could not subscribe to Redis")
}

/// The background task that forwards Redis messages into the local channel.
struct Listener {
    client: redis::Client,
    pattern: String,
    channel_prefix: String,
    events: broadcast::Sender<Event>,
}

impl Listener {
    /// Forwards messages forever, reconnecting whenever the connection is lost.
    async fn run(self, mut connection: (PubSubSink, PubSubStream)) {
        loop {
            let reason = self.forward(&mut connection).await;
            tracing::warn!(
                error = %format_args!("{reason:#}"),
                "Lost the Redis pub/sub connection; events published until it is back are missed."
            );
            connection = self.reconnect().await;
        }
    }

    /// Forwards messages until the connection is lost, and returns why it was lost.
    async fn forward(&self, (sink, stream): &mut (PubSubSink, PubSubStream)) -> anyhow::Error {
        let mut ping =
            tokio::time::interval_at(tokio::time::Instant::now() + PING_INTERVAL, PING_INTERVAL);
        loop {
            tokio::select! {
                message = stream.next() => {
                    let Some(message) = message else {
                        return anyhow!("the connection was closed");
                    };
                    self.deliver(&message);
                }
                _ = ping.tick() => {
                    match timeout(PING_TIMEOUT, sink.ping::<redis::Value>()).await {
                        Ok(Ok(_)) => {}
                        Ok(Err(error)) => return error.into(),
                        Err(_) => return anyhow!("Redis did not answer a ping in time"),
                    }
                }
            }
        }
    }

    /// Passes one Redis message on to the local subscribers.
    fn deliver(&self, message: &redis::Msg) {
        let channel = message.get_channel::<String>().ok();
        let Some(channel) = channel
            .as_deref()
            .and_then(|channel| channel.strip_prefix(&self.channel_prefix))
        else {
            tracing::warn!("Ignored a Redis pub/sub message on an unexpected channel.");
            return;
        };
        let Ok(payload) = message.get_payload::<String>() else {
            tracing::warn!(
                channel,
                "Ignored a Redis pub/sub message that is not UTF-8."
            );
            return;
        };
        // An error only means that nobody is subscribed right now.
        let _ = self.events.send(Event {
            channel: channel.to_owned(),
            payload,
        });
    }

    /// Reconnects and resubscribes with exponential backoff until it succeeds.
    async fn reconnect(&self) -> (PubSubSink, PubSubStream) {
        let mut delay = BACKOFF_MIN;
        loop {
            tokio::time::sleep(delay).await;
            match subscribe(&self.client, &self.pattern).await {
                Ok(connection) => {
                    tracing::info!("Reconnected to Redis pub/sub.");
                    return connection;
                }
                Err(error) => {
                    delay = (delay * 2).min(BACKOFF_MAX);
                    tracing::warn!(
                        error = %format_args!("{error:#}"),
                        retry_in_ms = delay.as_millis(),
                        "Could not reconnect to Redis pub/sub; trying again."
                    );
                }
            }
        }
    }
}
