/** Who counts for an acknowledgement request. */
export type AcknowledgementMode =
  /**
   * One person of an office acknowledges for every member of that office in the
   * group; members without an office count for themselves.
   */
  | 'PER_OFFICE'
  /** Every member acknowledges for themselves. */
  | 'PER_PERSON';

/**
 * Why a request was refused, as a stable word that clients switch on; the web app
 * maps each to German and English text. The list is part of the schema (the enum
 * `ErrorReason`), so it is checked in with `schema.graphql` and the web client's
 * types are generated from it. Messages are English prose for people reading logs and
 * API responses; they may change, reasons do not.
 */
export type ErrorReason =
  /** The account is a member of the group already. */
  | 'ALREADY_MEMBER'
  /** The notice has an acknowledgement request already. */
  | 'ALREADY_REQUESTED'
  /** The request body is a list of requests; send one at a time. */
  | 'BATCH_NOT_SUPPORTED'
  /** The request body is larger than the server accepts. */
  | 'BODY_TOO_LARGE'
  /** The group has a category with this name already. */
  | 'CATEGORY_NAME_TAKEN'
  /** A text contains NUL or another control character (tab and line breaks are fine). */
  | 'CONTROL_CHARACTER'
  /** The request comes from another site than this server's. */
  | 'CROSS_ORIGIN'
  /** The database has content already. */
  | 'DATABASE_NOT_EMPTY'
  /** The post or thread is deleted. */
  | 'DELETED'
  /** The two accounts must belong to the same organisation. */
  | 'DIFFERENT_ORGANIZATION'
  /** A draft of a reply to a post needs the post's thread. */
  | 'DRAFT_NEEDS_THREAD'
  /**
   * The title and text of this thread belong to what it comments on (a notice) and
   * are edited there.
   */
  | 'EDIT_THROUGH_SUBJECT'
  /** An account with this email address exists already. */
  | 'EMAIL_TAKEN'
  /** Two arguments that exclude each other were both given. */
  | 'EXCLUSIVE_ARGUMENTS'
  /** The linked server did not answer in time. */
  | 'FETCH_TIMEOUT'
  /** A fragment of the query spreads itself, directly or through others. */
  | 'FRAGMENT_CYCLE'
  /** The last moderator must hand over before leaving. */
  | 'HAND_OVER_FIRST'
  /** The address's host name has no address. */
  | 'HOST_NOT_FOUND'
  /** Introspection is switched off on this server. */
  | 'INTROSPECTION_DISABLED'
  /** The cursor is not one of this list (or of this order). */
  | 'INVALID_CURSOR'
  /** Not a valid email address. */
  | 'INVALID_EMAIL'
  /** The id is not an id at all. */
  | 'INVALID_ID'
  /** The link is invalid, expired, revoked or used already. */
  | 'INVALID_LINK'
  /** Not a phone number (digits, spaces and + ( ) / -). */
  | 'INVALID_PHONE'
  /** The query does not parse, or does not fit the schema. */
  | 'INVALID_QUERY'
  /** A tag holds characters other than letters, digits, spaces and - _ . &. */
  | 'INVALID_TAG'
  /** Not an absolute web address with a host (`https://example.org/page`). */
  | 'INVALID_URL'
  /** Not an http:// or https:// address. */
  | 'INVALID_WEBSITE'
  /** The invitation was accepted or revoked already. */
  | 'INVITATION_CLOSED'
  /** The time lies in the past; it must be later than now. */
  | 'IN_PAST'
  /** The group would be left without a moderator. */
  | 'LAST_MODERATOR'
  /** The group's link list has this address already (compared in its normal form). */
  | 'LINK_EXISTS'
  /** The request body is not a GraphQL request. */
  | 'MALFORMED_REQUEST'
  /** GraphQL is served over POST only. */
  | 'METHOD_NOT_ALLOWED'
  /** The account may not do this. */
  | 'NOT_ALLOWED'
  /** Only questions have accepted answers. */
  | 'NOT_A_QUESTION'
  /** The post is not deleted. */
  | 'NOT_DELETED'
  /** The thing does not exist, or the account may not know that it does. */
  | 'NOT_FOUND'
  /** The link's last check found no new address to apply. */
  | 'NOT_MOVED'
  /** The text must be one line. */
  | 'NOT_ONE_LINE'
  /** The notice is not pinned. */
  | 'NOT_PINNED'
  /** The request needs a signed-in account. */
  | 'NOT_SIGNED_IN'
  /** The opening post cannot be the answer to its own question. */
  | 'OPENING_POST_IS_NO_ANSWER'
  /** An organisation with this name exists already. */
  | 'ORGANIZATION_NAME_TAKEN'
  /** The number is outside `min` to `max`. */
  | 'OUT_OF_RANGE'
  /**
   * The linked page could not be read: an error status, a broken connection or
   * certificate, or too many redirects.
   */
  | 'PAGE_UNAVAILABLE'
  /** The password is one of the most common passwords. */
  | 'PASSWORD_TOO_COMMON'
  /** The query asks for more fields, with its fragments expanded, than allowed. */
  | 'QUERY_TOO_COMPLEX'
  /** The query nests selections or values deeper than allowed. */
  | 'QUERY_TOO_DEEP'
  /** The query document has more tokens than the server reads. */
  | 'QUERY_TOO_LARGE'
  /**
   * The server does not fetch from this address: it is, or resolves to, a local,
   * private or reserved address, or uses a port that is not allowed.
   */
  | 'REFUSED_TARGET'
  /** A reminder went out less than an hour ago. */
  | 'REMINDED_RECENTLY'
  /** The acknowledgement request is closed (by a moderator or its deadline). */
  | 'REQUEST_CLOSED'
  /** The request was decided or withdrawn already. */
  | 'REQUEST_DECIDED'
  /** A request to join is pending already. */
  | 'REQUEST_PENDING'
  /** The input is empty or missing. */
  | 'REQUIRED'
  /** The two accounts must differ. */
  | 'SAME_ACCOUNT'
  /** Secret groups admit members by invitation only. */
  | 'SECRET_NEEDS_INVITATION'
  /** The server is busy with this kind of work; try again shortly. */
  | 'SERVER_BUSY'
  /** The thing was changed in the meantime; load it again. */
  | 'STALE_VERSION'
  /**
   * Queries and mutations are sent over `POST /graphql`; the WebSocket serves
   * subscriptions only.
   */
  | 'SUBSCRIPTIONS_ONLY'
  /** Only drafts of new threads have a title. */
  | 'TITLE_ONLY_FOR_NEW_THREADS'
  /** The text is longer than `max` characters. */
  | 'TOO_LONG'
  /** The list has more than `max` entries. */
  | 'TOO_MANY'
  /** The query uses more aliases than allowed. */
  | 'TOO_MANY_ALIASES'
  /** Too many attempts of this kind in a short time. */
  | 'TOO_MANY_ATTEMPTS'
  /** The group has as many categories as it may have (`max`). */
  | 'TOO_MANY_CATEGORIES'
  /** The query defines or spreads more fragments than allowed. */
  | 'TOO_MANY_FRAGMENTS'
  /** A post mentions more than `max` people. */
  | 'TOO_MANY_MENTIONS'
  /** The text is shorter than `min` characters. */
  | 'TOO_SHORT'
  /** No such category in this group. */
  | 'UNKNOWN_CATEGORY'
  /** No such organisation. */
  | 'UNKNOWN_ORGANIZATION'
  /** No such post in this thread. */
  | 'UNKNOWN_POST'
  /** No such region. */
  | 'UNKNOWN_REGION'
  /** The request body is not in UTF-8. */
  | 'UNSUPPORTED_CHARSET'
  /** The request body is not `application/json`. */
  | 'UNSUPPORTED_MEDIA_TYPE'
  /** The WebSocket connection does not speak `graphql-transport-ws`. */
  | 'UNSUPPORTED_PROTOCOL'
  /**
   * A web address with a scheme other than `http` and `https` (`javascript:`,
   * `ftp:`, `file:` …).
   */
  | 'UNSUPPORTED_SCHEME'
  /** A web address with a user name or password before the host (`http://user@host`). */
  | 'URL_USERINFO'
  /** The current password is not right. */
  | 'WRONG_PASSWORD';

