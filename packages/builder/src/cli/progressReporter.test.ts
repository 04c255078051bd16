import { describe, expect, it } from "vitest";
import { createProgressReporter } from "./progressReporter.js";

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const stream = { isTTY, text: "", write: (chunk: string) => ((stream.text += chunk), true) };
  return stream as unknown as NodeJS.WriteStream & { text: string };
}

describe("createProgressReporter", () => {
  it("draws a bar with phase, counts, rate and ETA on a terminal, and keeps messages above it", () => {
    const stream = fakeStream(true);
    const reporter = createProgressReporter(stream);
    reporter.onProgress({ phase: "extract", done: 10, total: 10 });
    // The bar is drawn with ANSI "erase line" escapes, so the expectations match control characters on purpose.
    // eslint-disable-next-line no-control-regex
    expect(stream.text).toMatch(/\r\x1b\[2Kextract +\[#{24}\] 10\/10 [\d.]+\/s ETA \d+s/);
    reporter.log("skipped a.txt: empty file");
    // eslint-disable-next-line no-control-regex
    expect(stream.text).toMatch(/\r\x1b\[2Kskipped a\.txt: empty file\nextract /);
    reporter.clear();
    expect(stream.text.endsWith("\r\x1b[2K")).toBe(true);
  });

  it("stays quiet on a pipe while the build is short", () => {
    const stream = fakeStream(false);
    const reporter = createProgressReporter(stream);
    reporter.onProgress({ phase: "read", done: 1, total: 2 });
    reporter.onProgress({ phase: "read", done: 2, total: 2 });
    reporter.log("a message");
    expect(stream.text).toBe("a message\n");
  });
});
