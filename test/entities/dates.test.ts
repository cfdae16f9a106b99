import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/entities/dates.js';

// Friday 20 June 2025, noon local: the publication day the mentions are resolved against.
const FRIDAY = new Date(2025, 5, 20, 12);
const MONDAY_OCT = new Date(2024, 9, 21, 12);

interface Row {
  sentence: string;
  mention: string;
  value: string;
  endValue?: string;
  reference?: Date;
}

// Sentences as news agencies write them, with the mention a reader would pick out and its value.
const TABLE: Row[] = [
  { sentence: 'North Korea on Thursday underscored the "absolute solidity" of its alliance with Russia.', mention: 'Thursday', value: '2025-06-19' },
  { sentence: "Seoul's spy agency said Friday that 1,500 soldiers were already in Russia.", mention: 'Friday', value: '2025-06-20' },
  { sentence: 'Shoigu met with Kim in Pyongyang on Tuesday, in his third visit.', mention: 'Tuesday', value: '2025-06-17' },
  { sentence: 'The minister told reporters on Saturday that talks had stalled.', mention: 'Saturday', value: '2025-06-14' },
  { sentence: 'Police said late Sunday that two people had been detained.', mention: 'late Sunday', value: '2025-06-15' },
  { sentence: 'The vote scheduled for Wednesday was postponed.', mention: 'Wednesday', value: '2025-06-25' },
  { sentence: "Monday's summit ended without a joint statement.", mention: 'Monday', value: '2025-06-16' },
  { sentence: 'The central bank last Friday kept rates on hold.', mention: 'last Friday', value: '2025-06-13' },
  { sentence: 'The two leaders will meet on Monday in Geneva.', mention: 'Monday', value: '2025-06-23' },
  { sentence: 'Talks are expected to resume next Tuesday.', mention: 'next Tuesday', value: '2025-06-24' },
  { sentence: 'The treaty was signed on June 19 last year in Pyongyang.', mention: 'June 19 last year', value: '2024-06-19' },
  { sentence: 'Troops were deployed between October last year and February this year.', mention: 'October last year', value: '2024-10' },
  { sentence: 'Troops were deployed between October last year and February this year.', mention: 'February this year', value: '2025-02' },
  { sentence: 'The treaty was signed last June 19 in Pyongyang.', mention: 'last June 19', value: '2024-06-19' },
  { sentence: 'North Korea deployed troops between last October and this February.', mention: 'last October', value: '2024-10' },
  { sentence: 'North Korea deployed troops between last October and this February.', mention: 'this February', value: '2025-02' },
  { sentence: 'In April, North Korea confirmed for the first time that it had sent troops.', mention: 'April', value: '2025-04' },
  { sentence: 'It was his third visit to the capital since March.', mention: 'March', value: '2025-03' },
  { sentence: 'Exports fell sharply in December, the ministry said.', mention: 'December', value: '2024-12' },
  { sentence: 'The deal signed in June included a mutual defence clause.', mention: 'June', value: '2024-06', reference: MONDAY_OCT },
  { sentence: 'Inflation eased in mid-June, the statistics office said.', mention: 'mid-June', value: '2025-06' },
  { sentence: 'The plant was shut down late last year.', mention: 'late last year', value: '2024' },
  { sentence: 'GDP grew 2.1 percent last year.', mention: 'last year', value: '2024' },
  { sentence: 'The company hired 300 engineers this year.', mention: 'this year', value: '2025' },
  { sentence: 'Elections are due next year.', mention: 'next year', value: '2026' },
  { sentence: 'In a meeting with Russia\'s security chief earlier this month, Kim decided to send workers.', mention: 'earlier this month', value: '2025-06' },
  { sentence: 'The ceasefire collapsed last month.', mention: 'last month', value: '2025-05' },
  { sentence: 'The ship left port a week ago.', mention: 'a week ago', value: '2025-06-13' },
  { sentence: 'He was arrested two days ago in Lagos.', mention: 'two days ago', value: '2025-06-18' },
  { sentence: 'The bridge opened three years ago.', mention: 'three years ago', value: '2022' },
  { sentence: 'The fighting resumed yesterday.', mention: 'yesterday', value: '2025-06-19' },
  { sentence: 'Parliament meets today to debate the budget.', mention: 'today', value: '2025-06-20' },
  { sentence: 'The envoy arrived in Seoul last week.', mention: 'last week', value: '2025-06-09', endValue: '2025-06-15' },
  { sentence: 'Officials met earlier this week.', mention: 'earlier this week', value: '2025-06-16', endValue: '2025-06-20' },
  { sentence: 'Delegations will gather next week in Vienna.', mention: 'next week', value: '2025-06-23', endValue: '2025-06-29' },
  { sentence: 'The summit takes place on June 19–20 in Brussels.', mention: 'June 19–20', value: '2025-06-19', endValue: '2025-06-20' },
  { sentence: 'Leaders gathered on June 19 and 20, 2024 in Apulia.', mention: 'June 19 and 20, 2024', value: '2024-06-19', endValue: '2024-06-20' },
  { sentence: 'The forum was held on 19–20 June 2025 in St Petersburg.', mention: '19–20 June 2025', value: '2025-06-19', endValue: '2025-06-20' },
  { sentence: 'The exhibition runs from June 19 to June 21.', mention: 'June 19 to June 21', value: '2025-06-19', endValue: '2025-06-21' },
  { sentence: 'Schools were closed Dec. 30–Jan. 2 because of the storm.', mention: 'Dec. 30–Jan. 2', value: '2024-12-30', endValue: '2025-01-02' },
  { sentence: 'North and South Korea remain technically at war as the 1950 to 1953 conflict ended with an armistice.', mention: '1950 to 1953', value: '1950', endValue: '1953' },
  { sentence: 'Veterans of the 1950-53 Korean War gathered in Busan.', mention: '1950-53', value: '1950', endValue: '1953' },
  { sentence: 'Output rose steadily between 2019 and 2021.', mention: '2019 and 2021', value: '2019', endValue: '2021' },
  { sentence: 'Russia annexed Crimea in 2014.', mention: '2014', value: '2014' },
  { sentence: 'The region has been under sanctions since 2017.', mention: '2017', value: '2017' },
  { sentence: 'The plant should be finished by the end of 2027.', mention: 'end of 2027', value: '2027' },
  { sentence: 'Prices peaked in mid-2022.', mention: 'mid-2022', value: '2022' },
  { sentence: "North Korea's state newspaper announced on June 20, 2024, that the leaders sealed a partnership.", mention: 'June 20, 2024', value: '2024-06-20' },
  { sentence: 'In June 2024, Putin travelled to Pyongyang.', mention: 'June 2024', value: '2024-06' },
  { sentence: 'Hamas attacked Israel on Oct. 7, 2023.', mention: 'Oct. 7, 2023', value: '2023-10-07' },
  { sentence: 'The attacks of Sept. 11, 2001 changed air travel.', mention: 'Sept. 11, 2001', value: '2001-09-11' },
  { sentence: 'The law took effect on 1 January 2025.', mention: '1 January 2025', value: '2025-01-01' },
  { sentence: 'Voting closes on Sunday, June 15, 2025, 10:15 PM local time.', mention: 'Sunday, June 15, 2025, 10:15 PM', value: '2025-06-15T22:15' },
  { sentence: 'The launch happened on June 3 off the east coast.', mention: 'June 3', value: '2025-06-03' },
  { sentence: 'The company reported results on Oct. 7.', mention: 'Oct. 7', value: '2024-10-07', reference: MONDAY_OCT },
  { sentence: 'The rally drew thousands on 3 June.', mention: '3 June', value: '2025-06-03' },
  { sentence: 'The missile was fired at 7:30 a.m. on Tuesday.', mention: '7:30 a.m. on Tuesday', value: '2025-06-17T07:30' },
  { sentence: 'Markets closed Wednesday at 4 p.m. EDT.', mention: 'Wednesday at 4 p.m. EDT', value: '2025-06-18T16:00-04:00' },
  { sentence: 'The prime minister resigned in October 2023.', mention: 'October 2023', value: '2023-10' },
  { sentence: 'Kim visited the Vostochny cosmodrome in September 2023.', mention: 'September 2023', value: '2023-09' },
  { sentence: 'The figures, released on 2025-06-18, surprised analysts.', mention: '2025-06-18', value: '2025-06-18' },
  { sentence: 'The results on 10.06.2025 were final.', mention: '10.06.2025', value: '2025-06-10' },
  { sentence: 'The court sat on 1.2.2025 at 9:30 and ruled.', mention: '1.2.2025 at 9:30', value: '2025-02-01T09:30' },
];

