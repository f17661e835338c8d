import { useState } from "react";
import { Link } from "react-router";
import { request } from "../../api/client";
import { describeError } from "../../api/errors";
import { AcknowledgeNoticeMutation } from "../../api/notices";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import type { NoticeFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n";

/**
 * What a notice's acknowledgement request asks of the viewer: the deadline and the
 * "Zur Kenntnis genommen" button for the members it counts, or that they (or their
 * office) did; for moderators the way to the coverage.
 */
export function Acknowledgement({
  notice,
  canModerate,
  onChanged,
}: {
  notice: NoticeFieldsFragment;
  canModerate: boolean;
  onChanged: (notice: NoticeFieldsFragment) => void;
}) {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ack = notice.acknowledgementRequest;
  if (!ack) return null;
  const office = ack.mode === "PER_OFFICE";
  // Requests count the members; moderators ask and guests only read.
  const asked = notice.group.myRole === "MEMBER";

  const acknowledge = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const data = await request(AcknowledgeNoticeMutation, { id: notice.id });
      onChanged(data.acknowledgeNotice);
      announce(t.acknowledgement.acknowledged);
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };

  const status = ack.myAcknowledgedAt ? (
    <p className="acknowledgement__done">
      {t.acknowledgement.mine(formatDateTime(ack.myAcknowledgedAt))}
    </p>
  ) : office && ack.myOfficeAcknowledgedAt ? (
    <p className="acknowledgement__done">
      {t.acknowledgement.office(formatDateTime(ack.myOfficeAcknowledgedAt))}
    </p>
  ) : null;

  return (
    <div
      className={`acknowledgement${ack.open && !status && asked ? " acknowledgement--open" : ""}`}
    >
      {ack.open ? (
        <p>
          <strong>{t.acknowledgement.requested(formatDateTime(ack.deadline))}</strong>
          {office && <> {t.acknowledgement.perOffice}</>}
        </p>
      ) : (
        <p>{t.acknowledgement.closed(formatDateTime(ack.closedAt ?? ack.deadline))}</p>
      )}
      {status}
      {ack.open && !status && asked && (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void acknowledge()}
        >
          {busy ? t.acknowledgement.acknowledging : t.acknowledgement.acknowledge}
        </button>
      )}
      {error && <Alert kind="error">{error}</Alert>}
      {canModerate && (
        <p>
          <Link to={`/groups/${notice.group.id}/notices/${notice.id}/coverage`}>
            {t.acknowledgement.coverageLink}
          </Link>
        </p>
      )}
    </div>
  );
}
