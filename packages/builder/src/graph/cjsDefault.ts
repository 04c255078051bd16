/**
 * graphology's plugins are CommonJS with `export default` typings: under NodeNext TypeScript sees the default
 * import as `{ default: fn }`, while Node (and tsx/vitest, depending on interop) may hand over the function itself.
 */
export function cjsDefault<T>(module: { default: T }): T {
  const inner = (module as { default?: T }).default;
  return (inner ?? module) as T;
}
