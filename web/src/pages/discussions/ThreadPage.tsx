import { useCallback, useEffect, useRef, useState } from "react";
import { useLocation, useNavigate, useParams } from "react-router";
import { request } from "../../api/client";
import {
  MarkThreadReadMutation,
  PostQuery,
  ReplyMutation,
  SetWatchLevelMutation,
  ThreadEventsSubscription,
  ThreadQuery,
  ThreadsQuery,
} from "../../api/discussions";
import { asApiError, describeError, isMalformedId } from "../../api/errors";
import { subscribe } from "../../api/live";
import { invalidate } from "../../api/query";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { BackLink } from "../../components/BackLink";
import { SelectField } from "../../components/Field";
import { LoadMore } from "../../components/ListStatus";
import type { MarkdownFieldHandle } from "../../components/MarkdownField";
import { LoadError, Loading } from "../../components/Status";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import type {
  PostFieldsFragment,
  PostOrder,
  ThreadFieldsFragment,
  WatchLevel,
} from "../../gql/graphql";
import { useT } from "../../i18n";
import { useSession, type Viewer } from "../../session";
import { useGroup } from "../groups/GroupLayout";
import { NotFoundPage } from "../NotFoundPage";
import { Composer } from "./Composer";
import { PostItem } from "./PostItem";
import { TagList } from "./TagList";
import { ThreadEditForm } from "./ThreadEditForm";

/** Posts per page of a thread. */
const POSTS_PAGE = 50;

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

type Ready = Extract<Loaded, { status: "ready" }>;

