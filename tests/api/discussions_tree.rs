//! The reply tree: a thread with 1 000 replies pages in threaded and chronological
//! order.

use std::{collections::HashMap, time::Instant};

use fachforum::{
    auth::model::AccountId,
    discussions::{
        ImportParent, ImportedReply, import_replies,
        model::{PostBody, PostId, ThreadId},
    },
};
use futures_util::{StreamExt, stream};
use serde_json::json;

use crate::{
    discussions_fixtures::{all_posts, forum, reply, start_thread, thread},
    group_fixtures::Kind,
    helpers::{Browser, TestApp},
    testdb::{Backend, both_databases},
};

both_databases!(a_thousand_replies_nest_and_page_in_both_orders);

/// One post of the tree built by the test.
#[derive(Clone, Debug)]
struct Node {
    id: String,
    parent: Option<String>,
    seq: i64,
}

/// Writes replies to the given parents, 8 at a time, alternating two authors.
async fn reply_to_all(writers: [&Browser; 2], thread: &str, parents: &[String]) -> Vec<Node> {
    stream::iter(parents.iter().enumerate())
        .map(|(i, parent)| async move {
            let post = reply(
                writers[i % 2],
                thread,
                Some(parent),
                &format!("Antwort {i}"),
            )
            .await;
            Node {
                id: post["id"].as_str().unwrap().to_owned(),
                parent: Some(parent.clone()),
                seq: post["seq"].as_i64().unwrap(),
            }
        })
        .buffer_unordered(8)
        .collect()
        .await
}

/// The depth-first order of the tree, replies by seq, with each post's depth.
fn depth_first(nodes: &[Node], root: &str) -> Vec<(String, i64)> {
    let mut children: HashMap<&str, Vec<&Node>> = HashMap::new();
    for node in nodes {
        if let Some(parent) = &node.parent {
            children.entry(parent.as_str()).or_default().push(node);
        }
    }
    for list in children.values_mut() {
        list.sort_by_key(|n| n.seq);
    }
    let mut order = Vec::new();
    let mut stack = vec![(root.to_owned(), 0)];
    while let Some((id, depth)) = stack.pop() {
        if let Some(list) = children.get(id.as_str()) {
            for child in list.iter().rev() {
                stack.push((child.id.clone(), depth + 1));
            }
        }
        order.push((id, depth));
    }
    order
}

