import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "./writeFileAtomic.js";

describe("writeFileAtomic", () => {
  it("replaces the file and leaves no temporary files behind", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-atomic-"));
    const target = join(dir, "graph.json");
    await writeFile(target, "old");
    await writeFileAtomic(target, "new");
    expect(await readFile(target, "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["graph.json"]);
  });

  it("keeps the previous content when the write fails", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-atomic-"));
    const target = join(dir, "graph.json");
    await writeFile(target, "previous");
    // A path below an existing file cannot be created, so the write fails before anything is renamed.
    await expect(writeFileAtomic(join(dir, "graph.json", "nested"), "x")).rejects.toThrow();
    expect(await readFile(target, "utf8")).toBe("previous");
  });

  it("writes a sequence of strings", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-atomic-"));
    const target = join(dir, "big.json");
    function* chunks(): Generator<string> {
      for (let i = 0; i < 50_000; i++) yield `${i},"é"\n`;
    }
    await writeFileAtomic(target, chunks());
    const text = await readFile(target, "utf8");
    expect(text.split("\n")).toHaveLength(50_001);
    expect(text.startsWith('0,"é"\n1,"é"')).toBe(true);
    expect(await readdir(dir)).toEqual(["big.json"]);
  });
});
