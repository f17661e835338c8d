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
import {
  ADMIN,
  PASSWORD,
  checkA11y,
  createAccountWithCli,
  expect,
  expectNoSidewaysScroll,
  gql,
  groupWithMembers,
  personPage,
  snapshot,
  test,
} from "./fixtures";

test.describe.configure({ mode: "serial" });

const BERTA = { name: "Berta Kaya", email: "berta.kaya@kreis-borken.de" };
const CARL = { name: "Carl Neumann", email: "carl.neumann@stadt-muenster.de" };
const DORA = { name: "Dora Lindner", email: "dora.lindner@kreis-kleve.de" };
const GROUP = "Steuerungsrunde KAoA";
const QUESTION = "Wer übernimmt die Potenzialanalyse im Herbst?";

/** The group's id, known once it is created. */
const ids = { group: "", thread: "" };

const main = (page: Page) => page.getByRole("main");
const announcer = (page: Page) => page.getByTestId("announcer");
/** The posts shown on a thread page. */
const posts = (page: Page) => main(page).locator("article.post");

test.beforeAll(async ({ playwright, baseURL }) => {
  const admin = await playwright.request.newContext({ baseURL });
  ids.group = await groupWithMembers(
    admin,
    () => playwright.request.newContext({ baseURL }),
    GROUP,
    [
      { person: BERTA, role: "MEMBER" },
      { person: DORA, role: "GUEST" },
    ],
  );
  await admin.dispose();
  createAccountWithCli(CARL.email, CARL.name);
});

