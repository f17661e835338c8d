import { useId, useRef, useState } from "react";
import { request } from "../../api/client";
import {
  AcceptAnswerMutation,
  DeletePostMutation,
  EditPostMutation,
  PostQuery,
  PostRevisionsQuery,
  PostSourceQuery,
  ReplyMutation,
  RestorePostMutation,
  UnacceptAnswerMutation,
} from "../../api/discussions";
import { asApiError, describeError } from "../../api/errors";
import { queryKey, useCachedLoad } from "../../api/query";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { Avatar } from "../../components/Avatar";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { Icon } from "../../components/Icon";
import { quoteBlock } from "../../components/markdownEditing";
import { MenuButton, type MenuItem } from "../../components/MenuButton";
import { RichText } from "../../components/RichText";
import type { PostFieldsFragment, PostOrder, ThreadFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { Composer, ComposerError } from "./Composer";
import { PostReactions } from "./PostReactions";

/** Replies deeper than this are shown at this depth, with a link to the post they answer. */
const MAX_INDENT = 4;

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

/** What a post shows below its header: its text, a reply being written, or the edit form. */
type Mode = { kind: "view" } | { kind: "reply" } | { kind: "edit"; body: string; version: number };

/**
 * One post of a thread: author with office, number (a permalink), text, reactions, and
 * "reply"; the other actions in its menu: quote into the reply at the bottom, edit (the
 * markdown source is loaded then), accept as the answer, delete (after a
 * confirmation) and restore. "(edited)" opens the history of earlier versions.
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
  isNew,
  onEdit,
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
  /** Written by someone else since the reader's last visit, or arrived live. */
  isNew: boolean;
  /** Edits the post elsewhere (the text of a notice is edited with the notice). */
  onEdit?: (() => void) | undefined;
}) {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const [mode, setMode] = useState<Mode>({ kind: "view" });
  const [error, setError] = useState<string | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const articleRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  // The selection when the menu opens (choosing an item may clear it).
  const selectionAtOpen = useRef("");
  const historyId = useId();
  const author = post.author?.name ?? t.discussions.unknownAuthor;
  const permalink = `/groups/${groupId}/threads/${threadId}#post-${post.seq}`;
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

  /** The markdown source of the post, loaded when it is edited or quoted whole. */
  const loadSource = async () => {
    const source = (await request(PostSourceQuery, { id: post.id })).post;
    return { body: source?.body ?? "", version: source?.version ?? post.version };
  };

  const quote = () =>
    act(async () => {
      const excerpt = selectionAtOpen.current || (await loadSource()).body;
      selectionAtOpen.current = "";
      if (!excerpt.trim()) return;
      onQuote(quoteBlock(excerpt, t.thread.quoteIntro(author, post.seq), permalink));
      announce(t.thread.quoted);
    });

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

  const live = !post.deletedAt;
  const menu: MenuItem[] = [
    ...(canWrite && live
      ? [{ key: "quote", label: t.thread.quote, onSelect: () => void quote() }]
      : []),
    ...(post.canEdit && live
      ? [
          {
            key: "edit",
            label: t.thread.edit,
            onSelect: () =>
              onEdit
                ? onEdit()
                : void act(async () => setMode({ kind: "edit", ...(await loadSource()) })),
          },
        ]
      : []),
    ...(canAccept
      ? [
          post.isAcceptedAnswer
            ? {
                key: "unaccept",
                label: t.thread.unaccept,
                onSelect: () =>
                  void act(async () => {
                    const data = await request(UnacceptAnswerMutation, { threadId });
                    onAccepted(data.unacceptAnswer);
                    announce(t.thread.unaccepted);
                  }),
              }
            : {
                key: "accept",
                label: t.thread.accept,
                onSelect: () =>
                  void act(async () => {
                    const data = await request(AcceptAnswerMutation, { postId: post.id });
                    onAccepted(data.acceptAnswer);
                    announce(t.thread.accepted);
                  }),
              },
        ]
      : []),
    ...((post.canEdit || canModerate) && live
      ? [
          {
            key: "delete",
            label: t.thread.delete,
            danger: true,
            onSelect: () => {
              setDeleteError(null);
              setConfirmDelete(true);
            },
          },
        ]
      : []),
    ...(canModerate && !live
      ? [
          {
            key: "restore",
            label: t.thread.restore,
            onSelect: () =>
              void act(async () => {
                const data = await request(RestorePostMutation, { postId: post.id });
                onChanged(data.restorePost);
                announce(t.thread.restored);
              }),
          },
        ]
      : []),
  ];

  return (
    <li className={`post-list__item post-list__item--depth-${indent}`}>
      <article
        id={`post-${post.seq}`}
        ref={articleRef}
        tabIndex={-1}
        className={`post card${post.isAcceptedAnswer ? " post--accepted" : ""}${isNew ? " post--new" : ""}`}
        aria-label={post.isOpeningPost ? t.thread.openingPost : t.thread.postBy(author, post.seq)}
      >
        <header className="post__header">
          <Avatar name={author} id={post.author?.id ?? ""} />
          <span className="post__author">{author}</span>
          {post.author?.organization && (
            <span className="post__office">{post.author.organization.name}</span>
          )}
          <time dateTime={post.createdAt}>{formatDateTime(post.createdAt)}</time>
          {post.editedAt &&
            (live || canModerate ? (
              <button
                type="button"
                className="post__edited"
                aria-expanded={showHistory}
                aria-controls={historyId}
                onClick={() => setShowHistory((open) => !open)}
              >
                ({t.thread.edited})<span className="visually-hidden"> – {t.thread.history}</span>
              </button>
            ) : (
              <span className="post__edited">({t.thread.edited})</span>
            ))}
          {post.isAcceptedAnswer && (
            <span className="badge badge--success">{t.thread.acceptedAnswer}</span>
          )}
          {isNew && <span className="badge badge--new">{t.discussions.isNew}</span>}
          <a className="post__number" href={permalink}>
            <span aria-hidden="true">#{post.seq}</span>
            <span className="visually-hidden">{t.thread.postNumber(post.seq)}</span>
          </a>
        </header>
        {showParent && post.parent && (
          <p className="post__parent">
            <a href={`#post-${post.parent.seq}`}>
              {t.thread.replyTo(post.parent.author?.name ?? t.discussions.unknownAuthor)}
            </a>
          </p>
        )}
        {!live ? (
          <p className="post__deleted">{t.thread.deleted}</p>
        ) : mode.kind === "edit" ? (
          <Composer
            label={t.thread.editLabel}
            initial={mode.body}
            groupId={groupId}
            submitLabel={t.thread.save}
            busyLabel={t.thread.saving}
            autoFocus
            onCancel={() => setMode({ kind: "view" })}
            onSubmit={async (body) => {
              try {
                const data = await request(EditPostMutation, {
                  postId: post.id,
                  body,
                  version: mode.version,
                });
                onChanged(data.editPost);
                setMode({ kind: "view" });
                announce(t.thread.saved);
              } catch (e) {
                if (asApiError(e).code !== "CONFLICT") throw e;
                const fresh = await request(PostQuery, { id: post.id });
                if (fresh.post) {
                  onChanged(fresh.post);
                  setMode({ kind: "edit", body, version: fresh.post.version });
                }
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
        <div className="post__footer">
          {live && (
            <PostReactions post={post} canWrite={canWrite} run={act} onChanged={onChanged} />
          )}
          <div className="post__actions">
            {canWrite && live && mode.kind === "view" && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setMode({ kind: "reply" })}
              >
                {t.thread.reply}
              </button>
            )}
            {menu.length > 0 && (
              <MenuButton
                label={t.thread.moreActions}
                className="button button--secondary button--small button--icon"
                icon={<Icon name="more" />}
                items={menu}
                onOpen={() => {
                  selectionAtOpen.current = selectedTextIn(bodyRef.current);
                }}
              />
            )}
          </div>
        </div>
        <div id={historyId}>
          {showHistory && <PostHistory postId={post.id} version={post.version} />}
        </div>
        {mode.kind === "reply" && (
          <Composer
            label={t.thread.replyTo(author)}
            initial=""
            groupId={groupId}
            draft={{ groupId, threadId, parentPostId: post.isOpeningPost ? null : post.id }}
            submitLabel={t.thread.send}
            busyLabel={t.thread.sending}
            autoFocus
            onCancel={() => setMode({ kind: "view" })}
            onSubmit={async (body) => {
              const data = await request(ReplyMutation, {
                threadId,
                parentPostId: post.isOpeningPost ? null : post.id,
                body,
              });
              onChanged(data.reply);
              setMode({ kind: "view" });
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
