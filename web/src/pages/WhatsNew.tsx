import type { ReactNode } from "react";
import { Link } from "react-router";
import { WhatsNewQuery } from "../api/discussions";
import { useGraphQL } from "../api/query";
import { LoadError, Loading } from "../components/Status";
import { ThreadLinks } from "../components/ThreadLinks";
import { lineTarget, lineText } from "../components/notificationLines";
import type { WhatsNewQuery as WhatsNewData } from "../gql/graphql";
import { useT } from "../i18n";

/** How many entries each list of the start page shows. */
const NEWS_ENTRIES = 5;

type Mention = WhatsNewData["whatsNew"]["mentions"]["nodes"][number];

/**
 * The start page's "new for you": unread topics, the latest activity, the viewer's
 * open questions and where they were mentioned, across all of their groups.
 */
export function WhatsNew() {
  const t = useT();
  const { state, reload } = useGraphQL(WhatsNewQuery, { first: NEWS_ENTRIES });
  return (
    <section className="card section news" aria-labelledby="news-heading">
      <h2 id="news-heading" className="section__title">
        {t.home.newsTitle}
      </h2>
      <p className="section__intro">{t.home.newsIntro}</p>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <LoadError error={state.error} onRetry={reload} />}
      {state.status === "ready" && (
        <div className="news__lists">
          <NewsList id="news-unread" title={t.home.unreadTitle}>
            <ThreadLinks
              threads={state.data.whatsNew.unreadThreads.nodes}
              label={t.home.unreadTitle}
              empty={t.home.unreadEmpty}
              showGroup
            />
          </NewsList>
          <NewsList id="news-latest" title={t.home.latestTitle}>
            <ThreadLinks
              threads={state.data.whatsNew.latestThreads.nodes}
              label={t.home.latestTitle}
              empty={t.home.latestEmpty}
              showGroup
            />
          </NewsList>
          <NewsList id="news-questions" title={t.home.questionsTitle}>
            <ThreadLinks
              threads={state.data.whatsNew.openQuestions.nodes}
              label={t.home.questionsTitle}
              empty={t.home.questionsEmpty}
              showGroup
            />
          </NewsList>
          <NewsList id="news-mentions" title={t.home.mentionsTitle}>
            <Mentions mentions={state.data.whatsNew.mentions.nodes} />
          </NewsList>
        </div>
      )}
    </section>
  );
}

function NewsList({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className="news__list" role="group" aria-labelledby={id}>
      <h3 id={id} className="news__title">
        {title}
      </h3>
      {children}
    </div>
  );
}

function Mentions({ mentions }: { mentions: Mention[] }) {
  const t = useT();
  if (mentions.length === 0) return <p className="muted">{t.home.mentionsEmpty}</p>;
  return (
    <ul className="link-list" aria-label={t.home.mentionsTitle}>
      {mentions.map((mention) => {
        const line = { latest: mention, count: 1 };
        return (
          <li key={mention.id}>
            <Link to={lineTarget(line)}>{lineText(line, t)}</Link>
          </li>
        );
      })}
    </ul>
  );
}
