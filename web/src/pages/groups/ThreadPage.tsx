import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useLocation, useParams } from "react-router";
import { request } from "../../api/client";
import {
  AcceptAnswerMutation,
  DeletePostMutation,
  EditPostMutation,
  MarkThreadReadMutation,
  PostQuery,
  ReactMutation,
  ReplyMutation,
  RestorePostMutation,
  ThreadEventsSubscription,
  ThreadQuery,
  UnreactMutation,
} from "../../api/discussions";
import { asApiError, describeError, isMalformedId } from "../../api/errors";
import { subscribe } from "../../api/live";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { BackLink } from "../../components/BackLink";
import { LoadMore } from "../../components/ListStatus";
import { RichText } from "../../components/RichText";
import { LoadError, Loading } from "../../components/Status";
import type {
  PostFieldsFragment,
  PostOrder,
  Reaction,
  ThreadFieldsFragment,
} from "../../gql/graphql";
import { useI18n, useT } from "../../i18n";
import { useSession, type Viewer } from "../../session";
import { NotFoundPage } from "../NotFoundPage";
import { useGroup } from "./GroupLayout";

/** Posts per page of a thread. */
const POSTS_PAGE = 50;
/** Replies deeper than this are shown at this depth, with a link to the post they answer. */
const MAX_INDENT = 4;
const REACTIONS: { reaction: Reaction; emoji: string }[] = [
  { reaction: "THUMBS_UP", emoji: "👍" },
  { reaction: "HEART", emoji: "❤️" },
  { reaction: "TADA", emoji: "🎉" },
  { reaction: "THINKING", emoji: "🤔" },
  { reaction: "CHECK", emoji: "✅" },
  { reaction: "EYES", emoji: "👀" },
];

type Loaded =
  | { status: "loading" }
  | { status: "error"; error: unknown }
  | {
      status: "ready";
      thread: ThreadFieldsFragment;
      posts: PostFieldsFragment[];
      hasMore: boolean;
      endCursor: string | null;
    };

/** Puts a post into the list: replaces it when present, else after its parent's replies. */
function placePost(
  posts: PostFieldsFragment[],
  post: PostFieldsFragment,
  order: PostOrder,
): PostFieldsFragment[] {
  const at = posts.findIndex((p) => p.id === post.id);
  if (at >= 0) return posts.map((p) => (p.id === post.id ? post : p));
  if (order === "CHRONOLOGICAL" || !post.parent) return [...posts, post];
  const parentAt = posts.findIndex((p) => p.id === post.parent?.id);
  if (parentAt < 0) return [...posts, post];
  let end = parentAt + 1;
  while (end < posts.length && (posts[end]?.depth ?? 0) > (posts[parentAt]?.depth ?? 0)) end += 1;
  return [...posts.slice(0, end), post, ...posts.slice(end)];
}

/**
 * `/groups/:id/threads/:threadId`: the opening post and its replies, threaded or in
 * order of writing; reply, react, edit, delete and restore, accept an answer. New and
 * changed posts arrive live and are announced politely.
 */
