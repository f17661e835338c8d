import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { request } from "../api/client";
import { SetupFirstAdminMutation } from "../api/account";
import { Alert } from "../components/Alert";
import { useAnnounce } from "../components/Announcer";
import { Form, SubmitButton, useForm } from "../components/Form";
import { TextField } from "../components/Field";
import { PageHeading } from "../components/PageHeading";
import {
  NAME_MAX,
  checkEmail,
  checkName,
  checkNewPassword,
  checkRepeat,
  errorsOf,
} from "../components/validate";
import { useT } from "../i18n";
import { useSession } from "../session";

type SetupField = "name" | "email" | "password" | "repeat";

/** `/setup?token=…`: creates the first administrator with the link from the server log. */
export function SetupPage() {
  const t = useT();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const { setViewer } = useSession();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const form = useForm<SetupField>();

  const onSubmit = () =>
    form.submit({
      validate: () =>
        errorsOf<SetupField>({
          name: checkName(name, t),
          email: checkEmail(email, t),
          password: checkNewPassword(password, t),
          repeat: checkRepeat(password, repeat, t),
        }),
      action: async () => {
        const data = await request(SetupFirstAdminMutation, {
          token,
          name: name.trim(),
          email: email.trim(),
          password,
        });
        setViewer(data.setupFirstAdmin);
        announce(t.setup.done);
        navigate("/", { replace: true });
      },
      fieldFor: (field) =>
        field === "name" || field === "email" || field === "password" ? field : null,
    });

  return (
    <div className="auth-page">
      <div className="card auth-card">
        <PageHeading title={t.setup.title} />
        {!token ? (
          <Alert kind="error">{t.setup.missingToken}</Alert>
        ) : (
          <>
            <p className="lead">{t.setup.intro}</p>
            <Form state={form} onSubmit={onSubmit} labelledBy="page-heading">
              <TextField
                label={t.setup.name}
                name="name"
                autoComplete="name"
                maxLength={NAME_MAX}
                value={name}
                onChange={setName}
                error={form.fieldErrors.name}
                required
              />
              <TextField
                label={t.setup.email}
                name="email"
                type="email"
                autoComplete="username"
                value={email}
                onChange={setEmail}
                error={form.fieldErrors.email}
                required
              />
              <TextField
                label={t.setup.password}
                name="password"
                type="password"
                autoComplete="new-password"
                hint={t.fields.passwordHint}
                value={password}
                onChange={setPassword}
                error={form.fieldErrors.password}
                required
              />
              <TextField
                label={t.setup.repeat}
                name="repeat"
                type="password"
                autoComplete="new-password"
                value={repeat}
                onChange={setRepeat}
                error={form.fieldErrors.repeat}
                required
              />
              <div className="form__actions">
                <SubmitButton label={t.setup.submit} busyLabel={t.setup.busy} busy={form.busy} />
              </div>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}
