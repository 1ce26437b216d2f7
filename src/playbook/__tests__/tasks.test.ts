import {describe, expect, test} from 'vitest';
import {
  TASK_HEADER_LABELS, checkTaskRow, classifyTaskHeader, findDuplicateTaskIds, isTaskSectionHeading, readTaskRow, taskAnchor,
} from '..';

const FIVE = classifyTaskHeader(['Task ID', 'Task Name', '(M)andatory / (O)ptional', 'FastTrack Role', 'Services'])!;
const FOUR = classifyTaskHeader(['Aufgaben-ID', 'Titel', '(E) Erforderlich (O) Optional', 'FastTrack-Rolle'])!;

describe('task table headers', () => {
  test.each([
    ['EN 5 columns', ['Task ID', 'Task Name', '(M)andatory / (O)ptional', 'FastTrack Role', 'Services'], ['id', 'name', 'requirement', 'role', 'services']],
    ['EN 4 columns', ['Task ID', 'Task Description', '(M) Mandatory (O) Optional', 'FastTrack Role'], ['id', 'name', 'requirement', 'role']],
    ['EN required', ['Task ID', 'Task Name', '(R)equired / (O)ptional', 'FastTrack Role', 'Services'], ['id', 'name', 'requirement', 'role', 'services']],
    ['DE 5 columns', ['Aufgaben-ID', 'Name der Aufgabe', '(E)rforderlich / (O)ptional', 'FastTrack-Rolle', 'Dienste'], ['id', 'name', 'requirement', 'role', 'services']],
    ['DE spelled out', ['Aufgaben-ID', 'Name der Aufgabe', '(E) Erforderlich (O) Optional', 'FastTrack-Rolle', 'Dienste'], ['id', 'name', 'requirement', 'role', 'services']],
    ['DE 4 columns, Titel', ['Aufgaben-ID', 'Titel', '(E) Erforderlich (O) Optional', 'FastTrack-Rolle'], ['id', 'name', 'requirement', 'role']],
    ['DE 4 columns, Aufgabenbeschreibung', ['Aufgaben-ID', 'Aufgabenbeschreibung', '(E) Erforderlich (O) Optional', 'FastTrack-Rolle'], ['id', 'name', 'requirement', 'role']],
    ['odd case and spacing', ['  TASK   id ', 'task name', ' ( M ) andatory/(o)ptional ', 'FASTTRACK ROLE', 'services\u200B'], ['id', 'name', 'requirement', 'role', 'services']],
  ])('%s', (_name, cells, columns) => {
    expect(classifyTaskHeader(cells)).toEqual(columns);
  });

  test('labels shown for each locale are themselves recognized', () => {
    for (const labels of Object.values(TASK_HEADER_LABELS)) {
      expect(classifyTaskHeader([labels.id, labels.name, labels.requirement, labels.role, labels.services])).toHaveLength(5);
    }
  });

  test.each([
    ['FTOP Tasks', true], ['  ftop   tasks ', true], ['FTOP-Aufgaben', true], ['Uncategorized Tasks', false], ['FTOP Tasks overview', false],
  ])('%j is the task section heading: %s', (text, expected) => {
    expect(isTaskSectionHeading(text)).toBe(expected);
  });
});

describe('task rows', () => {
  test('a well-formed row becomes facts', () => {
    expect(readTaskRow([' 3988 ', 'AIP - Review', ' m ', ' SME ', 'Exchange / OneDrive for Business /SharePoint'], FIVE)).toEqual({
      facts: {id: '3988', requirement: 'required', role: 'SME', services: ['Exchange', 'OneDrive for Business', 'SharePoint']},
      problems: [],
    });
    expect(readTaskRow(['12', 'x', 'E', 'FastTrack Engineer'], FOUR).facts).toEqual({id: '12', requirement: 'required', role: 'FastTrack Engineer', services: []});
    expect(readTaskRow(['12', 'x', 'R', 'SME'], FOUR).facts?.requirement).toBe('required');
    expect(readTaskRow(['12', 'x', ' o', 'SME'], FOUR).facts?.requirement).toBe('optional');
  });

  test.each([
    ['a cell missing', ['3184', 'AAD Connect Health', 'O FastTrack Engineer', 'Core Onboarding'], ['task-row-cells'], /has 4 cells, expected 5.*Add the missing "\|"/],
    ['two rows on one line', ['3143', 'a', 'O', 'FastTrack Engineer', 'Exchange', '', '1328', 'b', 'O', 'FastTrack Engineer', 'Exchange'], ['task-row-cells'], /has 11 cells, expected 5.*Remove the extra/],
    ['a non-numeric ID', ['TBD', 'x', 'O', 'SME', 'AIP'], ['task-id'], /Task ID "TBD" is not a number/],
    ['an empty ID cell (shifted row)', ['', '3999', 'x', 'E', 'SME', 'AIP'], ['task-row-cells', 'task-id'], /expected 5/],
    ['an unknown requirement code', ['1', 'x', 'Q', 'SME', 'AIP'], ['task-requirement'], /Requirement code "Q" is unknown.*M, R, E, O/],
  ])('%s is reported and yields no facts', (_name, cells, rules, message) => {
    const {facts, problems} = readTaskRow(cells, FIVE);
    expect(facts).toBeNull();
    expect(problems.map((p) => p.rule)).toEqual(rules);
    expect(problems[0]!.message).toMatch(message);
    expect(problems[0]!.message).toMatch(/shown as written/);
  });

  test('checkTaskRow finds nothing wrong in a good row', () => {
    expect(checkTaskRow(['1', 'x', 'O', 'SME', 'AIP'], FIVE)).toEqual([]);
  });

  test('duplicate IDs: every later row is reported against the first', () => {
    const rows = [{id: '1'}, {id: '2'}, {id: null}, {id: '1'}, {id: '1'}];
    const duplicates = findDuplicateTaskIds(rows, (row) => row.id);
    expect(duplicates.map((d) => [rows.indexOf(d.row), rows.indexOf(d.first)])).toEqual([[3, 0], [4, 0]]);
    expect(duplicates[0]!.problem).toMatchObject({rule: 'task-duplicate-id'});
    expect(duplicates[0]!.problem.message).toMatch(/Task ID 1 appears more than once.*#task-1/);
    expect(findDuplicateTaskIds([{id: '1'}, {id: '2'}], (row) => row.id)).toEqual([]);
  });

  test('anchors', () => {
    expect(taskAnchor('3988')).toBe('task-3988');
  });
});
