// A country's initialism before a descriptor noun stands as its adjective does; a tagger's slips on the run's last
// word (a hyphenated compound taken for an adjective, a lowercase noun for a proper noun) do not hide it.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({ "Odile Varga": "PER", "Teodor Lask": "PER", "Henrik Saal": "PER" });

describe("nationality from an initialism or a mistagged descriptor", () => {
  it("reads a country's initialism before a copular predicate noun as the subject's nationality", () => {
    expect(relations("Odile Varga (born 1950) is a U.S. businessman and former diplomat.")).toContain(
      "Odile Varga -ORIGIN-> United States",
    );
  });

  it("reads no nationality from a full country name standing for a topic ('a China expert')", () => {
    expect(relations("Henrik Saal is a China expert at the institute.")).not.toContain("Henrik Saal -ORIGIN-> China");
  });

  it("reads the nationality before a hyphenated descriptor and before an initialism's descriptor", () => {
    expect(relations("The song was recorded by Canadian singer-songwriter Teodor Lask in 2010.")).toContain(
      "Teodor Lask -ORIGIN-> Canada",
    );
    expect(relations("The ship was boarded by U.S. sailor Odile Varga on Monday.")).toContain(
      "Odile Varga -ORIGIN-> United States",
    );
  });
});
