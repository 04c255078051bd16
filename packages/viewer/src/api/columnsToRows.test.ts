import { describe, expect, it } from "vitest";
import { columnsToRows } from "./columnsToRows.js";

describe("columnsToRows", () => {
  it("turns one list per field into one object per row, with only the fields asked", () => {
    const cols = { totalCount: 2, id: ["r1", "r2"], sourceId: ["a", "b"], date: ["2024-01-02", null] };
    expect(columnsToRows(cols, ["id", "sourceId", "date"])).toEqual([
      { id: "r1", sourceId: "a", date: "2024-01-02" },
      { id: "r2", sourceId: "b", date: null },
    ]);
    expect(columnsToRows({ id: [] as string[] }, ["id"])).toEqual([]);
  });
  it("refuses columns of different lengths, naming the column, with the caller's kind of error", () => {
    class OwnError extends Error {}
    const cols = { id: ["e1", "e2"], label: ["Only one"] };
    expect(() => columnsToRows(cols, ["id", "label"])).toThrow(/column "label" does not have 2 values/);
    expect(() => columnsToRows(cols, ["id", "label"], (m) => new OwnError(m))).toThrow(OwnError);
  });
});
