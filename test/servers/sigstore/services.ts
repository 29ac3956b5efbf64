import { X509Certificate, generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { CA, CTLog } from '@sigstore/mock/dist/fulcio/index.js';
import { fulcioHandler, initializeCA, initializeCTLog } from '@sigstore/mock/dist/fulcio/index.js';
import type { TLog } from '@sigstore/mock/dist/rekor/index.js';
import { initializeTLog, rekorHandler } from '@sigstore/mock/dist/rekor/index.js';
import type { Handler } from '@sigstore/mock/dist/shared.types.js';
import type { TSA } from '@sigstore/mock/dist/timestamp/index.js';
import { initializeTSA, tsaHandler } from '@sigstore/mock/dist/timestamp/index.js';

/** The claim the Fulcio handler reads the SAN from; the gate in front of it sets it. */
export const SAN_CLAIM = 'ringfence_test_san';

/** Key material and request handlers of the three services, from @sigstore/mock. */
export interface SigstoreServices {
  readonly ca: CA;
  readonly ctlog: CTLog;
  readonly tlog: TLog;
  readonly tsa: TSA;
  readonly fulcio: Handler;
  readonly rekor: Handler;
  readonly timestamp: Handler;
}

/**
 * Fresh key material and handlers. The modules are imported one by one: @sigstore/mock's
 * index loads nock, which patches node:http for the whole process; the handlers are plain functions.
 */
export async function createServices(rekorUrl: string): Promise<SigstoreServices> {
  const ctlog = await initializeCTLog(p256());
  const ca = await initializeCA(p256(), ctlog);
  const tlog = await initializeTLog(rekorUrl, p256());
  const tsa = wholeSecondTimestamps(await initializeTSA(p256()));
  return {
    ca,
    ctlog,
    tlog,
    tsa,
    fulcio: fulcioHandler(ca, { strict: true, subjectClaim: SAN_CLAIM }),
    rekor: rekorHandler(tlog, { strict: true }),
    timestamp: tsaHandler(tsa, { strict: true }),
  };
}

// The mock TSA writes genTime as DER GeneralizedTime, which trims trailing zeros from the
// fraction (.5, .05); @sigstore/core's parser accepts only three digits, so one timestamp in
// ten would fail to verify. Whole seconds have no fraction at all. The signing certificate
// starts at the wall-clock second the TSA was made; a machine whose clock steps back after
// that (a VM syncing its time) would date a token before it, which no verifier accepts.
function wholeSecondTimestamps(tsa: TSA): TSA {
  const notBefore = Date.parse(new X509Certificate(Buffer.from(tsa.intCertificate.buffer, tsa.intCertificate.byteOffset, tsa.intCertificate.byteLength)).validFrom);
  (tsa as TSA & { getCurrentTime: () => Date }).getCurrentTime = () => new Date(Math.max(notBefore, Math.floor(Date.now() / 1000) * 1000));
  return tsa;
}

function p256(): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}
