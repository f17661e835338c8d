//! Organisations (the coordination offices), regions, and people as the directory
//! shows them: types and rules.

use chrono::{DateTime, Utc};

pub use crate::ids::{OrganizationId, RegionId};
use crate::{
    auth::model::{AccountId, Email},
    error::{AppError, AppResult, Reason},
    ids::stored_as_text,
    rules::{MAX_DESCRIPTION_CHARS, parse_name, parse_phone},
};

/// An administrative region (the list is data, seeded with the five NRW
/// Regierungsbezirke).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Region {
    pub id: RegionId,
    pub name: String,
}

/// What kind of body an organisation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, async_graphql::Enum)]
pub enum OrganizationKind {
    /// A district (Kreis), including the Städteregion Aachen.
    District,
    /// An independent city (kreisfreie Stadt).
    IndependentCity,
    /// A state or regional agency, e.g. the one that moderates the forum.
    Agency,
    /// Anything else.
    Other,
}

stored_as_text!(OrganizationKind {
    District => "district",
    IndependentCity => "independent_city",
    Agency => "agency",
    Other => "other",
});

/// An organisation as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Organization {
    pub id: OrganizationId,
    pub name: String,
    #[sqlx(try_from = "String")]
    pub kind: OrganizationKind,
    pub municipality: String,
    pub region_id: Option<RegionId>,
    pub description: String,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub website: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// An organisation's data as an administrator enters it, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrganizationData {
    pub name: String,
    pub kind: OrganizationKind,
    pub municipality: String,
    pub region_id: Option<RegionId>,
    pub description: String,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub website: Option<String>,
}

/// The raw input for [`OrganizationData::parse`].
pub struct OrganizationInputRaw<'a> {
    pub name: &'a str,
    pub kind: OrganizationKind,
    pub municipality: &'a str,
    pub region_id: Option<RegionId>,
    pub description: Option<&'a str>,
    pub contact_email: Option<&'a str>,
    pub contact_phone: Option<&'a str>,
    pub website: Option<&'a str>,
}

impl OrganizationData {
    /// Checks every field: names 1–200 characters, a plain-text description of at most
    /// 20 000, a valid contact address, a phone number of digits and `+ ()/-`, an
    /// `http(s)` website. Empty optional fields mean none.
    pub fn parse(raw: OrganizationInputRaw<'_>) -> AppResult<OrganizationData> {
        let description = raw.description.unwrap_or_default().trim();
        if description.chars().count() > MAX_DESCRIPTION_CHARS {
            return Err(AppError::bad_input(
                "description",
                Reason::TooLong,
                format!("must be at most {MAX_DESCRIPTION_CHARS} characters"),
            )
            .max(MAX_DESCRIPTION_CHARS));
        }
        let optional = |value: Option<&str>| {
            value
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let contact_email = match optional(raw.contact_email) {
            Some(email) => Some(
                Email::parse(&email)
                    .map_err(|_| {
                        AppError::bad_input(
                            "contactEmail",
                            Reason::InvalidEmail,
                            "is not a valid email address",
                        )
                    })?
                    .as_str()
                    .to_owned(),
            ),
            None => None,
        };
        let contact_phone = parse_phone("contactPhone", raw.contact_phone)?;
        let website = optional(raw.website);
        if let Some(url) = &website {
            let lower = url.to_ascii_lowercase();
            let host = lower
                .strip_prefix("https://")
                .or_else(|| lower.strip_prefix("http://"))
                .unwrap_or_default();
            if url.chars().count() > 500
                || host.is_empty()
                || host.starts_with('/')
                || url.chars().any(|c| c.is_whitespace() || c.is_control())
            {
                return Err(AppError::bad_input(
                    "website",
                    Reason::InvalidWebsite,
                    "must be an http:// or https:// address",
                ));
            }
        }
        Ok(OrganizationData {
            name: parse_name("name", raw.name)?,
            kind: raw.kind,
            municipality: parse_name("municipality", raw.municipality)?,
            region_id: raw.region_id,
            description: description.to_owned(),
            contact_email,
            contact_phone,
            website,
        })
    }
}

/// Another account as the directory shows it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PersonRow {
    pub id: AccountId,
    pub name: String,
    pub email: String,
    pub is_admin: bool,
    pub organization_id: Option<OrganizationId>,
    pub job_title: Option<String>,
    pub phone: Option<String>,
}

/// A person as one viewer may see them: their organisation loaded, the email address
/// only for administrators and the person themselves; their function in the office and
/// phone number as they gave them.
#[derive(Clone, Debug)]
pub struct Person {
    pub id: AccountId,
    pub name: String,
    pub is_admin: bool,
    pub email: Option<String>,
    pub organization: Option<Organization>,
    pub job_title: Option<String>,
    pub phone: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>() -> OrganizationInputRaw<'a> {
        OrganizationInputRaw {
            name: " Kreis Borken ",
            kind: OrganizationKind::District,
            municipality: "Borken",
            region_id: None,
            description: Some("  "),
            contact_email: Some(" KAoA@Kreis-Borken.de "),
            contact_phone: Some("+49 (2861) 82-0"),
            website: Some("https://www.kreis-borken.de"),
        }
    }

    /// Valid input is trimmed and normalised; empty optional fields become none.
    #[test]
    fn valid_input_is_normalised() {
        let data = OrganizationData::parse(input()).unwrap();
        assert_eq!(data.name, "Kreis Borken");
        assert_eq!(data.description, "");
        assert_eq!(data.contact_email.as_deref(), Some("kaoa@kreis-borken.de"));
        let empty = OrganizationData::parse(OrganizationInputRaw {
            contact_email: Some(""),
            contact_phone: Some(" "),
            website: None,
            ..input()
        })
        .unwrap();
        assert_eq!(
            (empty.contact_email, empty.contact_phone, empty.website),
            (None, None, None)
        );
    }

    /// Each bad field is refused with its own field name.
    #[test]
    fn bad_fields_are_named() {
        let field = |raw: OrganizationInputRaw<'_>| match OrganizationData::parse(raw) {
            Err(AppError::BadInput { field, .. }) => field,
            other => panic!("expected bad input, got {other:?}"),
        };
        let long = "x".repeat(201);
        assert_eq!(
            field(OrganizationInputRaw {
                name: "",
                ..input()
            }),
            "name"
        );
        assert_eq!(
            field(OrganizationInputRaw {
                name: &long,
                ..input()
            }),
            "name"
        );
        assert_eq!(
            field(OrganizationInputRaw {
                municipality: " ",
                ..input()
            }),
            "municipality"
        );
        assert_eq!(
            field(OrganizationInputRaw {
                contact_email: Some("nope"),
                ..input()
            }),
            "contactEmail"
        );
        assert_eq!(
            field(OrganizationInputRaw {
                contact_phone: Some("call me"),
                ..input()
            }),
            "contactPhone"
        );
        for bad in [
            "javascript:alert(1)",
            "ftp://x.de",
            "https://",
            "www.x.de",
            "https://a b",
        ] {
            assert_eq!(
                field(OrganizationInputRaw {
                    website: Some(bad),
                    ..input()
                }),
                "website",
                "{bad}"
            );
        }
        let description = "x".repeat(20_001);
        assert_eq!(
            field(OrganizationInputRaw {
                description: Some(&description),
                ..input()
            }),
            "description"
        );
    }
}
