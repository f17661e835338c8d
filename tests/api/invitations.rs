//! Invitations: the mail and its link, accepting as a new or an existing account, the
//! wrong account, reuse, expiry, revocation, resending, and the input rules.

use serde_json::json;

use crate::{
    group_fixtures::{
        ACCEPT, Kind, add_member, create_group, create_organization, invitation_mails, invite,
        nth_invitation_mail,
    },
    helpers::{PASSWORD, TestApp},
    testdb::{Backend, both_databases},
};

both_databases!(
    the_invitation_mail_carries_a_single_use_link,
    a_new_person_accepts_and_gets_an_account,
    a_new_person_needs_a_name_and_a_good_password,
    an_existing_account_signs_in_first,
    the_wrong_account_is_forbidden,
    a_link_works_once,
    expired_links_are_refused_until_resent,
    revoked_links_are_refused,
    inviting_again_replaces_the_link,
    invitation_input_is_validated,
    current_members_are_skipped,
    moderators_see_invitations_open_ones_first,
    mails_speak_the_recipients_language,
);

const PREVIEW: &str = "query($t: String!) { invitation(token: $t) { groupName inviterName email \
     accountExists organizationName } }";

const INVITE_FULL: &str = "mutation($g: ID!, $e: [String!]!, $r: GroupRole!, $m: String, $o: ID) { \
     inviteToGroup(groupId: $g, emails: $e, role: $r, message: $m, organizationId: $o) { \
     id email role message status expiresAt invitedBy { name } } }";

const INVITATIONS: &str =
    "query($g: ID!) { group(id: $g) { invitations { nodes { id email status } } } }";

/// The invitation mail names group, inviter and message and links to a signed-out preview.
async fn the_invitation_mail_carries_a_single_use_link(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Berufsorientierung", Kind::Secret).await;
    let office = create_organization(&admin, "Kreis Borken", "DISTRICT").await;
    let response = admin
        .gql(
            INVITE_FULL,
            json!({ "g": group, "e": ["Neu.Person@Kreis-Borken.de"], "r": "MEMBER",
                    "m": "Willkommen!\n<b>Bis bald</b>", "o": office }),
        )
        .await;
    let invitation = &response.assert_ok()["inviteToGroup"][0];
    assert_eq!(invitation["email"], "neu.person@kreis-borken.de");
    assert_eq!(invitation["status"], "PENDING");
    assert_eq!(invitation["invitedBy"]["name"], "Admin");
    assert_eq!(invitation["message"], "Willkommen!\n<b>Bis bald</b>");

    let mail = nth_invitation_mail(&app, "neu.person@kreis-borken.de", 1).await;
    assert_eq!(mail.subject, "Einladung in die Gruppe „Berufsorientierung“");
    assert!(
        mail.text
            .contains("Admin lädt Sie in die Gruppe „Berufsorientierung“"),
        "{}",
        mail.text
    );
    assert!(
        mail.text.contains("<b>Bis bald</b>") && mail.text.contains("14 Tage"),
        "{}",
        mail.text
    );
    assert!(
        mail.html.contains("&lt;b&gt;Bis bald&lt;/b&gt;"),
        "{}",
        mail.html
    );
    assert!(
        mail.link("/invitation")
            .starts_with(&format!("{}/invitation?token=", app.base_url))
    );

    let token = mail.token("/invitation");
    let preview = app.browser().gql(PREVIEW, json!({ "t": token })).await;
    assert_eq!(
        preview.assert_ok()["invitation"],
        json!({ "groupName": "Berufsorientierung", "inviterName": "Admin",
                "email": "neu.person@kreis-borken.de", "accountExists": false,
                "organizationName": "Kreis Borken" })
    );
    let unknown = app
        .browser()
        .gql(PREVIEW, json!({ "t": "unbekannt" }))
        .await;
    assert!(unknown.assert_ok()["invitation"].is_null());
}

