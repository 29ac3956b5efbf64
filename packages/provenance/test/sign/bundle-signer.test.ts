import { describe, expect, it } from '@jest/globals';
import { ProvenanceError } from '../../src/errors.js';
import { bundleSigner } from '../../src/sign/bundle-signer.js';
import { createKeylessSigner } from '../../src/sign/keyless-signer.js';

describe('bundleSigner', () => {
  it('turns a sigstore-js failure into PROVENANCE_SIGNING_FAILED with both levels of message', async () => {
    const failing = { sign: () => Promise.reject(new Error('error creating signing certificate', { cause: new Error('(503) unavailable') })) };
    await expect(bundleSigner(failing, []).sign(Buffer.from('{}'), 'application/vnd.in-toto+json')).rejects.toMatchObject({ code: 'PROVENANCE_SIGNING_FAILED', message: 'signing failed: error creating signing certificate: (503) unavailable' });
  });

  it('keeps a ProvenanceError as it is, and describes a non-Error', async () => {
    const typed = new ProvenanceError('PROVENANCE_KEY_UNSUPPORTED', 'no');
    await expect(bundleSigner({ sign: () => Promise.reject(typed) }, []).sign(Buffer.from('{}'), 't')).rejects.toBe(typed);
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a non-Error rejection is the case under test
    await expect(bundleSigner({ sign: () => Promise.reject('boom') }, []).sign(Buffer.from('{}'), 't')).rejects.toMatchObject({ message: 'signing failed: boom' });
  });
});

describe('createKeylessSigner', () => {
  it('refuses a configuration with no witness: a short-lived certificate needs a trusted time', () => {
    expect(() => createKeylessSigner({ identityToken: () => Promise.resolve('token'), fulcioUrl: 'https://fulcio.example' })).toThrow(expect.objectContaining({ code: 'PROVENANCE_SIGNING_CONFIG_INVALID' }));
  });
});
