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
  const file = readdirSync(dir).find((f) => /^(?:licen[cs]e|copying)(?:[-.][\w.-]+)?$/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : null;
}

// The standard texts of the licences a bundled package may name without shipping a licence file (franc-min and
// boolbase do): with the author's notice, they are what the licence asks to be kept.
const STANDARD = {
  MIT: `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`,
  ISC: `Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby
granted, provided that the above copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF
THIS SOFTWARE.`,
};

/** The package's licence file, else the standard text of the licence it names, under its author's notice. */
function licenceOf(dir, pkg, author) {
  const text = licenceText(dir);
  if (text) return text;
  const standard = STANDARD[pkg.license];
  if (!standard) return null;
  return `(the package ships no licence file: the standard ${pkg.license} text, as its package.json names it)\n\nCopyright (c) ${author ?? pkg.name}\n\n${standard}`;
}

const metafile = JSON.parse(readFileSync(METAFILE, 'utf8'));
const sections = bundledPackages(metafile)
  .map((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
    const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const facts = [
      `Licence: ${pkg.license ?? 'see the package'}`,
      author && `Author: ${author}`,
      repository && `Source: ${repository}`,
    ];
    return {
      name: pkg.name,
      version: pkg.version,
      facts: facts.filter(Boolean).join('  \n'),
      text: licenceOf(dir, pkg, author),
    };
  })
  // A package can sit in node_modules more than once (nested versions): one section per name and version.
  .filter((p, i, all) => all.findIndex((q) => q.name === p.name && q.version === p.version) === i)
  .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
  .map(({ name, version, facts, text }) =>
    [`## ${name} ${version}`, facts, text ? `\`\`\`\n${text}\n\`\`\`` : '(the package ships no licence file)'].join(
      '\n\n',
    ),
  );

writeFileSync(
  OUT,
  `# Third-party licences\n\nThe \`normalise\` CLI (dist/cli.js and the files it loads) includes code from these packages.\n\n${sections.join('\n\n')}\n`,
);
if (existsSync(METAFILE)) rmSync(METAFILE);
console.log(`${OUT}: ${sections.length} packages`);
