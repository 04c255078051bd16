import type { ArticleInput } from "../extract/types.js";

/** An article read from disk, ready for extraction. */
export interface ArticleRecord extends ArticleInput {
  source?: string;
  /** sha256 of the whitespace-normalised text: equal for the same article saved twice. */
  contentHash: string;
  wordCount: number;
  /** Size of the file in bytes. */
  bytes: number;
}