export function ThreadPage() {
  const { t, formatDateTime } = useI18n();
  const { group } = useGroup();
  const { threadId = "" } = useParams();
  const viewer = useSession().viewer as Viewer;
  const announce = useAnnounce();
  const [order, setOrder] = useState<PostOrder>("THREADED");
  const location = useLocation();
  // A link to one post (`#post-<seq>`, e.g. from a notification) opens the thread there.
  const [fromSeq, setFromSeq] = useState<number | null>(() => {
    const seq = /^#post-(\d+)$/.exec(location.hash)?.[1];
    return seq ? Number(seq) : null;
  });
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const orderRef = useRef(order);
  orderRef.current = order;
  // The ids of the posts on the page, to tell a new post from a changed one.
  const shownIds = useRef(new Set<string>());
  shownIds.current = new Set(loaded.status === "ready" ? loaded.posts.map((p) => p.id) : []);
  const orderId = useId();

  useEffect(() => {
    let cancelled = false;
    setLoaded({ status: "loading" });
    request(ThreadQuery, { id: threadId, order, first: POSTS_PAGE, fromSeq })
      .then((data) => {
        if (cancelled) return;
        if (!data.thread) {
          setLoaded({ status: "error", error: asApiError(new Error("not found")) });
          return;
        }
        const { posts, ...thread } = data.thread;
        setLoaded({
          status: "ready",
          thread,
          posts: posts.nodes,
          hasMore: posts.pageInfo.hasNextPage,
          endCursor: posts.pageInfo.endCursor ?? null,
        });
        if (fromSeq != null) {
          window.setTimeout(() => document.getElementById(`post-${fromSeq}`)?.focus(), 0);
        }
        void request(MarkThreadReadMutation, { threadId }).catch(() => undefined);
      })
      .catch((error: unknown) => !cancelled && setLoaded({ status: "error", error }));
    return () => {
      cancelled = true;
    };
  }, [threadId, order, fromSeq, attempt]);

  const updatePost = useCallback((post: PostFieldsFragment) => {
    setLoaded((s) =>
      s.status === "ready" ? { ...s, posts: placePost(s.posts, post, orderRef.current) } : s,
    );
  }, []);

  const refreshThread = useCallback(() => {
    request(ThreadQuery, { id: threadId, first: 1 })
      .then((data) => {
        const fresh = data.thread;
        if (!fresh) return;
        const { posts: _, ...thread } = fresh;
        setLoaded((s) => (s.status === "ready" ? { ...s, thread } : s));
      })
      .catch(() => undefined);
  }, [threadId]);

  // Live: load the post an event names and put it in place.
  useEffect(() => {
    return subscribe(ThreadEventsSubscription, { threadId }, (data) => {
      const event = data.threadEvents;
      if (event.type === "THREAD_UPDATED" || !event.postId) {
        refreshThread();
        return;
      }
      request(PostQuery, { id: event.postId })
        .then((answer) => {
          const post = answer.post;
          if (!post) return;
          const added = !shownIds.current.has(post.id);
          updatePost(post);
          if (event.type === "POST_CREATED" && added && post.author?.id !== viewer.id) {
            announce(t.thread.newPost(post.author?.name ?? t.discussions.unknownAuthor));
            void request(MarkThreadReadMutation, { threadId }).catch(() => undefined);
          }
          if (event.type === "POST_CREATED") refreshThread();
        })
        .catch(() => undefined);
    });
  }, [threadId, viewer.id, announce, t, refreshThread, updatePost]);

  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") {
    const error = asApiError(loaded.error);
    if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN" || isMalformedId(error)) {
      return <NotFoundPage />;
    }
    return <LoadError error={error} onRetry={() => setAttempt((n) => n + 1)} />;
  }
  const { thread, posts } = loaded;
  const canWrite = group.myRole === "MEMBER" || group.myRole === "MODERATOR" || group.canModerate;
  const canAccept =
    thread.kind === "QUESTION" && (thread.author?.id === viewer.id || group.canModerate);

  const loadMore = async () => {
    if (loadingMore || !loaded.hasMore) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const data = await request(ThreadQuery, {
        id: threadId,
        order,
        first: POSTS_PAGE,
        after: loaded.endCursor,
      });
      const page = data.thread?.posts;
      if (page) {
        setLoaded((s) =>
          s.status === "ready"
            ? {
                ...s,
                posts: page.nodes.reduce((list, p) => placePost(list, p, order), s.posts),
                hasMore: page.pageInfo.hasNextPage,
                endCursor: page.pageInfo.endCursor ?? null,
              }
            : s,
        );
      }
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  const onAccepted = (fresh: ThreadFieldsFragment) => {
    setLoaded((s) =>
      s.status === "ready"
        ? {
            ...s,
            thread: fresh,
            posts: s.posts.map((p) => ({ ...p, isAcceptedAnswer: false })),
          }
        : s,
    );
  };

  return (
    <article className="thread" aria-labelledby="thread-title">
      <BackLink to={`/groups/${group.id}/threads`}>{t.discussions.back}</BackLink>
      <h2 id="thread-title" className="section__title">
        {thread.title}
      </h2>
      <p className="thread-item__badges">
        <span className="badge badge--neutral">
          {thread.kind === "QUESTION" ? t.discussions.question : t.discussions.kindDiscussion}
        </span>
        {thread.category && <span className="badge badge--neutral">{thread.category.name}</span>}
        {thread.answered && <span className="badge badge--success">{t.discussions.answered}</span>}
      </p>
      <div className="thread__tools">
        <div className="field">
          <label className="field__label" htmlFor={orderId}>
            {t.thread.order}
          </label>
          <select
            id={orderId}
            className="field__input field__select"
            value={order}
            onChange={(event) => {
              setFromSeq(null);
              setOrder(event.target.value as PostOrder);
            }}
          >
            <option value="THREADED">{t.thread.threaded}</option>
            <option value="CHRONOLOGICAL">{t.thread.chronological}</option>
          </select>
        </div>
        {thread.firstUnreadPost && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const seq = thread.firstUnreadPost?.seq ?? null;
              const shown = seq != null ? document.getElementById(`post-${seq}`) : null;
              if (shown) shown.focus();
              else setFromSeq(seq);
            }}
          >
            {t.thread.jumpToUnread}
          </button>
        )}
      </div>
      <h3 className="visually-hidden">{t.thread.posts}</h3>
      <ol className="post-list">
        {posts.map((post) => (
          <PostItem
            key={post.id}
            post={post}
            order={order}
            canWrite={canWrite}
            canModerate={group.canModerate}
            canAccept={canAccept && !post.isOpeningPost && !post.deletedAt}
            threadId={threadId}
            onChanged={updatePost}
            onAccepted={onAccepted}
            formatDateTime={formatDateTime}
          />
        ))}
      </ol>
      <LoadMore
        hasMore={loaded.hasMore}
        loading={loadingMore}
        error={moreError}
        onLoadMore={() => void loadMore()}
        label={t.thread.loadMore}
      />
      {canWrite && (
        <section className="card thread__reply" aria-labelledby="thread-reply-heading">
          <h3 id="thread-reply-heading" className="section__title">
            {t.thread.bottomReply}
          </h3>
          <Composer
            label={t.thread.replyLabel}
            initial=""
            submitLabel={t.thread.send}
            busyLabel={t.thread.sending}
            onSubmit={async (body) => {
              const data = await request(ReplyMutation, { threadId, body });
              updatePost(data.reply);
              announce(t.thread.sent);
            }}
          />
        </section>
      )}
    </article>
  );
}

