import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { request } from "../../api/client";
import { asApiError, isMalformedId } from "../../api/errors";
import {
  CreateOrganizationMutation,
  OrganizationQuery,
  OrganizationsQuery,
  RegionsQuery,
  UpdateOrganizationMutation,
} from "../../api/organizations";
import { invalidate, setCached, useGraphQL } from "../../api/query";
import { useAnnounce } from "../../components/Announcer";
import { BackLink } from "../../components/BackLink";
import { SelectField, TextAreaField, TextField } from "../../components/Field";
import { Form, SubmitButton, useForm } from "../../components/Form";
import { PageHeading } from "../../components/PageHeading";
import { LoadError, Loading } from "../../components/Status";
import { EMAIL_PATTERN } from "../../components/validate";
import type { OrganizationFieldsFragment, OrganizationKind } from "../../gql/graphql";
import { useT } from "../../i18n";
import { useSession, type Viewer } from "../../session";
import { NoAccessPage } from "../NoAccessPage";
import { NotFoundPage } from "../NotFoundPage";

/** Limits of the server (backend/orgs/model.rs). */
const NAME_MAX = 200;
const DESCRIPTION_MAX = 20_000;
const KINDS: OrganizationKind[] = ["DISTRICT", "INDEPENDENT_CITY", "AGENCY", "OTHER"];

/** `/organizations/new` and `/organizations/:id/edit` (administrators). */
export function OrganizationFormPage() {
  const t = useT();
  const viewer = useSession().viewer as Viewer;
  const { id } = useParams();
  const existing = useGraphQL(OrganizationQuery, { id: id ?? "" }, { enabled: id != null });

  if (!viewer.isAdmin) return <NoAccessPage />;
  // A new form for each organisation (and for "new"), so no state carries over.
  if (id == null) return <OrganizationForm key="new" organization={null} />;
  if (existing.state.status === "loading") return <Loading />;
  if (existing.state.status === "error") {
    const error = asApiError(existing.state.error);
    if (error.code === "NOT_FOUND" || isMalformedId(error)) return <NotFoundPage />;
    return (
      <>
        <PageHeading title={t.app.loadFailed} />
        <LoadError error={error} onRetry={existing.reload} />
      </>
    );
  }
  const organization = existing.state.data.organization;
  if (!organization) return <NotFoundPage />;
  return <OrganizationForm key={id} organization={organization} />;
}

type OrgField =
  | "name"
  | "kind"
  | "municipality"
  | "region"
  | "description"
  | "contactEmail"
  | "contactPhone"
  | "website";

