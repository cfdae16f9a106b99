/**
 * Maps `source` through the async `run`, at most `limit` items in flight, yielding results in source order.
 * The source is pulled only when a slot is free and results wait for the consumer, so memory stays bounded
 * whatever the input size (back-pressure both ways). A finished head is yielded at once, even while the
 * source is slow to deliver its next item.
 */
export async function* mapOrdered<T, R>(
  source: Iterable<T> | AsyncIterable<T>,
  run: (item: T) => Promise<R>,
  limit: number,
): AsyncGenerator<R> {
  const iterator = toAsyncIterator(source);
  const pending: Array<Promise<R>> = [];
  let next: Promise<IteratorResult<T>> | null = null;
  let exhausted = false;
  try {
    while (!exhausted || pending.length) {
      if (!exhausted && pending.length < limit) {
        next ??= guarded(iterator.next());
        const head = pending[0];
        // With work in flight, whichever comes first: the next item, or the head result to hand on.
        const arrived = head ? await Promise.race([next, head.then(() => null)]) : await next;
        if (arrived) {
          next = null;
          if (arrived.done) exhausted = true;
          else pending.push(guarded(run(arrived.value)));
          continue;
        }
      }
      yield await (pending.shift() as Promise<R>);
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}

/** Marks a rejection as handled while it waits its turn; awaiting the promise still throws. */
function guarded<R>(promise: Promise<R>): Promise<R> {
  promise.catch(() => {});
  return promise;
}

function toAsyncIterator<T>(source: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in source) return source[Symbol.asyncIterator]();
  const sync = source[Symbol.iterator]();
  return {
    next: async () => sync.next(),
    return: async () => sync.return?.() ?? { done: true, value: undefined },
  };
}
