//! Discussions: the forum's categories ("Fragen", "Praxisbeispiele", "Ankündigungen")
//! and the threads of `threads.txt` in the forum and the secret working group
//! (questions with accepted answers, nested replies, reactions), plus one long
//! discussion with [`LONG_REPLIES`] replies composed from `long-discussion.txt`. The
//! printed logins have read some threads fully, some partly and others not at all.
//!
//! The text files hold one thread after another: a header line
//! `# <category or -> | frage|diskussion | forum|arbeitskreis | <tags>`, the title,
//! the markdown body, then one line per reply: `>` answers the thread, `>>` the latest
//! `>` reply, and so on; `>!` marks the accepted answer of a question.

use chrono::{DateTime, Duration, Utc};

use super::{
    groups::{Groups, WORKING_GROUP_MODERATORS},
    people::{People, Person},
    rng::Rng,
};
use crate::{
    auth::model::AccountId,
    db::Tx,
    discussions::{
        self, ImportParent, ImportedReply, ImportedThread, NewThread,
        model::{
            CategoryData, CategoryId, PostBody, Reaction, ThreadId, ThreadKind, ThreadTitle,
            parse_tags,
        },
    },
    error::{AppError, AppResult, Reason},
    groups::model::{GroupId, GroupRole},
};

/// The forum's categories and their descriptions.
const CATEGORIES: [(&str, &str); 3] = [
    (
        "Fragen",
        "Fragen an die Kolleginnen und Kollegen der anderen Koordinierungsstellen",
    ),
    (
        "Praxisbeispiele",
        "Was sich in Ihrer Kommune bewährt hat, zum Nachmachen",
    ),
    (
        "Ankündigungen",
        "Termine und Neuigkeiten der Landeskoordinierung",
    ),
];
/// The threads, in order of their start.
const THREADS: &str = include_str!("threads.txt");
/// The long discussion: its thread, then its replies' openers, middles and closers.
const LONG_DISCUSSION: &str = include_str!("long-discussion.txt");
/// Replies of the long discussion.
pub(super) const LONG_REPLIES: usize = 224;
/// Where the printed logins stopped reading the long discussion.
const LONG_READ_UP_TO: i32 = 150;

/// What the step made.
pub(super) struct Discussions {
    /// Threads, the long one included.
    pub threads: usize,
    /// Posts: opening posts and replies.
    pub posts: usize,
}

/// Where a thread goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Forum,
    WorkingGroup,
}

/// A reply of the script: its depth (1 answers the thread) and text.
struct ScriptReply {
    depth: usize,
    accepted: bool,
    body: String,
}

/// A thread of the script.
struct Script {
    category: Option<String>,
    kind: ThreadKind,
    place: Place,
    tags: Vec<String>,
    title: String,
    body: String,
    replies: Vec<ScriptReply>,
}

/// The threads of a script file; panics on a malformed file (it is part of the
/// binary, and a unit test reads it).
fn parse(text: &str) -> Vec<Script> {
    let mut scripts: Vec<Script> = Vec::new();
    for line in text.lines() {
        if let Some(header) = line.strip_prefix("# ") {
            let fields: Vec<&str> = header.split('|').map(str::trim).collect();
            let [category, kind, place, tags] = fields[..] else {
                panic!("malformed thread header: {line}");
            };
            scripts.push(Script {
                category: (category != "-").then(|| category.to_owned()),
                kind: match kind {
                    "frage" => ThreadKind::Question,
                    "diskussion" => ThreadKind::Discussion,
                    _ => panic!("unknown thread kind: {line}"),
                },
                place: match place {
                    "forum" => Place::Forum,
                    "arbeitskreis" => Place::WorkingGroup,
                    _ => panic!("unknown group: {line}"),
                },
                tags: tags.split(',').map(|t| t.trim().to_owned()).collect(),
                title: String::new(),
                body: String::new(),
                replies: Vec::new(),
            });
            continue;
        }
        let script = scripts.last_mut().expect("the file starts with a header");
        if let Some(rest) = line.strip_prefix('>') {
            let depth = 1 + rest.chars().take_while(|&c| c == '>').count();
            let rest = rest.trim_start_matches('>');
            let (accepted, body) = match rest.strip_prefix('!') {
                Some(body) => (true, body),
                None => (false, rest),
            };
            script.replies.push(ScriptReply {
                depth,
                accepted,
                body: body.trim().to_owned(),
            });
        } else if script.title.is_empty() {
            script.title = line.trim().to_owned();
        } else {
            script.body.push_str(line);
            script.body.push('\n');
        }
    }
    scripts
}