/** A textarea with a submit button; Ctrl+Enter (⌘+Enter) submits too. */
function Composer({
  label,
  initial,
  submitLabel,
  busyLabel,
  onSubmit,
  onCancel,
  autoFocus,
}: {
  label: string;
  initial: string;
  submitLabel: string;
  busyLabel: string;
  /** Sends the text; throws to show an error. */
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const t = useT();
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);

  const send = async () => {
    if (busy) return;
    if (!body.trim()) {
      setError(t.thread.bodyRequired);
      ref.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body);
      setBody("");
    } catch (e) {
      setError(e instanceof ComposerError ? e.message : describeError(e, t));
      ref.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <form
      className="composer"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <div className={`field${error ? " field--invalid" : ""}`}>
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {t.thread.replyHint}
        </p>
        {error && (
          <p className="field__error" id={`${id}-error`}>
            <span aria-hidden="true">! </span>
            {error}
          </p>
        )}
        <textarea
          ref={ref}
          id={id}
          className="field__input field__textarea"
          rows={5}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <div className="composer__actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy && <span className="spinner spinner--small" aria-hidden="true" />}
          {busy ? busyLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t.thread.cancel}
          </button>
        )}
      </div>
    </form>
  );
}

/** An error whose message the composer shows as it is. */
class ComposerError extends Error {}

