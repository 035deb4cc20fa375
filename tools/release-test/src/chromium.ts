import { access } from "node:fs/promises";
import { type Browser, chromium } from "playwright-core";

/** Debian's chromium (apt-get install chromium); Playwright never downloads a browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Without these, Chromium keeps trying to reach Google's services, which a closed network refuses at every start.
const QUIET = [
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export async function launchChromium(): Promise<Browser> {
  try {
    await access(CHROMIUM);
  } catch {
    throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  // playwright-core adds --headless and, as chromiumSandbox defaults to false, --no-sandbox (needed as root).
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: QUIET });
}
