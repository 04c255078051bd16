import { describe, expect, it } from "vitest";
import { excerptAround } from "./excerptAround.js";

describe("excerptAround", () => {
  const text =
    "The images, including one of flying pigs and another of what critics say it showed, were pulled after the party leader Ada Quill complained.";
  const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });

  it("starts a long sentence shortly before its first marked name, at a word boundary, spans kept on the names", () => {
    const out = excerptAround(text, [at("Ada Quill")]);
    expect(out.text.startsWith("… ")).toBe(true);
    // About 40 characters of lead, plus the rest of the word the cut fell in.
    expect(out.text.indexOf("Ada Quill")).toBeGreaterThanOrEqual(2 + 40);
    expect(out.text.indexOf("Ada Quill")).toBeLessThan(2 + 40 + 15);
    expect(out.text.charAt(2)).not.toBe(" ");
    expect(out.spans.map((s) => out.text.slice(s.start, s.end))).toEqual(["Ada Quill"]);
  });

  it("leaves a sentence whose first name comes early, or that has no span, as it is", () => {
    const early = excerptAround(text, [at("images"), at("Ada Quill")]);
    expect(early.text).toBe(text);
    expect(excerptAround(text, []).text).toBe(text);
  });

  it("drops spans before the cut and keeps later ones in place", () => {
    const out = excerptAround(text, [at("Ada Quill"), at("complained")]);
    expect(out.spans.map((s) => out.text.slice(s.start, s.end))).toEqual(["Ada Quill", "complained"]);
  });
});
