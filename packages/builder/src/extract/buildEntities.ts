// Clusters mentions into the article's entities: countries by ISO code, people by full name with surnames and
// first names folded in when they match exactly one full name (a surname two full names share goes to the one the
// article introduced first), other names by normalised label (the most frequent type wins when the tagger
// disagrees), and event nouns into one event per class when the article refers to it more than once.
import type { EntityType } from "@newskg/graph-model";
import type { DocEntity, DocMention, DocModel } from "./docModel.js";
import { countryIndex } from "./lexicon/countryIndex.js";
import { TITLE_HEADS, TITLE_MODIFIERS } from "./lexicon/titles.js";
import { initialsOf } from "../text/initialsOf.js";
import { normName } from "./normName.js";
import { teamNames } from "./teamNames.js";
import { vesselPrefixes } from "./vesselNames.js";

const HONORIFICS = new Set(["sir", "dame", "lord", "lady", "miss"]);
const isTitleWord = (w: string) => HONORIFICS.has(w) || TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w);

/**
 * Which full name a single name shared by several stands for: "first" (the one introduced first) or "off" (none: the
 * single name stays an entity of its own). `KG_SHARED_SURNAME=off` turns it off, for measuring. (The last one named
 * before it did worse than either on both CNN development sets.)
 */
const SHARED_SURNAME = process.env["KG_SHARED_SURNAME"] ?? "first";

/** A type the text states for a name (a head noun, a description, an organization noun beside it) outweighs any
 * number of the tagger's guesses for the same name in the article: the tagger types an unfamiliar name by its shape
 * every time it sees it, so its repeats are not independent evidence. */
const STATED_VOTE = 1000;
/** A type inferred from the names around a mention (a place chain) is weaker: it outweighs a few guesses only. */
const NEIGHBOUR_VOTE = 3;
const TYPE_PRIORITY: Record<EntityType, number> = { PERSON: 4, ORGANIZATION: 3, LOCATION: 2, COUNTRY: 5, EVENT: 1 };

function isAllCaps(s: string): boolean {
  return s.length > 2 && s === s.toUpperCase() && /\p{Lu}/u.test(s);
}

/** Adds mentions for later occurrences of names the tagger missed (document-level consistency). */
function addConsistentMentions(doc: DocModel): void {
  const known = new Map<string, DocMention>(); // surface token sequence -> a mention of it
  for (const m of doc.mentions) if (m.type !== "EVENT" && m.type !== "COUNTRY" && !m.generic) known.set(m.text, m);
  // Surnames and first names of multi-token person names.
  for (const m of [...known.values()]) {
    if (m.type !== "PERSON") continue;
    const parts = personNameParts(m.text.split(/\s+/));
    // Not the honorific or title in "Sir Jane Doe" ("Sir" alone names nobody).
    if (parts.length > 1)
      for (const p of parts)
        if (!known.has(p) && p.length > 2 && !isTitleWord(p.toLowerCase().replace(/\.$/, ""))) known.set(p, m);
  }
  // Acronyms of organisations the article spells out ("Porvik Institute of Technology" ... "PIT"), when the tagger
  // missed them: three letters or more, the initials of one organisation only.
  const byInitials = new Map<string, DocMention | undefined>();
  for (const m of known.values()) {
    if (m.type !== "ORGANIZATION") continue;
    const caps = m.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (caps.length < 3) continue;
    const initials = caps.map((w) => w[0]).join("");
    byInitials.set(initials, byInitials.has(initials) && byInitials.get(initials) !== m ? undefined : m);
  }
  for (const [initials, m] of byInitials) if (m && !known.has(initials)) known.set(initials, m);
  if (!known.size) return;
  for (const s of doc.sentences) {
    if (s.duplicate) continue;
    const toks = s.tokens;
    for (let k = 0; k < toks.length; k++) {
      if (s.cover[k]! >= 0 || s.refAt[k]! >= 0 || !/^\p{Lu}/u.test(toks[k]!.text)) continue;
      // Try two-token then one-token names.
      for (const len of [2, 1]) {
        if (k + len > toks.length) continue;
        let ok = true;
        for (let q = k; q < k + len; q++) if (s.cover[q]! >= 0) ok = false;
        if (!ok) continue;
        const form = doc.text.slice(toks[k]!.start, toks[k + len - 1]!.end);
        const src = known.get(form);
        if (!src) continue;
        const m: DocMention = {
          id: doc.mentions.length,
          sent: s.index,
          i: k,
          j: k + len,
          ci: k,
          cj: k + len,
          type: src.type,
          text: form,
          start: toks[k]!.start,
          end: toks[k + len - 1]!.end,
          key: src.type === "PERSON" && len === 1 ? `PERSON:${normName(form)}` : src.key,
          label: form,
          entity: -1,
        };
        doc.mentions.push(m);
        for (let q = k; q < k + len; q++) s.cover[q] = m.id;
        k += len - 1;
        break;
      }
      // Hyphenated pairs of places ("Lisbon-Porto flight").
      const tok = toks[k]!;
      if (s.cover[k]! < 0 && tok.text.includes("-")) {
        let off = 0;
        const parts = tok.text.split("-");
        if (parts.some((p) => known.get(p)?.type === "LOCATION") && parts.every((p) => /^\p{Lu}/u.test(p))) {
          for (const p of parts) {
            const start = tok.start + off;
            doc.mentions.push({
              id: doc.mentions.length,
              sent: s.index,
              i: k,
              j: k + 1,
              ci: k,
              cj: k + 1,
              type: "LOCATION",
              text: p,
              start,
              end: start + p.length,
              key: `LOCATION:${normName(p)}`,
              label: p,
              nested: true,
              entity: -1,
            });
            off += p.length + 1;
          }
        }
      }
    }
  }
}

