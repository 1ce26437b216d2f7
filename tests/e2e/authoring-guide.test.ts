import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import * as cheerio from 'cheerio';
import {BUILD_DIR, requireBuild} from '../support/browser';

/** The guide shows each construct rendered, and its example tasks stay out of the catalog. */
for (const locale of ['en', 'de']) {
  test(`${locale}: the authoring guide renders its examples and keeps them out of tasks.json`, () => {
    requireBuild();
    const root = path.join(BUILD_DIR, locale === 'en' ? '' : locale);
    const $ = cheerio.load(fs.readFileSync(path.join(root, 'docs/authoring/authoring-guide.html'), 'utf8'));
    assert.equal($('article [role="note"]').length, 5, 'one callout of each kind');
    assert.equal($('article tr[id="task-3988"]').length, 1, 'the example task table is rendered');
    assert.ok($('article time[datetime="2026-11-21"]').length >= 1, 'dates render as <time>');
    assert.equal($('article a[href$="/docs/lifecycle/remediate/remediate-address-technical-gaps#ftop-tasks"], article a[href$="/docs/lifecycle/remediate/remediate-address-technical-gaps#ftop-aufgaben"]').length, 1, 'the legacy link example resolves');

    const {tasks} = JSON.parse(fs.readFileSync(path.join(root, 'tasks.json'), 'utf8')) as {tasks: {url: string}[]};
    assert.ok(tasks.length >= 15, 'the seed tasks are listed');
    assert.deepEqual(tasks.filter((t) => t.url.includes('/authoring/')), []);
  });
}
