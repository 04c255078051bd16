import type { EntityType, RelationCategory } from "@newskg/graph-model";
export interface FilterState {
    types: ReadonlySet<EntityType>;
    categories: ReadonlySet<RelationCategory>;
    minConfidence: number;
    community: number | null;
    /** ISO dates (full or partial), inclusive. */
    from: string | null;
    to: string | null;
    hideCoOccurrence: boolean;
}
export declare function defaultFilters(): FilterState;
export declare function nodePasses(node: {
    entityType: EntityType;
    community: number;
}, f: FilterState): boolean;
export declare function edgePasses(edge: {
    category: RelationCategory;
    confidence: number;
    date?: string | undefined;
}, f: FilterState): boolean;
