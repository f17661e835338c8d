//! The cross-group matrix: people outside a group (with no groups at all, or moderating
//! another group) try every group query and mutation on it, with ids of its members,
//! invitations and requests. A secret group answers NOT_FOUND, a listed one FORBIDDEN;
//! never data, and nothing changes.

use serde_json::{Value, json};

use crate::{
    group_fixtures::{Kind, account_id, add_member, create_group, invite},
    helpers::{Browser, TestApp},
    testdb::{Backend, both_databases},
};

both_databases!(outsiders_get_nothing_of_groups_they_are_not_in);

/// One group under attack and the ids that belong to it.
struct Target {
    group: String,
    invitation: String,
    request: String,
    member: String,
}

/// Every group-scoped operation, with the variables for `target`, and the code it must
/// give: `None` means the group's own code (NOT_FOUND for secret, FORBIDDEN for
/// listed).
fn operations(target: &Target) -> Vec<(&'static str, Value, Option<&'static str>)> {
    let input = json!({ "name": "Übernommen", "visibility": "LISTED", "joinPolicy": "REQUEST" });
    vec![
        (
            "query($g: ID!) { group(id: $g) { members { nodes { role person { id } } } } }",
            json!({ "g": target.group }),
            None,
        ),
        (
            "query($g: ID!) { group(id: $g) { invitations { nodes { id email } } } }",
            json!({ "g": target.group }),
            None,
        ),
        (
            "query($g: ID!) { group(id: $g) { joinRequests { nodes { id message } } } }",
            json!({ "g": target.group }),
            None,
        ),
        (
            "query($g: ID!) { members(groupId: $g) { nodes { role } } }",
            json!({ "g": target.group }),
            None,
        ),
        (
            "mutation($g: ID!) { inviteToGroup(groupId: $g, emails: [\"spion@example.org\"], role: MODERATOR) { id } }",
            json!({ "g": target.group }),
            None,
        ),
        (
            "mutation($i: ID!) { resendInvitation(id: $i) { id } }",
            json!({ "i": target.invitation }),
            None,
        ),
        (
            "mutation($i: ID!) { revokeInvitation(id: $i) }",
            json!({ "i": target.invitation }),
            None,
        ),
        (
            "mutation($r: ID!) { decideJoinRequest(requestId: $r, approve: true) { id } }",
            json!({ "r": target.request }),
            None,
        ),
        (
            "mutation($g: ID!, $a: ID!) { setMemberRole(groupId: $g, accountId: $a, role: GUEST) { role } }",
            json!({ "g": target.group, "a": target.member }),
            None,
        ),
        (
            "mutation($g: ID!, $a: ID!) { removeMember(groupId: $g, accountId: $a) }",
            json!({ "g": target.group, "a": target.member }),
            None,
        ),
        (
            "mutation($g: ID!, $input: GroupInput!) { updateGroup(id: $g, input: $input) { id } }",
            json!({ "g": target.group, "input": input }),
            None,
        ),
        (
            "mutation($g: ID!) { leaveGroup(groupId: $g) }",
            json!({ "g": target.group }),
            None,
        ),
        // Someone else's request: not theirs to withdraw, wherever it is.
        (
            "mutation($r: ID!) { withdrawJoinRequest(requestId: $r) }",
            json!({ "r": target.request }),
            Some("NOT_FOUND"),
        ),
    ]
}

/// Runs every operation as `actor` and checks the code and that no data comes back.
async fn attack(actor: &Browser, who: &str, target: &Target, group_code: &str) {
    for (query, vars, code) in operations(target) {
        let response = actor.gql(query, vars).await;
        let expected = code.unwrap_or(group_code);
        assert_eq!(
            response.code(),
            Some(expected),
            "{who} on {query}: {}",
            response.body
        );
        let data = response.body["data"].to_string();
        for secret in ["nodes", &target.invitation, &target.request, &target.member] {
            assert!(!data.contains(secret), "{who} on {query} got data: {data}");
        }
    }
}

