// Event head nouns. Nouns of one class refer to the same happening within an article ("the war in Ruritania",
// "the invasion", "the conflict"), so they are clustered into one EVENT per class and article.
const CLASSES = new Map<string, string>();
const add = (cls: string, words: string) => {
  for (const w of words.split(/\s+/)) if (w) CLASSES.set(w, cls);
};
add("conflict", "war wars invasion offensive conflict hostilities fighting insurgency occupation");
add("mobilization", "mobilization mobilisation conscription draft");
add("election", "election elections vote polls runoff primary primaries");
add("summit", "summit summits");
add("protest", "protest protests demonstration demonstrations rally rallies uprising riots unrest");
add("strike", "strike strikes walkout");
add("referendum", "referendum plebiscite");
add("coup", "coup putsch");
add("ceasefire", "ceasefire truce armistice");
add("earthquake", "earthquake quake tsunami");
add("flood", "flood floods flooding");
add("merger", "merger takeover acquisition");
add("trial", "trial");
add("crackdown", "crackdown");
add("sanctions", "sanctions embargo");
add("pandemic", "pandemic epidemic outbreak");

/** Event head noun -> class; a Map, so a word like "constructor" finds no inherited property of an object. */
export const EVENT_CLASSES: ReadonlyMap<string, string> = CLASSES;

/** Classes whose agent/target arguments give a VIOLENCE relation ("Ruritania's invasion ... in Borduria"). */
export const VIOLENT_CLASSES = new Set(["conflict"]);
