// Shared test setup: the server's data, an axe check, and guards that fail a test on a
// CSP violation, a script error or a request to another origin.
import AxeBuilder from "@axe-core/playwright";
import {
  expect,
  test as base,
  type APIRequestContext,
  type Browser,
  type Page,
} from "@playwright/test";
import { spawnSync } from "node:child_process";
import { appendFileSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";

/** A password that passes the server's rules. */
export const PASSWORD = "Kooperation-Übergang-2026";

/** The first administrator every spec creates. */
export const ADMIN = { name: "Dr. Anna Berger", email: "anna.berger@kreis-beispiel.de" };

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests with tests/e2e/run.sh`);
  return value;
};

/** The one-time link from the server log that creates the first administrator. */
export const setupLink = () => env("FF_SETUP_LINK");

/** The server's data directory (the mail outbox lives in it). */
export const dataDir = () => env("FF_DATA_DIR");

export const test = base.extend<{ guards: void }>({
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

/**
 * Creates an account with the server's own command line (`fachforum admin create-user`),
 * as an operator would, on the running server's database.
 */
export function createAccountWithCli(email: string, name: string, password = PASSWORD) {
  const result = spawnSync(
    env("FF_BINARY"),
    ["--data-dir", dataDir(), "admin", "create-user", "--email", email, "--name", name],
    // A clean environment and the server's directory, as run.sh starts the server.
    { input: `${password}\n`, cwd: dirname(dataDir()), env: { PATH: process.env.PATH ?? "" } },
  );
  expect(result.status, `create-user: ${result.stderr?.toString()}`).toBe(0);
}

/** Runs a GraphQL operation with a request context (its cookies are its session). */
export async function gql<T = Record<string, unknown>>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post("/graphql", { data: { query, variables } });
  const body = await response.json();
  expect(body.errors, `GraphQL errors of ${query.slice(0, 60)}`).toBeUndefined();
  return body.data as T;
}

/** Fails when the page scrolls sideways (content wider than the window). */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "no horizontal scrolling").toBeLessThanOrEqual(0);
}

/** With FF_SCREENSHOTS set to a directory, saves a full-page screenshot there for a look by eye. */
export async function snapshot(page: Page, name: string) {
  const dir = process.env.FF_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** Creates the first administrator over the API; the context (and its page) is then signed in. */
export async function setupAdminViaApi(request: APIRequestContext) {
  const token = new URL(setupLink()).searchParams.get("token");
  const response = await request.post("/graphql", {
    data: {
      query:
        "mutation SetupFirstAdmin($token: String!, $email: String!, $name: String!, $password: String!) { setupFirstAdmin(token: $token, email: $email, name: $name, password: $password) { id } }",
      operationName: "SetupFirstAdmin",
      variables: { token, email: ADMIN.email, name: ADMIN.name, password: PASSWORD },
    },
  });
  const body = await response.json();
  expect(body.errors, "setupFirstAdmin succeeds").toBeUndefined();
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

/** The mails in the server's outbox so far, decoded, oldest first. */
export function outbox(): { to: string; subject: string; text: string }[] {
  const dir = join(dataDir(), "outbox");
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith(".eml"))
      .sort();
  } catch {
    return [];
  }
  return files.map((file) => parseMail(readFileSync(join(dir, file), "latin1")));
}

/** Waits for the mail to `address` whose subject contains `subject` (the newest one). */
export async function waitForMailTo(address: string, subject: string) {
  const find = () =>
    outbox()
      .filter((m) => m.to.includes(address) && m.subject.includes(subject))
      .at(-1);
  await expect
    .poll(() => find() !== undefined, { message: `a mail "${subject}" to ${address}` })
    .toBe(true);
  return find()!;
}

/** Waits for the `n`-th mail (the job queue sends after commit). */
export async function waitForMail(n: number) {
  await expect
    .poll(() => outbox().length, { message: `${n} mail(s) in the outbox` })
    .toBeGreaterThanOrEqual(n);
  return outbox()[n - 1]!;
}

/** Headers and the decoded body text of an .eml (quoted-printable or base64 parts). */
function parseMail(raw: string) {
  const unfolded = raw.replace(/\r\n/g, "\n");
  const header = (name: string) =>
    new RegExp(`^${name}:\\s*(.*(?:\\n[ \\t].*)*)`, "mi")
      .exec(unfolded)?.[1]
      ?.replace(/\n[ \t]+/g, " ") ?? "";
  const parts = unfolded.split(/\n--[^\n]+\n/);
  const texts = parts.map((part) => {
    const [head = "", ...rest] = part.split("\n\n");
    const body = rest.join("\n\n");
    if (/content-transfer-encoding:\s*base64/i.test(head)) {
      return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    }
    if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
      const bytes = body
        .replace(/=\n/g, "")
        .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      return Buffer.from(bytes, "latin1").toString("utf8");
    }
    return body;
  });
  return {
    to: decodeWords(header("To")),
    subject: decodeWords(header("Subject")),
    text: texts.join("\n"),
  };
}

/** Decodes RFC 2047 encoded words (`=?utf-8?b?…?=`, `=?utf-8?q?…?=`) in a header value. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(
      /=\?([^?]+)\?([bq])\?([^?]*)\?=/gi,
      (_, charset: string, kind: string, text: string) => {
        const bytes =
          kind.toLowerCase() === "b"
            ? Buffer.from(text, "base64")
            : Buffer.from(
                text
                  .replace(/_/g, " ")
                  .replace(/=([0-9A-F]{2})/gi, (__, hex: string) =>
                    String.fromCharCode(parseInt(hex, 16)),
                  ),
                "latin1",
              );
        return new TextDecoder(charset).decode(bytes);
      },
    );
}

/** The first link in `text` that points to `path` on the server. */
export function linkTo(text: string, path: string): string {
  const match = new RegExp(
    `https?://[^\\s"<>]+${path.replace(/[?]/g, "\\?")}\\?token=[A-Za-z0-9_-]+`,
  ).exec(text);
  if (!match) throw new Error(`no ${path} link in the mail:\n${text}`);
  return match[0];
}

