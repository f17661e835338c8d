//! Accounts, sessions and their rules.

use chrono::{DateTime, Utc};

pub use crate::ids::{AccountId, SessionId};
use crate::{
    error::{AppError, AppResult, Reason},
    ids::OrganizationId,
    rules::{parse_optional_line, parse_phone},
};

/// An email address, trimmed and lowercased, so each address belongs to one account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// Accepts `local@domain.tld` of at most 254 characters, without spaces or controls.
    pub fn parse(raw: &str) -> Result<Email, AppError> {
        let email = raw.trim().to_lowercase();
        let invalid = || {
            AppError::bad_input(
                "email",
                Reason::InvalidEmail,
                "is not a valid email address",
            )
        };
        if email.is_empty() || email.chars().count() > 254 {
            return Err(invalid());
        }
        if email.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(invalid());
        }
        let (local, domain) = email.split_once('@').ok_or_else(invalid)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !domain.contains("..");
        if local.is_empty() || !domain_ok {
            return Err(invalid());
        }
        Ok(Email(email))
    }

    /// The normalised address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A person's display name: 1–100 characters after trimming, no control characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    /// Trims and checks the name.
    pub fn parse(raw: &str) -> Result<DisplayName, AppError> {
        let name = raw.trim();
        if name.is_empty() {
            return Err(AppError::bad_input(
                "name",
                Reason::Required,
                "must not be empty",
            ));
        }
        if name.chars().count() > 100 {
            return Err(AppError::bad_input(
                "name",
                Reason::TooLong,
                "must be at most 100 characters",
            )
            .max(100));
        }
        if name.chars().any(char::is_control) {
            return Err(AppError::bad_input(
                "name",
                Reason::NotOneLine,
                "must be one line",
            ));
        }
        Ok(DisplayName(name.to_owned()))
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key people lists sort by: the last word of the name (the family name, as
    /// names are written here), then the whole name, both lowercased.
    pub fn sort_key(&self) -> String {
        let last = self.0.split_whitespace().last().unwrap_or_default();
        format!("{} {}", last.to_lowercase(), self.0.to_lowercase())
    }
}

/// The most characters a person's function in their office may have.
pub const MAX_JOB_TITLE_CHARS: usize = 100;

/// What a person tells about themselves besides their name: their function in the
/// office and a phone number, both optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProfileDetails {
    pub job_title: Option<String>,
    pub phone: Option<String>,
}

impl ProfileDetails {
    /// Checks both fields: a function of at most 100 characters on one line, a phone
    /// number by the shared rule; empty fields mean none.
    pub fn parse(job_title: Option<&str>, phone: Option<&str>) -> AppResult<ProfileDetails> {
        Ok(ProfileDetails {
            job_title: parse_optional_line("jobTitle", job_title, MAX_JOB_TITLE_CHARS)?,
            phone: parse_phone("phone", phone)?,
        })
    }
}

/// The language of the interface and of mails for one person.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, async_graphql::Enum)]
pub enum Language {
    /// German, formal address ("Sie"); the default.
    #[default]
    De,
    /// English.
    En,
}

impl Language {
    /// The code stored in the database and used in mail templates.
    pub fn code(self) -> &'static str {
        match self {
            Language::De => "de",
            Language::En => "en",
        }
    }

    /// Reads a stored code; anything unknown falls back to German.
    pub fn from_code(code: &str) -> Language {
        match code {
            "en" => Language::En,
            _ => Language::De,
        }
    }
}

/// An account as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Account {
    pub id: AccountId,
    pub email: String,
    pub name: String,
    pub language: String,
    pub is_admin: bool,
    pub password_hash: Option<String>,
    pub created_at: DateTime<Utc>,
    /// The office the person works for, if any.
    pub organization_id: Option<OrganizationId>,
    /// The person's function in their office, if given.
    pub job_title: Option<String>,
    /// The person's phone number, if given.
    pub phone: Option<String>,
}

impl Account {
    /// The account's language.
    pub fn lang(&self) -> Language {
        Language::from_code(&self.language)
    }
}

/// A session as listed to its owner.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Session {
    pub id: SessionId,
    pub account_id: AccountId,
    pub user_agent: String,
    pub ip: String,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
}

/// What a one-time link is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenPurpose {
    /// Creating the first administrator of a new installation.
    FirstAdmin,
    /// Setting a password: reset, or first password of an account created by an admin.
    Password,
}

impl TokenPurpose {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            TokenPurpose::FirstAdmin => "first_admin",
            TokenPurpose::Password => "password",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Addresses are trimmed and lowercased; malformed ones are refused.
    #[test]
    fn email_rules() {
        assert_eq!(
            Email::parse("  Anna.Berg@Kreis-Borken.DE ")
                .unwrap()
                .as_str(),
            "anna.berg@kreis-borken.de"
        );
        for bad in [
            "", "anna", "anna@", "@x.de", "a b@x.de", "a@x", "a@x..de", "a@.x.de", "a@x.de.",
            "a@b@x.de",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} accepted");
        }
        assert!(Email::parse(&format!("{}@x.de", "a".repeat(250))).is_err());
    }

    /// Names are trimmed, non-empty, at most 100 characters, without controls.
    #[test]
    fn name_rules() {
        assert_eq!(
            DisplayName::parse(" Jürgen Özdemir ").unwrap().as_str(),
            "Jürgen Özdemir"
        );
        assert!(DisplayName::parse("   ").is_err());
        assert!(DisplayName::parse(&"ä".repeat(100)).is_ok());
        assert!(DisplayName::parse(&"ä".repeat(101)).is_err());
        assert!(DisplayName::parse("a\u{0}b").is_err());
    }

    /// People sort by the last word of their name, then by the whole name.
    #[test]
    fn sort_key_is_the_last_name_first() {
        let key = |name| DisplayName::parse(name).unwrap().sort_key();
        assert_eq!(key(" Jürgen  Özdemir "), "özdemir jürgen  özdemir");
        assert!(key("Zora Albers") < key("Anna Berg"));
        assert!(key("Anna Berg") < key("Bernd Berg"));
        assert_eq!(key("Cher"), "cher cher");
    }
}
