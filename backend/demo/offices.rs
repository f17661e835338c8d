//! The organisations: the 53 Kommunale Koordinierungsstellen of NRW (from
//! `nrw-kommunen.csv`: the 31 districts including the Städteregion Aachen and the 22
//! independent cities, with their Regierungsbezirk) and the state agency that moderates
//! the forum.
//!
//! Contact details are made up: addresses under the reserved `.example` domain and
//! phone numbers from the range the Bundesnetzagentur keeps free for media
//! productions (Köln, 0221 4710 000–999), so no real office gets mail or calls.

use chrono::{DateTime, Utc};

use super::slug;
use crate::{
    db::Tx,
    error::{AppError, AppResult},
    orgs::{
        model::{OrganizationData, OrganizationId, OrganizationInputRaw, OrganizationKind, Region},
        store,
    },
};

/// The municipalities with a coordination office: `name,kind,region`.
const MUNICIPALITIES: &str = include_str!("nrw-kommunen.csv");

/// The agency's name.
pub(super) const AGENCY_NAME: &str = "Landesweite Koordinierungsstelle Übergang Schule–Beruf";
/// The agency's mail domain.
const AGENCY_DOMAIN: &str = "landeskoordinierung-schule-beruf.example";

/// One line of the municipalities file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Municipality {
    pub name: &'static str,
    pub kind: OrganizationKind,
    pub region: &'static str,
}

/// Reads the municipalities file.
pub(super) fn municipalities() -> AppResult<Vec<Municipality>> {
    MUNICIPALITIES
        .lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let bad = || anyhow::anyhow!("nrw-kommunen.csv: malformed line {line:?}");
            let mut fields = line.split(',').map(str::trim);
            let (Some(name), Some(kind), Some(region), None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                return Err(bad().into());
            };
            let kind = match kind {
                "Kreis" => OrganizationKind::District,
                "kreisfreie Stadt" => OrganizationKind::IndependentCity,
                _ => return Err(bad().into()),
            };
            Ok(Municipality { name, kind, region })
        })
        .collect()
}

/// An organisation the demo made.
pub(super) struct Office {
    pub id: OrganizationId,
    /// The mail domain of its staff, e.g. `kreis-borken.example`.
    pub domain: String,
}

/// The organisations the demo made.
pub(super) struct Offices {
    /// The state agency that moderates the forum.
    pub agency: Office,
    /// The coordination offices, in the order of the municipalities file.
    pub offices: Vec<Office>,
}

impl Municipality {
    /// "im Kreis Borken", "im Oberbergischen Kreis", "in der Städteregion Aachen",
    /// "in Münster": the place in the dative, for descriptions.
    pub(super) fn in_place(&self) -> String {
        match self.kind {
            OrganizationKind::IndependentCity => format!("in {}", self.name),
            _ if self.name.starts_with("Städteregion") => format!("in der {}", self.name),
            _ => match self.name.strip_suffix("er Kreis") {
                Some(adjective) => format!("im {adjective}en Kreis"),
                None => format!("im {}", self.name),
            },
        }
    }

    /// The office's name, e.g. "Kommunale Koordinierungsstelle Stadt Münster".
    pub(super) fn office_name(&self) -> String {
        match self.kind {
            OrganizationKind::IndependentCity => {
                format!("Kommunale Koordinierungsstelle Stadt {}", self.name)
            }
            _ => format!("Kommunale Koordinierungsstelle {}", self.name),
        }
    }

    /// The mail domain, e.g. `kreis-borken.example`, `stadt-muenster.example`.
    pub(super) fn domain(&self) -> String {
        match self.kind {
            OrganizationKind::IndependentCity => format!("stadt-{}.example", slug(self.name)),
            _ => format!("{}.example", slug(self.name)),
        }
    }

    /// The office's data; `number` (0–899) makes its phone number.
    fn data(&self, region: &Region, number: usize) -> AppResult<OrganizationData> {
        let place = self.in_place();
        let description = match number % 3 {
            0 => format!(
                "Die Kommunale Koordinierungsstelle {place} steuert die Landesinitiative \
                 „Kein Abschluss ohne Anschluss“ vor Ort: Potenzialanalysen, \
                 Berufsfelderkundungen und Praxisphasen, abgestimmt mit Schulen, Agentur für \
                 Arbeit, Kammern und Jugendhilfe."
            ),
            1 => format!(
                "Ansprechpartnerin für Schulen, Betriebe und Träger {place}: Wir koordinieren \
                 die Standardelemente der Berufs- und Studienorientierung, organisieren den \
                 Trägermarkt und begleiten den Übergang in Ausbildung und Studium."
            ),
            _ => format!(
                "Die Koordinierungsstelle {place} gestaltet das Übergangssystem Schule–Beruf \
                 gemeinsam mit dem regionalen Ausbildungskonsens. Schwerpunkte: \
                 Praktikumsbörse, Übergangsbegleitung und Anschlussvereinbarungen."
            ),
        };
        let domain = self.domain();
        OrganizationData::parse(OrganizationInputRaw {
            name: &self.office_name(),
            kind: self.kind,
            municipality: self.name,
            region_id: Some(region.id),
            description: Some(&description),
            contact_email: Some(&format!("kommunale-koordinierung@{domain}")),
            contact_phone: Some(&format!("0221 4710-{:03}", 100 + number)),
            website: Some(&format!("https://www.{domain}/kaoa")),
        })
    }
}

