import { readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"];

/** Article files under `dir`, recursively, as sorted `/`-separated relative paths (hidden entries ignored). */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const path = relative(dir, join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name));
    // Symbolic links count when they point at a file (a folder of links to an archive is a common set-up).
    const isFile =
      entry.isFile() || (entry.isSymbolicLink() && (await stat(join(dir, path)).catch(() => null))?.isFile());
    if (!isFile) continue;
    const parts = path.split(sep);
    if (parts.some((part) => part.startsWith("."))) continue;
    const lower = entry.name.toLowerCase();
    if (ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext))) files.push(parts.join("/"));
  }
  return files.sort();
}
