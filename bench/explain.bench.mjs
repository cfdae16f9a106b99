// What --explain and --report cost on top of normalising: explainArticle (repairs re-run with positions, aligned
// with the paragraphs) and renderReport (the same, rendered as HTML) against normalise on the same documents, same
// process, same run. Build first: npm run build.
import { explainArticle, normalise, renderReport } from '../dist/index.js';
import { textCorpus, timePass } from './text-corpus.mjs';

const NOW = '2025-06-20';
const corpus = textCorpus();

const articles = corpus.docs.map((d) => normalise(d, { now: NOW }));
const entries = corpus.docs.map((original, i) => ({ original, result: articles[i] }));
const peer = await timePass(() => corpus.docs.forEach((d) => normalise(d, { now: NOW })));
const explain = await timePass(() => corpus.docs.forEach((d, i) => explainArticle(d, articles[i])));
let bytes = 0;
const report = await timePass(() => {
  bytes = renderReport(entries).length;
});

console.log(`${corpus.docs.length} documents: ${corpus.name}\n`);
console.log('| run | ms per pass | ratio to normalise |');
console.log('|---|---:|---:|');
console.log(`| normalise (peer) | ${peer.toFixed(1)} | 1.00 |`);
console.log(`| explainArticle | ${explain.toFixed(1)} | ${(explain / peer).toFixed(2)} |`);
console.log(
  `| renderReport (one page, ${(bytes / 1e6).toFixed(1)} MB) | ${report.toFixed(1)} | ${(report / peer).toFixed(2)} |`,
);
