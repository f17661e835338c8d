// Shared test setup: the `api` of each test (api.ts), an axe check, and guards that fail a
// test on a CSP violation, a script error or a request to another origin.
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Locator, type Page } from "@playwright/test";
import { appendFileSync } from "node:fs";
import { Api } from "./api";

export { PASSWORD, FIRST_ADMIN, setupLink } from "./api";

export const test = base.extend<{ guards: void; api: Api }>({
  /** The API helpers of this test (api.ts); what they opened closes after the test. */
  api: async ({ baseURL }, use) => {
    const api = new Api(baseURL!);
    await use(api);
    await api.dispose();
  },
  guards: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on("console", (message) => {
        // Failed API calls are the app's to explain (tests check the words); any other
        // console error (a CSP violation, a missing file) is a problem.
        if (message.type() === "error" && !message.location().url.endsWith("/graphql")) {
          problems.push(`console error: ${message.text()}`);
        }
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("response", (response) => {
        if (response.status() >= 400 && !response.url().endsWith("/graphql")) {
          problems.push(`HTTP ${response.status()} for ${response.url()}`);
        }
      });
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith("data:") && new URL(url).origin !== origin) {
          problems.push(`request to another origin: ${url}`);
        }
      });
      await use();
      expect(problems, "no CSP violations, script errors or third-party requests").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is and fails on serious or
 * critical violations. Every result is appended to FF_AXE_LOG for the run's summary.
 */
export async function checkA11y(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const severe = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  const log = process.env.FF_AXE_LOG;
  if (log) {
    const line = {
      label,
      url: new URL(page.url()).pathname,
      passes: results.passes.length,
      violations: results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.length,
      })),
    };
    appendFileSync(log, `${JSON.stringify(line)}\n`);
  }
  const described = severe.map(
    (v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(described, `axe on ${label}`).toEqual([]);
}

/** Fails when the page scrolls sideways (content wider than the window). */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "no horizontal scrolling").toBeLessThanOrEqual(0);
}

/** The main navigation, opened from its menu button first where narrow screens hide it. */
export async function mainNav(page: Page) {
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  const toggle = nav.getByRole("button", { name: "Menü" });
  if (await toggle.isVisible()) {
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
  }
  return nav;
}

/** Chooses an action from a post's menu ("Weitere Aktionen"). */
export async function postAction(post: Locator, action: string) {
  await post.getByRole("button", { name: "Weitere Aktionen" }).click();
  await post.getByRole("menuitem", { name: action }).click();
}

/** With FF_SCREENSHOTS set to a directory, saves a full-page screenshot there for a look by eye. */
export async function snapshot(page: Page, name: string) {
  const dir = process.env.FF_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** Fills in and sends the login form. */
export async function submitLogin(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

/** Signs in through the login page and waits for the start page. */
export async function signIn(page: Page, email: string, password: string) {
  await submitLogin(page, email, password);
  await expect(page.getByRole("heading", { level: 1, name: /Guten Tag/ })).toBeVisible();
}

/** Opens the start page (signed in) and waits until it is there. */
export async function openStartPage(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: /Guten Tag/ })).toBeVisible();
}
