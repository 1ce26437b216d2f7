import {describe, expect, it} from 'vitest';
import {CHROMIUM, installPlan, missingPackages, type Machine} from '../support/systemTools';

const root: Machine = {hasAptGet: true, isRoot: true, sudoWithoutPassword: false, interactive: false};

describe('the test command sets up Chromium and poppler-utils itself', () => {
  it('asks apt-get for the package of each missing tool, once', () => {
    expect(missingPackages(() => true)).toEqual([]);
    expect(missingPackages((file) => file !== CHROMIUM)).toEqual(['chromium']);
    expect(missingPackages((file) => file === CHROMIUM)).toEqual(['poppler-utils']);
    expect(missingPackages(() => false)).toEqual(['chromium', 'poppler-utils']);
  });

  it('installs as root, through sudo without a password, or through sudo at a terminal', () => {
    const install = ['apt-get', 'install', '-y', '-qq', 'chromium', 'poppler-utils'];
    const env = ['env', 'DEBIAN_FRONTEND=noninteractive'];
    expect(installPlan(['chromium', 'poppler-utils'], root)).toEqual({run: [[...env, 'apt-get', 'update', '-qq'], [...env, ...install]]});
    expect(installPlan(['chromium', 'poppler-utils'], {...root, isRoot: false, sudoWithoutPassword: true})).toEqual({
      run: [['sudo', '-n', ...env, 'apt-get', 'update', '-qq'], ['sudo', '-n', ...env, ...install]],
    });
    expect(installPlan(['chromium'], {...root, isRoot: false, interactive: true})).toMatchObject({run: [['sudo', ...env, 'apt-get', 'update', '-qq'], expect.any(Array)]});
    expect(installPlan([], {...root, hasAptGet: false})).toEqual({run: []});
  });

  it('says what to run when it cannot install', () => {
    expect(installPlan(['poppler-utils'], {...root, isRoot: false})).toEqual({cannot: expect.stringContaining('Run: sudo apt-get install -y poppler-utils')});
    expect(installPlan(['chromium'], {...root, hasAptGet: false})).toEqual({cannot: expect.stringMatching(/no apt-get.*chromium.*CHROMIUM_PATH/)});
  });
});
