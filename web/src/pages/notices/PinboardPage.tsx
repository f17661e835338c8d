import { PinboardQuery } from "../../api/notices";
import { invalidate, usePagedQuery } from "../../api/query";
import { EmptyState, ListStatus } from "../../components/ListStatus";
import { PageHeading } from "../../components/PageHeading";
import { useT } from "../../i18n";
import { NoticeCard } from "./NoticeCard";

/** `/pinboard`: the current notices of all the viewer's groups, newest first. */
export function PinboardPage() {
  const t = useT();
  const notices = usePagedQuery(PinboardQuery, {}, (data) => data.pinboard);
  return (
    <section className="page-section">
      <PageHeading title={t.notices.pinboardTitle}>{t.notices.pinboardTitle}</PageHeading>
      <p className="section__intro">{t.notices.pinboardIntro}</p>
      <ListStatus list={notices} empty={<EmptyState title={t.notices.pinboardEmpty} />}>
        {(items) => (
          <ul className="notice-list" aria-label={t.notices.pinboardTitle}>
            {items.map((notice) => (
              <li key={notice.id}>
                <NoticeCard
                  notice={notice}
                  canModerate={false}
                  showGroup
                  onChanged={(fresh) =>
                    notices.setItems((list) => list.map((n) => (n.id === fresh.id ? fresh : n)))
                  }
                  onRemoved={() => invalidate(PinboardQuery)}
                />
              </li>
            ))}
          </ul>
        )}
      </ListStatus>
    </section>
  );
}
