//! The pinboards: in the forum a pinned, important notice whose acknowledgement per
//! office is open (47 of 53 offices, deadline next week), a pinned invitation that
//! expires, current and expired notices with comments; in the working group a notice
//! whose acknowledgement per person closed two weeks ago. The offices of the printed
//! logins are among those still missing, so signing in shows the button.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use super::{
    groups::Groups,
    people::{People, Person},
    rng::Rng,
};
use crate::{
    db::Tx,
    discussions::{self, ImportParent, ImportedReply, model::PostBody},
    error::AppResult,
    groups::model::{GroupId, GroupRole},
    ids::{AccountId, OrganizationId},
    notices::{
        self,
        acknowledgements::freeze,
        model::{
            AcknowledgementMode, AcknowledgementRequest, AcknowledgementRequestId, NoticeInput,
        },
        store,
    },
};

/// Offices that have not acknowledged the open request yet.
const MISSING_OFFICES: usize = 6;

/// A notice of the demo: title, text, importance, age and expiry (from now; negative:
/// expired), its pin position.
struct Script {
    title: &'static str,
    body: &'static str,
    important: bool,
    age_days: i64,
    expires_in_days: Option<i64>,
    pin: Option<i32>,
}

const FORUM_NOTICES: [Script; 6] = [
    Script {
        title: "Neue Förderrichtlinie KAoA ab 1. Februar 2027",
        body: "Sehr geehrte Damen und Herren,\n\ndas Ministerium hat die **Förderrichtlinie** für die Kommunale Koordinierung überarbeitet. Sie gilt ab dem 1. Februar 2027.\n\nDie wichtigsten Änderungen:\n\n- Verwendungsnachweise werden künftig **halbjährlich** statt jährlich vorgelegt.\n- Sachkosten für Netzwerkveranstaltungen sind bis 2 500 € je Jahr förderfähig.\n- Die Berichtsvorlage ist vereinfacht; sie liegt im Dateiarchiv.\n\nBitte bestätigen Sie für Ihre Koordinierungsstelle, dass Sie die Änderungen zur Kenntnis genommen haben. Fragen beantworten wir gern in den Kommentaren.",
        important: true,
        age_days: 5,
        expires_in_days: Some(60),
        pin: Some(1),
    },
    Script {
        title: "Netzwerktreffen am 21. Januar in Dortmund – Anmeldung offen",
        body: "Das nächste landesweite Netzwerktreffen findet am **21. Januar 2027** von 10 bis 16 Uhr im Dietrich-Keuning-Haus in Dortmund statt. Schwerpunkt: Übergänge für Jugendliche mit Förderbedarf.\n\nBitte melden Sie sich bis zum 10. Januar an; je Koordinierungsstelle sind zwei Plätze vorgesehen.",
        important: false,
        age_days: 9,
        expires_in_days: Some(46),
        pin: Some(2),
    },
    Script {
        title: "Handreichung Praxiselemente in zweiter Auflage",
        body: "Die Handreichung zu den Praxiselementen der Berufsorientierung ist überarbeitet. Neu sind Beispiele aus ländlichen Kreisen und eine Checkliste für die Abstimmung mit den Kammern.",
        important: false,
        age_days: 12,
        expires_in_days: None,
        pin: None,
    },
    Script {
        title: "Umfrage zur Berufsfelderkundung: bitte bis Monatsende teilnehmen",
        body: "Wir möchten wissen, wie die Berufsfelderkundungen nach der Umstellung auf das neue Buchungsportal laufen. Die Umfrage dauert etwa zehn Minuten.",
        important: false,
        age_days: 3,
        expires_in_days: Some(24),
        pin: None,
    },
    Script {
        title: "Wartung der Plattform am Samstag, 8 bis 10 Uhr",
        body: "Am Samstag ist das Fachforum zwischen 8 und 10 Uhr wegen Wartungsarbeiten nicht erreichbar.",
        important: false,
        age_days: 8,
        expires_in_days: Some(-2),
        pin: None,
    },
    Script {
        title: "Raumänderung beim Fachtag Übergang Schule–Beruf",
        body: "Der Fachtag findet nicht im Saal A, sondern im **Saal C** (2. Obergeschoss) statt.",
        important: true,
        age_days: 30,
        expires_in_days: Some(-21),
        pin: None,
    },
];

const WORKING_GROUP_NOTICE: Script = Script {
    title: "Statistik zum Schuljahr 2025/26: Meldung bis 20. November",
    body: "Bitte melden Sie die Teilnahmezahlen Ihrer Kommune über die Erhebungsvorlage. Bestätigen Sie hier, dass Sie die Frist zur Kenntnis genommen haben.",
    important: true,
    age_days: 30,
    expires_in_days: Some(-14),
    pin: None,
};

/// Comments on the open request's notice.
const COMMENTS: [&str; 3] = [
    "Gilt die halbjährliche Vorlage schon für das erste Halbjahr 2027 oder erst ab dem Sommer?",
    "Danke für die Übersicht. Können Sie die neue Berichtsvorlage auch als Word-Datei bereitstellen?",
    "Bei uns sind die Sachkosten für Netzwerkveranstaltungen bisher über einen anderen Titel gelaufen – wir klären das intern und melden uns.",
];

/// How many notices the demo put up.
pub(super) struct Pinboard {
    pub notices: usize,
}

