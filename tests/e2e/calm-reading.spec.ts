// Reading as people read: a post's reactions are chosen from one menu by keyboard and
// say who reacted on focus; the actions of a post sit in its menu, the moderator's only
// for moderators; the thread list keeps its filters in the address and says
// "Beantwortet" only for answered questions (discussions show their replies); and at
// 320 px long titles, names and words break instead of widening the page.
import type { Page } from "@playwright/test";
import type { Api } from "./api";
import { checkA11y, expect, mainNav, postAction, test } from "./fixtures";

const GROUP = "Netzwerk Berufliche Orientierung";
const main = (page: Page) => page.getByRole("main");
const topics = (page: Page) => main(page).getByRole("list", { name: "Themen der Gruppe" });
const row = (page: Page, title: string) =>
  topics(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: title }) });

/** Anna (an administrator) moderates the group; Berta is a member from a coordination office. */
async function group(api: Api, name = GROUP) {
  const anna = await api.newAdmin();
  const office = api.unique("Kommunale Koordinierungsstelle Kreis Lippe");
  const organizationId = await api.createOrganization(anna, {
    name: office,
    municipality: "Detmold",
  });
  const groupId = await api.createGroup(anna, { name });
  const berta = await api.joinByInvitation(anna, groupId, "Berta Kaya", "MEMBER", {
    organizationId,
  });
  return { anna, berta, groupId, office };
}

test("a reaction chosen by keyboard shows its count and who reacted", async ({ browser, api }) => {
  const { anna, berta: member, groupId } = await group(api);
  const thread = await api.startThread(anna, groupId, {
    title: "Praktikumsbörse im Frühjahr",
    body: "Wer macht mit?",
  });
  await api.reply(anna, thread, "Wir sind dabei.");
  const berta = await api.browse(browser, member);
  await berta.goto(`/groups/${groupId}/threads/${thread}`);
  const post = main(berta).getByRole("article", { name: `Beitrag 2 von ${anna.name}` });
  // Only reactions somebody gave show; there are none yet, just the one button.
  await expect(post.getByRole("group", { name: "Reaktionen" }).getByRole("button")).toHaveCount(1);

  const add = post.getByRole("button", { name: "Reaktion hinzufügen" });
  await add.focus();
  await berta.keyboard.press("Enter");
  const menu = post.getByRole("menu", { name: "Reaktion hinzufügen" });
  await expect(menu).toBeVisible();
  await expect(add).toHaveAttribute("aria-expanded", "true");
  await expect(menu.getByRole("menuitemcheckbox", { name: "Daumen hoch" })).toBeFocused();
  await berta.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitemcheckbox", { name: "Herz" })).toBeFocused();
  await checkA11y(berta, "reaction menu open");
  // Escape closes the menu and gives the focus back to its button.
  await berta.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(add).toBeFocused();

  await berta.keyboard.press("Enter");
  await berta.keyboard.press("ArrowUp");
  await expect(menu.getByRole("menuitemcheckbox", { name: "Angesehen" })).toBeFocused();
  await berta.keyboard.press("Home");
  await berta.keyboard.press("Enter");
  const thumbs = post.getByRole("button", { name: "👍 1" });
  await expect(thumbs).toHaveAttribute("aria-pressed", "true");
  await expect(add).toBeFocused();

  // Who reacted shows when the reaction has the focus, and is its description.
  await berta.keyboard.press("Shift+Tab");
  await expect(thumbs).toBeFocused();
  await expect(post.getByRole("tooltip")).toHaveText(`Reagiert haben ${member.name}.`);
  await expect(post.getByRole("tooltip")).toBeVisible();
  await expect(thumbs).toHaveAccessibleDescription(`Reagiert haben ${member.name}.`);
  await checkA11y(berta, "who reacted");

  // The menu marks the reaction given; Space on the reaction withdraws it, and the
  // focus stays in the reactions.
  await add.focus();
  await berta.keyboard.press("Enter");
  await expect(menu.getByRole("menuitemcheckbox", { name: "Daumen hoch" })).toHaveAttribute(
    "aria-checked",
    "true",
  );
  await berta.keyboard.press("Escape");
  await thumbs.focus();
  await berta.keyboard.press("Space");
  await expect(post.getByRole("button", { name: /👍/ })).toHaveCount(0);
  await expect(add).toBeFocused();
});

