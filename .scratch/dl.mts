import { matchDateline } from '../src/metadata/dateline';
import { parseByline } from '../src/metadata/byline';
import { parsePublishedDate } from '../src/metadata/published-date';
const ref = new Date('2025-06-20T12:00');
const mode = process.argv[2];
for (const t of process.argv.slice(3)) {
  const r = mode === 'dl' ? matchDateline(t, ref) : mode === 'by' ? parseByline(t, ref) : parsePublishedDate(t, ref);
  console.log(JSON.stringify(t), '=>', JSON.stringify(r));
}
