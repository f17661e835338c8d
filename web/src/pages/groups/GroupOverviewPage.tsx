import { Link } from "react-router";
import { LatestThreadsQuery } from "../../api/discussions";
import { useGraphQL } from "../../api/query";
import { RichText } from "../../components/RichText";
import { LoadError } from "../../components/Status";
import { ThreadLinks } from "../../components/ThreadLinks";
import { NoticeCards } from "../notices/NoticesPage";
import { useI18n } from "../../i18n";
import { useGroup } from "./GroupLayout";
import { JoinPanel } from "./JoinPanel";

/**
 * `/groups/:id`: the description with the latest topics below (for members), and the
 * group's facts; for non-members the way to join.
 */
export function GroupOverviewPage() {
  const { t, formatDate } = useI18n();
  const { group, setGroup } = useGroup();
  const inside = group.myRole != null || group.canModerate;

  return (
    <div className="group-overview">
      <div className="group-overview__main">
        <section className="card section" aria-labelledby="about-heading">
          <h2 id="about-heading" className="section__title">
            {t.group.about}
          </h2>
          {group.descriptionHtml ? (
            <RichText html={group.descriptionHtml} />
          ) : (
            <p className="muted">{t.group.noDescription}</p>
          )}
        </section>
        {inside && <Board groupId={group.id} canModerate={group.canModerate} />}
        {inside && <LatestThreads groupId={group.id} />}
      </div>
      <div className="group-overview__aside">
        {!inside && (
          <section className="card section" aria-labelledby="join-heading">
            <h2 id="join-heading" className="section__title">
              {t.join.title}
            </h2>
            <p className="section__intro">{t.group.notMember}</p>
            <JoinPanel group={group} onChange={setGroup} />
          </section>
        )}
        <section className="card section" aria-labelledby="facts-heading">
          <h2 id="facts-heading" className="section__title">
            {t.group.facts}
          </h2>
          <dl className="fact-list">
            <div>
              <dt>{t.group.yourRole}</dt>
              <dd>
                {group.myRole
                  ? t.roles[group.myRole]
                  : group.canModerate
                    ? t.group.adminRole
                    : t.group.noRole}
              </dd>
            </div>
            <div>
              <dt>{t.group.memberCount}</dt>
              <dd>{group.memberCount}</dd>
            </div>
            <div>
              <dt>{t.group.visibility}</dt>
              <dd>{t.visibility[group.visibility]}</dd>
            </div>
            <div>
              <dt>{t.group.joinPolicy}</dt>
              <dd>{t.joinPolicy[group.joinPolicy]}</dd>
            </div>
            <div>
              <dt>{t.group.createdAt}</dt>
              <dd>{formatDate(group.createdAt)}</dd>
            </div>
          </dl>
        </section>
        {group.canModerate && (
          <section className="card section" aria-labelledby="moderation-heading">
            <h2 id="moderation-heading" className="section__title">
              {t.group.moderationTitle}
            </h2>
            <p className="section__intro">{t.group.moderationText}</p>
          </section>
        )}
      </div>
    </div>
  );
}

/** How many notices the overview's board shows. */
const BOARD_NOTICES = 3;

/** The group's pinboard: its first current notices, with a link to all of them. */
function Board({ groupId, canModerate }: { groupId: string; canModerate: boolean }) {
  const { t } = useI18n();
  return (
    <section className="section board" aria-labelledby="board-heading">
      <h2 id="board-heading" className="section__title">
        {t.notices.boardTitle}
      </h2>
      <NoticeCards
        groupId={groupId}
        list="CURRENT"
        canModerate={canModerate}
        empty={t.notices.boardEmpty}
        first={BOARD_NOTICES}
      />
      <p>
        <Link to={`/groups/${groupId}/notices`}>{t.notices.allNotices}</Link>
      </p>
    </section>
  );
}

/** How many topics the overview lists. */
const LATEST_THREADS = 5;

/** The group's latest topics, with a link to all of them. */
function LatestThreads({ groupId }: { groupId: string }) {
  const { t } = useI18n();
  const { state, reload } = useGraphQL(LatestThreadsQuery, { groupId, first: LATEST_THREADS });
  return (
    <section className="card section" aria-labelledby="latest-heading">
      <h2 id="latest-heading" className="section__title">
        {t.group.latestTitle}
      </h2>
      {state.status === "error" && <LoadError error={state.error} onRetry={reload} />}
      {state.status === "ready" && (
        <ThreadLinks
          threads={state.data.threads.nodes}
          label={t.group.latestTitle}
          empty={t.group.latestEmpty}
        />
      )}
      <p>
        <Link to={`/groups/${groupId}/threads`}>{t.group.allThreads}</Link>
      </p>
    </section>
  );
}
