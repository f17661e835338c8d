import { useState } from "react";
import { Link, Navigate, useSearchParams } from "react-router";
import { request } from "../api/client";
import { LoginMutation } from "../api/account";
import { Form, SubmitButton, useForm } from "../components/Form";
import { TextField } from "../components/Field";
import { PageHeading } from "../components/PageHeading";
import { Loading } from "../components/Status";
import { checkEmail, errorsOf } from "../components/validate";
import { useT } from "../i18n";
import { useSession } from "../session";
import { safeNext } from "../session/RequireAuth";

/** `/login`: email and password; afterwards back to where the person wanted to go. */
export function LoginPage() {
  const t = useT();
  const { state, setViewer } = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const form = useForm<"email" | "password">();

  if (state.status === "loading") return <Loading />;
  if (state.status === "ready" && state.viewer) return <Navigate to={next} replace />;

  const onSubmit = () =>
    form.submit({
      validate: () =>
        errorsOf({
          email: checkEmail(email, t),
          password: password ? undefined : t.reasons.REQUIRED,
        }),
      action: async () => {
        const data = await request(LoginMutation, {
          email: email.trim(),
          password,
        });
        setViewer(data.login);
      },
      fieldFor: (field) => (field === "email" ? "email" : null),
      messageFor: (error) =>
        error.code === "UNAUTHENTICATED" ? t.login.wrongCredentials : undefined,
    });

  return (
    <div className="auth-page">
      <div className="card auth-card">
        <PageHeading title={t.login.title} />
        <p className="lead">{t.login.intro}</p>
        <Form state={form} onSubmit={onSubmit} labelledBy="page-heading">
          <TextField
            label={t.login.email}
            name="email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={form.fieldErrors.email}
            required
          />
          <TextField
            label={t.login.password}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={form.fieldErrors.password}
            required
          />
          <div className="form__actions">
            <SubmitButton label={t.login.submit} busyLabel={t.login.busy} busy={form.busy} />
            <Link to="/forgot-password">{t.login.forgot}</Link>
          </div>
        </Form>
        <p className="auth-card__note">{t.login.noAccount}</p>
      </div>
    </div>
  );
}
