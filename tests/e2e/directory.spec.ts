// Organisations and the member directory: a long list of offices is paged and filtered,
// offices are edited (with the server's rules explained), administrators assign people to
// offices and hand an account's memberships over to a successor, and people outside a
// shared group stay invisible. The data comes through the API; every page is the browser's.
import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import {
  ADMIN,
  PASSWORD,
  checkA11y,
  createAccountWithCli,
  expect,
  expectNoSidewaysScroll,
  gql,
  linkTo,
  setupAdminViaApi,
  signIn,
  snapshot,
  test,
  waitForMailTo,
} from "./fixtures";

test.describe.configure({ mode: "serial" });

const UTE = { name: "Ute Hoffmann", email: "ute.hoffmann@kreis-steinfurt.de" };
const VERA = { name: "Vera Lindner", email: "vera.lindner@kreis-steinfurt.de" };
const WIM = { name: "Wim Jansen", email: "wim.jansen@kreis-kleve.de" };
const GROUP = "Fachgruppe Berufsorientierung";
/** 27 offices: more than one page (25) of the list. */
const OFFICES = [
  ...["Borken", "Coesfeld", "Steinfurt", "Warendorf", "Kleve", "Wesel", "Viersen", "Mettmann"].map(
    (name) => `Kreis ${name}`,
  ),
  ...[
    "Aachen",
    "Bielefeld",
    "Bochum",
    "Bonn",
    "Bottrop",
    "Dortmund",
    "Duisburg",
    "Düsseldorf",
    "Essen",
    "Gelsenkirchen",
    "Hagen",
    "Hamm",
    "Herne",
    "Köln",
    "Krefeld",
    "Leverkusen",
    "Münster",
    "Oberhausen",
    "Remscheid",
  ].map((name) => `Stadt ${name}`),
];

/** Ids the tests share, known once the data is there. */
const ids = { steinfurt: "", ute: "", vera: "", group: "" };

const main = (page: Page) => page.getByRole("main");
const announcer = (page: Page) => page.getByTestId("announcer");

/** Invites `email` to the group and accepts as a new account (organisation preset). */
async function joinAsNewAccount(
  admin: APIRequestContext,
  baseURL: string,
  person: { name: string; email: string },
  organizationId: string,
) {
  await gql(
    admin,
    "mutation($g: ID!, $e: [String!]!, $o: ID) { inviteToGroup(groupId: $g, emails: $e, role: MEMBER, organizationId: $o) { id } }",
    { g: ids.group, e: [person.email], o: organizationId },
  );
  const mail = await waitForMailTo(person.email, "Einladung");
  const token = new URL(linkTo(mail.text, "/invitation")).searchParams.get("token");
  const guest = await playwrightRequest.newContext({ baseURL });
  const data = await gql<{ acceptInvitation: { id: string } }>(
    guest,
    "mutation($t: String!, $n: String, $p: String) { acceptInvitation(token: $t, name: $n, password: $p) { id } }",
    { t: token, n: person.name, p: PASSWORD },
  );
  const viewer = await gql<{ viewer: { id: string } }>(guest, "{ viewer { id } }");
  await guest.dispose();
  expect(data.acceptInvitation.id).toBe(ids.group);
  return viewer.viewer.id;
}

test.beforeAll(async ({ playwright, baseURL }) => {
  const admin = await playwright.request.newContext({ baseURL });
  await setupAdminViaApi(admin);
  const { regions } = await gql<{ regions: { id: string; name: string }[] }>(
    admin,
    "{ regions { id name } }",
  );
  const muenster = regions.find((r) => r.name === "Münster")!.id;
  const duesseldorf = regions.find((r) => r.name === "Düsseldorf")!.id;
  for (const name of OFFICES) {
    const data = await gql<{ createOrganization: { id: string } }>(
      admin,
      "mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }",
      {
        i: {
          name,
          kind: name.startsWith("Kreis") ? "DISTRICT" : "INDEPENDENT_CITY",
          municipality: name.replace(/^(Kreis|Stadt) /, ""),
          regionId: ["Borken", "Coesfeld", "Steinfurt", "Warendorf", "Münster"].some((m) =>
            name.endsWith(m),
          )
            ? muenster
            : duesseldorf,
        },
      },
    );
    if (name === "Kreis Steinfurt") ids.steinfurt = data.createOrganization.id;
  }
  const group = await gql<{ createGroup: { id: string } }>(
    admin,
    "mutation($i: GroupInput!) { createGroup(input: $i) { id } }",
    { i: { name: GROUP, visibility: "SECRET", joinPolicy: "INVITATION" } },
  );
  ids.group = group.createGroup.id;
  ids.ute = await joinAsNewAccount(admin, baseURL!, UTE, ids.steinfurt);
  await admin.dispose();
  createAccountWithCli(VERA.email, VERA.name);
  createAccountWithCli(WIM.email, WIM.name);
});

