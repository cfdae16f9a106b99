import { describe, expect, it } from 'vitest';
import { agencyName, leadingAgency } from '../../src/metadata/agencies.js';
import { parseByline, splitAuthors } from '../../src/metadata/byline.js';
import { matchDateline } from '../../src/metadata/dateline.js';
import table from '../../data/agencies.json';
import { normalise } from '../../src/index.js';

describe('bylines: authors split and cleaned, agencies as source', () => {
  const cases: Array<[string, string[], string | null]> = [
    ['By Jane Doe and John Roe, Reuters', ['Jane Doe', 'John Roe'], 'Reuters'],
    ['By Hyung-Jin Kim and Jiwon Song, Associated Press', ['Hyung-Jin Kim', 'Jiwon Song'], 'AP'],
    ['By JANE DOE, Staff Writer', ['Jane Doe'], null],
    ['By Jane Doe, Senior Correspondent, and John Roe', ['Jane Doe', 'John Roe'], null],
    ['By Jane Doe (jane.doe@example.com)', ['Jane Doe'], null],
    ['By Jane Doe in Seoul', ['Jane Doe'], null],
    ['By Lee Ji-hye, Yonhap News Agency', ['Lee Ji-hye'], 'Yonhap'],
    ['By The Associated Press', [], 'AP'],
    ['By Reuters Staff', [], 'Reuters'],
    ['By AFP', [], 'AFP'],
    ['By Staff Writer', [], null],
    ['By Maria Ortega and agencies', ['Maria Ortega'], null],
    ['Muhammad Irfan Published October 19, 2024 | 02:50 PM', ['Muhammad Irfan'], null],
    ['By Sanne de Vries and Piet Jansen | 14 May 2025', ['Sanne de Vries', 'Piet Jansen'], null],
    ['By Sanne de Vries and Piet Jansen · 14 May 2025', ['Sanne de Vries', 'Piet Jansen'], null],
    ['By Sanne de Vries • Piet Jansen ∙ 14 May 2025', ['Sanne de Vries', 'Piet Jansen'], null],
    ['By Sanne de Vries ‧ Published 14 May 2025', ['Sanne de Vries'], null],
  ];
  for (const [line, authors, source] of cases) {
    it(line, () => {
      expect(parseByline(line)).toMatchObject({ authors, source });
    });
  }

  it('is not fooled by sentences that start with "By"', () => {
    expect(parseByline('By the way, prices rose again in May.')).toBeNull();
    expect(parseByline('By 2030 the fleet will double.')).toBeNull();
  });

  it('takes no body sentence for a date line ("Now that…", "Today the…", a sentence opening with a date)', () => {
    expect(parseByline('Now that his trial has ended, prosecutors released the body camera footage.')).toBeNull();
    expect(parseByline('Today the council voted to close the road to through traffic.')).toBeNull();
    expect(parseByline('June 19, 2025 was the hottest day the city has recorded since its records began.')).toBeNull();
    expect(parseByline('June 18, 2025 7:12 AM GMT+1 Updated 2 hours ago')).toMatchObject({ publishedAt: '2025-06-18T07:12+01:00' });
  });

  it('leaves e-mail addresses and role words out of the names', () => {
    expect(splitAuthors('jdoe@example.com, Jane Doe, Chief Correspondent')).toEqual({ authors: ['Jane Doe'], source: null });
  });

  it('reads a job title after a comma as the name\'s, not as a second author ("Middle East" is a beat)', () => {
    expect(splitAuthors('Ann Other, Local Affairs Reporter')).toEqual({ authors: ['Ann Other'], source: null });
    expect(splitAuthors('Jane Doe and John Roe, Middle East Correspondents').authors).toEqual(['Jane Doe', 'John Roe']);
    expect(splitAuthors('Jane Doe, Senior Health Reporter, in London').authors).toEqual(['Jane Doe']);
    // Without the comma the role only comes off the name.
    expect(splitAuthors('Jane Doe and John Roe Staff Writers').authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads "… Staff" after a name and a name ending in News, Media, Radio… as the publication', () => {
    expect(splitAuthors('Al Jazeera Staff')).toEqual({ authors: [], source: 'Al Jazeera' });
    expect(splitAuthors('JANE DOE, BBC News')).toEqual({ authors: ['Jane Doe'], source: 'BBC News' });
    expect(splitAuthors('Jane Doe, Sky News and Reuters')).toEqual({ authors: ['Jane Doe'], source: 'Sky News' });
  });
});

describe('agencies come from data/agencies.json', () => {
  it('every alias in the table maps to its agency', () => {
    for (const { name, aliases } of table.agencies) for (const alias of aliases) expect(agencyName(alias)).toBe(name);
  });

  it('short codes count only in capitals ("AP", not "ap")', () => {
    expect(agencyName('ap')).toBeNull();
    expect(agencyName('Aa')).toBeNull();
  });

  it('finds the agency in a credit with several parts', () => {
    expect(leadingAgency('APP - UrduPoint / Pakistan Point News - 19th Oct, 2024')).toBe('APP');
  });
});

describe('datelines of the agencies', () => {
  const REF = new Date(2025, 5, 20, 12);
  const cases: Array<[string, string, string | null, string]> = [
    ['WASHINGTON (AP) — The Senate voted on Thursday.', 'WASHINGTON', 'AP', 'The Senate voted on Thursday.'],
    ['KYIV, Ukraine (AP) — Russian drones struck the city.', 'KYIV', 'AP', 'Russian drones struck the city.'],
    ['LONDON, June 3 (Reuters) - British inflation eased.', 'LONDON', 'Reuters', 'British inflation eased.'],
    ['PARIS, June 4 (AFP) - France said on Wednesday.', 'PARIS', 'AFP', 'France said on Wednesday.'],
    ["MOSCOW, June 5. /TASS/. Russia's foreign ministry said.", 'MOSCOW', 'TASS', "Russia's foreign ministry said."],
    ["BEIJING, June 6 (Xinhua) -- China's exports rose.", 'BEIJING', 'Xinhua', "China's exports rose."],
    ["ANKARA (AA) - Turkey's parliament approved the bill.", 'ANKARA', 'Anadolu', "Turkey's parliament approved the bill."],
    ['SEOUL, June 19 (Yonhap) -- North Korea said.', 'SEOUL', 'Yonhap', 'North Korea said.'],
    ['NEW DELHI, June 7 (PTI): India said.', 'NEW DELHI', 'PTI', 'India said.'],
  ];
  for (const [line, place, source, rest] of cases) {
    it(line, () => {
      expect(matchDateline(line, REF)).toMatchObject({ place, source, rest });
    });
  }
});

describe('a dateline is cut off at a word boundary', () => {
  const cut = (paragraph: string) => {
    const article = normalise(`Harbour works reopen\n\n${paragraph}`, { now: '2025-06-20' });
    return {
      removed: article.removed.filter((r) => r.reason === 'dateline').map((r) => r.text),
      first: article.paragraphs[0]?.text,
    };
  };

  it('takes stray marks glued to the credit with it, and the dash after them', () => {
    expect(cut('Beijing (Xinhua)’ — The harbour works finished two weeks early, the city said on Tuesday.')).toEqual({
      removed: ['Beijing (Xinhua)’ —'],
      first: 'The harbour works finished two weeks early, the city said on Tuesday.',
    });
    expect(cut('WASHINGTON (AP) -’- The harbour works finished two weeks early, the city said on Tuesday.')).toEqual({
      removed: ['WASHINGTON (AP) -’-'],
      first: 'The harbour works finished two weeks early, the city said on Tuesday.',
    });
  });

  it('takes the whole line when only marks glued to the credit follow it (found by the word-accounting property)', () => {
    expect(cut('A ( )!')).toEqual({ removed: ['A ( )!'], first: undefined });
    expect(cut('LONDON (AP)!')).toEqual({ removed: ['LONDON (AP)!'], first: undefined });
  });

  it('takes lower-case debris glued to the credit with it, and the marks and dash after it', () => {
    expect(cut('BEIJING, March 10 (Reuters)é , -- The harbour works finished two weeks early, the city said.')).toEqual({
      removed: ['BEIJING, March 10 (Reuters)é, --'],
      first: 'The harbour works finished two weeks early, the city said.',
    });
    // A capital glued to the credit starts the paragraph ("(AP)The …"): the cut stays at the parenthesis.
    expect(cut('WASHINGTON (AP)The harbour works finished two weeks early, the city said.').first).toBe(
      'The harbour works finished two weeks early, the city said.',
    );
  });

  it('leaves a quote that opens the paragraph, and text glued to the dash, where they were', () => {
    expect(cut('WASHINGTON (AP) — “We will,” the mayor said of the harbour works on Tuesday.').first).toBe(
      '“We will,” the mayor said of the harbour works on Tuesday.',
    );
    expect(cut('WASHINGTON (AP)—The harbour works finished two weeks early, the city said.').first).toBe(
      'The harbour works finished two weeks early, the city said.',
    );
  });

  it('leaves a quote glued to the dash with the paragraph it opens (found by the word-accounting property)', () => {
    // The repair closes the space inside the quote ("— “  We" becomes "—“We"): the quote still opens the paragraph.
    expect(cut('WASHINGTON (AP) —“  We will,” the mayor said of the harbour works on Tuesday.')).toEqual({
      removed: ['WASHINGTON (AP) —'],
      first: '“We will,” the mayor said of the harbour works on Tuesday.',
    });
    // Stray marks before it still go with the credit.
    expect(cut('LONDON (AP)’“We will,” the mayor said of the harbour works on Tuesday.')).toEqual({
      removed: ['LONDON (AP)’'],
      first: '“We will,” the mayor said of the harbour works on Tuesday.',
    });
  });

  it('takes stray marks glued to the credit and to the first word with the credit', () => {
    expect(cut('Beijing (Xinhua)’—The harbour works finished two weeks early, the city said on Tuesday.')).toEqual({
      removed: ['Beijing (Xinhua)’—'],
      first: 'The harbour works finished two weeks early, the city said on Tuesday.',
    });
    expect(cut('WASHINGTON (AP) -’-The harbour works finished two weeks early, the city said on Tuesday.').first).toBe(
      'The harbour works finished two weeks early, the city said on Tuesday.',
    );
  });
});
