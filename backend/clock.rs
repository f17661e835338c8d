//! The application clock.
//!
//! Time always comes from here and is bound into SQL as a parameter, never taken from
//! the database's own clock: both databases then store and compare the same values.

use chrono::{DateTime, SubsecRound, Utc};

/// Now, truncated to the microseconds that PostgreSQL keeps.
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}
