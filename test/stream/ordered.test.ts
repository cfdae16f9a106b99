import { describe, expect, it } from 'vitest';
import { mapOrdered } from '../../src/stream/ordered.js';

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mapOrdered', () => {
  it('yields in source order whatever order the work finishes in', async () => {
    const out: number[] = [];
    for await (const x of mapOrdered(
      [30, 1, 20, 1, 1],
      async (ms) => {
        await delay(ms);
        return ms;
      },
      3,
    ))
      out.push(x);
    expect(out).toEqual([30, 1, 20, 1, 1]);
  });

  it('hands on a finished result while the source is still waiting for its next item', { timeout: 5_000 }, async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    async function* slowSource() {
      yield 1;
      await gate; // the second item comes only after the first result has been handed on
      yield 2;
    }
    const it = mapOrdered(slowSource(), async (x) => x, 4);
    expect((await it.next()).value).toBe(1);
    release();
    expect((await it.next()).value).toBe(2);
    expect((await it.next()).done).toBe(true);
  });

  it('passes a failure of the work on to the consumer', async () => {
    const run = async (x: number) => {
      if (x === 2) throw new Error('boom');
      return x;
    };
    await expect(async () => {
      for await (const _ of mapOrdered([1, 2, 3], run, 2));
    }).rejects.toThrow('boom');
  });
});
