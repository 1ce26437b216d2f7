import path from 'node:path';
import {DEFAULT_LOCALE, LOCALES} from '../../src/playbook/locales';
import {mergeShards, shardsOf} from './shards';

const USAGE = `Usage: tsx tools/build-shards/cli.ts matrix
       tsx tools/build-shards/cli.ts merge <shards folder> <site folder>
  matrix  prints the locales to build, one shard each, as a GitHub Actions matrix (JSON)
  merge   puts the shards' builds (<shards folder>/site-<locale>/) together into one site`;

function main([command, ...args]: string[]): number {
  const shards = shardsOf(LOCALES, DEFAULT_LOCALE);
  if (command === 'matrix' && args.length === 0) {
    console.log(JSON.stringify({include: shards}));
    return 0;
  }
  if (command === 'merge' && args.length === 2) {
    const [shardsDir, outDir] = args.map((a) => path.resolve(a)) as [string, string];
    for (const {locale, files} of mergeShards(shards, shardsDir, outDir)) console.log(`${locale}: ${files} files`);
    console.log(`Merged ${shards.length} locales into ${outDir}.`);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`build-shards: ${(error as Error).message}`);
  process.exitCode = 1;
}
