//! The subscriber side of the pub/sub: a [`Listener`] reads every event of this
//! instance's pub/sub, skipping what it fell behind on, and [`parse`] reads a payload.
//! The domains build their access-checked feeds on it (`groups` the member feeds of
//! group and thread channels); the viewer's own channel needs no check beyond being
//! signed in and is served here.

use futures_util::{Stream, stream};
use serde::de::DeserializeOwned;
use tokio::sync::broadcast::{self, error::RecvError};

use super::{Channel, ViewerEvent};
use crate::{ids::AccountId, platform::pubsub::Event, state::AppState};

/// One subscriber's receiver of the pub/sub's events, on every channel.
pub struct Listener {
    events: broadcast::Receiver<Event>,
}

impl Listener {
    /// Starts listening: every event published from now on is seen.
    pub fn new(state: &AppState) -> Self {
        Self {
            events: state.pubsub.subscribe(),
        }
    }

    /// The next event, or `None` when the pub/sub closed. A listener that fell behind
    /// skips the events it missed and goes on; feeds that check access before each
    /// delivered event stay correct, since the check covers a missed change.
    pub async fn next(&mut self) -> Option<Event> {
        loop {
            match self.events.recv().await {
                Ok(event) => return Some(event),
                Err(RecvError::Lagged(skipped)) => {
                    tracing::debug!(skipped, "A live subscriber fell behind and skipped events");
                }
                Err(RecvError::Closed) => return None,
            }
        }
    }
}

/// The event's payload, or `None` (logged) when it does not parse.
pub fn parse<T: DeserializeOwned>(event: &Event) -> Option<T> {
    match serde_json::from_str(&event.payload) {
        Ok(payload) => Some(payload),
        Err(error) => {
            tracing::warn!(
                channel = event.channel,
                %error,
                "Ignored a live event with an unreadable payload."
            );
            None
        }
    }
}

/// The events of one person's account channel.
pub fn viewer_events(
    state: &AppState,
    account: AccountId,
) -> impl Stream<Item = ViewerEvent> + use<> {
    let channel = Channel::Account(account).name();
    stream::unfold(
        (Listener::new(state), channel),
        |(mut listener, channel)| async move {
            loop {
                let event = listener.next().await?;
                if event.channel == channel
                    && let Some(payload) = parse::<ViewerEvent>(&event)
                {
                    return Some((payload, (listener, channel)));
                }
            }
        },
    )
}
