//! Who has acknowledged a notice: the units a request counts (offices or persons), which
//! of them are covered, since when, and the coverage as CSV for the agency's reports.
//! Pure functions over rows the service loaded.
//!
//! # Counting
//! A request counts the group's members with the role member (moderators ask, guests
//! only read). Per person, each of them is a unit. Per office, each office with at
//! least one of them is a unit, and each of them without an office is a unit of their
//! own. An office is covered by any acknowledgement given for it, also by a person who
//! has since left the group or who does not count (a moderator of that office); a
//! person is covered by their own. While the request is open it counts the members of
//! now, so an office that joins later is missing until someone acknowledges; once it is
//! closed, it counts the units it had then.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::model::{AcknowledgementMode, AcknowledgementRow, CountedMember, FrozenUnit};
use crate::ids::{AccountId, OrganizationId};

/// One office or person a request counts, with the acknowledgements that cover it
/// (earliest first) and the counted members it stands for (to remind them).
#[derive(Clone, Debug)]
pub struct CoverageUnit {
    pub organization: Option<OrganizationId>,
    pub account: Option<AccountId>,
    pub name: String,
    /// The office's name of a person unit, if they have one.
    pub office_name: Option<String>,
    pub acknowledgements: Vec<AcknowledgementRow>,
    pub members: Vec<AccountId>,
}

impl CoverageUnit {
    /// When the unit was first covered; `None` while it is missing.
    pub fn first_covered_at(&self) -> Option<DateTime<Utc>> {
        self.acknowledgements.first().map(|a| a.acknowledged_at)
    }

    /// The unit as it is kept when the request closes.
    pub fn frozen(&self) -> FrozenUnit {
        FrozenUnit {
            organization_id: self.organization,
            account_id: self.account,
            name: self.name.clone(),
        }
    }
}

/// The coverage of a request.
#[derive(Clone, Debug)]
pub struct Coverage {
    pub mode: AcknowledgementMode,
    /// By name.
    pub units: Vec<CoverageUnit>,
    /// True when the request is closed and these are the units it counted then.
    pub frozen: bool,
}

impl Coverage {
    /// How many units are covered.
    pub fn covered_count(&self) -> usize {
        self.units
            .iter()
            .filter(|u| u.first_covered_at().is_some())
            .count()
    }

    /// After each unit that became covered, how many were covered: the share over
    /// time, earliest first.
    pub fn share_over_time(&self) -> Vec<(DateTime<Utc>, usize)> {
        let mut times: Vec<DateTime<Utc>> = self
            .units
            .iter()
            .filter_map(CoverageUnit::first_covered_at)
            .collect();
        times.sort();
        times
            .into_iter()
            .enumerate()
            .map(|(i, at)| (at, i + 1))
            .collect()
    }

    /// The counted members of the units still missing.
    pub fn missing_members(&self) -> Vec<AccountId> {
        self.units
            .iter()
            .filter(|u| u.first_covered_at().is_none())
            .flat_map(|u| u.members.iter().copied())
            .collect()
    }
}

/// The units a request counts among `members` now.
pub fn units_of_members(mode: AcknowledgementMode, members: &[CountedMember]) -> Vec<CoverageUnit> {
    let mut offices: HashMap<OrganizationId, CoverageUnit> = HashMap::new();
    let mut units = Vec::new();
    for member in members {
        match (mode, member.organization_id) {
            (AcknowledgementMode::PerOffice, Some(office)) => offices
                .entry(office)
                .or_insert_with(|| CoverageUnit {
                    organization: Some(office),
                    account: None,
                    name: member.organization_name.clone().unwrap_or_default(),
                    office_name: None,
                    acknowledgements: Vec::new(),
                    members: Vec::new(),
                })
                .members
                .push(member.account_id),
            _ => units.push(CoverageUnit {
                organization: member.organization_id,
                account: Some(member.account_id),
                name: member.name.clone(),
                office_name: member.organization_name.clone(),
                acknowledgements: Vec::new(),
                members: vec![member.account_id],
            }),
        }
    }
    units.extend(offices.into_values());
    units
}

/// The units a closed request kept.
pub fn units_of_frozen(frozen: Vec<(FrozenUnit, Option<String>)>) -> Vec<CoverageUnit> {
    frozen
        .into_iter()
        .map(|(unit, office_name)| CoverageUnit {
            organization: unit.organization_id,
            account: unit.account_id,
            name: unit.name,
            office_name: unit.account_id.and(office_name),
            acknowledgements: Vec::new(),
            members: Vec::new(),
        })
        .collect()
}

/// The coverage: each unit with the acknowledgements that cover it, units by name.
pub fn compute(
    mode: AcknowledgementMode,
    mut units: Vec<CoverageUnit>,
    acknowledgements: &[AcknowledgementRow],
    frozen: bool,
) -> Coverage {
    for unit in &mut units {
        unit.acknowledgements = acknowledgements
            .iter()
            .filter(|a| match unit.account {
                Some(account) => a.account_id == account,
                None => unit.organization.is_some() && a.organization_id == unit.organization,
            })
            .cloned()
            .collect();
    }
    units.sort_by_cached_key(|u| (u.name.to_lowercase(), u.account.map(|a| a.0)));
    Coverage {
        mode,
        units,
        frozen,
    }
}

