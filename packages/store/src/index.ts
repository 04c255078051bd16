// Public surface of @newskg/store: open a store by spec, the errors it throws, and the article queue.
export { openStore, resolveStoreSpec, describeStore, isPostgresSpec, type OpenStoreOptions } from "./openStore.js";
export { SqlGraphStore } from "./sqlGraphStore.js";
export { StoreReader } from "./storeReader.js";
export { graphChanges } from "./graphChanges.js";
export { StoreError, type StoreErrorCode } from "./errors.js";
export { migrationsOf } from "./migrations.js";
export { ArticleQueue, type DoneArticle } from "./articleQueue.js";
export { visitGraph, writeExport, writeGraphJson, type ExportSink, type GraphVisitor } from "./graphExport.js";
export { DEFAULT_READER_QUEUE, DEFAULT_READER_WAIT_MS, ReaderPool, type ReaderPoolOptions } from "./readerPool.js";