/// A new person accepts signed out: account with the inviter's office, session, membership.
async fn a_new_person_accepts_and_gets_an_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "Netzwerk", Kind::Secret).await;
    let office = create_organization(&admin, "Stadt Münster", "INDEPENDENT_CITY").await;
    admin
        .gql(
            INVITE_FULL,
            json!({ "g": group, "e": ["lena@muenster.de"], "r": "GUEST", "o": office }),
        )
        .await
        .assert_ok();
    let token = nth_invitation_mail(&app, "lena@muenster.de", 1)
        .await
        .token("/invitation");
    let browser = app.browser();
    let accepted = browser
        .gql(
            ACCEPT,
            json!({ "t": token, "n": " Lena Schulte ", "p": PASSWORD }),
        )
        .await;
    assert_eq!(
        accepted.assert_ok()["acceptInvitation"],
        json!({ "id": group, "name": "Netzwerk", "myRole": "GUEST" })
    );
    let cookie = accepted.headers["set-cookie"].to_str().unwrap();
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    let viewer = browser
        .gql(
            "{ viewer { name email organization { id name } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        viewer.assert_ok()["viewer"],
        json!({ "name": "Lena Schulte", "email": "lena@muenster.de",
                "organization": { "id": office, "name": "Stadt Münster" } })
    );
    let members = admin
        .gql(
            "query($g: ID!) { members(groupId: $g) { nodes { role person { name } } } }",
            json!({ "g": group }),
        )
        .await;
    let members = members.assert_ok()["members"]["nodes"]
        .as_array()
        .unwrap()
        .clone();
    assert!(members.contains(&json!({ "role": "GUEST", "person": { "name": "Lena Schulte" } })));
    // The new account signs in with its password.
    app.browser()
        .login("lena@muenster.de", PASSWORD)
        .await
        .assert_ok();
    let list = admin.gql(INVITATIONS, json!({ "g": group })).await;
    assert_eq!(
        list.assert_ok()["group"]["invitations"]["nodes"][0]["status"],
        "ACCEPTED"
    );
}

/// A new account needs a name and a valid password; refused attempts keep the link usable.
async fn a_new_person_needs_a_name_and_a_good_password(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "G", Kind::Secret).await;
    invite(&admin, &group, &["neu@example.org"], "MEMBER")
        .await
        .assert_ok();
    let token = nth_invitation_mail(&app, "neu@example.org", 1)
        .await
        .token("/invitation");
    let browser = app.browser();
    for (name, password, field) in [
        (json!(null), json!(PASSWORD), "name"),
        (json!("  "), json!(PASSWORD), "name"),
        (json!("Neu"), json!(null), "password"),
        (json!("Neu"), json!("kurz"), "password"),
    ] {
        let response = browser
            .gql(ACCEPT, json!({ "t": token, "n": name, "p": password }))
            .await;
        assert_eq!(
            response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
            field
        );
    }
    browser
        .gql(ACCEPT, json!({ "t": token, "n": "Neu", "p": PASSWORD }))
        .await
        .assert_ok();
}

/// An existing account gets UNAUTHENTICATED signed out and joins once signed in.
async fn an_existing_account_signs_in_first(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "G", Kind::ListedClosed).await;
    let anna = app.create_user("Anna", false).await;
    invite(&admin, &group, &["ANNA@example.org"], "MODERATOR")
        .await
        .assert_ok();
    let token = nth_invitation_mail(&app, &anna.email, 1)
        .await
        .token("/invitation");
    let preview = app.browser().gql(PREVIEW, json!({ "t": token })).await;
    assert_eq!(preview.assert_ok()["invitation"]["accountExists"], true);
    app.browser()
        .gql(ACCEPT, json!({ "t": token, "n": "Anna", "p": PASSWORD }))
        .await
        .assert_code("UNAUTHENTICATED");
    let browser = app.signed_in(&anna).await;
    let accepted = browser.gql(ACCEPT, json!({ "t": token })).await;
    assert_eq!(
        accepted.assert_ok()["acceptInvitation"]["myRole"],
        "MODERATOR"
    );
}

/// Another signed-in account cannot use the link (FORBIDDEN); the invited person still can.
async fn the_wrong_account_is_forbidden(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "G", Kind::Secret).await;
    let anna = app.create_user("Anna", false).await;
    let bernd = app.signed_in(&app.create_user("Bernd", false).await).await;
    invite(&admin, &group, &[&anna.email], "MEMBER")
        .await
        .assert_ok();
    let token = nth_invitation_mail(&app, &anna.email, 1)
        .await
        .token("/invitation");
    bernd
        .gql(ACCEPT, json!({ "t": token }))
        .await
        .assert_code("FORBIDDEN");
    bernd
        .gql(
            "query($g: ID!) { group(id: $g) { id } }",
            json!({ "g": group }),
        )
        .await
        .assert_code("NOT_FOUND");
    app.signed_in(&anna)
        .await
        .gql(ACCEPT, json!({ "t": token }))
        .await
        .assert_ok();
}

