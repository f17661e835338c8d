//! The one error type of the application.
//!
//! Every variant has a stable code (the GraphQL `extensions.code`) and an HTTP status.
//! `AppError` deliberately implements neither `Display` nor `std::error::Error`: so
//! async-graphql's blanket conversion from displayable errors cannot apply, and the
//! only way into a GraphQL error is the conversion below, which keeps the code.
//! Internal causes are logged once, at that conversion, and never reach the client.

use std::{borrow::Cow, sync::Arc, time::Duration};

use async_graphql::ErrorExtensions;

mod reason;

pub use reason::Reason;

/// What went wrong, as the client may learn it. Every refusal has a [`Reason`].
#[derive(Clone, Debug)]
pub enum AppError {
    /// The request needs a signed-in account.
    Unauthenticated,
    /// The account may not do this.
    Forbidden,
    /// The thing does not exist, or the account may not know that it does.
    NotFound,
    /// An input failed validation; `field` names the argument or input field, `limit`
    /// the bound it missed (where there is one).
    BadInput {
        field: Cow<'static, str>,
        reason: Reason,
        limit: Option<Limit>,
        /// For a list: the position of the entry that failed.
        index: Option<usize>,
        message: String,
    },
    /// The request conflicts with the current state (duplicate, stale version).
    Conflict { reason: Reason, message: String },
    /// Too many attempts, or the server is busy with them; the client may try again
    /// after the given time.
    RateLimited {
        retry_after: Duration,
        reason: Reason,
    },
    /// Anything else: a bug or an unavailable dependency. The cause is only logged.
    /// (Shared, because GraphQL results must be cloneable.)
    Internal(Arc<anyhow::Error>),
}

/// The bound an input missed, given to clients as `extensions.min` or `max`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    Min(u64),
    Max(u64),
}

impl AppError {
    /// A refused input: `field` names the argument or input field.
    pub fn bad_input(
        field: impl Into<Cow<'static, str>>,
        reason: Reason,
        message: impl Into<String>,
    ) -> Self {
        AppError::BadInput {
            field: field.into(),
            reason,
            limit: None,
            index: None,
            message: message.into(),
        }
    }

    /// The same refusal, naming the list entry at `index` (from 0).
    pub fn at(self, index: usize) -> Self {
        match self {
            AppError::BadInput {
                field,
                reason,
                limit,
                message,
                ..
            } => AppError::BadInput {
                field,
                reason,
                limit,
                index: Some(index),
                message,
            },
            other => other,
        }
    }

    /// A conflict with the current state.
    pub fn conflict(reason: Reason, message: impl Into<String>) -> Self {
        AppError::Conflict {
            reason,
            message: message.into(),
        }
    }

    /// The same refusal, naming the upper bound it exceeded.
    pub fn max(self, max: impl TryInto<u64>) -> Self {
        self.limited(max.try_into().ok().map(Limit::Max))
    }

    /// The same refusal, naming the lower bound it missed.
    pub fn min(self, min: impl TryInto<u64>) -> Self {
        self.limited(min.try_into().ok().map(Limit::Min))
    }

    fn limited(self, limit: Option<Limit>) -> Self {
        match self {
            AppError::BadInput {
                field,
                reason,
                index,
                message,
                ..
            } => AppError::BadInput {
                field,
                reason,
                limit,
                index,
                message,
            },
            other => other,
        }
    }

    /// The reason of a refusal (`None` for internal errors).
    pub fn reason(&self) -> Option<Reason> {
        match self {
            AppError::Unauthenticated => Some(Reason::NotSignedIn),
            AppError::Forbidden => Some(Reason::NotAllowed),
            AppError::NotFound => Some(Reason::NotFound),
            AppError::BadInput { reason, .. }
            | AppError::Conflict { reason, .. }
            | AppError::RateLimited { reason, .. } => Some(*reason),
            AppError::Internal(_) => None,
        }
    }

