// An entity reference as people write it: an id ("person:jane-doe"), else a name or alias, matched like `entity(name:)`
// (normalised; the most central entity of that name when several share it).

import type { EntityRecord } from "../model.js";
import type { GraphIndex } from "./buildGraphIndex.js";
import { normalizeText } from "./normalizeText.js";

export function resolveEntityRef(index: GraphIndex, ref: string): EntityRecord | null {
  return index.entityById.get(ref) ?? index.entityByName.get(normalizeText(ref))?.[0] ?? null;
}
