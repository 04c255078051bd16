import { describe, expect, it } from "vitest";
import { datesIn, normalizeDate } from "./normalizeDate.js";

describe("normalizeDate", () => {
  it("fills the year from the article date", () => {
    expect(normalizeDate("They were detained on September 23 at the airport.", "2022-09-23")).toBe("2022-09-23");
    expect(normalizeDate("The talks began on 3 December.", "2023-01-10")).toBe("2022-12-03");
    expect(normalizeDate("It launched in late February.", "2022-09-23")).toBe("2022-02");
  });

  it("keeps explicit years", () => {
    expect(normalizeDate("Signed on March 5, 2019 in Lagos.", "2024-01-01")).toBe("2019-03-05");
  });

  it("resolves relative expressions", () => {
    expect(normalizeDate("He announced it last week.", "2022-09-23")).toBe("2022-09-16");
    expect(normalizeDate("Police arrested him yesterday.", "2022-09-23")).toBe("2022-09-22");
    // 2024-05-20 is a Monday.
    expect(normalizeDate("She arrived on Wednesday.", "2024-05-20")).toBe("2024-05-15");
    expect(normalizeDate("She is expected to travel on Wednesday.", "2024-05-20")).toBe("2024-05-22");
    expect(normalizeDate("He announced it last week.", "2022-09")).toBe("2022-09");
  });

  it("reads years and lists every date with its offset", () => {
    expect(normalizeDate("Since the beginning of 2022, many came.", "2022-09-23")).toBe("2022");
    const text = "Detained on September 23, released on September 25.";
    expect(datesIn(text, "2022-09-30")).toEqual([
      { index: 12, date: "2022-09-23" },
      { index: 38, date: "2022-09-25" },
    ]);
  });

  it("returns undefined without a date", () => {
    expect(normalizeDate("Nothing to see here.", "2022-09-23")).toBeUndefined();
    expect(normalizeDate("On September 23 they met.")).toBeUndefined();
  });
});
