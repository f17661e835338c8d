//! People: the function in the office and the phone number on the profile (validated,
//! shown to those who see the person), and people lists sorted by last name.

use serde_json::json;

use crate::{
    group_fixtures::{
        Kind, account_id, add_member, create_group, create_organization, set_organization,
    },
    helpers::{Browser, TestApp},
    testdb::{Backend, both_databases},
};

both_databases!(
    function_and_phone_are_validated_and_kept,
    function_and_phone_show_where_the_person_shows,
    people_lists_go_by_last_name,
);

const UPDATE: &str = "mutation($j: String, $p: String) { updateProfile(jobTitle: $j, phone: $p) { \
     name jobTitle phone } }";
const PERSON: &str = "query($id: ID!) { person(id: $id) { name jobTitle phone } }";

fn names(
    nodes: &serde_json::Value,
    pick: fn(&serde_json::Value) -> &serde_json::Value,
) -> Vec<String> {
    nodes
        .as_array()
        .unwrap()
        .iter()
        .map(|n| pick(n).as_str().unwrap().to_owned())
        .collect()
}

async fn update(
    browser: &Browser,
    job_title: Option<&str>,
    phone: Option<&str>,
) -> crate::helpers::Gql {
    browser
        .gql(UPDATE, json!({ "j": job_title, "p": phone }))
        .await
}

/// Both fields are trimmed and optional; a field left out stays, an empty one is removed;
/// bad values are BAD_USER_INPUT with the field and a stable reason, and change nothing.
async fn function_and_phone_are_validated_and_kept(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = app
        .signed_in(&app.create_user("Anna Berg", false).await)
        .await;
    let saved = update(
        &anna,
        Some(" Koordinatorin Jugendhilfe "),
        Some(" +49 (2861) 82-1234 "),
    )
    .await;
    assert_eq!(
        saved.assert_ok()["updateProfile"],
        json!({ "name": "Anna Berg", "jobTitle": "Koordinatorin Jugendhilfe", "phone": "+49 (2861) 82-1234" })
    );
    let long_title = "x".repeat(101);
    let long_phone = "1".repeat(51);
    for (job_title, phone, field, reason) in [
        (Some(long_title.as_str()), None, "jobTitle", "TOO_LONG"),
        (
            Some("Erste Zeile\nZweite"),
            None,
            "jobTitle",
            "NOT_ONE_LINE",
        ),
        (None, Some("bitte anrufen"), "phone", "INVALID_PHONE"),
        (None, Some("0251 / 411 # 3"), "phone", "INVALID_PHONE"),
        (None, Some("+ ( ) -"), "phone", "INVALID_PHONE"),
        (None, Some(long_phone.as_str()), "phone", "TOO_LONG"),
    ] {
        let refused = update(&anna, job_title, phone).await;
        let error = refused.assert_code("BAD_USER_INPUT");
        assert_eq!(error["extensions"]["field"], field, "{}", refused.body);
        assert_eq!(error["extensions"]["reason"], reason, "{}", refused.body);
    }
    // Changing the name keeps both; the language switch too.
    let renamed = anna
        .gql(
            "mutation { updateProfile(name: \"Anna Berg-Schulte\", language: EN) { jobTitle phone } }",
            json!({}),
        )
        .await;
    assert_eq!(
        renamed.assert_ok()["updateProfile"],
        json!({ "jobTitle": "Koordinatorin Jugendhilfe", "phone": "+49 (2861) 82-1234" })
    );
    let cleared = update(&anna, Some(""), Some("  ")).await;
    assert_eq!(
        cleared.assert_ok()["updateProfile"],
        json!({ "name": "Anna Berg-Schulte", "jobTitle": null, "phone": null })
    );
    assert_eq!(anna.viewer().await["name"], "Anna Berg-Schulte");
}