/// Outsiders get NOT_FOUND (secret) or FORBIDDEN (listed) for every operation, never data.
async fn outsiders_get_nothing_of_groups_they_are_not_in(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let admin_id = account_id(&admin).await;
    let listed = create_group(&admin, "Gelistet", Kind::ListedOpen).await;
    // Created listed so that it receives a join request, then made secret.
    let secret = create_group(&admin, "Geheim", Kind::ListedOpen).await;
    let lena = add_member(
        &app,
        &admin,
        &listed,
        &app.create_user("Lena", false).await,
        "MODERATOR",
    )
    .await;
    let sven = add_member(
        &app,
        &admin,
        &secret,
        &app.create_user("Sven", false).await,
        "MODERATOR",
    )
    .await;
    let outsider = app.signed_in(&app.create_user("Otto", false).await).await;
    let (lena_id, sven_id) = (account_id(&lena).await, account_id(&sven).await);

    let mut targets = Vec::new();
    for (group, address) in [
        (&listed, "offen@example.org"),
        (&secret, "geheim@example.org"),
    ] {
        let invited = invite(&admin, group, &[address], "MEMBER").await;
        let invitation = invited.assert_ok()["inviteToGroup"][0]["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let requester = app
            .signed_in(
                &app.create_user(&format!("Anfrage{}", targets.len()), false)
                    .await,
            )
            .await;
        let asked = requester
            .gql(
                "mutation($g: ID!) { requestToJoin(groupId: $g) { id } }",
                json!({ "g": group }),
            )
            .await;
        let request = asked.assert_ok()["requestToJoin"]["id"]
            .as_str()
            .unwrap()
            .to_owned();
        targets.push(Target {
            group: group.clone(),
            invitation,
            request,
            member: admin_id.clone(),
        });
    }
    admin
        .gql(
            "mutation($g: ID!) { updateGroup(id: $g, input: { name: \"Geheim\", visibility: SECRET, joinPolicy: INVITATION }) { id } }",
            json!({ "g": secret }),
        )
        .await
        .assert_ok();
    let (listed_target, secret_target) = (&targets[0], &targets[1]);

    attack(&outsider, "an outsider", listed_target, "FORBIDDEN").await;
    attack(
        &sven,
        "the other group's moderator",
        listed_target,
        "FORBIDDEN",
    )
    .await;
    attack(&outsider, "an outsider", secret_target, "NOT_FOUND").await;
    attack(
        &lena,
        "the other group's moderator",
        secret_target,
        "NOT_FOUND",
    )
    .await;

    // The secret group does not even show its name, nor accept requests.
    for actor in [&outsider, &lena] {
        let response = actor
            .gql(
                "query($g: ID!) { group(id: $g) { name } }",
                json!({ "g": secret }),
            )
            .await;
        response.assert_code("NOT_FOUND");
        assert!(response.body["data"]["group"].is_null());
        actor
            .gql(
                "mutation($g: ID!) { requestToJoin(groupId: $g) { id } }",
                json!({ "g": secret }),
            )
            .await
            .assert_code("NOT_FOUND");
    }
    // Moderating one's own group does not reach people of another one.
    let own_group_foreign_member = [
        "mutation($g: ID!, $a: ID!) { setMemberRole(groupId: $g, accountId: $a, role: MODERATOR) { role } }",
        "mutation($g: ID!, $a: ID!) { removeMember(groupId: $g, accountId: $a) }",
    ];
    for query in own_group_foreign_member {
        sven.gql(query, json!({ "g": secret, "a": lena_id }))
            .await
            .assert_code("NOT_FOUND");
        lena.gql(query, json!({ "g": listed, "a": sven_id }))
            .await
            .assert_code("NOT_FOUND");
    }
    sven.gql(
        "query($id: ID!) { person(id: $id) { name } }",
        json!({ "id": lena_id }),
    )
    .await
    .assert_code("NOT_FOUND");

    // Nothing changed.
    for target in [listed_target, secret_target] {
        let state = admin
            .gql(
                "query($g: ID!) { group(id: $g) { name myRole memberCount \
                 invitations { nodes { id status } } joinRequests { nodes { id } } } }",
                json!({ "g": target.group }),
            )
            .await;
        let group = &state.assert_ok()["group"];
        assert_ne!(group["name"], "Übernommen");
        assert_eq!(group["myRole"], "MODERATOR");
        assert_eq!(group["memberCount"], 2);
        let invitations = group["invitations"]["nodes"].as_array().unwrap();
        let invitation = invitations
            .iter()
            .find(|i| i["id"] == target.invitation.as_str())
            .unwrap();
        assert_eq!(invitation["status"], "PENDING");
        assert!(
            !invitations
                .iter()
                .any(|i| i["status"] == "PENDING" && i["id"] != target.invitation.as_str())
        );
        assert_eq!(
            group["joinRequests"]["nodes"],
            json!([{ "id": target.request }])
        );
    }
}
