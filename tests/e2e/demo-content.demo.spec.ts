// The pages as the demo fills them (`fachforum demo`: long titles and names, 53 offices,
// the discussion with 224 replies), at 320 px: no page scrolls sideways, axe finds
// nothing, for the moderator and for a coordinator.
import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { checkA11y, expect, expectNoSidewaysScroll, signIn, test } from "./fixtures";

/** The password and the logins the demo printed. */
function demoLogins() {
  const text = readFileSync(process.env.FF_DEMO_TEXT ?? "", "utf8");
  const password = /password of every demo account: (\S+)/.exec(text)?.[1] ?? "";
  const login = (role: string) => new RegExp(`${role}: (\\S+)`).exec(text)?.[1] ?? "";
  return {
    password,
    moderator: login("moderator \\(state agency\\)"),
    coordinator: login("coordinator in the forum and the working group"),
  };
}

const main = (page: Page) => page.getByRole("main");

/** Opens `path`, waits for its heading, and checks width and axe. */
async function check(page: Page, path: string, label: string) {
  await page.goto(path);
  await expect(main(page).getByRole("heading").first()).toBeVisible();
  await expect(main(page).getByRole("status")).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await checkA11y(page, `${label} with the demo content at 320 px`);
}

for (const who of ["moderator", "coordinator"] as const) {
  test(`every page fits 320 px with the demo content (${who})`, async ({ page }) => {
    test.slow();
    const logins = demoLogins();
    await page.setViewportSize({ width: 320, height: 800 });
    await signIn(page, logins[who], logins.password);
    await check(page, "/", `start page (${who})`);
    await check(page, "/groups", `groups (${who})`);
    await page.goto("/groups");
    await main(page)
      .getByRole("link", { name: /Fachforum KAoA/ })
      .first()
      .click();
    const group = new URL(page.url()).pathname;
    await check(page, group, `group overview (${who})`);
    await check(page, `${group}/threads`, `thread list (${who})`);
    await check(page, `${group}/members`, `members (${who})`);
    await page.goto(`${group}/threads`);
    await main(page)
      .getByRole("link", { name: /Weiterentwicklung der Potenzialanalyse/ })
      .click();
    await expect(main(page).locator("article.post").first()).toBeVisible();
    await expectNoSidewaysScroll(page);
    await checkA11y(page, `the 224-reply thread with the demo content at 320 px (${who})`);
    for (const path of ["/notifications", "/people", "/organizations", "/account"]) {
      await check(page, path, `${path} (${who})`);
    }
  });
}
