//! The object types of the link list.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};

use crate::{
    auth::viewer,
    discussions::{self, ThreadView},
    error::AppResult,
    groups::Access,
    links::{
        AddedLink, LinkPreview, LinkView,
        model::{CheckReason, LinkStatus},
    },
    orgs::model::Person,
    resolver::state,
};

#[Object(name = "Link")]
impl LinkView {
    /// Stable id of the link.
    async fn id(&self) -> ID {
        ID(self.row.id.0.to_string())
    }
    /// The group whose link list holds it.
    async fn group(&self) -> &Access {
        &self.access
    }
    /// The address as entered (http or https, at most 2 048 characters).
    async fn url(&self) -> &str {
        &self.row.url
    }
    /// The address in the normal form under which the group lists it once.
    async fn normalised_url(&self) -> &str {
        &self.row.normalised_url
    }
    /// 3–200 characters.
    async fn title(&self) -> &str {
        &self.row.title
    }
    /// The description's markdown source (for editing).
    async fn description(&self) -> &str {
        &self.row.body
    }
    /// The description rendered to sanitised HTML, safe to insert into a page.
    async fn description_html(&self) -> &str {
        &self.row.body_html
    }
    /// Tags, lower case, in the order given (the thread's tags).
    async fn tags(&self) -> &[String] {
        &self.tags
    }
    /// Who added it; null when the account no longer exists.
    async fn author(&self) -> Option<&Person> {
        self.author.as_ref()
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.row.created_at
    }
    /// When the description was last edited; null if never.
    async fn edited_at(&self) -> Option<DateTime<Utc>> {
        self.row.edited_at
    }
    /// True when deleted (only moderators see deleted links).
    async fn deleted(&self) -> bool {
        self.row.deleted_at.is_some()
    }
    /// The version to send with `editLink`; each edit counts it up.
    async fn version(&self) -> i32 {
        self.row.version
    }
    /// The link's discussion thread: its comments are the thread's replies.
    async fn thread_id(&self) -> ID {
        ID(self.row.thread_id.0.to_string())
    }
    /// The link's discussion thread (its opening post is the link's description).
    async fn thread(&self, ctx: &Context<'_>) -> AppResult<ThreadView> {
        discussions::thread_by_id(state(ctx), viewer(ctx)?, self.row.thread_id).await
    }
    /// The opening post of the thread, which holds the description: delete and
    /// restore the link through it.
    async fn opening_post_id(&self) -> ID {
        ID(self.row.opening_post_id.0.to_string())
    }
    /// Comments on the link.
    async fn comment_count(&self) -> i32 {
        self.row.reply_count
    }
    /// Posts of the thread the viewer has not read: the link itself while new, and
    /// comments.
    async fn unread_count(&self) -> i64 {
        self.row.unread_count
    }
    /// True when the viewer may edit the link: its author (not as a guest) and
    /// moderators.
    async fn viewer_can_edit(&self) -> bool {
        self.may_edit()
    }
    /// What the last check found; UNCHECKED before the first.
    async fn check_status(&self) -> LinkStatus {
        self.row.check.status()
    }
    /// Why the last check found the link broken.
    async fn check_reason(&self) -> Option<CheckReason> {
        self.row.check.reason()
    }
    /// More about the last check: the HTTP status, or why the target was refused.
    async fn check_detail(&self) -> Option<&str> {
        self.row.check.check_detail.as_deref()
    }
    /// Where a moved link lives now (status MOVED): `applyMovedUrl` sets it.
    async fn moved_to(&self) -> Option<&str> {
        self.row.check.moved_to.as_deref()
    }
    /// When the link was last checked; null before the first check.
    async fn checked_at(&self) -> Option<DateTime<Utc>> {
        self.row.check.checked_at
    }
}

#[Object(name = "AddLinkResult")]
impl AddedLink {
    /// The new link, or the entry the group has for the address already.
    async fn link(&self) -> &LinkView {
        &self.link
    }
    /// True when nothing was added because the group has the address already.
    async fn existing(&self) -> bool {
        self.existing
    }
}

#[Object(name = "LinkPreview")]
impl LinkPreview {
    /// The address in its normal form.
    async fn normalised_url(&self) -> &str {
        &self.normalised_url
    }
    /// The page's title (`og:title`, else `<title>`), plain text, as a suggestion;
    /// null when it has none or `existing` is set.
    async fn title(&self) -> Option<&str> {
        self.preview.title.as_deref()
    }
    /// The page's description (`og:description`, else the meta description), plain
    /// text, as a suggestion; null when it has none or `existing` is set.
    async fn description(&self) -> Option<&str> {
        self.preview.description.as_deref()
    }
    /// The entry the group has for the address already: adding it again adds nothing.
    async fn existing(&self) -> Option<&LinkView> {
        self.existing.as_ref()
    }
}
