// Organisations and the member directory: a long list of offices is paged and filtered,
// offices are edited (with the server's rules explained), administrators assign people to
// offices and hand an account's memberships over to a successor, and people outside a
// shared group stay invisible. The data comes through the API; every page is the browser's.
// Offices and people carry the test's tag in their names: the lists are the whole forum's,
// and a search for the tag shows just this test's.
import type { Page } from "@playwright/test";
import type { Account, Api } from "./api";
import { checkA11y, expect, expectNoSidewaysScroll, snapshot, test } from "./fixtures";

const GROUP = "Fachgruppe Berufsorientierung";
const MUENSTER = ["Borken", "Coesfeld", "Steinfurt", "Warendorf", "Münster"];
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

const main = (page: Page) => page.getByRole("main");
const announcer = (page: Page) => page.getByTestId("announcer");

/** Creates an office (its name made unique to the test) in its administrative region. */
function createOffice(api: Api, admin: Account, office: string) {
  const municipality = office.replace(/^(Kreis|Stadt) /, "");
  return api.createOrganization(admin, {
    name: api.unique(office),
    kind: office.startsWith("Kreis") ? "DISTRICT" : "INDEPENDENT_CITY",
    municipality,
    region: MUENSTER.includes(municipality) ? "Münster" : "Düsseldorf",
  });
}

/**
 * An administrator, the office Kreis Steinfurt, a secret group and Ute, who joined it by
 * invitation with the office preset: the office has someone in it.
 */
async function officeWithUte(api: Api) {
  const anna = await api.newAdmin(api.unique("Dr. Anna Berger"));
  const steinfurt = await createOffice(api, anna, "Kreis Steinfurt");
  const group = await api.createGroup(anna, { name: GROUP });
  const ute = await api.joinByInvitation(anna, group, api.unique("Ute Hoffmann"), "MEMBER", {
    organizationId: steinfurt,
  });
  return { anna, steinfurt, group, ute };
}

test("the organisations are paged, searched and filtered by region", async ({ page, api }) => {
  const anna = await api.newAdmin();
  for (const office of OFFICES) await createOffice(api, anna, office);
  await api.login(page, anna);
  await page.goto("/organizations");
  const table = main(page).getByRole("table", { name: "Organisationen nach Name" });
  await page.getByLabel("Name oder Kommune").fill(api.tag);
  await main(page).getByRole("button", { name: "Suchen" }).click();
  await expect(table.getByRole("rowheader")).toHaveCount(25);
  await expect(table.getByRole("rowheader").first()).toHaveText(api.unique("Kreis Borken"));
  await checkA11y(page, "organisations, first page");
  await snapshot(page, "organizations-1280");

  await page.getByLabel("Regierungsbezirk").selectOption({ label: "Münster" });
  await main(page).getByRole("button", { name: "Suchen" }).click();
  await expect(table.getByRole("rowheader")).toHaveText(
    ["Kreis Borken", "Kreis Coesfeld", "Kreis Steinfurt", "Kreis Warendorf", "Stadt Münster"].map(
      (office) => api.unique(office),
    ),
  );
  await expect(table.getByRole("row", { name: /Stadt Münster/ })).toContainText("Kreisfreie Stadt");

  // The filters live in the address: back in the browser restores the list before.
  await page.goBack();
  await expect(table.getByRole("rowheader")).toHaveCount(25);
  await expect(page.getByLabel("Name oder Kommune")).toHaveValue(api.tag);
  await main(page).getByRole("button", { name: "Weitere Organisationen laden" }).click();
  await expect(table.getByRole("rowheader")).toHaveCount(OFFICES.length);
  await expect(
    main(page).getByRole("button", { name: "Weitere Organisationen laden" }),
  ).toHaveCount(0);

  await page.getByLabel("Name oder Kommune").fill("Atlantis");
  await main(page).getByRole("button", { name: "Suchen" }).click();
  await expect(main(page).getByText("Keine Organisation gefunden.")).toBeVisible();
  await expect(main(page)).toContainText("Versuchen Sie einen anderen Suchbegriff");
  await checkA11y(page, "organisations, nothing found");
});

test("an office is edited; a taken name is explained", async ({ page, api }) => {
  const { anna, steinfurt, ute } = await officeWithUte(api);
  await createOffice(api, anna, "Kreis Borken");
  const name = api.unique("Kreis Steinfurt");
  await api.login(page, anna);
  await page.goto(`/organizations/${steinfurt}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(main(page).getByText("Es sind keine Kontaktdaten hinterlegt.")).toBeVisible();
  await expect(main(page).getByRole("link", { name: ute.name })).toBeVisible();
  await main(page).getByRole("link", { name: "Bearbeiten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${name} bearbeiten` })).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
  await checkA11y(page, "edit organisation form");
  await snapshot(page, "organization-edit-1280");

  await page.getByLabel("Name", { exact: true }).fill(api.unique("kreis borken"));
  await main(page).getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(main(page).getByRole("alert")).toContainText(
    "Eine Organisation mit diesem Namen gibt es bereits.",
  );
  await checkA11y(page, "edit organisation form with a conflict");

  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Website").fill("https://www.kreis-steinfurt.de");
  await page.getByLabel("Telefon").fill("+49 2551 69-0");
  await main(page).getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(announcer(page)).toHaveText("Die Änderungen wurden gespeichert.");
  await expect(
    main(page).getByRole("link", { name: "https://www.kreis-steinfurt.de" }),
  ).toHaveAttribute("href", "https://www.kreis-steinfurt.de");
  await expect(main(page).getByRole("link", { name: "+49 2551 69-0" })).toHaveAttribute(
    "href",
    "tel:+492551690",
  );
});

