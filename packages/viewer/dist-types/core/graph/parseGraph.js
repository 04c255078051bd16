// Parses an untrusted graph file (graphology serialization per @newskg/graph-model) into plain maps, dropping what
// does not fit the contract instead of failing on it: the file may come from any CDN.
const ENTITY_TYPE_SET = new Set(["PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "EVENT"]);
export class GraphFormatError extends Error {
}
function isObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
const str = (v, fallback = "") => (typeof v === "string" ? v : fallback);
const num = (v, fallback = 0) => (typeof v === "number" && Number.isFinite(v) ? v : fallback);
// The parsed JSON is ours: well-formed values are kept as they are (no copies, the file can hold 100k items) and
// only what is missing or of the wrong type is replaced.
const strArray = (v) => Array.isArray(v)
    ? v.every((x) => typeof x === "string")
        ? v
        : v.filter((x) => typeof x === "string")
    : [];
const isNum = (v) => typeof v === "number" && Number.isFinite(v);
const validMention = (m) => isObject(m) && typeof m.doc === "string" && isNum(m.start) && isNum(m.end) && typeof m.text === "string";
const validEvidence = (e) => isObject(e) && typeof e.doc === "string" && isNum(e.start) && isNum(e.end) && typeof e.text === "string";
function mentionsOf(v) {
    if (!Array.isArray(v))
        return [];
    if (v.every(validMention))
        return v;
    return v.filter(isObject).map((m) => ({
        doc: str(m.doc),
        start: num(m.start),
        end: num(m.end),
        text: str(m.text),
        sentence: num(m.sentence),
    }));
}
function evidenceOf(v) {
    if (!Array.isArray(v))
        return [];
    if (v.every(validEvidence))
        return v;
    return v
        .filter(isObject)
        .filter((e) => typeof e.text === "string")
        .map((e) => ({ doc: str(e.doc), start: num(e.start), end: num(e.end), text: str(e.text) }));
}
export function parseGraph(json) {
    if (!isObject(json) || !Array.isArray(json.nodes) || !Array.isArray(json.edges)) {
        throw new GraphFormatError("This is not a graph file: expected a JSON object with `nodes` and `edges` arrays.");
    }
    const entities = new Map();
    const documents = new Map();
    for (const node of json.nodes) {
        if (!isObject(node) || (typeof node.key !== "string" && typeof node.key !== "number"))
            continue;
        const key = String(node.key);
        const a = isObject(node.attributes) ? node.attributes : {};
        const type = str(a.type);
        if (type === "DOCUMENT" || a.kind === "document") {
            a.kind = "document";
            a.type = "DOCUMENT";
            a.label = str(a.label, str(a.title, key));
            a.title = str(a.title, str(a.label, key));
            a.text = str(a.text);
            if (typeof a.date !== "string")
                a.date = undefined;
            a.file = str(a.file);
            documents.set(key, a);
            continue;
        }
        a.kind = "entity";
        if (!ENTITY_TYPE_SET.has(type))
            a.type = "EVENT";
        a.label = str(a.label, key);
        a.aliases = strArray(a.aliases);
        a.roles = strArray(a.roles);
        if (typeof a.description !== "string")
            a.description = undefined;
        a.mentions = mentionsOf(a.mentions);
        a.docs = strArray(a.docs);
        a.mentionCount = num(a.mentionCount);
        a.degree = num(a.degree, -1);
        a.pagerank = num(a.pagerank);
        a.community = num(a.community, 0);
        a.x = num(a.x, NaN);
        a.y = num(a.y, NaN);
        a.size = num(a.size, 0);
        entities.set(key, a);
    }
    const relations = [];
    const seen = new Set();
    json.edges.forEach((edge, i) => {
        if (!isObject(edge))
            return;
        const source = String(edge.source ?? "");
        const target = String(edge.target ?? "");
        if (!entities.has(source) || !entities.has(target) || source === target)
            return;
        const a = isObject(edge.attributes) ? edge.attributes : {};
        const category = str(a.category, "ASSOCIATION");
        if (category === "MENTIONS")
            return;
        let key = edge.key !== undefined && edge.key !== null ? String(edge.key) : `e${i}`;
        if (seen.has(key))
            key = `${key}~${i}`;
        seen.add(key);
        a.category = category;
        a.label = str(a.label, category.toLowerCase());
        a.labels = strArray(a.labels);
        a.confidence = num(a.confidence, 1);
        a.weight = num(a.weight, 1);
        if (typeof a.date !== "string")
            a.date = undefined;
        a.evidence = evidenceOf(a.evidence);
        a.docs = strArray(a.docs);
        relations.push({ key, source, target, attributes: a });
    });
    // Entities with no position get a deterministic spiral so the view is never empty.
    let i = 0;
    for (const e of entities.values()) {
        if (!Number.isFinite(e.x) || !Number.isFinite(e.y)) {
            const angle = i * 2.399963;
            const radius = 10 * Math.sqrt(i + 1);
            e.x = Math.cos(angle) * radius;
            e.y = Math.sin(angle) * radius;
        }
        i++;
    }
    return {
        attributes: isObject(json.attributes) ? json.attributes : {},
        entities,
        documents,
        relations,
    };
}
/** Date of a relation: its own, else the latest date of the documents supporting it. */
export function relationDate(rel, documents) {
    if (rel.date)
        return rel.date;
    let best;
    for (const doc of rel.docs) {
        const d = documents.get(doc)?.date;
        if (d && (!best || d > best))
            best = d;
    }
    return best;
}
export async function fetchGraph(url, signal) {
    const res = await fetch(url, { signal });
    if (!res.ok)
        throw new GraphFormatError(`Could not load the graph (${res.status} ${res.statusText}) from ${url}.`);
    let json;
    try {
        json = await res.json();
    }
    catch {
        throw new GraphFormatError(`The graph at ${url} is not valid JSON.`);
    }
    return parseGraph(json);
}
export function isEntityType(v) {
    return ENTITY_TYPE_SET.has(v);
}
//# sourceMappingURL=parseGraph.js.map