test("a moderator deletes a post from its menu; a member sees no moderator actions", async ({
  browser,
  api,
}) => {
  const { anna: moderator, berta: member, groupId, office } = await group(api);
  const thread = await api.startThread(moderator, groupId, {
    title: "Termine der Regionalkonferenz",
    body: "Bitte tragen Sie sich ein.",
  });
  await api.reply(member, thread, "Kreis Lippe ist am 12. März dabei.");
  const address = `/groups/${groupId}/threads/${thread}`;

  // Berta reads: number, office and the plain actions; nothing a moderator does.
  const berta = await api.browse(browser, member);
  await berta.goto(address);
  await expect(berta).toHaveTitle(`Termine der Regionalkonferenz – ${GROUP} – Fachforum`);
  const own = main(berta).getByRole("article", { name: `Beitrag 2 von ${member.name}` });
  await expect(own.locator(".post__office")).toHaveText(office);
  await expect(own.getByRole("link", { name: "Beitrag Nr. 2" })).toHaveAttribute(
    "href",
    `${address}#post-2`,
  );
  await expect(main(berta).getByRole("button", { name: "Löschen" })).toHaveCount(0);
  const opening = main(berta).getByRole("article", { name: "Eröffnungsbeitrag" });
  await expect(opening.getByRole("button", { name: "Antworten" })).toBeVisible();
  const more = opening.getByRole("button", { name: "Weitere Aktionen" });
  await more.focus();
  await berta.keyboard.press("Enter");
  const menu = opening.getByRole("menu", { name: "Weitere Aktionen" });
  await expect(menu.getByRole("menuitem")).toHaveText(["Zitieren"]);
  await berta.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(more).toBeFocused();

  // Anna moderates: the menu of Berta's post deletes it after asking, and restores it.
  const anna = await api.browse(browser, moderator);
  await anna.goto(address);
  const reply = main(anna).getByRole("article", { name: `Beitrag 2 von ${member.name}` });
  await reply.getByRole("button", { name: "Weitere Aktionen" }).click();
  await expect(reply.getByRole("menuitem")).toHaveText(["Zitieren", "Bearbeiten", "Löschen"]);
  await checkA11y(anna, "post menu open");
  await reply.getByRole("menuitem", { name: "Löschen" }).click();
  const dialog = anna.getByRole("dialog", { name: "Beitrag löschen?" });
  await dialog.getByRole("button", { name: "Ja, löschen" }).click();
  await expect(reply).toContainText("Dieser Beitrag wurde gelöscht.");
  await expect(reply.getByRole("button", { name: "Weitere Aktionen" })).toBeFocused();
  await expect(own).toContainText("Dieser Beitrag wurde gelöscht.");
  await postAction(reply, "Wiederherstellen");
  await expect(reply).toContainText("Kreis Lippe ist am 12. März dabei.");
});

test("the thread list keeps its filters in the address and counts replies", async ({
  browser,
  api,
}) => {
  const { anna, berta: member, groupId } = await group(api);
  const discussion = await api.startThread(anna, groupId, {
    title: "Erfahrungen mit digitalen Praktikumsbörsen",
    body: "Was nutzen Sie?",
    tags: ["Praktikum"],
  });
  await api.reply(member, discussion, "Wir nutzen die Börse der IHK.");
  await api.reply(anna, discussion, "Danke, das schauen wir uns an.");
  const answered = await api.startThread(anna, groupId, {
    title: "Wer hat eine Vorlage für den Praktikumsvertrag?",
    body: "Gesucht.",
    kind: "QUESTION",
    tags: ["Praktikum"],
  });
  await api.acceptAnswer(anna, await api.reply(member, answered, "Im Austauschordner."));
  const open = await api.startThread(anna, groupId, {
    title: "Wann beginnt die Anmeldung für die Berufsfelderkundung?",
    body: "Die Schulen fragen.",
    kind: "QUESTION",
  });
  await api.reply(member, open, "Ich frage beim Schulamt nach.");

  const berta = await api.browse(browser, member);
  await berta.goto(`/groups/${groupId}/threads`);
  await expect(berta).toHaveTitle(`Diskussionen – ${GROUP} – Fachforum`);
  const discussionRow = row(berta, "Erfahrungen mit digitalen Praktikumsbörsen");
  await expect(discussionRow).toContainText("2 Antworten");
  await expect(discussionRow).not.toContainText("Beantwortet");
  await expect(row(berta, "Wer hat eine Vorlage für den Praktikumsvertrag?")).toContainText(
    "Beantwortet",
  );
  const openRow = row(berta, "Wann beginnt die Anmeldung für die Berufsfelderkundung?");
  await expect(openRow).toContainText("1 Antwort");
  await expect(openRow).not.toContainText("Beantwortet");
  await expect(main(berta).getByRole("button", { name: "Anzeigen" })).toHaveCount(0);
  await checkA11y(berta, "compact thread list");

  // A filter applies as it changes and goes into the address.
  await main(berta).getByRole("combobox", { name: "Themen filtern" }).selectOption("unanswered");
  await expect(berta).toHaveURL(/[?&]filter=unanswered/);
  await expect(topics(berta).getByRole("heading")).toHaveText([
    "Wann beginnt die Anmeldung für die Berufsfelderkundung?",
  ]);
  await main(berta).getByRole("combobox", { name: "Themen filtern" }).selectOption("all");
  // The tag applies after a pause in typing.
  await main(berta).getByLabel("Schlagwort").pressSequentially("praktikum");
  await expect(berta).toHaveURL(/[?&]tag=praktikum/);
  await expect(topics(berta).getByRole("heading")).toHaveCount(2);
  await main(berta).getByLabel("Sortierung").selectOption("NEWEST");
  await expect(berta).toHaveURL(/[?&]sort=NEWEST/);
  await expect(topics(berta).getByRole("heading")).toHaveText([
    "Wer hat eine Vorlage für den Praktikumsvertrag?",
    "Erfahrungen mit digitalen Praktikumsbörsen",
  ]);

  // Reload, and a thread and back: the filters stay.
  await berta.reload();
  await expect(main(berta).getByLabel("Schlagwort")).toHaveValue("praktikum");
  await expect(main(berta).getByLabel("Sortierung")).toHaveValue("NEWEST");
  await expect(topics(berta).getByRole("heading")).toHaveCount(2);
  await topics(berta)
    .getByRole("link", { name: "Erfahrungen mit digitalen Praktikumsbörsen" })
    .click();
  await expect(main(berta).getByText("2 Antworten")).toBeVisible();
  await expect(main(berta).getByText("Beantwortet")).toHaveCount(0);
  await berta.goBack();
  await expect(main(berta).getByLabel("Schlagwort")).toHaveValue("praktikum");
  await expect(topics(berta).getByRole("heading")).toHaveCount(2);
});

