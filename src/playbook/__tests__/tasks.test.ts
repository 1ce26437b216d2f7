import {describe, expect, test} from 'vitest';
import {
  checkTaskRow, findRowTaskId, declaredCodes, findDuplicateTaskIds, parseTaskId, readRequirement, readTaskRow, readTaskTable, splitServices, taskAnchor,
  type TaskHeader,
} from '..';

const ROW = ['3988', 'AIP - Review', 'M', 'SME', 'AIP'];
const headerOf = (cells: string[], rows: string[][] = [ROW]): TaskHeader => {
  const reading = readTaskTable(cells, rows);
  if (reading.kind !== 'tasks') throw new Error(`not a task table: ${JSON.stringify(reading)}`);
  return reading.header;
};
const FIVE = headerOf(['Task ID', 'Task Name', '(M)andatory / (O)ptional', 'FastTrack Role', 'Services']);
const FOUR = headerOf(['Aufgaben-ID', 'Titel', '(E) Erforderlich (O) Optional', 'FastTrack-Rolle'], [['12', 'x', 'E', 'SME']]);

describe('task tables are read by shape and declared codes, not by header words', () => {
  test.each([
    ['English', ['Task ID', 'Task Name', '(M)andatory / (O)ptional', 'FastTrack Role', 'Services'], ['M', 'O']],
    ['English, four columns', ['Task ID', 'Task Description', '(M) Mandatory (O) Optional', 'FastTrack Role'], ['M', 'O']],
    ['German', ['Aufgaben-ID', 'Name der Aufgabe', '(E) Erforderlich (O) Optional', 'FastTrack-Rolle', 'Dienste'], ['E', 'O']],
    ['Spanish', ['Id. de tarea', 'Nombre de la tarea', '(M)andatorio / (O)pcional', 'Rol de FastTrack', 'Servicios'], ['M', 'O']],
    ['Spanish, odd first header', ['Tareas de Id.', 'Cargo laboral', '(M) Mandatorio (O) Opcional', 'Rol de FastTrack'], ['M', 'O']],
    ['Japanese', ['タスク ID', 'タスク名', '(M) 必須 (O) オプション', 'FastTrack の役割', 'サービス'], ['M', 'O']],
    ['invented words and codes', ['Zorb', 'Quux', '(Q)uorum / (Z)ilch', 'Blip', 'Frob'], ['Q', 'Z']],
    ['spaces and zero-width characters', ['  id ', 'n', ' ( M ) andatory/(o)ptional\u200B ', 'r', 's'], ['M', 'o']],
  ])('%s', (_name, cells, [required, optional]) => {
    const reading = readTaskTable(cells, [['4080', 'x', required!, 'r', 's'].slice(0, cells.length)]);
    expect(reading).toMatchObject({kind: 'tasks', header: {columns: ['id', 'name', 'requirement', 'role', 'services'].slice(0, cells.length), codes: {required, optional}}});
  });

  test('the codes a header declares, in order', () => {
    expect(declaredCodes('(M)andatory / (O)ptional')).toEqual(['M', 'O']);
    expect(declaredCodes('(M) 必須 (O) オプション')).toEqual(['M', 'O']);
    expect(declaredCodes('Notes (optional)')).toEqual([]);
  });

  test('IDs may be linked numbers (the cell\'s text) or full-width digits', () => {
    expect(parseTaskId('4080')).toBe(4080);
    expect(parseTaskId(' \u200B4080 ')).toBe(4080);
    expect(parseTaskId('４０８０')).toBe(4080);
    expect(parseTaskId('TBD')).toBeNull();
    expect(parseTaskId('40 80')).toBeNull();
  });

  test.each([
    ['no declared codes, no IDs', ['Valid Example Scenario', 'Scenario Status'], [['a', 'b']]],
    ['task words but no codes and no task-shaped rows', ['Task ID', 'Task Name', 'Owner', 'FastTrack Role', 'Services'], [['1', 'x', 'Ada Author', 'SME', 'AIP']]],
    ['an update summary', ['Date', 'Who Changed', 'What Changed'], [['1/29/2020', 'Ada', 'New']]],
    ['a numbered list as a table', ['#', 'Step', 'Notes', 'Owner'], [['1', 'Plan', 'first', 'PM']]],
    ['codes in a header, no rows', ['Task ID', 'Task Name', '(M)andatory / (O)ptional', 'Role'], []],
  ])('%s is an ordinary table', (_name, cells, rows) => {
    expect(readTaskTable(cells, rows)).toEqual({kind: 'other'});
  });

  test.each([
    ['rows of tasks under a header that declares no codes', ['Task ID', 'Task Name', 'Required', 'Role'], [['1', 'x', 'M', 'SME']], /declares no requirement codes.*"\(M\)andatory \/ \(O\)ptional"/],
    ['declared codes but no row starts with an ID', ['Task ID', 'Task Name', '(M)andatory / (O)ptional', 'Role'], [['TBD', 'x', 'M', 'SME']], /no row starts with an FTOP task ID/],
    ['six columns', ['Task ID', 'Task Name', '(M)andatory / (O)ptional', 'Role', 'Services', 'Notes'], [ROW], /has 6 columns; a task table has Task ID \| Task Name/],
    ['codes in the wrong column', ['Task ID', '(M)andatory / (O)ptional', 'Task Name', 'Role'], [['1', 'M', 'x', 'SME']], /in column 2; they belong in column 3/],
    ['one code only', ['Task ID', 'Task Name', '(M)andatory', 'Role'], [['1', 'x', 'M', 'SME']], /declares \(M\); declare two different codes/],
    ['the same code twice', ['Task ID', 'Task Name', '(O)bligatorio / (O)pcional', 'Role'], [['1', 'x', 'O', 'SME']], /declares \(O\), \(O\)/],
  ])('%s is reported, not silently taken for an ordinary table', (_name, cells, rows, message) => {
    const reading = readTaskTable(cells, rows);
    expect(reading.kind).toBe('unread');
    if (reading.kind !== 'unread') return;
    expect(reading.problem.rule).toBe('task-table-shape');
    expect(reading.problem.message).toMatch(message);
    expect(reading.problem.message).toMatch(/shown as written and are not in the task catalog/);
  });
});

