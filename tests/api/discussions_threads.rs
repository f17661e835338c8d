//! Threads: starting them, the input rules, categories, editing, and the group's
//! thread list with its orders, filters and pages.

use serde_json::{Value, json};

use crate::{
    discussions_fixtures::{THREAD, forum, reply, start_thread, thread},
    group_fixtures::{Kind, create_group},
    helpers::{Browser, TestApp},
    testdb::{Backend, both_databases},
};

both_databases!(
    members_start_threads_and_guests_only_read,
    thread_input_is_checked,
    moderators_manage_categories_and_threads_outlive_them,
    the_thread_list_sorts_filters_and_pages,
    authors_and_moderators_edit_threads,
);

const START: &str = "mutation($g: ID!, $input: StartThreadInput!) { \
     startThread(groupId: $g, input: $input) { id title tags kind category { name } } }";

/// Members start threads with category, tags and kind; the opening post is post 1;
/// guests read but cannot start threads or reply.
async fn members_start_threads_and_guests_only_read(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let category = create_category(&f.moderator, &f.group, "Fragen").await;
    let query = format!(
        "mutation($g: ID!, $input: StartThreadInput!) {{ startThread(groupId: $g, input: $input) \
         {{ {THREAD} openingPost {{ seq depth body bodyHtml isOpeningPost parent {{ id }} }} }} }}"
    );
    let response = f
        .anna
        .gql(
            &query,
            json!({ "g": f.group, "input": {
                "title": "  Wie organisieren Sie die Potenzialanalyse?  ",
                "body": "Wir suchen **Erfahrungen** aus anderen Kreisen.",
                "categoryId": category, "kind": "QUESTION",
                "tags": ["Potenzialanalyse", " #KAoA  STAR ", "potenzialanalyse"] } }),
        )
        .await;
    let started = &response.assert_ok()["startThread"];
    assert_eq!(
        started["title"],
        "Wie organisieren Sie die Potenzialanalyse?"
    );
    assert_eq!(started["kind"], "QUESTION");
    assert_eq!(started["tags"], json!(["potenzialanalyse", "kaoa star"]));
    assert_eq!(started["category"]["name"], "Fragen");
    assert_eq!(started["author"]["id"], f.anna_id.as_str());
    assert_eq!(started["replyCount"], 0);
    assert_eq!(started["lastSeq"], 1);
    assert_eq!(started["answered"], false);
    assert_eq!(
        started["isNew"], false,
        "the author has read their own thread"
    );
    assert_eq!(started["myWatchLevel"], "WATCHING");
    assert_eq!(started["canEdit"], true);
    let opening = &started["openingPost"];
    assert_eq!(opening["seq"], 1);
    assert_eq!(opening["depth"], 0);
    assert_eq!(opening["isOpeningPost"], true);
    assert!(opening["parent"].is_null());
    assert_eq!(
        opening["bodyHtml"],
        "<p>Wir suchen <strong>Erfahrungen</strong> aus anderen Kreisen.</p>\n"
    );

    let id = started["id"].as_str().unwrap();
    let seen = thread(&f.guest, id).await;
    assert_eq!(seen["isNew"], true);
    assert_eq!(seen["canEdit"], false);
    let input = json!({ "title": "Gast fragt", "body": "Darf ich?" });
    f.guest
        .gql(START, json!({ "g": f.group, "input": input }))
        .await
        .assert_code("FORBIDDEN");
    f.guest
        .gql(
            "mutation($t: ID!) { reply(threadId: $t, body: \"Ich auch\") { id } }",
            json!({ "t": id }),
        )
        .await
        .assert_code("FORBIDDEN");
}

