//! Swappable infrastructure. Each piece has an embedded implementation (nothing to
//! install) and a scale-out one, chosen by configuration; both are real and tested.

pub mod jobs;
pub mod mail;
pub mod pubsub;
pub mod ratelimit;
