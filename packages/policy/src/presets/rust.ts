import { definePreset } from './define.js';

/** Cargo manifests, build scripts and configuration, and rustup toolchain pins. */
export const RUST_PRESET = definePreset({
  name: 'rust',
  summary: 'Cargo manifests, lock files, build scripts and configuration, and rustup toolchain files.',
  entries: [
    { glob: '**/cargo.toml', why: 'Declares dependencies, where they come from and which build script runs.' },
    { glob: '**/cargo.lock', why: 'Pins the version and checksum of every crate cargo builds.' },
    { glob: '**/build.rs', why: 'cargo compiles and runs this build script before it builds the crate.' },
    { glob: '**/.cargo/config', why: 'cargo settings: registries, source replacement, rustc wrappers and target runners.' },
    { glob: '**/.cargo/config.toml', why: 'cargo settings: registries, source replacement, rustc wrappers and target runners.' },
    { glob: '**/rust-toolchain', why: 'rustup takes the toolchain from here, including one at a path inside the repository.' },
    { glob: '**/rust-toolchain.toml', why: 'rustup takes the toolchain from here, including one at a path inside the repository.' },
    { glob: '**/cross.toml', why: 'cross runs the pre-build commands and container images named here.' },
  ],
});
