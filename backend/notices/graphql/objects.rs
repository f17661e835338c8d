//! The object types of the pinboard.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};

use crate::{
    auth::viewer,
    discussions::{self, ThreadView},
    error::AppResult,
    groups::Access,
    notices::{
        NoticeView, acknowledgements,
        coverage::{Coverage, CoverageUnit},
        model::{AcknowledgementMode, AcknowledgementRequest, AcknowledgementRow},
    },
    orgs::{self, model::Person},
    resolver::state,
};

#[Object(name = "Notice")]
impl NoticeView {
    /// Stable id of the notice.
    async fn id(&self) -> ID {
        ID(self.row.id.0.to_string())
    }
    /// The group it is pinned in.
    async fn group(&self) -> &Access {
        &self.access
    }
    /// 3–200 characters.
    async fn title(&self) -> &str {
        &self.row.title
    }
    /// The text rendered to sanitised HTML, safe to insert into a page.
    async fn body_html(&self) -> &str {
        &self.row.body_html
    }
    /// Who put it up; null when the account no longer exists.
    async fn author(&self) -> Option<&Person> {
        self.author.as_ref()
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.row.created_at
    }
    /// When the text was last edited; null if never.
    async fn edited_at(&self) -> Option<DateTime<Utc>> {
        self.row.edited_at
    }
    /// Important notices stand out on the board and in digests.
    async fn important(&self) -> bool {
        self.row.important
    }
    /// When the notice leaves the board for the archive; null: it stays.
    async fn expires_at(&self) -> Option<DateTime<Utc>> {
        self.row.expires_at
    }
    /// True once `expiresAt` has passed: the notice is in the archive.
    async fn expired(&self) -> bool {
        self.is_expired()
    }
    /// True when deleted (only moderators see deleted notices).
    async fn deleted(&self) -> bool {
        self.row.deleted_at.is_some()
    }
    /// True when pinned to the top of the board.
    async fn pinned(&self) -> bool {
        self.row.pin_position.is_some()
    }
    /// The version to send with `editNotice`; each edit counts it up.
    async fn version(&self) -> i32 {
        self.row.version
    }
    /// The notice's discussion thread: its comments are the thread's replies.
    async fn thread_id(&self) -> ID {
        ID(self.row.thread_id.0.to_string())
    }
    /// The notice's discussion thread (its opening post is the notice's text).
    async fn thread(&self, ctx: &Context<'_>) -> AppResult<ThreadView> {
        discussions::thread_by_id(state(ctx), viewer(ctx)?, self.row.thread_id).await
    }
    /// The opening post of the thread, which holds the text: delete and restore the
    /// notice through it.
    async fn opening_post_id(&self) -> ID {
        ID(self.row.opening_post_id.0.to_string())
    }
    /// Comments on the notice.
    async fn comment_count(&self) -> i32 {
        self.row.reply_count
    }
    /// True when the viewer has not opened the notice yet.
    async fn is_new(&self) -> bool {
        self.never_opened()
    }
    /// Posts of the thread the viewer has not read: the notice itself while new, and
    /// comments.
    async fn unread_count(&self) -> i64 {
        self.row.unread_count
    }
    /// True when the viewer may edit the notice: its author (not as a guest) and
    /// moderators.
    async fn viewer_can_edit(&self) -> bool {
        self.may_edit()
    }
    /// The request to acknowledge the notice, if a moderator made one.
    async fn acknowledgement_request(&self) -> Option<RequestView> {
        self.row.request().map(|request| RequestView {
            request,
            notice: self.clone(),
        })
    }
}

/// An acknowledgement request with the notice it belongs to.
pub struct RequestView {
    request: AcknowledgementRequest,
    notice: NoticeView,
}

