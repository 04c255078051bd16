// The curation file contract: graph-data/curation.json holds analysts' corrections, applied on every build
// (unless `kg build --no-curation`), in order. Entities are referred to by node key, label or alias
// (case-insensitive), so entries survive rebuilds.
import type { EntityType, RelationCategory } from "./types.js";

interface CurationBase {
  /** Who made the change and when; informational. */
  by?: string;
  at?: string;
  note?: string;
}

export type CurationAction =
  | (CurationBase & { op: "merge"; entities: string[]; into?: string })
  | (CurationBase & { op: "rename"; entity: string; label: string })
  | (CurationBase & { op: "retype"; entity: string; type: EntityType })
  | (CurationBase & { op: "rejectEntity"; entity: string })
  | (CurationBase & {
      op: "rejectRelation";
      source: string;
      target: string;
      category?: RelationCategory;
      label?: string;
    })
  | (CurationBase & {
      op: "addRelation";
      source: string;
      target: string;
      category: RelationCategory;
      label: string;
      confidence?: number;
    });

export type CurationOp = CurationAction["op"];

export interface CurationFile {
  version: 1;
  actions: CurationAction[];
}
