//! The application clock.
//!
//! Time always comes from the [`Clock`] of the application instance
//! (`state.clock.now()`) and is bound into SQL as a parameter, never taken from the
//! database's own clock: both databases then store and compare the same values.
//!
//! The server runs on [`Clock::system`]. Tests build their app with a
//! [`Clock::manual`], which runs with the system clock until the test moves it forward
//! with [`Clock::advance`]: whatever is due by then (a scheduled job, the end of a
//! login window) is due at once, without waiting. Every app has its own clock, so
//! tests that run side by side in one process never see each other's time.

use std::{
    sync::{Arc, Mutex, PoisonError},
    time::Duration,
};

use chrono::{DateTime, SubsecRound, TimeDelta, Utc};
use tokio::sync::Notify;

/// The local time of the programme's people, in which exports and mails show times.
pub fn berlin(at: DateTime<Utc>) -> DateTime<chrono_tz::Tz> {
    at.with_timezone(&chrono_tz::Europe::Berlin)
}

/// The clock of one application instance; clones share the same time.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    /// None for the system clock.
    manual: Option<Arc<Mutex<Manual>>>,
}

/// The state of a manual clock.
#[derive(Debug, Default)]
struct Manual {
    /// How far the clock is ahead of the system clock.
    ahead: TimeDelta,
    /// Woken (`notify_one`) after each advance, e.g. the job worker.
    on_advance: Vec<Arc<Notify>>,
}

impl Clock {
    /// The system clock, as the server runs on.
    pub fn system() -> Clock {
        Clock::default()
    }

    /// A clock that runs with the system clock until [`Clock::advance`] moves it ahead.
    pub fn manual() -> Clock {
        Clock {
            manual: Some(Arc::default()),
        }
    }

    /// Now, truncated to the microseconds that PostgreSQL keeps.
    pub fn now(&self) -> DateTime<Utc> {
        let ahead = self
            .manual
            .as_ref()
            .map_or(TimeDelta::zero(), |manual| lock(manual).ahead);
        (Utc::now() + ahead).trunc_subsecs(6)
    }

    /// Moves a manual clock ahead by `by` and then wakes everyone registered with
    /// [`Clock::wake_on_advance`].
    ///
    /// # Panics
    ///
    /// On the system clock: only tests move time.
    pub fn advance(&self, by: Duration) {
        let manual = self.manual.as_ref().expect("only a manual clock advances");
        let woken = {
            let mut manual = lock(manual);
            manual.ahead += TimeDelta::from_std(by).expect("a representable duration");
            manual.on_advance.clone()
        };
        for notify in woken {
            notify.notify_one();
        }
    }

    /// Registers `notify` to be woken after each advance of a manual clock (the job
    /// worker, whose due jobs may then be due). Does nothing on the system clock.
    pub fn wake_on_advance(&self, notify: Arc<Notify>) {
        if let Some(manual) = &self.manual {
            lock(manual).on_advance.push(notify);
        }
    }
}

/// Locks a manual clock; its state stays consistent even if a holder panicked.
fn lock(manual: &Mutex<Manual>) -> std::sync::MutexGuard<'_, Manual> {
    manual.lock().unwrap_or_else(PoisonError::into_inner)
}
