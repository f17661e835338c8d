import { describeError } from "../api/errors";
import { useT } from "../i18n";
import { Alert } from "./Alert";

/** The designed loading state. */
export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t.app.loading}</span>
    </div>
  );
}

/** The designed error state of something that failed to load, with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <Alert kind="error" title={t.app.loadFailed}>
      <p>{describeError(error, t)}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t.app.retry}
      </button>
    </Alert>
  );
}
