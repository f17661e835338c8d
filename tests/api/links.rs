//! The link list through the API: who adds and edits links, the input rules, one
//! entry per normalised address, the list's orders, filters and pages, the link check
//! on the schedule (with the app clock) and on demand against local web servers whose
//! network the settings allow, moved addresses applied, previews, the refusal of local
//! targets with the default settings, the link's thread, and access across groups.

use std::time::Duration;

use fachforum::{links, platform::jobs};
use serde_json::{Value, json};

use crate::{
    discussions_fixtures::{Forum, forum, reply},
    group_fixtures::{Kind, create_group},
    helpers::{Browser, Gql, TestApp},
    origin_server::{Origin, Reply},
    testdb::{Backend, both_databases},
};

/// The fields of a link the tests look at.
const LINK: &str = "id url normalisedUrl title description descriptionHtml tags version \
     deleted threadId openingPostId commentCount viewerCanEdit checkStatus checkReason \
     checkDetail movedTo checkedAt author { name } group { id }";

/// A page with a title and a description, and resources the server must not fetch.
const PAGE: &str = "<!DOCTYPE html><html><head><meta charset=utf-8>\
    <title>Praktikumsbörse – Startseite</title>\
    <meta property=\"og:description\" content=\"Praktika in der Region finden.\">\
    <link rel=\"icon\" href=\"/favicon.ico\"></head><body><img src=\"/logo.png\"></body></html>";

async fn add_link_response(browser: &Browser, group: &str, input: Value) -> Gql {
    let query = format!(
        "mutation($g: ID!, $input: LinkInput!) {{ addLink(groupId: $g, input: $input) \
         {{ existing link {{ {LINK} }} }} }}"
    );
    browser
        .gql(&query, json!({ "g": group, "input": input }))
        .await
}

/// Adds a link with a title, description and tags; returns the result.
async fn add_link(browser: &Browser, group: &str, url: &str, title: &str, tags: &[&str]) -> Value {
    let input = json!({ "url": url, "title": title, "description": "Gute **Übersicht**.",
                        "tags": tags });
    add_link_response(browser, group, input).await.assert_ok()["addLink"].clone()
}

/// Adds a new link; returns it.
async fn new_link(browser: &Browser, group: &str, url: &str, title: &str, tags: &[&str]) -> Value {
    let added = add_link(browser, group, url, title, tags).await;
    assert_eq!(added["existing"], false, "{url} is new");
    added["link"].clone()
}

fn id(value: &Value) -> &str {
    value["id"].as_str().unwrap()
}

async fn read_link(browser: &Browser, link: &str) -> Gql {
    browser
        .gql(
            &format!("query($id: ID!) {{ link(id: $id) {{ {LINK} }} }}"),
            json!({ "id": link }),
        )
        .await
}

/// The titles of a group's links with `filter` and `sort`, page by page of `first`.
async fn titles(
    browser: &Browser,
    group: &str,
    filter: Value,
    sort: &str,
    first: i64,
) -> Vec<String> {
    let mut titles = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let response = browser
            .gql(
                "query($g: ID!, $f: LinkFilter, $s: LinkSort, $n: Int, $a: String) { \
                 links(groupId: $g, filter: $f, sort: $s, first: $n, after: $a) { \
                 nodes { title } pageInfo { hasNextPage endCursor } } }",
                json!({ "g": group, "f": filter, "s": sort, "n": first, "a": after }),
            )
            .await;
        let page = &response.assert_ok()["links"];
        titles.extend(
            page["nodes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n["title"].as_str().unwrap().to_owned()),
        );
        if page["pageInfo"]["hasNextPage"] != true {
            return titles;
        }
        after = Some(page["pageInfo"]["endCursor"].as_str().unwrap().to_owned());
    }
}

async fn preview(browser: &Browser, group: &str, url: &str) -> Gql {
    browser
        .gql(
            "query($g: ID!, $u: String!) { linkPreview(groupId: $g, url: $u) { normalisedUrl \
             title description existing { id title } } }",
            json!({ "g": group, "u": url }),
        )
        .await
}

async fn link_mutation(browser: &Browser, mutation: &str, link: &str) -> Gql {
    browser
        .gql(
            &format!("mutation($id: ID!) {{ {mutation}(id: $id) {{ {LINK} }} }}"),
            json!({ "id": link }),
        )
        .await
}

