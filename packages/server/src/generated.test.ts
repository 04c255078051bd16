// The committed resolver types must match schema.graphql: regenerate in memory and compare.
import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { CodegenConfig } from "@graphql-codegen/cli";
import { generate } from "@graphql-codegen/cli";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

it("generated/graphql.ts is up to date with schema.graphql (run `pnpm codegen`)", async () => {
  // codegen.ts sits outside this package's sources, so it is imported by computed URL.
  const configUrl: string = pathToFileURL(`${root}codegen.ts`).href;
  const { default: config } = (await import(configUrl)) as { default: CodegenConfig };
  const outputs = await generate({ ...config, cwd: root, silent: true }, false);
  const output = outputs.find((o: { filename: string }) =>
    o.filename.endsWith("packages/server/src/generated/graphql.ts"),
  );
  expect(output).toBeDefined();
  const committed = await readFile(new URL("./generated/graphql.ts", import.meta.url), "utf8");
  expect(committed).toBe(output!.content);
}, 60_000);
