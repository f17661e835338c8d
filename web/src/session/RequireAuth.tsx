import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { PageHeading } from "../components/PageHeading";
import { LoadError, Loading } from "../components/Status";
import { useT } from "../i18n";
import { useSession } from ".";

/** Shows `children` to a signed-in person; sends everyone else to sign in (and back afterwards). */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state, reload } = useSession();
  const location = useLocation();
  const t = useT();
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") {
    return (
      <>
        <PageHeading title={t.app.loadFailed} />
        <LoadError error={state.error} onRetry={reload} />
      </>
    );
  }
  if (!state.viewer) {
    const next = `${location.pathname}${location.search}`;
    const target = next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  return children;
}

/** Where to go after sign-in: a path of this app from `?next=`, never another site. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
