import { useId, useRef, useState } from "react";
import { request } from "../../api/client";
import {
  AcceptAnswerMutation,
  DeletePostMutation,
  EditPostMutation,
  PostQuery,
  PostRevisionsQuery,
  ReactMutation,
  ReplyMutation,
  RestorePostMutation,
  UnacceptAnswerMutation,
  UnreactMutation,
} from "../../api/discussions";
import { asApiError, describeError } from "../../api/errors";
import { queryKey, useCachedLoad } from "../../api/query";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { quoteBlock } from "../../components/markdownEditing";
import { RichText } from "../../components/RichText";
import type {
  PostFieldsFragment,
  PostOrder,
  Reaction,
  ThreadFieldsFragment,
} from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { Composer, ComposerError } from "./Composer";

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

/** The text selected inside `element`, if the whole selection lies in it. */
function selectedTextIn(element: HTMLElement | null): string {
  const selection = window.getSelection();
  if (!element || !selection || selection.isCollapsed) return "";
  const inside =
    selection.anchorNode != null &&
    selection.focusNode != null &&
    element.contains(selection.anchorNode) &&
    element.contains(selection.focusNode);
  return inside ? selection.toString().trim() : "";
}

/**
 * One post of a thread with its actions: react, reply, quote into the reply at the
 * bottom, edit (with the history of earlier versions), accept as the answer, delete
 * (after a confirmation) and restore.
 */
