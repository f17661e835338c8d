// How a group keeps its discussions in order: the moderator sets up categories (add,
// describe, reorder, rename, delete after a confirmation); a member files a topic
// under a category with tags; the list filters by category and by tag; the author
// corrects title and tags; an accepted answer can be withdrawn; a deleted topic is
// gone for members and restored by a moderator.
import type { Page } from "@playwright/test";
import type { Api } from "./api";
import { checkA11y, expect, postAction, test } from "./fixtures";

const GROUP = "Koordinierung Übergang Schule–Beruf";
const TOPIC = "Elternabende zur Berufsorientierung";
const OTHER = "Termine der Regionalkonferenz";

const main = (page: Page) => page.getByRole("main");
const categoryNames = (page: Page) =>
  main(page).getByRole("list", { name: "Kategorien der Gruppe" }).locator(".category-list__name");
const topics = (page: Page) => main(page).getByRole("list", { name: "Themen der Gruppe" });

/** Anna (an administrator) moderates the group; Berta is a member. */
async function groupWithMember(api: Api) {
  const anna = await api.newAdmin();
  const group = await api.createGroup(anna, { name: GROUP });
  const berta = await api.joinByInvitation(anna, group, "Berta Kaya", "MEMBER");
  return { anna, berta, group };
}

test("the moderator sets up the categories", async ({ browser, api }) => {
  const admin = await api.newAdmin();
  const group = await api.createGroup(admin, { name: GROUP });
  const anna = await api.browse(browser, admin);
  await anna.goto(`/groups/${group}/settings`);
  const section = main(anna).getByRole("region", { name: "Kategorien" });
  await expect(section.getByText("Die Gruppe hat noch keine Kategorien.")).toBeVisible();
  await section.getByRole("button", { name: "Kategorie anlegen" }).click();
  await expect(section.getByText("Bitte geben Sie einen Namen an.")).toBeVisible();
  for (const name of ["Fragen", "Praxisbeispiele", "Ankündigungen", "Sonstiges"]) {
    await section.getByLabel("Name", { exact: true }).last().fill(name);
    await section.getByRole("button", { name: "Kategorie anlegen" }).click();
    await expect(categoryNames(anna).last()).toHaveText(name);
  }
  await expect(categoryNames(anna)).toHaveText([
    "Fragen",
    "Praxisbeispiele",
    "Ankündigungen",
    "Sonstiges",
  ]);

  // Announcements go up one place; the focus stays on the button.
  const up = section.getByRole("button", { name: "„Ankündigungen“ nach oben" });
  await up.click();
  await expect(categoryNames(anna)).toHaveText([
    "Fragen",
    "Ankündigungen",
    "Praxisbeispiele",
    "Sonstiges",
  ]);
  await expect(up).toBeFocused();

  // A clearer name and a description.
  await section.getByRole("button", { name: "Kategorie „Praxisbeispiele“ bearbeiten" }).click();
  const edit = section.getByRole("form", { name: "Kategorie „Praxisbeispiele“ bearbeiten" });
  await edit.getByLabel("Name", { exact: true }).fill("Praxisbeispiele aus den Kreisen");
  await edit.getByLabel("Beschreibung (optional)").fill("Was bei Ihnen gut funktioniert.");
  await edit.getByRole("button", { name: "Speichern" }).click();
  await expect(categoryNames(anna).nth(2)).toHaveText("Praxisbeispiele aus den Kreisen");
  await expect(section.getByText("Was bei Ihnen gut funktioniert.")).toBeVisible();

  // Deleting asks first.
  await section.getByRole("button", { name: "Löschen: Sonstiges" }).click();
  const dialog = anna.getByRole("dialog", { name: "Kategorie löschen?" });
  await expect(dialog).toContainText("bleiben erhalten");
  await checkA11y(anna, "delete category dialog");
  await dialog.getByRole("button", { name: "Ja, löschen" }).click();
  await expect(categoryNames(anna)).toHaveText([
    "Fragen",
    "Ankündigungen",
    "Praxisbeispiele aus den Kreisen",
  ]);
  await checkA11y(anna, "categories");
  await anna.reload();
  await expect(categoryNames(anna)).toHaveText([
    "Fragen",
    "Ankündigungen",
    "Praxisbeispiele aus den Kreisen",
  ]);
});

