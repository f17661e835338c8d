//! Conformance tests of the platform pieces: each runs on the in-process implementation and on
//! Redis (at 127.0.0.1:6379, a fresh key prefix per test), plus Redis-only tests of what only a
//! shared Redis can do.

use std::{
    sync::{Arc, Mutex},
    time::Duration,
};

use chrono::Utc;
use fachforum::platform::{
    pubsub::{Event, PubSub},
    ratelimit::RateLimiter,
};
use tokio::{
    net::{TcpListener, TcpStream},
    sync::broadcast,
    task::AbortHandle,
    time::timeout,
};

const REDIS_ADDR: &str = "127.0.0.1:6379";
pub(crate) const REDIS_URL: &str = "redis://127.0.0.1:6379";
/// How long a test waits for an event that should arrive.
const EVENT_WAIT: Duration = Duration::from_secs(5);

/// Runs a conformance test on both implementations, as `<test>::local` and `<test>::redis`.
macro_rules! on_both {
    ($($test:ident),* $(,)?) => {$(
        mod $test {
            #[tokio::test]
            async fn local() {
                super::$test(super::Backend::Local).await
            }

            #[tokio::test]
            async fn redis() {
                super::$test(super::Backend::Redis).await
            }
        }
    )*};
}

on_both!(
    a_subscriber_receives_events_published_after_it_subscribed,
    every_subscriber_receives_each_event,
    separate_installations_do_not_see_each_others_events,
    hits_under_the_limit_are_not_exceeded,
    hits_at_the_limit_are_exceeded_until_the_window_ends,
    keys_are_counted_independently,
    clear_forgets_a_key,
    a_window_expires_after_its_length,
);

/// Which implementation a conformance test runs on.
#[derive(Clone, Copy)]
enum Backend {
    Local,
    Redis,
}

impl Backend {
    async fn url(self) -> Option<&'static str> {
        match self {
            Backend::Local => None,
            Backend::Redis => {
                require_redis().await;
                Some(REDIS_URL)
            }
        }
    }

    async fn pubsub(self, prefix: &str) -> PubSub {
        PubSub::connect(self.url().await, prefix)
            .await
            .unwrap_or_else(|error| redis_unreachable(&error))
    }

    async fn limiter(self, prefix: &str) -> RateLimiter {
        RateLimiter::connect(self.url().await, prefix)
            .await
            .unwrap_or_else(|error| redis_unreachable(&error))
    }
}

/// Fails fast when nothing listens on the Redis port (the client would retry for many seconds).
pub(crate) async fn require_redis() {
    match timeout(Duration::from_secs(2), TcpStream::connect(REDIS_ADDR)).await {
        Ok(Ok(_)) => {}
        Ok(Err(error)) => redis_unreachable(&error),
        Err(elapsed) => redis_unreachable(&elapsed),
    }
}

/// Fails the test with a message that says how to provide Redis; these tests never skip.
fn redis_unreachable(error: &dyn std::fmt::Display) -> ! {
    let hint = if std::env::var("CI").as_deref() == Ok("true") {
        "the CI job must provide a Redis service there"
    } else {
        "start it with `redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save \"\" --appendonly no`"
    };
    panic!(
        "Redis at {REDIS_URL} is required by the platform tests but unreachable ({error:#}); {hint}"
    );
}

/// A key prefix no other test uses.
pub(crate) fn unique_prefix() -> String {
    format!("fachforum-test-{}", uuid::Uuid::new_v4())
}

/// The next event, failing the test if none arrives in time.
async fn next_event(events: &mut broadcast::Receiver<Event>) -> Event {
    timeout(EVENT_WAIT, events.recv())
        .await
        .expect("no event arrived in time")
        .expect("the event channel failed")
}

fn event(channel: &str, payload: &str) -> Event {
    Event {
        channel: channel.to_owned(),
        payload: payload.to_owned(),
    }
}

