//! `POST /graphql`: the guarded GraphQL endpoint.
//!
//! Only `POST` with `Content-Type: application/json` is served (a form or `text/plain`
//! post from another site cannot reach it), one operation per request (no batches),
//! with a body size limit. Cross-origin requests are refused by `Origin`.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Instant,
};

use async_graphql::{ServerError, parser::types::ExecutableDocument};
use poem::{
    Body, Request, Response, handler,
    http::{HeaderValue, StatusCode, header},
    web::Data,
};
use serde_json::json;

use super::{
    HttpState, RequestId,
    compression::{Coding, GZIP_MIN_BYTES, accepts, gzip},
    metrics::operation_label,
    same_origin, session,
};
use crate::{
    auth::{self, Client, RequestContext},
    error::{AppError, AppResult, Reason},
    graphql::{AppSchema, admission},
    state::AppState,
};

/// A refusal of the transport, before any GraphQL runs, in the GraphQL response shape:
/// code FORBIDDEN for a cross-origin request, BAD_REQUEST otherwise, and its reason.
pub(super) fn refuse(status: StatusCode, reason: Reason, message: &str) -> Response {
    let code = match reason {
        Reason::CrossOrigin => "FORBIDDEN",
        _ => "BAD_REQUEST",
    };
    respond_error(
        status,
        json!({ "message": message, "extensions": { "code": code, "reason": reason.as_str() } }),
    )
}

/// The answer to a failure of the server itself: INTERNAL, with the request id to find
/// the details in the log.
fn internal(request_id: &RequestId) -> Response {
    respond_error(
        StatusCode::INTERNAL_SERVER_ERROR,
        json!({ "message": internal_message(request_id), "extensions": { "code": "INTERNAL" } }),
    )
}

fn respond_error(status: StatusCode, error: serde_json::Value) -> Response {
    Response::builder()
        .status(status)
        .content_type("application/json")
        .body(json!({ "errors": [error] }).to_string())
}

/// The refusal of a body that is not `application/json` in UTF-8 (the default; other
/// charsets are refused, not misread), if it is not.
fn content_type_refusal(req: &Request) -> Option<Response> {
    let mut parts = req.content_type().unwrap_or_default().split(';');
    let media_type = parts.next().unwrap_or_default().trim();
    if !media_type.eq_ignore_ascii_case("application/json") {
        return Some(refuse(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Reason::UnsupportedMediaType,
            "Content-Type must be application/json",
        ));
    }
    for parameter in parts {
        let (name, value) = parameter.split_once('=').unwrap_or((parameter, ""));
        let value = value.trim().trim_matches('"');
        if name.trim().eq_ignore_ascii_case("charset")
            && !(value.eq_ignore_ascii_case("utf-8") || value.eq_ignore_ascii_case("utf8"))
        {
            return Some(refuse(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                Reason::UnsupportedCharset,
                "the request body must be UTF-8",
            ));
        }
    }
    None
}

/// The response to a request that admission refused: its error, nothing executed.
pub(super) fn refused(refusal: AppError) -> async_graphql::Response {
    let error = async_graphql::Error::from(refusal).into_server_error(Default::default());
    async_graphql::Response::from_errors(vec![error])
}

/// `GET /graphql` and other methods: not served (queries and mutations need POST).
#[handler]
pub fn method_not_allowed() -> Response {
    let mut response = refuse(
        StatusCode::METHOD_NOT_ALLOWED,
        Reason::MethodNotAllowed,
        "GraphQL is served over POST with Content-Type: application/json only",
    );
    response
        .headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static("POST"));
    response
}

/// The client's address: the socket peer, or the first `X-Forwarded-For` entry when
/// proxy headers are trusted.
pub fn client_ip(req: &Request, trust_proxy: bool) -> String {
    if trust_proxy
        && let Some(forwarded) = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
    {
        return forwarded.trim().to_owned();
    }
    req.remote_addr()
        .as_socket_addr()
        .map(|addr| addr.ip().to_string())
        .unwrap_or_default()
}

