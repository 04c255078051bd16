// Build workers receive the default parser and NER models in shared memory from the thread that starts them, and
// the taggers and parsers made from them read exactly as the ones a worker would load from the files.
import { describe, expect, it } from "vitest";
import { loadNerTagger } from "../ner/index.js";
import { loadDependencyParser } from "../nlp/loadDependencyParser.js";
import {
  DEFAULT_EXTRACTOR_MODULE,
  DEFAULT_NER_MODULE,
  DEFAULT_PARSER_MODULE,
  loadExtractorBackend,
  withSharedModels,
  type BackendSpec,
} from "./extractorBackend.js";

const spec: BackendSpec = { extractorModule: DEFAULT_EXTRACTOR_MODULE, nerModule: DEFAULT_NER_MODULE };
const TEXT =
  "Police in Eastmoor said on Monday that Karin Dahl , a lawyer for the Northfield Mining Company , was arrested .";

describe("withSharedModels", () => {
  it("adds both default models for two workers or more, and nothing for one", () => {
    const shared = withSharedModels(spec, 2);
    expect(shared.sharedParser?.denseMoves.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.sharedNer?.table.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(withSharedModels(spec, 1) === spec).toBe(true);
    expect(spec.sharedParser).toBeUndefined();
  });

  it("leaves other modules to load their own models", () => {
    const other = withSharedModels({ ...spec, nerModule: "file:///elsewhere/ner.js", parserModule: "" }, 2);
    expect(other.sharedNer).toBeUndefined();
    expect(other.sharedParser).toBeUndefined();
    expect(withSharedModels({ ...spec, parserModule: DEFAULT_PARSER_MODULE }, 2).sharedParser).toBeDefined();
  });

  it("gives a backend whose tagger and parser match the ones loaded from the files", async () => {
    const backend = await loadExtractorBackend(withSharedModels(spec, 2));
    const words = TEXT.split(" ");
    const parser = await backend.parser();
    expect(parser).toBeDefined();
    const own = loadDependencyParser();
    // (identity checked as booleans: a failing toBe would print the whole model)
    expect(parser === own).toBe(false);
    // The pipeline interface annotates a Doc; compare through the parser's sentence analysis.
    const analyze = (p: unknown): unknown => (p as typeof own).analyze(words);
    expect(analyze(parser)).toEqual(own.analyze(words));
    const tagger = await backend.tagger();
    expect(tagger === loadNerTagger()).toBe(false);
    expect(tagger.modelName).toBe(loadNerTagger().modelName);
    expect(tagger.tagDocument([words])).toEqual(loadNerTagger().tagDocument([words]));
  });
});
