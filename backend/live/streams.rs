//! The subscriber side: one viewer's streams of live events, read from the pub/sub
//! and filtered by channel, with the membership check on subscribing and before every
//! delivered event.

use std::{marker::PhantomData, sync::Arc};

use futures_util::{Stream, stream};
use serde::de::DeserializeOwned;
use tokio::sync::broadcast::{self, error::RecvError};

use super::{Channel, GroupEvent, ThreadEvent, ViewerEvent, ViewerEventType};
use crate::{
    auth::Viewer,
    discussions::{self, model::ThreadId},
    error::AppResult,
    groups::{Access, model::GroupId},
    platform::pubsub::Event,
    state::AppState,
};

/// A payload that belongs to one group.
trait GroupScoped: DeserializeOwned + Send + 'static {
    /// The group the payload says it belongs to.
    fn group_id(&self) -> GroupId;
}

impl GroupScoped for GroupEvent {
    fn group_id(&self) -> GroupId {
        self.group_id
    }
}

impl GroupScoped for ThreadEvent {
    fn group_id(&self) -> GroupId {
        self.group_id
    }
}

/// The events of one thread for a member of its group: NOT_FOUND when the viewer may
/// not see the thread. Ends like [`group_events`] when the membership ends.
pub async fn thread_events(
    state: Arc<AppState>,
    viewer: Viewer,
    thread: ThreadId,
) -> AppResult<impl Stream<Item = AppResult<ThreadEvent>> + use<>> {
    let (access, thread) = discussions::thread_access(&state, &viewer, thread).await?;
    member_feed(state, viewer, access.id(), Channel::Thread(thread.0)).await
}

/// The events of a group for a member: NOT_FOUND (secret group) or FORBIDDEN (listed
/// group) for others. The stream ends with the error of the membership check once the
/// viewer is no longer a member.
pub async fn group_events(
    state: Arc<AppState>,
    viewer: Viewer,
    group: GroupId,
) -> AppResult<impl Stream<Item = AppResult<GroupEvent>> + use<>> {
    member_feed(state, viewer, group, Channel::Group(group)).await
}

/// The events of the viewer's own account channel.
pub fn viewer_events(state: &AppState, viewer: &Viewer) -> impl Stream<Item = ViewerEvent> + use<> {
    let channel = Channel::Account(viewer.id()).name();
    let events = state.pubsub.subscribe();
    stream::unfold((events, channel), |(mut events, channel)| async move {
        loop {
            let event = next_event(&mut events).await?;
            if event.channel == channel
                && let Some(payload) = parse::<ViewerEvent>(&event)
            {
                return Some((payload, (events, channel)));
            }
        }
    })
}

/// The events of a group-scoped `channel` for a member of `group`.
async fn member_feed<T: GroupScoped>(
    state: Arc<AppState>,
    viewer: Viewer,
    group: GroupId,
    channel: Channel,
) -> AppResult<impl Stream<Item = AppResult<T>> + use<T>> {
    // Subscribed before the check, so nothing published after a passed check is missed.
    let events = state.pubsub.subscribe();
    Access::load(&state, &viewer, group)
        .await?
        .require_member()?;
    let feed = MemberFeed {
        channel: channel.name(),
        account_channel: Channel::Account(viewer.id()).name(),
        state,
        viewer,
        group,
        events,
        ended: false,
        payload: PhantomData,
    };
    Ok(stream::unfold(feed, |mut feed| async move {
        let item = feed.next().await?;
        Some((item, feed))
    }))
}

/// One member's subscription to one group-scoped channel.
struct MemberFeed<T> {
    state: Arc<AppState>,
    viewer: Viewer,
    group: GroupId,
    /// The channel whose events are delivered.
    channel: String,
    /// The viewer's account channel, which says when their membership ended.
    account_channel: String,
    events: broadcast::Receiver<Event>,
    /// Set once the membership check failed; the stream then ends.
    ended: bool,
    payload: PhantomData<fn() -> T>,
}

impl<T: GroupScoped> MemberFeed<T> {
    /// The next event to deliver, the error that ends the feed, or `None` at its end.
    async fn next(&mut self) -> Option<AppResult<T>> {
        if self.ended {
            return None;
        }
        loop {
            let event = next_event(&mut self.events).await?;
            if event.channel == self.channel {
                let Some(payload) = parse::<T>(&event) else {
                    continue;
                };
                if payload.group_id() != self.group {
                    tracing::warn!(
                        channel = event.channel,
                        "Ignored a live event that names another group than its channel."
                    );
                    continue;
                }
                return Some(self.still_member().await.map(|()| payload));
            }
            if event.channel == self.account_channel
                && parse::<ViewerEvent>(&event).is_some_and(|ended| {
                    ended.kind == ViewerEventType::MembershipEnded
                        && ended.group_id == Some(self.group)
                })
                && let Err(err) = self.still_member().await
            {
                return Some(Err(err));
            }
        }
    }

    /// The membership check, once more; a failure ends the feed.
    async fn still_member(&mut self) -> AppResult<()> {
        let checked = Access::load(&self.state, &self.viewer, self.group)
            .await
            .and_then(|access| access.require_member());
        if checked.is_err() {
            self.ended = true;
            tracing::debug!(
                group.id = %self.group.0,
                account.id = %self.viewer.id().0,
                "Ended a live subscription after a failed membership check"
            );
        }
        checked
    }
}

/// The next event of the pub/sub, or `None` when it closed. A receiver that fell
/// behind skips the events it missed and goes on; the membership check before each
/// delivered event covers a missed end of membership.
async fn next_event(events: &mut broadcast::Receiver<Event>) -> Option<Event> {
    loop {
        match events.recv().await {
            Ok(event) => return Some(event),
            Err(RecvError::Lagged(skipped)) => {
                tracing::debug!(skipped, "A live subscriber fell behind and skipped events");
            }
            Err(RecvError::Closed) => return None,
        }
    }
}

/// The event's payload, or `None` (logged) when it does not parse.
fn parse<T: DeserializeOwned>(event: &Event) -> Option<T> {
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