test("the organisations are paged, searched and filtered by region", async ({ page }) => {
  await signIn(page, ADMIN.email, PASSWORD);
  await page.goto("/organizations");
  const table = main(page).getByRole("table", { name: "Organisationen nach Name" });
  await expect(table.getByRole("rowheader")).toHaveCount(25);
  await expect(table.getByRole("rowheader").first()).toHaveText("Kreis Borken");
  await checkA11y(page, "organisations, first page");
  await snapshot(page, "organizations-1280");
  await main(page).getByRole("button", { name: "Weitere Organisationen laden" }).click();
  await expect(table.getByRole("rowheader")).toHaveCount(OFFICES.length);
  await expect(
    main(page).getByRole("button", { name: "Weitere Organisationen laden" }),
  ).toHaveCount(0);

  await page.getByLabel("Name oder Kommune").fill("stadt");
  await page.getByLabel("Regierungsbezirk").selectOption({ label: "Münster" });
  await main(page).getByRole("button", { name: "Suchen" }).click();
  await expect(table.getByRole("rowheader")).toHaveText(["Stadt Münster"]);
  await expect(table.getByRole("row", { name: /Stadt Münster/ })).toContainText("Kreisfreie Stadt");

  // The filters live in the address: back in the browser restores the full list.
  await page.goBack();
  await expect(table.getByRole("rowheader")).toHaveCount(25);
  await expect(page.getByLabel("Name oder Kommune")).toHaveValue("");

  await page.getByLabel("Name oder Kommune").fill("Atlantis");
  await main(page).getByRole("button", { name: "Suchen" }).click();
  await expect(main(page).getByText("Keine Organisation gefunden.")).toBeVisible();
  await expect(main(page)).toContainText("Versuchen Sie einen anderen Suchbegriff");
  await checkA11y(page, "organisations, nothing found");
});

