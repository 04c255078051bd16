// Unit tests of the guards: page-size checks, cursors, the depth rule, the cost estimate and the request deadline.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "@newskg/store";
import { entityKey, syntheticGraph } from "@newskg/store/testing";
import { buildSchema, parse, specifiedRules, validate } from "graphql/index.js";
import type { OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { SCHEMA_PATH } from "./apollo/createGraphqlServer.js";
import type { GraphContext } from "./context.js";
import { encodeCursor, offsetAfter, pageOf } from "./cursor.js";
import { VersionCache } from "./graph/versionCache.js";
import { depthLimitRule } from "./limits/depthLimitRule.js";
import { queryCost } from "./limits/queryCost.js";
import { checkRange } from "./limits.js";
import { queryResolvers } from "./resolvers/queryResolvers.js";

const schema = buildSchema(readFileSync(SCHEMA_PATH, "utf8"));
const costOf = (query: string, variables: Record<string, unknown> = {}) => {
  const doc = parse(query);
  return queryCost(schema, doc.definitions[0] as OperationDefinitionNode, {}, variables, Infinity);
};

describe("limits", () => {
  it("checks integer ranges with a message naming the argument", () => {
    expect(checkRange("first", 10, 0, 500)).toBe(10);
    expect(() => checkRange("first", 501, 0, 500)).toThrow(/"first" must be an integer from 0 to 500/);
    expect(() => checkRange("first", -1, 0, 500)).toThrow(/first/);
  });

  it("round-trips opaque cursors and rejects others", () => {
    const cursor = encodeCursor("entities", 41);
    expect(cursor).not.toContain("41");
    expect(offsetAfter("entities", cursor)).toBe(42);
    expect(offsetAfter("entities", null)).toBe(0);
    expect(() => offsetAfter("entities", "%%%")).toThrow(/Invalid cursor/);
    expect(() => offsetAfter("entities", Buffer.from("entities:-1").toString("base64url"))).toThrow(/Invalid cursor/);
    expect(() => offsetAfter("relations", cursor)).toThrow(/"entities" list/);
    const page = pageOf("entities", ["a", "b", "c"], 2, null);
    expect(page).toMatchObject({ totalCount: 3, nodes: ["a", "b"], pageInfo: { hasNextPage: true } });
    expect(pageOf("entities", ["a", "b", "c"], 2, page.pageInfo.endCursor).nodes).toEqual(["c"]);
  });

  it("limits depth through fragments but not introspection", () => {
    const rule = depthLimitRule(4); // leaf fields count as a level
    const ok = validate(schema, parse(`{ entity(id: "x") { relations { source { id } } } }`), [
      ...specifiedRules,
      rule,
    ]);
    expect(ok).toEqual([]);
    const deep = validate(
      schema,
      parse(`{ entity(id: "x") { ...F } } fragment F on Entity { relations { source { relations { id } } } }`),
      [...specifiedRules, rule],
    );
    expect(deep.map((e) => e.message)).toEqual([expect.stringMatching(/too deep/)]);
    const intro = validate(schema, parse(`{ __schema { types { fields { type { ofType { ofType { name } } } } } } }`), [
      ...specifiedRules,
      rule,
    ]);
    expect(intro).toEqual([]);
  });

  it("estimates cost from page sizes, variables and defaults", () => {
    expect(costOf(`{ __typename stats { entityCount } }`)).toBe(1);
    // objects count (a list field, each of its items, nested objects); scalars do not
    expect(costOf(`{ entities(first: 10) { nodes { id } } }`)).toBe(1 + 10 * 2);
    expect(costOf(`query($n: Int) { entities(first: $n) { nodes { id } } }`, { n: 100 })).toBe(201);
    // default first: 50 for entities and for relations
    expect(costOf(`{ entities { nodes { relations { id } } } }`)).toBe(1 + 50 * (1 + 1 + (1 + 50)));
    expect(costOf(`{ entities { nodes { relations { source { id } } } } }`)).toBe(1 + 50 * (2 + (1 + 50 * 2)));
    expect(costOf(`{ entities(first: 500) { nodes { relations(first: 1000) { source { id } } } } }`)).toBeGreaterThan(
      100_000,
    );
    // full texts weigh more than ids
    expect(costOf(`{ entities(first: 500) { nodes { documents { id } } } }`)).toBe(1 + 500 * (2 + (1 + 50)));
    expect(costOf(`{ entities(first: 500) { nodes { documents { text } } } }`)).toBe(1 + 500 * (2 + (1 + 50 * 11)));
  });
});

describe("request deadline", () => {
  it("stops a long walk with a TIMEOUT error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-deadline-"));
    const store = await openStore(join(dir, "graph.db"));
    try {
      await store.writeBuild({ graph: syntheticGraph({ documents: 10 }) });
      const reader = store.reader();
      const ctx = {
        snapshot: {
          reader,
          counts: await reader.counts(),
          error: null,
          loadedAt: null,
          version: 1,
          cache: new VersionCache(0),
        },
        deadline: 0, // already past
      } as unknown as GraphContext;
      const hood = queryResolvers.neighborhood as (...args: unknown[]) => Promise<unknown>;
      await expect(hood({}, { id: entityKey(3), depth: 2 }, ctx, {})).rejects.toThrow(/took too long/);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