/// The reason of a refusal, after checking its code.
fn reason(response: &Gql, code: &str) -> String {
    response.assert_code(code)["extensions"]["reason"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// A forum on a server whose link checks may reach `origin`.
async fn forum_reaching(backend: Backend, origin: &Origin) -> Forum {
    let port = origin.port.to_string();
    let app = TestApp::spawn_with(backend, |s| {
        s.outbound_allowed_networks = "127.0.0.1/32".into();
        s.outbound_allowed_ports = port;
        s.outbound_timeout_secs = 5;
    })
    .await;
    forum(app, Kind::ListedClosed).await
}

/// The pages of the local web server: one that works, one that is gone, one that
/// moved permanently, and the target of that move.
async fn origin() -> Origin {
    Origin::start(|_, path| match path {
        "/ok" | "/neu" => Reply::html(PAGE),
        "/alt" => Reply::redirect(301, "/neu"),
        "/kurz" => Reply::redirect(302, "/ok"),
        _ => Reply::status(404),
    })
    .await
}

/// Waits until the link checks that are due by the app clock have run.
async fn settle(app: &TestApp) {
    for _ in 0..400 {
        let now = app.clock.now();
        let due = jobs::of_kind(&app.state.db, links::CHECK_JOB)
            .await
            .unwrap()
            .iter()
            .filter(|job| job.run_at <= now)
            .count();
        if due == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the due link checks did not run");
}

both_databases!(
    members_add_links_and_authors_and_moderators_edit_them,
    bad_link_input_has_stable_reasons,
    an_address_the_group_has_finds_the_existing_entry,
    the_list_sorts_filters_and_pages,
    links_are_checked_on_the_schedule_and_moved_addresses_applied,
    moderators_check_on_demand_and_previews_suggest_title_and_description,
    default_settings_refuse_local_targets_with_a_stable_reason,
    the_links_thread_holds_its_comments_and_its_deletion,
    links_stay_in_their_group,
    the_demo_lists_curated_links_with_comments_and_check_results,
    the_same_address_added_at_once_is_listed_once,
);

/// Members and moderators add links, guests do not; the author and moderators edit
/// with the version check, other members may not.
async fn members_add_links_and_authors_and_moderators_edit_them(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::ListedClosed).await;
    let link = new_link(
        &f.anna,
        &f.group,
        "https://www.arbeitsagentur.de/bildung/ausbildung",
        "Ausbildung bei der Arbeitsagentur",
        &["Berufsorientierung", "BA"],
    )
    .await;
    assert_eq!(
        link["descriptionHtml"],
        "<p>Gute <strong>Übersicht</strong>.</p>\n"
    );
    assert_eq!(link["tags"], json!(["berufsorientierung", "ba"]));
    assert_eq!(link["author"]["name"], "Anna");
    assert_eq!(link["checkStatus"], "UNCHECKED");
    assert_eq!(link["viewerCanEdit"], true);
    let guest = add_link_response(
        &f.guest,
        &f.group,
        json!({ "url": "https://www.ihk.de/", "title": "IHK", "description": "x" }),
    )
    .await;
    guest.assert_code("FORBIDDEN");

    let edit = |browser, version, title| edit_link(browser, id(&link), version, title);
    edit(&f.ben, 1, "Übernommen").await.assert_code("FORBIDDEN");
    let edited = edit(&f.anna, 1, "Ausbildung finden").await;
    let edited = &edited.assert_ok()["editLink"];
    assert_eq!(
        (
            edited["title"].clone(),
            edited["version"].clone(),
            edited["tags"].clone()
        ),
        (json!("Ausbildung finden"), json!(2), json!(["ausbildung"]))
    );
    assert_eq!(edited["description"], "Neu beschrieben.");
    assert_eq!(
        reason(&edit(&f.moderator, 1, "Veraltet").await, "CONFLICT"),
        "STALE_VERSION"
    );
    edit(&f.moderator, 2, "Ausbildungssuche").await.assert_ok();
    let ben_view = read_link(&f.ben, id(&link)).await;
    assert_eq!(ben_view.assert_ok()["link"]["viewerCanEdit"], false);
}

/// Edits the link the first test adds, with a new title, text and tag.
async fn edit_link(browser: &Browser, link: &str, version: i64, title: &str) -> Gql {
    let query = format!(
        "mutation($id: ID!, $v: Int!, $input: LinkInput!) {{ editLink(id: $id, version: $v, \
         input: $input) {{ {LINK} }} }}"
    );
    let input = json!({ "url": "https://www.arbeitsagentur.de/bildung/ausbildung",
        "title": title, "description": "Neu beschrieben.", "tags": ["ausbildung"] });
    browser
        .gql(&query, json!({ "id": link, "v": version, "input": input }))
        .await
}

/// What a check stored, as Ben reads it: status, reason, detail, moved-to address,
/// and whether it has a time.
async fn check_of(browser: &Browser, link: &Value) -> (String, Value, Value, Value, bool) {
    let read = read_link(browser, id(link)).await;
    let link = &read.assert_ok()["link"];
    (
        link["checkStatus"].as_str().unwrap().to_owned(),
        link["checkReason"].clone(),
        link["checkDetail"].clone(),
        link["movedTo"].clone(),
        !link["checkedAt"].is_null(),
    )
}

/// Empty titles and descriptions, over-long addresses, other schemes and userinfo are
/// refused with their reasons; nothing is stored.
async fn bad_link_input_has_stable_reasons(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::ListedClosed).await;
    let long = format!("https://example.org/{}", "a".repeat(2049 - 20));
    assert_eq!(long.chars().count(), 2049);
    for (url, title, description, field, expected) in [
        ("https://www.ihk.de/", "", "Text", "title", "TOO_SHORT"),
        (
            "https://www.ihk.de/",
            "IHK",
            "  ",
            "description",
            "REQUIRED",
        ),
        (long.as_str(), "Lang", "Text", "url", "TOO_LONG"),
        (
            "javascript:alert(1)",
            "Skript",
            "Text",
            "url",
            "UNSUPPORTED_SCHEME",
        ),
        (
            "ftp://ftp.example.org/",
            "FTP",
            "Text",
            "url",
            "UNSUPPORTED_SCHEME",
        ),
        (
            "http://user@www.ihk.de/",
            "Konto",
            "Text",
            "url",
            "URL_USERINFO",
        ),
        ("www.ihk.de", "Ohne Schema", "Text", "url", "INVALID_URL"),
        ("", "Leer", "Text", "url", "REQUIRED"),
    ] {
        let response = add_link_response(
            &f.anna,
            &f.group,
            json!({ "url": url, "title": title, "description": description }),
        )
        .await;
        let ext = &response.assert_code("BAD_USER_INPUT")["extensions"];
        assert_eq!(
            (ext["field"].as_str(), ext["reason"].as_str()),
            (Some(field), Some(expected)),
            "{url} {title}"
        );
        if expected == "TOO_LONG" {
            assert_eq!(ext["max"], 2048);
        }
    }
    let exact = format!("https://example.org/{}", "a".repeat(2048 - 20));
    new_link(&f.anna, &f.group, &exact, "Genau lang genug", &[]).await;
    assert_eq!(
        titles(&f.anna, &f.group, json!({}), "NEWEST", 50).await,
        ["Genau lang genug"]
    );
    for url in [
        "javascript:alert(1)",
        "ftp://ftp.example.org/",
        "http://user@www.ihk.de/",
    ] {
        assert_eq!(
            preview(&f.anna, &f.group, url)
                .await
                .assert_code("BAD_USER_INPUT")["extensions"]["field"],
            "url"
        );
    }
}

/// Variants of an address (case, default port, trailing slash, tracking parameters,
/// fragment) find the entry the group has; another group lists it separately; an
/// edit to another entry's address is a conflict; a deleted entry keeps its address.
async fn an_address_the_group_has_finds_the_existing_entry(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::ListedClosed).await;
    let original = new_link(
        &f.anna,
        &f.group,
        "https://www.berufenet.arbeitsagentur.de/berufenet/faces/index?path=null",
        "BERUFENET",
        &[],
    )
    .await;
    for variant in [
        "HTTPS://www.BERUFENET.arbeitsagentur.de:443/berufenet/faces/index/?path=null",
        "https://www.berufenet.arbeitsagentur.de/berufenet/faces/index?path=null&utm_source=mail#oben",
        "https://www.berufenet.arbeitsagentur.de/berufenet/faces/index?fbclid=abc&path=null",
    ] {
        let added = add_link(&f.ben, &f.group, variant, "Noch einmal", &["doppelt"]).await;
        assert_eq!(added["existing"], true, "{variant}");
        assert_eq!(added["link"]["id"], original["id"]);
        assert_eq!(added["link"]["title"], "BERUFENET");
        let suggested = preview(&f.ben, &f.group, variant).await;
        let suggested = &suggested.assert_ok()["linkPreview"];
        assert_eq!(suggested["existing"]["id"], original["id"]);
        assert_eq!(suggested["title"], Value::Null);
    }
    assert_eq!(
        titles(&f.ben, &f.group, json!({}), "NEWEST", 50).await,
        ["BERUFENET"]
    );
    // A different query is a different page.
    new_link(
        &f.ben,
        &f.group,
        "https://www.berufenet.arbeitsagentur.de/berufenet/faces/index?path=beruf",
        "BERUFENET Berufe",
        &[],
    )
    .await;
    let other = create_group(&f.moderator, "Nachbarkreis", Kind::ListedClosed).await;
    new_link(
        &f.moderator,
        &other,
        "https://www.berufenet.arbeitsagentur.de/berufenet/faces/index?path=null",
        "BERUFENET",
        &[],
    )
    .await;

    let second = new_link(
        &f.anna,
        &f.group,
        "https://www.planet-beruf.de/",
        "planet-beruf.de",
        &[],
    )
    .await;
    let moved_onto = f
        .anna
        .gql(
            "mutation($id: ID!, $input: LinkInput!) { editLink(id: $id, version: 1, input: $input) { id } }",
            json!({ "id": second["id"], "input": { "title": "planet-beruf.de",
                    "url": "https://WWW.berufenet.arbeitsagentur.de/berufenet/faces/index?path=null",
                    "description": "Text" } }),
        )
        .await;
    assert_eq!(reason(&moved_onto, "CONFLICT"), "LINK_EXISTS");

    // Deleted, the entry keeps its address: moderators are shown it to restore it.
    f.anna
        .gql(
            "mutation($p: ID!) { deletePost(postId: $p) { id } }",
            json!({ "p": second["openingPostId"] }),
        )
        .await
        .assert_ok();
    let again = add_link_response(
        &f.ben,
        &f.group,
        json!({ "url": "https://www.planet-beruf.de", "title": "Planet", "description": "x" }),
    )
    .await;
    assert_eq!(reason(&again, "CONFLICT"), "LINK_EXISTS");
    let suggested = preview(&f.ben, &f.group, "https://www.planet-beruf.de/").await;
    assert_eq!(reason(&suggested, "CONFLICT"), "LINK_EXISTS");
    let for_moderator = add_link(
        &f.moderator,
        &f.group,
        "https://www.planet-beruf.de",
        "Planet",
        &[],
    )
    .await;
    assert_eq!(
        (
            for_moderator["existing"].clone(),
            for_moderator["link"]["deleted"].clone()
        ),
        (json!(true), json!(true))
    );
}