test("a topic filed with category and tags, found by both", async ({ browser, api }) => {
  const { anna, berta: member, group } = await groupWithMember(api);
  for (const name of ["Fragen", "Ankündigungen", "Praxisbeispiele aus den Kreisen"]) {
    await api.createCategory(anna, group, { name });
  }
  await api.startThread(anna, group, { title: OTHER, body: "Bitte eintragen." });
  const berta = await api.browse(browser, member);
  await berta.goto(`/groups/${group}/threads/new`);
  await berta.getByLabel("Titel").fill(TOPIC);
  await berta.getByLabel("Kategorie").selectOption({ label: "Praxisbeispiele aus den Kreisen" });
  await berta.getByLabel("Schlagwörter").fill("Praktikum, Elternarbeit");
  await berta.getByLabel("Text", { exact: true }).fill("Wir laden die Eltern im Mai ein.");
  await berta.getByRole("button", { name: "Thema eröffnen" }).click();
  await expect(main(berta).getByRole("heading", { name: TOPIC })).toBeVisible();
  const tags = main(berta).getByRole("list", { name: "Schlagwörter" });
  await expect(tags.getByRole("link")).toHaveText(["#praktikum", "#elternarbeit"]);

  // A tag leads to the list of topics with it.
  await tags.getByRole("link", { name: "#elternarbeit" }).click();
  await expect(main(berta).getByLabel("Schlagwort")).toHaveValue("elternarbeit");
  await expect(topics(berta).getByRole("heading")).toHaveText([TOPIC]);
  await main(berta).getByLabel("Schlagwort").fill("");
  await expect(topics(berta).getByRole("heading")).toHaveCount(2);

  // So does the category filter.
  await main(berta).getByLabel("Kategorie").selectOption({ label: "Ankündigungen" });
  await expect(main(berta).getByText("Keine Themen passen zu diesem Filter.")).toBeVisible();
  await main(berta)
    .getByLabel("Kategorie")
    .selectOption({ label: "Praxisbeispiele aus den Kreisen" });
  await expect(topics(berta).getByRole("heading")).toHaveText([TOPIC]);
  await checkA11y(berta, "thread list filtered by category");

  // The author corrects title and tags.
  await topics(berta).getByRole("link", { name: TOPIC }).click();
  await main(berta).getByRole("button", { name: "Thema bearbeiten" }).click();
  await berta.getByLabel("Titel").fill(`${TOPIC} im Kreis Borken`);
  await berta.getByLabel("Schlagwörter").fill("Elternarbeit");
  await checkA11y(berta, "edit topic");
  await berta.getByRole("button", { name: "Thema speichern" }).click();
  await expect(
    main(berta).getByRole("heading", { name: `${TOPIC} im Kreis Borken` }),
  ).toBeFocused();
  await expect(
    main(berta).getByRole("list", { name: "Schlagwörter" }).getByRole("link"),
  ).toHaveText(["#elternarbeit"]);
});

test("an accepted answer can be withdrawn", async ({ browser, api }) => {
  const { anna, berta: asker, group } = await groupWithMember(api);
  const thread = await api.startThread(asker, group, {
    title: "Wer hat Vorlagen für Praktikumsverträge?",
    body: "Gesucht.",
    kind: "QUESTION",
  });
  await api.reply(anna, thread, "Im Austauschordner liegt eine.");

  const berta = await api.browse(browser, asker);
  await berta.goto(`/groups/${group}/threads/${thread}`);
  const answer = main(berta).getByRole("article", { name: `Beitrag 2 von ${anna.name}` });
  await postAction(answer, "Als Antwort akzeptieren");
  await expect(answer).toContainText("Akzeptierte Antwort");
  await expect(main(berta).getByText("Beantwortet")).toBeVisible();
  await postAction(answer, "Akzeptanz aufheben");
  await expect(answer).not.toContainText("Akzeptierte Antwort");
  await expect(main(berta).getByText("Beantwortet")).toHaveCount(0);
  await answer.getByRole("button", { name: "Weitere Aktionen" }).click();
  await expect(answer.getByRole("menuitem", { name: "Als Antwort akzeptieren" })).toBeVisible();
});

test("a deleted topic is gone for members until a moderator restores it", async ({
  browser,
  api,
}) => {
  const { anna: moderator, berta: author, group } = await groupWithMember(api);
  await api.startThread(moderator, group, { title: OTHER, body: "Bitte eintragen." });
  await api.startThread(author, group, {
    title: `${TOPIC} im Kreis Borken`,
    body: "Wir laden die Eltern im Mai ein.",
  });
  const berta = await api.browse(browser, author);
  await berta.goto(`/groups/${group}/threads`);
  await topics(berta).getByRole("link", { name: OTHER }).click();
  // Berta is not the author: she cannot delete the opening post.
  const others = main(berta).getByRole("article", { name: "Eröffnungsbeitrag" });
  await others.getByRole("button", { name: "Weitere Aktionen" }).click();
  await expect(others.getByRole("menuitem", { name: "Zitieren" })).toBeVisible();
  await expect(others.getByRole("menuitem", { name: "Löschen" })).toHaveCount(0);
  await berta.goto(`/groups/${group}/threads`);
  await topics(berta)
    .getByRole("link", { name: `${TOPIC} im Kreis Borken` })
    .click();
  const opening = main(berta).getByRole("article", { name: "Eröffnungsbeitrag" });
  await postAction(opening, "Löschen");
  const dialog = berta.getByRole("dialog", { name: "Thema löschen?" });
  await dialog.getByRole("button", { name: "Ja, löschen" }).click();
  await expect(main(berta).getByRole("heading", { name: "Diskussionen" })).toBeVisible();
  await expect(topics(berta).getByRole("link", { name: `${TOPIC} im Kreis Borken` })).toHaveCount(
    0,
  );

  const anna = await api.browse(browser, moderator);
  await anna.goto(`/groups/${group}/threads?filter=deleted`);
  const item = topics(anna).getByRole("listitem").filter({ hasText: TOPIC });
  await expect(item).toContainText("Gelöscht");
  await item.getByRole("link", { name: `${TOPIC} im Kreis Borken` }).click();
  await expect(main(anna).getByText("Dieses Thema ist gelöscht")).toBeVisible();
  await postAction(
    main(anna).getByRole("article", { name: "Eröffnungsbeitrag" }),
    "Wiederherstellen",
  );
  await expect(main(anna).getByText("Dieses Thema ist gelöscht")).toHaveCount(0);
  await expect(main(anna).getByRole("article", { name: "Eröffnungsbeitrag" })).toContainText(
    "Wir laden die Eltern im Mai ein.",
  );

  await berta.goto(`/groups/${group}/threads`);
  await expect(topics(berta).getByRole("link", { name: `${TOPIC} im Kreis Borken` })).toBeVisible();
});
