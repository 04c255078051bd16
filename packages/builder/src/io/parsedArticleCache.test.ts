// The parsed-article cache: a second read of the same files parses none of them and gives the same articles; a
// file whose bytes changed is read again, a file that is gone leaves the cache, and a cache that is unreadable or
// was written by other reading code is not used.
import { mkdtempSync, rmSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ParsedArticleCache } from "./parsedArticleCache.js";
import { readArticles } from "./readArticles.js";

const root = mkdtempSync(join(tmpdir(), "kg-parsed-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
async function corpus(files: Record<string, string>): Promise<{ dir: string; cachePath: string }> {
  const dir = join(root, `c${++n}`, "articles");
  await mkdir(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
  return { dir, cachePath: join(root, `c${n}`, "parsed-articles.json") };
}

const ALPHA = "---\ntitle: Harbour works\n---\n\nThe Venlo Harbour Board approved the **new quay** on Monday.\n";
const BETA = "# Rail plans\n\nMarta Keskin said the line would open in spring.\n";

async function readWithCache(dir: string, cachePath: string) {
  const cache = await ParsedArticleCache.open(cachePath);
  const read = await readArticles(dir, { cache });
  await cache.save();
  return { read, hits: cache.hits };
}

describe("parsed-article cache", () => {
  it("reads the same articles again without parsing them", async () => {
    const { dir, cachePath } = await corpus({ "alpha.md": ALPHA, "beta.md": BETA, "empty.md": "" });
    const plain = await readArticles(dir);
    const first = await readWithCache(dir, cachePath);
    expect(first.hits).toBe(0);
    const second = await readWithCache(dir, cachePath);
    expect(second.hits).toBe(3); // the empty file's skip is remembered too
    expect(second.read).toEqual(plain);
    expect(first.read).toEqual(plain);
    expect(second.read.skipped).toEqual([{ file: "empty.md", reason: "empty file" }]);
  });

  it("reads a changed file again and forgets a removed one", async () => {
    const { dir, cachePath } = await corpus({ "alpha.md": ALPHA, "beta.md": BETA });
    await readWithCache(dir, cachePath);
    await writeFile(join(dir, "beta.md"), BETA.replace("spring", "autumn"));
    const changed = await readWithCache(dir, cachePath);
    expect(changed.hits).toBe(1);
    expect(changed.read.articles.find((a) => a.file === "beta.md")!.text).toContain("autumn");
    await rm(join(dir, "alpha.md"));
    await readWithCache(dir, cachePath);
    const saved = JSON.parse(await readFile(cachePath, "utf8")) as { entries: Record<string, unknown> };
    expect(Object.keys(saved.entries)).toEqual(["beta.md"]);
  });

  it("hands out copies: a caller changing an article does not change the cache", async () => {
    const { dir, cachePath } = await corpus({ "alpha.md": ALPHA });
    await readWithCache(dir, cachePath);
    const cache = await ParsedArticleCache.open(cachePath);
    const first = await readArticles(dir, { cache });
    first.articles[0]!.docKey = "doc:changed";
    const again = await readArticles(dir, { cache: await ParsedArticleCache.open(cachePath) });
    expect(again.articles[0]!.docKey).toBe("doc:alpha");
  });

  it("does not use a cache file that is unreadable or from other reading code", async () => {
    const { dir, cachePath } = await corpus({ "alpha.md": ALPHA });
    await writeFile(cachePath, "{ not json");
    const broken = await readWithCache(dir, cachePath);
    expect(broken.hits).toBe(0);
    expect(broken.read.articles.map((a) => a.title)).toEqual(["Harbour works"]);
    // Written by other code: same file, same bytes, a different version.
    const other = await ParsedArticleCache.open(cachePath, "other-reader");
    expect(other.get("alpha.md", "any")).toBeNull();
    const saved = JSON.parse(await readFile(cachePath, "utf8")) as {
      version: string;
      entries: Record<string, { sha1: string }>;
    };
    expect(other.get("alpha.md", saved.entries["alpha.md"]!.sha1)).toBeNull();
    const same = await ParsedArticleCache.open(cachePath, saved.version);
    expect(same.get("alpha.md", saved.entries["alpha.md"]!.sha1)).not.toBeNull();
  });
});
