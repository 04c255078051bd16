import type { DocumentAttributes, EntityAttributes, EntityType, GraphAttributes, RelationAttributes } from "@newskg/graph-model";
export interface KgRelation {
    key: string;
    source: string;
    target: string;
    attributes: RelationAttributes;
}
export interface KgData {
    attributes: Partial<GraphAttributes>;
    entities: Map<string, EntityAttributes>;
    documents: Map<string, DocumentAttributes>;
    /** Relations between entities (MENTIONS edges and edges touching documents excluded). */
    relations: KgRelation[];
}
export declare class GraphFormatError extends Error {
}
export declare function parseGraph(json: unknown): KgData;
/** Date of a relation: its own, else the latest date of the documents supporting it. */
export declare function relationDate(rel: RelationAttributes, documents: ReadonlyMap<string, DocumentAttributes>): string | undefined;
export declare function fetchGraph(url: string, signal?: AbortSignal): Promise<KgData>;
export declare function isEntityType(v: string): v is EntityType;
