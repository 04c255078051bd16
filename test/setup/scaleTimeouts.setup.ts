// Vitest setup file: expect.poll's timeouts, the default and those a test writes, times the run's factor
// (test/setup/timeouts.ts). A poll that passes returns at once; only one that keeps failing waits longer to fail.
import { expect } from "vitest";
import { scaled } from "./timeouts.js";

/** vitest's own default (1 s) is shorter than a page takes to react on a loaded machine. */
const DEFAULT_POLL_MS = 5_000;
/** Marks the wrapped poll: files that share a fork (isolate: false) run this file again on the same `expect`. */
const WRAPPED = Symbol.for("kg.scaledPoll");

type Poll = typeof expect.poll;
if (!(WRAPPED in expect.poll)) {
  const poll: Poll = expect.poll.bind(expect);
  const scaledPoll = ((fn: Parameters<Poll>[0], options: Parameters<Poll>[1] = {}) =>
    poll(fn, { ...options, timeout: scaled(options.timeout ?? DEFAULT_POLL_MS) })) as Poll;
  expect.poll = Object.assign(scaledPoll, { [WRAPPED]: true });
}
