import { Link } from "react-router";
import { PageHeading } from "../components/PageHeading";
import { useT } from "../i18n";
import type { Viewer } from "../session";
import { useSession } from "../session";

/** `/`: the start page for signed-in people; it lists what is there, nothing else. */
export function HomePage() {
  const t = useT();
  const viewer = useSession().viewer as Viewer;
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
      <ul className="tile-grid">
        <li className="card tile">
          <h2 className="tile__title">{t.home.groupsTitle}</h2>
          <p>{t.home.groupsText}</p>
          <Link to="/groups" className="tile__link">
            {t.home.groupsLink}
            <span aria-hidden="true"> →</span>
          </Link>
        </li>
        <li className="card tile">
          <h2 className="tile__title">{t.home.organizationsTitle}</h2>
          <p>{t.home.organizationsText}</p>
          <Link to="/organizations" className="tile__link">
            {t.home.organizationsLink}
            <span aria-hidden="true"> →</span>
          </Link>
        </li>
        <li className="card tile">
          <h2 className="tile__title">{t.home.peopleTitle}</h2>
          <p>{t.home.peopleText}</p>
          <Link to="/people" className="tile__link">
            {t.home.peopleLink}
            <span aria-hidden="true"> →</span>
          </Link>
        </li>
        <li className="card tile">
          <h2 className="tile__title">{t.home.accountTitle}</h2>
          <p>{t.home.accountText}</p>
          <Link to="/account" className="tile__link">
            {t.home.accountLink}
            <span aria-hidden="true"> →</span>
          </Link>
        </li>
      </ul>
    </>
  );
}
