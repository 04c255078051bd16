export type Child = Node | string | number | null | undefined | false;
export interface ElProps {
    class?: string;
    id?: string;
    attrs?: Record<string, string | number | boolean | null | undefined>;
    on?: Partial<{
        [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void;
    }>;
    style?: Partial<Record<string, string>>;
}
export declare function el<K extends keyof HTMLElementTagNameMap>(tag: K, props?: ElProps | null, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K];
export declare function append(parent: Node, children: (Child | Child[])[]): void;
/** Replaces all children of `parent`. */
export declare function replaceChildren(parent: Element, ...children: (Child | Child[])[]): void;