test("an office is edited; a taken name is explained", async ({ page }) => {
  await signIn(page, ADMIN.email, PASSWORD);
  await page.goto(`/organizations/${ids.steinfurt}`);
  await expect(page.getByRole("heading", { level: 1, name: "Kreis Steinfurt" })).toBeVisible();
  await expect(main(page).getByText("Es sind keine Kontaktdaten hinterlegt.")).toBeVisible();
  await expect(main(page).getByRole("link", { name: UTE.name })).toBeVisible();
  await main(page).getByRole("link", { name: "Bearbeiten" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Kreis Steinfurt bearbeiten" }),
  ).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Kreis Steinfurt");
  await checkA11y(page, "edit organisation form");
  await snapshot(page, "organization-edit-1280");

  await page.getByLabel("Name", { exact: true }).fill("kreis borken");
  await main(page).getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(main(page).getByRole("alert")).toContainText(
    "Eine Organisation mit diesem Namen gibt es bereits.",
  );
  await checkA11y(page, "edit organisation form with a conflict");

  await page.getByLabel("Name", { exact: true }).fill("Kreis Steinfurt");
  await page.getByLabel("Website").fill("https://www.kreis-steinfurt.de");
  await page.getByLabel("Telefon").fill("+49 2551 69-0");
  await main(page).getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kreis Steinfurt" })).toBeVisible();
  await expect(announcer(page)).toHaveText("Die Änderungen wurden gespeichert.");
  await expect(
    main(page).getByRole("link", { name: "https://www.kreis-steinfurt.de" }),
  ).toHaveAttribute("href", "https://www.kreis-steinfurt.de");
  await expect(main(page).getByRole("link", { name: "+49 2551 69-0" })).toHaveAttribute(
    "href",
    "tel:+492551690",
  );
});

test("an administrator assigns an office and hands memberships over", async ({ page }) => {
  await signIn(page, ADMIN.email, PASSWORD);
  await page.goto("/people");
  const table = main(page).getByRole("table", { name: "Personen nach Name" });
  // Administrators see every account, also those without a shared group.
  await expect(table.getByRole("rowheader")).toHaveText([
    /Dr\. Anna Berger/,
    UTE.name,
    VERA.name,
    WIM.name,
  ]);
  await page.getByLabel("Name", { exact: true }).fill("lind");
  await main(page).getByRole("button", { name: "Suchen" }).click();
  await expect(table.getByRole("rowheader")).toHaveText([VERA.name]);
  await main(page).getByRole("link", { name: VERA.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: VERA.name })).toBeVisible();
  ids.vera = new URL(page.url()).pathname.split("/").at(-1)!;
  await expect(main(page)).toContainText(VERA.email);
  await expect(main(page)).toContainText("Keiner Organisation zugeordnet");
  await checkA11y(page, "person page, administrator");
  await snapshot(page, "person-admin-1280");

  await page
    .getByRole("combobox", { name: "Organisation" })
    .selectOption({ label: "Kreis Steinfurt" });
  await main(page).getByRole("button", { name: "Organisation speichern" }).click();
  await expect(announcer(page)).toHaveText(`Die Organisation von ${VERA.name} wurde gespeichert.`);
  await expect(main(page).getByRole("link", { name: "Kreis Steinfurt" })).toBeVisible();

  // Ute leaves the office: her memberships go to Vera.
  await page.goto(`/people/${ids.ute}`);
  await expect(main(page).getByRole("link", { name: GROUP })).toBeVisible();
  await main(page).getByRole("button", { name: "Übergabe vorbereiten" }).click();
  await expect(page.getByRole("combobox", { name: "Nachfolge" })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await page.getByRole("combobox", { name: "Nachfolge" }).selectOption({ label: VERA.name });
  await main(page).getByRole("button", { name: "Übergabe vorbereiten" }).click();
  const dialog = page.getByRole("dialog", { name: "Übergabe bestätigen" });
  await expect(dialog).toContainText(
    `Alle Gruppenmitgliedschaften von ${UTE.name} gehen auf ${VERA.name} über.`,
  );
  await expect(dialog).toContainText(`Beiträge von ${UTE.name} bleiben ${UTE.name} zugeordnet`);
  await checkA11y(page, "handover dialog");
  await dialog.getByRole("button", { name: "Ja, übergeben" }).click();
  await expect(announcer(page)).toHaveText(
    `Die Mitgliedschaften von ${UTE.name} sind auf ${VERA.name} übergegangen.`,
  );
  await expect(main(page).getByText("Sie teilen keine Gruppe miteinander.")).toBeVisible();

  await page.goto(`/people/${ids.vera}`);
  await expect(main(page).getByRole("link", { name: GROUP })).toBeVisible();
  await page.goto(`/groups/${ids.group}/members`);
  const members = main(page).getByRole("table", { name: "Mitglieder der Gruppe" });
  await expect(members.getByRole("rowheader")).toHaveText([/Dr\. Anna Berger/, VERA.name]);
});

test("people without a shared group stay invisible", async ({ page }) => {
  await signIn(page, WIM.email, PASSWORD);
  await page.goto("/people");
  const table = main(page).getByRole("table", { name: "Personen nach Name" });
  await expect(table.getByRole("rowheader")).toHaveText([WIM.name]);
  await checkA11y(page, "directory of a person without groups");
  await page.goto(`/people/${ids.vera}`);
  await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
  // Offices are public within the forum, their people are not.
  await page.goto(`/organizations/${ids.steinfurt}`);
  await expect(main(page).getByText("Hier ist niemand für Sie sichtbar.")).toBeVisible();
  await checkA11y(page, "office page without visible people");
  // Only administrators edit offices.
  await page.goto("/organizations/new");
  await expect(page.getByRole("heading", { level: 1, name: "Kein Zugriff" })).toBeVisible();
  await checkA11y(page, "no access page");
});

test("at 320 px the offices and the directory fit", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signIn(page, ADMIN.email, PASSWORD);
  for (const [path, name] of [
    ["/organizations", "organizations"],
    [`/organizations/${ids.steinfurt}`, "organization"],
    [`/organizations/${ids.steinfurt}/edit`, "organization-edit"],
    ["/people", "people"],
    [`/people/${ids.vera}`, "person-admin"],
  ]) {
    await page.goto(path!);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(main(page)).not.toContainText("Wird geladen");
    await expectNoSidewaysScroll(page);
    await checkA11y(page, `${name} at 320 px`);
    await snapshot(page, `${name}-320`);
  }
});