/** The page with a fresh thread; the accepted answer marked as the thread says. */
function withThread(page: Ready, thread: ThreadFieldsFragment): Ready {
  return {
    ...page,
    thread,
    posts: page.posts.map((p) => {
      const accepted = p.id === thread.acceptedAnswer?.id;
      return p.isAcceptedAnswer === accepted ? p : { ...p, isAcceptedAnswer: accepted };
    }),
  };
}

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
  const t = useT();
  const { group } = useGroup();
  const groupId = group.id;
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
  const navigate = useNavigate();
  const [editingThread, setEditingThread] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [watchError, setWatchError] = useState<string | null>(null);
  const bottomComposer = useRef<MarkdownFieldHandle>(null);
  // The post to focus once the page shows it (a link to `#post-<seq>`).
  const focusSeq = useRef<number | null>(null);

  useEffect(() => {
    if (loaded.status !== "ready" || focusSeq.current == null) return;
    const target = document.getElementById(`post-${focusSeq.current}`);
    focusSeq.current = null;
    target?.focus();
    target?.scrollIntoView({ block: "start" });
  }, [loaded]);

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
        focusSeq.current = fromSeq;
        void request(MarkThreadReadMutation, { threadId })
          // The thread lists show it read.
          .then(() => invalidate(ThreadsQuery, { groupId }))
          .catch(() => undefined);
      })
      .catch((error: unknown) => !cancelled && setLoaded({ status: "error", error }));
    return () => {
      cancelled = true;
    };
  }, [threadId, groupId, order, fromSeq, attempt]);

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
        setLoaded((s) => (s.status === "ready" ? withThread(s, thread) : s));
      })
      .catch(() => undefined);
  }, [threadId]);

  // Live: load the post an event names and put it in place; the thread lists of the
  // group load again.
  useEffect(() => {
    return subscribe(ThreadEventsSubscription, { threadId }, (data) => {
      invalidate(ThreadsQuery, { groupId });
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
  }, [threadId, groupId, viewer.id, announce, t, refreshThread, updatePost]);

  useDocumentTitle(loaded.status === "ready" ? [loaded.thread.title, group.name] : null);

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

  const setWatchLevel = async (level: WatchLevel) => {
    setWatchError(null);
    try {
      const data = await request(SetWatchLevelMutation, { threadId, level });
      setLoaded((s) =>
        s.status === "ready"
          ? { ...s, thread: { ...s.thread, myWatchLevel: data.setWatchLevel.myWatchLevel } }
          : s,
      );
      announce(t.thread.watchSaved);
    } catch (error) {
      setWatchError(describeError(error, t));
    }
  };

  const onPostChanged = (post: PostFieldsFragment) => {
    updatePost(post);
    if (!post.isOpeningPost) return;
    // The opening post stands for the thread: deleting it deletes the thread.
    if (post.deletedAt && !group.canModerate) {
      announce(t.thread.threadDeleted);
      navigate(`/groups/${group.id}/threads`);
    } else {
      refreshThread();
    }
  };

  const onAccepted = (fresh: ThreadFieldsFragment) => {
    setLoaded((s) => (s.status === "ready" ? withThread(s, fresh) : s));
  };

  return (
    <article className="thread" aria-labelledby="thread-title">
      <BackLink to={`/groups/${group.id}/threads`}>{t.discussions.back}</BackLink>
      <h2 id="thread-title" ref={titleRef} tabIndex={-1} className="section__title">
        {editingThread ? t.thread.editThread : thread.title}
      </h2>
      {editingThread ? (
        <ThreadEditForm
          thread={thread}
          groupId={group.id}
          labelledBy="thread-title"
          onCancel={() => {
            setEditingThread(false);
            titleRef.current?.focus();
          }}
          onSaved={(fresh) => {
            setLoaded((s) => (s.status === "ready" ? { ...s, thread: fresh } : s));
            setEditingThread(false);
            announce(t.thread.threadSaved);
            window.setTimeout(() => titleRef.current?.focus(), 0);
          }}
        />
      ) : (
        <>
          <p className="thread-item__badges">
            <span className="badge badge--neutral">
              {thread.kind === "QUESTION" ? t.discussions.question : t.discussions.kindDiscussion}
            </span>
            {thread.category && (
              <span className="badge badge--neutral">{thread.category.name}</span>
            )}
            {thread.kind === "QUESTION" ? (
              thread.answered && (
                <span className="badge badge--success">{t.discussions.answered}</span>
              )
            ) : (
              <span className="badge badge--neutral">
                {t.discussions.replyCount(thread.replyCount)}
              </span>
            )}
          </p>
          {thread.tags.length > 0 && (
            <TagList
              tags={thread.tags}
              linkTo={(tag) => `/groups/${group.id}/threads?tag=${encodeURIComponent(tag)}`}
            />
          )}
          {thread.canEdit && !thread.deletedAt && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setEditingThread(true)}
            >
              {t.thread.editThread}
            </button>
          )}
        </>
      )}
      {thread.deletedAt && <Alert kind="info">{t.discussions.deletedThread}</Alert>}
      <div className="thread__tools">
        <SelectField<PostOrder>
          label={t.thread.order}
          name="order"
          value={order}
          onChange={(next) => {
            setFromSeq(null);
            setOrder(next);
          }}
          options={[
            { value: "THREADED", label: t.thread.threaded },
            { value: "CHRONOLOGICAL", label: t.thread.chronological },
          ]}
        />
        <SelectField<WatchLevel>
          label={t.thread.watchLevel}
          name="watchLevel"
          value={thread.myWatchLevel}
          onChange={(level) => void setWatchLevel(level)}
          options={[
            { value: "WATCHING", label: t.thread.watching },
            { value: "NORMAL", label: t.thread.normal },
            { value: "MUTED", label: t.thread.muted },
          ]}
        />
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
      {watchError && <Alert kind="error">{watchError}</Alert>}
      <h3 className="visually-hidden">{t.thread.posts}</h3>
      {posts[0] && posts[0].seq !== 1 && (
        <button type="button" className="button button--secondary" onClick={() => setFromSeq(1)}>
          {t.thread.fromStart}
        </button>
      )}
      <ol className="post-list">
        {posts.map((post) => (
          <PostItem
            key={post.id}
            post={post}
            order={order}
            groupId={group.id}
            threadId={threadId}
            canWrite={canWrite}
            canModerate={group.canModerate}
            canAccept={canAccept && !post.isOpeningPost && !post.deletedAt}
            onChanged={onPostChanged}
            onAccepted={onAccepted}
            onQuote={(markdown) => bottomComposer.current?.appendBlock(markdown)}
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
      {canWrite && !thread.deletedAt && (
        <section className="card thread__reply" aria-labelledby="thread-reply-heading">
          <h3 id="thread-reply-heading" className="section__title">
            {t.thread.bottomReply}
          </h3>
          <Composer
            ref={bottomComposer}
            label={t.thread.replyLabel}
            initial=""
            groupId={group.id}
            draft={{ groupId: group.id, threadId }}
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
