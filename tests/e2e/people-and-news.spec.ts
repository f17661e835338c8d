// People and news: a moderator finds members by name and by office, the start page shows
// an unread topic of the viewer's group (and nothing of a group they are not in), the
// bell's list opens and closes by keyboard, and a profile shows the function and phone
// number its person gave. Each test makes its own data through the API.
import type { Page } from "@playwright/test";
import type { Api } from "./api";
import { checkA11y, expect, test } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

/** An administrator moderating a secret group with Berta (of an office) and Carl in it. */
async function groupWithMembers(api: Api) {
  const admin = await api.newAdmin(api.unique("Dr. Anna Berger"));
  const office = api.unique("Kreis Steinfurt");
  const officeId = await api.createOrganization(admin, { name: office, municipality: "Steinfurt" });
  const group = await api.createGroup(admin, { name: api.unique("Fachgruppe Übergang") });
  const berta = await api.joinByInvitation(admin, group, "Berta Kaya", "MEMBER", {
    organizationId: officeId,
  });
  const carl = await api.joinByInvitation(admin, group, "Carl Özer", "GUEST");
  return { admin, office, group, berta, carl };
}

test("a moderator finds members by name and by office, as typed", async ({ page, api }) => {
  const { admin, office, group, berta, carl } = await groupWithMembers(api);
  await api.login(page, admin);
  await page.goto(`/groups/${group}/members`);
  const rows = main(page).getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: carl.name })).toHaveCount(1);

  const filters = main(page).getByRole("search", { name: "Mitglieder suchen" });
  const search = filters.getByRole("searchbox", { name: "Name, Funktion oder Organisation" });
  const role = filters.getByRole("combobox", { name: "Rolle" });
  await search.fill("özer");
  await expect(rows.filter({ hasText: berta.name })).toHaveCount(0);
  await expect(rows.filter({ hasText: carl.name })).toHaveCount(1);
  await expect(page).toHaveURL(/[?&]q=%C3%B6zer/);

  await search.fill(office);
  await expect(rows.filter({ hasText: carl.name })).toHaveCount(0);
  await expect(rows.filter({ hasText: berta.name })).toHaveCount(1);

  await search.fill("");
  await role.selectOption({ label: "Gast" });
  await expect(rows.filter({ hasText: berta.name })).toHaveCount(0);
  await expect(rows.filter({ hasText: carl.name })).toHaveCount(1);
  await expect(page).toHaveURL(/[?&]role=GUEST/);
  await checkA11y(page, "member search");

  // The filters come back with the address.
  await page.reload();
  await expect(role).toHaveValue("GUEST");
  await expect(rows.filter({ hasText: berta.name })).toHaveCount(0);
});

test("the start page shows an unread topic of the viewer's group, nothing of others", async ({
  page,
  api,
}) => {
  const { admin, group, berta } = await groupWithMembers(api);
  const elsewhere = await api.createGroup(admin, { name: api.unique("Vertraulich") });
  await api.startThread(admin, elsewhere, { title: "Nur für den Vorstand", body: "Intern." });
  const topic = api.unique("Praktikumsbörse");
  const thread = await api.startThread(admin, group, { title: topic, body: "Wer hat Plätze?" });
  await api.reply(admin, thread, "Wir haben drei.");

  await api.login(page, berta);
  await page.goto("/");
  const news = main(page).getByRole("region", { name: "Neu für Sie" });
  const unread = news.getByRole("group", { name: "Ungelesene Themen" });
  await expect(unread.getByRole("link", { name: topic })).toBeVisible();
  await expect(unread).toContainText("neu");
  await expect(news).not.toContainText("Nur für den Vorstand");
  await checkA11y(page, "start page news");

  await unread.getByRole("link", { name: topic }).click();
  await expect(main(page).getByRole("heading", { name: topic })).toBeVisible();
});

test("the bell's list opens by keyboard and Escape closes it", async ({ page, api }) => {
  const { admin, group, berta } = await groupWithMembers(api);
  const topic = api.unique("Berufsfelderkundung");
  const thread = await api.startThread(berta, group, { title: topic, body: "Wie läuft es?" });
  for (const text of ["Gut.", "Sehr gut.", "Bestens."]) await api.reply(admin, thread, text);

  await api.login(page, berta);
  await page.goto("/");
  const bell = page.getByRole("button", { name: /Benachrichtigungen/ });
  await expect(bell).toContainText("3 ungelesen");
  await bell.focus();
  await page.keyboard.press("Enter");
  await expect(bell).toHaveAttribute("aria-expanded", "true");
  const list = page.getByRole("list", { name: "Neueste Benachrichtigungen" });
  await expect(list.getByRole("link")).toHaveText([`Ungelesen: 3 neue Beiträge in „${topic}“`]);
  await expect(page.getByRole("link", { name: "Alle Benachrichtigungen" })).toBeVisible();
  await checkA11y(page, "bell list");

  await page.keyboard.press("Escape");
  await expect(list).toBeHidden();
  await expect(bell).toBeFocused();
  await expect(bell).toHaveAttribute("aria-expanded", "false");
});

test("a profile shows the function and phone number its person gave", async ({ page, api }) => {
  const { admin, berta } = await groupWithMembers(api);
  await api.login(page, berta);
  await page.goto("/account");
  const phone = main(page).getByRole("textbox", { name: "Telefon (freiwillig)" });
  await main(page)
    .getByRole("textbox", { name: "Funktion (freiwillig)" })
    .fill("Koordinatorin Jugendhilfe");
  await phone.fill("bitte anrufen");
  await main(page).getByRole("button", { name: "Speichern" }).click();
  await expect(main(page)).toContainText("Telefonnummer");
  await phone.fill("+49 2551 69-1234");
  await main(page).getByRole("button", { name: "Speichern" }).click();
  await expect(main(page).getByText("Ihre Angaben wurden gespeichert.")).toBeVisible();

  await api.login(page, admin);
  await page.goto(`/people/${berta.id}`);
  const facts = main(page).getByRole("region", { name: "Angaben" });
  await expect(facts).toContainText("Koordinatorin Jugendhilfe");
  await expect(facts.getByRole("link", { name: "+49 2551 69-1234" })).toHaveAttribute(
    "href",
    "tel:+492551691234",
  );
  await checkA11y(page, "profile with function and phone");
});