/// A used link is refused (BAD_USER_INPUT on token) and its preview is null.
async fn a_link_works_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "G", Kind::Secret).await;
    let anna = app.create_user("Anna", false).await;
    invite(&admin, &group, &[&anna.email], "MEMBER")
        .await
        .assert_ok();
    let token = nth_invitation_mail(&app, &anna.email, 1)
        .await
        .token("/invitation");
    let browser = app.signed_in(&anna).await;
    browser.gql(ACCEPT, json!({ "t": token })).await.assert_ok();
    let again = browser.gql(ACCEPT, json!({ "t": token })).await;
    assert_eq!(
        again.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "token"
    );
    let preview = app.browser().gql(PREVIEW, json!({ "t": token })).await;
    assert!(preview.assert_ok()["invitation"].is_null());
    app.browser()
        .gql(ACCEPT, json!({ "t": token, "n": "X", "p": PASSWORD }))
        .await
        .assert_code("BAD_USER_INPUT");
}

/// Expired links are refused and listed EXPIRED; resending gives a new 14-day link.
async fn expired_links_are_refused_until_resent(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "G", Kind::Secret).await;
    let anna = app.create_user("Anna", false).await;
    let invited = invite(&admin, &group, &[&anna.email], "MEMBER").await;
    let id = invited.assert_ok()["inviteToGroup"][0]["id"].clone();
    let old = nth_invitation_mail(&app, &anna.email, 1)
        .await
        .token("/invitation");
    app.clock
        .advance(std::time::Duration::from_secs((14 * 24 * 60 + 1) * 60));
    let browser = app.signed_in(&anna).await;
    browser
        .gql(ACCEPT, json!({ "t": old }))
        .await
        .assert_code("BAD_USER_INPUT");
    assert!(
        app.browser()
            .gql(PREVIEW, json!({ "t": old }))
            .await
            .assert_ok()["invitation"]
            .is_null()
    );
    let list = admin.gql(INVITATIONS, json!({ "g": group })).await;
    assert_eq!(
        list.assert_ok()["group"]["invitations"]["nodes"][0]["status"],
        "EXPIRED"
    );

    let resent = admin
        .gql(
            "mutation($id: ID!) { resendInvitation(id: $id) { id status expiresAt } }",
            json!({ "id": id }),
        )
        .await;
    let resent = &resent.assert_ok()["resendInvitation"];
    assert_eq!(resent["id"], id);
    assert_eq!(resent["status"], "PENDING");
    let expires: chrono::DateTime<chrono::Utc> =
        resent["expiresAt"].as_str().unwrap().parse().unwrap();
    let days = (expires - app.clock.now()).num_hours();
    assert!((14 * 24 - 1..=14 * 24).contains(&days), "{days} hours");
    let new = nth_invitation_mail(&app, &anna.email, 2)
        .await
        .token("/invitation");
    assert_ne!(old, new);
    browser
        .gql(ACCEPT, json!({ "t": old }))
        .await
        .assert_code("BAD_USER_INPUT");
    browser.gql(ACCEPT, json!({ "t": new })).await.assert_ok();
}

/// A revoked link is refused; revoking or resending it again is CONFLICT.
async fn revoked_links_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "G", Kind::Secret).await;
    let invited = invite(&admin, &group, &["neu@example.org"], "MEMBER").await;
    let id = invited.assert_ok()["inviteToGroup"][0]["id"].clone();
    let token = nth_invitation_mail(&app, "neu@example.org", 1)
        .await
        .token("/invitation");
    let revoke = "mutation($id: ID!) { revokeInvitation(id: $id) }";
    assert_eq!(
        admin.gql(revoke, json!({ "id": id })).await.assert_ok()["revokeInvitation"],
        true
    );
    let response = app
        .browser()
        .gql(ACCEPT, json!({ "t": token, "n": "Neu", "p": PASSWORD }))
        .await;
    assert_eq!(
        response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "token"
    );
    let list = admin.gql(INVITATIONS, json!({ "g": group })).await;
    assert_eq!(
        list.assert_ok()["group"]["invitations"]["nodes"][0]["status"],
        "REVOKED"
    );
    admin
        .gql(revoke, json!({ "id": id }))
        .await
        .assert_code("CONFLICT");
    admin
        .gql(
            "mutation($id: ID!) { resendInvitation(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await
        .assert_code("CONFLICT");
    admin
        .gql(revoke, json!({ "id": uuid::Uuid::now_v7().to_string() }))
        .await
        .assert_code("NOT_FOUND");
    admin
        .gql(revoke, json!({ "id": "x" }))
        .await
        .assert_code("BAD_USER_INPUT");
}

