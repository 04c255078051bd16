import type { CrossDocumentResolution, DocumentExtraction } from "../../packages/builder/src/extract/index.js";
export interface GoldFile {
  entities: {
    id: string;
    type: string;
    name: string;
    aliases: string[];
    required: boolean;
  }[];
  relations: {
    source: string;
    target: string;
    category: string;
    required: boolean;
  }[];
}
export interface SimpleGraph {
  nodes: {
    key: string;
    attributes: {
      label: string;
      type: string;
      aliases: string[];
    };
  }[];
  edges: {
    source: string;
    target: string;
    attributes: {
      category: string;
      label: string;
      confidence?: number;
    };
  }[];
}
export declare function toGraph(extractions: DocumentExtraction[], resolution: CrossDocumentResolution): SimpleGraph;
/** Per typed edge (CO_OCCURRENCE and MENTIONS left out): right when a reference relation has its category and direction. */
export declare function judgeEdges(
  graph: SimpleGraph,
  gold: GoldFile,
): {
  edge: SimpleGraph["edges"][number];
  right: boolean;
  pairRight: boolean;
}[];
export declare function scoreGraph(
  graph: SimpleGraph,
  gold: GoldFile,
): {
  entities: {
    precision: number;
    recall: number;
    f1: number;
    typedRecall: number;
    duplicates: number;
  };
  relations: {
    precision: number;
    recall: number;
    f1: number;
    typedRecall: number;
    /** Share of predicted edges whose category and direction a reference relation has. */
    typedPrecision: number;
  };
};