test("at 320 px long titles, names and words do not widen the pages", async ({ browser, api }) => {
  const word = "Berufsorientierungsmaßnahmenkoordinierungsstellenvereinbarung";
  expect(word.length).toBeGreaterThanOrEqual(60);
  const groupName = `Arbeitskreis ${word} der Kommunalen Koordinierung im Regierungsbezirk Detmold`;
  const { anna: moderator, berta: member, groupId } = await group(api, groupName);
  const carl = await api.rename(
    await api.joinByInvitation(moderator, groupId, "Carl Neumann", "MEMBER"),
    `Carl-Maximilian ${word} von Neumann-Oberhausen`,
  );
  const category = await api.createCategory(moderator, groupId, { name: `Kategorie ${word}` });
  const title = `${word} ${"und die Abstimmung der Termine mit den Schulen ".repeat(4)}`
    .slice(0, 200)
    .trim();
  const thread = await api.startThread(moderator, groupId, {
    title,
    body: `Bitte lesen Sie ${word} und ${word}${word}.`,
    categoryId: category,
    tags: ["Berufsorientierungsmaßnahmenkoordination"],
  });
  await api.reply(carl, thread, `Danke. ${word}${word}`);
  await api.reply(member, thread, "Wir sind dabei.");

  const anna = await api.browse(browser, moderator);
  await anna.setViewportSize({ width: 320, height: 640 });
  const fits = async (label: string) => {
    const width = await anna.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${label} is no wider than the screen`).toBeLessThanOrEqual(320);
    await checkA11y(anna, `${label} at 320 px`);
  };

  await anna.goto(`/groups/${groupId}/threads`);
  await expect(topics(anna).getByRole("link", { name: title })).toBeVisible();
  await fits("thread list with long content");
  await main(anna).getByRole("button", { name: "Filter" }).click();
  await expect(main(anna).getByLabel("Schlagwort")).toBeVisible();
  await fits("thread list with its filters open");

  await topics(anna).getByRole("link", { name: title }).click();
  await expect(
    main(anna).getByRole("article", { name: `Beitrag 2 von ${carl.name}` }),
  ).toBeVisible();
  await expect(anna).toHaveTitle(`${title} – ${groupName} – Fachforum`);
  await fits("thread with long content");

  await anna.goto("/notifications");
  await expect(
    main(anna)
      .getByRole("link", { name: new RegExp(word) })
      .first(),
  ).toBeVisible();
  await fits("notifications with long titles");

  await anna.goto(`/groups/${groupId}`);
  await expect(anna.getByRole("heading", { level: 1, name: groupName })).toBeVisible();
  await fits("group page with a long name");
  // The header keeps one row; its menu button opens the navigation.
  const nav = await mainNav(anna);
  await expect(nav.getByRole("link", { name: "Gruppen" })).toBeVisible();
  await fits("group page with the navigation open");
  await anna.keyboard.press("Escape");
  await expect(nav.getByRole("button", { name: "Menü" })).toHaveAttribute("aria-expanded", "false");
});
