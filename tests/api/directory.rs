//! The member directory: who sees whom (people sharing a group; admins everyone), email
//! addresses, shared groups, office pages, search and paging.

use serde_json::json;

use crate::{
    group_fixtures::{
        Kind, account_id, add_member, create_group, create_organization, set_organization,
    },
    helpers::TestApp,
    testdb::{Backend, both_databases},
};

both_databases!(
    people_are_visible_only_to_those_sharing_a_group,
    admins_see_everyone_with_email_addresses,
    shared_groups_are_the_common_ones,
    office_pages_list_the_visible_members,
    the_directory_is_searchable_and_paged,
);

const PERSON: &str =
    "query($id: ID!) { person(id: $id) { id name email isAdmin organization { name } } }";
const PEOPLE: &str = "query($s: String, $o: ID, $f: Int, $a: String) { people(search: $s, organizationId: $o, first: $f, after: $a) { \
     nodes { name email } pageInfo { hasNextPage endCursor } } }";

fn names(response: &crate::helpers::Gql, path: &str) -> Vec<String> {
    response.assert_ok()[path]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect()
}

/// A person is visible only to those sharing a group (and to themselves, with email).
async fn people_are_visible_only_to_those_sharing_a_group(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Gemeinsam", Kind::Secret).await;
    let other = create_group(&admin, "Anderswo", Kind::ListedOpen).await;
    let anna = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Anna", false).await,
        "GUEST",
    )
    .await;
    let bernd = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Bernd", false).await,
        "MEMBER",
    )
    .await;
    let clara = add_member(
        &app,
        &admin,
        &other,
        &app.create_user("Clara", false).await,
        "MEMBER",
    )
    .await;
    let (bernd_id, clara_id, anna_id) = (
        account_id(&bernd).await,
        account_id(&clara).await,
        account_id(&anna).await,
    );

    let seen = anna.gql(PERSON, json!({ "id": bernd_id })).await;
    assert_eq!(
        seen.assert_ok()["person"],
        json!({ "id": bernd_id, "name": "Bernd", "email": null, "isAdmin": false, "organization": null })
    );
    let hidden = anna.gql(PERSON, json!({ "id": clara_id })).await;
    hidden.assert_code("NOT_FOUND");
    assert!(hidden.body["data"]["person"].is_null());
    let me = anna.gql(PERSON, json!({ "id": anna_id })).await;
    assert_eq!(me.assert_ok()["person"]["email"], "anna@example.org");
    let listed = anna.gql(PEOPLE, json!({})).await;
    assert_eq!(names(&listed, "people"), ["Admin", "Anna", "Bernd"]);
    let clara_sees = clara.gql(PEOPLE, json!({})).await;
    assert_eq!(names(&clara_sees, "people"), ["Admin", "Clara"]);
    anna.gql(PERSON, json!({ "id": uuid::Uuid::now_v7().to_string() }))
        .await
        .assert_code("NOT_FOUND");
    anna.gql(PERSON, json!({ "id": "x" }))
        .await
        .assert_code("BAD_USER_INPUT");
}

/// Admins see every account, also those in no group, with email addresses.
async fn admins_see_everyone_with_email_addresses(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let loner = app.signed_in(&app.create_user("Lothar", false).await).await;
    let loner_id = account_id(&loner).await;
    let seen = admin.gql(PERSON, json!({ "id": loner_id })).await;
    assert_eq!(seen.assert_ok()["person"]["email"], "lothar@example.org");
    let all = admin.gql(PEOPLE, json!({})).await;
    assert_eq!(
        all.assert_ok()["people"]["nodes"],
        json!([{ "name": "Admin", "email": "admin@example.org" },
               { "name": "Lothar", "email": "lothar@example.org" }])
    );
    let lonely = loner.gql(PEOPLE, json!({})).await;
    assert_eq!(names(&lonely, "people"), ["Lothar"]);
}

