import {describe, expect, test} from 'vitest';
import {contentSecurityPolicy, scriptHash} from '../csp';

describe('the Content Security Policy', () => {
  const policy = contentSecurityPolicy({scriptHashes: [scriptHash('a()'), scriptHash('a()')], frames: ['https://www.youtube.com']});
  const directive = (name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

  test('scripts: the site itself and the hashed inline scripts, never unsafe-inline or eval', () => {
    expect(directive('script-src')).toBe(`script-src 'self' ${scriptHash('a()')} 'wasm-unsafe-eval'`);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
  });

  test('the hash is the one browsers compute (SHA-256, base64)', () => {
    // Known value: printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  test('frames only from the video hosts, none without any', () => {
    expect(directive('frame-src')).toBe('frame-src https://www.youtube.com');
    expect(contentSecurityPolicy({scriptHashes: [], frames: []})).toContain("frame-src 'none'");
  });
});
