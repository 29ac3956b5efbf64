/** Deterministic repository-like paths for benchmarks: mostly source, some build files. */
export function generatePaths(count: number, seed = 42): string[] {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
  const dirs = ['src', 'lib', 'packages/app', 'packages/core/src', 'docs', 'test/unit', 'services/api/internal', '.github/workflows', 'tools/build'];
  const names = ['index.ts', 'main.go', 'README.md', 'package.json', 'util.py', 'Makefile', 'Dockerfile', 'app.rs', 'ci.yml', 'config.json', 'style.css', 'test_x.py'];
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const dir = dirs[next(dirs.length)]!;
    const name = next(10) < 8 ? `file${i}.${['ts', 'go', 'py', 'md'][next(4)]}` : names[next(names.length)]!;
    paths.push(`${dir}/m${next(500)}/${name}`);
  }
  return paths;
}
