import { describe, expect, it } from "vitest";
import { loadTrainingConventions, mapGmbTags, placeNamesAsLoc } from "./trainingConventions.js";

const conv = loadTrainingConventions();

// Made-up sentences; place names come from the world-countries gazetteer.
describe("GMB tags mapped onto CoNLL conventions", () => {
  it("calls nationality words MISC, singular or plural, listed or by their ending", () => {
    const words = ["Freedonians", "and", "Vanuatuan", "officials", "met"];
    const raw = ["B-gpe", "O", "B-gpe", "O", "O"];
    expect(mapGmbTags(words, raw, conv)).toEqual(["B-MISC", "O", "B-MISC", "O", "O"]);
  });

  it("keeps a gpe country a place and turns an org-tagged country, capital or dotted code into LOC", () => {
    const words = ["Vanuatu", "told", "Funafuti", "and", "N.Z.", "that", "Tuvalu", "agreed"];
    const raw = ["B-gpe", "O", "B-org", "O", "B-org", "O", "B-org", "O"];
    expect(mapGmbTags(words, raw, conv)).toEqual(["B-LOC", "O", "B-LOC", "O", "B-LOC", "O", "B-LOC", "O"]);
  });

  it("leaves two-letter codes that are also acronyms of organisations alone", () => {
    expect(mapGmbTags(["AU", "troops"], ["B-org", "O"], conv)).toEqual(["B-ORG", "O"]);
    expect(mapGmbTags(["UK", "troops"], ["B-org", "O"], conv)).toEqual(["B-LOC", "O"]);
  });

  it("joins adjacent spans that make one country name or its adjective", () => {
    expect(mapGmbTags(["in", "Burkina", "Faso"], ["O", "B-per", "B-gpe"], conv)).toEqual(["O", "B-LOC", "I-LOC"]);
    expect(mapGmbTags(["Sierra", "Leonean", "police"], ["B-geo", "B-gpe", "O"], conv)).toEqual([
      "B-MISC",
      "I-MISC",
      "O",
    ]);
  });

  it("types a multi-word nationality span as one MISC span, not a place and an adjective", () => {
    expect(mapGmbTags(["Sierra", "Leonean", "police"], ["B-gpe", "I-gpe", "O"], conv)).toEqual([
      "B-MISC",
      "I-MISC",
      "O",
    ]);
  });

  it("calls community words MISC whatever GMB typed them, and keeps organisations and persons", () => {
    const words = ["Druze", "and", "Sikhs", "joined", "the", "Freedonia", "Workers", "Union", "with", "Ilse", "Varga"];
    const raw = ["B-org", "O", "B-per", "O", "O", "B-org", "I-org", "I-org", "O", "B-per", "I-per"];
    expect(mapGmbTags(words, raw, conv)).toEqual([
      "B-MISC",
      "O",
      "B-MISC",
      "O",
      "O",
      "B-ORG",
      "I-ORG",
      "I-ORG",
      "O",
      "B-PER",
      "I-PER",
    ]);
  });

  it("strips leading titles from person spans and drops time expressions", () => {
    const words = ["Former", "President", "Ilse", "Varga", "spoke", "Monday"];
    const raw = ["B-per", "I-per", "I-per", "I-per", "O", "B-tim"];
    expect(mapGmbTags(words, raw, conv)).toEqual(["O", "O", "B-PER", "I-PER", "O", "O"]);
  });
});

describe("tweets' organisations that are place names", () => {
  it("become LOC; other organisations stay", () => {
    const words = ["Tuvalu", "and", "Acme", "Corp", "say"];
    expect(placeNamesAsLoc(words, ["B-ORG", "O", "B-ORG", "I-ORG", "O"], conv)).toEqual([
      "B-LOC",
      "O",
      "B-ORG",
      "I-ORG",
      "O",
    ]);
  });
});