/// Newest first, by title or most discussed, filtered by tag, in pages whose cursors
/// continue where the previous page ended.
async fn the_list_sorts_filters_and_pages(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::ListedClosed).await;
    let mut threads = Vec::new();
    for (url, title, tags) in [
        (
            "https://www.schulministerium.nrw/",
            "Bildungsportal NRW",
            vec!["land", "schule"],
        ),
        (
            "https://www.ihk.de/ausbildung",
            "IHK Ausbildung",
            vec!["kammer"],
        ),
        (
            "https://www.hwk.de/",
            "Handwerkskammer",
            vec!["kammer", "handwerk"],
        ),
        ("https://www.arbeitsagentur.de/", "Arbeitsagentur", vec![]),
        (
            "https://www.kaoa.nrw/",
            "Kein Abschluss ohne Anschluss",
            vec!["land"],
        ),
    ] {
        let link = new_link(&f.anna, &f.group, url, title, &tags).await;
        threads.push(link["threadId"].as_str().unwrap().to_owned());
    }
    for (thread, replies) in [(&threads[1], 2), (&threads[3], 3), (&threads[0], 1)] {
        for n in 0..replies {
            reply(&f.ben, thread, None, &format!("Kommentar {n}")).await;
        }
    }
    for first in [2, 50] {
        assert_eq!(
            titles(&f.ben, &f.group, json!({}), "NEWEST", first).await,
            [
                "Kein Abschluss ohne Anschluss",
                "Arbeitsagentur",
                "Handwerkskammer",
                "IHK Ausbildung",
                "Bildungsportal NRW"
            ]
        );
        assert_eq!(
            titles(&f.ben, &f.group, json!({}), "TITLE", first).await,
            [
                "Arbeitsagentur",
                "Bildungsportal NRW",
                "Handwerkskammer",
                "IHK Ausbildung",
                "Kein Abschluss ohne Anschluss"
            ]
        );
        assert_eq!(
            titles(&f.ben, &f.group, json!({}), "MOST_DISCUSSED", first).await,
            [
                "Arbeitsagentur",
                "IHK Ausbildung",
                "Bildungsportal NRW",
                "Kein Abschluss ohne Anschluss",
                "Handwerkskammer"
            ]
        );
    }
    assert_eq!(
        titles(&f.ben, &f.group, json!({ "tag": " Kammer " }), "TITLE", 1).await,
        ["Handwerkskammer", "IHK Ausbildung"]
    );
    assert_eq!(
        titles(&f.ben, &f.group, json!({ "tag": "land" }), "NEWEST", 50).await,
        ["Kein Abschluss ohne Anschluss", "Bildungsportal NRW"]
    );
    assert_eq!(
        titles(
            &f.ben,
            &f.group,
            json!({ "status": "BROKEN" }),
            "NEWEST",
            50
        )
        .await,
        Vec::<String>::new()
    );
    assert_eq!(
        titles(
            &f.ben,
            &f.group,
            json!({ "status": "UNCHECKED" }),
            "NEWEST",
            50
        )
        .await
        .len(),
        5
    );
    // Comments count; the links' threads stay out of the group's thread list.
    let listed = f
        .ben
        .gql(
            "query($g: ID!) { threads(groupId: $g) { nodes { id } } links(groupId: $g, sort: MOST_DISCUSSED, first: 1) { nodes { commentCount } } }",
            json!({ "g": f.group }),
        )
        .await;
    assert_eq!(listed.assert_ok()["threads"]["nodes"], json!([]));
    assert_eq!(listed.assert_ok()["links"]["nodes"][0]["commentCount"], 3);
    // A cursor of one order is no cursor of another.
    let cursor = f
        .ben
        .gql(
            "query($g: ID!) { links(groupId: $g, first: 1) { pageInfo { endCursor } } }",
            json!({ "g": f.group }),
        )
        .await;
    let cursor = cursor.assert_ok()["links"]["pageInfo"]["endCursor"].clone();
    let bad = f
        .ben
        .gql(
            "query($g: ID!, $a: String) { links(groupId: $g, after: $a) { nodes { id } } }",
            json!({ "g": f.group, "a": "nonsense" }),
        )
        .await;
    assert_eq!(reason(&bad, "BAD_USER_INPUT"), "INVALID_CURSOR");
    assert!(cursor.is_string());
    f.guest
        .gql(
            "query($g: ID!) { links(groupId: $g) { nodes { id } } }",
            json!({ "g": f.group }),
        )
        .await
        .assert_ok();
}