/// Creates the agency and the 53 offices.
pub(super) async fn seed(
    tx: &mut Tx,
    regions: &[Region],
    now: DateTime<Utc>,
) -> AppResult<Offices> {
    let region = |name: &str| {
        regions.iter().find(|r| r.name == name).ok_or_else(|| {
            AppError::from(anyhow::anyhow!(
                "the region {name:?} is missing from the database"
            ))
        })
    };
    let agency = OrganizationData::parse(OrganizationInputRaw {
        name: AGENCY_NAME,
        kind: OrganizationKind::Agency,
        municipality: "Köln",
        region_id: Some(region("Köln")?.id),
        description: Some(
            "Begleitet im Auftrag des Landes die 53 Kommunalen Koordinierungsstellen der \
             Landesinitiative „Kein Abschluss ohne Anschluss“, moderiert das Fachforum und \
             bündelt Praxiswissen aus den Regionen für alle Kommunen.",
        ),
        contact_email: Some(&format!("fachforum@{AGENCY_DOMAIN}")),
        contact_phone: Some("0221 4710-000"),
        website: Some(&format!("https://www.{AGENCY_DOMAIN}")),
    })?;
    let agency = Office {
        id: store::insert(tx, &agency, now).await?.id,
        domain: AGENCY_DOMAIN.to_owned(),
    };
    let mut offices = Vec::new();
    for (number, municipality) in municipalities()?.iter().enumerate() {
        let data = municipality.data(region(municipality.region)?, number)?;
        offices.push(Office {
            id: store::insert(tx, &data, now).await?.id,
            domain: municipality.domain(),
        });
    }
    Ok(Offices { agency, offices })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file holds 31 districts and 22 independent cities in the five regions.
    #[test]
    fn the_municipalities_file_holds_the_53_offices() {
        let all = municipalities().unwrap();
        assert_eq!(all.len(), 53);
        let districts = all
            .iter()
            .filter(|m| m.kind == OrganizationKind::District)
            .count();
        assert_eq!((districts, all.len() - districts), (31, 22));
        let mut regions: Vec<_> = all.iter().map(|m| m.region).collect();
        regions.sort();
        regions.dedup();
        assert_eq!(
            regions,
            ["Arnsberg", "Detmold", "Düsseldorf", "Köln", "Münster"]
        );
    }

    /// Names, places and domains read as German and are plain ASCII where they must be.
    #[test]
    fn names_places_and_domains_are_well_formed() {
        let all = municipalities().unwrap();
        let find = |name: &str| all.iter().find(|m| m.name == name).unwrap().clone();
        let city = find("Mülheim an der Ruhr");
        assert_eq!(
            city.office_name(),
            "Kommunale Koordinierungsstelle Stadt Mülheim an der Ruhr"
        );
        assert_eq!(city.in_place(), "in Mülheim an der Ruhr");
        assert_eq!(city.domain(), "stadt-muelheim-an-der-ruhr.example");
        assert_eq!(find("Kreis Borken").in_place(), "im Kreis Borken");
        assert_eq!(
            find("Oberbergischer Kreis").in_place(),
            "im Oberbergischen Kreis"
        );
        assert_eq!(
            find("Rheinisch-Bergischer Kreis").in_place(),
            "im Rheinisch-Bergischen Kreis"
        );
        assert_eq!(
            find("Städteregion Aachen").in_place(),
            "in der Städteregion Aachen"
        );
        assert_eq!(
            find("Hochsauerlandkreis").in_place(),
            "im Hochsauerlandkreis"
        );
        assert_eq!(
            find("Städteregion Aachen").domain(),
            "staedteregion-aachen.example"
        );
        let mut domains: Vec<_> = all.iter().map(Municipality::domain).collect();
        domains.sort();
        domains.dedup();
        assert_eq!(domains.len(), 53);
        assert!(domains.iter().all(|d| {
            d.bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'.')
        }));
    }
}
