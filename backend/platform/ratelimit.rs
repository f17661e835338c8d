//! Fixed-window counters, used to throttle logins per IP address and per account.
//!
//! The first hit on a key opens a window of a given length; hits count until the window ends,
//! then the key starts afresh. Windows start and end by the application clock (the caller
//! passes `now`), so a test that advances its clock ends them. [`RateLimiter::Local`] keeps the
//! counters in this process; [`RateLimiter::Redis`] keeps them as a hash of the hits and the
//! window's end under `<prefix>:rate:<key>`, so every server instance that uses the same Redis
//! and prefix counts together. Redis expires the key after the window's length, only to
//! clean up: whether a window is open is decided by its stored end.

use std::{
    collections::HashMap,
    sync::{Mutex, MutexGuard, PoisonError},
    time::Duration,
};

use anyhow::Context as _;
use chrono::{DateTime, TimeDelta, Utc};
use redis::aio::ConnectionManager;

/// The local map is pruned of ended windows once it holds at least this many keys.
const PRUNE_THRESHOLD: usize = 10_000;

/// Counts one hit, atomically (run with `EVAL`, which needs no client-side script support and
/// works on every Redis version). `ARGV[1]` is now and `ARGV[2]` the window length, both in
/// milliseconds. A hit on a key without an open window (none, or one that ended by now) opens
/// one that ends at now plus the length.
const HIT_SCRIPT: &str = "
local ends = tonumber(redis.call('HGET', KEYS[1], 'ends'))
if ends and ends > tonumber(ARGV[1]) then
    return redis.call('HINCRBY', KEYS[1], 'hits', 1)
end
redis.call('HSET', KEYS[1], 'hits', 1, 'ends', tonumber(ARGV[1]) + tonumber(ARGV[2]))
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
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
        /// Prepended to every key as `<prefix>:rate:<key>`.
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
    ends: DateTime<Utc>,
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

    /// `Some(retry_after)` when `key` already has `limit` or more hits in its window open at
    /// `now`, else None.
    ///
    /// `retry_after` is the rest of the window rounded up to whole seconds, at least one second.
    /// A key without hits in an open window is never exceeded.
    pub async fn exceeded(
        &self,
        key: &str,
        limit: u32,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Option<Duration>> {
        match self {
            RateLimiter::Local { counters } => Ok(lock(counters)
                .windows
                .get(key)
                .filter(|window| window.ends > now && window.hits >= limit)
                .map(|window| retry_after(window.ends - now))),
            RateLimiter::Redis { conn, prefix } => {
                let (hits, ends_ms): (Option<u32>, Option<i64>) = redis::cmd("HMGET")
                    .arg(redis_key(prefix, key))
                    .arg("hits")
                    .arg("ends")
                    .query_async(&mut conn.clone())
                    .await
                    .context("could not read a rate limit counter from Redis")?;
                let remaining =
                    TimeDelta::milliseconds(ends_ms.unwrap_or(0) - now.timestamp_millis());
                Ok(hits
                    .filter(|&hits| hits >= limit && remaining > TimeDelta::zero())
                    .map(|_| retry_after(remaining)))
            }
        }
    }

    /// Counts one hit for `key` at `now`; the first hit opens a window of `window` length.
    /// Returns the count.
    pub async fn hit(
        &self,
        key: &str,
        window: Duration,
        now: DateTime<Utc>,
    ) -> anyhow::Result<u32> {
        match self {
            RateLimiter::Local { counters } => {
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
                        ends: now + length(window),
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
                    .arg(now.timestamp_millis())
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
    fn prune_if_large(&mut self, now: DateTime<Utc>) {
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
    format!("{prefix}:rate:{key}")
}

/// A window length as a time delta (lengths beyond chrono's range are cut to it).
fn length(window: Duration) -> TimeDelta {
    TimeDelta::from_std(window).unwrap_or(TimeDelta::MAX)
}

/// The rest of a window rounded up to whole seconds, at least one second.
fn retry_after(remaining: TimeDelta) -> Duration {
    let remaining = remaining.to_std().unwrap_or_default();
    let seconds = remaining.as_secs() + u64::from(remaining.subsec_nanos() > 0);
    Duration::from_secs(seconds.max(1))
}
