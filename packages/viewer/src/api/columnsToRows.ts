// A subgraph sent as columns (one list per field, `Subgraph.nodeColumns` / `edgeColumns`) back into rows: the
// explorer's entities and relations and the widget's subgraph read the same fields this way.

export type RowOf<C, K extends keyof C> = { [P in K]: C[P] extends ReadonlyArray<infer V> ? V : never };

/** Row i holds the i-th value of each of `keys`; columns of different lengths are a malformed answer. */
export function columnsToRows<C, K extends keyof C>(
  columns: C,
  keys: readonly K[],
  fail: (message: string) => Error = (message) => new Error(message),
): Array<RowOf<C, K>> {
  const lists = keys.map((k) => columns[k] as unknown as readonly unknown[]);
  const n = lists[0]?.length ?? 0;
  lists.forEach((list, j) => {
    if (!Array.isArray(list) || list.length !== n)
      throw fail(`The graph service sent a malformed subgraph: column "${String(keys[j])}" does not have ${n} values.`);
  });
  const rows = new Array<RowOf<C, K>>(n);
  for (let i = 0; i < n; i++) {
    const row = {} as Record<K, unknown>;
    keys.forEach((k, j) => (row[k] = lists[j]![i]));
    rows[i] = row as RowOf<C, K>;
  }
  return rows;
}
