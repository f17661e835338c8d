import { useEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { request } from "../api/client";
import { ResetPasswordMutation } from "../api/account";
import { Alert } from "../components/Alert";
import { useAnnounce } from "../components/Announcer";
import { Form, SubmitButton, useForm } from "../components/Form";
import {
  NewPasswordFields,
  newPasswordErrors,
  useNewPassword,
} from "../components/NewPasswordFields";
import { PageHeading } from "../components/PageHeading";
import { errorsOf } from "../components/validate";
import { useT } from "../i18n";
import { useSession } from "../session";

/** `/set-password?token=…`: the page behind a reset or invitation link. */
export function SetPasswordPage() {
  const t = useT();
  const announce = useAnnounce();
  const { reload } = useSession();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const newPassword = useNewPassword();
  const [done, setDone] = useState(false);
  const form = useForm<"password" | "repeat">();
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const onSubmit = () =>
    form.submit({
      validate: () => errorsOf(newPasswordErrors(newPassword, t)),
      action: async () => {
        await request(ResetPasswordMutation, { token, new: newPassword.password });
        setDone(true);
        announce(t.setPassword.doneTitle);
        // Every session of the account has ended; perhaps this browser's too.
        reload();
      },
      fieldFor: (field) => (field === "password" || field === "new" ? "password" : null),
    });

  return (
    <div className="auth-page">
      <div className="card auth-card">
        <PageHeading title={t.setPassword.title} />
        {!token ? (
          <>
            <Alert kind="error">{t.setPassword.missingToken}</Alert>
            <p className="auth-card__note">
              <Link to="/forgot-password">{t.setPassword.requestNew}</Link>
            </p>
          </>
        ) : done ? (
          <>
            <Alert kind="success" title={t.setPassword.doneTitle} ref={doneRef}>
              <p>{t.setPassword.doneText}</p>
            </Alert>
            <p className="auth-card__note">
              <Link to="/login" className="button button--primary">
                {t.setPassword.toLogin}
              </Link>
            </p>
          </>
        ) : (
          <>
            <p className="lead">{t.setPassword.intro}</p>
            <Form state={form} onSubmit={onSubmit} labelledBy="page-heading">
              <NewPasswordFields
                value={newPassword}
                labels={{ password: t.setPassword.password, repeat: t.setPassword.repeat }}
                errors={form.fieldErrors}
              />
              <div className="form__actions">
                <SubmitButton
                  label={t.setPassword.submit}
                  busyLabel={t.setPassword.busy}
                  busy={form.busy}
                />
              </div>
            </Form>
            {form.formError === t.reasons.INVALID_LINK && (
              <p className="auth-card__note">
                <Link to="/forgot-password">{t.setPassword.requestNew}</Link>
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
