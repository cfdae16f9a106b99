import table from '../../data/agencies.json';

const BY_ALIAS = new Map<string, string>();
for (const { name, aliases } of table.agencies) {
  for (const alias of [name, ...aliases]) BY_ALIAS.set(alias.toLowerCase(), name);
}

/** The agency's canonical name if `text` is one of its names ("Associated Press" → "AP"), else null. */
export function agencyName(text: string): string | null {
  const t = text.trim().replace(/[.:]$/, '');
  const hit = BY_ALIAS.get(t.toLowerCase());
  if (!hit) return null;
  // Short codes count only as written by agencies, in capitals: "AP", not "ap" or "Ap".
  if (t.length <= 4 && t !== t.toUpperCase() && t !== hit) return null;
  return hit;
}

/** The first agency named in a credit like "APP - UrduPoint / Pakistan Point News - 19th Oct, 2024". */
export function leadingAgency(text: string): string | null {
  for (const part of text.split(/\s+[-–—/|]\s+|\s*[,/|]\s*/)) {
    const hit = agencyName(part);
    if (hit) return hit;
  }
  return null;
}