describe('requirement codes: the first declared means required, the second optional', () => {
  test('exactly as declared', () => {
    expect(readRequirement('M', FIVE.codes)).toBe('required');
    expect(readRequirement(' O ', FIVE.codes)).toBe('optional');
    expect(readRequirement('E', FOUR.codes)).toBe('required');
    expect(readRequirement('M', FOUR.codes)).toBeNull();
    expect(readRequirement('m', FIVE.codes)).toBeNull();
    expect(readRequirement('', FIVE.codes)).toBeNull();
  });

  test.each([
    ['a lower-case code', 'm', /"m" is not written as declared \("M"\).*Write M \(required\) or O \(optional\), as the header "\(M\)andatory \/ \(O\)ptional" declares/],
    ['an undeclared code', 'E', /"E" is not one the header declares.*Write M \(required\) or O/],
    ['no code', '', /has no requirement code.*Write M/],
  ])('%s is reported, never silently accepted', (_name, code, message) => {
    const problems = checkTaskRow(['1', 'x', code, 'SME', 'AIP'], FIVE);
    expect(problems.map((p) => p.rule)).toEqual(['task-requirement']);
    expect(problems[0]!.message).toMatch(message);
  });
});

describe('task rows', () => {
  test('a well-formed row becomes facts', () => {
    expect(readTaskRow([' 3988 ', 'AIP - Review', ' M ', ' SME ', 'Exchange / OneDrive for Business /SharePoint'], FIVE)).toEqual({
      facts: {id: '3988', requirement: 'required', role: 'SME', services: ['Exchange', 'OneDrive for Business', 'SharePoint']},
      problems: [],
    });
    expect(readTaskRow(['12', 'x', 'E', 'FastTrack Engineer'], FOUR).facts).toEqual({id: '12', requirement: 'required', role: 'FastTrack Engineer', services: []});
    expect(readTaskRow(['12', 'x', ' O', 'SME'], FOUR).facts?.requirement).toBe('optional');
  });

  test.each([
    ['a cell missing', ['3184', 'AAD Connect Health', 'FastTrack Engineer', 'Core Onboarding'], ['task-row-cells'], /has 4 cells, expected 5.*Add the missing "\|"/],
    ['a merged cell starting with an undeclared code', ['3184', 'AAD Connect Health', 'X FastTrack Engineer', 'Core Onboarding'], ['task-row-cells'], /has 4 cells/],
    ['two rows on one line', ['3143', 'a', 'O', 'FastTrack Engineer', 'Exchange', '', '1328', 'b', 'O', 'FastTrack Engineer', 'Exchange'], ['task-row-cells'], /has 11 cells, expected 5.*Remove the extra/],
    ['a non-numeric ID', ['TBD', 'x', 'O', 'SME', 'AIP'], ['task-id'], /Task ID "TBD" is not a number/],
    ['an empty ID cell (shifted row)', ['', '3999', 'x', 'E', 'SME', 'AIP'], ['task-row-cells', 'task-id'], /expected 5/],
    ['an undeclared requirement code', ['1', 'x', 'Q', 'SME', 'AIP'], ['task-requirement'], /Requirement code "Q" is not one the header declares/],
  ])('%s is reported and yields no facts', (_name, cells, rules, message) => {
    const {facts, problems} = readTaskRow(cells, FIVE);
    expect(facts).toBeNull();
    expect(problems.map((p) => p.rule)).toEqual(rules);
    expect(problems[0]!.message).toMatch(message);
    expect(problems[0]!.message).toMatch(/shown as written/);
  });

  test.each([
    ['English', ['3184', 'AAD Connect Health', 'O FastTrack Engineer', 'Core Onboarding'], FIVE, 'optional', 'FastTrack Engineer', ['Core Onboarding']],
    ['four columns', ['12', 'x', 'E  SME'], FOUR, 'required', 'SME', []],
  ] as const)('a merged requirement-and-role cell (%s) is recovered by the declared code, and still reported', (_name, cells, header, requirement, role, services) => {
    const {facts, problems} = readTaskRow(cells, header);
    expect(facts).toEqual({id: cells[0], requirement, role, services});
    expect(problems.map((p) => p.rule)).toEqual(['task-merged-cells']);
    expect(problems[0]!.message).toMatch(new RegExp(`Split the cell: "\\| ${cells[2]!.split(/\s+/)[0]} \\| ${role} \\|"`));
  });

  test('a shifted row still yields its task ID', () => {
    expect(findRowTaskId(['', '3999', 'x', 'E', 'SME', 'AIP'])).toBe('3999');
    expect(findRowTaskId(['TBD', 'x'])).toBeNull();
  });

  test('checkTaskRow finds nothing wrong in a good row', () => {
    expect(checkTaskRow(['1', 'x', 'O', 'SME', 'AIP'], FIVE)).toEqual([]);
  });

  test('services split on slashes', () => {
    expect(splitServices('Exchange / OneDrive for Business / SharePoint')).toEqual(['Exchange', 'OneDrive for Business', 'SharePoint']);
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
