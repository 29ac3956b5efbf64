import { describe, expect, test } from '@jest/globals';
import { changesFromList, kindOfStatus } from '../src/listed-changes.js';
import { diffTrees, indexTree } from '../src/tree-diff.js';

const entry = (path: string, sha: string, mode = '100644') => ({ path, mode, type: 'blob', sha });
const before = indexTree([entry('old.ts', 'r'), entry('gone.ts', 'g'), entry('same.ts', 's'), entry('mod.ts', 'm1')]);
const after = indexTree([entry('new.ts', 'r'), entry('same.ts', 's'), entry('mod.ts', 'm2'), entry('added.ts', 'a'), entry('copy.ts', 's')]);
const diff = diffTrees(before, after);
const list = (...files: [string, string, string?][]) => files.map(([filename, status, previousFilename]) => ({ filename, status, previousFilename }));

describe('GitHub file statuses', () => {
  test.each([
    ['added', 'added'],
    ['removed', 'deleted'],
    ['modified', 'modified'],
    ['renamed', 'renamed'],
    ['copied', 'copied'],
    ['changed', 'type-changed'],
    ['unchanged', 'unchanged'],
    ['transmogrified', 'unknown'],
    ['', 'unknown'],
  ])('%s maps to %s', (status, kind) => {
    expect(kindOfStatus(status)).toBe(kind);
  });
});

describe('a list consistent with the trees', () => {
  const consistent = list(['added.ts', 'added'], ['copy.ts', 'copied', 'same.ts'], ['gone.ts', 'removed'], ['mod.ts', 'modified'], ['new.ts', 'renamed', 'old.ts'], ['same.ts', 'unchanged']);

  test('gives its changes with the modes of the trees, renames and copies kept', () => {
    expect(changesFromList(consistent, diff, before, after)).toEqual([
      { kind: 'added', path: 'added.ts', oldMode: '000000', newMode: '100644' },
      { kind: 'copied', path: 'copy.ts', previousPath: 'same.ts', oldMode: '000000', newMode: '100644' },
      { kind: 'deleted', path: 'gone.ts', oldMode: '100644', newMode: '000000' },
      { kind: 'modified', path: 'mod.ts', oldMode: '100644', newMode: '100644' },
      { kind: 'renamed', path: 'new.ts', previousPath: 'old.ts', oldMode: '100644', newMode: '100644' },
    ]);
  });

  test('keeps an unknown status as kind unknown, for the guard to block', () => {
    const changes = changesFromList(list(['added.ts', 'transmogrified'], ['copy.ts', 'added'], ['gone.ts', 'removed'], ['mod.ts', 'modified'], ['new.ts', 'renamed', 'old.ts']), diff, before, after);
    expect(changes?.[0]).toMatchObject({ kind: 'unknown', path: 'added.ts' });
  });
});

describe('a list that disagrees with the trees is not believed', () => {
  test.each([
    ['a path is missing', list(['added.ts', 'added'], ['copy.ts', 'added'], ['gone.ts', 'removed'], ['mod.ts', 'modified'])],
    ['an added file called modified', list(['added.ts', 'modified'], ['copy.ts', 'added'], ['gone.ts', 'removed'], ['mod.ts', 'modified'], ['new.ts', 'renamed', 'old.ts'])],
    ['a changed file called unchanged', list(['added.ts', 'added'], ['copy.ts', 'added'], ['gone.ts', 'removed'], ['mod.ts', 'unchanged'], ['new.ts', 'renamed', 'old.ts'])],
    ['a rename from a path that still exists', list(['added.ts', 'added'], ['copy.ts', 'added'], ['gone.ts', 'removed'], ['mod.ts', 'modified'], ['new.ts', 'renamed', 'same.ts'], ['old.ts', 'removed'])],
    ['a copy without its source', list(['added.ts', 'added'], ['copy.ts', 'copied'], ['gone.ts', 'removed'], ['mod.ts', 'modified'], ['new.ts', 'renamed', 'old.ts'])],
    ['an unknown status for a path that did not change', list(['same.ts', 'transmogrified'])],
  ])('%s', (_name, listed) => {
    expect(changesFromList(listed, diff, before, after)).toBeUndefined();
  });
});
