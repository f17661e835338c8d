// Forgotten password: the request always gets the same answer, the mail lands in the
// outbox, its link opens the set-password page, and the new password works.
import { linkTo, mailsTo, waitForMailTo } from "./api";
import { PASSWORD, checkA11y, expect, signIn, submitLogin, test } from "./fixtures";

const NEW_PASSWORD = "Neues-Passwort-für-das-Fachforum";

test("an unknown address gets the same confirmation and no mail", async ({ page, api }) => {
  const nobody = api.person("Niemand");
  await page.goto("/login");
  await page.getByRole("link", { name: "Passwort vergessen?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("heading", { level: 1, name: "Passwort vergessen" })).toBeFocused();
  await checkA11y(page, "forgot-password page");

  await page.getByLabel("E-Mail-Adresse").fill(nobody.email);
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByRole("main").getByText("Bitte prüfen Sie Ihr Postfach")).toBeVisible();
  await checkA11y(page, "forgot-password confirmation");
  expect(mailsTo(nobody.email)).toHaveLength(0);
});

test("the mailed link sets a new password, and only the new one works", async ({ page, api }) => {
  const anna = await api.newAccount("Anna Berger");
  await page.goto("/forgot-password");
  await page.getByLabel("E-Mail-Adresse").fill(anna.email.toUpperCase());
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByRole("main").getByText("Bitte prüfen Sie Ihr Postfach")).toBeVisible();

  const mail = await waitForMailTo(anna.email, "Passwort");
  expect(mail.subject).toBe("Passwort zurücksetzen");
  expect(mailsTo(anna.email)).toHaveLength(1);
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

  await submitLogin(page, anna.email, PASSWORD);
  await expect(page.getByRole("alert")).toContainText(
    "E-Mail-Adresse oder Passwort ist nicht richtig.",
  );

  await signIn(page, anna.email, NEW_PASSWORD);
});

test("a set-password address without its token explains what is missing", async ({ page }) => {
  await page.goto("/set-password");
  await expect(page.getByRole("alert")).toContainText("Dieser Link ist unvollständig.");
  await checkA11y(page, "set-password without token");
});
