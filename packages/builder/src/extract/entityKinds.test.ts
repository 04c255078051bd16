// Kinds of spurious, mistyped and split entities in news from other outlets: a title the tagger took for an
// organisation's name, function words opening a sentence run into a name, groups named by a faith or people,
// a party written as its members. Invented text; the dictionary NER double gives the spans the tagger gives.
import { describe, expect, it } from "vitest";
import { extractionOfText } from "./testing/extractionOfText.js";
import { typedRelationsOfText } from "./testing/typedRelationsOfText.js";
import type { DocumentExtraction } from "./types.js";

const names = {
  "Assembly Majority Whip": "ORG",
  "Special Envoy": "ORG",
  "Tomas Ivel": "PER",
  "Greta Holm": "PER",
  Ruritania: "LOC",
} as const;
const extract = extractionOfText(names);
const labels = (x: DocumentExtraction) => x.entities.map((e) => e.label);
const typeOf = (x: DocumentExtraction, label: string) => x.entities.find((e) => e.label === label)?.type;

describe("titles tagged as organisations", () => {
  it("keeps the body before the title and reads the role at it", () => {
    const text = "Assembly Majority Whip Tomas Ivel rejected the budget plan in Ruritania on Monday.";
    const x = extract(text);
    expect(labels(x)).not.toContain("Assembly Majority Whip");
    expect(typeOf(x, "Assembly")).toBe("ORGANIZATION");
    expect(typedRelationsOfText(names)(text)).toContain("Tomas Ivel -ROLE-> Assembly");
  });

  it("drops a name made only of title words", () => {
    const x = extract("The talks were led by Special Envoy Greta Holm, who flew home afterwards.");
    expect(labels(x)).not.toContain("Special Envoy");
    expect(typeOf(x, "Greta Holm")).toBe("PERSON");
  });
});

describe("function words opening a sentence", () => {
  const openers = extractionOfText({ "Although Greta Holm": "PER", "On Friday": "ORG", "Moreover Tomas Ivel": "PER" });

  it("leaves a subordinator or adverb out of the name it was tagged with", () => {
    const x = openers("Although Greta Holm won the vote, she stepped down. Moreover Tomas Ivel left the cabinet.");
    expect(labels(x)).toContain("Greta Holm");
    expect(labels(x)).toContain("Tomas Ivel");
    expect(labels(x).some((l) => /^(Although|Moreover)/.test(l))).toBe(false);
  });

  it("takes a preposition and a day opening the sentence for a date, not a name", () => {
    const x = openers("On Friday, the weekly newspaper said it would close its offices.");
    expect(labels(x).some((l) => /Friday/.test(l))).toBe(false);
  });
});

describe("communities named by faith or people", () => {
  const groups = extractionOfText({ "Druze Muslims": "ORG", Alawites: "LOC", "Marek Dunn": "PER", Porvik: "LOC" });

  it("takes no organisation or place for a community, tagged or before an organisation noun", () => {
    const x = groups(
      "Marek Dunn said Druze Muslims and Alawites had left Porvik. He met the Alawite group in the old town.",
    );
    expect(labels(x)).toEqual(expect.arrayContaining(["Marek Dunn", "Porvik"]));
    expect(labels(x).some((l) => /Druze|Alawite/.test(l))).toBe(false);
  });
});

describe("one body written several ways in an article", () => {
  const bodies = extractionOfText({
    "Department of Fisheries": "ORG",
    "Fisheries Department": "ORG",
    DOF: "ORG",
    "Norwell Police Department": "ORG",
    "Norwell police": "ORG",
    Varshani: "ORG",
    Varshanis: "LOC",
    "Ilse Marr": "PER",
  });
  const entityOf = (x: DocumentExtraction, label: string) => x.entities.find((e) => e.aliases.includes(label))?.localId;

  it("joins a body named head first, head last and by the initials of either", () => {
    const x = bodies(
      "The Department of Fisheries closed the bay. Ilse Marr said the Fisheries Department had no choice. " +
        "A DOF boat patrolled the coast.",
    );
    expect(entityOf(x, "Fisheries Department")).toBe(entityOf(x, "Department of Fisheries"));
    expect(entityOf(x, "DOF")).toBe(entityOf(x, "Department of Fisheries"));
  });

  it("joins a force written with and without its unit word, and a group's plural and singular", () => {
    const x = bodies(
      "The Norwell Police Department opened an inquiry. Norwell police said the Varshanis had fired first. " +
        "A Varshani spokesman denied it.",
    );
    expect(entityOf(x, "Norwell police")).toBe(entityOf(x, "Norwell Police Department"));
    expect(entityOf(x, "Varshanis")).toBe(entityOf(x, "Varshani"));
    expect(x.entities.find((e) => e.aliases.includes("Varshanis"))?.type).toBe("ORGANIZATION");
  });
});

