//! Acknowledgement requests through the API: counting per office and per person
//! against the current members (an office joining, a person leaving, two of one office
//! at once), reminders by moderators and before the deadline (the app clock), closing
//! and the deadline freezing the coverage, the CSV export as German Excel reads it, and
//! access.

use std::time::Duration;

use serde_json::{Value, json};

use crate::{
    discussions_fixtures::{Forum, forum},
    group_fixtures::{Kind, account_id, add_member, create_organization, set_organization},
    helpers::{Browser, TestApp},
    notices::notice,
    testdb::{Backend, both_databases},
};
use fachforum::{notices, platform::jobs};

const COVERAGE: &str = "query($id: ID!) { notice(id: $id) { acknowledgementRequest { id open \
     closedAt coverage { covered total frozen units { name isOffice officeName coveredAt \
     acknowledgements { name stillMember } } history { covered } } } } }";

/// A forum whose members belong to offices: Anna and Ben to Kreis Lippe, Carla to
/// Stadt Bonn, Dora to none; Mona moderates, Gustav is a guest.
struct Offices {
    f: Forum,
    carla: Browser,
    dora: Browser,
    /// Stadt Bonn's id.
    bonn: String,
}

async fn offices(backend: Backend) -> Offices {
    let f = forum(TestApp::spawn(backend).await, Kind::ListedClosed).await;
    let lippe = create_organization(&f.moderator, "Kreis Lippe", "DISTRICT").await;
    let bonn = create_organization(&f.moderator, "Stadt Bonn", "INDEPENDENT_CITY").await;
    set_organization(&f.moderator, &f.anna_id, Some(&lippe)).await;
    set_organization(&f.moderator, &f.ben_id, Some(&lippe)).await;
    let carla_user = f.app.create_user("Carla", false).await;
    let carla = add_member(&f.app, &f.moderator, &f.group, &carla_user, "MEMBER").await;
    set_organization(&f.moderator, &account_id(&carla).await, Some(&bonn)).await;
    let dora_user = f.app.create_user("Dora", false).await;
    let dora = add_member(&f.app, &f.moderator, &f.group, &dora_user, "MEMBER").await;
    Offices {
        bonn,
        f,
        carla,
        dora,
    }
}

async fn request(
    moderator: &Browser,
    notice: &str,
    mode: &str,
    deadline: chrono::DateTime<chrono::Utc>,
) -> crate::helpers::Gql {
    moderator
        .gql(
            "mutation($n: ID!, $m: AcknowledgementMode!, $d: DateTime!) { \
             requestAcknowledgement(noticeId: $n, mode: $m, deadline: $d) { \
             acknowledgementRequest { id mode open } } }",
            json!({ "n": notice, "m": mode, "d": deadline.to_rfc3339() }),
        )
        .await
}

async fn acknowledge(browser: &Browser, notice: &str) -> crate::helpers::Gql {
    browser
        .gql(
            "mutation($id: ID!) { acknowledgeNotice(id: $id) { acknowledgementRequest { \
             myAcknowledgedAt myOfficeAcknowledgedAt } } }",
            json!({ "id": notice }),
        )
        .await
}

async fn coverage(browser: &Browser, notice: &str) -> Value {
    let response = browser.gql(COVERAGE, json!({ "id": notice })).await;
    response.assert_ok()["notice"]["acknowledgementRequest"].clone()
}

fn figures(request: &Value) -> (i64, i64) {
    let c = &request["coverage"];
    (c["covered"].as_i64().unwrap(), c["total"].as_i64().unwrap())
}

async fn remind(browser: &Browser, request: &str) -> crate::helpers::Gql {
    browser
        .gql(
            "mutation($id: ID!) { remindMissingAcknowledgements(id: $id) }",
            json!({ "id": request }),
        )
        .await
}

/// The kinds of the notifications a person has, newest first.
async fn notification_kinds(browser: &Browser) -> Vec<String> {
    let response = browser
        .gql("{ notifications { nodes { kind } } }", json!({}))
        .await;
    response.assert_ok()["notifications"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap().to_owned())
        .collect()
}

