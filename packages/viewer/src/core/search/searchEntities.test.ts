import { describe, expect, it } from "vitest";
import { buildSearchIndex, searchEntities } from "./searchEntities.js";

const index = buildSearchIndex([
  { id: "t", label: "Valerian-Tomas Venkov", type: "PERSON", names: ["Venkov"], weight: 5 },
  { id: "k", label: "Valdoria", type: "COUNTRY", names: [], weight: 9 },
  { id: "q", label: "Liora Fenwick", type: "PERSON", names: ["Fenwick"], weight: 1 },
  { id: "z", label: "Zoë Müller", type: "PERSON", names: [], weight: 1 },
  { id: "l", label: "Łódź", type: "LOCATION", names: [], weight: 1 },
]);

describe("searchEntities", () => {
  it("finds by alias with exact match first", () => {
    const hits = searchEntities(index, "venkov");
    expect(hits[0]).toMatchObject({ id: "t", matched: "Venkov" });
  });
  it("is accent-insensitive and prefix-aware", () => {
    expect(searchEntities(index, "zoe")[0]?.id).toBe("z");
    expect(searchEntities(index, "vald").map((h) => h.id)).toEqual(["k"]);
    expect(searchEntities(index, "  ")).toEqual([]);
  });
  it("folds letters that do not decompose, as the API does", () => {
    expect(searchEntities(index, "lodz")[0]?.id).toBe("l");
  });
});