/** What happened in a group. */
export type GroupEventType =
  /**
   * A link was added, changed or checked, or its moved-to address applied
   * (`threadId` names the link's thread).
   */
  | 'LINKS_CHANGED'
  /** Someone joined or left, or a role changed. */
  | 'MEMBERS_CHANGED'
  /**
   * A notice was put up, changed, pinned or moved, or its acknowledgement request
   * changed (`threadId` names the notice's thread).
   */
  | 'NOTICES_CHANGED'
  /** Something happened in a thread: a post, an edit, a reaction (`threadId` names it). */
  | 'THREAD_ACTIVITY'
  /** A thread was started (`threadId` names it). */
  | 'THREAD_CREATED';

/** A person's role in one group. */
export type GroupRole =
  /** Reads only. */
  | 'GUEST'
  /** Reads and contributes. */
  | 'MEMBER'
  /** Manages the group: members, invitations, requests, settings; moderates content. */
  | 'MODERATOR';

/** Who can see that a group exists. */
export type GroupVisibility =
  /** Every signed-in person sees name and description and may ask to join. */
  | 'LISTED'
  /** Only members know the group exists. */
  | 'SECRET';

/** Where an invitation stands, as shown to moderators. */
export type InvitationStatus =
  /** Used: the person joined. */
  | 'ACCEPTED'
  /** Not used within its 14 days. */
  | 'EXPIRED'
  /** Sent, not yet used, still valid. */
  | 'PENDING'
  /** Withdrawn by a moderator. */
  | 'REVOKED';

