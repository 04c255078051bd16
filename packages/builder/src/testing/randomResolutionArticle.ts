// Random corpora for the resolution property tests (every join shares a rule's token; incremental resolution
// equals a full one): articles drawn from one pool of invented names that exercises every rule in
// resolutionRules.ts. A new rule adds the names it joins here, so both properties are checked on it.
import type { EntityType } from "@newskg/graph-model";
import type { DocumentExtraction, ExtractedEntity, ExtractedRelation } from "../extract/types.js";

type Spec = [type: EntityType, label: string, aliases?: string[], extra?: Partial<ExtractedEntity>];
const POOL: Spec[] = [
  ["PERSON", "Ana Lopez", ["Lopez"], { roles: ["minister"] }],
  ["PERSON", "Luis Lopez", ["Lopez"]],
  ["PERSON", "Lopez"],
  ["PERSON", "Tarn"],
  ["LOCATION", "Tarn"],
  ["ORGANIZATION", "Tarn"],
  ["PERSON", "Bram Okoro"],
  ["ORGANIZATION", "Northfield Rovers", ["Northfield"]],
  ["ORGANIZATION", "Northfield Gazette", ["Northfield"]],
  ["ORGANIZATION", "Northfield"],
  ["ORGANIZATION", "Northfield News"],
  ["ORGANIZATION", "Northfield Online"],
  ["LOCATION", "Northfield"],
  ["LOCATION", "Westford"],
  ["ORGANIZATION", "Westford News"],
  ["ORGANIZATION", "Coastal Trade Bank", ["CTB"]],
  ["ORGANIZATION", "CTB"],
  ["ORGANIZATION", "Interior Ministry"],
  ["ORGANIZATION", "Peruvian Interior Ministry"],
  ["ORGANIZATION", "Chile's Interior Ministry"],
  ["ORGANIZATION", "Parliament"],
  ["ORGANIZATION", "United"],
  ["ORGANIZATION", "Apollo"],
  ["ORGANIZATION", "Apollo 2"],
  ["LOCATION", "Apollo"],
  ["LOCATION", "Lima", [], { lat: -12, lng: -77 }],
  ["COUNTRY", "Peru", ["Peruvian"], { iso: "PE" }],
  ["COUNTRY", "Chile", [], { iso: "CL" }],
  ["COUNTRY", "Kenya", [], { iso: "KE" }],
  ["EVENT", "snap election", ["snap election", "Kenya election"]],
  ["EVENT", "snap election", ["snap election", "Peru election"]],
  ["EVENT", "snap election", ["snap election"]],
  ["EVENT", "the war", ["the war"]],
  // First names alone and as parts of full names; a party and its nickname; a place and an organization of one
  // name, the organization given a role (ROLE edge) in some articles.
  ["PERSON", "Edwin"],
  ["PERSON", "Edwin Pollard"],
  ["PERSON", "Dan Edwin"],
  ["ORGANIZATION", "Tories"],
  ["ORGANIZATION", "Conservative Party"],
  ["LOCATION", "Marrowby"],
  ["ORGANIZATION", "Marrowby"],
];

/** An article of 2-6 entities from the pool, with a ROLE and a PART_OF edge at random. */
export function randomResolutionArticle(docKey: string, random: () => number): DocumentExtraction {
  const picked = new Set<number>();
  const n = 2 + Math.floor(random() * 5);
  while (picked.size < n) picked.add(Math.floor(random() * POOL.length));
  const entities: ExtractedEntity[] = [...picked].map((p, i) => {
    const [type, label, aliases = [], extra = {}] = POOL[p]!;
    const mentions = [label, ...aliases].map((text, m) => ({
      doc: docKey,
      start: m * 10,
      end: m * 10 + 5,
      text,
      sentence: m,
    }));
    return { localId: `e${i}`, type, label, aliases: [...new Set([label, ...aliases])], roles: [], mentions, ...extra };
  });
  const relations: ExtractedRelation[] = [];
  const country = entities.find((e) => e.iso);
  const body = entities.find((e) => e.label === "Interior Ministry" || e.label === "Parliament");
  const person = entities.find((e) => e.type === "PERSON");
  const org = entities.find((e) => e.type === "ORGANIZATION");
  if (person && org && random() < 0.5)
    relations.push({
      source: person.localId,
      target: org.localId,
      category: "ROLE",
      label: "role",
      confidence: 1,
      evidence: [],
    });
  if (country && body && random() < 0.5)
    relations.push({
      source: body.localId,
      target: country.localId,
      category: "PART_OF",
      label: "part of",
      confidence: 1,
      evidence: [],
    });
  return { docKey, sentenceCount: 3, wordCount: 30, entities, relations, warnings: [] };
}
