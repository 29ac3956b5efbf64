import { definePreset } from './define.js';

/** Go modules, workspaces, vendored code and the build and release tools of the Go ecosystem. */
export const GO_PRESET = definePreset({
  name: 'go',
  summary: 'Go modules and workspaces, vendored code, toolchain pins, Mage and GoReleaser.',
  entries: [
    { glob: '**/go.mod', why: 'Declares dependencies and the toolchain; replace lines can swap in any local or remote code.' },
    { glob: '**/go.sum', why: 'Checksums go uses to verify every downloaded module.' },
    { glob: '**/go.work', why: 'Go workspace; adds local modules and replacements to the build.' },
    { glob: '**/go.work.sum', why: 'Checksums for modules the workspace adds.' },
    { glob: '**/vendor/modules.txt', why: 'Lists the vendored modules that go builds from vendor/ instead of downloading.' },
    { glob: '**/vendor/**', why: 'Vendored dependency source is compiled as it is; go does not check it against go.sum.' },
    { glob: '**/.go-version', why: 'Chooses the Go toolchain that setup-go and goenv install.' },
    { glob: '**/magefile.go', why: 'Mage targets are Go code that mage compiles and runs.' },
    { glob: '**/magefiles/**', why: 'Mage targets are Go code that mage compiles and runs.' },
    { glob: '**/.goreleaser.yml', why: 'GoReleaser runs the hooks and builds declared here when it makes a release.' },
    { glob: '**/.goreleaser.yaml', why: 'GoReleaser runs the hooks and builds declared here when it makes a release.' },
    { glob: '**/goreleaser.yml', why: 'GoReleaser runs the hooks and builds declared here when it makes a release.' },
    { glob: '**/goreleaser.yaml', why: 'GoReleaser runs the hooks and builds declared here when it makes a release.' },
  ],
});
