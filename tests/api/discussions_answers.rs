//! Accepted answers of questions and reactions to posts.

use serde_json::json;

use crate::{
    discussions_fixtures::{THREAD, forum, post, reply, start_thread, thread},
    group_fixtures::Kind,
    helpers::TestApp,
    testdb::{Backend, both_databases},
};

both_databases!(
    the_asker_or_a_moderator_accepts_one_answer,
    reactions_are_one_of_each_kind_per_person,
);

/// Only the asker and moderators accept, only replies of questions qualify, one at a
/// time; the list shows answered/unanswered; deleting the accepted answer withdraws it.
async fn the_asker_or_a_moderator_accepts_one_answer(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let question = start_thread(
        &f.anna,
        &f.group,
        "Wer kennt gute Träger?",
        "Text",
        "QUESTION",
    )
    .await;
    let thread_id = question["id"].as_str().unwrap();
    let first = reply(&f.ben, thread_id, None, "Der Träger A").await;
    let second = reply(&f.moderator, thread_id, None, "Der Träger B").await;
    let nested = reply(
        &f.anna,
        thread_id,
        Some(first["id"].as_str().unwrap()),
        "Danke!",
    )
    .await;
    let accept = format!("mutation($p: ID!) {{ acceptAnswer(postId: $p) {{ {THREAD} }} }}");
    let unaccept = format!("mutation($t: ID!) {{ unacceptAnswer(threadId: $t) {{ {THREAD} }} }}");
    for who in [&f.ben, &f.guest] {
        who.gql(&accept, json!({ "p": first["id"] }))
            .await
            .assert_code("FORBIDDEN");
    }
    let response = f
        .anna
        .gql(&accept, json!({ "p": question["openingPost"]["id"] }))
        .await;
    assert_eq!(
        response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "postId"
    );

    let unanswered =
        "query($g: ID!) { threads(groupId: $g, filter: { unanswered: true }) { nodes { id } } }";
    let response = f.anna.gql(unanswered, json!({ "g": f.group })).await;
    assert_eq!(
        response.assert_ok()["threads"]["nodes"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    let response = f.anna.gql(&accept, json!({ "p": first["id"] })).await;
    let accepted = &response.assert_ok()["acceptAnswer"];
    assert_eq!(accepted["answered"], true);
    assert_eq!(accepted["acceptedAnswer"]["id"], first["id"]);
    assert_eq!(
        post(&f.ben, first["id"].as_str().unwrap()).await["isAcceptedAnswer"],
        true
    );
    let response = f.anna.gql(unanswered, json!({ "g": f.group })).await;
    assert_eq!(response.assert_ok()["threads"]["nodes"], json!([]));

    // A moderator moves the acceptance to another reply (nested replies qualify too).
    let response = f.moderator.gql(&accept, json!({ "p": nested["id"] })).await;
    assert_eq!(
        response.assert_ok()["acceptAnswer"]["acceptedAnswer"]["id"],
        nested["id"]
    );
    assert_eq!(
        post(&f.ben, first["id"].as_str().unwrap()).await["isAcceptedAnswer"],
        false
    );
    let response = f.anna.gql(&accept, json!({ "p": second["id"] })).await;
    assert_eq!(
        response.assert_ok()["acceptAnswer"]["acceptedAnswer"]["id"],
        second["id"]
    );

    f.ben
        .gql(&unaccept, json!({ "t": thread_id }))
        .await
        .assert_code("FORBIDDEN");
    let response = f.anna.gql(&unaccept, json!({ "t": thread_id })).await;
    let open = &response.assert_ok()["unacceptAnswer"];
    assert_eq!(open["answered"], false);
    assert!(open["acceptedAnswer"].is_null());

    // Deleting the accepted answer withdraws the acceptance; deleted replies don't qualify.
    f.anna
        .gql(&accept, json!({ "p": first["id"] }))
        .await
        .assert_ok();
    f.ben
        .gql(
            "mutation($p: ID!) { deletePost(postId: $p) { id } }",
            json!({ "p": first["id"] }),
        )
        .await
        .assert_ok();
    let after = thread(&f.anna, thread_id).await;
    assert_eq!(after["answered"], false);
    assert!(after["acceptedAnswer"].is_null());
    f.anna
        .gql(&accept, json!({ "p": first["id"] }))
        .await
        .assert_code("CONFLICT");

    let discussion = start_thread(&f.anna, &f.group, "Austausch", "Text", "DISCUSSION").await;
    let answer = reply(&f.ben, discussion["id"].as_str().unwrap(), None, "Meinung").await;
    let response = f.anna.gql(&accept, json!({ "p": answer["id"] })).await;
    let error = response.assert_code("BAD_USER_INPUT");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .contains("only questions")
    );
    assert_eq!(
        thread(&f.anna, discussion["id"].as_str().unwrap()).await["answered"],
        true
    );
}

/// A person reacts once per kind (twice changes nothing), takes it back; counts,
/// `reactedByMe` and the people are per viewer; guests and deleted posts are refused.
async fn reactions_are_one_of_each_kind_per_person(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let started = start_thread(&f.anna, &f.group, "Neues Konzept", "Text", "DISCUSSION").await;
    let post_id = started["openingPost"]["id"].as_str().unwrap().to_owned();
    let react = "mutation($p: ID!, $r: Reaction!) { react(postId: $p, reaction: $r) { reactions { reaction emoji count reactedByMe people { id } } } }";
    let unreact = "mutation($p: ID!, $r: Reaction!) { unreact(postId: $p, reaction: $r) { reactions { reaction count reactedByMe } } }";
    f.ben
        .gql(react, json!({ "p": post_id, "r": "THUMBS_UP" }))
        .await
        .assert_ok();
    let response = f
        .ben
        .gql(react, json!({ "p": post_id, "r": "THUMBS_UP" }))
        .await;
    assert_eq!(
        response.assert_ok()["react"]["reactions"],
        json!([{ "reaction": "THUMBS_UP", "emoji": "👍", "count": 1, "reactedByMe": true, "people": [{ "id": f.ben_id }] }])
    );
    f.anna
        .gql(react, json!({ "p": post_id, "r": "THUMBS_UP" }))
        .await
        .assert_ok();
    f.anna
        .gql(react, json!({ "p": post_id, "r": "TADA" }))
        .await
        .assert_ok();
    f.moderator
        .gql(react, json!({ "p": post_id, "r": "HEART" }))
        .await
        .assert_ok();

    let seen = post(&f.ben, &post_id).await;
    assert_eq!(
        seen["reactions"],
        json!([
            { "reaction": "THUMBS_UP", "emoji": "👍", "count": 2, "reactedByMe": true,
              "people": [{ "id": f.ben_id, "name": "Ben" }, { "id": f.anna_id, "name": "Anna" }] },
            { "reaction": "HEART", "emoji": "❤️", "count": 1, "reactedByMe": false,
              "people": [{ "id": f.moderator_id, "name": "Mona" }] },
            { "reaction": "TADA", "emoji": "🎉", "count": 1, "reactedByMe": false,
              "people": [{ "id": f.anna_id, "name": "Anna" }] },
        ])
    );
    let response = f
        .guest
        .gql(
            "query($p: ID!) { post(id: $p) { reactions { count reactedByMe people(first: 1) { name } } } }",
            json!({ "p": post_id }),
        )
        .await;
    assert_eq!(
        response.assert_ok()["post"]["reactions"][0],
        json!({ "count": 2, "reactedByMe": false, "people": [{ "name": "Ben" }] })
    );

    let response = f
        .ben
        .gql(unreact, json!({ "p": post_id, "r": "THUMBS_UP" }))
        .await;
    assert_eq!(
        response.assert_ok()["unreact"]["reactions"][0],
        json!({ "reaction": "THUMBS_UP", "count": 1, "reactedByMe": false })
    );
    f.ben
        .gql(unreact, json!({ "p": post_id, "r": "THUMBS_UP" }))
        .await
        .assert_ok();
    f.guest
        .gql(react, json!({ "p": post_id, "r": "EYES" }))
        .await
        .assert_code("FORBIDDEN");
    f.ben
        .gql(react, json!({ "p": post_id, "r": "ROCKET" }))
        .await
        .assert_code("BAD_REQUEST");

    let answer = reply(&f.ben, started["id"].as_str().unwrap(), None, "Weg damit").await;
    f.ben
        .gql(
            "mutation($p: ID!) { deletePost(postId: $p) { id } }",
            json!({ "p": answer["id"] }),
        )
        .await
        .assert_ok();
    f.anna
        .gql(react, json!({ "p": answer["id"], "r": "CHECK" }))
        .await
        .assert_code("CONFLICT");
}
