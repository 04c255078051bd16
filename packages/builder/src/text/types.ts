// Tokens and sentences with character offsets into the document text (text.slice(start, end) === token text).

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}
