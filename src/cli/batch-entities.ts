import { type EntityIndex, mergeInBatch } from '../entities/batch.js';
import type { Item } from './inputs.js';
import type { Output } from './output.js';

/** One input and what became of it. */
export interface Done {
  item: Item;
  output: Output;
}

/**
 * `--entities batch`: holds every output until the run's last (a canonical name depends on every article), then
 * gives them back in input order with each person, organisation and place under its name for the whole run, and
 * the index filled in. Error outputs pass through untouched.
 */
export async function* mergedAcrossRun(outcomes: AsyncIterable<Done>, index: EntityIndex): AsyncGenerator<Done> {
  const items: Item[] = [];
  async function* outputs() {
    for await (const { item, output } of outcomes) {
      items.push(item);
      yield output;
    }
  }
  let at = 0;
  for await (const output of mergeInBatch(outputs(), index)) yield { item: items[at++], output };
}