/** The words of a person-typed name that can stand for the person alone: not those after "of", which name a place
 * or a body ("Catherine of Aragon"; a "University of Porvik" the tagger took for a person), so "Porvik" alone
 * is not folded into it. */
function personNameParts(parts: string[]): string[] {
  const of = parts.findIndex((p) => p.toLowerCase() === "of");
  return of >= 0 ? parts.slice(0, of) : parts;
}

export function buildEntities(doc: DocModel): void {
  addConsistentMentions(doc);
  const mentions = doc.mentions;
  foldVesselNames(doc);
  // Full person names, to fold single names ("Mendes") into them.
  const fullByPart = new Map<string, Set<string>>();
  // A single name that two full names share (relatives: "A Vesk ... B Vesk ... Vesk said"): the person the article
  // introduced first with it, whom news style goes on to call by the bare name (others keep their first names).
  const firstByPart = new Map<string, string>();
  const shared = SHARED_SURNAME;
  // In text order (consistency mentions were appended), so "first" means first in the text.
  const inOrder = [...mentions].sort((a, b) => a.start - b.start);
  for (const m of inOrder) {
    if (m.type !== "PERSON") continue;
    const parts = normName(m.text).split(" ");
    if (parts.length < 2) continue;
    for (const p of personNameParts(parts)) {
      if (isTitleWord(p)) continue;
      if (!fullByPart.has(p)) fullByPart.set(p, new Set());
      fullByPart.get(p)!.add(m.key);
      if (!firstByPart.has(p)) firstByPart.set(p, m.key);
    }
  }
  // A single name the text states to be a place or an organization ("X is a village in Y", "the city of X") is
  // not folded into a person who shares it (a town named after its founder, a company after its owner).
  const statedOther = new Set<string>();
  for (const m of mentions)
    if (m.strongType && (m.type === "LOCATION" || m.type === "ORGANIZATION")) statedOther.add(normName(m.text));
  // Name -> type votes, so one entity gets one type even when the tagger wavers.
  const votes = new Map<string, Map<EntityType, number>>();
  const teams = teamNames(doc, mentions);
  for (const m of inOrder) {
    if (m.type === "EVENT" || m.type === "COUNTRY") continue;
    const name = normName(m.text);
    const single = !name.includes(" ");
    const full = single && !statedOther.has(name) ? fullByPart.get(name) : undefined;
    if (full && full.size === 1) {
      m.type = "PERSON";
      m.key = [...full][0]!;
      continue;
    }
    const sharedKey = full && full.size > 1 && shared === "first" ? firstByPart.get(name) : undefined;
    if (sharedKey) {
      m.type = "PERSON";
      m.key = sharedKey;
      continue;
    }
    if (!votes.has(name)) votes.set(name, new Map());
    const v = votes.get(name)!;
    // A club written as one ("<Name> manager X") outvotes the tagger's person.
    const type = m.type === "PERSON" && teams.has(name) ? "ORGANIZATION" : m.type;
    const weight = m.typeFromNeighbours ? NEIGHBOUR_VOTE : m.strongType || type !== m.type ? STATED_VOTE : 1;
    v.set(type, (v.get(type) ?? 0) + weight);
  }
  for (const m of mentions) {
    if (m.type === "EVENT" || m.type === "COUNTRY" || m.generic) continue;
    const name = normName(m.text);
    const v = votes.get(name);
    if (!v) continue;
    let best: EntityType = m.type;
    for (const [t, c] of v) {
      const bc = v.get(best) ?? 0;
      if (c > bc || (c === bc && TYPE_PRIORITY[t] > TYPE_PRIORITY[best])) best = t;
    }
    if (best !== m.type) m.type = best;
    if (!m.key.startsWith("PERSON:") || m.type !== "PERSON" || !m.key.includes(" ")) m.key = `${m.type}:${name}`;
  }
  foldOrganizationVariants(mentions);
  foldShortOrganizationNames(mentions);
  foldAcronyms(doc);
  foldPartialPersonNames(mentions);
  // Events: one per class, kept when referred to at least twice with one specific mention.
  const eventCount = new Map<string, { n: number; specific: boolean }>();
  for (const m of mentions) {
    if (m.type !== "EVENT") continue;
    const e = eventCount.get(m.key) ?? { n: 0, specific: false };
    e.n++;
    if (normName(m.text).includes(" ") || m.agentIso || m.placeMention !== undefined) e.specific = true;
    eventCount.set(m.key, e);
  }
  const byKey = new Map<string, DocEntity>();
  for (const m of mentions) {
    if (m.type === "EVENT") {
      const e = eventCount.get(m.key)!;
      if (e.n < 2 || !e.specific) continue;
    }
    let ent = byKey.get(m.key);
    if (!ent) {
      ent = {
        index: doc.entities.length,
        type: m.type,
        key: m.key,
        label: m.label,
        aliases: new Set(),
        roles: [],
        mentions: [],
      };
      if (m.iso) {
        const info = countryIndex().byIso.get(m.iso)!;
        ent.iso = m.iso;
        if (info.lat !== undefined) ent.lat = info.lat;
        if (info.lng !== undefined) ent.lng = info.lng;
        ent.label = info.name;
      }
      if (m.orgHead) ent.orgHead = m.orgHead;
      byKey.set(m.key, ent);
      doc.entities.push(ent);
    }
    ent.mentions.push(m);
    ent.aliases.add(m.text);
    m.entity = ent.index;
  }
  for (const ent of doc.entities) ent.label = chooseLabel(ent, doc);
}

