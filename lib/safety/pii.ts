// Safety check before publishing (SPEC): flags text that may identify a real person — a full name (in
// any script), a given name with an exact age and a place, an exact age with a town, a phone number, an
// e-mail or a street address — for staff to confirm or edit. `corpus.test.ts` measures it on labelled
// bulletin sentences in `corpus.ts`.
// Pure TypeScript with no Node-only APIs: the bulletin editor runs it in the browser as staff type.
//
// These are heuristics. They lean towards flagging (a flag costs staff a glance; a missed name can
// cost a survivor their safety), but the real bulletins we publish must come through clean.
// Linear time: every regular expression has either no nested quantifiers or nested ones whose
// pieces cannot overlap, and starts are pinned by look-behinds, so there is no catastrophic backtracking.
import { COUNTRIES, KNOWN_REGIONS } from "@/lib/bulletin/parser";

export type IdentifierKind =
  "full-name" | "name-age-place" | "age-and-town" | "phone" | "email" | "street-address";

export interface IdentifierFlag {
  kind: IdentifierKind;
  /** The flagged text, exactly as it appears in the input. */
  match: string;
  /** Where `match` starts in the input (in UTF-16 code units, as `String#slice` counts). */
  index: number;
  /** A short note for staff in plain English. */
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Word lists. Keys are lower case. They hold capitalised words that, in a prayer bulletin, are not
// part of a person's name; anything capitalised and not listed is treated as a possible name.

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Function words and the verbs prayer requests start with: capitalised only at a sentence start or in headings. */
const WEAK = words(`
  a an the this that these those i we us you he she they it its his her him their them our ours my your
  in on at for and but or nor as with from by after before during when while since until of to up down
  out off over under through about against between into onto upon within without across toward towards
  among amid around near outside inside via per etc vs re
  today yesterday tomorrow tonight last next recently also then there here now soon once again already
  still just even only very much more most many some several few all both each every any none no not yes
  another other such if because although though however meanwhile finally additionally furthermore
  despite following according including regarding ahead together whether yet either neither so than
  what who whom whose which how why where
  is are was were be been being has have had do does did can could would should must might shall
  one two three four five six seven eight nine ten first second third new good great dear
  pray praying prays please thank thanks thanking join ask asking celebrate celebrating rejoice give
  giving continue remember intercede lift bless protect encourage strengthen guard bring heal restore
  sustain provide support consider read share sign visit watch learn click register donate write send
  call email contact follow believe trust welcome meet sadly thankfully unfortunately praising
  everyone anyone someone nobody everybody
`);

/** Words that are also given names (Hope, Grace, Will…): treated as common words only at a sentence start. */
const WEAK_AT_START = words(`
  hope grace joy faith mercy will mark bill grant pat sue don rich rob young little patience charity
  precious blessing comfort peace gift prince king rose lily victory destiny favour favor glory happy
  love sunny dawn eve major wisdom innocent miracle chance
`);

/** Titles and forms of address: the capitalised word after one is a name ("Judge Mensah"). */
const HONORIFICS = words(`
  mr mrs ms miss mx dr prof professor pastor ps rev revd reverend fr father sister sr brother br bishop
  archbishop imam sheikh rabbi elder deacon evangelist judge justice magistrate officer inspector
  sergeant sgt constable detective det corporal cpl prosecutor attorney atty advocate counsel
  solicitor barrister lawyer hon honourable honorable senator governor mayor president minister
  commissioner superintendent supt lieutenant lt captain capt colonel col major general gen chief
  director secretary chairman chairperson ambassador teacher doctor nurse engr madam madame sir dame
  mama auntie aunty uncle señor señora sra doña dona ate kuya manang manong nanay tatay lola lolo
  tita tito fiscal juez jueza juge juiz juíza delegado delegada comisario comisaria licenciado
  licenciada lic abogado abogada avocat avocate advogado advogada hermana hermano soeur sœur frère
  irmã irmão pasteur pastora padre père mme mlle
`);

/** Honorifics that are written as abbreviations with a full stop ("Dr. Santos"). */
const HONORIFIC_ABBREVIATIONS = words(`
  mr mrs ms mx dr prof rev revd fr sr br sgt det cpl atty hon supt lt capt col gen engr ps sra lic
`);

/** Honorifics that are a role: staff can write "the judge" instead of the name. */
const ROLE_HONORIFICS = words(`
  pastor bishop imam judge justice magistrate officer inspector sergeant constable detective
  prosecutor attorney advocate lawyer solicitor barrister senator governor mayor president minister
  commissioner superintendent director secretary ambassador teacher doctor nurse fiscal juez jueza
  juge juiz delegado delegada comisario comisaria
`);

/** Lower-case joining words inside names ("Maria de la Cruz") and place names ("Dar es Salaam"). */
const PARTICLES = words(
  `de del della dela la le les du des da do dos das di van von der den bin binti al el y`,
);

/** Capitalised words that are not names: faith, calendar, institutions, roles, bulletin vocabulary. */
const OTHER = words(`
  god lord jesus christ holy spirit almighty heavenly savior saviour messiah trinity bible scripture
  scriptures gospel gospels psalm psalms proverbs amen hallelujah alleluia church churches chapel
  cathedral parish diocese mosque temple kingdom heaven easter christmas lent advent pentecost sabbath
  christian christians catholic protestant evangelical pentecostal anglican methodist baptist
  presbyterian lutheran adventist orthodox muslim muslims islamic hindu buddhist sikh virgin saint st
  sts apostle apostles prophet testament genesis exodus leviticus deuteronomy ecclesiastes
  lamentations revelation romans corinthians galatians ephesians philippians colossians
  thessalonians hebrews acts
  january february march may july september october november december jan feb mar apr jun jul aug sep
  sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur
  thurs fri sat
  international mission missions ministry ministries department dept office offices government govt
  agency bureau commission council committee authority board association foundation trust fund
  network coalition alliance partners partner partnership society institute institution university
  college school schools academy hospital clinic centre center shelter home homes fellowship
  parliament congress senate assembly cabinet republic union nations embassy consulate bank group
  company corporation corp inc ltd limited station division directorate prison prisons jail
  prosecution prosecutions law laws act code constitution convention protocol report reports court
  courts tribunal police service services unit units force task team teams staff program programme
  programs programmes project projects initiative campaign summit conference forum club kids
  anti trafficking trafficked human rights labour labor child children women woman girls girl boys boy
  men families family protection welfare social development national federal regional provincial
  municipal local public supreme high appeal appeals magistrates circuit juvenile criminal crime
  crimes cybercrime investigation investigations investigative freedom system systems
  day days week weeks month months year years news update updates request requests prayer prayers
  praise praises highlights story stories survivor survivors victim victims case cases trial trials
  hearing hearings verdict conviction convictions sentence sentencing rescue rescues operation
  operations aftercare advocacy legal casework training trainings workshop seminar graduation
  celebration anniversary vision leaders leadership community communities global headquarters field
  country world online cyber sexual sex violence abuse exploitation slavery bonded forced safety
  healing restoration thanksgiving answered urgent special annual weekly monthly daily executive
  senior deputy assistant acting vice head lead manager coordinator specialist advisor adviser
  consultant worker workers caseworker counselor counsellor investigator investigators volunteer
  volunteers intern member members employee employees minor minors adult adults teen teens teenager
  baby mother parents daughter aunt grandmother grandfather neighbour neighbor friend friends client
  clients student students grade class standard primary secondary gathering study studies awareness
  outreach amendment amendments regulation regulations ordinance decree statute treaty resolution
  policy guidelines strategy
  road rd street avenue ave lane ln drive boulevard blvd highway hwy rue calle avenida av rua jalan jl
  soi thanon plaza square terrace crescent plot flat apartment apt box
  casa hogar fundación fundacion asociación asociacion centro ministerio policía policia fiscalía
  fiscalia juzgado corte procuraduría procuraduria secretaría unidad iglesia nacional república
  ministère cour gendarmerie brigade
  english spanish french portuguese german dutch tagalog filipino filipina filipinos cebuano visayan
  thai khmer burmese lao vietnamese hindi bengali tamil telugu marathi urdu nepali nepalese swahili
  kiswahili twi akan ewe ga hausa yoruba igbo amharic quechua aymara maya mayan garifuna creole kreyol
  arabic english british scottish welsh irish american americans canadian australian latino latina
  latinos hispanic african africans asian asians european ghanaian ghanaians kenyan kenyans ugandan
  rwandan zambian tanzanian congolese mozambican malawian nigerian ethiopian senegalese ivorian
  liberian cameroonian zimbabwean burundian malagasy bolivian bolivians guatemalan guatemalans
  honduran salvadoran salvadorian dominican dominicans peruvian ecuadorian colombian brazilian
  mexican nicaraguan panamanian haitian paraguayan argentine argentinian chilean venezuelan indian
  indians bangladeshi pakistani bhutanese cambodian cambodians malaysian indonesian singaporean
  timorese papuan
  persons people corps prevention land property widow widows orphan orphans typhoon hurricane
  cyclone storm earthquake flood floods rescued freed restored returned convicted sentenced arrested
  released reunited granted approved passed charged acquitted delayed adjourned
  dios dieu deus seigneur senhor jesús jésus cristo espíritu esprit espírito santísima
  iglesia iglesias église églises eglise igreja igrejas capilla chapelle capela catedral cathédrale
  parroquia paroisse paróquia templo asamblea assemblée assembleia evangélica evangelica évangélique
  evangélico evangelico cristiana cristiano chrétienne chrétien cristã cristão pentecôtiste
  adventista católica catolica católico catolico catholique misión mision missão internacional
  internationale justicia justiça operación operacion opération operação fondation fundação
  organización organizacion organisation organização associação ministère ministério público
  publico publique pública publica defensoría defensoria niñez ninez adolescencia adolescence
  infancia enfance infância niños niñas enfants crianças mujer mujeres femmes mulher mulheres trata
  personas personnes pessoas appel apelación apelação ley loi lei tribunales juzgados sentencia
  penal pénal familia famille família polícia nationale brigada protección proteção menores
  mineurs secrétariat procuradoria albergue refugio comité comisión comision consejo conseil
  conselho unidad unité unidade división departamento département municipio município región
  région provincia gobierno gouvernement governo alcaldía mairie prefeitura universidad université
  universidade colegio école escola escuela hôpital clínica proyecto projet projeto programa campaña
  campagne campanha comunidad comunidade communauté navidad noël natal pascua pâques páscoa semana
  церковь церкви церква храм собор православная православный православна евангельская баптистская
  христианская християнська бог господь иисус ісус христос суд полиция поліція министерство
  міністерство область город місто село улица вулиця фонд организация організація центр
`);

/** Small places: a name with one of these is a town or village, not a person ("Cape Coast", "Quezon City"). */
const GEO_SMALL = words(`
  city cities town towns village villages county district districts municipality barangay slum
  settlement estate lake river mount mt mountain mountains cape port bay island islands beach coast
  valley hills hill market san santa santo são sao puerto porto villa ciudad nueva nuevo metro nakhon
  zona zone colonia barrio sitio purok
`);

/** Large areas: a place with one of these is a region, which (like a country) identifies no one. */
const AREA = words(`
  region regions province provinces state states pradesh nadu prefecture territory north south east
  west northern southern eastern western central northeast northwest southeast southwest northeastern
  northwestern southeastern southwestern upper lower greater middle africa asia europe america
  americas oceania caribbean pacific atlantic latin sub-saharan continent mainland nordic
  scandinavian baltic balkan
`);

/** Months that are also given names (June Mwangi): a month after these words or next to a number. */
const MONTH_NAMES = words(`april june august`);
const BEFORE_DATES = words(`
  in on since until till during last next early late mid of by from through this each every before
  after
`);

/**
 * Lower-case words before a place name near an age ("from Kisumu", "in Ratchaburi", "Sunita, 16, of
 * Sonagachi", "de 15 años, de El Alto", "do Recife").
 */
const LOCATIVES = words(`
  from in at near outside around to into across within inside throughout of
  de del do da du des en em à au dans na no desde cerca
`);
/** "village of …", "town of …". */
const PLACE_NOUNS = words(
  `village town city community district municipality county slum settlement island barangay province`,
);

/** Place names that are also given names ("Santiago Lopez" is a person). */
const PLACE_OR_GIVEN_NAME = words(
  `santiago asunción asuncion lagos lima victoria florence georgia jordan sydney washington`,
);

/**
 * Words that name an institution, an event or a named thing, not a person: capitalised words next to
 * one in the same run are that thing's name ("Iglesia Bautista Emanuel", "Operation Lotus Flower",
 * "Justice Ventures International", "Typhoon Odette", "Martin Luther King Jr. Day").
 */
const INSTITUTION_HEADS = words(`
  church churches chapel cathedral parish temple tabernacle fellowship assembly assemblies ministries
  ministry mission missions international foundation trust fund society association alliance
  coalition network institute university college school academy hospital clinic centre center
  shelter home homes project programme program campaign initiative act bill law policy code court
  tribunal unit division department office commission council committee authority board agency
  bureau service services force police army navy club union group company corporation inc ltd day
  festival conference summit award operation operations typhoon hurricane cyclone storm
  iglesia église eglise igreja capilla chapelle capela catedral cathédrale parroquia paroisse
  paróquia templo asamblea assemblée assembleia misión mision mission missão fundación fundacion
  fondation fundação asociación asociacion association associação ministerio ministère ministério
  hogar casa centro albergue juzgado cour corte ley loi lei operación operacion opération operação
  unidad unité brigada brigade fiscalía fiscalia defensoría defensoria procuraduría procuraduria
  secretaría comisión comision consejo conseil red réseau rede proyecto projet projeto programa
  campaña campagne campanha comunidad comunidade communauté
  церковь церква храм собор фонд организация організація центр суд
`);

/** Nouns that, after "X Y, a …", say the name is an organisation's ("Shakti Samuha, a survivor-led organisation"). */
const ORGANISATION_NOUN =
  /^,?[ \t]+(?:a|an|the|our)[ \t]+(?:(?!(?:of|the|a|an|her|his|their|our|at|in|from|with|for)[ \t])[\p{L}-]+[ \t]+){0,2}?(?:organi[sz]ations?|ngos?|charity|charities|ministry|church|network|movement|coalition|foundation|company|shelter|programme|program)(?=[ \t]*(?:[,.;:)!?]|$)|[ \t]+(?:in|of|that|which|based|working|founded|run|led|for|with|from|at)\b)/iu;