/// Inviting an address with an open invitation keeps one invitation and replaces its link.
async fn inviting_again_replaces_the_link(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "G", Kind::Secret).await;
    let first = invite(&admin, &group, &["neu@example.org"], "GUEST").await;
    let first_id = first.assert_ok()["inviteToGroup"][0]["id"].clone();
    let old = nth_invitation_mail(&app, "neu@example.org", 1)
        .await
        .token("/invitation");
    let second = invite(&admin, &group, &["neu@example.org"], "MEMBER").await;
    assert_eq!(second.assert_ok()["inviteToGroup"][0]["id"], first_id);
    assert_eq!(second.assert_ok()["inviteToGroup"][0]["role"], "MEMBER");
    let new = nth_invitation_mail(&app, "neu@example.org", 2)
        .await
        .token("/invitation");
    let list = admin.gql(INVITATIONS, json!({ "g": group })).await;
    assert_eq!(
        list.assert_ok()["group"]["invitations"]["nodes"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let browser = app.browser();
    browser
        .gql(ACCEPT, json!({ "t": old, "n": "Neu", "p": PASSWORD }))
        .await
        .assert_code("BAD_USER_INPUT");
    let accepted = browser
        .gql(ACCEPT, json!({ "t": new, "n": "Neu", "p": PASSWORD }))
        .await;
    assert_eq!(accepted.assert_ok()["acceptInvitation"]["myRole"], "MEMBER");
}

/// No, 101 or bad addresses, long messages and unknown offices are BAD_USER_INPUT with the field.
async fn invitation_input_is_validated(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "G", Kind::Secret).await;
    let many: Vec<String> = (0..101).map(|i| format!("p{i}@example.org")).collect();
    let cases = [
        (json!({ "g": group, "e": [], "r": "MEMBER" }), "emails"),
        (json!({ "g": group, "e": many, "r": "MEMBER" }), "emails"),
        (
            json!({ "g": group, "e": ["ok@example.org", "kein-at-zeichen"], "r": "MEMBER" }),
            "emails",
        ),
        (
            json!({ "g": group, "e": ["ok@example.org"], "r": "MEMBER", "m": "x".repeat(2001) }),
            "message",
        ),
        (
            json!({ "g": group, "e": ["ok@example.org"], "r": "MEMBER", "o": uuid::Uuid::now_v7().to_string() }),
            "organizationId",
        ),
        (
            json!({ "g": group, "e": ["ok@example.org"], "r": "MEMBER", "o": "kaputt" }),
            "organizationId",
        ),
        (
            json!({ "g": "kaputt", "e": ["ok@example.org"], "r": "MEMBER" }),
            "groupId",
        ),
    ];
    for (vars, field) in cases {
        let response = admin.gql(INVITE_FULL, vars).await;
        assert_eq!(
            response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
            field,
            "{}",
            response.body
        );
    }
    let named = admin
        .gql(
            INVITE_FULL,
            json!({ "g": group, "e": ["kein-at-zeichen"], "r": "MEMBER" }),
        )
        .await;
    assert!(
        named.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("kein-at-zeichen"),
        "{}",
        named.body
    );
    let hundred: Vec<String> = (0..100).map(|i| format!("p{i}@example.org")).collect();
    let ok = admin
        .gql(
            INVITE_FULL,
            json!({ "g": group, "e": hundred, "r": "MEMBER", "m": "x".repeat(2000) }),
        )
        .await;
    assert_eq!(
        ok.assert_ok()["inviteToGroup"].as_array().unwrap().len(),
        100
    );
    admin
        .gql(
            INVITE_FULL,
            json!({ "g": uuid::Uuid::now_v7().to_string(), "e": ["a@example.org"], "r": "MEMBER" }),
        )
        .await
        .assert_code("NOT_FOUND");
}

