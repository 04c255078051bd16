// Prints a seeded random sample of typed relation edges (not CO_OCCURRENCE or MENTIONS) of a built graph with one
// evidence sentence each, for reading by hand, and the share of relation edges that are typed.
// Usage: npx tsx packages/builder/scripts/sampleTypedEdges.ts GRAPH.json [N=50] [SEED=1]
import { readFileSync } from "node:fs";
import { seededRandom } from "../src/graph/seededRandom.js";

interface Edge {
  source: string;
  target: string;
  attributes: { category: string; label?: string; confidence?: number; evidence?: { text: string }[] };
}
interface Node {
  key: string;
  attributes: { label?: string };
}

const [file, n = "50", seed = "1"] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: sampleTypedEdges.ts GRAPH.json [N] [SEED]\n");
  process.exit(2);
}
const graph = JSON.parse(readFileSync(file, "utf8")) as { nodes: Node[]; edges: Edge[] };
const label = new Map(graph.nodes.map((x) => [x.key, x.attributes.label ?? x.key]));
const relations = graph.edges.filter((e) => e.attributes.category !== "MENTIONS");
const typed = relations.filter((e) => e.attributes.category !== "CO_OCCURRENCE");
const byCategory = new Map<string, number>();
for (const e of typed) byCategory.set(e.attributes.category, (byCategory.get(e.attributes.category) ?? 0) + 1);
console.log(
  `relation edges ${relations.length}, typed ${typed.length} (${((100 * typed.length) / Math.max(1, relations.length)).toFixed(1)}%)`,
);
console.log(
  [...byCategory]
    .sort((a, b) => b[1] - a[1])
    .map(([c, k]) => `${c} ${k}`)
    .join(", "),
);
const random = seededRandom(Number(seed));
const pool = [...typed];
for (let i = 0; i < Math.min(Number(n), pool.length); i++) {
  const j = i + Math.floor(random() * (pool.length - i));
  [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  const e = pool[i]!;
  const a = e.attributes;
  console.log(
    `\n#${i + 1} ${label.get(e.source)} -[${a.category} "${a.label ?? ""}" ${a.confidence?.toFixed(2) ?? ""}]-> ${label.get(e.target)}`,
  );
  console.log(`   ${(a.evidence?.[0]?.text ?? "").replace(/\s+/g, " ").slice(0, 400)}`);
}
