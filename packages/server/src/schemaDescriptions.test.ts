// schema.graphql is the API's documentation: every type, field, argument and enum has a description, and every
// argument with a limit states its range.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql/index.js";

const schema = buildSchema(readFileSync(new URL("../../../schema.graphql", import.meta.url), "utf8"));

describe("schema.graphql descriptions", () => {
  it("describes every type, field and argument", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      if (isEnumType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });
  it("states the range of every limited argument", () => {
    const ranged = ["first", "limit", "depth", "maxPaths"];
    const unstated: string[] = [];
    for (const type of [schema.getQueryType()!, schema.getType("Entity"), schema.getType("GraphStats")])
      if (isObjectType(type))
        for (const field of Object.values(type.getFields()))
          for (const arg of field.args)
            if (ranged.includes(arg.name) && !/\d+ to \d+/.test(arg.description ?? ""))
              unstated.push(`${type.name}.${field.name}(${arg.name})`);
    expect(unstated).toEqual([]);
  });
});
