//! Prometheus metrics: GraphQL operations (count, errors, latency histogram), HTTP
//! responses by status class, job queue depth and database pool.

use std::{collections::BTreeMap, fmt::Write, sync::Mutex, time::Duration};

use poem::{handler, web::Data};

use super::HttpState;
use crate::{platform::jobs, state::AppState};

/// Upper bounds of the latency histogram buckets, in seconds.
const BUCKETS: [f64; 10] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0];
/// Distinct operation names kept; further names are counted as "other" (clients choose
/// operation names, so they must not grow the metrics without bound).
const MAX_OPERATIONS: usize = 200;

#[derive(Default)]
struct Histogram {
    buckets: [u64; BUCKETS.len()],
    count: u64,
    errors: u64,
    sum: f64,
}

/// Counters kept in memory by this instance.
#[derive(Default)]
pub struct Metrics {
    operations: Mutex<BTreeMap<String, Histogram>>,
    responses: Mutex<BTreeMap<u16, u64>>,
}

impl Metrics {
    /// Records one executed GraphQL operation.
    pub fn observe_operation(&self, name: &str, failed: bool, elapsed: Duration) {
        let mut ops = self.operations.lock().expect("metrics lock");
        let name = if ops.contains_key(name) || ops.len() < MAX_OPERATIONS {
            name
        } else {
            "other"
        };
        let hist = ops.entry(name.to_owned()).or_default();
        let secs = elapsed.as_secs_f64();
        for (bucket, bound) in hist.buckets.iter_mut().zip(BUCKETS) {
            if secs <= bound {
                *bucket += 1;
            }
        }
        hist.count += 1;
        hist.sum += secs;
        if failed {
            hist.errors += 1;
        }
    }

    /// Records one HTTP response by its status class (2, 3, 4, 5).
    pub fn observe_response(&self, status: u16) {
        *self
            .responses
            .lock()
            .expect("metrics lock")
            .entry(status / 100)
            .or_default() += 1;
    }

    fn render_counters(&self, out: &mut String) {
        out.push_str("# HELP fachforum_http_responses_total HTTP responses by status class.\n");
        out.push_str("# TYPE fachforum_http_responses_total counter\n");
        for (class, count) in self.responses.lock().expect("metrics lock").iter() {
            let _ = writeln!(
                out,
                "fachforum_http_responses_total{{class=\"{class}xx\"}} {count}"
            );
        }
        let ops = self.operations.lock().expect("metrics lock");
        out.push_str(
            "# HELP fachforum_graphql_errors_total GraphQL operations that returned errors.\n",
        );
        out.push_str("# TYPE fachforum_graphql_errors_total counter\n");
        for (name, hist) in ops.iter() {
            let _ = writeln!(
                out,
                "fachforum_graphql_errors_total{{operation=\"{name}\"}} {}",
                hist.errors
            );
        }
        out.push_str("# HELP fachforum_graphql_duration_seconds GraphQL operation latency.\n");
        out.push_str("# TYPE fachforum_graphql_duration_seconds histogram\n");
        for (name, hist) in ops.iter() {
            for (count, bound) in hist.buckets.iter().zip(BUCKETS) {
                let _ = writeln!(
                    out,
                    "fachforum_graphql_duration_seconds_bucket{{operation=\"{name}\",le=\"{bound}\"}} {count}"
                );
            }
            let _ = writeln!(
                out,
                "fachforum_graphql_duration_seconds_bucket{{operation=\"{name}\",le=\"+Inf\"}} {}\n\
                 fachforum_graphql_duration_seconds_sum{{operation=\"{name}\"}} {}\n\
                 fachforum_graphql_duration_seconds_count{{operation=\"{name}\"}} {}",
                hist.count, hist.sum, hist.count
            );
        }
    }
}

/// Keeps an operation name to the characters GraphQL allows in names.
pub fn operation_label(name: Option<&str>) -> String {
    match name {
        Some(name) if !name.is_empty() => name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
            .take(64)
            .collect(),
        _ => "anonymous".to_owned(),
    }
}

/// `GET /metrics` in the Prometheus text format.
#[handler]
pub async fn metrics(
    Data(state): Data<&std::sync::Arc<AppState>>,
    Data(http): Data<&std::sync::Arc<HttpState>>,
) -> poem::Response {
    let mut out = String::new();
    http.metrics.render_counters(&mut out);
    match jobs::depth(&state.db).await {
        Ok(depth) => {
            out.push_str(
                "# HELP fachforum_jobs Background jobs by state.\n# TYPE fachforum_jobs gauge\n",
            );
            for (status, count) in [
                ("queued", depth.queued),
                ("running", depth.running),
                ("dead", depth.dead),
            ] {
                let _ = writeln!(out, "fachforum_jobs{{state=\"{status}\"}} {count}");
            }
        }
        Err(err) => tracing::warn!(error = %err, "Cannot read the job queue depth for metrics"),
    }
    let pool = state.db.pool_stats();
    let _ = write!(
        out,
        "# HELP fachforum_db_connections Database pool connections.\n\
         # TYPE fachforum_db_connections gauge\n\
         fachforum_db_connections{{state=\"open\"}} {}\n\
         fachforum_db_connections{{state=\"idle\"}} {}\n",
        pool.size, pool.idle
    );
    poem::Response::builder()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(out)
}
