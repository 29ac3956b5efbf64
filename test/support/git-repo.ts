import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A real git repository in a temporary folder, driven with argument arrays. */
export class TempRepo {
  readonly dir: string;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'ringfence-repo-'));
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.email', 'dev@example.test');
    this.git('config', 'user.name', 'Dev');
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', ['-C', this.dir, ...args], { encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }).trim();
  }

  write(path: string, content = `content of ${path}\n`, mode?: number): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    if (mode !== undefined) chmodSync(full, mode);
    return this;
  }

  symlink(path: string, target: string): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    rmSync(full, { force: true });
    symlinkSync(target, full);
    return this;
  }

  remove(path: string): this {
    this.git('rm', '-q', '-r', '--', path);
    return this;
  }

  commit(message = 'change'): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  branch(name: string): this {
    this.git('checkout', '-q', '-b', name);
    return this;
  }

  checkout(name: string): this {
    this.git('checkout', '-q', name);
    return this;
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
