//! Building blocks for the tests of organisations and groups: each step goes through
//! the GraphQL API as the web client does (invitations are accepted with the token from
//! the delivered mail).

use std::time::Duration;

use serde_json::{Value, json};

use crate::{
    helpers::{Browser, TestApp, TestUser},
    smtp_server::ParsedMessage,
};

/// A group's visibility and join policy.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    /// Listed; admits by request.
    ListedOpen,
    /// Listed; admits by invitation only.
    ListedClosed,
    /// Secret; by invitation only.
    Secret,
}

impl Kind {
    fn input(self, name: &str) -> Value {
        let (visibility, policy) = match self {
            Kind::ListedOpen => ("LISTED", "REQUEST"),
            Kind::ListedClosed => ("LISTED", "INVITATION"),
            Kind::Secret => ("SECRET", "INVITATION"),
        };
        json!({ "name": name, "description": format!("Die Gruppe {name}."),
                "visibility": visibility, "joinPolicy": policy })
    }
}

/// Creates a group as `admin` (who becomes its moderator); returns its id.
pub async fn create_group(admin: &Browser, name: &str, kind: Kind) -> String {
    let response = admin
        .gql(
            "mutation($input: GroupInput!) { createGroup(input: $input) { id } }",
            json!({ "input": kind.input(name) }),
        )
        .await;
    response.assert_ok()["createGroup"]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// The account id of the signed-in browser.
pub async fn account_id(browser: &Browser) -> String {
    browser.viewer().await["id"].as_str().unwrap().to_owned()
}

/// Invites addresses as `moderator`; returns the response.
pub async fn invite(
    moderator: &Browser,
    group: &str,
    emails: &[&str],
    role: &str,
) -> crate::helpers::Gql {
    moderator
        .gql(
            "mutation($g: ID!, $e: [String!]!, $r: GroupRole!) { \
             inviteToGroup(groupId: $g, emails: $e, role: $r) { id email role status } }",
            json!({ "g": group, "e": emails, "r": role }),
        )
        .await
}

/// The mails delivered to `email` that carry an invitation link, oldest first.
pub fn invitation_mails(app: &TestApp, email: &str) -> Vec<ParsedMessage> {
    app.outbox()
        .into_iter()
        .filter(|mail| {
            mail.header("To").is_some_and(|to| to.contains(email))
                && mail.text.contains("/invitation?token=")
        })
        .collect()
}

/// Waits for the `n`-th (1-based) invitation mail to `email` and returns it.
pub async fn nth_invitation_mail(app: &TestApp, email: &str, n: usize) -> ParsedMessage {
    for _ in 0..200 {
        let mut mails = invitation_mails(app, email);
        if mails.len() >= n {
            return mails.swap_remove(n - 1);
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("no invitation mail number {n} to {email} arrived");
}

/// Waits for a mail to `email` whose subject contains `subject`.
pub async fn mail_to(app: &TestApp, email: &str, subject: &str) -> ParsedMessage {
    for _ in 0..200 {
        if let Some(mail) = app.outbox().into_iter().find(|mail| {
            mail.header("To").is_some_and(|to| to.contains(email)) && mail.subject.contains(subject)
        }) {
            return mail;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("no mail to {email} about {subject:?} arrived");
}

/// The accept mutation with every argument.
pub const ACCEPT: &str = "mutation($t: String!, $n: String, $p: String) { \
     acceptInvitation(token: $t, name: $n, password: $p) { id name myRole } }";

/// Makes `user` a member of `group` with `role`: `moderator` invites them and they
/// accept with the token from the mail. Returns the user's signed-in browser.
pub async fn add_member(
    app: &TestApp,
    moderator: &Browser,
    group: &str,
    user: &TestUser,
    role: &str,
) -> Browser {
    let before = invitation_mails(app, &user.email).len();
    invite(moderator, group, &[&user.email], role)
        .await
        .assert_ok();
    let token = nth_invitation_mail(app, &user.email, before + 1)
        .await
        .token("/invitation");
    let browser = app.signed_in(user).await;
    let accepted = browser.gql(ACCEPT, json!({ "t": token })).await;
    assert_eq!(accepted.assert_ok()["acceptInvitation"]["myRole"], role);
    browser
}

/// Creates an organisation as `admin`; returns its id.
pub async fn create_organization(admin: &Browser, name: &str, kind: &str) -> String {
    let response = admin
        .gql(
            "mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }",
            json!({ "input": { "name": name, "kind": kind, "municipality": name } }),
        )
        .await;
    response.assert_ok()["createOrganization"]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Puts the account into the organisation, as `admin`.
pub async fn set_organization(admin: &Browser, account: &str, organization: Option<&str>) {
    admin
        .gql(
            "mutation($a: ID!, $o: ID) { setAccountOrganization(accountId: $a, organizationId: $o) { id } }",
            json!({ "a": account, "o": organization }),
        )
        .await
        .assert_ok();
}
