//! Groups: creation, settings, lists, roles, leaving, the last-moderator rule, and the
//! paginated member list.

use serde_json::json;

use crate::{
    group_fixtures::{Kind, account_id, add_member, create_group},
    helpers::TestApp,
    testdb::{Backend, both_databases},
};

both_databases!(
    admins_create_groups_and_moderate_them,
    only_admins_create_groups,
    group_input_is_validated,
    moderators_update_their_group_and_others_cannot,
    the_group_list_shows_mine_and_listed_ones,
    listed_groups_show_their_face_but_not_their_content,
    unknown_and_malformed_group_ids_are_refused,
    moderators_change_roles_and_remove_members,
    the_last_moderator_stays,
    guests_read_but_cannot_invite_or_moderate,
    members_are_paged_in_a_stable_order,
    signed_out_requests_are_unauthenticated,
);

const GROUP: &str = "query($id: ID!) { group(id: $id) { id name description descriptionHtml \
     visibility joinPolicy myRole canModerate memberCount createdAt } }";

/// An admin creates a group, moderates it, and its markdown description is stored sanitised.
async fn admins_create_groups_and_moderate_them(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let created = admin
        .gql(
            "mutation($input: GroupInput!) { createGroup(input: $input) { id name description \
             descriptionHtml visibility joinPolicy myRole memberCount } }",
            json!({ "input": {
                "name": "  Übergang Schule–Beruf  ",
                "description": "**Austausch** der Kommunen <script>alert(1)</script>",
                "visibility": "LISTED", "joinPolicy": "REQUEST" } }),
        )
        .await;
    let group = &created.assert_ok()["createGroup"];
    assert_eq!(group["name"], "Übergang Schule–Beruf");
    assert_eq!(group["myRole"], "MODERATOR");
    assert_eq!(group["memberCount"], 1);
    assert_eq!(group["visibility"], "LISTED");
    assert_eq!(group["joinPolicy"], "REQUEST");
    assert_eq!(
        group["description"],
        "**Austausch** der Kommunen <script>alert(1)</script>"
    );
    assert_eq!(
        group["descriptionHtml"],
        "<p><strong>Austausch</strong> der Kommunen &lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
    );
    let read = admin.gql(GROUP, json!({ "id": group["id"] })).await;
    assert_eq!(read.assert_ok()["group"]["canModerate"], true);
}

/// Members without admin rights cannot create groups.
async fn only_admins_create_groups(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = app.signed_in(&app.create_user("Anna", false).await).await;
    anna.gql(
        "mutation { createGroup(input: { name: \"G\", visibility: LISTED, joinPolicy: REQUEST }) { id } }",
        json!({}),
    )
    .await
    .assert_code("FORBIDDEN");
}

/// Bad names, over-long descriptions and secret groups taking requests are BAD_USER_INPUT.
async fn group_input_is_validated(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let create = "mutation($input: GroupInput!) { createGroup(input: $input) { id } }";
    let long_name = "n".repeat(201);
    let long_description = "d".repeat(20_001);
    for (input, field) in [
        (
            json!({ "name": "", "visibility": "LISTED", "joinPolicy": "REQUEST" }),
            "name",
        ),
        (
            json!({ "name": "   ", "visibility": "LISTED", "joinPolicy": "REQUEST" }),
            "name",
        ),
        (
            json!({ "name": long_name, "visibility": "LISTED", "joinPolicy": "REQUEST" }),
            "name",
        ),
        (
            json!({ "name": "G", "description": long_description, "visibility": "LISTED", "joinPolicy": "REQUEST" }),
            "description",
        ),
        (
            json!({ "name": "G", "visibility": "SECRET", "joinPolicy": "REQUEST" }),
            "joinPolicy",
        ),
    ] {
        let response = admin.gql(create, json!({ "input": input })).await;
        assert_eq!(
            response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
            field
        );
    }
    let ok = admin
        .gql(
            create,
            json!({ "input": { "name": "n".repeat(200), "visibility": "SECRET", "joinPolicy": "INVITATION" } }),
        )
        .await;
    ok.assert_ok();
}

