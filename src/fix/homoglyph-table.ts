/**
 * Cross-script look-alike letters: for each target script, the letters of other scripts that render the same.
 * Hand-checked subset of Unicode UTS #39 confusables for Latin ↔ Cyrillic ↔ Greek lower/upper case letters.
 */
export type Script = 'Latin' | 'Cyrillic' | 'Greek';

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', в: 'B', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  ӏ: 'l', һ: 'h', ү: 'y', ɡ: 'g',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J',
  Ѕ: 'S', Ԛ: 'Q', Ԝ: 'W', Ү: 'Y', Һ: 'H', Ӏ: 'I',
};
const GREEK_TO_LATIN: Record<string, string> = {
  ο: 'o', α: 'a', ν: 'v', ρ: 'p', ι: 'i', κ: 'k', τ: 't', υ: 'u', χ: 'x', γ: 'y',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', y: 'у', x: 'х', i: 'і', j: 'ј', s: 'ѕ',
  A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', Y: 'У', I: 'І', J: 'Ј',
};
const LATIN_TO_GREEK: Record<string, string> = {
  o: 'ο', v: 'ν', i: 'ι', k: 'κ', A: 'Α', B: 'Β', E: 'Ε', Z: 'Ζ', H: 'Η', I: 'Ι', K: 'Κ', M: 'Μ', N: 'Ν', O: 'Ο',
  P: 'Ρ', T: 'Τ', Y: 'Υ', X: 'Χ',
};
const GREEK_TO_CYRILLIC: Record<string, string> = { ο: 'о', α: 'а', ρ: 'р', χ: 'х', Α: 'А', Β: 'В', Ε: 'Е', Κ: 'К', Μ: 'М', Η: 'Н', Ο: 'О', Ρ: 'Р', Τ: 'Т', Χ: 'Х' };
const CYRILLIC_TO_GREEK: Record<string, string> = { о: 'ο', а: 'α', р: 'ρ', х: 'χ', А: 'Α', В: 'Β', Е: 'Ε', К: 'Κ', М: 'Μ', Н: 'Η', О: 'Ο', Р: 'Ρ', Т: 'Τ', Х: 'Χ' };

/** The look-alike of `char` in `target` script, if one exists. */
export const LOOKALIKE: Record<Script, Record<string, string>> = {
  Latin: { ...CYRILLIC_TO_LATIN, ...GREEK_TO_LATIN },
  Cyrillic: { ...LATIN_TO_CYRILLIC, ...GREEK_TO_CYRILLIC },
  Greek: { ...LATIN_TO_GREEK, ...CYRILLIC_TO_GREEK },
};