/// Puts up the notices with their requests and acknowledgements.
pub(super) async fn seed(
    tx: &mut Tx,
    people: &People,
    groups: &Groups,
    readers: &[AccountId],
    now: DateTime<Utc>,
) -> AppResult<Pinboard> {
    let mut rng = Rng::for_step("notices");
    let moderator = &people.moderators[0];
    let forum_members = members(people, &groups.forum_roles);
    let mut first = None;
    for script in &FORUM_NOTICES {
        let (notice, thread) = put_up(tx, groups.forum, moderator, script, now).await?;
        first.get_or_insert((notice, thread, now - Duration::days(script.age_days)));
    }
    let (notice, thread, posted) = first.expect("the forum has notices");
    let comments = COMMENTS
        .iter()
        .enumerate()
        .map(|(i, body)| {
            let reply = ImportedReply {
                author: rng.pick(&forum_members).id,
                parent: ImportParent::Thread,
                body: PostBody::parse("body", body)?,
            };
            Ok((reply, posted + Duration::hours(3 + 20 * i as i64)))
        })
        .collect::<AppResult<Vec<_>>>()?;
    discussions::write_replies(tx, thread, comments).await?;

    // Per office, open: every office but a few has acknowledged, the logins' offices
    // among the missing.
    let request = new_request(
        notice,
        groups.forum,
        thread,
        AcknowledgementMode::PerOffice,
        moderator,
        posted,
        now + Duration::days(6),
    );
    store::insert_request(tx, &request).await?;
    // The offices as the request counts them: its members with the role member.
    let mut by_office: BTreeMap<Uuid, (OrganizationId, Vec<AccountId>)> = BTreeMap::new();
    for member in store::counted_members(tx, groups.forum).await? {
        if let Some(office) = member.organization_id {
            let entry = by_office.entry(office.0).or_insert((office, Vec::new()));
            entry.1.push(member.account_id);
        }
    }
    let mut missing: Vec<Uuid> = by_office
        .iter()
        .filter(|(_, (_, staff))| staff.iter().any(|id| readers.contains(id)))
        .map(|(key, _)| *key)
        .collect();
    for key in by_office.keys() {
        if missing.len() >= MISSING_OFFICES {
            break;
        }
        if !missing.contains(key) {
            missing.push(*key);
        }
    }
    for (key, (office, staff)) in &by_office {
        if missing.contains(key) {
            continue;
        }
        let minutes = rng.between(30, 5 * 24 * 60 - 60);
        let at = posted + Duration::minutes(minutes);
        let first = *rng.pick(staff);
        store::insert_acknowledgement(tx, request.id, first, Some(*office), at).await?;
        if staff.len() > 1 && rng.below(4) == 0 {
            let second = *rng.pick(staff);
            let later = at + Duration::hours(2);
            store::insert_acknowledgement(tx, request.id, second, Some(*office), later).await?;
        }
    }

    // Per person in the working group, closed at its deadline two weeks ago.
    let script = &WORKING_GROUP_NOTICE;
    let (notice, thread) = put_up(tx, groups.working_group, moderator, script, now).await?;
    let posted = now - Duration::days(script.age_days);
    let deadline = now - Duration::days(14);
    let request = new_request(
        notice,
        groups.working_group,
        thread,
        AcknowledgementMode::PerPerson,
        moderator,
        posted,
        deadline,
    );
    store::insert_request(tx, &request).await?;
    let group_members = members(people, &groups.working_group_roles);
    for person in &group_members {
        if rng.below(10) < 8 {
            let at = posted + Duration::minutes(rng.between(60, 15 * 24 * 60));
            let organization = store::organization_of(tx, person.id).await?;
            store::insert_acknowledgement(tx, request.id, person.id, organization, at).await?;
        }
    }
    freeze(tx, &request, deadline).await?;
    Ok(Pinboard {
        notices: FORUM_NOTICES.len() + 1,
    })
}

/// The coordinators with the role member in a group.
fn members<'a>(people: &'a People, roles: &[Option<GroupRole>]) -> Vec<&'a Person> {
    people
        .coordinators
        .iter()
        .zip(roles)
        .filter(|(_, role)| **role == Some(GroupRole::Member))
        .map(|(person, _)| person)
        .collect()
}

/// Writes one notice (and pins it) as `author`, aged as its script says.
async fn put_up(
    tx: &mut Tx,
    group: GroupId,
    author: &Person,
    script: &Script,
    now: DateTime<Utc>,
) -> AppResult<(notices::model::NoticeId, discussions::model::ThreadId)> {
    let posted = now - Duration::days(script.age_days);
    let input = NoticeInput {
        title: discussions::model::ThreadTitle::parse(script.title)?,
        body: PostBody::parse("body", script.body)?,
        important: script.important,
        expires_at: script
            .expires_in_days
            .map(|days| now + Duration::days(days)),
    };
    let (notice, thread, _) = notices::write_notice(tx, group, author.id, input, posted).await?;
    if let Some(position) = script.pin {
        store::set_pin(tx, notice, Some(position)).await?;
    }
    Ok((notice, thread))
}

/// A request by the moderator.
fn new_request(
    notice: notices::model::NoticeId,
    group: GroupId,
    thread: discussions::model::ThreadId,
    mode: AcknowledgementMode,
    moderator: &Person,
    requested_at: DateTime<Utc>,
    deadline: DateTime<Utc>,
) -> AcknowledgementRequest {
    AcknowledgementRequest {
        id: AcknowledgementRequestId(Uuid::now_v7()),
        notice_id: notice,
        group_id: group,
        thread_id: thread,
        mode,
        deadline,
        requested_by: Some(moderator.id),
        requested_at,
        closed_at: None,
        last_reminded_at: None,
    }
}