/** How people become members. */
export type JoinPolicy =
  /** Only by invitation from a moderator. */
  | 'INVITATION'
  /** Also by request, which a moderator approves. */
  | 'REQUEST';

/** Where a join request stands. */
export type JoinRequestStatus =
  /** Admitted: the person is a member. */
  | 'APPROVED'
  /** Refused by a moderator. */
  | 'DECLINED'
  /** Waiting for a moderator. */
  | 'PENDING'
  /** Taken back by the person who asked. */
  | 'WITHDRAWN';

/** The language of the interface and of mails for one person. */
export type Language =
  /** German, formal address ("Sie"); the default. */
  | 'DE'
  /** English. */
  | 'EN';

/** What happened to a line. */
export type LineChange =
  /** Only in the newer version. */
  | 'ADDED'
  /** Only in the older version. */
  | 'REMOVED'
  /** In both versions. */
  | 'SAME';

/** Why a check found a link broken (the fetcher's codes). */
export type LinkCheckReason =
  /** No connection, or it broke before an answer. */
  | 'CONNECTION_FAILED'
  /** The host name has no address. */
  | 'DNS_FAILURE'
  /** The server answered with a 4xx or 5xx status (`checkDetail` holds it). */
  | 'HTTP_STATUS'
  /** A redirect pointed to an address a link may not have. */
  | 'INVALID_URL'
  /**
   * The server does not fetch from there: a local, private or reserved address,
   * or a port that is not allowed (`checkDetail` says which).
   */
  | 'REFUSED_TARGET'
  /** No complete answer within the time limit. */
  | 'TIMEOUT'
  /** The TLS handshake failed (e.g. an invalid or expired certificate). */
  | 'TLS_ERROR'
  /** More than five redirects. */
  | 'TOO_MANY_REDIRECTS';

/** The orders of a group's link list. */
export type LinkSort =
  /** Most comments first. */
  | 'MOST_DISCUSSED'
  /** Newest first (the default). */
  | 'NEWEST'
  /** By title, A to Z. */
  | 'TITLE';

/** What the last check of a link found. */
export type LinkStatus =
  /** The page did not answer, or with an error (`checkReason` says why). */
  | 'BROKEN'
  /** The page answered through a permanent redirect: it lives at `movedTo` now. */
  | 'MOVED'
  /** The page answered. */
  | 'OK'
  /** Not checked yet (or not since its address changed). */
  | 'UNCHECKED';

/** Which notices of a group to list. */
export type NoticeList =
  /** The board: current notices, pinned first (in their order), then newest. */
  | 'CURRENT'
  /** Deleted notices, newest first (moderators). */
  | 'DELETED'
  /** The archive: expired notices, newest first. */
  | 'EXPIRED';

/** Who may put up notices on the group's pinboard. */
export type NoticePosting =
  /** Members and moderators (not guests). */
  | 'MEMBERS'
  /** Only moderators (the default). */
  | 'MODERATORS';

