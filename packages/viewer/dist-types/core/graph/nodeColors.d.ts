import type { EntityType } from "@newskg/graph-model";
export declare const TYPE_COLORS: Readonly<Record<EntityType, string>>;
export declare const TYPE_LABELS: Readonly<Record<EntityType, string>>;
export declare function typeColor(type: string): string;
