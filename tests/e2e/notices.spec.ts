// The pinboard: a moderator puts up an important notice and asks each office to
// acknowledge it; two members of one office and one of another acknowledge (in the
// group, on the pinboard across groups, through the API); the coverage counts offices,
// names who is missing and downloads as CSV for Excel; pinned notices move up by
// keyboard; every state passes axe and fits 320 px.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { gql, type Account } from "./api";
import { checkA11y, expect, expectNoSidewaysScroll, test } from "./fixtures";

const main = (page: Page) => page.getByRole("main");
const card = (page: Page, title: string) => main(page).getByRole("article", { name: title });

async function postNotice(account: Account, groupId: string, title: string) {
  const data = await gql<{ postNotice: { id: string } }>(
    account.session,
    "mutation($g: ID!, $i: NoticeInput!) { postNotice(groupId: $g, input: $i) { id } }",
    { g: groupId, i: { title, body: `Der Aushang „${title}“.` } },
  );
  return data.postNotice.id;
}

test("offices acknowledge a notice and the coverage counts them", async ({ browser, api }) => {
  const anna = await api.newAdmin();
  const office = async (name: string, municipality: string) =>
    api.createOrganization(anna, { name: api.unique(name), municipality });
  const lippe = await office("Kreis Lippe", "Detmold");
  const bonn = await office("Stadt Bonn", "Bonn");
  const essen = await office("Stadt Essen", "Essen");
  const groupId = await api.createGroup(anna, { name: "Koordinierung im Regierungsbezirk" });
  const join = (name: string, organizationId: string) =>
    api.joinByInvitation(anna, groupId, name, "MEMBER", { organizationId });
  const berta = await join("Berta Kaya", lippe);
  const bernd = await join("Bernd Vogel", lippe);
  const carl = await join("Carl Yıldız", bonn);
  await join("Dora Lenz", essen);

  // Anna puts up the notice and asks each office to acknowledge it.
  const page = await api.browse(browser, anna);
  await page.goto(`/groups/${groupId}/notices`);
  await main(page).getByRole("link", { name: "Aushang erstellen" }).click();
  await main(page).getByLabel("Titel").fill("Neue Förderrichtlinie ab Februar");
  await main(page).getByLabel("Text", { exact: true }).fill("Bitte lesen Sie die **Änderungen**.");
  await main(page).getByLabel("Wichtig").check();
  await main(page).getByLabel("Zusätzlich die Kenntnisnahme erbitten").check();
  await expect(main(page).getByLabel("Eine Person je Dienststelle")).toBeChecked();
  await main(page).getByLabel("Frist").fill("2030-01-15T12:00");
  await checkA11y(page, "new notice with acknowledgement");
  await main(page).getByRole("button", { name: "Aushängen" }).click();
  await expect(
    main(page).getByRole("heading", { name: "Neue Förderrichtlinie ab Februar" }),
  ).toBeVisible();
  await expect(
    main(page).getByText("Bitte bis 15.01.2030, 12:00 zur Kenntnis nehmen."),
  ).toBeVisible();
  // The notice's page belongs to the pinboard.
  const sections = page.getByRole("navigation", { name: "Bereiche der Gruppe" });
  await expect(sections.getByRole("link", { name: "Pinnwand" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(sections.getByRole("link", { name: "Diskussionen" })).not.toHaveAttribute(
    "aria-current",
  );
  await checkA11y(page, "notice page of the moderator");

  // Berta acknowledges on the group's overview, Bernd on his pinboard, Carl by API.
  const bertaPage = await api.browse(browser, berta);
  await bertaPage.goto(`/groups/${groupId}`);
  const onBoard = card(bertaPage, "Neue Förderrichtlinie ab Februar");
  await expect(onBoard.getByText("Wichtig", { exact: true })).toBeVisible();
  await expect(onBoard.getByText("Neu", { exact: true })).toBeVisible();
  await checkA11y(bertaPage, "group overview with the board");
  await onBoard.getByRole("button", { name: "Zur Kenntnis genommen" }).click();
  await expect(
    onBoard.getByText(/Sie haben den Aushang am .* zur Kenntnis genommen\./),
  ).toBeVisible();
  const berndPage = await api.browse(browser, bernd);
  await berndPage.goto("/pinboard");
  const pinned = card(berndPage, "Neue Förderrichtlinie ab Februar");
  await expect(
    pinned.getByText(/Ihre Dienststelle hat den Aushang am .* zur Kenntnis genommen\./),
  ).toBeVisible();
  await expect(pinned.getByRole("button", { name: "Zur Kenntnis genommen" })).toHaveCount(0);
  await checkA11y(berndPage, "pinboard across groups");
  await berndPage.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(berndPage);
  const notice = await gql<{ notices: { nodes: { id: string }[] } }>(
    carl.session,
    "query($g: ID!) { notices(groupId: $g) { nodes { id } } }",
    { g: groupId },
  );
  await gql(carl.session, "mutation($id: ID!) { acknowledgeNotice(id: $id) { id } }", {
    id: notice.notices.nodes[0]!.id,
  });

  // The coverage: two of three offices, Essen missing; the CSV for Excel.
  await main(page).getByRole("link", { name: "Wer hat zur Kenntnis genommen?" }).click();
  await expect(
    main(page).getByText("2 von 3 Dienststellen und Personen ohne Dienststelle"),
  ).toBeVisible();
  const missing = main(page).getByRole("region", { name: /Noch offen/ });
  await expect(missing.getByRole("listitem")).toHaveText([/Stadt Essen/]);
  const covered = main(page).getByRole("region", { name: /Zur Kenntnis genommen/ });
  await expect(covered.getByRole("row", { name: /Kreis Lippe/ })).toContainText("Berta Kaya");
  await checkA11y(page, "coverage of the request");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    main(page).getByRole("link", { name: "Als CSV herunterladen (für Excel)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("Kenntnisnahme-Neue-Foerderrichtlinie-ab-Februar.csv");
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.startsWith("\ufeffDienststelle;Status;Zur Kenntnis genommen von;Zeitpunkt\r\n")).toBe(
    true,
  );
  expect(csv).toMatch(/Stadt Essen[^;]*;offen;;\r\n/);
  expect(csv).toMatch(
    /Kreis Lippe[^;]*;zur Kenntnis genommen;Berta Kaya;\d\d\.\d\d\.\d{4} \d\d:\d\d\r\n/,
  );
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(page);
});

test("pinned notices come first and move up by keyboard", async ({ browser, api }) => {
  const anna = await api.newAdmin();
  const groupId = await api.createGroup(anna, { name: "Netzwerk Übergang Schule–Beruf" });
  for (const title of ["Erster Aushang", "Zweiter Aushang", "Dritter Aushang"]) {
    await postNotice(anna, groupId, title);
  }
  const page = await api.browse(browser, anna);
  await page.goto(`/groups/${groupId}/notices`);
  const titles = main(page).getByRole("list", { name: "Aushänge" }).getByRole("heading");
  await expect(titles).toHaveText(["Dritter Aushang", "Zweiter Aushang", "Erster Aushang"]);
  for (const title of ["Erster Aushang", "Zweiter Aushang"]) {
    await card(page, title)
      .getByRole("button", { name: `Aktionen für „${title}“` })
      .click();
    await page.getByRole("menuitem", { name: "Anheften" }).click();
    await expect(card(page, title).getByText("Angeheftet")).toBeVisible();
  }
  await expect(titles).toHaveText(["Erster Aushang", "Zweiter Aushang", "Dritter Aushang"]);
  const up = card(page, "Zweiter Aushang").getByRole("button", {
    name: "„Zweiter Aushang“ nach oben",
  });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(titles).toHaveText(["Zweiter Aushang", "Erster Aushang", "Dritter Aushang"]);
  await expect(
    card(page, "Zweiter Aushang").getByRole("button", { name: "„Zweiter Aushang“ nach oben" }),
  ).toBeDisabled();
  await checkA11y(page, "pinboard of a group with pinned notices");
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(page);
});
