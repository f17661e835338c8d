// Forgotten password: the request always gets the same answer, the mail lands in the
// outbox, its link opens the set-password page, and the new password works.
import {
  ADMIN,
  PASSWORD,
  checkA11y,
  expect,
  linkTo,
  outbox,
  setupAdminViaApi,
  signIn,
  submitLogin,
  test,
  waitForMail,
} from "./fixtures";

const NEW_PASSWORD = "Neues-Passwort-für-das-Fachforum";

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  await setupAdminViaApi(request);
  await request.dispose();
});

test("an unknown address gets the same confirmation and no mail", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Passwort vergessen?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("heading", { level: 1, name: "Passwort vergessen" })).toBeFocused();
  await checkA11y(page, "forgot-password page");

  await page.getByLabel("E-Mail-Adresse").fill("niemand@kreis-beispiel.de");
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByRole("main").getByText("Bitte prüfen Sie Ihr Postfach")).toBeVisible();
  await checkA11y(page, "forgot-password confirmation");
  expect(outbox()).toHaveLength(0);
});

test("the mailed link sets a new password, and only the new one works", async ({ page }) => {
  await page.goto("/forgot-password");
  await page.getByLabel("E-Mail-Adresse").fill(ADMIN.email.toUpperCase());
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByRole("main").getByText("Bitte prüfen Sie Ihr Postfach")).toBeVisible();

  const mail = await waitForMail(1);
  expect(mail.to).toContain(ADMIN.email);
  expect(mail.subject).toBe("Passwort zurücksetzen");
  const link = linkTo(mail.text, "/set-password");

  await page.goto(link);
  await expect(
    page.getByRole("heading", { level: 1, name: "Neues Passwort festlegen" }),
  ).toBeVisible();
  await checkA11y(page, "set-password page");
  await page.getByLabel("Neues Passwort", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Neues Passwort wiederholen").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page.getByRole("main").getByText("Ihr Passwort wurde gespeichert")).toBeVisible();
  await checkA11y(page, "set-password done");

  // The link works once.
  await page.goto(link);
  await page.getByLabel("Neues Passwort", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Neues Passwort wiederholen").fill(PASSWORD);
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page.getByRole("alert")).toContainText("Dieser Link ist ungültig");
  await expect(page.getByRole("link", { name: "Neuen Link anfordern" })).toBeVisible();

  await submitLogin(page, ADMIN.email, PASSWORD);
  await expect(page.getByRole("alert")).toContainText(
    "E-Mail-Adresse oder Passwort ist nicht richtig.",
  );

  await signIn(page, ADMIN.email, NEW_PASSWORD);
});

test("a set-password address without its token explains what is missing", async ({ page }) => {
  await page.goto("/set-password");
  await expect(page.getByRole("alert")).toContainText("Dieser Link ist unvollständig.");
  await checkA11y(page, "set-password without token");
});
