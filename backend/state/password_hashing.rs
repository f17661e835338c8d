//! The bounded slots for password hashing.

use std::time::Duration as WaitTime;

use tokio::sync::Semaphore;

use crate::{
    allocator,
    error::{AppError, AppResult, Reason},
};

/// Runs password hashing (Argon2id: CPU-heavy, 19 MiB each) on the blocking pool, at
/// most a fixed number at once.
///
/// Without a bound, a burst of sign-ins takes as many times 19 MiB as there are
/// requests in flight. Work that finds no free slot within the wait is refused as
/// RATE_LIMITED (`SERVER_BUSY`), so a burst costs a bounded amount of memory and every
/// request is still answered.
pub struct PasswordHashing {
    slots: Semaphore,
    wait: WaitTime,
}

impl PasswordHashing {
    /// `at_once` slots (0: one per CPU core); work waits at most `wait` for one.
    pub fn new(at_once: usize, wait: WaitTime) -> Self {
        let at_once = match at_once {
            0 => std::thread::available_parallelism().map_or(1, usize::from),
            n => n,
        };
        PasswordHashing {
            slots: Semaphore::new(at_once),
            wait,
        }
    }

    /// Runs `work` in a free slot, or refuses when none frees up in time.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> AppResult<T> {
        let busy = || AppError::RateLimited {
            retry_after: WaitTime::from_secs(1).max(self.wait),
            reason: Reason::ServerBusy,
        };
        let _slot = tokio::time::timeout(self.wait, self.slots.acquire())
            .await
            .map_err(|_| busy())?
            .map_err(|_| busy())?;
        tokio::task::spawn_blocking(|| {
            let result = work();
            allocator::release_thread_caches();
            result
        })
        .await
        .map_err(|err| AppError::from(anyhow::Error::from(err)))
    }
}