/// Addresses of current members are skipped: not in the result, no mail.
async fn current_members_are_skipped(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin_user = app.create_user("Admin", true).await;
    let admin = app.signed_in(&admin_user).await;
    let group = create_group(&admin, "G", Kind::Secret).await;
    let response = invite(
        &admin,
        &group,
        &[&admin_user.email, "neu@example.org"],
        "MEMBER",
    )
    .await;
    let invited = response.assert_ok()["inviteToGroup"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(invited.len(), 1);
    assert_eq!(invited[0]["email"], "neu@example.org");
    nth_invitation_mail(&app, "neu@example.org", 1).await;
    assert!(invitation_mails(&app, &admin_user.email).is_empty());
}

/// Moderators list invitations, open ones first; members may not.
async fn moderators_see_invitations_open_ones_first(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    let group = create_group(&admin, "G", Kind::ListedOpen).await;
    let member = add_member(
        &app,
        &admin,
        &group,
        &app.create_user("Mia", false).await,
        "MEMBER",
    )
    .await;
    invite(&admin, &group, &["b@example.org"], "MEMBER")
        .await
        .assert_ok();
    let revoked = invite(&admin, &group, &["c@example.org"], "MEMBER").await;
    let revoked_id = revoked.assert_ok()["inviteToGroup"][0]["id"].clone();
    admin
        .gql(
            "mutation($id: ID!) { revokeInvitation(id: $id) }",
            json!({ "id": revoked_id }),
        )
        .await
        .assert_ok();
    invite(&admin, &group, &["d@example.org"], "MEMBER")
        .await
        .assert_ok();
    let list = admin.gql(INVITATIONS, json!({ "g": group })).await;
    let statuses: Vec<(String, String)> = list.assert_ok()["group"]["invitations"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["email"].as_str().unwrap().to_owned(),
                i["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected = [
        ("d@example.org", "PENDING"),
        ("b@example.org", "PENDING"),
        ("c@example.org", "REVOKED"),
        ("mia@example.org", "ACCEPTED"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(e, s)| (e.to_string(), s.to_string()))
        .collect();
    assert_eq!(statuses, expected);
    let paged = admin
        .gql(
            "query($g: ID!, $a: String) { group(id: $g) { invitations(first: 3, after: $a) { nodes { email } pageInfo { hasNextPage endCursor } } } }",
            json!({ "g": group }),
        )
        .await;
    let page = &paged.assert_ok()["group"]["invitations"];
    assert_eq!(page["pageInfo"]["hasNextPage"], true);
    let rest = admin
        .gql(
            "query($g: ID!, $a: String) { group(id: $g) { invitations(first: 3, after: $a) { nodes { email } pageInfo { hasNextPage } } } }",
            json!({ "g": group, "a": page["pageInfo"]["endCursor"] }),
        )
        .await;
    assert_eq!(
        rest.assert_ok()["group"]["invitations"]["nodes"],
        json!([{ "email": "mia@example.org" }])
    );
    member
        .gql(INVITATIONS, json!({ "g": group }))
        .await
        .assert_code("FORBIDDEN");
}

/// New addresses get the inviter's language, existing accounts their own.
async fn mails_speak_the_recipients_language(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.create_user("Admin", true).await).await;
    admin
        .gql(
            "mutation { updateProfile(language: EN) { language } }",
            json!({}),
        )
        .await
        .assert_ok();
    let group = create_group(&admin, "Transfer", Kind::Secret).await;
    let anna = app.create_user("Anna", false).await;
    invite(&admin, &group, &["new@example.org", &anna.email], "MEMBER")
        .await
        .assert_ok();
    let english = nth_invitation_mail(&app, "new@example.org", 1).await;
    assert_eq!(english.subject, "Invitation to the group “Transfer”");
    assert!(
        english.text.contains("valid for 14 days"),
        "{}",
        english.text
    );
    let german = nth_invitation_mail(&app, &anna.email, 1).await;
    assert_eq!(german.subject, "Einladung in die Gruppe „Transfer“");
    assert!(german.text.contains("Guten Tag Anna,"), "{}", german.text);
}