test("an administrator assigns an office and hands memberships over", async ({ page, api }) => {
  const { anna, group, ute } = await officeWithUte(api);
  const vera = await api.newAccount(api.unique("Vera Lindner"));
  const wim = await api.newAccount(api.unique("Wim Jansen"));
  await api.login(page, anna);
  await page.goto("/people");
  const table = main(page).getByRole("table", { name: "Personen nach Name" });
  // Administrators see every account, also those without a shared group.
  await page.getByLabel("Name", { exact: true }).fill(api.tag);
  await main(page).getByRole("button", { name: "Suchen" }).click();
  await expect(table.getByRole("rowheader")).toHaveText([
    new RegExp(anna.name.replaceAll(".", "\\.")),
    ute.name,
    vera.name,
    wim.name,
  ]);
  await page.getByLabel("Name", { exact: true }).fill(api.unique("lindner"));
  await main(page).getByRole("button", { name: "Suchen" }).click();
  await expect(table.getByRole("rowheader")).toHaveText([vera.name]);
  await main(page).getByRole("link", { name: vera.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: vera.name })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/people/${vera.id}`);
  await expect(main(page)).toContainText(vera.email);
  await expect(main(page)).toContainText("Keiner Organisation zugeordnet");
  await checkA11y(page, "person page, administrator");
  await snapshot(page, "person-admin-1280");

  await page
    .getByRole("combobox", { name: "Organisation" })
    .selectOption({ label: api.unique("Kreis Steinfurt") });
  await main(page).getByRole("button", { name: "Organisation speichern" }).click();
  await expect(announcer(page)).toHaveText(`Die Organisation von ${vera.name} wurde gespeichert.`);
  await expect(main(page).getByRole("link", { name: api.unique("Kreis Steinfurt") })).toBeVisible();

  // Ute leaves the office: her memberships go to Vera.
  await page.goto(`/people/${ute.id}`);
  await expect(main(page).getByRole("link", { name: GROUP })).toBeVisible();
  await main(page).getByRole("button", { name: "Übergabe vorbereiten" }).click();
  await expect(page.getByRole("combobox", { name: "Nachfolge" })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await page.getByRole("combobox", { name: "Nachfolge" }).selectOption({ label: vera.name });
  await main(page).getByRole("button", { name: "Übergabe vorbereiten" }).click();
  const dialog = page.getByRole("dialog", { name: "Übergabe bestätigen" });
  await expect(dialog).toContainText(
    `Alle Gruppenmitgliedschaften von ${ute.name} gehen auf ${vera.name} über.`,
  );
  await expect(dialog).toContainText(`Beiträge von ${ute.name} bleiben ${ute.name} zugeordnet`);
  await checkA11y(page, "handover dialog");
  await dialog.getByRole("button", { name: "Ja, übergeben" }).click();
  await expect(announcer(page)).toHaveText(
    `Die Mitgliedschaften von ${ute.name} sind auf ${vera.name} übergegangen.`,
  );
  await expect(main(page).getByText("Sie teilen keine Gruppe miteinander.")).toBeVisible();

  await page.goto(`/people/${vera.id}`);
  await expect(main(page).getByRole("link", { name: GROUP })).toBeVisible();
  await page.goto(`/groups/${group}/members`);
  const members = main(page).getByRole("table", { name: "Mitglieder der Gruppe" });
  await expect(members.getByRole("rowheader")).toHaveText([/Dr\. Anna Berger/, vera.name]);
});

test("people without a shared group stay invisible", async ({ page, api }) => {
  const { steinfurt, ute } = await officeWithUte(api);
  const wim = await api.newAccount("Wim Jansen");
  await api.login(page, wim);
  await page.goto("/people");
  const table = main(page).getByRole("table", { name: "Personen nach Name" });
  await expect(table.getByRole("rowheader")).toHaveText([wim.name]);
  await checkA11y(page, "directory of a person without groups");
  await page.goto(`/people/${ute.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
  // Offices are public within the forum, their people are not.
  await page.goto(`/organizations/${steinfurt}`);
  await expect(main(page).getByText("Hier ist niemand für Sie sichtbar.")).toBeVisible();
  await checkA11y(page, "office page without visible people");
  // Only administrators edit offices.
  await page.goto("/organizations/new");
  await expect(page.getByRole("heading", { level: 1, name: "Kein Zugriff" })).toBeVisible();
  await checkA11y(page, "no access page");
});

test("at 320 px the offices and the directory fit", async ({ page, api }) => {
  const { anna, steinfurt, ute } = await officeWithUte(api);
  await page.setViewportSize({ width: 320, height: 640 });
  await api.login(page, anna);
  for (const [path, name] of [
    ["/organizations", "organizations"],
    [`/organizations/${steinfurt}`, "organization"],
    [`/organizations/${steinfurt}/edit`, "organization-edit"],
    ["/people", "people"],
    [`/people/${ute.id}`, "person-admin"],
  ]) {
    await page.goto(path!);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(main(page)).not.toContainText("Wird geladen");
    await expectNoSidewaysScroll(page);
    await checkA11y(page, `${name} at 320 px`);
    await snapshot(page, `${name}-320`);
  }
});
