//! Accounts and sessions: sign-in, sign-out, rotation, revocation, passwords, resets,
//! the first administrator.

use fachforum::auth;
use serde_json::json;

use crate::{
    helpers::{PASSWORD, TestApp},
    testdb::{Backend, both_databases},
};

both_databases!(
    login_returns_the_viewer_and_sets_an_http_only_cookie,
    wrong_credentials_are_unauthenticated_and_reveal_nothing,
    logout_ends_the_session_on_the_server,
    login_rotates_the_session,
    sessions_are_listed_and_can_be_revoked_only_by_their_owner,
    changing_the_password_ends_every_other_session,
    new_passwords_follow_the_rules,
    password_reset_by_mail_works_once,
    expired_reset_links_are_refused,
    first_administrator_is_created_with_the_setup_link,
    profile_name_and_language_can_be_changed,
    signed_out_requests_get_unauthenticated,
);

/// A correct login returns the account and sets an HttpOnly, SameSite=Lax cookie.
async fn login_returns_the_viewer_and_sets_an_http_only_cookie(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = app.create_user("Anna", false).await;
    let browser = app.browser();
    let response = browser.login("  ANNA@example.org ", &anna.password).await;
    assert_eq!(response.assert_ok()["login"]["email"], "anna@example.org");
    let cookie = response.headers["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("fachforum="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let viewer = browser.viewer().await;
    assert_eq!(viewer["name"], "Anna");
    assert_eq!(viewer["language"], "DE");
    assert_eq!(viewer["isAdmin"], false);
}

/// Wrong password and unknown email get the same UNAUTHENTICATED answer.
async fn wrong_credentials_are_unauthenticated_and_reveal_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.create_user("Anna", false).await;
    let browser = app.browser();
    let wrong = browser.login("anna@example.org", "not the password").await;
    let unknown = browser.login("nobody@example.org", PASSWORD).await;
    assert_eq!(
        wrong.assert_code("UNAUTHENTICATED"),
        unknown.assert_code("UNAUTHENTICATED")
    );
    assert!(browser.viewer().await.is_null());
    // The password is checked exactly as typed.
    let trailing = browser
        .login("anna@example.org", &format!("{PASSWORD} "))
        .await;
    trailing.assert_code("UNAUTHENTICATED");
}

