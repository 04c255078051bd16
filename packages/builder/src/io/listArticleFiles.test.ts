import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listArticleFiles } from "./listArticleFiles.js";

describe("listArticleFiles", () => {
  it("lists article files recursively and sorted, following file links, skipping hidden and other files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-list-"));
    await mkdir(join(dir, "b/c"), { recursive: true });
    await mkdir(join(dir, ".cache"));
    for (const file of ["z.txt", "a.md", "b/c/d.HTML", "b/notes.pdf", ".hidden.txt", ".cache/x.txt"])
      await writeFile(join(dir, file), "x");
    await symlink(join(dir, "z.txt"), join(dir, "b/link.txt"));
    await symlink(join(dir, "missing.txt"), join(dir, "b/broken.txt"));
    expect(await listArticleFiles(dir)).toEqual(["a.md", "b/c/d.HTML", "b/link.txt", "z.txt"]);
  });
});
