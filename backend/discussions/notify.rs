//! Who is notified of a new post, an edit that adds mentions, an accepted answer
//! (the rules are in the module documentation of [`discussions`](super)).

use std::collections::HashSet;

use chrono::{DateTime, Utc};

use super::{
    model::{PostRow, ThreadKind, ThreadRow, WatchLevel},
    store,
};
use crate::{
    auth::model::AccountId,
    db::Tx,
    error::AppResult,
    groups,
    notifications::{
        self,
        model::{NewNotification, NotificationKind},
    },
};

fn notice(
    thread: &ThreadRow,
    post: &PostRow,
    recipient: AccountId,
    kind: NotificationKind,
    event_key: String,
    actor: AccountId,
) -> NewNotification {
    NewNotification {
        recipient,
        kind,
        event_key,
        group: thread.group_id,
        thread: Some(thread.id),
        post: Some(post.id),
        join_request: None,
        actor: Some(actor),
    }
}

fn mention_key(post: &PostRow) -> String {
    format!("mention:{}", post.id.0)
}

/// Notifies of a new post (the opening post of a new thread, or a reply to
/// `parent`): the mentioned, the parent's author, the watchers. Every mentioned
/// member comes to watch the thread (unless muted). Returns who got a notification.
pub(super) async fn new_post(
    tx: &mut Tx,
    thread: &ThreadRow,
    post: &PostRow,
    parent: Option<&PostRow>,
    mentioned: &[AccountId],
    now: DateTime<Utc>,
) -> AppResult<Vec<AccountId>> {
    let actor = post.author_id.expect("a new post has its author");
    let states = store::states::watchers_and_muted(tx, thread.id, thread.group_id).await?;
    let muted: HashSet<AccountId> = states
        .iter()
        .filter(|s| s.watch_level == WatchLevel::Muted)
        .map(|s| s.account_id)
        .collect();
    let mut notified = HashSet::from([actor]);
    let mut notices = Vec::new();
    for &person in mentioned {
        store::states::watch_unless_muted(tx, person, thread.id, 0, now).await?;
        if notified.insert(person) {
            let key = mention_key(post);
            notices.push(notice(
                thread,
                post,
                person,
                NotificationKind::Mention,
                key,
                actor,
            ));
        }
    }
    let event_key = format!("post:{}", post.id.0);
    if let Some(parent) = parent
        && let Some(parent_author) = parent.author_id
        && !muted.contains(&parent_author)
        && !notified.contains(&parent_author)
        && groups::is_member(tx, thread.group_id, parent_author).await?
    {
        notified.insert(parent_author);
        let kind = if parent.is_opening() && thread.kind == ThreadKind::Question {
            NotificationKind::QuestionAnswered
        } else {
            NotificationKind::ReplyToYourPost
        };
        notices.push(notice(
            thread,
            post,
            parent_author,
            kind,
            event_key.clone(),
            actor,
        ));
    }
    for watcher in states
        .iter()
        .filter(|s| s.watch_level == WatchLevel::Watching)
    {
        if notified.insert(watcher.account_id) {
            notices.push(notice(
                thread,
                post,
                watcher.account_id,
                NotificationKind::NewPostInWatchedThread,
                event_key.clone(),
                actor,
            ));
        }
    }
    notifications::record(tx, notices, now).await
}

/// Notifies the members an edit newly mentions (once per post and person), and makes
/// them watch the thread (unless muted).
pub(super) async fn added_mentions(
    tx: &mut Tx,
    thread: &ThreadRow,
    post: &PostRow,
    newly_mentioned: &[AccountId],
    editor: AccountId,
    now: DateTime<Utc>,
) -> AppResult<Vec<AccountId>> {
    let mut notices = Vec::new();
    for &person in newly_mentioned {
        store::states::watch_unless_muted(tx, person, thread.id, 0, now).await?;
        notices.push(notice(
            thread,
            post,
            person,
            NotificationKind::Mention,
            mention_key(post),
            editor,
        ));
    }
    notifications::record(tx, notices, now).await
}

/// Notifies the author of a reply that it was accepted as the answer (once per post).
pub(super) async fn answer_accepted(
    tx: &mut Tx,
    thread: &ThreadRow,
    answer: &PostRow,
    actor: AccountId,
    now: DateTime<Utc>,
) -> AppResult<Vec<AccountId>> {
    let Some(author) = answer.author_id else {
        return Ok(Vec::new());
    };
    if !groups::is_member(tx, thread.group_id, author).await? {
        return Ok(Vec::new());
    }
    let key = format!("accepted:{}", answer.id.0);
    let notice = notice(
        thread,
        answer,
        author,
        NotificationKind::AnswerAccepted,
        key,
        actor,
    );
    notifications::record(tx, vec![notice], now).await
}
