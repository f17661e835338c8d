//! The schema's foreign keys, discussions' and all others: each has an index that
//! starts with its columns, so joins and cascading deletes never scan a table.

use crate::testdb::{Backend, TestDb};

/// Every foreign key of the migrated PostgreSQL schema has an index on its columns.
#[tokio::test]
async fn every_foreign_key_has_an_index() {
    let test = TestDb::new(Backend::Postgres).await;
    let fachforum::db::Db::Postgres(pool) = &test.db else {
        unreachable!("a PostgreSQL test database");
    };
    let unindexed: Vec<(String, String)> = sqlx::query_as(
        "SELECT c.conrelid::regclass::text, c.conname::text FROM pg_constraint c \
         WHERE c.contype = 'f' AND NOT EXISTS ( \
           SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid \
           AND (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] @> c.conkey \
           AND (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] <@ c.conkey) \
         ORDER BY 1, 2",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    assert!(
        unindexed.is_empty(),
        "foreign keys without an index: {unindexed:?}"
    );
}
