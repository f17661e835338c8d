/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Who counts for an acknowledgement request. */
export type AcknowledgementMode =
  /**
   * One person of an office acknowledges for every member of that office in the
   * group; members without an office count for themselves.
   */
  | 'PER_OFFICE'
  /** Every member acknowledges for themselves. */
  | 'PER_PERSON';

/** A category's fields. */
export type CategoryInput = {
  /** What belongs here: plain text, at most 500 characters. */
  description?: string | null | undefined;
  /** 1–80 characters, unique in the group (ignoring case). */
  name: string;
  /**
   * Where it appears (ascending); new categories go last, changed ones keep their
   * place when omitted.
   */
  position?: number | null | undefined;
};

/** Changes to a thread; omitted fields stay as they are. */
export type EditThreadInput = {
  /** One of the group's categories; null removes the category. */
  categoryId?: string | number | null | undefined;
  /** The new tags (replacing all). */
  tags?: Array<string> | null | undefined;
  /** 3–200 characters. */
  title?: string | null | undefined;
};

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

/** A group's settings. */
export type GroupInput = {
  /** Markdown, at most 20 000 characters. */
  description?: string | null | undefined;
  /** How people join; secret groups admit by invitation only. */
  joinPolicy: JoinPolicy;
  /** 1–200 characters. */
  name: string;
  /**
   * Who may put up notices on the pinboard; a new group: moderators only unless
   * given, a change: as it was unless given.
   */
  noticePosting?: NoticePosting | null | undefined;
  /** Who can see the group. */
  visibility: GroupVisibility;
};

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

/** Which links of a group to list; all conditions apply together. */
export type LinkFilter = {
  /** Only deleted links, to restore them (moderators). */
  deleted?: boolean | null | undefined;
  /** Only links whose last check found this. */
  status?: LinkStatus | null | undefined;
  /** Only links with this tag (compared normalised: lower case, single spaces). */
  tag?: string | null | undefined;
};

/** A link's fields. */
export type LinkInput = {
  /** Markdown, 1–100 000 characters. Mention members as `[@Name](mention:<person id>)`. */
  description: string;
  /** At most 10 tags of 1–40 characters; default none. */
  tags?: Array<string> | null | undefined;
  /** 3–200 characters. */
  title: string;
  /**
   * An http:// or https:// address of at most 2 048 characters, without user name
   * or password.
   */
  url: string;
};

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

/** A notice's fields. */
export type NoticeInput = {
  /** Markdown, 1–100 000 characters. Mention members as `[@Name](mention:<person id>)`. */
  body: string;
  /**
   * When the notice leaves the board for the archive; must lie in the future; null:
   * it stays.
   */
  expiresAt?: string | null | undefined;
  /** Important notices stand out; default false. */
  important?: boolean | null | undefined;
  /** 3–200 characters. */
  title: string;
};

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

/** An organisation's data. */
export type OrganizationInput = {
  /** A valid email address. */
  contactEmail?: string | null | undefined;
  /** Digits, spaces and + ( ) / -. */
  contactPhone?: string | null | undefined;
  /** Plain text, at most 20 000 characters. */
  description?: string | null | undefined;
  /** What kind of body it is. */
  kind: OrganizationKind;
  /** 1–200 characters. */
  municipality: string;
  /** 1–200 characters, unique (ignoring case). */
  name: string;
  /** One of `regions`. */
  regionId?: string | number | null | undefined;
  /** An http:// or https:// address. */
  website?: string | null | undefined;
};

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

/** A new thread. */
export type StartThreadInput = {
  /**
   * The opening post: markdown, 1–100 000 characters. Mention members as
   * `[@Name](mention:<person id>)`.
   */
  body: string;
  /** One of the group's categories. */
  categoryId?: string | number | null | undefined;
  /** Discussion (the default) or question. */
  kind?: ThreadKind | null | undefined;
  /**
   * Up to 10 tags of 1–40 characters (letters, digits, spaces, - _ . &),
   * normalised to lower case.
   */
  tags?: Array<string> | null | undefined;
  /** 3–200 characters. */
  title: string;
};

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

/** Which threads of a group to list; all conditions apply together. */
export type ThreadFilter = {
  /** Only threads of this category (of the group). */
  categoryId?: string | number | null | undefined;
  /** Only deleted threads, to restore them (moderators). */
  deleted?: boolean | null | undefined;
  /** Only threads the viewer started. */
  mine?: boolean | null | undefined;
  /** Only threads with this tag (compared normalised: lower case, single spaces). */
  tag?: string | null | undefined;
  /**
   * Only unanswered threads: questions without an accepted answer and
   * discussions without replies.
   */
  unanswered?: boolean | null | undefined;
  /** Only threads the viewer watches. */
  watched?: boolean | null | undefined;
};

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

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, email: string, name: string, language: Language, isAdmin: boolean, createdAt: string, jobTitle: string | null, phone: string | null } | null };