/// A moderator changes the group's settings; members and outsiders cannot.
async fn moderators_update_their_group_and_others_cannot(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Netzwerk", Kind::ListedOpen).await;
    let mod_user = app.create_user("Moritz", false).await;
    let moderator = add_member(&app, &admin, &group, &mod_user, "MODERATOR").await;
    let member = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Mia", false).await,
        "MEMBER",
    )
    .await;
    let outsider = app.signed_in(&app.create_user("Otto", false).await).await;
    let update = "mutation($id: ID!, $input: GroupInput!) { updateGroup(id: $id, input: $input) { name description descriptionHtml visibility joinPolicy } }";
    let input = json!({ "name": "Netzwerk NRW", "description": "# Ziele", "visibility": "SECRET", "joinPolicy": "INVITATION" });
    member
        .gql(update, json!({ "id": group, "input": input }))
        .await
        .assert_code("FORBIDDEN");
    outsider
        .gql(update, json!({ "id": group, "input": input }))
        .await
        .assert_code("FORBIDDEN");
    let updated = moderator
        .gql(update, json!({ "id": group, "input": input }))
        .await;
    let updated = &updated.assert_ok()["updateGroup"];
    assert_eq!(updated["name"], "Netzwerk NRW");
    assert_eq!(updated["descriptionHtml"], "<h2>Ziele</h2>\n");
    assert_eq!(updated["visibility"], "SECRET");
    // Now secret: the outsider no longer learns that it exists.
    outsider
        .gql(update, json!({ "id": group, "input": input }))
        .await
        .assert_code("NOT_FOUND");
    moderator
        .gql(
            update,
            json!({ "id": group, "input": { "name": "", "visibility": "LISTED", "joinPolicy": "REQUEST" } }),
        )
        .await
        .assert_code("BAD_USER_INPUT");
}

