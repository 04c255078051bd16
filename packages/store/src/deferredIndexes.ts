// A store's first build loads every table from empty: building each secondary index once from the loaded rows
// (a sort) is much cheaper than growing it row by row (PostgreSQL's relations carry 15 indexes). The indexes are
// dropped and created again inside the build's transaction, so a build that fails or is killed leaves them as
// they were. Unique and primary-key indexes stay: they check the rows as they come.
import type { Db } from "./db.js";
import { placeholders } from "./db.js";

interface IndexDefinition {
  name: string;
  sql: string;
}

async function secondaryIndexes(tx: Db, tables: readonly string[]): Promise<IndexDefinition[]> {
  if (tx.engine === "sqlite")
    return tx.all<IndexDefinition>(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (${placeholders(tables.length)})
       ORDER BY name`,
      tables,
    );
  return tx.all<IndexDefinition>(
    `SELECT i.indexname AS name, i.indexdef AS sql FROM pg_indexes i
     JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
     JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = i.schemaname
     WHERE i.schemaname = current_schema() AND NOT x.indisunique AND i.tablename IN (${placeholders(tables.length)})
     ORDER BY i.indexname`,
    tables,
  );
}

/** Runs fn with the tables' secondary indexes dropped, and creates them again after it. */
export async function withIndexesDeferred<T>(tx: Db, tables: readonly string[], fn: () => Promise<T>): Promise<T> {
  const indexes = await secondaryIndexes(tx, tables);
  for (const { name } of indexes) await tx.run(`DROP INDEX ${name}`);
  const result = await fn();
  for (const { sql } of indexes) await tx.run(sql);
  return result;
}