/// The coverage as CSV that German Excel opens as it is: UTF-8 with a byte order mark,
/// semicolons, CRLF, German headers; one row per unit with its status and the first
/// acknowledgement (name and local time, formatted by `local`). Cells that a
/// spreadsheet would run as a formula are prefixed with an apostrophe.
pub fn to_csv(coverage: &Coverage, local: impl Fn(DateTime<Utc>) -> String) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    let header: &[&str] = match coverage.mode {
        AcknowledgementMode::PerOffice => &[
            "Dienststelle",
            "Status",
            "Zur Kenntnis genommen von",
            "Zeitpunkt",
        ],
        AcknowledgementMode::PerPerson => &["Person", "Dienststelle", "Status", "Zeitpunkt"],
    };
    push_row(&mut out, header.iter().map(|h| h.to_string()));
    for unit in &coverage.units {
        let first = unit.acknowledgements.first();
        let status = if first.is_some() {
            "zur Kenntnis genommen"
        } else {
            "offen"
        };
        let when = first.map(|a| local(a.acknowledged_at)).unwrap_or_default();
        let row = match coverage.mode {
            AcknowledgementMode::PerOffice => {
                let by = first
                    .map(|a| {
                        if a.still_member {
                            a.name.clone()
                        } else {
                            format!("{} (nicht mehr in der Gruppe)", a.name)
                        }
                    })
                    .unwrap_or_default();
                let name = if unit.account.is_some() {
                    format!("{} (ohne Dienststelle)", unit.name)
                } else {
                    unit.name.clone()
                };
                vec![name, status.to_owned(), by, when]
            }
            AcknowledgementMode::PerPerson => vec![
                unit.name.clone(),
                unit.office_name.clone().unwrap_or_default(),
                status.to_owned(),
                when,
            ],
        };
        push_row(&mut out, row.into_iter());
    }
    out.into_bytes()
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(';');
        }
        out.push_str(&csv_cell(&cell));
    }
    out.push_str("\r\n");
}

/// One cell: quoted when it holds a separator, quote or line break; an apostrophe
/// before a leading `=`, `+`, `-`, `@`, tab or carriage return, so that names cannot
/// become formulas.
fn csv_cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone};
    use uuid::Uuid;

    use super::*;

    fn member(n: u128, name: &str, office: Option<(u128, &str)>) -> CountedMember {
        CountedMember {
            account_id: AccountId(Uuid::from_u128(n)),
            name: name.to_owned(),
            organization_id: office.map(|(id, _)| OrganizationId(Uuid::from_u128(id))),
            organization_name: office.map(|(_, name)| name.to_owned()),
        }
    }

    fn ack(n: u128, office: Option<u128>, minutes: i64, still_member: bool) -> AcknowledgementRow {
        AcknowledgementRow {
            account_id: AccountId(Uuid::from_u128(n)),
            name: format!("Person {n}"),
            organization_id: office.map(|id| OrganizationId(Uuid::from_u128(id))),
            acknowledged_at: Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap()
                + Duration::minutes(minutes),
            still_member,
        }
    }

    fn members() -> Vec<CountedMember> {
        vec![
            member(1, "Anna Bauer", Some((100, "Kreis Lippe"))),
            member(2, "Ben Yilmaz", Some((100, "Kreis Lippe"))),
            member(3, "Cem Demir", Some((200, "Stadt Bonn"))),
            member(4, "Dora Ohne", None),
        ]
    }

    /// Per office: one unit per office plus one per member without an office; one
    /// person covers their office, two of one office count once; a person who left
    /// still covers the office they acknowledged for.
    #[test]
    fn per_office_counts_offices() {
        let units = units_of_members(AcknowledgementMode::PerOffice, &members());
        assert_eq!(units.len(), 3);
        let acks = [
            ack(1, Some(100), 0, true),
            ack(2, Some(100), 5, true),
            ack(9, Some(200), 9, false),
        ];
        let coverage = compute(AcknowledgementMode::PerOffice, units, &acks, false);
        let names: Vec<&str> = coverage.units.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, ["Dora Ohne", "Kreis Lippe", "Stadt Bonn"]);
        assert_eq!(coverage.covered_count(), 2);
        assert_eq!(coverage.units[1].acknowledgements.len(), 2);
        assert_eq!(coverage.missing_members(), [AccountId(Uuid::from_u128(4))]);
        let history: Vec<usize> = coverage
            .share_over_time()
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(history, [1, 2]);
    }

    /// Per person: every counted member is a unit, covered only by themselves.
    #[test]
    fn per_person_counts_people() {
        let units = units_of_members(AcknowledgementMode::PerPerson, &members());
        let coverage = compute(
            AcknowledgementMode::PerPerson,
            units,
            &[ack(1, Some(100), 0, true)],
            false,
        );
        assert_eq!((coverage.covered_count(), coverage.units.len()), (1, 4));
        assert_eq!(coverage.missing_members().len(), 3);
    }

    /// The CSV opens in German Excel: BOM, semicolons, CRLF, quoted separators, no
    /// formulas from names.
    #[test]
    fn csv_for_excel() {
        let mut people = members();
        people.push(member(5, "=HYPERLINK(\"x\";\"y\")", None));
        let units = units_of_members(AcknowledgementMode::PerOffice, &people);
        let coverage = compute(
            AcknowledgementMode::PerOffice,
            units,
            &[ack(3, Some(200), 0, false)],
            false,
        );
        let csv = String::from_utf8(to_csv(&coverage, |at| {
            at.format("%d.%m.%Y %H:%M").to_string()
        }))
        .unwrap();
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "\u{feff}Dienststelle;Status;Zur Kenntnis genommen von;Zeitpunkt"
        );
        assert!(
            lines.contains(&"\"'=HYPERLINK(\"\"x\"\";\"\"y\"\") (ohne Dienststelle)\";offen;;"),
            "{csv}"
        );
        assert!(lines.contains(&"Stadt Bonn;zur Kenntnis genommen;Person 3 (nicht mehr in der Gruppe);01.12.2026 09:00"), "{csv}");
        assert_eq!(lines.last(), Some(&""));
    }
}
