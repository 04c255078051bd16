/** Document node key from the path relative to the articles directory: stable across builds and machines. */
export function docKeyOf(file: string): string {
  const dot = file.lastIndexOf(".");
  return `doc:${dot > file.lastIndexOf("/") ? file.slice(0, dot) : file}`;
}
