import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readArticles } from "../io/readArticles.js";
import { ArticleCache } from "./articleCache.js";

const NOTE = `---
title: "Harbour works begin"
publisher: "Example Daily"
date: 2024-05-02
---

The *port authority* of Varnsk said on Monday that [dredging](https://example.org) would start in June.

- Two berths close first.
`;

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function workspace(): Promise<{ articles: string; cache: string }> {
  const root = await mkdtemp(join(tmpdir(), "kg-article-cache-"));
  dirs.push(root);
  const articles = join(root, "articles");
  const { mkdir } = await import("node:fs/promises");
  await mkdir(articles);
  await writeFile(join(articles, "harbour.md"), NOTE);
  await writeFile(join(articles, "plain.txt"), "Plain title\n\nAnna Kovel visited Porvik.\n");
  await writeFile(join(articles, "empty.md"), "---\ntitle: nothing\n---\n");
  return { articles, cache: join(root, "cache") };
}

async function entries(cacheDir: string): Promise<string[]> {
  const dir = join(cacheDir, "articles");
  const out: string[] = [];
  for (const shard of await readdir(dir))
    for (const f of await readdir(join(dir, shard))) out.push(join(dir, shard, f));
  return out;
}

describe("ArticleCache", () => {
  it("gives a second read the records and skips the first one parsed, from the cache", async () => {
    const ws = await workspace();
    const plain = await readArticles(ws.articles);
    const first = await readArticles(ws.articles, { cache: new ArticleCache(ws.cache) });
    expect(first).toEqual(plain);
    expect(await entries(ws.cache)).toHaveLength(3); // the empty file's skip is kept too
    const cache = new ArticleCache(ws.cache);
    const second = await readArticles(ws.articles, { cache });
    expect(second).toEqual(plain);
    expect(second.skipped).toEqual([{ file: "empty.md", reason: "empty file (no text)" }]);
    expect(cache.used.size).toBe(3);
    // The records do come from the entries: an entry edited in place is what the next read returns.
    const { readFile } = await import("node:fs/promises");
    for (const f of await entries(ws.cache)) {
      const entry = JSON.parse(await readFile(f, "utf8")) as { article?: { title: string } };
      if (entry.article) entry.article.title = `cached ${entry.article.title}`;
      await writeFile(f, JSON.stringify(entry));
    }
    const third = await readArticles(ws.articles, { cache: new ArticleCache(ws.cache) });
    expect(third.articles.map((a) => a.title).sort()).toEqual(["cached Harbour works begin", "cached Plain title"]);
  });

  it("reads a changed file again instead of returning its old record", async () => {
    const ws = await workspace();
    await readArticles(ws.articles, { cache: new ArticleCache(ws.cache) });
    await writeFile(join(ws.articles, "harbour.md"), NOTE.replace("in June", "in July"));
    const again = await readArticles(ws.articles, { cache: new ArticleCache(ws.cache) });
    const harbour = again.articles.find((a) => a.file === "harbour.md")!;
    expect(harbour.text).toContain("in July");
    expect(harbour.text).not.toContain("in June");
    expect(again).toEqual(await readArticles(ws.articles));
  });

  it("treats a corrupt or foreign entry as missing", async () => {
    const ws = await workspace();
    await readArticles(ws.articles, { cache: new ArticleCache(ws.cache) });
    const files = await entries(ws.cache);
    await writeFile(files[0]!, "{ not json");
    await writeFile(files[1]!, JSON.stringify({ article: { file: "other.md" }, warnings: [] }));
    expect(await readArticles(ws.articles, { cache: new ArticleCache(ws.cache) })).toEqual(
      await readArticles(ws.articles),
    );
  });

  it("reads every file when the cache cannot be written", async () => {
    const ws = await workspace();
    const blocker = join(ws.cache, "..", "blocker");
    await writeFile(blocker, "a file where the cache folder would be");
    const cache = new ArticleCache(blocker);
    expect(await readArticles(ws.articles, { cache })).toEqual(await readArticles(ws.articles));
    expect(cache.prune(Date.now())).toBe(0);
  });
});