/// After logout the old cookie no longer works, even if a client kept it.
async fn logout_ends_the_session_on_the_server(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = app.create_user("Anna", false).await;
    let browser = app.browser();
    let login = browser.login(&anna.email, &anna.password).await;
    let cookie = login.headers["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let logout = browser.gql("mutation { logout }", json!({})).await;
    assert_eq!(logout.assert_ok()["logout"], true);
    assert!(
        logout.headers["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    assert!(browser.viewer().await.is_null());

    let replay = reqwest::Client::new()
        .post(format!("{}/graphql", app.base_url))
        .header("cookie", cookie)
        .json(&json!({ "query": "{ viewer { id } }" }))
        .send()
        .await
        .unwrap()
        .json::<serde_json::Value>()
        .await
        .unwrap();
    assert!(replay["data"]["viewer"].is_null(), "{replay}");
}

/// A second login in the same browser issues a new session id and ends the old one.
async fn login_rotates_the_session(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = app.create_user("Anna", false).await;
    let browser = app.browser();
    let first = browser.login(&anna.email, &anna.password).await;
    let second = browser.login(&anna.email, &anna.password).await;
    let cookie = |r: &crate::helpers::Gql| {
        r.headers["set-cookie"]
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_owned()
    };
    assert_ne!(cookie(&first), cookie(&second));
    let sessions = browser.gql("{ sessions { id current } }", json!({})).await;
    assert_eq!(
        sessions.assert_ok()["sessions"].as_array().unwrap().len(),
        1
    );
}

/// A person sees their sessions, ends one elsewhere, and cannot touch others' sessions.
async fn sessions_are_listed_and_can_be_revoked_only_by_their_owner(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = app.create_user("Anna", false).await;
    let bernd = app.create_user("Bernd", false).await;
    let office = app.signed_in(&anna).await;
    let phone = app.signed_in(&anna).await;
    let other = app.signed_in(&bernd).await;

    let list = office
        .gql("{ sessions { id current userAgent } }", json!({}))
        .await;
    let sessions = list.assert_ok()["sessions"].as_array().unwrap().clone();
    assert_eq!(sessions.len(), 2);
    let phone_id = sessions.iter().find(|s| s["current"] == false).unwrap()["id"].clone();

    let revoke = "mutation($id: ID!) { revokeSession(id: $id) }";
    other
        .gql(revoke, json!({ "id": phone_id }))
        .await
        .assert_code("NOT_FOUND");
    assert!(!phone.viewer().await.is_null());
    office
        .gql(revoke, json!({ "id": phone_id }))
        .await
        .assert_ok();
    assert!(phone.viewer().await.is_null());
    assert!(!office.viewer().await.is_null());
    office
        .gql(revoke, json!({ "id": "not-a-uuid" }))
        .await
        .assert_code("BAD_USER_INPUT");
}

/// Changing the password needs the current one and ends all other sessions.
async fn changing_the_password_ends_every_other_session(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = app.create_user("Anna", false).await;
    let office = app.signed_in(&anna).await;
    let phone = app.signed_in(&anna).await;
    let change = "mutation($c: String!, $n: String!) { changePassword(current: $c, new: $n) }";
    let new = "Neues-Passwort-für-Anna";
    let wrong = office
        .gql(change, json!({ "c": "falsch-falsch", "n": new }))
        .await;
    assert_eq!(
        wrong.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "current"
    );
    office
        .gql(change, json!({ "c": anna.password, "n": new }))
        .await
        .assert_ok();
    assert!(phone.viewer().await.is_null(), "the other session ended");
    assert!(
        !office.viewer().await.is_null(),
        "this browser got a new session"
    );
    app.browser()
        .login(&anna.email, &anna.password)
        .await
        .assert_code("UNAUTHENTICATED");
    app.browser().login(&anna.email, new).await.assert_ok();
}

/// Too short, too long and common passwords are refused with the rule in the message.
async fn new_passwords_follow_the_rules(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = app.create_user("Anna", false).await;
    let browser = app.signed_in(&anna).await;
    let change = "mutation($c: String!, $n: String!) { changePassword(current: $c, new: $n) }";
    let long = "ä".repeat(257);
    for bad in [
        "kurz",
        "123456789",
        long.as_str(),
        "1234567890",
        "Password123",
    ] {
        let response = browser
            .gql(change, json!({ "c": anna.password, "n": bad }))
            .await;
        let error = response.assert_code("BAD_USER_INPUT");
        assert_eq!(error["extensions"]["field"], "password", "{bad}: {error}");
    }
    let umlauts = "Übergangsmanagement🙂";
    browser
        .gql(change, json!({ "c": anna.password, "n": umlauts }))
        .await
        .assert_ok();
    app.browser().login(&anna.email, umlauts).await.assert_ok();
}

/// The reset mail carries a link whose token sets a new password exactly once; the
/// answer for unknown addresses is the same.
async fn password_reset_by_mail_works_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = app.create_user("Anna", false).await;
    let signed_in = app.signed_in(&anna).await;
    let request = "mutation($e: String!) { requestPasswordReset(email: $e) }";
    let browser = app.browser();
    let known = browser
        .gql(request, json!({ "e": "Anna@Example.org" }))
        .await;
    let unknown = browser
        .gql(request, json!({ "e": "niemand@example.org" }))
        .await;
    let malformed = browser.gql(request, json!({ "e": "kein-email" })).await;
    assert_eq!(known.body, unknown.body);
    assert_eq!(known.body, malformed.body);

    let mails = app.wait_for_outbox(1).await;
    // Both requests committed before they answered: a mail to the unknown address
    // would be queued still or be in the outbox by now.
    assert!(
        app.unsent_mails()
            .await
            .iter()
            .all(|mail| mail.to == "anna@example.org"),
        "no mail for unknown addresses"
    );
    assert_eq!(app.outbox().len(), 1, "no mail for unknown addresses");
    let mail = &mails[0];
    assert!(mail.header("To").unwrap().contains("anna@example.org"));
    assert_eq!(mail.subject, "Passwort zurücksetzen");
    assert!(mail.text.contains("Guten Tag Anna"));
    assert!(mail.html.contains("set-password?token="));
    let token = mail.token("/set-password");

    let reset = "mutation($t: String!, $n: String!) { resetPassword(token: $t, new: $n) }";
    let new = "Zurückgesetzt-im-Forum";
    browser
        .gql(reset, json!({ "t": token, "n": "zu kurz" }))
        .await
        .assert_code("BAD_USER_INPUT");
    browser
        .gql(reset, json!({ "t": token, "n": new }))
        .await
        .assert_ok();
    let again = browser
        .gql(reset, json!({ "t": token, "n": "Noch-ein-anderes-1" }))
        .await;
    assert_eq!(
        again.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "token"
    );
    assert!(
        signed_in.viewer().await.is_null(),
        "sessions end with the reset"
    );
    browser.login(&anna.email, new).await.assert_ok();
}

/// A reset link older than one hour is refused.
async fn expired_reset_links_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = app.create_user("Anna", false).await;
    let link = auth::password_link(&app.state, &anna.email)
        .await
        .map_err(|e| e.into_anyhow())
        .unwrap();
    let token = link.split("token=").nth(1).unwrap();
    app.clock.advance(std::time::Duration::from_secs(61 * 60));
    let reset = "mutation($t: String!, $n: String!) { resetPassword(token: $t, new: $n) }";
    let response = app
        .browser()
        .gql(reset, json!({ "t": token, "n": "Zu-spät-gekommen" }))
        .await;
    response.assert_code("BAD_USER_INPUT");
}

/// The setup link creates the first administrator once; afterwards no link is issued.
async fn first_administrator_is_created_with_the_setup_link(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let link = auth::first_admin_link(&app.state)
        .await
        .map_err(|e| e.into_anyhow())
        .unwrap()
        .expect("a link");
    assert!(
        link.starts_with(&app.base_url) && link.contains("/setup?token="),
        "{link}"
    );
    let token = link.split("token=").nth(1).unwrap();
    let setup = "mutation($t: String!, $e: String!, $n: String!, $p: String!) { setupFirstAdmin(token: $t, email: $e, name: $n, password: $p) { email isAdmin } }";
    let browser = app.browser();
    let vars =
        |t: &str| json!({ "t": t, "e": "leitung@agentur.nrw", "n": "Dana Leitung", "p": PASSWORD });
    browser
        .gql(setup, vars("falsch"))
        .await
        .assert_code("BAD_USER_INPUT");
    let created = browser.gql(setup, vars(token)).await;
    assert_eq!(created.assert_ok()["setupFirstAdmin"]["isAdmin"], true);
    assert_eq!(browser.viewer().await["isAdmin"], true);
    app.browser()
        .gql(setup, vars(token))
        .await
        .assert_code("BAD_USER_INPUT");
    assert!(
        auth::first_admin_link(&app.state)
            .await
            .map_err(|e| e.into_anyhow())
            .unwrap()
            .is_none()
    );
}

/// Name and language can be changed; an empty name is refused.
async fn profile_name_and_language_can_be_changed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anna = app.create_user("Anna", false).await;
    let browser = app.signed_in(&anna).await;
    let update = "mutation($n: String, $l: Language) { updateProfile(name: $n, language: $l) { name language } }";
    let done = browser
        .gql(update, json!({ "n": " Anna Berg ", "l": "EN" }))
        .await;
    assert_eq!(
        done.assert_ok()["updateProfile"],
        json!({ "name": "Anna Berg", "language": "EN" })
    );
    let empty = browser.gql(update, json!({ "n": "   " })).await;
    assert_eq!(
        empty.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "name"
    );
    let huge = browser.gql(update, json!({ "n": "x".repeat(101) })).await;
    huge.assert_code("BAD_USER_INPUT");
    assert_eq!(browser.viewer().await["name"], "Anna Berg");
    app.browser()
        .gql(update, json!({ "n": "Eve" }))
        .await
        .assert_code("UNAUTHENTICATED");
}

/// Operations that need an account answer UNAUTHENTICATED when signed out.
async fn signed_out_requests_get_unauthenticated(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.browser();
    for op in [
        "{ sessions { id } }",
        "mutation { logout }",
        "mutation { changePassword(current: \"a\", new: \"b\") }",
        "mutation { revokeSession(id: \"00000000-0000-0000-0000-000000000000\") }",
    ] {
        browser
            .gql(op, json!({}))
            .await
            .assert_code("UNAUTHENTICATED");
    }
}
