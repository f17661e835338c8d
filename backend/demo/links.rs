//! The forum's link list: curated pages of the transition from school to work in NRW
//! (the state's portals, the standard elements of the programme, the employment
//! agency, chambers, placement exchanges, inclusion and immigration), each with tags,
//! some discussed in comments, and the stored results of earlier link checks: most
//! work, a few moved or broken. The demo writes those results itself and sends no
//! check out, and it queues no scheduled check: its links are checked on demand only.

use chrono::{DateTime, Duration, Utc};

use super::{
    groups::Groups,
    people::{People, Person},
    rng::Rng,
};
use crate::{
    db::Tx,
    discussions::{self, ImportParent, ImportedReply, model::PostBody},
    error::AppResult,
    groups::model::GroupRole,
    links::{self, checks, model::LinkInput},
    outbound::{Broken, CheckOutcome},
};

/// What the last check of a demo link found.
#[derive(Clone, Copy)]
enum Checked {
    /// Not checked yet.
    Never,
    Ok,
    /// Moved permanently to this address.
    Moved(&'static str),
    /// Answered with this status.
    Status(u16),
    /// The host name has no address any more.
    Gone,
}

/// One curated link: address, title, description, tags, comments, last check.
struct Entry {
    url: &'static str,
    title: &'static str,
    description: &'static str,
    tags: &'static [&'static str],
    comments: &'static [&'static str],
    checked: Checked,
}

const fn entry(
    url: &'static str,
    title: &'static str,
    description: &'static str,
    tags: &'static [&'static str],
) -> Entry {
    Entry {
        url,
        title,
        description,
        tags,
        comments: &[],
        checked: Checked::Ok,
    }
}

impl Entry {
    const fn comments(mut self, comments: &'static [&'static str]) -> Entry {
        self.comments = comments;
        self
    }

    const fn checked(mut self, checked: Checked) -> Entry {
        self.checked = checked;
        self
    }
}

