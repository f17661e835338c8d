// What a test needs before its browser steps, made through the server's API (GraphQL over
// HTTP) and its admin commands, as an operator or another person at another desk would:
// `const anna = await api.newAdmin(); const group = await api.createGroup(anna, {...})`.
// Every test gets its own `api` (a fixture of fixtures.ts) with a tag of its own in every
// address and unique name, so the tests of a file share one server without colliding and
// each can run alone.
import {
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";

/** A password that passes the server's rules. */
export const PASSWORD = "Kooperation-Übergang-2026";

/** The first administrator of every server, created with the setup link (`api.firstAdmin`). */
export const FIRST_ADMIN = { name: "Dr. Anna Berger", email: "anna.berger@kreis-beispiel.de" };

/** Someone who can sign in (or will be able to, once invited). */
export interface Person {
  name: string;
  email: string;
}

/** A person with an account and a signed-in API session of their own. */
export interface Account extends Person {
  id: string;
  session: APIRequestContext;
}

export type GroupRole = "MODERATOR" | "MEMBER" | "GUEST";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests with tests/e2e/run.sh`);
  return value;
};

/** The one-time link from the server log that creates the first administrator. */
export const setupLink = () => env("FF_SETUP_LINK");

/** The server's data directory (the mail outbox lives in it). */
export const dataDir = () => env("FF_DATA_DIR");

/** Runs a GraphQL operation with a request context (its cookies are its session). */
export async function gql<T = Record<string, unknown>>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const body = await gqlResult(request, query, variables);
  expect(body.errors, `GraphQL errors of ${query.slice(0, 60)}`).toBeUndefined();
  return body.data as T;
}

async function gqlResult(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  const response = await request.post("/graphql", { data: { query, variables } });
  return response.json();
}

/**
 * Creates an account with the server's own command line (`fachforum admin create-user`),
 * as an operator would, on the running server's database.
 */
export function createAccountWithCli(
  email: string,
  name: string,
  { password = PASSWORD, admin = false } = {},
) {
  const args = ["--data-dir", dataDir(), "admin", "create-user", "--email", email, "--name", name];
  if (admin) args.push("--admin");
  // A clean environment and the server's directory, as run.sh starts the server; on
  // PostgreSQL (the production specs) the server's database.
  const database = process.env.FF_DATABASE_URL;
  const result = spawnSync(env("FF_BINARY"), args, {
    input: `${password}\n`,
    cwd: dirname(dataDir()),
    env: {
      PATH: process.env.PATH ?? "",
      ...(database ? { FACHFORUM_DATABASE_URL: database } : {}),
    },
  });
  expect(result.status, `create-user: ${result.stderr?.toString()}`).toBe(0);
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

/** The mails to `address` so far, oldest first. */
export const mailsTo = (address: string) => outbox().filter((m) => m.to.includes(address));

/** Waits for the mail to `address` whose subject contains `subject` (the newest one). */
export async function waitForMailTo(address: string, subject: string) {
  const find = () =>
    mailsTo(address)
      .filter((m) => m.subject.includes(subject))
      .at(-1);
  await expect
    .poll(() => find() !== undefined, { message: `a mail "${subject}" to ${address}` })
    .toBe(true);
  return find()!;
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

/** The token of a one-time link. */
const tokenOf = (link: string) => new URL(link).searchParams.get("token");

const LOGIN = "mutation Login($e: String!, $p: String!) { login(email: $e, password: $p) { id } }";

/** The server's API for one test: its people, groups, offices and threads. */
export class Api {
  /** Part of every address and unique name of this test. */
  readonly tag = randomBytes(3).toString("hex");
  private readonly requests: APIRequestContext[] = [];
  private readonly contexts: BrowserContext[] = [];

  constructor(readonly baseURL: string) {}

  /** `text` made unique to this test (for names the server keeps unique or lists globally). */
  unique(text: string) {
    return `${text} ${this.tag}`;
  }

  /** A person of this test: the name as given, an address of their own. */
  person(name: string, domain = "kreis-beispiel.de"): Person {
    const local = name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ".")
      .replace(/^\.|\.$/g, "");
    return {
      name,
      email: `${local.includes(this.tag) ? local : `${local}.${this.tag}`}@${domain}`,
    };
  }

  /** A request context of its own (no session yet). */
  async anonymous(baseURL = this.baseURL) {
    const request = await playwrightRequest.newContext({ baseURL });
    this.requests.push(request);
    return request;
  }

  /** Signs `person` in with an API session of their own. */
  async session(person: Person, { password = PASSWORD, baseURL = this.baseURL } = {}) {
    const session = await this.anonymous(baseURL);
    const data = await gql<{ login: { id: string } }>(session, LOGIN, {
      e: person.email,
      p: password,
    });
    return { ...person, id: data.login.id, session } satisfies Account;
  }

  /**
   * The first administrator, signed in: created with the setup link when nobody has used
   * it yet, so it works whichever test comes first.
   */
  async firstAdmin(): Promise<Account> {
    return (await this.setUpFirstAdmin()) ?? this.session(FIRST_ADMIN);
  }

  /** Uses the setup link unless it was used before; gives the new administrator then. */
  private async setUpFirstAdmin(): Promise<Account | undefined> {
    const session = await this.anonymous();
    const setup = await gqlResult(
      session,
      "mutation SetupFirstAdmin($token: String!, $email: String!, $name: String!, $password: String!) { setupFirstAdmin(token: $token, email: $email, name: $name, password: $password) { id } }",
      {
        token: tokenOf(setupLink()),
        email: FIRST_ADMIN.email,
        name: FIRST_ADMIN.name,
        password: PASSWORD,
      },
    );
    if (setup.errors !== undefined) {
      expect(setup.errors[0]?.message, "the setup link was used before").toMatch(/link/i);
      return undefined;
    }
    const { setupFirstAdmin } = setup.data as { setupFirstAdmin: { id: string } };
    return { ...FIRST_ADMIN, id: setupFirstAdmin.id, session };
  }

  /** A platform administrator of this test (made on the command line), signed in. */
  async newAdmin(name = FIRST_ADMIN.name): Promise<Account> {
    // The setup link first: once any administrator exists it no longer works, and the
    // first administrator could never be created.
    await this.setUpFirstAdmin();
    const person = this.person(name);
    createAccountWithCli(person.email, person.name, { admin: true });
    return this.session(person);
  }

  /** An account made by the operator on the command line, signed in. */
  async newAccount(name: string, domain?: string): Promise<Account> {
    const person = this.person(name, domain);
    createAccountWithCli(person.email, person.name);
    return this.session(person);
  }

  /** Signs a browser page's context in as `person` (the page then opens any address). */
  async login(page: Page, person: Person, password = PASSWORD) {
    await gql(page.request, LOGIN, { e: person.email, p: password });
  }

  /** A signed-in page in a browser context of its own: a person at another desk. */
  async browse(browser: Browser, person: Person, { baseURL = this.baseURL } = {}) {
    const context = await browser.newContext({ baseURL });
    this.contexts.push(context);
    const page = await context.newPage();
    await this.login(page, person);
    return page;
  }

  async createOrganization(
    admin: Account,
    input: { name: string; kind?: string; municipality: string; region?: string },
  ): Promise<string> {
    const { region, kind = "DISTRICT", ...rest } = input;
    const regionId = region ? await this.regionId(admin, region) : undefined;
    const data = await gql<{ createOrganization: { id: string } }>(
      admin.session,
      "mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }",
      { i: { ...rest, kind, regionId } },
    );
    return data.createOrganization.id;
  }

  private regions?: Promise<{ id: string; name: string }[]>;
  private async regionId(account: Account, name: string) {
    this.regions ??= gql<{ regions: { id: string; name: string }[] }>(
      account.session,
      "{ regions { id name } }",
    ).then((data) => data.regions);
    const region = (await this.regions).find((r) => r.name === name);
    if (!region) throw new Error(`no region ${name}`);
    return region.id;
  }

  /** A group created by `admin`, who becomes its moderator. */
  async createGroup(
    admin: Account,
    input: {
      name: string;
      description?: string;
      visibility?: "SECRET" | "LISTED";
      joinPolicy?: "INVITATION" | "REQUEST";
    },
  ): Promise<string> {
    const data = await gql<{ createGroup: { id: string } }>(
      admin.session,
      "mutation($i: GroupInput!) { createGroup(input: $i) { id } }",
      { i: { visibility: "SECRET", joinPolicy: "INVITATION", ...input } },
    );
    return data.createGroup.id;
  }

  /** Invites `people` by mail; gives each one's invitation link from the mail. */
  async invite(
    moderator: Account,
    groupId: string,
    people: Person[],
    role: GroupRole,
    { organizationId }: { organizationId?: string } = {},
  ): Promise<string[]> {
    await gql(
      moderator.session,
      "mutation($g: ID!, $e: [String!]!, $r: GroupRole!, $o: ID) { inviteToGroup(groupId: $g, emails: $e, role: $r, organizationId: $o) { id } }",
      { g: groupId, e: people.map((p) => p.email), r: role, o: organizationId },
    );
    const links: string[] = [];
    for (const person of people) {
      links.push(linkTo((await waitForMailTo(person.email, "Einladung")).text, "/invitation"));
    }
    return links;
  }

  /**
   * Brings a new person into a group as a new member would: invited by mail, the account
   * created from the link. Gives the account, signed in.
   */
  async joinByInvitation(
    moderator: Account,
    groupId: string,
    name: string,
    role: GroupRole,
    options: { organizationId?: string; domain?: string } = {},
  ): Promise<Account> {
    const person = this.person(name, options.domain);
    const [link] = await this.invite(moderator, groupId, [person], role, options);
    const session = await this.anonymous();
    const accepted = await gql<{ acceptInvitation: { id: string } }>(
      session,
      "mutation($t: String!, $n: String, $p: String) { acceptInvitation(token: $t, name: $n, password: $p) { id } }",
      { t: tokenOf(link!), n: person.name, p: PASSWORD },
    );
    expect(accepted.acceptInvitation.id).toBe(groupId);
    const viewer = await gql<{ viewer: { id: string } }>(session, "{ viewer { id } }");
    return { ...person, id: viewer.viewer.id, session };
  }

  /** `account` asks to join a group that takes requests; gives the request's id. */
  async requestToJoin(account: Account, groupId: string, message?: string): Promise<string> {
    const data = await gql<{ requestToJoin: { id: string } }>(
      account.session,
      "mutation($g: ID!, $m: String) { requestToJoin(groupId: $g, message: $m) { id } }",
      { g: groupId, m: message },
    );
    return data.requestToJoin.id;
  }

  async approveJoinRequest(moderator: Account, requestId: string) {
    await gql(
      moderator.session,
      "mutation($r: ID!) { decideJoinRequest(requestId: $r, approve: true) { id } }",
      { r: requestId },
    );
  }

  async createCategory(
    moderator: Account,
    groupId: string,
    input: { name: string; description?: string },
  ): Promise<string> {
    const data = await gql<{ createCategory: { id: string } }>(
      moderator.session,
      "mutation($g: ID!, $i: CategoryInput!) { createCategory(groupId: $g, input: $i) { id } }",
      { g: groupId, i: input },
    );
    return data.createCategory.id;
  }

  /** A new topic in a group; gives the thread's id. */
  async startThread(
    author: Account,
    groupId: string,
    input: {
      title: string;
      body: string;
      kind?: "DISCUSSION" | "QUESTION";
      categoryId?: string;
      tags?: string[];
    },
  ): Promise<string> {
    const data = await gql<{ startThread: { id: string } }>(
      author.session,
      "mutation($g: ID!, $i: StartThreadInput!) { startThread(groupId: $g, input: $i) { id } }",
      { g: groupId, i: { kind: "DISCUSSION", ...input } },
    );
    return data.startThread.id;
  }

  /** A reply in a thread (to `parentPostId` when given); gives the post's id. */
  async reply(
    author: Account,
    threadId: string,
    body: string,
    parentPostId: string | null = null,
  ): Promise<string> {
    const data = await gql<{ reply: { id: string } }>(
      author.session,
      "mutation($t: ID!, $p: ID, $b: String!) { reply(threadId: $t, parentPostId: $p, body: $b) { id } }",
      { t: threadId, p: parentPostId, b: body },
    );
    return data.reply.id;
  }

  /** Marks a thread read for `account` up to the post with number `upToSeq`. */
  async markThreadRead(account: Account, threadId: string, upToSeq: number) {
    await gql(
      account.session,
      "mutation($t: ID!, $s: Int) { markThreadRead(threadId: $t, upToSeq: $s) { id } }",
      { t: threadId, s: upToSeq },
    );
  }

  /** How many posts of the thread `account` has not read. */
  async unreadCount(account: Account, threadId: string): Promise<number> {
    const data = await gql<{ thread: { unreadCount: number } }>(
      account.session,
      "query($t: ID!) { thread(id: $t) { unreadCount } }",
      { t: threadId },
    );
    return data.thread.unreadCount;
  }

  /** The asker (or a moderator) accepts a reply as the answer of its question. */
  async acceptAnswer(account: Account, postId: string) {
    await gql(account.session, "mutation($p: ID!) { acceptAnswer(postId: $p) { id } }", {
      p: postId,
    });
  }

  /** `account` changes its own name (to one too long to make an address of). */
  async rename(account: Account, name: string): Promise<Account> {
    await gql(account.session, "mutation($n: String) { updateProfile(name: $n) { id } }", {
      n: name,
    });
    return { ...account, name };
  }

  /** Ends the sessions and closes the browser contexts this test opened. */
  async dispose() {
    for (const context of this.contexts.splice(0)) await context.close();
    for (const request of this.requests.splice(0)) await request.dispose();
  }
}