/** Nouns after "the X Y …" that make it a name of an organisation or a place ("the Shakti Vahini team"). */
const ATTRIBUTIVE_NOUN =
  /^[ \t]+(?:team|teams|staff|shelter|shelters|office|offices|network|project|programme|program|volunteers|ministry|community|communities|region|area|district|slum)\b/u;
const ATTRIBUTIVE_BEFORE = /(?:^|[^\p{L}])(?:the|our|their|its)[ \t]+$/iu;

/** Lower-case words after which a capitalised run is a place ("in Svay Pak", "around Kete Krachi"). */
const PLACE_BEFORE = words(`in near around outside across within inside throughout en em dans`);
/** Words that continue a list of places ("in Svay Pak and Tuol Kork"). */
const LIST_JOINERS = words(`and or y e o et ou`);

/**
 * Common words in scripts without capitals, which are not names: faith, institutions, places, greetings
 * and the commonest function words (Hindi and Nepali, Bengali, Thai, Khmer, Arabic).
 */
const SCRIPT_WORDS = words(`
  परमेश्वर ईश्वर भगवान प्रभु यीशु येशू येशु मसीह ख्रीष्ट पवित्र आत्मा बाइबल बाइबिल भजन संहिता प्रार्थना
  धन्यवाद कलीसिया चर्च मण्डली मंडली गिरजाघर मन्दिर मंदिर न्याय मिशन अन्तर्राष्ट्रिय अंतरराष्ट्रीय
  अन्तर्राष्ट्रीय पुलिस अदालत न्यायालय सरकार मंत्रालय मन्त्रालय जिला जिल्ला शहर गाँव गांव नगर प्रदेश
  राज्य भारत नेपाल गृह आश्रम घर संस्था केंद्र केन्द्र समाज सेवा बाल महिला बच्चे बच्चों और तथा र के की
  का को में से पर है हैं था थी लिए करें करो गर्नुहोस् नमस्ते नमस्कार जय शांति शान्ति प्रेम मुक्ति
  ঈশ্বর প্রভু যীশু খ্রীষ্ট খ্রিস্ট পবিত্র আত্মা বাইবেল প্রার্থনা ধন্যবাদ গির্জা মণ্ডলী ন্যায় বিচার আদালত
  পুলিশ সরকার মন্ত্রণালয় জেলা বিভাগ শহর গ্রাম বাংলাদেশ ভারত সংস্থা কেন্দ্র আশ্রয় নারী শিশু এবং ও আর
  এর জন্য করুন শান্তি ভালোবাসা
  พระเจ้า พระเยซู คริสต์ พระคริสต์ คริสตจักร โบสถ์ วัด ศาล ตำรวจ รัฐบาล กระทรวง จังหวัด อำเภอ ตำบล
  หมู่บ้าน เมือง ประเทศไทย ไทย ขอบคุณ สวัสดี อธิษฐาน มูลนิธิ องค์กร ศูนย์ บ้าน และ กับ ของ ใน ที่
  ព្រះ ព្រះយេស៊ូ គ្រីស្ទ ព្រះវិហារ វត្ត តុលាការ នគរបាល រដ្ឋាភិបាល ក្រសួង ខេត្ត ស្រុក ឃុំ ភូមិ ក្រុង
  កម្ពុជា អរគុណ សូមអរគុណ អធិស្ឋាន អង្គការ មជ្ឈមណ្ឌល និង របស់ នៅ
  الله الرب يسوع المسيح الروح القدس الكتاب المقدس صلاة الصلاة شكرا شكراً كنيسة الكنيسة مسجد المسجد
  محكمة المحكمة الشرطة شرطة الحكومة حكومة وزارة ولاية مدينة قرية حي شارع جمعية منظمة مركز بيت
  السلام سلام عليكم مرحبا و في من على إلى عدالة العدالة
`);
/**
 * Thai and Khmer write a phrase without spaces, so a word there can be a whole phrase: one that starts
 * with one of these longer common words is that phrase ("ขอบคุณพระเจ้า", "thank God"), not a name.
 */
