import { RichText } from "../../components/RichText";
import { useI18n } from "../../i18n";
import { useGroup } from "./GroupLayout";
import { JoinPanel } from "./JoinPanel";

/** `/groups/:id`: the description and the group's facts; for non-members the way to join. */
export function GroupOverviewPage() {
  const { t, formatDate } = useI18n();
  const { group, setGroup } = useGroup();
  const inside = group.myRole != null || group.canModerate;

  return (
    <div className="group-overview">
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
