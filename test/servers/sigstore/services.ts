import { generateKeyPairSync } from 'node:crypto';
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
  const tsa = await initializeTSA(p256());
  shareOneClock(ca, tlog, tsa);
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

// The three services date what they issue from one clock that counts whole seconds and never
// runs back. Whole seconds: the mock TSA writes genTime as DER GeneralizedTime, which trims
// trailing zeros from the fraction (.5, .05), and @sigstore/core's parser accepts only three
// digits, so one timestamp in ten would fail to verify. Never back: every certificate starts
// at the second it was made, and a machine whose clock steps back afterwards (a VM syncing
// its time) would date a log entry or a timestamp before it, which no verifier accepts.
function shareOneClock(ca: CA, tlog: TLog, tsa: TSA): void {
  let last = Math.floor(Date.now() / 1000) * 1000;
  const tick = (): number => (last = Math.max(last, Math.floor(Date.now() / 1000) * 1000));
  (ca as CA & { getCurrentTime: () => Date }).getCurrentTime = () => new Date(tick());
  (tlog as TLog & { getCurrentTime: () => number }).getCurrentTime = tick;
  (tsa as TSA & { getCurrentTime: () => Date }).getCurrentTime = () => new Date(tick());
}

function p256(): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}
