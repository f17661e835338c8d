//! The mails about groups, in German (formal) and English: invitations, join requests
//! arriving (to moderators) and decided (to the requester). Personal messages are plain
//! text; the mail frame escapes them.

use crate::{auth::model::Language, platform::mail::OutgoingMail, state::AppState};

/// Someone to mail.
pub struct Recipient<'a> {
    pub email: &'a str,
    /// Empty when the person has no account yet.
    pub name: &'a str,
    pub language: Language,
}

fn greeting(language: Language, name: &str) -> String {
    match (language, name.is_empty()) {
        (Language::De, true) => "Guten Tag,".to_owned(),
        (Language::De, false) => format!("Guten Tag {name},"),
        (Language::En, true) => "Hello,".to_owned(),
        (Language::En, false) => format!("Hello {name},"),
    }
}

/// The invitation with its single-use link (valid 14 days).
pub fn invitation(
    state: &AppState,
    to: &Recipient<'_>,
    group: &str,
    inviter: &str,
    message: Option<&str>,
    link: &str,
) -> OutgoingMail {
    let mut paragraphs = vec![greeting(to.language, to.name)];
    let (subject, action) = match to.language {
        Language::De => {
            paragraphs.push(format!(
                "{inviter} lädt Sie in die Gruppe „{group}“ im Fachforum ein."
            ));
            if let Some(message) = message {
                paragraphs.push(format!("Persönliche Nachricht von {inviter}:"));
                paragraphs.push(message.to_owned());
            }
            paragraphs.push(
                "Über den folgenden Link nehmen Sie die Einladung an. Falls Sie noch kein \
                 Konto haben, legen Sie dabei eines an. Der Link ist 14 Tage lang gültig und \
                 kann nur einmal verwendet werden."
                    .to_owned(),
            );
            (
                format!("Einladung in die Gruppe „{group}“"),
                "Einladung annehmen",
            )
        }
        Language::En => {
            paragraphs.push(format!(
                "{inviter} invites you to the group “{group}” on Fachforum."
            ));
            if let Some(message) = message {
                paragraphs.push(format!("A personal message from {inviter}:"));
                paragraphs.push(message.to_owned());
            }
            paragraphs.push(
                "Use the link below to accept the invitation; if you have no account yet, \
                 you create one on the way. The link is valid for 14 days and works only once."
                    .to_owned(),
            );
            (
                format!("Invitation to the group “{group}”"),
                "Accept the invitation",
            )
        }
    };
    OutgoingMail::compose(
        to.language.code(),
        &state.mail_host,
        to.email,
        to.name,
        &subject,
        &paragraphs,
        Some((action, link)),
    )
}

/// To a moderator: someone asks to join the group.
pub fn join_request_arrived(
    state: &AppState,
    to: &Recipient<'_>,
    group: &str,
    requester: &str,
    message: Option<&str>,
    link: &str,
) -> OutgoingMail {
    let mut paragraphs = vec![greeting(to.language, to.name)];
    let (subject, action) = match to.language {
        Language::De => {
            paragraphs.push(format!(
                "{requester} möchte der Gruppe „{group}“ beitreten. Als Moderatorin oder \
                 Moderator der Gruppe können Sie die Anfrage annehmen oder ablehnen."
            ));
            if let Some(message) = message {
                paragraphs.push(format!("Nachricht von {requester}:"));
                paragraphs.push(message.to_owned());
            }
            (
                format!("Beitrittsanfrage für „{group}“"),
                "Anfragen ansehen",
            )
        }
        Language::En => {
            paragraphs.push(format!(
                "{requester} asks to join the group “{group}”. As a moderator of the group \
                 you can approve or decline the request."
            ));
            if let Some(message) = message {
                paragraphs.push(format!("Message from {requester}:"));
                paragraphs.push(message.to_owned());
            }
            (format!("Request to join “{group}”"), "Review requests")
        }
    };
    OutgoingMail::compose(
        to.language.code(),
        &state.mail_host,
        to.email,
        to.name,
        &subject,
        &paragraphs,
        Some((action, link)),
    )
}

/// To the requester: the moderators approved or declined the request.
pub fn join_request_decided(
    state: &AppState,
    to: &Recipient<'_>,
    group: &str,
    approved: bool,
    link: &str,
) -> OutgoingMail {
    let mut paragraphs = vec![greeting(to.language, to.name)];
    let (subject, action) = match (to.language, approved) {
        (Language::De, true) => {
            paragraphs.push(format!(
                "Ihre Anfrage wurde angenommen: Sie sind jetzt Mitglied der Gruppe „{group}“."
            ));
            (
                format!("Willkommen in der Gruppe „{group}“"),
                Some("Zur Gruppe"),
            )
        }
        (Language::De, false) => {
            paragraphs.push(format!(
                "Ihre Anfrage, der Gruppe „{group}“ beizutreten, wurde leider abgelehnt. Bei \
                 Fragen wenden Sie sich bitte an die Moderation."
            ));
            (format!("Ihre Anfrage für „{group}“"), None)
        }
        (Language::En, true) => {
            paragraphs.push(format!(
                "Your request was approved: you are now a member of the group “{group}”."
            ));
            (
                format!("Welcome to the group “{group}”"),
                Some("Open the group"),
            )
        }
        (Language::En, false) => {
            paragraphs.push(format!(
                "Your request to join the group “{group}” was declined. If you have \
                 questions, please contact the moderators."
            ));
            (format!("Your request for “{group}”"), None)
        }
    };
    OutgoingMail::compose(
        to.language.code(),
        &state.mail_host,
        to.email,
        to.name,
        &subject,
        &paragraphs,
        action.map(|label| (label, link)),
    )
}