/// A subscriber receives events in order with channel and payload intact, umlauts included.
async fn a_subscriber_receives_events_published_after_it_subscribed(backend: Backend) {
    let pubsub = backend.pubsub(&unique_prefix()).await;
    let mut events = pubsub.subscribe();

    pubsub
        .publish("thread:42", r#"{"text":"Grüße aus Köln"}"#)
        .await
        .unwrap();
    pubsub.publish("chat:7", "zweite Nachricht").await.unwrap();

    assert_eq!(
        next_event(&mut events).await,
        event("thread:42", r#"{"text":"Grüße aus Köln"}"#)
    );
    assert_eq!(
        next_event(&mut events).await,
        event("chat:7", "zweite Nachricht")
    );
}

/// Two subscribers of one instance both receive each event.
async fn every_subscriber_receives_each_event(backend: Backend) {
    let pubsub = backend.pubsub(&unique_prefix()).await;
    let mut first = pubsub.subscribe();
    let mut second = pubsub.subscribe();

    pubsub.publish("thread:1", "neu").await.unwrap();

    assert_eq!(next_event(&mut first).await, event("thread:1", "neu"));
    assert_eq!(next_event(&mut second).await, event("thread:1", "neu"));
}

/// Events of another installation (another prefix, even one that is a glob pattern) never arrive.
async fn separate_installations_do_not_see_each_others_events(backend: Backend) {
    let base = unique_prefix();
    // As a Redis pattern, `<base>?` would also match the channels of `<base>x`.
    let ours = backend.pubsub(&format!("{base}?")).await;
    let theirs = backend.pubsub(&format!("{base}x")).await;
    let mut events = ours.subscribe();

    theirs.publish("thread:1", "fremd").await.unwrap();
    ours.publish("thread:1", "eigen").await.unwrap();

    // Redis delivers in publishing order, so a leaked event would arrive first.
    assert_eq!(next_event(&mut events).await, event("thread:1", "eigen"));
}

/// Hits below the limit are counted one by one and do not exceed it.
async fn hits_under_the_limit_are_not_exceeded(backend: Backend) {
    let limiter = backend.limiter(&unique_prefix()).await;
    let window = Duration::from_secs(60);
    let now = Utc::now();

    assert_eq!(
        limiter.exceeded("ip:192.0.2.1", 3, now).await.unwrap(),
        None
    );
    assert_eq!(limiter.hit("ip:192.0.2.1", window, now).await.unwrap(), 1);
    assert_eq!(limiter.hit("ip:192.0.2.1", window, now).await.unwrap(), 2);
    assert_eq!(
        limiter.exceeded("ip:192.0.2.1", 3, now).await.unwrap(),
        None
    );
}

/// At the limit the key is exceeded, with a retry-after of at least 1 s and at most the window.
async fn hits_at_the_limit_are_exceeded_until_the_window_ends(backend: Backend) {
    let limiter = backend.limiter(&unique_prefix()).await;
    let window = Duration::from_secs(60);
    let now = Utc::now();
    for _ in 0..3 {
        limiter.hit("account:anna", window, now).await.unwrap();
    }

    let retry_after = limiter
        .exceeded("account:anna", 3, now)
        .await
        .unwrap()
        .expect("three hits did not exceed a limit of three");
    assert!(
        (Duration::from_secs(1)..=window).contains(&retry_after),
        "retry after {retry_after:?} is outside 1 s ..= {window:?}"
    );
    assert_eq!(
        retry_after.subsec_nanos(),
        0,
        "retry after is not whole seconds"
    );
    assert!(
        limiter
            .exceeded("account:anna", 2, now)
            .await
            .unwrap()
            .is_some()
    );
}

/// Hits on one key do not count for another.
async fn keys_are_counted_independently(backend: Backend) {
    let limiter = backend.limiter(&unique_prefix()).await;
    let window = Duration::from_secs(60);
    let now = Utc::now();
    for _ in 0..2 {
        limiter.hit("ip:192.0.2.1", window, now).await.unwrap();
    }

    assert!(
        limiter
            .exceeded("ip:192.0.2.1", 2, now)
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(
        limiter.exceeded("ip:192.0.2.2", 2, now).await.unwrap(),
        None
    );
    assert_eq!(limiter.hit("ip:192.0.2.2", window, now).await.unwrap(), 1);
}

/// Clearing a key resets its count, as after a successful login.
async fn clear_forgets_a_key(backend: Backend) {
    let limiter = backend.limiter(&unique_prefix()).await;
    let window = Duration::from_secs(60);
    let now = Utc::now();
    for _ in 0..2 {
        limiter.hit("account:anna", window, now).await.unwrap();
    }

    limiter.clear("account:anna").await.unwrap();

    assert_eq!(
        limiter.exceeded("account:anna", 2, now).await.unwrap(),
        None
    );
    assert_eq!(limiter.hit("account:anna", window, now).await.unwrap(), 1);
}

/// Once the window has passed (by the time passed in), the key is no longer exceeded and counts
/// from one again.
async fn a_window_expires_after_its_length(backend: Backend) {
    let limiter = backend.limiter(&unique_prefix()).await;
    let window = Duration::from_secs(1);
    let now = Utc::now();
    for _ in 0..2 {
        limiter.hit("ip:192.0.2.1", window, now).await.unwrap();
    }
    assert!(
        limiter
            .exceeded("ip:192.0.2.1", 2, now)
            .await
            .unwrap()
            .is_some()
    );

    let now = now + window;

    assert_eq!(
        limiter.exceeded("ip:192.0.2.1", 2, now).await.unwrap(),
        None
    );
    assert_eq!(limiter.hit("ip:192.0.2.1", window, now).await.unwrap(), 1);
}

/// An event published on one instance reaches the subscribers of another with the same prefix.
#[tokio::test]
async fn redis_events_reach_other_instances_on_the_same_prefix() {
    let prefix = unique_prefix();
    let publisher = Backend::Redis.pubsub(&prefix).await;
    let receiver = Backend::Redis.pubsub(&prefix).await;
    let mut events = receiver.subscribe();

    publisher.publish("thread:42", "Übersicht").await.unwrap();

    assert_eq!(
        next_event(&mut events).await,
        event("thread:42", "Übersicht")
    );
}

/// Two rate limiters on the same prefix share their counts; another prefix counts apart.
#[tokio::test]
async fn redis_rate_limiters_on_the_same_prefix_count_together() {
    let prefix = unique_prefix();
    let first = Backend::Redis.limiter(&prefix).await;
    let second = Backend::Redis.limiter(&prefix).await;
    let other = Backend::Redis.limiter(&unique_prefix()).await;
    let window = Duration::from_secs(60);
    let now = Utc::now();

    assert_eq!(first.hit("account:anna", window, now).await.unwrap(), 1);
    assert_eq!(second.hit("account:anna", window, now).await.unwrap(), 2);

    assert!(
        first
            .exceeded("account:anna", 2, now)
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(other.exceeded("account:anna", 2, now).await.unwrap(), None);
    second.clear("account:anna").await.unwrap();
    assert_eq!(first.exceeded("account:anna", 2, now).await.unwrap(), None);
}

/// After its Redis connection drops, the listener reconnects and resubscribes by itself.
#[tokio::test]
async fn redis_listener_resubscribes_after_the_connection_drops() {
    let prefix = unique_prefix();
    let proxy = CuttableProxy::start().await;
    let receiver = PubSub::connect(Some(&proxy.url), &prefix)
        .await
        .unwrap_or_else(|error| redis_unreachable(&error));
    let publisher = Backend::Redis.pubsub(&prefix).await;
    let mut events = receiver.subscribe();
    publisher.publish("thread:1", "vorher").await.unwrap();
    assert_eq!(next_event(&mut events).await, event("thread:1", "vorher"));

    proxy.cut();

    // Events published while the listener reconnects are lost, so publish until one arrives.
    let arrived = timeout(EVENT_WAIT, async {
        loop {
            publisher.publish("thread:1", "nachher").await.unwrap();
            if let Ok(Ok(event)) = timeout(Duration::from_millis(100), events.recv()).await {
                return event;
            }
        }
    })
    .await
    .expect("no event arrived after the connection was cut");
    assert_eq!(arrived, event("thread:1", "nachher"));
}

/// A TCP proxy to Redis whose open connections can be cut, like a network failure.
struct CuttableProxy {
    url: String,
    accept: AbortHandle,
    connections: Arc<Mutex<Vec<AbortHandle>>>,
}

impl CuttableProxy {
    async fn start() -> CuttableProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("redis://{}", listener.local_addr().unwrap());
        let connections = Arc::new(Mutex::new(Vec::new()));
        let tracked = connections.clone();
        let accept = tokio::spawn(async move {
            loop {
                let (mut inbound, _) = listener.accept().await.unwrap();
                let relay = tokio::spawn(async move {
                    let mut outbound = TcpStream::connect(REDIS_ADDR).await?;
                    tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await
                });
                tracked.lock().unwrap().push(relay.abort_handle());
            }
        });
        CuttableProxy {
            url,
            accept: accept.abort_handle(),
            connections,
        }
    }

    /// Closes every connection open through the proxy; new ones are accepted.
    fn cut(&self) {
        for connection in self.connections.lock().unwrap().drain(..) {
            connection.abort();
        }
    }
}

impl Drop for CuttableProxy {
    fn drop(&mut self) {
        self.accept.abort();
        self.cut();
    }
}
