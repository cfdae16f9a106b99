import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { normaliseMany as fromSource } from '../../src/index.js';
import { workerExecArgv } from '../../src/stream/pool.js';
import { pathToFileURL } from 'node:url';

// Worker threads run the built bundle (dist/worker.js), so concurrency > 1 is tested through dist.
const dist = await import('../../dist/index.js').catch(() => null);
if (!dist) throw new Error('dist/index.js is missing: run `npm run build` before these tests');
const { normaliseMany, normaliseStream } = dist;

const story = (n: number, paragraphs: number) =>
  `Report number ${n} on the harbour works\n\n${Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i + 1} of report ${n} says the harbour works went on.`).join('\n\n')}`;

const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('normaliseMany', { timeout: 120_000 }, () => {
  const inputs = [
    { id: 'long', text: story(0, 50) },
    { id: 'bad', text: 42 as unknown as string },
    { id: 'html', html: '<p>x</p>' },
    ...Array.from({ length: 6 }, (_, i) => ({ id: `s${i}`, text: story(i + 1, 1) })),
  ];

  it('yields one result per input, in input order, with error records in place (threads or not)', async () => {
    const inThread = await collect(fromSource(inputs, { now: '2025-06-20' }));
    const onWorkers = await collect(normaliseMany(inputs, { now: '2025-06-20', concurrency: 2 }));
    expect(onWorkers.map((r) => r.id)).toEqual(inputs.map((i) => i.id));
    expect(onWorkers).toEqual(inThread);
    expect(onWorkers[1]).toEqual({ id: 'bad', error: { code: 'BAD_INPUT', message: expect.any(String) } });
  });

  it('sends workers only the document (a record with a method or a symbol is no different on threads)', async () => {
    const records = [
      { id: 'method', text: story(1, 1), toJSON: () => 'not sent' },
      { id: 'symbol', text: Symbol('text') as unknown as string },
      { id: 7 as unknown as string, text: story(2, 1) },
    ];
    const inThread = await collect(fromSource(records, { now: '2025-06-20' }));
    const onWorkers = await collect(normaliseMany(records, { now: '2025-06-20', concurrency: 2 }));
    expect(onWorkers).toEqual(inThread);
    expect(onWorkers.map((r) => r.id)).toEqual(['method', 'symbol', '7']);
    expect(onWorkers[1]).toEqual({ id: 'symbol', error: { code: 'BAD_INPUT', message: expect.any(String) } });
  });

  it('refuses a wrong option once, before the first document, at any concurrency', async () => {
    for (const options of [{ now: 'garbage' }, { concurrency: 0 }, { concurrency: 1.5 }, { aliases: [{}] }]) {
      for (const concurrency of [undefined, 2]) {
        const run = collect(fromSource(inputs, { concurrency, ...options } as object));
        await expect(run, JSON.stringify(options)).rejects.toThrow(TypeError);
      }
    }
  });

  it('turns an input that cannot be sent to a thread (a function as id) into an error record, the same at any concurrency', async () => {
    const odd = [{ id: 'a', text: story(1, 1) }, { id: (() => 1) as unknown as string, text: 'x' }, { id: 'c', text: story(2, 1) }];
    const onWorkers = await collect(normaliseMany(odd, { now: '2025-06-20', concurrency: 2 }));
    expect(onWorkers).toEqual(await collect(fromSource(odd, { now: '2025-06-20' })));
    expect(onWorkers.map((r) => ('error' in r ? r.error.code : r.id))).toEqual(['a', 'BAD_INPUT', 'c']);
    // An alias table is read into plain entries first, so one with extra fields reaches the threads too.
    const aliases = [{ name: 'Jane Doe', aliases: [], note: () => 1 }];
    const fromThreads = await collect(normaliseMany(odd.slice(0, 1), { now: '2025-06-20', concurrency: 2, aliases }));
    expect(fromThreads).toEqual(await collect(fromSource(odd.slice(0, 1), { now: '2025-06-20', aliases })));
    expect(fromThreads[0]).toMatchObject({ id: 'a' });
  });

  it("merges names across the batch (entities: 'batch') the same on worker threads", async () => {
    const batch = { now: '2025-06-20', entities: 'batch' as const };
    const onWorkers = await collect(normaliseMany(inputs, { ...batch, concurrency: 2 }));
    expect(onWorkers).toEqual(await collect(fromSource(inputs, batch)));
  });

  it('pulls from its source only as results are taken (back-pressure), and stops when the consumer does', async () => {
    let pulled = 0;
    function* endless() {
      for (;;) yield { id: String(pulled), text: story(pulled++, 1) };
    }
    const taken: string[] = [];
    for await (const r of normaliseMany(endless(), { concurrency: 2 })) {
      taken.push(r.id as string);
      if (taken.length === 5) break;
    }
    expect(taken).toEqual(['0', '1', '2', '3', '4']);
    expect(pulled).toBeLessThanOrEqual(5 + 4); // what was taken, plus at most twice the workers in flight
  });
});

describe('normaliseStream', { timeout: 120_000 }, () => {
  it('works as a transform in a pipeline, in order', async () => {
    const ids: unknown[] = [];
    await pipeline(
      Readable.from([{ id: 'a', text: story(1, 3) }, { id: 'b' }, { id: 'c', text: story(2, 1) }]),
      normaliseStream({ concurrency: 2 }),
      async (results: AsyncIterable<{ id: unknown; error?: { code: string } }>) => {
        for await (const r of results) ids.push(r.error ? `${r.id}:${r.error.code}` : r.id);
      },
    );
    expect(ids).toEqual(['a', 'b:BAD_INPUT', 'c']);
  });
});

describe('worker threads started from code given on the command line', { timeout: 60_000 }, () => {
  it('drop the flags that apply only to that code, and keep the rest', () => {
    expect(workerExecArgv(['--input-type=module', '-e', 'code', '--max-old-space-size=100'])).toEqual([
      '--max-old-space-size=100',
    ]);
    expect(workerExecArgv(['--input-type', 'module', '--eval=code', '-p', 'x', '--enable-source-maps'])).toEqual([
      '--enable-source-maps',
    ]);
  });

  it('run from `node --input-type=module -e`', () => {
    const script = `import { normaliseMany } from ${JSON.stringify(pathToFileURL(join(__dirname, '..', '..', 'dist', 'index.js')).href)};
      const ids = [];
      for await (const a of normaliseMany([{ id: 'a', text: 'First report on the harbour works.' }, { id: 'b', text: 'Second report.' }], { concurrency: 2 })) ids.push(a.id + ':' + (a.error ? 'error' : 'ok'));
      console.log(ids.join(' '));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('a:ok b:ok');
  });
});
