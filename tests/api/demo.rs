//! `fachforum demo`: the demo content on an empty database, its printed logins, the
//! refusal on a database in use, and the visibility rules on the seeded groups.

use fachforum::{
    demo::{self, Demo},
    error::{AppError, Reason},
};
use serde_json::{Value, json};

use crate::{
    helpers::{Browser, TestApp},
    process::{data_dir, fachforum},
    testdb::{Backend, both_databases},
};

both_databases!(
    seeding_fills_an_empty_database_with_offices_people_and_groups,
    the_printed_logins_sign_in,
    a_database_in_use_is_refused_and_left_unchanged,
    a_coordinator_sees_the_forum_but_not_the_secret_groups_of_others,
    the_forum_has_answered_questions_a_long_discussion_and_unread_threads,
    the_pinboards_have_current_expired_and_acknowledged_notices,
);

const FORUM: &str = "Fachforum KAoA – Austausch der Koordinierungsstellen";
const WORKING_GROUP: &str = "Arbeitskreis Kommunale Steuerung";
const MODERATION: &str = "Moderationsteam";

/// Seeds the app's database and signs in the printed administrator.
async fn seeded(app: &TestApp) -> (Demo, Browser) {
    let demo = demo::seed(&app.state).await.expect("the demo seeds");
    let admin = app.browser();
    admin
        .login(&demo.logins[0].email, demo::PASSWORD)
        .await
        .assert_ok();
    (demo, admin)
}

/// Every node of a paged list field of the root query, following the cursors.
async fn all_nodes(browser: &Browser, field: &str, selection: &str) -> Vec<Value> {
    let query = format!(
        "query($a: String) {{ {field}(first: 100, after: $a) {{ nodes {{ {selection} }} \
         pageInfo {{ hasNextPage endCursor }} }} }}"
    );
    let mut nodes = Vec::new();
    let mut after = Value::Null;
    loop {
        let response = browser.gql(&query, json!({ "a": after })).await;
        let page = &response.assert_ok()[field];
        nodes.extend(page["nodes"].as_array().unwrap().iter().cloned());
        if page["pageInfo"]["hasNextPage"] != true {
            return nodes;
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
}

/// The groups the browser's account sees, by name.
async fn groups_by_name(browser: &Browser) -> Vec<Value> {
    all_nodes(
        browser,
        "groups",
        "id name visibility joinPolicy memberCount myRole",
    )
    .await
}

fn named<'a>(groups: &'a [Value], name: &str) -> Option<&'a Value> {
    groups.iter().find(|g| g["name"] == name)
}

