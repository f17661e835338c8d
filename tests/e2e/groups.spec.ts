// Organisations and closed groups in the browser, as a new installation lives through
// them: the first administrator sets up the forum, creates an office and two groups and
// invites two people; the first joins with a new account, the second (an account the
// operator made on the command line) cannot see the secret group, asks to join the
// listed one and is declined, then accepts the invitation after signing in. Roles,
// removal, the last moderator, the directory, the language switch and 320 px follow.
// Each test sets up what it stands on through the API: offices and groups carry the
// test's tag in their names, as the lists show every test's.
import type { Page } from "@playwright/test";
import { linkTo, waitForMailTo, type Api } from "./api";
import {
  FIRST_ADMIN as ADMIN,
  PASSWORD,
  checkA11y,
  openStartPage,
  expect,
  expectNoSidewaysScroll,
  mainNav,
  setupLink,
  snapshot,
  test,
} from "./fixtures";

const BERTA = "Berta Kaya";
const CARL = "Carl Neumann";

/** The names of this test's office and groups. */
const names = (api: Api) => ({
  OFFICE: api.unique("Kreis Borken"),
  SECRET: api.unique("Steuerungsrunde KAoA"),
  LISTED: api.unique("Übergang Schule–Beruf NRW"),
});

/**
 * Anna (an administrator of this test) with the office, the secret group she moderates
 * (invitation only) and the listed one that takes requests; gives their addresses.
 */
async function annasGroups(api: Api) {
  const { OFFICE, SECRET, LISTED } = names(api);
  const anna = await api.newAdmin();
  const office = await api.createOrganization(anna, {
    name: OFFICE,
    municipality: "Borken",
    region: "Münster",
  });
  const secret = await api.createGroup(anna, {
    name: SECRET,
    description: "Die **Steuerungsrunde** stimmt die Umsetzung ab.\n\n- Termine\n- Beschlüsse",
  });
  const listed = await api.createGroup(anna, {
    name: LISTED,
    description: "Austausch der Koordinierungsstellen zum Übergang von der Schule in den Beruf.",
    visibility: "LISTED",
    joinPolicy: "REQUEST",
  });
  return {
    anna,
    office,
    secret,
    listed,
    urls: { secret: `/groups/${secret}`, listed: `/groups/${listed}` },
  };
}

const main = (page: Page) => page.getByRole("main");
const nav = (page: Page) => page.getByRole("navigation", { name: "Hauptnavigation" });
const announcer = (page: Page) => page.getByTestId("announcer");

