// Playwright drives Debian's Chromium (/usr/bin/chromium; never a downloaded browser)
// against a server that run.sh starts for each spec file (FF_BASE_URL; for the
// *.production.spec.ts files the first of two instances, the second is FF_BASE_URL_B).
import { defineConfig } from "@playwright/test";

const baseURL = process.env.FF_BASE_URL;
if (!baseURL)
  throw new Error("FF_BASE_URL is not set: run the browser tests with tests/e2e/run.sh");

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  // One server per spec file, its tests one after the other. Each test makes its own data
  // through the API (api.ts) with names and addresses of its own, so it also runs alone.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: [["list"]],
  outputDir: process.env.FF_RESULTS_DIR ?? "test-results",
  use: {
    baseURL,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    viewport: { width: 1280, height: 900 },
    trace: "off",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