/** A signed-in page in a browser context of its own (a person at another desk). */
export async function personPage(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, PASSWORD);
  return page;
}

/**
 * Sets up the first administrator (`admin`, signed in afterwards), creates a secret
 * group and brings people in as a new member would: invited by mail, account created
 * from the link. Gives the group's id.
 */
export async function groupWithMembers(
  admin: APIRequestContext,
  newContext: () => Promise<APIRequestContext>,
  name: string,
  people: { person: { name: string; email: string }; role: "MEMBER" | "GUEST" | "MODERATOR" }[],
): Promise<string> {
  await setupAdminViaApi(admin);
  const created = await gql<{ createGroup: { id: string } }>(
    admin,
    "mutation($i: GroupInput!) { createGroup(input: $i) { id } }",
    {
      i: {
        name,
        description: "Abstimmung der Kommunalen Koordinierung.",
        visibility: "SECRET",
        joinPolicy: "INVITATION",
      },
    },
  );
  const group = created.createGroup.id;
  for (const { person, role } of people) {
    await gql(
      admin,
      "mutation($g: ID!, $e: [String!]!, $r: GroupRole!) { inviteToGroup(groupId: $g, emails: $e, role: $r) { id } }",
      { g: group, e: [person.email], r: role },
    );
    const mail = await waitForMailTo(person.email, "Einladung");
    const token = new URL(linkTo(mail.text, "/invitation")).searchParams.get("token");
    const invited = await newContext();
    await gql(
      invited,
      "mutation($t: String!, $n: String, $p: String) { acceptInvitation(token: $t, name: $n, password: $p) { id } }",
      { t: token, n: person.name, p: PASSWORD },
    );
    await invited.dispose();
  }
  return group;
}
