import schema from '../../article.schema.json';

/** Fields an Article has (from its JSON Schema), and the fields of a `--fix-only` result. */
export const ARTICLE_FIELDS = Object.keys((schema as { properties: Record<string, unknown> }).properties);
export const FIX_FIELDS = ['id', 'text', 'fixes', 'warnings'];

/** `--fields id,title,text` → the list, checked against the fields the output has; throws on an unknown one. */
export function parseFields(spec: string, known: string[]): string[] {
  const fields = spec
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (!fields.length) throw new Error('--fields needs at least one field name');
  const unknown = fields.filter((f) => !known.includes(f));
  if (unknown.length) throw new Error(`unknown field ${unknown.join(', ')} (fields: ${known.join(', ')})`);
  return [...new Set(fields)];
}

/** Keeps only the chosen fields, in the order they were asked for. */
export function pickFields<T extends object>(value: T, fields: string[] | null): Partial<T> {
  if (!fields) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(fields.filter((f) => f in record).map((f) => [f, record[f]])) as Partial<T>;
}
