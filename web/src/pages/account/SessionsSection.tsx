import { useCallback, useRef, useState } from "react";
import { RevokeSessionMutation, SessionsQuery } from "../../api/account";
import { request } from "../../api/client";
import { describeError } from "../../api/errors";
import { useListQuery } from "../../api/query";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { ListStatus } from "../../components/ListStatus";
import type { SessionsQuery as SessionsData } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { describeDevice } from "./device";

type SessionItem = SessionsData["sessions"][number];

/** The browsers the person is signed in on, this one marked, the others revocable. */
export function SessionsSection() {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const list = useListQuery(SessionsQuery, {}, (data) => data.sessions);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const deviceName = useCallback(
    (userAgent: string) => {
      const { browser, system } = describeDevice(userAgent);
      return `${browser ?? t.account.unknownBrowser} · ${system ?? t.account.unknownSystem}`;
    },
    [t],
  );

  const revoke = async (session: SessionItem) => {
    if (busyId) return;
    setBusyId(session.id);
    setRevokeError(null);
    try {
      await request(RevokeSessionMutation, { id: session.id });
      list.setItems((sessions) => sessions.filter((x) => x.id !== session.id));
      announce(t.account.revoked);
      headingRef.current?.focus();
    } catch (error) {
      setRevokeError(describeError(error, t));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section className="card section section--wide" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading" className="section__title" tabIndex={-1} ref={headingRef}>
        {t.account.sessionsTitle}
      </h2>
      <p className="section__intro">{t.account.sessionsIntro}</p>
      {revokeError && <Alert kind="error">{revokeError}</Alert>}
      <ListStatus list={list}>
        {(sessions) => (
          <>
            <ul className="session-list">
              {sessions.map((session) => {
                const name = deviceName(session.userAgent);
                const since = formatDateTime(session.createdAt);
                return (
                  <li
                    key={session.id}
                    className={`session${session.current ? " session--current" : ""}`}
                  >
                    <div className="session__main">
                      <p className="session__device">
                        <span>{name}</span>
                        {session.current && (
                          <span className="badge badge--current">{t.account.thisDevice}</span>
                        )}
                      </p>
                      <dl className="session__facts">
                        <div>
                          <dt>{t.account.signedInSince}</dt>
                          <dd>{since}</dd>
                        </div>
                        <div>
                          <dt>{t.account.lastActive}</dt>
                          <dd>{formatDateTime(session.lastSeenAt)}</dd>
                        </div>
                        <div>
                          <dt>{t.account.address}</dt>
                          <dd>{session.ip || "–"}</dd>
                        </div>
                      </dl>
                    </div>
                    {!session.current && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => revoke(session)}
                        aria-label={t.account.revokeLabel(name, since)}
                        aria-disabled={busyId === session.id || undefined}
                      >
                        {t.account.revoke}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
            {sessions.every((s) => s.current) && (
              <p className="muted">{t.account.onlyThisDevice}</p>
            )}
          </>
        )}
      </ListStatus>
    </section>
  );
}
