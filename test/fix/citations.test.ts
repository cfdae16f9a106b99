import { describe, expect, it } from 'vitest';
import { removeCitations } from '../../src/fix/citations.js';

describe('removeCitations', () => {
  it.each([
    ['The council said so [4].', 'The council said so.'],
    ['It rose [12–14] and fell [NEWS1], twice [citation needed]', 'It rose and fell, twice'],
    // A word right after the marker keeps a space from the one before (found by the word-accounting property).
    ['The council said [4]The mayor agreed.', 'The council said The mayor agreed.'],
    ['BEIJING (Xinhua) -- [4]Exports rose.', 'BEIJING (Xinhua) -- Exports rose.'],
    ['rose[4]sharply', 'rose sharply'],
    // At the start of the text or of a line there is nothing to keep apart.
    ['[4]The mayor agreed.', 'The mayor agreed.'],
    ['First line.\n[4]Second line.', 'First line.\nSecond line.'],
    // Editorial brackets in lower case stay.
    ['He said [sic] it was fine.', 'He said [sic] it was fine.'],
  ])('%j → %j', (input, output) => {
    expect(removeCitations(input).text).toBe(output);
  });

  it('counts each marker', () => {
    expect(removeCitations('a [1] b [2]c [NEWS1].').count).toBe(3);
  });
});
