import fs from 'node:fs';
import path from 'node:path';
import {chromium, type Browser, type Page} from 'playwright-core';
import {requireChromium} from './systemTools';

export const BUILD_DIR = path.resolve(__dirname, '../../build');
export const ARTIFACTS_DIR = path.resolve(__dirname, '../../artifacts');

/** Chromium's flags for tests and the bench (no sandbox in containers, no network of its own). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] as const;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: requireChromium(), args: [...CHROMIUM_ARGS]});
}

/** Collects console errors and page errors so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`http ${res.status()}: ${res.url()}`);
  });
  return errors;
}

/**
 * Makes every Content-Security-Policy violation on the page a console error, which
 * `watchErrors` collects: no page may report one. (Injected by the browser, so the policy
 * does not apply to this listener itself.) Call before the page navigates.
 */
export async function reportCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} in ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
    });
  });
}

export function requireBuild(buildDir = BUILD_DIR): void {
  if (!fs.existsSync(path.join(buildDir, 'index.html')) || !fs.existsSync(path.join(buildDir, 'de', 'index.html'))) {
    throw new Error(`No production build of both locales in ${buildDir}; run "npm run build" first.`);
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS_DIR, {recursive: true});
  await page.screenshot({path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true});
}
