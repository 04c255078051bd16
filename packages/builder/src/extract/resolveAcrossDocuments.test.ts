import { describe, expect, it } from "vitest";
import { extractDocument } from "./extractDocument.js";
import { resolveAcrossDocuments } from "./resolveAcrossDocuments.js";
import { dictionaryTagger } from "./testing/dictionaryTagger.js";
import { loadDependencyParser } from "../nlp/loadDependencyParser.js";

// Relations (PART_OF edges among them) are read from the parse: extract as the build does.
const parser = loadDependencyParser();

const tagger = dictionaryTagger({
  "Maria Okafor": "PER",
  Okafor: "PER",
  Lagos: "LOC",
  Accra: "LOC",
  "Okafor Holdings": "ORG",
});
const doc = (docKey: string, text: string) =>
  extractDocument({ docKey, file: `${docKey}.md`, title: docKey, text }, tagger, parser);

describe("resolveAcrossDocuments", () => {
  it("merges people by full name, a surname only within its article, countries by ISO code, with readable keys", () => {
    const a = doc(
      "doc:a",
      "Nigerian Finance Minister Maria Okafor arrived in Lagos. Okafor met officials. Police in Lagos arrested two men.",
    );
    const b = doc(
      "doc:b",
      "Okafor said Nigeria would cooperate. Police in Accra detained a man. Ghana welcomed the talks.",
    );
    const c = doc("doc:c", "Maria Okafor left Accra.");
    const { entities, keyOf } = resolveAcrossDocuments([b, a, c]);
    const okafor = entities.find((e) => e.key === "person:maria-okafor")!;
    // A bare surname in another article is not evidence enough: it may be anyone of that name.
    expect(okafor.docs.sort()).toEqual(["doc:a", "doc:c"]);
    expect(okafor.aliases).toEqual(expect.arrayContaining(["Maria Okafor", "Okafor"]));
    expect(okafor.roles).toEqual(["Finance Minister"]);
    expect(entities.find((e) => e.key === "person:okafor")!.docs).toEqual(["doc:b"]);
    const nigeria = entities.find((e) => e.key === "country:ng")!;
    expect(nigeria.aliases).toEqual(expect.arrayContaining(["Nigeria", "Nigerian"]));
    expect(nigeria.docs).toHaveLength(2);
    // Two police forces share the alias "police" but are different organizations.
    const police = entities.filter((e) => e.type === "ORGANIZATION" && e.label.endsWith("police"));
    expect(police.map((e) => e.key).sort()).toEqual(["organization:accra-police", "organization:lagos-police"]);
    for (const x of [a, b, c]) for (const e of x.entities) expect(keyOf.get(`${x.docKey}#${e.localId}`)).toBeDefined();
  });

  it("does not merge a surname shared by two full names", () => {
    const tg = dictionaryTagger({ "Maria Okafor": "PER", "John Okafor": "PER", Okafor: "PER" });
    const a = extractDocument({ docKey: "doc:a", file: "a", title: "a", text: "Maria Okafor spoke." }, tg, parser);
    const b = extractDocument({ docKey: "doc:b", file: "b", title: "b", text: "John Okafor spoke." }, tg, parser);
    const c = extractDocument({ docKey: "doc:c", file: "c", title: "c", text: "Okafor spoke." }, tg, parser);
    const { entities } = resolveAcrossDocuments([a, b, c]);
    expect(entities.filter((e) => e.type === "PERSON")).toHaveLength(3);
  });

  it("merges events of one kind only when their countries agree", () => {
    const tg = dictionaryTagger({});
    const ev = (k: string, text: string) => extractDocument({ docKey: k, file: k, title: k, text }, tg, parser);
    const a = ev("doc:a", "Kenya held a snap election. The snap election in Kenya was calm.");
    const b = ev("doc:b", "Peru held a snap election. The snap election in Peru was tense.");
    const c = ev("doc:c", "Observers praised the snap election. The snap election was calm.");
    const { entities } = resolveAcrossDocuments([a, b, c]);
    const events = entities.filter((e) => e.type === "EVENT");
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.docs.length).sort()).toEqual([1, 2]);
  });

  it("merges an institution named with its country's name or adjective, not another country's", () => {
    const tg = dictionaryTagger({ "Interior Ministry": "ORG" });
    const d = (k: string, text: string) => extractDocument({ docKey: k, file: k, title: k, text }, tg, parser);
    const { entities } = resolveAcrossDocuments([
      d("doc:a", "The Peruvian Interior Ministry said 4,000 people crossed."),
      d("doc:b", "Peru's Interior Ministry said more came."),
      d("doc:c", "Chile's Interior Ministry said it was ready."),
    ]);
    const ministries = entities.filter((e) => e.type === "ORGANIZATION");
    expect(ministries).toHaveLength(2);
  });

  it("is independent of input order", () => {
    const a = doc("doc:a", "Maria Okafor arrived in Lagos.");
    const b = doc("doc:b", "Okafor left Lagos for Accra.");
    const r1 = resolveAcrossDocuments([a, b]);
    const r2 = resolveAcrossDocuments([b, a]);
    expect(r1.entities.map((e) => e.key)).toEqual(r2.entities.map((e) => e.key));
  });

  it("never merges two clubs that share a generic word, nor a bare generic name across articles", () => {
    const tg = dictionaryTagger({ "Northfield United": "ORG", "Southport United": "ORG", United: "ORG" });
    const d = (k: string, text: string) => extractDocument({ docKey: k, file: k, title: k, text }, tg, parser);
    const { entities } = resolveAcrossDocuments([
      d("doc:a", "Northfield United won. United scored twice before the break."),
      d("doc:b", "Southport United lost. United conceded twice."),
      d("doc:c", "Northfield United signed a striker."),
      d("doc:d", "United drew at home."),
      d("doc:e", "United lost away."),
      d("doc:f", "Northfield United beat Southport United on Saturday."),
    ]);
    const clubs = entities.filter((e) => e.type === "ORGANIZATION");
    const north = clubs.find((e) => e.label === "Northfield United")!;
    const south = clubs.find((e) => e.label === "Southport United")!;
    expect(north.docs.sort()).toEqual(["doc:a", "doc:c", "doc:f"]);
    expect(south.docs.sort()).toEqual(["doc:b", "doc:f"]);
    expect(north.aliases).not.toContain("Southport United");
    // "United" alone could be either club: each article keeps its own.
    const bare = clubs.filter((e) => e.label === "United");
    expect(bare.map((e) => e.docs)).toEqual([["doc:d"], ["doc:e"]]);
  });

  it("lets a name join the one body it is the short form of only when it leaves out the kind of body", () => {
    const tg = dictionaryTagger({
      "Northfield Rovers": "ORG",
      Northfield: "ORG",
      "Westford Gazette": "ORG",
      Westford: "ORG",
    });
    const d = (k: string, text: string) => extractDocument({ docKey: k, file: k, title: k, text }, tg, parser);
    const { entities } = resolveAcrossDocuments([
      d("doc:a", "Northfield Rovers won. Northfield scored twice."),
      d("doc:b", "Northfield lost at home."),
      d("doc:c", "The Westford Gazette reported the result. Westford said it would appeal."),
      d("doc:d", "Westford voted for a new mayor."),
    ]);
    const rovers = entities.find((e) => e.label === "Northfield Rovers")!;
    expect(rovers.docs.sort()).toEqual(["doc:a", "doc:b"]);
    // "Westford" for the paper in one article does not make every "Westford" the paper.
    expect(entities.find((e) => e.label === "Westford Gazette")!.docs).toEqual(["doc:c"]);
    expect(entities.find((e) => e.label === "Westford")!.docs).toEqual(["doc:d"]);
  });

  it("keeps parties apart that share only 'Party', even when named together", () => {
    const tg = dictionaryTagger({
      "Labour Party": "ORG",
      "Conservative Party": "ORG",
      Labour: "ORG",
      Conservative: "ORG",
      Conservatives: "ORG",
      "Labour and Conservative": "ORG",
    });
    const d = (k: string, text: string) => extractDocument({ docKey: k, file: k, title: k, text }, tg, parser);
    const { entities } = resolveAcrossDocuments([
      d("doc:a", "The Labour Party met. Labour said taxes would not rise."),
      d("doc:b", "The Conservative Party met. The Conservatives said taxes would fall."),
      d("doc:c", "Labour and Conservative MPs voted for the bill. Labour welcomed it."),
      d("doc:d", "Labour won the seat."),
      d("doc:e", "Conservative candidates lost."),
    ]);
    const orgs = entities.filter((e) => e.type === "ORGANIZATION");
    const labour = orgs.find((e) => e.aliases.includes("Labour Party"))!;
    const tories = orgs.find((e) => e.aliases.includes("Conservative Party"))!;
    expect(labour).not.toBe(tories);
    expect(labour.docs.sort()).toEqual(["doc:a", "doc:c", "doc:d"]);
    expect(tories.docs.sort()).toEqual(["doc:b", "doc:e"]);
    // The coordination "Labour and Conservative" is a name of its own, not a bridge between the two.
    expect(
      orgs.filter((e) => e.aliases.includes("Labour") && e.aliases.some((x) => x.startsWith("Conservative"))),
    ).toEqual([]);
  });

  it("merges an acronym defined in one article with the full name and the acronym elsewhere", () => {
    const tg = dictionaryTagger({
      "Coastal Waters Authority": "ORG",
      CWA: "ORG",
      "Central Wine Association": "ORG",
    });
    const d = (k: string, text: string) => extractDocument({ docKey: k, file: k, title: k, text }, tg, parser);
    const { entities } = resolveAcrossDocuments([
      d("doc:a", "The Coastal Waters Authority (CWA) closed the beach. The CWA said tests were due."),
      d("doc:b", "The CWA reopened the beach on Monday."),
      d("doc:c", "A report by the Coastal Waters Authority found no pollution."),
    ]);
    const cwa = entities.filter((e) => e.type === "ORGANIZATION");
    expect(cwa).toHaveLength(1);
    expect(cwa[0]!.label).toBe("Coastal Waters Authority");
    expect(cwa[0]!.docs.sort()).toEqual(["doc:a", "doc:b", "doc:c"]);
    // The same letters defined for another body: the bare acronym is ambiguous and joins neither.
    const more = resolveAcrossDocuments([
      d("doc:a", "The Coastal Waters Authority (CWA) closed the beach."),
      d("doc:b", "The CWA reopened the beach on Monday."),
      d("doc:d", "The Central Wine Association (CWA) met growers."),
    ]).entities.filter((e) => e.type === "ORGANIZATION");
    expect(more.map((e) => e.docs.length).sort()).toEqual([1, 1, 1]);
  });

  it("makes one national body of a name used without a country, not one per article", () => {
    const tg = dictionaryTagger({ "Home Office": "ORG", Parliament: "ORG", "Interior Ministry": "ORG" });
    const d = (k: string, text: string) => extractDocument({ docKey: k, file: k, title: k, text }, tg, parser);
    const { entities } = resolveAcrossDocuments([
      d("doc:a", "The Home Office said the rules would change. Parliament will vote."),
      d("doc:b", "Critics of the Home Office spoke. Parliament debated the bill."),
      d("doc:c", "The Home Office declined to comment."),
      d("doc:d", "The Peruvian Interior Ministry said 4,000 people crossed."),
      d("doc:e", "The Interior Ministry said more came."),
      d("doc:f", "Chile's Interior Ministry said it was ready."),
    ]);
    const byLabel = (l: string) => entities.filter((e) => e.label === l);
    expect(byLabel("Home Office").map((e) => e.docs.length)).toEqual([3]);
    expect(byLabel("Parliament").map((e) => e.docs.length)).toEqual([2]);
    // Placed in two countries elsewhere, a ministry named without one (in an article naming neither) joins neither.
    expect(entities.filter((e) => e.label.endsWith("Interior Ministry"))).toHaveLength(3);
  });

  it("keeps a demonym-led body whole, part of its country", () => {
    const tg = dictionaryTagger({ "Interior Ministry": "ORG", London: "LOC" });
    const x = extractDocument(
      {
        docKey: "doc:a",
        file: "a",
        title: "a",
        text: "The Saudi Interior Ministry said three men were held. The Ecuadorian Embassy in London declined to comment.",
      },
      tg,
      parser,
    );
    const label = new Map(x.entities.map((e) => [e.localId, e.label]));
    const partOf = x.relations
      .filter((r) => r.category === "PART_OF")
      .map((r) => `${label.get(r.source)} > ${label.get(r.target)}`);
    expect(partOf).toEqual(
      expect.arrayContaining(["Saudi Interior Ministry > Saudi Arabia", "Ecuadorian Embassy > Ecuador"]),
    );
  });

  it("keeps a role with the person it was stated for", () => {
    const tg = dictionaryTagger({ "Maria Okafor": "PER", "John Okafor": "PER", Okafor: "PER" });
    const d = (k: string, text: string) => extractDocument({ docKey: k, file: k, title: k, text }, tg, parser);
    const { entities } = resolveAcrossDocuments([
      d("doc:a", "Finance Minister Maria Okafor spoke. Okafor left."),
      d("doc:b", "President John Okafor spoke. Okafor left."),
      d("doc:c", "Maria Okafor arrived."),
    ]);
    const maria = entities.find((e) => e.label === "Maria Okafor")!;
    const john = entities.find((e) => e.label === "John Okafor")!;
    expect(maria.roles).toEqual(["Finance Minister"]);
    expect(john.roles).toEqual(["President"]);
  });

  it("keeps a city's police force and a ministry's department their own entities, apart from the body they belong to", () => {
    const tg = dictionaryTagger({
      Brenford: "LOC",
      "Brenford Police": "ORG",
      "Transport Ministry": "ORG",
      "Transport Ministry Licensing Department": "ORG",
    });
    const d = (k: string, text: string) => extractDocument({ docKey: k, file: k, title: k, text }, tg, parser);
    const { entities } = resolveAcrossDocuments([
      d("doc:a", "Brenford Police arrested two men in Brenford on Monday."),
      d("doc:b", "The Transport Ministry Licensing Department closed an office in Brenford."),
      d("doc:c", "Brenford Police said the Transport Ministry had been told."),
    ]);
    const labels = entities.map((e) => e.label).sort();
    expect(labels).toEqual(
      expect.arrayContaining([
        "Brenford",
        "Brenford Police",
        "Transport Ministry",
        "Transport Ministry Licensing Department",
      ]),
    );
    // One force across the articles that name it, and the city keeps its own name.
    expect(entities.filter((e) => e.label === "Brenford Police")[0]!.docs).toEqual(["doc:a", "doc:c"]);
    const city = entities.find((e) => e.label === "Brenford")!;
    expect(city.aliases).toEqual(["Brenford"]);
  });

  it("makes an outlet's news service one entity with the outlet, not with a place of that name", () => {
    const tg = dictionaryTagger({
      "Korvel News": "ORG",
      Korvel: "ORG",
      "Westford News": "ORG",
      Westford: "LOC",
      "Labour Party": "ORG",
      "Labour News": "ORG",
    });
    const d = (k: string, text: string) => extractDocument({ docKey: k, file: k, title: k, text }, tg, parser);
    const { entities } = resolveAcrossDocuments([
      d("doc:a", "The minister told Korvel News that taxes would rise."),
      d("doc:b", "Korvel reported the figures on Monday."),
      d("doc:c", "Westford News reported a fire. Residents of Westford were evacuated."),
      d("doc:d", "Flooding closed roads in Westford."),
      d("doc:e", "The Labour Party met."),
    ]);
    const korvel = entities.filter((e) => e.aliases.some((a) => a.startsWith("Korvel")));
    expect(korvel.map((e) => e.docs.sort())).toEqual([["doc:a", "doc:b"]]);
    const westford = entities.filter((e) => e.aliases.some((a) => a.startsWith("Westford")));
    expect(westford.map((e) => `${e.type} ${e.docs.sort().join(",")}`).sort()).toEqual([
      "LOCATION doc:c,doc:d",
      "ORGANIZATION doc:c",
    ]);
  });
});
