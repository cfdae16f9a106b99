import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/index.js';

const people = (text: string, options = {}) => normalise(text, { now: '2025-01-01', ...options }).people;
const names = (text: string, options = {}) => people(text, options).map((p) => p.name);

describe('people in one article', () => {
  it('keeps Kim Jong Un and Kim Yo Jong apart, and leaves a bare "Kim" unattached when both fit', () => {
    const text =
      'North Korean leader Kim Jong Un inspected the site on Monday.\n\n' +
      'His sister Kim Yo Jong said in a statement that Seoul would pay.\n\n' +
      'Kim also said the drills would go on.';
    const found = people(text);
    expect(found.map((p) => p.name)).toEqual(['Kim Jong Un', 'Kim Yo Jong']);
    expect(found.every((p) => !p.aliases.includes('Kim'))).toBe(true);
  });

  it('tells Hong Min from Hong Kong and attaches "Hong said" to the analyst', () => {
    const text =
      'Markets in Hong Kong fell sharply on Friday.\n\n' +
      '"This is a framework," Hong Min, a senior analyst at the Korea Institute for National Unification, told AFP.\n\n' +
      'The deal is solid, Hong said.';
    const article = normalise(text, { now: '2025-01-01' });
    expect(article.people).toEqual([{ name: 'Hong Min', aliases: ['Hong'], mentions: 2 }]);
    expect(article.places?.map((p) => p.name)).toContain('Hong Kong');
    expect(article.organizations?.map((o) => o.name)).toContain('Korea Institute for National Unification');
  });

  it('does not take publications or weapons for people', () => {
    const text =
      'The North’s mainstream daily Rodong Sinmun said on Thursday that the Hwasong-19 was launched.\n\n' +
      'Rodong Sinmun said the test was a success, and the Hwasong-19 said to fly far.';
    const article = normalise(text, { now: '2025-01-01' });
    expect(article.people).toEqual([]);
    expect(article.organizations).toEqual([{ name: 'Rodong Sinmun', aliases: [], mentions: 2 }]);
  });

  it('strips titles and honorifics and keeps the full stop out of the name', () => {
    const found = names('The plan was backed by Gen. Valery Gerasimov.\n\nIt was approved by Mr. Oleksandr Syrskyi.');
    expect(found).toEqual(['Valery Gerasimov', 'Oleksandr Syrskyi']);
  });

  it('merges spellings the curated table does not hold, under the most frequent full form', () => {
    const text =
      'Ukraine’s commander Oleksandr Syrskyi said the line held.\n\n' +
      'Oleksandr Syrsky visited the front on Monday.\n\n' +
      'Commander Oleksandr Syrskyi added that more troops were coming, and Syrskyi said it again.';
    expect(people(text)).toEqual([
      { name: 'Oleksandr Syrskyi', aliases: ['Oleksandr Syrsky', 'Syrskyi'], mentions: 4 },
    ]);
  });

  it('merges agency spellings without the curated table at all', () => {
    const text = 'Security Council Secretary Sergey Shoygu said Moscow would help.\n\nSergei Shoigu met Kim in Pyongyang.';
    const [person] = people(text, { aliases: [] });
    expect(person.aliases).toContain('Sergey Shoygu');
    expect(person.aliases.concat(person.name)).toContain('Sergei Shoigu');
  });

  it('lets a user alias table pin the canonical name', () => {
    const text = 'North Korean leader Kim Jong Un met envoys.\n\nKim Jong-un said the talks went well.';
    const found = people(text, { aliases: [{ name: 'Kim Jong-un', aliases: [] }] });
    expect(found).toEqual([{ name: 'Kim Jong-un', aliases: ['Kim Jong Un'], mentions: 2 }]);
  });

  it('reads "Putin-Kim" as two surnames', () => {
    const text = 'Russian President Vladimir Putin met leader Kim Jong Un.\n\nThe Putin-Kim deal is solid, experts said.';
    expect(people(text).map((p) => p.aliases)).toEqual([['Putin'], ['Kim']]);
  });

  it('needs a cue or a table entry before calling a capitalised pair a person', () => {
    expect(names('Golden Dawn Rising is a film about Brave Hearts.')).toEqual([]);
  });

  it('reads the name after a quote and its verb as a person ("…," said Ingrid Holm), but not a bare verb', () => {
    const text = '"My father worked here for forty-one years," said Ingrid Holm, one of the volunteers.';
    expect(names(text)).toEqual(['Ingrid Holm']);
    expect(names('The minister said Golden Dawn Rising would open soon.')).toEqual([]);
  });
});

describe('organisations and places', () => {
  it('gives table names to known places and organisations, whatever the spelling', () => {
    const article = normalise('Officials in Kiev and Kyiv spoke to KCNA and the Korean Central News Agency on Monday.', {
      now: '2025-01-01',
    });
    expect(article.places).toEqual([{ name: 'Kyiv', aliases: ['Kiev'], mentions: 2 }]);
    expect(article.organizations).toEqual([{ name: 'Korean Central News Agency', aliases: ['KCNA'], mentions: 2 }]);
  });

  it('recognises organisations and places by their head words', () => {
    const article = normalise('A Foreign Ministry official said a bridge over the Tumen River is planned.', { now: '2025-01-01' });
    expect(article.organizations?.map((o) => o.name)).toEqual(['Foreign Ministry']);
    expect(article.places?.map((p) => p.name)).toEqual(['Tumen River']);
  });

  it('takes nothing from a title-cased headline by its head words', () => {
    const article = normalise('North Korea Troop Deployment Locks In Russia Military Alliance\n\nThe body text follows here.', {
      now: '2025-01-01',
    });
    expect(article.organizations).toEqual([]);
  });

  it('lets a typed alias entry pin an organisation name', () => {
    const article = normalise('Yonhap News said on Monday that talks had begun.', {
      now: '2025-01-01',
      aliases: [{ name: 'Yonhap News Agency', aliases: ['Yonhap News'], type: 'organization' }],
    });
    expect(article.organizations).toEqual([{ name: 'Yonhap News Agency', aliases: ['Yonhap News'], mentions: 1 }]);
  });
});
