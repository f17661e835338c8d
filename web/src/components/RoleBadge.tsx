import type { GroupRole } from "../gql/graphql";
import { useT } from "../i18n";

/** A person's role in a group as a coloured badge. */
export function RoleBadge({ role }: { role: GroupRole }) {
  const t = useT();
  return <span className={`badge badge--role-${role.toLowerCase()}`}>{t.roles[role]}</span>;
}
