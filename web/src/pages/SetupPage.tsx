import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { request } from "../api/client";
import { SetupFirstAdminMutation } from "../api/account";
import { Alert } from "../components/Alert";
import { useAnnounce } from "../components/Announcer";
import { Form, SubmitButton, useForm } from "../components/Form";
import { TextField } from "../components/Field";
import {
  NewPasswordFields,
  newPasswordErrors,
  useNewPassword,
} from "../components/NewPasswordFields";
import { PageHeading } from "../components/PageHeading";
import { NAME_MAX, checkEmail, checkName, errorsOf } from "../components/validate";
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
  const newPassword = useNewPassword();
  const form = useForm<SetupField>();

  const onSubmit = () =>
    form.submit({
      validate: () =>
        errorsOf<SetupField>({
          name: checkName(name, t),
          email: checkEmail(email, t),
          ...newPasswordErrors(newPassword, t),
        }),
      action: async () => {
        const data = await request(SetupFirstAdminMutation, {
          token,
          name: name.trim(),
          email: email.trim(),
          password: newPassword.password,
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
              <NewPasswordFields
                value={newPassword}
                labels={{ password: t.setup.password, repeat: t.setup.repeat }}
                errors={form.fieldErrors}
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
