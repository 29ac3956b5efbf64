import { describe, expect, it } from '@jest/globals';
import { policyExtensions } from '../../src/verify/policy-extensions.js';

describe('policyExtensions encodes values as the DER UTF8String Fulcio writes', () => {
  it('short values: tag 0x0c, one length byte', () => {
    expect(policyExtensions({ '1.3.6.1.4.1.57264.1.12': 'https://github.com/o/r' })).toEqual([
      { oid: { id: [1, 3, 6, 1, 4, 1, 57264, 1, 12] }, value: Buffer.concat([Buffer.from([0x0c, 22]), Buffer.from('https://github.com/o/r')]) },
    ]);
  });

  it.each([
    [127, [0x0c, 127]],
    [128, [0x0c, 0x81, 128]],
    [300, [0x0c, 0x82, 1, 44]],
  ])('a value of %i bytes', (length, header) => {
    const [pair] = policyExtensions({ '1.3.6.1.4.1.57264.1.9': 'é'.repeat(length / 2) + 'x'.repeat(length % 2) });
    expect([...pair!.value.subarray(0, header.length)]).toEqual(header);
    expect(pair!.value.length).toBe(header.length + length);
  });

  it.each(['1.3.6.1.4.1.57264.1.1', '1.3.6.1.4.1.57264.1.6', '2.5.29.17', '1.3.6.1.4.1.57264.1.x'])('refuses %s (not a UTF8String Fulcio OID)', (oid) => {
    expect(() => policyExtensions({ [oid]: 'v' })).toThrow(expect.objectContaining({ code: 'PROVENANCE_SIGNER_UNTRUSTED' }));
  });
});
