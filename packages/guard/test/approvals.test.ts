import { describe, expect, it } from '@jest/globals';
import { approversOfHead } from '../src/approvals.js';

const HEAD = 'h'.repeat(40);
const OLD = 'o'.repeat(40);
const review = (login: string | undefined, state: string, commitId: string | undefined = HEAD) => ({ login, state, commitId });

describe('approversOfHead', () => {
  it('counts an approval of the exact head commit', () => expect(approversOfHead([review('alice', 'APPROVED')], HEAD)).toEqual(['alice']));
  it('ignores an approval of an earlier commit (a new push needs a new approval)', () => expect(approversOfHead([review('alice', 'APPROVED', OLD)], HEAD)).toEqual([]));
  it('ignores an approval whose commit GitHub lost', () => expect(approversOfHead([{ login: 'alice', state: 'APPROVED', commitId: undefined }], HEAD)).toEqual([]));
  it('a later change request withdraws the approval', () => expect(approversOfHead([review('alice', 'APPROVED'), review('alice', 'CHANGES_REQUESTED')], HEAD)).toEqual([]));
  it('a dismissal withdraws the approval', () => expect(approversOfHead([review('alice', 'APPROVED'), review('alice', 'DISMISSED')], HEAD)).toEqual([]));
  it('a later comment does not withdraw the approval', () => expect(approversOfHead([review('alice', 'APPROVED'), review('alice', 'COMMENTED')], HEAD)).toEqual(['alice']));
  it('a comment is never an approval', () => expect(approversOfHead([review('alice', 'COMMENTED')], HEAD)).toEqual([]));
  it('a pending review is never an approval', () => expect(approversOfHead([review('alice', 'PENDING')], HEAD)).toEqual([]));
  it('a re-approval after a change request counts', () => expect(approversOfHead([review('alice', 'CHANGES_REQUESTED'), review('alice', 'APPROVED')], HEAD)).toEqual(['alice']));
  it('treats logins case-insensitively', () => expect(approversOfHead([review('Alice', 'APPROVED'), review('alice', 'CHANGES_REQUESTED')], HEAD)).toEqual([]));
  it('ignores reviews by deleted accounts', () => expect(approversOfHead([review(undefined, 'APPROVED')], HEAD)).toEqual([]));
  it('keeps each reviewer once', () => expect(approversOfHead([review('alice', 'APPROVED'), review('bob', 'APPROVED'), review('alice', 'APPROVED')], HEAD).sort()).toEqual(['alice', 'bob']));
});
