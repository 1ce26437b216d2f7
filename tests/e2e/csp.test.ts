/**
 * Every page of the build carries the strict Content-Security-Policy, and no page reports a
 * violation of it: every page kind in every built locale, including search (WebAssembly)
 * and the catalog. (`visit` turns any violation on any page a browser test opens into an
 * error, so the other browser tests check it too.)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {describe, test} from 'node:test';
import {parse} from 'parse5';
import {inlineScripts} from '../../src/plugins/csp';
import {scriptHash} from '../../src/trust/csp';
import {BUILD_DIR} from '../support/browser';
import {useSite} from '../support/e2e';
import {LOCALES, localePath, pageKinds} from '../support/site';

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The policy a page's `<meta http-equiv>` states. */
function policyOf(html: string): string | null {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? null;
}

describe('Content-Security-Policy', () => {
  const site = useSite();

  test('every HTML file of the build has the policy first in <head>: scripts from the site or by hash, no unsafe-inline', () => {
    const files = htmlFiles(BUILD_DIR);
    assert.ok(files.length > 20, `${files.length} pages`);
    for (const file of files) {
      const html = fs.readFileSync(file, 'utf8');
      const policy = policyOf(html);
      assert.ok(policy, `${path.relative(BUILD_DIR, file)} has a policy`);
      assert.ok(html.indexOf('http-equiv="Content-Security-Policy"') < html.indexOf('<script'), `${file}: the policy comes before any script`);
      const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '))!;
      assert.doesNotMatch(scriptSrc, /'unsafe-inline'|'unsafe-eval'|\*|https?:/, `${file}: ${scriptSrc}`);
      // Every inline script that would run is one the policy names by hash (Docusaurus's own).
      for (const script of inlineScripts(parse(html))) assert.ok(scriptSrc.includes(scriptHash(script)), `${file}: an inline script outside the policy`);
    }
  });

  for (const locale of LOCALES) {
    for (const kind of pageKinds()) {
      test(`${locale} ${kind.name} page reports no violation`, async () => {
        assert.ok(kind.route, `the build has a ${kind.name} page`);
        // `visit` fails on any violation the page reports while it loads and runs.
        await site.visit(localePath(locale, kind.route), async (page) => {
          assert.ok(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), 'the policy is in the page');
        }, {offline: true});
      });
    }
  }

  test('the policy applies: a script injected into a page is refused, not run', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}${pageKinds()[1]!.route}`, {waitUntil: 'networkidle'});
      const outcome = await page.evaluate(() => {
        const refused = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(`refused by ${e.violatedDirective}`), {once: true}));
        const script = document.createElement('script');
        script.textContent = 'window.__cspProbe = 1';
        document.head.append(script);
        const image = document.createElement('img');
        image.setAttribute('src', 'data:,');
        image.setAttribute('onerror', 'window.__cspProbe = 2');
        document.body.append(image);
        return Promise.race([refused, new Promise<string>((resolve) => setTimeout(() => resolve('no violation'), 1000))]);
      });
      assert.match(outcome, /^refused by script-src/);
      assert.equal(await page.evaluate(() => (window as unknown as {__cspProbe?: number}).__cspProbe), undefined);
    } finally {
      await page.close();
    }
  });
});