/// A week after a link was added, the job checks it: a working page is ok, a missing
/// one broken (with the status), a permanently redirected one moved (with the new
/// address), and the next check is queued a week later. Moderators see the problems
/// first and apply the moved address with one click, under the duplicate rule.
async fn links_are_checked_on_the_schedule_and_moved_addresses_applied(backend: Backend) {
    let origin = origin().await;
    let f = forum_reaching(backend, &origin).await;
    let ok = new_link(&f.anna, &f.group, &origin.url("/ok"), "Funktioniert", &[]).await;
    let gone = new_link(&f.anna, &f.group, &origin.url("/weg"), "Verschwunden", &[]).await;
    let moved = new_link(&f.anna, &f.group, &origin.url("/alt"), "Umgezogen", &[]).await;
    let temporary = new_link(&f.anna, &f.group, &origin.url("/kurz"), "Umgeleitet", &[]).await;
    f.app.clock.advance(Duration::from_secs(167 * 3600));
    settle(&f.app).await;
    assert!(
        origin.requests().is_empty(),
        "nothing is checked before the week is over"
    );
    let added_at = f.app.clock.now();
    f.app.clock.advance(Duration::from_secs(3600 + 60));
    settle(&f.app).await;

    let status = |link| check_of(&f.ben, link);
    assert_eq!(
        status(&ok).await,
        ("OK".into(), Value::Null, json!("200"), Value::Null, true)
    );
    assert_eq!(
        status(&gone).await,
        (
            "BROKEN".into(),
            json!("HTTP_STATUS"),
            json!("404"),
            Value::Null,
            true
        )
    );
    assert_eq!(
        status(&moved).await,
        (
            "MOVED".into(),
            Value::Null,
            Value::Null,
            json!(origin.url("/neu")),
            true
        )
    );
    assert_eq!(status(&temporary).await.0, "OK");
    // Each link's next check is due a week after the last.
    let next: Vec<_> = jobs::of_kind(&f.app.state.db, links::CHECK_JOB)
        .await
        .unwrap();
    assert_eq!(next.len(), 4);
    for job in &next {
        let due = job.run_at - added_at;
        assert!(
            due > chrono::Duration::hours(167) && due <= chrono::Duration::hours(169),
            "{due}"
        );
    }

    let checks = f
        .moderator
        .gql(
            "query($g: ID!) { linkChecks(groupId: $g) { nodes { title checkStatus } } }",
            json!({ "g": f.group }),
        )
        .await;
    assert_eq!(
        checks.assert_ok()["linkChecks"]["nodes"],
        json!([{ "title": "Verschwunden", "checkStatus": "BROKEN" },
               { "title": "Umgezogen", "checkStatus": "MOVED" },
               { "title": "Umgeleitet", "checkStatus": "OK" },
               { "title": "Funktioniert", "checkStatus": "OK" }])
    );
    f.anna
        .gql(
            "query($g: ID!) { linkChecks(groupId: $g) { nodes { id } } }",
            json!({ "g": f.group }),
        )
        .await
        .assert_code("FORBIDDEN");
    assert_eq!(
        titles(
            &f.ben,
            &f.group,
            json!({ "status": "BROKEN" }),
            "NEWEST",
            50
        )
        .await,
        ["Verschwunden"]
    );
    assert_eq!(
        titles(&f.ben, &f.group, json!({ "status": "MOVED" }), "NEWEST", 50).await,
        ["Umgezogen"]
    );

    link_mutation(&f.anna, "applyMovedUrl", id(&moved))
        .await
        .assert_code("FORBIDDEN");
    assert_eq!(
        reason(
            &link_mutation(&f.moderator, "applyMovedUrl", id(&ok)).await,
            "CONFLICT"
        ),
        "NOT_MOVED"
    );
    // The target is listed already: the duplicate rule holds.
    let target = new_link(
        &f.ben,
        &f.group,
        &format!("{}/", origin.url("/neu")),
        "Neue Seite",
        &[],
    )
    .await;
    assert_eq!(
        reason(
            &link_mutation(&f.moderator, "applyMovedUrl", id(&moved)).await,
            "CONFLICT"
        ),
        "LINK_EXISTS"
    );
    // Once that entry has another address, the moved one may take it.
    f.moderator
        .gql(
            "mutation($id: ID!) { editLink(id: $id, version: 1, input: { url: \"https://www.example.org/neu\", title: \"Neue Seite\", description: \"x\" }) { id } }",
            json!({ "id": target["id"] }),
        )
        .await
        .assert_ok();
    let applied = link_mutation(&f.moderator, "applyMovedUrl", id(&moved)).await;
    let applied = &applied.assert_ok()["applyMovedUrl"];
    assert_eq!(applied["url"], origin.url("/neu"));
    assert_eq!(applied["normalisedUrl"], origin.url("/neu"));
    assert_eq!(
        (
            applied["checkStatus"].clone(),
            applied["movedTo"].clone(),
            applied["version"].clone()
        ),
        (json!("UNCHECKED"), Value::Null, json!(2))
    );
    assert_eq!(
        reason(
            &link_mutation(&f.moderator, "applyMovedUrl", id(&moved)).await,
            "CONFLICT"
        ),
        "NOT_MOVED"
    );
}

