import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { request } from "../api/client";
import { describeError, type ApiError } from "../api/errors";
import {
  AcceptInvitationMutation,
  GroupQuery,
  GroupsQuery,
  InvitationPreviewQuery,
} from "../api/groups";
import { invalidate, useGraphQL } from "../api/query";
import { Alert } from "../components/Alert";
import { useAnnounce } from "../components/Announcer";
import { TextField } from "../components/Field";
import { Form, SubmitButton, useForm } from "../components/Form";
import { PageHeading } from "../components/PageHeading";
import { LoadError, Loading } from "../components/Status";
import {
  NewPasswordFields,
  newPasswordErrors,
  useNewPassword,
} from "../components/NewPasswordFields";
import { NAME_MAX, checkName, errorsOf } from "../components/validate";
import type { InvitationPreviewQuery as PreviewData } from "../gql/graphql";
import { useT } from "../i18n";
import { useSession } from "../session";

type Preview = NonNullable<PreviewData["invitation"]>;

/**
 * `/invitation?token=…`: the page behind an invitation link. Shows the group, who
 * invited and for which address; then, depending on who opens it: a new person creates
 * the account, an existing one signs in first, the invited account accepts, and anyone
 * signed in with another account is told so.
 */
export function InvitationPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const preview = useGraphQL(InvitationPreviewQuery, { token }, { enabled: token !== "" });

  return (
    <div className="auth-page">
      <div className="card auth-card auth-card--wide">
        <PageHeading title={t.invitation.title} />
        {!token ? (
          <Alert kind="error">{t.invitation.missingToken}</Alert>
        ) : preview.state.status === "loading" ? (
          <Loading />
        ) : preview.state.status === "error" ? (
          <LoadError error={preview.state.error} onRetry={preview.reload} />
        ) : !preview.state.data.invitation ? (
          <Alert kind="error" title={t.invitation.invalidTitle}>
            <p>{t.invitation.invalidText}</p>
          </Alert>
        ) : (
          <InvitationDetails token={token} preview={preview.state.data.invitation} />
        )}
      </div>
    </div>
  );
}

function InvitationDetails({ token, preview }: { token: string; preview: Preview }) {
  const t = useT();
  const { state, viewer } = useSession();
  return (
    <>
      <p className="lead">{t.invitation.invites(preview.inviterName, preview.groupName)}</p>
      <dl className="facts">
        <div>
          <dt>{t.invitation.group}</dt>
          <dd>{preview.groupName}</dd>
        </div>
        <div>
          <dt>{t.invitation.inviter}</dt>
          <dd>{preview.inviterName}</dd>
        </div>
        <div>
          <dt>{t.invitation.email}</dt>
          <dd>{preview.email}</dd>
        </div>
        {preview.organizationName && (
          <div>
            <dt>{t.invitation.organization}</dt>
            <dd>{preview.organizationName}</dd>
          </div>
        )}
      </dl>
      {state.status === "loading" ? (
        <Loading />
      ) : viewer ? (
        viewer.email.toLowerCase() === preview.email.toLowerCase() ? (
          <AcceptForm token={token} preview={preview} />
        ) : (
          <WrongAccount current={viewer.email} invited={preview.email} />
        )
      ) : preview.accountExists ? (
        <SignInFirst token={token} />
      ) : (
        <NewAccountForm token={token} preview={preview} />
      )}
    </>
  );
}

/** The message of this page for an error of `acceptInvitation`, if it has one. */
function useAcceptErrors() {
  const t = useT();
  const { viewer } = useSession();
  return (error: ApiError, invited: string): string | undefined => {
    if (error.code === "FORBIDDEN" && viewer)
      return t.invitation.wrongAccountText(viewer.email, invited);
    if (error.code === "UNAUTHENTICATED") return t.invitation.signInText;
    if (error.code === "BAD_USER_INPUT" && error.field === "token") return t.invitation.invalidText;
    return undefined;
  };
}

