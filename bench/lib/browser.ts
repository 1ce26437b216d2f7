/** Chromium against a served build, for the browser measures. */
import path from 'node:path';
import zlib from 'node:zlib';
import type {Browser, Response} from 'playwright-core';
import {launchBrowser} from '../../tests/support/browser';
import {serveBuild} from '../../tests/support/server';

export async function withServedBuild<T>(siteCopy: string, body: (url: string, browser: Browser) => Promise<T>): Promise<T> {
  const server = await serveBuild(path.join(siteCopy, 'build'));
  const browser = await launchBrowser();
  try {
    return await body(server.url, browser);
  } finally {
    await browser.close();
    await server.close();
  }
}

export interface LoadedScripts {
  files: number;
  gzipBytes: number;
}

/** The JavaScript a page loads until the network is idle, gzip-compressed as a server would send it. */
export async function scriptsLoaded(browser: Browser, url: string): Promise<LoadedScripts> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<number>[] = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() === 'script' && response.ok()) {
      pending.push(response.body().then((body) => zlib.gzipSync(body).length));
    }
  };
  page.on('response', onResponse);
  await page.goto(url, {waitUntil: 'networkidle'});
  // Stop counting before reading the bodies, so none arrives after the page is closed.
  page.off('response', onResponse);
  const sizes = await Promise.all(pending);
  await context.close();
  return {files: sizes.length, gzipBytes: sizes.reduce((a, b) => a + b, 0)};
}
