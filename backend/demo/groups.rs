//! The three groups and their members:
//! - the listed forum that admits by request, with most coordinators (a few as guests),
//! - a secret working group of 23 office heads by invitation, and
//! - the secret group of the moderation team.
//!
//! The agency's administrator and moderators moderate; descriptions are the markdown
//! files next to this one.

use chrono::{DateTime, Duration, Utc};

use super::{
    people::{People, Person},
    rng::Rng,
};
use crate::{
    db::Tx,
    error::AppResult,
    groups::{
        model::{GroupId, GroupRole, GroupSettings, GroupVisibility, JoinPolicy},
        store,
    },
};

/// The listed forum.
pub(super) const FORUM: &str = "Fachforum KAoA – Austausch der Koordinierungsstellen";
/// The secret working group.
pub(super) const WORKING_GROUP: &str = "Arbeitskreis Kommunale Steuerung";
/// The moderators' secret group.
pub(super) const MODERATION: &str = "Moderationsteam";

/// The groups' names, descriptions and visibility.
type Kind = (&'static str, &'static str, GroupVisibility);
const FORUM_SETTINGS: Kind = (FORUM, include_str!("forum.md"), GroupVisibility::Listed);
const WORKING_GROUP_SETTINGS: Kind = (
    WORKING_GROUP,
    include_str!("working-group.md"),
    GroupVisibility::Secret,
);
const MODERATION_SETTINGS: Kind = (
    MODERATION,
    include_str!("moderation.md"),
    GroupVisibility::Secret,
);

/// Offices that send their head into the working group.
const WORKING_GROUP_OFFICES: usize = 23;
/// Of those, how many only read (guests).
const WORKING_GROUP_GUESTS: usize = 2;
/// Agency moderators in the working group (besides the administrator).
pub(super) const WORKING_GROUP_MODERATORS: usize = 2;

/// The groups the demo made, and the coordinators' roles in them.
pub(super) struct Groups {
    pub forum: GroupId,
    pub working_group: GroupId,
    pub moderation: GroupId,
    /// Each coordinator's role in the forum (by index in [`People::coordinators`]).
    pub forum_roles: Vec<Option<GroupRole>>,
    /// Each coordinator's role in the working group.
    pub working_group_roles: Vec<Option<GroupRole>>,
}

impl Groups {
    /// Every group the demo made.
    pub(super) fn all(&self) -> [GroupId; 3] {
        [self.forum, self.working_group, self.moderation]
    }
}

/// The coordinators' roles in the forum and in the working group.
fn plan(offices: &[usize]) -> (Vec<Option<GroupRole>>, Vec<Option<GroupRole>>) {
    let mut rng = Rng::for_step("groups");
    let forum: Vec<Option<GroupRole>> = offices
        .iter()
        .map(|_| match rng.below(100) {
            0..11 => None,
            11..14 => Some(GroupRole::Guest),
            _ => Some(GroupRole::Member),
        })
        .collect();
    let mut office_order: Vec<usize> = offices.to_vec();
    office_order.sort_unstable();
    office_order.dedup();
    rng.shuffle(&mut office_order);
    let mut working_group = vec![None; offices.len()];
    let heads = office_order.iter().filter_map(|&office| {
        (0..offices.len()).find(|&c| offices[c] == office && forum[c] == Some(GroupRole::Member))
    });
    for (k, head) in heads.take(WORKING_GROUP_OFFICES).enumerate() {
        working_group[head] = Some(if k < WORKING_GROUP_GUESTS {
            GroupRole::Guest
        } else {
            GroupRole::Member
        });
    }
    (forum, working_group)
}

/// A group's settings from its name, markdown description and kind.
fn settings(
    name: &str,
    description: &str,
    visibility: GroupVisibility,
) -> AppResult<GroupSettings> {
    let policy = match visibility {
        GroupVisibility::Listed => JoinPolicy::Request,
        GroupVisibility::Secret => JoinPolicy::Invitation,
    };
    GroupSettings::parse(name, Some(description), visibility, policy, None)
}

