//! [`Reason`]: why a request was refused, as a stable word that clients switch on.

use async_graphql::EnumType;

/// Why a request was refused, as a stable word that clients switch on; the web app
/// maps each to German and English text. The list is part of the schema (the enum
/// `ErrorReason`), so it is checked in with `schema.graphql` and the web client's
/// types are generated from it. Messages are English prose for people reading logs and
/// API responses; they may change, reasons do not.
#[derive(async_graphql::Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[graphql(name = "ErrorReason")]
pub enum Reason {
    // The request as a whole.
    /// The request body is larger than the server accepts.
    BodyTooLarge,
    /// The request body is not in UTF-8.
    UnsupportedCharset,
    /// The request body is not `application/json`.
    UnsupportedMediaType,
    /// GraphQL is served over POST only.
    MethodNotAllowed,
    /// The request body is a list of requests; send one at a time.
    BatchNotSupported,
    /// The request body is not a GraphQL request.
    MalformedRequest,
    /// The request comes from another site than this server's.
    CrossOrigin,
    /// The WebSocket connection does not speak `graphql-transport-ws`.
    UnsupportedProtocol,
    /// Queries and mutations are sent over `POST /graphql`; the WebSocket serves
    /// subscriptions only.
    SubscriptionsOnly,
    /// The query does not parse, or does not fit the schema.
    InvalidQuery,
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
    /// Too many attempts of this kind in a short time.
    TooManyAttempts,
    /// The server is busy with this kind of work; try again shortly.
    ServerBusy,

    // Who may do what.
    /// The request needs a signed-in account.
    NotSignedIn,
    /// The account may not do this.
    NotAllowed,
    /// The thing does not exist, or the account may not know that it does.
    NotFound,

    // Inputs (with `field`, and `min` or `max` where there is a limit).
    /// A text contains NUL or another control character (tab and line breaks are fine).
    ControlCharacter,
    /// The input is empty or missing.
    Required,
    /// The text is shorter than `min` characters.
    TooShort,
    /// The text is longer than `max` characters.
    TooLong,
    /// The list has more than `max` entries.
    TooMany,
    /// The number is outside `min` to `max`.
    OutOfRange,
    /// The text must be one line.
    NotOneLine,
    /// The id is not an id at all.
    InvalidId,
    /// The cursor is not one of this list (or of this order).
    InvalidCursor,
    /// Two arguments that exclude each other were both given.
    ExclusiveArguments,
    /// Not a valid email address.
    InvalidEmail,
    /// Not a phone number (digits, spaces and + ( ) / -).
    InvalidPhone,
    /// Not an http:// or https:// address.
    InvalidWebsite,
    /// A tag holds characters other than letters, digits, spaces and - _ . &.
    InvalidTag,
    /// The password is one of the most common passwords.
    PasswordTooCommon,
    /// The current password is not right.
    WrongPassword,
    /// The link is invalid, expired, revoked or used already.
    InvalidLink,
    /// No such organisation.
    UnknownOrganization,
    /// No such region.
    UnknownRegion,
    /// No such category in this group.
    UnknownCategory,
    /// No such post in this thread.
    UnknownPost,
    /// The two accounts must differ.
    SameAccount,
    /// The two accounts must belong to the same organisation.
    DifferentOrganization,
    /// Secret groups admit members by invitation only.
    SecretNeedsInvitation,
    /// Only questions have accepted answers.
    NotAQuestion,
    /// The opening post cannot be the answer to its own question.
    OpeningPostIsNoAnswer,
    /// A post mentions more than `max` people.
    TooManyMentions,
    /// A draft of a reply to a post needs the post's thread.
    DraftNeedsThread,
    /// Only drafts of new threads have a title.
    TitleOnlyForNewThreads,
    /// The time lies in the past; it must be later than now.
    InPast,
    /// Not an absolute web address with a host (`https://example.org/page`).
    InvalidUrl,
    /// A web address with a scheme other than `http` and `https` (`javascript:`,
    /// `ftp:`, `file:` …).
    UnsupportedScheme,
    /// A web address with a user name or password before the host (`http://user@host`).
    UrlUserinfo,

    // Fetching a linked page (a preview or a link check on demand).
    /// The server does not fetch from this address: it is, or resolves to, a local,
    /// private or reserved address, or uses a port that is not allowed.
    RefusedTarget,
    /// The address's host name has no address.
    HostNotFound,
    /// The linked server did not answer in time.
    FetchTimeout,
    /// The linked page could not be read: an error status, a broken connection or
    /// certificate, or too many redirects.
    PageUnavailable,

    // Conflicts with the current state.
    /// An account with this email address exists already.
    EmailTaken,
    /// An organisation with this name exists already.
    OrganizationNameTaken,
    /// The group has a category with this name already.
    CategoryNameTaken,
    /// The group has as many categories as it may have (`max`).
    TooManyCategories,
    /// The thing was changed in the meantime; load it again.
    StaleVersion,
    /// The post or thread is deleted.
    Deleted,
    /// The post is not deleted.
    NotDeleted,
    /// The title and text of this thread belong to what it comments on (a notice) and
    /// are edited there.
    EditThroughSubject,
    /// The notice is not pinned.
    NotPinned,
    /// The group's link list has this address already (compared in its normal form).
    LinkExists,
    /// The link's last check found no new address to apply.
    NotMoved,
    /// The notice has an acknowledgement request already.
    AlreadyRequested,
    /// The acknowledgement request is closed (by a moderator or its deadline).
    RequestClosed,
    /// A reminder went out less than an hour ago.
    RemindedRecently,
    /// The group would be left without a moderator.
    LastModerator,
    /// The last moderator must hand over before leaving.
    HandOverFirst,
    /// The account is a member of the group already.
    AlreadyMember,
    /// A request to join is pending already.
    RequestPending,
    /// The request was decided or withdrawn already.
    RequestDecided,
    /// The invitation was accepted or revoked already.
    InvitationClosed,
    /// The database has content already.
    DatabaseNotEmpty,
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
