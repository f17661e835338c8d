// Discussions in the browser, two people at two desks: the moderator asks a question in
// a secret group (the composer keeps a draft and shows a preview), a member opens it
// from the thread list and replies with a quote and a mention chosen from the
// suggestions; the reply appears for the asker without a reload (live over
// /graphql/ws) and is accepted as the answer. The asker's bell leads to the reply.
// Edits show in the history; deleting asks first and moderators restore. A thread with
// 200 replies opens at the first unread post, passes axe and fits 320 px. A guest
// cannot start a topic; someone outside the group who has the thread's address sees
// the not-found page.
import type { Page } from "@playwright/test";
import type { Api, GroupRole } from "./api";
import { checkA11y, expect, expectNoSidewaysScroll, postAction, snapshot, test } from "./fixtures";

const GROUP = "Steuerungsrunde KAoA";
const QUESTION = "Wer übernimmt die Potenzialanalyse im Herbst?";
const QUESTION_BODY = "Die Schulen fragen nach, wer die **Potenzialanalyse** koordiniert.";

/**
 * Anna (an administrator) moderates the secret group; `join` brings a new person in by
 * invitation, as a member or guest.
 */
async function steeringGroup(api: Api) {
  const anna = await api.newAdmin();
  const group = await api.createGroup(anna, {
    name: GROUP,
    description: "Abstimmung der Kommunalen Koordinierung.",
  });
  const join = (name: string, role: GroupRole) => api.joinByInvitation(anna, group, name, role);
  return { anna, group, join };
}

const main = (page: Page) => page.getByRole("main");
const announcer = (page: Page) => page.getByTestId("announcer");
/** The posts shown on a thread page. */
const posts = (page: Page) => main(page).locator("article.post");