/// `sharedGroups` lists exactly the groups both are members of.
async fn shared_groups_are_the_common_ones(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let a = create_group(&admin, "A", Kind::Secret).await;
    let b = create_group(&admin, "B", Kind::Secret).await;
    let c = create_group(&admin, "C", Kind::Secret).await;
    let anna_user = app.create_user("Anna", false).await;
    let bernd_user = app.create_user("Bernd", false).await;
    let anna = add_member(&app, &admin, &a, &anna_user, "MEMBER").await;
    add_member(&app, &admin, &b, &anna_user, "MEMBER").await;
    let bernd = add_member(&app, &admin, &b, &bernd_user, "GUEST").await;
    add_member(&app, &admin, &c, &bernd_user, "GUEST").await;
    let bernd_id = account_id(&bernd).await;
    let shared = anna
        .gql(
            "query($id: ID!) { person(id: $id) { sharedGroups { id name myRole } } }",
            json!({ "id": bernd_id }),
        )
        .await;
    assert_eq!(
        shared.assert_ok()["person"]["sharedGroups"],
        json!([{ "id": b, "name": "B", "myRole": "MEMBER" }])
    );
}

/// An office page lists its members the viewer may see; admins see all of them.
async fn office_pages_list_the_visible_members(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let office = create_organization(&admin, "Kreis Steinfurt", "DISTRICT").await;
    let group = create_group(&admin, "G", Kind::Secret).await;
    let anna = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Anna", false).await,
        "MEMBER",
    )
    .await;
    let bernd = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Bernd", false).await,
        "MEMBER",
    )
    .await;
    let clara = app.signed_in(&app.create_user("Clara", false).await).await;
    for browser in [&anna, &bernd, &clara] {
        set_organization(&admin, &account_id(browser).await, Some(&office)).await;
    }
    let page = "query($o: ID!) { organization(id: $o) { name members { nodes { name organization { name } } } } }";
    let anna_sees = anna.gql(page, json!({ "o": office })).await;
    assert_eq!(
        anna_sees.assert_ok()["organization"]["members"]["nodes"],
        json!([{ "name": "Anna", "organization": { "name": "Kreis Steinfurt" } },
               { "name": "Bernd", "organization": { "name": "Kreis Steinfurt" } }])
    );
    let admin_sees = admin.gql(page, json!({ "o": office })).await;
    assert_eq!(names_of(&admin_sees), ["Anna", "Bernd", "Clara"]);
    let filtered = anna.gql(PEOPLE, json!({ "o": office })).await;
    assert_eq!(names(&filtered, "people"), ["Anna", "Bernd"]);
}

fn names_of(response: &crate::helpers::Gql) -> Vec<String> {
    response.assert_ok()["organization"]["members"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect()
}

/// The directory searches names case-insensitively, takes % literally, and pages by name.
async fn the_directory_is_searchable_and_paged(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    for name in ["Berta", "Bernd", "Claudia", "Robert"] {
        app.create_user(name, false).await;
    }
    let found = admin.gql(PEOPLE, json!({ "s": "BER" })).await;
    assert_eq!(names(&found, "people"), ["Bernd", "Berta", "Robert"]);
    let literal = admin.gql(PEOPLE, json!({ "s": "%" })).await;
    assert_eq!(names(&literal, "people"), Vec::<String>::new());
    let first = admin.gql(PEOPLE, json!({ "f": 2 })).await;
    assert_eq!(names(&first, "people"), ["Admin", "Bernd"]);
    let cursor = first.assert_ok()["people"]["pageInfo"]["endCursor"].clone();
    let second = admin.gql(PEOPLE, json!({ "f": 2, "a": cursor })).await;
    assert_eq!(names(&second, "people"), ["Berta", "Claudia"]);
    admin
        .gql(PEOPLE, json!({ "a": "%%%" }))
        .await
        .assert_code("BAD_USER_INPUT");
    admin
        .gql(PEOPLE, json!({ "o": "kaputt" }))
        .await
        .assert_code("BAD_USER_INPUT");
}