/// Executes one GraphQL request.
#[handler]
pub async fn graphql(
    req: &Request,
    body: Body,
    Data(state): Data<&Arc<AppState>>,
    Data(http): Data<&Arc<HttpState>>,
    Data(schema): Data<&AppSchema>,
    Data(request_id): Data<&RequestId>,
) -> Response {
    if let Some(refusal) = content_type_refusal(req) {
        return refusal;
    }
    if !same_origin(req) {
        return refuse(
            StatusCode::FORBIDDEN,
            Reason::CrossOrigin,
            "cross-origin requests are not allowed",
        );
    }
    let limit = state.settings.graphql_max_body_bytes;
    let too_large = || {
        refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            Reason::BodyTooLarge,
            &format!("the request body exceeds {limit} bytes"),
        )
    };
    let announced = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|length| length > limit as u64) {
        return too_large();
    }
    let Ok(bytes) = body.into_bytes_limit(limit).await else {
        return too_large();
    };
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[') {
        return refuse(
            StatusCode::BAD_REQUEST,
            Reason::BatchNotSupported,
            "batched requests are not supported",
        );
    }
    let mut gql_request: async_graphql::Request = match serde_json::from_slice(&bytes) {
        Ok(request) => request,
        Err(_) => {
            return refuse(
                StatusCode::BAD_REQUEST,
                Reason::MalformedRequest,
                "the body is not a GraphQL request",
            );
        }
    };

    let context = match request_context(req, state, request_id).await {
        Ok(context) => context,
        Err(refusal) => return refusal,
    };

    let admitted = admission::admit(&mut gql_request, &state.settings, |query| {
        http.parsed_queries.get(query)
    });
    let operation = operation_label(gql_request.operation_name.as_deref());
    let started = Instant::now();
    let mut response = match admitted {
        Ok(_) => schema.execute(gql_request.data(context)).await,
        Err(refusal) => refused(refusal),
    };
    http.metrics
        .observe_operation(&operation, response.is_err(), started.elapsed());

    let retry_after = finish_errors(&mut response.errors, request_id);

    let mut builder = Response::builder()
        .content_type("application/json")
        .header(header::CACHE_CONTROL, "no-store");
    for (name, value) in response.http_headers.iter() {
        builder = builder.header(name.clone(), value.clone());
    }
    if let Some(seconds) = retry_after {
        builder = builder
            .status(StatusCode::TOO_MANY_REQUESTS)
            .header(header::RETRY_AFTER, seconds);
    }
    let builder = builder.header(header::VARY, header::ACCEPT_ENCODING.as_str());
    match serde_json::to_vec(&response) {
        Ok(body) if body.len() >= GZIP_MIN_BYTES && accepts(req.headers(), Coding::Gzip) => builder
            .header(header::CONTENT_ENCODING, Coding::Gzip.token())
            .body(gzip(&body)),
        Ok(body) => builder.body(body),
        Err(err) => {
            tracing::error!(error = %err, "Cannot serialise a GraphQL response");
            internal(request_id)
        }
    }
}

/// Who is asking: the client's address and user agent, the session cookie and the
/// signed-in viewer it belongs to (if any). A failure is answered as INTERNAL.
pub(super) async fn request_context(
    req: &Request,
    state: &AppState,
    request_id: &RequestId,
) -> Result<RequestContext, Response> {
    load_request_context(req, state).await.map_err(|err| {
        err.log_if_internal();
        internal(request_id)
    })
}

async fn load_request_context(req: &Request, state: &AppState) -> AppResult<RequestContext> {
    let client = Client {
        ip: client_ip(req, state.settings.trust_proxy_headers),
        user_agent: req
            .headers()
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned(),
        session_token: session::token_from_request(req, &state.settings),
    };
    let viewer = match &client.session_token {
        Some(token) => auth::viewer_for_token(state, token).await?,
        None => None,
    };
    Ok(RequestContext { client, viewer })
}

/// Prepares a response's errors for the client: errors of async-graphql itself
/// (parse, validation) get the code BAD_REQUEST and the reason INVALID_QUERY, internal
/// errors the request id. Returns the `retryAfter` seconds of a RATE_LIMITED error, if any.
pub(super) fn finish_errors(errors: &mut [ServerError], request_id: &RequestId) -> Option<String> {
    let mut retry_after = None;
    for error in errors {
        let code = error
            .extensions
            .as_ref()
            .and_then(|ext| ext.get("code"))
            .map(|code| code.to_string());
        match code.as_deref() {
            Some("\"INTERNAL\"") => error.message = internal_message(request_id),
            Some("\"RATE_LIMITED\"") => {
                retry_after = error
                    .extensions
                    .as_ref()
                    .and_then(|ext| ext.get("retryAfter"))
                    .map(|v| v.to_string());
            }
            Some(_) => {}
            None => {
                let ext = error.extensions.get_or_insert_with(Default::default);
                ext.set("code", "BAD_REQUEST");
                ext.set("reason", Reason::InvalidQuery.as_str());
            }
        }
    }
    retry_after
}

/// The message of an internal error: the request id to find the details in the log.
fn internal_message(request_id: &RequestId) -> String {
    format!("internal error (request id {})", request_id.0)
}

/// The parsed documents of the queries this instance was sent most, by query text.
///
/// Parsing is a pure function of the text, so a cached document is always the one a
/// fresh parse would give; validation, limits and execution still run for every
/// request. A web client sends the same few query texts again and again, and parsing
/// one costs more than copying its document. At most [`Self::CAPACITY`] texts of at
/// most [`Self::MAX_QUERY_BYTES`] are kept (clients choose the texts); when full, the
/// cache starts over.
#[derive(Default)]
pub struct ParsedQueries {
    documents: Mutex<HashMap<String, ExecutableDocument>>,
}

impl ParsedQueries {
    const CAPACITY: usize = 256;
    const MAX_QUERY_BYTES: usize = 16 * 1024;

    /// The document of `query`, parsed now or earlier; `None` when it does not parse
    /// (the executor reports the error) or is too long to keep.
    pub fn get(&self, query: &str) -> Option<ExecutableDocument> {
        if query.len() > Self::MAX_QUERY_BYTES {
            return None;
        }
        if let Some(document) = self.documents.lock().expect("query cache lock").get(query) {
            return Some(document.clone());
        }
        let document = async_graphql::parser::parse_query(query).ok()?;
        let mut documents = self.documents.lock().expect("query cache lock");
        if documents.len() >= Self::CAPACITY {
            documents.clear();
        }
        documents.insert(query.to_owned(), document.clone());
        Some(document)
    }
}
