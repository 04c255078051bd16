// Test files in the order that keeps both cores busy to the end: the longest first. Vitest orders by the durations
// of the last run, kept in node_modules/.vite; a fresh clone has none, and orders by file size alone, which can start
// a minute-long browser file last. Without durations, files are ordered by the kind of test they hold (end-to-end
// suites start browsers, servers and builds), then by size.
import { relative } from "node:path";
import type { TestSpecification } from "vitest/node";
import { BaseSequencer } from "vitest/node";

/**
 * Path prefixes of the slow kinds of test file, slowest first. Among the packages' own tests, those that spawn `kg`,
 * train models or fault a store take tens of seconds where the rest take milliseconds: started last (they are small
 * files), one of them alone kept a core busy after everything else had finished.
 */
const SLOW_FIRST = [
  "test/browser/",
  "test/build/",
  "packages/builder/src/cli/",
  "packages/builder/src/nlp/parseCommand",
  "packages/store/src/store.",
  "packages/builder/src/pipeline/",
  "test/queue/",
  "test/server/",
  "test/notebook/",
  "test/",
];

export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const cache = this.ctx.cache;
    const root = this.ctx.config.root;
    const known = (spec: TestSpecification) =>
      cache.getFileTestResults(`${spec.project.name}:${relative(root, spec.moduleId)}`) !== undefined;
    if (sorted.every(known)) return sorted;
    const rank = (spec: TestSpecification) => {
      const path = relative(root, spec.moduleId).split("\\").join("/");
      const i = SLOW_FIRST.findIndex((prefix) => path.startsWith(prefix));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    // Array.prototype.sort is stable: within a kind, the base order (size, projects) stays.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
