import { useState } from "react";
import { useParams } from "react-router";
import { request } from "../../api/client";
import { describeError } from "../../api/errors";
import {
  CloseAcknowledgementRequestMutation,
  CoverageQuery,
  RemindMissingAcknowledgementsMutation,
} from "../../api/notices";
import { useGraphQL } from "../../api/query";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { BackLink } from "../../components/BackLink";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { LoadError, Loading } from "../../components/Status";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import type { CoverageQuery as CoverageAnswer } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { NotFoundPage } from "../NotFoundPage";
import { useGroup } from "../groups/GroupLayout";

type Coverage = NonNullable<
  NonNullable<NonNullable<CoverageAnswer["notice"]>["acknowledgementRequest"]>["coverage"]
>;
type Unit = Coverage["units"][number];

/**
 * `/groups/:id/notices/:noticeId/coverage` (moderators): who has acknowledged a notice
 * and who is missing ("47 von 53 Dienststellen"), per office who acknowledged when,
 * the share over time, the reminder to everyone missing, closing, and the CSV export.
 */
export function CoveragePage() {
  const { t, formatDateTime, formatDate } = useI18n();
  const announce = useAnnounce();
  const { group } = useGroup();
  const { noticeId = "" } = useParams();
  const { state, reload } = useGraphQL(CoverageQuery, { noticeId });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const notice = state.status === "ready" ? state.data.notice : null;
  useDocumentTitle(
    notice ? [`${t.acknowledgement.coverageTitle}: ${notice.title}`, group.name] : null,
  );

  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <LoadError error={state.error} onRetry={reload} />;
  const ack = notice?.acknowledgementRequest;
  if (!notice || !ack) return <NotFoundPage />;
  const { coverage } = ack;
  const offices = ack.mode === "PER_OFFICE";
  const missing = coverage.units.filter((u) => !u.coveredAt);
  const covered = coverage.units.filter((u) => u.coveredAt);
  const share = coverage.total === 0 ? 100 : Math.round((coverage.covered / coverage.total) * 100);

  const act = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
      reload();
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };
  const remind = () =>
    act(async () => {
      const data = await request(RemindMissingAcknowledgementsMutation, { id: ack.id });
      announce(t.acknowledgement.reminded(data.remindMissingAcknowledgements));
    });
  const close = () =>
    act(async () => {
      await request(CloseAcknowledgementRequestMutation, { id: ack.id });
      setConfirming(false);
      announce(t.acknowledgement.closedDone);
    });

  // The share over time, one line per day (German time).
  const days = new Map<string, number>();
  for (const point of coverage.history) days.set(formatDate(point.at), point.covered);

  const unitName = (unit: Unit) =>
    unit.isOffice
      ? unit.name
      : offices
        ? `${unit.name} (${t.acknowledgement.noOffice})`
        : unit.officeName
          ? `${unit.name} · ${unit.officeName}`
          : unit.name;

  return (
    <section className="page-section coverage" aria-labelledby="coverage-heading">
      <BackLink to={`/groups/${group.id}/threads/${notice.threadId}`}>{notice.title}</BackLink>
      <h2 id="coverage-heading" className="section__title">
        {t.acknowledgement.coverageTitle}: {notice.title}
      </h2>
      <div className="card coverage__summary">
        <p className="coverage__figure">
          {t.acknowledgement.summary(coverage.covered, coverage.total, offices)}
        </p>
        <div
          className="progress"
          role="img"
          aria-label={`${t.acknowledgement.progress}: ${share} %`}
        >
          <div className="progress__bar" style={{ width: `${share}%` }} />
        </div>
        <p>
          {ack.open
            ? t.acknowledgement.deadlineLine(formatDateTime(ack.deadline))
            : t.acknowledgement.closed(formatDateTime(ack.closedAt ?? ack.deadline))}
          {ack.requestedBy && (
            <>
              {" · "}
              {t.acknowledgement.requestedBy(ack.requestedBy.name, formatDate(ack.requestedAt))}
            </>
          )}
        </p>
        {coverage.frozen && <p className="muted">{t.acknowledgement.frozen}</p>}
        {ack.lastRemindedAt && (
          <p className="muted">
            {t.acknowledgement.lastReminded(formatDateTime(ack.lastRemindedAt))}
          </p>
        )}
        <div className="section__actions">
          {ack.open && missing.length > 0 && (
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void remind()}
            >
              {busy ? t.acknowledgement.reminding : t.acknowledgement.remind}
            </button>
          )}
          <a
            className="button button--secondary"
            href={`/export/acknowledgements/${ack.id}.csv`}
            download
          >
            {t.acknowledgement.csv}
          </a>
          {ack.open && (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => setConfirming(true)}
            >
              {t.acknowledgement.close}
            </button>
          )}
        </div>
        {error && !confirming && <Alert kind="error">{error}</Alert>}
      </div>
      <div className="coverage__lists">
        <section className="card section" aria-labelledby="missing-heading">
          <h3 id="missing-heading" className="section__title">
            {t.acknowledgement.missingTitle} ({missing.length})
          </h3>
          {missing.length === 0 ? (
            <p className="muted">{t.acknowledgement.missingNone}</p>
          ) : (
            <ul className="coverage__missing">
              {missing.map((unit) => (
                <li key={unitName(unit)}>{unitName(unit)}</li>
              ))}
            </ul>
          )}
        </section>
        <section className="card section" aria-labelledby="covered-heading">
          <h3 id="covered-heading" className="section__title">
            {t.acknowledgement.coveredTitle} ({covered.length})
          </h3>
          {covered.length === 0 ? (
            <p className="muted">{t.acknowledgement.coveredNone}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t.acknowledgement.coveredTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.acknowledgement.unit}</th>
                    <th scope="col">{t.acknowledgement.by}</th>
                    <th scope="col">{t.acknowledgement.when}</th>
                  </tr>
                </thead>
                <tbody>
                  {covered.map((unit) => (
                    <tr key={unitName(unit)}>
                      <th scope="row">{unitName(unit)}</th>
                      <td>
                        {unit.acknowledgements
                          .map((a) =>
                            a.stillMember ? a.name : `${a.name} (${t.acknowledgement.leftGroup})`,
                          )
                          .join(", ")}
                      </td>
                      <td>{unit.coveredAt && formatDateTime(unit.coveredAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section className="card section" aria-labelledby="history-heading">
          <h3 id="history-heading" className="section__title">
            {t.acknowledgement.historyTitle}
          </h3>
          {days.size === 0 ? (
            <p className="muted">{t.acknowledgement.historyNone}</p>
          ) : (
            <ul className="coverage__history">
              {[...days].map(([day, count]) => (
                <li key={day}>
                  <span>{t.acknowledgement.historyDay(day, count, coverage.total)}</span>
                  <span className="progress" aria-hidden="true">
                    <span
                      className="progress__bar"
                      style={{ width: `${coverage.total ? (count / coverage.total) * 100 : 0}%` }}
                    />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t.acknowledgement.close}
        confirmLabel={t.acknowledgement.close}
        busyLabel={t.notices.saving}
        busy={busy}
        error={error}
        onConfirm={() => void close()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t.acknowledgement.closeConfirm}</p>
      </ConfirmDialog>
    </section>
  );
}
