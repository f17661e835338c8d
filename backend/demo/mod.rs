//! Demo content for `fachforum demo`: fills an empty database with a realistic German
//! network like the one Fachforum was made for.
//!
//! [`seed`] runs one step per kind of content, in order, in one transaction:
//! 1. [`offices`]: the state agency and the 53 coordination offices of NRW;
//! 2. [`people`]: 331 accounts (administrator, moderators, coordinators);
//! 3. [`groups`]: a listed forum, a secret working group, the moderators' group;
//! 4. [`join_requests`]: pending requests to join the forum;
//! 5. [`invitations`]: open invitations to new and existing addresses;
//! 6. [`discussions`]: categories and threads in the forum and the working group, one
//!    with over 200 replies, with reactions, accepted answers and read markers;
//! 7. [`notices`]: the pinboards, with an open and a closed acknowledgement request;
//! 8. [`links`]: the forum's link list, with comments and earlier check results.
//!
//! Later features add their step (pinboard notices, events, threads…) after these,
//! using what the earlier steps return. Everything is deterministic: each step draws
//! from its own seeded generator ([`rng`]), so every run makes the same content (only
//! ids, link secrets and the time differ). No mail is queued. The database must have no
//! account yet; otherwise nothing is changed.

mod discussions;
mod groups;
mod invitations;
mod join_requests;
mod links;
mod notices;
mod offices;
mod people;
mod rng;

use crate::{
    auth::{
        self,
        model::{AccountId, Language},
    },
    error::{AppError, AppResult, Reason},
    groups::model::GroupRole,
    orgs,
    state::AppState,
};

/// The password of every demo account. It is printed: demo data is for trying out,
/// never for production.
pub const PASSWORD: &str = "Fachforum-Demo-2026";

/// A demo login to print.
#[derive(Clone, Debug)]
pub struct Login {
    /// Who this is, in German.
    pub role_de: &'static str,
    /// Who this is, in English.
    pub role_en: &'static str,
    /// The person's name.
    pub name: String,
    /// The address to sign in with (the password is [`PASSWORD`]).
    pub email: String,
}

/// What the demo created.
#[derive(Clone, Debug)]
pub struct Demo {
    /// Organisations: the offices and the agency.
    pub organizations: usize,
    /// Accounts.
    pub accounts: usize,
    /// Groups.
    pub groups: usize,
    /// Open invitations.
    pub invitations: usize,
    /// Pending join requests.
    pub join_requests: usize,
    /// Discussion threads.
    pub threads: usize,
    /// Posts in them (opening posts and replies).
    pub posts: usize,
    /// Notices on the pinboards.
    pub notices: usize,
    /// Links in the link lists.
    pub links: usize,
    /// The administrator, a moderator, a coordinator in the forum and the secret working
    /// group, and a coordinator only in the forum.
    pub logins: Vec<Login>,
}

impl Demo {
    /// What `fachforum demo` prints: what was created, where to go, the password and the
    /// logins, each line in German and English.
    pub fn instructions(&self, url: &str) -> String {
        let mut text = format!(
            "Demo-Inhalte angelegt: {o} Organisationen, {a} Konten, {g} Gruppen, \
             {i} offene Einladungen, {j} Beitrittsanfragen, {t} Diskussionen mit {p} Beiträgen, \
             {n} Aushänge, {l} Links.\n\
             Demo content created: {o} organisations, {a} accounts, {g} groups, \
             {i} open invitations, {j} join requests, {t} threads with {p} posts, {n} notices, {l} links.\n\n\
             Starten Sie jetzt den Server und öffnen Sie {url} / \
             Now start the server and open {url}\n\
             Passwort aller Demo-Konten / password of every demo account: {PASSWORD}\n\n",
            o = self.organizations,
            a = self.accounts,
            g = self.groups,
            i = self.invitations,
            j = self.join_requests,
            t = self.threads,
            p = self.posts,
            n = self.notices,
            l = self.links,
        );
        for login in &self.logins {
            text.push_str(&format!(
                "{} / {}: {} ({})\n",
                login.role_de, login.role_en, login.email, login.name
            ));
        }
        text
    }
}

