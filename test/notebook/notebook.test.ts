// Executes examples/notebook.ipynb with nbconvert against a live server over a freshly built demo graph, and checks
// that every cell ran and printed what the notebook promises. Uses Debian's Python (/usr/bin/python3), which has
// pandas, networkx, requests and matplotlib (scripts/ensureTestSystemDeps.mjs installs them when missing).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startServer } from "../../packages/server/src/index.js";
import type { RunningServer } from "../../packages/server/src/index.js";
import { demoGraph } from "../browser/helpers/demoGraph.js";

const NOTEBOOK = fileURLToPath(new URL("../../examples/notebook.ipynb", import.meta.url));

interface Output {
  output_type: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
  ename?: string;
  evalue?: string;
}

let server: RunningServer;
beforeAll(async () => {
  // The run's one demo build (sharedFixture), copied into a folder of this file's own.
  const { path } = await demoGraph();
  server = await startServer({ port: 0, host: "127.0.0.1", graphPath: path, staticDir: join(dirname(path), "none") });
});
afterAll(() => server?.close());

/** Runs a command without blocking this process's event loop (the server under test lives here). */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d));
    child.stderr.on("data", (d: Buffer) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

it("runs examples/notebook.ipynb against the live server without errors", async () => {
  const nbconvert = ["/usr/bin/jupyter-nbconvert", "/bin/jupyter-nbconvert"].find((p) => existsSync(p));
  expect(nbconvert, "jupyter-nbconvert is missing: apt-get install jupyter-nbconvert python3-ipykernel").toBeDefined();
  const outDir = await mkdtemp(join(tmpdir(), "newskg-notebook-"));
  // Debian's python first, so the kernel (and anything it spawns) is the one with pandas and networkx.
  const env = {
    ...process.env,
    PATH: `/usr/bin:/bin:${process.env.PATH ?? ""}`,
    KG_URL: `${server.url}/graphql`,
    MPLBACKEND: "module://matplotlib_inline.backend_inline",
    PYDEVD_DISABLE_FILE_VALIDATION: "1",
  };
  const { code, output } = await run(
    nbconvert!,
    [
      "--to",
      "notebook",
      "--execute",
      "--ExecutePreprocessor.timeout=120",
      "--ExecutePreprocessor.kernel_name=python3",
      "--output-dir",
      outDir,
      "--output",
      "executed.ipynb",
      NOTEBOOK,
    ],
    env,
  );
  expect(code, output).toBe(0);

  const executed = JSON.parse(await readFile(join(outDir, "executed.ipynb"), "utf8")) as {
    cells: { cell_type: string; outputs?: Output[] }[];
  };
  const outputs = executed.cells.flatMap((c) => c.outputs ?? []);
  expect(outputs.filter((o) => o.output_type === "error").map((o) => `${o.ename}: ${o.evalue}`)).toEqual([]);
  const text = outputs.map((o) => [o.text ?? "", o.data?.["text/plain"] ?? ""].flat().join("")).join("\n");
  expect(text).toContain(`server: ${server.url}/graphql`);
  expect(text).toMatch(/\d+ entities, \d+ relations, 2 documents/);
  expect(text).toContain("Top entities by PageRank");
  expect(text).toContain("Relations by category");
  expect(text).toMatch(/CO_OCCURRENCE\s+\d+/);
  expect(text).toMatch(/networkx: \d+ nodes, \d+ edges/);
  expect(text).toContain("Vladimir Putin");
  expect(text).toMatch(/drew \d+ entities and \d+ relations around/);
  expect(text).toMatch(/confidence [01]\.\d+\)/);
  // The figure is embedded in the notebook.
  expect(outputs.some((o) => o.output_type === "display_data" && o.data?.["image/png"])).toBe(true);
}, 240_000);
