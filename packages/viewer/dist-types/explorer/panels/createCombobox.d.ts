import type { SearchResult } from "../../core/search/searchEntities.js";
export interface ComboboxOptions {
    id: string;
    label: string;
    placeholder: string;
    search(query: string): SearchResult[];
    onSelect(result: SearchResult): void;
    /** Visually hide the label (it stays for screen readers). */
    hideLabel?: boolean;
}
export interface Combobox {
    element: HTMLElement;
    input: HTMLInputElement;
    setValue(text: string): void;
}
export declare function createCombobox(opts: ComboboxOptions): Combobox;