    /// The stable code that clients switch on.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Unauthenticated => "UNAUTHENTICATED",
            AppError::Forbidden => "FORBIDDEN",
            AppError::NotFound => "NOT_FOUND",
            AppError::BadInput { .. } => "BAD_USER_INPUT",
            AppError::Conflict { .. } => "CONFLICT",
            AppError::RateLimited { .. } => "RATE_LIMITED",
            AppError::Internal(_) => "INTERNAL",
        }
    }

    /// The HTTP status for plain HTTP routes.
    pub fn status(&self) -> poem::http::StatusCode {
        use poem::http::StatusCode;
        match self {
            AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadInput { .. } => StatusCode::BAD_REQUEST,
            AppError::Conflict { .. } => StatusCode::CONFLICT,
            AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The message the client sees. Internal causes are replaced by a generic text
    /// (the request id is added by the HTTP layer).
    pub fn message(&self) -> String {
        match self {
            AppError::Unauthenticated => "not signed in".into(),
            AppError::Forbidden => "not allowed".into(),
            AppError::NotFound => "not found".into(),
            AppError::BadInput { field, message, .. } => format!("{field}: {message}"),
            AppError::Conflict { message, .. } => message.clone(),
            AppError::RateLimited { retry_after, .. } => {
                format!(
                    "too many attempts, try again in {} s",
                    retry_after.as_secs()
                )
            }
            AppError::Internal(_) => "internal error".into(),
        }
    }

    /// For commands and start-up: the internal cause as it is, otherwise the message.
    pub fn into_anyhow(self) -> anyhow::Error {
        match self {
            AppError::Internal(cause) => {
                Arc::try_unwrap(cause).unwrap_or_else(|shared| anyhow::anyhow!("{shared:#}"))
            }
            other => anyhow::anyhow!("{}", other.message()),
        }
    }

    /// Logs an internal cause with its chain; other variants are expected outcomes.
    pub fn log_if_internal(&self) {
        if let AppError::Internal(cause) = self {
            tracing::error!(
                error = format!("{cause:#}"),
                "Request failed with an internal error"
            );
        }
    }
}

impl From<AppError> for async_graphql::Error {
    fn from(err: AppError) -> Self {
        err.log_if_internal();
        let mut gql = async_graphql::Error::new(err.message());
        gql = gql.extend_with(|_, ext| {
            ext.set("code", err.code());
            if let Some(reason) = err.reason() {
                ext.set("reason", reason.as_str());
            }
            match &err {
                AppError::BadInput {
                    field,
                    limit,
                    index,
                    ..
                } => {
                    ext.set("field", field.as_ref());
                    if let Some(index) = index {
                        ext.set("index", *index as u64);
                    }
                    match limit {
                        Some(Limit::Min(min)) => ext.set("min", *min),
                        Some(Limit::Max(max)) => ext.set("max", *max),
                        None => {}
                    }
                }
                AppError::RateLimited { retry_after, .. } => {
                    ext.set("retryAfter", retry_after.as_secs())
                }
                _ => {}
            }
        });
        gql
    }
}

/// A unique constraint that people can run into, with what it means to them: the
/// constraint's name on PostgreSQL and what SQLite names in its message.
struct UniqueConflict {
    names: &'static [&'static str],
    reason: Reason,
    message: &'static str,
}

const UNIQUE_CONFLICTS: &[UniqueConflict] = &[
    UniqueConflict {
        names: &["accounts_email_key", "accounts.email"],
        reason: Reason::EmailTaken,
        message: "an account with this email address exists already",
    },
    UniqueConflict {
        names: &[
            "organizations_name",
            "organizations_name_key",
            "organizations.name",
        ],
        reason: Reason::OrganizationNameTaken,
        message: "an organisation with this name exists already",
    },
    UniqueConflict {
        names: &[
            "links_normalised_url",
            "links.group_id, links.normalised_url",
        ],
        reason: Reason::LinkExists,
        message: "the group's link list has this address already",
    },
    UniqueConflict {
        names: &["discussion_categories_name"],
        reason: Reason::CategoryNameTaken,
        message: "the group has a category with this name already",
    },
    UniqueConflict {
        names: &[
            "join_requests_pending",
            "join_requests.group_id, join_requests.account_id",
        ],
        reason: Reason::RequestPending,
        message: "your request to join this group is pending already",
    },
];

/// The conflict a unique violation means to people, if it is one of [`UNIQUE_CONFLICTS`].
fn unique_conflict(err: &sqlx::Error) -> Option<AppError> {
    let db_err = err.as_database_error()?;
    if db_err.kind() != sqlx::error::ErrorKind::UniqueViolation {
        return None;
    }
    // PostgreSQL names the constraint; SQLite says "UNIQUE constraint failed: t.c"
    // or "...: index 'name'".
    let constraint = db_err.constraint().map(str::to_owned);
    let message = db_err.message();
    let names = |name: &str| {
        constraint.as_deref() == Some(name)
            || message.ends_with(&format!(": {name}"))
            || message.contains(&format!("index '{name}'"))
    };
    UNIQUE_CONFLICTS
        .iter()
        .find(|conflict| conflict.names.iter().any(|name| names(name)))
        .map(|conflict| AppError::conflict(conflict.reason, conflict.message))
}

/// Database errors are internal, except the unique violations people can cause,
/// which are conflicts with their reason.
impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        unique_conflict(&err).unwrap_or_else(|| AppError::Internal(Arc::new(err.into())))
    }
}

impl From<anyhow::Error> for AppError {
    fn from(err: anyhow::Error) -> Self {
        AppError::Internal(Arc::new(err))
    }
}

/// Shorthand for results of use cases.
pub type AppResult<T> = Result<T, AppError>;