/// `groups` lists my groups and the listed ones by name, never others' secret ones (admins: all).
async fn the_group_list_shows_mine_and_listed_ones(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let listed = create_group(&admin, "b listed", Kind::ListedOpen).await;
    let mine = create_group(&admin, "A secret of mine", Kind::Secret).await;
    create_group(&admin, "c secret of others", Kind::Secret).await;
    let anna = add_member(
        &app,
        &admin,
        &mine,
        &app.create_user("Anna", false).await,
        "GUEST",
    )
    .await;
    let list = "{ groups { nodes { id name myRole } pageInfo { hasNextPage endCursor } } }";
    let seen = anna.gql(list, json!({})).await;
    let nodes = seen.assert_ok()["groups"]["nodes"]
        .as_array()
        .unwrap()
        .clone();
    let names: Vec<&str> = nodes.iter().map(|g| g["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["A secret of mine", "b listed"]);
    assert_eq!(nodes[0]["myRole"], "GUEST");
    assert_eq!(nodes[1]["myRole"], serde_json::Value::Null);
    assert_eq!(nodes[1]["id"], listed);
    let all = admin.gql(list, json!({})).await;
    assert_eq!(
        all.assert_ok()["groups"]["nodes"].as_array().unwrap().len(),
        3
    );
    let paged = admin
        .gql(
            "{ groups(first: 2) { nodes { name } pageInfo { hasNextPage endCursor } } }",
            json!({}),
        )
        .await;
    let page = &paged.assert_ok()["groups"];
    assert_eq!(page["pageInfo"]["hasNextPage"], true);
    let rest = admin
        .gql(
            "query($a: String) { groups(first: 2, after: $a) { nodes { name } pageInfo { hasNextPage } } }",
            json!({ "a": page["pageInfo"]["endCursor"] }),
        )
        .await;
    let rest = &rest.assert_ok()["groups"];
    assert_eq!(rest["nodes"][0]["name"], "c secret of others");
    assert_eq!(rest["pageInfo"]["hasNextPage"], false);
}

/// Non-members read a listed group's face; its members, invitations and requests are FORBIDDEN.
async fn listed_groups_show_their_face_but_not_their_content(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Offen", Kind::ListedOpen).await;
    let outsider = app.signed_in(&app.create_user("Otto", false).await).await;
    let face = outsider.gql(GROUP, json!({ "id": group })).await;
    let face = &face.assert_ok()["group"];
    assert_eq!(face["name"], "Offen");
    assert_eq!(face["description"], "Die Gruppe Offen.");
    assert_eq!(face["memberCount"], 1);
    assert_eq!(face["myRole"], serde_json::Value::Null);
    assert_eq!(face["canModerate"], false);
    for (field, selection) in [
        ("members", "{ nodes { role } }"),
        ("invitations", "{ nodes { email } }"),
        ("joinRequests", "{ nodes { id } }"),
    ] {
        let query = format!("query($id: ID!) {{ group(id: $id) {{ name {field} {selection} }} }}");
        let response = outsider.gql(&query, json!({ "id": group })).await;
        response.assert_code("FORBIDDEN");
        assert!(
            response.body["data"]["group"][field].is_null(),
            "{}",
            response.body
        );
    }
}

/// Unknown group ids are NOT_FOUND, malformed ones BAD_USER_INPUT.
async fn unknown_and_malformed_group_ids_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    admin
        .gql(GROUP, json!({ "id": uuid::Uuid::now_v7().to_string() }))
        .await
        .assert_code("NOT_FOUND");
    let malformed = admin.gql(GROUP, json!({ "id": "42" })).await;
    assert_eq!(
        malformed.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "id"
    );
    admin
        .gql(
            "query($g: ID!) { members(groupId: $g) { nodes { role } } }",
            json!({ "g": "nope" }),
        )
        .await
        .assert_code("BAD_USER_INPUT");
}

const SET_ROLE: &str = "mutation($g: ID!, $a: ID!, $r: GroupRole!) { \
     setMemberRole(groupId: $g, accountId: $a, role: $r) { role person { name } } }";
const REMOVE: &str = "mutation($g: ID!, $a: ID!) { removeMember(groupId: $g, accountId: $a) }";
const LEAVE: &str = "mutation($g: ID!) { leaveGroup(groupId: $g) }";

/// Moderators change roles and remove members, members leave, non-members are NOT_FOUND.
async fn moderators_change_roles_and_remove_members(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Rollen", Kind::Secret).await;
    let moderator = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Moritz", false).await,
        "MODERATOR",
    )
    .await;
    let mia = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Mia", false).await,
        "MEMBER",
    )
    .await;
    let gustav = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Gustav", false).await,
        "GUEST",
    )
    .await;
    let stranger = app.signed_in(&app.create_user("Stefan", false).await).await;
    let (mia_id, gustav_id, stranger_id) = (
        account_id(&mia).await,
        account_id(&gustav).await,
        account_id(&stranger).await,
    );

    let promoted = moderator
        .gql(
            SET_ROLE,
            json!({ "g": group, "a": gustav_id, "r": "MEMBER" }),
        )
        .await;
    assert_eq!(promoted.assert_ok()["setMemberRole"]["role"], "MEMBER");
    assert_eq!(
        promoted.assert_ok()["setMemberRole"]["person"]["name"],
        "Gustav"
    );
    mia.gql(
        SET_ROLE,
        json!({ "g": group, "a": gustav_id, "r": "MODERATOR" }),
    )
    .await
    .assert_code("FORBIDDEN");
    moderator
        .gql(
            SET_ROLE,
            json!({ "g": group, "a": stranger_id, "r": "MEMBER" }),
        )
        .await
        .assert_code("NOT_FOUND");
    moderator
        .gql(REMOVE, json!({ "g": group, "a": stranger_id }))
        .await
        .assert_code("NOT_FOUND");

    assert_eq!(
        moderator
            .gql(REMOVE, json!({ "g": group, "a": mia_id }))
            .await
            .assert_ok()["removeMember"],
        true
    );
    mia.gql(GROUP, json!({ "id": group }))
        .await
        .assert_code("NOT_FOUND");
    assert_eq!(
        gustav.gql(LEAVE, json!({ "g": group })).await.assert_ok()["leaveGroup"],
        true
    );
    gustav
        .gql(LEAVE, json!({ "g": group }))
        .await
        .assert_code("NOT_FOUND");
    let count = admin.gql(GROUP, json!({ "id": group })).await;
    assert_eq!(count.assert_ok()["group"]["memberCount"], 2);
}

