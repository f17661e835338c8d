// Playwright drives Debian's Chromium (/usr/bin/chromium; never a downloaded browser)
// against a server that run.sh starts for each spec file (FF_BASE_URL).
import { defineConfig } from "@playwright/test";

const baseURL = process.env.FF_BASE_URL;
if (!baseURL)
  throw new Error("FF_BASE_URL is not set: run the browser tests with tests/e2e/run.sh");

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  // One server per spec file; the tests of a file build on each other's data.
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
