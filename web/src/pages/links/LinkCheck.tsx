import { useState } from "react";
import { request } from "../../api/client";
import { describeError } from "../../api/errors";
import {
  ApplyMovedUrlMutation,
  CheckLinkMutation,
  LinkChecksQuery,
  LinksQuery,
} from "../../api/links";
import { invalidate } from "../../api/query";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import type { LinkFieldsFragment, LinkStatus } from "../../gql/graphql";
import { useI18n } from "../../i18n";

const BADGE: Record<LinkStatus, string> = {
  UNCHECKED: "badge--neutral",
  OK: "badge--success",
  MOVED: "badge--pending",
  BROKEN: "badge--important",
};

/** The status of a link's last check as a badge. */
export function LinkStatusBadge({ status }: { status: LinkStatus }) {
  const { t } = useI18n();
  return <span className={`badge ${BADGE[status]}`}>{t.links.status[status]}</span>;
}

/** The address as a link to the page: a new tab, without telling the page where from. */
export function ExternalLink({ url }: { url: string }) {
  const { t } = useI18n();
  return (
    <a className="link-url" href={url} target="_blank" rel="noopener noreferrer">
      {url}
      <span className="visually-hidden"> {t.links.newTab}</span>
    </a>
  );
}

/** What the last check found: when, why a link is broken, where a moved one went. */
export function CheckDetails({ link }: { link: LinkFieldsFragment }) {
  const { t, formatDateTime } = useI18n();
  return (
    <>
      <p className="link-check muted">
        {link.checkedAt ? t.links.checkedAt(formatDateTime(link.checkedAt)) : t.links.neverChecked}
        {link.checkReason && (
          <>
            {" – "}
            {t.links.checkReasons[link.checkReason]}
            {link.checkDetail && ` (${link.checkDetail})`}
          </>
        )}
      </p>
      {link.movedTo && (
        <p className="link-check">
          {t.links.movedTo}: <ExternalLink url={link.movedTo} />
        </p>
      )}
    </>
  );
}

/**
 * The moderators' buttons for a link: check it now, and take over the new address of
 * a moved one. Both lists of the group load again afterwards.
 */
export function LinkActions({
  link,
  onChanged,
}: {
  link: LinkFieldsFragment;
  onChanged: (link: LinkFieldsFragment) => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [busy, setBusy] = useState<"check" | "apply" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (which: "check" | "apply") => {
    if (busy) return;
    setBusy(which);
    setError(null);
    try {
      const fresh =
        which === "check"
          ? (await request(CheckLinkMutation, { id: link.id })).checkLink
          : (await request(ApplyMovedUrlMutation, { id: link.id })).applyMovedUrl;
      invalidate(LinksQuery, { groupId: link.group.id });
      invalidate(LinkChecksQuery, { groupId: link.group.id });
      onChanged(fresh);
      announce(
        which === "check" ? t.links.checked(t.links.status[fresh.checkStatus]) : t.links.applied,
      );
    } catch (failure) {
      setError(describeError(failure, t));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="link-actions">
      <div className="section__actions">
        {link.checkStatus === "MOVED" && link.movedTo && (
          <button
            type="button"
            className="button button--primary button--small"
            aria-busy={busy === "apply" || undefined}
            onClick={() => void run("apply")}
          >
            {busy === "apply" ? t.links.applying : t.links.applyMoved}
          </button>
        )}
        <button
          type="button"
          className="button button--secondary button--small"
          aria-busy={busy === "check" || undefined}
          onClick={() => void run("check")}
        >
          {busy === "check" ? t.links.checking : t.links.checkNow}
        </button>
      </div>
      {error && <Alert kind="error">{error}</Alert>}
    </div>
  );
}