/// Waits until the acknowledgement jobs that are due by the app clock have run.
async fn settle(app: &TestApp) {
    for _ in 0..400 {
        let now = app.clock.now();
        let mut due = 0;
        for kind in [notices::DEADLINE_JOB, notices::REMINDER_JOB] {
            due += jobs::of_kind(&app.state.db, kind)
                .await
                .unwrap()
                .iter()
                .filter(|job| job.run_at <= now)
                .count();
        }
        if due == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the due acknowledgement jobs did not run");
}

/// The CSV export as a list of rows of cells, after checking the BOM and CRLF.
async fn csv(browser: &Browser, request: &str) -> Vec<Vec<String>> {
    let response = browser
        .get(&format!("/export/acknowledgements/{request}.csv"))
        .await;
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    assert_eq!(headers["cache-control"], "private, no-store");
    assert!(
        headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"Kenntnisnahme-")
    );
    let bytes = response.bytes().await.unwrap();
    let text = std::str::from_utf8(&bytes).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a byte order mark");
    assert!(text.ends_with("\r\n"));
    text.trim_end_matches("\r\n")
        .split("\r\n")
        .map(|line| line.split(';').map(str::to_owned).collect())
        .collect()
}

both_databases!(
    per_office_one_person_covers_the_office,
    per_person_reminders_and_the_deadline,
    requests_are_for_moderators_and_members_of_the_group,
);