function chooseLabel(ent: DocEntity, doc: DocModel): string {
  if (ent.type === "COUNTRY") return ent.label;
  const texts = ent.mentions.map((m) => m.label);
  if (ent.type === "EVENT") {
    // Prefer the variant naming the place ("war in Ruritania"), then the most specific.
    const withPlace = ent.mentions.find((m) => m.placeMention !== undefined);
    const pick = withPlace ?? [...ent.mentions].sort((a, b) => b.label.length - a.label.length)[0]!;
    return stripDeterminer(pick.label);
  }
  if (ent.type === "PERSON")
    return [...texts].sort((a, b) => b.split(" ").length - a.split(" ").length || b.length - a.length)[0]!;
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + (isAllCaps(t) && t.length > 4 ? 0.1 : 1));
  void doc;
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
}

function stripDeterminer(s: string): string {
  return s.replace(/^(the|a|an)\s+/i, "");
}

/** "Andes Copper" -> "Andes Copper Corp", "Agency" -> "National Disaster Mitigation Agency": a shorter
 * organization name that starts or ends the longer name of exactly one other organization in the article. A name
 * the article also puts before a place's force or council ("X" and "X Police") is the place, typed so. */
function foldShortOrganizationNames(mentions: DocMention[]): void {
  const names = new Map<string, { key: string; text: string }>(); // normalised name -> key and a surface form
  for (const m of mentions)
    if (m.type === "ORGANIZATION" && !m.generic) names.set(normName(m.text), { key: m.key, text: m.text });
  const places = new Set<string>();
  for (const [other] of names)
    for (const n of names.keys()) if (other.startsWith(n + " ") && placeUnit(other.slice(n.length + 1))) places.add(n);
  for (const m of mentions) {
    if (m.type !== "ORGANIZATION" || m.generic) continue;
    const n = normName(m.text);
    if (places.has(n)) {
      // "Westford" beside "Westford Police Department": the town whose force it is, not a short form of the force.
      m.type = "LOCATION";
      m.key = `LOCATION:${n}`;
      continue;
    }
    const longer = new Set<string>();
    for (const [other, { key, text }] of names) {
      if (other.length <= n.length || key === m.key) continue;
      if ((other.startsWith(n + " ") || other.endsWith(" " + n)) && !isCoordinated(m.text, text)) longer.add(key);
    }
    if (longer.size === 1) m.key = [...longer][0]!;
  }
}

