// An ARIA 1.2 combobox with a listbox of suggestions: arrows move, Enter picks, Escape closes. Used by the search box
// and by the path finder's two inputs. Suggestion text is set with text nodes only.

import "./createCombobox.css";
import { el, replaceChildren } from "../../core/dom/el.js";
import { typeColor } from "../../core/graph/nodeColors.js";
import type { SearchResult } from "../../core/search/searchEntities.js";

export interface ComboboxOptions {
  id: string;
  label: string;
  placeholder: string;
  /** Suggestions; a promise when they come from the server (an answer to an older query is dropped). */
  search(query: string): SearchResult[] | Promise<SearchResult[]>;
  onSelect(result: SearchResult): void;
  /** Visually hide the label (it stays for screen readers). */
  hideLabel?: boolean;
}

export interface Combobox {
  element: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
}

export function createCombobox(opts: ComboboxOptions): Combobox {
  const listId = `${opts.id}-list`;
  const input = el("input", {
    id: opts.id,
    class: "combo-input",
    attrs: {
      type: "search",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      placeholder: opts.placeholder,
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const list = el("ul", {
    id: listId,
    class: "combo-list",
    attrs: { role: "listbox", "aria-label": opts.label, hidden: true },
  });
  const label = el(
    "label",
    { class: opts.hideLabel ? "visually-hidden" : "field-label", attrs: { for: opts.id } },
    opts.label,
  );
  let results: SearchResult[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const setActive = (i: number) => {
    active = i;
    list.querySelectorAll("[role=option]").forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i >= 0) {
      input.setAttribute("aria-activedescendant", `${listId}-${i}`);
      list.children[i]?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };
  const pick = (i: number) => {
    const r = results[i];
    if (!r) return;
    input.value = r.label;
    close();
    opts.onSelect(r);
  };
  // Server suggestions: the latest query's answer only; Enter typed before it arrives picks its first hit.
  let asked = 0;
  let answered = 0;
  let enterPending = false;
  const update = () => {
    const found = opts.search(input.value);
    if (Array.isArray(found)) show(found);
    else {
      const mine = ++asked;
      found.then(
        (r) => {
          if (mine !== asked) return;
          answered = mine;
          if (document.activeElement === input || enterPending) show(r);
        },
        (err: unknown) => {
          if (mine === asked) answered = mine;
          console.error(err);
        },
      );
    }
  };
  const show = (found: SearchResult[]) => {
    results = found;
    replaceChildren(
      list,
      results.map((r, i) =>
        el(
          "li",
          {
            id: `${listId}-${i}`,
            class: "combo-option",
            attrs: { role: "option", "aria-selected": "false" },
            on: {
              // mousedown, not click: the input's blur would close the list first.
              mousedown: (e) => {
                e.preventDefault();
                pick(i);
              },
            },
          },
          el("span", { class: "swatch", style: { background: typeColor(r.type) }, attrs: { "aria-hidden": "true" } }),
          el("span", { class: "combo-name" }, r.label),
          r.matched !== r.label ? el("span", { class: "combo-alias" }, `“${r.matched}”`) : null,
          el("span", { class: "combo-type" }, r.type.toLowerCase()),
        ),
      ),
    );
    const open = results.length > 0 && input.value.trim() !== "";
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    setActive(open ? 0 : -1);
    if (enterPending) {
      enterPending = false;
      pick(0);
    }
  };

  input.addEventListener("input", update);
  input.addEventListener("focus", () => input.value && update());
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (list.hidden) update();
      else setActive(Math.min(results.length - 1, active + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive(Math.max(0, active - 1));
    } else if (e.key === "Enter") {
      if (answered !== asked) {
        e.preventDefault();
        enterPending = true;
      } else if (!list.hidden && active >= 0) {
        e.preventDefault();
        pick(active);
      }
    } else if (e.key === "Escape") {
      if (!list.hidden) {
        e.preventDefault();
        close();
      } else input.value = "";
    }
  });

  const element = el("div", { class: "combo" }, label, el("div", { class: "combo-box" }, input, list));
  return {
    element,
    input,
    setValue(text) {
      input.value = text;
    },
  };
}
