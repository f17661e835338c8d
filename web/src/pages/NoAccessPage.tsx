import { Link } from "react-router";
import { PageHeading } from "../components/PageHeading";
import { useT } from "../i18n";

/** A page the viewer may not see (FORBIDDEN): says so, and where to go instead. */
export function NoAccessPage({
  text,
  back,
}: {
  /** Why, in this place; a general sentence when not given. */
  text?: string;
  back?: { to: string; label: string };
}) {
  const t = useT();
  return (
    <div className="card notice-page">
      <p className="notice-page__code" aria-hidden="true">
        403
      </p>
      <PageHeading title={t.noAccess.title} />
      <p className="lead">{text ?? t.noAccess.text}</p>
      <p>
        <Link to={back?.to ?? "/"} className="button button--primary">
          {back?.label ?? t.notFound.home}
        </Link>
      </p>
    </div>
  );
}
