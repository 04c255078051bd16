// Internal working model of one article during extraction: sentences, mentions and entities being built.
import type { EntityType } from "@newskg/graph-model";
import type { Sentence } from "../text/types.js";

export interface DocMention {
  id: number;
  sent: number;
  /** Token range of the name itself, [i, j). */
  i: number;
  j: number;
  /** Token range the mention covers as an argument (name plus descriptors, anchors, people nouns). */
  ci: number;
  cj: number;
  type: EntityType;
  text: string;
  start: number;
  end: number;
  iso?: string;
  /** Demonym or adjective ("Uzbek"), not the country's name. */
  adjective?: boolean;
  /** A group of people of that country ("Ruritanians", "Ruritanian citizens"). */
  group?: boolean;
  /** Inside another mention (e.g. the country in "Ruritanian Interior Ministry"). */
  nested?: boolean;
  /** Event class for EVENT mentions; generic organization head noun for common-noun organizations. */
  eventClass?: string;
  orgHead?: string;
  /** The type comes from the context ("Spanish club X", "the city of X"), which outweighs the tagger. */
  strongType?: boolean;
  /** The strong type is only inferred from the names around it (a place chain), not said of this name: it counts
   * for less in the article's vote (buildEntities). */
  typeFromNeighbours?: boolean;
  /** Organization named by a common noun anchored to a place ("Nairobi police"). */
  generic?: boolean;
  /** Country (iso) of the demonym/possessive before an event noun ("Ruritania's invasion"). */
  agentIso?: string;
  /** Mention id of the place after an event noun ("war in Borduria") or anchoring a common-noun org. */
  placeMention?: number;
  /** The name in a hyphenated modifier ("X-based", "X-born"): the suffix, a row of data/hyphen-modifiers.json. */
  modifier?: string;
  /** Canonical name key used to cluster mentions into one entity. */
  key: string;
  /** Display label candidate. */
  label: string;
  entity: number;
}

/** A pronoun or nominal reference resolved to an earlier mention's entity. */
export interface DocReference {
  sent: number;
  i: number;
  j: number;
  kind: "pronoun" | "country" | "org" | "title" | "speaker";
  /** Resolved entity index, -1 when unresolved. */
  entity: number;
  text: string;
  start: number;
  end: number;
  head?: string;
  iso?: string;
}

export interface DocEntity {
  index: number;
  type: EntityType;
  key: string;
  label: string;
  aliases: Set<string>;
  roles: string[];
  mentions: DocMention[];
  iso?: string;
  lat?: number;
  lng?: number;
  orgHead?: string;
  /** Country entity a body created for the article's country belongs to. */
  partOf?: number;
}

export interface DocSentence extends Sentence {
  index: number;
  duplicate: boolean;
  lower: string[];
  /** Outermost mention id per token (-1 none). */
  cover: Int32Array;
  /** Reference index per token (-1 none). */
  refAt: Int32Array;
}

export interface DocModel {
  text: string;
  date?: string;
  sentences: DocSentence[];
  mentions: DocMention[];
  refs: DocReference[];
  entities: DocEntity[];
}
