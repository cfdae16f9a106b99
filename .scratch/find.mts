import { findDates } from '../src/entities/dates';
const ref = new Date(process.env.REF ? process.env.REF + 'T12:00' : '2025-06-20T12:00');
for (const t of process.argv.slice(2)) console.log(JSON.stringify(t), '=>', JSON.stringify(findDates(t, 0, ref).map(m => [m.text, m.value, m.endValue].filter(Boolean))));
