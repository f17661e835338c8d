import { useState, type ReactNode } from "react";
import { Link, Outlet, useLocation, useOutletContext, useParams } from "react-router";
import { asApiError, isMalformedId } from "../../api/errors";
import { GroupQuery } from "../../api/groups";
import { useGraphQL } from "../../api/query";
import { PageHeading } from "../../components/PageHeading";
import { RoleBadge } from "../../components/RoleBadge";
import { LoadError, Loading } from "../../components/Status";
import type { GroupFieldsFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { NoAccessPage } from "../NoAccessPage";
import { NotFoundPage } from "../NotFoundPage";

/** What the pages inside a group get from the layout. */
export interface GroupContext {
  group: GroupFieldsFragment;
  /** Replaces the group after a change the server confirmed. */
  setGroup: (group: GroupFieldsFragment) => void;
  /** Loads the group again in the background (e.g. its member count). */
  refresh: () => void;
  /**
   * Says which section the page belongs to when its address does not: the thread of a
   * notice or a link belongs to the pinboard or the link list.
   */
  showSection: (section: SubjectSection) => void;
}

/** The sections whose things are the subjects of threads. */
export type SubjectSection = "notices" | "links";

/** The group of the page, for the pages inside `GroupLayout`. */
export function useGroup(): GroupContext {
  return useOutletContext<GroupContext>();
}

/** The sections of a group, by the last part of their address ("" is the overview). */
type Section =
  "" | "notices" | "threads" | "links" | "members" | "invitations" | "join-requests" | "settings";

/**
 * `/groups/:id/*`: loads the group once for all its sections; shows its name, the
 * viewer's role and the section navigation (only sections that exist and that the
 * viewer may open). Secret groups of others and unknown ids are the not-found page.
 */
export function GroupLayout() {
  const t = useT();
  const { id = "" } = useParams();
  const location = useLocation();
  const { state, reload, refresh, setData } = useGraphQL(GroupQuery, { id });
  // The section a page named for its own address (see `showSection`).
  const [named, setNamed] = useState<{ path: string; section: SubjectSection } | null>(null);

  if (state.status === "loading") return <Loading />;
  if (state.status === "error") {
    const error = asApiError(state.error);
    if (error.code === "NOT_FOUND" || isMalformedId(error)) return <NotFoundPage />;
    if (error.code === "FORBIDDEN") return <NoAccessPage />;
    return (
      <>
        <PageHeading title={t.app.loadFailed} />
        <LoadError error={error} onRetry={reload} />
      </>
    );
  }
  const group = state.data.group;
  if (!group) return <NotFoundPage />;

  const sectionTitles: Record<Section, string> = {
    "": t.group.overview,
    notices: t.notices.tab,
    threads: t.group.discussions,
    links: t.links.title,
    members: t.group.members,
    invitations: t.group.invitations,
    "join-requests": t.group.joinRequests,
    settings: t.group.settings,
  };
  const section = location.pathname.split("/")[3] ?? "";
  const current = named?.path === location.pathname ? named.section : section;
  if (!isSection(section, sectionTitles)) return <NotFoundPage />;
  const title = section ? `${sectionTitles[section]} – ${group.name}` : group.name;
  const inside = group.myRole != null || group.canModerate;
  // Groups that admit by invitation only have no requests to decide.
  const requests = group.joinPolicy === "REQUEST";
  const openRequests = group.openJoinRequestCount ?? 0;
  const tabs: { to: Section; label: string; count?: { value: number; label: string } }[] = [
    { to: "", label: t.group.overview },
    { to: "notices", label: t.notices.tab },
    { to: "threads", label: t.group.discussions },
    { to: "links", label: t.links.tab },
    { to: "members", label: t.group.members },
    ...(group.canModerate
      ? [
          { to: "invitations" as const, label: t.group.invitations },
          ...(requests
            ? [
                {
                  to: "join-requests" as const,
                  label: t.group.joinRequests,
                  ...(openRequests > 0 && {
                    count: { value: openRequests, label: t.group.openRequests(openRequests) },
                  }),
                },
              ]
            : []),
          { to: "settings" as const, label: t.group.settings },
        ]
      : []),
  ];
  const context: GroupContext = {
    group,
    setGroup: (g) =>
      setData(() => ({ group: { ...g, openJoinRequestCount: group.openJoinRequestCount } })),
    refresh,
    showSection: (shown) => {
      if (named?.path !== location.pathname || named.section !== shown) {
        setNamed({ path: location.pathname, section: shown });
      }
    },
  };

  return (
    <>
      <nav aria-label={t.app.breadcrumb} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/groups">{t.app.navGroups}</Link>
          </li>
          <li>
            <span aria-current="page">{group.name}</span>
          </li>
        </ol>
      </nav>
      <header className="group-header">
        <PageHeading title={title}>{group.name}</PageHeading>
        <p className="group-header__meta">
          {group.myRole ? (
            <RoleBadge role={group.myRole} />
          ) : group.canModerate ? (
            <span className="badge badge--admin">{t.group.adminRole}</span>
          ) : (
            <span className="badge badge--neutral">{t.group.noRole}</span>
          )}
          <span className={`badge badge--${group.visibility.toLowerCase()}`}>
            {t.visibility[group.visibility]}
          </span>
          <span>{t.groups.memberCount(group.memberCount)}</span>
        </p>
      </header>
      {inside && (
        <nav aria-label={t.group.sections} className="tabs">
          <ul>
            {tabs.map((tab) => (
              <li key={tab.to}>
                <Link
                  to={tab.to ? `/groups/${group.id}/${tab.to}` : `/groups/${group.id}`}
                  aria-current={tab.to === current ? "page" : undefined}
                  className="tabs__link"
                >
                  {tab.label}
                  {tab.count && (
                    <>
                      {" "}
                      <span className="badge badge--count" aria-hidden="true">
                        {tab.count.value}
                      </span>
                      <span className="visually-hidden">{tab.count.label}</span>
                    </>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="group-body">
        <Outlet context={context} />
      </div>
    </>
  );
}

function isSection(value: string, sections: Record<Section, string>): value is Section {
  return Object.hasOwn(sections, value);
}

/**
 * Shows a section of a group only to those it is for (members, or moderators and
 * administrators); everyone else reads why not.
 */
export function GroupGate({
  level,
  children,
}: {
  level: "member" | "moderator";
  children: ReactNode;
}) {
  const t = useT();
  const { group } = useGroup();
  const allowed =
    level === "moderator" ? group.canModerate : group.myRole != null || group.canModerate;
  if (allowed) return children;
  return (
    <div className="card notice">
      <h2 className="section__title">{t.noAccess.title}</h2>
      <p>{level === "moderator" ? t.noAccess.moderatorsOnly : t.noAccess.membersOnly}</p>
      <p>
        <Link to={`/groups/${group.id}`}>{t.noAccess.toGroup}</Link>
      </p>
    </div>
  );
}
