// The container and Kubernetes files are not built here (no Docker), so what can be checked
// without them is: every path the Dockerfile copies exists, the image runs the broker as
// documented, and the configuration and policy the manifest mounts load.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseAllDocuments } from 'yaml';
import { loadBrokerConfig } from '@ringfence/broker';
import { loadTokenPolicy } from '@ringfence/token';

const ROOT = join(import.meta.dirname, '../../..');
const dockerfile = readFileSync(join(ROOT, 'deploy/broker/Dockerfile'), 'utf8');
const manifests = parseAllDocuments(readFileSync(join(ROOT, 'deploy/broker/kubernetes.yaml'), 'utf8')).map((doc) => doc.toJS() as { kind: string; metadata: { name: string }; data?: Record<string, string>; spec?: any });
const byKind = (kind: string, name = 'ringfence-broker') => manifests.find((m) => m.kind === kind && m.metadata.name === name)!;

describe('deploy/broker/Dockerfile', () => {
  it('copies only files that exist, relative to the repository root', () => {
    const sources = [...dockerfile.matchAll(/^COPY (?:--\S+ )*(\S+) \S+$/gmu)].map((m) => m[1]!);
    expect(sources).toEqual(['package.json', 'dist/cli/']);
    for (const source of sources) expect(existsSync(join(ROOT, source))).toBe(true);
  });

  it('runs the broker as a non-root user with the documented configuration path and a health check', () => {
    expect(dockerfile).toMatch(/^USER 65532:65532$/mu);
    expect(dockerfile).toContain('CMD ["broker", "serve", "--config", "/etc/ringfence/broker.yml", "--host", "0.0.0.0"]');
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/healthz/mu);
  });

  it('takes its base image by digest only', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=\S+@sha256:[0-9a-f]{64}$/mu);
    expect(dockerfile).toMatch(/^FROM \$\{NODE_IMAGE\}$/mu);
  });
});

describe('deploy/broker/kubernetes.yaml', () => {
  it('mounts a broker configuration that loads, with shared stores in Redis and the password from the environment', () => {
    const config = loadBrokerConfig(byKind('ConfigMap').data!['broker.yml']!, '/etc/ringfence/broker.yml');
    expect(config.stores).toMatchObject({ replay: { kind: 'redis' }, rateLimit: { kind: 'redis' } });
    const container = byKind('Deployment').spec.template.spec.containers[0];
    expect(container.env).toContainEqual({ name: config.redis!.passwordEnv, valueFrom: { secretKeyRef: { name: 'ringfence-redis', key: 'password' } } });
    expect(container.volumeMounts).toContainEqual(expect.objectContaining({ mountPath: '/run/secrets/ringfence' }));
    expect(config.app.privateKey).toEqual({ kind: 'file', path: '/run/secrets/ringfence/app.pem' });
  });

  it('mounts an org policy that loads', () => {
    expect(() => loadTokenPolicy(byKind('ConfigMap', 'ringfence-org-policy').data!['org-policy.yml']!, 'org-policy.yml')).not.toThrow();
  });

  it('runs more than one instance, unprivileged, read-only, ready only when its stores answer', () => {
    const spec = byKind('Deployment').spec;
    expect(spec.replicas).toBeGreaterThan(1);
    const container = spec.template.spec.containers[0];
    expect(spec.template.spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 65532 });
    expect(container.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(container.readinessProbe.httpGet.path).toBe('/healthz');
    expect(container.livenessProbe.httpGet.path).not.toBe('/healthz');
    expect(container.image).toMatch(/@sha256:[0-9a-f]{64}$/u);
  });

  it('confines traffic with a NetworkPolicy', () => {
    expect(byKind('NetworkPolicy').spec.policyTypes).toEqual(['Ingress', 'Egress']);
  });
});
