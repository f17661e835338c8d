// e2e: local origin
// The link list: a member adds a link and gets the page's title and description as a
// suggestion (the server reads a page from the spec's own web server, whose address
// run.sh allows), adds the same address again and is shown the existing entry; a
// moderator checks a link that moved and takes over its new address with one click.
// Every state passes axe and fits 320 px.
import { createServer, type Server } from "node:http";
import type { Page } from "@playwright/test";
import { gql } from "./api";
import { checkA11y, expect, expectNoSidewaysScroll, test } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

const PAGE = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Praktikumsbörse Lippe</title>
<meta name="description" content="Praktikumsplätze für Schülerinnen und Schüler im Kreis Lippe.">
<link rel="icon" href="/favicon.ico"></head><body><img src="/logo.png" alt=""></body></html>`;

/** The spec's web server on FF_ORIGIN_PORT, and the paths it was asked for. */
let origin: Server;
const asked: string[] = [];
const port = Number(process.env.FF_ORIGIN_PORT);
const at = (path: string) => `http://127.0.0.1:${port}${path}`;

test.beforeAll(async () => {
  if (!port) throw new Error("FF_ORIGIN_PORT is not set: run the browser tests with run.sh");
  origin = createServer((request, response) => {
    asked.push(`${request.method} ${request.url}`);
    if (request.url === "/alt") {
      response.writeHead(301, { Location: "/neu" }).end();
    } else if (request.url === "/praktikum" || request.url === "/neu") {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(PAGE);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => origin.listen(port, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => origin.close(resolve));
});

test("a member adds a link with the page's suggestion and is shown the existing entry for the same address", async ({
  browser,
  api,
}) => {
  const anna = await api.newAdmin();
  const groupId = await api.createGroup(anna, { name: "Praxisphasen im Kreis Lippe" });
  const berta = await api.joinByInvitation(anna, groupId, "Berta Kaya", "MEMBER");
  const page = await api.browse(browser, berta);

  await page.goto(`/groups/${groupId}`);
  await page
    .getByRole("navigation", { name: "Bereiche der Gruppe" })
    .getByRole("link", { name: "Links" })
    .click();
  await expect(main(page).getByText("Die Linkliste ist noch leer.")).toBeVisible();
  await checkA11y(page, "empty link list");
  await main(page).getByRole("link", { name: "Link hinzufügen" }).click();

  // Leaving the URL field asks the server for the page's title and description.
  await main(page).getByLabel("Adresse (URL)").fill(at("/praktikum"));
  await main(page).getByLabel("Adresse (URL)").press("Tab");
  await expect(main(page).getByLabel("Titel", { exact: true })).toHaveValue(
    "Praktikumsbörse Lippe",
  );
  await expect(main(page).getByLabel("Beschreibung", { exact: true })).toHaveValue(
    "Praktikumsplätze für Schülerinnen und Schüler im Kreis Lippe.",
  );
  await expect(
    main(page).getByText("Titel und Beschreibung sind ein Vorschlag der verlinkten Seite."),
  ).toBeVisible();
  await expect(main(page).getByText("Vorschlag", { exact: true })).toHaveCount(2);
  expect(asked).toContain("GET /praktikum");
  expect(asked.filter((path) => path.includes("logo") || path.includes("favicon"))).toEqual([]);
  await checkA11y(page, "add form with the page's suggestion");
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  await main(page).getByLabel("Schlagwörter").fill("Praktikum, Lippe");
  await main(page).getByRole("button", { name: "Link hinzufügen" }).click();
  await expect(
    main(page).getByRole("heading", { level: 2, name: "Praktikumsbörse Lippe" }),
  ).toBeVisible();
  await expect(main(page).getByRole("link", { name: new RegExp(at("/praktikum")) })).toBeVisible();
  await expect(main(page).getByText("Noch nicht geprüft").first()).toBeVisible();
  await expect(main(page).getByRole("link", { name: "#praktikum" })).toBeVisible();
  await checkA11y(page, "thread page of a link");

  await main(page).getByRole("link", { name: "Zurück zur Linkliste" }).click();
  const list = main(page).getByRole("list", { name: "Links der Gruppe" });
  await expect(list.getByRole("link", { name: "Praktikumsbörse Lippe" })).toBeVisible();
  await checkA11y(page, "link list");
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The same page under another spelling: the form shows the existing entry.
  await main(page).getByRole("link", { name: "Link hinzufügen" }).click();
  await main(page)
    .getByLabel("Adresse (URL)")
    .fill(`HTTP://127.0.0.1:${port}/praktikum/?utm_source=newsletter#anmeldung`);
  await main(page).getByLabel("Titel", { exact: true }).fill("Praktika in Lippe");
  await main(page).getByLabel("Beschreibung", { exact: true }).fill("Noch einmal dieselbe Seite.");
  await main(page).getByRole("button", { name: "Link hinzufügen" }).click();
  const existing = main(page).getByText("Diese Adresse steht bereits in der Linkliste");
  await expect(existing).toBeVisible();
  await checkA11y(page, "add form with the existing entry");
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await main(page).getByRole("link", { name: "Praktikumsbörse Lippe" }).click();
  await expect(
    main(page).getByRole("heading", { level: 2, name: "Praktikumsbörse Lippe" }),
  ).toBeVisible();
  const links = await gql<{ links: { nodes: { id: string }[] } }>(
    berta.session,
    "query($g: ID!) { links(groupId: $g) { nodes { id } } }",
    { g: groupId },
  );
  expect(links.links.nodes).toHaveLength(1);
});

test("a moderator checks a moved link and takes over its new address", async ({ browser, api }) => {
  const anna = await api.newAdmin();
  const groupId = await api.createGroup(anna, { name: "Berufsorientierung im Kreis Lippe" });
  await gql(
    anna.session,
    "mutation($g: ID!, $i: LinkInput!) { addLink(groupId: $g, input: $i) { link { id } } }",
    {
      g: groupId,
      i: {
        url: at("/alt"),
        title: "Berufsfelderkundung im Kreis",
        description: "Termine der Berufsfelderkundung.",
        tags: ["berufsfelderkundung"],
      },
    },
  );
  const page = await api.browse(browser, anna);
  await page.goto(`/groups/${groupId}/links`);
  await main(page).getByRole("link", { name: "Linkprüfung" }).click();
  await expect(main(page).getByRole("heading", { level: 2, name: "Linkprüfung" })).toBeVisible();
  const item = main(page).getByRole("listitem").filter({ hasText: "Berufsfelderkundung im Kreis" });
  await expect(item.getByText("Noch nicht geprüft").first()).toBeVisible();
  await checkA11y(page, "link check list");

  await item.getByRole("button", { name: "Jetzt prüfen" }).click();
  await expect(item.getByText("Umgezogen")).toBeVisible();
  await expect(item.getByText(/Neue Adresse:/)).toContainText(at("/neu"));
  await checkA11y(page, "link check list with a moved link");
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  await item.getByRole("button", { name: "Neue Adresse übernehmen" }).click();
  await expect(page.getByText("Die neue Adresse wurde übernommen.")).toBeAttached();
  await expect(item.getByRole("link", { name: new RegExp(`${at("/neu")}`) })).toBeVisible();
  await expect(item.getByRole("button", { name: "Neue Adresse übernehmen" })).toHaveCount(0);
  await expect(item.getByText("Noch nicht geprüft").first()).toBeVisible();
  await checkA11y(page, "link check list after taking over the new address");

  // The link's thread shows the new address too.
  await item.getByRole("link", { name: "Berufsfelderkundung im Kreis" }).click();
  await expect(main(page).getByRole("link", { name: new RegExp(at("/neu")) })).toBeVisible();
  await checkA11y(page, "thread page of a moderated link");
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(page);
});
