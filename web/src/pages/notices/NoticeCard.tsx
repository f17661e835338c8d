import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { request } from "../../api/client";
import { DeletePostMutation, RestorePostMutation } from "../../api/discussions";
import { describeError } from "../../api/errors";
import { MoveNoticeMutation, PinNoticeMutation } from "../../api/notices";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { Icon } from "../../components/Icon";
import { MenuButton, type MenuItem } from "../../components/MenuButton";
import { RichText } from "../../components/RichText";
import type { NoticeFieldsFragment, PinMove } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { Acknowledgement } from "./Acknowledgement";

/** Where a card may move among the pinned notices of a board. */
export interface PinPlace {
  first: boolean;
  last: boolean;
}

/**
 * One notice on a board: title (to its page with the comments), badges, the text,
 * author and date, comments, the acknowledgement it asks for, and for moderators and
 * its author a menu (pin, edit, delete or restore); pinned notices on a group's board
 * move up and down with buttons that name the notice.
 */
export function NoticeCard({
  notice,
  canModerate,
  showGroup = false,
  pinPlace,
  onChanged,
  onRemoved,
}: {
  notice: NoticeFieldsFragment;
  canModerate: boolean;
  showGroup?: boolean;
  /** Given on a group's board: the pinned notice's place, for the move buttons. */
  pinPlace?: PinPlace;
  onChanged: (notice: NoticeFieldsFragment) => void;
  /** The notice left this list (deleted or restored). */
  onRemoved: () => void;
}) {
  const { t, formatDateTime, formatDate } = useI18n();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const groupId = notice.group.id;
  const threadLink = `/groups/${groupId}/threads/${notice.threadId}`;

  const act = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };
  const pin = (pinned: boolean) =>
    act(async () => {
      const data = await request(PinNoticeMutation, { id: notice.id, pinned });
      onChanged(data.pinNotice);
    });
  const move = (to: PinMove) =>
    act(async () => {
      const data = await request(MoveNoticeMutation, { id: notice.id, to });
      onChanged(data.moveNotice);
    });
  const remove = () =>
    act(async () => {
      await request(DeletePostMutation, { postId: notice.openingPostId });
      setConfirming(false);
      announce(t.notices.deleted);
      onRemoved();
    });
  const restore = () =>
    act(async () => {
      await request(RestorePostMutation, { postId: notice.openingPostId });
      announce(t.notices.restored);
      onRemoved();
    });

  const menu: MenuItem[] = [
    ...(canModerate && !notice.deleted && !notice.expired
      ? [
          notice.pinned
            ? { key: "unpin", label: t.notices.unpin, onSelect: () => void pin(false) }
            : { key: "pin", label: t.notices.pin, onSelect: () => void pin(true) },
        ]
      : []),
    ...(notice.viewerCanEdit && !notice.deleted
      ? [
          {
            key: "edit",
            label: t.notices.edit,
            onSelect: () => navigate(`/groups/${groupId}/notices/${notice.id}/edit`),
          },
          {
            key: "delete",
            label: t.notices.delete,
            danger: true,
            onSelect: () => setConfirming(true),
          },
        ]
      : []),
    ...(canModerate && notice.deleted
      ? [{ key: "restore", label: t.notices.restore, onSelect: () => void restore() }]
      : []),
  ];

  const unread = notice.isNew
    ? t.notices.isNew
    : notice.unreadCount > 0
      ? t.discussions.unread(notice.unreadCount)
      : null;

  return (
    <article
      className={`notice-card card${notice.important ? " notice-card--important" : ""}`}
      aria-labelledby={`notice-${notice.id}`}
    >
      <header className="notice-card__head">
        <h3 id={`notice-${notice.id}`} className="notice-card__title">
          <Link to={threadLink}>{notice.title}</Link>
        </h3>
        {menu.length > 0 && (
          <MenuButton
            label={t.notices.actions(notice.title)}
            className="button button--secondary button--small button--icon"
            icon={<Icon name="more" />}
            items={menu}
          />
        )}
      </header>
      <p className="notice-card__badges">
        {notice.important && <span className="badge badge--important">{t.notices.important}</span>}
        {notice.pinned && !notice.expired && (
          <span className="badge badge--neutral">{t.notices.pinned}</span>
        )}
        {unread && <span className="badge badge--new">{unread}</span>}
        {showGroup && (
          <span className="notice-card__group">{t.notices.inGroup(notice.group.name)}</span>
        )}
        {notice.expiresAt && (
          <span className="notice-card__expiry">
            {notice.expired
              ? t.notices.expiredOn(formatDateTime(notice.expiresAt))
              : t.notices.until(formatDateTime(notice.expiresAt))}
          </span>
        )}
      </p>
      <RichText html={notice.bodyHtml} className="notice-card__body" />
      <p className="notice-card__meta">
        {t.notices.byline(
          [notice.author?.name ?? t.notices.unknownAuthor, notice.author?.organization?.name]
            .filter(Boolean)
            .join(" · "),
          formatDate(notice.createdAt),
        )}
        {" · "}
        <Link to={threadLink}>{t.notices.comments(notice.commentCount)}</Link>
      </p>
      {!notice.deleted && (
        <Acknowledgement notice={notice} canModerate={canModerate} onChanged={onChanged} />
      )}
      {pinPlace && notice.pinned && canModerate && (
        <div className="notice-card__move">
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={pinPlace.first || busy}
            onClick={() => void move("UP")}
            aria-label={t.notices.moveUp(notice.title)}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={pinPlace.last || busy}
            onClick={() => void move("DOWN")}
            aria-label={t.notices.moveDown(notice.title)}
          >
            ↓
          </button>
        </div>
      )}
      {error && <Alert kind="error">{error}</Alert>}
      <ConfirmDialog
        open={confirming}
        title={t.notices.delete}
        confirmLabel={t.notices.delete}
        busyLabel={t.notices.saving}
        busy={busy}
        error={error}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t.notices.deleteConfirm(notice.title)}</p>
      </ConfirmDialog>
    </article>
  );
}