export function PostItem({
  post,
  order,
  groupId,
  threadId,
  canWrite,
  canModerate,
  canAccept,
  onChanged,
  onAccepted,
  onQuote,
}: {
  post: PostFieldsFragment;
  order: PostOrder;
  groupId: string;
  threadId: string;
  canWrite: boolean;
  canModerate: boolean;
  canAccept: boolean;
  onChanged: (post: PostFieldsFragment) => void;
  onAccepted: (thread: ThreadFieldsFragment) => void;
  /** Puts a quote (markdown) into the reply at the bottom of the thread. */
  onQuote: (markdown: string) => void;
}) {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const [mode, setMode] = useState<"view" | "reply" | "edit">("view");
  const [error, setError] = useState<string | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const articleRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  // The selection when the quote button is pressed (a click may clear it).
  const selectionAtPress = useRef("");
  const historyId = useId();
  const reactionsId = useId();
  const author = post.author?.name ?? t.discussions.unknownAuthor;
  const indent = order === "THREADED" ? Math.min(post.depth, MAX_INDENT) : 0;
  const showParent =
    post.parent != null &&
    !post.isOpeningPost &&
    (order === "CHRONOLOGICAL" ? post.parent.seq !== 1 : post.depth > MAX_INDENT);

  /** Who reacted, for the reaction's tooltip and description. */
  const reactedBy = (people: { name: string }[], count: number) =>
    people.length === 0
      ? ""
      : t.thread.reactedBy(
          people.map((p) => p.name).join(", "),
          Math.max(0, count - people.length),
        );

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

  const quote = () => {
    const excerpt = selectionAtPress.current || selectedTextIn(bodyRef.current) || post.body || "";
    selectionAtPress.current = "";
    if (!excerpt.trim()) return;
    const href = `/groups/${groupId}/threads/${threadId}#post-${post.seq}`;
    onQuote(quoteBlock(excerpt, t.thread.quoteIntro(author, post.seq), href));
    announce(t.thread.quoted);
  };

  const remove = async () => {
    setDeleting(true);
    setDeleteError(null);
    try {
      const data = await request(DeletePostMutation, { postId: post.id });
      setConfirmDelete(false);
      onChanged(data.deletePost);
      announce(t.thread.deletedDone);
    } catch (e) {
      setDeleteError(describeError(e, t));
    } finally {
      setDeleting(false);
    }
  };

  return (
    <li className={`post-list__item post-list__item--depth-${indent}`}>
      <article
        id={`post-${post.seq}`}
        ref={articleRef}
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
            groupId={groupId}
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
          post.bodyHtml && (
            <div ref={bodyRef}>
              <RichText html={post.bodyHtml} />
            </div>
          )
        )}
        {error && <Alert kind="error">{error}</Alert>}
        {!post.deletedAt && (
          <div className="post__reactions" role="group" aria-label={t.thread.reactions}>
            {REACTIONS.map(({ reaction, emoji }) => {
              const current = post.reactions.find((r) => r.reaction === reaction);
              const count = current?.count ?? 0;
              const mine = current?.reactedByMe ?? false;
              if (!canWrite && count === 0) return null;
              const who = current ? reactedBy(current.people, count) : "";
              const whoId = `${reactionsId}-${reaction}`;
              return (
                <span key={reaction}>
                  <button
                    type="button"
                    className="reaction"
                    aria-pressed={mine}
                    aria-describedby={who ? whoId : undefined}
                    title={who || undefined}
                    disabled={!canWrite}
                    onClick={() => void toggleReaction(reaction, mine)}
                  >
                    {t.thread.reactionLabel(emoji, count)}
                  </button>
                  {who && (
                    <span id={whoId} className="visually-hidden">
                      {who}
                    </span>
                  )}
                </span>
              );
            })}
          </div>
        )}
        <div className="post__actions">
          {canWrite && !post.deletedAt && mode === "view" && (
            <>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setMode("reply")}
              >
                {t.thread.reply}
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                title={t.thread.quoteHint(author)}
                onPointerDown={() => {
                  selectionAtPress.current = selectedTextIn(bodyRef.current);
                }}
                onClick={quote}
              >
                {t.thread.quote}
              </button>
            </>
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
          {post.editedAt && (!post.deletedAt || canModerate) && (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-expanded={showHistory}
              aria-controls={historyId}
              onClick={() => setShowHistory((open) => !open)}
            >
              {t.thread.history}
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
                  announce(t.thread.accepted);
                })
              }
            >
              {t.thread.accept}
            </button>
          )}
          {canAccept && post.isAcceptedAnswer && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() =>
                void act(async () => {
                  const data = await request(UnacceptAnswerMutation, { threadId });
                  onAccepted(data.unacceptAnswer);
                  announce(t.thread.unaccepted);
                })
              }
            >
              {t.thread.unaccept}
            </button>
          )}
          {(post.canEdit || canModerate) && !post.deletedAt && (
            <button
              type="button"
              className="button button--danger button--small"
              onClick={() => {
                setDeleteError(null);
                setConfirmDelete(true);
              }}
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
        <div id={historyId}>
          {showHistory && <PostHistory postId={post.id} version={post.version} />}
        </div>
        {mode === "reply" && (
          <Composer
            label={t.thread.replyTo(author)}
            initial=""
            groupId={groupId}
            draft={{ groupId, threadId, parentPostId: post.isOpeningPost ? null : post.id }}
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
        <ConfirmDialog
          open={confirmDelete}
          title={post.isOpeningPost ? t.thread.deleteThreadTitle : t.thread.deleteTitle}
          confirmLabel={t.thread.deleteConfirm}
          busyLabel={t.thread.deleting}
          busy={deleting}
          error={deleteError}
          danger
          onConfirm={() => void remove()}
          onCancel={() => setConfirmDelete(false)}
          fallbackFocus={articleRef}
        >
          <p>{post.isOpeningPost ? t.thread.deleteThreadText : t.thread.deleteText(author)}</p>
        </ConfirmDialog>
      </article>
    </li>
  );
}

/** Every version of a post, newest first, each with its lines against the one before. */
function PostHistory({ postId, version }: { postId: string; version: number }) {
  const { t, formatDateTime } = useI18n();
  // Loaded again once the post has a new version.
  const revisions = useCachedLoad([...queryKey(PostRevisionsQuery, { id: postId }), version], () =>
    request(PostRevisionsQuery, { id: postId }).then((data) => data.post?.revisions ?? []),
  );
  const headingId = useId();
  return (
    <section className="post-history" aria-labelledby={headingId}>
      <h4 id={headingId} className="post-history__title">
        {t.thread.historyTitle}
      </h4>
      {revisions.state.status === "loading" ? (
        <p className="muted">{t.thread.historyLoading}</p>
      ) : revisions.state.status === "error" ? (
        <Alert kind="error">{describeError(revisions.state.error, t)}</Alert>
      ) : (
        <ol className="post-history__list">
          {revisions.state.data.map((revision) => (
            <li key={revision.version} className="post-history__version">
              <p className="post-history__meta">
                {t.thread.historyVersion(
                  revision.version,
                  revision.editor?.name ?? t.discussions.unknownAuthor,
                  formatDateTime(revision.createdAt),
                )}
                {revision.version === 1 && ` · ${t.thread.historyFirst}`}
              </p>
              <div className="diff">
                {revision.diff.map((line, i) => (
                  <div
                    key={i}
                    className={`diff__line diff__line--${revision.version > 1 ? line.change.toLowerCase() : "same"}`}
                  >
                    {revision.version > 1 && line.change !== "SAME" && (
                      <>
                        <span aria-hidden="true">{line.change === "ADDED" ? "+ " : "− "}</span>
                        <span className="visually-hidden">
                          {line.change === "ADDED" ? t.thread.lineAdded : t.thread.lineRemoved}{" "}
                        </span>
                      </>
                    )}
                    {line.text || " "}
                  </div>
                ))}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
