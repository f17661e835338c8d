import { PageHeading } from "../../components/PageHeading";
import { useT } from "../../i18n";
import { useSession, type Viewer } from "../../session";
import { PasswordSection } from "./PasswordSection";
import { ProfileSection } from "./ProfileSection";
import { SessionsSection } from "./SessionsSection";

/** `/account`: profile, password and the list of sign-ins. */
export function AccountPage() {
  const t = useT();
  const viewer = useSession().viewer as Viewer;
  return (
    <>
      <PageHeading title={t.account.title} />
      <p className="lead">{t.account.intro}</p>
      <div className="account-layout">
        <ProfileSection viewer={viewer} />
        <PasswordSection />
        <SessionsSection />
      </div>
    </>
  );
}
