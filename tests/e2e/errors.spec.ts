// Every kind of API failure reaches the coordinator as words, not codes: throttled
// sign-ins with the waiting time, an unreachable server, an internal error with the
// reference for the administrators, a failed language switch.
import { PASSWORD, checkA11y, openStartPage, expect, test } from "./fixtures";

test("too many failed sign-ins are explained with the waiting time", async ({ page, api }) => {
  const { email } = api.person("Vertippt");
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.request.post("/graphql", {
      data: {
        query: "mutation Login($e: String!, $p: String!) { login(email: $e, password: $p) { id } }",
        variables: { e: email, p: "falsch-falsch-falsch" },
      },
    });
  }
  await page.goto("/login");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill("falsch-falsch-falsch");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("alert")).toContainText(
    /Zu viele Versuche\. Bitte warten Sie \d+ Minuten und versuchen Sie es dann erneut\./,
  );
  await checkA11y(page, "login page, throttled");
});

test("an unreachable server is explained, and the form can be sent again", async ({
  page,
  api,
}) => {
  await page.goto("/forgot-password");
  await page.route("**/graphql", (route) => route.abort("connectionrefused"));
  await page.getByLabel("E-Mail-Adresse").fill(api.person("Anna Berger").email);
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung",
  );
  await page.unroute("**/graphql");
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByRole("main").getByText("Bitte prüfen Sie Ihr Postfach")).toBeVisible();
});

test("an internal error names the request id for the administrators", async ({ page, api }) => {
  await page.goto("/login");
  await page.route("**/graphql", (route) =>
    route.fulfill({
      status: 200,
      contentType: "application/json",
      headers: { "x-request-id": "0192-abcd-4711" },
      body: JSON.stringify({
        errors: [
          {
            message: "internal error (request id 0192-abcd-4711)",
            extensions: { code: "INTERNAL" },
          },
        ],
      }),
    }),
  );
  await page.getByLabel("E-Mail-Adresse").fill(api.person("Anna Berger").email);
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.",
  );
  await expect(page.getByRole("alert")).toContainText("0192-abcd-4711");
});

test("a language switch that cannot be saved says so", async ({ page, api }) => {
  await api.login(page, await api.newAccount("Anna Berger"));
  await openStartPage(page);
  await page.route("**/graphql", (route) => route.abort("connectionrefused"));
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("alert")).toContainText("Der Server ist nicht erreichbar.");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await checkA11y(page, "home page with a failed language switch");
});

test("a session that ended elsewhere leads back to the login page", async ({ page, api }) => {
  await api.login(page, await api.newAccount("Anna Berger"));
  await page.goto("/account");
  await expect(page.locator(".session--current")).toHaveCount(1);
  // Sign out behind the page's back, then act on the page.
  await page.request.post("/graphql", { data: { query: "mutation { logout }" } });
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Faccount$/);
});