function PostItem({
  post,
  order,
  canWrite,
  canModerate,
  canAccept,
  threadId,
  onChanged,
  onAccepted,
  formatDateTime,
}: {
  post: PostFieldsFragment;
  order: PostOrder;
  canWrite: boolean;
  canModerate: boolean;
  canAccept: boolean;
  threadId: string;
  onChanged: (post: PostFieldsFragment) => void;
  onAccepted: (thread: ThreadFieldsFragment) => void;
  formatDateTime: (iso: string) => string;
}) {
  const t = useT();
  const announce = useAnnounce();
  const [mode, setMode] = useState<"view" | "reply" | "edit">("view");
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLElement>(null);
  const author = post.author?.name ?? t.discussions.unknownAuthor;
  const indent = order === "THREADED" ? Math.min(post.depth, MAX_INDENT) : 0;
  const showParent =
    post.parent != null &&
    !post.isOpeningPost &&
    (order === "CHRONOLOGICAL" ? post.parent.seq !== 1 : post.depth > MAX_INDENT);

  const act = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(describeError(e, t));
    }
  };

  const toggleReaction = (reaction: Reaction, mine: boolean) =>
    act(async () => {
      const data = mine
        ? (await request(UnreactMutation, { postId: post.id, reaction })).unreact
        : (await request(ReactMutation, { postId: post.id, reaction })).react;
      onChanged(data);
    });

  return (
    <li className={`post-list__item post-list__item--depth-${indent}`}>
      <article
        id={`post-${post.seq}`}
        ref={ref}
        tabIndex={-1}
        className={`post card${post.isAcceptedAnswer ? " post--accepted" : ""}`}
        aria-label={post.isOpeningPost ? t.thread.openingPost : t.thread.postBy(author, post.seq)}
      >
        <header className="post__header">
          <span className="post__author">{author}</span>
          <time dateTime={post.createdAt}>{formatDateTime(post.createdAt)}</time>
          {post.editedAt && <span className="post__edited">({t.thread.edited})</span>}
          {post.isAcceptedAnswer && (
            <span className="badge badge--success">{t.thread.acceptedAnswer}</span>
          )}
        </header>
        {showParent && post.parent && (
          <p className="post__parent">
            <a href={`#post-${post.parent.seq}`}>
              {t.thread.replyTo(post.parent.author?.name ?? t.discussions.unknownAuthor)}
            </a>
          </p>
        )}
        {post.deletedAt ? (
          <p className="post__deleted">{t.thread.deleted}</p>
        ) : mode === "edit" ? (
          <Composer
            label={t.thread.editLabel}
            initial={post.body ?? ""}
            submitLabel={t.thread.save}
            busyLabel={t.thread.saving}
            autoFocus
            onCancel={() => setMode("view")}
            onSubmit={async (body) => {
              try {
                const data = await request(EditPostMutation, {
                  postId: post.id,
                  body,
                  version: post.version,
                });
                onChanged(data.editPost);
                setMode("view");
                announce(t.thread.saved);
              } catch (e) {
                if (asApiError(e).code !== "CONFLICT") throw e;
                const fresh = await request(PostQuery, { id: post.id });
                if (fresh.post) onChanged(fresh.post);
                throw new ComposerError(t.thread.conflict);
              }
            }}
          />
        ) : (
          post.bodyHtml && <RichText html={post.bodyHtml} />
        )}
        {error && <Alert kind="error">{error}</Alert>}
        {!post.deletedAt && (
          <div className="post__reactions" role="group" aria-label={t.thread.reactions}>
            {REACTIONS.map(({ reaction, emoji }) => {
              const current = post.reactions.find((r) => r.reaction === reaction);
              const count = current?.count ?? 0;
              const mine = current?.reactedByMe ?? false;
              if (!canWrite && count === 0) return null;
              return (
                <button
                  key={reaction}
                  type="button"
                  className="reaction"
                  aria-pressed={mine}
                  disabled={!canWrite}
                  onClick={() => void toggleReaction(reaction, mine)}
                >
                  {t.thread.reactionLabel(emoji, count)}
                </button>
              );
            })}
          </div>
        )}
        <div className="post__actions">
          {canWrite && !post.deletedAt && mode === "view" && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setMode("reply")}
            >
              {t.thread.reply}
            </button>
          )}
          {post.canEdit && !post.deletedAt && mode === "view" && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setMode("edit")}
            >
              {t.thread.edit}
            </button>
          )}
          {canAccept && !post.isAcceptedAnswer && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() =>
                void act(async () => {
                  const data = await request(AcceptAnswerMutation, { postId: post.id });
                  onAccepted(data.acceptAnswer);
                  onChanged({ ...post, isAcceptedAnswer: true });
                  announce(t.thread.accepted);
                })
              }
            >
              {t.thread.accept}
            </button>
          )}
          {(post.canEdit || canModerate) && !post.deletedAt && !post.isOpeningPost && (
            <button
              type="button"
              className="button button--danger button--small"
              onClick={() =>
                void act(async () => {
                  const data = await request(DeletePostMutation, { postId: post.id });
                  onChanged(data.deletePost);
                  announce(t.thread.deletedDone);
                })
              }
            >
              {t.thread.delete}
            </button>
          )}
          {canModerate && post.deletedAt && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() =>
                void act(async () => {
                  const data = await request(RestorePostMutation, { postId: post.id });
                  onChanged(data.restorePost);
                  announce(t.thread.restored);
                })
              }
            >
              {t.thread.restore}
            </button>
          )}
        </div>
        {mode === "reply" && (
          <Composer
            label={t.thread.replyTo(author)}
            initial=""
            submitLabel={t.thread.send}
            busyLabel={t.thread.sending}
            autoFocus
            onCancel={() => setMode("view")}
            onSubmit={async (body) => {
              const data = await request(ReplyMutation, {
                threadId,
                parentPostId: post.isOpeningPost ? null : post.id,
                body,
              });
              onChanged(data.reply);
              setMode("view");
              announce(t.thread.sent);
            }}
          />
        )}
      </article>
    </li>
  );
}