const SCRIPT_PHRASE_STARTS = [...SCRIPT_WORDS].filter(
  (w) => /^[\u0e00-\u0e7f\u1780-\u17ff]/u.test(w) && [...w].length >= 4,
);

type PlaceKind = "country" | "region" | "city" | "other";

/** Many-word phrases (and a few single words) that name no one, beyond the parser's countries. */
const EXTRA_PHRASES: ReadonlyArray<readonly [PlaceKind, string]> = [
  ["other", "International Justice Mission"],
  ["other", "Freedom Sunday"],
  ["other", "Holy Spirit"],
  ["other", "Jesus Christ"],
  ["other", "High Court"],
  ["other", "Supreme Court"],
  ["other", "Court of Appeal"],
  ["other", "Anti-Human Trafficking Unit"],
  ["other", "Anti-Trafficking Unit"],
  ["other", "Good Friday"],
  ["other", "Palm Sunday"],
  ["other", "Holy Week"],
  ["other", "Word of God"],
  ["other", "Prince of Peace"],
  ["other", "Good Shepherd"],
  ["other", "Amazing Grace"],
  ["other", "United Nations"],
  ["other", "Human Rights Watch"],
  ["region", "Latin America"],
  ["region", "South Asia"],
  ["region", "Southeast Asia"],
  ["region", "Middle East"],
  ["region", "East Africa"],
  ["region", "West Africa"],
  ["region", "Southern Africa"],
  ["region", "Sub-Saharan Africa"],
  ["region", "Tamil Nadu"],
  ["region", "Uttar Pradesh"],
  ["region", "Andhra Pradesh"],
  ["region", "Madhya Pradesh"],
  ["region", "West Bengal"],
  ["region", "Lake Volta"],
  ["region", "Volta"],
  ["region", "Greater Accra"],
  ["region", "Metro Manila"],
  ["region", "National Capital Region"],
  ["region", "Luzon"],
  ["region", "Visayas"],
  ["region", "Mindanao"],
  ["region", "Rift Valley"],
  ["city", "Cape Coast"],
  ["city", "Tema"],
  ["city", "Tamale"],
  ["city", "Takoradi"],
  ["city", "Kasoa"],
  ["city", "Eldoret"],
  ["city", "Nakuru"],
  ["city", "Malindi"],
  ["city", "Kibera"],
  ["city", "Mathare"],
  ["city", "Khon Kaen"],
  ["city", "Mae Sot"],
  ["city", "Mae Sai"],
  ["city", "Udon Thani"],
  ["city", "Nakhon Pathom"],
  ["city", "Hat Yai"],
  ["city", "Pattaya"],
  ["city", "Ratchaburi"],
  ["city", "Boca Chica"],
  ["city", "Puerto Plata"],
  ["city", "La Romana"],
  ["city", "Sosúa"],
  ["city", "Sosua"],
  ["city", "Santiago de los Caballeros"],
  ["city", "San Pedro de Macorís"],
  ["city", "San Pedro de Macoris"],
  ["city", "Puerto Barrios"],
  ["city", "Quetzaltenango"],
  ["city", "Mixco"],
  ["city", "Villa Nueva"],
  ["city", "Escuintla"],
  ["city", "Nueva Ecija"],
  ["city", "Angeles City"],
  ["city", "Quezon City"],
  ["city", "Lapu-Lapu"],
  ["city", "Olongapo"],
  ["city", "Tacloban"],
  ["city", "Iloilo"],
  ["city", "Navi Mumbai"],
  ["city", "Pune"],
  ["city", "Poipet"],
  ["city", "Sihanoukville"],
  ["city", "New York"],
  ["city", "Washington"],
];

/** Aliases in the parser's list that name a whole country rather than a city. */
const COUNTRY_ALIASES = words(`
  ivory burma east britain great england scotland wales northern deutschland holland
`);

// ---------------------------------------------------------------------------------------------
// Tokens

type TokenClass =
  | "name"
  | "initial"
  | "particle"
  | "honorific"
  | "weak"
  | "other"
  | "geo"
  | "area"
  | "country"
  | "region"
  | "city"
  | "break";

interface Token {
  /** Position in the token list. */
  i: number;
  start: number;
  /** End of the word itself, without a possessive "'s" or a pseudonym "*". */
  end: number;
  /** End of everything that belongs to the word, including "'s" and "*". */
  after: number;
  text: string;
  key: string;
  /** Capitalised, or in a script without capitals. */
  cap: boolean;
  /** In a script without capitals, where only the word lists below tell a name from a common word. */
  uncased: boolean;
  star: boolean;
  possessive: boolean;
  cls: TokenClass;
}

