import fs from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {CALLOUT_KINDS} from '../../playbook/callouts';

const codeJson = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../i18n/de/code.json'), 'utf8')) as Record<string, {message: string}>;

test('every callout kind has its German title', () => {
  const titles = Object.fromEntries(CALLOUT_KINDS.map((kind) => [kind, codeJson[`callout.${kind}.title`]?.message]));
  expect(titles).toEqual({note: 'Hinweis', tip: 'Tipp', important: 'Wichtig', warning: 'Warnung', caution: 'Vorsicht'});
});

test('the video and language-marker strings keep their placeholders in German', () => {
  expect(codeJson['video.title']?.message).toBe('Video von {host}');
  expect(codeJson['languageMarker.label']?.message).toBe('auf {language}');
});
