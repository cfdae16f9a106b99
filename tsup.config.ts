import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    shims: true, // import.meta.url in the CommonJS build, to find dist/worker.js
  },
  {
    // worker: the worker-thread entry used by normaliseMany/normaliseStream and the CLI for concurrency > 1.
    entry: { cli: 'src/cli/main.ts', worker: 'src/stream/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
