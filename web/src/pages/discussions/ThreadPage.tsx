import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useLocation, useNavigate, useParams } from "react-router";
import { request } from "../../api/client";
import {
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
  ThreadQuery as ThreadAnswer,
  WatchLevel,
} from "../../gql/graphql";
import { useT } from "../../i18n";
import { useSession, type Viewer } from "../../session";
import { useGroup } from "../groups/GroupLayout";
import { NotFoundPage } from "../NotFoundPage";
import { LinkPanel } from "../links/LinkPanel";
import { NoticePanel } from "../notices/NoticePanel";
import { Composer } from "./Composer";
import { PostItem } from "./PostItem";
import { type PostWindow, windowOf, withEarlier, withNew, withNext } from "./postWindow";
import { TagList } from "./TagList";
import { ThreadEditForm } from "./ThreadEditForm";
import { useSeenPosts } from "./useSeenPosts";

/** Posts per page of a thread. */
const POSTS_PAGE = 50;
/** Posts per page while looking for a post further on (the API allows up to 100). */
const SEEK_PAGE = 100;

/** Where the thread opens: at the first unread post, at a post, or at the start. */
type Opening = { at: "unread" } | { at: "seq"; seq: number } | { at: "start" };

type Loaded =
  | { status: "loading" }
  | { status: "error"; error: unknown }
  | ({ status: "ready"; thread: ThreadFieldsFragment } & PostWindow);

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

/**
 * `/groups/:id/threads/:threadId`: the opening post and its replies, threaded or in
 * order of writing; reply, react, edit, delete and restore, accept an answer. The
 * thread opens at the first unread post, below a divider, with earlier posts loaded
 * above in place; posts count as read once they were on screen. New and changed posts
 * arrive live at their place and are announced politely.
 */
