import { useEffect, useId, useRef, useState } from "react";
import { request } from "../../api/client";
import { describeError } from "../../api/errors";
import { RequestToJoinMutation, WithdrawJoinRequestMutation } from "../../api/groups";
import { Alert } from "../../components/Alert";
import { useAnnounce } from "../../components/Announcer";
import { TextAreaField } from "../../components/Field";
import { Form, SubmitButton, useForm } from "../../components/Form";
import type { GroupFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n";

/** The most characters of a message to the moderators (as on the server). */
const MESSAGE_MAX = 2000;

/**
 * Asking to join a listed group (with an optional message), or the pending request with
 * a way to withdraw it; groups that admit by invitation only say so.
 */
export function JoinPanel({
  group,
  onChange,
}: {
  group: GroupFieldsFragment;
  /** Called with the group as it is after a request was made or withdrawn. */
  onChange: (group: GroupFieldsFragment) => void;
}) {
  const { t, formatDate } = useI18n();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState("");
  const [withdrawing, setWithdrawing] = useState(false);
  const [withdrawError, setWithdrawError] = useState<string | null>(null);
  const form = useForm<"message">();
  const formId = useId();
  const headingId = useId();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  // Where the focus goes after the panel changed its shape.
  const [focusNext, setFocusNext] = useState<"status" | "open" | "message" | null>(null);

  useEffect(() => {
    if (focusNext === "status") statusRef.current?.focus();
    if (focusNext === "open") openButtonRef.current?.focus();
    if (focusNext === "message")
      document.getElementById(formId)?.querySelector("textarea")?.focus();
    setFocusNext(null);
  }, [focusNext, formId]);

  if (group.joinPolicy !== "REQUEST") {
    return <p className="muted join-panel__note">{t.join.invitationOnly}</p>;
  }

  if (group.myJoinRequest) {
    const pending = group.myJoinRequest;
    const withdraw = async () => {
      if (withdrawing) return;
      setWithdrawing(true);
      setWithdrawError(null);
      try {
        await request(WithdrawJoinRequestMutation, { requestId: pending.id });
        onChange({ ...group, myJoinRequest: null });
        announce(t.join.withdrawn);
        setFocusNext("open");
      } catch (error) {
        setWithdrawError(describeError(error, t));
      } finally {
        setWithdrawing(false);
      }
    };
    return (
      <div className="join-panel">
        <p className="join-panel__status" tabIndex={-1} ref={statusRef}>
          <span className="badge badge--pending">{t.join.pending}</span>
          <span>{t.join.pendingSince(formatDate(pending.createdAt))}</span>
        </p>
        {withdrawError && <Alert kind="error">{withdrawError}</Alert>}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={withdraw}
          aria-label={t.join.withdrawLabel(group.name)}
          aria-disabled={withdrawing || undefined}
        >
          {withdrawing ? t.join.withdrawing : t.join.withdraw}
        </button>
      </div>
    );
  }

  const onSubmit = () =>
    form.submit({
      validate: () =>
        [...message.trim()].length > MESSAGE_MAX
          ? { message: t.fields.textTooLong(MESSAGE_MAX) }
          : {},
      action: async () => {
        const data = await request(RequestToJoinMutation, {
          groupId: group.id,
          message: message.trim() || null,
        });
        setOpen(false);
        setMessage("");
        onChange({ ...group, myJoinRequest: data.requestToJoin });
        announce(t.join.sent);
        setFocusNext("status");
      },
      fieldFor: (field) => (field === "message" ? "message" : null),
      messageFor: (error) => (error.code === "FORBIDDEN" ? t.join.forbidden : undefined),
    });

  return (
    <div className="join-panel">
      {!open ? (
        <button
          ref={openButtonRef}
          type="button"
          className="button button--primary button--small"
          aria-label={t.join.openLabel(group.name)}
          onClick={() => {
            setOpen(true);
            setFocusNext("message");
          }}
        >
          {t.join.open}
        </button>
      ) : (
        <div id={formId} className="join-panel__form">
          <p id={headingId} className="join-panel__intro">
            {t.join.intro}
          </p>
          <Form state={form} onSubmit={onSubmit} labelledBy={headingId}>
            <TextAreaField
              label={t.join.message}
              name="message"
              hint={t.join.messageHint}
              value={message}
              onChange={setMessage}
              error={form.fieldErrors.message}
              rows={3}
            />
            <div className="form__actions">
              <SubmitButton label={t.join.submit} busyLabel={t.join.busy} busy={form.busy} />
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setOpen(false);
                  setFocusNext("open");
                }}
              >
                {t.app.cancel}
              </button>
            </div>
          </Form>
        </div>
      )}
    </div>
  );
}
