import * as chrono from 'chrono-node';
const ref = new Date(2025, 5, 20, 12);
const texts = process.argv.slice(2);
for (const t of texts) {
  const rs = chrono.en.parse(t, ref);
  console.log(JSON.stringify(t), '=>', rs.map(r => `[${r.text}]@${r.index} ${JSON.stringify(r.start.knownValues)} implied=${JSON.stringify(r.start.impliedValues)}${r.end ? ' END ' + JSON.stringify(r.end.knownValues) : ''}`).join(' ; ') || '-');
}
