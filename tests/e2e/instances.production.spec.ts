// The production setup (run.sh starts it for *.production.spec.ts): two instances of the
// server on one PostgreSQL database and one Redis. Berta writes a reply on the first
// instance; Anna, who has the thread open on the second, sees it appear without a reload.
import type { Page } from "@playwright/test";
import { checkA11y, expect, test } from "./fixtures";

const secondInstance = () => {
  const url = process.env.FF_BASE_URL_B;
  if (!url) throw new Error("FF_BASE_URL_B is not set: run this spec with tests/e2e/run.sh");
  return url;
};

const main = (page: Page) => page.getByRole("main");
const TITLE = "Termine der Regionalkonferenz";

test("a reply on one instance appears live on the thread page of the other", async ({
  browser,
  api,
}) => {
  const moderator = await api.newAdmin();
  const group = await api.createGroup(moderator, {
    name: api.unique("Übergang Schule–Beruf NRW"),
    visibility: "LISTED",
    joinPolicy: "REQUEST",
  });
  const member = await api.newAccount("Berta Kaya");
  await api.approveJoinRequest(moderator, await api.requestToJoin(member, group));
  const thread = await api.startThread(moderator, group, {
    title: TITLE,
    body: "Bitte tragen Sie Ihre Termine ein.",
  });
  const address = `/groups/${group}/threads/${thread}`;

  // Anna opens the thread on the second instance and waits until it listens for events.
  const anna = await api.browse(browser, moderator, { baseURL: secondInstance() });
  let listening = false;
  anna.on("websocket", (socket) =>
    socket.on("framesent", (frame) => {
      if (String(frame.payload).includes("threadEvents")) listening = true;
    }),
  );
  await anna.goto(address);
  await expect(main(anna).getByRole("heading", { name: TITLE })).toBeVisible();
  expect(new URL(anna.url()).origin).toBe(secondInstance());
  await expect.poll(() => listening, { message: "the thread page subscribes" }).toBe(true);
  // Marks this very document: a reload would lose the mark.
  await anna.evaluate(() => document.documentElement.setAttribute("data-opened", "once"));

  // Berta replies on the first instance.
  const berta = await api.browse(browser, member);
  await berta.goto(address);
  expect(new URL(berta.url()).origin).toBe(api.baseURL);
  await berta.getByLabel("Ihre Antwort", { exact: true }).fill("Wir kommen am 12. März.");
  await berta.getByRole("button", { name: "Antwort senden" }).click();
  const reply = (page: Page) =>
    main(page).getByRole("article", { name: `Beitrag 2 von ${member.name}` });
  await expect(reply(berta)).toContainText("Wir kommen am 12. März.");

  // It reaches Anna's page on the other instance through Redis, without a reload.
  await expect(reply(anna)).toContainText("Wir kommen am 12. März.");
  await expect(anna.getByTestId("announcer")).toHaveText(`Neuer Beitrag von ${member.name}.`);
  await expect(anna.locator("html")).toHaveAttribute("data-opened", "once");
  await checkA11y(anna, "thread page on the second instance with a live reply");
});
