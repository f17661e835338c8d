//! Pending requests to join the forum, with messages, from coordinators who are not
//! members yet: the moderators' queue has something to decide.

use chrono::{DateTime, Duration, Utc};

use super::{groups::Groups, people::People, rng::Rng};
use crate::{
    auth::model::Language,
    db::Tx,
    error::AppResult,
    groups::{model::parse_message, store::join_requests as store},
};

/// How many requests wait.
const REQUESTS: usize = 6;

/// What people write when they ask to join (German).
const MESSAGES: [&str; 6] = [
    "Guten Tag, ich habe zum 1. des Monats die Koordinierung im Bereich Übergang Schule–Beruf \
     übernommen und würde gern am Austausch mit den anderen Koordinierungsstellen teilnehmen.",
    "Ich bin neu in unserer Koordinierungsstelle und betreue die Berufsfelderkundungen. \
     Über die Aufnahme ins Fachforum würde ich mich sehr freuen.",
    "Hallo zusammen, unsere Leitung hat mir das Forum empfohlen – besonders die Beiträge zur \
     digitalen Praktikumsbörse interessieren mich.",
    "Ich vertrete ab sofort meine Kollegin während ihrer Elternzeit und bitte um Zugang zum \
     Fachforum.",
    "Wir bauen gerade die Zusammenarbeit mit der Jugendberufsagentur neu auf und würden gern \
     von den Erfahrungen anderer Kommunen lernen.",
    "Bitte nehmen Sie mich in das Fachforum auf; ich bin für die Potenzialanalysen an den \
     Förderschulen zuständig.",
];

/// The message of a person who reads the forum in English.
const MESSAGE_EN: &str = "Hello, I recently joined our coordination office from a project in \
     the Netherlands and would like to take part in the exchange. Thank you!";

/// Creates the pending requests; returns the coordinators (by index in
/// [`People::coordinators`]) who made one.
pub(super) async fn seed(
    tx: &mut Tx,
    people: &People,
    groups: &Groups,
    now: DateTime<Utc>,
) -> AppResult<Vec<usize>> {
    let mut rng = Rng::for_step("join requests");
    let mut outsiders: Vec<usize> = (0..people.coordinators.len())
        .filter(|&c| groups.forum_roles[c].is_none())
        .collect();
    rng.shuffle(&mut outsiders);
    outsiders.truncate(REQUESTS);
    for (k, &c) in outsiders.iter().enumerate() {
        let person = &people.coordinators[c];
        let text = match person.language {
            Language::En => MESSAGE_EN,
            Language::De => MESSAGES[k % MESSAGES.len()],
        };
        let message = parse_message("message", Some(text))?;
        let asked = now - Duration::hours(rng.between(2, 9 * 24));
        store::insert(tx, groups.forum, person.id, message.as_deref(), asked).await?;
    }
    Ok(outsiders)
}
