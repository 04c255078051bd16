import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  DEFAULT_SET,
  formatCategoryRecall,
  listReferenceSets,
  mergeGold,
  readReferenceSet,
  recallByCategory,
  referenceSetDir,
  takeSetArgument,
} from "../../packages/builder/scripts/devReferenceSet.js";
import type { GoldFile, GoldRelation } from "../../packages/builder/scripts/devReferenceSet.js";
import { REPO_ROOT } from "../paths.js";

describe("takeSetArgument", () => {
  it("defaults to the tuning set and leaves the other arguments alone", () => {
    expect(takeSetArgument(["/repo", "--keep"])).toEqual({ set: DEFAULT_SET, given: false, rest: ["/repo", "--keep"] });
  });

  it("takes the name after --set, so that it is not read as the repository root", () => {
    expect(takeSetArgument(["--set", "cnn2", "--keep"])).toEqual({ set: "cnn2", given: true, rest: ["--keep"] });
    expect(takeSetArgument(["/repo", "--set=cnn2"])).toEqual({ set: "cnn2", given: true, rest: ["/repo"] });
  });

  it("refuses a missing, malformed or repeated name", () => {
    expect(() => takeSetArgument(["--set"])).toThrow(/needs a reference set name/);
    expect(() => takeSetArgument(["--set", "--keep"])).toThrow(/needs a reference set name/);
    expect(() => takeSetArgument(["--set=../cnn"])).toThrow(/needs a reference set name/);
    expect(() => takeSetArgument(["--set=cnn", "--set=cnn2"])).toThrow(/twice/);
  });
});

describe("reference sets on disk", () => {
  const dir = mkdtempSync(join(tmpdir(), "dev-reference-sets-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (doc: string, entities: GoldFile["entities"], relations: GoldRelation[] = []): GoldFile => ({
    documents: { [doc]: `corpus/x/${doc}.md` },
    entities,
    relations,
  });
  mkdirSync(join(dir, "a"));
  mkdirSync(join(dir, "empty"));
  writeFileSync(join(dir, "notes.md"), "not a set\n");
  const person = { id: "p", type: "PERSON", name: "Ann Lee", aliases: ["Lee"], required: false };
  writeFileSync(join(dir, "a", "d2.gold.json"), JSON.stringify(file("d2", [{ ...person, aliases: ["Ms. Lee"] }])));
  writeFileSync(join(dir, "a", "d1.gold.json"), JSON.stringify(file("d1", [{ ...person, required: true }])));

  it("lists only directories holding gold files, and names the known sets when asked for another", () => {
    expect(listReferenceSets(dir)).toEqual(["a"]);
    expect(referenceSetDir(dir, "a")).toBe(join(dir, "a"));
    expect(() => referenceSetDir(dir, "empty")).toThrow(/no reference set 'empty'.*sets: a/);
  });

  it("the repository's two CNN sets are there and do not share an article", () => {
    const refs = join(REPO_ROOT, "test/dev-reference");
    expect(listReferenceSets(refs)).toEqual(expect.arrayContaining(["cnn", "cnn2"]));
    const docs = (set: string) => readReferenceSet(join(refs, set)).flatMap((f) => Object.keys(f.gold.documents));
    const first = new Set(docs("cnn"));
    expect(docs("cnn2").filter((d) => first.has(d))).toEqual([]);
  });

  it("merges one entity per id across files: aliases and docs united, required if any file requires it", () => {
    const files = readReferenceSet(join(dir, "a"));
    expect(files.map((f) => f.file)).toEqual(["d1.gold.json", "d2.gold.json"]);
    const warnings: string[] = [];
    const merged = mergeGold(
      [...files.map((f) => f.gold), file("d3", [{ ...person, type: "ORGANIZATION" }])],
      "test",
      (m) => warnings.push(m),
    );
    expect(merged.entities).toEqual([{ ...person, aliases: ["Lee", "Ms. Lee"], required: true, docs: [] }]);
    expect(Object.keys(merged.documents)).toEqual(["d1", "d2", "d3"]);
    expect(warnings).toEqual(["p is PERSON in one file and ORGANIZATION in another"]);
  });

  it("says which file is not a gold file", () => {
    mkdirSync(join(dir, "bad"));
    writeFileSync(join(dir, "bad", "x.gold.json"), JSON.stringify({ entities: [] }));
    expect(() => readReferenceSet(join(dir, "bad"))).toThrow(/x\.gold\.json: not a gold file/);
  });
});

describe("recallByCategory", () => {
  const rel = (source: string, category: string, target: string): GoldRelation => ({
    source,
    target,
    category,
    required: true,
  });
  const required = [
    rel("a", "ROLE", "b"),
    rel("c", "ROLE", "d"),
    rel("e", "ROLE", "f"),
    rel("a", "VIOLENCE", "c"),
    rel("a", "STATEMENT", "g"),
  ];

  it("counts a pair missing from the graph and a pair found with the wrong category against their category", () => {
    const rows = recallByCategory(required, ["c -ROLE-> d", "a -STATEMENT-> g"], ["e -ROLE-> f"]);
    expect(rows).toEqual([
      { category: "ROLE", required: 3, pairFound: 2, typedFound: 1 },
      { category: "STATEMENT", required: 1, pairFound: 0, typedFound: 0 },
      { category: "VIOLENCE", required: 1, pairFound: 1, typedFound: 1 },
    ]);
    const lines = formatCategoryRecall(rows);
    expect(lines).toContain("  events (COERCION, VIOLENCE, OPPOSITION, SUPPORT) typed 1/1 (1.00)");
    expect(lines).toContain("  STATEMENT typed 0/1 (0.00)");
  });

  it("refuses a line it cannot read rather than miscount", () => {
    expect(() => recallByCategory(required, ["a ROLE b"], [])).toThrow(/unexpected relation/);
  });
});
