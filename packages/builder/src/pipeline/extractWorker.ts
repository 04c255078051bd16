// Extraction worker: loads the extractor and the NER model once, then extracts the articles it is sent.
import { parentPort, workerData } from "node:worker_threads";
import { loadExtractorBackend } from "./extractorBackend.js";
import type { FromWorker, ToWorker, WorkerData } from "./workerMessages.js";

const port = parentPort!;
const post = (message: FromWorker): void => port.postMessage(message);

try {
  const backend = await loadExtractorBackend(workerData as WorkerData);
  const { extractor } = backend;
  const tagger = await backend.tagger();
  const parser = await backend.parser();
  port.on("message", ({ id, article }: ToWorker) => {
    try {
      post({ type: "result", id, extraction: extractor.extractDocument(article, tagger, parser) });
    } catch (error) {
      post({ type: "error", id, error: error instanceof Error ? error.message : String(error) });
    }
  });
  post({ type: "ready", modelName: tagger.modelName });
} catch (error) {
  post({ type: "failed", error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
