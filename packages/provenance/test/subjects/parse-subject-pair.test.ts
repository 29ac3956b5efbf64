import { describe, expect, it } from '@jest/globals';
import { parseSubjectPair } from '../../src/subjects/parse-subject-pair.js';

const HEX = '7d070f6b64d9bcc530fe99cc21eaaa4b3c364e0b2d367d7735671fa202a03b32';

describe('parseSubjectPair', () => {
  it('splits at the last @sha256:, so names may hold @', () => {
    expect(parseSubjectPair(`dist/pkg@1.2.0.tgz@sha256:${HEX}`)).toEqual({ name: 'dist/pkg@1.2.0.tgz', digest: { sha256: HEX } });
  });

  it.each([
    ['no digest', 'dist/app.tgz'],
    ['no name', `@sha256:${HEX}`],
    ['another algorithm', `app@sha512:${HEX}`],
  ])('refuses a pair with %s', (_, text) => {
    expect(() => parseSubjectPair(text)).toThrow(expect.objectContaining({ code: 'PROVENANCE_SUBJECT_PAIR_MALFORMED' }));
  });

  it('refuses a short digest and a name climbing out, each with its own code', () => {
    expect(() => parseSubjectPair(`app@sha256:${HEX.slice(1)}`)).toThrow(expect.objectContaining({ code: 'PROVENANCE_SUBJECT_PAIR_MALFORMED' }));
    expect(() => parseSubjectPair(`../app@sha256:${HEX}`)).toThrow(expect.objectContaining({ code: 'PROVENANCE_SUBJECT_NAME_INVALID' }));
  });
});
