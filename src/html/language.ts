import table from '../../data/language-codes.json';

const CODES = new Map(Object.entries(table.codes));

/** A page's lang attribute ("pt-BR", "en_US") as the ISO 639-3 code the Article uses, or null when unknown. */
export function declaredLanguage(lang: string | null): string | null {
  if (!lang) return null;
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0];
  return CODES.get(primary) ?? null;
}