// The journey through the setup page needs a server whose setup link nobody has used: it
// comes first in this file.
test("the first administrator sets up the forum", async ({ page }) => {
  await page.goto(setupLink());
  await page.getByLabel("Ihr Name").fill(ADMIN.name);
  await page.getByLabel("E-Mail-Adresse").fill(ADMIN.email);
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Passwort wiederholen").fill(PASSWORD);
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Guten Tag, ${ADMIN.name}` }),
  ).toBeVisible();
  // The start page leads to the groups, the offices and the directory.
  await expect(main(page).getByRole("link", { name: /Zu den Gruppen/ })).toBeVisible();
  await expect(main(page).getByRole("link", { name: /Organisationen ansehen/ })).toBeVisible();
  await expect(main(page).getByRole("link", { name: /Zum Personenverzeichnis/ })).toBeVisible();
  await checkA11y(page, "home page with the group tiles");
});

test("the administrator creates an office; mistakes are explained at the fields", async ({
  page,
  api,
}) => {
  const { OFFICE } = names(api);
  await api.login(page, await api.newAdmin());
  await openStartPage(page);
  await nav(page).getByRole("link", { name: "Organisationen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisationen" })).toBeFocused();
  // The office does not exist yet.
  await page.getByLabel("Name oder Kommune").fill(OFFICE);
  await main(page).getByRole("button", { name: "Suchen" }).click();
  await expect(main(page).getByText("Keine Organisation gefunden.")).toBeVisible();
  await checkA11y(page, "organisations, none found");

  await main(page).getByRole("link", { name: "Organisation anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisation anlegen" })).toBeVisible();
  await checkA11y(page, "new organisation form");
  await main(page).getByRole("button", { name: "Organisation anlegen" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Kommune", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Name", { exact: true }).fill(OFFICE);
  await page.getByLabel("Art", { exact: true }).selectOption({ label: "Kreis" });
  await page.getByLabel("Regierungsbezirk").selectOption({ label: "Münster" });
  await page.getByLabel("Kommune", { exact: true }).fill("Borken");
  await page.getByLabel("Kurzbeschreibung").fill("Kommunale Koordinierung im Kreis Borken.");
  await page.getByLabel("E-Mail-Adresse der Stelle").fill("kaoa@kreis-borken.de");
  // The server's rule for phone numbers arrives at the field.
  await page.getByLabel("Telefon").fill("ruf mich an");
  await page.getByLabel("Website").fill("www.kreis-borken.de");
  await main(page).getByRole("button", { name: "Organisation anlegen" }).click();
  await expect(page.getByText("Bitte geben Sie eine Webadresse an")).toBeVisible();
  await page.getByLabel("Website").fill("https://www.kreis-borken.de");
  await main(page).getByRole("button", { name: "Organisation anlegen" }).click();
  await expect(page.getByText("Bitte geben Sie eine Telefonnummer aus Ziffern an")).toBeVisible();
  await expect(page.getByLabel("Telefon")).toHaveAttribute("aria-invalid", "true");
  await checkA11y(page, "new organisation form with errors");
  await page.getByLabel("Telefon").fill("+49 2861 82-0");
  await main(page).getByRole("button", { name: "Organisation anlegen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: OFFICE })).toBeVisible();
  await expect(announcer(page)).toHaveText(`Die Organisation „${OFFICE}“ wurde angelegt.`);
  await expect(main(page).getByRole("link", { name: "kaoa@kreis-borken.de" })).toBeVisible();
  await expect(main(page).getByText("Münster")).toBeVisible();
  await checkA11y(page, "office page");
});

test("the administrator creates a secret and a listed group", async ({ page, api }) => {
  const { SECRET, LISTED } = names(api);
  await api.login(page, await api.newAdmin());
  await openStartPage(page);
  await nav(page).getByRole("link", { name: "Gruppen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meine Gruppen" })).toBeFocused();
  await expect(main(page).getByText("Sie sind noch in keiner Gruppe.")).toBeVisible();
  await checkA11y(page, "groups, empty");

  await main(page).getByRole("link", { name: "Gruppe anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gruppe anlegen" })).toBeVisible();
  await checkA11y(page, "new group form");
  await main(page).getByRole("button", { name: "Gruppe anlegen" }).click();
  await expect(page.getByLabel("Name der Gruppe")).toBeFocused();
  await expect(page.getByText("Bitte füllen Sie dieses Feld aus.")).toBeVisible();

  await page.getByLabel("Name der Gruppe").fill(SECRET);
  await page
    .getByRole("textbox", { name: "Beschreibung" })
    .fill("Die **Steuerungsrunde** stimmt die Umsetzung ab.\n\n- Termine\n- Beschlüsse");
  // A secret group cannot take requests: choosing it locks the admission.
  await page.getByRole("radio", { name: "Geheim" }).check();
  await expect(page.getByRole("radio", { name: "Auf Einladung oder Anfrage" })).toBeDisabled();
  await expect(page.getByRole("radio", { name: "Nur auf Einladung" })).toBeChecked();
  await checkA11y(page, "new group form, secret");
  await main(page).getByRole("button", { name: "Gruppe anlegen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: SECRET })).toBeVisible();
  await expect(announcer(page)).toHaveText(`Die Gruppe „${SECRET}“ wurde angelegt.`);
  await expect(main(page).locator(".prose strong")).toHaveText("Steuerungsrunde");
  await expect(main(page).locator(".prose li")).toHaveCount(2);
  const sections = page.getByRole("navigation", { name: "Bereiche der Gruppe" });
  // A secret group admits by invitation only: it has no join requests to decide.
  await expect(sections.getByRole("link")).toHaveText([
    "Übersicht",
    "Pinnwand",
    "Diskussionen",
    "Links",
    "Mitglieder",
    "Einladungen",
    "Einstellungen",
  ]);
  await expect(sections.getByRole("link", { name: "Übersicht" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await checkA11y(page, "group home, moderator");

  await page.goto("/groups/new");
  await page.getByLabel("Name der Gruppe").fill(LISTED);
  await page
    .getByRole("textbox", { name: "Beschreibung" })
    .fill("Austausch der Koordinierungsstellen zum Übergang von der Schule in den Beruf.");
  await page.getByRole("radio", { name: "Auf Einladung oder Anfrage" }).check();
  await main(page).getByRole("button", { name: "Gruppe anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: LISTED })).toBeVisible();

  await nav(page).getByRole("link", { name: "Gruppen" }).click();
  const mine = main(page).getByRole("table", { name: "Ihre Gruppen mit Ihrer Rolle" });
  await expect(mine.getByRole("row")).toHaveCount(3);
  await expect(mine.getByRole("row", { name: new RegExp(SECRET) })).toContainText("Moderation");
  await expect(mine.getByRole("row", { name: new RegExp(SECRET) })).toContainText("Geheim");
  await checkA11y(page, "groups of the administrator");
});

test("the administrator invites two people; bad addresses are named", async ({ page, api }) => {
  const { OFFICE, SECRET } = names(api);
  const { anna, urls } = await annasGroups(api);
  const berta = api.person(BERTA);
  const carl = await api.newAccount(CARL);
  await api.login(page, anna);
  await page.goto(urls.secret);
  await page
    .getByRole("navigation", { name: "Bereiche der Gruppe" })
    .getByRole("link", { name: "Einladungen" })
    .click();
  await expect(page).toHaveTitle(`Einladungen – ${SECRET} – Fachforum`);
  await expect(main(page).getByText("Es wurden noch keine Einladungen versendet.")).toBeVisible();
  await checkA11y(page, "invitations, empty");

  const emails = page.getByLabel("E-Mail-Adressen");
  const send = main(page).getByRole("button", { name: "Einladungen senden" });
  // Caught in the browser …
  await emails.fill(`${berta.email}, keine-adresse`);
  await send.click();
  await expect(
    main(page).getByText("„keine-adresse“ ist keine gültige E-Mail-Adresse."),
  ).toBeVisible();
  await expect(emails).toBeFocused();
  // … and by the server, which names the address too.
  await emails.fill(`${berta.email}\nzwei@kreis..de`);
  await send.click();
  await expect(
    main(page).getByText("„zwei@kreis..de“ ist keine gültige E-Mail-Adresse."),
  ).toBeVisible();
  await expect(emails).toHaveAttribute("aria-invalid", "true");
  await checkA11y(page, "invitations with an address error");

  await emails.fill(`${berta.email}\n${carl.email}`);
  await page.getByLabel("Rolle in der Gruppe").selectOption("MEMBER");
  await page
    .getByLabel("Organisation für neue Konten (freiwillig)")
    .selectOption({ label: OFFICE });
  await page
    .getByLabel("Persönliche Nachricht (freiwillig)")
    .fill("Willkommen in der Steuerungsrunde!");
  await send.click();
  await expect(main(page).getByText("2 Einladungen wurden gesendet.")).toBeVisible();
  await expect(announcer(page)).toHaveText("2 Einladungen wurden gesendet.");
  const table = main(page).getByRole("table", { name: /Einladungen der Gruppe/ });
  await expect(table.getByRole("row", { name: new RegExp(berta.email) })).toContainText("Offen");
  await expect(table.getByRole("row", { name: new RegExp(carl.email) })).toContainText("Offen");
  await checkA11y(page, "invitations with two open ones");

  const toBerta = await waitForMailTo(berta.email, `Einladung in die Gruppe „${SECRET}“`);
  expect(toBerta.text).toContain("Willkommen in der Steuerungsrunde!");
  expect(linkTo(toBerta.text, "/invitation")).toContain("/invitation?token=");
  const toCarl = await waitForMailTo(carl.email, "Einladung in die Gruppe");
  expect(linkTo(toCarl.text, "/invitation")).toContain("/invitation?token=");
});

test("the first invited person creates an account and sees the group", async ({ page, api }) => {
  const { OFFICE, SECRET } = names(api);
  const { anna, office, secret, urls } = await annasGroups(api);
  const berta = api.person(BERTA);
  const carl = await api.newAccount(CARL);
  const [bertasLink, carlsLink] = await api.invite(anna, secret, [berta, carl], "MEMBER", {
    organizationId: office,
  });
  await page.goto(bertasLink!);
  await expect(page.getByRole("heading", { level: 1, name: "Einladung annehmen" })).toBeVisible();
  await expect(main(page)).toContainText(`${anna.name} lädt Sie in die Gruppe „${SECRET}“ ein.`);
  await expect(main(page)).toContainText(berta.email);
  await expect(main(page)).toContainText(OFFICE);
  await checkA11y(page, "invitation page, new account");

  await page.getByRole("button", { name: "Konto anlegen und beitreten" }).click();
  await expect(page.getByLabel("Ihr Name")).toBeFocused();
  await page.getByLabel("Ihr Name").fill(berta.name);
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Passwort wiederholen").fill(PASSWORD);
  await page.getByRole("button", { name: "Konto anlegen und beitreten" }).click();

  await expect(page.getByRole("heading", { level: 1, name: SECRET })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${urls.secret}$`));
  await expect(announcer(page)).toHaveText(
    `Willkommen: Sie sind jetzt Mitglied der Gruppe „${SECRET}“.`,
  );
  await expect(page.locator(".group-header .badge").first()).toHaveText("Mitglied");
  // Members see the overview and the members, not the moderators' sections.
  await expect(
    page.getByRole("navigation", { name: "Bereiche der Gruppe" }).getByRole("link"),
  ).toHaveText(["Übersicht", "Pinnwand", "Diskussionen", "Links", "Mitglieder"]);
  await checkA11y(page, "group home, member");

  // The link works once.
  await page.goto(bertasLink!);
  await expect(main(page).getByText("Diese Einladung ist nicht mehr gültig")).toBeVisible();
  await checkA11y(page, "invitation page, used link");

  // Signed in as Berta, Carl's link explains the mix-up and offers to sign out.
  await page.goto(carlsLink!);
  await expect(main(page).getByText("Sie sind mit einem anderen Konto angemeldet")).toBeVisible();
  await expect(main(page)).toContainText(`Die Einladung gilt für ${carl.email}`);
  await checkA11y(page, "invitation page, another account");
  await main(page).getByRole("button", { name: "Abmelden" }).click();
  await expect(main(page).getByRole("heading", { name: "Bitte melden Sie sich an" })).toBeVisible();
  await expect(announcer(page)).toHaveText("Sie wurden abgemeldet.");
  await checkA11y(page, "invitation page, existing account signed out");
});

