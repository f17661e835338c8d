//! Organisations and regions: the seeded regions, creating, editing, listing and
//! searching offices, assigning accounts, and the handover to a successor.

use serde_json::json;

use crate::{
    group_fixtures::{
        Kind, account_id, add_member, create_group, create_organization, invite, set_organization,
    },
    helpers::TestApp,
    testdb::{Backend, both_databases},
};

both_databases!(
    the_five_nrw_regions_are_there,
    admins_create_and_update_organizations,
    organization_input_is_validated,
    organizations_are_searched_filtered_and_paged,
    admins_put_accounts_into_organizations,
    handover_moves_memberships_to_the_successor,
    handover_needs_two_accounts_of_one_office,
);

const FIELDS: &str =
    "id name kind municipality region { id name } description contactEmail contactPhone website";

fn create_mutation() -> String {
    format!(
        "mutation($input: OrganizationInput!) {{ createOrganization(input: $input) {{ {FIELDS} }} }}"
    )
}

async fn region_id(browser: &crate::helpers::Browser, name: &str) -> String {
    let regions = browser.gql("{ regions { id name } }", json!({})).await;
    regions.assert_ok()["regions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == name)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Every signed-in account sees the five Regierungsbezirke in their fixed order.
async fn the_five_nrw_regions_are_there(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = app.signed_in(&app.create_user("Anna", false).await).await;
    let regions = anna.gql("{ regions { name } }", json!({})).await;
    assert_eq!(
        regions.assert_ok()["regions"],
        json!([{ "name": "Arnsberg" }, { "name": "Detmold" }, { "name": "Düsseldorf" },
               { "name": "Köln" }, { "name": "Münster" }])
    );
    app.browser()
        .gql("{ regions { name } }", json!({}))
        .await
        .assert_code("UNAUTHENTICATED");
}

/// An admin creates an office with every field and edits it; every signed-in person reads it.
async fn admins_create_and_update_organizations(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let muenster = region_id(&admin, "Münster").await;
    let created = admin
        .gql(
            &create_mutation(),
            json!({ "input": { "name": " Kreis Borken ", "kind": "DISTRICT", "municipality": "Borken",
                    "regionId": muenster, "description": "Kommunale Koordinierung",
                    "contactEmail": "KAoA@Kreis-Borken.de", "contactPhone": "+49 2861 82-0",
                    "website": "https://www.kreis-borken.de" } }),
        )
        .await;
    let office = created.assert_ok()["createOrganization"].clone();
    assert_eq!(office["name"], "Kreis Borken");
    assert_eq!(office["region"]["name"], "Münster");
    assert_eq!(office["contactEmail"], "kaoa@kreis-borken.de");

    let anna = app.signed_in(&app.create_user("Anna", false).await).await;
    let read = anna
        .gql(
            &format!("query($id: ID!) {{ organization(id: $id) {{ {FIELDS} }} }}"),
            json!({ "id": office["id"] }),
        )
        .await;
    assert_eq!(read.assert_ok()["organization"], office);

    let update = format!(
        "mutation($id: ID!, $input: OrganizationInput!) {{ updateOrganization(id: $id, input: $input) {{ {FIELDS} }} }}"
    );
    let updated = admin
        .gql(
            &update,
            json!({ "id": office["id"], "input": { "name": "Kreis Borken (KAoA)", "kind": "DISTRICT",
                    "municipality": "Borken", "contactEmail": "" } }),
        )
        .await;
    let updated = &updated.assert_ok()["updateOrganization"];
    assert_eq!(updated["name"], "Kreis Borken (KAoA)");
    assert!(
        updated["region"].is_null()
            && updated["contactEmail"].is_null()
            && updated["website"].is_null()
    );
    anna.gql(
        &update,
        json!({ "id": office["id"], "input": { "name": "X", "kind": "OTHER", "municipality": "X" } }),
    )
    .await
    .assert_code("FORBIDDEN");
    admin
        .gql(
            &update,
            json!({ "id": uuid::Uuid::now_v7().to_string(), "input": { "name": "X", "kind": "OTHER", "municipality": "X" } }),
        )
        .await
        .assert_code("NOT_FOUND");
}

/// Bad organisation input names its field, non-admins are FORBIDDEN, duplicate names CONFLICT.
async fn organization_input_is_validated(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let anna = app.signed_in(&app.create_user("Anna", false).await).await;
    let base = json!({ "name": "Stadt Köln", "kind": "INDEPENDENT_CITY", "municipality": "Köln" });
    anna.gql(&create_mutation(), json!({ "input": base }))
        .await
        .assert_code("FORBIDDEN");
    let with = |key: &str, value: serde_json::Value| {
        let mut input = base.clone();
        input[key] = value;
        json!({ "input": input })
    };
    for (vars, field) in [
        (with("name", json!("")), "name"),
        (with("name", json!("x".repeat(201))), "name"),
        (with("municipality", json!(" ")), "municipality"),
        (with("contactEmail", json!("kein-mail")), "contactEmail"),
        (with("contactPhone", json!("bitte anrufen")), "contactPhone"),
        (with("website", json!("javascript:alert(1)")), "website"),
        (
            with("description", json!("x".repeat(20_001))),
            "description",
        ),
        (
            with("regionId", json!(uuid::Uuid::now_v7().to_string())),
            "regionId",
        ),
        (with("regionId", json!("kaputt")), "regionId"),
    ] {
        let response = admin.gql(&create_mutation(), vars).await;
        assert_eq!(
            response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
            field,
            "{}",
            response.body
        );
    }
    admin
        .gql(&create_mutation(), json!({ "input": base }))
        .await
        .assert_ok();
    admin
        .gql(&create_mutation(), with("name", json!(" STADT köln ")))
        .await
        .assert_code("CONFLICT");
}

/// Offices are ordered by name, searched in name and municipality, filtered by region, paged.
async fn organizations_are_searched_filtered_and_paged(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let koeln = region_id(&admin, "Köln").await;
    let muenster = region_id(&admin, "Münster").await;
    for (name, municipality, region) in [
        ("Stadt Bonn", "Bonn", &koeln),
        ("Kreis Borken", "Borken", &muenster),
        ("Rhein-Sieg-Kreis", "Siegburg", &koeln),
        ("Stadt Münster", "Münster", &muenster),
    ] {
        admin
            .gql(
                &create_mutation(),
                json!({ "input": { "name": name, "kind": "DISTRICT", "municipality": municipality, "regionId": region } }),
            )
            .await
            .assert_ok();
    }
    let anna = app.signed_in(&app.create_user("Anna", false).await).await;
    let list = "query($s: String, $r: ID, $f: Int, $a: String) { organizations(search: $s, regionId: $r, first: $f, after: $a) { \
                nodes { name } pageInfo { hasNextPage endCursor } } }";
    let names = |response: &crate::helpers::Gql| -> Vec<String> {
        response.assert_ok()["organizations"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let all = anna.gql(list, json!({})).await;
    assert_eq!(
        names(&all),
        [
            "Kreis Borken",
            "Rhein-Sieg-Kreis",
            "Stadt Bonn",
            "Stadt Münster"
        ]
    );
    let searched = anna.gql(list, json!({ "s": "BO" })).await;
    assert_eq!(names(&searched), ["Kreis Borken", "Stadt Bonn"]);
    let by_municipality = anna.gql(list, json!({ "s": "siegburg" })).await;
    assert_eq!(names(&by_municipality), ["Rhein-Sieg-Kreis"]);
    let in_region = anna.gql(list, json!({ "r": koeln })).await;
    assert_eq!(names(&in_region), ["Rhein-Sieg-Kreis", "Stadt Bonn"]);
    let first = anna.gql(list, json!({ "f": 3 })).await;
    assert_eq!(
        first.assert_ok()["organizations"]["pageInfo"]["hasNextPage"],
        true
    );
    let cursor = first.assert_ok()["organizations"]["pageInfo"]["endCursor"].clone();
    let rest = anna.gql(list, json!({ "f": 3, "a": cursor })).await;
    assert_eq!(names(&rest), ["Stadt Münster"]);
    anna.gql(list, json!({ "f": 101 }))
        .await
        .assert_code("BAD_USER_INPUT");
    app.browser()
        .gql(list, json!({}))
        .await
        .assert_code("UNAUTHENTICATED");
}

/// An admin sets and clears an account's office; the account sees it, others may not set it.
async fn admins_put_accounts_into_organizations(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let anna = app.signed_in(&app.create_user("Anna", false).await).await;
    let anna_id = account_id(&anna).await;
    let office = create_organization(&admin, "Kreis Coesfeld", "DISTRICT").await;
    let set = "mutation($a: ID!, $o: ID) { setAccountOrganization(accountId: $a, organizationId: $o) { name email organization { name } } }";
    let response = admin.gql(set, json!({ "a": anna_id, "o": office })).await;
    assert_eq!(
        response.assert_ok()["setAccountOrganization"],
        json!({ "name": "Anna", "email": "anna@example.org", "organization": { "name": "Kreis Coesfeld" } })
    );
    let viewer = anna
        .gql("{ viewer { organization { name } } }", json!({}))
        .await;
    assert_eq!(
        viewer.assert_ok()["viewer"]["organization"]["name"],
        "Kreis Coesfeld"
    );
    anna.gql(set, json!({ "a": anna_id, "o": null }))
        .await
        .assert_code("FORBIDDEN");
    admin
        .gql(set, json!({ "a": anna_id, "o": null }))
        .await
        .assert_ok();
    let viewer = anna
        .gql("{ viewer { organization { name } } }", json!({}))
        .await;
    assert!(viewer.assert_ok()["viewer"]["organization"].is_null());
    let unknown = uuid::Uuid::now_v7().to_string();
    let response = admin.gql(set, json!({ "a": anna_id, "o": unknown })).await;
    assert_eq!(
        response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "organizationId"
    );
    admin
        .gql(set, json!({ "a": unknown, "o": office }))
        .await
        .assert_code("NOT_FOUND");
}

/// Handover moves memberships (keeping the higher role) while sent invitations keep their author.
async fn handover_moves_memberships_to_the_successor(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let office = create_organization(&admin, "Stadt Hamm", "INDEPENDENT_CITY").await;
    let a = create_group(&admin, "A", Kind::Secret).await;
    let b = create_group(&admin, "B", Kind::Secret).await;
    let c = create_group(&admin, "C", Kind::Secret).await;
    let old_user = app.create_user("Olga", false).await;
    let new_user = app.create_user("Nils", false).await;
    let olga = add_member(&app, &admin, &a, &old_user, "MODERATOR").await;
    add_member(&app, &admin, &b, &old_user, "MEMBER").await;
    let nils = add_member(&app, &admin, &b, &new_user, "GUEST").await;
    add_member(&app, &admin, &c, &new_user, "MODERATOR").await;
    add_member(&app, &admin, &c, &old_user, "MEMBER").await;
    invite(&olga, &a, &["extern@example.org"], "MEMBER")
        .await
        .assert_ok();
    let (olga_id, nils_id) = (account_id(&olga).await, account_id(&nils).await);
    set_organization(&admin, &olga_id, Some(&office)).await;
    set_organization(&admin, &nils_id, Some(&office)).await;

    let hand_over = "mutation($f: ID!, $t: ID!) { handOver(fromAccountId: $f, toAccountId: $t) }";
    let done = admin
        .gql(hand_over, json!({ "f": olga_id, "t": nils_id }))
        .await;
    assert_eq!(done.assert_ok()["handOver"], true);

    let groups = nils
        .gql("{ groups { nodes { name myRole } } }", json!({}))
        .await;
    assert_eq!(
        groups.assert_ok()["groups"]["nodes"],
        json!([{ "name": "A", "myRole": "MODERATOR" }, { "name": "B", "myRole": "MEMBER" },
               { "name": "C", "myRole": "MODERATOR" }])
    );
    let left = olga.gql("{ groups { nodes { name } } }", json!({})).await;
    assert_eq!(left.assert_ok()["groups"]["nodes"], json!([]));
    let invitations = admin
        .gql(
            "query($g: ID!) { group(id: $g) { invitations { nodes { email invitedBy { name } } } } }",
            json!({ "g": a }),
        )
        .await;
    let nodes = invitations.assert_ok()["group"]["invitations"]["nodes"].clone();
    assert!(
        nodes
            .as_array()
            .unwrap()
            .contains(&json!({ "email": "extern@example.org", "invitedBy": { "name": "Olga" } })),
        "{nodes}"
    );
}

/// Handover needs an admin and two different accounts of the same office.
async fn handover_needs_two_accounts_of_one_office(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let hamm = create_organization(&admin, "Stadt Hamm", "INDEPENDENT_CITY").await;
    let unna = create_organization(&admin, "Kreis Unna", "DISTRICT").await;
    let olga = app.signed_in(&app.create_user("Olga", false).await).await;
    let nils = app.signed_in(&app.create_user("Nils", false).await).await;
    let (olga_id, nils_id) = (account_id(&olga).await, account_id(&nils).await);
    let hand_over = "mutation($f: ID!, $t: ID!) { handOver(fromAccountId: $f, toAccountId: $t) }";
    let vars = json!({ "f": olga_id, "t": nils_id });
    admin
        .gql(hand_over, vars.clone())
        .await
        .assert_code("BAD_USER_INPUT");
    set_organization(&admin, &olga_id, Some(&hamm)).await;
    set_organization(&admin, &nils_id, Some(&unna)).await;
    let response = admin.gql(hand_over, vars.clone()).await;
    assert_eq!(
        response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "toAccountId"
    );
    set_organization(&admin, &nils_id, Some(&hamm)).await;
    olga.gql(hand_over, vars.clone())
        .await
        .assert_code("FORBIDDEN");
    admin
        .gql(hand_over, json!({ "f": olga_id, "t": olga_id }))
        .await
        .assert_code("BAD_USER_INPUT");
    admin
        .gql(
            hand_over,
            json!({ "f": olga_id, "t": uuid::Uuid::now_v7().to_string() }),
        )
        .await
        .assert_code("NOT_FOUND");
    admin.gql(hand_over, vars).await.assert_ok();
}
