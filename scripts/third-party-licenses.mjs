#!/usr/bin/env node
// Writes dist/THIRD-PARTY-LICENSES.md: the licence of every package bundled into the CLI (dist/cli.js, its worker
// and their chunk), as the licences ask when their code is copied. The packages are read from the esbuild metafile
// the CLI build writes (tsup.config.ts runs this script after the build), which is then deleted.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const METAFILE = join('dist', 'metafile-esm.json');
const OUT = join('dist', 'THIRD-PARTY-LICENSES.md');

/** The package directories (innermost node_modules entry) the bundle took files from. */
function bundledPackages(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) dirs.add(m[1]);
  }
  return [...dirs];
}

function licenceText(dir) {
  const file = readdirSync(dir).find((f) => /^(?:licen[cs]e|copying)(?:\.(?:md|txt))?$/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : null;
}

const metafile = JSON.parse(readFileSync(METAFILE, 'utf8'));
const sections = bundledPackages(metafile)
  .map((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
    const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const facts = [`Licence: ${pkg.license ?? 'see the package'}`, author && `Author: ${author}`, repository && `Source: ${repository}`];
    return { name: pkg.name, version: pkg.version, facts: facts.filter(Boolean).join('  \n'), text: licenceText(dir) };
  })
  // A package can sit in node_modules more than once (nested versions): one section per name and version.
  .filter((p, i, all) => all.findIndex((q) => q.name === p.name && q.version === p.version) === i)
  .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
  .map(({ name, version, facts, text }) =>
    [`## ${name} ${version}`, facts, text ? `\`\`\`\n${text}\n\`\`\`` : '(the package ships no licence file)'].join('\n\n'),
  );

writeFileSync(
  OUT,
  `# Third-party licences\n\nThe \`normalise\` CLI (dist/cli.js and the files it loads) includes code from these packages.\n\n${sections.join('\n\n')}\n`,
);
if (existsSync(METAFILE)) rmSync(METAFILE);
console.log(`${OUT}: ${sections.length} packages`);
