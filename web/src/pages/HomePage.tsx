import { Link } from "react-router";
import { PageHeading } from "../components/PageHeading";
import { useT } from "../i18n";
import type { Viewer } from "../session";
import { useSession } from "../session";
import { WhatsNew } from "./WhatsNew";

/** `/`: the start page for signed-in people: what is new in their groups, and what is there. */
export function HomePage() {
  const t = useT();
  const viewer = useSession().viewer as Viewer;
  const tiles = [
    { to: "/groups", title: t.home.groupsTitle, text: t.home.groupsText, link: t.home.groupsLink },
    {
      to: "/organizations",
      title: t.home.organizationsTitle,
      text: t.home.organizationsText,
      link: t.home.organizationsLink,
    },
    { to: "/people", title: t.home.peopleTitle, text: t.home.peopleText, link: t.home.peopleLink },
    {
      to: "/account",
      title: t.home.accountTitle,
      text: t.home.accountText,
      link: t.home.accountLink,
    },
  ];
  return (
    <>
      <PageHeading title={t.home.greeting(viewer.name)} />
      <p className="lead">{t.home.intro}</p>
      {viewer.isAdmin && (
        <p className="badge-line">
          <span className="badge badge--admin">{t.account.roleAdmin}</span>
          {t.home.adminNote}
        </p>
      )}
      <WhatsNew />
      <ul className="tile-grid">
        {tiles.map((tile) => (
          <li key={tile.to} className="card tile">
            <h2 className="tile__title">{tile.title}</h2>
            <p>{tile.text}</p>
            <Link to={tile.to} className="tile__link">
              {tile.link}
              <span aria-hidden="true"> →</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
