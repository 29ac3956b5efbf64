import type { LocalFacts } from './facts.js';
import { formatTimestamp } from './format-timestamp.js';
import type { ProvenancePredicate } from './types.js';
import { LOCAL_BUILD_TYPE } from './types.js';

/**
 * SLSA v1 predicate for a run outside GitHub Actions, under ringfence's local build type
 * (`LOCAL_BUILD_TYPE`): `externalParameters.source` names the commit checked out (when
 * known), the builder is whatever the caller says. Nothing here is vouched for by a build
 * platform; the distinct build type says so to every verifier.
 */
export function buildLocalPredicate(facts: LocalFacts): ProvenancePredicate {
  const { source } = facts;
  return {
    buildDefinition: {
      buildType: LOCAL_BUILD_TYPE,
      externalParameters: source ? { source: { ...(source.ref === undefined ? {} : { ref: source.ref }), commit: source.commit } } : {},
      ...(source ? { resolvedDependencies: [{ name: 'source', digest: { gitCommit: source.commit } }] } : {}),
    },
    runDetails: {
      builder: { id: facts.builderId, ...(facts.builderVersion ? { version: facts.builderVersion } : {}) },
      metadata: {
        invocationId: facts.invocationId,
        ...formatTimestamp('startedOn', facts.startedOn),
        ...formatTimestamp('finishedOn', facts.finishedOn),
      },
    },
  };
}