/// An empty database gets 54 organisations, 320–340 accounts, three groups with the
/// right visibility, open invitations and pending join requests.
async fn seeding_fills_an_empty_database_with_offices_people_and_groups(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (demo, admin) = seeded(&app).await;

    let organizations = all_nodes(&admin, "organizations", "kind region { name }").await;
    assert_eq!(organizations.len(), 54);
    assert_eq!(demo.organizations, 54);
    let kinds = |kind: &str| organizations.iter().filter(|o| o["kind"] == kind).count();
    assert_eq!(
        (
            kinds("DISTRICT"),
            kinds("INDEPENDENT_CITY"),
            kinds("AGENCY")
        ),
        (31, 22, 1)
    );
    assert!(
        organizations
            .iter()
            .all(|o| o["region"]["name"].is_string())
    );

    let people = all_nodes(&admin, "people", "email organization { id }").await;
    assert!(
        (320..=340).contains(&people.len()),
        "{} accounts",
        people.len()
    );
    assert_eq!(people.len(), demo.accounts);
    assert!(people.iter().all(|p| p["organization"]["id"].is_string()
        && p["email"].as_str().unwrap().ends_with(".example")));

    let groups = groups_by_name(&admin).await;
    assert_eq!(groups.len(), 3);
    let settings = |name: &str| {
        let group = named(&groups, name).unwrap();
        (group["visibility"].clone(), group["joinPolicy"].clone())
    };
    assert_eq!(settings(FORUM), (json!("LISTED"), json!("REQUEST")));
    assert_eq!(
        settings(WORKING_GROUP),
        (json!("SECRET"), json!("INVITATION"))
    );
    assert_eq!(settings(MODERATION), (json!("SECRET"), json!("INVITATION")));
    let members = |name: &str| {
        named(&groups, name).unwrap()["memberCount"]
            .as_i64()
            .unwrap()
    };
    assert!(members(FORUM) > 250, "most coordinators are in the forum");
    assert!((20..=30).contains(&members(WORKING_GROUP)));

    let pending = "query($g: ID!) { group(id: $g) { invitations(first: 100) { nodes { email status } } \
         joinRequests(first: 100) { nodes { message status person { name } } } } }";
    let mut invitations = Vec::new();
    let mut requests = Vec::new();
    for group in &groups {
        let response = admin.gql(pending, json!({ "g": group["id"] })).await;
        let data = &response.assert_ok()["group"];
        invitations.extend(data["invitations"]["nodes"].as_array().unwrap().clone());
        requests.extend(data["joinRequests"]["nodes"].as_array().unwrap().clone());
    }
    assert!(invitations.iter().all(|i| i["status"] == "PENDING"));
    assert_eq!(invitations.len(), demo.invitations);
    let emails: Vec<&str> = people
        .iter()
        .map(|p| p["email"].as_str().unwrap())
        .collect();
    let to_accounts = invitations
        .iter()
        .filter(|i| emails.contains(&i["email"].as_str().unwrap()))
        .count();
    assert!(to_accounts > 0, "some invitations go to existing accounts");
    assert!(to_accounts < invitations.len(), "some go to new addresses");
    assert!(!requests.is_empty());
    assert_eq!(requests.len(), demo.join_requests);
    assert!(
        requests
            .iter()
            .all(|r| r["status"] == "PENDING" && r["message"].is_string())
    );
    app.assert_no_mail().await;
}

/// Each printed login signs in with the printed password; the first is the
/// administrator, the second moderates the forum.
async fn the_printed_logins_sign_in(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (demo, admin) = seeded(&app).await;
    let printed = demo.instructions(&app.base_url);
    assert!(printed.contains(demo::PASSWORD));
    assert!(printed.contains(&app.base_url));
    assert_eq!(demo.logins.len(), 4);
    assert_eq!(admin.viewer().await["isAdmin"], true);
    for (k, login) in demo.logins.iter().enumerate() {
        assert!(printed.contains(&login.email), "{} is printed", login.email);
        let browser = app.browser();
        browser
            .login(&login.email, demo::PASSWORD)
            .await
            .assert_ok();
        let viewer = browser.viewer().await;
        assert_eq!(viewer["isAdmin"], k == 0, "{}", login.email);
        let forum = named(&groups_by_name(&browser).await, FORUM)
            .unwrap()
            .clone();
        let expected_role = if k < 2 { "MODERATOR" } else { "MEMBER" };
        assert_eq!(forum["myRole"], expected_role, "{}", login.email);
    }
}

/// With any account in the database, seeding is CONFLICT and adds nothing; a second
/// run on demo data changes nothing either.
async fn a_database_in_use_is_refused_and_left_unchanged(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let someone = app.create_user("Erika", true).await;
    let refused = demo::seed(&app.state).await;
    assert!(
        matches!(
            refused,
            Err(AppError::Conflict {
                reason: Reason::DatabaseNotEmpty,
                ..
            })
        ),
        "{refused:?}"
    );
    let erika = app.signed_in(&someone).await;
    assert!(all_nodes(&erika, "organizations", "id").await.is_empty());
    assert_eq!(all_nodes(&erika, "people", "id").await.len(), 1);

    let app = TestApp::spawn(backend).await;
    let (_, admin) = seeded(&app).await;
    let before = (
        all_nodes(&admin, "organizations", "id").await,
        all_nodes(&admin, "people", "id").await,
        groups_by_name(&admin).await,
    );
    let again = demo::seed(&app.state).await;
    assert!(
        matches!(
            again,
            Err(AppError::Conflict {
                reason: Reason::DatabaseNotEmpty,
                ..
            })
        ),
        "{again:?}"
    );
    let after = (
        all_nodes(&admin, "organizations", "id").await,
        all_nodes(&admin, "people", "id").await,
        groups_by_name(&admin).await,
    );
    assert_eq!(before, after);
}

