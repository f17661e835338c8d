import { useEffect, useState } from "react";
import { request } from "../../api/client";
import { UpdateProfileMutation } from "../../api/account";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { SelectField, TextField } from "../../components/Field";
import { Form, SubmitButton, useForm } from "../../components/Form";
import {
  JOB_TITLE_MAX,
  NAME_MAX,
  PHONE_MAX,
  checkName,
  checkOptionalLength,
  checkPhone,
  errorsOf,
} from "../../components/validate";
import type { Language } from "../../gql/graphql";
import { catalogueFor, langAttribute, useI18n } from "../../i18n";
import { useSession, type Viewer } from "../../session";

/**
 * Name, language, function in the office and phone number (email, role and the account's
 * age are shown, not edited).
 */
export function ProfileSection({ viewer }: { viewer: Viewer }) {
  const { t, formatDate } = useI18n();
  const { setViewer } = useSession();
  const announce = useAnnounce();
  const [name, setName] = useState(viewer.name);
  const [language, setLanguage] = useState<Language>(viewer.language);
  const [jobTitle, setJobTitle] = useState(viewer.jobTitle ?? "");
  const [phone, setPhone] = useState(viewer.phone ?? "");
  const [saved, setSaved] = useState(false);
  const form = useForm<"name" | "language" | "jobTitle" | "phone">();

  // The language switch in the header changes the account's language too.
  useEffect(() => setLanguage(viewer.language), [viewer.language]);

  const onSubmit = () => {
    setSaved(false);
    return form.submit({
      validate: () =>
        errorsOf({
          name: checkName(name, t),
          language: undefined,
          jobTitle: checkOptionalLength(jobTitle, JOB_TITLE_MAX, t),
          phone: checkPhone(phone, t),
        }),
      action: async () => {
        const data = await request(UpdateProfileMutation, {
          name: name.trim(),
          language,
          jobTitle: jobTitle.trim(),
          phone: phone.trim(),
        });
        setViewer(data.updateProfile);
        setName(data.updateProfile.name);
        setJobTitle(data.updateProfile.jobTitle ?? "");
        setPhone(data.updateProfile.phone ?? "");
        setSaved(true);
        // The catalogue may have switched: announce in the language now shown.
        announce(catalogueFor(data.updateProfile.language).account.saved);
      },
      fieldFor: (field) =>
        field === "name" || field === "jobTitle" || field === "phone" ? field : null,
    });
  };

  return (
    <section className="card section" aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="section__title">
        {t.account.profileTitle}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t.account.email}</dt>
          <dd>{viewer.email}</dd>
        </div>
        <div>
          <dt>{t.account.role}</dt>
          <dd>{viewer.isAdmin ? t.account.roleAdmin : t.account.roleMember}</dd>
        </div>
        <div>
          <dt>{t.account.memberSince}</dt>
          <dd>{formatDate(viewer.createdAt)}</dd>
        </div>
      </dl>
      <Form state={form} onSubmit={onSubmit} labelledBy="profile-heading">
        <TextField
          label={t.account.name}
          name="name"
          autoComplete="name"
          hint={t.account.nameHint}
          maxLength={NAME_MAX}
          value={name}
          onChange={(value) => {
            setName(value);
            setSaved(false);
          }}
          error={form.fieldErrors.name}
          required
        />
        <TextField
          label={t.account.jobTitle}
          name="jobTitle"
          autoComplete="organization-title"
          hint={t.account.jobTitleHint}
          maxLength={JOB_TITLE_MAX}
          value={jobTitle}
          onChange={(value) => {
            setJobTitle(value);
            setSaved(false);
          }}
          error={form.fieldErrors.jobTitle}
        />
        <TextField
          label={t.account.phone}
          name="phone"
          type="tel"
          autoComplete="tel"
          hint={t.account.phoneHint}
          maxLength={PHONE_MAX}
          value={phone}
          onChange={(value) => {
            setPhone(value);
            setSaved(false);
          }}
          error={form.fieldErrors.phone}
        />
        <SelectField<Language>
          label={t.account.language}
          name="language"
          hint={t.account.languageHint}
          value={language}
          onChange={(value) => {
            setLanguage(value);
            setSaved(false);
          }}
          options={(["DE", "EN"] as const).map((value) => ({
            value,
            label: t.languages[value],
            lang: langAttribute(value),
          }))}
        />
        <div className="form__actions">
          <SubmitButton label={t.account.save} busyLabel={t.account.saving} busy={form.busy} />
        </div>
        {saved && <Alert kind="success">{t.account.saved}</Alert>}
      </Form>
    </section>
  );
}
