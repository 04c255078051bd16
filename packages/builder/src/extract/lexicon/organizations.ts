// Head nouns of organizations, used to recognise organizations named by a common noun when the text anchors them
// to a place ("Police in Nairobi", "the Kenyan Interior Ministry") and to extend NER spans ("... news agency").
const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Generic organization nouns that, anchored to a place, name an actor (lowercase, singular). */
export const ORG_HEADS = set(`
police government parliament army military navy ministry cabinet court senate congress assembly council
prosecutor's prosecutors authorities administration legislature judiciary guard gendarmerie embassy consulate
`);

/** Plural heads that name a body only after one of their modifiers ("Porvikian security forces", "the special
 * forces"): "forces" alone also counts a country's troops, which the country stands for. */
export const QUALIFIED_ORG_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["forces", set("security special")],
]);

/** Nouns that end organization names or describe them ("Interior Ministry", "news agency"). */
export const ORG_DESCRIPTORS = set(`
ministry agency news service company corporation firm group bank party union council committee commission
court parliament government police army force forces authority office department bureau institute university
foundation organization organisation association federation league club newspaper broadcaster network channel
radio television tv outlet station agency's airline airlines airways club side team franchise
`);

/** Last words of company and institution names ("Karelia Metals", "Tata Motors", "Acme Holdings"). */
export const ORG_NAME_ENDINGS = set(`
metals steel motors airlines airways holdings industries systems technologies energy oil gas petroleum mining
pharmaceuticals pharma telecom communications media entertainment studios records foods brewery bank bancorp
insurance capital partners ventures group inc inc. corp corp. ltd ltd. plc llc ag sa ab asa nv gmbh co. company
corporation university institute foundation fund trust association society federation union league council
commission committee party movement front alliance army police ministry agency office bureau service court
international legion navy corps guard board academy college
`);

/** Members of an organization that act for it ("Federal Police officers detained ..."). */
export const MEMBER_NOUNS = set(`
officers officer agents officials troops soldiers forces personnel investigators guards employees staff members
lawmakers fighters militants rebels gunmen supporters workers
`);

/** Nouns after a place name that make a facility or area location ("Lima international airport"). */
export const FACILITY_HEADS = set(`
airport port harbour harbor station border square street avenue bridge stadium hospital prison camp base
province region district state county village town city airfield crossing checkpoint
`);

/** Descriptive nouns for places ("Kenya's largest city, Nairobi"). */
export const PLACE_NOUNS = set(`
city capital town village region province state district port island county area suburb hometown
`);

/** Bodies a country has one of, named by one word ("Parliament", "the Cabinet", "the Treasury"). */
export const NATIONAL_BODIES = set(`
parliament government cabinet senate congress legislature judiciary treasury army navy military gendarmerie
`);

/** Heads that, with generic modifiers only, name one body of a country ("Home Office", "Foreign Ministry",
 * "High Court", "Ministry of Defence", "Cabinet Office"); alone ("the Office") they name nothing in particular. */
export const NATIONAL_BODY_HEADS = set(`
office ministry department court embassy consulate council assembly service agency police guard
`);

/** Words that recur in the names of many different organizations of one kind (clubs, parties, companies, unions):
 * a name made only of one or two of them ("United", "City", "the Party", "National Union") identifies nothing
 * outside its article, and two names sharing only them ("X United", "Y United") are rivals, not one body. In 2,225
 * BBC news articles each word of the second and third lines occurs in at least 2 (most in 10 to 70) of the 3,280
 * distinct multi-word organization names found; the first line's words end the names of several clubs in every
 * national football league. */
export const GENERIC_ORG_WORDS = set(`
united utd city town county athletic albion rovers wanderers real sporting fc afc club team
party group company corporation union league association federation society council committee commission board
trust fund foundation institute university college school alliance coalition network agency service authority
office department bureau bank house olympic national international royal general central
`);

/** Words that end an organization's name without changing which organization it is ("X Party", "X FC", "X plc"),
 * and members named after it ("X MPs", "X supporters"): "X", "X Party" and "X MPs" are one name. */
export const NAME_SUFFIXES = set(`
party fc afc rfc cf plc ltd inc corp llc mp mps mep meps msp msps am ams peer peers member members supporter
supporters councillor councillors activist activists voter voters
`);

/** Words that, after an outlet's name, name its news service rather than another body ("X News", "X Online"): the
 * name without them is the same outlet across articles when it names an organization. */
export const OUTLET_SERVICE_WORDS = set(`
news online
`);
