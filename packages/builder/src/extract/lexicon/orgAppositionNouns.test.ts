import { describe, expect, it } from "vitest";
import { orgAppositionNouns } from "./orgNameHeads.js";

describe("orgAppositionNouns", () => {
  it("reads the nouns before and after a name, the tagged-name nouns a subset of the after nouns", () => {
    const nouns = orgAppositionNouns();
    expect(nouns.before.has("militia")).toBe(true);
    expect(nouns.after.has("party")).toBe(true);
    expect(nouns.afterTagged.has("magazine")).toBe(true);
    // A place before "party" or "company" is common ("a <Town> company"): only media nouns retype a tagged name.
    expect(nouns.afterTagged.has("company")).toBe(false);
    for (const w of nouns.afterTagged) expect(nouns.after.has(w)).toBe(true);
  });

  it("counts the descriptive nouns of the organisation heads after a name", () => {
    expect(orgAppositionNouns().after.has("startup")).toBe(true);
  });
});
