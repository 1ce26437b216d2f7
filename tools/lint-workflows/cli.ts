import path from 'node:path';
import {formatWorkflowFinding, lintWorkflows, listWorkflows} from './actionlint';
import {localCallFindings} from './localCalls';

/** `npm run lint:workflows`: actionlint on every workflow, and calls of local reusable workflows; exit 1 on any finding. */
async function main(): Promise<number> {
  const repoDir = path.resolve(__dirname, '../..');
  const findings = [...(await lintWorkflows(repoDir)), ...localCallFindings(repoDir)];
  for (const f of findings) console.log(formatWorkflowFinding(f));
  console.log(`actionlint: ${listWorkflows(repoDir).length} workflow(s), ${findings.length} finding(s)`);
  return findings.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`lint:workflows: ${error.message}`);
    process.exit(2);
  },
);
