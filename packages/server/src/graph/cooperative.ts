// Long index builds are written as generators that yield now and then. Run to completion at once, or spread over
// event-loop turns so that a reload of a big graph does not hold up requests served from the previous index.

export function runSync<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runCooperatively<T>(steps: Generator<void, T>, sliceMs = 15): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
