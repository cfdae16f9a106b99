import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/index.js';

const fixed = (text: string) => fixText(text).text;

describe('stray spaces inside curly quotes', () => {
  it('closes the spaces inside an English quote and before its punctuation', () => {
    expect(fixed('He said “ hello ” .')).toBe('He said “hello”.');
    expect(fixed('“ Yes,” she said (“ no ”) and — “ maybe ”.')).toBe('“Yes,” she said (“no”) and — “maybe”.');
  });

  it('leaves German quotes alone: „ opens and “ closes', () => {
    const german = 'Er sagte, man werde „alles tun“ und ging.';
    expect(fixed(german)).toBe(german);
    // A closing “ glued to its word, on a line whose „ is on an earlier line or missing, still closes.
    expect(fixed('„Wir werden\nalles tun“ und gingen.')).toBe('„Wir werden\nalles tun“ und gingen.');
    expect(fixed('alles tun“ und gingen.')).toBe('alles tun“ und gingen.');
  });

  it('reads each line for „, so an English line in a German page is still repaired', () => {
    expect(fixed('Er sagte „ja“ dazu.\nHe said “ hello”.')).toBe('Er sagte „ja“ dazu.\nHe said “hello”.');
    expect(fixed('Er sagte „ja“ und “ hallo”.')).toBe('Er sagte „ja“ und “ hallo”.');
  });

  it('gives a line the same answer alone as inside its document (found by a property run)', () => {
    const page = 'é“ By Die elektronische Patientenakte\nZweite Zeile „so“ und fertig.';
    const [first] = fixed(page).split('\n');
    expect(fixed(first)).toBe(first);
  });
});