test("a non-member opening the secret group's address gets the not-found page", async ({
  page,
  api,
}) => {
  const { SECRET, LISTED } = names(api);
  const { urls } = await annasGroups(api);
  await api.login(page, await api.newAccount(CARL));
  await page.goto(urls.secret);
  await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
  await expect(main(page)).not.toContainText(SECRET);
  await checkA11y(page, "secret group as a non-member");
  for (const section of ["members", "invitations", "settings"]) {
    await page.goto(`${urls.secret}/${section}`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" }),
    ).toBeVisible();
  }
  // A mistyped group address or section is not found either.
  await page.goto(`${urls.secret}/unbekannt`);
  await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
  await page.goto("/groups/kein-gueltiger-schluessel");
  await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();

  // The groups list shows the listed group only, as one to join.
  await page.goto("/groups");
  await expect(main(page)).not.toContainText(SECRET);
  await expect(main(page).getByRole("heading", { level: 3, name: LISTED })).toBeVisible();
});

test("the second person asks to join the listed group, is declined and sees that", async ({
  browser,
  page,
  api,
}) => {
  const { LISTED } = names(api);
  const { anna, urls } = await annasGroups(api);
  const carlsAccount = await api.newAccount(CARL);
  const carl = await api.browse(browser, carlsAccount);
  await carl.goto("/groups");
  await carl.getByRole("button", { name: `Beitritt anfragen: ${LISTED}` }).click();
  const message = carl.getByLabel("Nachricht an die Moderation (freiwillig)");
  await expect(message).toBeFocused();
  await message.fill("Ich koordiniere den Übergang in Münster und möchte mich austauschen.");
  await checkA11y(carl, "groups with the join request form");
  await carl.getByRole("button", { name: "Anfrage senden" }).click();
  await expect(main(carl).getByText("Anfrage gestellt")).toBeVisible();
  await expect(announcer(carl)).toHaveText(
    "Ihre Anfrage wurde gesendet. Die Moderation entscheidet darüber; Sie erhalten eine E-Mail.",
  );
  await expect(carl.getByRole("button", { name: `Anfrage zurückziehen: ${LISTED}` })).toBeVisible();
  await checkA11y(carl, "groups with a pending request");
  await snapshot(carl, "groups-pending-1280");

  // The listed group's page shows name, description and the pending request.
  await carl.getByRole("link", { name: LISTED }).click();
  await expect(carl.getByRole("heading", { level: 1, name: LISTED })).toBeVisible();
  await expect(main(carl)).toContainText("Austausch der Koordinierungsstellen");
  await expect(main(carl)).toContainText("Kein Mitglied");
  await expect(main(carl).getByText("Anfrage gestellt")).toBeVisible();
  await expect(carl.getByRole("navigation", { name: "Bereiche der Gruppe" })).toHaveCount(0);
  await checkA11y(carl, "listed group as a non-member with a pending request");
  // Its members are for members only.
  await carl.goto(`${urls.listed}/members`);
  await expect(
    main(carl).getByText("Diesen Bereich sehen nur Mitglieder der Gruppe."),
  ).toBeVisible();

  // The moderator follows the mail's link to the requests and declines.
  const notice = await waitForMailTo(anna.email, `Beitrittsanfrage für „${LISTED}“`);
  const requestsLink = /https?:\/\/\S+\/groups\/[0-9a-f-]+\/join-requests/.exec(notice.text)?.[0];
  expect(requestsLink, "the notice links to the join requests").toBeTruthy();
  await api.login(page, anna);
  await page.goto(requestsLink!);
  const row = main(page).getByRole("row", { name: new RegExp(CARL) });
  await expect(row).toContainText("Ich koordiniere den Übergang in Münster");
  await checkA11y(page, "join requests");
  await snapshot(page, "join-requests-1280");
  await row.getByRole("button", { name: `Anfrage von ${CARL} ablehnen` }).click();
  const dialog = page.getByRole("dialog", { name: "Anfrage ablehnen?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Abbrechen" })).toBeFocused();
  await checkA11y(page, "decline dialog");
  await dialog.getByRole("button", { name: "Ja, ablehnen" }).click();
  await expect(dialog).toBeHidden();
  await expect(announcer(page)).toHaveText(`Die Anfrage von ${CARL} wurde abgelehnt.`);
  await expect(
    main(page).getByText("Zurzeit gibt es keine offenen Beitrittsanfragen."),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Beitrittsanfragen" })).toBeFocused();

  // Carl gets the decision by mail, and the group page no longer shows a pending request.
  const decision = await waitForMailTo(carlsAccount.email, `Ihre Anfrage für „${LISTED}“`);
  expect(decision.text).toContain("wurde leider abgelehnt");
  await carl.goto(urls.listed);
  await expect(carl.getByRole("heading", { level: 1, name: LISTED })).toBeVisible();
  await expect(main(carl).getByText("Anfrage gestellt")).toHaveCount(0);
  await expect(carl.getByRole("button", { name: `Beitritt anfragen: ${LISTED}` })).toBeVisible();
  await expect(main(carl)).toContainText("Kein Mitglied");
});

