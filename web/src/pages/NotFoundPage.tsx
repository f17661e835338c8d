import { Link } from "react-router";
import { PageHeading } from "../components/PageHeading";
import { useT } from "../i18n";

/** Every path the app does not know. */
export function NotFoundPage() {
  const t = useT();
  return (
    <div className="card notice-page">
      <p className="notice-page__code" aria-hidden="true">
        404
      </p>
      <PageHeading title={t.notFound.title} />
      <p className="lead">{t.notFound.text}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t.notFound.home}
        </Link>
      </p>
    </div>
  );
}
