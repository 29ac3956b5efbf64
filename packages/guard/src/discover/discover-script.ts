import { findScriptReferences, joinPath, substituteExpressions, toRepositoryRelative, workspacePath } from '@ringfence/workflow';
import type { FileReference, PackageScriptsReference, ShellDialect } from '@ringfence/workflow';
import type { DiscoverySession } from './discovery-session.js';
import { MAX_SOURCE_DEPTH } from './limits.js';
import { repositoryPathOf } from './locate.js';
import type { RunPlace, WorkingDirectory } from './locate.js';
import { quote } from './origin.js';
import type { Origin } from './origin.js';

/** Where a script runs and how far discovery may follow it. */
export interface ScriptScope extends RunPlace {
  readonly dialect: ShellDialect;
  /** The origin of line `line` (1-based) of the script. */
  readonly origin: (line: number) => Origin;
  /** Package scripts are followed from a step's own script, not from a package script. */
  readonly followPackages: boolean;
  readonly sourceDepth: number;
}

/**
 * Adds the files a script runs, follows sourced files into their text and, from a step,
 * package-manager commands into the scripts of the package.json they run; warns for what
 * it cannot resolve.
 */
export async function discoverScript(session: DiscoverySession, script: string, scope: ScriptScope): Promise<void> {
  const text = substituteExpressions(script, scope.expressions);
  for (const ref of findScriptReferences(text, { dialect: scope.dialect, variables: scope.variables })) {
    const origin = scope.origin(ref.line);
    if (ref.kind === 'unresolved') session.warn('DISCOVERY_UNRESOLVED', origin, `cannot resolve ${quote(ref.text)} (${ref.reason}); the file it names is not protected`);
    else if (ref.kind === 'file') await discoverFile(session, ref, scope, origin);
    else if (scope.followPackages) await followPackageScripts(session, ref, scope, origin);
  }
}

async function discoverFile(session: DiscoverySession, ref: FileReference, scope: ScriptScope, origin: Origin): Promise<void> {
  const named = `named by ${quote(ref.command)}`;
  const absolute = locate(session, ref.path, scope.dir, origin, named);
  const path = absolute === undefined ? undefined : repositoryPathOf(absolute);
  if (absolute !== undefined && path === undefined) session.warn('DISCOVERY_OUTSIDE_REPOSITORY', origin, `${quote(ref.path || ref.command)} (${named}) is not a file inside the repository, so it is not protected`);
  if (path === undefined) return;
  await session.addFile(path, origin);
  if (ref.role === 'source') await followSource(session, path, ref, scope, origin);
}

// A sourced file runs in the sourcing shell: its relative paths resolve against that shell's directory.
async function followSource(session: DiscoverySession, path: string, ref: FileReference, scope: ScriptScope, origin: Origin): Promise<void> {
  if (scope.sourceDepth >= MAX_SOURCE_DEPTH) {
    session.warn('DISCOVERY_LIMIT_REACHED', origin, `${quote(path)} is sourced more than ${MAX_SOURCE_DEPTH} files deep; it is protected, what it runs is not followed`);
    return;
  }
  const cwd = ref.cwd !== undefined && scope.dir.known ? joinPath(scope.dir.path, ref.cwd) : undefined;
  const dir: WorkingDirectory = cwd === undefined ? { known: false, why: `the directory of the shell that sources ${quote(path)} is unknown` } : { known: true, path: cwd };
  if (!session.enter(`source\0${path}\0${cwd ?? ''}`)) return;
  const read = await session.read(path, origin);
  if (typeof read === 'string') return;
  const text = new TextDecoder().decode(read.bytes);
  // GitHub substitutes `${{ }}` in workflow text only, never inside a file.
  await discoverScript(session, text, { ...scope, dir, expressions: {}, origin: (line) => [...origin, { file: path, line }], sourceDepth: scope.sourceDepth + 1 });
}

async function followPackageScripts(session: DiscoverySession, ref: PackageScriptsReference, scope: ScriptScope, origin: Origin): Promise<void> {
  const absolute = locate(session, ref.dir, scope.dir, origin, `the package directory of ${quote(ref.command)}`);
  const dir = absolute === undefined ? undefined : toRepositoryRelative(absolute);
  if (absolute !== undefined && dir === undefined) session.warn('DISCOVERY_OUTSIDE_REPOSITORY', origin, `${quote(ref.dir)} (the package directory of ${quote(ref.command)}) is outside the repository`);
  if (dir === undefined) return;
  const manifest = joinPath(dir, 'package.json');
  await session.addFile(manifest, origin);
  const read = await session.read(manifest, origin);
  if (typeof read === 'string') return;
  const scripts = readScripts(read.bytes);
  if (!scripts) {
    session.warn('DISCOVERY_PACKAGE_INVALID', origin, `${quote(manifest)} is not valid JSON with a scripts object; the scripts ${ref.command} runs from it are not followed`);
    return;
  }
  for (const name of ref.scripts) {
    const body = Object.hasOwn(scripts, name) ? scripts[name] : undefined;
    if (typeof body !== 'string' || !session.enter(`package-script\0${manifest}\0${name}`)) continue;
    const scriptOrigin: Origin = [...origin, { file: manifest, detail: `scripts.${name}` }];
    const place = { dir: { known: true, path: workspacePath(dir) } as const, expressions: {}, variables: scope.variables };
    await discoverScript(session, body, { ...place, dialect: 'posix', origin: () => scriptOrigin, followPackages: false, sourceDepth: scope.sourceDepth });
  }
  const fallback = ref.fallback;
  if (fallback && typeof scripts[fallback.whenMissing] !== 'string') {
    await session.addFile(joinPath(dir, fallback.file), [...origin, { file: manifest, detail: `no scripts.${fallback.whenMissing}` }]);
  }
}

// The absolute path a reference names, or undefined (warned) when its directory is unknown.
function locate(session: DiscoverySession, path: string, dir: WorkingDirectory, origin: Origin, what: string): string | undefined {
  if (path.startsWith('/')) return path;
  if (dir.known) return joinPath(dir.path, path);
  session.warn('DISCOVERY_UNRESOLVED', origin, `cannot locate ${quote(path)} (${what}): ${dir.why}`);
  return undefined;
}

function readScripts(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const manifest: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const scripts = typeof manifest === 'object' && manifest !== null ? (manifest as Record<string, unknown>)['scripts'] : undefined;
    if (scripts === undefined) return {};
    return typeof scripts === 'object' && scripts !== null && !Array.isArray(scripts) ? (scripts as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
