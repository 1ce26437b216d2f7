/**
 * One served production build and one Chromium per test file: every browser test file
 * starts with `const site = useSite()`. `visit` opens a page and, when the test body is
 * done, asserts the page logged no console error, page error, failed request or
 * Content-Security-Policy violation: every page any browser test opens is checked for that.
 */
import assert from 'node:assert/strict';
import {after, before} from 'node:test';
import type {Browser, BrowserContext, BrowserContextOptions, Page} from 'playwright-core';
import {serveBuild} from './server';
import {BUILD_DIR, launchBrowser, reportCspViolations, requireBuild, watchErrors} from './browser';

export type ColorMode = 'light' | 'dark';

export interface VisitOptions {
  /** Forces the colour mode through Docusaurus's `?docusaurus-theme=` switch. */
  colorMode?: ColorMode;
  /** Reuse a context (to keep localStorage between visits); a fresh one otherwise. */
  context?: BrowserContext;
  contextOptions?: BrowserContextOptions;
  /** Aborts requests to other origins (a page that embeds a video host, say): tests never use the internet. */
  offline?: boolean;
  /** Runs on the new page before it navigates, e.g. to watch its requests. */
  prepare?: (page: Page) => void | Promise<void>;
}

export interface Site {
  readonly url: string;
  readonly browser: Browser;
  /** Opens `route`, runs `body`, then asserts the page had no errors and closes it. */
  visit<T>(route: string, body: (page: Page) => Promise<T>, options?: VisitOptions): Promise<T>;
}

export function withColorMode(route: string, colorMode?: ColorMode): string {
  if (!colorMode) return route;
  const [pathAndQuery = '', hash] = route.split('#');
  const separator = pathAndQuery.includes('?') ? '&' : '?';
  return `${pathAndQuery}${separator}docusaurus-theme=${colorMode}${hash === undefined ? '' : `#${hash}`}`;
}

export interface SiteOptions {
  /** The build to serve: the repository's `build/` unless a test builds its own site. Read when the tests start. */
  buildDir?: () => string;
}

/** Registers before/after hooks in the calling test file and returns the site handle. */
export function useSite(siteOptions: SiteOptions = {}): Site {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveBuild>> | undefined;

  before(async () => {
    const buildDir = siteOptions.buildDir?.() ?? BUILD_DIR;
    requireBuild(buildDir);
    server = await serveBuild(buildDir);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get url() {
      assert.ok(server, 'site not started');
      return server.url;
    },
    get browser() {
      assert.ok(browser, 'browser not started');
      return browser;
    },
    async visit(route, body, options = {}) {
      const context = options.context ?? (await this.browser.newContext(options.contextOptions));
      const page = await context.newPage();
      const errors = watchErrors(page);
      await reportCspViolations(page);
      if (options.offline) {
        const origin = new URL(this.url).origin;
        await page.route('**/*', (request) => (request.request().url().startsWith(origin) ? request.continue() : request.abort()));
      }
      try {
        await options.prepare?.(page);
        await page.goto(`${this.url}${withColorMode(route, options.colorMode)}`, {waitUntil: 'networkidle'});
        const result = await body(page);
        assert.deepEqual(errors, [], `errors on ${route}`);
        return result;
      } finally {
        await page.close();
        if (!options.context) await context.close();
      }
    },
  };
}
