//! Join requests: asking, the moderators' notice, approving and declining with a mail
//! either way, withdrawing, and the cases that are refused.

use serde_json::json;

use crate::{
    group_fixtures::{Kind, add_member, create_group, mail_to},
    helpers::TestApp,
    testdb::{Backend, both_databases},
};

both_databases!(
    an_approved_request_makes_a_member_and_mails_them,
    a_declined_request_mails_the_person_and_cannot_be_decided_again,
    requests_are_refused_where_they_make_no_sense,
    only_the_requester_withdraws_a_request,
    moderators_list_pending_requests_oldest_first,
);

const REQUEST: &str = "mutation($g: ID!, $m: String) { requestToJoin(groupId: $g, message: $m) { \
     id status message createdAt decidedAt person { name } group { name myRole } } }";
const DECIDE: &str = "mutation($r: ID!, $a: Boolean!) { decideJoinRequest(requestId: $r, approve: $a) { \
     id status decidedAt } }";
const WITHDRAW: &str = "mutation($r: ID!) { withdrawJoinRequest(requestId: $r) }";
const PENDING: &str = "query($g: ID!) { group(id: $g) { joinRequests { nodes { id message \
     person { name } } } } }";

/// A request notifies the moderators; approving makes a member and mails a welcome.
async fn an_approved_request_makes_a_member_and_mails_them(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin_user = app.create_user("Admin", true).await;
    let admin = app.signed_in(&admin_user).await;
    let group = create_group(&admin, "Praxisaustausch", Kind::ListedOpen).await;
    let anna = app.create_user("Anna", false).await;
    let browser = app.signed_in(&anna).await;
    let asked = browser
        .gql(
            REQUEST,
            json!({ "g": group, "m": "Ich koordiniere im Kreis Borken." }),
        )
        .await;
    let request = asked.assert_ok()["requestToJoin"].clone();
    assert_eq!(request["status"], "PENDING");
    assert_eq!(request["person"]["name"], "Anna");
    assert_eq!(
        request["group"],
        json!({ "name": "Praxisaustausch", "myRole": null })
    );
    assert!(request["decidedAt"].is_null());

    let notice = mail_to(&app, &admin_user.email, "Beitrittsanfrage").await;
    assert_eq!(notice.subject, "Beitrittsanfrage für „Praxisaustausch“");
    assert!(
        notice.text.contains("Anna möchte der Gruppe"),
        "{}",
        notice.text
    );
    assert!(
        notice.text.contains("Ich koordiniere im Kreis Borken."),
        "{}",
        notice.text
    );
    assert!(notice.link("/join-requests").contains(&group));

    let mine = browser
        .gql(
            "query($g: ID!) { group(id: $g) { myJoinRequest { id status } } }",
            json!({ "g": group }),
        )
        .await;
    assert_eq!(
        mine.assert_ok()["group"]["myJoinRequest"]["id"],
        request["id"]
    );

    let decided = admin
        .gql(DECIDE, json!({ "r": request["id"], "a": true }))
        .await;
    let decided = &decided.assert_ok()["decideJoinRequest"];
    assert_eq!(decided["status"], "APPROVED");
    assert!(decided["decidedAt"].is_string());
    let welcome = mail_to(&app, &anna.email, "Willkommen").await;
    assert_eq!(
        welcome.subject,
        "Willkommen in der Gruppe „Praxisaustausch“"
    );
    assert!(
        welcome
            .link(&format!("/groups/{group}"))
            .starts_with("http")
    );
    let group_now = browser
        .gql(
            "query($g: ID!) { group(id: $g) { myRole myJoinRequest { id } memberCount } }",
            json!({ "g": group }),
        )
        .await;
    assert_eq!(
        group_now.assert_ok()["group"],
        json!({ "myRole": "MEMBER", "myJoinRequest": null, "memberCount": 2 })
    );
}

/// Declining mails the person, admits nobody, and cannot be decided again (CONFLICT).
async fn a_declined_request_mails_the_person_and_cannot_be_decided_again(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Praxis", Kind::ListedOpen).await;
    let anna = app.create_user("Anna", false).await;
    anna_lang_en(&app, &anna).await;
    let browser = app.signed_in(&anna).await;
    let asked = browser.gql(REQUEST, json!({ "g": group })).await;
    let id = asked.assert_ok()["requestToJoin"]["id"].clone();
    let declined = admin.gql(DECIDE, json!({ "r": id, "a": false })).await;
    assert_eq!(
        declined.assert_ok()["decideJoinRequest"]["status"],
        "DECLINED"
    );
    let mail = mail_to(&app, &anna.email, "Your request").await;
    assert_eq!(mail.subject, "Your request for “Praxis”");
    assert!(mail.text.contains("was declined"), "{}", mail.text);
    let role = browser
        .gql(
            "query($g: ID!) { group(id: $g) { myRole } }",
            json!({ "g": group }),
        )
        .await;
    assert!(role.assert_ok()["group"]["myRole"].is_null());
    admin
        .gql(DECIDE, json!({ "r": id, "a": true }))
        .await
        .assert_code("CONFLICT");
    browser
        .gql(
            "query($g: ID!) { members(groupId: $g) { nodes { role } } }",
            json!({ "g": group }),
        )
        .await
        .assert_code("FORBIDDEN");
    // After a decline, a new request is possible.
    browser
        .gql(REQUEST, json!({ "g": group }))
        .await
        .assert_ok();
}

