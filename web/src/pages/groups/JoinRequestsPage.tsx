import { useId, useRef, useState } from "react";
import { Link } from "react-router";
import { request } from "../../api/client";
import { describeError } from "../../api/errors";
import { DecideJoinRequestMutation, JoinRequestsQuery } from "../../api/groups";
import { usePagedQuery } from "../../api/query";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { DataTable } from "../../components/DataTable";
import { EmptyState, ListStatus } from "../../components/ListStatus";
import type { JoinRequestsQuery as JoinRequestsData } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { useGroup } from "./GroupLayout";

type PendingRequest = NonNullable<JoinRequestsData["group"]>["joinRequests"]["nodes"][number];

/** `/groups/:id/join-requests` (moderators): pending requests with their message; admit or decline. */
export function JoinRequestsPage() {
  const { t, formatDateTime } = useI18n();
  const { group, refresh } = useGroup();
  const announce = useAnnounce();
  const list = usePagedQuery(
    JoinRequestsQuery,
    { id: group.id },
    // A moderator's group is never null: the API would have answered NOT_FOUND.
    (data) => data.group!.joinRequests,
  );
  const [busyId, setBusyId] = useState<string | null>(null);
  const [result, setResult] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const [declining, setDeclining] = useState<PendingRequest | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  /** Sends the decision; true when it was saved. */
  const decide = async (item: PendingRequest, approve: boolean): Promise<boolean> => {
    if (busyId) return false;
    setBusyId(item.id);
    setResult(null);
    try {
      await request(DecideJoinRequestMutation, { requestId: item.id, approve });
      list.setItems((items) => items.filter((r) => r.id !== item.id));
      const text = approve
        ? t.joinRequests.approved(item.person.name)
        : t.joinRequests.declined(item.person.name);
      setResult({ kind: "success", text });
      announce(text);
      if (approve) {
        refresh();
        headingRef.current?.focus();
      }
      return true;
    } catch (error) {
      const text = describeError(error, t);
      if (approve) {
        setResult({ kind: "error", text });
        window.setTimeout(() => resultRef.current?.focus(), 0);
      } else {
        setDialogError(text);
      }
      return false;
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title" tabIndex={-1} ref={headingRef}>
        {t.joinRequests.title}
      </h2>
      <p className="section__intro">{t.joinRequests.intro}</p>
      {result && (
        <Alert kind={result.kind} ref={resultRef}>
          {result.text}
        </Alert>
      )}
      <ListStatus
        list={list}
        empty={
          <EmptyState title={t.joinRequests.empty}>
            <p>{t.joinRequests.emptyText}</p>
          </EmptyState>
        }
        moreLabel={t.joinRequests.loadMore}
      >
        {(requests) => (
          <DataTable
            caption={t.joinRequests.caption}
            rows={requests}
            rowKey={(r) => r.id}
            columns={[
              {
                header: t.joinRequests.person,
                cell: (r) => <Link to={`/people/${r.person.id}`}>{r.person.name}</Link>,
              },
              {
                header: t.joinRequests.organization,
                cell: (r) => r.person.organization?.name ?? "–",
              },
              {
                header: t.joinRequests.message,
                cell: (r) =>
                  r.message ? (
                    <span className="message-text">{r.message}</span>
                  ) : (
                    <span className="muted">{t.joinRequests.noMessage}</span>
                  ),
              },
              {
                header: t.joinRequests.requestedAt,
                cell: (r) => formatDateTime(r.createdAt),
                className: "data-table__nowrap",
              },
              {
                header: t.joinRequests.actions,
                className: "data-table__actions",
                cell: (r) => (
                  <span className="button-row">
                    <button
                      type="button"
                      className="button button--primary button--small"
                      onClick={() => decide(r, true)}
                      aria-label={t.joinRequests.approveLabel(r.person.name)}
                      aria-disabled={busyId === r.id || undefined}
                    >
                      {busyId === r.id && !declining
                        ? t.joinRequests.deciding
                        : t.joinRequests.approve}
                    </button>
                    <button
                      type="button"
                      className="button button--danger-quiet button--small"
                      onClick={() => {
                        setDialogError(null);
                        setDeclining(r);
                      }}
                      aria-label={t.joinRequests.declineLabel(r.person.name)}
                    >
                      {t.joinRequests.decline}
                    </button>
                  </span>
                ),
              },
            ]}
          />
        )}
      </ListStatus>
      <ConfirmDialog
        open={declining !== null}
        title={t.joinRequests.declineTitle}
        confirmLabel={t.joinRequests.declineConfirm}
        busyLabel={t.joinRequests.deciding}
        busy={declining !== null && busyId === declining.id}
        error={dialogError}
        danger
        onConfirm={async () => {
          if (declining && (await decide(declining, false))) setDeclining(null);
        }}
        onCancel={() => setDeclining(null)}
        fallbackFocus={headingRef}
      >
        <p>{declining && t.joinRequests.declineText(declining.person.name)}</p>
      </ConfirmDialog>
    </section>
  );
}
