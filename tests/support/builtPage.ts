import type {Browser, BrowserContext} from 'playwright-core';
import {launchBrowser} from './browser';
import {serveBuild} from './server';

export interface BuiltPage {
  status: number;
  lang: string | null;
  /** The page title as shown: the article's H1. */
  h1: string;
  /** Text of `<main>`, without scripts and styles. */
  text: string;
  /** Text of `<main>` without code (`pre`, `code`): what the page says rather than shows as source. */
  prose: string;
  /** Sidebar link labels, in order. */
  sidebar: string[];
  /** `[href, text]` of links in the article. */
  links: [string, string][];
  /** `src` of images in the article, with whether the file is served. */
  images: {src: string; ok: boolean}[];
}

/**
 * Reads server-rendered pages of a production build in Chromium with JavaScript off:
 * what a crawler, or a reader before hydration, gets.
 */
export async function openBuild(buildDir: string): Promise<{read: (url: string) => Promise<BuiltPage>; close: () => Promise<void>}> {
  const server = await serveBuild(buildDir);
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  try {
    browser = await launchBrowser();
    context = await browser.newContext({javaScriptEnabled: false});
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
  const ctx = context;
  const read = async (url: string): Promise<BuiltPage> => {
    const page = await ctx.newPage();
    try {
      const response = await page.goto(`${server.url}${url}`, {waitUntil: 'load'});
      return await page.evaluate((status) => {
        document.querySelectorAll('script, style, noscript').forEach((e) => e.remove());
        const article = document.querySelector('article');
        const main = document.querySelector('main');
        const prose = main?.cloneNode(true) as HTMLElement | undefined;
        prose?.querySelectorAll('pre, code').forEach((e) => e.remove());
        return {
          status,
          lang: document.documentElement.getAttribute('lang'),
          h1: article?.querySelector('h1')?.textContent ?? '',
          text: main?.textContent ?? '',
          prose: prose?.textContent ?? '',
          sidebar: Array.from(document.querySelectorAll('nav.menu a.menu__link')).map((a) => a.textContent ?? ''),
          links: Array.from(article?.querySelectorAll('a[href]') ?? []).map((a) => [a.getAttribute('href') ?? '', a.textContent ?? ''] as [string, string]),
          images: Array.from(article?.querySelectorAll('img') ?? []).map((img) => ({
            src: img.getAttribute('src') ?? '',
            ok: (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
          })),
        };
      }, response?.status() ?? 0);
    } finally {
      await page.close();
    }
  };
  return {
    read,
    close: async () => {
      await browser?.close();
      await server.close();
    },
  };
}
