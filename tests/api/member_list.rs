//! The member list's search and filters, and the open join-request count of a group.

use serde_json::json;

use crate::{
    group_fixtures::{
        Kind, account_id, add_member, create_group, create_organization, set_organization,
    },
    helpers::{Browser, TestApp},
    testdb::{Backend, both_databases},
};

both_databases!(
    members_are_found_by_name_function_and_office,
    bad_filters_are_refused,
    only_moderators_see_the_open_request_count,
);

const MEMBERS: &str = "query($g: ID!, $s: String, $r: GroupRole, $o: ID) { \
     members(groupId: $g, search: $s, role: $r, organizationId: $o) { nodes { person { name } } } }";

/// The names on the member list of `group` with these filters, as `browser` sees it.
async fn find(browser: &Browser, group: &str, mut vars: serde_json::Value) -> Vec<String> {
    vars["g"] = json!(group);
    let response = browser.gql(MEMBERS, vars).await;
    response.assert_ok()["members"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["person"]["name"].as_str().unwrap().to_owned())
        .collect()
}

/// The group's open join-request count as `browser` sees it.
async fn count(browser: &Browser, group: &str) -> serde_json::Value {
    let response = browser
        .gql(
            "query($g: ID!) { group(id: $g) { openJoinRequestCount } }",
            json!({ "g": group }),
        )
        .await;
    response.assert_ok()["group"]["openJoinRequestCount"].clone()
}

/// Search finds members by name, function or office name (ignoring case, `%` literal);
/// role and office narrow the list, and all of them combine.
async fn members_are_found_by_name_function_and_office(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Netzwerk", Kind::Secret).await;
    let borken = create_organization(&admin, "Kreis Borken", "DISTRICT").await;
    let muenster = create_organization(&admin, "Stadt Münster", "INDEPENDENT_CITY").await;
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
    let clara = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Clara Lind", false).await,
        "MODERATOR",
    )
    .await;
    set_organization(&admin, &account_id(&anna).await, Some(&borken)).await;
    set_organization(&admin, &account_id(&bernd).await, Some(&muenster)).await;
    set_organization(&admin, &account_id(&clara).await, Some(&borken)).await;
    bernd
        .gql(
            "mutation { updateProfile(jobTitle: \"Koordinator Jugendhilfe\") { id } }",
            json!({}),
        )
        .await
        .assert_ok();
    assert_eq!(
        find(&anna, &group, json!({ "s": "BERG" })).await,
        ["Anna Berg"]
    );
    assert_eq!(
        find(&anna, &group, json!({ "s": "jugendhilfe" })).await,
        ["Bernd Kurz"]
    );
    assert_eq!(
        find(&anna, &group, json!({ "s": "borken" })).await,
        ["Clara Lind", "Anna Berg"]
    );
    assert_eq!(
        find(&anna, &group, json!({ "s": "%" })).await,
        Vec::<String>::new()
    );
    assert_eq!(
        find(&anna, &group, json!({ "s": "  " })).await.len(),
        4,
        "blank is no filter"
    );
    assert_eq!(
        find(&anna, &group, json!({ "r": "GUEST" })).await,
        ["Bernd Kurz"]
    );
    assert_eq!(
        find(&anna, &group, json!({ "o": muenster })).await,
        ["Bernd Kurz"]
    );
    assert_eq!(
        find(&anna, &group, json!({ "o": borken, "r": "MEMBER" })).await,
        ["Anna Berg"]
    );
    assert_eq!(
        find(&anna, &group, json!({ "s": "lind", "o": muenster })).await,
        Vec::<String>::new()
    );
}

/// Overlong searches, malformed and unknown office ids are BAD_USER_INPUT naming the
/// argument; non-members are FORBIDDEN, whatever the filter.
async fn bad_filters_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Offen", Kind::ListedOpen).await;
    let outsider = app.signed_in(&app.create_user("Fremd", false).await).await;
    let long = "x".repeat(201);
    let unknown = uuid::Uuid::now_v7().to_string();
    for (vars, field, reason) in [
        (json!({ "g": group, "s": long }), "search", "TOO_LONG"),
        (
            json!({ "g": group, "o": "kaputt" }),
            "organizationId",
            "INVALID_ID",
        ),
        (
            json!({ "g": group, "o": unknown }),
            "organizationId",
            "UNKNOWN_ORGANIZATION",
        ),
    ] {
        let refused = admin.gql(MEMBERS, vars).await;
        let error = refused.assert_code("BAD_USER_INPUT");
        assert_eq!(error["extensions"]["field"], field, "{}", refused.body);
        assert_eq!(error["extensions"]["reason"], reason, "{}", refused.body);
    }
    outsider
        .gql(MEMBERS, json!({ "g": group, "s": "a" }))
        .await
        .assert_code("FORBIDDEN");
}

/// Moderators see how many requests are open, counting down as they decide; members see
/// null.
async fn only_moderators_see_the_open_request_count(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Offen", Kind::ListedOpen).await;
    let member = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Mitglied", false).await,
        "MEMBER",
    )
    .await;
    assert_eq!(count(&admin, &group).await, json!(0));
    let mut requests = Vec::new();
    for name in ["Eins", "Zwei"] {
        let asker = app.signed_in(&app.create_user(name, false).await).await;
        let asked = asker
            .gql(
                "mutation($g: ID!) { requestToJoin(groupId: $g) { id } }",
                json!({ "g": group }),
            )
            .await;
        requests.push(asked.assert_ok()["requestToJoin"]["id"].clone());
        assert_eq!(count(&asker, &group).await, json!(null));
    }
    assert_eq!(count(&admin, &group).await, json!(2));
    assert_eq!(count(&member, &group).await, json!(null));
    admin
        .gql(
            "mutation($r: ID!) { decideJoinRequest(requestId: $r, approve: true) { id } }",
            json!({ "r": requests[0] }),
        )
        .await
        .assert_ok();
    assert_eq!(count(&admin, &group).await, json!(1));
}