/// The links, oldest first.
const ENTRIES: &[Entry] = &[
    entry(
        "https://www.kaoa.nrw/",
        "Kein Abschluss ohne Anschluss – Landesportal",
        "Das Landesportal der Initiative mit allen **Standardelementen**, Terminen und \
         Materialien für Schulen, Kommunen und Partner.",
        &["landesportal", "kaoa"],
    )
    .comments(&[
        "Die Materialsammlung unter „Downloads“ ist inzwischen sehr gut sortiert.",
        "Wir verlinken die Seite in jedem Elternbrief der Jahrgangsstufe 8.",
    ]),
    entry(
        "https://www.schulministerium.nrw/berufliche-orientierung",
        "Schulministerium NRW: Berufliche Orientierung",
        "Erlasse, Curricula und die Übersicht der schulischen Pflichten in der \
         Beruflichen Orientierung.",
        &["landesportal", "schule", "erlass"],
    ),
    entry(
        "https://www.mags.nrw/uebergang-schule-beruf",
        "MAGS NRW: Übergang Schule – Beruf",
        "Die Seite des Arbeitsministeriums zur Landesinitiative, mit Förderrichtlinien \
         für die Kommunalen Koordinierungsstellen.",
        &["landesportal", "förderung"],
    )
    .checked(Checked::Moved(
        "https://www.mags.nrw/ausbildung/uebergang-schule-beruf",
    )),
    entry(
        "https://www.kaoa.nrw/standardelemente/potenzialanalyse",
        "Standardelement Potenzialanalyse",
        "Ziele, Ablauf und Qualitätsstandards der Potenzialanalyse in Klasse 8, \
         mit der Handreichung für Träger.",
        &["standardelement", "potenzialanalyse", "klasse 8"],
    )
    .comments(&[
        "Hat jemand Erfahrung mit der Potenzialanalyse in Sprachfördergruppen?",
        "Ja, wir arbeiten mit bildgestützten Aufgaben – gern per Mail mehr dazu.",
        "Die Handreichung wurde im Herbst aktualisiert, bitte die neue Fassung nutzen.",
    ]),
    entry(
        "https://www.kaoa.nrw/standardelemente/berufsfelderkundung",
        "Standardelement Berufsfelderkundung",
        "Drei Tage in drei Berufsfeldern: Hinweise zur Organisation, Vorlagen für \
         Betriebe und Eltern.",
        &["standardelement", "berufsfelderkundung", "klasse 8"],
    ),
    entry(
        "https://www.kaoa.nrw/standardelemente/praxisphasen",
        "Standardelement Praxisphasen: Betriebspraktikum und Praxiskurse",
        "Rahmenvorgaben für Schülerbetriebspraktika und Praxiskurse ab Klasse 9.",
        &["standardelement", "praktikum", "klasse 9"],
    ),
    entry(
        "https://www.kaoa.nrw/standardelemente/anschlussvereinbarung",
        "Standardelement Anschlussvereinbarung",
        "Vorlage und Leitfaden für die Anschlussvereinbarung am Ende der Sekundarstufe I.",
        &["standardelement", "anschlussvereinbarung"],
    ),
    entry(
        "https://www.berufswahlpass.de/",
        "Berufswahlpass",
        "Das Portfolioinstrument der Beruflichen Orientierung, auch als digitale Fassung.",
        &["portfolio", "standardelement"],
    )
    .comments(&["Die digitale Fassung läuft bei uns seit dem Sommer stabil."]),
    entry(
        "https://www.arbeitsagentur.de/bildung",
        "Bundesagentur für Arbeit: Schule, Ausbildung und Studium",
        "Einstieg der Arbeitsagentur für Jugendliche: Berufswahl, Bewerbung, Förderung.",
        &["arbeitsagentur", "berufsorientierung"],
    ),
    entry(
        "https://www.arbeitsagentur.de/bildung/berufsberatung",
        "Berufsberatung der Arbeitsagentur",
        "Termine und Angebote der Berufsberatung vor Ort und in den Schulen.",
        &["arbeitsagentur", "beratung"],
    ),
    entry(
        "https://www.arbeitsagentur.de/jobsuche/",
        "JOBSUCHE der Bundesagentur für Arbeit",
        "Die Börse für Ausbildungsstellen, Praktika und duale Studienplätze.",
        &["arbeitsagentur", "ausbildungsplätze", "praktikum"],
    ),
    entry(
        "https://web.arbeitsagentur.de/berufenet/",
        "BERUFENET",
        "Das Lexikon der Berufe: Tätigkeiten, Zugang, Verdienst und Perspektiven.",
        &["arbeitsagentur", "berufe"],
    ),
    entry(
        "https://www.planet-beruf.de/",
        "planet-beruf.de",
        "Das Berufswahlportal der Arbeitsagentur für Schülerinnen und Schüler, mit \
         Unterrichtsmaterial für Lehrkräfte.",
        &["arbeitsagentur", "berufsorientierung", "unterricht"],
    ),
    entry(
        "https://www.arbeitsagentur.de/bildung/welche-ausbildung-welches-studium-passt",
        "Check-U – das Erkundungstool",
        "Der Test der Arbeitsagentur zu Fähigkeiten und Interessen, als Ergänzung zur \
         Potenzialanalyse.",
        &["arbeitsagentur", "selbsterkundung"],
    )
    .comments(&["Gute Ergänzung für die Oberstufe, in Klasse 8 oft noch zu früh."]),
    entry(
        "https://www.ihk.de/ausbildung",
        "IHK: Ausbildung",
        "Ausbildungsberufe, Prüfungen und Ansprechpersonen der Industrie- und \
         Handelskammern.",
        &["kammer", "ihk"],
    ),
    entry(
        "https://www.ihk-lehrstellenboerse.de/",
        "IHK-Lehrstellenbörse",
        "Freie Ausbildungsplätze der IHK-Betriebe, filterbar nach Region und Beruf.",
        &["kammer", "ihk", "ausbildungsplätze"],
    )
    .comments(&[
        "Für den Kreis Lippe lohnt sich der Umkreisfilter von 30 km.",
        "Danke, das gebe ich so an die Schulen weiter.",
    ]),
    entry(
        "https://www.ihk-nrw.de/ausbildung",
        "IHK NRW: Ausbildung in Nordrhein-Westfalen",
        "Die Landesarbeitsgemeinschaft der IHKs mit Zahlen zum Ausbildungsmarkt.",
        &["kammer", "ihk", "statistik"],
    )
    .checked(Checked::Status(404)),
    entry(
        "https://www.handwerk.de/",
        "Handwerk.de",
        "Die Kampagne des Handwerks mit Berufsporträts und Videos.",
        &["kammer", "handwerk"],
    ),
    entry(
        "https://www.lehrstellen-radar.de/",
        "Lehrstellen-Radar des Handwerks",
        "Ausbildungs- und Praktikumsplätze der Handwerksbetriebe, auch als App.",
        &["kammer", "handwerk", "ausbildungsplätze", "praktikum"],
    ),
    entry(
        "https://www.hwk-duesseldorf.de/ausbildung",
        "Handwerkskammer Düsseldorf: Ausbildung",
        "Ausbildungsberatung, Passgenaue Besetzung und Praktikumsbörse der HWK.",
        &["kammer", "handwerk", "düsseldorf"],
    ),
    entry(
        "https://www.hwk-muenster.de/ausbildung",
        "Handwerkskammer Münster: Ausbildung",
        "Angebote der HWK Münster für Schulen, Eltern und Betriebe.",
        &["kammer", "handwerk", "münster"],
    )
    .checked(Checked::Moved("https://www.hwk-muenster.de/de/ausbildung")),
    entry(
        "https://www.praktikumsboerse-nrw.de/",
        "Praktikumsbörse NRW",
        "Schülerpraktika in ganz NRW, mit Suche nach Berufsfeld und Schulform.",
        &["praktikum", "börse"],
    )
    .checked(Checked::Gone),
    entry(
        "https://www.meinpraktikum.de/",
        "meinpraktikum.de",
        "Praktikumsplätze mit Erfahrungsberichten von Praktikantinnen und Praktikanten.",
        &["praktikum", "börse"],
    ),
    entry(
        "https://www.ausbildung.de/",
        "ausbildung.de",
        "Ausbildungsplätze und Berufsinformationen, mit Bewerbungstipps.",
        &["ausbildungsplätze", "börse"],
    ),
    entry(
        "https://www.azubiyo.de/",
        "AZUBIYO",
        "Ausbildungsbörse mit Matching-Test für Jugendliche.",
        &["ausbildungsplätze", "börse"],
    ),
    entry(
        "https://www.girls-day.de/",
        "Girls'Day – Mädchen-Zukunftstag",
        "Der bundesweite Aktionstag für Berufe, in denen Frauen bisher selten sind.",
        &["gender", "aktionstag"],
    )
    .comments(&["Anmeldungen der Betriebe bitte bis Ende Februar, sonst wird es knapp."]),
    entry(
        "https://www.boys-day.de/",
        "Boys'Day – Jungen-Zukunftstag",
        "Der Aktionstag für Jungen: Pflege, Erziehung und Soziales kennenlernen.",
        &["gender", "aktionstag"],
    ),
    entry(
        "https://www.komm-auf-tour.de/",
        "komm auf Tour",
        "Der Parcours zur Stärkenentdeckung für die Klassen 7 und 8.",
        &["selbsterkundung", "gender"],
    ),
    entry(
        "https://www.zdi-portal.de/",
        "zdi – Zukunft durch Innovation.NRW",
        "Die MINT-Gemeinschaftsoffensive des Landes mit Schülerlaboren und Kursen.",
        &["mint", "landesportal"],
    ),
    entry(
        "https://www.bibb.de/dienst/berufesuche/",
        "BIBB: Berufesuche",
        "Alle anerkannten Ausbildungsberufe mit Ausbildungsordnung und Rahmenlehrplan.",
        &["berufe", "bibb"],
    ),
    entry(
        "https://www.bibb.de/datenreport",
        "BIBB-Datenreport zum Berufsbildungsbericht",
        "Zahlen und Analysen zum Ausbildungsmarkt, jährlich aktualisiert.",
        &["statistik", "bibb"],
    ),
    entry(
        "https://www.jobstarter.de/",
        "JOBSTARTER plus",
        "Das Programm des Bundes für Ausbildung in kleinen und mittleren Unternehmen.",
        &["förderung", "betriebe"],
    )
    .checked(Checked::Status(410)),
    entry(
        "https://www.bildungsketten.de/",
        "Initiative Bildungsketten",
        "Die Bund-Länder-Initiative, auf der die Landesvereinbarung NRW beruht.",
        &["förderung", "bund"],
    ),
    entry(
        "https://www.ueberaus.de/",
        "überaus – Fachstelle Übergänge in Ausbildung und Beruf",
        "Fachinformationen, Praxisbeispiele und Veranstaltungen zum Übergangssystem.",
        &["fachstelle", "praxisbeispiele"],
    ),
    entry(
        "https://www.gib.nrw.de/",
        "G.I.B. NRW",
        "Die Gesellschaft für innovative Beschäftigungsförderung begleitet die \
         Koordinierungsstellen fachlich.",
        &["fachstelle", "landesportal"],
    )
    .comments(&[
        "Die Fachtagungen der G.I.B. sind für neue Kolleginnen und Kollegen sehr zu \
         empfehlen.",
    ]),
    entry(
        "https://www.studienwahl.de/",
        "studienwahl.de",
        "Das offizielle Studienwahlportal der Länder und der Arbeitsagentur.",
        &["studium", "arbeitsagentur"],
    ),
    entry(
        "https://www.hochschulkompass.de/",
        "Hochschulkompass",
        "Alle Studiengänge der deutschen Hochschulen, mit Zulassungsvoraussetzungen.",
        &["studium"],
    ),
    entry(
        "https://www.lwl-inklusionsamt-arbeit.de/",
        "LWL-Inklusionsamt Arbeit",
        "KAoA-STAR in Westfalen-Lippe: Berufliche Orientierung für Jugendliche mit \
         Behinderung.",
        &["inklusion", "kaoa-star", "westfalen"],
    ),
    entry(
        "https://www.lvr.de/inklusionsamt",
        "LVR-Inklusionsamt",
        "KAoA-STAR im Rheinland: Ansprechpersonen und Ablauf der Standardelemente.",
        &["inklusion", "kaoa-star", "rheinland"],
    )
    .checked(Checked::Never),
    entry(
        "https://www.anerkennung-in-deutschland.de/",
        "Anerkennung in Deutschland",
        "Das Portal zur Anerkennung ausländischer Berufsqualifikationen.",
        &["zuwanderung", "anerkennung"],
    ),
    entry(
        "https://www.kommunale-integrationszentren-nrw.de/",
        "Kommunale Integrationszentren NRW",
        "Angebote für neu zugewanderte Jugendliche im Übergang Schule – Beruf.",
        &["zuwanderung", "landesportal"],
    )
    .checked(Checked::Never),
    entry(
        "https://www.jugendberufsagenturen.nrw/",
        "Jugendberufsagenturen NRW",
        "Die Arbeitsbündnisse von Arbeitsagentur, Jobcenter und Kommune, mit \
         Standorten.",
        &["jugendberufsagentur", "arbeitsagentur", "kommune"],
    )
    .comments(&[
        "Wir haben unsere Jugendberufsagentur gerade in die Karte eintragen lassen.",
        "Bei uns fehlt noch der Standort Süd – ist gemeldet.",
    ]),
    entry(
        "https://www.elternwissen.nrw/berufswahl",
        "Elternwissen: Berufswahl begleiten",
        "Informationen für Eltern in mehreren Sprachen, zum Weitergeben an Schulen.",
        &["eltern", "mehrsprachig"],
    )
    .checked(Checked::Never),
    entry(
        "https://www.arbeit.nrw.de/ausbildungskonsens",
        "Ausbildungskonsens NRW",
        "Die Partner des Ausbildungskonsenses und ihre Vereinbarungen zur \
         Ausbildungsgarantie.",
        &["landesportal", "ausbildungsplätze"],
    )
    .checked(Checked::Never),
];

