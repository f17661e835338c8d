// Discussions in the browser, two people at two desks: the moderator asks a question in
// a secret group, a member opens it from the thread list and replies; the reply appears
// for the asker without a reload (live over /graphql/ws) and is accepted as the answer.
// The asker's bell counts the notification that leads to the reply. Someone outside
// the group who has the thread's address sees the not-found page.
import type { Browser, Page } from "@playwright/test";
import {
  ADMIN,
  PASSWORD,
  checkA11y,
  createAccountWithCli,
  expect,
  gql,
  linkTo,
  setupAdminViaApi,
  signIn,
  test,
  waitForMailTo,
} from "./fixtures";

test.describe.configure({ mode: "serial" });

const BERTA = { name: "Berta Kaya", email: "berta.kaya@kreis-borken.de" };
const CARL = { name: "Carl Neumann", email: "carl.neumann@stadt-muenster.de" };
const GROUP = "Steuerungsrunde KAoA";
const QUESTION = "Wer übernimmt die Potenzialanalyse im Herbst?";

/** The group's id, known once it is created. */
const ids = { group: "" };

const main = (page: Page) => page.getByRole("main");
const announcer = (page: Page) => page.getByTestId("announcer");

/** A signed-in page in a browser context of its own (a person at another desk). */
async function personPage(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, PASSWORD);
  return page;
}

test.beforeAll(async ({ playwright, baseURL }) => {
  const admin = await playwright.request.newContext({ baseURL });
  await setupAdminViaApi(admin);
  const created = await gql<{ createGroup: { id: string } }>(
    admin,
    "mutation($i: GroupInput!) { createGroup(input: $i) { id } }",
    {
      i: {
        name: GROUP,
        description: "Abstimmung der Kommunalen Koordinierung.",
        visibility: "SECRET",
        joinPolicy: "INVITATION",
      },
    },
  );
  ids.group = created.createGroup.id;
  await gql(
    admin,
    "mutation($g: ID!, $e: [String!]!) { inviteToGroup(groupId: $g, emails: $e, role: MEMBER) { id } }",
    { g: ids.group, e: [BERTA.email] },
  );
  const mail = await waitForMailTo(BERTA.email, "Einladung");
  const token = new URL(linkTo(mail.text, "/invitation")).searchParams.get("token");
  const guest = await playwright.request.newContext({ baseURL });
  await gql(
    guest,
    "mutation($t: String!, $n: String, $p: String) { acceptInvitation(token: $t, name: $n, password: $p) { id } }",
    { t: token, n: BERTA.name, p: PASSWORD },
  );
  await guest.dispose();
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
  await anna
    .getByLabel("Text", { exact: true })
    .fill("Die Schulen fragen nach, wer die **Potenzialanalyse** koordiniert.");
  await anna.getByRole("button", { name: "Thema eröffnen" }).click();
  await expect(main(anna).getByRole("heading", { name: QUESTION })).toBeVisible();
  await expect(main(anna).getByRole("article", { name: "Eröffnungsbeitrag" })).toContainText(
    "Potenzialanalyse",
  );
  await checkA11y(anna, "thread page");

  // Berta finds the new question in the list and replies.
  await berta.goto(`/groups/${ids.group}/threads`);
  const item = main(berta).getByRole("listitem").filter({ hasText: QUESTION });
  await expect(item).toContainText("neu");
  await expect(item).toContainText("Frage");
  await checkA11y(berta, "thread list");
  await item.getByRole("link", { name: QUESTION }).click();
  await expect(main(berta).getByRole("heading", { name: QUESTION })).toBeVisible();
  await berta.getByLabel("Ihre Antwort").fill("Das übernimmt der Kreis Borken.");
  await berta.getByLabel("Ihre Antwort").press("Control+Enter");
  const reply = (page: Page) =>
    main(page).getByRole("article", { name: `Beitrag 2 von ${BERTA.name}` });
  await expect(reply(berta)).toContainText("Das übernimmt der Kreis Borken.");

  // Anna sees the reply without reloading, and hears about it.
  await expect(reply(anna)).toContainText("Das übernimmt der Kreis Borken.");
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
  await expect(reply(berta).getByRole("button", { name: "👍 1" })).toBeVisible();

  // The bell counts Anna's notification; it links to Berta's post.
  const bell = anna.getByTestId("notification-bell");
  await expect(bell).toContainText("ungelesen");
  await bell.click();
  await expect(
    main(anna).getByRole("heading", { level: 1, name: "Benachrichtigungen" }),
  ).toBeVisible();
  await checkA11y(anna, "notifications");
  await main(anna)
    .getByRole("link", { name: `${BERTA.name} hat Ihre Frage „${QUESTION}“ beantwortet.` })
    .click();
  await expect(reply(anna)).toContainText("Das übernimmt der Kreis Borken.");
  await anna.goto("/notifications");
  const markAll = main(anna).getByRole("button", { name: "Alle als gelesen markieren" });
  if (await markAll.isVisible()) await markAll.click();
  await expect(main(anna).getByText("Ungelesen", { exact: true })).toHaveCount(0);
  await expect(bell).not.toContainText("ungelesen");
  await anna.context().close();
  await berta.context().close();
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
