//! Password rules and hashing.
//!
//! A new password has 10 to 256 characters (Unicode scalar values) and is taken exactly as
//! typed: no trimming, no normalisation. It must not be one of the 10 000 most common
//! passwords (compared in lowercase; see `common-passwords.md` for where the list comes from).
//! Passwords are stored as Argon2id PHC strings (m = 19456 KiB, t = 2, p = 1, random 16-byte
//! salt). Hashing and verifying are CPU-heavy and blocking: callers run them on a blocking
//! thread.

use std::collections::HashSet;
use std::fmt;
use std::sync::LazyLock;

use anyhow::Context as _;
use argon2::{Algorithm, Argon2, Params, PasswordHasher as _, PasswordVerifier as _, Version};

use crate::error::{AppError, Reason};

/// Fewest characters a new password may have.
const MIN_CHARS: usize = 10;
/// Most characters a new password may have.
const MAX_CHARS: usize = 256;

/// Argon2id cost: 19456 KiB of memory, 2 passes, 1 lane (the OWASP baseline).
const PARAMS: Params = match Params::new(19_456, 2, 1, None) {
    Ok(params) => params,
    Err(_) => panic!("the Argon2 parameters are out of range"),
};

/// Fixed salt for [`verify_dummy`]; the result is thrown away, so it need not be secret.
const DUMMY_SALT: &[u8] = b"fachforum-dummy-salt";

/// The 10 000 most common passwords, lowercase, one per line.
static COMMON_PASSWORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("common-passwords.txt").lines().collect());

/// A new password that passed the rules; never printed (manual Debug that redacts).
pub struct NewPassword(String);

impl NewPassword {
    /// Checks the rules; errors are BAD_USER_INPUT for `password` with the rule's reason.
    pub fn parse(raw: &str) -> Result<NewPassword, AppError> {
        let chars = raw.chars().count();
        if chars < MIN_CHARS {
            return Err(AppError::bad_input(
                "password",
                Reason::TooShort,
                format!("must be at least {MIN_CHARS} characters"),
            )
            .min(MIN_CHARS));
        }
        if chars > MAX_CHARS {
            return Err(AppError::bad_input(
                "password",
                Reason::TooLong,
                format!("must be at most {MAX_CHARS} characters"),
            )
            .max(MAX_CHARS));
        }
        if COMMON_PASSWORDS.contains(raw.to_lowercase().as_str()) {
            return Err(AppError::bad_input(
                "password",
                Reason::PasswordTooCommon,
                "must not be one of the 10 000 most common passwords",
            ));
        }
        Ok(NewPassword(raw.to_owned()))
    }

    /// Hashes with Argon2id and a fresh random salt into a PHC string.
    pub fn hash(&self) -> anyhow::Result<String> {
        let hash = hasher()
            .hash_password(self.0.as_bytes())
            .context("hashing a password with Argon2id failed")?;
        Ok(hash.to_string())
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(<redacted>)")
    }
}

/// True when `raw` matches the PHC string `phc` (false for a malformed hash).
pub fn verify(raw: &str, phc: &str) -> bool {
    // The cost parameters and the algorithm are read from `phc`, so hashes made with older
    // parameters keep verifying.
    match hasher().verify_password(raw.as_bytes(), phc) {
        Ok(()) => true,
        Err(argon2::password_hash::Error::PasswordInvalid) => false,
        Err(error) => {
            tracing::warn!(%error, "A stored password hash could not be checked.");
            false
        }
    }
}

/// Burns the same time as a real verification, for unknown accounts (so timing does not reveal which emails exist).
pub fn verify_dummy(raw: &str) {
    // A verification is one Argon2id run with the stored hash's parameters; new hashes use
    // `PARAMS`, so one run with `PARAMS` costs the same.
    let result = hasher().hash_password_with_salt(raw.as_bytes(), DUMMY_SALT);
    std::hint::black_box(result).ok();
}

