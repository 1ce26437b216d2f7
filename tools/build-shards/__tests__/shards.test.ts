import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {tempTrees} from '../../../tests/support/tempTree';
import {parse} from 'yaml';
import {DEFAULT_LOCALE, LOCALES} from '../../../src/playbook/locales';
import {mergeShards, shardsOf} from '../shards';

const REPO = path.resolve(__dirname, '../../..');
const tree = tempTrees('shards-');

describe('shards', () => {
  test('one per configured locale, the default first at the top of the site', () => {
    const shards = shardsOf(LOCALES, DEFAULT_LOCALE);
    expect(shards.map((s) => s.locale).sort()).toEqual([...LOCALES].sort());
    expect(shards[0]).toEqual({locale: DEFAULT_LOCALE, dir: '', artifact: `site-${DEFAULT_LOCALE}`});
    expect(shardsOf(['de', 'en', 'ja'], 'en')).toEqual([
      {locale: 'en', dir: '', artifact: 'site-en'},
      {locale: 'de', dir: 'de', artifact: 'site-de'},
      {locale: 'ja', dir: 'ja', artifact: 'site-ja'},
    ]);
  });

  test('merging puts each locale build in its folder of one site', () => {
    const shards = shardsOf(['en', 'ja'], 'en');
    const dir = tree({
      'site-en/index.html': 'en',
      'site-en/pagefind/pagefind.js': 'en index',
      'site-en/tasks.json': '{"tasks":[]}',
      'site-ja/index.html': 'ja',
      'site-ja/pagefind/pagefind.js': 'ja index',
      'site-ja/search/index.html': 'ja search',
    });
    const out = path.join(dir, 'site');
    expect(mergeShards(shards, dir, out)).toEqual([
      {locale: 'en', files: 3},
      {locale: 'ja', files: 3},
    ]);
    const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');
    expect([read('index.html'), read('pagefind/pagefind.js'), read('ja/index.html'), read('ja/pagefind/pagefind.js'), read('ja/search/index.html')]).toEqual([
      'en', 'en index', 'ja', 'ja index', 'ja search',
    ]);
  });

  test('a missing, unknown or overlapping shard stops the merge with what to do', () => {
    const shards = shardsOf(['en', 'ja'], 'en');
    expect(() => mergeShards(shards, tree({'site-en/index.html': 'en'}), '/nonexistent')).toThrow(/No build of ja .*site-ja\/index.html.*every locale job/);
    expect(() => mergeShards(shards, tree({'site-en/index.html': 'en', 'site-ja/index.html': 'ja', 'site-fr/index.html': 'fr'}), '/nonexistent')).toThrow(/not configured: site-fr/);
    expect(() => mergeShards(shards, tree({'site-en/index.html': 'en', 'site-en/ja/index.html': 'old', 'site-ja/index.html': 'ja'}), '/nonexistent')).toThrow(
      /en build already holds ja\/.*--locale en only/,
    );
  });
});

describe('the build-site workflow', () => {
  interface Step {
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
  }
  interface Job {
    needs?: string | string[];
    strategy?: {matrix?: unknown};
    outputs?: Record<string, string>;
    steps: Step[];
  }
  const wf = parse(fs.readFileSync(path.join(REPO, '.github/workflows/build-site.yml'), 'utf8')) as {on: Record<string, unknown>; permissions: unknown; jobs: Record<string, Job>};

  test('is reusable and can be run by hand, with a read-only token', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['workflow_call', 'workflow_dispatch']);
    expect(wf.permissions).toEqual({contents: 'read'});
  });

  test('builds each locale of the config in its own job and merges them into the artifact "site"', () => {
    const {locales, build, merge} = wf.jobs as {locales: Job; build: Job; merge: Job};
    expect(locales.steps.map((s) => s.run ?? '').join('\n')).toContain('tools/build-shards/cli.ts matrix');
    expect(build.needs).toBe('locales');
    expect(build.strategy?.matrix).toBe('${{ fromJSON(needs.locales.outputs.matrix) }}');
    const buildStep = build.steps.find((s) => s.run?.includes('npm run build'));
    expect(buildStep?.run).toBe('npm run build -- --locale "$LOCALE"');
    expect(buildStep?.env?.LOCALE).toBe('${{ matrix.locale }}');
    const upload = build.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({name: '${{ matrix.artifact }}', path: 'build/${{ matrix.dir }}'});

    expect(merge.needs).toBe('build');
    const download = merge.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with).toMatchObject({pattern: 'site-*', path: 'shards/'});
    expect(merge.steps.map((s) => s.run ?? '').join('\n')).toContain('tools/build-shards/cli.ts merge shards/ build/');
    const uploads = merge.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((s) => s.with?.name)).toEqual(['site']);
  });

  test('every checkout leaves no token behind', () => {
    const checkouts = Object.values(wf.jobs).flatMap((job) => job.steps).filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts).toHaveLength(3);
    for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
  });
});