/// A coordinator only in the forum sees it but neither secret group; the moderators'
/// group is NOT_FOUND by id. A working-group member sees the working group.
async fn a_coordinator_sees_the_forum_but_not_the_secret_groups_of_others(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (demo, admin) = seeded(&app).await;
    let all = groups_by_name(&admin).await;
    let id = |name: &str| named(&all, name).unwrap()["id"].clone();

    let forum_only = app.browser();
    forum_only
        .login(&demo.logins[3].email, demo::PASSWORD)
        .await
        .assert_ok();
    let seen = groups_by_name(&forum_only).await;
    let names: Vec<&str> = seen.iter().map(|g| g["name"].as_str().unwrap()).collect();
    assert_eq!(names, [FORUM]);
    let group = "query($g: ID!) { group(id: $g) { name } }";
    for secret in [MODERATION, WORKING_GROUP] {
        forum_only
            .gql(group, json!({ "g": id(secret) }))
            .await
            .assert_code("NOT_FOUND");
    }
    forum_only
        .gql(group, json!({ "g": id(FORUM) }))
        .await
        .assert_ok();

    let in_both = app.browser();
    in_both
        .login(&demo.logins[2].email, demo::PASSWORD)
        .await
        .assert_ok();
    let seen = groups_by_name(&in_both).await;
    assert_eq!(named(&seen, WORKING_GROUP).unwrap()["myRole"], "MEMBER");
    assert!(named(&seen, MODERATION).is_none());
    in_both
        .gql(group, json!({ "g": id(MODERATION) }))
        .await
        .assert_code("NOT_FOUND");
}

/// The threads of a group as the browser sees them (at most 100).
async fn threads_of(browser: &Browser, group: &Value) -> Vec<Value> {
    let query = "query($g: ID!) { threads(groupId: $g, first: 100) { nodes { title kind \
         replyCount unreadCount isNew answered } pageInfo { hasNextPage } } }";
    let response = browser.gql(query, json!({ "g": group })).await;
    let page = &response.assert_ok()["threads"];
    assert_eq!(page["pageInfo"]["hasNextPage"], false);
    page["nodes"].as_array().unwrap().clone()
}

/// The demo's threads and posts are in the forum and the working group as counted;
/// one discussion has over 220 replies, at least ten questions are answered, and the
/// coordinator only in the forum has read some threads, partly read others and never
/// opened the rest.
async fn the_forum_has_answered_questions_a_long_discussion_and_unread_threads(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (demo, admin) = seeded(&app).await;
    assert!(demo.threads >= 24, "{} threads", demo.threads);
    let all = groups_by_name(&admin).await;
    let id = |name: &str| named(&all, name).unwrap()["id"].clone();
    let forum = threads_of(&admin, &id(FORUM)).await;
    let working_group = threads_of(&admin, &id(WORKING_GROUP)).await;
    assert!(!working_group.is_empty());
    assert_eq!(forum.len() + working_group.len(), demo.threads);
    let posts: i64 = forum
        .iter()
        .chain(&working_group)
        .map(|t| t["replyCount"].as_i64().unwrap() + 1)
        .sum();
    assert_eq!(posts as usize, demo.posts);
    assert!(
        forum
            .iter()
            .any(|t| t["replyCount"].as_i64().unwrap() >= 220)
    );
    let answered = forum
        .iter()
        .chain(&working_group)
        .filter(|t| t["kind"] == "QUESTION" && t["answered"] == true)
        .count();
    assert!(answered >= 10, "{answered} answered questions");
    app.assert_no_mail().await;

    let coordinator = app.browser();
    coordinator
        .login(&demo.logins[3].email, demo::PASSWORD)
        .await
        .assert_ok();
    let seen = threads_of(&coordinator, &id(FORUM)).await;
    assert_eq!(seen.len(), forum.len());
    let unread = |t: &Value| t["unreadCount"].as_i64().unwrap();
    assert!(seen.iter().any(|t| t["isNew"] == true));
    assert!(seen.iter().any(|t| t["isNew"] == false && unread(t) == 0));
    assert!(seen.iter().any(|t| t["isNew"] == false && unread(t) > 0));
    coordinator
        .gql(
            "query($g: ID!) { threads(groupId: $g, first: 1) { nodes { id } } }",
            json!({ "g": id(WORKING_GROUP) }),
        )
        .await
        .assert_code("NOT_FOUND");
}

