// Office holders of a country are its nationals; a country a post is held towards is not the holder's.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "./testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({ "Odile Varga": "PER", "Teodor Lask": "PER", "Henrik Saal": "PER" });

describe("office-holder nationality", () => {
  it("reads the country of a post before, on or after the title as the holder's nationality", () => {
    const a = relations("The talks were opened by Peruvian Foreign Minister Odile Varga on Monday.");
    expect(a).toContain("Odile Varga -ROLE-> Peru");
    expect(a).toContain("Odile Varga -ORIGIN-> Peru");
    const b = relations("Farmers wrote to Teodor Lask, the prime minister of Norway, about the new tariff.");
    expect(b).toContain("Teodor Lask -ORIGIN-> Norway");
  });

  it("does not make a country the post is held towards the holder's", () => {
    const a = relations("The U.S. envoy to Egypt, Henrik Saal, met the delegates in a hotel.");
    expect(a).toContain("Henrik Saal -ORIGIN-> United States");
    expect(a).not.toContain("Henrik Saal -ORIGIN-> Egypt");
  });
});