describe("a country's body named by the country or its adjective", () => {
  it("is one organisation", () => {
    const x = extractionOfText({ "Olek Varn": "PER" })(
      "Olek Varn said Peru's navy would sail at dawn. Later the Peruvian navy denied any plan to sail.",
    );
    const navies = x.entities.filter((e) => e.type === "ORGANIZATION" && e.aliases.some((a) => /navy/.test(a)));
    expect(navies).toHaveLength(1);
  });
});

describe("a state named by the end of its long name", () => {
  it("reads the name after 'of' in a state's long name as the state, not a region before a compass word", () => {
    const x = extractionOfText({ "Ilse Marr": "PER", "South America": "LOC" })(
      "Ilse Marr said America would send aid. The storm had crossed South America first.",
    );
    expect(x.entities.find((e) => e.aliases.includes("America"))?.type).toBe("COUNTRY");
    expect(typeOf(x, "South America")).toBe("LOCATION");
  });
});

describe("names after titles", () => {
  const titled = extractionOfText({ Health: "ORG", "Ilse Marr": "LOC", "Oskar Feld": "ORG", "Varn TV": "ORG" });

  it("keeps a portfolio after '<title> of' in the title and takes the name after it for a person", () => {
    const x = titled("Minister of Health Ilse Marr opened the clinic on Monday, and left at noon.");
    expect(labels(x)).not.toContain("Health");
    expect(typeOf(x, "Ilse Marr")).toBe("PERSON");
  });

  it("takes a name in apposition to a lowercase title for a person, not one after an adjective", () => {
    const x = titled("The region's governor, Oskar Feld, said the roads would reopen, the official Varn TV reported.");
    expect(typeOf(x, "Oskar Feld")).toBe("PERSON");
    expect(typeOf(x, "Varn TV")).toBe("ORGANIZATION");
  });
});

describe("party members named by their place", () => {
  it("takes no person for '<Place> Democrats' and does not fold the place into one", () => {
    const x = extractionOfText({ "Norwell Democrats": "PER", Norwell: "LOC", "Ilse Marr": "PER" })(
      "Ilse Marr is popular among Norwell Democrats. She grew up in Norwell.",
    );
    expect(labels(x)).not.toContain("Norwell Democrats");
    expect(typeOf(x, "Norwell")).toBe("LOCATION");
  });
});

describe("armed groups named before a noun for their members", () => {
  const groups = extractionOfText({ Tavari: "PER", "Osk Varan": "PER", Ruritania: "LOC", Qarth: "LOC" });

  it("types a name the tagger took for a person, written before 'rebels' or 'militants', as an organization", () => {
    const x = groups("Ruritania backs Tavari rebels in the north. Osk Varan militants attacked a convoy.");
    expect(typeOf(x, "Tavari")).toBe("ORGANIZATION");
    expect(typeOf(x, "Osk Varan")).toBe("ORGANIZATION");
  });

  it("does not let 'the <name> insurgents' with a name the tagger missed stand for a group named before", () => {
    const relations = typedRelationsOfText({ Tavari: "PER", "Ilse Marr": "PER", "Greta Holm": "PER" });
    const intro = "Ilse Marr supports Tavari rebels in the north.";
    expect(relations(`${intro} Greta Holm praised the insurgents.`)).toContain("Greta Holm -SUPPORT-> Tavari");
    expect(relations(`${intro} Greta Holm praised the Ferani insurgents.`)).not.toContain(
      "Greta Holm -SUPPORT-> Tavari",
    );
  });
});