export function ThreadPage() {
  const t = useT();
  const { group, showSection } = useGroup();
  const groupId = group.id;
  const { threadId = "" } = useParams();
  const viewer = useSession().viewer as Viewer;
  const announce = useAnnounce();
  const [order, setOrder] = useState<PostOrder>("THREADED");
  const location = useLocation();
  // A link to one post (`#post-<seq>`, e.g. from a notification) opens the thread there.
  const [opening, setOpening] = useState<Opening>(() => {
    const seq = /^#post-(\d+)$/.exec(location.hash)?.[1];
    return seq ? { at: "seq", seq: Number(seq) } : { at: "unread" };
  });
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const loadedRef = useRef(loaded);
  loadedRef.current = loaded;
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingEarlier, setLoadingEarlier] = useState(false);
  const [earlierError, setEarlierError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const orderRef = useRef(order);
  orderRef.current = order;
  const navigate = useNavigate();
  const [editingThread, setEditingThread] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [watchError, setWatchError] = useState<string | null>(null);
  const bottomComposer = useRef<MarkdownFieldHandle>(null);
  // The reply box, docked at the bottom of the screen while the thread's end is not loaded.
  const [replyDocked, setReplyDocked] = useState(false);
  // The first post that was unread when the thread opened: the divider stands above it.
  const [dividerSeq, setDividerSeq] = useState<number | null>(null);
  // Posts of others after this seq are new (the read marker when the thread opened;
  // null on a first visit, when everything is new), and so are those arriving live.
  const [newAfter, setNewAfter] = useState<number | null>(null);
  const [arrived, setArrived] = useState<ReadonlySet<string>>(new Set());
  // New posts of others whose place is not loaded yet.
  const [waiting, setWaiting] = useState<PostFieldsFragment[]>([]);
  // The post to focus once the page shows it.
  const focusSeq = useRef<number | null>(null);
  // The post whose place on screen stays put while earlier posts load above it.
  const anchor = useRef<{ element: Element; top: number } | null>(null);
  const dividerRef = useRef<HTMLHeadingElement>(null);

  const lookAgain = useSeenPosts(
    threadId,
    groupId,
    loaded.status === "ready" ? loaded.thread.lastReadSeq : null,
    (marked) =>
      setLoaded((s) => (s.status === "ready" ? { ...s, thread: { ...s.thread, ...marked } } : s)),
  );

  useLayoutEffect(() => {
    if (loaded.status !== "ready") return;
    const kept = anchor.current;
    anchor.current = null;
    if (kept) window.scrollBy(0, kept.element.getBoundingClientRect().top - kept.top);
    if (focusSeq.current != null) {
      const target = document.getElementById(`post-${focusSeq.current}`);
      // The divider shows above the first unread post.
      const divider = focusSeq.current === dividerSeq ? dividerRef.current : null;
      focusSeq.current = null;
      target?.focus({ preventScroll: true });
      (divider ?? target)?.scrollIntoView({ block: "start" });
    }
    lookAgain();
  }, [loaded, lookAgain, dividerSeq]);

  useEffect(() => {
    let cancelled = false;
    setLoaded({ status: "loading" });
    setWaiting([]);
    setArrived(new Set());
    const load = (fromSeq: number | null) =>
      request(ThreadQuery, { id: threadId, order, first: POSTS_PAGE, fromSeq });
    const open = async () => {
      let data = await load(opening.at === "seq" ? opening.seq : null);
      const unread = data.thread?.firstUnreadPost?.seq ?? null;
      const unreadShown = data.thread?.posts.nodes.some((p) => p.seq === unread);
      if (opening.at === "unread" && unread != null && !unreadShown) data = await load(unread);
      if (cancelled) return;
      if (!data.thread) {
        setLoaded({ status: "error", error: asApiError(new Error("not found")) });
        return;
      }
      const { posts, ...thread } = data.thread;
      const visited = thread.lastReadSeq > 0;
      setDividerSeq(visited && unread != null ? unread : null);
      setNewAfter(visited ? thread.lastReadSeq : null);
      focusSeq.current =
        opening.at === "seq" ? opening.seq : opening.at === "unread" && visited ? unread : null;
      setLoaded({ status: "ready", thread, ...windowOf(posts) });
    };
    open().catch((error: unknown) => !cancelled && setLoaded({ status: "error", error }));
    return () => {
      cancelled = true;
    };
  }, [threadId, order, opening, attempt]);

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

  /** Loads the pages after the window until `post` is in it, then focuses it. */
  const reveal = useCallback(
    async (post: PostFieldsFragment) => {
      const current = loadedRef.current;
      if (current.status !== "ready") return;
      let page: Ready = current;
      while (!page.posts.some((p) => p.id === post.id) && page.hasMore) {
        const data: ThreadAnswer = await request(ThreadQuery, {
          id: threadId,
          order: orderRef.current,
          first: SEEK_PAGE,
          after: page.endCursor,
        });
        if (!data.thread) return;
        page = { ...page, ...withNext(page, data.thread.posts) };
      }
      if (!page.posts.some((p) => p.id === post.id)) {
        // Its place lies before the window: open the thread at it.
        setOpening({ at: "seq", seq: post.seq });
        return;
      }
      focusSeq.current = post.seq;
      setLoaded(page);
    },
    [threadId],
  );

  /** Puts a new or changed post in place; a new one whose place is not loaded waits. */
  const placePost = useCallback((post: PostFieldsFragment): boolean => {
    const page = loadedRef.current;
    if (page.status !== "ready") return false;
    const placed = withNew(page, post, orderRef.current);
    if (placed) setLoaded({ ...page, ...placed });
    return placed != null;
  }, []);

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
          const page = loadedRef.current;
          const added = page.status === "ready" && !page.posts.some((p) => p.id === post.id);
          const placed = placePost(post);
          if (event.type === "POST_CREATED" && added && post.author?.id !== viewer.id) {
            announce(t.thread.newPost(post.author?.name ?? t.discussions.unknownAuthor));
            setArrived((ids) => new Set(ids).add(post.id));
            if (!placed) setWaiting((w) => [...w.filter((p) => p.id !== post.id), post]);
          }
          if (event.type === "POST_CREATED") refreshThread();
        })
        .catch(() => undefined);
    });
  }, [threadId, groupId, viewer.id, announce, t, refreshThread, placePost]);

  useDocumentTitle(loaded.status === "ready" ? [loaded.thread.title, group.name] : null);

  // The thread of a notice or a link belongs to the pinboard or the link list.
  const subject =
    loaded.status !== "ready"
      ? null
      : loaded.thread.notice
        ? "notices"
        : loaded.thread.link
          ? "links"
          : null;
  useEffect(() => {
    if (subject) showSection(subject);
  }, [subject, showSection]);

  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") {
    const error = asApiError(loaded.error);
    if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN" || isMalformedId(error)) {
      return <NotFoundPage />;
    }
    return <LoadError error={error} onRetry={() => setAttempt((n) => n + 1)} />;
  }
  const { thread, posts } = loaded;
  const notice = thread.notice;
  const link = thread.link;
  // Where the thread came from: the pinboard, the link list or the discussions.
  const listPath = `/groups/${group.id}/${notice ? "notices" : link ? "links" : "threads"}`;
  const canWrite = group.myRole === "MEMBER" || group.myRole === "MODERATOR" || group.canModerate;
  const canReply = canWrite && !thread.deletedAt;
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
      if (page) setLoaded((s) => (s.status === "ready" ? { ...s, ...withNext(s, page) } : s));
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  const loadEarlier = async () => {
    if (loadingEarlier || !loaded.hasEarlier) return;
    setLoadingEarlier(true);
    setEarlierError(null);
    try {
      const data = await request(ThreadQuery, {
        id: threadId,
        order,
        first: POSTS_PAGE,
        before: loaded.startCursor,
      });
      const page = data.thread?.posts;
      const first = posts[0] && document.getElementById(`post-${posts[0].seq}`);
      if (first) anchor.current = { element: first, top: first.getBoundingClientRect().top };
      if (page) setLoaded((s) => (s.status === "ready" ? { ...s, ...withEarlier(s, page) } : s));
    } catch (error) {
      setEarlierError(error);
    } finally {
      setLoadingEarlier(false);
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
    if (!placePost(post)) void reveal(post);
    if (!post.isOpeningPost) return;
    // The opening post stands for the thread: deleting it deletes the thread.
    if (post.deletedAt && !group.canModerate) {
      announce(t.thread.threadDeleted);
      navigate(listPath);
    } else {
      // The thread is deleted or restored with it at once; the rest follows.
      const deletedAt = post.deletedAt ?? null;
      setLoaded((s) => (s.status === "ready" ? { ...s, thread: { ...s.thread, deletedAt } } : s));
      refreshThread();
    }
  };

  const onAccepted = (fresh: ThreadFieldsFragment) => {
    setLoaded((s) => (s.status === "ready" ? withThread(s, fresh) : s));
  };

  const showWaiting = () => {
    const [next] = waiting;
    setWaiting([]);
    if (next) void reveal(next);
  };

  const openReply = () => {
    if (loaded.hasMore) setReplyDocked(true);
    window.setTimeout(() => bottomComposer.current?.focus(), 0);
  };

  const postItem = (post: PostFieldsFragment) => (
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
      isNew={
        arrived.has(post.id) ||
        (newAfter != null && post.seq > newAfter && post.author?.id !== viewer.id)
      }
      onQuote={(markdown) => {
        openReply();
        bottomComposer.current?.appendBlock(markdown);
      }}
      onEdit={
        notice && post.isOpeningPost
          ? () => navigate(`/groups/${group.id}/notices/${notice.id}/edit`)
          : link && post.isOpeningPost
            ? () => navigate(`/groups/${group.id}/links/${link.id}/edit`)
            : undefined
      }
    />
  );
  const dividerAt = posts.findIndex((p) => p.seq === dividerSeq);
  const read = dividerAt > 0 ? posts.slice(0, dividerAt) : dividerAt === 0 ? [] : posts;
  const unread = dividerAt >= 0 ? posts.slice(dividerAt) : [];
  const replyBox = canReply && (replyDocked || !loaded.hasMore) && (
    <section
      className={`card thread__reply${replyDocked ? " thread__reply--docked" : ""}`}
      aria-labelledby="thread-reply-heading"
    >
      <div className="thread__reply-head">
        <h3 id="thread-reply-heading" className="section__title">
          {t.thread.bottomReply}
        </h3>
        {replyDocked && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setReplyDocked(false)}
          >
            {t.thread.closeReply}
          </button>
        )}
      </div>
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
          setReplyDocked(false);
          onPostChanged(data.reply);
          announce(t.thread.sent);
        }}
      />
    </section>
  );

  return (
    <article className="thread" aria-labelledby="thread-title">
      <BackLink to={listPath}>
        {notice ? t.notices.back : link ? t.links.back : t.discussions.back}
      </BackLink>
      <h2 id="thread-title" ref={titleRef} tabIndex={-1} className="section__title">
        {editingThread ? t.thread.editThread : thread.title}
      </h2>
      {notice ? (
        <NoticePanel
          notice={notice}
          canModerate={group.canModerate}
          onChanged={(fresh) =>
            setLoaded((s) =>
              s.status === "ready" ? { ...s, thread: { ...s.thread, notice: fresh } } : s,
            )
          }
        />
      ) : link ? (
        <LinkPanel
          link={link}
          canModerate={group.canModerate}
          onChanged={(fresh) =>
            setLoaded((s) =>
              s.status === "ready" ? { ...s, thread: { ...s.thread, link: fresh } } : s,
            )
          }
        />
      ) : editingThread ? (
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
            setOpening({ at: "start" });
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
              const seq = thread.firstUnreadPost?.seq;
              if (seq == null) return;
              const shown = document.getElementById(`post-${seq}`);
              if (shown) {
                shown.focus({ preventScroll: true });
                shown.scrollIntoView({ block: "start" });
              } else setOpening({ at: "seq", seq });
            }}
          >
            {t.thread.jumpToUnread}
          </button>
        )}
      </div>
      {watchError && <Alert kind="error">{watchError}</Alert>}
      <h3 className="visually-hidden">{t.thread.posts}</h3>
      {loaded.hasEarlier && (
        <div className="thread__earlier">
          <LoadMore
            hasMore
            loading={loadingEarlier}
            error={earlierError}
            onLoadMore={() => void loadEarlier()}
            label={t.thread.loadEarlier}
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setOpening({ at: "seq", seq: 1 })}
          >
            {t.thread.fromStart}
          </button>
        </div>
      )}
      {read.length > 0 && <ol className="post-list">{read.map(postItem)}</ol>}
      {unread.length > 0 && (
        <>
          <h3 className="thread__divider" ref={dividerRef}>
            {t.thread.newSinceLastVisit}
          </h3>
          <ol className="post-list">{unread.map(postItem)}</ol>
        </>
      )}
      <LoadMore
        hasMore={loaded.hasMore}
        loading={loadingMore}
        error={moreError}
        onLoadMore={() => void loadMore()}
        label={t.thread.loadMore}
      />
      {replyBox}
      {(canReply || waiting.length > 0) && !replyDocked && (
        <div className="thread__bar">
          {waiting.length > 0 && (
            <button type="button" className="button button--secondary" onClick={showWaiting}>
              {t.thread.showNewPosts(waiting.length)}
            </button>
          )}
          {canReply && (
            <button type="button" className="button button--primary" onClick={openReply}>
              {t.thread.bottomReply}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
