import { describe, expect, it } from "vitest";
import { heapLimitFlag, type HeapContext } from "./heapLimit.js";

const GB = 2 ** 30;
const base: HeapContext = {
  command: "build",
  execArgv: [],
  nodeOptions: undefined,
  heapLimit: 4 * GB,
  totalMemory: 24 * GB,
};

describe("heapLimitFlag", () => {
  it("sizes the heap of a build to the machine", () => {
    expect(heapLimitFlag(base)).toBe(`--max-old-space-size=${Math.floor(24 * 1024 * 0.6)}`);
    expect(heapLimitFlag({ ...base, totalMemory: 512 * GB })).toBe("--max-old-space-size=32768");
  });

  it("keeps a limit the user chose, other commands, and machines with no room to spare", () => {
    expect(heapLimitFlag({ ...base, execArgv: ["--max-old-space-size=2000"] })).toBeUndefined();
    expect(heapLimitFlag({ ...base, nodeOptions: "--enable-source-maps --max-old-space-size=9000" })).toBeUndefined();
    expect(heapLimitFlag({ ...base, command: "serve" })).toBeUndefined();
    expect(heapLimitFlag({ ...base, command: "worker" })).toBeUndefined();
    expect(heapLimitFlag({ ...base, command: undefined })).toBeUndefined();
    expect(heapLimitFlag({ ...base, totalMemory: 6 * GB })).toBeUndefined();
  });
});
