import { describe, expect, it } from 'vitest';
import { detached } from '../../src/entities/detached.js';

describe('detached', () => {
  it('is the same string', () => {
    const text = `${'filler '.repeat(100)}Vladimir Putin and Secretary-General António Guterres 𝐀`;
    for (const [start, end] of [[0, 0], [700, 714], [719, 757], [700, text.length]]) {
      const slice = text.slice(start, end);
      expect(detached(slice)).toBe(slice);
    }
  });
});