function find(row: Row) {
  return findDates(row.sentence, 0, row.reference ?? FRIDAY);
}

describe('date mentions in news sentences', () => {
  it('has a table of at least 60 sentence mentions (with the publication table, over 80)', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  for (const row of TABLE) {
    it(`${row.mention} in "${row.sentence.slice(0, 50)}…" → ${row.value}${row.endValue ? `/${row.endValue}` : ''}`, () => {
      const mentions = find(row);
      const hit = mentions.find((m) => m.text === row.mention);
      expect(hit, JSON.stringify(mentions)).toBeDefined();
      expect(hit?.value).toBe(row.value);
      expect(hit?.endValue).toBe(row.endValue);
      expect(row.sentence.slice(hit?.start, hit?.end)).toBe(row.mention);
    });
  }
});

describe('dotted and slashed dates', () => {
  it('dotted dates are day-first; one that cannot be keeps the month first, and slashes are read month-first', () => {
    expect(findDates('Between 10.06.2025 and 12.06.2025 it rained.', 0, FRIDAY).map((d) => d.value)).toEqual(['2025-06-10', '2025-06-12']);
    expect(findDates('It happened on 06.25.2025 in the end.', 0, FRIDAY).map((d) => d.value)).toEqual(['2025-06-25']);
    expect(findDates('It happened on 10/06/2025 in the end.', 0, FRIDAY).map((d) => d.value)).toEqual(['2025-10-06']);
  });
});

describe('things that look like dates but are not', () => {
  it('"Hwasong-19" is a missile, not a date', () => {
    expect(findDates('The North fired a Hwasong-19 intercontinental ballistic missile.', 0, FRIDAY)).toEqual([]);
  });

  it('"2024 Act" is a law, not a year', () => {
    expect(findDates('The ban falls under the 2024 Act on foreign agents.', 0, FRIDAY)).toEqual([]);
  });

  it('"1950 to 1953 conflict" is one year range, not two dates', () => {
    const [only, ...rest] = findDates('the 1950 to 1953 conflict ended with an armistice', 0, FRIDAY);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ text: '1950 to 1953', value: '1950', endValue: '1953' });
  });

  it('counts are not years: "2,000 troops", "2024 people", "2030 percent"', () => {
    expect(findDates('About 2,000 troops and 2024 people were moved, 2030 percent more.', 0, FRIDAY)).toEqual([]);
  });

  it('"9/11" names an event; a day and month in figures without a year is not resolved', () => {
    expect(findDates('Security has tightened since the 9/11 attacks.', 0, FRIDAY)).toEqual([]);
  });

  it('weekday abbreviations standing alone ("sun", "sat", "the Sun") and "a day out" are words', () => {
    expect(findDates('We sat in the sun all afternoon on a day out.', 0, FRIDAY)).toEqual([]);
    expect(findDates('The Sun reported it first.', 0, FRIDAY)).toEqual([]);
    expect(findDates('They met on Sat. June 14.', 0, FRIDAY).map((d) => d.value)).toContain('2025-06-14');
  });

  it('"march" and "may" in lower case are words', () => {
    expect(findDates('Protesters march on the capital and may clash with police.', 0, FRIDAY)).toEqual([]);
  });

  it('a figure before an era word is no year: every value has a four-digit year', () => {
    // chrono reads "3 Be" as year 3 of the Buddhist era (-540) and "3 BC" as -3, which ISO's four digits cannot write.
    for (const text of ['They will meet on June 3 Be there early.', 'The fire began on June 3 BE.', 'Crews left June 3 BC Hydro said.'])
      for (const d of findDates(text, 0, FRIDAY)) expect(d.value, text).toMatch(/^\d{4}(?:-|$)/);
  });

  it('durations and times counted from another event are not dates', () => {
    const text = 'Over the past year, 40 people were hurt in the past 24 hours; the day before, a year earlier, the army withdrew.';
    expect(findDates(text, 0, FRIDAY)).toEqual([]);
  });

  it('how long something took, a time counted from another event, millions and names in capitals are not dates', () => {
    for (const text of [
      'Police questioned him for 20 minutes and he spoke for two years about it.',
      'The truce collapsed within two days; a ruling is due within 30 days.',
      'The shooting happened 10 minutes before the game; he waited for eight minutes before calling.',
      'Shares worth 32M ago? The figure was 32M in all.',
      'He told USA TODAY that the show on NBC TODAY was over.',
    ]) {
      expect(findDates(text, 0, FRIDAY), text).toEqual([]);
    }
    // The same words as dates stay dates.
    expect(findDates('The trial lasted for 11 hours on Tuesday; TODAY the jury returns.', 0, FRIDAY).map((d) => d.text)).toEqual(['Tuesday', 'TODAY']);
    expect(findDates('THE STORE IS CLOSED MONDAY', 0, FRIDAY).map((d) => d.text)).toEqual(['MONDAY']);
  });

  it('a span counted forward is a duration too, but "next year" alone is a date', () => {
    const text = 'The plan costs $5bn over the next two years; talks resume in the next few days, within the next 3 weeks.';
    expect(findDates(text, 0, FRIDAY)).toEqual([]);
    expect(findDates('The deal is expected next year.', 0, FRIDAY).map((d) => d.value)).toEqual([String(FRIDAY.getFullYear() + 1)]);
  });
});