async fn anna_lang_en(app: &TestApp, anna: &crate::helpers::TestUser) {
    app.signed_in(anna)
        .await
        .gql(
            "mutation { updateProfile(language: EN) { language } }",
            json!({}),
        )
        .await
        .assert_ok();
}

/// Duplicate, member, invitation-only, secret and over-long requests are refused with their codes.
async fn requests_are_refused_where_they_make_no_sense(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let open = create_group(&admin, "Offen", Kind::ListedOpen).await;
    let closed = create_group(&admin, "Nur Einladung", Kind::ListedClosed).await;
    let secret = create_group(&admin, "Geheim", Kind::Secret).await;
    let anna = app.signed_in(&app.create_user("Anna", false).await).await;
    anna.gql(REQUEST, json!({ "g": open })).await.assert_ok();
    anna.gql(REQUEST, json!({ "g": open }))
        .await
        .assert_code("CONFLICT");
    admin
        .gql(REQUEST, json!({ "g": open }))
        .await
        .assert_code("CONFLICT");
    anna.gql(REQUEST, json!({ "g": closed }))
        .await
        .assert_code("FORBIDDEN");
    anna.gql(REQUEST, json!({ "g": secret }))
        .await
        .assert_code("NOT_FOUND");
    let long = anna
        .gql(REQUEST, json!({ "g": closed, "m": "x".repeat(2001) }))
        .await;
    assert_eq!(
        long.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "message"
    );
    anna.gql(REQUEST, json!({ "g": uuid::Uuid::now_v7().to_string() }))
        .await
        .assert_code("NOT_FOUND");
    anna.gql(REQUEST, json!({ "g": "x" }))
        .await
        .assert_code("BAD_USER_INPUT");
}

/// Only the requester withdraws a request; afterwards it is gone and closed.
async fn only_the_requester_withdraws_a_request(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Offen", Kind::ListedOpen).await;
    let anna = app.signed_in(&app.create_user("Anna", false).await).await;
    let bernd = app.signed_in(&app.create_user("Bernd", false).await).await;
    let asked = anna.gql(REQUEST, json!({ "g": group })).await;
    let id = asked.assert_ok()["requestToJoin"]["id"].clone();
    bernd
        .gql(WITHDRAW, json!({ "r": id }))
        .await
        .assert_code("NOT_FOUND");
    admin
        .gql(WITHDRAW, json!({ "r": id }))
        .await
        .assert_code("NOT_FOUND");
    assert_eq!(
        anna.gql(WITHDRAW, json!({ "r": id })).await.assert_ok()["withdrawJoinRequest"],
        true
    );
    anna.gql(WITHDRAW, json!({ "r": id }))
        .await
        .assert_code("CONFLICT");
    admin
        .gql(DECIDE, json!({ "r": id, "a": true }))
        .await
        .assert_code("CONFLICT");
    let pending = admin.gql(PENDING, json!({ "g": group })).await;
    assert_eq!(
        pending.assert_ok()["group"]["joinRequests"]["nodes"],
        json!([])
    );
    anna.gql(WITHDRAW, json!({ "r": "kaputt" }))
        .await
        .assert_code("BAD_USER_INPUT");
}

/// Moderators see pending requests oldest first with person and message; members cannot.
async fn moderators_list_pending_requests_oldest_first(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Offen", Kind::ListedOpen).await;
    let moderator = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Mia", false).await,
        "MODERATOR",
    )
    .await;
    for name in ["Anna", "Bernd", "Clara"] {
        let browser = app.signed_in(&app.create_user(name, false).await).await;
        browser
            .gql(
                REQUEST,
                json!({ "g": group, "m": format!("Hallo von {name}") }),
            )
            .await
            .assert_ok();
    }
    let pending = moderator.gql(PENDING, json!({ "g": group })).await;
    let names: Vec<&str> = pending.assert_ok()["group"]["joinRequests"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["person"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Anna", "Bernd", "Clara"]);
    assert_eq!(
        pending.assert_ok()["group"]["joinRequests"]["nodes"][2]["message"],
        "Hallo von Clara"
    );
    let paged = moderator
        .gql(
            "query($g: ID!) { group(id: $g) { joinRequests(first: 2) { nodes { id } pageInfo { hasNextPage } } } }",
            json!({ "g": group }),
        )
        .await;
    assert_eq!(
        paged.assert_ok()["group"]["joinRequests"]["pageInfo"]["hasNextPage"],
        true
    );
    let member = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Gustav", false).await,
        "MEMBER",
    )
    .await;
    member
        .gql(PENDING, json!({ "g": group }))
        .await
        .assert_code("FORBIDDEN");
}
