import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { request } from "../api/client";
import { RequestPasswordResetMutation } from "../api/account";
import { Alert } from "../components/Alert";
import { useAnnounce } from "../components/Announcer";
import { Form, SubmitButton, useForm } from "../components/Form";
import { TextField } from "../components/Field";
import { PageHeading } from "../components/PageHeading";
import { checkEmail, errorsOf } from "../components/validate";
import { useT } from "../i18n";

/** `/forgot-password`: asks for a reset link; the answer is the same whether the account exists or not. */
export function ForgotPasswordPage() {
  const t = useT();
  const announce = useAnnounce();
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);
  const form = useForm<"email">();
  const sentRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  const onSubmit = () =>
    form.submit({
      validate: () => errorsOf({ email: checkEmail(email, t) }),
      action: async () => {
        await request(RequestPasswordResetMutation, { email: email.trim() });
        setSent(true);
        announce(t.forgot.sentTitle);
      },
      fieldFor: (field) => (field === "email" ? "email" : null),
    });

  return (
    <div className="auth-page">
      <div className="card auth-card">
        <PageHeading title={t.forgot.title} />
        {sent ? (
          <Alert kind="success" title={t.forgot.sentTitle} ref={sentRef}>
            <p>{t.forgot.sentText}</p>
          </Alert>
        ) : (
          <>
            <p className="lead">{t.forgot.intro}</p>
            <Form state={form} onSubmit={onSubmit} labelledBy="page-heading">
              <TextField
                label={t.forgot.email}
                name="email"
                type="email"
                autoComplete="email"
                value={email}
                onChange={setEmail}
                error={form.fieldErrors.email}
                required
              />
              <div className="form__actions">
                <SubmitButton label={t.forgot.submit} busyLabel={t.forgot.busy} busy={form.busy} />
              </div>
            </Form>
          </>
        )}
        <p className="auth-card__note">
          <Link to="/login">{t.forgot.backToLogin}</Link>
        </p>
      </div>
    </div>
  );
}
