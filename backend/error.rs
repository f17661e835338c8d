//! The one error type of the application.
//!
//! Every variant has a stable code (the GraphQL `extensions.code`) and an HTTP status.
//! `AppError` deliberately implements neither `Display` nor `std::error::Error`: so
//! async-graphql's blanket conversion from displayable errors cannot apply, and the
//! only way into a GraphQL error is the conversion below, which keeps the code.
//! Internal causes are logged once, at that conversion, and never reach the client.

use std::{borrow::Cow, sync::Arc, time::Duration};

use async_graphql::{EnumType, ErrorExtensions};

/// Why a request was refused, as a stable word that clients switch on (the web app
/// maps each to German and English text). It is part of the schema as the enum
/// `ErrorReason`, so the list is checked in with `schema.graphql` and the web client's
/// types are generated from it. Messages are English prose for people reading logs and
/// API responses; they may change, reasons do not.
#[derive(async_graphql::Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[graphql(name = "ErrorReason")]
pub enum Reason {
    /// The request body is larger than the server accepts.
    BodyTooLarge,
    /// The request body is not in UTF-8.
    UnsupportedCharset,
    /// The query document has more tokens than the server reads.
    QueryTooLarge,
    /// The query nests selections or values deeper than allowed.
    QueryTooDeep,
    /// The query asks for more fields, with its fragments expanded, than allowed.
    QueryTooComplex,
    /// The query defines or spreads more fragments than allowed.
    TooManyFragments,
    /// The query uses more aliases than allowed.
    TooManyAliases,
    /// A fragment of the query spreads itself, directly or through others.
    FragmentCycle,
    /// Introspection is switched off on this server.
    IntrospectionDisabled,
    /// A text contains NUL or another control character (tab and line breaks are fine).
    ControlCharacter,
    /// Too many attempts of this kind in a short time.
    TooManyAttempts,
    /// The server is busy with this kind of work; try again shortly.
    ServerBusy,
    /// The input is not valid (see the message).
    Invalid,
}

impl Reason {
    /// The reason as it appears in `extensions.reason`.
    pub fn as_str(self) -> &'static str {
        Reason::items()
            .iter()
            .find(|item| item.value == self)
            .map(|item| item.name)
            .expect("every reason is an item of its enum")
    }
}

/// What went wrong, as the client may learn it.
#[derive(Clone, Debug)]
pub enum AppError {
    /// The request needs a signed-in account.
    Unauthenticated,
    /// The account may not do this.
    Forbidden,
    /// The thing does not exist, or the account may not know that it does.
    NotFound,
    /// An input failed validation; `field` names the argument or input field, `max`
    /// the limit it exceeded (where there is one).
    BadInput {
        field: Cow<'static, str>,
        reason: Reason,
        max: Option<u64>,
        message: String,
    },
    /// The request conflicts with the current state (duplicate, stale version).
    Conflict(String),
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

impl AppError {
    /// Builds a [`AppError::BadInput`] for one argument.
    pub fn bad_input(field: &'static str, message: impl Into<String>) -> Self {
        AppError::refused(field, Reason::Invalid, message)
    }

    /// Builds a [`AppError::BadInput`] with its reason.
    pub fn refused(
        field: impl Into<Cow<'static, str>>,
        reason: Reason,
        message: impl Into<String>,
    ) -> Self {
        AppError::BadInput {
            field: field.into(),
            reason,
            max: None,
            message: message.into(),
        }
    }

    /// The same refusal, naming the limit that was exceeded.
    pub fn with_max(self, limit: u64) -> Self {
        match self {
            AppError::BadInput {
                field,
                reason,
                message,
                ..
            } => AppError::BadInput {
                field,
                reason,
                max: Some(limit),
                message,
            },
            other => other,
        }
    }

    /// The reason of a refusal, where it has one.
    pub fn reason(&self) -> Option<Reason> {
        match self {
            AppError::BadInput { reason, .. } => Some(*reason),
            AppError::RateLimited { reason, .. } => Some(*reason),
            _ => None,
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

    /// The message the client sees. Internal causes are replaced by a generic text
    /// (the request id is added by the HTTP layer).
    pub fn message(&self) -> String {
        match self {
            AppError::Unauthenticated => "not signed in".into(),
            AppError::Forbidden => "not allowed".into(),
            AppError::NotFound => "not found".into(),
            AppError::BadInput { field, message, .. } => format!("{field}: {message}"),
            AppError::Conflict(message) => message.clone(),
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
                AppError::BadInput { field, max, .. } => {
                    ext.set("field", field.as_ref());
                    if let Some(max) = max {
                        ext.set("max", *max);
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

impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        AppError::Internal(Arc::new(err.into()))
    }
}

impl From<anyhow::Error> for AppError {
    fn from(err: anyhow::Error) -> Self {
        AppError::Internal(Arc::new(err))
    }
}

/// Shorthand for results of use cases.
pub type AppResult<T> = Result<T, AppError>;
