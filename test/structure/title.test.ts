import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/index.js';

const HEADLINE = 'Wildfires force thousands to flee homes in southern Spain';
const BODY = [
  'LONDON (Reuters) - Thousands of people were evacuated from their homes on Tuesday as wildfires spread, officials said.',
  'The regional emergency service said more than 2,000 firefighters were deployed.',
].join('\n');

describe('title and dateline under page furniture', () => {
  it('reads the headline under a breadcrumb, not the breadcrumb', () => {
    for (const crumb of ['Home | News | World | Business | Sport', 'News > UK > London', 'Home / News / London']) {
      const a = normalise(`${crumb}\n${HEADLINE}\nBy Ana García\n${BODY}\n`);
      expect(a.title, crumb).toBe(HEADLINE);
      expect(a.subtitle, crumb).toBeNull();
      expect(a.removed, crumb).toContainEqual({ text: crumb, reason: 'navigation' });
      expect(a).toMatchObject({ dateline: 'LONDON', source: 'Reuters', authors: ['Ana García'] });
    }
  });

  it('takes a section label in capitals for a label, not a dateline', () => {
    const a = normalise(`WORLD NEWS\n${HEADLINE}\n${BODY}\n`);
    expect(a).toMatchObject({ title: HEADLINE, dateline: 'LONDON', source: 'Reuters' });
    expect(a.removed).toContainEqual({ text: 'WORLD NEWS', reason: 'label' });
    expect(a.paragraphs[0].text).toMatch(/^Thousands of people/);
    // Without a headline, a paragraph that opens with its own dateline shows the line above it is a label.
    const b = normalise(`WORLD NEWS\n${BODY}\n`);
    expect(b).toMatchObject({ dateline: 'LONDON', source: 'Reuters' });
    expect(b.removed).toContainEqual({ text: 'WORLD NEWS', reason: 'label' });
  });

  it('still reads a place on a line of its own over a paragraph as the dateline', () => {
    const text = `${HEADLINE}\nANKARA\nTürkiye and Azerbaijan on Tuesday signed an agreement, the ministry said.\nTalks began in March.\n`;
    const a = normalise(text);
    expect(a).toMatchObject({ title: HEADLINE, dateline: 'ANKARA' });
    expect(a.paragraphs[0].text).toMatch(/^Türkiye/);
  });

  it('finds the dateline and source after listen and reading-time lines', () => {
    const a = normalise(`${HEADLINE}\nBy Ana García\nListen to this article\n3 min read\n${BODY}\n`);
    expect(a).toMatchObject({ title: HEADLINE, dateline: 'LONDON', source: 'Reuters' });
    expect(a.removed).toContainEqual({ text: '3 min read', reason: 'page-furniture' });
    expect(a.paragraphs.map((p) => p.text)).not.toContain('Listen to this article');
  });
});