/// The forum's pinboard: pinned and important notices first, expired ones in the
/// archive, an open request per office at 47 of 53 offices with a deadline next week
/// that the printed coordinator's office still misses; the working group's request
/// per person closed.
async fn the_pinboards_have_current_expired_and_acknowledged_notices(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (demo, admin) = seeded(&app).await;
    let all = groups_by_name(&admin).await;
    let id = |name: &str| named(&all, name).unwrap()["id"].clone();
    let notices = |list: &'static str, group: Value| {
        let admin = &admin;
        async move {
            let response = admin
                .gql(
                    "query($g: ID!, $l: NoticeList) { notices(groupId: $g, list: $l) { nodes { \
                     id title important pinned expired acknowledgementRequest { id mode open \
                     deadline coverage { covered total frozen } } } } }",
                    json!({ "g": group, "l": list }),
                )
                .await;
            response.assert_ok()["notices"]["nodes"]
                .as_array()
                .unwrap()
                .clone()
        }
    };
    let board = notices("CURRENT", id(FORUM)).await;
    assert!(board.len() >= 4, "{} current notices", board.len());
    assert_eq!(board[0]["pinned"], true);
    assert_eq!(board[0]["important"], true);
    let request = &board[0]["acknowledgementRequest"];
    assert_eq!(
        (request["mode"].clone(), request["open"].clone()),
        (json!("PER_OFFICE"), json!(true))
    );
    assert_eq!(request["coverage"]["covered"], 47);
    assert_eq!(request["coverage"]["total"], 53);
    let deadline =
        chrono::DateTime::parse_from_rfc3339(request["deadline"].as_str().unwrap()).unwrap();
    let ahead = deadline.with_timezone(&chrono::Utc) - app.clock.now();
    assert!(
        ahead > chrono::Duration::days(5) && ahead < chrono::Duration::days(8),
        "{ahead}"
    );
    let archive = notices("EXPIRED", id(FORUM)).await;
    assert!(archive.len() >= 2 && archive.iter().all(|n| n["expired"] == true));
    let closed = notices("EXPIRED", id(WORKING_GROUP)).await;
    let closed = &closed[0]["acknowledgementRequest"];
    assert_eq!(
        (closed["open"].clone(), closed["coverage"]["frozen"].clone()),
        (json!(false), json!(true))
    );

    let coordinator = app.browser();
    coordinator
        .login(&demo.logins[3].email, demo::PASSWORD)
        .await
        .assert_ok();
    let mine = coordinator
        .gql(
            "{ pinboard { nodes { title acknowledgementRequest { myAcknowledgedAt myOfficeAcknowledgedAt } } } }",
            json!({}),
        )
        .await;
    let open = mine.assert_ok()["pinboard"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| !n["acknowledgementRequest"].is_null())
        .unwrap()
        .clone();
    assert_eq!(
        open["acknowledgementRequest"],
        json!({ "myAcknowledgedAt": null, "myOfficeAcknowledgedAt": null })
    );
    app.assert_no_mail().await;
}

/// `fachforum demo` on a fresh SQLite data directory exits 0 and prints the password and
/// four logins; a second run exits non-zero and says why.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_command_prints_logins_once() {
    let dir = data_dir();
    let url = format!("sqlite://{}", dir.join("fachforum.db").display());
    let first = fachforum(&dir, &url).arg("demo").output().await.unwrap();
    let stdout = String::from_utf8_lossy(&first.stdout);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(stdout.contains(demo::PASSWORD), "{stdout}");
    let logins: Vec<&str> = stdout
        .split_whitespace()
        .filter(|word| word.contains('@'))
        .collect();
    assert_eq!(logins.len(), 4, "{stdout}");
    assert!(
        logins[0].starts_with("katrin.albers@"),
        "the administrator comes first: {stdout}"
    );
    assert!(stdout.contains("Administration") && stdout.contains("administrator"));

    let second = fachforum(&dir, &url).arg("demo").output().await.unwrap();
    assert!(!second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).contains("not empty"));
    assert!(second.stdout.is_empty());
    std::fs::remove_dir_all(dir).unwrap();
}
