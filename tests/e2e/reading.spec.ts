// Reading a long thread as people read: a post counts as read once it was on screen,
// so leaving after post 60 of 225 leaves the rest unread and the next visit starts at
// post 61 below the divider, with earlier posts loading above in place. A post that
// arrives live goes to its place in the chosen order, or waits behind a notice while
// its place is not loaded. The reply box is at the thread's end and one button away.
import type { Page } from "@playwright/test";
import type { Account, Api } from "./api";
import { checkA11y, expect, snapshot, test } from "./fixtures";

const main = (page: Page) => page.getByRole("main");
const posts = (page: Page) => main(page).locator("article.post");
const post = (page: Page, seq: number) => main(page).locator(`#post-${seq}`);

/**
 * A group moderated by Anna with Berta as a member, and a thread of Anna's with
 * `replies` replies (the ids of all posts by seq, the opening post first).
 */
async function longThread(api: Api, replies: number) {
  const anna = await api.newAdmin();
  const group = await api.createGroup(anna, {
    name: "Landesweite Koordinierung",
    description: "Austausch der Kommunalen Koordinierungsstellen.",
  });
  const berta = await api.joinByInvitation(anna, group, "Berta Kaya", "MEMBER");
  const thread = await api.startThread(anna, group, {
    title: "Praktikumswochen im Frühjahr",
    body: "Wie verteilen Sie die Plätze auf die Schulen?",
  });
  const ids = [""];
  for (let n = 1; n <= replies; n += 1) {
    ids.push(
      await api.reply(anna, thread, `Rückmeldung ${n}: die Plätze gehen nach Losverfahren.`),
    );
  }
  return { anna, berta, group, thread, ids };
}

/** Scrolls so that post `seq` ends at the bottom of the screen. */
async function scrollToEndOf(page: Page, seq: number) {
  await post(page, seq).evaluate((element) => {
    const rect = element.getBoundingClientRect();
    window.scrollBy(0, rect.bottom - window.innerHeight);
  });
}

async function waitForUnread(api: Api, account: Account, thread: string, count: number) {
  await expect.poll(() => api.unreadCount(account, thread)).toBe(count);
}

test("posts count as read once on screen; the next visit starts at the first unread", async ({
  browser,
  api,
}) => {
  test.slow();
  const { berta: member, group, thread } = await longThread(api, 224);
  const berta = await api.browse(browser, member);
  await berta.goto(`/groups/${group}/threads/${thread}`);
  await expect(posts(berta)).toHaveCount(50);
  // A first visit has no divider: everything is new.
  await expect(
    main(berta).getByRole("heading", { name: "Neu seit Ihrem letzten Besuch" }),
  ).toHaveCount(0);
  // The reply box is at the thread's end, which is not loaded yet.
  await expect(berta.getByLabel("Ihre Antwort", { exact: true })).toHaveCount(0);
  await main(berta).getByRole("button", { name: "Weitere Beiträge laden" }).click();
  await expect(posts(berta)).toHaveCount(100);
  await scrollToEndOf(berta, 60);
  // Posts 1–60 were on screen; 61–225 were not.
  await waitForUnread(api, member, thread, 165);

  await berta.goto(`/groups/${group}/threads`);
  const item = main(berta).getByRole("listitem").filter({ hasText: "Praktikumswochen" });
  await expect(item).toContainText("165 ungelesen");
  await item.getByRole("link").click();
  const divider = main(berta).getByRole("heading", { name: "Neu seit Ihrem letzten Besuch" });
  await expect(divider).toBeVisible();
  await expect(post(berta, 61)).toBeFocused();
  await expect(posts(berta).first()).toHaveAttribute("id", "post-61");
  await expect(post(berta, 61).locator(".badge--new")).toHaveText("neu");
  await checkA11y(berta, "thread opened at the first unread post");
  await snapshot(berta, "thread-first-unread");

  // Earlier posts load above without moving what she reads.
  const earlier = main(berta).getByRole("button", { name: "Frühere Beiträge laden" });
  await earlier.scrollIntoViewIfNeeded();
  const before = await post(berta, 61).evaluate((e) => e.getBoundingClientRect().top);
  await earlier.click();
  await expect(posts(berta).first()).toHaveAttribute("id", "post-11");
  const after = await post(berta, 61).evaluate((e) => e.getBoundingClientRect().top);
  expect(Math.abs(after - before)).toBeLessThan(2);
  await expect(divider).toBeVisible();
  // Reading on to post 70 leaves 155 unread.
  await scrollToEndOf(berta, 70);
  await waitForUnread(api, member, thread, 155);
});

test("a live post lands at its place or waits behind a notice", async ({ browser, api }) => {
  const { anna, berta: member, group, thread, ids } = await longThread(api, 60);
  const berta = await api.browse(browser, member);
  await berta.goto(`/groups/${group}/threads/${thread}`);
  await expect(posts(berta)).toHaveCount(50);

  // A reply to the thread belongs at its end, which is not loaded: a notice shows it.
  await api.reply(anna, thread, "Nachtrag: die Liste der Betriebe ist aktualisiert.");
  const notice = main(berta).getByRole("button", { name: "1 neuer Beitrag – anzeigen" });
  await expect(notice).toBeVisible();
  await expect(posts(berta)).toHaveCount(50);
  await notice.click();
  await expect(posts(berta)).toHaveCount(62);
  await expect(post(berta, 62)).toBeFocused();
  await expect(posts(berta).last()).toHaveAttribute("id", "post-62");
  // Sighted readers see it marked new; older posts of a first visit are not marked.
  await expect(post(berta, 62).locator(".badge--new")).toHaveText("neu");
  await expect(post(berta, 61).locator(".badge--new")).toHaveCount(0);

  // Threaded: a reply to post 5 comes right after it.
  await api.reply(anna, thread, "Zu Ihrer Frage nach den Fahrtkosten: ja.", ids[4]);
  await expect(posts(berta)).toHaveCount(63);
  await expect(post(berta, 5).locator("xpath=../following-sibling::li[1]/article")).toHaveAttribute(
    "id",
    "post-63",
  );
  await expect(posts(berta).last()).toHaveAttribute("id", "post-62");

  // Chronologically, it is the last one.
  await main(berta).getByLabel("Reihenfolge").selectOption("CHRONOLOGICAL");
  await main(berta).getByRole("button", { name: "Weitere Beiträge laden" }).click();
  await expect(posts(berta).last()).toHaveAttribute("id", "post-63");
});

test("the reply box docks at the bottom while the thread's end is not loaded", async ({
  browser,
  api,
}) => {
  const { berta: member, group, thread } = await longThread(api, 60);
  const berta = await api.browse(browser, member);
  await berta.goto(`/groups/${group}/threads/${thread}`);
  await expect(posts(berta)).toHaveCount(50);
  await main(berta).getByRole("button", { name: "Auf das Thema antworten" }).click();
  const box = berta.getByLabel("Ihre Antwort", { exact: true });
  await expect(box).toBeFocused();
  await checkA11y(berta, "docked reply box");
  await box.fill("Bei uns entscheidet die Schule.");
  await box.press("Control+Enter");
  // Her reply shows at its place, the end of the thread, loaded for it.
  await expect(post(berta, 62)).toBeFocused();
  await expect(post(berta, 62)).toContainText("Bei uns entscheidet die Schule.");
  await expect(posts(berta)).toHaveCount(62);
  // With the end loaded, the reply box stands after the last post.
  await expect(box).toBeVisible();
  await expect(berta.locator(".thread__reply--docked")).toHaveCount(0);
});