test("a question, a live reply and the accepted answer", async ({ browser, api }) => {
  const { anna: moderator, group, join } = await steeringGroup(api);
  const member = await join("Berta Kaya", "MEMBER");
  const anna = await api.browse(browser, moderator);
  const berta = await api.browse(browser, member);

  // Anna opens the discussions of the group and asks a question.
  await anna.goto(`/groups/${group}`);
  await anna.getByRole("link", { name: "Diskussionen" }).click();
  await expect(main(anna).getByRole("heading", { name: "Diskussionen" })).toBeVisible();
  await expect(main(anna).getByText("Hier gibt es noch keine Themen.")).toBeVisible();
  await checkA11y(anna, "empty thread list");
  await main(anna).getByRole("link", { name: "Neues Thema" }).click();
  await anna.getByRole("button", { name: "Thema eröffnen" }).click();
  await expect(anna.getByText("Bitte geben Sie einen Titel an.")).toBeVisible();
  await anna.getByLabel("Titel").fill(QUESTION);
  await anna.getByLabel("Frage", { exact: true }).check();
  const body = anna.getByLabel("Text", { exact: true });
  await body.fill(QUESTION_BODY.replaceAll("**", ""));
  // Bold by keyboard: select the word, Ctrl+B.
  await body.evaluate((area: HTMLTextAreaElement) => {
    const at = area.value.indexOf("Potenzialanalyse");
    area.setSelectionRange(at, at + "Potenzialanalyse".length);
  });
  await body.press("Control+b");
  await expect(body).toHaveValue(QUESTION_BODY);
  // The draft survives a reload.
  await expect(main(anna).getByText("Entwurf gespeichert")).toBeVisible();
  await anna.reload();
  await expect(anna.getByLabel("Titel")).toHaveValue(QUESTION);
  await expect(anna.getByLabel("Text", { exact: true })).toHaveValue(QUESTION_BODY);
  await anna.getByLabel("Frage", { exact: true }).check();
  // The preview renders as the post will look.
  const preview = anna.getByRole("button", { name: "Vorschau" });
  await preview.click();
  await expect(preview).toHaveAttribute("aria-pressed", "true");
  await expect(
    main(anna).getByRole("region", { name: "Vorschau: Text" }).locator("strong"),
  ).toHaveText("Potenzialanalyse");
  await checkA11y(anna, "new thread with preview");
  await snapshot(anna, "new-thread-preview");
  await preview.click();
  await anna.getByRole("button", { name: "Thema eröffnen" }).click();
  await expect(main(anna).getByRole("heading", { name: QUESTION })).toBeVisible();
  const thread = new URL(anna.url()).pathname.split("/").pop() ?? "";
  const opening = main(anna).getByRole("article", { name: "Eröffnungsbeitrag" });
  await expect(opening.locator("strong")).toHaveText("Potenzialanalyse");
  await checkA11y(anna, "thread page");

  // Berta finds the new question in the list and replies.
  await berta.goto(`/groups/${group}/threads`);
  const item = main(berta).getByRole("listitem").filter({ hasText: QUESTION });
  await expect(item).toContainText("neu");
  await expect(item).toContainText("Frage");
  await checkA11y(berta, "thread list");
  await item.getByRole("link", { name: QUESTION }).click();
  await expect(main(berta).getByRole("heading", { name: QUESTION })).toBeVisible();
  // She quotes the words she answers: selected in the opening post, "Zitieren".
  const question = main(berta).getByRole("article", { name: "Eröffnungsbeitrag" });
  await question.locator(".prose p").evaluate((paragraph) => {
    const text = paragraph.lastChild as Text;
    const range = document.createRange();
    range.setStart(text, 1);
    range.setEnd(text, text.data.indexOf("koordiniert") + "koordiniert".length);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  });
  await postAction(question, "Zitieren");
  const answer = berta.getByLabel("Ihre Antwort", { exact: true });
  await expect(answer).toBeFocused();
  await expect(answer).toHaveValue(
    `> [${moderator.name} in Beitrag 1](/groups/${group}/threads/${thread}#post-1):\n>\n> koordiniert\n\n`,
  );
  // And mentions Anna, chosen from the suggestions with the keyboard.
  await answer.pressSequentially("Das übernimmt der Kreis Borken, @Ann");
  const suggestions = main(berta).getByRole("listbox", { name: "Personen zum Erwähnen" });
  await expect(suggestions.getByRole("option", { name: /Dr\. Anna Berger/ })).toBeVisible();
  await expect(answer).toHaveAttribute("aria-activedescendant", /.+/);
  await checkA11y(berta, "mention suggestions");
  await snapshot(berta, "mention-suggestions");
  await answer.press("Enter");
  await expect(suggestions).toHaveCount(0);
  await answer.pressSequentially("bitte prüfen.");
  await expect(answer).toHaveValue(
    /Borken, \[@Dr\. Anna Berger\]\(mention:[0-9a-f-]+\) bitte prüfen\.$/,
  );
  await answer.press("Control+Enter");
  const reply = (page: Page) =>
    main(page).getByRole("article", { name: `Beitrag 2 von ${member.name}` });
  await expect(reply(berta)).toContainText("Das übernimmt der Kreis Borken");
  await expect(reply(berta).locator("blockquote")).toContainText("koordiniert");
  await expect(reply(berta).locator("blockquote a")).toHaveAttribute(
    "href",
    `/groups/${group}/threads/${thread}#post-1`,
  );
  await expect(reply(berta).locator(".mention")).toHaveText("@Dr. Anna Berger");

  // Anna sees the reply without reloading, and hears about it.
  await expect(reply(anna)).toContainText("Das übernimmt der Kreis Borken");
  await expect(announcer(anna)).toHaveText(`Neuer Beitrag von ${member.name}.`);

  // She accepts it as the answer; Berta sees her own reply marked after a reaction.
  await postAction(reply(anna), "Als Antwort akzeptieren");
  await expect(reply(anna)).toContainText("Akzeptierte Antwort");
  await expect(main(anna).getByText("Beantwortet")).toBeVisible();
  await reply(anna).getByRole("button", { name: "Reaktion hinzufügen" }).click();
  await reply(anna).getByRole("menuitemcheckbox", { name: "Daumen hoch" }).click();
  await expect(reply(anna).getByRole("button", { name: "👍 1" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(reply(berta).getByRole("button", { name: "👍 1" })).toHaveAccessibleDescription(
    `Reagiert haben ${moderator.name}.`,
  );

  // The bell counts Anna's notification; its list links to all of them.
  const bell = anna.getByTestId("notification-bell");
  await expect(bell).toContainText("ungelesen");
  await bell.click();
  await anna.getByRole("link", { name: "Alle Benachrichtigungen" }).click();
  await expect(
    main(anna).getByRole("heading", { level: 1, name: "Benachrichtigungen" }),
  ).toBeVisible();
  await checkA11y(anna, "notifications");
  // One notification per post and person: the mention says the most.
  await main(anna)
    .getByRole("link", { name: `${member.name} hat Sie in „${QUESTION}“ erwähnt.` })
    .click();
  await expect(reply(anna)).toContainText("Das übernimmt der Kreis Borken");
  await expect(reply(anna)).toBeFocused();
  await anna.goto("/notifications");
  const markAll = main(anna).getByRole("button", { name: "Alle als gelesen markieren" });
  if (await markAll.isVisible()) await markAll.click();
  await expect(main(anna).getByText("Ungelesen", { exact: true })).toHaveCount(0);
  await expect(bell).not.toContainText("ungelesen");
});

test("an edit shows in the history; deleting asks first and a moderator restores", async ({
  browser,
  api,
}) => {
  const { anna: moderator, group, join } = await steeringGroup(api);
  const member = await join("Berta Kaya", "MEMBER");
  await join("Dora Lindner", "GUEST");
  const thread = await api.startThread(moderator, group, {
    title: QUESTION,
    body: QUESTION_BODY,
    kind: "QUESTION",
  });
  await api.reply(member, thread, "Das übernimmt der Kreis Borken, bitte prüfen.");
  const anna = await api.browse(browser, moderator);
  const berta = await api.browse(browser, member);
  await berta.goto(`/groups/${group}/threads/${thread}`);
  await anna.goto(`/groups/${group}/threads/${thread}`);
  const reply = (page: Page) =>
    main(page).getByRole("article", { name: `Beitrag 2 von ${member.name}` });

  // Berta corrects her reply; Anna sees the change live and looks at the history.
  await postAction(reply(berta), "Bearbeiten");
  const edit = berta.getByLabel("Beitrag bearbeiten", { exact: true });
  await expect(edit).toBeFocused();
  await edit.fill("Das übernimmt ab Oktober der Kreis Kleve.");
  await berta.getByRole("button", { name: "Änderung speichern" }).click();
  await expect(reply(berta)).toContainText("ab Oktober der Kreis Kleve");
  await expect(reply(berta)).toContainText("(bearbeitet)");
  await expect(reply(anna)).toContainText("ab Oktober der Kreis Kleve");
  const history = reply(anna).getByRole("button", { name: "Verlauf" });
  await history.click();
  await expect(history).toHaveAttribute("aria-expanded", "true");
  const versions = reply(anna).getByRole("region", { name: "Bearbeitungsverlauf" });
  await expect(versions.getByText(`Fassung 2 von ${member.name}`, { exact: false })).toBeVisible();
  await expect(versions.locator(".diff__line--added").first()).toContainText(
    "Das übernimmt ab Oktober der Kreis Kleve.",
  );
  await expect(
    versions.locator(".diff__line--removed").filter({ hasText: "Das übernimmt der Kreis Borken" }),
  ).toHaveCount(1);
  await checkA11y(anna, "edit history");
  await snapshot(anna, "edit-history");

  // The toolbar's mention button offers the members at once; Escape closes the list.
  const bottom = berta.getByLabel("Ihre Antwort", { exact: true });
  await main(berta).getByRole("button", { name: "Person erwähnen" }).last().click();
  const suggestions = main(berta).getByRole("listbox", { name: "Personen zum Erwähnen" });
  await expect(suggestions.getByRole("option")).toHaveCount(3);
  await expect(bottom).toBeFocused();
  await bottom.press("Escape");
  await expect(suggestions).toHaveCount(0);
  await expect(bottom).toHaveValue("@");
  // Nobody matches: said once, and the list stays closed while the text goes on.
  await bottom.fill("");
  await bottom.pressSequentially("@Zacharias");
  await expect(announcer(berta)).toHaveText("Keine passenden Mitglieder.");
  await bottom.pressSequentially(" meldet sich");
  await expect(suggestions).toHaveCount(0);

  // Berta writes a second reply and deletes it: the dialog asks first.
  await bottom.fill("Nachtrag: bitte ignorieren.");
  await berta.getByRole("button", { name: "Antwort senden" }).click();
  const extra = (page: Page) =>
    main(page).getByRole("article", { name: `Beitrag 3 von ${member.name}` });
  await expect(extra(berta)).toContainText("Nachtrag");
  await postAction(extra(berta), "Löschen");
  const dialog = berta.getByRole("dialog", { name: "Beitrag löschen?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Abbrechen" })).toBeFocused();
  await checkA11y(berta, "delete dialog");
  await berta.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(extra(berta)).toContainText("Nachtrag");
  await postAction(extra(berta), "Löschen");
  await dialog.getByRole("button", { name: "Ja, löschen" }).click();
  await expect(extra(berta)).toContainText("Dieser Beitrag wurde gelöscht.");
  await expect(extra(anna)).toContainText("Dieser Beitrag wurde gelöscht.");

  // Anna moderates: she restores it, and Berta gets it back live.
  await postAction(extra(anna), "Wiederherstellen");
  await expect(extra(anna)).toContainText("Nachtrag");
  await expect(extra(berta)).toContainText("Nachtrag");

  // In order of writing, the post list is flat.
  await anna.getByLabel("Reihenfolge").selectOption("CHRONOLOGICAL");
  await expect(posts(anna)).toHaveCount(3);
  await expect(main(anna).locator(".post-list__item--depth-0")).toHaveCount(3);
});

test("a thread with 200 replies opens at the first unread post", async ({ browser, api }) => {
  // Writing the 200 replies one after the other takes a good part of the usual time.
  test.slow();
  const { anna, group, join } = await steeringGroup(api);
  const member = await join("Berta Kaya", "MEMBER");
  const thread = await api.startThread(anna, group, {
    title: "Erfahrungen mit dem Berufsfelderkundungsportal",
    body: "Wie laufen die Buchungen bei Ihnen?",
  });
  let parent: string | null = null;
  for (let n = 1; n <= 200; n += 1) {
    parent = await api.reply(
      anna,
      thread,
      `Antwort ${n}: Bei uns laufen die **Buchungen** über die Schulen, Stand Woche ${n}.`,
      // Every fifth reply answers the one before, so the tree has depth.
      n % 5 === 0 ? parent : null,
    );
  }
  await api.markThreadRead(member, thread, 150);

  const berta = await api.browse(browser, member);
  await berta.goto(`/groups/${group}/threads`);
  const item = main(berta).getByRole("listitem").filter({ hasText: "Berufsfelderkundungsportal" });
  await expect(item).toContainText("51 ungelesen");
  await item.getByRole("link").click();
  // The thread opens at post 151, below the divider, with the earlier posts above.
  const firstUnread = main(berta).getByRole("article", {
    name: `Beitrag 151 von ${anna.name}`,
  });
  await expect(firstUnread).toBeFocused();
  await expect(posts(berta).first()).toHaveAttribute("id", "post-151");
  await expect(
    main(berta).getByRole("heading", { name: "Neu seit Ihrem letzten Besuch" }),
  ).toBeVisible();
  await main(berta).getByRole("button", { name: "Weitere Beiträge laden" }).click();
  await expect(
    main(berta).getByRole("article", { name: `Beitrag 201 von ${anna.name}` }),
  ).toBeVisible();
  await main(berta).getByRole("button", { name: "Von Anfang an lesen" }).click();
  await expect(main(berta).getByRole("article", { name: "Eröffnungsbeitrag" })).toBeFocused();

  // The whole thread on one page: 200 replies, checked by axe, and narrow screens.
  const more = main(berta).getByRole("button", { name: "Weitere Beiträge laden" });
  for (let shown = 50; shown < 201; shown = Math.min(shown + 50, 201)) {
    await more.click();
    await expect(posts(berta)).toHaveCount(Math.min(shown + 50, 201));
  }
  await expect(posts(berta)).toHaveCount(201);
  await checkA11y(berta, "thread with 200 replies");
  await berta.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(berta);
  await checkA11y(berta, "thread with 200 replies at 320 px");
  await snapshot(berta, "thread-320");

  // Her reply draft survives a reload.
  const bottom = berta.getByLabel("Ihre Antwort", { exact: true });
  await bottom.fill("Bei uns ebenso.");
  await expect(main(berta).getByText("Entwurf gespeichert")).toBeVisible();
  await berta.reload();
  // Wherever the thread opens, the reply box is a button away.
  const replyButton = main(berta).getByRole("button", { name: "Auf das Thema antworten" });
  await replyButton.click();
  await expect(berta.getByLabel("Ihre Antwort", { exact: true })).toHaveValue("Bei uns ebenso.");
  await main(berta).getByRole("button", { name: "Entwurf verwerfen" }).click();
  await expect(berta.getByLabel("Ihre Antwort", { exact: true })).toHaveValue("");
  await berta.reload();
  await expect(
    main(berta).getByRole("heading", { name: /Berufsfelderkundungsportal/ }),
  ).toBeVisible();
  await replyButton.click();
  await expect(berta.getByLabel("Ihre Antwort", { exact: true })).toHaveValue("");

  // Mark all read clears the markers in the list.
  await berta.goto(`/groups/${group}/threads`);
  await main(berta).getByRole("button", { name: "Alle als gelesen markieren" }).click();
  await expect(main(berta).getByText(/ungelesen/)).toHaveCount(0);
});

test("a guest reads but cannot start a topic", async ({ browser, api }) => {
  const { anna, group, join } = await steeringGroup(api);
  const guest = await join("Dora Lindner", "GUEST");
  await api.startThread(anna, group, { title: QUESTION, body: QUESTION_BODY, kind: "QUESTION" });
  const dora = await api.browse(browser, guest);
  await dora.goto(`/groups/${group}/threads`);
  await expect(main(dora).getByRole("link", { name: QUESTION })).toBeVisible();
  await expect(main(dora).getByRole("link", { name: "Neues Thema" })).toHaveCount(0);
  await dora.goto(`/groups/${group}/threads/new`);
  await expect(main(dora).getByText("Als Gast können Sie in dieser Gruppe lesen")).toBeVisible();
  await expect(dora.getByLabel("Titel")).toHaveCount(0);
});

test("someone outside the group cannot open the thread by its address", async ({
  browser,
  api,
}) => {
  const { anna: moderator, group } = await steeringGroup(api);
  await api.startThread(moderator, group, { title: QUESTION, body: QUESTION_BODY });
  const outsider = await api.newAccount("Carl Neumann");
  const anna = await api.browse(browser, moderator);
  await anna.goto(`/groups/${group}/threads`);
  await main(anna).getByRole("link", { name: QUESTION }).click();
  await expect(main(anna).getByRole("heading", { name: QUESTION })).toBeVisible();
  const address = new URL(anna.url()).pathname;

  const carl = await api.browse(browser, outsider);
  await carl.goto(address);
  await expect(carl.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
  await expect(carl.getByText(QUESTION)).toHaveCount(0);
});
