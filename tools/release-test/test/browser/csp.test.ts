import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../src/chromium.js";
import { CSP, type CspServer, startCspServer } from "../../src/csp-page.js";

const here = dirname(fileURLToPath(import.meta.url));

interface Violation {
  directive: string;
  blockedURI: string;
}

let browser: Browser | undefined;
let server: CspServer | undefined;
let bundle: string;

beforeAll(async () => {
  // Resolves @gcore-billing/validators through its package.json exports, as a consumer's bundler would.
  const result = await build({
    entryPoints: [join(here, "../../browser/app.ts")],
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  bundle = result.outputFiles[0]!.text;
  server = await startCspServer(bundle);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[]; csp: string | undefined }> {
  const page = await browser!.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const response = await page.goto(`${server!.url}${path}`);
  return { page, errors, csp: response?.headers()["content-security-policy"] };
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);

describe(`@gcore-billing/validators in headless Chromium under "${CSP}"`, () => {
  it("the policy is enforced and its violations are seen (a page that inlines and evals on purpose)", async () => {
    const { page, csp } = await open("/probe.html");
    expect(csp).toBe(CSP);
    await page.waitForFunction(() => document.body.dataset.eval !== undefined);
    expect(await page.evaluate(() => ({ ...document.body.dataset }))).toEqual({ eval: "EvalError" });
    const seen = await violations(page);
    expect(seen.map((v) => `${v.directive} ${v.blockedURI}`).sort()).toEqual(["script-src-elem inline", "script-src eval"].sort());
    await page.close();
  });

  it("gives a valid invoice and an invalid one the right verdicts, with no violation and no error", async () => {
    const { page, errors, csp } = await open("/");
    expect(csp).toBe(CSP);
    await page.waitForFunction(() => document.body.dataset.done === "true", undefined, { timeout: 10_000 }).catch(() => undefined);
    const verdicts = JSON.parse((await page.textContent("#verdicts")) || "null");
    expect({ verdicts, violations: await violations(page), errors }).toEqual({
      verdicts: {
        valid: { valid: true, pointers: [] },
        invalid: { valid: false, pointers: ["/amount_total", "/client_id"] },
        check: [true, false],
      },
      violations: [],
      errors: [],
    });
    await page.close();
  });

  it("the bundle itself carries no string evaluation", () => {
    expect(bundle).not.toMatch(/\bnew Function\s*\(|\beval\s*\(/);
    expect(bundle.length).toBeGreaterThan(10_000);
  });
});
