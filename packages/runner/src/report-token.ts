import * as core from '@actions/core';
import { escapeUntrusted } from '@ringfence/core';
import { escapeHtml } from './escape-html.js';

/** What the token action decided and, when granted, what it minted. Plain values only. */
export type TokenReport =
  | {
      readonly outcome: 'granted';
      readonly token: string;
      readonly expiresAt: string;
      readonly permissions: Readonly<Record<string, string>>;
      /** Names of the repositories the token reaches, as GitHub answered. */
      readonly repositories: readonly string[];
      /** Empty in broker mode: the broker does not say which installation minted. */
      readonly installationId: string;
      /** base64 SHA-256 of the token (GitHub's audit log `hashed_token`). */
      readonly hashedToken: string;
      /** What granted it: `rule name (layer, file:line:column)`, or the broker and its request id. */
      readonly rule: string;
      /** False with `skip-token-revoke`: the post step leaves the token alone. */
      readonly revokeInPost: boolean;
      readonly notes: readonly string[];
    }
  | { readonly outcome: 'refused' | 'error'; readonly code: string; readonly message: string; readonly explanation: string | undefined; readonly notes: readonly string[] };

/** What the post step did with the token. */
export type RevocationReport =
  | { readonly outcome: 'revoked' | 'already-invalid' | 'expired'; readonly hashedToken: string; readonly expiresAt: string | undefined }
  | { readonly outcome: 'nothing-to-revoke' }
  | { readonly outcome: 'unrevoked'; readonly reason: string; readonly event: Readonly<Record<string, unknown>> };

/**
 * Writes the token action's result: when granted, the outputs (`token`, `expires-at`,
 * `permissions`, `repositories`, `installation-id`) and the state the post step revokes
 * with; always the job summary; when refused or failed, an error annotation and a failed
 * step. The token itself was masked when it was minted and appears nowhere but its output.
 */
export async function reportToken(report: TokenReport): Promise<void> {
  for (const note of report.notes) core.warning(escapeUntrusted(note), { title: 'ringfence token' });
  if (report.outcome !== 'granted') {
    core.error(`${report.code}: ${escapeUntrusted(report.message)}`, { title: 'ringfence token' });
    if (report.explanation !== undefined) core.info(report.explanation);
    core.setFailed(`ringfence token: ${report.outcome === 'refused' ? 'refused' : 'failed'}: ${report.code}: ${escapeUntrusted(report.message)}`);
    await bestEffort(() => writeRefusal(report));
    return;
  }
  core.setOutput('token', report.token);
  core.setOutput('expires-at', report.expiresAt);
  core.setOutput('permissions', JSON.stringify(report.permissions));
  core.setOutput('repositories', report.repositories.join(','));
  core.setOutput('installation-id', report.installationId);
  if (report.revokeInPost) {
    core.saveState('token', report.token);
    core.saveState('expires-at', report.expiresAt);
    core.saveState('installation-id', report.installationId);
  }
  core.info(`ringfence token: granted by ${escapeUntrusted(report.rule)}; token sha256 (base64) ${report.hashedToken}, expires ${report.expiresAt}`);
  await bestEffort(() => writeGrant(report));
}

// The summary is for people; a runner without one must not change the step's result.
async function bestEffort(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    core.warning(`ringfence token: no job summary written: ${escapeUntrusted(error instanceof Error ? error.message : String(error))}`);
  }
}

/** Says what the post step did; an unrevoked token is a warning and an event, never a failure. */
export async function reportRevocation(report: RevocationReport): Promise<void> {
  switch (report.outcome) {
    case 'nothing-to-revoke':
      core.info('ringfence token: nothing to revoke (no token was minted, or skip-token-revoke was set)');
      return;
    case 'revoked':
    case 'already-invalid':
    case 'expired': {
      const what = { revoked: 'revoked', 'already-invalid': 'already invalid, nothing to revoke', expired: 'expired, not revoked' }[report.outcome];
      core.info(`ringfence token: token sha256 (base64) ${report.hashedToken} ${what}`);
      return;
    }
    case 'unrevoked': {
      const event = JSON.stringify(report.event);
      core.warning(`the token could not be revoked and stays valid until it expires: ${escapeUntrusted(report.reason)}. Event: ${event}`, { title: 'ringfence token' });
      await bestEffort(async () => {
        await core.summary.addHeading('ringfence token: NOT revoked', 2).addRaw(`<p>${escapeHtml(report.reason)}</p>`, true).addRaw(`<pre>${escapeHtml(event)}</pre>`, true).write();
      });
    }
  }
}

async function writeGrant(report: Extract<TokenReport, { outcome: 'granted' }>): Promise<void> {
  const summary = core.summary.addHeading('ringfence token: granted', 2);
  summary.addRaw(`<p>by <code>${escapeHtml(report.rule)}</code>;${report.installationId === '' ? '' : ` installation ${escapeHtml(report.installationId)};`} expires ${escapeHtml(report.expiresAt)}; ${report.revokeInPost ? 'revoked when the job ends' : '<b>not revoked</b> when the job ends (skip-token-revoke)'}</p>`, true);
  summary.addTable([[{ data: 'permission', header: true }, { data: 'level', header: true }], ...Object.entries(report.permissions).map(([name, level]) => [escapeHtml(name), escapeHtml(level)])]);
  summary.addRaw(`<p>repositories: ${report.repositories.map((r) => `<code>${escapeHtml(r)}</code>`).join(', ')}</p>`, true);
  summary.addRaw(`<p>token sha256 (base64, as GitHub's audit log <code>hashed_token</code>): <code>${escapeHtml(report.hashedToken)}</code></p>`, true);
  for (const note of report.notes) summary.addRaw(`<p>warning: ${escapeHtml(note)}</p>`, true);
  await summary.write();
}

async function writeRefusal(report: Exclude<TokenReport, { outcome: 'granted' }>): Promise<void> {
  const summary = core.summary.addHeading(`ringfence token: ${report.outcome === 'refused' ? 'refused' : 'failed'}`, 2);
  summary.addRaw(`<p><code>${escapeHtml(report.code)}</code> ${escapeHtml(report.message)}</p>`, true);
  summary.addRaw('<p>No token was minted for the job.</p>', true);
  if (report.explanation !== undefined) summary.addRaw(`<pre>${report.explanation.trimEnd().split('\n').map(escapeHtml).join('\n')}</pre>`, true);
  for (const note of report.notes) summary.addRaw(`<p>warning: ${escapeHtml(note)}</p>`, true);
  await summary.write();
}