/// Writes the forum's link list.
pub(super) async fn seed(
    tx: &mut Tx,
    people: &People,
    groups: &Groups,
    now: DateTime<Utc>,
) -> AppResult<usize> {
    let mut rng = Rng::for_step("links");
    let writers: Vec<&Person> = people
        .coordinators
        .iter()
        .zip(&groups.forum_roles)
        .filter(|(_, role)| matches!(role, Some(GroupRole::Member | GroupRole::Moderator)))
        .map(|(person, _)| person)
        .collect();
    let agency: Vec<&Person> = std::iter::once(&people.admin)
        .chain(&people.moderators)
        .collect();
    let count = ENTRIES.len();
    for (k, entry) in ENTRIES.iter().enumerate() {
        // About every four days one, the newest two days old; the agency adds every
        // fourth.
        let added = now - Duration::days(2 + 4 * (count - k) as i64)
            + Duration::minutes(rng.between(0, 600));
        let author = match k % 4 {
            0 => *rng.pick(&agency),
            _ => *rng.pick(&writers),
        };
        let tags: Vec<String> = entry.tags.iter().map(|&tag| tag.to_owned()).collect();
        let input = LinkInput::parse(entry.url, entry.title, entry.description, &tags)?;
        let (link, thread, _) =
            links::write_link(tx, groups.forum, author.id, &input, added).await?;
        let mut replies = Vec::with_capacity(entry.comments.len());
        for (c, comment) in entry.comments.iter().enumerate() {
            let writer = loop {
                let writer = *rng.pick(&writers);
                if writer.id != author.id {
                    break writer;
                }
            };
            let at = (added + Duration::hours(5 + 20 * c as i64 + rng.between(0, 4))).min(now);
            let reply = ImportedReply {
                author: writer.id,
                parent: ImportParent::Thread,
                body: PostBody::parse("body", comment)?,
            };
            replies.push((reply, at));
        }
        discussions::write_replies(tx, thread, replies).await?;
        let outcome = match entry.checked {
            Checked::Never => None,
            Checked::Ok => Some(CheckOutcome::Ok { status: 200 }),
            Checked::Moved(to) => Some(CheckOutcome::Moved { to: to.to_owned() }),
            Checked::Status(status) => Some(CheckOutcome::Broken {
                reason: Broken::HttpStatus(status),
            }),
            Checked::Gone => Some(CheckOutcome::Broken {
                reason: Broken::DnsFailure,
            }),
        };
        if let Some(outcome) = outcome {
            // The last weekly check ran a few days ago.
            let checked_at = now - Duration::days(3) + Duration::minutes(k as i64);
            checks::write_check(tx, link, entry.url, &outcome, checked_at.max(added)).await?;
        }
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    /// Over 40 links, each valid and listed once, some discussed, some moved and
    /// some broken, and every moved-to address a valid link too.
    #[test]
    fn the_curated_links_are_valid_and_show_every_state() {
        assert!(ENTRIES.len() >= 40);
        let mut seen = HashSet::new();
        for entry in ENTRIES {
            let tags: Vec<String> = entry.tags.iter().map(|&t| t.to_owned()).collect();
            let input = LinkInput::parse(entry.url, entry.title, entry.description, &tags)
                .unwrap_or_else(|err| panic!("{}: {err:?}", entry.url));
            assert!(seen.insert(input.url.normalised), "{} twice", entry.url);
            assert!(!entry.tags.is_empty(), "{} has tags", entry.url);
            if let Checked::Moved(to) = entry.checked {
                assert!(LinkInput::parse(to, entry.title, "x", &[]).is_ok(), "{to}");
            }
        }
        let count = |f: fn(&Entry) -> bool| ENTRIES.iter().filter(|e| f(e)).count();
        assert!(count(|e| !e.comments.is_empty()) >= 8);
        assert!(count(|e| matches!(e.checked, Checked::Moved(_))) >= 2);
        assert!(count(|e| matches!(e.checked, Checked::Status(_) | Checked::Gone)) >= 3);
        assert!(count(|e| matches!(e.checked, Checked::Never)) >= 2);
    }
}
