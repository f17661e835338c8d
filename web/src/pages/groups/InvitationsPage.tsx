import { useId, useRef, useState } from "react";
import { request } from "../../api/client";
import { describeError } from "../../api/errors";
import {
  InvitationsQuery,
  InviteToGroupMutation,
  ResendInvitationMutation,
  RevokeInvitationMutation,
} from "../../api/groups";
import { usePagedQuery, type PagedList } from "../../api/query";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { DataTable } from "../../components/DataTable";
import { SelectField, TextAreaField } from "../../components/Field";
import { Form, SubmitButton, useForm } from "../../components/Form";
import { EmptyState, ListStatus } from "../../components/ListStatus";
import { RoleBadge } from "../../components/RoleBadge";
import { EMAIL_PATTERN } from "../../components/validate";
import type { GroupRole, InvitationFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { useAllOrganizations } from "../organizations/useAllOrganizations";
import { useGroup } from "./GroupLayout";

/** Limits of the server (backend/groups/model.rs). */
const MAX_ADDRESSES = 100;
const MESSAGE_MAX = 2000;

/** The addresses of the textarea: split at line breaks, commas and semicolons, deduplicated. */
function splitAddresses(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[\n,;]+/)) {
    const address = part.trim();
    if (address && !seen.has(address.toLowerCase())) {
      seen.add(address.toLowerCase());
      out.push(address);
    }
  }
  return out;
}

/** `/groups/:id/invitations` (moderators): invite addresses, see and manage the invitations. */
export function InvitationsPage() {
  const { group } = useGroup();
  const list = usePagedQuery(
    InvitationsQuery,
    { id: group.id },
    // A moderator's group is never null: the API would have answered NOT_FOUND.
    (data) => data.group!.invitations,
  );

  return (
    <div className="stack">
      <InviteForm onInvited={list.refresh} />
      <InvitationTable list={list} />
    </div>
  );
}

type InviteField = "emails" | "role" | "message" | "organization";

