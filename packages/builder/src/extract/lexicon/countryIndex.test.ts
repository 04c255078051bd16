// The country gazetteer: the package's names and demonyms, with the everyday spellings it lacks.
import { describe, expect, it } from "vitest";
import { countryIndex } from "./countryIndex.js";

describe("country index", () => {
  it("knows everyday nationality adjectives the package spells otherwise, and their plurals", () => {
    const idx = countryIndex();
    for (const [form, iso] of [
      ["Slovenian", "SI"],
      ["Slovene", "SI"],
      ["Argentinian", "AR"],
      ["Slovenians", "SI"],
      ["Danes", "DK"],
    ] as const) {
      expect(idx.byForm.get(form)?.iso).toBe(iso);
      expect(idx.adjectives.has(form)).toBe(true);
    }
  });

  it("keeps a country's names apart from its adjectives", () => {
    const idx = countryIndex();
    expect(idx.byForm.get("Slovenia")?.iso).toBe("SI");
    expect(idx.adjectives.has("Slovenia")).toBe(false);
  });
});