describe("places named with a leading place word", () => {
  const leading = extractionOfText({
    "Camp Varnok": "ORG",
    "Mount Tollen": "PER",
    "Mount Tollen Hospital": "ORG",
    "Fort Porvik Rangers": "ORG",
  });

  it("types 'Camp X' and 'Mount X' as places whatever the tagger said, not a hospital or club named after one", () => {
    const x = leading(
      "Troops at Camp Varnok came under fire. Climbers died on Mount Tollen. He was taken to Mount Tollen Hospital. The Fort Porvik Rangers won again.",
    );
    expect(typeOf(x, "Camp Varnok")).toBe("LOCATION");
    expect(typeOf(x, "Mount Tollen")).toBe("LOCATION");
    expect(typeOf(x, "Mount Tollen Hospital")).toBe("ORGANIZATION");
    expect(typeOf(x, "Fort Porvik Rangers")).toBe("ORGANIZATION");
  });
});

describe("places named before a lowercase administrative noun", () => {
  const before = extractionOfText({ Varnsk: "PER", Tollen: "PER", "Ilse Marr": "PER", Kestra: "ORG" });

  it("types a name the tagger took for a person's as a place before 'province' or 'state', not otherwise", () => {
    const x = before(
      "Fighting spread across Varnsk province. The mayor of Tollen state resigned. Ilse Marr said Kestra region staff would move.",
    );
    expect(typeOf(x, "Varnsk")).toBe("LOCATION");
    expect(typeOf(x, "Tollen")).toBe("LOCATION");
    expect(typeOf(x, "Ilse Marr")).toBe("PERSON");
    expect(typeOf(x, "Kestra")).toBe("ORGANIZATION");
  });

  it("types each one-word name of a list closed by the plural noun a place, a person's full name not", () => {
    const list = extractionOfText({ Varnsk: "PER", Tollen: "PER", Brask: "PER", "Ilse Marr": "PER", Porvik: "LOC" });
    const x = list("The region takes in Porvik, Varnsk and Tollen prefectures. Ilse Marr and Brask counties agreed.");
    expect(typeOf(x, "Varnsk")).toBe("LOCATION");
    expect(typeOf(x, "Tollen")).toBe("LOCATION");
    expect(typeOf(x, "Brask")).toBe("LOCATION");
    expect(typeOf(x, "Ilse Marr")).toBe("PERSON");
  });

  it("reads 'state' and 'states' that open what is said as verbs, not as places", () => {
    const x = before(
      "The order signed by Varnsk states: the border is shut. Ilse Marr and Tollen state that it is open.",
    );
    expect(typeOf(x, "Varnsk")).toBe("PERSON");
    expect(typeOf(x, "Tollen")).toBe("PERSON");
  });

  it("lets the noun type the name for the whole article, unless it modifies another noun ('X state media')", () => {
    const x = before("Varnsk spoke first. Fighting spread across Varnsk province. Tollen state media said Tollen won.");
    expect(typeOf(x, "Varnsk")).toBe("LOCATION");
    expect(typeOf(x, "Tollen")).toBe("PERSON");
  });
});

describe("places opened by a size or position adjective", () => {
  const places = extractionOfText({ "Tollen River": "LOC", Porvik: "LOC", "Ilse Marr": "PER" });

  it("starts a place the tagger found at a capitalized 'Upper' or 'Greater' before it, not a person", () => {
    const x = places("The dam on the Upper Tollen River failed. Floods hit Greater Porvik. Little Ilse Marr waved.");
    expect(labels(x)).toContain("Upper Tollen River");
    expect(labels(x)).toContain("Greater Porvik");
    expect(labels(x)).toContain("Ilse Marr");
    expect(labels(x)).not.toContain("Tollen River");
  });
});

describe("demonyms after a capitalized compass word", () => {
  const regions = extractionOfText({ "Ilse Marr": "PER" });

  it("reads no country in 'South American' or 'Central American', and keeps one after a lowercase compass word", () => {
    const x = regions("Ilse Marr sold to South American and Central American buyers.");
    expect(x.entities.filter((e) => e.type === "COUNTRY")).toEqual([]);
    expect(typeOf(regions("Ilse Marr visited a southern Italian town."), "Italy")).toBe("COUNTRY");
  });
});

describe("former sovereign states", () => {
  const former = extractionOfText({ "Soviet Union": "ORG", "Ilse Marr": "PER" });

  it("types a former state as a country with its ISO 3166-3 code, whatever the tagger said", () => {
    const x = former("Ilse Marr grew up in the Soviet Union. Soviet officials later met her.");
    const country = x.entities.find((e) => e.label === "Soviet Union");
    expect(country?.type).toBe("COUNTRY");
    expect(country?.iso).toBe("SUHH");
    expect(x.entities.filter((e) => e.type === "COUNTRY")).toHaveLength(1);
  });
});
