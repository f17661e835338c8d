//! GraphQL subscriptions over the live events, served on `/graphql/ws`: thin resolvers
//! over the feeds of the domains that check who may see them.

use std::sync::Arc;

use async_graphql::{Context, ID, Object, Subscription};
use futures_util::Stream;

use super::{
    GroupEvent, GroupEventType, ThreadEvent, ThreadEventType, ViewerEvent, ViewerEventType,
};
use crate::{
    auth::viewer,
    discussions::{self, model::ThreadId},
    error::{AppError, AppResult},
    groups::{self, model::GroupId},
    resolver::parse_id,
    state::AppState,
};

/// The subscriptions of live events.
#[derive(Default)]
pub struct LiveSubscription;

// The resolvers spell out `Result<_, AppError>`: the macro recognises a fallible
// stream by the name `Result`.
#[Subscription]
impl LiveSubscription {
    /// What happens in a group the viewer is a member of: new threads, activity in
    /// threads, changes of its members. NOT_FOUND (secret group) or FORBIDDEN (listed
    /// group) for non-members. When the viewer's membership ends, the subscription
    /// ends with that error; it never delivers anything after.
    async fn group_events(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
    ) -> Result<impl Stream<Item = AppResult<GroupEvent>> + use<>, AppError> {
        let viewer = viewer(ctx)?.clone();
        let group = GroupId(parse_id("groupId", &group_id)?);
        let state = ctx.data_unchecked::<Arc<AppState>>().clone();
        groups::group_events(state, viewer, group).await
    }

    /// What happens in a thread the viewer can see: posts written, edited, deleted or
    /// restored, reactions, changes of the thread itself. NOT_FOUND when the thread is
    /// not visible; ends like `groupEvents` when the viewer's membership ends.
    async fn thread_events(
        &self,
        ctx: &Context<'_>,
        thread_id: ID,
    ) -> Result<impl Stream<Item = AppResult<ThreadEvent>> + use<>, AppError> {
        let viewer = viewer(ctx)?.clone();
        let thread = ThreadId(parse_id("threadId", &thread_id)?);
        let state = ctx.data_unchecked::<Arc<AppState>>().clone();
        discussions::thread_events(state, viewer, thread).await
    }

    /// What happens for the signed-in viewer: their notifications changed, or their
    /// membership of a group ended.
    async fn viewer_events(
        &self,
        ctx: &Context<'_>,
    ) -> Result<impl Stream<Item = ViewerEvent> + use<>, AppError> {
        let viewer = viewer(ctx)?;
        let state = ctx.data_unchecked::<Arc<AppState>>();
        Ok(super::viewer_events(state, viewer.id()))
    }
}

/// Something happened in a group; load what changed with the ordinary queries.
#[Object]
impl GroupEvent {
    /// What happened.
    #[graphql(name = "type")]
    async fn kind(&self) -> GroupEventType {
        self.kind
    }
    /// The group it happened in.
    async fn group_id(&self) -> ID {
        ID(self.group_id.0.to_string())
    }
    /// The thread, for thread events.
    async fn thread_id(&self) -> Option<ID> {
        self.thread_id.map(|id| ID(id.to_string()))
    }
}

/// Something happened in a thread; load what changed with the ordinary queries.
#[Object]
impl ThreadEvent {
    /// What happened.
    #[graphql(name = "type")]
    async fn kind(&self) -> ThreadEventType {
        self.kind
    }
    /// The thread's group.
    async fn group_id(&self) -> ID {
        ID(self.group_id.0.to_string())
    }
    /// The thread.
    async fn thread_id(&self) -> ID {
        ID(self.thread_id.to_string())
    }
    /// The post concerned, for post events.
    async fn post_id(&self) -> Option<ID> {
        self.post_id.map(|id| ID(id.to_string()))
    }
}

/// Something happened for the signed-in viewer.
#[Object]
impl ViewerEvent {
    /// What happened.
    #[graphql(name = "type")]
    async fn kind(&self) -> ViewerEventType {
        self.kind
    }
    /// The group, for membership events.
    async fn group_id(&self) -> Option<ID> {
        self.group_id.map(|id| ID(id.0.to_string()))
    }
}
