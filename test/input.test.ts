import { describe, expect, it } from 'vitest';
import { NormaliseError, normalise } from '../src/index.js';

const TEXT = 'Kim Jong-un met officials in Pyongyang on Friday. Kim Jong Un said the talks went well.';

describe('normalise input and options', () => {
  it('writes a numeric id out as a string (the Article id is a string or null)', () => {
    expect(normalise({ text: TEXT, id: 7 as unknown as string }).id).toBe('7');
    expect(() => normalise({ text: TEXT, id: { nested: true } as unknown as string })).toThrow(/input `id` must be a string/);
  });

  it('refuses input that is not a document with NormaliseError BAD_INPUT', () => {
    for (const input of [null, 42, { text: Symbol('x') }, { title: TEXT }]) {
      const run = () => normalise(input as unknown as string);
      expect(run).toThrow(NormaliseError);
      expect(run).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    }
  });

  it('reads an alias table as the CLI reads its --aliases file: "aliases" and "type" may be left out', () => {
    const [person] = normalise(TEXT, { aliases: [{ name: 'Kim Jong Un' } as never] }).people;
    expect(person.name).toBe('Kim Jong Un');
    const sections = normalise(TEXT, { aliases: { people: [{ name: 'Kim Jong Un', aliases: [] }] } as never });
    expect(sections.people[0].name).toBe('Kim Jong Un');
  });

  it('refuses a wrong option with a TypeError that names it', () => {
    expect(() => normalise(TEXT, { now: 'not a date' })).toThrow(/invalid "now"/);
    expect(() => normalise(TEXT, { now: '2025-02-30' })).toThrow(/invalid "now": 2025-02-30 is not a date/);
    expect(normalise(TEXT, { now: '2024-02-29' }).language).toBe('eng');
    expect(() => normalise(TEXT, { maxInputBytes: -1 })).toThrow(/invalid "maxInputBytes"/);
    expect(() => normalise(TEXT, { aliases: [{ aliases: ['x'] }] as never })).toThrow(/invalid "aliases".*"name"/);
    expect(() => normalise(TEXT, { aliases: 'names.json' as never })).toThrow(TypeError);
  });
});
