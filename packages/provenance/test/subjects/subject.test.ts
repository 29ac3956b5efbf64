import { describe, expect, it } from '@jest/globals';
import { makeSubject, normalizeSubjectName } from '../../src/subjects/subject.js';

describe('normalizeSubjectName gives every source one form', () => {
  it.each([
    ['dist/app.tgz', 'dist/app.tgz'],
    ['./dist/app.tgz', 'dist/app.tgz'],
    ['dist//app.tgz', 'dist/app.tgz'],
    ['dist\\win\\app.exe', 'dist/win/app.exe'],
    ['dist/./sub/../app.tgz', 'dist/app.tgz'],
    ['dist/', 'dist'],
    ['pkg@1.2.0.tgz', 'pkg@1.2.0.tgz'],
    ['..hidden/file', '..hidden/file'],
  ])('%j becomes %j', (raw, name) => expect(normalizeSubjectName(raw)).toBe(name));

  it.each([
    ['an absolute path', '/etc/passwd'],
    ['a Windows absolute path', 'C:\\Windows\\x.exe'],
    ['a path climbing out', '../outside'],
    ['a path climbing out midway', 'dist/../../outside'],
    ['an empty name', ''],
    ['a lone dot', '.'],
    ['a newline, which could forge log lines', 'app\nFAKE LINE'],
    ['an escape character', 'app\u001b[31m'],
  ])('refuses %s', (_, raw) => {
    expect(() => normalizeSubjectName(raw)).toThrow(expect.objectContaining({ code: 'PROVENANCE_SUBJECT_NAME_INVALID' }));
  });
});

describe('makeSubject', () => {
  it('lowercases the digest', () => expect(makeSubject('./a', 'AB'.repeat(32))).toEqual({ name: 'a', digest: { sha256: 'ab'.repeat(32) } }));
  it.each(['ab'.repeat(31), 'zz'.repeat(32), `${'ab'.repeat(32)}00`])('refuses the digest %s', (hex) => {
    expect(() => makeSubject('a', hex)).toThrow(expect.objectContaining({ code: 'PROVENANCE_SUBJECT_PAIR_MALFORMED' }));
  });
});
