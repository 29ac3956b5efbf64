import { describe, expect, it } from '@jest/globals';
import { RingfenceError, hasErrorCode } from '@ringfence/core';
import { ProvenanceError } from '../src/errors.js';

describe('ProvenanceError', () => {
  it('is a RingfenceError with a code, a location and a cause', () => {
    const cause = new Error('ENOENT');
    const error = new ProvenanceError('PROVENANCE_CHECKSUMS_MALFORMED', 'SUMS:3: bad', { cause, location: { file: 'SUMS', line: 3 } });
    expect(error).toBeInstanceOf(RingfenceError);
    expect(hasErrorCode(error, 'PROVENANCE_CHECKSUMS_MALFORMED')).toBe(true);
    expect([error.name, error.location, error.cause]).toEqual(['ProvenanceError', { file: 'SUMS', line: 3 }, cause]);
    expect(new ProvenanceError('PROVENANCE_SUBJECTS_EMPTY', 'none').location).toEqual({});
  });
});