function OrganizationForm({ organization }: { organization: OrganizationFieldsFragment | null }) {
  const t = useT();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const regions = useGraphQL(RegionsQuery, {});
  const [name, setName] = useState(organization?.name ?? "");
  const [kind, setKind] = useState<OrganizationKind>(organization?.kind ?? "DISTRICT");
  const [municipality, setMunicipality] = useState(organization?.municipality ?? "");
  const [region, setRegion] = useState(organization?.region?.id ?? "");
  const [description, setDescription] = useState(organization?.description ?? "");
  const [contactEmail, setContactEmail] = useState(organization?.contactEmail ?? "");
  const [contactPhone, setContactPhone] = useState(organization?.contactPhone ?? "");
  const [website, setWebsite] = useState(organization?.website ?? "");
  const form = useForm<OrgField>();
  const title = organization
    ? t.organizationForm.editTitle(organization.name)
    : t.organizationForm.newTitle;

  const required = (value: string, max: number) =>
    !value.trim()
      ? t.reasons.REQUIRED
      : [...value.trim()].length > max
        ? t.fields.nameTooLong(max)
        : undefined;

  const onSubmit = () =>
    form.submit({
      validate: () => {
        const errors: Partial<Record<OrgField, string>> = {};
        const nameError = required(name, NAME_MAX);
        const municipalityError = required(municipality, NAME_MAX);
        if (nameError) errors.name = nameError;
        if (municipalityError) errors.municipality = municipalityError;
        if ([...description.trim()].length > DESCRIPTION_MAX)
          errors.description = t.fields.textTooLong(DESCRIPTION_MAX);
        if (contactEmail.trim() && !EMAIL_PATTERN.test(contactEmail.trim()))
          errors.contactEmail = t.reasons.INVALID_EMAIL;
        if (website.trim() && !/^https?:\/\/\S+$/i.test(website.trim()))
          errors.website = t.reasons.INVALID_WEBSITE;
        return errors;
      },
      action: async () => {
        const input = {
          name: name.trim(),
          kind,
          municipality: municipality.trim(),
          regionId: region || null,
          description: description.trim(),
          contactEmail: contactEmail.trim() || null,
          contactPhone: contactPhone.trim() || null,
          website: website.trim() || null,
        };
        if (organization) {
          const data = await request(UpdateOrganizationMutation, { id: organization.id, input });
          setCached(
            OrganizationQuery,
            { id: organization.id },
            {
              organization: data.updateOrganization,
            },
          );
          invalidate(OrganizationsQuery);
          announce(t.organizationForm.saved);
          navigate(`/organizations/${data.updateOrganization.id}`);
        } else {
          const data = await request(CreateOrganizationMutation, { input });
          invalidate(OrganizationsQuery);
          announce(t.organizationForm.created(data.createOrganization.name));
          navigate(`/organizations/${data.createOrganization.id}`);
        }
      },
      fieldFor: (field) => {
        if (field === "regionId") return "region";
        const known: string[] = [
          "name",
          "municipality",
          "description",
          "contactEmail",
          "contactPhone",
          "website",
        ];
        return known.includes(field) ? (field as OrgField) : null;
      },
    });

  const back = organization ? `/organizations/${organization.id}` : "/organizations";

  return (
    <div className="narrow-page">
      <BackLink to={back}>{organization ? organization.name : t.organization.back}</BackLink>
      <PageHeading title={title} />
      <p className="lead">{t.organizationForm.intro}</p>
      <div className="card">
        <Form state={form} onSubmit={onSubmit} labelledBy="page-heading">
          <TextField
            label={t.organizationForm.name}
            name="name"
            hint={t.organizationForm.nameHint}
            value={name}
            onChange={setName}
            error={form.fieldErrors.name}
            maxLength={NAME_MAX}
            autoComplete="organization"
            required
          />
          <div className="form__row">
            <SelectField<OrganizationKind>
              label={t.organizationForm.kind}
              name="kind"
              value={kind}
              onChange={setKind}
              options={KINDS.map((value) => ({ value, label: t.organizations.kinds[value] }))}
            />
            <SelectField<string>
              label={t.organizationForm.region}
              name="region"
              value={region}
              onChange={setRegion}
              error={form.fieldErrors.region}
              options={[
                { value: "", label: t.organizationForm.noRegion },
                ...(regions.state.status === "ready"
                  ? regions.state.data.regions.map((r) => ({ value: r.id, label: r.name }))
                  : []),
              ]}
            />
          </div>
          <TextField
            label={t.organizationForm.municipality}
            name="municipality"
            hint={t.organizationForm.municipalityHint}
            value={municipality}
            onChange={setMunicipality}
            error={form.fieldErrors.municipality}
            maxLength={NAME_MAX}
            required
          />
          <TextAreaField
            label={t.organizationForm.description}
            name="description"
            hint={t.organizationForm.descriptionHint}
            value={description}
            onChange={setDescription}
            error={form.fieldErrors.description}
            rows={5}
          />
          <TextField
            label={t.organizationForm.contactEmail}
            name="contactEmail"
            type="email"
            autoComplete="off"
            value={contactEmail}
            onChange={setContactEmail}
            error={form.fieldErrors.contactEmail}
          />
          <div className="form__row">
            <TextField
              label={t.organizationForm.contactPhone}
              name="contactPhone"
              type="tel"
              autoComplete="off"
              hint={t.organizationForm.contactPhoneHint}
              value={contactPhone}
              onChange={setContactPhone}
              error={form.fieldErrors.contactPhone}
              maxLength={50}
            />
            <TextField
              label={t.organizationForm.website}
              name="website"
              type="url"
              autoComplete="off"
              hint={t.organizationForm.websiteHint}
              value={website}
              onChange={setWebsite}
              error={form.fieldErrors.website}
              maxLength={500}
            />
          </div>
          <div className="form__actions">
            {organization ? (
              <SubmitButton
                label={t.organizationForm.save}
                busyLabel={t.organizationForm.saving}
                busy={form.busy}
              />
            ) : (
              <SubmitButton
                label={t.organizationForm.create}
                busyLabel={t.organizationForm.creating}
                busy={form.busy}
              />
            )}
            <Link to={back}>{t.organizationForm.cancel}</Link>
          </div>
        </Form>
      </div>
    </div>
  );
}