/// The last moderator can be neither demoted nor removed and cannot leave (CONFLICT).
async fn the_last_moderator_stays(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin_user = app.create_user("Admin", true).await;
    let admin = app.signed_in(&admin_user).await;
    let group = create_group(&admin, "Letzte", Kind::ListedClosed).await;
    let admin_id = account_id(&admin).await;
    let member = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Mia", false).await,
        "MEMBER",
    )
    .await;
    let member_id = account_id(&member).await;

    let leave = admin.gql(LEAVE, json!({ "g": group })).await;
    let error = leave.assert_code("CONFLICT");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .contains("hand over first"),
        "{error}"
    );
    admin
        .gql(
            SET_ROLE,
            json!({ "g": group, "a": admin_id, "r": "MEMBER" }),
        )
        .await
        .assert_code("CONFLICT");
    admin
        .gql(REMOVE, json!({ "g": group, "a": admin_id }))
        .await
        .assert_code("CONFLICT");

    admin
        .gql(
            SET_ROLE,
            json!({ "g": group, "a": member_id, "r": "MODERATOR" }),
        )
        .await
        .assert_ok();
    admin
        .gql(SET_ROLE, json!({ "g": group, "a": admin_id, "r": "GUEST" }))
        .await
        .assert_ok();
    // Mia is the last moderator now; the admin (a guest) still manages as platform admin.
    admin
        .gql(
            SET_ROLE,
            json!({ "g": group, "a": member_id, "r": "MEMBER" }),
        )
        .await
        .assert_code("CONFLICT");
    member
        .gql(LEAVE, json!({ "g": group }))
        .await
        .assert_code("CONFLICT");
    assert_eq!(
        admin.gql(LEAVE, json!({ "g": group })).await.assert_ok()["leaveGroup"],
        true
    );
}

