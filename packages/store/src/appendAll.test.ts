import { describe, expect, it } from "vitest";
import { appendAll } from "./appendAll.js";

describe("appendAll", () => {
  it("appends more items than a spread call can pass as arguments", () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    const target = [-1];
    appendAll(target, many);
    expect(target.length).toBe(1_000_001);
    expect(target[1_000_000]).toBe(999_999);
  });
});