/** Heads of bodies named either way round: "Justice Department" and "Department of Justice". */
const INVERTIBLE_HEADS = new Set(["department", "ministry", "office", "bureau", "directorate"]);
/** The minor word an inverted name's acronym spells ("Justice Department" as "Department of Justice": "DOJ"). */
const OF: ReadonlySet<string> = new Set(["of"]);
/** Words after "police" that leave the force the same ("X Police Department", "X Police Service" = "X police"). */
const POLICE_UNIT_WORDS = new Set(["department", "service", "force"]);

/** One form for the ways an article writes one body's name: "<head> of <X>" as "<X> <head>", a force's "Police
 * Department" as "police". */
export function organizationVariant(text: string): string {
  let w = normName(text).split(" ");
  if (w.length >= 3 && w[w.length - 2] === "police" && POLICE_UNIT_WORDS.has(w[w.length - 1]!)) w = w.slice(0, -1);
  if (w.length >= 3 && w[1] === "of" && INVERTIBLE_HEADS.has(w[0]!)) {
    const rest = w.slice(2);
    if (rest[0] === "the") rest.shift();
    w = [...rest, w[0]!];
  }
  return w.join(" ");
}

/** "Department of Justice" ... "Justice Department", "Westford Police Department" ... "Westford police", "the
 * Varsha" ... "the Varshas": variants of one organization's name in an article are one organization. A plural is
 * the singular's only when one of them is typed an organization (never for people: "Williams", "William"). */
function foldOrganizationVariants(mentions: DocMention[]): void {
  const byVariant = new Map<string, string>();
  const inOrder = [...mentions].sort((a, b) => a.start - b.start);
  for (const m of inOrder) {
    if (m.type !== "ORGANIZATION") continue;
    const v = organizationVariant(m.text);
    if (!byVariant.has(v)) byVariant.set(v, m.key);
  }
  for (const m of mentions) {
    if (m.type === "ORGANIZATION") {
      m.key = byVariant.get(organizationVariant(m.text)) ?? m.key;
      continue;
    }
    if (m.type !== "LOCATION") continue;
    const n = normName(m.text);
    // A place-typed plural or singular of an organization's one-word name ("the Varshas" beside "Varsha").
    if (n.includes(" ") || n.length < 4) continue;
    const other = n.endsWith("s") ? byVariant.get(n.slice(0, -1)) : byVariant.get(n + "s");
    if (!other) continue;
    m.type = "ORGANIZATION";
    m.key = other;
  }
  // An organization's plural beside its singular, both organizations.
  for (const m of mentions) {
    if (m.type !== "ORGANIZATION") continue;
    const n = normName(m.text);
    if (n.includes(" ") || !n.endsWith("s") || n.length < 5) continue;
    const singular = byVariant.get(n.slice(0, -1));
    if (singular) m.key = singular;
  }
}

/** Words that, after a place's name, name the place's own public body ("X Police Department", "X City Council"). */
const PLACE_UNIT_WORDS = new Set(["police", "department", "council", "city", "county", "borough", "constabulary"]);
/** Whether a name's remainder after a leading name is only such words, with a force or council among them. */
function placeUnit(rest: string): boolean {
  const words = rest.split(" ");
  return words.every((w) => PLACE_UNIT_WORDS.has(w)) && words.some((w) => w === "police" || w === "council");
}

/** "X and Y", "X & Y", "X-Y" (a fixture, a pair of parties): the short name is one of two names joined in the
 * longer one, not a short form of it. */
