//! The mails about accounts, in German (formal) and English.

use super::model::{Account, Language};
use crate::{platform::mail::OutgoingMail, state::AppState};

/// The mail with a link to set a new password.
pub fn password_reset(state: &AppState, account: &Account, link: &str) -> OutgoingMail {
    let (subject, paragraphs, action) = match account.lang() {
        Language::De => (
            "Passwort zurücksetzen",
            vec![
                format!("Guten Tag {},", account.name),
                "für Ihr Konto im Fachforum wurde ein neues Passwort angefordert. Über den \
                 folgenden Link können Sie es festlegen. Der Link ist eine Stunde lang gültig \
                 und kann nur einmal verwendet werden."
                    .to_owned(),
                "Falls Sie das nicht angefordert haben, können Sie diese Nachricht ignorieren. \
                 Ihr bisheriges Passwort bleibt dann unverändert."
                    .to_owned(),
            ],
            "Neues Passwort festlegen",
        ),
        Language::En => (
            "Reset your password",
            vec![
                format!("Hello {},", account.name),
                "a new password was requested for your Fachforum account. Use the link below \
                 to set it. The link is valid for one hour and works only once."
                    .to_owned(),
                "If you did not ask for this, you can ignore this message; your current \
                 password stays as it is."
                    .to_owned(),
            ],
            "Set a new password",
        ),
    };
    OutgoingMail::compose(
        account.lang().code(),
        &state.mail_host,
        &account.email,
        &account.name,
        subject,
        &paragraphs,
        Some((action, link)),
    )
}
