//! The mutation root of the pinboard: parse the arguments, call the service.

use async_graphql::{Context, ID, InputObject, Object};
use chrono::{DateTime, Utc};

use crate::{
    auth::viewer,
    error::AppResult,
    groups::model::GroupId,
    notices::{
        self as service, NoticeView, acknowledgements,
        model::{AcknowledgementMode, AcknowledgementRequestId, NoticeId, NoticeInput, PinMove},
    },
    resolver::{parse_id, state},
};

/// A notice's fields.
#[derive(InputObject)]
#[graphql(name = "NoticeInput")]
pub struct NoticeFields {
    /// 3–200 characters.
    title: String,
    /// Markdown, 1–100 000 characters. Mention members as `[@Name](mention:<person id>)`.
    body: String,
    /// Important notices stand out; default false.
    important: Option<bool>,
    /// When the notice leaves the board for the archive; must lie in the future; null:
    /// it stays.
    expires_at: Option<DateTime<Utc>>,
}

impl NoticeFields {
    fn parse(&self, ctx: &Context<'_>) -> AppResult<NoticeInput> {
        NoticeInput::parse(
            &self.title,
            &self.body,
            self.important.unwrap_or(false),
            self.expires_at,
            state(ctx).clock.now(),
        )
    }
}

fn notice_id(id: &ID) -> AppResult<NoticeId> {
    Ok(NoticeId(parse_id("id", id)?))
}

fn request_id(id: &ID) -> AppResult<AcknowledgementRequestId> {
    Ok(AcknowledgementRequestId(parse_id("id", id)?))
}

/// Mutations of the pinboard.
#[derive(Default)]
pub struct NoticesMutation;

#[Object]
impl NoticesMutation {
    /// Puts up a notice (moderators; members too when the group's `noticePosting`
    /// allows it). Delete it by deleting its `openingPostId`.
    async fn post_notice(
        &self,
        ctx: &Context<'_>,
        group_id: ID,
        input: NoticeFields,
    ) -> AppResult<NoticeView> {
        let group = GroupId(parse_id("groupId", &group_id)?);
        let input = input.parse(ctx)?;
        service::post_notice(state(ctx), viewer(ctx)?, group, input).await
    }

    /// Changes a notice (its author and moderators) if `version` is still current;
    /// otherwise CONFLICT with STALE_VERSION.
    async fn edit_notice(
        &self,
        ctx: &Context<'_>,
        id: ID,
        version: i32,
        input: NoticeFields,
    ) -> AppResult<NoticeView> {
        let id = notice_id(&id)?;
        let input = input.parse(ctx)?;
        service::edit_notice(state(ctx), viewer(ctx)?, id, version, input).await
    }

    /// Pins a notice at the end of the pinned ones, or unpins it (moderators).
    async fn pin_notice(&self, ctx: &Context<'_>, id: ID, pinned: bool) -> AppResult<NoticeView> {
        service::set_pinned(state(ctx), viewer(ctx)?, notice_id(&id)?, pinned).await
    }

    /// Moves a pinned notice one place up or down (moderators).
    async fn move_notice(&self, ctx: &Context<'_>, id: ID, to: PinMove) -> AppResult<NoticeView> {
        service::move_pinned(state(ctx), viewer(ctx)?, notice_id(&id)?, to).await
    }

    /// Asks the group to acknowledge a notice by `deadline` (moderators), per person
    /// or per office; one request per notice.
    async fn request_acknowledgement(
        &self,
        ctx: &Context<'_>,
        notice_id: ID,
        mode: AcknowledgementMode,
        deadline: DateTime<Utc>,
    ) -> AppResult<NoticeView> {
        let notice = NoticeId(parse_id("noticeId", &notice_id)?);
        acknowledgements::request_acknowledgement(state(ctx), viewer(ctx)?, notice, mode, deadline)
            .await
    }

    /// Acknowledges a notice ("Zur Kenntnis genommen"); again changes nothing.
    async fn acknowledge_notice(&self, ctx: &Context<'_>, id: ID) -> AppResult<NoticeView> {
        acknowledgements::acknowledge(state(ctx), viewer(ctx)?, notice_id(&id)?).await
    }

    /// Closes an acknowledgement request before its deadline (moderators); the
    /// coverage is frozen.
    async fn close_acknowledgement_request(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> AppResult<NoticeView> {
        acknowledgements::close_request(state(ctx), viewer(ctx)?, request_id(&id)?).await
    }

    /// Reminds everyone still missing (moderators), at most once an hour; returns how
    /// many people were reminded.
    async fn remind_missing_acknowledgements(&self, ctx: &Context<'_>, id: ID) -> AppResult<i32> {
        let count =
            acknowledgements::remind_missing(state(ctx), viewer(ctx)?, request_id(&id)?).await?;
        Ok(i32::try_from(count).unwrap_or(i32::MAX))
    }
}
