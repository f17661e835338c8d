//! HTTP: the poem routes, request ids and logging, security headers, the web application.

mod compression;
mod exports;
mod graphql;
mod health;
pub mod metrics;
pub mod session;
mod web;
mod ws;

use std::{sync::Arc, time::Instant};

use poem::{
    Endpoint, EndpointExt, Request, Response, Route, get,
    http::{HeaderValue, header},
};
use tokio::sync::watch;
use tracing::Instrument;
use uuid::Uuid;

use self::{graphql::ParsedQueries, metrics::Metrics};
use crate::{graphql::AppSchema, state::AppState};

/// What only the HTTP layer keeps, next to the [`AppState`] the domains receive.
#[derive(Default)]
pub struct HttpState {
    pub metrics: Metrics,
    /// Parsed GraphQL documents by query text.
    pub parsed_queries: ParsedQueries,
}

/// The id of one request: in the logs, the `X-Request-Id` header and internal errors.
#[derive(Clone, Copy, Debug)]
pub struct RequestId(pub Uuid);

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
                   form-action 'self'; frame-ancestors 'none'";

/// All routes with their middleware. `stopping` turns true when the server shuts down;
/// open WebSocket connections then close.
pub fn routes(
    state: Arc<AppState>,
    schema: AppSchema,
    stopping: watch::Receiver<bool>,
) -> impl Endpoint {
    let hsts = state.settings.secure_cookies;
    let http = Arc::new(HttpState::default());
    Route::new()
        .at(
            "/graphql",
            poem::post(graphql::graphql)
                .get(graphql::method_not_allowed)
                .put(graphql::method_not_allowed)
                .delete(graphql::method_not_allowed)
                .patch(graphql::method_not_allowed),
        )
        .at("/graphql/ws", get(ws::graphql_ws))
        .at(
            "/export/acknowledgements/:file",
            get(exports::acknowledgement_csv),
        )
        .at("/healthz", get(health::healthz))
        .at("/readyz", get(health::readyz))
        .at("/metrics", get(metrics::metrics))
        .at("/", web::app())
        .at("/*path", web::app())
        .data(schema)
        .data(ws::Stopping(stopping))
        .data(state)
        .data(http.clone())
        .around(move |endpoint, mut req: Request| {
            let http = http.clone();
            async move {
                let id = RequestId(Uuid::new_v4());
                req.set_data(id);
                let span = tracing::info_span!("request", request_id = %id.0);
                let method = req.method().clone();
                let path = req.uri().path().to_owned();
                let started = Instant::now();
                let mut response = match endpoint.call(req).instrument(span.clone()).await {
                    Ok(response) => response,
                    Err(err) => err.into_response(),
                };
                secure(&mut response, id, hsts);
                let status = response.status().as_u16();
                http.metrics.observe_response(status);
                span.in_scope(|| {
                    tracing::debug!(
                        %method, path, status,
                        duration_ms = started.elapsed().as_millis() as u64,
                        "Request handled"
                    )
                });
                Ok::<Response, poem::Error>(response)
            }
        })
}

/// True when the request's `Origin` (if sent) is this server itself. Browsers send it
/// with every cross-site request that could change something and with every WebSocket
/// handshake; clients that are not browsers may leave it out.
fn same_origin(req: &Request) -> bool {
    let Some(origin) = req.headers().get(header::ORIGIN) else {
        return true;
    };
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok());
    let origin_host = origin
        .to_str()
        .ok()
        .and_then(|o| o.split_once("://"))
        .map(|(_, rest)| rest.trim_end_matches('/'));
    matches!((origin_host, host), (Some(a), Some(b)) if a.eq_ignore_ascii_case(b))
}

/// Adds the security headers (and the request id) to every response.
fn secure(response: &mut Response, id: RequestId, hsts: bool) {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    headers.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    if hsts {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    if let Ok(value) = HeaderValue::from_str(&id.0.to_string()) {
        headers.insert("x-request-id", value);
    }
}
