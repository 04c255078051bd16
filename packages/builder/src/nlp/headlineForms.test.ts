import { describe, expect, it } from "vitest";
import { headlineForms, isHeadlineCased } from "./headlineForms.js";

describe("headlineForms", () => {
  it("recognises title case and capitals, not running text", () => {
    expect(isHeadlineCased("Rebels Seize Airport In Northern Province".split(" "))).toBe(true);
    expect(isHeadlineCased("GUNMEN STORM HOTEL IN CAPITAL".split(" "))).toBe(true);
    expect(isHeadlineCased("Rebels seized the airport on Monday .".split(" "))).toBe(false);
    expect(isHeadlineCased("Hi Bo".split(" "))).toBe(false);
  });

  it("lowercases all but known proper nouns, keeps initialisms", () => {
    const names = new Set(["london"]);
    expect(headlineForms("Rebels Seize Airport Near London".split(" "), (w) => names.has(w))).toEqual(
      "rebels seize airport near London".split(" "),
    );
    expect(headlineForms("UN STAFF LEAVE LONDON".split(" "), (w) => names.has(w))).toEqual(
      "UN staff leave London".split(" "),
    );
  });
});
