// The first start: the administrator is created through the setup page, then signs out
// and in again; sign-in errors are shown in German; signed-out visits go to the login
// page and come back afterwards.
import {
  FIRST_ADMIN as ADMIN,
  PASSWORD,
  checkA11y,
  openStartPage,
  expect,
  setupLink,
  test,
} from "./fixtures";

// The journey through the setup page needs a server whose setup link nobody has used:
// it comes first in this file (the other tests set the first administrator up through the
// API when they need him, and run alone as well).
test("the setup link creates the first administrator, who is then signed in", async ({ page }) => {
  await page.goto(setupLink());
  await expect(page.getByRole("heading", { level: 1, name: "Fachforum einrichten" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await checkA11y(page, "setup page");

  // Mistakes are explained at the fields they concern, in German.
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  const name = page.getByLabel("Ihr Name");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toBeFocused();
  await expect(page.getByText("Bitte füllen Sie dieses Feld aus.").first()).toBeVisible();
  await name.fill(ADMIN.name);
  await page.getByLabel("E-Mail-Adresse").fill("keine-adresse");
  await page.getByLabel("Passwort", { exact: true }).fill("kurz");
  await page.getByLabel("Passwort wiederholen").fill("anders");
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page.getByText("Bitte geben Sie eine gültige E-Mail-Adresse ein")).toBeVisible();
  await expect(page.getByText("Das Passwort muss mindestens 10 Zeichen lang sein.")).toBeVisible();
  await expect(page.getByText("Die beiden Passwörter stimmen nicht überein.")).toBeVisible();
  await checkA11y(page, "setup page with errors");

  // The server's rules arrive at the field too (a very common password).
  await page.getByLabel("E-Mail-Adresse").fill(ADMIN.email);
  await page.getByLabel("Passwort", { exact: true }).fill("1234567890");
  await page.getByLabel("Passwort wiederholen").fill("1234567890");
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page.getByText("Dieses Passwort ist weit verbreitet")).toBeVisible();
  await expect(page.getByLabel("Passwort", { exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );

  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Passwort wiederholen").fill(PASSWORD);
  await page.getByRole("button", { name: "Konto anlegen" }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(
    page.getByRole("heading", { level: 1, name: `Guten Tag, ${ADMIN.name}` }),
  ).toBeFocused();
  await expect(
    page.getByText("Sie haben Administrationsrechte für diese Plattform."),
  ).toBeVisible();
  await expect(page.getByTestId("announcer")).toHaveText(
    "Ihr Konto wurde angelegt. Sie sind angemeldet.",
  );
  await expect(page).toHaveTitle("Guten Tag, Dr. Anna Berger – Fachforum");
  await checkA11y(page, "home page");
});

test("the setup link works only once", async ({ page, api }) => {
  await api.firstAdmin();
  const second = api.person("Zweite Person");
  await page.goto(setupLink());
  await page.getByLabel("Ihr Name").fill(second.name);
  await page.getByLabel("E-Mail-Adresse").fill(second.email);
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Passwort wiederholen").fill(PASSWORD);
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "Dieser Link ist ungültig, abgelaufen oder wurde bereits verwendet.",
  );
});

test("signed out, a page sends you to the login page and back after signing in", async ({
  page,
  api,
}) => {
  const jana = await api.newAccount("Jana Wolff");
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?next=%2Faccount$/);
  await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
  await checkA11y(page, "login page");

  // A wrong password gets a German message, and the form keeps the address.
  await page.getByLabel("E-Mail-Adresse").fill(jana.email);
  await page.getByLabel("Passwort", { exact: true }).fill("ein-falsches-Passwort");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "E-Mail-Adresse oder Passwort ist nicht richtig.",
  );
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(jana.email);
  await checkA11y(page, "login page with an error");

  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mein Konto" })).toBeVisible();
});

test("signing out through the account menu ends the session", async ({ page, api }) => {
  await api.login(page, await api.newAccount("Jana Wolff"));
  await openStartPage(page);

  const menuButton = page.getByRole("button", { name: /Kontomenü/ });
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
  await menuButton.click();
  await expect(menuButton).toHaveAttribute("aria-expanded", "true");
  await checkA11y(page, "home page with the account menu open");
  // Escape closes the menu and returns the focus to its button.
  await page.keyboard.press("Escape");
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
  await expect(menuButton).toBeFocused();

  await menuButton.click();
  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId("announcer")).toHaveText("Sie wurden abgemeldet.");

  // The session is gone on the server too: a reload stays signed out.
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
});

test("the skip link jumps to the main content", async ({ page }) => {
  await page.goto("/login");
  // The app renders after the load event: wait for it before using the keyboard.
  await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("an unknown address shows the not-found page", async ({ page }) => {
  await page.goto("/gibt/es/nicht");
  await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Zur Startseite" })).toBeVisible();
  await checkA11y(page, "not-found page");
});