describe('no date after the reference unless the text says so', () => {
  const lookingBack = TABLE.filter((r) => !/\b(?:will|next|expected|scheduled|due|should|takes place|runs|closes)\b/.test(r.sentence));

  it('every mention in a sentence about the past lies on or before the publication day', () => {
    for (const row of lookingBack) {
      const ref = row.reference ?? FRIDAY;
      const day = `${ref.getFullYear()}-${String(ref.getMonth() + 1).padStart(2, '0')}-${String(ref.getDate()).padStart(2, '0')}`;
      for (const m of find(row)) expect(`${m.endValue ?? m.value}`.slice(0, 10) <= day, `${row.sentence} → ${m.value}`).toBe(true);
    }
  });

  it('"will meet on Monday" is the coming Monday, after publication', () => {
    const [monday] = findDates('The two sides will meet on Monday.', 0, FRIDAY);
    expect(monday.value).toBe('2025-06-23');
  });

  it('a forward word reaches only its own clause: a past-tense verb or a clause break after it looks back again', () => {
    const value = (sentence: string) => findDates(sentence, 0, FRIDAY).map((d) => `${d.text}=${d.value}`);
    expect(value('The minister, who will retire next year, said on Monday that talks had stalled.')).toEqual([
      'next year=2026',
      'Monday=2025-06-16',
    ]);
    expect(value('He will be remembered for what he did in March.')).toEqual(['March=2025-03']);
    expect(value('The vote, which was delayed in March, will take place soon.')).toEqual(['March=2025-03']);
    expect(value('Officials will meet the envoy; the deal dates from March.')).toEqual(['March=2025-03']);
    // Participles, adjectives, lists and clock times do not end the clause.
    expect(value('The plant will be fully completed in March.')).toEqual(['March=2026-03']);
    expect(value('The road will remain closed until March.')).toEqual(['March=2026-03']);
    expect(value('The council will vote on the proposed budget in March.')).toEqual(['March=2026-03']);
    expect(value('They will travel to Paris, Berlin and Rome in March.')).toEqual(['March=2026-03']);
    expect(value('The two leaders will meet at 10:30 on Monday.')).toEqual(['10:30 on Monday=2025-06-23T10:30']);
    // Names and hyphenated adjectives that end in -ed are not verbs.
    expect(value('The president will meet Mohammed bin Salman on Monday.')).toEqual(['Monday=2025-06-23']);
    expect(value('Ministers will join the US-led talks on Monday.')).toEqual(['Monday=2025-06-23']);
    expect(value('The envoy will meet Iran-backed rebels in March.')).toEqual(['March=2026-03']);
  });

  it('the same weekday in a sentence about the past is the Monday before', () => {
    const [monday] = findDates('The two sides met on Monday.', 0, FRIDAY);
    expect(monday.value).toBe('2025-06-16');
  });
});
