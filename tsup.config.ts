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
    // The worker-thread entry of normaliseMany/normaliseStream for concurrency > 1: like the library, it loads the
    // installed dependencies, so a batch gives the same output whatever its concurrency.
    entry: { worker: 'src/stream/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
  },
  {
    // The CLI and its own worker (src/cli/main.ts starts it) carry their dependencies: one chunk to load instead of
    // some 300 modules to resolve, about 180 ms less per run. The library builds above keep them external, for
    // users' bundlers and dedupe.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/stream/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    noExternal: [/./],
    // chrono's parsers are told apart by class name (src/chrono/gated.ts): the bundle must not rename them.
    keepNames: true,
    // Their licences go with them: dist/THIRD-PARTY-LICENSES.md, from the bundle's metafile.
    metafile: true,
    onSuccess: 'node scripts/third-party-licenses.mjs',
    // Bundled CommonJS dependencies call `require` (for Node's built-in modules): give the ES module one.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __cleanwireRequire } from 'node:module';\nconst require = __cleanwireRequire(import.meta.url);",
    },
  },
]);