/// Moderators check a link now; members may not. A preview reads the page's title and
/// description (nothing else of the page is fetched) and suggests them.
async fn moderators_check_on_demand_and_previews_suggest_title_and_description(backend: Backend) {
    let origin = origin().await;
    let f = forum_reaching(backend, &origin).await;
    let link = new_link(&f.anna, &f.group, &origin.url("/weg"), "Verschwunden", &[]).await;
    link_mutation(&f.anna, "checkLink", id(&link))
        .await
        .assert_code("FORBIDDEN");
    let checked = link_mutation(&f.moderator, "checkLink", id(&link)).await;
    let checked = &checked.assert_ok()["checkLink"];
    assert_eq!(
        (
            checked["checkStatus"].clone(),
            checked["checkReason"].clone()
        ),
        (json!("BROKEN"), json!("HTTP_STATUS"))
    );
    assert_eq!(origin.requests(), ["HEAD /weg", "GET /weg"]);

    let suggested = preview(&f.ben, &f.group, &origin.url("/ok#start")).await;
    assert_eq!(
        suggested.assert_ok()["linkPreview"],
        json!({ "normalisedUrl": origin.url("/ok"), "title": "Praktikumsbörse – Startseite",
                "description": "Praktika in der Region finden.", "existing": null })
    );
    assert_eq!(origin.requests().last().unwrap(), "GET /ok");
    assert!(
        !origin
            .requests()
            .iter()
            .any(|r| r.contains("logo") || r.contains("favicon"))
    );
    preview(&f.guest, &f.group, &origin.url("/ok"))
        .await
        .assert_code("FORBIDDEN");
    let missing = preview(&f.ben, &f.group, &origin.url("/fehlt")).await;
    assert_eq!(reason(&missing, "BAD_USER_INPUT"), "PAGE_UNAVAILABLE");
    let unknown = preview(&f.ben, &f.group, "https://gibt-es-nicht.invalid/").await;
    assert_eq!(reason(&unknown, "BAD_USER_INPUT"), "HOST_NOT_FOUND");
}

