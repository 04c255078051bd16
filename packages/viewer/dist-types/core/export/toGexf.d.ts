export interface GexfNode {
    id: string;
    label: string;
    type: string;
    x: number;
    y: number;
    size: number;
    color: string;
}
export interface GexfEdge {
    id: string;
    source: string;
    target: string;
    category: string;
    label: string;
    confidence: number;
    weight: number;
}
export declare function escapeXml(s: string): string;
export declare function toGexf(nodes: readonly GexfNode[], edges: readonly GexfEdge[], title?: string): string;
