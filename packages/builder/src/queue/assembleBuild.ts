// The resolution step of distributed building: the extractions of every article in the queue, resolved across
// documents by the caller (incrementally, as `kg build` does), are assembled, curated, measured and laid out
// exactly as `kg build` does after its extract phase.
import type { CurationFile, GraphAttributes, SerializedKnowledgeGraph } from "@newskg/graph-model";
import { applyCuration, type CurationResult } from "../curation/applyCuration.js";
import type { CrossDocumentResolution, DocumentExtraction } from "../extract/types.js";
import { assembleGraph } from "../graph/assembleGraph.js";
import { computeLayout } from "../graph/computeLayout.js";
import { computeMetrics } from "../graph/computeMetrics.js";
import { entityProjection } from "../graph/entityProjection.js";
import { sortedSerialization } from "../graph/serializeGraph.js";
import type { ArticleRecord } from "../io/articleRecord.js";
import { BUILDER_VERSION } from "../pipeline/builderVersion.js";
import type { ExtractorModule } from "../pipeline/extractorBackend.js";

export interface AssembledBuild {
  graph: SerializedKnowledgeGraph;
  curation: CurationResult | null;
}

export function assembleBuild(
  name: string,
  articles: ArticleRecord[],
  extractions: Map<string, DocumentExtraction>,
  resolution: CrossDocumentResolution,
  extractor: ExtractorModule,
  modelName: string,
  curation: CurationFile | null,
): AssembledBuild {
  const ordered = [...articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const graph = assembleGraph(ordered, extractions, resolution);
  const curationResult = curation ? applyCuration(graph, curation) : null;
  const projection = entityProjection(graph);
  computeMetrics(graph, projection);
  computeLayout(graph, projection);
  const attributes: GraphAttributes = {
    name,
    builtAt: new Date().toISOString(),
    builderVersion: `${BUILDER_VERSION}+extractor.${extractor.EXTRACTOR_VERSION}`,
    nerModel: modelName,
    documentCount: ordered.length,
    curationApplied: curation !== null,
  };
  graph.replaceAttributes(attributes);
  return { graph: sortedSerialization(graph), curation: curationResult };
}