test("a question, a live reply and the accepted answer", async ({ browser }) => {
  const anna = await personPage(browser, ADMIN.email);
  const berta = await personPage(browser, BERTA.email);

  // Anna opens the discussions of the group and asks a question.
  await anna.goto(`/groups/${ids.group}`);
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
  await body.fill("Die Schulen fragen nach, wer die Potenzialanalyse koordiniert.");
  // Bold by keyboard: select the word, Ctrl+B.
  await body.evaluate((area: HTMLTextAreaElement) => {
    const at = area.value.indexOf("Potenzialanalyse");
    area.setSelectionRange(at, at + "Potenzialanalyse".length);
  });
  await body.press("Control+b");
  await expect(body).toHaveValue(
    "Die Schulen fragen nach, wer die **Potenzialanalyse** koordiniert.",
  );
  // The draft survives a reload.
  await expect(main(anna).getByText("Entwurf gespeichert")).toBeVisible();
  await anna.reload();
  await expect(anna.getByLabel("Titel")).toHaveValue(QUESTION);
  await expect(anna.getByLabel("Text", { exact: true })).toHaveValue(
    "Die Schulen fragen nach, wer die **Potenzialanalyse** koordiniert.",
  );
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
  ids.thread = new URL(anna.url()).pathname.split("/").pop() ?? "";
  const opening = main(anna).getByRole("article", { name: "Eröffnungsbeitrag" });
  await expect(opening.locator("strong")).toHaveText("Potenzialanalyse");
  await checkA11y(anna, "thread page");

  // Berta finds the new question in the list and replies.
  await berta.goto(`/groups/${ids.group}/threads`);
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
  await question.getByRole("button", { name: "Zitieren" }).click();
  const answer = berta.getByLabel("Ihre Antwort", { exact: true });
  await expect(answer).toBeFocused();
  await expect(answer).toHaveValue(
    `> [Dr. Anna Berger in Beitrag 1](/groups/${ids.group}/threads/${ids.thread}#post-1):\n>\n> koordiniert\n\n`,
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
    main(page).getByRole("article", { name: `Beitrag 2 von ${BERTA.name}` });
  await expect(reply(berta)).toContainText("Das übernimmt der Kreis Borken");
  await expect(reply(berta).locator("blockquote")).toContainText("koordiniert");
  await expect(reply(berta).locator("blockquote a")).toHaveAttribute(
    "href",
    `/groups/${ids.group}/threads/${ids.thread}#post-1`,
  );
  await expect(reply(berta).locator(".mention")).toHaveText("@Dr. Anna Berger");

  // Anna sees the reply without reloading, and hears about it.
  await expect(reply(anna)).toContainText("Das übernimmt der Kreis Borken");
  await expect(announcer(anna)).toHaveText(`Neuer Beitrag von ${BERTA.name}.`);

  // She accepts it as the answer; Berta sees her own reply marked after a reaction.
  await reply(anna).getByRole("button", { name: "Als Antwort akzeptieren" }).click();
  await expect(reply(anna)).toContainText("Akzeptierte Antwort");
  await expect(main(anna).getByText("Beantwortet")).toBeVisible();
  const thumbs = reply(anna).getByRole("button", { name: "👍 0" });
  await thumbs.click();
  await expect(reply(anna).getByRole("button", { name: "👍 1" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(reply(berta).getByRole("button", { name: "👍 1" })).toHaveAccessibleDescription(
    `Reagiert haben ${ADMIN.name}.`,
  );

  // The bell counts Anna's notification; it links to Berta's post.
  const bell = anna.getByTestId("notification-bell");
  await expect(bell).toContainText("ungelesen");
  await bell.click();
  await expect(
    main(anna).getByRole("heading", { level: 1, name: "Benachrichtigungen" }),
  ).toBeVisible();
  await checkA11y(anna, "notifications");
  // One notification per post and person: the mention says the most.
  await main(anna)
    .getByRole("link", { name: `${BERTA.name} hat Sie in „${QUESTION}“ erwähnt.` })
    .click();
  await expect(reply(anna)).toContainText("Das übernimmt der Kreis Borken");
  await expect(reply(anna)).toBeFocused();
  await anna.goto("/notifications");
  const markAll = main(anna).getByRole("button", { name: "Alle als gelesen markieren" });
  if (await markAll.isVisible()) await markAll.click();
  await expect(main(anna).getByText("Ungelesen", { exact: true })).toHaveCount(0);
  await expect(bell).not.toContainText("ungelesen");
  await anna.context().close();
  await berta.context().close();
});

test("an edit shows in the history; deleting asks first and a moderator restores", async ({
  browser,
}) => {
  const anna = await personPage(browser, ADMIN.email);
  const berta = await personPage(browser, BERTA.email);
  await berta.goto(`/groups/${ids.group}/threads/${ids.thread}`);
  await anna.goto(`/groups/${ids.group}/threads/${ids.thread}`);
  const reply = (page: Page) =>
    main(page).getByRole("article", { name: `Beitrag 2 von ${BERTA.name}` });

  // Berta corrects her reply; Anna sees the change live and looks at the history.
  await reply(berta).getByRole("button", { name: "Bearbeiten" }).click();
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
  await expect(versions.getByText(`Fassung 2 von ${BERTA.name}`, { exact: false })).toBeVisible();
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
    main(page).getByRole("article", { name: `Beitrag 3 von ${BERTA.name}` });
  await expect(extra(berta)).toContainText("Nachtrag");
  await extra(berta).getByRole("button", { name: "Löschen" }).click();
  const dialog = berta.getByRole("dialog", { name: "Beitrag löschen?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Abbrechen" })).toBeFocused();
  await checkA11y(berta, "delete dialog");
  await berta.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(extra(berta)).toContainText("Nachtrag");
  await extra(berta).getByRole("button", { name: "Löschen" }).click();
  await dialog.getByRole("button", { name: "Ja, löschen" }).click();
  await expect(extra(berta)).toContainText("Dieser Beitrag wurde gelöscht.");
  await expect(extra(anna)).toContainText("Dieser Beitrag wurde gelöscht.");

  // Anna moderates: she restores it, and Berta gets it back live.
  await extra(anna).getByRole("button", { name: "Wiederherstellen" }).click();
  await expect(extra(anna)).toContainText("Nachtrag");
  await expect(extra(berta)).toContainText("Nachtrag");

  // In order of writing, the post list is flat.
  await anna.getByLabel("Reihenfolge").selectOption("CHRONOLOGICAL");
  await expect(posts(anna)).toHaveCount(3);
  await expect(main(anna).locator(".post-list__item--depth-0")).toHaveCount(3);
  await anna.context().close();
  await berta.context().close();
});

test("a thread with 200 replies opens at the first unread post", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const admin = await playwright.request.newContext({ baseURL });
  await gql(admin, "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }", {
    e: ADMIN.email,
    p: PASSWORD,
  });
  const started = await gql<{ startThread: { id: string } }>(
    admin,
    "mutation($g: ID!, $i: StartThreadInput!) { startThread(groupId: $g, input: $i) { id } }",
    {
      g: ids.group,
      i: {
        title: "Erfahrungen mit dem Berufsfelderkundungsportal",
        body: "Wie laufen die Buchungen bei Ihnen?",
        kind: "DISCUSSION",
      },
    },
  );
  const thread = started.startThread.id;
  let parent: string | null = null;
  for (let n = 1; n <= 200; n += 1) {
    const written: { reply: { id: string } } = await gql(
      admin,
      "mutation($t: ID!, $p: ID, $b: String!) { reply(threadId: $t, parentPostId: $p, body: $b) { id } }",
      {
        t: thread,
        // Every fifth reply answers the one before, so the tree has depth.
        p: n % 5 === 0 ? parent : null,
        b: `Antwort ${n}: Bei uns laufen die **Buchungen** über die Schulen, Stand Woche ${n}.`,
      },
    );
    parent = written.reply.id;
  }
  await admin.dispose();

  const berta = await personPage(browser, BERTA.email);
  await gql(
    berta.request,
    "mutation($t: ID!) { markThreadRead(threadId: $t, upToSeq: 150) { id } }",
    {
      t: thread,
    },
  );
  await berta.goto(`/groups/${ids.group}/threads`);
  const item = main(berta).getByRole("listitem").filter({ hasText: "Berufsfelderkundungsportal" });
  await expect(item).toContainText("51 ungelesen");
  await item.getByRole("link").click();
  await expect(posts(berta)).toHaveCount(50);
  await main(berta).getByRole("button", { name: "Zum ersten ungelesenen Beitrag" }).click();
  const firstUnread = main(berta).getByRole("article", {
    name: `Beitrag 151 von ${ADMIN.name}`,
  });
  await expect(firstUnread).toBeFocused();
  await expect(posts(berta).first()).toHaveAttribute("id", "post-151");
  await main(berta).getByRole("button", { name: "Weitere Beiträge laden" }).click();
  await expect(
    main(berta).getByRole("article", { name: `Beitrag 201 von ${ADMIN.name}` }),
  ).toBeVisible();
  await main(berta).getByRole("button", { name: "Von Anfang an lesen" }).click();
  await expect(main(berta).getByRole("article", { name: "Eröffnungsbeitrag" })).toBeFocused();

  // The whole thread on one page: 200 replies, checked by axe, and narrow screens.
  await berta.goto(`/groups/${ids.group}/threads/${thread}`);
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
  await expect(berta.getByLabel("Ihre Antwort", { exact: true })).toHaveValue("Bei uns ebenso.");
  await main(berta).getByRole("button", { name: "Entwurf verwerfen" }).click();
  await expect(berta.getByLabel("Ihre Antwort", { exact: true })).toHaveValue("");
  await berta.reload();
  await expect(
    main(berta).getByRole("heading", { name: /Berufsfelderkundungsportal/ }),
  ).toBeVisible();
  await expect(berta.getByLabel("Ihre Antwort", { exact: true })).toHaveValue("");

  // Mark all read clears the markers in the list.
  await berta.goto(`/groups/${ids.group}/threads`);
  await main(berta).getByRole("button", { name: "Alle als gelesen markieren" }).click();
  await expect(main(berta).getByText(/ungelesen/)).toHaveCount(0);
  await berta.context().close();
});

test("a guest reads but cannot start a topic", async ({ browser }) => {
  const dora = await personPage(browser, DORA.email);
  await dora.goto(`/groups/${ids.group}/threads`);
  await expect(main(dora).getByRole("link", { name: QUESTION })).toBeVisible();
  await expect(main(dora).getByRole("link", { name: "Neues Thema" })).toHaveCount(0);
  await dora.goto(`/groups/${ids.group}/threads/new`);
  await expect(main(dora).getByText("Als Gast können Sie in dieser Gruppe lesen")).toBeVisible();
  await expect(dora.getByLabel("Titel")).toHaveCount(0);
  await dora.context().close();
});

test("someone outside the group cannot open the thread by its address", async ({ browser }) => {
  const anna = await personPage(browser, ADMIN.email);
  await anna.goto(`/groups/${ids.group}/threads`);
  await main(anna).getByRole("link", { name: QUESTION }).click();
  await expect(main(anna).getByRole("heading", { name: QUESTION })).toBeVisible();
  const address = new URL(anna.url()).pathname;
  await anna.context().close();

  const carl = await personPage(browser, CARL.email);
  await carl.goto(address);
  await expect(carl.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
  await expect(carl.getByText(QUESTION)).toHaveCount(0);
  await carl.context().close();
});