#[Object(name = "AcknowledgementRequest")]
impl RequestView {
    /// Id for `closeAcknowledgementRequest`, `remindMissingAcknowledgements` and the
    /// CSV export at `/export/acknowledgements/<id>.csv`.
    async fn id(&self) -> ID {
        ID(self.request.id.0.to_string())
    }
    /// Per person or per office.
    async fn mode(&self) -> AcknowledgementMode {
        self.request.mode
    }
    async fn deadline(&self) -> DateTime<Utc> {
        self.request.deadline
    }
    async fn requested_at(&self) -> DateTime<Utc> {
        self.request.requested_at
    }
    /// The moderator who asked; null when the account no longer exists.
    async fn requested_by(&self, ctx: &Context<'_>) -> AppResult<Option<Person>> {
        let Some(id) = self.request.requested_by else {
            return Ok(None);
        };
        let mut people = orgs::people_by_ids(state(ctx), viewer(ctx)?, &[id]).await?;
        Ok(people.remove(&id))
    }
    /// When it was closed (by a moderator or its deadline); null while open.
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.request.closed_at
    }
    /// True until it is closed or its deadline passes.
    async fn open(&self) -> bool {
        self.request.is_open(self.notice.now)
    }
    /// When a moderator last reminded those missing.
    async fn last_reminded_at(&self) -> Option<DateTime<Utc>> {
        self.request.last_reminded_at
    }
    /// When the viewer acknowledged; null if not.
    async fn my_acknowledged_at(&self) -> Option<DateTime<Utc>> {
        self.notice.row.my_acknowledged_at
    }
    /// When someone of the viewer's office first acknowledged (per office that covers
    /// the viewer); null if nobody did.
    async fn my_office_acknowledged_at(&self) -> Option<DateTime<Utc>> {
        self.notice.row.office_acknowledged_at
    }
    /// Who has acknowledged and who is missing (moderators).
    async fn coverage(&self, ctx: &Context<'_>) -> AppResult<Coverage> {
        acknowledgements::coverage_for(state(ctx), &self.notice.access, &self.request).await
    }
}

#[Object(name = "AcknowledgementCoverage")]
impl Coverage {
    /// Offices or persons covered.
    async fn covered(&self) -> usize {
        self.covered_count()
    }
    /// Offices or persons counted: the group's members with the role member (their
    /// offices, per office) now, or when the request closed.
    async fn total(&self) -> usize {
        self.units.len()
    }
    /// True when the request is closed and the figures are those of that moment.
    async fn frozen(&self) -> bool {
        self.frozen
    }
    /// Every counted office or person, by name.
    async fn units(&self) -> &[CoverageUnit] {
        &self.units
    }
    /// The covered count after each office or person that became covered, earliest
    /// first: the share over time.
    async fn history(&self) -> Vec<CoveragePoint> {
        self.share_over_time()
            .into_iter()
            .map(|(at, covered)| CoveragePoint { at, covered })
            .collect()
    }
}

/// The coverage at one moment.
#[derive(async_graphql::SimpleObject)]
pub struct CoveragePoint {
    pub at: DateTime<Utc>,
    pub covered: usize,
}

#[Object(name = "AcknowledgementUnit")]
impl CoverageUnit {
    /// The office's or person's name (as it was when the request closed, for frozen
    /// coverage).
    async fn name(&self) -> &str {
        &self.name
    }
    /// True for an office, false for a person.
    async fn is_office(&self) -> bool {
        self.account.is_none()
    }
    /// The office of a person unit, if they have one.
    async fn office_name(&self) -> Option<&str> {
        self.office_name.as_deref()
    }
    /// When it was first covered; null while missing.
    async fn covered_at(&self) -> Option<DateTime<Utc>> {
        self.first_covered_at()
    }
    /// The acknowledgements that cover it, earliest first.
    async fn acknowledgements(&self) -> &[AcknowledgementRow] {
        &self.acknowledgements
    }
}

#[Object(name = "Acknowledgement")]
impl AcknowledgementRow {
    /// Who acknowledged.
    async fn name(&self) -> &str {
        &self.name
    }
    async fn acknowledged_at(&self) -> DateTime<Utc> {
        self.acknowledged_at
    }
    /// False when the person has left the group since; the acknowledgement stays
    /// valid for their office.
    async fn still_member(&self) -> bool {
        self.still_member
    }
}
