import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nerCommand } from "./nerCommand.js";
import { captureOutput } from "../testing/captureOutput.js";

const dir = mkdtempSync(join(tmpdir(), "newskg-ner-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const output = captureOutput();

function file(name: string, text: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

// Made-up news text, one token per line with a POS column.
const DOC = `-DOCSTART- -X-

Foreign NNP
Minister NNP
Nurlan NNP
Abenov NNP
told VBD
reporters NNS
in IN
Tashkent NNP
on IN
Friday NNP
. .

Abenov NNP
said VBD
the DT
talks NNS
went VBD
well RB
. .
`;

describe("kg ner", () => {
  it("prints every input line with the predicted tag appended, and nothing else", async () => {
    const code = await nerCommand(["--conll", file("doc.conll", DOC)]);
    expect(output.stderr).toBe("");
    expect(code).toBe(0);
    const inLines = DOC.trimEnd().split("\n");
    const outLines = output.stdout.trimEnd().split("\n");
    expect(outLines).toHaveLength(inLines.length);
    outLines.forEach((line, i) => {
      const src = inLines[i]!;
      if (src === "" || src.startsWith("-DOCSTART-")) expect(line).toBe(src);
      else {
        expect(line.startsWith(`${src} `)).toBe(true);
        expect(line.slice(src.length + 1)).toMatch(/^(O|[BI]-(PER|ORG|LOC|MISC))$/);
      }
    });
    const tagOf = (tok: string): string[] =>
      outLines.filter((l) => l.startsWith(`${tok} `)).map((l) => l.split(" ").pop()!);
    expect(tagOf("Nurlan")).toEqual(["B-PER"]);
    expect(tagOf("Abenov")).toEqual(["I-PER", "B-PER"]);
    expect(tagOf("Tashkent")).toEqual(["B-LOC"]);
    expect(tagOf("Minister")).toEqual(["O"]);
  });

  it("fails with a message naming a missing file", async () => {
    const missing = join(dir, "nope.conll");
    expect(await nerCommand(["--conll", missing])).not.toBe(0);
    expect(output.stderr).toContain(missing);
    expect(output.stdout).toBe("");
  });

  it("fails with file and line for a malformed line", async () => {
    const p = file("bad.conll", "Alma NNP\nAta NNP\nrose VBD extra\n");
    expect(await nerCommand(["--conll", p])).not.toBe(0);
    expect(output.stderr).toContain(`${p}:3:`);
    expect(output.stdout).toBe("");
  });

  it("with --skip-bad leaves malformed lines out, tags the rest and says what it skipped", async () => {
    const p = file("bad2.conll", "Doran NNP\nVell NNP\nrose VBD extra\nsharply RB\n \tRB\n. .\n");
    expect(await nerCommand(["--conll", p, "--skip-bad"])).toBe(0);
    const out = output.stdout.trimEnd().split("\n");
    expect(out.map((l) => l.split(" ")[0])).toEqual(["Doran", "Vell", "sharply", "."]);
    expect(output.stderr).toContain(`${p}:3: malformed line: 3 column(s) where earlier token lines have 2`);
    expect(output.stderr).toContain(`${p}:5: malformed line: starts with whitespace`);
    expect(output.stderr).toContain("skipped 2 malformed line(s)");
  });

  it("tags with the research model on request", async () => {
    const code = await nerCommand(["--conll", file("r.conll", DOC), "--ner-model", "research"]);
    expect(code).toBe(0);
    expect(output.stdout.split("\n").find((l) => l.startsWith("Tashkent "))).toMatch(/ B-LOC$/);
  });

  it("fails on an empty file", async () => {
    const p = file("empty.conll", "");
    expect(await nerCommand(["--conll", p])).not.toBe(0);
    expect(output.stderr).toContain(`${p}: file is empty`);
  });

  it("fails naming a missing or corrupt model file", async () => {
    const input = file("ok.conll", "Hello\n");
    const model = join(dir, "missing-model.bin.gz");
    expect(await nerCommand(["--conll", input, "--model", model])).not.toBe(0);
    expect(output.stderr).toContain(model);
    output.stderr = "";
    const corrupt = file("corrupt-model.bin.gz", "not a model");
    expect(await nerCommand(["--conll", input, "--model", corrupt])).not.toBe(0);
    expect(output.stderr).toContain(corrupt);
    expect(output.stderr).toContain("corrupt");
    expect(output.stdout).toBe("");
  });

  it("rejects missing or unknown arguments with usage", async () => {
    expect(await nerCommand([])).toBe(2);
    expect(output.stderr).toContain("usage");
    expect(await nerCommand(["--bogus"])).toBe(2);
  });
});