/** Addresses (one or many), role, a personal message and an organisation for new accounts. */
function InviteForm({ onInvited }: { onInvited: () => void }) {
  const { t } = useI18n();
  const { group } = useGroup();
  const announce = useAnnounce();
  const organizations = useAllOrganizations();
  const [emails, setEmails] = useState("");
  const [role, setRole] = useState<GroupRole>("MEMBER");
  const [message, setMessage] = useState("");
  const [organization, setOrganization] = useState("");
  const [result, setResult] = useState<string[] | null>(null);
  const form = useForm<InviteField>();
  const resultRef = useRef<HTMLDivElement>(null);

  const onSubmit = () => {
    setResult(null);
    const addresses = splitAddresses(emails);
    return form.submit({
      validate: () => {
        const invalid = addresses.filter((a) => !EMAIL_PATTERN.test(a));
        const errors: Partial<Record<InviteField, string>> = {};
        if (addresses.length === 0) errors.emails = t.fields.emailsRequired;
        else if (invalid.length > 0) errors.emails = t.fields.emailsInvalid(invalid);
        else if (addresses.length > MAX_ADDRESSES)
          errors.emails = t.fields.emailsTooMany(MAX_ADDRESSES);
        if ([...message.trim()].length > MESSAGE_MAX)
          errors.message = t.fields.textTooLong(MESSAGE_MAX);
        return errors;
      },
      action: async () => {
        const data = await request(InviteToGroupMutation, {
          groupId: group.id,
          emails: addresses,
          role,
          message: message.trim() || null,
          organizationId: organization || null,
        });
        const sent = data.inviteToGroup.length;
        const lines = [t.invitations.sent(sent)];
        if (addresses.length > sent) lines.push(t.invitations.skipped(addresses.length - sent));
        setEmails("");
        setMessage("");
        setResult(lines);
        announce(lines.join(" "));
        window.setTimeout(() => resultRef.current?.focus(), 0);
        onInvited();
      },
      fieldFor: (field) =>
        field === "emails" || field === "message"
          ? field
          : field === "organizationId"
            ? "organization"
            : null,
    });
  };

  return (
    <section className="card section" aria-labelledby="invite-heading">
      <h2 id="invite-heading" className="section__title">
        {t.invitations.formTitle}
      </h2>
      <p className="section__intro">{t.invitations.intro}</p>
      {result && (
        <Alert kind="success" ref={resultRef}>
          {result.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Alert>
      )}
      <Form state={form} onSubmit={onSubmit} labelledBy="invite-heading">
        <TextAreaField
          label={t.invitations.emails}
          name="emails"
          hint={t.invitations.emailsHint}
          value={emails}
          onChange={setEmails}
          error={form.fieldErrors.emails}
          rows={4}
          spellCheck={false}
        />
        <div className="form__row">
          <SelectField<GroupRole>
            label={t.invitations.role}
            name="role"
            hint={t.invitations.roleHint}
            value={role}
            onChange={setRole}
            options={(["MEMBER", "GUEST", "MODERATOR"] as const).map((value) => ({
              value,
              label: t.roles[value],
            }))}
          />
          <SelectField<string>
            label={t.invitations.organization}
            name="organization"
            hint={t.invitations.organizationHint}
            value={organization}
            onChange={setOrganization}
            error={
              form.fieldErrors.organization ??
              (organizations.state.status === "error"
                ? describeError(organizations.state.error, t)
                : undefined)
            }
            options={[
              { value: "", label: t.invitations.noOrganization },
              ...(organizations.state.status === "ready"
                ? organizations.state.data.map((o) => ({ value: o.id, label: o.name }))
                : []),
            ]}
          />
        </div>
        <TextAreaField
          label={t.invitations.message}
          name="message"
          hint={t.invitations.messageHint}
          value={message}
          onChange={setMessage}
          error={form.fieldErrors.message}
          rows={4}
        />
        <div className="form__actions">
          <SubmitButton
            label={t.invitations.submit}
            busyLabel={t.invitations.busy}
            busy={form.busy}
          />
        </div>
      </Form>
    </section>
  );
}

/** The group's invitations with status; open ones can be sent again or revoked. */
function InvitationTable({ list }: { list: PagedList<InvitationFieldsFragment> }) {
  const { t, formatDate } = useI18n();
  const announce = useAnnounce();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [result, setResult] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const [revoking, setRevoking] = useState<InvitationFieldsFragment | null>(null);
  const [dialogBusy, setDialogBusy] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const replace = (changed: InvitationFieldsFragment) =>
    list.setItems((items) => items.map((i) => (i.id === changed.id ? changed : i)));

  const resend = async (invitation: InvitationFieldsFragment) => {
    if (busyId) return;
    setBusyId(invitation.id);
    setResult(null);
    try {
      const data = await request(ResendInvitationMutation, { id: invitation.id });
      replace(data.resendInvitation);
      const text = t.invitations.resent(invitation.email);
      setResult({ kind: "success", text });
      announce(text);
    } catch (error) {
      setResult({ kind: "error", text: describeError(error, t) });
      window.setTimeout(() => resultRef.current?.focus(), 0);
    } finally {
      setBusyId(null);
    }
  };

  const revoke = async () => {
    if (!revoking || dialogBusy) return;
    setDialogBusy(true);
    setDialogError(null);
    try {
      await request(RevokeInvitationMutation, { id: revoking.id });
      replace({ ...revoking, status: "REVOKED" });
      const text = t.invitations.revoked(revoking.email);
      setResult({ kind: "success", text });
      announce(text);
      setRevoking(null);
    } catch (error) {
      setDialogError(describeError(error, t));
    } finally {
      setDialogBusy(false);
    }
  };

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title" tabIndex={-1} ref={headingRef}>
        {t.invitations.listTitle}
      </h2>
      {result && (
        <Alert kind={result.kind} ref={resultRef}>
          {result.text}
        </Alert>
      )}
      <ListStatus
        list={list}
        empty={<EmptyState title={t.invitations.empty} />}
        moreLabel={t.invitations.loadMore}
      >
        {(invitations) => (
          <DataTable
            caption={t.invitations.caption}
            rows={invitations}
            rowKey={(i) => i.id}
            columns={[
              { header: t.invitations.email, cell: (i) => i.email },
              { header: t.invitations.role, cell: (i) => <RoleBadge role={i.role} /> },
              {
                header: t.invitations.status,
                cell: (i) => (
                  <span className={`badge badge--status-${i.status.toLowerCase()}`}>
                    {t.invitations.statuses[i.status]}
                  </span>
                ),
              },
              {
                header: t.invitations.invitedBy,
                cell: (i) => i.invitedBy?.name ?? t.invitations.unknownInviter,
              },
              {
                header: t.invitations.validUntil,
                // Only open (or lapsed) links have a validity worth showing.
                cell: (i) =>
                  i.status === "PENDING" || i.status === "EXPIRED" ? formatDate(i.expiresAt) : "–",
                className: "data-table__nowrap",
              },
              {
                header: t.invitations.actions,
                className: "data-table__actions",
                cell: (i) =>
                  (i.status === "PENDING" || i.status === "EXPIRED") && (
                    <span className="button-row">
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => resend(i)}
                        aria-label={t.invitations.resendLabel(i.email)}
                        aria-disabled={busyId === i.id || undefined}
                      >
                        {busyId === i.id ? t.invitations.resending : t.invitations.resend}
                      </button>
                      {i.status === "PENDING" && (
                        <button
                          type="button"
                          className="button button--danger-quiet button--small"
                          onClick={() => {
                            setDialogError(null);
                            setRevoking(i);
                          }}
                          aria-label={t.invitations.revokeLabel(i.email)}
                        >
                          {t.invitations.revoke}
                        </button>
                      )}
                    </span>
                  ),
              },
            ]}
          />
        )}
      </ListStatus>
      <ConfirmDialog
        open={revoking !== null}
        title={t.invitations.revokeTitle}
        confirmLabel={t.invitations.revokeConfirm}
        busyLabel={t.invitations.revoking}
        busy={dialogBusy}
        error={dialogError}
        danger
        onConfirm={revoke}
        onCancel={() => setRevoking(null)}
        fallbackFocus={headingRef}
      >
        <p>{revoking && t.invitations.revokeText(revoking.email)}</p>
      </ConfirmDialog>
    </section>
  );
}
