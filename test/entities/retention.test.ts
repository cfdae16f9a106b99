import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { findNamedEntities } from '../../src/entities/index.js';

// Caches kept across documents (classification plans, name tokens) must hold copies, not slices: V8 keeps the whole
// string a slice was cut from alive, so a long-running pipeline would keep every document it ever read.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('entity caches across documents', () => {
  it('do not keep the documents they read alive', () => {
    const filler = 'and the officials said that the plan would go on. '.repeat(10_000); // 500 KB
    const read = (i: number) =>
      findNamedEntities([
        `${filler}Documentnumber${i}x met Konstantinos Papadopoulos${i} and Ambassador Wilhelmina Vanderbilt${i}.`,
      ]);
    for (let i = 0; i < 5; i++) read(i); // caches and code warmed up
    const before = heapAfterGc();
    for (let i = 5; i < 85; i++) read(i);
    const grown = heapAfterGc() - before;
    // 80 documents of 500 KB: kept alive they would add 40 MB.
    expect(grown / 2 ** 20).toBeLessThan(10);
  });
});
