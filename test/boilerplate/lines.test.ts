import { describe, expect, it } from 'vitest';
import { isCaption } from '../../src/boilerplate/captions.js';
import { isDateLine } from '../../src/boilerplate/date-lines.js';
import { isCommentHeader, isSectionHeader, LINE_PHRASES, phraseReason } from '../../src/boilerplate/phrases.js';
import { normalise } from '../../src/index.js';

describe('line rules', () => {
  it('recognises lines that are only a date or time', () => {
    for (const t of ['November 19, 2019 at 6:34 am', '20/11/2019 10:43', 'Wednesday 20 Nov 2019, 11:42 GMT', '2019-11-20T10:43:00+02:00']) {
      expect(isDateLine(t), t).toBe(true);
    }
    for (const t of ['Election 2019', 'The vote is on May 5, 2020.', 'Budget 2020 explained']) expect(isDateLine(t), t).toBe(false);
  });

  it('recognises comment-thread headers but not sentences about comments', () => {
    for (const t of ['Comments', '34 Comments', '[ 167 comments ]', 'Leave a Reply', '12 responses to “Headline”', 'Top Rated Comments']) {
      expect(isCommentHeader(t), t).toBe(true);
    }
    expect(isCommentHeader('The minister declined to make further comments on the case.')).toBe(false);
  });

  it('knows related-story headers in other shapes', () => {
    for (const t of ['Related Articles', 'More from Reuters', 'You may also like', 'Most Read']) expect(isSectionHeader(t), t).toBe(true);
  });

  it('removes a one-line promo ("Read also: headline") between paragraphs, and keeps prose that starts the same way', () => {
    const text = [
      'Council backs the harbour plan',
      'The city council met on Tuesday to discuss the new harbour plan, which has drawn criticism from residents.',
      'Read also: Harbour tolls to rise next year as costs climb',
      'The mayor said the plan would go ahead despite the protests, adding that the city needed the berths.',
      'READ MORE | Ferry timetable changes from Monday',
      'More: the council will publish the full plan in June. Residents can comment until the end of July.',
    ].join('\n');
    const a = normalise(text);
    expect(a.removed.filter((r) => r.reason === 'related-link').map((r) => r.text)).toEqual([
      'Read also: Harbour tolls to rise next year as costs climb',
      'READ MORE | Ferry timetable changes from Monday',
    ]);
    expect(a.text).toContain('More: the council will publish');
  });

  it('resumes the article after a menu word that looks like a related header', () => {
    const text = [
      'Budget vote passes after late-night session',
      'Latest',
      'Politics',
      'World',
      'Lawmakers approved the budget shortly after midnight, ending a standoff that had lasted for three weeks.',
      'The measure now goes to the governor.',
    ].join('\n');
    const a = normalise(text);
    expect(a.text).toContain('Lawmakers approved the budget');
    expect(a.text).not.toContain('Politics');
  });
});

describe('relative timestamps', () => {
  it('removes lines ending in a relative time, in any case, and keeps sentences', () => {
    const lines = ['48 seconds ago', 'Updated 3 HOURS AGO', 'posted: 2 days Ago', 'Council backs the harbour plan5 minutes ago'];
    const text = ['Council backs the harbour plan', ...lines, 'The plan was approved 3 days ago. Work starts soon.', 'Chicago'];
    const removed = normalise(text.join('\n')).removed.filter((r) => r.reason === 'relative-timestamp');
    expect(removed.map((r) => r.text)).toEqual(lines);
  });
});

describe('phrase tables', () => {
  // Each table is tested as one pattern: it must answer as trying the phrases one by one does.
  const LINES = [
    'Home | News | World | Business',
    'News > UK > London',
    'Home / News / London',
    'Facebook Twitter WhatsApp Email',
    'Facebook | Twitter | Email',
    'Read more | Harbour tolls to rise',
    'Prices rose 5% / year',
    'Share this article',
    'Share on Facebook',
    'Subscribe now!',
    'Advertisement',
    'Copyright 2025 Example News. All rights reserved.',
    '© 2025 Example',
    'Example Media Ltd. All rights reserved',
    'We use cookies to improve your experience.',
    'Tags: politics, budget',
    'Reporting by Jane Doe; editing by John Roe.',
    'Read more: Harbour tolls to rise',
    '34 Comments',
    'Comments:',
    'Home',
    'x',
    'Search：',
    'The council backs the harbour plan.',
    'Home secretary resigns',
    'Sharing the load',
    'Tags: all rights reserved',
  ];

  it('gives the reason of the first phrase that matches a line', () => {
    for (const line of LINES) {
      const first = LINE_PHRASES.find(([, re]) => re.test(line.trim()))?.[0] ?? null;
      expect(phraseReason(line), line).toBe(first);
    }
    // "… all rights reserved" after at most 80 characters (the pattern's quantifier is lazy, which does not
    // change what it matches as a whole line, only how quickly it fails).
    expect(phraseReason(`${'x'.repeat(80)} All rights reserved.`)).toBe(null);
    expect(phraseReason(`${'x'.repeat(79)} All rights reserved.`)).toBe('legal');
    // A line matching phrases of two reasons takes the one listed first in the table.
    expect(phraseReason('Tags: all rights reserved')).toBe('legal');
  });

  it('matches section and comment headers only whole', () => {
    for (const t of ['Related', 'Related stories:', 'More from Reuters', 'Lire aussi'])
      expect(isSectionHeader(t), t).toBe(true);
    for (const t of ['Related to the case, the court said', 'Latest figures show a rise.'])
      expect(isSectionHeader(t), t).toBe(false);
    expect(isCommentHeader('Comments are closed.')).toBe(true);
    expect(isCommentHeader('Comments are closed on this story because of legal concerns.')).toBe(false);
  });
});