/**
 * A word: letters and digits, with inner apostrophes and hyphens ("O'Brien", "Anti-Human"), and the
 * zero-width joiners that Bengali, Devanagari and Arabic spell some letters with.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200c\u200d]*(?:['’-][\p{L}\p{M}\p{N}\u200c\u200d]+)*/gu;
/** French elision in front of a word ("L'Église", "d'Appel"): the article is not part of the name. */
const ELISION = /^(?:[Ll]|[dnjs]|qu)['’](?=\p{L})/u;
/** Scripts without capital letters (Devanagari, Bengali, Thai, Khmer, Arabic…): any word may be a name. */
const UNCASED_START = /^\p{Lo}/u;
const POSSESSIVE = /['’][sS]$/;
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\p{N}'’-]+$/u;
const SPACES = /^[ \t\u00a0]+$/;
const ONE_NEWLINE = /^[ \t\u00a0]*\r?\n[ \t\u00a0]*$/;
const FULL_STOP_SPACE = /^\.[ \t\u00a0]+$/;
/** A hard-wrapped paragraph has lines at least this long; shorter lines end at a heading or list item. */
const WRAPPED_LINE_CHARS = 50;

function keyOf(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let start = m.index;
    let word = m[0];
    const elision = ELISION.exec(word);
    if (elision && word.length > elision[0].length + 1) {
      start += elision[0].length;
      word = word.slice(elision[0].length);
    }
    let after = start + word.length;
    const possessive = POSSESSIVE.test(word) && word.length > 2;
    if (possessive) word = word.slice(0, -2);
    const star = text.charAt(after) === "*";
    if (star) after += 1;
    tokens.push({
      i: tokens.length,
      start,
      end: start + word.length,
      after,
      text: word,
      key: keyOf(word),
      cap: UPPER_START.test(word) || UNCASED_START.test(word),
      uncased: UNCASED_START.test(word),
      star,
      possessive,
      cls: "break",
    });
  }
  return tokens;
}

/** Whether the word starts a sentence, a line or a list item (where common words are capitalised). */
function sentenceInitial(text: string, start: number): boolean {
  for (let p = start - 1, seen = 0; p >= 0 && seen < 12; p--, seen++) {
    const c = text.charAt(p);
    if (c === "\n" || ".!?:;…".includes(c)) return true;
    if (!/[\s"“”‘'(\[•*\-–—]/.test(c)) return false;
  }
  return true;
}

/** Whether two neighbouring words can belong to one name: only spaces (or a wrapped line) between them. */
function joinable(text: string, a: Token, b: Token): boolean {
  if (a.possessive || b.start < a.after) return false;
  const sep = text.slice(a.after, b.start);
  if (SPACES.test(sep)) return true;
  if (ONE_NEWLINE.test(sep)) {
    const lineStart = text.lastIndexOf("\n", a.start) + 1;
    return a.after - lineStart >= WRAPPED_LINE_CHARS;
  }
  if (FULL_STOP_SPACE.test(sep) && !a.star) {
    return a.cls === "initial" || (a.cls === "honorific" && HONORIFIC_ABBREVIATIONS.has(a.key));
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Known phrases: the parser's countries, cities and regions, and the phrases above.

const PHRASES = new Map<string, PlaceKind>();
const PHRASE_FIRST_KEYS = new Set<string>();
let MAX_PHRASE_WORDS = 1;

function phraseKeys(phrase: string): string[] {
  return (phrase.match(WORD) ?? []).map(keyOf);
}

function addPhrase(phrase: string, kind: PlaceKind): void {
  const keys = phraseKeys(phrase);
  const first = keys[0];
  if (first === undefined) return;
  const key = keys.join(" ");
  // A country's name wins over the same words listed as another country's city.
  if (PHRASES.get(key) === "country") return;
  PHRASES.set(key, kind);
  PHRASE_FIRST_KEYS.add(first);
  MAX_PHRASE_WORDS = Math.max(MAX_PHRASE_WORDS, keys.length);
}

const plain = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "");

for (const country of COUNTRIES) addPhrase(country.name, "country");
for (const country of COUNTRIES) {
  const name = plain(country.name);
  for (const alias of country.aliases ?? []) {
    const a = plain(alias);
    const firstWord = keyOf(alias.split(/\s+/)[0] ?? "");
    // "Viet Nam", "The Netherlands", "DR Congo", "USA", "Burma": the country; "Kisumu": a city.
    const countryLevel =
      a === name ||
      name.includes(a) ||
      a.includes(name) ||
      /^[\p{Lu}.]+$/u.test(alias.replace(/\s/g, "")) ||
      COUNTRY_ALIASES.has(firstWord);
    addPhrase(alias, countryLevel ? "country" : "city");
  }
}
for (const region of KNOWN_REGIONS) {
  if (!region.name.includes("&")) addPhrase(region.name, "region");
  for (const keyword of region.keywords) addPhrase(keyword, "region");
}
for (const [kind, phrase] of EXTRA_PHRASES) addPhrase(phrase, kind);

const PHRASE_CLASS: Record<PlaceKind, TokenClass> = {
  country: "country",
  region: "region",
  city: "city",
  other: "other",
};

/** Marks the words of known phrases, longest phrase first. */
function markPhrases(text: string, tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!first.cap || !PHRASE_FIRST_KEYS.has(first.key)) continue;
    let key = first.key;
    let best: PlaceKind | undefined = PHRASES.get(key);
    let bestLength = 1;
    for (let len = 2; len <= MAX_PHRASE_WORDS && i + len - 1 < tokens.length; len++) {
      const prev = tokens[i + len - 2]!;
      const next = tokens[i + len - 1]!;
      if (!joinable(text, prev, next)) break;
      key += ` ${next.key}`;
      const kind = PHRASES.get(key);
      if (kind) {
        best = kind;
        bestLength = len;
      }
    }
    if (!best) continue;
    for (let j = i; j < i + bestLength; j++) tokens[j]!.cls = PHRASE_CLASS[best];
    i += bestLength - 1;
  }
}

const SINGLE_LETTER = /^\p{Lu}$/u;
const NAME_SUFFIXES = words(`jr jnr snr`);

function classify(text: string, tokens: Token[]): void {
  markPhrases(text, tokens);
  for (const t of tokens) {
    if (t.cls !== "break") continue; // set by a phrase
    if (!t.cap) {
      if (PARTICLES.has(t.key)) t.cls = "particle";
      continue;
    }
    if (t.uncased) {
      const common =
        SCRIPT_WORDS.has(t.key) || SCRIPT_PHRASE_STARTS.some((w) => t.key.startsWith(w));
      t.cls = common ? "other" : "name";
      continue;
    }
    const letters = t.text.replace(/[^\p{L}]/gu, "");
    if (HONORIFICS.has(t.key)) t.cls = "honorific";
    // "Martin Luther King Jr.": a suffix, which like an initial joins across its full stop.
    else if (NAME_SUFFIXES.has(t.key) && text.charAt(t.after) === ".") t.cls = "initial";
    else if (PARTICLES.has(t.key)) t.cls = "particle";
    else if (SINGLE_LETTER.test(t.text)) t.cls = text.charAt(t.after) === "." ? "initial" : "weak";
    // Common words first, so that "AS" and "IN" in an all-capitals sentence stay common words.
    else if (WEAK.has(t.key)) t.cls = "weak";
    // Acronyms (IJM, NGO, HQ): organisations, not people.
    else if (ALL_CAPS.test(t.text) && letters.length <= 4) t.cls = "other";
    else if (WEAK_AT_START.has(t.key) && sentenceInitial(text, t.start)) t.cls = "weak";
    else if (MONTH_NAMES.has(t.key)) t.cls = isDate(text, tokens, t) ? "other" : "name";
    else if (GEO_SMALL.has(t.key)) t.cls = "geo";
    else if (AREA.has(t.key)) t.cls = "area";
    else if (OTHER.has(t.key) || t.key.split("-").some((part) => OTHER.has(part) || AREA.has(part)))
      t.cls = "other";
    else t.cls = "name";
  }
  // "Santiago Lopez": a city that is also a given name, next to a name, is a name.
  for (const t of tokens) {
    if (t.cls !== "city" || !PLACE_OR_GIVEN_NAME.has(t.key)) continue;
    const prev = tokens[t.i - 1];
    const next = tokens[t.i + 1];
    if (
      (next?.cls === "name" && joinable(text, t, next)) ||
      (prev?.cls === "name" && joinable(text, prev, t))
    )
      t.cls = "name";
  }
  // "Grace Mensah testified.": a given name that is also a common word, at a sentence start, followed
  // by a name, is a name ("Hope remains." is not).
  for (const t of tokens) {
    const next = tokens[t.i + 1];
    if (
      t.cls === "weak" &&
      WEAK_AT_START.has(t.key) &&
      next?.cls === "name" &&
      joinable(text, t, next)
    )
      t.cls = "name";
  }
}

/** "in June", "14 August", "June 2024": the month, not a woman called June. */
function isDate(text: string, tokens: Token[], t: Token): boolean {
  const prev = tokens[t.i - 1];
  const next = tokens[t.i + 1];
  const spaced = (a: Token, b: Token) => SPACES.test(text.slice(a.after, b.start));
  if (prev && spaced(prev, t) && (/^\d/.test(prev.text) || BEFORE_DATES.has(prev.key))) return true;
  return next !== undefined && spaced(t, next) && /^\d/.test(next.text);
}

/** Maximal stretches of capitalised words (and particles) with only spaces between them. */
function runs(text: string, tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    const prev = run[run.length - 1];
    if (t.cls === "break") {
      if (run.length) out.push(run);
      run = [];
    } else if (prev && joinable(text, prev, t)) {
      run.push(t);
    } else {
      if (run.length) out.push(run);
      run = [t];
    }
  }
  if (run.length) out.push(run);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rule 1: full names

/** Text right after a name that marks it as a pseudonym the other common way. */
const PSEUDONYM_NOTE =
  /^[\s,(–—-]*(?:not (?:her|his|their|the) real name|names? (?:has been |have been |was |were )?changed|a pseudonym|pseudonym)/i;

const quote = (s: string): string => `“${s}”`;

/** Only spaces between two tokens. */
const spaced = (text: string, a: Token, b: Token): boolean =>
  b.start >= a.after && SPACES.test(text.slice(a.after, b.start));

/**
 * Runs that stand where a place is named: after "in", "near", "around"… ("in Svay Pak"), or after
 * "and" in a list that began with a place ("in Svay Pak and Tuol Kork", "in Accra and Kete Krachi").
 */
function placeRuns(text: string, tokens: Token[], tokenRuns: Token[][]): Set<Token[]> {
  const places = new Set<Token[]>();
  const placeEnds = new Set<number>();
  const PLACE_CLASSES: TokenClass[] = ["city", "country", "region", "geo", "area"];
  for (const run of tokenRuns) {
    const first = run[0]!;
    const before = tokens[first.i - 1];
    let place = false;
    if (before && !before.cap && spaced(text, before, first)) {
      if (PLACE_BEFORE.has(before.key)) place = true;
      else if (LIST_JOINERS.has(before.key)) {
        const previous = tokens[before.i - 1];
        place =
          previous !== undefined && placeEnds.has(previous.i) && spaced(text, previous, before);
      }
    }
    if (place) places.add(run);
    if (place || run.some((t) => PLACE_CLASSES.includes(t.cls)))
      placeEnds.add(run[run.length - 1]!.i);
  }
  return places;
}

interface InstitutionHeads {
  /** For each token of a run: where the nearest institution word at or after it is, or -1 if a common word or title comes first. */
  after: number[];
  /** The same, looking back. */
  before: number[];
}

/**
 * Where the institution words of a run are, as seen from each token, so each stretch of names asks in
 * constant time (a long run of names and countries would otherwise be scanned once per stretch).
 * Common words and titles end a proper noun, so an all-capitals sentence ("… TESTIFIES IN COURT") is
 * not one name.
 */
function institutionHeads(run: Token[]): InstitutionHeads {
  const after = new Array<number>(run.length);
  const before = new Array<number>(run.length);
  const stop = (t: Token) => t.cls === "weak" || t.cls === "honorific";
  for (let k = run.length - 1; k >= 0; k--) {
    const t = run[k]!;
    after[k] = stop(t) ? -1 : INSTITUTION_HEADS.has(t.key) ? k : (after[k + 1] ?? -1);
  }
  for (let k = 0; k < run.length; k++) {
    const t = run[k]!;
    before[k] = stop(t) ? -1 : INSTITUTION_HEADS.has(t.key) ? k : (before[k - 1] ?? -1);
  }
  return { after, before };
}

/**
 * Whether names `from`…`to` in `run` (with honorifics from `h`) name an institution, an event or a
 * place rather than a person: "Iglesia Bautista Emanuel", "Operation Lotus Flower", "Justice Ventures
 * International", "San Juan Sacatepéquez", "in Svay Pak", "Shakti Samuha, a survivor-led organisation".
 */
function namesNoOne(
  text: string,
  run: Token[],
  heads: InstitutionHeads,
  h: number,
  from: number,
  to: number,
  inPlace: boolean,
): boolean {
  const first = run[h]!;
  const last = run[to]!;
  // A word of an institution's name in the same proper noun, after the names ("… Church",
  // "… International", "… Jr. Day"), or before them with no title between ("Iglesia …", "Operation …";
  // but "Office Director Kofi Mensah" is a person).
  if ((heads.after[to + 1] ?? -1) >= 0) return true;
  if (h === from && (heads.before[from - 1] ?? -1) >= 0) return true;
  if (h === from) {
    // "San Juan Sacatepéquez", "Santa Cruz de la Sierra", "Kete Krachi Town", "In Svay Pak".
    const previous = run[from - 1];
    if (previous?.cls === "geo" || run[to + 1]?.cls === "geo") return true;
    if (
      !last.possessive &&
      (inPlace || (previous?.cls === "weak" && PLACE_BEFORE.has(previous.key)))
    )
      return true;
  }
  const after = text.slice(last.after, last.after + 80);
  if (ORGANISATION_NOUN.test(after)) return true;
  const before = text.slice(Math.max(0, first.start - 8), first.start);
  return h === 0 && ATTRIBUTIVE_BEFORE.test(before) && ATTRIBUTIVE_NOUN.test(after);
}

function nameFlags(text: string, tokens: Token[], tokenRuns: Token[][]): IdentifierFlag[] {
  const flags: IdentifierFlag[] = [];
  const places = placeRuns(text, tokens, tokenRuns);
  const nameLike = (t: Token | undefined) =>
    t !== undefined && (t.cls === "name" || t.cls === "initial" || t.cls === "particle");
  for (const run of tokenRuns) {
    const heads = institutionHeads(run);
    let i = 0;
    while (i < run.length) {
      const cls = run[i]!.cls;
      if (cls !== "name" && cls !== "initial") {
        i++;
        continue;
      }
      // A stretch of names, initials and particles: "Maria de la Cruz", "Kofi A. Mensah".
      const from = i;
      let j = i;
      while (nameLike(run[j])) j++;
      i = j;
      let to = j - 1;
      while (to > from && run[to]!.cls !== "name") to--;
      const segment = run.slice(from, to + 1);
      const firstName = segment.find((t) => t.cls === "name");
      if (!firstName) continue;
      // Titles in front belong to the match: "Judge Mensah", "Dr. Kofi Mensah".
      let h = from;
      while (h > 0 && run[h - 1]!.cls === "honorific") h--;
      if (segment.length < 2 && h === from) continue;
      if (namesNoOne(text, run, heads, h, from, to, places.has(run))) continue;
      const whole = run.slice(h, to + 1);
      if (whole.some((t) => t.star)) continue;
      const first = whole[0]!;
      const last = whole[whole.length - 1]!;
      if (PSEUDONYM_NOTE.test(text.slice(last.after, last.after + 40))) continue;
      const match = text.slice(first.start, last.end);
      const pseudonym = quote(`${firstName.text}*`);
      const message =
        segment.length >= 2
          ? `${quote(match)} looks like a full name. Use a pseudonym marked with * (e.g. ${pseudonym}) or remove it.`
          : ROLE_HONORIFICS.has(first.key)
            ? `${quote(match)} looks like a person’s name. Describe the role instead (e.g. ${quote(`the ${first.key}`)}) or use a pseudonym marked with *.`
            : `${quote(match)} looks like a person’s name. Use a pseudonym marked with * (e.g. ${pseudonym}) or remove it.`;
      flags.push({ kind: "full-name", match, index: first.start, message });
    }
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// Rule 2: an exact age together with a town

interface Span {
  start: number;
  end: number;
}

/** Runs that name a town or village (not a country or region), found near an age. */
function townSpans(text: string, tokens: Token[], tokenRuns: Token[][]): Span[] {
  const towns: Span[] = [];
  for (const run of tokenRuns) {
    let k = 0;
    let locative = false;
    // "In Tema, …": a capitalised preposition starts the run.
    while (k < run.length && ["weak", "honorific", "particle"].includes(run[k]!.cls)) {
      locative = LOCATIVES.has(run[k]!.key);
      k++;
    }
    let end = k;
    while (end < run.length && run[end]!.cls !== "weak") end++;
    const place = run.slice(k, end);
    while (place.length && place[place.length - 1]!.cls === "particle") place.pop();
    const head = place[0];
    const tail = place[place.length - 1];
    if (!head || !tail) continue;
    if (place.some((t) => ["country", "region", "area", "other", "honorific"].includes(t.cls)))
      continue;
    const hasCity = place.some((t) => t.cls === "city");
    const hasName = place.some((t) => t.cls === "name");
    if (!hasCity && !hasName) continue;
    if (!hasCity && !locative) locative = afterLocative(text, tokens, head);
    if (hasCity || locative) towns.push({ start: head.start, end: tail.end });
  }
  return towns;
}

/** "from Tema", "in the Volta …", "village of Agbogbloshie". */
function afterLocative(text: string, tokens: Token[], head: Token): boolean {
  let prev = tokens[head.i - 1];
  if (!prev || !joinable(text, prev, head)) return false;
  if (prev.key === "the") {
    const before = tokens[prev.i - 1];
    if (!before || !joinable(text, before, prev)) return false;
    prev = before;
  }
  if (LOCATIVES.has(prev.key)) return true;
  if (prev.key !== "of") return false;
  const noun = tokens[prev.i - 1];
  return noun !== undefined && PLACE_NOUNS.has(noun.key) && joinable(text, noun, prev);
}

const NUMBER_WORD =
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)";

/** Time spans and sentences, not ages: "hace 15 años", "depuis 10 ans", "16 años de prisión". */
const NOT_AN_AGE_BEFORE = String.raw`(?<!\b(?:hace|durante|por|tras|después|despues|antes|más|mas|menos|pendant|depuis|après|apres|plus|há|após|apos|dans|il y a)[ \t](?:de[ \t])?)`;
const NOT_AN_AGE_AFTER = String.raw`(?![ \t]+(?:de|d['’])[ \t]*(?:prisión|prision|cárcel|carcel|condena|reclusión|reclusion|prisão|prisao|reclusão|reclusao|prison|réclusion|reclusion))`;

/**
 * Exact ages: "14-year-old", "15 years old", "aged 9", "at the age of 12", "Maria*, 14, …", "Ana* (16)",
 * "now 11,", "who is only 13,", and in Spanish, French and Portuguese "de 15 años", "âgée de 15 ans",
 * "16 anos". A name before the comma may be in any script ("सुनीता, 16,"), whose vowel signs are marks.
 */
const AGE = new RegExp(
  [
    String.raw`\b(?:\d{1,3}|${NUMBER_WORD})[- ]?(?:years?|yrs?|months?)[- ]old\b`,
    String.raw`\b(?:aged?|at the age of)[ :]{1,2}(?:\d{1,3}|${NUMBER_WORD})\b`,
    String.raw`\b\d{1,2}[- ]?(?:yo|y/o)\b`,
    String.raw`(?<=[\p{L}\p{M}]\*?,[ \t])\d{1,2}(?=,[ \t])`,
    String.raw`(?<=[\p{L}\p{M}]\*?[ \t]\()\d{1,2}(?=\))`,
    String.raw`(?<=\b(?:now|only|just)[ \t])\d{1,2}(?=[ \t]*[,;)])`,
    String.raw`${NOT_AN_AGE_BEFORE}(?<![\p{L}\p{N}])(?:(?:âgée?s?|agée?s?|agee?s?)[ \t]+de[ \t]+|de[ \t]+)?\d{1,2}[ \t]+(?:años|anos|ans)(?![\p{L}\p{N}])${NOT_AN_AGE_AFTER}`,
  ].join("|"),
  "giu",
);

/** How far (in characters) a town may be from the age, within one paragraph. */
const AGE_TOWN_DISTANCE = 150;
const PARAGRAPH_BREAK = /\n[ \t\u00a0]*\n/;

/** What may stand between a given name and the age after it: "Sunita, 16", "Kofi (12)", "Anita, a 17-year-old", "Nok, now 11". */
const NAME_THEN_AGE =
  /^(?:,[ \t]*(?:(?:a|an|now|only|who[ \t]+(?:is|was)(?:[ \t]+(?:only|just|now))?)[ \t]+)?|[ \t]*\()$/i;
/** What may stand between an age and the given name after it: "15-year-old Anjali", "a 14-year-old girl named Rosa". */
const AGE_THEN_NAME =
  /^(?:[ \t]+|(?:[ \t]+\p{Ll}+){0,2}[ \t]+(?:named|called|nommée?|llamad[ao]|chamad[ao])[ \t]+)$/u;

const MAX_NAME_WORDS = 5;

/** Index of the first token that starts at or after `position`. */
function tokenAt(tokens: Token[], position: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A given name (or a full name) that is not a pseudonym, right before or after an age. */
function givenNameNear(text: string, tokens: Token[], age: Span): Span | null {
  const isGivenName = (t: Token | undefined): t is Token =>
    t !== undefined &&
    t.cap &&
    !t.star &&
    (t.cls === "name" || (t.cls === "weak" && WEAK_AT_START.has(t.key)));
  const next = tokenAt(tokens, age.start);
  let name: Token | undefined;
  // Back over the small words between ("a", "now", "who is only") to the capitalised word before them.
  let before = tokens[next - 1];
  for (let k = next - 2; before && !before.cap && k >= next - 5 && k >= 0; k--) before = tokens[k];
  if (
    isGivenName(before) &&
    !before.possessive &&
    NAME_THEN_AGE.test(text.slice(before.after, age.start))
  )
    name = before;
  const at = tokenAt(tokens, age.end);
  for (let k = at; !name && k < at + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.cls === "name" && isGivenName(t) && AGE_THEN_NAME.test(text.slice(age.end, t.start)))
      name = t;
  }
  if (!name) return null;
  // "María Quispe, de 15 años": the whole name (of a few words, so that this stays linear).
  let first = name;
  for (
    let p = tokens[first.i - 1];
    p && name.i - p.i <= MAX_NAME_WORDS && p.cls === "name" && !p.star && joinable(text, p, first);
    p = tokens[p.i - 1]
  )
    first = p;
  let last = name;
  for (
    let n = tokens[last.i + 1];
    n &&
    n.i - name.i <= MAX_NAME_WORDS &&
    n.cls === "name" &&
    n.start < age.start &&
    joinable(text, last, n);
    n = tokens[n.i + 1]
  )
    last = n;
  return { start: first.start, end: last.end };
}

function ageAndTownFlags(text: string, tokens: Token[], towns: Span[]): IdentifierFlag[] {
  const flags: IdentifierFlag[] = [];
  if (towns.length === 0) return flags;
  for (const m of text.matchAll(AGE)) {
    const age = { start: m.index, end: m.index + m[0].length };
    // Towns are in text order: binary-search the first one that ends after the window opens.
    let lo = 0;
    let hi = towns.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (towns[mid]!.end < age.start - AGE_TOWN_DISTANCE) lo = mid + 1;
      else hi = mid;
    }
    let best: Span | null = null;
    let bestDistance = Infinity;
    for (let t = lo; t < towns.length; t++) {
      const town = towns[t]!;
      if (town.start > age.end + AGE_TOWN_DISTANCE) break;
      if (town.start < age.end && town.end > age.start) continue;
      const distance = town.start >= age.end ? town.start - age.end : age.start - town.end;
      const between =
        town.start >= age.end ? text.slice(age.end, town.start) : text.slice(town.end, age.start);
      if (
        distance <= AGE_TOWN_DISTANCE &&
        distance < bestDistance &&
        !PARAGRAPH_BREAK.test(between)
      ) {
        best = town;
        bestDistance = distance;
      }
    }
    if (!best) continue;
    const town = text.slice(best.start, best.end);
    const name = givenNameNear(text, tokens, age);
    // The given name may be the "town" the age found ("15-year-old Anjali of …" finds Kamathipura, but
    // "Pray for Sunita, 16." alone finds nothing): a name-age-place flag needs a place besides the name.
    if (name && !(best.start >= name.start && best.end <= name.end)) {
      const start = Math.min(age.start, best.start, name.start);
      const end = Math.max(age.end, best.end, name.end);
      const match = text.slice(start, end);
      const given = text.slice(name.start, name.end).split(/\s/)[0] ?? "";
      flags.push({
        kind: "name-age-place",
        match,
        index: start,
        message: `${quote(match)} gives a name, an exact age and a place, which together can identify someone. Use a pseudonym marked with * (e.g. ${quote(`${given}*`)}) and an age range (e.g. “a teenager”), or name only the country.`,
      });
      continue;
    }
    const start = Math.min(age.start, best.start);
    const end = Math.max(age.end, best.end);
    flags.push({
      kind: "age-and-town",
      match: text.slice(start, end),
      index: start,
      message: `An exact age (${quote(m[0])}) together with a town (${quote(town)}) can identify someone. Give an age range (e.g. “a teenager”) or name only the country.`,
    });
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// Rule 3: phone numbers

/**
 * Digits with spaces, dashes, dots or parentheses between them, optionally after "+" or "(".
 * It starts only where no word, number or "-" ends, so "CR-2023-0456" and "1,000" never start one.
 */
const PHONE_RUN = /(?<![\p{L}\p{N}_+(\-/.,])[(+]{0,2}\d(?:[\d \t\u00a0()-]|\.(?=\d))*\d\)?/gu;
/** Numbers after these words are case numbers, laws, sections or post boxes, not phones. */
const NOT_A_PHONE_BEFORE =
  /\b(?:case|cases|act|section|sec|article|art|ref|reference|file|docket|box|bag|plot|lot|grade|r\.?a\.?)\s*(?:no\.?|nos\.?|number|#)?\s*[:.]?\s*$/i;
/** Numbers after these words are phone numbers whatever their layout. */
const PHONE_CUE =
  /\b(?:tel|telephone|phone|mobile|cell|cellphone|whatsapp|viber|call|text|sms|contact|hotline|number)\b[^\n\d]{0,12}$/i;
const DATE = /^\d{1,4}([-./])\d{1,2}\1\d{1,4}$/;
const YEAR = /^(?:19|20)\d\d$/;
/** "1 000 000": thousands grouped with spaces. */
const SPACED_THOUSANDS = /^\d{1,3}(?:[ \u00a0]\d{3})+$/;

function trimPhone(raw: string): { offset: number; run: string } {
  let run = raw;
  let offset = 0;
  const count = (s: string, c: string) => s.split(c).length - 1;
  if (run.startsWith("(") && !run.includes(")")) {
    run = run.slice(1);
    offset = 1;
  }
  if (run.endsWith(")") && count(run, ")") > count(run, "(")) run = run.slice(0, -1);
  return { offset, run: run.trimEnd() };
}

function looksLikePhone(run: string, before: string): boolean {
  const digits = run.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return false;
  if (NOT_A_PHONE_BEFORE.test(before)) return false;
  if (/^\(?\+/.test(run)) return true;
  if (PHONE_CUE.test(before)) return true;
  if (DATE.test(run)) return false;
  const groups = run.split(/\D+/).filter(Boolean);
  if (groups.every((g) => YEAR.test(g))) return false;
  // Unbroken digits: a local number with its leading 0, or ten digits (North American); longer
  // ones are more often IDs, case or reference numbers than phones.
  if (groups.length === 1) return run.startsWith("0") ? digits.length >= 9 : digits.length === 10;
  if (/^[(0]/.test(run)) return true;
  // "In 2024 120 children…", "2023-0456": a year first, or a year among spaced numbers.
  if (YEAR.test(groups[0] ?? "")) return false;
  if (/\s/.test(run) && groups.some((g) => YEAR.test(g))) return false;
  return !SPACED_THOUSANDS.test(run);
}

function phoneFlags(text: string): IdentifierFlag[] {
  const flags: IdentifierFlag[] = [];
  for (const m of text.matchAll(PHONE_RUN)) {
    const { offset, run } = trimPhone(m[0]);
    const index = m.index + offset;
    if (!looksLikePhone(run, text.slice(Math.max(0, index - 30), index))) continue;
    flags.push({
      kind: "phone",
      match: run,
      index,
      message: `${quote(run)} looks like a phone number. Remove it before publishing.`,
    });
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// Rule 4: e-mail addresses

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]{0,63}@(?:[\p{L}\p{N}][\p{L}\p{N}-]{0,62}\.){1,8}\p{L}{2,24}(?![\p{L}\p{N}])/gu;

function emailFlags(text: string): IdentifierFlag[] {
  return [...text.matchAll(EMAIL)].map((m) => ({
    kind: "email" as const,
    match: m[0],
    index: m.index,
    message: `${quote(m[0])} looks like an e-mail address. Remove it before publishing.`,
  }));
}

// ---------------------------------------------------------------------------------------------
// Rule 5: street addresses

const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const STREET_SUFFIX = String.raw`(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Boulevard|Blvd|Way|Close|Crescent|Highway|Hwy|Terrace|Square|Gardens|Circle|Parkway|Alley)`;
const NO_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;
const NO_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}'’-])`;
const STREET_PARTICLE = "(?:de|del|la|le|les|du|des|da|do|dos|das|di|y|el|los|las)";

const STREET_PATTERNS: readonly RegExp[] = [
  // "12 Harbour Road", "221B Baker Street", "5th Avenue" (a bare number needs a street name: "3 Close Friends")
  new RegExp(
    String.raw`${NO_WORD_BEFORE}\d{1,5}(?:(?:st|nd|rd|th)[ \t](?:${CAP_WORD}[ \t]){0,3}|[A-Za-z]?,?[ \t](?:${CAP_WORD}[ \t]){1,3})${STREET_SUFFIX}${NO_WORD_AFTER}`,
    "gu",
  ),
  // "45 Rue de la Paix", "Calle Duarte 45", "Avenida Reforma", "Purok 3", "Soi 6"
  new RegExp(
    String.raw`${NO_WORD_BEFORE}(?:\d{1,5}(?:bis|ter|[A-Za-z])?,?[ \t])?(?:Rue|Avenue|Avenida|Av\.|Calle|Callejón|Rua|Jalan|Jl\.|Soi|Thanon|Camino|Chemin|Paseo|Purok|Sitio)(?:[ \t](?:${STREET_PARTICLE}[ \t])*(?:${CAP_WORD}|\d{1,4})){1,4}(?:,?[ \t](?:No\.?[ \t]?|#[ \t]?|n[º°][ \t]?)?\d{1,5}[A-Za-z]?)?${NO_WORD_AFTER}`,
    "gu",
  ),
  // Guatemala: "5a Calle 3-45, Zona 1"
  new RegExp(
    String.raw`${NO_WORD_BEFORE}\d{1,2}(?:a|o|ª|º)\.?[ \t](?:Calle|Avenida)(?:[ \t]\d{1,4}(?:-\d{1,4})?)?(?:,?[ \t]Zona[ \t]\d{1,2})?${NO_WORD_AFTER}`,
    "gu",
  ),
  // "Plot 7, Main Street", "Flat 3B", "House No. 12", "Blk 4 Lot 12"
  new RegExp(
    String.raw`${NO_WORD_BEFORE}(?:[Pp]lot|[Ff]lat|[Aa]partment|[Aa]pt\.?|[Hh]ouse[ \t](?:[Nn]o\.?|[Nn]umber)|H/No\.?|[Dd]oor[ \t][Nn]o\.?|[Bb]lk\.?|Block|Lot|Stand[ \t]No\.?|Erf)[ \t]?(?:[Nn]o\.?[ \t]?)?\d{1,5}[A-Za-z]?(?:,?[ \t](?:Lot|Blk\.?|Block|Plot)[ \t]?\d{1,5}[A-Za-z]?)?(?:,?[ \t](?:${CAP_WORD}[ \t]){0,3}${STREET_SUFFIX})?${NO_WORD_AFTER}`,
    "gu",
  ),
  // "P.O. Box 123", "PO Box 12345-00100", "Post Office Box 9", "Private Bag 12"
  new RegExp(
    String.raw`${NO_WORD_BEFORE}(?:(?:[Pp]\.?[ \t]?[Oo]\.?[ \t]?|[Pp]ost[ \t]+[Oo]ffice[ \t]+|POST[ \t]+OFFICE[ \t]+)(?:Box|BOX|box)|[Pp]rivate[ \t]+[Bb]ag)[ \t]*(?:[Nn]o\.?[ \t]*)?\d{1,6}(?:-\d{5})?${NO_WORD_AFTER}`,
    "gu",
  ),
  // GhanaPost digital address: "GA-492-9754"
  new RegExp(
    String.raw`${NO_WORD_BEFORE}[A-Z]{2}-(?!(?:19|20)\d\d-)\d{3,4}-\d{4}${NO_WORD_AFTER}`,
    "gu",
  ),
];

/** A street named without a number: "on Harbour Road". */
const NAMED_STREET = new RegExp(
  String.raw`${NO_WORD_BEFORE}(?:${CAP_WORD}[ \t]){1,3}(?:Road|Street|Avenue|Lane)${NO_WORD_AFTER}`,
  "gu",
);

function streetFlags(text: string): IdentifierFlag[] {
  const found: Span[] = [];
  for (const pattern of STREET_PATTERNS) {
    for (const m of text.matchAll(pattern))
      found.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(NAMED_STREET)) {
    // "The Road to Freedom" names no street: drop common words in front, and need a name left.
    const parts = m[0].split(/[ \t]/);
    let skip = 0;
    while (skip < parts.length - 1 && WEAK.has(keyOf(parts[skip] ?? ""))) skip++;
    if (skip === parts.length - 1) continue;
    const start = m.index + parts.slice(0, skip).reduce((n, p) => n + p.length + 1, 0);
    found.push({ start, end: m.index + m[0].length });
  }
  // Overlapping finds are one address: "Lot 12" and "12, Purok 3" are "Lot 12, Purok 3".
  found.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of found) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged.map(({ start, end }) => {
    const match = text.slice(start, end);
    return {
      kind: "street-address" as const,
      match,
      index: start,
      message: `${quote(match)} looks like a street address. Remove it, or name only the country or region.`,
    };
  });
}

// ---------------------------------------------------------------------------------------------

const byPosition = (a: IdentifierFlag, b: IdentifierFlag): number =>
  a.index - b.index || b.match.length - a.match.length;

/** Keeps one flag per stretch of text and kind: the earliest, then the longest. */
function dedupe(flags: IdentifierFlag[]): IdentifierFlag[] {
  const reach = new Map<IdentifierKind, number>();
  return [...flags].sort(byPosition).filter((flag) => {
    if (flag.index < (reach.get(flag.kind) ?? -1)) return false;
    reach.set(flag.kind, flag.index + flag.match.length);
    return true;
  });
}

/** Drops flags that overlap any of `blockers` (sorted, no two overlapping). */
function outside(flags: IdentifierFlag[], blockers: IdentifierFlag[]): IdentifierFlag[] {
  const spans = blockers
    .map((b) => ({ start: b.index, end: b.index + b.match.length }))
    .sort((a, b) => a.start - b.start);
  return flags.filter((flag) => {
    const end = flag.index + flag.match.length;
    // Blockers do not overlap, so their ends rise with their starts: the last one to start before
    // the flag ends reaches furthest, and the flag is clear if that one ends before it starts.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    const before = spans[lo - 1];
    return !before || before.end <= flag.index;
  });
}

/**
 * Likely personal identifiers in `text`, in text order: full names not marked as pseudonyms with
 * "*", a given name with an exact age and a place, an exact age together with a town, phone numbers,
 * e-mail and street addresses.
 */
export function findPersonalIdentifiers(text: string): IdentifierFlag[] {
  const tokens = tokenize(text);
  classify(text, tokens);
  const tokenRuns = runs(text, tokens);

  const emails = emailFlags(text);
  const streets = streetFlags(text);
  // A name or number inside an address or e-mail is that address, not a second finding.
  const blockers = dedupe([...emails, ...streets].map((f) => ({ ...f, kind: "email" as const })));
  const names = outside(nameFlags(text, tokens, tokenRuns), blockers);
  const phones = outside(phoneFlags(text), blockers);
  const ages = ageAndTownFlags(text, tokens, townSpans(text, tokens, tokenRuns));

  const kindOrder: IdentifierKind[] = [
    "full-name",
    "name-age-place",
    "age-and-town",
    "phone",
    "email",
    "street-address",
  ];
  return dedupe([...names, ...ages, ...phones, ...emails, ...streets]).sort(
    (a, b) => a.index - b.index || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind),
  );
}
