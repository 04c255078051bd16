// "Velmar Trade Council (VTC)", "Office of Port Works (OPW)": a parenthesized word that spells the initials
// of the words right before the parenthesis is an acronym given for them, not a second name related to them (a
// larger place, a member), whatever type the tagger gave each.
import type { Doc } from "../nlp/doc.js";
import { initialsOf } from "../text/initialsOf.js";

/** Lowercase words an acronym may spell or skip ("Department of Justice": "DOJ" or "DJ"). */
const MINOR_WORDS: ReadonlySet<string> = new Set(["of", "and", "for", "the"]);

/** Whether tokens [start, end) are one word in parentheses spelling the initials of the words before "(". */
export function acronymInParentheses(doc: Doc, start: number, end: number): boolean {
  if (end - start !== 1 || doc.words[start - 1] !== "(" || doc.words[end] !== ")") return false;
  const letters = (doc.words[start] ?? "").toUpperCase();
  if (!/^\p{Lu}{2,8}$/u.test(letters)) return false;
  // Widen the window of words before "(" while they are capitalized or minor.
  for (let k = start - 2; k >= 0 && start - 1 - k <= 2 * letters.length; k--) {
    const w = doc.words[k] ?? "";
    if (!/^\p{Lu}/u.test(w) && !MINOR_WORDS.has(w)) return false;
    const window = doc.words.slice(k, start - 1);
    if (initialsOf(window, MINOR_WORDS) === letters || initialsOf(window) === letters) return true;
  }
  return false;
}
