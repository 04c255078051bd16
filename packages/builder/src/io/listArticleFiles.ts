import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"];

/** Article files under `dir`, recursively, as sorted `/`-separated relative paths (hidden entries ignored). */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name));
    const parts = path.split(sep);
    if (parts.some((part) => part.startsWith("."))) continue;
    const lower = entry.name.toLowerCase();
    if (ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext))) files.push(parts.join("/"));
  }
  return files.sort();
}