/// Argon2id, version 0x13, with [`PARAMS`].
fn hasher() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, PARAMS)
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use argon2::PasswordHash;

    use super::*;

    /// The message of a rejected password, or a panic if it was accepted.
    fn rejection(raw: &str) -> String {
        match NewPassword::parse(raw) {
            Err(AppError::BadInput { field, message, .. }) => {
                assert_eq!(field, "password");
                message
            }
            other => panic!("expected BadInput for {raw:?}, got {other:?}"),
        }
    }

    /// Nine characters are too short; ten are enough.
    #[test]
    fn minimum_length_is_ten_characters() {
        assert_eq!(rejection("abcdefghi"), "must be at least 10 characters");
        assert!(NewPassword::parse("abcdefghij").is_ok());
    }

    /// 256 characters are allowed; 257 are too many.
    #[test]
    fn maximum_length_is_256_characters() {
        assert!(NewPassword::parse(&"x".repeat(256)).is_ok());
        assert_eq!(
            rejection(&"x".repeat(257)),
            "must be at most 256 characters"
        );
    }

    /// Length counts characters, not bytes.
    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(NewPassword::parse(&"ä".repeat(10)).is_ok());
        assert!(NewPassword::parse(&"🔑".repeat(256)).is_ok());
        assert_eq!(rejection(&"ä".repeat(9)), "must be at least 10 characters");
        assert_eq!(
            rejection(&"🔑".repeat(257)),
            "must be at most 256 characters"
        );
    }

    /// Leading and trailing spaces count: a 9-letter password with a space has 10 characters.
    #[test]
    fn spaces_are_not_trimmed_when_counting() {
        assert!(NewPassword::parse("abcdefghi ").is_ok());
        assert!(NewPassword::parse(" abcdefghi").is_ok());
    }

    /// A common password is rejected in any letter case.
    #[test]
    fn common_passwords_are_rejected_in_any_case() {
        let message = "must not be one of the 10 000 most common passwords";
        for raw in [
            "password123",
            "PassWord123",
            "PASSWORD123",
            "1234567890",
            "QwertyUiop",
        ] {
            assert_eq!(rejection(raw), message, "{raw}");
        }
    }

    /// The embedded list has 10 000 distinct lowercase entries without surrounding spaces.
    #[test]
    fn common_password_list_is_complete_and_lowercase() {
        let lines: Vec<&str> = include_str!("common-passwords.txt").lines().collect();
        assert_eq!(lines.len(), 10_000);
        assert_eq!(COMMON_PASSWORDS.len(), 10_000);
        for line in lines {
            assert_eq!(line, line.to_lowercase());
            assert_eq!(line, line.trim());
            assert!(!line.is_empty());
        }
    }

    /// A hash is an Argon2id v19 PHC string with m=19456, t=2, p=1, and a fresh salt each time.
    #[test]
    fn hash_is_argon2id_phc_with_the_configured_cost() {
        let password = NewPassword::parse("correct horse battery").unwrap();
        let first = password.hash().unwrap();
        let second = password.hash().unwrap();

        assert!(
            first.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{first}"
        );
        let parsed = PasswordHash::new(&first).unwrap();
        assert_eq!(parsed.salt.unwrap().len(), 16);
        assert_eq!(parsed.hash.unwrap().len(), 32);
        assert_ne!(first, second);
    }

    /// The right password verifies; a wrong one, or one differing only in case, does not.
    #[test]
    fn verify_accepts_only_the_right_password() {
        let phc = NewPassword::parse("correct horse battery")
            .unwrap()
            .hash()
            .unwrap();
        assert!(verify("correct horse battery", &phc));
        assert!(!verify("correct horse batterz", &phc));
        assert!(!verify("Correct horse battery", &phc));
        assert!(!verify("", &phc));
    }

    /// A password is stored as typed: surrounding spaces are part of it.
    #[test]
    fn surrounding_spaces_are_kept() {
        let phc = NewPassword::parse(" correct horse ")
            .unwrap()
            .hash()
            .unwrap();
        assert!(verify(" correct horse ", &phc));
        assert!(!verify("correct horse", &phc));
        assert!(!verify(" correct horse", &phc));
    }

    /// A malformed or empty hash never verifies.
    #[test]
    fn verify_of_a_malformed_hash_is_false() {
        assert!(!verify("correct horse battery", ""));
        assert!(!verify("correct horse battery", "not a hash"));
        assert!(!verify(
            "correct horse battery",
            "$argon2id$v=19$m=19456,t=2,p=1$"
        ));
        assert!(!verify(
            "correct horse battery",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$bm90IGEgcmVhbCBoYXNo!"
        ));
    }

    /// Debug output never shows the password.
    #[test]
    fn debug_redacts_the_password() {
        let password = NewPassword::parse("correct horse battery").unwrap();
        let shown = format!("{password:?}");
        assert!(!shown.contains("correct"), "{shown}");
        assert_eq!(shown, "NewPassword(<redacted>)");
    }

    /// The dummy verification does real Argon2 work: it takes a comparable time to a real one.
    #[test]
    fn verify_dummy_costs_about_as_much_as_verify() {
        let phc = NewPassword::parse("correct horse battery")
            .unwrap()
            .hash()
            .unwrap();

        let started = Instant::now();
        assert!(!verify("wrong horse battery", &phc));
        let real = started.elapsed();

        let started = Instant::now();
        verify_dummy("wrong horse battery");
        let dummy = started.elapsed();

        // Generous bound: the two runs do the same work, but the machine may be busy.
        assert!(dummy * 4 >= real, "dummy {dummy:?}, real {real:?}");
    }
}
