import { describe, expect, it } from "vitest";
import { locateJsonError } from "./locateJsonError.js";

describe("locateJsonError", () => {
  it("finds the offset of the first syntax error, or -1", () => {
    expect(locateJsonError('{"a": [1, 2, {"b": null}], "c": "x\\n"}')).toBe(-1);
    expect(locateJsonError('{"a": [}')).toBe(7);
    expect(locateJsonError('{"a": 1,}')).toBe(8);
    expect(locateJsonError('{"a": tru}')).toBe(6);
    expect(locateJsonError('{"a": 1} x')).toBe(9);
    expect(locateJsonError('{"a": "unterminated')).toBe(19);
  });
});