/// The long discussion's thread (without replies) and its reply parts.
fn long_discussion() -> (Script, [Vec<&'static str>; 3]) {
    let (thread, parts) = LONG_DISCUSSION
        .split_once("## openers\n")
        .expect("the long discussion has openers");
    let (openers, rest) = parts.split_once("## middles\n").expect("and middles");
    let (middles, closers) = rest.split_once("## closers\n").expect("and closers");
    let lines = |text: &'static str| text.lines().filter(|l| !l.is_empty()).collect();
    let script = parse(thread).remove(0);
    (script, [lines(openers), lines(middles), lines(closers)])
}

/// The long discussion's replies: composed texts, a third of them answering an
/// earlier reply (at most six levels deep).
fn long_replies(parts: &[Vec<&str>; 3]) -> Vec<(String, Option<usize>)> {
    let mut rng = Rng::for_step("long discussion");
    let mut depths: Vec<usize> = Vec::with_capacity(LONG_REPLIES);
    let mut replies = Vec::with_capacity(LONG_REPLIES);
    for k in 0..LONG_REPLIES {
        let mut text = format!("{} {}", rng.pick(&parts[0]), rng.pick(&parts[1]));
        if rng.below(2) == 0 {
            text = format!("{text} {}", rng.pick(&parts[1]));
        }
        text = format!("{text} {}", rng.pick(&parts[2]));
        let parent = (k > 0 && rng.below(3) == 0)
            .then(|| k.saturating_sub(1 + rng.below(k.min(8))))
            .filter(|&p| depths[p] < 6);
        depths.push(parent.map_or(1, |p| depths[p] + 1));
        replies.push((text, parent));
    }
    replies
}

/// Who writes and reads in a group.
struct Members<'a> {
    group: GroupId,
    /// Members who write (not guests).
    writers: Vec<&'a Person>,
    /// Moderators, who make the announcements.
    moderators: Vec<&'a Person>,
    /// The printed logins who are members.
    readers: Vec<AccountId>,
}

/// The forum's and the working group's writers and readers.
fn members<'a>(
    people: &'a People,
    groups: &Groups,
    readers: &[AccountId],
) -> (Members<'a>, Members<'a>) {
    let agency: Vec<&Person> = std::iter::once(&people.admin)
        .chain(&people.moderators)
        .collect();
    let coordinators = |roles: &[Option<GroupRole>]| -> Vec<&'a Person> {
        people
            .coordinators
            .iter()
            .zip(roles)
            .filter(|(_, role)| **role == Some(GroupRole::Member))
            .map(|(person, _)| person)
            .collect()
    };
    let forum_writers = coordinators(&groups.forum_roles);
    let group_writers = coordinators(&groups.working_group_roles);
    let group_agency = &agency[..=WORKING_GROUP_MODERATORS];
    let among = |persons: &[&Person]| -> Vec<AccountId> {
        readers
            .iter()
            .copied()
            .filter(|id| persons.iter().any(|p| p.id == *id))
            .collect()
    };
    let forum_all: Vec<&Person> = agency.iter().chain(&forum_writers).copied().collect();
    let group_all: Vec<&Person> = group_agency.iter().chain(&group_writers).copied().collect();
    (
        Members {
            group: groups.forum,
            readers: among(&forum_all),
            writers: forum_writers,
            moderators: agency.clone(),
        },
        Members {
            group: groups.working_group,
            readers: among(&group_all),
            writers: group_writers,
            moderators: group_agency.to_vec(),
        },
    )
}

/// Creates the categories, the threads and the long discussion, with reactions and
/// the logins' read markers. `readers` are the printed logins.
pub(super) async fn seed(
    tx: &mut Tx,
    people: &People,
    groups: &Groups,
    readers: &[AccountId],
    now: DateTime<Utc>,
) -> AppResult<Discussions> {
    let mut rng = Rng::for_step("discussions");
    let mut categories: Vec<(&str, CategoryId)> = Vec::new();
    for (k, (name, description)) in CATEGORIES.into_iter().enumerate() {
        let data = CategoryData::parse(name, Some(description), Some(k as i32))?;
        let at = now - Duration::days(400);
        categories.push((
            name,
            discussions::write_category(tx, groups.forum, &data, at).await?,
        ));
    }
    let (forum, working_group) = members(people, groups, readers);
    let mut scripts = parse(THREADS);
    let (long, parts) = long_discussion();
    let long_index = scripts.len() / 2;
    scripts.insert(long_index, long);
    let long_replies = long_replies(&parts);

    let count = scripts.len();
    let mut made = Discussions {
        threads: 0,
        posts: 0,
    };
    for (k, script) in scripts.iter().enumerate() {
        let members = match script.place {
            Place::Forum => &forum,
            Place::WorkingGroup => &working_group,
        };
        let announcement = script.category.as_deref() == Some("Ankündigungen");
        let author = if announcement {
            *rng.pick(&members.moderators)
        } else {
            *rng.pick(&members.writers)
        };
        let category = match &script.category {
            Some(name) => Some(
                categories
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, id)| *id)
                    .ok_or_else(|| {
                        AppError::bad_input(
                            "category",
                            Reason::UnknownCategory,
                            "unknown demo category",
                        )
                    })?,
            ),
            None => None,
        };
        // Older threads first, the newest a few hours old.
        let started = now - Duration::hours(6 + 14 * 24 * (count - k) as i64);
        let thread = discussions::write_thread(
            tx,
            &ImportedThread {
                group: members.group,
                author: author.id,
                thread: NewThread {
                    category,
                    kind: script.kind,
                    title: ThreadTitle::parse(&script.title)?,
                    body: PostBody::parse("body", &script.body)?,
                    tags: parse_tags(&script.tags)?,
                },
            },
            started,
        )
        .await?;
        let replies: Vec<(String, Option<usize>, bool)> = if k == long_index {
            long_replies
                .iter()
                .map(|(text, parent)| (text.clone(), *parent, false))
                .collect()
        } else {
            scripted_parents(&script.replies)
        };
        let step = if k == long_index { 6 } else { 90 };
        let mut imports = Vec::with_capacity(replies.len());
        for (r, (text, parent, _)) in replies.iter().enumerate() {
            // Others answer; the author joins in only in the long discussion.
            let writer = loop {
                let writer = *rng.pick(&members.writers);
                if writer.id != author.id || k == long_index {
                    break writer;
                }
            };
            let at =
                (started + Duration::minutes(step * (r as i64 + 1) + rng.between(0, 30))).min(now);
            imports.push((
                ImportedReply {
                    author: writer.id,
                    parent: parent.map_or(ImportParent::Thread, ImportParent::Earlier),
                    body: PostBody::parse("body", text)?,
                },
                at,
            ));
        }
        let written = discussions::write_replies(tx, thread, imports).await?;
        if let Some(r) = replies.iter().position(|(_, _, accepted)| *accepted) {
            discussions::write_accepted(tx, thread, written[r].id).await?;
        }
        let reactions = written.iter().map(|post| (post.id, post.created_at));
        for (post, at) in reactions {
            for _ in 0..rng.below(4) {
                let reactor = rng.pick(&members.writers).id;
                let reaction = *rng.pick(&Reaction::ALL);
                discussions::write_reaction(tx, post, reactor, reaction, at).await?;
            }
        }
        let last = 1 + written.len() as i32;
        read_markers(tx, thread, &members.readers, k, last, k == long_index, now).await?;
        made.threads += 1;
        made.posts += last as usize;
    }
    Ok(made)
}