/// A thread with 1 000 replies (100 written in parallel through the API, 900 imported:
/// nested at random, plus a chain 61 deep) pages in threaded order exactly depth first
/// and in chronological order by seq, from the start or from any post, with depth and
/// parent on every post.
async fn a_thousand_replies_nest_and_page_in_both_orders(backend: Backend) {
    let f = forum(TestApp::spawn(backend).await, Kind::Secret).await;
    let started = start_thread(&f.anna, &f.group, "Große Runde", "Los geht's", "DISCUSSION").await;
    let thread_id = started["id"].as_str().unwrap().to_owned();
    let opening = started["openingPost"]["id"].as_str().unwrap().to_owned();
    let writers = [&f.anna, &f.ben];
    let began = Instant::now();

    let mut nodes = vec![Node {
        id: opening.clone(),
        parent: None,
        seq: 1,
    }];
    let first_wave = reply_to_all(writers, &thread_id, &vec![opening.clone(); 100]).await;
    nodes.extend(first_wave.iter().cloned());
    // A reproducible choice of earlier posts to answer.
    let mut seed: u64 = 0x5eed;
    let mut pick = |count: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % count
    };
    let authors = [&f.anna_id, &f.ben_id].map(|id| AccountId(id.parse().unwrap()));
    let body = |i: usize| PostBody::parse("body", &format!("Beitrag {i}")).unwrap();
    let mut imports = Vec::new();
    for i in 0..840 {
        // Half answer a post of the first wave, half one imported before.
        let parent = if i < 2 || pick(2) == 0 {
            let node = &first_wave[pick(first_wave.len())];
            ImportParent::Post(PostId(node.id.parse().unwrap()))
        } else {
            ImportParent::Earlier(pick(i))
        };
        imports.push(ImportedReply {
            author: authors[i % 2],
            parent,
            body: body(i),
        });
    }
    // A chain deeper than the path's limit of 50 levels.
    imports.push(ImportedReply {
        author: authors[0],
        parent: ImportParent::Post(PostId(first_wave[0].id.parse().unwrap())),
        body: body(840),
    });
    for i in 841..900 {
        imports.push(ImportedReply {
            author: authors[i % 2],
            parent: ImportParent::Earlier(i - 1),
            body: body(i),
        });
    }
    let imported = import_replies(&f.app.state, ThreadId(thread_id.parse().unwrap()), imports)
        .await
        .map_err(|e| e.into_anyhow())
        .unwrap();
    nodes.extend(imported.iter().map(|post| Node {
        id: post.id.0.to_string(),
        parent: post.parent_id.map(|p| p.0.to_string()),
        seq: i64::from(post.seq),
    }));
    let written = began.elapsed();
    assert_eq!(nodes.len(), 1001);

    let mut seqs: Vec<i64> = nodes.iter().map(|n| n.seq).collect();
    seqs.sort();
    assert_eq!(
        seqs,
        (1..=1001).collect::<Vec<_>>(),
        "seqs are 1..=1001 without gaps"
    );
    let summary = thread(&f.ben, &thread_id).await;
    assert_eq!(summary["replyCount"], 1000);
    assert_eq!(summary["lastSeq"], 1001);

    let began = Instant::now();
    let threaded = all_posts(&f.ben, &thread_id, "THREADED", 100).await;
    let read = began.elapsed();
    let expected = depth_first(&nodes, &opening);
    let got: Vec<(String, i64)> = threaded
        .iter()
        .map(|p| {
            (
                p["id"].as_str().unwrap().to_owned(),
                p["depth"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(got.len(), 1001);
    assert_eq!(
        got, expected,
        "threaded order is depth first, replies by seq"
    );
    assert_eq!(got.iter().map(|(_, d)| *d).max(), Some(61));
    let parents: HashMap<&str, Option<&str>> = nodes
        .iter()
        .map(|n| (n.id.as_str(), n.parent.as_deref()))
        .collect();
    for post in &threaded {
        assert_eq!(
            post["parent"]["id"].as_str(),
            parents[post["id"].as_str().unwrap()]
        );
    }

    let chronological = all_posts(&f.ben, &thread_id, "CHRONOLOGICAL", 100).await;
    let chrono_seqs: Vec<i64> = chronological
        .iter()
        .map(|p| p["seq"].as_i64().unwrap())
        .collect();
    assert_eq!(chrono_seqs, (1..=1001).collect::<Vec<_>>());

    // Jumping into the middle: the page starts at the post with that seq.
    let query = "query($id: ID!, $o: PostOrder!, $s: Int!) { thread(id: $id) { \
         posts(order: $o, fromSeq: $s, first: 5) { nodes { id seq } pageInfo { hasNextPage } } } }";
    let middle = &threaded[500];
    let response = f
        .ben
        .gql(
            query,
            json!({ "id": thread_id, "o": "THREADED", "s": middle["seq"] }),
        )
        .await;
    let page = &response.assert_ok()["thread"]["posts"];
    let ids: Vec<&str> = page["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    let want: Vec<&str> = threaded[500..505]
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, want);
    assert_eq!(page["pageInfo"]["hasNextPage"], true);
    let response = f
        .ben
        .gql(
            query,
            json!({ "id": thread_id, "o": "CHRONOLOGICAL", "s": 998 }),
        )
        .await;
    let page = &response.assert_ok()["thread"]["posts"];
    assert_eq!(page["nodes"][0]["seq"], 998);
    assert_eq!(page["nodes"].as_array().unwrap().len(), 4);
    assert_eq!(page["pageInfo"]["hasNextPage"], false);

    // Cursors belong to their order.
    let query = "query($id: ID!, $o: PostOrder!, $a: String) { thread(id: $id) { \
         posts(order: $o, first: 2, after: $a) { pageInfo { endCursor } } } }";
    let response = f
        .ben
        .gql(query, json!({ "id": thread_id, "o": "THREADED" }))
        .await;
    let cursor = response.assert_ok()["thread"]["posts"]["pageInfo"]["endCursor"].clone();
    let response = f
        .ben
        .gql(
            query,
            json!({ "id": thread_id, "o": "CHRONOLOGICAL", "a": cursor }),
        )
        .await;
    assert_eq!(
        response.assert_code("BAD_USER_INPUT")["extensions"]["field"],
        "after"
    );
    eprintln!("1 000 replies written in {written:?}; read in 11 pages in {read:?}");
}
