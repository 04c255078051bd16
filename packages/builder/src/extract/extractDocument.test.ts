import { describe, expect, it } from "vitest";
import { extractDocument } from "./extractDocument.js";
import { dictionaryTagger } from "./testing/dictionaryTagger.js";
import type { ArticleInput, DocumentExtraction } from "./types.js";

const tagger = dictionaryTagger({
  "Bola Tinubu": "PER",
  "Ama Mensah": "PER",
  Abuja: "LOC",
  Santiago: "LOC",
  "Ana Rojas": "PER",
  Rojas: "PER",
  "Pedro Soto": "PER",
  "Radio Cooperativa": "ORG",
  "Carolina Toha": "PER",
  Cucuta: "LOC",
  "Maria Okafor": "PER",
  Okafor: "PER",
  "Electoral Commission": "ORG",
  "Lumen Systems": "ORG",
  Kaito: "ORG",
  "Kaito Semiconductor": "ORG",
  "Hiroshi Tanabe": "PER",
  "Rafael Costa": "PER",
  "Ana Lima": "PER",
  "World Food Programme": "ORG",
  WFP: "ORG",
  Alejandra: "PER",
  "Aso Villa": "LOC",
  "Dmitry Peskov": "PER",
  Kremlin: "LOC",
  Putin: "PER",
});

function extract(text: string, date = "2023-05-12"): DocumentExtraction {
  const article: ArticleInput = { docKey: "doc:test", file: "test.md", title: "t", text, date };
  return extractDocument(article, tagger);
}

function find(x: DocumentExtraction, label: string) {
  const e = x.entities.find((e) => e.label === label || e.aliases.includes(label));
  if (!e) throw new Error(`no entity ${label}: ${x.entities.map((e) => e.label).join(", ")}`);
  return e;
}

function rel(x: DocumentExtraction, source: string, target: string, category?: string) {
  const s = find(x, source).localId;
  const t = find(x, target).localId;
  return x.relations.find((r) => r.source === s && r.target === t && (!category || r.category === category));
}

