// The account page: name, language (German ↔ English, stored with the account), the
// password, and the list of sessions with this device marked and others revocable.
// Each test has an account of its own, made on the command line.
import { PASSWORD, checkA11y, openStartPage, expect, signIn, test } from "./fixtures";

test("the name can be changed and shows in the header", async ({ page, api }) => {
  const anna = await api.newAccount("Anna Berger");
  await api.login(page, anna);
  await openStartPage(page);
  await page
    .getByRole("navigation", { name: "Hauptnavigation" })
    .getByRole("link", { name: "Mein Konto" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Mein Konto" })).toBeFocused();
  await expect(page.getByRole("main").getByText(anna.email)).toBeVisible();
  await checkA11y(page, "account page");

  const name = page.getByLabel("Name", { exact: true });
  await name.fill("   ");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toBeFocused();
  await checkA11y(page, "account page with an error");

  await name.fill("Anna Berger-Schulz");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("main").getByText("Ihre Angaben wurden gespeichert.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Kontomenü/ })).toContainText("Anna Berger-Schulz");

  await page.reload();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Anna Berger-Schulz");
});

test("the language switches to English and back, and stays after a reload", async ({
  page,
  api,
}) => {
  await api.login(page, await api.newAccount("Anna Berger"));
  await page.goto("/account");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  await expect(page.getByLabel("Language")).toHaveValue("EN");
  await checkA11y(page, "account page in English");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle("My account – Fachforum");

  // Back to German through the profile form.
  await page.getByLabel("Language").selectOption("DE");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mein Konto" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByTestId("announcer")).toHaveText("Ihre Angaben wurden gespeichert.");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Mein Konto" })).toBeVisible();
});

test("signed out, the browser's language preference decides", async ({ browser, api }) => {
  const anna = await api.newAccount("Anna Berger");
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await checkA11y(page, "login page in English");
  // Signing in brings the account's language (German).
  await page.getByLabel("Email address").fill(anna.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Guten Tag/ })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await context.close();
});

test("the session list marks this device and ends another sign-in", async ({
  page,
  browser,
  api,
}) => {
  const anna = await api.newAccount("Anna Berger");
  // A second browser signs in too.
  const other = await browser.newContext({
    userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
  });
  const otherPage = await other.newPage();
  await signIn(otherPage, anna.email, PASSWORD);

  await signIn(page, anna.email, PASSWORD);
  await page.goto("/account");
  const list = page.locator(".session-list");
  const current = list.locator(".session--current");
  await expect(current).toHaveCount(1);
  await expect(current).toContainText("Dieses Gerät");
  await expect(current).toContainText("Chrome · Linux");
  await expect(current.getByRole("button")).toHaveCount(0);
  const firefox = list.locator(".session", { hasText: "Firefox · Windows" });
  await expect(firefox).toHaveCount(1);
  await checkA11y(page, "account page with two sessions");

  await firefox.getByRole("button", { name: /^Abmelden: Firefox · Windows/ }).click();
  await expect(firefox).toHaveCount(0);
  await expect(page.getByTestId("announcer")).toHaveText("Die Anmeldung wurde beendet.");
  await expect(page.getByRole("heading", { name: "Angemeldete Geräte" })).toBeFocused();

  // The other browser is signed out: its next page load goes to the login page.
  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/login$/);
  await other.close();
});

test("changing the password needs the current one and keeps this device signed in", async ({
  page,
  api,
}) => {
  await api.login(page, await api.newAccount("Anna Berger"));
  await page.goto("/account");
  const current = page.getByLabel("Aktuelles Passwort");
  await current.fill("nicht-das-richtige");
  await page.getByLabel("Neues Passwort", { exact: true }).fill("Ein-neues-sicheres-Passwort");
  await page.getByLabel("Neues Passwort wiederholen").fill("Ein-neues-sicheres-Passwort");
  await page.getByRole("button", { name: "Passwort ändern" }).click();
  await expect(page.getByText("Das ist nicht Ihr aktuelles Passwort.")).toBeVisible();
  await expect(current).toHaveAttribute("aria-invalid", "true");

  await current.fill(PASSWORD);
  await page.getByLabel("Neues Passwort", { exact: true }).fill("Ein-neues-sicheres-Passwort");
  await page.getByLabel("Neues Passwort wiederholen").fill("Ein-neues-sicheres-Passwort");
  await page.getByRole("button", { name: "Passwort ändern" }).click();
  await expect(page.getByRole("main").getByText(/Ihr Passwort wurde geändert\./)).toBeVisible();
  await expect(page.locator(".session")).toHaveCount(1);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Mein Konto" })).toBeVisible();
});
