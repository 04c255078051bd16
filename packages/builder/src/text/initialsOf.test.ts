import { describe, expect, it } from "vitest";
import { initialsOf } from "./initialsOf.js";

describe("initialsOf", () => {
  it("spells capitalized words, and minor words only when asked", () => {
    expect(initialsOf(["Department", "of", "Justice"])).toBe("DJ");
    expect(initialsOf(["Department", "of", "Justice"], new Set(["of"]))).toBe("DOJ");
    expect(initialsOf(["the", "Velmar", "trade", "Council"])).toBe("VC");
  });
});
