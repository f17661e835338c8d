//! Open invitations, some to existing accounts and some to new addresses (with the
//! office pre-set), so the moderators' invitation lists have content. No mail is
//! queued: the links are never sent, and "send again" gives a moderator a fresh one.

use chrono::{DateTime, Duration, Utc};

use super::{
    groups::Groups,
    offices::Offices,
    people::{Names, People, Person},
    rng::Rng,
};
use crate::{
    auth::{
        model::{AccountId, Email},
        token,
    },
    db::Tx,
    error::AppResult,
    groups::{
        model::{GroupId, GroupRole, parse_message},
        store::invitations::{NewInvitation, upsert_pending},
    },
    orgs::model::OrganizationId,
};

/// How long the invitation service's links stay valid.
const VALIDITY: Duration = Duration::days(14);

const TO_FORUM: &str = "Herzlich willkommen! Wir laden Sie in das Fachforum der Kommunalen \
     Koordinierungsstellen ein. Hier tauschen sich alle 53 Kommunen zur Umsetzung von KAoA aus.";
const TO_FORUM_NEW: &str = "Ihre Leitung hat uns mitgeteilt, dass Sie neu in der \
     Koordinierungsstelle sind. Mit dieser Einladung richten Sie Ihr Konto im Fachforum ein.";
const TO_WORKING_GROUP: &str = "Der Arbeitskreis Kommunale Steuerung bereitet die \
     Stellungnahme zur Weiterentwicklung der Landesinitiative vor. Wir würden uns freuen, wenn \
     Sie Ihre Perspektive einbringen.";
const TO_MODERATION: &str = "Willkommen im Team! Hier stimmen wir uns zur Moderation des \
     Fachforums ab.";

/// One invitation to store.
struct Planned<'a> {
    group: GroupId,
    email: String,
    role: GroupRole,
    message: &'a str,
    organization: Option<OrganizationId>,
    invited_by: AccountId,
}

/// Creates the open invitations, skipping coordinators in `requesters` (they asked to
/// join already); returns how many.
pub(super) async fn seed(
    tx: &mut Tx,
    offices: &Offices,
    people: &People,
    groups: &Groups,
    requesters: &[usize],
    now: DateTime<Utc>,
) -> AppResult<usize> {
    let mut rng = Rng::for_step("invitations");
    let everyone = std::iter::once(&people.admin)
        .chain(&people.moderators)
        .chain(&people.coordinators);
    let mut names = Names::new(everyone.map(|p| p.name.as_str()));
    let moderator = |k: usize| people.moderators[k % people.moderators.len()].id;
    let existing = |person: &Person, group, message, invited_by| Planned {
        group,
        email: person.email.clone(),
        role: GroupRole::Member,
        message,
        organization: None,
        invited_by,
    };
    let mut planned = Vec::new();

    let outsiders = (0..people.coordinators.len())
        .filter(|c| groups.forum_roles[*c].is_none() && !requesters.contains(c));
    for (k, c) in outsiders.take(3).enumerate() {
        let person = &people.coordinators[c];
        planned.push(existing(person, groups.forum, TO_FORUM, moderator(k)));
    }
    for k in 0..4 {
        let office = &offices.offices[rng.below(offices.offices.len())];
        let (_, email) = names.take(&mut rng, &office.domain);
        planned.push(Planned {
            group: groups.forum,
            email,
            role: if k == 3 {
                GroupRole::Guest
            } else {
                GroupRole::Member
            },
            message: TO_FORUM_NEW,
            organization: Some(office.id),
            invited_by: moderator(k + 1),
        });
    }

    let mut represented: Vec<usize> = (0..people.coordinators.len())
        .filter(|&c| groups.working_group_roles[c].is_some())
        .filter_map(|c| people.coordinators[c].office)
        .collect();
    let mut candidates: Vec<usize> = (0..people.coordinators.len())
        .filter(|&c| groups.forum_roles[c] == Some(GroupRole::Member))
        .collect();
    rng.shuffle(&mut candidates);
    let mut invited = 0;
    for c in candidates {
        let person = &people.coordinators[c];
        let office = person.office.expect("coordinators work in an office");
        if invited == 3 {
            break;
        }
        if represented.contains(&office) {
            continue;
        }
        represented.push(office);
        invited += 1;
        planned.push(existing(
            person,
            groups.working_group,
            TO_WORKING_GROUP,
            moderator(0),
        ));
    }
    let office = &offices.offices[rng.below(offices.offices.len())];
    let (_, email) = names.take(&mut rng, &office.domain);
    planned.push(Planned {
        group: groups.working_group,
        email,
        role: GroupRole::Member,
        message: TO_WORKING_GROUP,
        organization: Some(office.id),
        invited_by: moderator(0),
    });

    let (_, email) = names.take(&mut rng, &offices.agency.domain);
    planned.push(Planned {
        group: groups.moderation,
        email,
        role: GroupRole::Moderator,
        message: TO_MODERATION,
        organization: Some(offices.agency.id),
        invited_by: people.admin.id,
    });

    for invitation in &planned {
        let email = Email::parse(&invitation.email)?;
        let message = parse_message("message", Some(invitation.message))?;
        let (_, hash) = token::generate();
        let sent = now - Duration::hours(rng.between(3, 10 * 24));
        upsert_pending(
            tx,
            &NewInvitation {
                group: invitation.group,
                email: email.as_str(),
                role: invitation.role,
                message: message.as_deref(),
                organization: invitation.organization,
                invited_by: invitation.invited_by,
                token_hash: &hash,
                expires_at: sent + VALIDITY,
            },
            sent,
        )
        .await?;
    }
    Ok(planned.len())
}
