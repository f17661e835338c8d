//! The one error type of the application.
//!
//! Every variant has a stable code (the GraphQL `extensions.code`) and an HTTP status.
//! Internal causes are logged once, where the error is turned into a response, and
//! never sent to the client: the client gets a generic message and the request id.

use std::time::Duration;

/// What went wrong, as the client may learn it.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The request needs a signed-in account.
    #[error("not signed in")]
    Unauthenticated,
    /// The account may not do this.
    #[error("not allowed")]
    Forbidden,
    /// The thing does not exist, or the account may not know that it does.
    #[error("not found")]
    NotFound,
    /// An input failed validation; `field` names the argument.
    #[error("{field}: {message}")]
    BadInput { field: &'static str, message: String },
    /// The request conflicts with the current state (duplicate, stale version).
    #[error("{0}")]
    Conflict(String),
    /// Too many attempts; the client may try again after the given time.
    #[error("too many attempts, try again in {} s", .retry_after.as_secs())]
    RateLimited { retry_after: Duration },
    /// Anything else: a bug or an unavailable dependency. The cause is only logged.
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

impl AppError {
    /// Builds a [`AppError::BadInput`] for one argument.
    pub fn bad_input(field: &'static str, message: impl Into<String>) -> Self {
        AppError::BadInput {
            field,
            message: message.into(),
        }
    }

    /// The stable code that clients switch on.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Unauthenticated => "UNAUTHENTICATED",
            AppError::Forbidden => "FORBIDDEN",
            AppError::NotFound => "NOT_FOUND",
            AppError::BadInput { .. } => "BAD_USER_INPUT",
            AppError::Conflict(_) => "CONFLICT",
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
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        AppError::Internal(err.into())
    }
}

impl From<anyhow::Error> for AppError {
    fn from(err: anyhow::Error) -> Self {
        AppError::Internal(err)
    }
}

/// Shorthand for results of use cases.
pub type AppResult<T> = Result<T, AppError>;
