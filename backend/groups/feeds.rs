//! Live feeds of a group for its members: the events of a group-scoped channel (the
//! group's own, or one of its threads'), checked against membership when the feed
//! starts and again before every event it delivers. A feed ends with the error of that
//! check once the membership is gone: when the viewer's account channel says their
//! membership ended, or when the next event finds them no longer a member. It never
//! delivers an event whose payload names another group.

use std::{marker::PhantomData, sync::Arc};

use futures_util::{Stream, stream};

use super::{Access, model::GroupId};
use crate::{
    auth::Viewer,
    error::AppResult,
    live::{self, Channel, GroupEvent, GroupScoped, Listener, ViewerEvent, ViewerEventType},
    state::AppState,
};

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

/// The events of a group-scoped `channel` for a member of `group`.
pub async fn member_feed<T: GroupScoped>(
    state: Arc<AppState>,
    viewer: Viewer,
    group: GroupId,
    channel: Channel,
) -> AppResult<impl Stream<Item = AppResult<T>> + use<T>> {
    // Listening before the check, so nothing published after a passed check is missed.
    let listener = Listener::new(&state);
    Access::load(&state, &viewer, group)
        .await?
        .require_member()?;
    let feed = MemberFeed {
        channel: channel.name(),
        account_channel: Channel::Account(viewer.id()).name(),
        state,
        viewer,
        group,
        listener,
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
    listener: Listener,
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
            let event = self.listener.next().await?;
            if event.channel == self.channel {
                let Some(payload) = live::parse::<T>(&event) else {
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
                && live::parse::<ViewerEvent>(&event).is_some_and(|ended| {
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
