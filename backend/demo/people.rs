//! The people: an administrator and four moderators at the agency, and 326
//! coordinators spread over the 53 offices (4 to 9 each), 331 accounts in all, as many
//! as the forum the demo imitates. Names come from `first-names.txt` and
//! `last-names.txt`, addresses are `first.last@<office domain>`; about one in
//! twenty-five reads the forum in English. Everyone shares the demo password.

use std::collections::HashSet;

use chrono::{DateTime, Duration, Utc};

use super::{offices::Offices, rng::Rng, slug};
use crate::{
    auth::{
        model::{AccountId, DisplayName, Email, Language},
        store::{self, NewAccount},
    },
    db::Tx,
    error::AppResult,
    orgs::model::OrganizationId,
};

/// Coordinators in all offices.
const COORDINATORS: usize = 326;
/// The fewest and most coordinators of one office.
const PER_OFFICE: (usize, usize) = (4, 9);

/// The agency's staff: the administrator first, then the moderators.
const AGENCY_STAFF: [(&str, &str); 5] = [
    ("Dr. Katrin Albers", "katrin.albers"),
    ("Jonas Brenner", "jonas.brenner"),
    ("Aylin Demir", "aylin.demir"),
    ("Miriam Hoffmann", "miriam.hoffmann"),
    ("Stefan Kowalczyk", "stefan.kowalczyk"),
];

/// A person the demo created.
#[derive(Clone, Debug)]
pub(super) struct Person {
    pub id: AccountId,
    pub name: String,
    pub email: String,
    pub language: Language,
    /// The index of the person's office in [`Offices::offices`]; `None` at the agency.
    pub office: Option<usize>,
    pub created_at: DateTime<Utc>,
}

/// Everyone the demo created.
pub(super) struct People {
    pub admin: Person,
    pub moderators: Vec<Person>,
    pub coordinators: Vec<Person>,
}

impl People {
    /// How many accounts there are.
    pub(super) fn count(&self) -> usize {
        1 + self.moderators.len() + self.coordinators.len()
    }
}

/// Realistic names that are not taken yet.
pub(super) struct Names {
    first: Vec<&'static str>,
    last: Vec<&'static str>,
    taken: HashSet<String>,
}

impl Names {
    /// Names other than those of `people`.
    pub(super) fn new<'a>(people: impl IntoIterator<Item = &'a str>) -> Names {
        let list = |text: &'static str| text.lines().filter(|l| !l.is_empty()).collect();
        Names {
            first: list(include_str!("first-names.txt")),
            last: list(include_str!("last-names.txt")),
            taken: people.into_iter().map(str::to_owned).collect(),
        }
    }

    /// A new full name and its address at `domain`.
    pub(super) fn take(&mut self, rng: &mut Rng, domain: &str) -> (String, String) {
        loop {
            let (first, last) = (*rng.pick(&self.first), *rng.pick(&self.last));
            let name = format!("{first} {last}");
            if self.taken.insert(name.clone()) {
                return (name, format!("{}.{}@{domain}", slug(first), slug(last)));
            }
        }
    }
}

/// An account to create.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Planned {
    name: String,
    email: String,
    language: Language,
    is_admin: bool,
    office: Option<usize>,
    days_ago: i64,
}

/// Who works where: the agency's staff, then the coordinators office by office.
fn plan(agency_domain: &str, office_domains: &[String]) -> Vec<Planned> {
    let mut rng = Rng::for_step("people");
    let mut planned: Vec<Planned> = AGENCY_STAFF
        .iter()
        .enumerate()
        .map(|(i, (name, local))| Planned {
            name: (*name).to_owned(),
            email: format!("{local}@{agency_domain}"),
            language: Language::De,
            is_admin: i == 0,
            office: None,
            days_ago: 730 - i as i64,
        })
        .collect();
    let mut sizes = vec![PER_OFFICE.0; office_domains.len()];
    let mut extra = COORDINATORS.saturating_sub(PER_OFFICE.0 * office_domains.len());
    while extra > 0 && sizes.iter().any(|&n| n < PER_OFFICE.1) {
        let office = rng.below(sizes.len());
        if sizes[office] < PER_OFFICE.1 {
            sizes[office] += 1;
            extra -= 1;
        }
    }
    let mut names = Names::new(planned.iter().map(|p| p.name.as_str()));
    for (office, (domain, size)) in office_domains.iter().zip(sizes).enumerate() {
        for _ in 0..size {
            let (name, email) = names.take(&mut rng, domain);
            let language = if rng.below(25) == 0 {
                Language::En
            } else {
                Language::De
            };
            planned.push(Planned {
                name,
                email,
                language,
                is_admin: false,
                office: Some(office),
                days_ago: rng.between(14, 700),
            });
        }
    }
    planned
}

/// Creates every account with the (once hashed) demo password.
pub(super) async fn seed(
    tx: &mut Tx,
    offices: &Offices,
    password_hash: &str,
    now: DateTime<Utc>,
) -> AppResult<People> {
    let domains: Vec<String> = offices.offices.iter().map(|o| o.domain.clone()).collect();
    let mut created = Vec::new();
    for planned in plan(&offices.agency.domain, &domains) {
        let organization: OrganizationId = match planned.office {
            Some(office) => offices.offices[office].id,
            None => offices.agency.id,
        };
        let name = DisplayName::parse(&planned.name)?;
        let email = Email::parse(&planned.email)?;
        let created_at = now - Duration::days(planned.days_ago);
        let account = store::insert_account(
            tx,
            &NewAccount {
                email: email.as_str(),
                name: name.as_str(),
                sort_name: &name.sort_key(),
                language: planned.language.code(),
                is_admin: planned.is_admin,
                password_hash: Some(password_hash),
                organization_id: Some(organization),
            },
            created_at,
        )
        .await?;
        created.push(Person {
            id: account.id,
            name: account.name,
            email: account.email,
            language: planned.language,
            office: planned.office,
            created_at,
        });
    }
    let mut created = created.into_iter();
    let admin = created
        .next()
        .expect("the plan starts with the administrator");
    let moderators = created.by_ref().take(AGENCY_STAFF.len() - 1).collect();
    Ok(People {
        admin,
        moderators,
        coordinators: created.collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn domains() -> Vec<String> {
        (0..53).map(|i| format!("office-{i}.example")).collect()
    }

    /// 331 accounts, 4 to 9 per office, valid and unique addresses, the same every time.
    #[test]
    fn the_plan_fills_every_office_the_same_way_each_time() {
        let planned = plan("agency.example", &domains());
        assert_eq!(planned, plan("agency.example", &domains()));
        assert_eq!(planned.len(), 331);
        for office in 0..53 {
            let size = planned.iter().filter(|p| p.office == Some(office)).count();
            assert!((4..=9).contains(&size), "office {office} has {size}");
        }
        let mut emails: Vec<_> = planned.iter().map(|p| p.email.clone()).collect();
        assert!(
            emails
                .iter()
                .all(|e| Email::parse(e).unwrap().as_str() == e)
        );
        assert!(emails.iter().all(|e| e.is_ascii()));
        emails.sort();
        emails.dedup();
        assert_eq!(emails.len(), 331);
        let english = planned
            .iter()
            .filter(|p| p.language == Language::En)
            .count();
        assert!((3..=30).contains(&english), "{english} read in English");
    }
}