describe("extractDocument", () => {
  it("resolves demonyms to countries and turns titles into ROLE edges", () => {
    const x = extract("Nigerian President Bola Tinubu met Ghanaian Foreign Minister Ama Mensah in Abuja on Thursday.");
    const nigeria = find(x, "Nigeria");
    expect(nigeria.type).toBe("COUNTRY");
    expect(nigeria.iso).toBe("NG");
    expect(nigeria.aliases).toContain("Nigerian");
    expect(find(x, "Bola Tinubu").roles).toEqual(["President"]);
    expect(rel(x, "Bola Tinubu", "Nigeria", "ROLE")?.label).toBe("President");
    expect(rel(x, "Ama Mensah", "Ghana", "ROLE")?.label).toBe("Foreign Minister");
    const met = rel(x, "Bola Tinubu", "Ama Mensah", "STATEMENT");
    expect(met?.label).toBe("met");
    expect(met?.date).toBe("2023-05-11");
  });

  it("folds surnames and nominal references into the full name", () => {
    const x = extract(
      "Nigerian President Bola Tinubu arrived in Abuja. Tinubu said the talks went well. The Nigerian leader later left for Ghana.",
    );
    const tinubu = find(x, "Bola Tinubu");
    expect(tinubu.aliases).toEqual(expect.arrayContaining(["Tinubu", "The Nigerian leader"]));
    expect(x.entities.filter((e) => e.type === "PERSON")).toHaveLength(1);
    expect(rel(x, "Bola Tinubu", "Ghana", "MOVEMENT")).toBeDefined();
  });

  it("finds agents of passives in the previous sentence, co-patients and place appositions", () => {
    const text =
      "Police in Chile's capital, Santiago, arrested three students. Ana Rojas and Pedro Soto were detained on May 9 near the university.";
    const x = extract(text);
    const police = find(x, "Santiago police");
    expect(police.type).toBe("ORGANIZATION");
    const detained = rel(x, "Santiago police", "Ana Rojas", "COERCION");
    expect(detained?.label).toBe("detained");
    expect(detained?.cameo).toBe("173");
    expect(detained?.date).toBe("2023-05-09");
    expect(rel(x, "Santiago police", "Pedro Soto", "COERCION")).toBeDefined();
    const assoc = x.relations.find((r) => r.category === "ASSOCIATION");
    expect(assoc).toBeDefined();
    expect(rel(x, "Santiago", "Chile", "LOCATION")).toBeDefined();
    // Evidence offsets index the article text.
    const ev = detained!.evidence[0]!;
    expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(text.slice(ev.trigger!.start, ev.trigger!.end)).toBe("detained");
  });

  it("reads statements, pronoun subjects and support/opposition", () => {
    const x = extract(
      "Ana Rojas told Radio Cooperativa that she would appeal. She also criticized Chilean Interior Minister Carolina Toha and expressed her support for the Argentine people.",
    );
    expect(rel(x, "Ana Rojas", "Radio Cooperativa", "STATEMENT")?.label).toBe("told");
    expect(rel(x, "Ana Rojas", "Carolina Toha", "OPPOSITION")?.label).toBe("criticized");
    expect(rel(x, "Ana Rojas", "Argentina", "SUPPORT")).toBeDefined();
    expect(rel(x, "Carolina Toha", "Chile", "ROLE")?.label).toBe("Interior Minister");
  });

  it("attaches quantities and rates to movements", () => {
    const x = extract(
      "About 12,000 Venezuelans crossed into Colombia last week. Around 3,000 Venezuelans arrived in Cucuta every day.",
    );
    const moved = rel(x, "Venezuela", "Colombia", "MOVEMENT");
    expect(moved?.quantities?.[0]).toMatchObject({ value: 12000, text: "About 12,000" });
    expect(moved?.date).toBe("2023-05-05");
    const daily = rel(x, "Venezuela", "Cucuta", "MOVEMENT");
    expect(daily?.quantities?.[0]).toMatchObject({ value: 3000, text: "Around 3,000", unit: "per day" });
  });

  it("does not read a point in time ('a week ago') as a rate", () => {
    const x = extract("About 4,500 Bolivians crossed into Paraguay a week ago, officials said.");
    const moved = rel(x, "Bolivia", "Paraguay", "MOVEMENT");
    expect(moved?.quantities?.[0]).toMatchObject({ value: 4500, text: "About 4,500" });
    expect(moved?.quantities?.[0]?.unit).toBeUndefined();
    const daily = rel(extract("About 4,500 Bolivians crossed into Paraguay, 300 a day."), "Bolivia", "Paraguay");
    expect(daily?.quantities?.[0]).toMatchObject({ value: 4500, unit: "per day" });
  });

  it("skips repeated paragraphs and says so", () => {
    const para = "Maria Okafor told Radio Cooperativa that the vote was fair.";
    const x = extract(`Title of the piece\n\n${para}\n\n${para}\n\nOkafor left.`);
    expect(x.warnings).toEqual(["1 duplicated sentence skipped"]);
    const told = rel(x, "Maria Okafor", "Radio Cooperativa", "STATEMENT");
    expect(told?.evidence).toHaveLength(1);
    expect(find(x, "Maria Okafor").mentions).toHaveLength(2);
  });

  it("keeps events the article refers to repeatedly and who announced them", () => {
    const x = extract(
      "The Electoral Commission announced a snap election in Kenya. Critics said the snap election came too early. Turnout in the election was low.",
    );
    const ev = x.entities.find((e) => e.type === "EVENT");
    expect(ev?.aliases).toEqual(expect.arrayContaining(["snap election in Kenya", "snap election"]));
    expect(x.relations.some((r) => r.category === "ANNOUNCEMENT" && r.target === ev!.localId)).toBe(true);
  });

  it("adds co-occurrences only where nothing more specific was found", () => {
    const x = extract("Maria Okafor, Ana Rojas and others gathered in Santiago for the summit.");
    const co = x.relations.filter((r) => r.category === "CO_OCCURRENCE");
    expect(co.length).toBe(3);
    expect(co.every((r) => r.confidence < 0.5)).toBe(true);
  });

  it("reads organizations from their context: X-based, possessive appositions, acronyms, name particles", () => {
    const x = extract(
      "Japanese chipmaker Kaito Semiconductor agreed to acquire Boston-based developer Lumen Systems. The company's chief executive, Hiroshi Tanabe, spoke. Rafael Costa's lawyer, Ana Lima, said he was innocent. The World Food Programme warned of famine. WFP said aid was blocked. Alejandra del Moral conceded.",
    );
    expect(rel(x, "Kaito Semiconductor", "Japan", "LOCATION")).toBeDefined();
    expect(rel(x, "Lumen Systems", "Boston", "LOCATION")).toBeDefined();
    expect(rel(x, "Kaito Semiconductor", "Lumen Systems", "ASSOCIATION")).toBeDefined();
    expect(rel(x, "Hiroshi Tanabe", "Lumen Systems", "ROLE")?.label).toBe("chief executive");
    // Symmetric: either direction.
    const assoc =
      rel(x, "Ana Lima", "Rafael Costa", "ASSOCIATION") ?? rel(x, "Rafael Costa", "Ana Lima", "ASSOCIATION");
    expect(assoc?.label).toBe("lawyer");
    expect(find(x, "WFP").label).toBe("World Food Programme");
    expect(find(x, "Alejandra del Moral").type).toBe("PERSON");
  });

  it("reads light-verb nouns and visits", () => {
    const x = extract(
      "Nigerian President Bola Tinubu held talks with Ghanaian Foreign Minister Ama Mensah. Tinubu expressed support for Ghana. During his visit to Abuja, Mensah met Tinubu.",
    );
    expect(rel(x, "Bola Tinubu", "Ama Mensah", "STATEMENT")?.label).toBe("talks");
    expect(rel(x, "Bola Tinubu", "Ghana", "SUPPORT")).toBeDefined();
    expect(rel(x, "Ama Mensah", "Abuja", "MOVEMENT")).toBeDefined();
  });

  it("treats a seat of power that acts as an organization", () => {
    const x = extract(
      "Nigerian President Bola Tinubu is an ally of the Aso Villa. Critics of the Aso Villa gathered in Abuja.",
    );
    expect(find(x, "Aso Villa").type).toBe("ORGANIZATION");
    expect(rel(x, "Bola Tinubu", "Aso Villa", "ALLIANCE")).toBeDefined();
    expect(find(x, "Abuja").type).toBe("LOCATION");
  });

  it("links spokespeople to the person or institution they speak for", () => {
    const x = extract(
      "Putin's spokesman Dmitry Peskov said talks were possible. Kremlin spokesman Dmitry Peskov left.",
    );
    expect(find(x, "Kremlin").type).toBe("ORGANIZATION");
    expect(rel(x, "Dmitry Peskov", "Kremlin", "ROLE")?.label).toBe("spokesman");
    const assoc = rel(x, "Dmitry Peskov", "Putin", "ASSOCIATION") ?? rel(x, "Putin", "Dmitry Peskov", "ASSOCIATION");
    expect(assoc?.label).toBe("spokesman");
  });

  it("attaches a sentence's duration to the coercion", () => {
    const x = extract("A court in Santiago sentenced activist Ana Rojas to seven years in prison on Monday.");
    const sentenced = rel(x, "Santiago court", "Ana Rojas", "COERCION");
    expect(sentenced?.quantities?.[0]).toMatchObject({ value: 7, unit: "years", text: "seven years" });
    expect(x.relations.some((r) => r.category === "ROLE")).toBe(false);
  });

  it("gives a quote's first person to its speaker", () => {
    const x = extract('"I am against the flow of Argentine citizens to Chile. It is wrong," Ana Rojas said.');
    expect(rel(x, "Ana Rojas", "Argentina", "OPPOSITION")?.label).toBe("against");
  });

  it("is deterministic", () => {
    const text = "Nigerian President Bola Tinubu met Ghanaian Foreign Minister Ama Mensah in Abuja.";
    expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
  });
});
