import type { Subject } from '../subjects/subject.js';

/** https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md */
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** https://slsa.dev/spec/v1.0/provenance (the same type URI for v1.0, v1.1 and v1.2) */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** https://github.com/actions/buildtypes/tree/main/workflow/v1 */
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/**
 * ringfence's own build type for provenance made outside GitHub Actions (the CLI on a
 * laptop or another CI). A distinct type, so a verifier that pins the GitHub build type
 * refuses such a statement without having to know about ringfence.
 */
export const LOCAL_BUILD_TYPE = 'https://github.com/ringfence/ringfence/blob/main/docs/buildtypes/local-v1.md';
/** DSSE payload type of an in-toto statement (https://github.com/in-toto/attestation/blob/main/spec/v1/envelope.md). */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** https://github.com/in-toto/attestation/blob/main/spec/v1/resource_descriptor.md */
export interface ResourceDescriptor {
  readonly uri?: string;
  readonly name?: string;
  readonly digest?: Readonly<Record<string, string>>;
}

/** SLSA Provenance v1 predicate (https://slsa.dev/spec/v1.0/provenance#schema). */
export interface ProvenancePredicate {
  readonly buildDefinition: {
    readonly buildType: string;
    readonly externalParameters: Readonly<Record<string, unknown>>;
    readonly internalParameters?: Readonly<Record<string, unknown>>;
    readonly resolvedDependencies?: readonly ResourceDescriptor[];
  };
  readonly runDetails: {
    readonly builder: { readonly id: string; readonly version?: Readonly<Record<string, string>> };
    readonly metadata?: { readonly invocationId?: string; readonly startedOn?: string; readonly finishedOn?: string };
  };
}

/** An in-toto Statement v1 carrying SLSA provenance. */
export interface ProvenanceStatement {
  readonly _type: typeof IN_TOTO_STATEMENT_V1;
  readonly subject: readonly Subject[];
  readonly predicateType: typeof SLSA_PROVENANCE_V1;
  readonly predicate: ProvenancePredicate;
}