test("the second person signs in from the invitation and accepts it", async ({ page, api }) => {
  const { SECRET } = names(api);
  const { anna, secret } = await annasGroups(api);
  const carl = await api.newAccount(CARL);
  const [carlsLink] = await api.invite(anna, secret, [carl], "MEMBER");
  await page.goto(carlsLink!);
  await expect(main(page).getByRole("heading", { name: "Bitte melden Sie sich an" })).toBeVisible();
  await main(page).getByRole("link", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel("E-Mail-Adresse").fill(carl.email);
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Einladung annehmen" })).toBeVisible();
  await expect(main(page)).toContainText(`Sie sind als ${carl.email} angemeldet.`);
  await checkA11y(page, "invitation page, signed in");
  await main(page).getByRole("button", { name: "Einladung annehmen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: SECRET })).toBeVisible();
  await expect(page.locator(".group-header .badge").first()).toHaveText("Mitglied");
});

test("a moderator changes a role and removes a member; the last moderator stays", async ({
  page,
  browser,
  api,
}) => {
  const { OFFICE, SECRET } = names(api);
  const { anna, office, secret, urls } = await annasGroups(api);
  const member = await api.joinByInvitation(anna, secret, BERTA, "MEMBER", {
    organizationId: office,
  });
  await api.joinByInvitation(anna, secret, CARL, "MEMBER");
  await api.login(page, anna);
  await page.goto(`${urls.secret}/members`);
  await expect(page).toHaveTitle(`Mitglieder – ${SECRET} – Fachforum`);
  const table = main(page).getByRole("table", { name: "Mitglieder der Gruppe" });
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(table.getByRole("row", { name: new RegExp(BERTA) })).toContainText(OFFICE);
  await checkA11y(page, "members, moderator");
  await snapshot(page, "members-1280");

  const role = page.getByLabel(`Rolle von ${BERTA}`, { exact: true });
  const save = page.getByRole("button", { name: `Rolle speichern: ${BERTA}` });
  // The save button appears once another role is chosen.
  await expect(save).toHaveCount(0);
  await role.selectOption("MODERATOR");
  await save.click();
  await expect(announcer(page)).toHaveText(`Die Rolle von ${BERTA} ist jetzt: Moderation.`);
  await expect(main(page).getByText(`Die Rolle von ${BERTA} ist jetzt: Moderation.`)).toBeVisible();
  await expect(save).toHaveCount(0);
  await expect(role).toBeFocused();
  await page.reload();
  await expect(page.getByLabel(`Rolle von ${BERTA}`, { exact: true })).toHaveValue("MODERATOR");

  // Berta now sees the moderators' sections.
  const berta = await api.browse(browser, member);
  await berta.goto(urls.secret);
  await expect(
    berta.getByRole("navigation", { name: "Bereiche der Gruppe" }).getByRole("link"),
  ).toHaveText([
    "Übersicht",
    "Pinnwand",
    "Diskussionen",
    "Links",
    "Mitglieder",
    "Einladungen",
    "Einstellungen",
  ]);

  // Removing asks first; Escape cancels and the focus returns to the button.
  const remove = page.getByRole("button", { name: `${CARL} aus der Gruppe entfernen` });
  await remove.click();
  const dialog = page.getByRole("dialog", { name: "Mitglied entfernen?" });
  await expect(dialog).toContainText(`${CARL} verliert den Zugang zur Gruppe „${SECRET}“`);
  await checkA11y(page, "remove member dialog");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
  await remove.click();
  await dialog.getByRole("button", { name: "Ja, entfernen" }).click();
  await expect(announcer(page)).toHaveText(`${CARL} wurde aus der Gruppe entfernt.`);
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(page.getByRole("heading", { level: 2, name: "Mitglieder" })).toBeFocused();

  // The only moderator of the listed group cannot leave it, and reads why.
  await page.goto(`${urls.listed}/members`);
  await page.getByRole("button", { name: "Gruppe verlassen" }).click();
  const leave = page.getByRole("dialog", { name: "Gruppe wirklich verlassen?" });
  await leave.getByRole("button", { name: "Ja, Gruppe verlassen" }).click();
  await expect(leave.getByRole("alert")).toContainText(
    "Sie sind die einzige Moderation dieser Gruppe und können sie deshalb noch nicht verlassen.",
  );
  await checkA11y(page, "leave dialog with the last-moderator message");
  await leave.getByRole("button", { name: "Abbrechen" }).click();

  // Nor can the last moderator be demoted.
  await page.getByLabel(`Rolle von ${anna.name}`, { exact: true }).selectOption("MEMBER");
  await page.getByRole("button", { name: `Rolle speichern: ${anna.name}` }).click();
  await expect(main(page).getByRole("alert")).toContainText(
    "Eine Gruppe braucht immer mindestens eine Moderation.",
  );
});

test("the directory and the office page show who works where", async ({ page, api }) => {
  const { OFFICE, SECRET } = names(api);
  const { anna, office, secret } = await annasGroups(api);
  const berta = await api.joinByInvitation(anna, secret, BERTA, "MEMBER", {
    organizationId: office,
  });
  const carl = await api.newAccount(CARL);
  // Berta (not an administrator) sees the people she shares a group with.
  await api.login(page, berta);
  await openStartPage(page);
  await nav(page).getByRole("link", { name: "Personen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Personen" })).toBeFocused();
  const people = main(page).getByRole("table", { name: "Personen nach Name" });
  // By last name: the test's tag ends Anna's name and comes before "Kaya".
  await expect(people.getByRole("rowheader")).toHaveText([
    new RegExp(anna.name),
    new RegExp(berta.name),
  ]);
  await checkA11y(page, "directory");

  await page.getByLabel("Organisation").selectOption({ label: OFFICE });
  await main(page).getByRole("button", { name: "Suchen" }).click();
  await expect(page).toHaveURL(/organization=/);
  await expect(people.getByRole("rowheader")).toHaveText([berta.name]);
  await page.getByLabel("Name").fill("Niemand");
  await main(page).getByRole("button", { name: "Suchen" }).click();
  await expect(main(page).getByText("Keine Person gefunden.")).toBeVisible();
  await checkA11y(page, "directory, nothing found");

  // Carl shares no group with Berta: he is not in her directory.
  await page.goto("/people");
  await expect(main(page)).not.toContainText(carl.name);

  // The person page: office and shared groups, no email address for non-administrators.
  await main(page).getByRole("link", { name: anna.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: anna.name })).toBeVisible();
  await expect(main(page).getByRole("link", { name: SECRET })).toBeVisible();
  await expect(main(page)).not.toContainText(anna.email);
  await checkA11y(page, "person page");

  // The office page lists its people: Berta got the office from the invitation.
  await nav(page).getByRole("link", { name: "Organisationen" }).click();
  await page.getByLabel("Name oder Kommune").fill("borken");
  await page.getByLabel("Regierungsbezirk").selectOption({ label: "Münster" });
  await main(page).getByRole("button", { name: "Suchen" }).click();
  await main(page).getByRole("link", { name: OFFICE }).click();
  await expect(page.getByRole("heading", { level: 1, name: OFFICE })).toBeVisible();
  await expect(main(page).getByRole("link", { name: berta.name })).toBeVisible();
  await expect(main(page).getByRole("link", { name: "Bearbeiten" })).toHaveCount(0);
  await checkA11y(page, "office page with its people");
});

test("the language switches to English on a group page and back", async ({ page, api }) => {
  const { SECRET } = names(api);
  const { anna, urls } = await annasGroups(api);
  await api.login(page, anna);
  await page.goto(urls.secret);
  await expect(page.getByRole("heading", { level: 2, name: "Über die Gruppe" })).toBeVisible();

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 2, name: "About the group" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Sections of the group" }).getByRole("link"),
  ).toHaveText([
    "Overview",
    "Pinboard",
    "Discussions",
    "Links",
    "Members",
    "Invitations",
    "Settings",
  ]);
  await expect(page.locator(".group-header .badge").first()).toHaveText("Moderator");
  await checkA11y(page, "group home in English");
  await page
    .getByRole("navigation", { name: "Sections of the group" })
    .getByRole("link", { name: "Settings" })
    .click();
  await expect(page.getByRole("radio", { name: "Secret" })).toBeChecked();
  await checkA11y(page, "group settings in English");

  await page.getByRole("button", { name: "Auf Deutsch umschalten" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("radio", { name: "Geheim" })).toBeChecked();
  await expect(page).toHaveTitle(`Einstellungen – ${SECRET} – Fachforum`);
});

test("a moderator changes the settings; the saved description is previewed", async ({
  page,
  api,
}) => {
  const { LISTED } = names(api);
  const { anna, urls } = await annasGroups(api);
  await api.login(page, anna);
  await page.goto(`${urls.listed}/settings`);
  await checkA11y(page, "group settings");
  await page
    .getByRole("textbox", { name: "Beschreibung", exact: true })
    .fill("Neu: *Austausch* mit [Leitfaden](https://example.org).");
  await page.getByLabel("Name der Gruppe").fill("");
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(page.getByLabel("Name der Gruppe")).toBeFocused();
  await page.getByLabel("Name der Gruppe").fill(`${LISTED} (Münsterland)`);
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(announcer(page)).toHaveText("Die Einstellungen wurden gespeichert.");
  await expect(
    page.getByRole("heading", { level: 1, name: `${LISTED} (Münsterland)` }),
  ).toBeVisible();
  await expect(main(page).locator(".preview em")).toHaveText("Austausch");
  await expect(main(page).locator(".preview a")).toHaveAttribute("href", "https://example.org");
});

for (const width of [320, 1280]) {
  test(`at ${width} px the groups list and a group's pages fit`, async ({ page, api }) => {
    const { SECRET } = names(api);
    const { anna, urls } = await annasGroups(api);
    await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
    await api.login(page, anna);
    await openStartPage(page);
    await (await mainNav(page)).getByRole("link", { name: "Gruppen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Meine Gruppen" })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await checkA11y(page, `groups at ${width} px`);
    await snapshot(page, `groups-${width}`);

    await main(page).getByRole("link", { name: SECRET }).click();
    await expect(page.getByRole("heading", { level: 1, name: SECRET })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await checkA11y(page, `group home at ${width} px`);
    await snapshot(page, `group-${width}`);

    for (const [section, name] of [
      ["members", "members"],
      ["invitations", "invitations"],
      ["join-requests", "join-requests"],
      ["settings", "settings"],
    ] as const) {
      await page.goto(`${urls.secret}/${section}`);
      await expect(page.locator(".group-body")).not.toContainText("Wird geladen");
      await expectNoSidewaysScroll(page);
      await checkA11y(page, `group ${name} at ${width} px`);
      await snapshot(page, `group-${name}-${width}`);
    }

    // A fresh invitation, to see its page at this width.
    await page.goto(`${urls.secret}/invitations`);
    const address = api.person(`Neu ${width}`, "stadt-bielefeld.de").email;
    await page.getByLabel("E-Mail-Adressen").fill(address);
    await main(page).getByRole("button", { name: "Einladungen senden" }).click();
    await expect(main(page).getByText("1 Einladung wurde gesendet.")).toBeVisible();
    const link = linkTo((await waitForMailTo(address, "Einladung")).text, "/invitation");
    await page.context().clearCookies();
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Einladung annehmen" })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await checkA11y(page, `invitation page at ${width} px`);
    await snapshot(page, `invitation-${width}`);
  });
}