/// With the default settings the server refuses to fetch from a local server: the
/// preview is BAD_USER_INPUT with REFUSED_TARGET, the check stores BROKEN with
/// REFUSED_TARGET, and the server never saw a request.
async fn default_settings_refuse_local_targets_with_a_stable_reason(backend: Backend) {
    let origin = origin().await;
    let f = forum(TestApp::spawn(backend).await, Kind::ListedClosed).await;
    for url in [
        origin.url("/ok"),
        "http://127.0.0.1/".into(),
        "http://[::1]/".into(),
        "http://169.254.169.254/".into(),
    ] {
        let refused = preview(&f.anna, &f.group, &url).await;
        assert_eq!(
            reason(&refused, "BAD_USER_INPUT"),
            "REFUSED_TARGET",
            "{url}"
        );
    }
    // An intranet address is a fine link; the server just does not fetch it.
    let link = new_link(&f.anna, &f.group, &origin.url("/ok"), "Intranet", &[]).await;
    let checked = link_mutation(&f.moderator, "checkLink", id(&link)).await;
    let checked = &checked.assert_ok()["checkLink"];
    assert_eq!(
        (
            checked["checkStatus"].clone(),
            checked["checkReason"].clone(),
            checked["checkDetail"].clone()
        ),
        (
            json!("BROKEN"),
            json!("REFUSED_TARGET"),
            json!(format!("port {} is not allowed", origin.port))
        )
    );
    let local = new_link(&f.anna, &f.group, "http://127.0.0.1/", "Lokal", &[]).await;
    let checked = link_mutation(&f.moderator, "checkLink", id(&local)).await;
    assert_eq!(
        checked.assert_ok()["checkLink"]["checkDetail"],
        "127.0.0.1 is loopback"
    );
    assert!(origin.requests().is_empty());
}