describe('captions', () => {
  it('knows captions and credits in each shape, and not prose about photos', () => {
    for (const t of [
      'Photo: Jane Doe',
      'Image credit | Reuters',
      '(AP Photo/Ahn Young-joon)',
      'Firefighters at the scene. (AP Photo/Jane Doe)',
      'Firefighters at the scene. AFP Photo',
      'The harbour at dawn / Getty Images',
      'The harbour at dawn | EPA-EFE',
      'The harbour at dawn / Reuters via Getty Images)',
      'Getty Images',
      'AFP via Getty Images',
      'Image caption: Residents watch the smoke rise',
      'Shutterstock',
    ]) {
      expect(isCaption(t), t).toBe(true);
    }
    for (const t of [
      'The photographer said the AP photo was taken at dawn.',
      'Either/or decisions were made by Reuters staff',
      'Getty Images said it would appeal',
    ]) {
      expect(isCaption(t), t).toBe(false);
    }
  });
});

describe('the last line', () => {
  const head = [
    'Council sets out budget plan for next year',
    'By Jane Smith',
    'The city council published its draft budget on Tuesday, setting out spending on roads, schools and parks.',
    'Councillors said the plan would protect front-line services while keeping the tax rise below inflation.',
  ].join('\n');

  it('keeps a last paragraph that lost its period when it reads as a sentence or asks a question', () => {
    for (const last of [
      'The council will vote on the budget in March, and residents can comment online until then',
      'What happens next?',
      'the mayor replied: “We will see”',
      '"It is a great day for the city," she said',
      'Officials said the lanes would cost £12m — about $15m',
      'Residents will be able to comment on the plan online until the end of March before the final vote in April',
    ]) {
      const a = normalise(`${head}\n${last}\n`);
      expect(a.paragraphs.at(-1)?.text, last).toBe(last);
      expect(a.removed.map((r) => r.text)).not.toContain(last);
    }
  });

  it('still takes a lone trailing headline or caption, and a run of teaser headlines', () => {
    const caption = normalise(`${head}\nResidents gather at the town hall on Tuesday\n`);
    expect(caption.removed).toContainEqual({ text: 'Residents gather at the town hall on Tuesday', reason: 'caption' });
    const run = normalise(`${head}\nHarbour tolls to rise next year\nWhat will the new ferry timetable mean for you?\n`);
    expect(run.removed.filter((r) => r.reason === 'related-headline').map((r) => r.text)).toEqual([
      'Harbour tolls to rise next year',
      'What will the new ferry timetable mean for you?',
    ]);
  });
});

describe('share and comment widgets at the end', () => {
  it('labels a row of share buttons and a comment counter as such, not as headlines', () => {
    const text = [
      'Council backs the harbour plan',
      'The city council met on Tuesday to discuss the new harbour plan, which has drawn criticism from residents.',
      'The mayor said the plan would go ahead despite the protests, adding that the city needed the berths.',
      'Facebook Twitter WhatsApp Email',
      'Comments (34)',
    ].join('\n');
    const removed = normalise(text).removed;
    expect(removed).toContainEqual({ text: 'Facebook Twitter WhatsApp Email', reason: 'share' });
    expect(removed).toContainEqual({ text: 'Comments (34)', reason: 'comments' });
    expect(phraseReason('Email • Twitter')).toBe('share');
    expect(phraseReason('Facebook | Twitter | Email')).toBe('share');
    expect(phraseReason('Twitter')).toBe('share');
  });
});

describe('page furniture lines at the top', () => {
  it('takes breadcrumbs for navigation, and keeps headlines and prose with the same marks', () => {
    for (const t of ['Home | News | World | Business | Sport', 'News > UK > London', 'Home / News / London', 'Главная » Интересное']) {
      expect(phraseReason(t), t).toBe('navigation');
    }
    for (const t of [
      'Milan Design Week 2018 | FLOS pays tribute to Achille Castiglioni',
      'Fares rise 5% > inflation, says watchdog',
      'The score was 3 / 4 / 5 after the first round.',
    ]) {
      expect(phraseReason(t), t).toBeNull();
    }
  });

  it('leaves a byline written like a trail to the byline reader ("By Anna Smith | Reuters | 5 June 2025")', () => {
    const body = 'The council backed the harbour plan on Monday after a long debate, officials said on Tuesday.';
    for (const line of ['By Anna Smith | Reuters | 5 June 2025', 'Anna Smith | Reuters | 5 June 2025']) {
      const a = normalise(`Council backs the harbour plan\n\n${line}\n\n${body}`, { now: '2025-06-20' });
      expect(a, line).toMatchObject({ authors: ['Anna Smith'], source: 'Reuters', publishedAt: '2025-06-05' });
      expect(a.removed).toContainEqual({ text: line, reason: 'byline' });
    }
  });

  it('takes reading-time and listen lines for page furniture', () => {
    for (const t of ['3 min read', '5 minute read', '4-minute read', 'Reading time: 4 minutes', 'Listen to this article', 'Listen to this article · 4:12', 'Listen to article (3 min)']) {
      expect(phraseReason(t), t).toBe('page-furniture');
    }
    expect(phraseReason('Listen to this: the band is back')).not.toBe('page-furniture');
  });
});
