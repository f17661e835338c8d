//! Liveness and readiness probes.

use std::sync::Arc;

use poem::{
    handler,
    http::StatusCode,
    web::{Data, Json},
};
use serde_json::{Value, json};

use crate::{sql, state::AppState};

/// `GET /healthz`: the process is up and serving.
#[handler]
pub fn healthz() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

/// `GET /readyz`: the database answers and its migrations are current (503 otherwise).
#[handler]
pub async fn readyz(Data(state): Data<&Arc<AppState>>) -> (StatusCode, Json<Value>) {
    let db = &state.db;
    let reachable: Result<i32, _> =
        sql!(db, |ex| sqlx::query_scalar("SELECT 1").fetch_one(ex).await);
    let (database, migrations) = match reachable {
        Err(err) => {
            tracing::warn!(error = %err, "Readiness check: database unreachable");
            ("unreachable", "unknown")
        }
        Ok(_) => match db.migrations_current().await {
            Ok(true) => ("ok", "current"),
            Ok(false) => ("ok", "pending"),
            Err(err) => {
                tracing::warn!(error = %err, "Readiness check: cannot read migrations");
                ("ok", "unknown")
            }
        },
    };
    let ready = database == "ok" && migrations == "current";
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (
        status,
        Json(json!({
            "status": if ready { "ready" } else { "not ready" },
            "database": database,
            "migrations": migrations,
        })),
    )
}
