// Generic vocabulary of titles and of their modifiers, used to keep titles as roles ("Interior Minister",
// "police spokesman") and strip them from person names.
import { readDataFile, stringList } from "../../data/readDataFile.js";

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Head nouns of titles (lowercase). */
export const TITLE_HEADS = set(`
president vice-president premier minister spokesman spokeswoman spokesperson speaker chairman chairwoman chair
chancellor governor mayor ambassador envoy secretary undersecretary under-secretary senator congressman congresswoman lawmaker legislator deputy mp
judge justice prosecutor attorney lawyer general colonel commander admiral captain lieutenant sergeant major marshal
king queen prince princess emperor sultan emir pope cardinal bishop archbishop imam rabbi patriarch
ceo cfo coo cto founder co-founder chief director head leader boss president-elect manager executive chairperson
candidate nominee adviser advisor whip agent
coach striker midfielder defender goalkeeper captain analyst economist researcher professor scientist
activist journalist reporter correspondent editor official officer inspector commissioner superintendent
dictator monarch ruler regent treasurer auditor ombudsman advocate chief-of-staff presenter anchor
mr mrs ms dr prof sen rep gov gen col lt sgt capt adm maj mr. mrs. ms. dr. prof. sen. rep. gov. gen. col. lt. sgt. capt.
`);

/** Words that modify a title head ("Interior Minister", "parliamentary speaker", "deputy foreign minister"). */
export const TITLE_MODIFIERS = set(`
prime vice deputy acting former interim first chief senior junior assistant associate executive general
foreign interior defense defence finance economy economic justice health education energy trade labour labor
agriculture transport culture environment home security intelligence digital development industry tourism
parliamentary presidential ministerial military police army naval navy air force party opposition state federal
regional provincial county city municipal district national supreme high constitutional appeals court
managing press communications public affairs foreign-affairs human rights commercial operating financial
technology marketing information investment strategy legal majority minority special homeland
`);

/** Occupations: with a nationality they say where a person is from, not an office held ("Brazilian striker"). */
export const OCCUPATIONS = set(`
striker midfielder defender goalkeeper forward player athlete runner boxer cyclist coach activist journalist
reporter correspondent analyst economist researcher professor scientist lawyer attorney artist singer actor actress
writer author director filmmaker photographer businessman businesswoman entrepreneur investor student tourist
climber doctor nurse engineer
`);

/** Nominal titles that can stand for a person in later sentences ("the Ruritanian leader", "the minister"). */
export const REFERRING_TITLES = set(`
leader president premier minister chancellor spokesman spokeswoman speaker governor mayor king queen prince
ambassador envoy prosecutor judge general commander chief ceo chairman founder activist
`);

const TITLES_FILE = readDataFile<Record<string, Record<string, unknown>>>("titles.json");
/** Lowercased words that close a person's name after the family name ("Jr.", "Jnr", "III"; data/titles.json). */
export const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(
  stringList(TITLES_FILE.generationalSuffixes ?? {}, "words", "titles.json generationalSuffixes"),
);
