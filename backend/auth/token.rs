//! Secrets handed to users (session cookies, one-time links) and their stored hashes.
//!
//! A secret is 256 random bits, base64url-encoded; only its SHA-256 hash is stored,
//! so a leaked database does not reveal usable sessions or links.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A fresh secret and the hash to store for it.
pub fn generate() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let secret = URL_SAFE_NO_PAD.encode(bytes);
    let hash = hash(&secret);
    (secret, hash)
}

/// The stored form of a secret.
pub fn hash(secret: &str) -> String {
    let digest = Sha256::digest(secret.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    /// Secrets are 256 bits, unique, and hash deterministically.
    #[test]
    fn secrets_are_random_and_hashed() {
        let (a, ha) = super::generate();
        let (b, _) = super::generate();
        assert_eq!(a.len(), 43);
        assert_ne!(a, b);
        assert_eq!(super::hash(&a), ha);
        assert_eq!(ha.len(), 64);
    }
}
