import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/index.js';

const BODY = 'The central bank kept its main rate at 4.25 percent on Thursday, citing stubborn services inflation.';

describe('credit lines leave the body', () => {
  it('"Source:" names the agency; "Editor:" is dropped, not an author', () => {
    const a = normalise(`Central bank holds rates steady again\nSource: Xinhua\nEditor: Liu Wen\n${BODY}`);
    expect(a.source).toBe('Xinhua');
    expect(a.authors).toEqual([]);
    expect(a.paragraphs.map((p) => p.text)).toEqual([BODY]);
    expect(a.removed).toEqual(expect.arrayContaining([{ text: 'Editor: Liu Wen', reason: 'credit' }]));
  });

  it('a closing "(Reporting by …; Editing by …)" gives the reporters as authors, not the editor', () => {
    const a = normalise(`Central bank holds rates steady again\n\n${BODY}\n\n(Reporting by Jane Holloway in London; Editing by Sam Whitfield)`);
    expect(a.authors).toEqual(['Jane Holloway']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([BODY]);
    expect(a.removed.find((r) => r.text.startsWith('(Reporting by'))?.reason).toBe('credit');
  });

  it('"… contributed to this report." is a credit, and the byline\'s authors stay', () => {
    const a = normalise(`Central bank holds rates steady again\nBy Lisa Martens\n\n${BODY}\n\nAssociated Press writer Dana Whitcomb contributed to this report.`);
    expect(a.authors).toEqual(['Lisa Martens']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([BODY]);
  });

  it('a closing "Source: …" line is a credit, and gives the source when it names an agency', () => {
    const a = normalise(`Central bank holds rates steady again\n\n${BODY}\n\nSource: Al Jazeera and news agencies`);
    expect(a.removed).toContainEqual({ text: 'Source: Al Jazeera and news agencies', reason: 'credit' });
    expect(a.source).toBeNull();
    const b = normalise(`Central bank holds rates steady again\n\n${BODY}\n\nSource: Reuters and news agencies`);
    expect(b.source).toBe('Reuters');
    expect(b.paragraphs.map((p) => p.text)).toEqual([BODY]);
  });

  it('an ordinary closing sentence stays', () => {
    const last = 'Analysts said the editing of the rules by the regulator would take months.';
    const a = normalise(`Central bank holds rates steady again\n\n${BODY}\n\n${last}`);
    expect(a.paragraphs.map((p) => p.text)).toEqual([BODY, last]);
  });
});