/// Bad input is refused with BAD_USER_INPUT naming the field (and the limit); unknown
/// groups are NOT_FOUND.
async fn thread_input_is_checked(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let other = create_group(&f.moderator, "Andere Gruppe", Kind::Secret).await;
    let foreign_category = create_category(&f.moderator, &other, "Fremd").await;
    let megabyte = "a".repeat(1024 * 1024);
    let cases: Vec<(Value, &str, &str)> = vec![
        (json!({ "title": "", "body": "x" }), "title", "at least 3"),
        (json!({ "title": "  ", "body": "x" }), "title", "at least 3"),
        (json!({ "title": "Ab", "body": "x" }), "title", "at least 3"),
        (
            json!({ "title": "a".repeat(201), "body": "x" }),
            "title",
            "at most 200",
        ),
        (
            json!({ "title": "Zwei\nZeilen", "body": "x" }),
            "title",
            "one line",
        ),
        (json!({ "title": "Titel", "body": "" }), "body", "empty"),
        (
            json!({ "title": "Titel", "body": " \n\t " }),
            "body",
            "empty",
        ),
        (
            json!({ "title": "Titel", "body": megabyte }),
            "body",
            "at most 100000 characters",
        ),
        (
            json!({ "title": "Titel", "body": "x", "tags": (0..11).map(|i| format!("t{i}")).collect::<Vec<_>>() }),
            "tags",
            "at most 10",
        ),
        (
            json!({ "title": "Titel", "body": "x", "tags": ["<b>"] }),
            "tags",
            "letters",
        ),
        (
            json!({ "title": "Titel", "body": "x", "tags": [""] }),
            "tags",
            "1 to 40",
        ),
        (
            json!({ "title": "Titel", "body": "x", "categoryId": "kein-id" }),
            "categoryId",
            "valid id",
        ),
        (
            json!({ "title": "Titel", "body": "x", "categoryId": uuid::Uuid::now_v7() }),
            "categoryId",
            "no such category",
        ),
        (
            json!({ "title": "Titel", "body": "x", "categoryId": foreign_category }),
            "categoryId",
            "no such category",
        ),
    ];
    for (input, field, message) in cases {
        let response = f
            .anna
            .gql(START, json!({ "g": f.group, "input": input }))
            .await;
        let error = response.assert_code("BAD_USER_INPUT");
        assert_eq!(error["extensions"]["field"], field, "{}", response.body);
        assert!(
            error["message"].as_str().unwrap().contains(message),
            "{message:?} not in {}",
            response.body
        );
    }
    let input = json!({ "title": "Titel", "body": "x" });
    let response = f
        .anna
        .gql(START, json!({ "g": "42", "input": input }))
        .await;
    assert_eq!(
        response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "groupId"
    );
    f.anna
        .gql(START, json!({ "g": uuid::Uuid::now_v7(), "input": input }))
        .await
        .assert_code("NOT_FOUND");
    for (query, field) in [
        ("query { thread(id: \"x\") { id } }", "id"),
        ("query { post(id: \"x\") { id } }", "id"),
    ] {
        let response = f.anna.gql(query, json!({})).await;
        assert_eq!(
            response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
            field
        );
    }
    for query in [
        "query($id: ID!) { thread(id: $id) { id } }",
        "query($id: ID!) { post(id: $id) { id } }",
    ] {
        f.anna
            .gql(query, json!({ "id": uuid::Uuid::now_v7() }))
            .await
            .assert_code("NOT_FOUND");
    }
    let listed = f
        .anna
        .gql(
            "query($g: ID!) { threads(groupId: $g) { nodes { id } } }",
            json!({ "g": f.group }),
        )
        .await;
    assert_eq!(
        listed.assert_ok()["threads"]["nodes"],
        json!([]),
        "nothing was stored"
    );
}