/// A link's thread has it as `link` (and as its subject); comments are replies; the
/// link's title and description are edited through the link only; deleting the
/// opening post deletes the link for all but moderators, restoring brings it back.
async fn the_links_thread_holds_its_comments_and_its_deletion(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::ListedClosed).await;
    let link = new_link(
        &f.anna,
        &f.group,
        "https://www.praktikumsboerse.de/",
        "Praktikumsbörse",
        &["praktikum"],
    )
    .await;
    let thread = link["threadId"].as_str().unwrap();
    reply(&f.ben, thread, None, "Sehr hilfreich für die Klasse 9.").await;
    let seen = f
        .ben
        .gql(
            "query($t: ID!) { thread(id: $t) { subject title tags replyCount notice { id } link { id url checkStatus commentCount } } }",
            json!({ "t": thread }),
        )
        .await;
    assert_eq!(
        seen.assert_ok()["thread"],
        json!({ "subject": "LINK", "title": "Praktikumsbörse", "tags": ["praktikum"], "replyCount": 1,
                "notice": null, "link": { "id": link["id"], "url": "https://www.praktikumsboerse.de/",
                "checkStatus": "UNCHECKED", "commentCount": 1 } })
    );
    let plain = crate::discussions_fixtures::start_thread(
        &f.ben,
        &f.group,
        "Eine Frage",
        "Wer kennt das?",
        "QUESTION",
    )
    .await;
    let plain_link = f
        .ben
        .gql(
            "query($t: ID!) { thread(id: $t) { link { id } } }",
            json!({ "t": plain["id"] }),
        )
        .await;
    assert_eq!(plain_link.assert_ok()["thread"]["link"], Value::Null);
    let through_thread = f
        .anna
        .gql(
            "mutation($t: ID!) { editThread(threadId: $t, input: { title: \"Anders\" }) { id } }",
            json!({ "t": thread }),
        )
        .await;
    assert_eq!(reason(&through_thread, "CONFLICT"), "EDIT_THROUGH_SUBJECT");

    f.anna
        .gql(
            "mutation($p: ID!) { deletePost(postId: $p) { id } }",
            json!({ "p": link["openingPostId"] }),
        )
        .await
        .assert_ok();
    read_link(&f.ben, id(&link)).await.assert_code("NOT_FOUND");
    assert!(
        titles(&f.ben, &f.group, json!({}), "NEWEST", 50)
            .await
            .is_empty()
    );
    f.ben
        .gql(
            "query($g: ID!) { links(groupId: $g, filter: { deleted: true }) { nodes { id } } }",
            json!({ "g": f.group }),
        )
        .await
        .assert_code("FORBIDDEN");
    assert_eq!(
        titles(
            &f.moderator,
            &f.group,
            json!({ "deleted": true }),
            "NEWEST",
            50
        )
        .await,
        ["Praktikumsbörse"]
    );
    assert_eq!(
        read_link(&f.moderator, id(&link)).await.assert_ok()["link"]["deleted"],
        true
    );
    f.moderator
        .gql(
            "mutation($p: ID!) { restorePost(postId: $p) { id } }",
            json!({ "p": link["openingPostId"] }),
        )
        .await
        .assert_ok();
    assert_eq!(
        titles(&f.ben, &f.group, json!({}), "NEWEST", 50).await,
        ["Praktikumsbörse"]
    );
}