/// The fields show on the person for everyone who sees the person (a shared group) and
/// in the member list; someone who shares no group finds no person at all.
async fn function_and_phone_show_where_the_person_shows(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Jugendhilfe", Kind::Secret).await;
    let anna = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Anna Berg", false).await,
        "MEMBER",
    )
    .await;
    let bernd = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Bernd Kurz", false).await,
        "GUEST",
    )
    .await;
    let stranger = app
        .signed_in(&app.create_user("Clara Fremd", false).await)
        .await;
    update(&anna, Some("Koordinatorin Jugendhilfe"), Some("0251 411-0"))
        .await
        .assert_ok();
    let anna_id = account_id(&anna).await;
    let expected = json!({ "name": "Anna Berg", "jobTitle": "Koordinatorin Jugendhilfe", "phone": "0251 411-0" });
    for viewer in [&bernd, &admin, &anna] {
        let seen = viewer.gql(PERSON, json!({ "id": anna_id })).await;
        assert_eq!(seen.assert_ok()["person"], expected);
    }
    stranger
        .gql(PERSON, json!({ "id": anna_id }))
        .await
        .assert_code("NOT_FOUND");
    let members = bernd
        .gql(
            "query($g: ID!) { members(groupId: $g, search: \"berg\") { nodes { person { name jobTitle phone } } } }",
            json!({ "g": group }),
        )
        .await;
    assert_eq!(
        members.assert_ok()["members"]["nodes"],
        json!([{ "person": expected }])
    );
}

/// The directory, an office's people and the member list sort by the last word of the
/// name, then by the whole name, ignoring case.
async fn people_lists_go_by_last_name(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app
        .signed_in(&app.create_user("Admin Zett", true).await)
        .await;
    let group = create_group(&admin, "Alle", Kind::Secret).await;
    let office = create_organization(&admin, "Kreis Borken", "DISTRICT").await;
    for name in [
        "Zora albers",
        "Bernd Berg",
        "anna Berg",
        "Dr. Carl Özer",
        "Ida Meier",
    ] {
        let member = add_member(
            &app,
            &admin,
            &group,
            &app.create_user(name, false).await,
            "MEMBER",
        )
        .await;
        set_organization(&admin, &account_id(&member).await, Some(&office)).await;
    }
    let expected = [
        "Zora albers",
        "anna Berg",
        "Bernd Berg",
        "Ida Meier",
        "Dr. Carl Özer",
    ];
    let directory = admin
        .gql(
            "query($o: ID) { people(organizationId: $o) { nodes { name } } }",
            json!({ "o": office }),
        )
        .await;
    assert_eq!(
        names(&directory.assert_ok()["people"]["nodes"], |n| &n["name"]),
        expected
    );
    let office_page = admin
        .gql(
            "query($o: ID!) { organization(id: $o) { members { nodes { name } } } }",
            json!({ "o": office }),
        )
        .await;
    assert_eq!(
        names(
            &office_page.assert_ok()["organization"]["members"]["nodes"],
            |n| &n["name"]
        ),
        expected
    );
    // Search ignores case beyond ASCII too (on SQLite as well).
    let found = admin
        .gql(
            "query($g: ID!) { people(search: \"özer\") { nodes { name } } \
             members(groupId: $g, search: \"ÖZER\") { nodes { person { name } } } }",
            json!({ "g": group }),
        )
        .await;
    let found = found.assert_ok();
    assert_eq!(
        names(&found["people"]["nodes"], |n| &n["name"]),
        ["Dr. Carl Özer"]
    );
    assert_eq!(
        names(&found["members"]["nodes"], |n| &n["person"]["name"]),
        ["Dr. Carl Özer"]
    );
    let members = admin
        .gql(
            "query($g: ID!) { members(groupId: $g, role: MEMBER) { nodes { person { name } } } }",
            json!({ "g": group }),
        )
        .await;
    assert_eq!(
        names(
            &members.assert_ok()["members"]["nodes"],
            |n| &n["person"]["name"]
        ),
        expected
    );
}
