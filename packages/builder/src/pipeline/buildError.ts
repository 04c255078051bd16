/** A build that cannot produce a graph (no usable article, bad curation file...); graph.json is left untouched. */
export class BuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BuildError";
  }
}