/// Fills an empty database with the demo content. CONFLICT, changing nothing, when any
/// account exists.
pub async fn seed(state: &AppState) -> AppResult<Demo> {
    let password_hash = auth::hash_new_password(state, PASSWORD).await?;
    let regions = orgs::store::regions(&state.db).await?;
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    if auth::store::any_account(&mut tx).await? {
        return Err(AppError::conflict(
            Reason::DatabaseNotEmpty,
            "Die Datenbank ist nicht leer (es gibt schon Konten); Demo-Inhalte kommen nur in \
             eine neue Datenbank. / The database is not empty (accounts exist); demo content \
             goes only into a new database.",
        ));
    }
    let offices = offices::seed(&mut tx, &regions, now).await?;
    let people = people::seed(&mut tx, &offices, &password_hash, now).await?;
    let groups = groups::seed(&mut tx, &people, now).await?;
    let requesters = join_requests::seed(&mut tx, &people, &groups, now).await?;
    let invitations =
        invitations::seed(&mut tx, &offices, &people, &groups, &requesters, now).await?;
    let logins = logins(&people, &groups);
    let readers = readers(&people, &logins);
    let discussions = discussions::seed(&mut tx, &people, &groups, &readers, now).await?;
    let pinboard = notices::seed(&mut tx, &people, &groups, &readers, now).await?;
    let links = links::seed(&mut tx, &people, &groups, now).await?;
    tx.commit().await?;

    let demo = Demo {
        organizations: 1 + offices.offices.len(),
        accounts: people.count(),
        groups: groups.all().len(),
        invitations,
        join_requests: requesters.len(),
        threads: discussions.threads,
        posts: discussions.posts,
        notices: pinboard.notices,
        links,
        logins,
    };
    tracing::info!(
        organizations = demo.organizations,
        accounts = demo.accounts,
        groups = demo.groups,
        threads = demo.threads,
        posts = demo.posts,
        "Demo content created"
    );
    Ok(demo)
}

/// The logins to print.
fn logins(people: &people::People, groups: &groups::Groups) -> Vec<Login> {
    let login = |role_de, role_en, person: &people::Person| Login {
        role_de,
        role_en,
        name: person.name.clone(),
        email: person.email.clone(),
    };
    let coordinator = |working_group: Option<GroupRole>| {
        (0..people.coordinators.len())
            .find(|&c| {
                people.coordinators[c].language == Language::De
                    && groups.forum_roles[c] == Some(GroupRole::Member)
                    && groups.working_group_roles[c] == working_group
            })
            .map(|c| &people.coordinators[c])
    };
    let mut logins = vec![
        login(
            "Administration (alle Rechte)",
            "administrator (all rights)",
            &people.admin,
        ),
        login(
            "Moderation (Landeskoordinierung)",
            "moderator (state agency)",
            &people.moderators[0],
        ),
    ];
    if let Some(person) = coordinator(Some(GroupRole::Member)) {
        logins.push(login(
            "Koordinierungsstelle, im Fachforum und im Arbeitskreis",
            "coordinator in the forum and the working group",
            person,
        ));
    }
    if let Some(person) = coordinator(None) {
        logins.push(login(
            "Koordinierungsstelle, nur im Fachforum",
            "coordinator in the forum only",
            person,
        ));
    }
    logins
}

/// The accounts of the printed logins.
fn readers(people: &people::People, logins: &[Login]) -> Vec<AccountId> {
    let everyone = std::iter::once(&people.admin)
        .chain(&people.moderators)
        .chain(&people.coordinators);
    everyone
        .filter(|person| logins.iter().any(|login| login.email == person.email))
        .map(|person| person.id)
        .collect()
}

/// Lowercase ASCII for domains and addresses: umlauts spelled out ("Münster" →
/// "muenster"), spaces as dashes, other characters dropped.
fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.to_lowercase().chars() {
        match c {
            'ä' => slug.push_str("ae"),
            'ö' => slug.push_str("oe"),
            'ü' => slug.push_str("ue"),
            'ß' => slug.push_str("ss"),
            'é' | 'è' => slug.push('e'),
            'ı' => slug.push('i'),
            'ş' => slug.push('s'),
            'ç' => slug.push('c'),
            'ğ' => slug.push('g'),
            ' ' | '-' => slug.push('-'),
            c if c.is_ascii_alphanumeric() => slug.push(c),
            _ => {}
        }
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Slugs spell out umlauts and keep only lowercase ASCII, digits and dashes.
    #[test]
    fn slugs_are_plain_ascii() {
        assert_eq!(slug("Städteregion Aachen"), "staedteregion-aachen");
        assert_eq!(slug("Yılmaz"), "yilmaz");
        assert_eq!(slug("Weiß"), "weiss");
        assert_eq!(slug("René"), "rene");
        assert_eq!(slug("Özdemir"), "oezdemir");
        assert_eq!(slug("Rhein-Kreis Neuss"), "rhein-kreis-neuss");
    }

    /// The demo password passes the password rules.
    #[test]
    fn the_demo_password_is_valid() {
        assert!(auth::password::NewPassword::parse(PASSWORD).is_ok());
    }
}
