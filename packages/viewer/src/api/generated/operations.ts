/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@newskg/graph-model/schema';

export type KgEntityFieldsFragment = { id: string, label: string, type: Types.EntityType, aliases: Array<string>, roles: Array<string>, description: string | null, degree: number, pagerank: number, community: number, mentionCount: number, x: number, y: number, size: number };

export type KgNodeFieldsFragment = { id: string, label: string, type: Types.EntityType, degree: number, pagerank: number, community: number, x: number, y: number };

export type KgEdgeFieldsFragment = { id: string, category: Types.RelationCategory, label: string, confidence: number, weight: number, date: string | null, firstDate: string | null, sourceId: string, targetId: string };

export type KgNodeColumnsFragment = { id: Array<string>, label: Array<string>, type: Array<Types.EntityType>, degree: Array<number>, pagerank: Array<number>, community: Array<number>, x: Array<number>, y: Array<number>, size: Array<number> };

export type KgEdgeColumnsFragment = { totalCount: number, id: Array<string>, sourceId: Array<string>, targetId: Array<string>, category: Array<Types.RelationCategory>, label: Array<string>, confidence: Array<number>, weight: Array<number>, date: Array<string | null>, firstDate: Array<string | null> };

export type KgSubgraphFieldsFragment = { truncated: boolean, nodeColumns: { id: Array<string>, label: Array<string>, type: Array<Types.EntityType>, degree: Array<number>, pagerank: Array<number>, community: Array<number>, x: Array<number>, y: Array<number>, size: Array<number> }, edgeColumns: { totalCount: number, id: Array<string>, sourceId: Array<string>, targetId: Array<string>, category: Array<Types.RelationCategory>, label: Array<string>, confidence: Array<number>, weight: Array<number>, date: Array<string | null>, firstDate: Array<string | null> } };

export type KgEvidenceFieldsFragment = { id: string, labels: Array<string>, cameo: string | null, note: string | null, curated: boolean, quantities: Array<{ value: number, unit: string | null, text: string }>, evidence: Array<{ start: number, end: number, text: string, trigger: { start: number, end: number } | null, document: { id: string, title: string, date: string | null } }> };

export type KgOverviewQueryVariables = Exact<{
  limit?: number | null | undefined;
  cooc?: boolean | null | undefined;
}>;


export type KgOverviewQuery = { stats: { entityCount: number, relationCount: number, documentCount: number, builtAt: string | null }, overview: { truncated: boolean, nodeColumns: { id: Array<string>, label: Array<string>, type: Array<Types.EntityType>, degree: Array<number>, pagerank: Array<number>, community: Array<number>, x: Array<number>, y: Array<number>, size: Array<number> }, edgeColumns: { totalCount: number, id: Array<string>, sourceId: Array<string>, targetId: Array<string>, category: Array<Types.RelationCategory>, label: Array<string>, confidence: Array<number>, weight: Array<number>, date: Array<string | null>, firstDate: Array<string | null> } } };

export type KgFacetsQueryVariables = Exact<{
  communities?: number | null | undefined;
}>;


export type KgFacetsQuery = { facets: { entityCount: number, relationCount: number, entitiesByType: Array<{ type: Types.EntityType, count: number }>, relationsByCategory: Array<{ category: Types.RelationCategory, count: number }>, dateRange: { from: string, to: string } | null }, stats: { communities: Array<{ id: number, size: number, topMembers: Array<{ label: string }> }> } };

export type KgCommunityQueryVariables = Exact<{
  community: number;
  limit?: number | null | undefined;
}>;


export type KgCommunityQuery = { overview: { truncated: boolean, nodeColumns: { id: Array<string>, label: Array<string>, type: Array<Types.EntityType>, degree: Array<number>, pagerank: Array<number>, community: Array<number>, x: Array<number>, y: Array<number>, size: Array<number> }, edgeColumns: { totalCount: number, id: Array<string>, sourceId: Array<string>, targetId: Array<string>, category: Array<Types.RelationCategory>, label: Array<string>, confidence: Array<number>, weight: Array<number>, date: Array<string | null>, firstDate: Array<string | null> } } };

export type KgFocusQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type KgFocusQuery = { focus: { id: string, label: string, type: Types.EntityType, aliases: Array<string>, roles: Array<string>, description: string | null, degree: number, pagerank: number, community: number, mentionCount: number, x: number, y: number, size: number, relations: Array<{ id: string, category: Types.RelationCategory, label: string, confidence: number, weight: number, date: string | null, firstDate: string | null, sourceId: string, targetId: string, source: { id: string, label: string, type: Types.EntityType, degree: number, pagerank: number, community: number, x: number, y: number }, target: { id: string, label: string, type: Types.EntityType, degree: number, pagerank: number, community: number, x: number, y: number } }> } | null };

export type KgNeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  touching?: string | number | null | undefined;
}>;


export type KgNeighborhoodQuery = { neighborhood: { truncated: boolean, nodeColumns: { id: Array<string>, label: Array<string>, type: Array<Types.EntityType>, degree: Array<number>, pagerank: Array<number>, community: Array<number>, x: Array<number>, y: Array<number>, size: Array<number> }, edgeColumns: { totalCount: number, id: Array<string>, sourceId: Array<string>, targetId: Array<string>, category: Array<Types.RelationCategory>, label: Array<string>, confidence: Array<number>, weight: Array<number>, date: Array<string | null>, firstDate: Array<string | null> } } };

export type KgNeighborhoodRestQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type KgNeighborhoodRestQuery = { neighborhood: { edgeColumns: { totalCount: number, id: Array<string>, sourceId: Array<string>, targetId: Array<string>, category: Array<Types.RelationCategory>, label: Array<string>, confidence: Array<number>, weight: Array<number>, date: Array<string | null>, firstDate: Array<string | null> } } };

export type KgSearchQueryVariables = Exact<{
  query: string;
  limit?: number | null | undefined;
}>;


export type KgSearchQuery = { search: Array<{ score: number, matched: string, entity: { id: string, label: string, type: Types.EntityType, aliases: Array<string>, roles: Array<string>, description: string | null, degree: number, pagerank: number, community: number, mentionCount: number, x: number, y: number, size: number } }> };

export type KgDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type KgDocumentQuery = { document: { id: string, title: string, publisher: string | null, date: string | null, url: string | null, source: string | null, file: string, wordCount: number, text: string, mentions: Array<{ start: number, end: number, text: string, sentence: number, entity: { id: string, label: string } }> } | null };

export type KgPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type KgPathQuery = { shortestPath: Array<{ nodes: Array<{ id: string, label: string, type: Types.EntityType, degree: number, pagerank: number, community: number, x: number, y: number }>, edges: Array<{ id: string, category: Types.RelationCategory, label: string, confidence: number, weight: number, date: string | null, firstDate: string | null, sourceId: string, targetId: string }> }> };

export type KgEntityQueryVariables = Exact<{
  id?: string | number | null | undefined;
  name?: string | null | undefined;
}>;


export type KgEntityQuery = { byId: { id: string, label: string } | null, byName: { id: string, label: string } | null };