/// The scripted replies with the index of the reply each answers (`None`: the
/// thread) and whether it is the accepted answer.
fn scripted_parents(replies: &[ScriptReply]) -> Vec<(String, Option<usize>, bool)> {
    let mut latest_at_depth: Vec<usize> = Vec::new();
    replies
        .iter()
        .enumerate()
        .map(|(r, reply)| {
            latest_at_depth.truncate(reply.depth - 1);
            let parent = latest_at_depth.last().copied();
            latest_at_depth.push(r);
            (reply.body.clone(), parent, reply.accepted)
        })
        .collect()
}

/// The logins' read markers: by turns they read a thread fully, up to its second
/// post, or not at all; the long discussion up to [`LONG_READ_UP_TO`].
async fn read_markers(
    tx: &mut Tx,
    thread: ThreadId,
    readers: &[AccountId],
    k: usize,
    last: i32,
    long: bool,
    now: DateTime<Utc>,
) -> AppResult<()> {
    for (r, reader) in readers.iter().enumerate() {
        let seq = match ((k + r) % 3, long) {
            (_, true) => LONG_READ_UP_TO,
            (0, false) => last,
            (1, false) => last.min(2),
            _ => continue,
        };
        discussions::write_read_marker(tx, *reader, thread, seq, now).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The script files parse: every thread has a title, body and replies, at least
    /// ten questions an accepted answer, and reply depths grow by at most one.
    #[test]
    fn the_scripts_are_well_formed() {
        let scripts = parse(THREADS);
        assert!(scripts.len() >= 20);
        for script in &scripts {
            ThreadTitle::parse(&script.title).unwrap();
            PostBody::parse("body", &script.body).unwrap();
            parse_tags(&script.tags).unwrap();
            assert!(!script.replies.is_empty(), "{}", script.title);
            assert_eq!(script.replies[0].depth, 1);
            for pair in script.replies.windows(2) {
                assert!(pair[1].depth <= pair[0].depth + 1, "{}", script.title);
            }
            if script.kind == ThreadKind::Discussion {
                assert!(script.replies.iter().all(|r| !r.accepted));
            }
        }
        let accepted = scripts
            .iter()
            .filter(|s| s.replies.iter().any(|r| r.accepted))
            .count();
        assert!(accepted >= 10, "{accepted} accepted answers");
        let (long, parts) = long_discussion();
        assert_eq!(long.kind, ThreadKind::Discussion);
        assert!(parts.iter().all(|p| p.len() >= 5));
        let replies = long_replies(&parts);
        assert_eq!(replies.len(), LONG_REPLIES);
        assert!(replies.iter().any(|(_, parent)| parent.is_some()));
    }

    /// A scripted reply answers the latest reply one level up.
    #[test]
    fn nested_replies_answer_the_latest_reply_above() {
        let reply = |depth| ScriptReply {
            depth,
            accepted: false,
            body: String::new(),
        };
        let parents: Vec<Option<usize>> =
            scripted_parents(&[reply(1), reply(2), reply(3), reply(2), reply(1)])
                .into_iter()
                .map(|(_, parent, _)| parent)
                .collect();
        assert_eq!(parents, [None, Some(0), Some(1), Some(0), None]);
    }
}