function isCoordinated(short: string, long: string): boolean {
  const s = short.toLowerCase().replace(/^the\s+/, "");
  const l = long.toLowerCase().replace(/^the\s+/, "");
  const rest = l.startsWith(s + " ") ? l.slice(s.length) : l.endsWith(" " + s) ? l.slice(0, -s.length) : undefined;
  // Joined without a space ("X-Y", "X/Y").
  if (rest === undefined) return true;
  return /(^|\s)(and|&|or|v|vs)(\s|$)/.test(rest);
}

/** "Institutional Revolutionary Party (PRI)", "World Food Programme" ... "WFP": an acronym is the organization
 * it stands in brackets after, or whose initials it spells. */
function foldAcronyms(doc: DocModel): void {
  const byAcronym = new Map<string, DocMention>();
  const orgs = doc.mentions.filter((m) => m.type === "ORGANIZATION" && !m.generic && m.text.includes(" "));
  for (const m of orgs) {
    const s = doc.sentences[m.sent]!;
    if (
      s.tokens[m.j]?.text === "(" &&
      s.tokens[m.j + 2]?.text === ")" &&
      /^\p{Lu}{2,6}$/u.test(s.tokens[m.j + 1]!.text)
    )
      byAcronym.set(s.tokens[m.j + 1]!.text, m);
  }
  const initials = new Map<string, Set<string>>();
  for (const m of orgs) {
    const words = m.text.split(/\s+/);
    // "Department of Justice" is spelled "DOJ" too, and so is "Justice Department", named the other way round.
    const last = words[words.length - 1]!;
    const inverted =
      words.length >= 2 && INVERTIBLE_HEADS.has(last.toLowerCase()) && !words.includes("of")
        ? [last, "of", ...words.slice(0, -1)]
        : words;
    const forms = new Set([initialsOf(words), initialsOf(inverted, OF)]);
    for (const letters of forms)
      if (letters.length >= 2) initials.set(letters, new Set([...(initials.get(letters) ?? []), m.key]));
  }
  for (const m of doc.mentions) {
    // "E&Y", "U.N." spell initials too.
    const acronym = m.text.replace(/[&.]/g, "");
    if (m.type === "EVENT" || m.type === "COUNTRY" || !/^\p{Lu}{2,6}$/u.test(acronym)) continue;
    const full = byAcronym.get(m.text);
    const keys = initials.get(acronym);
    const key = full ? full.key : keys?.size === 1 ? [...keys][0]! : undefined;
    if (!key) continue;
    m.type = "ORGANIZATION";
    m.key = key;
  }
}

/** "the George Washington", "the Reagan's crew" after "USS Ronald Reagan": in an article that names a ship after a
 * person, the person's name or its end stands for the ship (an organisation, folded into it by its short name),
 * unless a title before it names the person. */
function foldVesselNames(doc: DocModel): void {
  const mentions = doc.mentions;
  const prefixes = vesselPrefixes();
  const vessels: string[] = [];
  for (const m of mentions)
    if (m.type === "ORGANIZATION" && prefixes.has(m.text.split(" ")[0]!))
      vessels.push(normName(m.text).split(" ").slice(1).join(" "));
  if (!vessels.length) return;
  for (const m of mentions) {
    if (m.type !== "PERSON") continue;
    const n = normName(m.text);
    if (!vessels.some((v) => v === n || v.endsWith(" " + n))) continue;
    // "Senator <Name>", "President <Name>": after a title the name is the person the ship is named after.
    const before = m.i > 0 ? doc.sentences[m.sent]?.lower[m.i - 1]?.replace(/\.$/, "") : undefined;
    if (before && isTitleWord(before)) continue;
    m.type = "ORGANIZATION";
    m.key = `ORGANIZATION:${n}`;
    m.strongType = true;
  }
}

/** "López Obrador" -> "Andrés Manuel López Obrador": a person name ending (or starting) another, longer one. */
function foldPartialPersonNames(mentions: DocMention[]): void {
  const full = new Map<string, string>();
  for (const m of mentions) if (m.type === "PERSON") full.set(normName(m.text), m.key);
  for (const m of mentions) {
    if (m.type !== "PERSON") continue;
    const n = normName(m.text);
    if (!n.includes(" ")) continue;
    const longer = new Set<string>();
    for (const [other, key] of full)
      if (key !== m.key && other.length > n.length && (other.endsWith(" " + n) || other.startsWith(n + " ")))
        longer.add(key);
    if (longer.size === 1) m.key = [...longer][0]!;
  }
}
