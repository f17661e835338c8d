import { useEffect, useId, useRef, useState } from "react";
import { Link, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { describeError } from "../api/errors";
import { langAttribute, useI18n } from "../i18n";
import { useSession } from "../session";
import { Alert } from "./Alert";
import { useAnnounce } from "./Announcer";
import { Avatar } from "./Avatar";
import { Icon } from "./Icon";
import { NotificationBell } from "./NotificationBell";
import { useDisclosure } from "./useDisclosure";
import { focusPageHeading } from "./OnDemand";

/** The frame of every page: skip link, header with navigation and account menu, main, footer. */
export function AppShell() {
  const { t } = useI18n();
  const { viewer } = useSession();
  const location = useLocation();
  const previousPath = useRef<string | null>(null);
  // An error of the header's own actions (language switch), shown above the page.
  const [shellError, setShellError] = useState<string | null>(null);

  useEffect(() => setShellError(null), [location.pathname]);

  // After a navigation, the new page's heading takes the focus (not on the first load).
  useEffect(() => {
    const previous = previousPath.current;
    previousPath.current = location.pathname;
    if (previous !== null && previous !== location.pathname) {
      focusPageHeading();
    }
  }, [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t.app.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              F
            </span>
            <span className="brand__name">{t.app.name}</span>
          </Link>
          {viewer && <MainNav />}
          <div className="site-header__tools">
            <LanguageSwitch onError={setShellError} />
            {viewer && <NotificationBell />}
            {viewer && <AccountMenu name={viewer.name} email={viewer.email} />}
          </div>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <div className="container">
          {shellError && (
            <div className="shell-error">
              <Alert kind="error">{shellError}</Alert>
            </div>
          )}
          <Outlet />
        </div>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t.app.footer}</p>
        </div>
      </footer>
    </div>
  );
}

/**
 * The main navigation: links side by side on wide screens; on narrow ones behind a
 * menu button (a disclosure) that keeps the header in one row. It closes on
 * navigation and with Escape.
 */
function MainNav() {
  const { t } = useI18n();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => setOpen(false), [location.pathname]);

  const links: { to: string; label: string }[] = [
    { to: "/", label: t.app.navHome },
    { to: "/pinboard", label: t.app.navPinboard },
    { to: "/groups", label: t.app.navGroups },
    { to: "/organizations", label: t.app.navOrganizations },
    { to: "/people", label: t.app.navPeople },
    { to: "/account", label: t.app.navAccount },
  ];

  return (
    <nav
      className="main-nav"
      aria-label={t.app.mainNav}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          setOpen(false);
          toggleRef.current?.focus();
        }
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className="header-button main-nav__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        <Icon name="menu" />
        <span className="main-nav__toggle-label">{t.app.menu}</span>
      </button>
      <ul id={listId} className={`main-nav__list${open ? " main-nav__list--open" : ""}`}>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.to === "/"} className="main-nav__link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One button that switches to the other language (stored with the account when signed in). */
function LanguageSwitch({ onError }: { onError: (message: string | null) => void }) {
  const { t, lang } = useI18n();
  const { switchLanguage } = useSession();
  const [busy, setBusy] = useState(false);
  const other = lang === "DE" ? "EN" : "DE";

  const onClick = async () => {
    if (busy) return;
    setBusy(true);
    onError(null);
    try {
      await switchLanguage(other);
    } catch (error) {
      onError(describeError(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      className="header-button"
      onClick={onClick}
      lang={langAttribute(other)}
      aria-label={t.app.languageSwitchLabel}
      aria-disabled={busy || undefined}
      data-testid="language-switch"
    >
      <span aria-hidden="true" className="header-button__icon">
        ⇄
      </span>
      {t.app.languageSwitch}
    </button>
  );
}

/** The account disclosure: who is signed in, a link to the account, and sign-out. */
function AccountMenu({ name, email }: { name: string; email: string }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const { open, setOpen, rootRef, buttonRef } = useDisclosure();
  const [error, setError] = useState<string | null>(null);
  const panelId = useId();

  const onSignOut = async () => {
    setError(null);
    try {
      await signOut();
      announce(t.app.signedOut);
      navigate("/login");
    } catch (e) {
      setError(describeError(e, t));
    }
  };

  return (
    <div className="account-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="header-button account-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <Avatar name={name} />
        <span className="account-menu__name">{name}</span>
        <span className="visually-hidden">{t.app.accountMenu}</span>
        <span aria-hidden="true" className="account-menu__caret">
          ▾
        </span>
      </button>
      <div id={panelId} className="account-menu__panel" hidden={!open}>
        <p className="account-menu__who">
          {t.app.signedInAs}
          <strong>{name}</strong>
          <span className="account-menu__email">{email}</span>
        </p>
        <ul>
          <li>
            <Link to="/account" className="account-menu__item">
              {t.app.navAccount}
            </Link>
          </li>
          <li>
            <button type="button" className="account-menu__item" onClick={onSignOut}>
              {t.app.signOut}
            </button>
          </li>
        </ul>
        {error && (
          <p className="account-menu__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
