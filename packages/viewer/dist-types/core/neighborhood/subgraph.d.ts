export interface SubgraphNode {
    id: string;
    label: string;
    type: string;
    x: number;
    y: number;
    size: number;
}
export interface SubgraphEdge {
    id: string;
    source: string;
    target: string;
    category: string;
    label: string;
    confidence: number;
}
export interface Subgraph {
    focus: string;
    nodes: SubgraphNode[];
    edges: SubgraphEdge[];
    truncated: boolean;
}