/// Creates a category as `moderator`; returns its id.
async fn create_category(moderator: &Browser, group: &str, name: &str) -> String {
    let response = moderator
        .gql(
            "mutation($g: ID!, $n: String!) { createCategory(groupId: $g, input: { name: $n }) { id } }",
            json!({ "g": group, "n": name }),
        )
        .await;
    response.assert_ok()["createCategory"]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Moderators create, order, rename and delete categories (members may not; names are
/// unique per group); a thread whose category is deleted stays, without one.
async fn moderators_manage_categories_and_threads_outlive_them(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::ListedOpen).await;
    let fragen = create_category(&f.moderator, &f.group, "Fragen").await;
    let praxis = create_category(&f.moderator, &f.group, "Praxisbeispiele").await;
    let create = "mutation($g: ID!, $input: CategoryInput!) { createCategory(groupId: $g, input: $input) { id name description position } }";
    let response = f
        .moderator
        .gql(
            create,
            json!({ "g": f.group, "input": { "name": " Ankündigungen ", "description": "Termine und Neuigkeiten", "position": 0 } }),
        )
        .await;
    let news = &response.assert_ok()["createCategory"];
    assert_eq!(news["name"], "Ankündigungen");
    assert_eq!(news["position"], 0);
    f.moderator
        .gql(
            create,
            json!({ "g": f.group, "input": { "name": "fragen" } }),
        )
        .await
        .assert_code("CONFLICT");
    f.moderator
        .gql(create, json!({ "g": f.group, "input": { "name": " " } }))
        .await
        .assert_code("BAD_USER_INPUT");
    f.anna
        .gql(
            create,
            json!({ "g": f.group, "input": { "name": "Eigenes" } }),
        )
        .await
        .assert_code("FORBIDDEN");

    let list = "query($g: ID!) { categories(groupId: $g) { id name position } }";
    let names = |response: &crate::helpers::Gql| -> Vec<String> {
        response.assert_ok()["categories"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let response = f.guest.gql(list, json!({ "g": f.group })).await;
    assert_eq!(
        names(&response),
        ["Ankündigungen", "Fragen", "Praxisbeispiele"]
    );

    let update = "mutation($id: ID!, $input: CategoryInput!) { updateCategory(id: $id, input: $input) { name position } }";
    let response = f
        .moderator
        .gql(
            update,
            json!({ "id": praxis, "input": { "name": "Gute Praxis", "position": 0 } }),
        )
        .await;
    assert_eq!(
        response.assert_ok()["updateCategory"]["name"],
        "Gute Praxis"
    );
    let response = f
        .moderator
        .gql(
            update,
            json!({ "id": fragen, "input": { "name": "Fragen", "position": 3 } }),
        )
        .await;
    assert_eq!(response.assert_ok()["updateCategory"]["position"], 3);
    f.anna
        .gql(
            update,
            json!({ "id": praxis, "input": { "name": "Meins" } }),
        )
        .await
        .assert_code("FORBIDDEN");
    f.moderator
        .gql(
            update,
            json!({ "id": praxis, "input": { "name": "Fragen" } }),
        )
        .await
        .assert_code("CONFLICT");
    let response = f.anna.gql(list, json!({ "g": f.group })).await;
    assert_eq!(names(&response), ["Ankündigungen", "Gute Praxis", "Fragen"]);

    let query = "mutation($g: ID!, $c: ID!) { startThread(groupId: $g, input: { title: \"Einordnung\", body: \"Text\", categoryId: $c }) { id category { id } } }";
    let response = f
        .anna
        .gql(query, json!({ "g": f.group, "c": fragen }))
        .await;
    let thread_id = response.assert_ok()["startThread"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let delete = "mutation($id: ID!) { deleteCategory(id: $id) }";
    f.anna
        .gql(delete, json!({ "id": fragen }))
        .await
        .assert_code("FORBIDDEN");
    f.moderator
        .gql(delete, json!({ "id": fragen }))
        .await
        .assert_ok();
    f.moderator
        .gql(delete, json!({ "id": fragen }))
        .await
        .assert_code("NOT_FOUND");
    let after = thread(&f.anna, &thread_id).await;
    assert!(after["category"].is_null());
    let response = f.anna.gql(list, json!({ "g": f.group })).await;
    assert_eq!(names(&response), ["Ankündigungen", "Gute Praxis"]);
    let listed = f
        .anna
        .gql(
            "query($g: ID!) { threads(groupId: $g) { nodes { id } } }",
            json!({ "g": f.group }),
        )
        .await;
    assert_eq!(
        listed.assert_ok()["threads"]["nodes"][0]["id"],
        thread_id.as_str()
    );
}

/// Lists a group's threads as `browser`: `sort`, `filter`, `first`; returns the titles
/// of all pages.
async fn titles(
    browser: &Browser,
    group: &str,
    sort: &str,
    filter: Value,
    first: i64,
) -> Vec<String> {
    let query = "query($g: ID!, $s: ThreadSort, $f: ThreadFilter, $n: Int, $a: String) { \
         threads(groupId: $g, sort: $s, filter: $f, first: $n, after: $a) { \
         nodes { title } pageInfo { hasNextPage endCursor } } }";
    let mut titles = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let response = browser
            .gql(
                query,
                json!({ "g": group, "s": sort, "f": filter, "n": first, "a": after }),
            )
            .await;
        let page = &response.assert_ok()["threads"];
        titles.extend(
            page["nodes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t["title"].as_str().unwrap().to_owned()),
        );
        if !page["pageInfo"]["hasNextPage"].as_bool().unwrap() {
            return titles;
        }
        after = Some(page["pageInfo"]["endCursor"].as_str().unwrap().to_owned());
    }
}

/// The list sorts by latest activity, newest or unanswered first; filters by category,
/// unanswered, mine, watched and tag; and pages through all of it.
async fn the_thread_list_sorts_filters_and_pages(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let category = create_category(&f.moderator, &f.group, "Fragen").await;
    let start = "mutation($g: ID!, $input: StartThreadInput!) { startThread(groupId: $g, input: $input) { id } }";
    let mut ids = Vec::new();
    for (who, title, kind, tags, category) in [
        (&f.anna, "Eins", "DISCUSSION", vec!["praxis"], None),
        (&f.ben, "Zwei", "QUESTION", vec![], Some(&category)),
        (
            &f.anna,
            "Drei",
            "QUESTION",
            vec!["Praxis", "star"],
            Some(&category),
        ),
        (&f.ben, "Vier", "DISCUSSION", vec![], None),
    ] {
        let input = json!({ "title": title, "body": "Text", "kind": kind, "tags": tags, "categoryId": category });
        let response = who
            .gql(start, json!({ "g": f.group, "input": input }))
            .await;
        ids.push(
            response.assert_ok()["startThread"]["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
        // Each thread starts a moment after the one before.
        f.app.clock.advance(std::time::Duration::from_millis(5));
    }
    // "Eins" becomes the most recently active thread, and answered.
    reply(&f.ben, &ids[0], None, "Antwort").await;

    let all = |sort: &'static str| titles(&f.anna, &f.group, sort, json!({}), 100);
    assert_eq!(
        all("LATEST_ACTIVITY").await,
        ["Eins", "Vier", "Drei", "Zwei"]
    );
    assert_eq!(all("NEWEST").await, ["Vier", "Drei", "Zwei", "Eins"]);
    assert_eq!(all("UNANSWERED").await, ["Vier", "Drei", "Zwei", "Eins"]);
    for sort in ["LATEST_ACTIVITY", "NEWEST", "UNANSWERED"] {
        let paged = titles(&f.anna, &f.group, sort, json!({}), 1).await;
        assert_eq!(paged, all(sort).await, "pages of one in {sort}");
    }
    let filtered = |filter: Value| titles(&f.anna, &f.group, "NEWEST", filter, 2);
    assert_eq!(
        filtered(json!({ "categoryId": category })).await,
        ["Drei", "Zwei"]
    );
    assert_eq!(
        filtered(json!({ "unanswered": true })).await,
        ["Vier", "Drei", "Zwei"]
    );
    assert_eq!(filtered(json!({ "mine": true })).await, ["Drei", "Eins"]);
    assert_eq!(filtered(json!({ "watched": true })).await, ["Drei", "Eins"]);
    assert_eq!(
        filtered(json!({ "tag": " #PRAXIS" })).await,
        ["Drei", "Eins"]
    );
    assert_eq!(
        filtered(json!({ "tag": "praxis", "categoryId": category })).await,
        ["Drei"]
    );
    let ben_watches = titles(&f.ben, &f.group, "NEWEST", json!({ "watched": true }), 10).await;
    assert_eq!(
        ben_watches,
        ["Vier", "Zwei", "Eins"],
        "starting and replying watch"
    );

    let list = "query($g: ID!, $f: ThreadFilter, $a: String, $n: Int) { threads(groupId: $g, filter: $f, after: $a, first: $n) { nodes { id } } }";
    for (vars, field) in [
        (json!({ "g": f.group, "a": "kaputt" }), "after"),
        (json!({ "g": f.group, "n": 0 }), "first"),
        (json!({ "g": f.group, "n": 101 }), "first"),
        (
            json!({ "g": f.group, "f": { "categoryId": uuid::Uuid::now_v7() } }),
            "categoryId",
        ),
        (json!({ "g": f.group, "f": { "tag": "<>" } }), "tags"),
    ] {
        let response = f.anna.gql(list, vars).await;
        assert_eq!(
            response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
            field
        );
    }
    f.anna
        .gql(list, json!({ "g": f.group, "f": { "deleted": true } }))
        .await
        .assert_code("FORBIDDEN");
}

/// The author and moderators change title, category and tags; others may not; null
/// removes the category.
async fn authors_and_moderators_edit_threads(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let category = create_category(&f.moderator, &f.group, "Praxis").await;
    let started = start_thread(&f.anna, &f.group, "Erster Entwurf", "Text", "DISCUSSION").await;
    let id = started["id"].as_str().unwrap();
    let edit = "mutation($t: ID!, $input: EditThreadInput!) { editThread(threadId: $t, input: $input) { title tags category { name } } }";
    let response = f
        .anna
        .gql(
            edit,
            json!({ "t": id, "input": { "title": "Besserer Titel", "tags": ["Berufsorientierung"], "categoryId": category } }),
        )
        .await;
    let edited = &response.assert_ok()["editThread"];
    assert_eq!(edited["title"], "Besserer Titel");
    assert_eq!(edited["tags"], json!(["berufsorientierung"]));
    assert_eq!(edited["category"]["name"], "Praxis");

    let response = f
        .moderator
        .gql(edit, json!({ "t": id, "input": { "categoryId": null } }))
        .await;
    let edited = &response.assert_ok()["editThread"];
    assert!(edited["category"].is_null());
    assert_eq!(edited["title"], "Besserer Titel", "omitted fields stay");
    assert_eq!(edited["tags"], json!(["berufsorientierung"]));

    for who in [&f.ben, &f.guest] {
        who.gql(edit, json!({ "t": id, "input": { "title": "Gekapert" } }))
            .await
            .assert_code("FORBIDDEN");
    }
    let response = f
        .anna
        .gql(edit, json!({ "t": id, "input": { "title": "Ab" } }))
        .await;
    assert_eq!(
        response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "title"
    );
    assert_eq!(thread(&f.ben, id).await["title"], "Besserer Titel");
}
