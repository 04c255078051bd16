/**
 * Appends every item of `items` to `target` in place. `target.push(...items)` passes each item as an argument, and
 * a hub's rows (the mentions of an entity named in most of 100,000 articles, the changed mentions of a whole build)
 * exceed the engine's argument limit ("Maximum call stack size exceeded").
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
