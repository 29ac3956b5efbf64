import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { FileAuditLog, MemoryAuditSink } from '../src/index.js';
import type { AuditEvent } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ringfence-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const event = (requestId: string, detail: string | null = null): AuditEvent => ({ version: 1, kind: 'exchange', time: '2026-01-01T00:00:00.000Z', requestId, outcome: 'blocked', status: 401, reason: 'AUTH_MISSING', detail, who: null, requested: null, rule: null, closest: null, granted: null, revoked: null, durationMs: 1 });

describe('FileAuditLog', () => {
  it('appends one JSON line per event after what the file held', async () => {
    const path = join(dir, 'audit.jsonl');
    writeFileSync(path, '{"earlier":true}\n');
    const log = await FileAuditLog.open(path);
    await Promise.all([log.write(event('1')), log.write(event('2'))]);
    await log.close();
    const lines = readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { requestId?: string });
    expect(lines.map((l) => l.requestId)).toEqual([undefined, '1', '2']);
  });

  it('creates a missing log readable by its owner only', async () => {
    const path = join(dir, 'new.jsonl');
    await (await FileAuditLog.open(path)).close();
    expect(statSync(path).mode & 0o077).toBe(0);
  });

  it('redacts anything shaped like a token that reached a detail', async () => {
    const path = join(dir, 'redacted.jsonl');
    const log = await FileAuditLog.open(path);
    await log.write(event('3', 'upstream echoed ghs_0123456789abcdefghijklmnop'));
    await log.close();
    expect(readFileSync(path, 'utf8')).not.toContain('ghs_0123456789');
  });
});

describe('MemoryAuditSink', () => {
  it('keeps the newest events up to its limit', async () => {
    const sink = new MemoryAuditSink(2);
    for (const id of ['1', '2', '3']) await sink.write(event(id));
    expect(sink.events.map((e) => e.requestId)).toEqual(['2', '3']);
  });
});
