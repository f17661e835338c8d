import { useState } from "react";
import { request } from "../../api/client";
import { describeError } from "../../api/errors";
import {
  HandOverMutation,
  OrganizationMembersQuery,
  PeopleQuery,
  SetAccountOrganizationMutation,
} from "../../api/organizations";
import { invalidate, queryKey, useCachedLoad } from "../../api/query";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { SelectField } from "../../components/Field";
import { Form, SubmitButton, useForm } from "../../components/Form";
import { LoadError, Loading } from "../../components/Status";
import type { PeopleQuery as PeopleData, PersonFieldsFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { useAllOrganizations } from "../organizations/useAllOrganizations";

/** For administrators: a person's organisation, and the handover to a successor. */
export function PersonAdminSection({
  person,
  onChange,
  onHandedOver,
}: {
  person: PersonFieldsFragment;
  onChange: (person: PersonFieldsFragment) => void;
  onHandedOver: () => void;
}) {
  const t = useT();
  return (
    <section className="card section admin-section" aria-labelledby="admin-heading">
      <h2 id="admin-heading" className="section__title">
        {t.person.adminTitle}
      </h2>
      <p className="section__intro">{t.person.adminIntro}</p>
      <div className="two-columns two-columns--plain">
        <OrganizationForm person={person} onChange={onChange} />
        <Handover
          key={person.organization?.id ?? "none"}
          person={person}
          onHandedOver={onHandedOver}
        />
      </div>
    </section>
  );
}

function OrganizationForm({
  person,
  onChange,
}: {
  person: PersonFieldsFragment;
  onChange: (person: PersonFieldsFragment) => void;
}) {
  const t = useT();
  const announce = useAnnounce();
  const organizations = useAllOrganizations();
  const [organization, setOrganization] = useState(person.organization?.id ?? "");
  const [saved, setSaved] = useState(false);
  const form = useForm<"organization">();

  const onSubmit = () => {
    setSaved(false);
    return form.submit({
      action: async () => {
        const data = await request(SetAccountOrganizationMutation, {
          accountId: person.id,
          organizationId: organization || null,
        });
        onChange(data.setAccountOrganization);
        // The directory and the organisations' member lists show the change.
        invalidate(PeopleQuery);
        invalidate(OrganizationMembersQuery);
        setSaved(true);
        announce(t.person.organizationSaved(person.name));
      },
      fieldFor: (field) => (field === "organizationId" ? "organization" : null),
    });
  };

  return (
    <div>
      <h3 id="organization-form-heading" className="subsection__title">
        {t.person.setOrganizationTitle}
      </h3>
      <Form state={form} onSubmit={onSubmit} labelledBy="organization-form-heading">
        <SelectField<string>
          label={t.person.setOrganization}
          name="organization"
          hint={t.person.setOrganizationHint}
          value={organization}
          onChange={(value) => {
            setOrganization(value);
            setSaved(false);
          }}
          error={
            form.fieldErrors.organization ??
            (organizations.state.status === "error"
              ? describeError(organizations.state.error, t)
              : undefined)
          }
          options={[
            { value: "", label: t.person.noOrganizationOption },
            ...(organizations.state.status === "ready"
              ? organizations.state.data.map((o) => ({ value: o.id, label: o.name }))
              : []),
          ]}
        />
        <div className="form__actions">
          <SubmitButton
            label={t.person.saveOrganization}
            busyLabel={t.person.savingOrganization}
            busy={form.busy}
            kind="secondary"
          />
        </div>
        {saved && <Alert kind="success">{t.person.organizationSaved(person.name)}</Alert>}
      </Form>
    </div>
  );
}

function Handover({
  person,
  onHandedOver,
}: {
  person: PersonFieldsFragment;
  onHandedOver: () => void;
}) {
  const t = useT();
  const announce = useAnnounce();
  const organizationId = person.organization?.id ?? null;
  const candidates = useCachedLoad(
    [...queryKey(PeopleQuery, { organizationId }), "successors of", person.id],
    async () => {
      const all: { id: string; name: string }[] = [];
      let after: string | null = null;
      for (;;) {
        const data: PeopleData = await request(PeopleQuery, { first: 100, after, organizationId });
        all.push(...data.people.nodes.filter((p) => p.id !== person.id));
        if (!data.people.pageInfo.hasNextPage) return all;
        after = data.people.pageInfo.endCursor ?? null;
      }
    },
    organizationId != null,
  );
  const [successor, setSuccessor] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<"successor">();

  const successorName =
    candidates.state.status === "ready"
      ? (candidates.state.data.find((c) => c.id === successor)?.name ?? "")
      : "";

  const onSubmit = () =>
    form.submit({
      validate: () => (successor ? {} : { successor: t.reasons.REQUIRED }),
      action: async () => {
        setDone(null);
        setDialogError(null);
        setConfirming(true);
      },
    });

  const handOver = async () => {
    if (busy) return;
    setBusy(true);
    setDialogError(null);
    try {
      await request(HandOverMutation, { fromAccountId: person.id, toAccountId: successor });
      const text = t.person.handedOver(person.name, successorName);
      setConfirming(false);
      setDone(text);
      announce(text);
      onHandedOver();
    } catch (error) {
      setDialogError(describeError(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <h3 id="handover-heading" className="subsection__title">
        {t.person.handoverTitle}
      </h3>
      <p className="section__intro">{t.person.handoverIntro(person.name)}</p>
      {!organizationId ? (
        <p className="muted">{t.person.handoverNeedsOrganization}</p>
      ) : candidates.state.status === "loading" ? (
        <Loading />
      ) : candidates.state.status === "error" ? (
        <LoadError error={candidates.state.error} onRetry={candidates.reload} />
      ) : candidates.state.data.length === 0 ? (
        <p className="muted">{t.person.handoverNoCandidates}</p>
      ) : (
        <Form state={form} onSubmit={onSubmit} labelledBy="handover-heading">
          <SelectField<string>
            label={t.person.successor}
            name="successor"
            value={successor}
            onChange={setSuccessor}
            error={form.fieldErrors.successor}
            options={[
              { value: "", label: t.person.chooseSuccessor },
              ...candidates.state.data.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          <div className="form__actions">
            <SubmitButton
              label={t.person.handover}
              busyLabel={t.person.handover}
              busy={form.busy}
              kind="secondary"
            />
          </div>
          {done && <Alert kind="success">{done}</Alert>}
        </Form>
      )}
      <ConfirmDialog
        open={confirming}
        title={t.person.handoverDialogTitle}
        confirmLabel={t.person.handoverConfirm}
        busyLabel={t.person.handingOver}
        busy={busy}
        error={dialogError}
        onConfirm={handOver}
        onCancel={() => setConfirming(false)}
      >
        <p>{t.person.handoverDialogText(person.name, successorName)}</p>
      </ConfirmDialog>
    </div>
  );
}