/** Why someone is notified. */
export type NotificationKind =
  /**
   * The acknowledgement of a notice is still missing: sent by a moderator, or on its
   * own before the deadline.
   */
  | 'ACKNOWLEDGEMENT_REMINDER'
  /** A moderator asks you (or your office) to acknowledge a notice. */
  | 'ACKNOWLEDGEMENT_REQUESTED'
  /** Your reply was accepted as the answer to a question. */
  | 'ANSWER_ACCEPTED'
  /** Someone asks to join a group you moderate. */
  | 'JOIN_REQUEST'
  /** Someone mentioned you in a post (also in a thread you muted). */
  | 'MENTION'
  /** A new post in a thread you watch. */
  | 'NEW_POST_IN_WATCHED_THREAD'
  /** Someone answered your question: a direct reply to its opening post. */
  | 'QUESTION_ANSWERED'
  /** Someone replied to one of your posts. */
  | 'REPLY_TO_YOUR_POST';

/** What kind of body an organisation is. */
export type OrganizationKind =
  /** A state or regional agency, e.g. the one that moderates the forum. */
  | 'AGENCY'
  /** A district (Kreis), including the Städteregion Aachen. */
  | 'DISTRICT'
  /** An independent city (kreisfreie Stadt). */
  | 'INDEPENDENT_CITY'
  /** Anything else. */
  | 'OTHER';

/** Where a pinned notice moves in the pinned order. */
export type PinMove =
  /** One place towards the bottom. */
  | 'DOWN'
  /** One place towards the top. */
  | 'UP';

/** The order of a thread's posts. */
export type PostOrder =
  /** By time of writing (by `seq`). */
  | 'CHRONOLOGICAL'
  /**
   * Depth first: every post followed by its replies (oldest first), the opening
   * post first of all.
   */
  | 'THREADED';

/** The fixed set of reactions to a post. */
export type Reaction =
  /** ✅ */
  | 'CHECK'
  /** 👀 */
  | 'EYES'
  /** ❤️ */
  | 'HEART'
  /** 🎉 */
  | 'TADA'
  /** 🤔 */
  | 'THINKING'
  /** 👍 */
  | 'THUMBS_UP';

/** What happened in a thread. */
export type ThreadEventType =
  /** A post was written (`postId` names it). */
  | 'POST_CREATED'
  /** A post was deleted (softly; moderators may restore it). */
  | 'POST_DELETED'
  /** A deleted post was restored. */
  | 'POST_RESTORED'
  /** A post was edited. */
  | 'POST_UPDATED'
  /** The reactions to a post changed. */
  | 'REACTIONS_CHANGED'
  /** The thread itself changed: title, category, lock, accepted answer. */
  | 'THREAD_UPDATED';

/** What a thread is for. */
export type ThreadKind =
  /** An exchange of views; it counts as answered once somebody replied. */
  | 'DISCUSSION'
  /**
   * A question; it counts as answered once the asker (or a moderator) accepted a
   * reply as the answer.
   */
  | 'QUESTION';

/** The order of a group's thread list. */
export type ThreadSort =
  /** The thread with the most recent post first. */
  | 'LATEST_ACTIVITY'
  /** The most recently started thread first. */
  | 'NEWEST'
  /**
   * Unanswered threads first (questions without an accepted answer, discussions
   * without replies), each part by latest activity.
   */
  | 'UNANSWERED';

/**
 * What a thread holds the comments of, when it is not one of the group's discussions
 * and questions: such a thread is listed with its subject, not in the thread list,
 * and its title and opening post are edited through the subject.
 */
export type ThreadSubject =
  /** A link of the group's link list; the opening post is the link's description. */
  | 'LINK'
  /** A notice on the pinboard; the opening post is the notice's text. */
  | 'NOTICE';

/** What happened for one person. */
export type ViewerEventType =
  /**
   * They are no longer a member of a group (`groupId` names it): removed, left, or
   * their memberships were handed over to a successor.
   */
  | 'MEMBERSHIP_ENDED'
  /** Their notifications (or the unread count) changed. */
  | 'NOTIFICATIONS_CHANGED';

/** How closely a person follows a thread. */
export type WatchLevel =
  /** Notified of nothing but direct mentions. */
  | 'MUTED'
  /** Notified of replies to your posts and of mentions (the default). */
  | 'NORMAL'
  /**
   * Notified of every new post. Set automatically when you start a thread, reply
   * or are mentioned (unless you muted the thread).
   */
  | 'WATCHING';
