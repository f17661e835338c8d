// The pages at phone width (320 px) and on a large screen (1920 px): nothing scrolls
// sideways, the controls stay usable, axe finds nothing serious. With FF_SCREENSHOTS
// set to a directory, full-page screenshots are saved there for a look by eye.
import {
  PASSWORD,
  checkA11y,
  expect,
  expectNoSidewaysScroll,
  mainNav,
  signIn,
  snapshot,
  test,
} from "./fixtures";

for (const width of [320, 1280, 1920]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width === 320 ? 640 : 1000 } });

    test("login, start and account pages fit and pass axe", async ({ page, api }) => {
      const anna = await api.newAccount("Anna Berger");
      await page.goto("/login");
      await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await checkA11y(page, `login page at ${width} px`);
      await snapshot(page, `login-${width}`);

      await page.getByRole("button", { name: "Anmelden" }).click();
      await expect(page.getByLabel("E-Mail-Adresse")).toHaveAttribute("aria-invalid", "true");
      await expectNoSidewaysScroll(page);
      await snapshot(page, `login-errors-${width}`);

      await signIn(page, anna.email, PASSWORD);
      await expectNoSidewaysScroll(page);
      await checkA11y(page, `home page at ${width} px`);
      await snapshot(page, `home-${width}`);

      // The main navigation stays reachable at every width.
      await (await mainNav(page)).getByRole("link", { name: "Mein Konto" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Mein Konto" })).toBeVisible();
      await expect(page.locator(".session--current")).toHaveCount(1);
      await expectNoSidewaysScroll(page);
      await checkA11y(page, `account page at ${width} px`);
      await snapshot(page, `account-${width}`);

      await page.getByRole("button", { name: /Kontomenü/ }).click();
      await expect(page.getByRole("button", { name: "Abmelden", exact: true })).toBeInViewport();
      await expectNoSidewaysScroll(page);
      await snapshot(page, `account-menu-${width}`);
    });
  });
}