/// Outsiders get NOT_FOUND for everything of a secret group's link list and
/// FORBIDDEN for a listed group's; ids of one group do not reach into another.
async fn links_stay_in_their_group(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let secret = new_link(
        &f.anna,
        &f.group,
        "https://www.ihk.de/intern",
        "Vertraulich",
        &[],
    )
    .await;
    let listed = create_group(&f.moderator, "Offene Runde", Kind::ListedClosed).await;
    let open = new_link(
        &f.moderator,
        &listed,
        "https://www.hwk.de/",
        "Handwerk",
        &[],
    )
    .await;
    let outsider_user = f.app.create_user("Olaf", false).await;
    let outsider = f.app.signed_in(&outsider_user).await;
    read_link(&outsider, id(&secret))
        .await
        .assert_code("NOT_FOUND");
    read_link(&outsider, id(&open))
        .await
        .assert_code("FORBIDDEN");
    for (group, code) in [(&f.group, "NOT_FOUND"), (&listed, "FORBIDDEN")] {
        outsider
            .gql(
                "query($g: ID!) { links(groupId: $g) { nodes { id } } }",
                json!({ "g": group }),
            )
            .await
            .assert_code(code);
        outsider
            .gql(
                "query($g: ID!) { linkChecks(groupId: $g) { nodes { id } } }",
                json!({ "g": group }),
            )
            .await
            .assert_code(code);
        preview(&outsider, group, "https://www.ihk.de/intern")
            .await
            .assert_code(code);
        add_link_response(&outsider, group, json!({ "url": "https://www.ihk.de/intern", "title": "Eingeschleust", "description": "x" }))
            .await
            .assert_code(code);
    }
    for mutation in ["checkLink", "applyMovedUrl"] {
        link_mutation(&outsider, mutation, id(&secret))
            .await
            .assert_code("NOT_FOUND");
    }
    outsider
        .gql(
            "mutation($id: ID!) { editLink(id: $id, version: 1, input: { url: \"https://www.ihk.de/\", title: \"Übernommen\", description: \"x\" }) { id } }",
            json!({ "id": secret["id"] }),
        )
        .await
        .assert_code("NOT_FOUND");
    // Anna is no member of the listed group: its link is not hers to see.
    read_link(&f.anna, id(&open)).await.assert_code("FORBIDDEN");
    // The same address in the other group is no duplicate, and reveals nothing.
    let added = add_link(
        &f.moderator,
        &listed,
        "https://www.ihk.de/intern",
        "IHK",
        &[],
    )
    .await;
    assert_eq!(added["existing"], false);
}

/// The demo's forum lists over 40 links with tags, some discussed, some moved or
/// broken by stored results; it queued no check of its own.
async fn the_demo_lists_curated_links_with_comments_and_check_results(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let demo = fachforum::demo::seed(&app.state)
        .await
        .expect("the demo seeds");
    let admin = app.browser();
    admin
        .login(&demo.logins[0].email, fachforum::demo::PASSWORD)
        .await
        .assert_ok();
    let groups = admin
        .gql("{ groups(first: 10) { nodes { id name } } }", json!({}))
        .await;
    let forum = groups.assert_ok()["groups"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["name"].as_str().unwrap().starts_with("Fachforum KAoA"))
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let list = admin
        .gql(
            "query($g: ID!) { links(groupId: $g, first: 100) { nodes { tags commentCount checkStatus movedTo } } }",
            json!({ "g": forum }),
        )
        .await;
    let nodes = list.assert_ok()["links"]["nodes"]
        .as_array()
        .unwrap()
        .clone();
    assert!(nodes.len() >= 40, "{} links", nodes.len());
    assert!(
        nodes
            .iter()
            .all(|l| !l["tags"].as_array().unwrap().is_empty())
    );
    let count = |f: &dyn Fn(&Value) -> bool| nodes.iter().filter(|l| f(l)).count();
    assert!(count(&|l| l["commentCount"].as_i64().unwrap() > 0) >= 8);
    assert!(count(&|l| l["checkStatus"] == "MOVED" && l["movedTo"].is_string()) >= 2);
    assert!(count(&|l| l["checkStatus"] == "BROKEN") >= 3);
    assert!(
        jobs::of_kind(&app.state.db, links::CHECK_JOB)
            .await
            .unwrap()
            .is_empty()
    );
}

/// Members adding the same address at the same moment get one entry: one of them
/// added it, the others are shown it.
async fn the_same_address_added_at_once_is_listed_once(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::ListedClosed).await;
    let input = |n: usize| {
        json!({ "url": format!("https://www.girls-day.de/?utm_campaign={n}"),
                "title": format!("Girls'Day {n}"), "description": "Aktionstag." })
    };
    let (a, b, c, d) = tokio::join!(
        add_link_response(&f.anna, &f.group, input(1)),
        add_link_response(&f.ben, &f.group, input(2)),
        add_link_response(&f.moderator, &f.group, input(3)),
        add_link_response(&f.anna, &f.group, input(4)),
    );
    let results: Vec<Value> = [a, b, c, d]
        .iter()
        .map(|r| r.assert_ok()["addLink"].clone())
        .collect();
    let added: Vec<&Value> = results.iter().filter(|r| r["existing"] == false).collect();
    assert_eq!(added.len(), 1, "{results:?}");
    assert!(
        results
            .iter()
            .all(|r| r["link"]["id"] == added[0]["link"]["id"])
    );
    assert_eq!(
        titles(&f.ben, &f.group, json!({}), "NEWEST", 50)
            .await
            .len(),
        1
    );
}
