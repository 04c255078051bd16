import type { SentenceAnalysis } from "./dependencyParser.js";
import type { Upos } from "./doc.js";

/** A parse written as [word, UPOS, 1-based head (0 = root), deprel] rows, as in CoNLL-U (for repair-step tests). */
export function analysisFromRows(rows: [string, Upos, number, string][]): { words: string[]; a: SentenceAnalysis } {
  return {
    words: rows.map((r) => r[0]),
    a: {
      upos: rows.map((r) => r[1]),
      lemma: rows.map((r) => r[0].toLowerCase()),
      head: Int32Array.from(rows, (r) => r[2] - 1),
      deprel: rows.map((r) => (r[2] === 0 ? "root" : r[3])),
      transitions: 0,
    },
  };
}

// Small hand-made UD trees for tests (invented sentences, annotated in UD English EWT style).
export const TREES = `# sent_id = t1
# text = The minister said police detained two activists.
1	The	the	DET	DT	_	2	det	_	_
2	minister	minister	NOUN	NN	_	3	nsubj	_	_
3	said	say	VERB	VBD	_	0	root	_	_
4	police	police	NOUN	NNS	_	5	nsubj	_	_
5	detained	detain	VERB	VBD	_	3	ccomp	_	_
6	two	two	NUM	CD	_	7	nummod	_	_
7	activists	activist	NOUN	NNS	_	5	obj	_	SpaceAfter=No
8	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = t2
# text = They don't agree.
1	They	they	PRON	PRP	_	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	agree	agree	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

`;