/// Creates a group, begun by the administrator at `began`.
async fn create(
    tx: &mut Tx,
    people: &People,
    began: DateTime<Utc>,
    (name, description, visibility): (&str, &str, GroupVisibility),
) -> AppResult<(GroupId, DateTime<Utc>)> {
    let settings = settings(name, description, visibility)?;
    let id = store::insert_group(tx, &settings, people.admin.id, began).await?;
    Ok((id, began))
}

/// Adds a member, who joined some days after both the group and their account began.
async fn add(
    tx: &mut Tx,
    rng: &mut Rng,
    group: (GroupId, DateTime<Utc>),
    person: &Person,
    role: GroupRole,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let start = group.1.max(person.created_at);
    let joined = (start + Duration::days(rng.between(0, 21))).min(now);
    store::insert_membership(tx, group.0, person.id, role, joined).await?;
    Ok(())
}

/// Creates the three groups with their members.
pub(super) async fn seed(tx: &mut Tx, people: &People, now: DateTime<Utc>) -> AppResult<Groups> {
    let mut rng = Rng::for_step("group memberships");
    let began = now - Duration::days(720);
    let forum = create(tx, people, began, FORUM_SETTINGS).await?;
    let working_group = create(tx, people, began, WORKING_GROUP_SETTINGS).await?;
    let moderation = create(tx, people, began, MODERATION_SETTINGS).await?;

    let agency = std::iter::once(&people.admin).chain(&people.moderators);
    for (k, person) in agency.enumerate() {
        add(tx, &mut rng, forum, person, GroupRole::Moderator, now).await?;
        add(tx, &mut rng, moderation, person, GroupRole::Moderator, now).await?;
        if k <= WORKING_GROUP_MODERATORS {
            add(
                tx,
                &mut rng,
                working_group,
                person,
                GroupRole::Moderator,
                now,
            )
            .await?;
        }
    }
    let offices: Vec<usize> = people
        .coordinators
        .iter()
        .map(|c| c.office.expect("coordinators work in an office"))
        .collect();
    let (forum_roles, working_group_roles) = plan(&offices);
    for (c, person) in people.coordinators.iter().enumerate() {
        if let Some(role) = forum_roles[c] {
            add(tx, &mut rng, forum, person, role, now).await?;
        }
        if let Some(role) = working_group_roles[c] {
            add(tx, &mut rng, working_group, person, role, now).await?;
        }
    }
    Ok(Groups {
        forum: forum.0,
        working_group: working_group.0,
        moderation: moderation.0,
        forum_roles,
        working_group_roles,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Most coordinators are in the forum, a few as guests; 23 heads of different
    /// offices, all forum members, form the working group.
    #[test]
    fn most_join_the_forum_and_23_offices_the_working_group() {
        let offices: Vec<usize> = (0..326).map(|c| c * 53 / 326).collect();
        let (forum, working_group) = plan(&offices);
        let in_forum = forum.iter().filter(|r| r.is_some()).count();
        let guests = forum
            .iter()
            .filter(|r| **r == Some(GroupRole::Guest))
            .count();
        assert!((260..=310).contains(&in_forum), "{in_forum} in the forum");
        assert!((3..=20).contains(&guests), "{guests} guests");
        let heads: Vec<usize> = (0..326).filter(|&c| working_group[c].is_some()).collect();
        assert_eq!(heads.len(), 23);
        let mut head_offices: Vec<usize> = heads.iter().map(|&c| offices[c]).collect();
        head_offices.dedup();
        assert_eq!(head_offices.len(), 23);
        assert!(heads.iter().all(|&c| forum[c] == Some(GroupRole::Member)));
        for (name, description, visibility) in
            [FORUM_SETTINGS, WORKING_GROUP_SETTINGS, MODERATION_SETTINGS]
        {
            let settings = settings(name, description, visibility).unwrap();
            assert!(settings.description.html.contains("<li>"));
        }
    }
}