/// Per office: one acknowledgement covers the office, two at once count once, an
/// office that joins later is missing, a person who leaves still covers their office;
/// reminders reach the missing; closing freezes the figures; the CSV has one row per
/// office or person without one.
async fn per_office_one_person_covers_the_office(backend: Backend) {
    let Offices {
        f,
        carla,
        dora,
        bonn,
    } = offices(backend).await;
    let posted = notice(&f.moderator, &f.group, "Neue Förderrichtlinie ab 1. Januar").await;
    let id = posted["id"].as_str().unwrap();
    let deadline = f.app.clock.now() + chrono::Duration::days(7);
    let made = request(&f.moderator, id, "PER_OFFICE", deadline).await;
    assert_eq!(
        made.assert_ok()["requestAcknowledgement"]["acknowledgementRequest"]["open"],
        true
    );
    let again = request(&f.moderator, id, "PER_PERSON", deadline).await;
    assert_eq!(
        again.assert_code("CONFLICT")["extensions"]["reason"],
        "ALREADY_REQUESTED"
    );
    // Everyone counted is notified; the moderator and the guest are not asked.
    for member in [&f.anna, &f.ben, &carla, &dora] {
        assert_eq!(
            notification_kinds(member).await,
            ["ACKNOWLEDGEMENT_REQUESTED"]
        );
    }
    assert!(notification_kinds(&f.guest).await.is_empty());
    let before = coverage(&f.moderator, id).await;
    assert_eq!(figures(&before), (0, 3));

    // Anna and Ben of Kreis Lippe at the same moment: the office counts once.
    let (a, b) = tokio::join!(acknowledge(&f.anna, id), acknowledge(&f.ben, id));
    a.assert_ok();
    b.assert_ok();
    let twice = acknowledge(&f.anna, id).await;
    let mine = &twice.assert_ok()["acknowledgeNotice"]["acknowledgementRequest"];
    assert!(mine["myAcknowledgedAt"].is_string());
    let after = coverage(&f.moderator, id).await;
    assert_eq!(figures(&after), (1, 3));
    let lippe = after["coverage"]["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["name"] == "Kreis Lippe")
        .unwrap()
        .clone();
    assert_eq!(lippe["acknowledgements"].as_array().unwrap().len(), 2);
    assert_eq!(lippe["isOffice"], true);
    // Carla's office is not covered yet.
    let for_carla = carla
        .gql(
            "query($id: ID!) { notice(id: $id) { acknowledgementRequest { myAcknowledgedAt myOfficeAcknowledgedAt } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        for_carla.assert_ok()["notice"]["acknowledgementRequest"],
        json!({ "myAcknowledgedAt": null, "myOfficeAcknowledgedAt": null })
    );

    // A new office joins: missing until someone acknowledges.
    let essen = create_organization(&f.moderator, "Stadt Essen", "INDEPENDENT_CITY").await;
    let emil_user = f.app.create_user("Emil", false).await;
    let emil = add_member(&f.app, &f.moderator, &f.group, &emil_user, "MEMBER").await;
    set_organization(&f.moderator, &account_id(&emil).await, Some(&essen)).await;
    assert_eq!(figures(&coverage(&f.moderator, id).await), (1, 4));

    // Carla acknowledges for Stadt Bonn and leaves: Bonn, still in the group through
    // Bodo, stays covered, and her acknowledgement is marked.
    let bodo_user = f.app.create_user("Bodo", false).await;
    let bodo = add_member(&f.app, &f.moderator, &f.group, &bodo_user, "MEMBER").await;
    set_organization(&f.moderator, &account_id(&bodo).await, Some(&bonn)).await;
    acknowledge(&carla, id).await.assert_ok();
    carla
        .gql(
            "mutation($g: ID!) { leaveGroup(groupId: $g) }",
            json!({ "g": f.group }),
        )
        .await
        .assert_ok();
    let left = coverage(&f.moderator, id).await;
    assert_eq!(figures(&left), (2, 4));
    let bonn = left["coverage"]["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["name"] == "Stadt Bonn")
        .unwrap()
        .clone();
    assert_eq!(
        bonn["acknowledgements"],
        json!([{ "name": "Carla", "stillMember": false }])
    );
    let history: Vec<i64> = left["coverage"]["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["covered"].as_i64().unwrap())
        .collect();
    assert_eq!(history, [1, 2]);

    // The reminder reaches Dora and Emil only, and not twice within an hour.
    let request_id = left["id"].as_str().unwrap().to_owned();
    remind(&f.anna, &request_id).await.assert_code("FORBIDDEN");
    let reminded = remind(&f.moderator, &request_id).await;
    assert_eq!(reminded.assert_ok()["remindMissingAcknowledgements"], 2);
    assert_eq!(
        notification_kinds(&dora).await[0],
        "ACKNOWLEDGEMENT_REMINDER"
    );
    assert_eq!(
        notification_kinds(&emil).await[0],
        "ACKNOWLEDGEMENT_REMINDER"
    );
    assert_eq!(
        notification_kinds(&f.anna).await,
        ["ACKNOWLEDGEMENT_REQUESTED"]
    );
    let soon = remind(&f.moderator, &request_id).await;
    assert_eq!(
        soon.assert_code("CONFLICT")["extensions"]["reason"],
        "REMINDED_RECENTLY"
    );
    f.app.clock.advance(Duration::from_secs(3601));
    remind(&f.moderator, &request_id).await.assert_ok();

    // The CSV for the agency: one row per office, and Dora without one.
    let rows = csv(&f.moderator, &request_id).await;
    assert_eq!(
        rows[0],
        [
            "Dienststelle",
            "Status",
            "Zur Kenntnis genommen von",
            "Zeitpunkt"
        ]
    );
    assert_eq!(rows.len(), 5);
    let row = |name: &str| rows.iter().find(|r| r[0] == name).unwrap().clone();
    assert_eq!(row("Kreis Lippe")[1], "zur Kenntnis genommen");
    assert!(["Anna", "Ben"].contains(&row("Kreis Lippe")[2].as_str()));
    assert_eq!(row("Stadt Bonn")[2], "Carla (nicht mehr in der Gruppe)");
    assert_eq!(row("Stadt Essen")[1..3], ["offen", ""]);
    assert_eq!(row("Dora (ohne Dienststelle)")[1], "offen");
    assert!(
        row("Kreis Lippe")[3].len() == 16,
        "dd.mm.yyyy hh:mm: {:?}",
        row("Kreis Lippe")
    );

    // Closing freezes: later members change nothing, acknowledging is refused.
    let close = f
        .moderator
        .gql(
            "mutation($id: ID!) { closeAcknowledgementRequest(id: $id) { acknowledgementRequest { open closedAt } } }",
            json!({ "id": request_id }),
        )
        .await;
    assert_eq!(
        close.assert_ok()["closeAcknowledgementRequest"]["acknowledgementRequest"]["open"],
        false
    );
    let late_user = f.app.create_user("Lena", false).await;
    add_member(&f.app, &f.moderator, &f.group, &late_user, "MEMBER").await;
    let frozen = coverage(&f.moderator, id).await;
    assert_eq!(figures(&frozen), (2, 4));
    assert_eq!(frozen["coverage"]["frozen"], true);
    let late = acknowledge(&dora, id).await;
    assert_eq!(
        late.assert_code("CONFLICT")["extensions"]["reason"],
        "REQUEST_CLOSED"
    );
}

/// Per person: everyone counts for themselves; the automatic reminder goes out before
/// the deadline once per person; at the deadline the request closes on its own.
async fn per_person_reminders_and_the_deadline(backend: Backend) {
    let Offices { f, carla, dora, .. } = offices(backend).await;
    let posted = notice(&f.moderator, &f.group, "Statistik bis Monatsende").await;
    let id = posted["id"].as_str().unwrap();
    let past = f.app.clock.now() - chrono::Duration::minutes(5);
    let refused = request(&f.moderator, id, "PER_PERSON", past).await;
    let refused = refused.assert_code("BAD_USER_INPUT");
    assert_eq!(
        (
            refused["extensions"]["field"].clone(),
            refused["extensions"]["reason"].clone()
        ),
        (json!("deadline"), json!("IN_PAST"))
    );
    let deadline = f.app.clock.now() + chrono::Duration::days(3);
    request(&f.moderator, id, "PER_PERSON", deadline)
        .await
        .assert_ok();
    acknowledge(&f.anna, id).await.assert_ok();
    assert_eq!(figures(&coverage(&f.moderator, id).await), (1, 4));

    // A day before the deadline (the default), those missing are reminded, once.
    f.app.clock.advance(Duration::from_secs(2 * 86400 - 60));
    settle(&f.app).await;
    assert_eq!(
        notification_kinds(&f.ben).await,
        ["ACKNOWLEDGEMENT_REQUESTED"]
    );
    f.app.clock.advance(Duration::from_secs(120));
    settle(&f.app).await;
    for missing in [&f.ben, &carla, &dora] {
        assert_eq!(
            notification_kinds(missing).await,
            ["ACKNOWLEDGEMENT_REMINDER", "ACKNOWLEDGEMENT_REQUESTED"]
        );
    }
    assert_eq!(
        notification_kinds(&f.anna).await,
        ["ACKNOWLEDGEMENT_REQUESTED"]
    );
    acknowledge(&carla, id).await.assert_ok();

    // At the deadline the request closes by itself, with the figures of that moment.
    f.app.clock.advance(Duration::from_secs(86400));
    settle(&f.app).await;
    let closed = coverage(&f.moderator, id).await;
    assert_eq!(closed["open"], false);
    assert_eq!(
        closed["closedAt"]
            .as_str()
            .map(|at| chrono::DateTime::parse_from_rfc3339(at).unwrap()),
        Some(deadline.into())
    );
    assert_eq!(figures(&closed), (2, 4));
    assert_eq!(closed["coverage"]["frozen"], true);
    for missing in [&f.ben, &dora] {
        assert_eq!(
            notification_kinds(missing).await.len(),
            2,
            "one reminder only"
        );
    }
    let rows = csv(&f.moderator, closed["id"].as_str().unwrap()).await;
    assert_eq!(rows[0], ["Person", "Dienststelle", "Status", "Zeitpunkt"]);
    assert_eq!(
        rows[1][..3],
        ["Anna", "Kreis Lippe", "zur Kenntnis genommen"]
    );
    assert_eq!(rows[4][..3], ["Dora", "", "offen"]);
}

/// Only moderators ask, see the coverage and export it; outsiders reach nothing; a
/// notice without a request cannot be acknowledged; the CSV needs a session.
async fn requests_are_for_moderators_and_members_of_the_group(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let posted = notice(&f.moderator, &f.group, "Termine der Netzwerktreffen").await;
    let id = posted["id"].as_str().unwrap();
    acknowledge(&f.anna, id).await.assert_code("NOT_FOUND");
    let deadline = f.app.clock.now() + chrono::Duration::days(3);
    request(&f.anna, id, "PER_PERSON", deadline)
        .await
        .assert_code("FORBIDDEN");
    let made = request(&f.moderator, id, "PER_PERSON", deadline).await;
    let request_id = made.assert_ok()["requestAcknowledgement"]["acknowledgementRequest"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    f.anna
        .gql(COVERAGE, json!({ "id": id }))
        .await
        .assert_code("FORBIDDEN");
    acknowledge(&f.guest, id).await.assert_ok();
    let outsider_user = f.app.create_user("Olaf", false).await;
    let outsider = f.app.signed_in(&outsider_user).await;
    acknowledge(&outsider, id).await.assert_code("NOT_FOUND");
    for (browser, status) in [(&outsider, 404), (&f.anna, 403), (&f.app.browser(), 401)] {
        let response = browser
            .get(&format!("/export/acknowledgements/{request_id}.csv"))
            .await;
        assert_eq!(response.status(), status);
    }
    let wrong = f.moderator.get("/export/acknowledgements/nichts.csv").await;
    assert_eq!(wrong.status(), 404);
    for mutation in [
        "closeAcknowledgementRequest(id: $id) { id }",
        "remindMissingAcknowledgements(id: $id)",
    ] {
        outsider
            .gql(
                &format!("mutation($id: ID!) {{ {mutation} }}"),
                json!({ "id": request_id }),
            )
            .await
            .assert_code("NOT_FOUND");
    }
    // A deleted notice reminds nobody.
    f.moderator
        .gql(
            "mutation($id: ID!) { deletePost(postId: $id) { id } }",
            json!({ "id": posted["openingPostId"] }),
        )
        .await
        .assert_ok();
    let deleted = remind(&f.moderator, &request_id).await;
    assert_eq!(
        deleted.assert_code("CONFLICT")["extensions"]["reason"],
        "DELETED"
    );
}
