import { useEffect, useId, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { request } from "../../api/client";
import { describeError } from "../../api/errors";
import {
  GroupQuery,
  GroupsQuery,
  LeaveGroupMutation,
  MembersQuery,
  RemoveMemberMutation,
  SetMemberRoleMutation,
} from "../../api/groups";
import { invalidate, usePagedQuery } from "../../api/query";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { DataTable } from "../../components/DataTable";
import { SelectField, TextField } from "../../components/Field";
import { EmptyState, ListStatus } from "../../components/ListStatus";
import { RoleBadge } from "../../components/RoleBadge";
import { SearchForm } from "../../components/SearchForm";
import { useFilterParams } from "../../components/useFilterParams";
import type { GroupRole, MembershipFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { useSession, type Viewer } from "../../session";
import { useAllOrganizations } from "../organizations/useAllOrganizations";
import { useGroup } from "./GroupLayout";

const ROLES: GroupRole[] = ["MODERATOR", "MEMBER", "GUEST"];

const FILTERS = ["q", "role", "organization"] as const;

/**
 * `/groups/:id/members?q=…&role=…&organization=…`: the members with office and role,
 * found by name, function or office and filtered by role and office as typed;
 * moderators change roles and remove.
 */
export function MembersPage() {
  const { t, formatDate } = useI18n();
  const { group, refresh } = useGroup();
  const viewer = useSession().viewer as Viewer;
  const announce = useAnnounce();
  const filters = useFilterParams(FILTERS);
  const { q, role, organization } = filters.applied;
  const filtered = Boolean(q || role || organization);
  const list = usePagedQuery(
    MembersQuery,
    {
      groupId: group.id,
      search: q || null,
      role: ROLES.find((r) => r === role) ?? null,
      organizationId: organization || null,
    },
    (data) => data.members,
  );
  const [drafts, setDrafts] = useState<Record<string, GroupRole>>({});
  const [savingId, setSavingId] = useState<string | null>(null);
  const [result, setResult] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const [removing, setRemoving] = useState<MembershipFieldsFragment | null>(null);
  const [dialogBusy, setDialogBusy] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  const saveRole = async (member: MembershipFieldsFragment) => {
    const role = drafts[member.person.id];
    if (!role || role === member.role || savingId) return;
    setSavingId(member.person.id);
    setResult(null);
    try {
      const data = await request(SetMemberRoleMutation, {
        groupId: group.id,
        accountId: member.person.id,
        role,
      });
      const saved = data.setMemberRole;
      list.setItems((items) => items.map((m) => (m.person.id === saved.person.id ? saved : m)));
      setDrafts(({ [saved.person.id]: _, ...rest }) => rest);
      const text = t.members.roleSaved(saved.person.name, t.roles[saved.role]);
      setResult({ kind: "success", text });
      announce(text);
      // The viewer's own role decides what the group pages offer.
      if (saved.person.id === viewer.id) refresh();
    } catch (error) {
      setResult({ kind: "error", text: describeError(error, t) });
      window.setTimeout(() => resultRef.current?.focus(), 0);
    } finally {
      setSavingId(null);
    }
  };

  const remove = async () => {
    if (!removing || dialogBusy) return;
    setDialogBusy(true);
    setDialogError(null);
    try {
      await request(RemoveMemberMutation, { groupId: group.id, accountId: removing.person.id });
      list.setItems((items) => items.filter((m) => m.person.id !== removing.person.id));
      const text = t.members.removed(removing.person.name);
      setResult({ kind: "success", text });
      announce(text);
      setRemoving(null);
      refresh();
    } catch (error) {
      setDialogError(describeError(error, t));
    } finally {
      setDialogBusy(false);
    }
  };

  const moderate = group.canModerate;

  return (
    <>
      <section className="page-section" aria-labelledby={headingId}>
        <h2 id={headingId} className="section__title" tabIndex={-1} ref={headingRef}>
          {t.members.title}
        </h2>
        <p className="section__intro">{t.members.intro}</p>
        {result && (
          <Alert kind={result.kind} ref={resultRef}>
            {result.text}
          </Alert>
        )}
        <MemberFilters filters={filters} />
        <ListStatus
          list={list}
          empty={<EmptyState title={filtered ? t.members.emptyFiltered : t.members.empty} />}
          moreLabel={t.members.loadMore}
        >
          {(members) => (
            <DataTable
              caption={t.members.caption}
              rows={members}
              rowKey={(m) => m.person.id}
              columns={[
                {
                  header: t.members.name,
                  cell: (m) => (
                    <span className="cell-title">
                      <Link to={`/people/${m.person.id}`}>{m.person.name}</Link>
                      {m.person.id === viewer.id && (
                        <span className="badge badge--neutral">{t.members.you}</span>
                      )}
                      {m.person.jobTitle && <span className="muted">{m.person.jobTitle}</span>}
                    </span>
                  ),
                },
                {
                  header: t.members.organization,
                  cell: (m) =>
                    m.person.organization ? (
                      <Link to={`/organizations/${m.person.organization.id}`}>
                        {m.person.organization.name}
                      </Link>
                    ) : (
                      t.members.noOrganization
                    ),
                },
                {
                  header: t.members.role,
                  cell: (m) =>
                    moderate ? (
                      <RoleEditor
                        member={m}
                        value={drafts[m.person.id] ?? m.role}
                        onChange={(role) => setDrafts((d) => ({ ...d, [m.person.id]: role }))}
                        onSave={() => saveRole(m)}
                        saving={savingId === m.person.id}
                      />
                    ) : (
                      <RoleBadge role={m.role} />
                    ),
                },
                {
                  header: t.members.joinedAt,
                  cell: (m) => formatDate(m.joinedAt),
                  className: "data-table__nowrap",
                },
                ...(moderate
                  ? [
                      {
                        header: t.members.actions,
                        className: "data-table__actions",
                        cell: (m: MembershipFieldsFragment) =>
                          m.person.id !== viewer.id && (
                            <button
                              type="button"
                              className="button button--danger-quiet button--small"
                              aria-label={t.members.removeLabel(m.person.name)}
                              onClick={() => {
                                setDialogError(null);
                                setRemoving(m);
                              }}
                            >
                              {t.members.remove}
                            </button>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
          )}
        </ListStatus>
      </section>
      {group.myRole && <LeaveSection />}
      <ConfirmDialog
        open={removing !== null}
        title={t.members.removeTitle}
        confirmLabel={t.members.removeConfirm}
        busyLabel={t.members.removing}
        busy={dialogBusy}
        error={dialogError}
        danger
        onConfirm={remove}
        onCancel={() => setRemoving(null)}
        fallbackFocus={headingRef}
      >
        <p>{removing && t.members.removeText(removing.person.name, group.name)}</p>
      </ConfirmDialog>
    </>
  );
}

/** A member's role as a select with its own save button (moderators). */
function RoleEditor({
  member,
  value,
  onChange,
  onSave,
  saving,
}: {
  member: MembershipFieldsFragment;
  value: GroupRole;
  onChange: (role: GroupRole) => void;
  onSave: () => void;
  saving: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const wasSaving = useRef(false);

  // Once saved, the button goes away: the focus returns to the select.
  useEffect(() => {
    if (wasSaving.current && !saving && value === member.role) selectRef.current?.focus();
    wasSaving.current = saving;
  }, [saving, value, member.role]);

  return (
    <span className="role-editor">
      <label htmlFor={id} className="visually-hidden">
        {t.members.roleLabel(member.person.name)}
      </label>
      <select
        ref={selectRef}
        id={id}
        className="field__input field__select role-editor__select"
        value={value}
        onChange={(event) => onChange(event.target.value as GroupRole)}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t.roles[role]}
          </option>
        ))}
      </select>
      {/* Offered once another role is chosen. */}
      {value !== member.role && (
        <button
          type="button"
          className="button button--primary button--small"
          onClick={onSave}
          aria-disabled={saving || undefined}
          aria-label={t.members.saveRoleLabel(member.person.name)}
        >
          {saving ? t.members.savingRole : t.members.saveRole}
        </button>
      )}
    </span>
  );
}

/** Leaving the group, after a confirmation; the last moderator is told to hand over first. */
function LeaveSection() {
  const { t } = useI18n();
  const { group } = useGroup();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const leave = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await request(LeaveGroupMutation, { groupId: group.id });
      invalidate(GroupQuery, { id: group.id });
      invalidate(GroupsQuery);
      setOpen(false);
      announce(t.members.left(group.name));
      navigate("/groups");
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card section leave-section" aria-labelledby="leave-heading">
      <h2 id="leave-heading" className="section__title">
        {t.members.leaveTitle}
      </h2>
      <p className="section__intro">{t.members.leaveText}</p>
      <button
        type="button"
        className="button button--danger-quiet"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {t.members.leave}
      </button>
      <ConfirmDialog
        open={open}
        title={t.members.leaveDialogTitle}
        confirmLabel={t.members.leaveConfirm}
        busyLabel={t.members.leaving}
        busy={busy}
        error={error}
        danger
        onConfirm={leave}
        onCancel={() => setOpen(false)}
      >
        <p>{t.members.leaveDialogText(group.name)}</p>
      </ConfirmDialog>
    </section>
  );
}

/** Search by name, function or office; filter by role and office. */
function MemberFilters({
  filters,
}: {
  filters: ReturnType<typeof useFilterParams<"q" | "role" | "organization">>;
}) {
  const { t } = useI18n();
  const organizations = useAllOrganizations();
  return (
    <SearchForm label={t.members.filterLabel} onSubmit={filters.applyNow}>
      <TextField
        label={t.members.search}
        name="q"
        type="search"
        value={filters.drafts.q}
        onChange={(value) => filters.setDraft("q", value)}
        maxLength={200}
      />
      <SelectField<string>
        label={t.members.role}
        name="role"
        value={filters.drafts.role}
        onChange={(value) => filters.setDraft("role", value)}
        options={[
          { value: "", label: t.members.allRoles },
          ...ROLES.map((r) => ({ value: r, label: t.roles[r] })),
        ]}
      />
      <SelectField<string>
        label={t.members.organization}
        name="organization"
        value={filters.drafts.organization}
        onChange={(value) => filters.setDraft("organization", value)}
        error={
          organizations.state.status === "error"
            ? describeError(organizations.state.error, t)
            : undefined
        }
        options={[
          { value: "", label: t.members.allOrganizations },
          ...(organizations.state.status === "ready"
            ? organizations.state.data.map((o) => ({ value: o.id, label: o.name }))
            : []),
        ]}
      />
    </SearchForm>
  );
}
