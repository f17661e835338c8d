//! Fixed-window counters, used to throttle logins per IP address and per account.
//!
//! The first hit on a key opens a window of a given length; hits count until the window ends,
//! then the key starts afresh. [`RateLimiter::Local`] keeps the counters in this process;
//! [`RateLimiter::Redis`] keeps them under `<prefix>:rl:<key>`, so every server instance that uses
//! the same Redis and prefix counts together.

use std::{
    collections::HashMap,
    sync::{Mutex, MutexGuard, PoisonError},
    time::{Duration, Instant},
};

use anyhow::Context as _;
use redis::aio::ConnectionManager;

/// The local map is pruned of ended windows once it holds at least this many keys.
const PRUNE_THRESHOLD: usize = 10_000;

/// Counts one hit and opens the window on the first one, atomically (run with `EVAL`, which
/// needs no client-side script support and works on every Redis version).
///
/// The expiry is also set on a key that somehow lost it, so no counter can outlive its window.
const HIT_SCRIPT: &str = "
local count = redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) < 0 then
    redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return count
";

/// Counts attempts per key in fixed windows.
pub enum RateLimiter {
    /// Counters in this process's memory.
    Local {
        /// The open windows by key.
        counters: Mutex<LocalCounters>,
    },
    /// Counters in Redis, shared by every instance that uses the same Redis and prefix.
    Redis {
        /// The connection; it reconnects by itself.
        conn: ConnectionManager,
        /// Prepended to every key as `<prefix>:rl:<key>`.
        prefix: String,
    },
}

/// The counters of [`RateLimiter::Local`]: one window per key.
#[derive(Debug)]
pub struct LocalCounters {
    windows: HashMap<String, Window>,
    /// The map size at which ended windows are pruned next; it grows with the number of open
    /// windows so pruning costs amortized constant time per hit.
    prune_at: usize,
}

/// The hits of one key and when its window ends.
#[derive(Debug)]
struct Window {
    hits: u32,
    ends: Instant,
}

impl RateLimiter {
    /// In-process counters when `redis_url` is None; otherwise counters in Redis under `prefix`.
    pub async fn connect(redis_url: Option<&str>, prefix: &str) -> anyhow::Result<RateLimiter> {
        let Some(url) = redis_url else {
            return Ok(RateLimiter::Local {
                counters: Mutex::new(LocalCounters {
                    windows: HashMap::new(),
                    prune_at: PRUNE_THRESHOLD,
                }),
            });
        };
        let conn = redis::Client::open(url)
            .context("the Redis URL is invalid")?
            .get_connection_manager()
            .await
            .context("could not connect to Redis for rate limits")?;
        Ok(RateLimiter::Redis {
            conn,
            prefix: prefix.to_owned(),
        })
    }

    /// `Some(retry_after)` when `key` already has `limit` or more hits in its current window, else None.
    ///
    /// `retry_after` is the rest of the window rounded up to whole seconds, at least one second.
    /// A key without hits in an open window is never exceeded.
    pub async fn exceeded(&self, key: &str, limit: u32) -> anyhow::Result<Option<Duration>> {
        match self {
            RateLimiter::Local { counters } => {
                let now = Instant::now();
                Ok(lock(counters)
                    .windows
                    .get(key)
                    .filter(|window| window.ends > now && window.hits >= limit)
                    .map(|window| retry_after(window.ends - now)))
            }
            RateLimiter::Redis { conn, prefix } => {
                let (hits, ttl_ms): (Option<u32>, i64) = redis::pipe()
                    .atomic()
                    .cmd("GET")
                    .arg(redis_key(prefix, key))
                    .cmd("PTTL")
                    .arg(redis_key(prefix, key))
                    .query_async(&mut conn.clone())
                    .await
                    .context("could not read a rate limit counter from Redis")?;
                Ok(hits.filter(|&hits| hits >= limit).map(|_| {
                    // A negative TTL (no expiry) cannot occur with HIT_SCRIPT; it counts as ended.
                    retry_after(Duration::from_millis(u64::try_from(ttl_ms).unwrap_or(0)))
                }))
            }
        }
    }

    /// Counts one hit for `key`; the first hit opens a window of `window` length. Returns the count.
    pub async fn hit(&self, key: &str, window: Duration) -> anyhow::Result<u32> {
        match self {
            RateLimiter::Local { counters } => {
                let now = Instant::now();
                let mut counters = lock(counters);
                if let Some(open) = counters.windows.get_mut(key).filter(|w| w.ends > now) {
                    open.hits = open.hits.saturating_add(1);
                    return Ok(open.hits);
                }
                counters.prune_if_large(now);
                counters.windows.insert(
                    key.to_owned(),
                    Window {
                        hits: 1,
                        ends: now + window,
                    },
                );
                Ok(1)
            }
            RateLimiter::Redis { conn, prefix } => {
                let window_ms = u64::try_from(window.as_millis()).unwrap_or(u64::MAX).max(1);
                redis::cmd("EVAL")
                    .arg(HIT_SCRIPT)
                    .arg(1)
                    .arg(redis_key(prefix, key))
                    .arg(window_ms)
                    .query_async(&mut conn.clone())
                    .await
                    .context("could not count a rate limit hit in Redis")
            }
        }
    }

    /// Forgets `key` (e.g. after a successful login).
    pub async fn clear(&self, key: &str) -> anyhow::Result<()> {
        match self {
            RateLimiter::Local { counters } => {
                lock(counters).windows.remove(key);
            }
            RateLimiter::Redis { conn, prefix } => {
                redis::cmd("DEL")
                    .arg(redis_key(prefix, key))
                    .query_async::<()>(&mut conn.clone())
                    .await
                    .context("could not clear a rate limit counter in Redis")?;
            }
        }
        Ok(())
    }
}

impl LocalCounters {
    /// Drops ended windows once the map has grown to `prune_at` keys.
    fn prune_if_large(&mut self, now: Instant) {
        if self.windows.len() < self.prune_at {
            return;
        }
        self.windows.retain(|_, window| window.ends > now);
        self.prune_at = (self.windows.len() * 2).max(PRUNE_THRESHOLD);
    }
}

/// Locks the local counters; they stay consistent even if a holder panicked.
fn lock(counters: &Mutex<LocalCounters>) -> MutexGuard<'_, LocalCounters> {
    counters.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The Redis key of a rate limit counter.
fn redis_key(prefix: &str, key: &str) -> String {
    format!("{prefix}:rl:{key}")
}

/// The rest of a window rounded up to whole seconds, at least one second.
fn retry_after(remaining: Duration) -> Duration {
    let seconds = remaining.as_secs() + u64::from(remaining.subsec_nanos() > 0);
    Duration::from_secs(seconds.max(1))
}
