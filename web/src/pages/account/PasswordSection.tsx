import { useState } from "react";
import { request } from "../../api/client";
import { invalidate } from "../../api/query";
import { ChangePasswordMutation, SessionsQuery } from "../../api/account";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { TextField } from "../../components/Field";
import { Form, SubmitButton, useForm } from "../../components/Form";
import {
  NewPasswordFields,
  newPasswordErrors,
  useNewPassword,
} from "../../components/NewPasswordFields";
import { errorsOf } from "../../components/validate";
import { useT } from "../../i18n";

type PasswordField = "current" | "password" | "repeat";

/** Changing the password (which ends every other session). */
export function PasswordSection() {
  const t = useT();
  const announce = useAnnounce();
  const [current, setCurrent] = useState("");
  const newPassword = useNewPassword();
  const [changed, setChanged] = useState(false);
  const form = useForm<PasswordField>();

  const onSubmit = () => {
    setChanged(false);
    return form.submit({
      validate: () =>
        errorsOf<PasswordField>({
          current: current ? undefined : t.reasons.REQUIRED,
          ...newPasswordErrors(newPassword, t),
        }),
      action: async () => {
        await request(ChangePasswordMutation, { current, new: newPassword.password });
        setCurrent("");
        newPassword.clear();
        setChanged(true);
        announce(t.account.passwordChanged);
        // The other sessions have ended: their list loads again.
        invalidate(SessionsQuery);
      },
      fieldFor: (field) =>
        field === "current"
          ? "current"
          : field === "password" || field === "new"
            ? "password"
            : null,
    });
  };

  return (
    <section className="card section" aria-labelledby="password-heading">
      <h2 id="password-heading" className="section__title">
        {t.account.passwordTitle}
      </h2>
      <p className="section__intro">{t.account.passwordIntro}</p>
      <Form state={form} onSubmit={onSubmit} labelledBy="password-heading">
        <TextField
          label={t.account.currentPassword}
          name="current"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          error={form.fieldErrors.current}
          required
        />
        <NewPasswordFields
          value={newPassword}
          labels={{ password: t.account.newPassword, repeat: t.account.repeatPassword }}
          names={{ password: "new-password", repeat: "repeat-password" }}
          errors={form.fieldErrors}
        />
        <div className="form__actions">
          <SubmitButton
            label={t.account.changePassword}
            busyLabel={t.account.changingPassword}
            busy={form.busy}
          />
        </div>
        {changed && <Alert kind="success">{t.account.passwordChanged}</Alert>}
      </Form>
    </section>
  );
}
