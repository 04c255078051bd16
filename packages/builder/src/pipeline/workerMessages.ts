import type { ArticleInput, DocumentExtraction } from "../extract/types.js";
import type { BackendSpec } from "./extractorBackend.js";

export type WorkerData = BackendSpec;
export type ToWorker = { id: number; article: ArticleInput };
export type FromWorker =
  | { type: "ready"; modelName: string }
  | { type: "failed"; error: string }
  | { type: "result"; id: number; extraction: DocumentExtraction }
  | { type: "error"; id: number; error: string };
