import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../src/entities/candidates.js';

const runs = (text: string) => findCandidates(text).map((c) => ({ words: c.words, owner: c.owner }));

describe('findCandidates: runs of capitalised words', () => {
  it('ends a run at a possessive and hands the owner to the next run', () => {
    expect(runs("the North's Kim Jong Un said")).toEqual([
      { words: ['North'], owner: null },
      { words: ['Kim', 'Jong', 'Un'], owner: 'North' },
    ]);
    expect(runs("Kims' dog and al-Assad's men")).toEqual([
      { words: ['Kims'], owner: null },
      { words: ['al-Assad'], owner: null },
    ]);
  });

  it('forgets the owner once a lowercase word comes between', () => {
    expect(runs("China's new envoy Wang Yi")[1]).toEqual({ words: ['Wang', 'Yi'], owner: null });
  });

  it('keeps full stops after initials and titles, drops them elsewhere, and drops trailing quotes and hyphens', () => {
    expect(runs('Jones’ aide met Lt. Gen. R. Kelly in the U.S. capital')).toEqual([
      { words: ['Jones'], owner: null },
      { words: ['Lt.', 'Gen.', 'R.', 'Kelly'], owner: null },
      { words: ['U.S'], owner: null },
    ]);
    expect(runs("A B' C' talked to O'Brien’s team")).toEqual([
      { words: ['A', 'B'], owner: null },
      { words: ['C'], owner: null },
      { words: ["O'Brien"], owner: null },
    ]);
    expect(runs('He said so. Maria Ressa left on Monday with Ban Ki-moon-').map((r) => r.words)).toEqual([
      ['He'],
      ['Maria', 'Ressa'],
      ['Ban', 'Ki-moon'],
    ]);
  });

  it('asks whether the text is a title-cased headline only when classifying needs it', () => {
    const [c] = findCandidates('Troop Deployment Locks In Russia Military Alliance');
    expect(c.isHeadline()).toBe(true);
    expect(findCandidates('Officials in Russia said the troops would stay longer than planned')[0].isHeadline()).toBe(false);
  });

  it('ends a run at every day and month word, with or without a full stop, and only at those', () => {
    const timeWords = ['Sunday', 'Wednesday', 'May', 'June', 'September', 'Sept.', 'Sept', 'Dec.', 'Jan'];
    for (const t of timeWords) {
      expect(runs(`Kim Jong Un ${t} Vladimir Putin`).map((r) => r.words), t).toEqual([
        ['Kim', 'Jong', 'Un'],
        ['Vladimir', 'Putin'],
      ]);
    }
    // Near misses: the same first or last letter and length, a longer word, a lowercase one, a non-ASCII end.
    for (const t of ['Mayor', 'Sundays', 'Jane', 'Mac', 'Dex', 'Monda', 'Aprils', 'Junё', 'Éune']) {
      expect(runs(`Kim ${t} Putin`).map((r) => r.words), t).toEqual([['Kim', t, 'Putin']]);
    }
  });

  it('keeps lowercase particles and connectors inside a run, and ends it at other lowercase words', () => {
    expect(runs('Ministry of Foreign Affairs').map((r) => r.words)).toEqual([['Ministry', 'of', 'Foreign', 'Affairs']]);
    expect(runs('Ludwig van Beethoven and Osama bin Laden').map((r) => r.words)).toEqual([
      ['Ludwig', 'van', 'Beethoven', 'and', 'Osama', 'bin', 'Laden'],
    ]);
    expect(runs('Kim ofx Putin').map((r) => r.words)).toEqual([['Kim'], ['Putin']]);
  });
});
