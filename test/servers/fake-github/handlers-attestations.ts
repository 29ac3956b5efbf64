import { errorBody } from './bodies.js';
import { exampleOf } from './openapi.js';
import type { FakeRequest, FakeResponse, Handler } from './router.js';
import type { FakeAttestation, FakeRepo, Scenario } from './scenario.js';

/*
 * Artifact attestations (spec: repos/list-attestations, repos/create-attestation). The fake
 * keeps what is uploaded, so a following list returns it: a real round trip. The list pages
 * with an opaque `after` cursor, as GitHub does.
 */
type Json = Record<string, unknown>;
const LIST = '/repos/{owner}/{repo}/attestations/{subject_digest}';
const notFound: FakeResponse = { status: 404, body: errorBody('Not Found') };

/**
 * Stores a bundle in a repository as the upload would, and returns the stored attestation.
 * With `bundleUrl`, it is listed as GitHub now lists many: `bundle: null` and that URL.
 */
export function storeAttestation(repo: FakeRepo, bundle: unknown, options: { bundleUrl?: string } = {}): FakeAttestation {
  const statement = statementOf(bundle);
  const attestation: FakeAttestation = { id: 7000 + repo.attestations.length, bundle, digests: statement.digests, predicateType: statement.predicateType, ...(options.bundleUrl === undefined ? {} : { bundleUrl: options.bundleUrl }) };
  repo.attestations.push(attestation);
  return attestation;
}

export const attestationHandlers: readonly Handler[] = [
  {
    method: 'GET',
    path: LIST,
    fn: (request, scenario) => {
      const repo = findRepo(request, scenario);
      if (!repo) return notFound;
      const digest = /^sha256:([0-9a-f]{64})$/u.exec(request.params['subject_digest']!.toLowerCase())?.[1];
      const predicateType = request.query.get('predicate_type');
      const matching = repo.attestations.filter((a) => digest !== undefined && a.digests.includes(digest) && (predicateType === null || a.predicateType === predicateType));
      return cursorPage(request, matching, (a) => listedBody(repo, a));
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/attestations',
    fn: (request, scenario) => {
      const repo = findRepo(request, scenario);
      if (!repo) return notFound;
      const bundle = (request.body as Json | undefined)?.['bundle'];
      if (typeof bundle !== 'object' || bundle === null || typeof (bundle as Json)['mediaType'] !== 'string' || statementOf(bundle).digests.length === 0) {
        return { status: 422, body: { ...errorBody('Validation Failed'), errors: [{ resource: 'Attestation', field: 'bundle', code: 'invalid' }] } };
      }
      return { status: 201, body: { id: storeAttestation(repo, bundle).id } };
    },
  },
];

function findRepo(request: FakeRequest, scenario: Scenario): FakeRepo | undefined {
  return scenario.findRepo(request.params['owner']!, request.params['repo']!);
}

// The spec example's item, with this attestation's bundle (or only its URL).
function listedBody(repo: FakeRepo, attestation: FakeAttestation): Json {
  const example = ((exampleOf('GET', LIST, 200) as Json)['attestations'] as Json[])[0]!;
  if (attestation.bundleUrl !== undefined) return { ...example, repository_id: repo.id, bundle: null, bundle_url: attestation.bundleUrl };
  return { ...example, repository_id: repo.id, bundle: attestation.bundle, bundle_url: `https://attestations.invalid/${repo.id}/${attestation.id}.json.sn` };
}

// One page after the `after` cursor (an opaque offset), with a Link to the next page.
function cursorPage<T>(request: FakeRequest, items: readonly T[], toBody: (item: T) => Json): FakeResponse {
  const perPage = Math.min(Number(request.query.get('per_page') ?? 30) || 30, 100);
  const after = request.query.get('after');
  const start = after === null ? 0 : Number(Buffer.from(after, 'base64url').toString('utf8').replace(/^offset:/u, ''));
  if (!Number.isSafeInteger(start) || start < 0) return notFound;
  const end = start + perPage;
  const body = { attestations: items.slice(start, end).map(toBody) };
  if (end >= items.length) return { status: 200, body };
  const query = new URLSearchParams(request.query);
  query.set('per_page', String(perPage));
  query.set('after', Buffer.from(`offset:${end}`).toString('base64url'));
  return { status: 200, body, headers: { link: `<${request.origin}${request.pathname}?${query.toString()}>; rel="next"` } };
}

// The subjects' sha256 digests and the predicate type of a DSSE bundle's statement.
function statementOf(bundle: unknown): { digests: string[]; predicateType: string | undefined } {
  try {
    const envelope = (bundle as { dsseEnvelope?: { payload?: string } }).dsseEnvelope;
    const statement = JSON.parse(Buffer.from(envelope?.payload ?? '', 'base64').toString('utf8')) as { subject?: { digest?: { sha256?: string } }[]; predicateType?: string };
    const digests = (statement.subject ?? []).map((s) => s.digest?.sha256).filter((d): d is string => typeof d === 'string');
    return { digests, predicateType: statement.predicateType };
  } catch {
    return { digests: [], predicateType: undefined };
  }
}