/** After joining: to the group, with a welcome read out. */
function useJoined() {
  const t = useT();
  const announce = useAnnounce();
  const navigate = useNavigate();
  return (group: { id: string; name: string }) => {
    invalidate(GroupQuery, { id: group.id });
    invalidate(GroupsQuery);
    announce(t.invitation.joined(group.name));
    navigate(`/groups/${group.id}`, { replace: true });
  };
}

function AcceptForm({ token, preview }: { token: string; preview: Preview }) {
  const t = useT();
  const form = useForm<never>();
  const messageFor = useAcceptErrors();
  const joined = useJoined();

  const onSubmit = () =>
    form.submit({
      action: async () => {
        const data = await request(AcceptInvitationMutation, { token });
        joined(data.acceptInvitation);
      },
      messageFor: (error) => messageFor(error, preview.email),
    });

  return (
    <Form state={form} onSubmit={onSubmit} labelledBy="page-heading">
      <p>{t.invitation.acceptIntro(preview.email)}</p>
      <div className="form__actions">
        <SubmitButton
          label={t.invitation.accept}
          busyLabel={t.invitation.accepting}
          busy={form.busy}
        />
      </div>
    </Form>
  );
}

function WrongAccount({ current, invited }: { current: string; invited: string }) {
  const t = useT();
  const { signOut } = useSession();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSignOut = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await signOut();
      announce(t.app.signedOut);
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Alert kind="error" title={t.invitation.wrongAccountTitle}>
        <p>{t.invitation.wrongAccountText(current, invited)}</p>
      </Alert>
      {error && <Alert kind="error">{error}</Alert>}
      <p className="auth-card__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={onSignOut}
          aria-disabled={busy || undefined}
        >
          {t.invitation.signOut}
        </button>
      </p>
    </>
  );
}

function SignInFirst({ token }: { token: string }) {
  const t = useT();
  const next = `/invitation?token=${encodeURIComponent(token)}`;
  return (
    <section className="invitation-step" aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading" className="section__title">
        {t.invitation.signInTitle}
      </h2>
      <p>{t.invitation.signInText}</p>
      <p>
        <Link to={`/login?next=${encodeURIComponent(next)}`} className="button button--primary">
          {t.invitation.signIn}
        </Link>
      </p>
    </section>
  );
}

type NewAccountField = "name" | "password" | "repeat";

function NewAccountForm({ token, preview }: { token: string; preview: Preview }) {
  const t = useT();
  const { reload } = useSession();
  const [name, setName] = useState("");
  const newPassword = useNewPassword();
  const form = useForm<NewAccountField>();
  const messageFor = useAcceptErrors();
  const joined = useJoined();

  const onSubmit = () =>
    form.submit({
      validate: () =>
        errorsOf<NewAccountField>({
          name: checkName(name, t),
          ...newPasswordErrors(newPassword, t),
        }),
      action: async () => {
        const data = await request(AcceptInvitationMutation, {
          token,
          name: name.trim(),
          password: newPassword.password,
        });
        // The new account is signed in (the server set the session cookie).
        reload();
        joined(data.acceptInvitation);
      },
      fieldFor: (field) => (field === "name" || field === "password" ? field : null),
      messageFor: (error) => messageFor(error, preview.email),
    });

  return (
    <section className="invitation-step" aria-labelledby="new-account-heading">
      <h2 id="new-account-heading" className="section__title">
        {t.invitation.newAccountTitle}
      </h2>
      <p className="section__intro">{t.invitation.newAccountIntro}</p>
      <Form state={form} onSubmit={onSubmit} labelledBy="new-account-heading">
        <TextField
          label={t.invitation.name}
          name="name"
          autoComplete="name"
          hint={t.invitation.nameHint}
          maxLength={NAME_MAX}
          value={name}
          onChange={setName}
          error={form.fieldErrors.name}
          required
        />
        <NewPasswordFields
          value={newPassword}
          labels={{ password: t.invitation.password, repeat: t.invitation.repeat }}
          errors={form.fieldErrors}
        />
        <div className="form__actions">
          <SubmitButton
            label={t.invitation.createAndJoin}
            busyLabel={t.invitation.creating}
            busy={form.busy}
          />
        </div>
      </Form>
    </section>
  );
}
