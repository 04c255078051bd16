// Closed-class words used to decide how far the argument search may look around a trigger.
const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Words that may stand between a subject and its verb ("Mendes has again condemned"). */
export const SUBJECT_GAP = set(`
is are was were be been being has have had will would could should may might must can shall did does do not n't
also again now still already reportedly then later recently previously allegedly only just even further never
ever yet first finally once today yesterday tonight subsequently meanwhile repeatedly publicly openly
to expected due set scheduled plans planned planning going wants wanted hopes hoped tried tries decided agreed
agrees likely unlikely able
`);

/** Words of a date phrase that may stand between a subject and its verb ("X agreed on Wednesday to buy"). */
export const DATE_WORDS = set(`
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december week month year weekend morning evening night
`);

/** Words after which an argument search stops: clause boundaries. */
export const CLAUSE_BOUNDARY = set(`
, ; : . ! ? " “ ” ( ) -- — – that who whom which where when while because after before since although though
whereas if unless until but so as whether
`);

export const DETERMINERS = set(`the a an this that these those his her its their our my your some any several many`);

export const PREPOSITIONS = set(`to for of in on at from with against into onto about over by toward towards upon`);

export const PRONOUNS_PERSON = set(`he she him her`);
export const POSSESSIVE_PRONOUNS = set(`his her their its`);
export const REFLEXIVE = set(`himself herself itself themselves`);

/** Nouns for groups of people that, after a demonym, refer to that country's people ("Ruritanian citizens"). */
export const PEOPLE_NOUNS = set(`
citizens nationals people men women children families refugees migrants tourists troops soldiers forces
reservists residents workers students officials diplomats fans passengers travellers travelers visitors
volunteers fighters civilians voters activists protesters demonstrators journalists
`);

/** Noun phrases that refer back to a country already mentioned ("the country", "the neighboring country"). */
export const COUNTRY_ANAPHORS = set(`country nation`);

/**
 * Closed-class words that open sentences and are never the first word of a name: prepositions, subordinators,
 * coordinators and discourse adverbs ("On Friday", "Although X ...", "Moreover X ..."), capitalized only by their
 * place.
 */
export const SENTENCE_OPENERS = new Set([
  ...PREPOSITIONS,
  ...set(`
although though while whereas because since after before until unless if when whenever once as whether
and but or nor yet so however moreover meanwhile furthermore nevertheless nonetheless instead still also thus
hence indeed besides otherwise then now despite during amid among between through throughout without within
like unlike including
`),
]);
