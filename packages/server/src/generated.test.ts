// The committed generated types must match schema.graphql and the viewer's operations: regenerate every output of
// codegen.ts in memory (the schema's types in graph-model, the server's resolvers, the viewer's operations) and
// compare each with its committed file.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { CodegenConfig } from "@graphql-codegen/cli";
import { generate } from "@graphql-codegen/cli";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

it("every generated types file is up to date with schema.graphql (run `pnpm codegen`)", async () => {
  // codegen.ts sits outside this package's sources, so it is imported by computed URL.
  const configUrl: string = pathToFileURL(`${root}codegen.ts`).href;
  const { default: config } = (await import(configUrl)) as { default: CodegenConfig };
  const outputs = await generate({ ...config, cwd: root, silent: true }, false);
  const files = outputs.map((o: { filename: string }) => o.filename.replace(root, "").replace(/^\//, "")).sort();
  expect(files).toEqual([
    "packages/graph-model/src/generated/schemaTypes.ts",
    "packages/server/src/generated/graphql.ts",
    "packages/viewer/src/api/generated/operations.ts",
  ]);
  for (const output of outputs as { filename: string; content: string }[]) {
    const committed = await readFile(join(root, output.filename.replace(root, "")), "utf8");
    expect(committed, output.filename).toBe(output.content);
  }
}, 60_000);
