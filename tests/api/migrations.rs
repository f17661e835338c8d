//! The migrations of the two databases: the same files, and the same schema after them.

use std::{collections::BTreeSet, path::Path};

use fachforum::db::Db;

use crate::testdb::{Backend, TestDb};

/// The file names in `migrations/<backend>`.
fn migration_files(backend: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(backend);
    std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect()
}

/// migrations/sqlite and migrations/postgres hold the same file names.
#[test]
fn both_databases_have_the_same_migrations() {
    let sqlite = migration_files("sqlite");
    let postgres = migration_files("postgres");
    assert!(!sqlite.is_empty(), "no migrations found");
    assert_eq!(
        sqlite, postgres,
        "the migrations of SQLite and PostgreSQL differ"
    );
}

/// The tables of SQLite, without its own and sqlx's.
const SQLITE_TABLES: &str = "SELECT 'table ' || name FROM sqlite_master \
     WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
       AND name NOT LIKE '\\_sqlx%' ESCAPE '\\'";

/// The columns of SQLite's tables with their nullability; a primary key column counts
/// as NOT NULL, as it is on PostgreSQL.
const SQLITE_COLUMNS: &str = "SELECT 'column ' || m.name || '.' || c.name || \
            CASE WHEN c.\"notnull\" = 1 OR c.pk > 0 THEN ' not null' ELSE ' null' END \
     FROM sqlite_master m, pragma_table_info(m.name) c \
     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
       AND m.name NOT LIKE '\\_sqlx%' ESCAPE '\\'";

/// The indexes of SQLite's tables: on which columns, unique or not, and for a created
/// index (not one behind a PRIMARY KEY or UNIQUE constraint) its name.
const SQLITE_INDEXES: &str = "SELECT 'index ' || m.name || '(' || \
            (SELECT group_concat(COALESCE(i.name, '(expression)'), ',') \
             FROM (SELECT name FROM pragma_index_info(l.name) ORDER BY seqno) i) || ')' || \
            CASE WHEN l.\"unique\" = 1 THEN ' unique' ELSE '' END || \
            CASE WHEN l.origin = 'c' THEN ' ' || l.name ELSE '' END || \
            CASE WHEN l.partial = 1 THEN ' partial' ELSE '' END \
     FROM sqlite_master m, pragma_index_list(m.name) l \
     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
       AND m.name NOT LIKE '\\_sqlx%' ESCAPE '\\'";

/// The tables of PostgreSQL's public schema, without sqlx's.
const POSTGRES_TABLES: &str = "SELECT 'table ' || table_name FROM information_schema.tables \
     WHERE table_schema = 'public' AND table_name NOT LIKE '\\_sqlx%'";

/// The columns of PostgreSQL's tables with their nullability.
const POSTGRES_COLUMNS: &str = "SELECT 'column ' || table_name || '.' || column_name || \
            CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE ' null' END \
     FROM information_schema.columns \
     WHERE table_schema = 'public' AND table_name NOT LIKE '\\_sqlx%'";

/// The indexes of PostgreSQL's tables, described as for SQLite.
const POSTGRES_INDEXES: &str = "SELECT 'index ' || t.relname || '(' || \
            (SELECT string_agg(COALESCE(a.attname::text, '(expression)'), ',' ORDER BY k.ord) \
             FROM unnest(x.indkey) WITH ORDINALITY k(attnum, ord) \
             LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) || ')' || \
            CASE WHEN x.indisunique THEN ' unique' ELSE '' END || \
            CASE WHEN c.oid IS NULL THEN ' ' || i.relname ELSE '' END || \
            CASE WHEN x.indpred IS NOT NULL THEN ' partial' ELSE '' END \
     FROM pg_index x \
     JOIN pg_class i ON i.oid = x.indexrelid \
     JOIN pg_class t ON t.oid = x.indrelid \
     JOIN pg_namespace n ON n.oid = t.relnamespace \
     LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.contype IN ('p', 'u') \
     WHERE n.nspname = 'public' AND t.relname NOT LIKE '\\_sqlx%'";

/// The schema of a freshly migrated database: one line per table, column and index.
async fn schema(backend: Backend) -> BTreeSet<String> {
    let test = TestDb::new(backend).await;
    let queries = match backend {
        Backend::Sqlite => [SQLITE_TABLES, SQLITE_COLUMNS, SQLITE_INDEXES],
        Backend::Postgres => [POSTGRES_TABLES, POSTGRES_COLUMNS, POSTGRES_INDEXES],
    };
    let mut lines = BTreeSet::new();
    for query in queries {
        lines.extend(describe(&test.db, query).await);
    }
    lines
}

/// The lines one query describes.
async fn describe(db: &Db, query: &str) -> Vec<String> {
    fachforum::sql!(db, |ex| sqlx::query_scalar::<_, String>(query)
        .fetch_all(ex)
        .await)
    .unwrap_or_else(|e| panic!("cannot read the schema: {e}"))
}

/// Migrated from scratch, SQLite and PostgreSQL have the same tables, the same columns
/// with the same nullability, and the same indexes (unique or not; created ones by
/// name). Types are not compared: the dialects name them differently.
#[tokio::test]
async fn both_databases_end_with_the_same_schema() {
    let sqlite = schema(Backend::Sqlite).await;
    let postgres = schema(Backend::Postgres).await;
    assert!(
        sqlite.iter().any(|line| line.starts_with("index ")),
        "no indexes found: {sqlite:?}"
    );
    let only_sqlite: Vec<_> = sqlite.difference(&postgres).collect();
    let only_postgres: Vec<_> = postgres.difference(&sqlite).collect();
    assert!(
        only_sqlite.is_empty() && only_postgres.is_empty(),
        "the schemas differ\nonly on SQLite: {only_sqlite:#?}\nonly on PostgreSQL: {only_postgres:#?}"
    );
}
