//! Every refusal names its rule as a stable `extensions.reason` (with `field`, and
//! `min`/`max` where there is a bound), so clients never read the English message.

use serde_json::{Value, json};

use crate::{
    discussions_fixtures::{forum, reply, start_thread},
    group_fixtures::{Kind, create_organization},
    helpers::{Gql, PASSWORD, TestApp},
    testdb::{Backend, both_databases},
};

both_databases!(refusals_carry_their_reason);

/// The extensions of the first error, after checking its code.
fn refusal<'a>(response: &'a Gql, code: &str) -> &'a Value {
    &response.assert_code(code)["extensions"]
}

/// Input rules, conflicts and access each answer with the rule's reason.
async fn refusals_carry_their_reason(backend: Backend) {
    let forum = forum(TestApp::spawn(backend).await, Kind::ListedOpen).await;
    let mona = &forum.moderator;

    let long_name = mona
        .gql(
            "mutation($input: GroupInput!) { createGroup(input: $input) { id } }",
            json!({ "input": { "name": "x".repeat(201), "visibility": "LISTED", "joinPolicy": "REQUEST" } }),
        )
        .await;
    let ext = refusal(&long_name, "BAD_USER_INPUT");
    assert_eq!(ext["reason"], "TOO_LONG");
    assert_eq!(ext["field"], "name");
    assert_eq!(ext["max"], 200);

    let common = forum
        .anna
        .gql(
            "mutation($c: String!) { changePassword(current: $c, new: \"password123\") }",
            json!({ "c": PASSWORD }),
        )
        .await;
    assert_eq!(
        refusal(&common, "BAD_USER_INPUT")["reason"],
        "PASSWORD_TOO_COMMON"
    );
    let short = forum
        .anna
        .gql(
            "mutation($c: String!) { changePassword(current: $c, new: \"kurz\") }",
            json!({ "c": PASSWORD }),
        )
        .await;
    let ext = refusal(&short, "BAD_USER_INPUT");
    assert_eq!(ext["reason"], "TOO_SHORT");
    assert_eq!(ext["min"], 10);

    let demote = mona
        .gql(
            "mutation($g: ID!, $a: ID!) { setMemberRole(groupId: $g, accountId: $a, role: MEMBER) { role } }",
            json!({ "g": forum.group, "a": forum.moderator_id }),
        )
        .await;
    assert_eq!(refusal(&demote, "CONFLICT")["reason"], "LAST_MODERATOR");

    let thread = start_thread(
        &forum.anna,
        &forum.group,
        "Fahrtkosten",
        "Wer zahlt?",
        "QUESTION",
    )
    .await;
    let post = reply(
        &forum.anna,
        thread["id"].as_str().unwrap(),
        None,
        "Der Kreis.",
    )
    .await;
    let stale = forum
        .anna
        .gql(
            "mutation($p: ID!) { editPost(postId: $p, body: \"Neu\", version: 7) { id } }",
            json!({ "p": post["id"] }),
        )
        .await;
    assert_eq!(refusal(&stale, "CONFLICT")["reason"], "STALE_VERSION");

    create_organization(mona, "Kreis Lippe", "DISTRICT").await;
    let taken = mona
        .gql(
            "mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }",
            json!({ "input": { "name": "kreis lippe", "kind": "DISTRICT", "municipality": "Detmold" } }),
        )
        .await;
    assert_eq!(
        refusal(&taken, "CONFLICT")["reason"],
        "ORGANIZATION_NAME_TAKEN"
    );

    let guest = forum
        .guest
        .gql(
            "mutation($t: ID!) { reply(threadId: $t, body: \"Hallo\") { id } }",
            json!({ "t": thread["id"] }),
        )
        .await;
    assert_eq!(refusal(&guest, "FORBIDDEN")["reason"], "NOT_ALLOWED");
    let anonymous = forum
        .app
        .browser()
        .gql("mutation { markAllNotificationsRead }", json!({}))
        .await;
    assert_eq!(
        refusal(&anonymous, "UNAUTHENTICATED")["reason"],
        "NOT_SIGNED_IN"
    );
    let bad_id = mona
        .gql("{ thread(id: \"kein-id\") { id } }", json!({}))
        .await;
    let ext = refusal(&bad_id, "BAD_USER_INPUT");
    assert_eq!(ext["reason"], "INVALID_ID");
    assert_eq!(ext["field"], "id");
}
