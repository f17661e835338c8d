//! Files a browser downloads outside GraphQL, authenticated by the session cookie:
//! `GET /export/acknowledgements/<request id>.csv`, the coverage of an acknowledgement
//! request (moderators). Refusals answer with the HTTP status of the error and its
//! code and reason as JSON, like GraphQL errors.

use std::sync::Arc;

use poem::{
    Request, Response, handler,
    http::header,
    web::{Data, Path},
};
use serde_json::json;

use super::session;
use crate::{
    auth,
    error::{AppError, AppResult},
    notices::{acknowledgements, model::AcknowledgementRequestId},
    state::AppState,
};

/// `GET /export/acknowledgements/<id>.csv`.
#[handler]
pub async fn acknowledgement_csv(
    req: &Request,
    Path(file): Path<String>,
    Data(state): Data<&Arc<AppState>>,
) -> Response {
    match coverage_csv(req, &file, state).await {
        Ok((name, csv)) => Response::builder()
            .content_type("text/csv; charset=utf-8")
            .header(
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            )
            .header(header::CACHE_CONTROL, "private, no-store")
            .body(csv),
        Err(err) => {
            err.log_if_internal();
            let body = json!({
                "code": err.code(),
                "reason": err.reason().map(|r| r.as_str()),
                "message": err.message(),
            });
            Response::builder()
                .status(err.status())
                .content_type("application/json")
                .header(header::CACHE_CONTROL, "no-store")
                .body(body.to_string())
        }
    }
}

async fn coverage_csv(req: &Request, file: &str, state: &AppState) -> AppResult<(String, Vec<u8>)> {
    let id = file
        .strip_suffix(".csv")
        .and_then(|id| uuid::Uuid::parse_str(id).ok())
        .ok_or(AppError::NotFound)?;
    let token =
        session::token_from_request(req, &state.settings).ok_or(AppError::Unauthenticated)?;
    let viewer = auth::viewer_for_token(state, &token)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    acknowledgements::coverage_csv(state, &viewer, AcknowledgementRequestId(id)).await
}
