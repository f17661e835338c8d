import { useState } from "react";
import type { Catalogue } from "../i18n/de";
import { useT } from "../i18n";
import { TextField } from "./Field";
import { checkNewPassword, checkRepeat } from "./validate";

/** What is typed into `NewPasswordFields`. */
export interface NewPassword {
  password: string;
  repeat: string;
  setPassword: (value: string) => void;
  setRepeat: (value: string) => void;
  /** Empties both fields (after the password was saved). */
  clear: () => void;
}

/** The state of `NewPasswordFields`. */
export function useNewPassword(): NewPassword {
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  return {
    password,
    repeat,
    setPassword,
    setRepeat,
    clear: () => {
      setPassword("");
      setRepeat("");
    },
  };
}

/** The messages for a new password and its repetition (the server's length rules). */
export function newPasswordErrors(value: NewPassword, t: Catalogue) {
  return {
    password: checkNewPassword(value.password, t),
    repeat: checkRepeat(value.password, value.repeat, t),
  };
}

/** A new password and its repetition, with the length hint and their errors. */
export function NewPasswordFields({
  value,
  labels,
  names = { password: "password", repeat: "repeat" },
  errors,
}: {
  value: NewPassword;
  labels: { password: string; repeat: string };
  /** The fields' `name`s (password managers go by them). */
  names?: { password: string; repeat: string };
  errors: { password?: string | undefined; repeat?: string | undefined };
}) {
  const t = useT();
  return (
    <>
      <TextField
        label={labels.password}
        name={names.password}
        type="password"
        autoComplete="new-password"
        hint={t.fields.passwordHint}
        value={value.password}
        onChange={value.setPassword}
        error={errors.password}
        required
      />
      <TextField
        label={labels.repeat}
        name={names.repeat}
        type="password"
        autoComplete="new-password"
        value={value.repeat}
        onChange={value.setRepeat}
        error={errors.repeat}
        required
      />
    </>
  );
}