/// Guests read the member list but cannot invite, moderate or see invitations and requests.
async fn guests_read_but_cannot_invite_or_moderate(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Gäste", Kind::ListedOpen).await;
    let guest = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Gustav", false).await,
        "GUEST",
    )
    .await;
    let admin_id = account_id(&admin).await;
    let members = guest
        .gql(
            "query($g: ID!) { members(groupId: $g) { nodes { role person { name } } } }",
            json!({ "g": group }),
        )
        .await;
    assert_eq!(
        members.assert_ok()["members"]["nodes"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    crate::group_fixtures::invite(&guest, &group, &["neu@example.org"], "MEMBER")
        .await
        .assert_code("FORBIDDEN");
    for (query, vars) in [
        (SET_ROLE, json!({ "g": group, "a": admin_id, "r": "GUEST" })),
        (REMOVE, json!({ "g": group, "a": admin_id })),
        (
            "mutation($g: ID!) { updateGroup(id: $g, input: { name: \"X\", visibility: LISTED, joinPolicy: REQUEST }) { id } }",
            json!({ "g": group }),
        ),
        (
            "query($g: ID!) { group(id: $g) { invitations { nodes { id } } } }",
            json!({ "g": group }),
        ),
        (
            "query($g: ID!) { group(id: $g) { joinRequests { nodes { id } } } }",
            json!({ "g": group }),
        ),
    ] {
        guest.gql(query, vars).await.assert_code("FORBIDDEN");
    }
}

/// 120 members come in stable pages of 50, 50 and 20; bad sizes and cursors are BAD_USER_INPUT.
async fn members_are_paged_in_a_stable_order(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Groß", Kind::Secret).await;
    // 119 more members, written directly: inviting each would only slow the test down.
    let db = &app.state.db;
    let group_uuid = uuid::Uuid::parse_str(&group).unwrap();
    let now = app.clock.now();
    for i in 0..119 {
        let id = uuid::Uuid::now_v7();
        // Names in an order different from the ids, with ties.
        let name = format!("Person {:03}", (i * 37) % 60);
        fachforum::sql!(db, |ex| sqlx::query(
            "INSERT INTO accounts (id, email, name, sort_name, language, is_admin, created_at, \
             updated_at) VALUES ($1, $2, $3, $4, 'de', FALSE, $5, $5)"
        )
        .bind(id)
        .bind(format!("p{i}@example.org"))
        .bind(&name)
        .bind(
            fachforum::auth::model::DisplayName::parse(&name)
                .unwrap()
                .sort_key(),
        )
        .bind(now)
        .execute(ex)
        .await
        .map(|r| r.rows_affected()))
        .unwrap();
        fachforum::sql!(db, |ex| sqlx::query(
            "INSERT INTO memberships (group_id, account_id, role, joined_at) VALUES ($1, $2, $3, $4)"
        )
        .bind(group_uuid)
        .bind(id)
        .bind(if i % 10 == 0 { "guest" } else { "member" })
        .bind(now)
        .execute(ex)
        .await
        .map(|r| r.rows_affected()))
        .unwrap();
    }
    let query = "query($g: ID!, $f: Int, $a: String) { members(groupId: $g, first: $f, after: $a) { \
                 nodes { role person { id name } } pageInfo { hasNextPage endCursor } } }";
    let mut seen = Vec::new();
    let mut after = serde_json::Value::Null;
    let mut sizes = Vec::new();
    loop {
        let page = admin.gql(query, json!({ "g": group, "a": after })).await;
        let page = page.assert_ok()["members"].clone();
        let nodes = page["nodes"].as_array().unwrap();
        sizes.push(nodes.len());
        seen.extend(nodes.iter().cloned());
        if page["pageInfo"]["hasNextPage"] == false {
            break;
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(sizes, [50, 50, 20]);
    let mut ids: Vec<&str> = seen
        .iter()
        .map(|m| m["person"]["id"].as_str().unwrap())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 120, "every member exactly once");
    assert_eq!(seen[0]["role"], "MODERATOR");
    let rank = |role: &str| match role {
        "MODERATOR" => 0,
        "MEMBER" => 1,
        _ => 2,
    };
    let keys: Vec<(i32, String)> = seen
        .iter()
        .map(|m| {
            (
                rank(m["role"].as_str().unwrap()),
                m["person"]["name"].as_str().unwrap().to_lowercase(),
            )
        })
        .collect();
    assert!(
        keys.windows(2).all(|w| w[0] <= w[1]),
        "ordered by role, then name"
    );
    // The same request gives the same first page.
    let again = admin.gql(query, json!({ "g": group, "f": 50 })).await;
    let again = again.assert_ok()["members"]["nodes"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(again, seen[..50]);

    for (first, after) in [
        (json!(101), json!(null)),
        (json!(0), json!(null)),
        (json!(-5), json!(null)),
        (json!(10), json!("kein-cursor")),
        (json!(10), json!("W10")),
    ] {
        let response = admin
            .gql(query, json!({ "g": group, "f": first, "a": after }))
            .await;
        let field = if after.is_null() { "first" } else { "after" };
        assert_eq!(
            response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
            field
        );
    }
    let hundred = admin.gql(query, json!({ "g": group, "f": 100 })).await;
    assert_eq!(
        hundred.assert_ok()["members"]["nodes"]
            .as_array()
            .unwrap()
            .len(),
        100
    );
}

/// Every group query and mutation needs a signed-in account.
async fn signed_out_requests_are_unauthenticated(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "G", Kind::ListedOpen).await;
    let anonymous = app.browser();
    for (query, vars) in [
        ("{ groups { nodes { id } } }", json!({})),
        (GROUP, json!({ "id": group })),
        (
            "query($g: ID!) { members(groupId: $g) { nodes { role } } }",
            json!({ "g": group }),
        ),
        (
            "mutation($g: ID!) { requestToJoin(groupId: $g) { id } }",
            json!({ "g": group }),
        ),
        (LEAVE, json!({ "g": group })),
    ] {
        anonymous
            .gql(query, vars)
            .await
            .assert_code("UNAUTHENTICATED");
    }
}