export type AccountFieldsFragment = { id: string, email: string, name: string, language: Language, isAdmin: boolean, createdAt: string, jobTitle: string | null, phone: string | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { id: string, email: string, name: string, language: Language, isAdmin: boolean, createdAt: string, jobTitle: string | null, phone: string | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type SetupFirstAdminMutationVariables = Exact<{
  token: string;
  email: string;
  name: string;
  password: string;
}>;


export type SetupFirstAdminMutation = { setupFirstAdmin: { id: string, email: string, name: string, language: Language, isAdmin: boolean, createdAt: string, jobTitle: string | null, phone: string | null } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  new: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type UpdateProfileMutationVariables = Exact<{
  name?: string | null | undefined;
  language?: Language | null | undefined;
  jobTitle?: string | null | undefined;
  phone?: string | null | undefined;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, email: string, name: string, language: Language, isAdmin: boolean, createdAt: string, jobTitle: string | null, phone: string | null } };

export type ChangePasswordMutationVariables = Exact<{
  current: string;
  new: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type SessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsQuery = { sessions: Array<{ id: string, createdAt: string, lastSeenAt: string, userAgent: string, ip: string, current: boolean }> };

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type ThreadListFieldsFragment = { id: string, title: string, kind: ThreadKind, lastActivityAt: string, tags: Array<string>, replyCount: number, unreadCount: number, isNew: boolean, answered: boolean, deletedAt: string | null, category: { id: string, name: string } | null, author: { id: string, name: string } | null };

export type CategoryFieldsFragment = { id: string, name: string, description: string, position: number };

export type CategoriesQueryVariables = Exact<{
  groupId: string | number;
}>;


export type CategoriesQuery = { categories: Array<{ id: string, name: string, description: string, position: number }> };

export type CreateCategoryMutationVariables = Exact<{
  groupId: string | number;
  input: CategoryInput;
}>;


export type CreateCategoryMutation = { createCategory: { id: string, name: string, description: string, position: number } };

export type UpdateCategoryMutationVariables = Exact<{
  id: string | number;
  input: CategoryInput;
}>;


export type UpdateCategoryMutation = { updateCategory: { id: string, name: string, description: string, position: number } };

export type DeleteCategoryMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCategoryMutation = { deleteCategory: boolean };

export type ThreadsQueryVariables = Exact<{
  groupId: string | number;
  filter?: ThreadFilter | null | undefined;
  sort?: ThreadSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ThreadsQuery = { threads: { nodes: Array<{ id: string, title: string, kind: ThreadKind, lastActivityAt: string, tags: Array<string>, replyCount: number, unreadCount: number, isNew: boolean, answered: boolean, deletedAt: string | null, category: { id: string, name: string } | null, author: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ThreadLinkFieldsFragment = { id: string, title: string, kind: ThreadKind, lastActivityAt: string, unreadCount: number, isNew: boolean, group: { id: string, name: string } };

export type LatestThreadsQueryVariables = Exact<{
  groupId: string | number;
  first?: number | null | undefined;
}>;


export type LatestThreadsQuery = { threads: { nodes: Array<{ id: string, title: string, kind: ThreadKind, lastActivityAt: string, unreadCount: number, isNew: boolean, group: { id: string, name: string } }> } };

export type WhatsNewQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type WhatsNewQuery = { whatsNew: { unreadThreads: { nodes: Array<{ id: string, title: string, kind: ThreadKind, lastActivityAt: string, unreadCount: number, isNew: boolean, group: { id: string, name: string } }> }, latestThreads: { nodes: Array<{ id: string, title: string, kind: ThreadKind, lastActivityAt: string, unreadCount: number, isNew: boolean, group: { id: string, name: string } }> }, openQuestions: { nodes: Array<{ id: string, title: string, kind: ThreadKind, lastActivityAt: string, unreadCount: number, isNew: boolean, group: { id: string, name: string } }> }, mentions: { nodes: Array<{ id: string, kind: NotificationKind, groupId: string, groupName: string, threadId: string | null, threadTitle: string | null, postSeq: number | null, createdAt: string, readAt: string | null, actor: { id: string, name: string } | null }> } } };

export type StartThreadMutationVariables = Exact<{
  groupId: string | number;
  input: StartThreadInput;
}>;


export type StartThreadMutation = { startThread: { id: string } };

export type PostFieldsFragment = { id: string, seq: number, depth: number, bodyHtml: string | null, isOpeningPost: boolean, isAcceptedAnswer: boolean, version: number, createdAt: string, editedAt: string | null, deletedAt: string | null, canEdit: boolean, parent: { id: string, seq: number, deleted: boolean, author: { id: string, name: string } | null } | null, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, reactions: Array<{ reaction: Reaction, emoji: string, count: number, reactedByMe: boolean, people: Array<{ id: string, name: string }> }> };

export type ThreadFieldsFragment = { id: string, title: string, kind: ThreadKind, tags: Array<string>, createdAt: string, replyCount: number, lastSeq: number, unreadCount: number, lastReadSeq: number, answered: boolean, canEdit: boolean, deletedAt: string | null, myWatchLevel: WatchLevel, category: { id: string, name: string } | null, author: { id: string, name: string } | null, acceptedAnswer: { id: string } | null, firstUnreadPost: { id: string, seq: number } | null, notice: { id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, acknowledgementRequest: { id: string, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null } | null } | null, link: { id: string, url: string, title: string, description: string, descriptionHtml: string, tags: Array<string>, version: number, deleted: boolean, threadId: string, openingPostId: string, commentCount: number, unreadCount: number, viewerCanEdit: boolean, createdAt: string, checkStatus: LinkStatus, checkReason: LinkCheckReason | null, checkDetail: string | null, movedTo: string | null, checkedAt: string | null, group: { id: string }, author: { id: string, name: string } | null } | null };

export type ThreadQueryVariables = Exact<{
  id: string | number;
  order?: PostOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  fromSeq?: number | null | undefined;
}>;


export type ThreadQuery = { thread: { id: string, title: string, kind: ThreadKind, tags: Array<string>, createdAt: string, replyCount: number, lastSeq: number, unreadCount: number, lastReadSeq: number, answered: boolean, canEdit: boolean, deletedAt: string | null, myWatchLevel: WatchLevel, posts: { hasPreviousPage: boolean, startCursor: string | null, nodes: Array<{ id: string, seq: number, depth: number, bodyHtml: string | null, isOpeningPost: boolean, isAcceptedAnswer: boolean, version: number, createdAt: string, editedAt: string | null, deletedAt: string | null, canEdit: boolean, parent: { id: string, seq: number, deleted: boolean, author: { id: string, name: string } | null } | null, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, reactions: Array<{ reaction: Reaction, emoji: string, count: number, reactedByMe: boolean, people: Array<{ id: string, name: string }> }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, category: { id: string, name: string } | null, author: { id: string, name: string } | null, acceptedAnswer: { id: string } | null, firstUnreadPost: { id: string, seq: number } | null, notice: { id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, acknowledgementRequest: { id: string, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null } | null } | null, link: { id: string, url: string, title: string, description: string, descriptionHtml: string, tags: Array<string>, version: number, deleted: boolean, threadId: string, openingPostId: string, commentCount: number, unreadCount: number, viewerCanEdit: boolean, createdAt: string, checkStatus: LinkStatus, checkReason: LinkCheckReason | null, checkDetail: string | null, movedTo: string | null, checkedAt: string | null, group: { id: string }, author: { id: string, name: string } | null } | null } | null };

export type PostQueryVariables = Exact<{
  id: string | number;
}>;


export type PostQuery = { post: { id: string, seq: number, depth: number, bodyHtml: string | null, isOpeningPost: boolean, isAcceptedAnswer: boolean, version: number, createdAt: string, editedAt: string | null, deletedAt: string | null, canEdit: boolean, parent: { id: string, seq: number, deleted: boolean, author: { id: string, name: string } | null } | null, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, reactions: Array<{ reaction: Reaction, emoji: string, count: number, reactedByMe: boolean, people: Array<{ id: string, name: string }> }> } | null };

export type PostSourceQueryVariables = Exact<{
  id: string | number;
}>;


export type PostSourceQuery = { post: { id: string, body: string | null, version: number } | null };

export type ReplyMutationVariables = Exact<{
  threadId: string | number;
  parentPostId?: string | number | null | undefined;
  body: string;
}>;


export type ReplyMutation = { reply: { id: string, seq: number, depth: number, bodyHtml: string | null, isOpeningPost: boolean, isAcceptedAnswer: boolean, version: number, createdAt: string, editedAt: string | null, deletedAt: string | null, canEdit: boolean, parent: { id: string, seq: number, deleted: boolean, author: { id: string, name: string } | null } | null, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, reactions: Array<{ reaction: Reaction, emoji: string, count: number, reactedByMe: boolean, people: Array<{ id: string, name: string }> }> } };

export type EditPostMutationVariables = Exact<{
  postId: string | number;
  body: string;
  version: number;
}>;


export type EditPostMutation = { editPost: { id: string, seq: number, depth: number, bodyHtml: string | null, isOpeningPost: boolean, isAcceptedAnswer: boolean, version: number, createdAt: string, editedAt: string | null, deletedAt: string | null, canEdit: boolean, parent: { id: string, seq: number, deleted: boolean, author: { id: string, name: string } | null } | null, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, reactions: Array<{ reaction: Reaction, emoji: string, count: number, reactedByMe: boolean, people: Array<{ id: string, name: string }> }> } };

export type DeletePostMutationVariables = Exact<{
  postId: string | number;
}>;


export type DeletePostMutation = { deletePost: { id: string, seq: number, depth: number, bodyHtml: string | null, isOpeningPost: boolean, isAcceptedAnswer: boolean, version: number, createdAt: string, editedAt: string | null, deletedAt: string | null, canEdit: boolean, parent: { id: string, seq: number, deleted: boolean, author: { id: string, name: string } | null } | null, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, reactions: Array<{ reaction: Reaction, emoji: string, count: number, reactedByMe: boolean, people: Array<{ id: string, name: string }> }> } };

export type RestorePostMutationVariables = Exact<{
  postId: string | number;
}>;


export type RestorePostMutation = { restorePost: { id: string, seq: number, depth: number, bodyHtml: string | null, isOpeningPost: boolean, isAcceptedAnswer: boolean, version: number, createdAt: string, editedAt: string | null, deletedAt: string | null, canEdit: boolean, parent: { id: string, seq: number, deleted: boolean, author: { id: string, name: string } | null } | null, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, reactions: Array<{ reaction: Reaction, emoji: string, count: number, reactedByMe: boolean, people: Array<{ id: string, name: string }> }> } };

export type ReactMutationVariables = Exact<{
  postId: string | number;
  reaction: Reaction;
}>;


export type ReactMutation = { react: { id: string, seq: number, depth: number, bodyHtml: string | null, isOpeningPost: boolean, isAcceptedAnswer: boolean, version: number, createdAt: string, editedAt: string | null, deletedAt: string | null, canEdit: boolean, parent: { id: string, seq: number, deleted: boolean, author: { id: string, name: string } | null } | null, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, reactions: Array<{ reaction: Reaction, emoji: string, count: number, reactedByMe: boolean, people: Array<{ id: string, name: string }> }> } };

export type UnreactMutationVariables = Exact<{
  postId: string | number;
  reaction: Reaction;
}>;


export type UnreactMutation = { unreact: { id: string, seq: number, depth: number, bodyHtml: string | null, isOpeningPost: boolean, isAcceptedAnswer: boolean, version: number, createdAt: string, editedAt: string | null, deletedAt: string | null, canEdit: boolean, parent: { id: string, seq: number, deleted: boolean, author: { id: string, name: string } | null } | null, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, reactions: Array<{ reaction: Reaction, emoji: string, count: number, reactedByMe: boolean, people: Array<{ id: string, name: string }> }> } };

export type AcceptAnswerMutationVariables = Exact<{
  postId: string | number;
}>;


export type AcceptAnswerMutation = { acceptAnswer: { id: string, title: string, kind: ThreadKind, tags: Array<string>, createdAt: string, replyCount: number, lastSeq: number, unreadCount: number, lastReadSeq: number, answered: boolean, canEdit: boolean, deletedAt: string | null, myWatchLevel: WatchLevel, category: { id: string, name: string } | null, author: { id: string, name: string } | null, acceptedAnswer: { id: string } | null, firstUnreadPost: { id: string, seq: number } | null, notice: { id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, acknowledgementRequest: { id: string, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null } | null } | null, link: { id: string, url: string, title: string, description: string, descriptionHtml: string, tags: Array<string>, version: number, deleted: boolean, threadId: string, openingPostId: string, commentCount: number, unreadCount: number, viewerCanEdit: boolean, createdAt: string, checkStatus: LinkStatus, checkReason: LinkCheckReason | null, checkDetail: string | null, movedTo: string | null, checkedAt: string | null, group: { id: string }, author: { id: string, name: string } | null } | null } };

export type EditThreadMutationVariables = Exact<{
  threadId: string | number;
  input: EditThreadInput;
}>;


export type EditThreadMutation = { editThread: { id: string, title: string, kind: ThreadKind, tags: Array<string>, createdAt: string, replyCount: number, lastSeq: number, unreadCount: number, lastReadSeq: number, answered: boolean, canEdit: boolean, deletedAt: string | null, myWatchLevel: WatchLevel, category: { id: string, name: string } | null, author: { id: string, name: string } | null, acceptedAnswer: { id: string } | null, firstUnreadPost: { id: string, seq: number } | null, notice: { id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, acknowledgementRequest: { id: string, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null } | null } | null, link: { id: string, url: string, title: string, description: string, descriptionHtml: string, tags: Array<string>, version: number, deleted: boolean, threadId: string, openingPostId: string, commentCount: number, unreadCount: number, viewerCanEdit: boolean, createdAt: string, checkStatus: LinkStatus, checkReason: LinkCheckReason | null, checkDetail: string | null, movedTo: string | null, checkedAt: string | null, group: { id: string }, author: { id: string, name: string } | null } | null } };

export type UnacceptAnswerMutationVariables = Exact<{
  threadId: string | number;
}>;


export type UnacceptAnswerMutation = { unacceptAnswer: { id: string, title: string, kind: ThreadKind, tags: Array<string>, createdAt: string, replyCount: number, lastSeq: number, unreadCount: number, lastReadSeq: number, answered: boolean, canEdit: boolean, deletedAt: string | null, myWatchLevel: WatchLevel, category: { id: string, name: string } | null, author: { id: string, name: string } | null, acceptedAnswer: { id: string } | null, firstUnreadPost: { id: string, seq: number } | null, notice: { id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, acknowledgementRequest: { id: string, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null } | null } | null, link: { id: string, url: string, title: string, description: string, descriptionHtml: string, tags: Array<string>, version: number, deleted: boolean, threadId: string, openingPostId: string, commentCount: number, unreadCount: number, viewerCanEdit: boolean, createdAt: string, checkStatus: LinkStatus, checkReason: LinkCheckReason | null, checkDetail: string | null, movedTo: string | null, checkedAt: string | null, group: { id: string }, author: { id: string, name: string } | null } | null } };

export type MarkPostsSeenMutationVariables = Exact<{
  threadId: string | number;
  seqs: Array<number> | number;
}>;


export type MarkPostsSeenMutation = { markPostsSeen: { id: string, unreadCount: number, lastReadSeq: number } };

export type ThreadEventsSubscriptionVariables = Exact<{
  threadId: string | number;
}>;


export type ThreadEventsSubscription = { threadEvents: { type: ThreadEventType, threadId: string, postId: string | null } };

export type PreviewPostQueryVariables = Exact<{
  groupId: string | number;
  body: string;
}>;


export type PreviewPostQuery = { previewPost: string };

export type MentionCandidatesQueryVariables = Exact<{
  groupId: string | number;
  search: string;
}>;


export type MentionCandidatesQuery = { mentionCandidates: Array<{ id: string, name: string, organization: { id: string, name: string } | null }> };

export type DraftQueryVariables = Exact<{
  groupId: string | number;
  threadId?: string | number | null | undefined;
  parentPostId?: string | number | null | undefined;
}>;


export type DraftQuery = { draft: { title: string, body: string, updatedAt: string } | null };

export type SaveDraftMutationVariables = Exact<{
  groupId: string | number;
  threadId?: string | number | null | undefined;
  parentPostId?: string | number | null | undefined;
  title?: string | null | undefined;
  body: string;
}>;


export type SaveDraftMutation = { saveDraft: { updatedAt: string } | null };

export type DiscardDraftMutationVariables = Exact<{
  groupId: string | number;
  threadId?: string | number | null | undefined;
  parentPostId?: string | number | null | undefined;
}>;


export type DiscardDraftMutation = { discardDraft: boolean };

export type PostRevisionsQueryVariables = Exact<{
  id: string | number;
}>;


export type PostRevisionsQuery = { post: { id: string, revisions: Array<{ version: number, createdAt: string, editor: { id: string, name: string } | null, diff: Array<{ change: LineChange, text: string }> }> } | null };

export type SetWatchLevelMutationVariables = Exact<{
  threadId: string | number;
  level: WatchLevel;
}>;


export type SetWatchLevelMutation = { setWatchLevel: { id: string, myWatchLevel: WatchLevel } };

export type MarkAllReadMutationVariables = Exact<{
  groupId: string | number;
}>;


export type MarkAllReadMutation = { markAllRead: number };

export type GroupEventsSubscriptionVariables = Exact<{
  groupId: string | number;
}>;


export type GroupEventsSubscription = { groupEvents: { type: GroupEventType, threadId: string | null } };

export type GroupFieldsFragment = { id: string, name: string, description: string, descriptionHtml: string, visibility: GroupVisibility, joinPolicy: JoinPolicy, noticePosting: NoticePosting, myRole: GroupRole | null, canModerate: boolean, memberCount: number, createdAt: string, myJoinRequest: { id: string, createdAt: string } | null };

export type GroupsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GroupsQuery = { groups: { nodes: Array<{ id: string, name: string, description: string, descriptionHtml: string, visibility: GroupVisibility, joinPolicy: JoinPolicy, noticePosting: NoticePosting, myRole: GroupRole | null, canModerate: boolean, memberCount: number, createdAt: string, myJoinRequest: { id: string, createdAt: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GroupQueryVariables = Exact<{
  id: string | number;
}>;


export type GroupQuery = { group: { openJoinRequestCount: number | null, id: string, name: string, description: string, descriptionHtml: string, visibility: GroupVisibility, joinPolicy: JoinPolicy, noticePosting: NoticePosting, myRole: GroupRole | null, canModerate: boolean, memberCount: number, createdAt: string, myJoinRequest: { id: string, createdAt: string } | null } | null };

export type CreateGroupMutationVariables = Exact<{
  input: GroupInput;
}>;


export type CreateGroupMutation = { createGroup: { id: string, name: string, description: string, descriptionHtml: string, visibility: GroupVisibility, joinPolicy: JoinPolicy, noticePosting: NoticePosting, myRole: GroupRole | null, canModerate: boolean, memberCount: number, createdAt: string, myJoinRequest: { id: string, createdAt: string } | null } };

export type UpdateGroupMutationVariables = Exact<{
  id: string | number;
  input: GroupInput;
}>;


export type UpdateGroupMutation = { updateGroup: { id: string, name: string, description: string, descriptionHtml: string, visibility: GroupVisibility, joinPolicy: JoinPolicy, noticePosting: NoticePosting, myRole: GroupRole | null, canModerate: boolean, memberCount: number, createdAt: string, myJoinRequest: { id: string, createdAt: string } | null } };

export type MembershipFieldsFragment = { role: GroupRole, joinedAt: string, person: { id: string, name: string, jobTitle: string | null, organization: { id: string, name: string } | null } };

export type MembersQueryVariables = Exact<{
  groupId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  role?: GroupRole | null | undefined;
  organizationId?: string | number | null | undefined;
}>;


export type MembersQuery = { members: { nodes: Array<{ role: GroupRole, joinedAt: string, person: { id: string, name: string, jobTitle: string | null, organization: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SetMemberRoleMutationVariables = Exact<{
  groupId: string | number;
  accountId: string | number;
  role: GroupRole;
}>;


export type SetMemberRoleMutation = { setMemberRole: { role: GroupRole, joinedAt: string, person: { id: string, name: string, jobTitle: string | null, organization: { id: string, name: string } | null } } };

export type RemoveMemberMutationVariables = Exact<{
  groupId: string | number;
  accountId: string | number;
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type LeaveGroupMutationVariables = Exact<{
  groupId: string | number;
}>;


export type LeaveGroupMutation = { leaveGroup: boolean };

export type InvitationFieldsFragment = { id: string, email: string, role: GroupRole, message: string | null, status: InvitationStatus, createdAt: string, expiresAt: string, invitedBy: { id: string, name: string } | null };

export type InvitationsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InvitationsQuery = { group: { id: string, invitations: { nodes: Array<{ id: string, email: string, role: GroupRole, message: string | null, status: InvitationStatus, createdAt: string, expiresAt: string, invitedBy: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type InviteToGroupMutationVariables = Exact<{
  groupId: string | number;
  emails: Array<string> | string;
  role: GroupRole;
  message?: string | null | undefined;
  organizationId?: string | number | null | undefined;
}>;


export type InviteToGroupMutation = { inviteToGroup: Array<{ id: string, email: string, role: GroupRole, message: string | null, status: InvitationStatus, createdAt: string, expiresAt: string, invitedBy: { id: string, name: string } | null }> };

export type ResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendInvitationMutation = { resendInvitation: { id: string, email: string, role: GroupRole, message: string | null, status: InvitationStatus, createdAt: string, expiresAt: string, invitedBy: { id: string, name: string } | null } };

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: boolean };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitation: { groupName: string, inviterName: string, email: string, accountExists: boolean, organizationName: string | null } | null };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  name?: string | null | undefined;
  password?: string | null | undefined;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { id: string, name: string } };

export type JoinRequestsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type JoinRequestsQuery = { group: { id: string, joinRequests: { nodes: Array<{ id: string, message: string | null, createdAt: string, person: { id: string, name: string, organization: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type RequestToJoinMutationVariables = Exact<{
  groupId: string | number;
  message?: string | null | undefined;
}>;


export type RequestToJoinMutation = { requestToJoin: { id: string, createdAt: string } };

export type WithdrawJoinRequestMutationVariables = Exact<{
  requestId: string | number;
}>;


export type WithdrawJoinRequestMutation = { withdrawJoinRequest: boolean };

export type DecideJoinRequestMutationVariables = Exact<{
  requestId: string | number;
  approve: boolean;
}>;


export type DecideJoinRequestMutation = { decideJoinRequest: { id: string, status: JoinRequestStatus } };

export type LinkFieldsFragment = { id: string, url: string, title: string, description: string, descriptionHtml: string, tags: Array<string>, version: number, deleted: boolean, threadId: string, openingPostId: string, commentCount: number, unreadCount: number, viewerCanEdit: boolean, createdAt: string, checkStatus: LinkStatus, checkReason: LinkCheckReason | null, checkDetail: string | null, movedTo: string | null, checkedAt: string | null, group: { id: string }, author: { id: string, name: string } | null };

export type LinksQueryVariables = Exact<{
  groupId: string | number;
  filter?: LinkFilter | null | undefined;
  sort?: LinkSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LinksQuery = { links: { nodes: Array<{ id: string, url: string, title: string, description: string, descriptionHtml: string, tags: Array<string>, version: number, deleted: boolean, threadId: string, openingPostId: string, commentCount: number, unreadCount: number, viewerCanEdit: boolean, createdAt: string, checkStatus: LinkStatus, checkReason: LinkCheckReason | null, checkDetail: string | null, movedTo: string | null, checkedAt: string | null, group: { id: string }, author: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LinkChecksQueryVariables = Exact<{
  groupId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LinkChecksQuery = { linkChecks: { nodes: Array<{ id: string, url: string, title: string, description: string, descriptionHtml: string, tags: Array<string>, version: number, deleted: boolean, threadId: string, openingPostId: string, commentCount: number, unreadCount: number, viewerCanEdit: boolean, createdAt: string, checkStatus: LinkStatus, checkReason: LinkCheckReason | null, checkDetail: string | null, movedTo: string | null, checkedAt: string | null, group: { id: string }, author: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LinkQueryVariables = Exact<{
  id: string | number;
}>;


export type LinkQuery = { link: { id: string, url: string, title: string, description: string, descriptionHtml: string, tags: Array<string>, version: number, deleted: boolean, threadId: string, openingPostId: string, commentCount: number, unreadCount: number, viewerCanEdit: boolean, createdAt: string, checkStatus: LinkStatus, checkReason: LinkCheckReason | null, checkDetail: string | null, movedTo: string | null, checkedAt: string | null, group: { id: string }, author: { id: string, name: string } | null } | null };

export type LinkPreviewQueryVariables = Exact<{
  groupId: string | number;
  url: string;
}>;


export type LinkPreviewQuery = { linkPreview: { normalisedUrl: string, title: string | null, description: string | null, existing: { id: string, url: string, title: string, description: string, descriptionHtml: string, tags: Array<string>, version: number, deleted: boolean, threadId: string, openingPostId: string, commentCount: number, unreadCount: number, viewerCanEdit: boolean, createdAt: string, checkStatus: LinkStatus, checkReason: LinkCheckReason | null, checkDetail: string | null, movedTo: string | null, checkedAt: string | null, group: { id: string }, author: { id: string, name: string } | null } | null } };

export type AddLinkMutationVariables = Exact<{
  groupId: string | number;
  input: LinkInput;
}>;


export type AddLinkMutation = { addLink: { existing: boolean, link: { id: string, url: string, title: string, description: string, descriptionHtml: string, tags: Array<string>, version: number, deleted: boolean, threadId: string, openingPostId: string, commentCount: number, unreadCount: number, viewerCanEdit: boolean, createdAt: string, checkStatus: LinkStatus, checkReason: LinkCheckReason | null, checkDetail: string | null, movedTo: string | null, checkedAt: string | null, group: { id: string }, author: { id: string, name: string } | null } } };

export type EditLinkMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: LinkInput;
}>;


export type EditLinkMutation = { editLink: { id: string, url: string, title: string, description: string, descriptionHtml: string, tags: Array<string>, version: number, deleted: boolean, threadId: string, openingPostId: string, commentCount: number, unreadCount: number, viewerCanEdit: boolean, createdAt: string, checkStatus: LinkStatus, checkReason: LinkCheckReason | null, checkDetail: string | null, movedTo: string | null, checkedAt: string | null, group: { id: string }, author: { id: string, name: string } | null } };

export type CheckLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type CheckLinkMutation = { checkLink: { id: string, url: string, title: string, description: string, descriptionHtml: string, tags: Array<string>, version: number, deleted: boolean, threadId: string, openingPostId: string, commentCount: number, unreadCount: number, viewerCanEdit: boolean, createdAt: string, checkStatus: LinkStatus, checkReason: LinkCheckReason | null, checkDetail: string | null, movedTo: string | null, checkedAt: string | null, group: { id: string }, author: { id: string, name: string } | null } };

export type ApplyMovedUrlMutationVariables = Exact<{
  id: string | number;
}>;


export type ApplyMovedUrlMutation = { applyMovedUrl: { id: string, url: string, title: string, description: string, descriptionHtml: string, tags: Array<string>, version: number, deleted: boolean, threadId: string, openingPostId: string, commentCount: number, unreadCount: number, viewerCanEdit: boolean, createdAt: string, checkStatus: LinkStatus, checkReason: LinkCheckReason | null, checkDetail: string | null, movedTo: string | null, checkedAt: string | null, group: { id: string }, author: { id: string, name: string } | null } };

export type NoticeFieldsFragment = { id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, acknowledgementRequest: { id: string, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null } | null };

export type NoticesQueryVariables = Exact<{
  groupId: string | number;
  list?: NoticeList | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NoticesQuery = { notices: { nodes: Array<{ id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, acknowledgementRequest: { id: string, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PinboardQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PinboardQuery = { pinboard: { nodes: Array<{ id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, acknowledgementRequest: { id: string, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeQuery = { notice: { id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, thread: { id: string, openingPost: { id: string, body: string | null } }, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, acknowledgementRequest: { id: string, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null } | null } | null };

export type PostNoticeMutationVariables = Exact<{
  groupId: string | number;
  input: NoticeInput;
}>;


export type PostNoticeMutation = { postNotice: { id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, acknowledgementRequest: { id: string, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null } | null } };

export type EditNoticeMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: NoticeInput;
}>;


export type EditNoticeMutation = { editNotice: { id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, acknowledgementRequest: { id: string, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null } | null } };

export type PinNoticeMutationVariables = Exact<{
  id: string | number;
  pinned: boolean;
}>;


export type PinNoticeMutation = { pinNotice: { id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, acknowledgementRequest: { id: string, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null } | null } };

export type MoveNoticeMutationVariables = Exact<{
  id: string | number;
  to: PinMove;
}>;


export type MoveNoticeMutation = { moveNotice: { id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, acknowledgementRequest: { id: string, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null } | null } };

export type RequestAcknowledgementMutationVariables = Exact<{
  noticeId: string | number;
  mode: AcknowledgementMode;
  deadline: string;
}>;


export type RequestAcknowledgementMutation = { requestAcknowledgement: { id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, acknowledgementRequest: { id: string, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null } | null } };

export type AcknowledgeNoticeMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeNoticeMutation = { acknowledgeNotice: { id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, acknowledgementRequest: { id: string, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null } | null } };

export type CloseAcknowledgementRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseAcknowledgementRequestMutation = { closeAcknowledgementRequest: { id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null, acknowledgementRequest: { id: string, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null } | null } };

export type RemindMissingAcknowledgementsMutationVariables = Exact<{
  id: string | number;
}>;


export type RemindMissingAcknowledgementsMutation = { remindMissingAcknowledgements: number };

export type CoverageQueryVariables = Exact<{
  noticeId: string | number;
}>;


export type CoverageQuery = { notice: { id: string, title: string, bodyHtml: string, important: boolean, expiresAt: string | null, expired: boolean, deleted: boolean, pinned: boolean, version: number, threadId: string, openingPostId: string, commentCount: number, isNew: boolean, unreadCount: number, viewerCanEdit: boolean, createdAt: string, editedAt: string | null, acknowledgementRequest: { id: string, requestedAt: string, lastRemindedAt: string | null, mode: AcknowledgementMode, deadline: string, open: boolean, closedAt: string | null, myAcknowledgedAt: string | null, myOfficeAcknowledgedAt: string | null, requestedBy: { id: string, name: string } | null, coverage: { covered: number, total: number, frozen: boolean, units: Array<{ name: string, isOffice: boolean, officeName: string | null, coveredAt: string | null, acknowledgements: Array<{ name: string, acknowledgedAt: string, stillMember: boolean }> }>, history: Array<{ at: string, covered: number }> } } | null, group: { id: string, name: string, myRole: GroupRole | null }, author: { id: string, name: string, organization: { id: string, name: string } | null } | null } | null };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type NotificationLineFieldsFragment = { count: number, latest: { id: string, kind: NotificationKind, groupId: string, groupName: string, threadId: string | null, threadTitle: string | null, postSeq: number | null, createdAt: string, readAt: string | null, actor: { id: string, name: string } | null } };

export type CollapsedNotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CollapsedNotificationsQuery = { collapsedNotifications: { nodes: Array<{ count: number, latest: { id: string, kind: NotificationKind, groupId: string, groupName: string, threadId: string | null, threadTitle: string | null, postSeq: number | null, createdAt: string, readAt: string | null, actor: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MarkThreadNotificationsReadMutationVariables = Exact<{
  threadId: string | number;
  upToSeq: number;
}>;


export type MarkThreadNotificationsReadMutation = { markThreadNotificationsRead: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type ViewerEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ViewerEventsSubscription = { viewerEvents: { type: ViewerEventType } };

export type OrganizationFieldsFragment = { id: string, name: string, kind: OrganizationKind, municipality: string, description: string, contactEmail: string | null, contactPhone: string | null, website: string | null, region: { id: string, name: string } | null };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { regions: Array<{ id: string, name: string }> };

export type OrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  regionId?: string | number | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { nodes: Array<{ id: string, name: string, kind: OrganizationKind, municipality: string, region: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationQuery = { organization: { id: string, name: string, kind: OrganizationKind, municipality: string, description: string, contactEmail: string | null, contactPhone: string | null, website: string | null, region: { id: string, name: string } | null } | null };

export type OrganizationMembersQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationMembersQuery = { organization: { id: string, members: { nodes: Array<{ id: string, name: string, isAdmin: boolean }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type CreateOrganizationMutationVariables = Exact<{
  input: OrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, name: string, kind: OrganizationKind, municipality: string, description: string, contactEmail: string | null, contactPhone: string | null, website: string | null, region: { id: string, name: string } | null } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  input: OrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { id: string, name: string, kind: OrganizationKind, municipality: string, description: string, contactEmail: string | null, contactPhone: string | null, website: string | null, region: { id: string, name: string } | null } };

export type PeopleQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  organizationId?: string | number | null | undefined;
}>;


export type PeopleQuery = { people: { nodes: Array<{ id: string, name: string, isAdmin: boolean, organization: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PersonFieldsFragment = { id: string, name: string, isAdmin: boolean, email: string | null, jobTitle: string | null, phone: string | null, organization: { id: string, name: string, municipality: string } | null, sharedGroups: Array<{ id: string, name: string, myRole: GroupRole | null, visibility: GroupVisibility }> };

export type PersonQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonQuery = { person: { id: string, name: string, isAdmin: boolean, email: string | null, jobTitle: string | null, phone: string | null, organization: { id: string, name: string, municipality: string } | null, sharedGroups: Array<{ id: string, name: string, myRole: GroupRole | null, visibility: GroupVisibility }> } | null };

export type SetAccountOrganizationMutationVariables = Exact<{
  accountId: string | number;
  organizationId?: string | number | null | undefined;
}>;


export type SetAccountOrganizationMutation = { setAccountOrganization: { id: string, name: string, isAdmin: boolean, email: string | null, jobTitle: string | null, phone: string | null, organization: { id: string, name: string, municipality: string } | null, sharedGroups: Array<{ id: string, name: string, myRole: GroupRole | null, visibility: GroupVisibility }> } };

export type HandOverMutationVariables = Exact<{
  fromAccountId: string | number;
  toAccountId: string | number;
}>;


export type HandOverMutation = { handOver: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccountFields on Account {
  id
  email
  name
  language
  isAdmin
  createdAt
  jobTitle
  phone
}
    `, {"fragmentName":"AccountFields"}) as unknown as TypedDocumentString<AccountFieldsFragment, unknown>;
export const ThreadListFieldsFragmentDoc = new TypedDocumentString(`
    fragment ThreadListFields on Thread {
  id
  title
  kind
  category {
    id
    name
  }
  author {
    id
    name
  }
  lastActivityAt
  tags
  replyCount
  unreadCount
  isNew
  answered
  deletedAt
}
    `, {"fragmentName":"ThreadListFields"}) as unknown as TypedDocumentString<ThreadListFieldsFragment, unknown>;
export const CategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment CategoryFields on Category {
  id
  name
  description
  position
}
    `, {"fragmentName":"CategoryFields"}) as unknown as TypedDocumentString<CategoryFieldsFragment, unknown>;
export const ThreadLinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment ThreadLinkFields on Thread {
  id
  title
  kind
  lastActivityAt
  unreadCount
  isNew
  group {
    id
    name
  }
}
    `, {"fragmentName":"ThreadLinkFields"}) as unknown as TypedDocumentString<ThreadLinkFieldsFragment, unknown>;
export const PostFieldsFragmentDoc = new TypedDocumentString(`
    fragment PostFields on Post {
  id
  seq
  depth
  parent {
    id
    seq
    author {
      id
      name
    }
    deleted
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  bodyHtml
  isOpeningPost
  isAcceptedAnswer
  version
  createdAt
  editedAt
  deletedAt
  canEdit
  reactions {
    reaction
    emoji
    count
    reactedByMe
    people {
      id
      name
    }
  }
}
    `, {"fragmentName":"PostFields"}) as unknown as TypedDocumentString<PostFieldsFragment, unknown>;
export const NoticeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}
    `, {"fragmentName":"NoticeFields"}) as unknown as TypedDocumentString<NoticeFieldsFragment, unknown>;
export const LinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment LinkFields on Link {
  id
  url
  title
  description
  descriptionHtml
  tags
  version
  deleted
  threadId
  openingPostId
  commentCount
  unreadCount
  viewerCanEdit
  createdAt
  checkStatus
  checkReason
  checkDetail
  movedTo
  checkedAt
  group {
    id
  }
  author {
    id
    name
  }
}
    `, {"fragmentName":"LinkFields"}) as unknown as TypedDocumentString<LinkFieldsFragment, unknown>;
export const ThreadFieldsFragmentDoc = new TypedDocumentString(`
    fragment ThreadFields on Thread {
  id
  title
  kind
  category {
    id
    name
  }
  author {
    id
    name
  }
  tags
  createdAt
  replyCount
  lastSeq
  unreadCount
  lastReadSeq
  answered
  canEdit
  deletedAt
  myWatchLevel
  acceptedAnswer {
    id
  }
  firstUnreadPost {
    id
    seq
  }
  notice {
    ...NoticeFields
  }
  link {
    ...LinkFields
  }
}
    fragment LinkFields on Link {
  id
  url
  title
  description
  descriptionHtml
  tags
  version
  deleted
  threadId
  openingPostId
  commentCount
  unreadCount
  viewerCanEdit
  createdAt
  checkStatus
  checkReason
  checkDetail
  movedTo
  checkedAt
  group {
    id
  }
  author {
    id
    name
  }
}
fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}`, {"fragmentName":"ThreadFields"}) as unknown as TypedDocumentString<ThreadFieldsFragment, unknown>;
export const GroupFieldsFragmentDoc = new TypedDocumentString(`
    fragment GroupFields on Group {
  id
  name
  description
  descriptionHtml
  visibility
  joinPolicy
  noticePosting
  myRole
  canModerate
  memberCount
  createdAt
  myJoinRequest {
    id
    createdAt
  }
}
    `, {"fragmentName":"GroupFields"}) as unknown as TypedDocumentString<GroupFieldsFragment, unknown>;
export const MembershipFieldsFragmentDoc = new TypedDocumentString(`
    fragment MembershipFields on Membership {
  role
  joinedAt
  person {
    id
    name
    jobTitle
    organization {
      id
      name
    }
  }
}
    `, {"fragmentName":"MembershipFields"}) as unknown as TypedDocumentString<MembershipFieldsFragment, unknown>;
export const InvitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment InvitationFields on Invitation {
  id
  email
  role
  message
  status
  createdAt
  expiresAt
  invitedBy {
    id
    name
  }
}
    `, {"fragmentName":"InvitationFields"}) as unknown as TypedDocumentString<InvitationFieldsFragment, unknown>;
export const NotificationLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationLineFields on CollapsedNotification {
  count
  latest {
    id
    kind
    actor {
      id
      name
    }
    groupId
    groupName
    threadId
    threadTitle
    postSeq
    createdAt
    readAt
  }
}
    `, {"fragmentName":"NotificationLineFields"}) as unknown as TypedDocumentString<NotificationLineFieldsFragment, unknown>;
export const OrganizationFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganizationFields on Organization {
  id
  name
  kind
  municipality
  region {
    id
    name
  }
  description
  contactEmail
  contactPhone
  website
}
    `, {"fragmentName":"OrganizationFields"}) as unknown as TypedDocumentString<OrganizationFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonFields on Person {
  id
  name
  isAdmin
  email
  jobTitle
  phone
  organization {
    id
    name
    municipality
  }
  sharedGroups {
    id
    name
    myRole
    visibility
  }
}
    `, {"fragmentName":"PersonFields"}) as unknown as TypedDocumentString<PersonFieldsFragment, unknown>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  name
  language
  isAdmin
  createdAt
  jobTitle
  phone
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  name
  language
  isAdmin
  createdAt
  jobTitle
  phone
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const SetupFirstAdminDocument = new TypedDocumentString(`
    mutation SetupFirstAdmin($token: String!, $email: String!, $name: String!, $password: String!) {
  setupFirstAdmin(token: $token, email: $email, name: $name, password: $password) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  name
  language
  isAdmin
  createdAt
  jobTitle
  phone
}`) as unknown as TypedDocumentString<SetupFirstAdminMutation, SetupFirstAdminMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $new: String!) {
  resetPassword(token: $token, new: $new)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($name: String, $language: Language, $jobTitle: String, $phone: String) {
  updateProfile(
    name: $name
    language: $language
    jobTitle: $jobTitle
    phone: $phone
  ) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  name
  language
  isAdmin
  createdAt
  jobTitle
  phone
}`) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($current: String!, $new: String!) {
  changePassword(current: $current, new: $new)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SessionsDocument = new TypedDocumentString(`
    query Sessions {
  sessions {
    id
    createdAt
    lastSeenAt
    userAgent
    ip
    current
  }
}
    `) as unknown as TypedDocumentString<SessionsQuery, SessionsQueryVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const CategoriesDocument = new TypedDocumentString(`
    query Categories($groupId: ID!) {
  categories(groupId: $groupId) {
    ...CategoryFields
  }
}
    fragment CategoryFields on Category {
  id
  name
  description
  position
}`) as unknown as TypedDocumentString<CategoriesQuery, CategoriesQueryVariables>;
export const CreateCategoryDocument = new TypedDocumentString(`
    mutation CreateCategory($groupId: ID!, $input: CategoryInput!) {
  createCategory(groupId: $groupId, input: $input) {
    ...CategoryFields
  }
}
    fragment CategoryFields on Category {
  id
  name
  description
  position
}`) as unknown as TypedDocumentString<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const UpdateCategoryDocument = new TypedDocumentString(`
    mutation UpdateCategory($id: ID!, $input: CategoryInput!) {
  updateCategory(id: $id, input: $input) {
    ...CategoryFields
  }
}
    fragment CategoryFields on Category {
  id
  name
  description
  position
}`) as unknown as TypedDocumentString<UpdateCategoryMutation, UpdateCategoryMutationVariables>;
export const DeleteCategoryDocument = new TypedDocumentString(`
    mutation DeleteCategory($id: ID!) {
  deleteCategory(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteCategoryMutation, DeleteCategoryMutationVariables>;
export const ThreadsDocument = new TypedDocumentString(`
    query Threads($groupId: ID!, $filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {
  threads(
    groupId: $groupId
    filter: $filter
    sort: $sort
    first: $first
    after: $after
  ) {
    nodes {
      ...ThreadListFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ThreadListFields on Thread {
  id
  title
  kind
  category {
    id
    name
  }
  author {
    id
    name
  }
  lastActivityAt
  tags
  replyCount
  unreadCount
  isNew
  answered
  deletedAt
}`) as unknown as TypedDocumentString<ThreadsQuery, ThreadsQueryVariables>;
export const LatestThreadsDocument = new TypedDocumentString(`
    query LatestThreads($groupId: ID!, $first: Int) {
  threads(groupId: $groupId, first: $first) {
    nodes {
      ...ThreadLinkFields
    }
  }
}
    fragment ThreadLinkFields on Thread {
  id
  title
  kind
  lastActivityAt
  unreadCount
  isNew
  group {
    id
    name
  }
}`) as unknown as TypedDocumentString<LatestThreadsQuery, LatestThreadsQueryVariables>;
export const WhatsNewDocument = new TypedDocumentString(`
    query WhatsNew($first: Int) {
  whatsNew {
    unreadThreads(first: $first) {
      nodes {
        ...ThreadLinkFields
      }
    }
    latestThreads(first: $first) {
      nodes {
        ...ThreadLinkFields
      }
    }
    openQuestions(first: $first) {
      nodes {
        ...ThreadLinkFields
      }
    }
    mentions(first: $first) {
      nodes {
        id
        kind
        actor {
          id
          name
        }
        groupId
        groupName
        threadId
        threadTitle
        postSeq
        createdAt
        readAt
      }
    }
  }
}
    fragment ThreadLinkFields on Thread {
  id
  title
  kind
  lastActivityAt
  unreadCount
  isNew
  group {
    id
    name
  }
}`) as unknown as TypedDocumentString<WhatsNewQuery, WhatsNewQueryVariables>;
export const StartThreadDocument = new TypedDocumentString(`
    mutation StartThread($groupId: ID!, $input: StartThreadInput!) {
  startThread(groupId: $groupId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartThreadMutation, StartThreadMutationVariables>;
export const ThreadDocument = new TypedDocumentString(`
    query Thread($id: ID!, $order: PostOrder, $first: Int, $after: String, $before: String, $fromSeq: Int) {
  thread(id: $id) {
    ...ThreadFields
    posts(
      order: $order
      first: $first
      after: $after
      before: $before
      fromSeq: $fromSeq
    ) {
      nodes {
        ...PostFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      hasPreviousPage
      startCursor
    }
  }
}
    fragment PostFields on Post {
  id
  seq
  depth
  parent {
    id
    seq
    author {
      id
      name
    }
    deleted
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  bodyHtml
  isOpeningPost
  isAcceptedAnswer
  version
  createdAt
  editedAt
  deletedAt
  canEdit
  reactions {
    reaction
    emoji
    count
    reactedByMe
    people {
      id
      name
    }
  }
}
fragment ThreadFields on Thread {
  id
  title
  kind
  category {
    id
    name
  }
  author {
    id
    name
  }
  tags
  createdAt
  replyCount
  lastSeq
  unreadCount
  lastReadSeq
  answered
  canEdit
  deletedAt
  myWatchLevel
  acceptedAnswer {
    id
  }
  firstUnreadPost {
    id
    seq
  }
  notice {
    ...NoticeFields
  }
  link {
    ...LinkFields
  }
}
fragment LinkFields on Link {
  id
  url
  title
  description
  descriptionHtml
  tags
  version
  deleted
  threadId
  openingPostId
  commentCount
  unreadCount
  viewerCanEdit
  createdAt
  checkStatus
  checkReason
  checkDetail
  movedTo
  checkedAt
  group {
    id
  }
  author {
    id
    name
  }
}
fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}`) as unknown as TypedDocumentString<ThreadQuery, ThreadQueryVariables>;
export const PostDocument = new TypedDocumentString(`
    query Post($id: ID!) {
  post(id: $id) {
    ...PostFields
  }
}
    fragment PostFields on Post {
  id
  seq
  depth
  parent {
    id
    seq
    author {
      id
      name
    }
    deleted
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  bodyHtml
  isOpeningPost
  isAcceptedAnswer
  version
  createdAt
  editedAt
  deletedAt
  canEdit
  reactions {
    reaction
    emoji
    count
    reactedByMe
    people {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<PostQuery, PostQueryVariables>;
export const PostSourceDocument = new TypedDocumentString(`
    query PostSource($id: ID!) {
  post(id: $id) {
    id
    body
    version
  }
}
    `) as unknown as TypedDocumentString<PostSourceQuery, PostSourceQueryVariables>;
export const ReplyDocument = new TypedDocumentString(`
    mutation Reply($threadId: ID!, $parentPostId: ID, $body: String!) {
  reply(threadId: $threadId, parentPostId: $parentPostId, body: $body) {
    ...PostFields
  }
}
    fragment PostFields on Post {
  id
  seq
  depth
  parent {
    id
    seq
    author {
      id
      name
    }
    deleted
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  bodyHtml
  isOpeningPost
  isAcceptedAnswer
  version
  createdAt
  editedAt
  deletedAt
  canEdit
  reactions {
    reaction
    emoji
    count
    reactedByMe
    people {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ReplyMutation, ReplyMutationVariables>;
export const EditPostDocument = new TypedDocumentString(`
    mutation EditPost($postId: ID!, $body: String!, $version: Int!) {
  editPost(postId: $postId, body: $body, version: $version) {
    ...PostFields
  }
}
    fragment PostFields on Post {
  id
  seq
  depth
  parent {
    id
    seq
    author {
      id
      name
    }
    deleted
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  bodyHtml
  isOpeningPost
  isAcceptedAnswer
  version
  createdAt
  editedAt
  deletedAt
  canEdit
  reactions {
    reaction
    emoji
    count
    reactedByMe
    people {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<EditPostMutation, EditPostMutationVariables>;
export const DeletePostDocument = new TypedDocumentString(`
    mutation DeletePost($postId: ID!) {
  deletePost(postId: $postId) {
    ...PostFields
  }
}
    fragment PostFields on Post {
  id
  seq
  depth
  parent {
    id
    seq
    author {
      id
      name
    }
    deleted
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  bodyHtml
  isOpeningPost
  isAcceptedAnswer
  version
  createdAt
  editedAt
  deletedAt
  canEdit
  reactions {
    reaction
    emoji
    count
    reactedByMe
    people {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<DeletePostMutation, DeletePostMutationVariables>;
export const RestorePostDocument = new TypedDocumentString(`
    mutation RestorePost($postId: ID!) {
  restorePost(postId: $postId) {
    ...PostFields
  }
}
    fragment PostFields on Post {
  id
  seq
  depth
  parent {
    id
    seq
    author {
      id
      name
    }
    deleted
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  bodyHtml
  isOpeningPost
  isAcceptedAnswer
  version
  createdAt
  editedAt
  deletedAt
  canEdit
  reactions {
    reaction
    emoji
    count
    reactedByMe
    people {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RestorePostMutation, RestorePostMutationVariables>;
export const ReactDocument = new TypedDocumentString(`
    mutation React($postId: ID!, $reaction: Reaction!) {
  react(postId: $postId, reaction: $reaction) {
    ...PostFields
  }
}
    fragment PostFields on Post {
  id
  seq
  depth
  parent {
    id
    seq
    author {
      id
      name
    }
    deleted
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  bodyHtml
  isOpeningPost
  isAcceptedAnswer
  version
  createdAt
  editedAt
  deletedAt
  canEdit
  reactions {
    reaction
    emoji
    count
    reactedByMe
    people {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ReactMutation, ReactMutationVariables>;
export const UnreactDocument = new TypedDocumentString(`
    mutation Unreact($postId: ID!, $reaction: Reaction!) {
  unreact(postId: $postId, reaction: $reaction) {
    ...PostFields
  }
}
    fragment PostFields on Post {
  id
  seq
  depth
  parent {
    id
    seq
    author {
      id
      name
    }
    deleted
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  bodyHtml
  isOpeningPost
  isAcceptedAnswer
  version
  createdAt
  editedAt
  deletedAt
  canEdit
  reactions {
    reaction
    emoji
    count
    reactedByMe
    people {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<UnreactMutation, UnreactMutationVariables>;
export const AcceptAnswerDocument = new TypedDocumentString(`
    mutation AcceptAnswer($postId: ID!) {
  acceptAnswer(postId: $postId) {
    ...ThreadFields
  }
}
    fragment ThreadFields on Thread {
  id
  title
  kind
  category {
    id
    name
  }
  author {
    id
    name
  }
  tags
  createdAt
  replyCount
  lastSeq
  unreadCount
  lastReadSeq
  answered
  canEdit
  deletedAt
  myWatchLevel
  acceptedAnswer {
    id
  }
  firstUnreadPost {
    id
    seq
  }
  notice {
    ...NoticeFields
  }
  link {
    ...LinkFields
  }
}
fragment LinkFields on Link {
  id
  url
  title
  description
  descriptionHtml
  tags
  version
  deleted
  threadId
  openingPostId
  commentCount
  unreadCount
  viewerCanEdit
  createdAt
  checkStatus
  checkReason
  checkDetail
  movedTo
  checkedAt
  group {
    id
  }
  author {
    id
    name
  }
}
fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}`) as unknown as TypedDocumentString<AcceptAnswerMutation, AcceptAnswerMutationVariables>;
export const EditThreadDocument = new TypedDocumentString(`
    mutation EditThread($threadId: ID!, $input: EditThreadInput!) {
  editThread(threadId: $threadId, input: $input) {
    ...ThreadFields
  }
}
    fragment ThreadFields on Thread {
  id
  title
  kind
  category {
    id
    name
  }
  author {
    id
    name
  }
  tags
  createdAt
  replyCount
  lastSeq
  unreadCount
  lastReadSeq
  answered
  canEdit
  deletedAt
  myWatchLevel
  acceptedAnswer {
    id
  }
  firstUnreadPost {
    id
    seq
  }
  notice {
    ...NoticeFields
  }
  link {
    ...LinkFields
  }
}
fragment LinkFields on Link {
  id
  url
  title
  description
  descriptionHtml
  tags
  version
  deleted
  threadId
  openingPostId
  commentCount
  unreadCount
  viewerCanEdit
  createdAt
  checkStatus
  checkReason
  checkDetail
  movedTo
  checkedAt
  group {
    id
  }
  author {
    id
    name
  }
}
fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}`) as unknown as TypedDocumentString<EditThreadMutation, EditThreadMutationVariables>;
export const UnacceptAnswerDocument = new TypedDocumentString(`
    mutation UnacceptAnswer($threadId: ID!) {
  unacceptAnswer(threadId: $threadId) {
    ...ThreadFields
  }
}
    fragment ThreadFields on Thread {
  id
  title
  kind
  category {
    id
    name
  }
  author {
    id
    name
  }
  tags
  createdAt
  replyCount
  lastSeq
  unreadCount
  lastReadSeq
  answered
  canEdit
  deletedAt
  myWatchLevel
  acceptedAnswer {
    id
  }
  firstUnreadPost {
    id
    seq
  }
  notice {
    ...NoticeFields
  }
  link {
    ...LinkFields
  }
}
fragment LinkFields on Link {
  id
  url
  title
  description
  descriptionHtml
  tags
  version
  deleted
  threadId
  openingPostId
  commentCount
  unreadCount
  viewerCanEdit
  createdAt
  checkStatus
  checkReason
  checkDetail
  movedTo
  checkedAt
  group {
    id
  }
  author {
    id
    name
  }
}
fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}`) as unknown as TypedDocumentString<UnacceptAnswerMutation, UnacceptAnswerMutationVariables>;
export const MarkPostsSeenDocument = new TypedDocumentString(`
    mutation MarkPostsSeen($threadId: ID!, $seqs: [Int!]!) {
  markPostsSeen(threadId: $threadId, seqs: $seqs) {
    id
    unreadCount
    lastReadSeq
  }
}
    `) as unknown as TypedDocumentString<MarkPostsSeenMutation, MarkPostsSeenMutationVariables>;
export const ThreadEventsDocument = new TypedDocumentString(`
    subscription ThreadEvents($threadId: ID!) {
  threadEvents(threadId: $threadId) {
    type
    threadId
    postId
  }
}
    `) as unknown as TypedDocumentString<ThreadEventsSubscription, ThreadEventsSubscriptionVariables>;
export const PreviewPostDocument = new TypedDocumentString(`
    query PreviewPost($groupId: ID!, $body: String!) {
  previewPost(groupId: $groupId, body: $body)
}
    `) as unknown as TypedDocumentString<PreviewPostQuery, PreviewPostQueryVariables>;
export const MentionCandidatesDocument = new TypedDocumentString(`
    query MentionCandidates($groupId: ID!, $search: String!) {
  mentionCandidates(groupId: $groupId, search: $search) {
    id
    name
    organization {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MentionCandidatesQuery, MentionCandidatesQueryVariables>;
export const DraftDocument = new TypedDocumentString(`
    query Draft($groupId: ID!, $threadId: ID, $parentPostId: ID) {
  draft(groupId: $groupId, threadId: $threadId, parentPostId: $parentPostId) {
    title
    body
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<DraftQuery, DraftQueryVariables>;
export const SaveDraftDocument = new TypedDocumentString(`
    mutation SaveDraft($groupId: ID!, $threadId: ID, $parentPostId: ID, $title: String, $body: String!) {
  saveDraft(
    groupId: $groupId
    threadId: $threadId
    parentPostId: $parentPostId
    title: $title
    body: $body
  ) {
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SaveDraftMutation, SaveDraftMutationVariables>;
export const DiscardDraftDocument = new TypedDocumentString(`
    mutation DiscardDraft($groupId: ID!, $threadId: ID, $parentPostId: ID) {
  discardDraft(
    groupId: $groupId
    threadId: $threadId
    parentPostId: $parentPostId
  )
}
    `) as unknown as TypedDocumentString<DiscardDraftMutation, DiscardDraftMutationVariables>;
export const PostRevisionsDocument = new TypedDocumentString(`
    query PostRevisions($id: ID!) {
  post(id: $id) {
    id
    revisions {
      version
      editor {
        id
        name
      }
      createdAt
      diff {
        change
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PostRevisionsQuery, PostRevisionsQueryVariables>;
export const SetWatchLevelDocument = new TypedDocumentString(`
    mutation SetWatchLevel($threadId: ID!, $level: WatchLevel!) {
  setWatchLevel(threadId: $threadId, level: $level) {
    id
    myWatchLevel
  }
}
    `) as unknown as TypedDocumentString<SetWatchLevelMutation, SetWatchLevelMutationVariables>;
export const MarkAllReadDocument = new TypedDocumentString(`
    mutation MarkAllRead($groupId: ID!) {
  markAllRead(groupId: $groupId)
}
    `) as unknown as TypedDocumentString<MarkAllReadMutation, MarkAllReadMutationVariables>;
export const GroupEventsDocument = new TypedDocumentString(`
    subscription GroupEvents($groupId: ID!) {
  groupEvents(groupId: $groupId) {
    type
    threadId
  }
}
    `) as unknown as TypedDocumentString<GroupEventsSubscription, GroupEventsSubscriptionVariables>;
export const GroupsDocument = new TypedDocumentString(`
    query Groups($first: Int, $after: String) {
  groups(first: $first, after: $after) {
    nodes {
      ...GroupFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment GroupFields on Group {
  id
  name
  description
  descriptionHtml
  visibility
  joinPolicy
  noticePosting
  myRole
  canModerate
  memberCount
  createdAt
  myJoinRequest {
    id
    createdAt
  }
}`) as unknown as TypedDocumentString<GroupsQuery, GroupsQueryVariables>;
export const GroupDocument = new TypedDocumentString(`
    query Group($id: ID!) {
  group(id: $id) {
    ...GroupFields
    openJoinRequestCount
  }
}
    fragment GroupFields on Group {
  id
  name
  description
  descriptionHtml
  visibility
  joinPolicy
  noticePosting
  myRole
  canModerate
  memberCount
  createdAt
  myJoinRequest {
    id
    createdAt
  }
}`) as unknown as TypedDocumentString<GroupQuery, GroupQueryVariables>;
export const CreateGroupDocument = new TypedDocumentString(`
    mutation CreateGroup($input: GroupInput!) {
  createGroup(input: $input) {
    ...GroupFields
  }
}
    fragment GroupFields on Group {
  id
  name
  description
  descriptionHtml
  visibility
  joinPolicy
  noticePosting
  myRole
  canModerate
  memberCount
  createdAt
  myJoinRequest {
    id
    createdAt
  }
}`) as unknown as TypedDocumentString<CreateGroupMutation, CreateGroupMutationVariables>;
export const UpdateGroupDocument = new TypedDocumentString(`
    mutation UpdateGroup($id: ID!, $input: GroupInput!) {
  updateGroup(id: $id, input: $input) {
    ...GroupFields
  }
}
    fragment GroupFields on Group {
  id
  name
  description
  descriptionHtml
  visibility
  joinPolicy
  noticePosting
  myRole
  canModerate
  memberCount
  createdAt
  myJoinRequest {
    id
    createdAt
  }
}`) as unknown as TypedDocumentString<UpdateGroupMutation, UpdateGroupMutationVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($groupId: ID!, $first: Int, $after: String, $search: String, $role: GroupRole, $organizationId: ID) {
  members(
    groupId: $groupId
    first: $first
    after: $after
    search: $search
    role: $role
    organizationId: $organizationId
  ) {
    nodes {
      ...MembershipFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment MembershipFields on Membership {
  role
  joinedAt
  person {
    id
    name
    jobTitle
    organization {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const SetMemberRoleDocument = new TypedDocumentString(`
    mutation SetMemberRole($groupId: ID!, $accountId: ID!, $role: GroupRole!) {
  setMemberRole(groupId: $groupId, accountId: $accountId, role: $role) {
    ...MembershipFields
  }
}
    fragment MembershipFields on Membership {
  role
  joinedAt
  person {
    id
    name
    jobTitle
    organization {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SetMemberRoleMutation, SetMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($groupId: ID!, $accountId: ID!) {
  removeMember(groupId: $groupId, accountId: $accountId)
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const LeaveGroupDocument = new TypedDocumentString(`
    mutation LeaveGroup($groupId: ID!) {
  leaveGroup(groupId: $groupId)
}
    `) as unknown as TypedDocumentString<LeaveGroupMutation, LeaveGroupMutationVariables>;
export const InvitationsDocument = new TypedDocumentString(`
    query Invitations($id: ID!, $first: Int, $after: String) {
  group(id: $id) {
    id
    invitations(first: $first, after: $after) {
      nodes {
        ...InvitationFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  role
  message
  status
  createdAt
  expiresAt
  invitedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const InviteToGroupDocument = new TypedDocumentString(`
    mutation InviteToGroup($groupId: ID!, $emails: [String!]!, $role: GroupRole!, $message: String, $organizationId: ID) {
  inviteToGroup(
    groupId: $groupId
    emails: $emails
    role: $role
    message: $message
    organizationId: $organizationId
  ) {
    ...InvitationFields
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  role
  message
  status
  createdAt
  expiresAt
  invitedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<InviteToGroupMutation, InviteToGroupMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($id: ID!) {
  resendInvitation(id: $id) {
    ...InvitationFields
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  role
  message
  status
  createdAt
  expiresAt
  invitedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  invitation(token: $token) {
    groupName
    inviterName
    email
    accountExists
    organizationName
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!, $name: String, $password: String) {
  acceptInvitation(token: $token, name: $name, password: $password) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const JoinRequestsDocument = new TypedDocumentString(`
    query JoinRequests($id: ID!, $first: Int, $after: String) {
  group(id: $id) {
    id
    joinRequests(first: $first, after: $after) {
      nodes {
        id
        message
        createdAt
        person {
          id
          name
          organization {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JoinRequestsQuery, JoinRequestsQueryVariables>;
export const RequestToJoinDocument = new TypedDocumentString(`
    mutation RequestToJoin($groupId: ID!, $message: String) {
  requestToJoin(groupId: $groupId, message: $message) {
    id
    createdAt
  }
}
    `) as unknown as TypedDocumentString<RequestToJoinMutation, RequestToJoinMutationVariables>;
export const WithdrawJoinRequestDocument = new TypedDocumentString(`
    mutation WithdrawJoinRequest($requestId: ID!) {
  withdrawJoinRequest(requestId: $requestId)
}
    `) as unknown as TypedDocumentString<WithdrawJoinRequestMutation, WithdrawJoinRequestMutationVariables>;
export const DecideJoinRequestDocument = new TypedDocumentString(`
    mutation DecideJoinRequest($requestId: ID!, $approve: Boolean!) {
  decideJoinRequest(requestId: $requestId, approve: $approve) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideJoinRequestMutation, DecideJoinRequestMutationVariables>;
export const LinksDocument = new TypedDocumentString(`
    query Links($groupId: ID!, $filter: LinkFilter, $sort: LinkSort, $first: Int, $after: String) {
  links(
    groupId: $groupId
    filter: $filter
    sort: $sort
    first: $first
    after: $after
  ) {
    nodes {
      ...LinkFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment LinkFields on Link {
  id
  url
  title
  description
  descriptionHtml
  tags
  version
  deleted
  threadId
  openingPostId
  commentCount
  unreadCount
  viewerCanEdit
  createdAt
  checkStatus
  checkReason
  checkDetail
  movedTo
  checkedAt
  group {
    id
  }
  author {
    id
    name
  }
}`) as unknown as TypedDocumentString<LinksQuery, LinksQueryVariables>;
export const LinkChecksDocument = new TypedDocumentString(`
    query LinkChecks($groupId: ID!, $first: Int, $after: String) {
  linkChecks(groupId: $groupId, first: $first, after: $after) {
    nodes {
      ...LinkFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment LinkFields on Link {
  id
  url
  title
  description
  descriptionHtml
  tags
  version
  deleted
  threadId
  openingPostId
  commentCount
  unreadCount
  viewerCanEdit
  createdAt
  checkStatus
  checkReason
  checkDetail
  movedTo
  checkedAt
  group {
    id
  }
  author {
    id
    name
  }
}`) as unknown as TypedDocumentString<LinkChecksQuery, LinkChecksQueryVariables>;
export const LinkDocument = new TypedDocumentString(`
    query Link($id: ID!) {
  link(id: $id) {
    ...LinkFields
  }
}
    fragment LinkFields on Link {
  id
  url
  title
  description
  descriptionHtml
  tags
  version
  deleted
  threadId
  openingPostId
  commentCount
  unreadCount
  viewerCanEdit
  createdAt
  checkStatus
  checkReason
  checkDetail
  movedTo
  checkedAt
  group {
    id
  }
  author {
    id
    name
  }
}`) as unknown as TypedDocumentString<LinkQuery, LinkQueryVariables>;
export const LinkPreviewDocument = new TypedDocumentString(`
    query LinkPreview($groupId: ID!, $url: String!) {
  linkPreview(groupId: $groupId, url: $url) {
    normalisedUrl
    title
    description
    existing {
      ...LinkFields
    }
  }
}
    fragment LinkFields on Link {
  id
  url
  title
  description
  descriptionHtml
  tags
  version
  deleted
  threadId
  openingPostId
  commentCount
  unreadCount
  viewerCanEdit
  createdAt
  checkStatus
  checkReason
  checkDetail
  movedTo
  checkedAt
  group {
    id
  }
  author {
    id
    name
  }
}`) as unknown as TypedDocumentString<LinkPreviewQuery, LinkPreviewQueryVariables>;
export const AddLinkDocument = new TypedDocumentString(`
    mutation AddLink($groupId: ID!, $input: LinkInput!) {
  addLink(groupId: $groupId, input: $input) {
    existing
    link {
      ...LinkFields
    }
  }
}
    fragment LinkFields on Link {
  id
  url
  title
  description
  descriptionHtml
  tags
  version
  deleted
  threadId
  openingPostId
  commentCount
  unreadCount
  viewerCanEdit
  createdAt
  checkStatus
  checkReason
  checkDetail
  movedTo
  checkedAt
  group {
    id
  }
  author {
    id
    name
  }
}`) as unknown as TypedDocumentString<AddLinkMutation, AddLinkMutationVariables>;
export const EditLinkDocument = new TypedDocumentString(`
    mutation EditLink($id: ID!, $version: Int!, $input: LinkInput!) {
  editLink(id: $id, version: $version, input: $input) {
    ...LinkFields
  }
}
    fragment LinkFields on Link {
  id
  url
  title
  description
  descriptionHtml
  tags
  version
  deleted
  threadId
  openingPostId
  commentCount
  unreadCount
  viewerCanEdit
  createdAt
  checkStatus
  checkReason
  checkDetail
  movedTo
  checkedAt
  group {
    id
  }
  author {
    id
    name
  }
}`) as unknown as TypedDocumentString<EditLinkMutation, EditLinkMutationVariables>;
export const CheckLinkDocument = new TypedDocumentString(`
    mutation CheckLink($id: ID!) {
  checkLink(id: $id) {
    ...LinkFields
  }
}
    fragment LinkFields on Link {
  id
  url
  title
  description
  descriptionHtml
  tags
  version
  deleted
  threadId
  openingPostId
  commentCount
  unreadCount
  viewerCanEdit
  createdAt
  checkStatus
  checkReason
  checkDetail
  movedTo
  checkedAt
  group {
    id
  }
  author {
    id
    name
  }
}`) as unknown as TypedDocumentString<CheckLinkMutation, CheckLinkMutationVariables>;
export const ApplyMovedUrlDocument = new TypedDocumentString(`
    mutation ApplyMovedUrl($id: ID!) {
  applyMovedUrl(id: $id) {
    ...LinkFields
  }
}
    fragment LinkFields on Link {
  id
  url
  title
  description
  descriptionHtml
  tags
  version
  deleted
  threadId
  openingPostId
  commentCount
  unreadCount
  viewerCanEdit
  createdAt
  checkStatus
  checkReason
  checkDetail
  movedTo
  checkedAt
  group {
    id
  }
  author {
    id
    name
  }
}`) as unknown as TypedDocumentString<ApplyMovedUrlMutation, ApplyMovedUrlMutationVariables>;
export const NoticesDocument = new TypedDocumentString(`
    query Notices($groupId: ID!, $list: NoticeList, $first: Int, $after: String) {
  notices(groupId: $groupId, list: $list, first: $first, after: $after) {
    nodes {
      ...NoticeFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}`) as unknown as TypedDocumentString<NoticesQuery, NoticesQueryVariables>;
export const PinboardDocument = new TypedDocumentString(`
    query Pinboard($first: Int, $after: String) {
  pinboard(first: $first, after: $after) {
    nodes {
      ...NoticeFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}`) as unknown as TypedDocumentString<PinboardQuery, PinboardQueryVariables>;
export const NoticeDocument = new TypedDocumentString(`
    query Notice($id: ID!) {
  notice(id: $id) {
    ...NoticeFields
    thread {
      id
      openingPost {
        id
        body
      }
    }
  }
}
    fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}`) as unknown as TypedDocumentString<NoticeQuery, NoticeQueryVariables>;
export const PostNoticeDocument = new TypedDocumentString(`
    mutation PostNotice($groupId: ID!, $input: NoticeInput!) {
  postNotice(groupId: $groupId, input: $input) {
    ...NoticeFields
  }
}
    fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}`) as unknown as TypedDocumentString<PostNoticeMutation, PostNoticeMutationVariables>;
export const EditNoticeDocument = new TypedDocumentString(`
    mutation EditNotice($id: ID!, $version: Int!, $input: NoticeInput!) {
  editNotice(id: $id, version: $version, input: $input) {
    ...NoticeFields
  }
}
    fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}`) as unknown as TypedDocumentString<EditNoticeMutation, EditNoticeMutationVariables>;
export const PinNoticeDocument = new TypedDocumentString(`
    mutation PinNotice($id: ID!, $pinned: Boolean!) {
  pinNotice(id: $id, pinned: $pinned) {
    ...NoticeFields
  }
}
    fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}`) as unknown as TypedDocumentString<PinNoticeMutation, PinNoticeMutationVariables>;
export const MoveNoticeDocument = new TypedDocumentString(`
    mutation MoveNotice($id: ID!, $to: PinMove!) {
  moveNotice(id: $id, to: $to) {
    ...NoticeFields
  }
}
    fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}`) as unknown as TypedDocumentString<MoveNoticeMutation, MoveNoticeMutationVariables>;
export const RequestAcknowledgementDocument = new TypedDocumentString(`
    mutation RequestAcknowledgement($noticeId: ID!, $mode: AcknowledgementMode!, $deadline: DateTime!) {
  requestAcknowledgement(noticeId: $noticeId, mode: $mode, deadline: $deadline) {
    ...NoticeFields
  }
}
    fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}`) as unknown as TypedDocumentString<RequestAcknowledgementMutation, RequestAcknowledgementMutationVariables>;
export const AcknowledgeNoticeDocument = new TypedDocumentString(`
    mutation AcknowledgeNotice($id: ID!) {
  acknowledgeNotice(id: $id) {
    ...NoticeFields
  }
}
    fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}`) as unknown as TypedDocumentString<AcknowledgeNoticeMutation, AcknowledgeNoticeMutationVariables>;
export const CloseAcknowledgementRequestDocument = new TypedDocumentString(`
    mutation CloseAcknowledgementRequest($id: ID!) {
  closeAcknowledgementRequest(id: $id) {
    ...NoticeFields
  }
}
    fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}`) as unknown as TypedDocumentString<CloseAcknowledgementRequestMutation, CloseAcknowledgementRequestMutationVariables>;
export const RemindMissingAcknowledgementsDocument = new TypedDocumentString(`
    mutation RemindMissingAcknowledgements($id: ID!) {
  remindMissingAcknowledgements(id: $id)
}
    `) as unknown as TypedDocumentString<RemindMissingAcknowledgementsMutation, RemindMissingAcknowledgementsMutationVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage($noticeId: ID!) {
  notice(id: $noticeId) {
    ...NoticeFields
    acknowledgementRequest {
      id
      requestedAt
      lastRemindedAt
      requestedBy {
        id
        name
      }
      coverage {
        covered
        total
        frozen
        units {
          name
          isOffice
          officeName
          coveredAt
          acknowledgements {
            name
            acknowledgedAt
            stillMember
          }
        }
        history {
          at
          covered
        }
      }
    }
  }
}
    fragment NoticeFields on Notice {
  id
  title
  bodyHtml
  important
  expiresAt
  expired
  deleted
  pinned
  version
  threadId
  openingPostId
  commentCount
  isNew
  unreadCount
  viewerCanEdit
  createdAt
  editedAt
  group {
    id
    name
    myRole
  }
  author {
    id
    name
    organization {
      id
      name
    }
  }
  acknowledgementRequest {
    id
    mode
    deadline
    open
    closedAt
    myAcknowledgedAt
    myOfficeAcknowledgedAt
  }
}`) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const CollapsedNotificationsDocument = new TypedDocumentString(`
    query CollapsedNotifications($first: Int, $after: String) {
  collapsedNotifications(first: $first, after: $after) {
    nodes {
      ...NotificationLineFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment NotificationLineFields on CollapsedNotification {
  count
  latest {
    id
    kind
    actor {
      id
      name
    }
    groupId
    groupName
    threadId
    threadTitle
    postSeq
    createdAt
    readAt
  }
}`) as unknown as TypedDocumentString<CollapsedNotificationsQuery, CollapsedNotificationsQueryVariables>;
export const MarkThreadNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkThreadNotificationsRead($threadId: ID!, $upToSeq: Int!) {
  markThreadNotificationsRead(threadId: $threadId, upToSeq: $upToSeq)
}
    `) as unknown as TypedDocumentString<MarkThreadNotificationsReadMutation, MarkThreadNotificationsReadMutationVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead
}
    `) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const ViewerEventsDocument = new TypedDocumentString(`
    subscription ViewerEvents {
  viewerEvents {
    type
  }
}
    `) as unknown as TypedDocumentString<ViewerEventsSubscription, ViewerEventsSubscriptionVariables>;
export const RegionsDocument = new TypedDocumentString(`
    query Regions {
  regions {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RegionsQuery, RegionsQueryVariables>;
export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations($first: Int, $after: String, $search: String, $regionId: ID) {
  organizations(
    first: $first
    after: $after
    search: $search
    regionId: $regionId
  ) {
    nodes {
      id
      name
      kind
      municipality
      region {
        id
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationDocument = new TypedDocumentString(`
    query Organization($id: ID!) {
  organization(id: $id) {
    ...OrganizationFields
  }
}
    fragment OrganizationFields on Organization {
  id
  name
  kind
  municipality
  region {
    id
    name
  }
  description
  contactEmail
  contactPhone
  website
}`) as unknown as TypedDocumentString<OrganizationQuery, OrganizationQueryVariables>;
export const OrganizationMembersDocument = new TypedDocumentString(`
    query OrganizationMembers($id: ID!, $first: Int, $after: String) {
  organization(id: $id) {
    id
    members(first: $first, after: $after) {
      nodes {
        id
        name
        isAdmin
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationMembersQuery, OrganizationMembersQueryVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($input: OrganizationInput!) {
  createOrganization(input: $input) {
    ...OrganizationFields
  }
}
    fragment OrganizationFields on Organization {
  id
  name
  kind
  municipality
  region {
    id
    name
  }
  description
  contactEmail
  contactPhone
  website
}`) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {
  updateOrganization(id: $id, input: $input) {
    ...OrganizationFields
  }
}
    fragment OrganizationFields on Organization {
  id
  name
  kind
  municipality
  region {
    id
    name
  }
  description
  contactEmail
  contactPhone
  website
}`) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const PeopleDocument = new TypedDocumentString(`
    query People($first: Int, $after: String, $search: String, $organizationId: ID) {
  people(
    first: $first
    after: $after
    search: $search
    organizationId: $organizationId
  ) {
    nodes {
      id
      name
      isAdmin
      organization {
        id
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const PersonDocument = new TypedDocumentString(`
    query Person($id: ID!) {
  person(id: $id) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  name
  isAdmin
  email
  jobTitle
  phone
  organization {
    id
    name
    municipality
  }
  sharedGroups {
    id
    name
    myRole
    visibility
  }
}`) as unknown as TypedDocumentString<PersonQuery, PersonQueryVariables>;
export const SetAccountOrganizationDocument = new TypedDocumentString(`
    mutation SetAccountOrganization($accountId: ID!, $organizationId: ID) {
  setAccountOrganization(accountId: $accountId, organizationId: $organizationId) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  name
  isAdmin
  email
  jobTitle
  phone
  organization {
    id
    name
    municipality
  }
  sharedGroups {
    id
    name
    myRole
    visibility
  }
}`) as unknown as TypedDocumentString<SetAccountOrganizationMutation, SetAccountOrganizationMutationVariables>;
export const HandOverDocument = new TypedDocumentString(`
    mutation HandOver($fromAccountId: ID!, $toAccountId: ID!) {
  handOver(fromAccountId: $fromAccountId, toAccountId: $toAccountId)
}
    `) as unknown as TypedDocumentString<HandOverMutation, HandOverMutationVariables>;