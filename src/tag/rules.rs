//! The tagger's machinery: gazetteer candidates, rules, overlap
//! resolution, acronym definitions and in-document propagation.

use std::sync::LazyLock;

use crate::hash::{FxHashMap as HashMap, FxHashSet as HashSet, WordFilter, WordMap};

use super::{Gender, Source};
use crate::Span;
use crate::gazetteer::matcher_flags::{ACRONYM, ACRONYM_FORM, LOWER_START, NEXT_CAP, Shape};
use crate::gazetteer::{Gazetteer, Label, META_COMMON_WORD, META_FEMALE, META_MALE, Matcher};
use crate::memo::{BYTES_MAX, Bytes, Key, MAX, Memo};
use crate::normalize::Folded;
use crate::quote::extract::TokenViews;
use crate::tokenize::{Sentence, Token, TokenKind};

/// A mention chosen by the tagger, before it becomes an `Entity`.
pub(crate) struct Mention {
    pub(crate) span: Span,
    pub(crate) label: Label,
    pub(crate) entry: Option<u32>,
    pub(crate) canonical: Span,
    pub(crate) source: Source,
    pub(crate) gender: Option<Gender>,
    /// The mention's tokens.
    pub(crate) tokens: (u32, u32),
}

/// Loads the INSEE given names: folded name → 1 male, 2 female, 3 both.
pub(crate) fn given_names() -> WordMap {
    let mut map = WordMap::new();
    for line in crate::gazetteer::given_names_data().lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut it = line.split('\t');
        let (Some(name), g) = (it.next(), it.next()) else {
            continue;
        };
        let bit = match g {
            Some("m") => 1,
            Some("f") => 2,
            _ => 3,
        };
        let key = crate::normalize::fold_str(name.trim());
        if key.chars().count() >= 3 {
            map.or_insert(&key, bit, true);
        }
    }
    map
}

/// Every demonym and nationality adjective of the gazetteer's countries
/// (`demonym=` attribute, forms separated by spaces or `|`), folded.
pub(crate) fn demonyms(gaz: &Gazetteer) -> HashSet<Box<str>> {
    let mut set = HashSet::default();
    for e in gaz.iter() {
        // Demonyms belong to countries and regions (LOC).
        if e.label() != Label::Loc || !e.has_attr("demonym") {
            continue;
        }
        for d in e.attrs("demonym") {
            for form in d.split([' ', '|']) {
                if !form.is_empty() {
                    set.insert(crate::normalize::fold_str(form).into_boxed_str());
                }
            }
        }
    }
    set
}

/// Adds the first names of the gazetteer's people (`Jens` from `Jens
/// Stoltenberg`) to the given names, with the entry's gender, so that
/// foreign first names count too.
pub(crate) fn add_gazetteer_given_names(gaz: &Gazetteer, given: &mut WordMap) {
    // The first words of people's names, with the entry's gender.
    let mut firsts: HashMap<String, u8> = HashMap::default();
    for e in gaz.iter() {
        if e.label() != Label::Per {
            continue;
        }
        let mut words = e.name().split(' ');
        let (Some(first), Some(_)) = (words.next(), words.next()) else {
            continue;
        };
        let key = crate::normalize::fold_str(first);
        if key.chars().count() < 3
            || !first.chars().next().is_some_and(char::is_uppercase)
            || first.ends_with('.')
            || is_stop(&key)
        {
            continue;
        }
        let bit = match e.attr("gender") {
            Some("m") => 1,
            Some("f") => 2,
            _ => 3,
        };
        firsts.entry(key).or_insert(bit);
    }
    // First words of places and organisations (`Ville de Paris`, `New
    // York`) are not first names.
    let mut buf = Vec::new();
    for e in gaz.iter() {
        if e.label() == Label::Per {
            continue;
        }
        for a in e.aliases() {
            let w = a.split(' ').next().unwrap_or(a);
            if w.len() < 3 {
                continue;
            }
            buf.clear();
            crate::normalize::Folded::fold_into(&mut buf, w);
            if let Ok(k) = core::str::from_utf8(&buf) {
                firsts.remove(k);
            }
        }
    }
    // Only a new name takes the entry's gender; a known one keeps INSEE's.
    for (key, bit) in firsts {
        given.or_insert(&key, bit, false);
    }
    // A country's name is no given name (`« France Médias »`, the
    // holding, had been a woman by INSEE's `France`).
    for e in gaz.iter() {
        if e.label() == Label::Loc && e.attr("kind") == Some("country") {
            for a in std::iter::once(e.name()).chain(e.aliases()) {
                if !a.contains(' ') {
                    buf.clear();
                    crate::normalize::Folded::fold_into(&mut buf, a);
                    if let Ok(k) = core::str::from_utf8(&buf) {
                        given.remove(k);
                    }
                }
            }
        }
    }
}

pub(crate) fn given_gender(given: &WordMap, name: &str) -> Option<Gender> {
    let f = crate::normalize::fold_str(name);
    let mut bits = 0;
    for part in f.split('-') {
        bits |= given.get(part)?;
    }
    gender_of_bits(bits)
}

/// The gender the given names' bits say (1 a man's name, 2 a woman's;
/// both, or none, say nothing).
fn gender_of_bits(bits: u8) -> Option<Gender> {
    match bits {
        1 => Some(Gender::Male),
        2 => Some(Gender::Female),
        _ => None,
    }
}

/// Titles and functions implying a man (folded; hyphens as spaces).
const TITLES_M: &[&str] = &[
    "m.",
    "monsieur",
    "mm.",
    "sir",
    "lord",
    "president",
    "chancelier",
    "roi",
    "prince",
    "pape",
    "cardinal",
    "abbe",
    "depute",
    "senateur",
    "ambassadeur",
    "directeur",
    "dirigeant",
    "patron",
    "procureur",
    "entraineur",
    "selectionneur",
    "acteur",
    "chanteur",
    "realisateur",
    "joueur",
    "candidat",
    "opposant",
    "avocat",
    "ecrivain",
    "rappeur",
    "animateur",
    "imam",
    "rabbin",
    "cheikh",
    "emir",
    "general",
    "colonel",
    "commandant",
    "lieutenant",
    "lieutenant-colonel",
    "adjudant",
    "sergent",
    "archeveque",
    "eveque",
    "fils",
    "frere",
    "pere",
    "mari",
    "neveu",
    "oncle",
    "grand-pere",
    "conseiller",
    "president-directeur",
    "vice-president",
    "gouverneur",
    "attaquant",
    "defenseur",
    "gardien",
    "milieu",
    "coureur",
    "tennisman",
    "boxeur",
    "nageur",
    "skieur",
    "champion",
    "fondateur",
    "auteur",
    "historien",
    "chercheur",
    "patriarche",
    "sultan",
    "dalai-lama",
    "mollah",
    "ayatollah",
    "compositeur",
    "musicien",
    "presentateur",
    "romancier",
    "comedien",
    "entrepreneur",
    "homme",
    "militant",
    "negociateur",
    "envoye",
    "capitaine-entraineur",
    "mgr",
    "mgr.",
];

/// Titles and functions implying a woman.
const TITLES_F: &[&str] = &[
    "mme",
    "mmes",
    "mlle",
    "mlles",
    "madame",
    "mademoiselle",
    "lady",
    "dame",
    "presidente",
    "chanceliere",
    "reine",
    "princesse",
    "deputee",
    "senatrice",
    "ambassadrice",
    "directrice",
    "dirigeante",
    "patronne",
    "procureure",
    "entraineuse",
    "actrice",
    "chanteuse",
    "realisatrice",
    "joueuse",
    "candidate",
    "opposante",
    "avocate",
    "ecrivaine",
    "rappeuse",
    "animatrice",
    "fille",
    "soeur",
    "mere",
    "epouse",
    "femme",
    "niece",
    "tante",
    "conseillere",
    "vice-presidente",
    "gouverneure",
    "attaquante",
    "coureuse",
    "nageuse",
    "skieuse",
    "championne",
    "fondatrice",
    "autrice",
    "historienne",
    "chercheuse",
    "presentatrice",
    "romanciere",
    "comedienne",
    "militante",
    "musicienne",
    "compositrice",
    "sainte",
    "premiere",
    "secretaire-generale",
];

/// Titles and functions of either gender.
const TITLES_N: &[&str] = &[
    "ministre",
    "porte-parole",
    "journaliste",
    "juge",
    "artiste",
    "philosophe",
    "economiste",
    "politologue",
    "sociologue",
    "leader",
    "chef",
    "secretaire",
    "commissaire",
    "pilote",
    "cycliste",
    "syndicaliste",
    "activiste",
    "photographe",
    "maire",
    "premier",
    "dr",
    "dr.",
    "pr",
    "pr.",
    "me",
    "capitaine",
    "poete",
    "peintre",
    "emissaire",
    "coach",
    "prefet",
    "mediateur",
    "milliardaire",
    "eurodepute",
    "depute-maire",
    "haut-commissaire",
    "saint",
    "docteur",
    "professeur",
];

/// Heads of organisation names (`Parti socialiste`).
const ORG_HEADS: &[&str] = &[
    // Airlines: `Air Méditerranée`, `Air Sénégal`.
    "air",
    "parti",
    // `Mutuelle d'entraide des trois vallées`, `Mutualité française`.
    "mutuelle",
    "mutualite",
    // `Réseau Semences paysannes`, `Réseau Action Climat`.
    "reseau",
    "union",
    "conseil",
    "ministere",
    "federation",
    "banque",
    // `Crédit ligérien`, `Crédit municipal de Paris`: banks.
    "credit",
    "association",
    "comite",
    "commission",
    "agence",
    "institut",
    "universite",
    "office",
    "front",
    "mouvement",
    "assemblee",
    "cour",
    "tribunal",
    "syndicat",
    "compagnie",
    "societe",
    "fondation",
    "organisation",
    "ligue",
    "alliance",
    "confederation",
    "direction",
    "autorite",
    "caisse",
    "chambre",
    "academie",
    "eglise",
    "armee",
    "parlement",
    "ecole",
    "lycee",
    "centre",
    "rassemblement",
    "haut-commissariat",
    // `Chancellerie fédérale`.
    "chancellerie",
    "prefecture",
    "observatoire",
    "fonds",
    "bureau",
    "secretariat",
    "collectif",
    // `Groupement transfrontalier européen`, `Groupement d'intérêt public`.
    "groupement",
    // `Coopérative de l'eau du Mignon`.
    "cooperative",
    // `Métropole de Lyon`, `Métropole européenne de Lille`.
    "metropole",
    "coalition",
    "conference",
    "forces",
    "force",
    "brigade",
    "brigades",
    "regiment",
    "police",
    "gendarmerie",
    "cabinet",
    "consortium",
    "entreprise",
    "club",
    "laboratoire",
    "musee",
    "conservatoire",
    "diocese",
    "hopital",
];

/// Heads of event names (`Tour de France`, `Jeux olympiques`, `championnat d'Europe`).
const EVENT_HEADS: &[&str] = &[
    "tour",
    "coupe",
    "rallye",
    "festival",
    "trophee",
    "grand prix",
    "ironman",
    "open",
    "jeux",
    "championnat",
    "championnats",
    "champion",
    "championne",
    "champions",
    "championnes",
    "mondiaux",
    "coupe du monde",
    "euro",
];

/// Words after which a capitalised portfolio names a ministry.
const MINISTRY_WORDS: &[&str] = &[
    "ministre",
    "ministres",
    "ministere",
    "ministeres",
    "ministerielle",
];

/// Lower-case heads that a demonym turns into an organisation (`armée syrienne`).
const INSTITUTION_HEADS: &[&str] = &[
    "armee",
    "gouvernement",
    "marine",
    "aviation",
    "diplomatie",
    "police",
    "parlement",
];

/// Heads of street and place names (`place de la République`).
const STREET_HEADS: &[&str] = &[
    "place",
    "rue",
    "avenue",
    "boulevard",
    "quai",
    "pont",
    "square",
    "esplanade",
    "allee",
    "impasse",
    "parvis",
    "ile",
    "iles",
    "lac",
    "golfe",
    "detroit",
    "canal",
    "arrondissement",
    "mont",
    "monts",
    "col",
    "massif",
    "pic",
    "cap",
    "baie",
    "volcan",
    "vallee",
    "plateau",
];

/// Role bits of a folded word, looked up once per token.
const R_TITLE_M: u16 = 1;
const R_TITLE_F: u16 = 2;
const R_TITLE_N: u16 = 4;
const R_TITLE: u16 = R_TITLE_M | R_TITLE_F | R_TITLE_N;
const R_ORG_HEAD: u16 = 8;
const R_EVENT: u16 = 16;
const R_MINISTRY: u16 = 32;
const R_INSTITUTION: u16 = 64;
const R_STREET: u16 = 128;
const R_PLACE: u16 = 256;
const R_MEDIA: u16 = 512;
const R_TRADE: u16 = 1024;
const R_FACILITY: u16 = 2048;

/// Lower-case nouns of public buildings named after someone with hyphens
/// (`salle Jean-Moulin`, `lycée Victor-Hugo`): the name is the
/// building's, no person.
const FACILITY_HEADS: &[&str] = &[
    "salle",
    "lycee",
    "college",
    "ecole",
    "gymnase",
    "mediatheque",
    "bibliotheque",
    "piscine",
    "amphitheatre",
    "groupe scolaire",
];

/// Folded nouns of trades that open company names ([`is_trade_noun`]):
/// plurals, and the singulars of one-site trades.
const TRADE_NOUNS: &[&str] = &[
    "forges",
    "fonderies",
    "acieries",
    "papeteries",
    "chantiers",
    "ateliers",
    "laboratoires",
    "etablissements",
    "verreries",
    "brasseries",
    "distilleries",
    "conserveries",
    "laiteries",
    "fromageries",
    "cristalleries",
    "faienceries",
    "tanneries",
    "filatures",
    "salins",
    "houilleres",
    "editions",
    "transports",
    "tissages",
    "scieries",
    "biscuiteries",
    "salaisons",
    "cartonnerie",
    "fonderie",
    "papeterie",
    "laiterie",
    "verrerie",
    "brasserie",
    "distillerie",
    "conserverie",
    "fromagerie",
    "tannerie",
    "scierie",
    "biscuiterie",
    "imprimerie",
    "acierie",
    "savonnerie",
    "sucrerie",
    "minoterie",
    "chocolaterie",
    "raffinerie",
    "coutellerie",
    "cristallerie",
    "faiencerie",
];

/// Lower-case nouns of media before their name: `la revue Nature`, `le
/// quotidien Libération`, `l'hebdomadaire Jeune Afrique`; and of
/// collectives named the same way: `le collectif Les Soulèvements de la
/// Terre`. (Not `groupe`: `la présidente du groupe RN Marine Le Pen`
/// names a person after the group.)
const MEDIA_HEADS: &[&str] = &[
    "collectif",
    "coalition",
    "revue",
    "quotidien",
    "hebdomadaire",
    "mensuel",
    "magazine",
    "journal",
    "tabloid",
    "tabloide",
    // `l'établissement public Rebâtir Notre-Dame de Paris`.
    "etablissement",
    // `le consortium Orion Gold Guyane`.
    "consortium",
];

/// Nouns of inhabited places and areas, named after `de`: `la ville de
/// Hilla`, `la province de Zabol`, `la banlieue de Damas`.
const PLACE_NOUNS: &[&str] = &[
    "ville",
    "village",
    "villages",
    "commune",
    "localite",
    "bourgade",
    "cite",
    "agglomeration",
    "municipalite",
    "quartier",
    "banlieue",
    "faubourg",
    "province",
    "region",
    "district",
    "gouvernorat",
    "comte",
    "oblast",
    "wilaya",
];

/// Every word with a role, folded as the tagger folds tokens (hyphens as
/// spaces), to its role bits.
static ROLES: LazyLock<HashMap<Box<[u8]>, u16>> = LazyLock::new(|| {
    let mut m: HashMap<Box<[u8]>, u16> = HashMap::default();
    let tables: [(&[&str], u16); 12] = [
        (TITLES_M, R_TITLE_M),
        (TITLES_F, R_TITLE_F),
        (TITLES_N, R_TITLE_N),
        (ORG_HEADS, R_ORG_HEAD),
        (EVENT_HEADS, R_EVENT),
        (MINISTRY_WORDS, R_MINISTRY),
        (INSTITUTION_HEADS, R_INSTITUTION),
        (STREET_HEADS, R_STREET),
        (PLACE_NOUNS, R_PLACE),
        (MEDIA_HEADS, R_MEDIA),
        (TRADE_NOUNS, R_TRADE),
        (FACILITY_HEADS, R_FACILITY),
    ];
    for (words, bit) in tables {
        for w in words {
            *m.entry(w.replace('-', " ").into_bytes().into_boxed_slice())
                .or_insert(0) |= bit;
        }
    }
    m
});

/// A Bloom filter of the words of [`ROLES`]: most words are ruled out
/// without hashing.
static ROLE_FILTER: LazyLock<WordFilter> = LazyLock::new(|| {
    let mut f = WordFilter::new(14);
    for w in ROLES.keys() {
        f.insert(w);
    }
    f
});

/// The role bits of a folded word, given as bytes.
#[inline]
fn role(b: &[u8]) -> u16 {
    if b.is_empty() || b.len() > 24 {
        return 0;
    }
    if !ROLE_FILTER.may_contain(b) {
        return 0;
    }
    ROLES.get(b).copied().unwrap_or(0)
}

/// The organisation heads that head a name in lower case too, before a
/// proper name (`université Harvard`, `diocèse de Hearst`): the ones that
/// name one body, not a kind of place or a group of people. Not `agence`:
/// a news agency is named alone (`l'agence Reuters` -> `Reuters`).
fn is_lower_org_head(f: &str) -> bool {
    matches!(
        f,
        "universite"
            | "diocese"
            | "observatoire"
            | "academie"
            | "hopital"
            | "comite"
            | "federation"
            | "musee"
            | "institut"
            | "fondation"
            | "laboratoire"
            | "conservatoire"
    )
}

/// The articles a lower-case noun of groups takes before the group's
/// name (`l'association Sherpa`, `du collectif Attac`, `au syndicat Sud
/// Rail`).
fn is_group_article(f: &str) -> bool {
    matches!(f, "l'" | "le" | "la" | "un" | "une" | "d'" | "du" | "au")
}

/// Lower-case nouns of groups that a capitalised pair after them names
/// (`le collectif Nous Toutes`, `le syndicat Sud Rail`, `l'ONG Sea
/// Shepherd`): an organisation, not a person.
fn is_group_noun(f: &str) -> bool {
    matches!(
        f,
        "collectif"
            // (`l'amicale des locataires`, `la foncière Kerys Habitat`, `le
            // semencier GraiNova`, `la start-up Doctolib`.)
            | "amicale"
            | "fonciere"
            | "semencier"
            | "start-up"
            | "start up"
            | "startup"
            | "association"
            | "syndicat"
            | "ong"
            | "mouvement"
            | "reseau"
            | "federation"
            | "fondation"
            | "coalition"
            | "organisation"
            | "entreprise"
            | "societe"
            | "groupe"
            | "club"
            | "compagnie"
            // (`l'usine Valmétal de Saint-Dizier`.)
            | "usine"
            // (`la coopérative Coteaux de l'Osse`, `la PME Galva-Est`, `le
            // fabricant Velomad`, `l'équipementier Forvia`.)
            | "cooperative"
            | "pme"
            | "enseigne"
            | "fabricant"
            | "constructeur"
            | "equipementier"
            | "sous-traitant"
            // (`le cabinet Arcane Conseil`.)
            | "cabinet"
            // (`le think tank Terra Nova`; not `le laboratoire d'idées
            // Horizon 2040, proche de …, juge …`, whose subject the quote
            // rules then miss.)
            | "tank"
    )
}

/// Folded nouns of a person's function in a group (`président`,
/// `porte-parole`, `fondatrice`): a capitalised pair after `X de
/// l'association` names that person.
fn is_function_noun(f: &str) -> bool {
    matches!(
        f,
        "president"
            | "presidente"
            | "porte-parole"
            | "porte parole"
            | "fondateur"
            | "fondatrice"
            | "secretaire"
            | "directeur"
            | "directrice"
            | "responsable"
            | "dirigeant"
            | "dirigeante"
            | "leader"
            | "membre"
            | "militant"
            | "militante"
            | "delegue"
            | "deleguee"
            | "chef"
            | "cheffe"
            | "coordinateur"
            | "coordinatrice"
            | "avocat"
            | "avocate"
            | "patron"
            | "patronne"
    )
}

/// Heads of the names of natural features, among [`STREET_HEADS`], that
/// a name drops when written in lower case.
fn is_natural_head(f: &str) -> bool {
    matches!(
        f,
        "lac"
            | "golfe"
            | "detroit"
            | "canal"
            | "col"
            | "massif"
            | "pic"
            | "cap"
            | "baie"
            | "volcan"
    )
}

/// Heads of bodies that are not named after people (`Commission`,
/// `Conseil`), unlike `Fondation Jean Jaurès` or `Institut Pasteur`.
fn is_person_free_head(f: &str) -> bool {
    matches!(
        f,
        "commission" | "conseil" | "ministere" | "assemblee" | "cour" | "parlement" | "senat"
    )
}

/// Folded nouns of trades (plural, or the singular of a one-site trade)
/// that open company names with a capitalised name (`Forges du Lignon`,
/// `Papeteries de Clairefontaine`, `Laboratoires Servier`, `Cartonnerie du
/// Ternois`).
fn is_trade_noun(f: &str) -> bool {
    role(f.as_bytes()) & R_TRADE != 0
}

/// Folded words that end French company names after a capitalised name
/// (`Halvern Industrie`, `Arcane Conseil`, `Kerys Habitat`): the pair
/// names no person.
fn is_company_word(f: &str) -> bool {
    matches!(
        f,
        "industrie"
            | "industries"
            | "groupe"
            | "holding"
            | "technologies"
            | "energie"
            | "energies"
            | "logistique"
            | "distribution"
            | "immobilier"
            | "finance"
            | "conseil"
            | "consulting"
            | "solutions"
            | "systemes"
            | "environnement"
            | "developpement"
            | "ingenierie"
            | "aeronautique"
            | "electronique"
            | "mecanique"
            | "metallurgie"
            | "plastiques"
            | "emballages"
            | "habitat"
            | "batiment"
            | "construction"
            | "constructions"
            | "investissement"
            | "investissements"
            // English ones, as foreign groups are named (`Stenmark
            // Automotive`, `Halder Pharma`).
            | "automotive"
            | "motors"
            | "pharma"
            | "pharmaceuticals"
            | "holdings"
            | "technology"
            | "systems"
            | "logistics"
            | "aerospace"
            | "electronics"
            | "chemicals"
            | "steel"
    )
}

/// Does an organisation's name read as a company's, by its first word (a
/// noun of trade, `Forges du Lignon`) or its last (`Halvern Industrie`)?
pub(crate) fn company_shaped(name: &str) -> bool {
    let mut words = name.split(' ');
    let first = words.next().unwrap_or("");
    let last = words.next_back().unwrap_or("");
    is_trade_noun(&crate::normalize::fold_str(first))
        || (!last.is_empty() && is_company_word(&crate::normalize::fold_str(last)))
}

/// Heads of organisation names.
fn is_org_head(f: &str) -> bool {
    role(f.as_bytes()) & R_ORG_HEAD != 0
}

/// Name particles allowed inside a person's name when a capital follows.
/// Per token: is it inside a gazetteer candidate other than a person?
/// (`Environnement Canada`, `Météo France` are no people.)
fn covered_by_other(cands: &[Cand], n: usize, covered: &mut Vec<bool>) {
    reset(covered, n);
    for c in cands {
        if c.source == Source::Gazetteer && c.label != Label::Per {
            covered[c.s..c.e.min(n)].iter_mut().for_each(|x| *x = true);
        }
    }
}

/// English words of organisation, place and title names (`Crisis Group`,
/// `Gold Coast`, `The Voice`): a capitalised pair holding one is no person.
/// Those of [`is_english_org_word`], and words that are also surnames
/// (`Hall`, `Park`) or only glue names together (`the`, `of`).
fn is_english_name_word(f: &str) -> bool {
    is_english_org_word(f)
        || is_english_place_head(f)
        || matches!(
            f,
            "the"
                | "of"
                | "and"
                | "for"
                | "new"
                | "centre"
                | "survey"
                | "service"
                | "journal"
                | "post"
                | "open"
                | "tour"
                | "hall"
                | "park"
                | "lake"
                | "creek"
                | "lodge"
                | "river"
                | "island"
                | "coast"
                | "bay"
                | "mountain"
                | "city"
                | "county"
                | "state"
                | "states"
                | "united"
                | "national"
                | "international"
                | "world"
                | "global"
                | "star"
                | "wars"
                | "day"
                | "go"
                | "you"
                | "your"
                | "my"
                | "is"
                | "has"
                | "have"
                | "to"
                | "in"
                | "on"
                | "at"
                | "one"
                | "red"
                | "gold"
                | "golden"
                | "dark"
                | "wing"
                | "street"
                | "square"
                | "bridge"
                | "beach"
                | "valley"
        )
}

/// A model number: `A320`, `737`, `737-500`, `A350-1000` (two digits at
/// least, a digit within its first three bytes, ASCII letters, digits and
/// hyphens, and a letter, a hyphen or exactly three digits), not a
/// quantity or a year (`Airbus 1500 postes`, `Airbus 2016`).
fn is_model(t: &str) -> bool {
    let b = t.as_bytes();
    let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
    let shaped = b.iter().any(|c| c.is_ascii_alphabetic() || *c == b'-') || b.len() == 3;
    (2..=10).contains(&b.len())
        && digits >= 2
        && shaped
        && b.iter().take(3).any(u8::is_ascii_digit)
        && b.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-')
        && b.first()
            .is_some_and(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

/// English heads of place names (`Dalzell Gorge`, `Gakona Lodge`,
/// `Silicon Valley`), words of [`is_english_name_word`]: a capitalised
/// word before one is a place. Not `city`: `Stoke City`, `Hull City` are
/// football clubs more often than places in French news.
fn is_english_place_head(f: &str) -> bool {
    matches!(
        f,
        "lake"
            | "creek"
            | "lodge"
            | "river"
            | "island"
            | "bay"
            | "mountain"
            | "mountains"
            | "valley"
            | "canyon"
            | "gorge"
            | "falls"
            | "springs"
            | "beach"
            | "peak"
            | "glacier"
            | "harbor"
            | "harbour"
            | "county"
            | "coast"
    )
}

/// The English words of [`is_english_name_word`] that are no surnames
/// (`Tony Awards`, `LaMia Airlines`, but `Matt Hall`, `Park Geun-hye`):
/// after a given name they make an organisation or a title, not a person.
fn is_english_org_word(f: &str) -> bool {
    matches!(
        f,
        "group"
            // `Truth Social`, `Social Democrats`.
            | "social"
            | "center"
            | "foundation"
            | "institute"
            | "laboratory"
            | "labs"
            | "agency"
            | "services"
            | "corporation"
            | "company"
            | "airlines"
            | "airways"
            | "news"
            | "times"
            | "series"
            | "awards"
            | "award"
            | "cup"
            | "arena"
            | "academy"
            | "television"
            | "arts"
            | "theatre"
            | "theater"
            | "challenge"
            | "exposition"
            | "expo"
            | "leaders"
            | "forum"
            | "festival"
            | "prize"
            | "league"
            | "show"
            | "studios"
            | "records"
            | "pictures"
            | "entertainment"
            | "network"
            | "magazine"
            | "museum"
            | "gallery"
            | "university"
            | "college"
            | "school"
            | "hospital"
            | "explorer"
    )
}

/// Words before a capitalised pair that make it a place or an organisation
/// rather than a person.
fn is_det_or_prep(f: &str) -> bool {
    matches!(
        f,
        "le" | "la"
            | "les"
            | "l'"
            | "un"
            | "une"
            | "des"
            | "du"
            | "au"
            | "aux"
            | "de"
            | "d'"
            | "a"
            | "en"
            | "dans"
            | "sur"
            | "vers"
            | "depuis"
            | "pres"
            | "chez"
            | "ce"
            | "cet"
            | "cette"
            | "son"
            | "sa"
            | "leur"
            | "notre"
            | "votre"
            | "mon"
            | "ma"
    )
}

fn is_particle(f: &str) -> bool {
    matches!(
        f,
        "de" | "du"
            | "des"
            | "d'"
            | "von"
            | "van"
            | "der"
            | "den"
            | "la"
            | "le"
            | "el"
            | "al"
            | "ben"
            | "bin"
            | "ibn"
            | "da"
            | "dos"
            | "di"
            | "del"
            | "della"
            | "y"
            | "ter"
            | "zu"
            | "bou"
            | "abou"
            | "abu"
            | "ould"
            | "mac"
    )
}

/// Lower-case words that may follow a head as adjectives
/// (`Parti socialiste`, `Union européenne`), recognised by ending.
fn is_adjective_like(f: &str) -> bool {
    if f.len() < 4 {
        return false;
    }
    // `-ieur` (supérieur, intérieur), `-ocrate` (démocrate): no verb ends
    // so (`-eur` and `-ate` would take `demeure`, `constate`). The endings
    // are grouped by their last byte: one match, then a few comparisons.
    let ends: &[&str] = match f.as_bytes()[f.len() - 1] {
        b'l' => &["al", "el"],
        b'e' => &[
            "ale", "ienne", "aise", "aine", "ique", "iste", "elle", "eenne", "oise", "ive", "aire",
            "iere", "ande", "ane", "ee", "onne", "ieure", "ocrate", "dante", "tante", "nante",
            "sante", "oyenne", "estre",
        ],
        b'x' => &["aux"],
        b's' => &[
            "ales", "iens", "iennes", "ais", "aises", "ains", "aines", "iques", "istes", "els",
            "elles", "eens", "ois", "oises", "ifs", "ives", "aires", "iers", "ieres", "ands",
            "andes", "anes", "ees", "onnes", "ieurs", "ieures", "ocrates", "dantes", "tantes",
            "nantes", "santes", "oyennes", "oyens", "estres",
        ],
        b'n' => &["ien", "ain", "een", "oyen"],
        b'f' => &["if"],
        b'r' => &["ier", "ieur"],
        b'd' => &["and"],
        _ => &[],
    };
    let shaped = ends.iter().any(|e| f.ends_with(e)) || is_adjective_exception(f);
    shaped && !is_stop(f) && !is_outgoing(f)
}

/// `sortante`, `entrante`: a state of the body's term (`la Commission
/// européenne sortante`), not a word of its name. (Verbs in `-ante`,
/// `vante`, `plante`, and numbers, `soixante`, are no ending of
/// [`is_adjective_like`] at all: only `-dante`, `-tante`, `-nante`,
/// `-sante` are.)
fn is_outgoing(f: &str) -> bool {
    matches!(
        f,
        "sortant"
            | "sortante"
            | "sortants"
            | "sortantes"
            | "entrant"
            | "entrante"
            | "entrants"
            | "entrantes"
    )
}

/// A folded word shaped like an infinitive in `-er` or `-ir` (not the
/// nouns in `-ier`: `quartier`, `métier`; over four bytes: not `fer`,
/// `mer`; nor a few nouns in `-er`: `cancer`, `hiver`).
fn is_infinitive_like(f: &str) -> bool {
    f.len() > 4
        && (f.ends_with("er") && !f.ends_with("ier") || f.ends_with("ir"))
        // (Nouns in `-er`: `Ligue contre le cancer`.)
        && !matches!(f, "hiver" | "cancer" | "leader" | "laser" | "reporter" | "supporter")
}

/// Adjectives (folded) that no ending of [`is_adjective_like`] catches.
fn is_adjective_exception(f: &str) -> bool {
    matches!(
        f,
        // (`l'Union étudiante de Poitiers`, `la Fédération paysanne`.)
        "etudiant"
            | "etudiante"
            | "etudiants"
            | "etudiantes"
            | "paysan"
            | "paysanne"
            | "paysans"
            | "paysannes"
            // (`Nations unies`, `Familles unies`; `Observatoire du patrimoine
            // religieux`.)
            | "unies"
            | "unis"
            | "religieux"
            | "religieuse"
            | "religieuses"
            | "supreme"
            | "supremes"
            | "civil"
            | "civile"
            | "civils"
            | "civiles"
            | "etranger"
            | "etrangere"
            | "etrangers"
            | "etrangeres"
            // Adjectives of nationality with no adjective's ending
            // (`Union patronale suisse`).
            | "suisse"
            | "suisses"
            | "belge"
            | "belges"
            | "russe"
            | "russes"
            | "turque"
            | "turques"
            | "grecque"
            | "grecques"
            | "tcheque"
            | "tcheques"
            | "slovaque"
            | "slovaques"
            // (In `-ante`, outside the endings that take no verb or number:
            // `Assemblée constituante`, `Brigade volante`.)
            | "constituante"
            | "constituantes"
            | "volante"
            | "volantes"
    )
}

/// The list form of [`is_adjective_like`], to test the grouped one.
#[cfg(test)]
fn is_adjective_like_reference(f: &str) -> bool {
    if f.len() < 4 || is_stop(f) {
        return false;
    }
    const ENDS: &[&str] = &[
        "al", "ale", "aux", "ales", "ien", "ienne", "iens", "iennes", "ais", "aise", "aises",
        "ain", "aine", "ains", "aines", "ique", "iques", "iste", "istes", "el", "elle", "els",
        "elles", "eenne", "een", "eens", "ois", "oise", "oises", "if", "ive", "ifs", "ives",
        "aire", "aires", "ier", "iere", "iers", "ieres", "and", "ande", "ands", "andes", "ane",
        "anes", "ee", "ees", "onne", "onnes", "ieur", "ieure", "ieurs", "ieures", "ocrate",
        "ocrates", "dante", "dantes", "tante", "tantes", "nante", "nantes", "sante", "santes",
        "oyen", "oyens", "oyenne", "oyennes",
    ];
    // `-ieur` (supérieur, intérieur), `-ocrate` (démocrate): no verb ends
    // so (`-eur` and `-ate` would take `demeure`, `constate`).
    (ENDS.iter().any(|e| f.ends_with(e)) || is_adjective_exception(f)) && !is_outgoing(f)
}

/// Honorifics before a person's name, folded (`M.`, `Mme`, `Madame`,
/// `Mgr`, `Dr`): a title that says nothing of a function.
fn is_honorific(f: &str) -> bool {
    matches!(
        f,
        "m" | "m."
            | "mm."
            | "mme"
            | "mmes"
            | "mlle"
            | "mlles"
            | "monsieur"
            | "madame"
            | "mademoiselle"
            | "me"
            | "mgr"
            | "mgr."
            | "dr"
            | "dr."
            | "pr"
            | "pr."
    )
}

/// French function words that never extend a name.
fn is_stop(f: &str) -> bool {
    matches!(
        f,
        "le" | "la"
            // Prizes before their laureate (`le prix Nobel Carlo
            // Rubbia`).
            | "nobel"
            | "goncourt"
            | "pulitzer"
            | "les"
            | "l'"
            | "un"
            | "une"
            | "des"
            | "de"
            | "du"
            | "d'"
            | "et"
            | "ou"
            | "a"
            | "au"
            | "aux"
            | "en"
            | "dans"
            | "par"
            | "pour"
            | "sur"
            | "avec"
            | "sans"
            | "sous"
            | "que"
            | "qui"
            | "qu'"
            | "ne"
            | "n'"
            | "se"
            | "s'"
            | "est"
            | "sont"
            | "a-t-il"
            | "il"
            | "elle"
            | "ils"
            | "elles"
            | "on"
            | "ce"
            | "cette"
            | "ces"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "plus"
            | "tres"
            | "entre"
            | "apres"
            | "avant"
            | "depuis"
            | "contre"
            | "vers"
            | "chez"
            | "mais"
            | "donc"
            | "car"
            | "si"
            | "comme"
            | "dont"
            | "ont"
            | "etait"
            | "sera"
            | "avait"
            | "fait"
            | "dit"
            | "selon"
            | "lors"
            | "toute"
            | "tout"
            | "tous"
            | "toutes"
            | "meme"
            | "aussi"
            | "deja"
            | "encore"
            | "pas"
            | "ete"
            | "etre"
            | "avoir"
            | "quelque"
            | "notre"
            | "votre"
            | "nos"
            | "vos"
            | "cela"
            | "ceci"
            | "celui"
            | "celle"
            | "ceux"
            | "aupres"
            | "ayant"
            | "etant"
            | "devant"
            | "pendant"
            | "durant"
            | "suivant"
            | "moins"
            | "puis"
            | "alors"
            | "ainsi"
            | "seulement"
            | "ensemble"
            | "seule"
            | "seul"
            | "autre"
            | "autres"
            | "chaque"
            | "certains"
            | "plusieurs"
            | "nouvelle"
            | "nouveau"
            | "nouveaux"
            | "nouvelles"
            | "premiere"
            | "premier"
            | "derniere"
            | "dernier"
            | "ancien"
            | "ancienne"
            | "actuel"
            | "actuelle"
            | "grande"
            | "grand"
            | "petite"
            | "petit"
    )
}

/// A day of the week, folded (`lundi` … `dimanche`).
fn is_weekday(f: &str) -> bool {
    matches!(
        f,
        "lundi" | "mardi" | "mercredi" | "jeudi" | "vendredi" | "samedi" | "dimanche"
    )
}

/// Nouns of kinship (folded): `sa fille`, `son fils`, `sa mère`.
fn is_kin_noun(f: &str) -> bool {
    matches!(
        f,
        "fille"
            | "fils"
            | "mere"
            | "pere"
            | "epouse"
            | "epoux"
            | "mari"
            | "femme"
            | "soeur"
            | "frere"
            | "compagne"
            | "compagnon"
            // (The folded form has a space for the hyphen.)
            | "grand mere"
            | "grand pere"
            | "petite fille"
            | "petit fils"
            | "niece"
            | "neveu"
            | "tante"
            | "oncle"
            | "cousine"
            | "cousin"
    )
}

/// Words an acronym skips (`de`, `la`, `et`, `pour` …): `Association
/// pour le droit de mourir dans la dignité (ADMD)`.
fn is_acronym_filler(f: &str) -> bool {
    matches!(
        f,
        "de" | "du"
            | "des"
            | "d'"
            | "la"
            | "le"
            | "l'"
            | "les"
            | "et"
            | "pour"
            | "en"
            | "a"
            | "au"
            | "aux"
            | "dans"
    )
}

/// Roman numerals and capitals that are not acronyms of organisations.
fn is_not_acronym(t: &str) -> bool {
    t.bytes()
        .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'))
        || matches!(
            t,
            "OK" | "TV"
                | "PDF"
                | "SMS"
                | "GPS"
                | "PIB"
                | "TVA"
                | "CEO"
                | "PDG"
                | "DG"
                // Offices written as acronyms (`le DRH`, `la DGS`, `le
                // Dasen`): people, not bodies.
                | "DRH"
                | "RRH"
                | "DGS"
                | "DGA"
                | "DAF"
                | "DSI"
                | "DASEN"
                | "CTO"
                | "CFO"
                | "COO"
                | "AM"
                | "PM"
                | "HT"
                | "TTC"
                | "KO"
                | "ADN"
                | "PME"
                | "PMI"
                | "TPE"
                | "ETI"
                | "ESB"
                | "COM"
                | "VIH"
                | "SIDA"
                | "OGM"
                | "CO2"
                | "UTC"
                | "GMT"
                | "AFP"
                | "LA"
                | "LE"
                | "LES"
                | "DE"
                | "DU"
                | "DES"
                | "ET"
                | "UN"
                | "UNE"
                | "EN"
                | "AU"
                | "QG"
                | "BD"
                | "CD"
                | "DVD"
                | "MP"
                | "RER"
                | "TGV"
                | "HLM"
                | "SDF"
                | "RSA"
                | "CDI"
                | "CDD"
                | "SMIC"
                | "BAC"
                | "QI"
                | "WC"
                | "VTC"
                | "PV"
                | "JO"
                | "IVG"
                | "PMA"
                | "GPA"
                // Common nouns written as acronyms.
                | "ONG"
                | "NDLR"
                | "VTT"
                | "SOS"
                | "USB"
                | "IP"
                | "TER"
                | "ULM"
                | "SUV"
                | "LED"
                | "PC"
                | "TNT"
                | "AVC"
                | "CV"
                | "RTT"
                | "OVNI"
                | "QCM"
                | "FAQ"
                | "ADSL"
                | "HD"
                | "3D"
                | "VIP"
                // Substances, taxes, places and techniques, not bodies.
                | "PFAS"
                | "EHPAD"
                | "COVID"
                | "ZAD"
                | "CSG"
                | "ARN"
                | "PLU"
                | "LGBT"
                | "VPN"
                | "IA"
        )
}

#[derive(Clone, Copy)]
struct Cand {
    s: usize,
    e: usize,
    /// Tokens of the fullest mention of the same entity, when not this one.
    canon: Option<(usize, usize)>,
    label: Label,
    entry: Option<u32>,
    source: Source,
    gender: Option<Gender>,
}

impl Cand {
    /// A candidate a rule found over tokens `s..e`, with no entry, no
    /// gender and its own name.
    fn rule(s: usize, e: usize, label: Label) -> Cand {
        Cand {
            s,
            e,
            canon: None,
            label,
            entry: None,
            source: Source::Rule,
            gender: None,
        }
    }

    /// A person a rule found over tokens `s..e`, of the gender its given
    /// name says.
    fn person(s: usize, e: usize, gender: Option<Gender>) -> Cand {
        Cand {
            gender,
            ..Cand::rule(s, e, Label::Per)
        }
    }

    /// The candidate as an organisation a rule found over tokens
    /// `s..e` (no entry, its own name): `Greenpeace France`, `France
    /// Assureurs`.
    fn make_rule_org(&mut self, s: usize, e: usize) {
        self.s = s;
        self.e = e;
        self.label = Label::Org;
        self.entry = None;
        self.canon = None;
        self.source = Source::Rule;
        self.gender = None;
    }
}

/// A word or abbreviation starting with a capital letter.
const CAP: u8 = 1;
/// A word starting with a lower-case letter.
const LOWER: u8 = 2;
/// The first token of its sentence (after opening marks).
const INITIAL: u8 = 4;
/// A line break separates the token from the previous one.
const NEWLINE: u8 = 8;
/// A word, abbreviation or number: a gazetteer alias may start there.
const START: u8 = 16;
/// Not capitalised, but the first word of an alias that is not either.
const LOW_START: u8 = 32;
/// With [`LOW_START`]: only if the next token is capitalised.
const LOW_NEXT_CAP: u8 = 64;
/// A capitalised word that can be part of an unknown person's name:
/// letters with some lower case (no `A321`, no acronym), two letters at
/// least, no role word.
const NAME_WORD: u8 = 128;

/// The buffers of a [`Doc`], kept between documents on one thread so that
/// a document costs no allocation for them ([`Doc::recycle`]).
#[derive(Default)]
pub(crate) struct Scratch {
    buf: Vec<u8>,
    info: Vec<Info>,
    marks: Vec<usize>,
    /// The buffers of [`Doc::run`].
    pub(crate) run: RunBufs,
}

/// The working vectors of [`Doc::run`], kept between documents (cleared
/// before use): a document allocates none of them once they are large
/// enough.
#[derive(Default)]
pub(crate) struct RunBufs {
    cands: Vec<Cand>,
    chosen: Vec<Cand>,
    order: Vec<(usize, u8, usize, u32)>,
    keys: Vec<u64>,
    covered: Vec<bool>,
    runs: Vec<(u64, usize, usize, usize)>,
    extra: Vec<Cand>,
    /// (given name, surname) hashes of the document's people.
    given: Vec<(u64, u64)>,
    /// Capitalised organisation heads with no complement, in order (the
    /// rule pass lists them for [`Doc::bare_heads`]).
    bare: Vec<u32>,
    /// Capitalised words that name both a person and a place, in order
    /// (listed by the rule pass for [`Doc::place_clashes`]).
    clashes: Vec<u32>,
    /// Capitalised words after `à`, in order (listed by the rule pass for
    /// [`Doc::fill_places`]).
    after_a: Vec<u32>,
}

/// The fields of [`Doc::resolve`]'s packed sort key, from the top: the
/// length (complemented: longest first), the source (2 bits), the start
/// token and the candidate's index.
const PACK_LEN_BITS: u32 = 16;
const PACK_START_BITS: u32 = 22;
const PACK_INDEX_BITS: u32 = 24;
const _: () = assert!(PACK_LEN_BITS + 2 + PACK_START_BITS + PACK_INDEX_BITS == 64);

/// The preposition `à`, in NFC or NFD (`a` + U+0300), as written: the
/// folded form cannot tell it from the verb `a`.
fn is_a_grave(tok: &str) -> bool {
    matches!(tok, "à" | "À" | "a\u{300}" | "A\u{300}")
}

/// Names of both a person and a place ([`Doc::place_clashes`]): the name,
/// the words before it that make it the place, folded (`à` folds to `a`,
/// like the verb `a`, which is told apart by its spelling: `Il a Maurice
/// au téléphone`; `à` in NFD is `a` + an accent), and the place's id.
const CLASHES: &[(&str, &[&str], &str)] = &[
    ("hollande", &["en", "la"], "Q55"),
    ("maurice", &["a"], "Q1027"),
];

/// Which tokens the mentions `spans` (sorted by start, overlapping or
/// not) cover, asked in token order: what a vector of one flag per token
/// tells, without clearing and filling one per pass (the passes that ask
/// only ask at marked tokens).
struct Cover<'c> {
    spans: &'c [Cand],
    /// The first span starting after the last token asked about.
    next: usize,
    /// The furthest end of the spans before `next`.
    reach: usize,
}

impl<'c> Cover<'c> {
    fn new(spans: &'c [Cand]) -> Self {
        Cover {
            spans,
            next: 0,
            reach: 0,
        }
    }

    /// Is token `t` inside a span? `t` never decreases from one question
    /// to the next.
    #[inline]
    fn at(&mut self, t: usize) -> bool {
        while let Some(c) = self.spans.get(self.next).filter(|c| c.s <= t) {
            self.reach = self.reach.max(c.e);
            self.next += 1;
        }
        self.reach > t
    }

    /// Is no token of `t..e` inside a span? (`t` as for [`Cover::at`].)
    #[inline]
    fn free(&mut self, t: usize, e: usize) -> bool {
        !self.at(t)
            && self.spans[self.next..]
                .iter()
                .take_while(|c| c.s < e)
                .all(|c| c.e <= c.s)
    }
}

/// `v` as `n` times `false`.
fn reset(v: &mut Vec<bool>, n: usize) {
    v.clear();
    v.resize(n, false);
}

/// Documents of up to this many bytes leave their buffers for the next.
const KEEP_BYTES: usize = 1 << 20;

/// One document being tagged.
pub(crate) struct Doc<'a, 'h> {
    text: &'h str,
    tokens: &'a [Token<'h>],
    /// The tokens folded for matching ([`Folded::fold_into`]), joined by
    /// one space where white space separates them.
    folded: String,
    /// Per token, in one vector (one push per token).
    info: Vec<Info>,
    /// The tokens a rule or an alias can start at, in order: capitalised,
    /// with a role, or [`LOW_START`]. Passes walk these ([`Doc::marks`]),
    /// not every token.
    marks: Vec<usize>,
    /// How many of `marks` are set (the rest is scratch space).
    nmarks: usize,
}

/// What [`Doc`] knows of one token.
#[derive(Clone, Copy)]
struct Info {
    /// Folded offsets of the token's start and end.
    fs: usize,
    fe: usize,
    /// Role bits ([`role`]).
    role: u16,
    /// [`CAP`], [`LOWER`], [`INITIAL`], [`NEWLINE`], [`START`],
    /// [`LOW_START`], [`LOW_NEXT_CAP`], [`NAME_WORD`].
    flags: u8,
    /// Given-name bits of the folded token ([`given_gender_bits`]).
    given: u8,
    /// The alias trie's state after the token ([`Word::state`]).
    state: u32,
}

impl<'a, 'h> Doc<'a, 'h> {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        text: &'h str,
        tokens: &'a [Token<'h>],
        sentences: &[Sentence<'h>],
        gaz: &Gazetteer,
        given: &WordMap,
        memo: &mut Memo<Word>,
        mut views: Option<&mut TokenViews>,
        scratch: &mut Scratch,
    ) -> Self {
        let n = tokens.len();
        if let Some(v) = views.as_deref_mut() {
            v.start(n);
        }
        let matcher = gaz.matcher();
        let mut marks = std::mem::take(&mut scratch.marks);
        // Written without a branch (a token is marked or not in no
        // predictable order): every token's index is stored at `nm`, and
        // `nm` moves on past the marked ones. The vector only grows, and
        // is not cleared (what the last document left past `nm` is never
        // read): no zeroing of eight bytes a token per document.
        if marks.len() < n + 1 {
            marks.resize(n + 1, 0);
        }
        let mut nm = 0;
        let bytes = text.as_bytes();
        // Folded bytes are written at `pos` into a buffer sized for the
        // common case (folding ASCII keeps lengths); it grows when the
        // general folding needs more.
        // (Not cleared: every byte up to `pos` is written before it is
        // read, so only what the last document's folded text did not
        // reach is zeroed.)
        let mut buf = std::mem::take(&mut scratch.buf);
        buf.resize(text.len() + MAX + 8, 0);
        let mut pos = 0;
        let mut general: Vec<u8> = Vec::new();
        let mut info = std::mem::take(&mut scratch.info);
        info.clear();
        info.reserve(n);
        let mut prev_end = 0;
        // The table is larger than the L2 cache: each token's slot is
        // fetched `AHEAD` tokens before it is read.
        // Keys are made once, when prefetched, and wait in a ring.
        const AHEAD: usize = 8;
        // (With each key, the index of its slot: the hash is computed
        // once, when prefetching.)
        let set_key = |memo: &Memo<Word>, k: &mut Key, at: &mut usize, t: &Token<'_>| {
            k.set(bytes, t.start(), t.as_str().len(), t.kind());
            *at = memo.prefetch(k);
        };
        let mut ring: [Key; AHEAD] = [Key::NONE; AHEAD];
        let mut ring_at = [0usize; AHEAD];
        for ((slot, at), t) in ring.iter_mut().zip(&mut ring_at).zip(tokens) {
            set_key(memo, slot, at, t);
        }
        for (ti, t) in tokens.iter().enumerate() {
            let slot = &mut ring[ti % AHEAD];
            let at = &mut ring_at[ti % AHEAD];
            let (key, key_at) = (*slot, *at);
            if let Some(ahead) = tokens.get(ti + AHEAD) {
                set_key(memo, slot, at, ahead);
            }
            let (start, end) = (t.start(), t.end());
            let mut fl = 0;
            if start > prev_end {
                if pos > 0 && !matches!(buf[pos - 1], b' ' | b'\'') {
                    room(&mut buf, pos + 1);
                    buf[pos] = b' ';
                    pos += 1;
                }
                // The gap is white space, usually one byte.
                let newline = match &bytes[prev_end..start] {
                    [b] => *b == b'\n',
                    gap => gap.contains(&b'\n'),
                };
                if newline {
                    fl |= NEWLINE;
                }
            }
            prev_end = end;
            let fs = pos;
            let tb = &bytes[start..end];
            let (word_flags, role_bits, given_bits, state, quote) =
                if let Some(w) = memo.get_at(key_at, &key) {
                    // A fixed-size copy; the bytes past the word are overwritten
                    // by what follows or cut at the end.
                    room(&mut buf, pos + BYTES_MAX);
                    buf[pos..pos + BYTES_MAX].copy_from_slice(w.folded.padded());
                    pos += w.folded.len();
                    (w.flags, w.role, w.given, w.state, w.quote)
                } else {
                    let (w, end_pos) = learn(
                        t,
                        bytes,
                        tb,
                        &mut buf,
                        pos,
                        &mut general,
                        matcher,
                        given,
                        &key,
                        memo,
                        views.is_some(),
                    );
                    pos = end_pos;
                    (w.flags, w.role, w.given, w.state, w.quote)
                };
            if let Some(v) = views.as_deref_mut() {
                // `NO_VIEW` (learnt by the tagger alone): the quote
                // extractor classifies the token itself.
                v.push(quote);
            }
            fl |= word_flags;
            marks[nm] = info.len();
            nm += usize::from(fl & (CAP | LOW_START) != 0 || role_bits != 0);
            info.push(Info {
                fs,
                fe: pos,
                role: role_bits,
                flags: fl,
                given: given_bits,
                state,
            });
        }
        for s in sentences {
            for i in s.tokens() {
                if i < n {
                    info[i].flags |= INITIAL;
                    if tokens[i].kind() != TokenKind::Punctuation {
                        break;
                    }
                }
            }
        }
        buf.truncate(pos);
        // Only whole chars were written, so this never fails.
        let folded = String::from_utf8(buf).unwrap_or_default();
        Doc {
            text,
            tokens,
            folded,
            info,
            marks,
            nmarks: nm,
        }
    }

    /// Hands the document's buffers back for the next one (a large
    /// document's are dropped).
    pub(crate) fn recycle(self, scratch: &mut Scratch) {
        if self.folded.len() <= KEEP_BYTES {
            scratch.buf = self.folded.into_bytes();
            scratch.info = self.info;
            scratch.marks = self.marks;
        } else {
            // The passes' vectors grew with the document too.
            scratch.run = RunBufs::default();
        }
    }

    /// The marked tokens, in order.
    #[inline]
    fn marks(&self) -> &[usize] {
        self.marks.get(..self.nmarks).unwrap_or(&[])
    }

    /// The folded form of token `i`.
    #[inline]
    fn f(&self, i: usize) -> &str {
        let Info { fs: s, fe: e, .. } = self.info[i];
        if s <= e {
            self.folded.as_str().get(s..e).unwrap_or("")
        } else {
            ""
        }
    }

    /// A capitalised word that can be part of an unknown person's name:
    /// letters with some lower case (no `A321`, no acronym), two letters at
    /// least, no role word.
    fn name_word(&self, i: usize) -> bool {
        self.info[i].flags & NAME_WORD != 0
    }

    #[inline]
    fn tok(&self, i: usize) -> &'h str {
        self.tokens[i].as_str()
    }

    /// A word that starts with a capital letter.
    #[inline]
    fn is_cap(&self, i: usize) -> bool {
        self.info[i].flags & CAP != 0
    }

    #[inline]
    fn is_lower_word(&self, i: usize) -> bool {
        self.info[i].flags & LOWER != 0
    }

    /// Is the noun of groups at token `g` the complement of a noun of a
    /// person's function (`le président de l'association`, `le
    /// porte-parole du mouvement`)? A name after it is then the person's.
    fn function_complement(&self, g: usize) -> bool {
        let at = |k: usize| if g >= k { self.f(g - k) } else { "" };
        let person = if matches!(at(1), "du" | "des" | "de" | "d'") {
            at(2)
        } else if matches!(at(1), "l'" | "la" | "le" | "les") && matches!(at(2), "de" | "d'") {
            at(3)
        } else {
            ""
        };
        is_function_noun(person)
    }

    /// The lower-case noun of groups (or `liste`) that a name at token `s`
    /// follows past the words of a council's side, and its article: `le
    /// groupe d'opposition Pontvallon Demain`, `la liste majoritaire
    /// Ensemble Rezé`, `le groupe de la majorité municipale …`. Not a
    /// person's complement (`la présidente du groupe d'opposition Anne
    /// Morel`).
    fn side_group_before(&self, s: usize) -> Option<usize> {
        let at = |k: usize| if s >= k { self.f(s - k) } else { "" };
        let mut k = 1;
        if matches!(at(k), "municipale" | "municipal" | "citoyenne" | "citoyen") {
            k += 1;
        }
        if at(k) == "opposition" && at(k + 1) == "d'" {
            k += 2;
        } else if matches!(at(k), "majoritaire" | "minoritaire") {
            k += 1;
        } else if at(k) == "majorite" && at(k + 1) == "la" && at(k + 2) == "de" {
            k += 3;
        } else {
            return None;
        }
        let g = s.checked_sub(k)?;
        let f = at(k);
        ((is_group_noun(f) || f == "liste")
            && !self.is_cap(g)
            && is_group_article(at(k + 1))
            && (g + 1..=s).all(|x| !self.newline_before(x))
            && !self.function_complement(g))
        .then_some(g)
    }

    /// Is token `i` one capital letter and its dot (`B.`, `M.`)?
    fn is_letter_initial(&self, i: usize) -> bool {
        let b = self.tok(i).as_bytes();
        self.tokens[i].kind() == TokenKind::Abbreviation
            && b.len() == 2
            && b[0].is_ascii_uppercase()
            && b[1] == b'.'
    }

    /// Does token `i` start its sentence (after opening marks)?
    #[inline]
    fn initial(&self, i: usize) -> bool {
        self.info[i].flags & INITIAL != 0
    }

    /// Is there a line break between token `i - 1` and token `i`?
    fn newline_before(&self, i: usize) -> bool {
        i < self.info.len() && self.info[i].flags & NEWLINE != 0
    }

    /// The title at token `i` (see [`title`]), computed once per document.
    #[inline]
    fn title_at(&self, i: usize) -> Option<Option<Gender>> {
        let r = self.info[i].role;
        if r & R_TITLE == 0 {
            None
        } else if r & R_TITLE_F != 0 {
            Some(Some(Gender::Female))
        } else if r & R_TITLE_M != 0 {
            Some(Some(Gender::Male))
        } else {
            Some(None)
        }
    }

    fn span(&self, s: usize, e: usize) -> Span {
        Span::new(self.tokens[s].start(), self.tokens[e - 1].end())
    }

    /// Names of both a person and a place, read as the place after a
    /// preposition or an article of place: `en Hollande`, `la Hollande`
    /// (the Netherlands, not François Hollande), `à Maurice` (Mauritius,
    /// not a man named Maurice). Linked to the country when the gazetteer
    /// has it; a name followed by another capitalised word (`à Maurice
    /// Papon`) stays a person.
    /// `clashes`: the capitalised tokens whose folded form is one of
    /// [`CLASHES`]' names, in order (the rule pass lists them).
    fn place_clashes(&self, gaz: &Gazetteer, chosen: &mut Vec<Cand>, clashes: &[u32]) {
        let n = self.tokens.len();
        let mut added = Vec::new();
        for &t in clashes {
            let t = t as usize;
            let f = self.f(t);
            if t == 0 || !self.is_cap(t) || (t + 1 < n && self.is_cap(t + 1)) {
                continue;
            }
            let Some(&(_, _, id)) = CLASHES.iter().find(|(w, b, _)| {
                *w == f && b.contains(&self.f(t - 1)) && !matches!(self.tok(t - 1), "a" | "A")
            }) else {
                continue;
            };
            let place = Cand {
                canon: None,
                s: t,
                e: t + 1,
                label: Label::Loc,
                entry: gaz.index_of(id),
                source: Source::Rule,
                gender: None,
            };
            let i = chosen.partition_point(|c| c.e <= t);
            match chosen.get_mut(i) {
                // A one-word person there becomes the place.
                Some(c) if c.s == t && c.e == t + 1 && c.label == Label::Per => *c = place,
                // Something else covers it: left alone.
                Some(c) if c.s <= t => {}
                // Added after the loop, in one merge (no insertion in the
                // middle of the list per name).
                _ => added.push(place),
            }
        }
        if !added.is_empty() {
            chosen.extend(added);
            chosen.sort_by_key(|c| c.s);
        }
    }

    /// A bare organisation head after `la`, `le` or `l'`, with no
    /// complement (`la Commission estime`, `le Conseil a jugé`): the
    /// organisation the document named before with that head (`la
    /// Commission électorale nationale indépendante … la Commission`);
    /// else `Commission` in a text that names Europe, the European Union,
    /// one of its institutions, Brussels or Strasbourg ([`EUROPE`]), or
    /// says `européen(ne)(s)`, is the European Commission. Any other bare
    /// head is left alone (a commission of some kind).
    /// `bare`: the capitalised heads with no complement, in order.
    fn bare_heads(&self, gaz: &Gazetteer, chosen: &mut Vec<Cand>, bare: &[u32]) {
        // (Of [`ORG_HEADS`], the heads a text takes up bare; a list of its
        // own, as each needs its index in `last`.)
        const HEADS: &[&str] = &[
            "commission",
            "conseil",
            "cour",
            "comite",
            "agence",
            "federation",
            "autorite",
            "tribunal",
            "fondation",
            "ligue",
        ];
        let n = self.tokens.len();
        // The last organisation named with each head, as the chosen
        // mentions are passed in text order (one pass: linear).
        let mut last: [Option<usize>; HEADS.len()] = [None; HEADS.len()];
        let mut next = 0;
        let mut europe: Option<bool> = None;
        let mut added = Vec::new();
        for &t in bare {
            let t = t as usize;
            if t == 0 || self.initial(t) {
                continue;
            }
            let f = self.f(t);
            let Some(h) = HEADS.iter().position(|&h| h == f) else {
                continue;
            };
            // The organisations named up to here, by head (`next` only
            // moves forward: one pass over the mentions in all).
            while next < chosen.len() && chosen[next].s < t {
                let c = &chosen[next];
                if c.label == Label::Org && c.e - c.s >= 2 {
                    if let Some(h) = HEADS.iter().position(|&h| h == self.f(c.s)) {
                        last[h] = Some(next);
                    }
                }
                next += 1;
            }
            if !matches!(self.f(t - 1), "la" | "le" | "l'")
                || (next > 0 && chosen[next - 1].e > t)
                || chosen.get(next).is_some_and(|c| c.s == t)
                || (t + 1 < n && matches!(self.f(t + 1), "de" | "du" | "des" | "d'"))
            {
                continue;
            }
            if let Some(i) = last[h] {
                let src = chosen[i];
                added.push(Cand {
                    canon: Some(src.canon.unwrap_or((src.s, src.e))),
                    s: t,
                    e: t + 1,
                    source: Source::Propagation,
                    ..src
                });
            } else if f == "commission"
                && *europe.get_or_insert_with(|| {
                    // (The mentions found, else `europ` in the text, by a
                    // vectorised search: no pass over the tokens.)
                    let eu: Vec<u32> = EUROPE.iter().filter_map(|id| gaz.index_of(id)).collect();
                    chosen
                        .iter()
                        .any(|c| c.entry.is_some_and(|e| eu.contains(&e)))
                        || memchr::memmem::find(self.text.as_bytes(), b"europ").is_some()
                })
                && let Some(entry) = gaz.index_of("politext:intl_org:commission-europeenne")
            {
                added.push(Cand {
                    canon: None,
                    s: t,
                    e: t + 1,
                    label: Label::Org,
                    entry: Some(entry),
                    source: Source::Rule,
                    gender: None,
                });
            }
        }
        if !added.is_empty() {
            chosen.extend(added);
            chosen.sort_by_key(|c| c.s);
        }
    }

    pub(crate) fn run(
        &self,
        gaz: &Gazetteer,
        given: &WordMap,
        demonyms: &HashSet<Box<str>>,
        bufs: &mut RunBufs,
    ) -> Vec<Mention> {
        let mut cands = std::mem::take(&mut bufs.cands);
        cands.clear();
        // Room for the usual number of candidates: growing the vector
        // again and again cost more than the rules that fill it.
        cands.reserve(self.nmarks + 8);
        self.gazetteer_cands(gaz, &mut cands);
        bufs.bare.clear();
        bufs.clashes.clear();
        bufs.after_a.clear();
        self.rule_cands(given, demonyms, &mut cands, bufs);
        self.context_rules(demonyms, &mut cands);
        let mut chosen = std::mem::take(&mut bufs.chosen);
        self.resolve(&cands, &mut chosen, bufs);
        self.group_name_tails(&mut chosen);
        self.regional_councils(&mut chosen);
        self.products(&mut chosen);
        self.french_branches(&mut chosen);
        self.french_bodies(given, &mut chosen);
        self.fill_places(&mut chosen, &mut bufs.extra, &bufs.after_a);
        self.acronym_definitions(&mut chosen);
        self.propagate(gaz, &mut chosen, bufs);
        self.place_clashes(gaz, &mut chosen, &bufs.clashes);
        self.bare_heads(gaz, &mut chosen, &bufs.bare);
        let found = chosen
            .iter()
            .map(|&c| Mention {
                span: self.span(c.s, c.e),
                label: c.label,
                entry: c.entry,
                canonical: c
                    .canon
                    .map_or_else(|| self.span(c.s, c.e), |(s, e)| self.span(s, e)),
                source: c.source,
                gender: c.gender,
                tokens: (c.s as u32, c.e as u32),
            })
            .collect();
        bufs.cands = cands;
        bufs.chosen = chosen;
        found
    }

    fn gazetteer_cands(&self, gaz: &Gazetteer, out: &mut Vec<Cand>) {
        let n = self.tokens.len();
        let matcher = gaz.matcher();
        let fs = self.folded.as_str();
        for &t in self.marks() {
            let state = self.info[t].state;
            let fl = self.info[t].flags;
            if fl & START == 0 || state == NO_STATE {
                continue;
            }
            // Most tokens are lower-case words no alias can start with.
            if fl & CAP == 0
                && (fl & LOW_START == 0
                    || (fl & LOW_NEXT_CAP != 0 && (t + 1 >= n || self.is_lower_word(t + 1))))
            {
                continue;
            }
            let tk = &self.tokens[t];
            let mut best: Option<Cand> = None;
            // The token an alias ends with: aliases are reported shortest
            // first, so the search goes on from the last one's.
            let mut u = t;
            matcher.continue_at(fs, self.info[t].fe, state, |fend, cands| {
                if !self.token_ending_at(&mut u, fend) {
                    return;
                }
                let orig_end = self.tokens[u].end();
                let surface = &self.text[tk.start()..orig_end];
                let shape = Shape::of(surface);
                if shape.newline {
                    return;
                }
                let caps = shape.caps;
                let prefer = self.context_preference(t);
                // A short word in capitals (`APT`) is an acronym, not a
                // shouted name (`Apt`): only acronym aliases match it.
                let shouted_short = surface.len() <= 4 && shape.letters >= 2 && !shape.lower;
                let mut pick: Option<(u32, Label)> = None;
                for c in cands {
                    if c.flags & ACRONYM != 0 && shape.lower {
                        continue;
                    }
                    if shouted_short && c.flags & ACRONYM_FORM == 0 {
                        continue;
                    }
                    if c.caps & !caps != 0 {
                        continue;
                    }
                    // Entries whose one-word name is also a common word
                    // (`Nord`, `Cher`) only count inside longer names.
                    // (Or alone in brackets, a place's département: `à
                    // Val-de-Lièvre (Jura)`.)
                    let bracketed = t > 0
                        && u + 1 < self.tokens.len()
                        && self.f(t - 1) == "("
                        && self.f(u + 1) == ")";
                    // (Or after its article `la`, a département: `la
                    // chambre d'agriculture de la Vienne`, not the capital;
                    // not `le Nord`, a point of the compass.)
                    let common = u == t && gaz.meta(c.entry) & META_COMMON_WORD != 0;
                    // (Or `du`: `le département du Jura`, `la préfecture du
                    // Cher`, where `jura`, `cher` cannot be the verb or
                    // the adjective; not `du Nord`, `l'Europe du Nord`.)
                    let with_article = common
                        && t > 0
                        && (self.f(t - 1) == "la"
                            || (self.f(t - 1) == "du" && self.f(t) != "nord"))
                        && gaz.entry_arc(c.entry).kind() == Some("departement");
                    if common && !bracketed && !with_article {
                        continue;
                    }
                    let label = gaz.entry_arc(c.entry).label();
                    match pick {
                        _ if with_article => pick = Some((c.entry, label)),
                        None => pick = Some((c.entry, label)),
                        Some((_, l)) if Some(label) == prefer && Some(l) != prefer => {
                            pick = Some((c.entry, label))
                        }
                        _ => {}
                    }
                }
                if let Some((entry, label)) = pick {
                    let m = gaz.meta(entry);
                    // (A person the gazetteer gives no gender takes its
                    // first name's, when the given names know it as one
                    // gender only: `Maia Sandu`.)
                    let given = || {
                        (label == Label::Per && u > t)
                            .then(|| gender_of_bits(self.info[t].given))
                            .flatten()
                    };
                    let gender = if m & META_MALE != 0 {
                        Some(Gender::Male)
                    } else if m & META_FEMALE != 0 {
                        Some(Gender::Female)
                    } else {
                        given()
                    };
                    // A place named with its article (`L'Isle-Adam`,
                    // `L'Union`): the elided article stays outside the
                    // span, as for every other name (`l'Union européenne`
                    // then wins as the longer name).
                    // A person named with a title (`pape François`, `roi
                    // Philippe`, aliases where the name alone would be a
                    // given name): the title stays outside the span, as
                    // after every other title.
                    let article = label == Label::Loc && self.f(t) == "l'";
                    let title = label == Label::Per && self.info[t].role & R_TITLE != 0;
                    let s = if u > t && (article || title) {
                        t + 1
                    } else {
                        t
                    };
                    best = Some(Cand {
                        canon: None,
                        s,
                        e: u + 1,
                        label,
                        entry: Some(entry),
                        source: Source::Gazetteer,
                        gender,
                    });
                }
            });
            if let Some(b) = best {
                out.push(b);
            }
        }
        self.contracted_article_cands(gaz, out);
    }

    /// Moves `u` on to the token whose folded form ends at folded offset
    /// `fend`: false when none does (an alias ending inside a token). The
    /// aliases of one start are reported shortest first, so `u` only
    /// moves forward.
    #[inline]
    fn token_ending_at(&self, u: &mut usize, fend: usize) -> bool {
        let n = self.tokens.len();
        while *u < n && self.info[*u].fe < fend {
            *u += 1;
        }
        *u < n && self.info[*u].fe == fend
    }

    /// `des informations du Monde`, `au Havre`, `du Caire`: a place or an
    /// organisation whose alias opens with the article `Le`, contracted
    /// with `de` or `à` before its capitalised word (the span is that
    /// word). Not inside a longer capitalised name (`la Coupe du Monde`),
    /// nor a person (`Le Maire`, `Le Pen`).
    fn contracted_article_cands(&self, gaz: &Gazetteer, out: &mut Vec<Cand>) {
        let matcher = gaz.matcher();
        let Some(le) = matcher.state_after(b"le ") else {
            return;
        };
        let fs = self.folded.as_str();
        for &t in self.marks() {
            if self.info[t].flags & CAP == 0 || t == 0 || !matches!(self.f(t - 1), "du" | "au") {
                continue;
            }
            // (Nor a place's own name after a noun of geography: `le lac
            // du Bourget` is no commune.)
            if t >= 2
                && (self.is_cap(t - 2)
                    || matches!(
                        self.f(t - 2),
                        "lac"
                            | "mont"
                            | "col"
                            | "pont"
                            | "bassin"
                            | "golfe"
                            | "cap"
                            | "canal"
                            | "massif"
                            | "pic"
                            | "val"
                            | "bois"
                            | "parc"
                            | "port"
                            | "pays"
                            | "etang"
                            | "plateau"
                            | "delta"
                            | "fleuve"
                            | "quartier"
                            | "stade"
                    ))
            {
                continue;
            }
            let Some(state) = matcher.walk_from(le, self.f(t).as_bytes()) else {
                continue;
            };
            let start = self.tokens[t].start();
            let mut best: Option<Cand> = None;
            let mut u = t;
            matcher.continue_at(fs, self.info[t].fe, state, |fend, cands| {
                if !self.token_ending_at(&mut u, fend) {
                    return;
                }
                let shape = Shape::of(&self.text[start..self.tokens[u].end()]);
                if shape.newline {
                    return;
                }
                // (The article counts as capitalised.)
                let caps = (shape.caps << 1) | 1;
                let pick = cands.iter().find_map(|c| {
                    let label = gaz.entry_arc(c.entry).label();
                    (c.caps & !caps == 0 && c.flags & ACRONYM == 0 && label != Label::Per)
                        .then_some((c.entry, label))
                });
                if let Some((entry, label)) = pick {
                    best = Some(Cand {
                        canon: None,
                        s: t,
                        e: u + 1,
                        label,
                        entry: Some(entry),
                        source: Source::Gazetteer,
                        gender: None,
                    });
                }
            });
            if let Some(b) = best {
                out.push(b);
            }
        }
    }

    /// Is `c` the place `France`, one capitalised word (`Greenpeace
    /// France`, `France Assureurs` are built from it)?
    fn is_france(&self, c: &Cand) -> bool {
        c.label == Label::Loc && c.e == c.s + 1 && self.f(c.s) == "france" && self.is_cap(c.s)
    }

    /// `Zach Manoun, arrivé de Genève, …`, `Marc Durand, 45 ans, …`,
    /// `Anne Roux, qui …`: after a comma at token `k`, an apposition that
    /// describes a person (a past participle, `qui`, an age), which makes
    /// a capitalised pair opening its sentence a name.
    fn apposition_after(&self, k: usize) -> bool {
        let n = self.tokens.len();
        if k + 1 >= n || self.f(k) != "," || self.newline_before(k + 1) {
            return false;
        }
        let w = self.tok(k + 1);
        let participle = self.is_lower_word(k + 1)
            && w.chars().count() > 3
            && crate::quote::lexicon::participle_ending(w);
        let age =
            self.tokens[k + 1].kind() == TokenKind::Number && k + 2 < n && self.f(k + 2) == "ans";
        participle || age || w == "qui"
    }

    /// `Greenpeace France`, `ExxonMobil France`: an organisation's French
    /// branch, an organisation of its own (no entry, its own name), not
    /// the organisation and the country.
    fn french_branches(&self, chosen: &mut Vec<Cand>) {
        let mut merged = false;
        for i in 1..chosen.len() {
            let (a, b) = (chosen[i - 1], chosen[i]);
            if a.label == Label::Org
                && a.e > a.s
                && b.s == a.e
                && self.is_france(&b)
                && !self.newline_before(b.s)
            {
                chosen[i - 1].make_rule_org(a.s, b.e);
                chosen[i].e = chosen[i].s;
                merged = true;
            }
        }
        if merged {
            chosen.retain(|c| c.e > c.s);
        }
        // `Néanmoins, Wikimédia France souligne`: a capitalised word no
        // rule or entry took (not a given name, not opening its sentence,
        // after no other capitalised word) before `France` and a
        // lower-case word or punctuation is a French branch too.
        let n = self.tokens.len();
        for i in 0..chosen.len() {
            let b = chosen[i];
            if !(b.s >= 2 && self.is_france(&b) && !self.newline_before(b.s)) {
                continue;
            }
            let p = b.s - 1;
            let fl = self.info[p].flags;
            let free = i == 0 || chosen[i - 1].e <= p;
            let after = b.e >= n || !self.is_cap(b.e);
            if free
                && after
                && fl & NAME_WORD != 0
                && fl & INITIAL == 0
                && self.info[p].given == 0
                && self.f(p).len() >= 3
                && !self.is_cap(p - 1)
                && !self.newline_before(p)
                // (Not a pair of teams: `le match Galles France`.)
                && !matches!(
                    self.f(p - 1),
                    "match" | "rencontre" | "duel" | "finale" | "choc" | "derby" | "contre"
                )
            {
                chosen[i].make_rule_org(p, b.e);
            }
        }
    }

    /// `France Assureurs`, `France Nature Environnement`: `France` and
    /// capitalised words no gazetteer entry covers (at most three, on its
    /// line) name a French body, an organisation (not the country and a
    /// person). Words the gazetteer knows stay apart: `France Allemagne`,
    /// `en France Emmanuel Macron`.
    fn french_bodies(&self, given: &WordMap, chosen: &mut Vec<Cand>) {
        let n = self.tokens.len();
        let mut merged = false;
        for i in 0..chosen.len() {
            let a = chosen[i];
            if !self.is_france(&a) {
                continue;
            }
            let t = a.e;
            let name = |k: usize| {
                k < n && self.is_cap(k) && !self.newline_before(k) && !is_stop(self.f(k))
            };
            // (Not a given name after it: `champion de France Brice
            // Daubord` is the country and a man; nor an adjective or a
            // day, `la France Métropolitaine`, `en France Mardi`.)
            let calendar = |f: &str| {
                is_weekday(f)
                    || matches!(
                        f,
                        "janvier"
                            | "fevrier"
                            | "mars"
                            | "avril"
                            | "mai"
                            | "juin"
                            | "juillet"
                            | "aout"
                            | "septembre"
                            | "octobre"
                            | "novembre"
                            | "decembre"
                    )
            };
            if !name(t)
                || given.get(self.f(t)).is_some()
                || is_adjective_like(self.f(t))
                || calendar(self.f(t))
            {
                continue;
            }
            // (A person the rules made of the words is none:
            // `Nature Environnement`.)
            let next = chosen.get(i + 1).copied();
            let mut e = t;
            let mut absorbed = false;
            match next {
                Some(b) if b.s == t => {
                    // (Nor a person with a given name: `France Télécom
                    // Stéphane Richard`.)
                    if b.label != Label::Per
                        || b.source != Source::Rule
                        || b.e > t + 3
                        || (b.s..b.e).any(|k| given.get(self.f(k)).is_some())
                    {
                        continue;
                    }
                    e = b.e;
                    absorbed = true;
                }
                _ => {
                    let stop = next.map_or(n, |b| b.s);
                    while e < stop && e < t + 3 && name(e) {
                        e += 1;
                    }
                }
            }
            if e == t {
                continue;
            }
            let s0 = chosen[i].s;
            chosen[i].make_rule_org(s0, e);
            if absorbed {
                chosen[i + 1].e = chosen[i + 1].s;
            }
            merged = true;
        }
        if merged {
            chosen.retain(|c| c.e > c.s);
        }
    }

    /// `Airbus A320`, `Boeing 737-500`: an organisation followed by a
    /// model number names a product (`MISC`, with the model), not the
    /// maker. The `Ligue des champions`, `Ligue Europa` and `Ligue des
    /// nations` are competitions (`MISC`), not leagues.
    fn products(&self, chosen: &mut [Cand]) {
        let n = self.tokens.len();
        for i in 0..chosen.len() {
            // (Not over the next mention: `M. EA AA00` keeps its person.)
            let next_start = chosen.get(i + 1).map_or(usize::MAX, |d| d.s);
            let c = &mut chosen[i];
            if c.label == Label::Org
                && c.e - c.s >= 2
                && self.f(c.s) == "ligue"
                && matches!((self.f(c.s + 1), c.e - c.s), ("europa", 2) | ("des", 3))
                && matches!(self.f(c.e - 1), "europa" | "champions" | "nations")
            {
                c.label = Label::Misc;
                c.entry = None;
                c.source = Source::Rule;
                continue;
            }
            if c.label == Label::Org
                && c.e < n
                && c.e < next_start
                && !self.newline_before(c.e)
                && is_model(self.tok(c.e))
            {
                c.e += 1;
                c.label = Label::Misc;
                c.entry = None;
                c.source = Source::Rule;
            }
        }
    }

    /// `en Hollande` prefers a place, `M. Hollande` a person.
    fn context_preference(&self, t: usize) -> Option<Label> {
        if t == 0 {
            return None;
        }
        let p = self.f(t - 1);
        if matches!(
            p,
            "en" | "a" | "au" | "aux" | "vers" | "depuis" | "dans" | "pres"
        ) {
            return Some(Label::Loc);
        }
        if self.title_at(t - 1).is_some() {
            return Some(Label::Per);
        }
        None
    }

    /// The end (exclusive) of a person's name starting at `j`: capitalised
    /// words, initials, particles followed by a capital. At most 5 tokens.
    fn name_end(&self, j: usize) -> usize {
        let n = self.tokens.len();
        let mut e = j;
        while e < n && e - j < 5 {
            if e > j && self.newline_before(e) {
                break;
            }
            // (Not past an initial before a word that opens sentences:
            // `a dit Karim B. Puis il …`.)
            if e > j && self.is_letter_initial(e - 1) && is_stop(self.f(e)) {
                break;
            }
            if self.is_cap(e) && self.title_at(e).is_none_or(|_| e > j) {
                e += 1;
            } else if e > j && is_particle(self.f(e)) && e + 1 < n && self.is_cap(e + 1) {
                e += 2;
            } else if e > j
                && is_particle(self.f(e))
                && e + 2 < n
                // (`Jean de la Fontaine`, `Agnès von der Mühll`, `Hans van
                // den Broek`, `Rogier van de Velde`.)
                && matches!(self.f(e + 1), "la" | "der" | "den" | "de")
                && self.is_cap(e + 2)
            {
                e += 3;
            } else {
                break;
            }
        }
        // Do not end on an abbreviation like `M.` that starts another name.
        // (A title word after a particle is the surname's: `Denis Le
        // Saint`.)
        // (But an initial that ends the name keeps it: `Thierry M.,
        // couvreur de 46 ans`, the press's way of hiding a surname, when
        // no capitalised word follows.)
        let kept_initial = e > j + 1
            && self.is_letter_initial(e - 1)
            && (e >= n || (!self.is_cap(e) && self.tokens[e].kind() != TokenKind::Abbreviation));
        while !kept_initial
            && e > j
            && self.title_at(e - 1).is_some()
            && e - 1 > j
            && !(e >= 2 && is_particle(self.f(e - 2)) && self.is_cap(e - 2))
        {
            e -= 1;
        }
        e
    }

    fn rule_cands(
        &self,
        given: &WordMap,
        demonyms: &HashSet<Box<str>>,
        out: &mut Vec<Cand>,
        bufs: &mut RunBufs,
    ) {
        let n = self.tokens.len();
        let RunBufs {
            covered: other,
            bare,
            clashes,
            after_a,
            ..
        } = bufs;
        covered_by_other(out, n, other);
        let other = &*other;
        // The gazetteer's candidates come first, in token order.
        let gaz_len = out.len();
        // `Lagardère News`, `Bolloré Group`: an organisation of the
        // gazetteer and capitalised English words of organisation right
        // after it, on its line, name another one (its subsidiary).
        for i in 0..gaz_len {
            let c = out[i];
            if c.label != Label::Org || c.e >= n {
                continue;
            }
            let mut e = c.e;
            while e < n
                && e < c.e + 3
                && self.is_cap(e)
                && !self.newline_before(e)
                && is_english_org_word(self.f(e))
            {
                e += 1;
            }
            if e > c.e {
                out.push(Cand {
                    canon: None,
                    s: c.s,
                    e,
                    label: Label::Org,
                    entry: None,
                    source: Source::Rule,
                    gender: None,
                });
            }
        }
        // Acronyms the text defined as things (`acide trifluoroacétique
        // (TFA)`), in text order: their later mentions name no
        // organisation either (at most 8: a bounded look).
        let mut things: Vec<&str> = Vec::new();
        for &t in self.marks() {
            // Every rule here starts at a title or a capitalised word.
            if self.info[t].role & R_TITLE == 0 && !self.is_cap(t) {
                continue;
            }
            let f = self.f(t);
            // (Listed for [`Doc::place_clashes`]; its names are seven and
            // eight bytes long, which most words are not.)
            if matches!(f.len(), 7 | 8) && self.is_cap(t) && CLASHES.iter().any(|c| c.0 == f) {
                clashes.push(t as u32);
            }
            // (Listed for [`Doc::fill_places`].)
            if t > 0 && self.is_cap(t) && is_a_grave(self.tok(t - 1)) {
                after_a.push(t as u32);
            }
            // Title + name.
            if let Some(g) = self.title_at(t) {
                let courtesy = is_honorific(f);
                let mut j = t + 1;
                if !courtesy {
                    // `le président russe Vladimir Poutine`: skip up to two
                    // adjectives.
                    let mut k = 0;
                    while j < n && k < 2 && self.is_lower_word(j) && is_adjective_like(self.f(j)) {
                        j += 1;
                        k += 1;
                    }
                }
                // `la députée LFI Mathilde Panot`, `le sénateur LR Bruno
                // Retailleau`, `la députée Renaissance des Yvelines`: a
                // party (an organisation of the gazetteer, or an acronym)
                // between the title and the name is no part of the name,
                // and with no name after it there is no person.
                let party_end = {
                    let gaz = &out[..gaz_len];
                    let i = gaz.partition_point(|c| c.s < j);
                    gaz[i..]
                        .iter()
                        .take_while(|c| c.s == j)
                        .filter(|c| c.label == Label::Org)
                        .map(|c| c.e)
                        .max()
                };
                let acronym = !courtesy
                    && j < n
                    && self.tok(j).len() >= 2
                    && self.tok(j).chars().all(|ch| ch.is_ascii_uppercase());
                if let Some(pe) = party_end.or(acronym.then_some(j + 1)) {
                    j = if pe < n && self.is_cap(pe) && !self.newline_before(pe) {
                        pe
                    } else {
                        n
                    };
                }
                // (Never across a line break: `premier ministre belge¶¶Vous
                // pouvez …`.)
                if j < n && self.is_cap(j) && !self.newline_before(j) {
                    let e = self.name_end(j);
                    if e > j {
                        let g = g.or_else(|| given_gender(given, self.tok(j)));
                        out.push(Cand {
                            canon: None,
                            s: j,
                            e,
                            label: Label::Per,
                            entry: None,
                            source: Source::Rule,
                            gender: g,
                        });
                    }
                }
            }
            // `la liste « Cap commun »`, `le collectif « Mayotte a soif »`:
            // a group's name in marks right after its noun (past up to
            // three lower-case words, `la liste d'opposition`), one to
            // five words on one line, the first capitalised.
            if self.is_cap(t) && t >= 2 && matches!(self.tok(t - 1), "«" | "“" | "\"") {
                let noun = (t.saturating_sub(5)..t - 1).rev().find(|&g| {
                    let f = self.f(g);
                    is_group_noun(f) || f == "liste"
                });
                let close =
                    (t + 1..(t + 6).min(n)).find(|&x| matches!(self.tok(x), "»" | "”" | "\""));
                if let (Some(g), Some(c)) = (noun, close) {
                    let words = |a: usize, b: usize| {
                        (a..b).all(|x| {
                            !self.newline_before(x)
                                && matches!(
                                    self.tokens[x].kind(),
                                    TokenKind::Word | TokenKind::Number
                                )
                        })
                    };
                    // (Or a participle of naming after a comma:
                    // `L'association, baptisée « Vérité pour Vallières »`.)
                    let named = t == g + 4
                        && self.tok(g + 1) == ","
                        && ["baptise", "nomme", "appele", "denomme"]
                            .iter()
                            .any(|p| self.f(g + 2).starts_with(p));
                    let between = named
                        || (g + 1..t - 1)
                            .all(|x| self.is_lower_word(x) || matches!(self.f(x), "d'" | "de"));
                    // (One word that reads as an adjective is an
                    // exclamation: `un appel du syndicat « Scandaleuse »`.)
                    let adjective = c == t + 1 && {
                        let f = self.f(t);
                        is_adjective_like(f)
                            || ["euse", "eux", "able", "ible"]
                                .iter()
                                .any(|e| f.ends_with(e))
                    };
                    if between && words(t, c) && (c > t + 1 || !other[t]) && !adjective {
                        out.push(Cand::rule(t, c, Label::Org));
                    }
                }
            }
            // Given name + name.
            if self.is_cap(t) && self.tokens[t].kind() == TokenKind::Word && t + 1 < n {
                let g = self.info[t].given;
                // `le maire de Paris Anne Hidalgo`, `à Paris Jean Dupont`:
                // after a preposition of place, a given name followed by
                // another given name and a name is a place (`Paris` is a
                // given name too), and the person starts after it.
                let place_first = g != 0
                    && t >= 1
                    && matches!(self.f(t - 1), "de" | "d'" | "a" | "au" | "en")
                    && t + 2 < n
                    && self.info[t + 1].given != 0
                    && self.is_cap(t + 1)
                    && self.is_cap(t + 2)
                    && {
                        // (A place of the gazetteer alone: not `Hans
                        // Christian Andersen`.)
                        let gaz = &out[..gaz_len];
                        let i = gaz.partition_point(|c| c.s < t);
                        gaz[i..]
                            .iter()
                            .take_while(|c| c.s == t)
                            .any(|c| c.e == t + 1 && c.label == Label::Loc)
                    };
                // (Not after an article: `La Libertad Avanza`, `le Charles
                // de Gaulle` name no person.)
                let after_article =
                    || t >= 1 && matches!(self.f(t - 1), "le" | "la" | "les" | "l'" | "un" | "une");
                if g != 0
                    && !place_first
                    && !after_article()
                    && (self.is_cap(t + 1)
                        || (is_particle(self.f(t + 1)) && t + 2 < n && self.is_cap(t + 2))
                        || (is_particle(self.f(t + 1))
                            && t + 3 < n
                            && matches!(self.f(t + 2), "der" | "den" | "de")
                            && self.is_cap(t + 3)))
                {
                    let e = self.name_end(t);
                    // `Tony Awards`, `LaMia Airlines`: an English word of
                    // organisation or title names makes no person.
                    // Nor does a place head that is no surname (`Dalzell
                    // Gorge`, but `Michael Bay`, `Ricki Lake`).
                    let place = e > t + 1
                        && is_english_place_head(self.f(e - 1))
                        && !matches!(self.f(e - 1), "bay" | "lake");
                    if e > t + 1 && !place && !(t + 1..e).any(|k| is_english_org_word(self.f(k))) {
                        out.push(Cand::person(t, e, gender_of_bits(g)));
                    }
                }
            }
            // A given name alone with an age in apposition (`Nadine, 61
            // ans, qui tient le tabac-presse`): a person the press names
            // by first name only.
            // (Or the age closing an apposition of lowercase words:
            // `Thomas, professeur de mathématiques de 29 ans,`, `José, un
            // livreur de 29 ans du quartier`.)
            let aged_apposition = |t: usize| {
                (t + 3..(t + 12).min(n.saturating_sub(1))).find_map(|k| {
                    if self.tokens[k].kind() == TokenKind::Number {
                        return Some(self.f(k - 1) == "de" && self.f(k + 1) == "ans");
                    }
                    (!self.is_lower_word(k)).then_some(false)
                }) == Some(true)
            };
            if self.is_cap(t)
                && self.tokens[t].kind() == TokenKind::Word
                && self.info[t].given != 0
                && t + 3 < n
                && self.f(t + 1) == ","
                && ((self.tokens[t + 2].kind() == TokenKind::Number && self.f(t + 3) == "ans")
                    || (self.is_lower_word(t + 2) && aged_apposition(t)))
                && !(t >= 1 && matches!(self.f(t - 1), "le" | "la" | "les" | "l'" | "un" | "une"))
            {
                let gaz = &out[..gaz_len];
                let i = gaz.partition_point(|c| c.s < t);
                if !gaz[i..]
                    .iter()
                    .take_while(|c| c.s == t)
                    .any(|c| c.label != Label::Per)
                {
                    out.push(Cand::person(t, t + 1, gender_of_bits(self.info[t].given)));
                }
            }
            // A capitalised name nobody knows after `chez` (`la grève chez
            // Distrimax`): a workplace, an organisation (not a given name
            // or a title: `chez Paul Martin`, `chez Mme Durand`).
            if t > 0
                && self.f(t - 1) == "chez"
                && self.is_cap(t)
                && self.name_word(t)
                && self.tokens[t].kind() == TokenKind::Word
                && self.info[t].given == 0
                && self.info[t].role & R_TITLE == 0
                && !is_stop(self.f(t))
                && !other[t]
                && !self.newline_before(t)
            {
                let e = self.name_end(t).max(t + 1);
                if (t..e).all(|k| self.info[k].given == 0 && !other[k]) {
                    out.push(Cand::rule(t, e, Label::Org));
                }
            }
            // A sports club by its capitalised name ending in `Club`
            // (`le Périgord Rugby Club`, `le Stade rochelais Rugby Club`,
            // `le Racing Club de Lens`), places in it included.
            if self.is_cap(t) && self.f(t) == "club" && t > 0 {
                let mut s = t;
                while s > 0
                    && t - s < 4
                    && self.is_cap(s - 1)
                    && self.name_word(s - 1)
                    && !self.newline_before(s)
                    && !is_stop(self.f(s - 1))
                    && !is_det_or_prep(self.f(s - 1))
                {
                    s -= 1;
                }
                if s < t {
                    let mut e = t + 1;
                    // (`Rugby Club Val-d'Adour`: a capitalised name after.)
                    if e < n && self.is_cap(e) && self.name_word(e) && !self.newline_before(e) {
                        e = self.name_end(e).max(e + 1);
                    } else if e + 1 < n
                        && matches!(self.f(e), "de" | "du")
                        && self.is_cap(e + 1)
                        && !self.newline_before(e + 1)
                    {
                        e = self.name_end(e + 1).max(e + 2);
                    }
                    out.push(Cand::rule(s, e, Label::Org));
                }
            }
            // A given name alone in apposition to a kin (`Sa fille,
            // Catherine, a porté plainte`, `son fils, Lucas,`; or ending
            // the sentence, `pour son fils, Théo.`): the person the press
            // names by first name only.
            if self.is_cap(t)
                && self.tokens[t].kind() == TokenKind::Word
                && self.info[t].given != 0
                && t >= 3
                && t + 1 < n
                && matches!(self.f(t + 1), "," | ".")
                && self.f(t - 1) == ","
                && is_kin_noun(self.f(t - 2))
                && matches!(self.f(t - 3), "sa" | "son" | "leur")
            {
                let gaz = &out[..gaz_len];
                let i = gaz.partition_point(|c| c.s < t);
                if !gaz[i..]
                    .iter()
                    .take_while(|c| c.s == t)
                    .any(|c| c.label != Label::Per)
                {
                    out.push(Cand::person(t, t + 1, gender_of_bits(self.info[t].given)));
                }
            }
            // A union's federation: its acronym, a hyphen and a
            // capitalised branch (`CGT-Énergie`, `FO-Métaux`,
            // `CFDT-Fonction publique`, with `publique` after `Fonction`).
            if self.is_cap(t) && self.tokens[t].kind() == TokenKind::Word {
                let w = self.tok(t);
                if let Some((acr, branch)) = w.split_once('-') {
                    if matches!(
                        acr,
                        "CGT" | "CFDT" | "FO" | "CFTC" | "Unsa" | "UNSA" | "FSU"
                    ) && branch.starts_with(char::is_uppercase)
                        && !branch.contains('-')
                    {
                        let e = if branch == "Fonction"
                            && t + 1 < n
                            && matches!(self.f(t + 1), "publique" | "territoriale" | "hospitaliere")
                        {
                            t + 2
                        } else {
                            t + 1
                        };
                        out.push(Cand::rule(t, e, Label::Org));
                    }
                }
            }
            // An initial and a name (`Selon J. Dupont`, `E. Lebedev`): a
            // capital letter with its dot, then a capitalised name word.
            // (`M.` is the courtesy title, outside the name.)
            if self.is_letter_initial(t)
                && self.tok(t) != "M."
                && t + 1 < n
                && self.name_word(t + 1)
                && !self.newline_before(t + 1)
                && !is_stop(self.f(t + 1))
            {
                let e = self.name_end(t + 1);
                if e > t + 1 {
                    // The name the gazetteer knows keeps its link (`E.
                    // Macron` is Emmanuel Macron).
                    let gaz = &out[..gaz_len];
                    let i = gaz.partition_point(|c| c.s < t + 1);
                    let known = gaz[i..]
                        .iter()
                        .take_while(|c| c.s == t + 1)
                        .find(|c| c.e == e && c.label == Label::Per)
                        .copied();
                    out.push(Cand {
                        canon: known.and_then(|c| c.canon),
                        s: t,
                        e,
                        label: Label::Per,
                        entry: known.and_then(|c| c.entry),
                        source: Source::Rule,
                        gender: known.and_then(|c| c.gender),
                    });
                }
            }
            // `Transport & Environment`, `Ernst & Young`: capitalised words
            // joined by `&` name a body (up to three on each side, on one
            // line, not past an article, a preposition or a word that
            // opens sentences, `Selon`).
            // (Or by English `for`: `Airlines for Europe`, `Americans for
            // Prosperity`, where a place may follow.)
            // (Not a title of a work: `« Waiting for Tonight »`, `Born
            // for This`: a gerund, or marks before.)
            let english_for = || {
                self.tok(t + 1) == "for"
                    && !self.f(t).ends_with("ing")
                    && !(t.saturating_sub(2)..t)
                        .any(|x| matches!(self.tok(x), "«" | "“" | "\"" | "‹"))
            };
            if self.is_cap(t)
                && t + 2 < n
                && self.is_cap(t + 2)
                && (self.tok(t + 1) == "&" || english_for())
                && !self.newline_before(t + 1)
                && !self.newline_before(t + 2)
            {
                let english_for = self.tok(t + 1) == "for";
                let mut s = t;
                while s > 0
                    && s + 3 > t
                    && self.is_cap(s - 1)
                    && !self.newline_before(s)
                    && !is_det_or_prep(self.f(s - 1))
                    && !is_stop(self.f(s - 1))
                    // (Nor a noun of kind in capitals: `l'ONG Transport &
                    // Environment`.)
                    && !self.tok(s - 1).chars().all(|c| !c.is_lowercase())
                {
                    s -= 1;
                }
                let mut e = t + 3;
                while e < n && e < t + 5 && self.is_cap(e) && !self.newline_before(e) {
                    e += 1;
                }
                // (`Jean & Marie Dupont`: given names are people; nor
                // over names the gazetteer knows, `EDF & Engie`, `France &
                // Allemagne`: each is its own; nor inside a longer run of
                // capitalised words, `Le Pen & Bardella`.)
                // (A capitalised article there is a name's, `Le Pen`;
                // `Selon`, `Pour` are not.)
                let inside_run = s > 0
                    && self.is_cap(s - 1)
                    && !self.newline_before(s)
                    && self.tok(s - 1).chars().any(char::is_lowercase)
                    && (matches!(self.f(s - 1), "le" | "la" | "les")
                        || !(is_stop(self.f(s - 1)) || is_det_or_prep(self.f(s - 1))));
                if !is_stop(self.f(s))
                    && !inside_run
                    && self.info[t].given == 0
                    && self.info[t + 2].given == 0
                    && !(s..if english_for { t + 1 } else { e }).any(|x| other[x])
                {
                    out.push(Cand::rule(s, e, Label::Org));
                }
            }
            // `les Forges du Lignon`, `Laboratoires Servier`, `la
            // Cartonnerie du Ternois`: a noun of trade, capitalised, and a
            // capitalised name (after `de` and its article, or right after
            // it) name a company.
            if self.is_cap(t)
                && self.info[t].role & R_TRADE != 0
                && t + 1 < n
                && !self.newline_before(t + 1)
            {
                let j = if self.is_cap(t + 1) {
                    Some(t + 1)
                } else {
                    self.after_de(t + 1)
                };
                if let Some(j) = j.filter(|&j| j < n && self.is_cap(j) && !self.newline_before(j)) {
                    let e = self.name_end(j);
                    if e > j {
                        out.push(Cand::rule(t, e, Label::Org));
                    }
                }
            }
            // Organisation head + complement.
            if self.is_cap(t) && self.info[t].role & R_ORG_HEAD != 0 {
                let e = self.org_end(t);
                if e > t + 1 {
                    // (A metropolis's city before its head and its
                    // complement: `Tours Métropole Val de Loire`; one
                    // capitalised word that is no article, `La Métropole
                    // …`, with no capitalised word before it.)
                    let s = if f == "metropole"
                        && t > 0
                        && self.is_cap(t - 1)
                        && !self.newline_before(t)
                        && !is_det_or_prep(self.f(t - 1))
                        && (t == 1 || !self.is_cap(t - 2))
                    {
                        t - 1
                    } else {
                        t
                    };
                    out.push(Cand::rule(s, e, Label::Org));
                } else if f == "metropole" && t > 0 && self.is_cap(t - 1) {
                    // `Toulouse Métropole`, `Montpellier Méditerranée
                    // Métropole`: the capitalised words before a
                    // metropolis's head name it (up to three, on its
                    // line, not an article).
                    let mut s = t - 1;
                    while s > 0
                        && s + 3 > t
                        && self.is_cap(s - 1)
                        && !self.newline_before(s)
                        && !is_det_or_prep(self.f(s - 1))
                    {
                        s -= 1;
                    }
                    if !self.newline_before(t) && !is_det_or_prep(self.f(s)) {
                        out.push(Cand::rule(s, t + 1, Label::Org));
                    } else {
                        bare.push(t as u32);
                    }
                } else {
                    bare.push(t as u32);
                }
            }
            // Two or three capitalised words nobody knows, inside a
            // sentence and not after a determiner or a preposition (which
            // announce places and organisations): a person's name
            // (`Bauke Mollema`, `Andriy Grivko`).
            // A capitalised demonym before the pair (`l'Espagnol Fernando
            // Alarza`) is no part of it.
            let s0 = if self.is_cap(t)
                && t + 2 < n
                && self.is_cap(t + 1)
                && self.is_cap(t + 2)
                && demonyms.contains(f)
            {
                t + 1
            } else {
                t
            };
            if s0 + 1 < n
                && self.is_cap(s0)
                && self.is_cap(s0 + 1)
                && (s0 > t || !self.initial(t) || self.apposition_after(s0 + 2))
                && self.name_word(s0)
                && self.name_word(s0 + 1)
                && !self.newline_before(s0 + 1)
                && !is_stop(self.f(s0))
                && !is_english_name_word(self.f(s0))
                && !is_english_name_word(self.f(s0 + 1))
                && (s0 == 0 || s0 > t || !is_det_or_prep(self.f(s0 - 1)))
                && !other[s0]
                && !other[s0 + 1]
            {
                // Further capitalised words and particles (`Alain-Claude
                // Bilie By Nzé`, `Jorik Van Egdom`), as for other names.
                let mut e = self.name_end(s0).max(s0 + 2);
                // (Nor a particle left at the end once a place is cut
                // off: `Rebâtir Notre-Dame de Lyon` is no `… de`; `la` of
                // `de la` is one too.)
                while e > s0 + 2
                    && (other[e - 1]
                        || is_english_name_word(self.f(e - 1))
                        || is_particle(self.f(e - 1)))
                {
                    e -= 1;
                }
                // `Press Trust of India`, `Bank of America`: `of` and a
                // capitalised word after the pair make an organisation.
                // (So does a noun of groups before it: `le collectif Nous
                // Toutes`, `le syndicat Sud Rail`; a capitalised one is
                // part of the name: `le Réseau Action Climat`.)
                // (Not a group that is a person's complement: `le
                // président de l'association Tchenko Ouattara`, `le
                // porte-parole du mouvement X Y` name the person.)
                // (Not `la restructuration de l'entreprise ABB-Alsthom
                // Power`: only after a noun of a person's function.)
                let complement = |g: usize| self.function_complement(g);
                // (Or with its members between: `l'association d'usagers
                // Rail Francilien Ensemble`.)
                let members_between = s0 >= 3
                    && self.is_lower_word(s0 - 1)
                    && matches!(self.f(s0 - 2), "de" | "d'")
                    && is_group_noun(self.f(s0 - 3))
                    && !self.is_cap(s0 - 3)
                    && !complement(s0 - 3);
                let group = (s0 > 0 && is_group_noun(self.f(s0 - 1)) && !complement(s0 - 1))
                    || members_between
                    || self.side_group_before(s0).is_some();
                // (Not an acronym: `l'ONG Foro Penal`.)
                let t = if group
                    && self.is_cap(s0 - 1)
                    && !self.initial(s0 - 1)
                    && self.f(s0 - 1) != "ong"
                {
                    s0 - 1
                } else {
                    s0
                };
                // (So does a French word of company names at its end:
                // `le fonds allemand Halvern Industrie`.)
                let mut label = if group || is_company_word(self.f(e - 1)) {
                    Label::Org
                } else {
                    Label::Per
                };
                if e + 1 < n
                    && self.f(e) == "of"
                    && self.is_cap(e + 1)
                    && !self.newline_before(e + 1)
                {
                    e += 2;
                    while e < n && e - s0 < 6 && self.is_cap(e) && !self.newline_before(e) {
                        e += 1;
                    }
                    label = Label::Org;
                }
                out.push(Cand::rule(t, e, label));
            }
            // `le parquet national antiterroriste (Pnat)`: an acronym in
            // brackets after the lower-case name it stands for.
            if !other[t] && self.is_cap(t) {
                if let Some(def) = self.lower_case_definition(t) {
                    out.push(Cand {
                        canon: Some(def),
                        ..Cand::rule(t, t + 1, Label::Org)
                    });
                    // (A name with its place is a mention too: `du service
                    // départemental d'incendie et de secours des Landes
                    // (SDIS 40)`.)
                    if def.1 > def.0 + 1 && self.is_cap(def.1 - 1) {
                        out.push(Cand::rule(def.0, def.1, Label::Org));
                    }
                } else if let Some(s) = self.capitalised_definition(t) {
                    // `L'Intersyndicale nationale des internes (Isni)`: a
                    // capitalised word and lower-case ones whose initials
                    // spell the acronym, which the rules above leave (a
                    // capital opening the sentence).
                    out.push(Cand::rule(s, t - 1, Label::Org));
                    out.push(Cand {
                        canon: Some((s, t - 1)),
                        ..Cand::rule(t, t + 1, Label::Org)
                    });
                }
            }
            // Capitalised words after a lower-case noun of groups and its
            // article, one of them a known place or name (`l'association
            // Lyon Centre`, `le collectif Paris Solidaire`): the group's
            // name, longer than what the gazetteer found in it. (The pair
            // rule below reads runs nobody knows.)
            if t >= 2
                && t + 1 < n
                && self.is_cap(t)
                && self.is_cap(t + 1)
                && !self.newline_before(t)
                && !self.newline_before(t + 1)
                && (other[t] || other[t + 1])
                && ((is_group_noun(self.f(t - 1))
                    && !self.is_cap(t - 1)
                    && is_group_article(self.f(t - 2)))
                    || self.side_group_before(t).is_some())
            {
                let mut e = t + 2;
                while e < n && e < t + 4 && self.is_cap(e) && !self.newline_before(e) {
                    e += 1;
                }
                let gaz = &out[..gaz_len];
                let i = gaz.partition_point(|c| c.s < t);
                let longer = !gaz[i..].iter().take_while(|c| c.s == t).any(|c| c.e >= e);
                // (What the gazetteer knows there is a place, and no word
                // nobody knows is a given name: not `du groupe RN Marine
                // Le Pen`.)
                let j = gaz.partition_point(|c| c.s < e);
                // (Or the group's own parent: `l'association Emmaüs
                // Connect`.)
                let places = gaz[i..j].iter().all(|c| c.label != Label::Per);
                let no_person = (t..e).all(|k| other[k] || self.info[k].given == 0);
                // (And a word that is no place: `un réseau Lyon Grenoble`
                // may be two towns.)
                let own_word = (t..e).any(|k| !other[k]);
                if longer && places && no_person && own_word {
                    out.push(Cand::rule(t, e, Label::Org));
                }
            }
            // A name word after a lower-case noun of groups (or `ONG`)
            // and its article, on the same line, the group not a person's
            // complement (`le président de l'association Gérard`): what
            // the two rules below name.
            // (Past a lower-case adjective of origin: `la start-up
            // grenobloise Kovalt`.)
            let g = if t >= 3
                && self.is_lower_word(t - 1)
                && is_adjective_like(self.f(t - 1))
                && is_group_noun(self.f(t - 2))
                && !self.is_cap(t - 2)
            {
                t - 1
            } else {
                t
            };
            // (A name that opens with its capitalised article: `la
            // coopérative Les Coteaux de Génissac`.)
            let article_name = matches!(f, "les" | "la" | "le")
                && self.is_cap(t)
                && t + 1 < n
                && self.is_cap(t + 1)
                && self.name_word(t + 1)
                && !self.newline_before(t + 1);
            let after_group = g >= 2
                && is_group_noun(self.f(g - 1))
                && (!self.is_cap(g - 1) || self.f(g - 1) == "ong")
                && is_group_article(self.f(g - 2))
                && ((self.name_word(t) && !is_stop(f)) || article_name)
                && !self.newline_before(t)
                && !self.function_complement(g - 1);
            // One capitalised word nobody knows there (`l'association
            // Sherpa`, `le collectif Attac`, `l'ONG Anticor`): the group's
            // name. (Not a word the next one continues, which the pair
            // rule above reads.)
            if after_group
                && !article_name
                && !other[t]
                && (t + 1 >= n || !self.is_cap(t + 1) || self.newline_before(t + 1))
            {
                // (With a number of up to three digits right after it, on
                // its line: `l'association Utopia 56`.)
                let numbered = t + 1 < n
                    && self.tokens[t + 1].kind() == TokenKind::Number
                    // (Or four: `l'association Horizon 2040`.)
                    && (1..=4).contains(&self.tokens[t + 1].as_str().len())
                    && self.tokens[t + 1]
                        .as_str()
                        .bytes()
                        .all(|b| b.is_ascii_digit())
                    && !self.newline_before(t + 1);
                let mut e = t + 1 + usize::from(numbered);
                // (Or runs over up to three lower-case words, and a proper
                // name after them, up to a verb of speech right after:
                // `l'association Lycées sans harcèlement dénonce`.)
                if !numbered {
                    // (Not an auxiliary, a clitic or a relative pronoun:
                    // `l'association Anticor a indiqué`.)
                    let verbal = |x: usize| {
                        matches!(
                            self.f(x),
                            "a" | "ont"
                                | "avait"
                                | "avaient"
                                | "aura"
                                | "est"
                                | "sont"
                                | "etait"
                                | "sera"
                                | "va"
                                | "vont"
                                | "vient"
                                | "doit"
                                | "peut"
                                | "ne"
                                | "n'"
                                | "se"
                                | "s'"
                                | "y"
                                | "en"
                                | "lui"
                                | "leur"
                                | "les"
                                | "l'"
                                | "qui"
                                | "que"
                                | "qu'"
                                | "dont"
                                | "et"
                                | "ou"
                        )
                    };
                    let mut k = e;
                    while k < n
                        && k < e + 3
                        && self.is_lower_word(k)
                        && !self.finite_cue(k)
                        && !verbal(k)
                    {
                        k += 1;
                    }
                    let end = if k > e && k < n && self.is_cap(k) && !self.newline_before(k) {
                        self.name_end(k).max(k + 1)
                    } else {
                        k
                    };
                    if end > e && end < n && self.finite_cue(end) && !self.newline_before(end) {
                        e = end;
                    }
                }
                out.push(Cand::rule(t, e, Label::Org));
            }
            // Capitalised words joined by `et` or `de` there
            // (`l'association Eau et Rivières de Bretagne`): the group's
            // name, when what the gazetteer knows in it is places only
            // (not `le collectif Attac et Greenpeace`, two groups) and no
            // word is a given name.
            if after_group {
                let mut e = t + 1;
                let mut joined = false;
                // (`et` joins single words: `Eau et Rivières`, not `Stop
                // Bassines et Extinction Rebellion`, two groups.)
                let mut words = 1;
                while e < n && e < t + 8 {
                    if self.is_cap(e) && !self.newline_before(e) {
                        e += 1;
                        words += 1;
                        continue;
                    }
                    if self.f(e) == "et" && words > 1 {
                        break;
                    }
                    words = 0;
                    let art =
                        usize::from(self.f(e) == "de" && matches!(self.f(e + 1), "la" | "l'"));
                    // (Or an elided article: `l'association Demain
                    // l'Estuaire`.)
                    let link = matches!(self.f(e), "et" | "de" | "du" | "des" | "d'" | "l'");
                    // (A plant's town is no part of its company's name:
                    // `l'usine Valmétal de Saint-Dizier`.)
                    let plant_town = self.f(g - 1) == "usine" && matches!(self.f(e), "de" | "d'");
                    if link
                        && !plant_town
                        && e + 1 + art < n
                        && self.is_cap(e + 1 + art)
                        && !self.newline_before(e + 1 + art)
                    {
                        e += 1 + art;
                        joined = true;
                    } else {
                        break;
                    }
                }
                if joined || (article_name && e > t + 1) {
                    let gaz = &out[..gaz_len];
                    let i = gaz.partition_point(|c| c.s < t);
                    let j = gaz.partition_point(|c| c.s < e);
                    let places = gaz[i..j].iter().all(|c| c.label == Label::Loc);
                    let no_person = (t..e).all(|k| !self.is_cap(k) || self.info[k].given == 0);
                    if places && no_person {
                        out.push(Cand::rule(t, e, Label::Org));
                    }
                }
            }
            // English place names: capitalised words up to a geographic
            // head (`Dalzell Gorge`, `Red Eagle Lodge`, `Death Valley`), or
            // opened by `Lake` or `Mount` (`Lake Placid`).
            // (A capitalised article or preposition opens no place but
            // may stand before one: `En Death Valley`.)
            // (The head first: it is rare, and the tests of what opens
            // the run cost more.)
            let opens = |k: usize| is_stop(self.f(k)) || is_det_or_prep(self.f(k));
            if self.name_word(t) {
                let mut e = t;
                let mut head = None;
                while e < n && e - t < 5 && self.name_word(e) && (e == t || !self.newline_before(e))
                {
                    if e > t && is_english_place_head(self.f(e)) {
                        head = Some(e + 1);
                    }
                    e += 1;
                }
                let end = head
                    .or_else(|| (e > t + 1 && matches!(self.f(t), "lake" | "mount")).then_some(e))
                    .filter(|_| (t == 0 || !self.is_cap(t - 1) || opens(t - 1)) && !opens(t));
                if let Some(end) = end {
                    out.push(Cand::rule(t, end, Label::Loc));
                }
            }
            // Unknown acronyms, and acronyms joined by hyphens (`CNDD-FDD`).
            let tok = self.tok(t);
            let acronym = |a: &str| {
                (2..=6).contains(&a.len())
                    && a.bytes().all(|c| c.is_ascii_uppercase())
                    && !is_not_acronym(a)
            };
            // (Or capitals with a digit inside, `BC2R`, `M3V`: a number
            // word of the name; not `COP21`, `A320`, which end with one.)
            let inner_digit = |a: &str| {
                let b = a.as_bytes();
                (3..=6).contains(&b.len())
                    && b[0].is_ascii_uppercase()
                    && b[b.len() - 1].is_ascii_uppercase()
                    && b.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
                    && b.iter().any(u8::is_ascii_digit)
                    // (Not a postcode's first half, `H1M 1N4`.)
                    && !(t + 1 < n && self.tokens[t + 1].as_str().starts_with(|c: char| c.is_ascii_digit()))
            };
            // `Saint-Priest-de-Vézère`, `Les Aubiers-sur-Creuse`'s
            // `Aubiers-sur-Creuse`, `Chantemerle-les-Prés`: capitalised
            // parts joined by a particle of place names are a place (a
            // village no list has).
            if self.tokens[t].kind() == TokenKind::Word && tok.len() >= 7 && tok.contains('-') {
                // (No allocation: the parts are read from the token.)
                let count = tok.split('-').count();
                let cap = |p: &str| p.chars().next().is_some_and(char::is_uppercase);
                let particle = |p: &str| {
                    matches!(
                        p,
                        "sur"
                            | "sous"
                            | "lès"
                            | "lez"
                            | "les"
                            | "le"
                            | "la"
                            | "de"
                            | "du"
                            | "des"
                            | "en"
                            | "aux"
                            | "au"
                    )
                };
                if (3..=6).contains(&count)
                    && tok.split('-').next().is_some_and(cap)
                    && tok.rsplit('-').next().is_some_and(cap)
                    && tok.split('-').skip(1).take(count - 2).any(particle)
                    && tok.split('-').all(|p| cap(p) || particle(p))
                {
                    out.push(Cand::rule(t, t + 1, Label::Loc));
                }
            }
            if self.tokens[t].kind() == TokenKind::Word
                && tok.len() <= 13
                // (Capitals and hyphens only, tested on the bytes before
                // the split: most capitalised words fail at their second
                // byte.)
                && ((tok.bytes().all(|c| c.is_ascii_uppercase() || c == b'-')
                    && tok.split('-').all(acronym))
                    || inner_digit(tok))
            {
                if self.abbreviates_a_thing(t) {
                    if things.len() < 8 {
                        things.push(tok);
                    }
                } else if !things.contains(&tok) {
                    out.push(Cand::rule(t, t + 1, Label::Org));
                }
            }
        }
    }

    /// Does the acronym at token `t`, in brackets, abbreviate a thing the
    /// lower-case words before it name (`d'acide trifluoroacétique (TFA)`,
    /// `les substances per- et polyfluoroalkylées (PFAS)`)? Such an
    /// acronym names no organisation. (The head is the first of at most
    /// five lower-case words before the brackets.)
    fn abbreviates_a_thing(&self, t: usize) -> bool {
        if t < 3
            || self.tok(t - 1) != "("
            || self.tokens.get(t + 1).map(|x| x.as_str()) != Some(")")
        {
            return false;
        }
        let mut h = t - 1;
        while h > 0 && t - 1 - h < 5 && self.is_lower_word(h - 1) && !is_det_or_prep(self.f(h - 1))
        {
            h -= 1;
        }
        h < t - 1
            && matches!(
                self.f(h),
                "acide"
                    | "acides"
                    | "substance"
                    | "substances"
                    | "molecule"
                    | "molecules"
                    | "compose"
                    | "composes"
                    | "polluant"
                    | "polluants"
                    | "pesticide"
                    | "pesticides"
                    | "particules"
                    | "gaz"
                    | "indice"
                    | "taux"
                    | "impot"
                    | "taxe"
                    | "syndrome"
                    | "virus"
                    | "maladie"
            )
    }

    /// Rules driven by a lower-case context word: events (MISC, so that
    /// the places inside them are not tagged alone), ministries' portfolios,
    /// national institutions (`armée syrienne`), streets and squares.
    fn context_rules(&self, demonyms: &HashSet<Box<str>>, out: &mut Vec<Cand>) {
        let n = self.tokens.len();
        let rule = |s, e, label| Cand {
            canon: None,
            s,
            e,
            label,
            entry: None,
            source: Source::Rule,
            gender: None,
        };
        for &t in self.marks() {
            let r = self.info[t].role;
            if r & (R_EVENT
                | R_MINISTRY
                | R_INSTITUTION
                | R_STREET
                | R_ORG_HEAD
                | R_PLACE
                | R_MEDIA
                | R_FACILITY)
                == 0
            {
                continue;
            }
            let f = self.f(t);
            // `la revue Nature`, `le quotidien Libération`: the name after
            // a lower-case media noun is the medium.
            // (`établissement public` as one head.)
            let m = if f == "etablissement" && t + 1 < n && self.f(t + 1) == "public" {
                t + 1
            } else {
                t
            };
            if r & R_MEDIA != 0
                && !self.is_cap(t)
                && m + 1 < n
                && self.is_cap(m + 1)
                && !self.newline_before(m + 1)
            {
                let mut e = self.name_end(m + 1);
                // (A collective's name goes on past a number or an
                // adjective: `le collectif Liberté Santé 13`, `le collectif
                // Familles unies`.)
                if e > m + 1 && matches!(f, "collectif" | "coalition") && e < n {
                    let more = self.tokens[e].kind() == TokenKind::Number
                        || (self.is_lower_word(e)
                            && is_adjective_like(self.f(e))
                            && !self.finite_cue(e));
                    if more && !self.newline_before(e) {
                        e += 1;
                    }
                }
                // (A collective's name that opens with an imperative runs
                // over lower-case words to the proper name that ends it:
                // `le collectif Sauvons le cours Gambetta`.)
                if e == m + 2 && matches!(f, "collectif" | "association") {
                    let v = self.f(m + 1);
                    if v.len() > 5 && (v.ends_with("ons") || v.ends_with("ez")) {
                        let mut k = e;
                        while k < n && k < e + 4 && self.is_lower_word(k) && !self.finite_cue(k) {
                            k += 1;
                        }
                        if k > e && k < n && self.is_cap(k) && !self.newline_before(k) {
                            e = self.name_end(k).max(k + 1);
                        }
                    }
                }
                if e > m + 1 {
                    out.push(rule(m + 1, e, Label::Org));
                }
            }
            // `l'office public Habitat Rhône Solidaire`: a social
            // landlord's name after its kind (the name alone).
            if r & R_ORG_HEAD != 0
                && f == "office"
                && !self.is_cap(t)
                && t + 2 < n
                && self.f(t + 1) == "public"
                && self.is_cap(t + 2)
                && self.name_word(t + 2)
                && !self.newline_before(t + 2)
            {
                let e = self.name_end(t + 2).max(t + 3);
                out.push(rule(t + 2, e, Label::Org));
            }
            // `le centre hospitalier de Vierzac`, `du centre hospitalier
            // universitaire de Nantes`: a hospital named by its town.
            if r & R_ORG_HEAD != 0
                && f == "centre"
                && !self.is_cap(t)
                && t + 3 < n
                && self.f(t + 1) == "hospitalier"
            {
                let mut h = t + 2;
                if matches!(
                    self.f(h),
                    "universitaire" | "regional" | "intercommunal" | "departemental" | "specialise"
                ) {
                    h += 1;
                }
                if let Some(k) = self
                    .after_de(h)
                    .filter(|&k| k < n && self.is_cap(k) && !self.newline_before(k) && k > h)
                {
                    let e = self.name_end(k).max(k + 1);
                    out.push(rule(t, e, Label::Org));
                }
            }
            // A lower-case head before a proper name: `université
            // Harvard`, `diocèse de Hearst`, `comité Nobel`, `académie de
            // Grenoble` (the capitalised heads are the rule candidates').
            if r & R_ORG_HEAD != 0 && !self.is_cap(t) && is_lower_org_head(f) {
                let j = t + 1;
                let complement = |j: usize| {
                    let k = self.after_de(j).unwrap_or(j);
                    (k < n && self.is_cap(k) && !self.newline_before(k)).then_some(k)
                };
                if let Some(k) = complement(j) {
                    // The name, then its own complements (`hôpital Pasteur
                    // de Nice`, `université d'État de Pennsylvanie`).
                    let mut e = self.name_end(k);
                    while e > k
                        && e < n
                        && e - t < 10
                        && matches!(self.f(e), "de" | "du" | "des" | "d'")
                        && let Some(k2) = complement(e)
                    {
                        e = self.name_end(k2).max(k2 + 1);
                    }
                    if e > k {
                        out.push(rule(t, e, Label::Org));
                    }
                }
            }
            // A building named after someone, with hyphens: `réunis salle
            // Jean-Moulin`, `au lycée Victor-Hugo` (MISC: no person, and
            // not tagged alone).
            if r & R_FACILITY != 0
                && !self.is_cap(t)
                && t + 1 < n
                && self.is_cap(t + 1)
                && {
                    // (Two capitalised parts, a person's: `Jean-Moulin`,
                    // `Lucie-Aubrac`; not a place's, `Val-de-Seine`.)
                    let mut parts = self.tok(t + 1).split('-');
                    let cap = |p: Option<&str>| {
                        p.and_then(|p| p.chars().next())
                            .is_some_and(char::is_uppercase)
                    };
                    cap(parts.next()) && cap(parts.next())
                }
                && !self.newline_before(t + 1)
            {
                // (The hyphenated name alone: `du collège Jean-Moulin de
                // Montreval-sur-Saône` leaves the town.)
                out.push(rule(t, t + 2, Label::Misc));
            }
            // Events: `Tour de France 2016`, `Jeux olympiques de Rio`,
            // `championnat d'Europe`, `Coupe du monde`, `Euro 2016`.
            let event = match f {
                "tour" | "coupe" | "rallye" | "festival" | "trophee" | "grand prix" | "ironman"
                | "open" => self.is_cap(t),
                "jeux" => {
                    t + 1 < n
                        && matches!(self.f(t + 1), "olympiques" | "paralympiques" | "mondiaux")
                }
                "championnat" | "championnats" | "mondiaux" | "coupe du monde" => true,
                "euro" => t + 1 < n && self.tokens[t + 1].kind() == TokenKind::Number,
                _ => false,
            };
            if event {
                let e = self.event_end(t);
                if e > t + 1 {
                    out.push(rule(t, e, Label::Misc));
                }
            }
            // Portfolios: `ministre de l'Intérieur`, `ministère des Affaires
            // étrangères` name the ministry by its capitalised part.
            if r & R_MINISTRY != 0 && !self.is_cap(t) {
                if let Some(j) = self.after_de(t + 1) {
                    if j < n && self.is_cap(j) && !self.newline_before(j) {
                        let mut e = j + 1;
                        while e < n && !self.newline_before(e) {
                            if self.is_lower_word(e) && is_adjective_like(self.f(e)) {
                                e += 1;
                            } else if self.f(e) == "et" && e + 1 < n && self.is_cap(e + 1) {
                                e += 2;
                            } else if self.f(e) == "et"
                                && e + 2 < n
                                && matches!(self.f(e + 1), "de" | "des" | "du" | "de la" | "d'")
                                && self.is_cap(e + 2)
                            {
                                e += 3;
                            } else if self.is_cap(e)
                                // `ministre de l'Intérieur Paul Martin`: a
                                // given name and a name start the minister.
                                && !(self.info[e].given != 0 && e + 1 < n && self.is_cap(e + 1))
                            {
                                e += 1;
                            } else {
                                break;
                            }
                        }
                        out.push(rule(j, e, Label::Org));
                    }
                }
            }
            // `armée syrienne`, `gouvernement ukrainien`.
            if r & R_INSTITUTION != 0
                && t + 1 < n
                && demonyms.contains(self.f(t + 1))
                && !self.newline_before(t + 1)
            {
                out.push(rule(t, t + 2, Label::Org));
            }
            // `la ville de Hilla`, `la province de Zabol`: the place
            // named after a place noun and `de`.
            // `comté` and `cité` fold as the title `comte` and the verb
            // `cite`: their accent decides (NFC or NFD).
            if r & R_PLACE != 0
                && (!matches!(f, "comte" | "cite") || self.tok(t).ends_with(['é', '\u{301}']))
                && let Some(j) = self.after_de(t + 1)
                && j < n
                && self.is_cap(j)
                && !self.newline_before(j)
            {
                let mut e = self.name_end(j);
                // `la province de Kandahar Mohammed Wesa`: the person in
                // apposition after the place.
                if let Some(p) = (j + 1..e).find(|&p| p + 1 < e && self.person_starts_at(p)) {
                    e = p;
                }
                if e > j {
                    out.push(rule(j, e, Label::Loc));
                }
            }
            // Streets and squares: `place de la République`, `rue de Rivoli`,
            // `18e arrondissement de Paris`.
            let street = r & R_STREET != 0;
            if street {
                let j = self.after_de(t + 1).unwrap_or(t + 1);
                if j < n && self.is_cap(j) && !self.newline_before(j) {
                    let e = self.name_end(j);
                    let mut s = t;
                    if f == "arrondissement"
                        && t > 0
                        && self.tokens[t - 1].kind() == TokenKind::Number
                        && self.tok(t - 1).ends_with(['e', 'r'])
                    {
                        s = t - 1;
                    }
                    // Lakes, massifs, volcanoes, gulfs… are named without
                    // a lower-case head (`lac du Bourget` -> `Bourget`,
                    // `volcan Mauna Loa`), as the evaluation data does; a
                    // capitalised head is part of the name (`Col du
                    // Soulor`, `Vallée d'Aoste`); streets, squares,
                    // islands and valleys keep their head (`place de la
                    // République`, `île de Guam`).
                    if is_natural_head(f) && !self.is_cap(t) {
                        s = j;
                    }
                    if e > j && (f != "arrondissement" || s < t) {
                        out.push(rule(s, e, Label::Loc));
                    }
                }
            }
        }
    }

    /// Does a person's name start at token `p`: a known given name, then
    /// a capitalised word on the same line (`Matteo Renzi` after
    /// `Conseil italien`, `Mohammed Wesa` after `province de Kandahar`)?
    fn person_starts_at(&self, p: usize) -> bool {
        let n = self.tokens.len();
        if p + 1 >= n || self.info[p].given == 0 {
            return false;
        }
        // (A place's saint: `San Carlos de Bariloche`, `Santo Domingo`.)
        if p > 0
            && matches!(
                self.f(p - 1),
                "san" | "santo" | "santa" | "sao" | "saint" | "sainte"
            )
        {
            return false;
        }
        // (Or past a particle: `Alexandre de Moraes`, `Ursula von der
        // Leyen`.)
        let mut q = p + 1;
        if matches!(self.f(q), "de" | "da" | "do" | "dos" | "van" | "von") {
            q += 1;
            if q < n && self.f(q) == "der" {
                q += 1;
            }
        }
        q < n && self.is_cap(q) && !self.newline_before(q)
    }

    /// The token after `de`/`du`/`des`/`d'` at `j` and an article `la`/`l'`
    /// after it (`ministre de l'Intérieur`, `rue de Rivoli`), or `None`
    /// when no such preposition is at `j`.
    fn after_de(&self, j: usize) -> Option<usize> {
        let n = self.tokens.len();
        if j >= n || !matches!(self.f(j), "de" | "du" | "des" | "d'") {
            return None;
        }
        let k = j + 1;
        Some(if k < n && matches!(self.f(k), "la" | "l'") {
            k + 1
        } else {
            k
        })
    }

    /// The end of an event name whose head is at `t`.
    fn event_end(&self, t: usize) -> usize {
        let n = self.tokens.len();
        let mut e = t + 1;
        let mut named = false;
        while e < n && e - t < 8 && !self.newline_before(e) {
            let f = self.f(e);
            if self.is_cap(e)
                || matches!(
                    f,
                    "monde" | "olympiques" | "paralympiques" | "olympique" | "mondial" | "mondiaux"
                )
            {
                named = true;
                e += 1;
            } else if matches!(f, "de" | "du" | "des" | "d'" | "la" | "l'")
                && e + 1 < n
                && !self.newline_before(e + 1)
            {
                e += 1;
            } else if self.tokens[e].kind() == TokenKind::Number && self.tok(e).len() == 4 && named
            {
                e += 1;
                break;
            } else {
                break;
            }
        }
        // Do not end on a particle.
        while e > t + 1 && matches!(self.f(e - 1), "de" | "du" | "des" | "d'" | "la" | "l'") {
            e -= 1;
        }
        if named { e } else { t }
    }

    /// An unknown capitalised word after `à` is a place (`à Hilla`), when
    /// no other rule took it.
    /// `after_a`: the capitalised tokens after `à`, in order (the rule
    /// pass lists them).
    fn fill_places(&self, chosen: &mut Vec<Cand>, extra: &mut Vec<Cand>, after_a: &[u32]) {
        let n = self.tokens.len();
        extra.clear();
        let mut covered = Cover::new(chosen);
        for &t in after_a {
            let t = t as usize;
            if t == 0
                || covered.at(t)
                || !self.is_cap(t)
                || self.initial(t)
                || self.tokens[t].kind() != TokenKind::Word
            {
                continue;
            }
            // (Nor an acronym of a thing: `un vaccin à ARN`.)
            if !is_a_grave(self.tok(t - 1))
                || self.info[t].given != 0
                || is_stop(self.f(t))
                || is_not_acronym(self.tok(t))
            {
                continue;
            }
            if t + 1 < n && self.is_cap(t + 1) && !self.newline_before(t + 1) {
                continue;
            }
            extra.push(Cand {
                canon: None,
                s: t,
                e: t + 1,
                label: Label::Loc,
                entry: None,
                source: Source::Rule,
                gender: None,
            });
        }
        if !extra.is_empty() {
            chosen.extend_from_slice(extra);
            // Added at uncovered tokens: starts stay distinct.
            chosen.sort_unstable_by_key(|c| c.s);
        }
    }

    /// The end of an organisation name whose head is at `t`.
    fn org_end(&self, t: usize) -> usize {
        let n = self.tokens.len();
        let mut e = t + 1;
        // An airline is `Air` and capitalised words only (`Air
        // Méditerranée placée en liquidation`).
        if self.f(t) == "air" {
            while e < n && e - t < 4 && self.is_cap(e) && !self.newline_before(e) {
                e += 1;
            }
            return e;
        }
        // `le vice-président de la Commission Frans Timmermans`, `le
        // président du Conseil Matteo Renzi`: a body no one names after a
        // person, as a title's complement, then two capitalised words:
        // the title's holder, in apposition, not the body's name.
        if is_person_free_head(self.f(t))
            && t + 2 < n
            && self.is_cap(t + 1)
            && self.is_cap(t + 2)
            && !is_org_head(self.f(t + 1))
            && self.title_at(t + 1).is_none()
            && !self.newline_before(t + 2)
            // (Not a capitalised adjective, `la Commission Nationale
            // Informatique et Libertés`, `la Cour Suprême John Roberts`:
            // the body's own words, a given name coming later.)
            // (A given name first is a person: `l'Assemblée Richard
            // Ferrand`.)
            && (self.info[t + 1].given != 0
                || (!is_adjective_like(self.f(t + 1))
                    && !is_adjective_like(self.f(t + 2))
                    && !matches!(
                        self.f(t + 1),
                        "public" | "publique" | "supreme" | "general" | "generale"
                    )
                    && self.info[t + 2].given == 0))
            && ((t >= 2 && self.f(t - 1) == "du" && self.title_at(t - 2).is_some())
                || (t >= 3
                    && matches!(self.f(t - 1), "la" | "l'")
                    && self.f(t - 2) == "de"
                    && self.title_at(t - 3).is_some()))
        {
            return e;
        }
        // Lower-case complements taken (`de la sécurité`), and the end of
        // the last one: a second one only right after the first (`Bureau
        // de la sécurité des transports`).
        let mut lower_complements = 0;
        let mut complement_end = 0;
        loop {
            if e >= n || e - t > 8 || self.newline_before(e) {
                break;
            }
            let f = self.f(e);
            // (`Le Parlement indique que`, `la Commission explique`: a
            // reporting verb shaped like an adjective ends the name.)
            if self.is_lower_word(e) && is_adjective_like(f) && !self.finite_cue(e) {
                e += 1;
                continue;
            }
            // `Union des psychologues indépendants (Upsi)`, `Réseau
            // Semences paysannes`: an adjective in `-ant(e)s` or `-anne(s)`
            // right after a complement, or after a capitalised word, where a
            // name can end ([`Doc::name_ends_at`]).
            if self.is_lower_word(e)
                && e > t + 1
                && (complement_end == e || self.is_cap(e - 1))
                && f.len() >= 7
                && ["ants", "antes", "annes", "anne"]
                    .iter()
                    .any(|x| f.ends_with(x))
                && self.name_ends_at(e + 1)
            {
                e += 1;
                continue;
            }
            // `Agence américaine océanique et atmosphérique`: two
            // adjectives joined by `et`.
            if f == "et"
                && e > t + 1
                && self.is_lower_word(e - 1)
                && is_adjective_like(self.f(e - 1))
                && e + 1 < n
                && self.is_lower_word(e + 1)
                && is_adjective_like(self.f(e + 1))
            {
                e += 2;
                continue;
            }
            // `Conseil italien Matteo Renzi`, `Conseil des ministres Matteo
            // Renzi`: a given name and a capitalised word after the name
            // (not right after its head: `Fondation Jean Jaurès`) is the
            // person in apposition.
            if e > t + 1 && self.person_starts_at(e) {
                break;
            }
            // `Fédération nationale des mines et de l'énergie`, `Société
            // française d'accompagnement et de soins palliatifs`: a second
            // lower-case complement coordinated with the one just taken.
            if f == "et"
                && lower_complements == 1
                && complement_end == e
                && e + 2 < n
                && matches!(self.f(e + 1), "de" | "du" | "des" | "d'")
            {
                let k = self.past_article(e + 2);
                if self.lower_complement_noun(k) {
                    lower_complements += 1;
                    e = k + 1;
                    complement_end = e;
                    continue;
                }
            }
            if self.is_cap(e) && !is_org_head(f) && self.title_at(e).is_none() {
                e += 1;
                continue;
            }
            // `Centre finlandais de conseil aux réfugiés,`: a second
            // lower-case complement after `au`/`aux`, right after the first,
            // where the name can end.
            if matches!(f, "au" | "aux")
                && lower_complements == 1
                && complement_end == e
                && self.lower_complement_noun(e + 1)
                && self.name_ends_at(e + 2)
            {
                lower_complements += 1;
                e += 2;
                complement_end = e;
                continue;
            }
            if matches!(f, "de" | "du" | "des" | "d'" | "pour" | "sur" | "contre") {
                let k = self.past_article(e + 1);
                // (Not an honorific: `la Coalition civique de M. Tusk`;
                // `l'Office du Haut-Commissaire` goes on.)
                if k < n && self.is_cap(k) && !is_honorific(self.f(k)) {
                    e = k + 1;
                    continue;
                }
                // (`Ligue contre le cancer`, `Comité contre la torture`,
                // `Association pour le droit de mourir dans la dignité`,
                // `Conseil national pour la sauvegarde de la patrie`: a
                // body for or against something, after a head of such
                // bodies; not `pour la première fois`.)
                // (The noun after the article: `le` too, which
                // `past_article` leaves.)
                let noun = if k < n && self.f(k) == "le" { k + 1 } else { k };
                let against = matches!(f, "contre" | "pour")
                    && matches!(
                        self.f(t),
                        "ligue"
                            | "comite"
                            | "association"
                            | "federation"
                            | "collectif"
                            | "coalition"
                            | "alliance"
                            | "mouvement"
                            | "fondation"
                            | "rassemblement"
                                                        | "conseil"
                            | "union"
                            | "front"
                            // (`Institut pour l'étude de la guerre`,
                            // `Agence pour l'enseignement français à
                            // l'étranger`.)
                            | "institut"
                            | "agence"
                            | "centre"
                            | "observatoire"
                            | "organisation"
                    )
                    // (An article after it: not `pour connaître`.)
                    && e + 1 < n
                    && matches!(self.f(e + 1), "la" | "le" | "l'" | "les")
                    && noun < n
                    // (A cause, not a time nor an act or a text of the
                    // moment: `pour la première fois`, `le recours du
                    // Collectif contre la décision du préfet`.)
                    && !matches!(
                        self.f(noun),
                        "premiere" | "derniere" | "seconde" | "deuxieme" | "fois" | "moment"
                            | "decision" | "projet" | "reforme" | "loi" | "mesure" | "texte"
                            | "avis" | "arrete" | "jugement" | "fermeture" | "suppression"
                            | "nomination" | "proposition" | "plan" | "budget" | "motion"
                            | "gouvernement" | "candidature" | "construction" | "installation"
                            | "vente"
                    );
                let k = if against { noun } else { k };
                if (lower_complements == 0 || (lower_complements == 1 && complement_end == e))
                    && (matches!(f, "de" | "du" | "des" | "d'") || against)
                    && self.lower_complement_noun(k)
                    // `Parti démocrate de centre-gauche`: an orientation,
                    // not part of the name.
                    // (folding makes the hyphen a space).
                    && !matches!(self.f(k), "gauche" | "droite")
                    && !self.f(k).starts_with("centre ")
                    && !self.f(k).starts_with("extreme ")
                {
                    lower_complements += 1;
                    e = k + 1;
                    complement_end = e;
                    continue;
                }
            }
            break;
        }
        e
    }

    /// Token `k`, or the one after it when `k` is an article (`la`, `l'`,
    /// `les`).
    fn past_article(&self, k: usize) -> usize {
        if k < self.tokens.len() && matches!(self.f(k), "la" | "l'" | "les") {
            k + 1
        } else {
            k
        }
    }

    /// Can token `k` head a lower-case complement of an organisation's
    /// name (`de la sécurité`, `des mines`): a lower-case word of more
    /// than three letters, no stop word, no infinitive (`la Commission de
    /// nommer un représentant`)?
    fn lower_complement_noun(&self, k: usize) -> bool {
        k < self.tokens.len()
            && self.is_lower_word(k)
            && !is_stop(self.f(k))
            && self.f(k).len() > 3
            && !is_infinitive_like(self.f(k))
    }

    /// Is token `e` a finite form of a reporting verb (`indique`,
    /// `signale`, `explique`)? Read from the quote extractor's view of
    /// the token ([`quote_view`]), only for the rare lower-case word
    /// after an organisation's head.
    fn finite_cue(&self, e: usize) -> bool {
        let view = quote_view(self.text.as_bytes(), &self.tokens[e]);
        crate::quote::lexicon::shared()
            .form(view)
            .is_some_and(|f| f.has(crate::quote::lexicon::Shape::Finite))
    }

    /// Longest first, gazetteer before rules; no two mentions overlap.
    fn resolve(&self, cands: &[Cand], out: &mut Vec<Cand>, bufs: &mut RunBufs) {
        let n = self.tokens.len();
        let pack = n < 1 << PACK_START_BITS
            && cands.len() < 1 << PACK_INDEX_BITS
            && cands.iter().all(|c| c.e - c.s < 1 << PACK_LEN_BITS);
        choose(n, cands, out, bufs, pack);
    }

    /// Can a name end before token `k`: a punctuation mark, a line's end,
    /// a verb of speech, an auxiliary or `qui` there?
    fn name_ends_at(&self, k: usize) -> bool {
        k >= self.tokens.len()
            || self.newline_before(k)
            || matches!(self.tok(k), "," | "." | ";" | ":" | "(" | ")" | "»" | "\"")
            || self.finite_cue(k)
            || matches!(
                self.f(k),
                "a" | "ont" | "est" | "sont" | "avait" | "avaient" | "va" | "vont" | "qui"
            )
    }

    /// `La Région Grand Est conteste …`: after `la` and a capitalised
    /// `Région`, a place is the region's council, an organisation (`la
    /// région` alone then takes it up); a title's `Région Occitanie :` with
    /// no article stays a place, as the WiNER gold has it.
    fn regional_councils(&self, chosen: &mut [Cand]) {
        for i in 0..chosen.len() {
            let c = chosen[i];
            let after_prev = i == 0 || chosen[i - 1].e < c.s.saturating_sub(1);
            if c.label == Label::Loc
                && c.s >= 2
                && after_prev
                && self.tok(c.s - 1) == "Région"
                && self.f(c.s - 2) == "la"
                && !self.newline_before(c.s)
            {
                chosen[i].make_rule_org(c.s - 1, c.e);
            }
        }
    }

    /// `le collectif Or de question,`, `l'association Action droits des
    /// musulmans,`, `le collectif Bassines non merci,`: the name of a group
    /// its noun introduces goes on over lower-case words, when they open
    /// with a link (`de`, `des`, `au`, `en`, `non`, `pas`) or an adjective,
    /// or hold a link, and end where the phrase does (a punctuation mark, a line's end, a
    /// verb of speech or an auxiliary, `qui`). Only for a name the rules
    /// made (no entry), and only over words no mention holds.
    fn group_name_tails(&self, chosen: &mut Vec<Cand>) {
        let n = self.tokens.len();
        let link = |f: &str| {
            matches!(
                f,
                "de" | "du" | "des" | "d'" | "au" | "aux" | "non" | "en" | "pas"
            )
        };
        // (Not `en` and a phrase of the sentence: `l'association X en
        // justice`, `en ligne`, `en cause`.)
        let phrase_after_en = |k: usize| {
            k > 0
                && self.f(k - 1) == "en"
                && matches!(
                    self.f(k),
                    "justice"
                        | "ligne"
                        | "cause"
                        | "place"
                        | "cours"
                        | "effet"
                        | "fait"
                        | "particulier"
                        | "partie"
                        | "revanche"
                        | "vain"
                        | "tete"
                        | "premiere"
                )
        };
        let adverbial = |f: &str| {
            is_weekday(f)
                || matches!(
                    f,
                    "matin"
                        | "soir"
                        | "hier"
                        | "demain"
                        | "aussi"
                        | "egalement"
                        | "encore"
                        | "deja"
                        | "toujours"
                        | "notamment"
                )
        };
        // (A verb in the imperfect or the conditional ends the name: `le
        // réseau TransVal tournait au ralenti`.)
        let imperfect = |f: &str| f.len() > 5 && (f.ends_with("ait") || f.ends_with("aient"));
        let content = |k: usize| {
            let f = self.f(k);
            // (`pour tous` closes a name: `Bus pour tous 17`.)
            let for_all = k > 0 && self.f(k - 1) == "pour" && matches!(f, "tous" | "toutes");
            self.is_lower_word(k)
                && (!is_stop(f) || for_all)
                && f.len() >= 3
                && !adverbial(f)
                && !imperfect(f)
                && !self.finite_cue(k)
        };
        // (A participle or an adjective in `-é`, read on the text's own
        // accent: `le collectif Vallon préservé`.)
        let accented = |k: usize| self.tok(k).ends_with(['é', 'É']) || self.tok(k).ends_with("és");
        let adjective = |f: &str| {
            is_adjective_like(f)
                || ["ant", "ante", "ants", "antes", "ies", "ee", "ees"]
                    .iter()
                    .any(|e| f.ends_with(e))
                || matches!(
                    f,
                    "debout" | "libre" | "libres" | "solidaire" | "solidaires" | "ensemble"
                )
        };
        for i in 0..chosen.len() {
            let c = chosen[i];
            if c.label != Label::Org || c.entry.is_some() || c.s < 2 || c.e >= n {
                continue;
            }
            let g = self.f(c.s - 1);
            let group = (is_group_noun(g) || g == "consortium")
                && (!self.is_cap(c.s - 1) || g == "ong")
                && is_group_article(self.f(c.s - 2));
            if !group || self.newline_before(c.e) {
                continue;
            }
            // `le collectif Nos villages respirent,`: a name opening with a
            // possessive runs over its lower-case words (up to four) to a
            // punctuation mark or the line's end.
            if c.e == c.s + 1
                && matches!(
                    self.f(c.s),
                    "nos" | "notre" | "vos" | "votre" | "mon" | "ma" | "mes"
                )
            {
                let mut e = c.e;
                while e < n && e < c.e + 4 && !self.newline_before(e) && self.is_lower_word(e) {
                    e += 1;
                }
                let ends = e >= n
                    || self.newline_before(e)
                    || self.tokens[e].kind() == TokenKind::Punctuation;
                let free = chosen.get(i + 1).is_none_or(|d| d.s >= e);
                if e > c.e && ends && free {
                    chosen[i].e = e;
                }
                continue;
            }
            let first = self.f(c.e);
            // (`à` after a verb that names the group, `l'association Vivre
            // à Kerlouan`: an infinitive of one word.)
            let verb_name = c.e == c.s + 1 && {
                let w = self.f(c.s);
                w.len() > 4 && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"))
            };
            let link = |f: &str| link(f) || (verb_name && f == "a");
            // (`pour` links only `pour tous`: not `GraiNova pour
            // contrefaçon`.)
            let for_all = |k: usize| {
                self.f(k) == "pour" && k + 1 < n && matches!(self.f(k + 1), "tous" | "toutes")
            };
            // (A number alone after the name, before a punctuation mark:
            // `Le syndicat Sud Sdis 30, majoritaire …`.)
            if self.tokens[c.e].kind() == TokenKind::Number
                && c.e + 1 < n
                && !self.newline_before(c.e)
                && matches!(self.f(c.e + 1), "," | "." | ";" | ":" | ")")
                && chosen.get(i + 1).is_none_or(|d| d.s > c.e)
            {
                chosen[i].e = c.e + 1;
                continue;
            }
            if !(link(first) || for_all(c.e) || content(c.e)) {
                continue;
            }
            // Up to four words, ending on a content word.
            let mut k = c.e;
            let mut last = None;
            let mut linked = false;
            while k < n && k < c.e + 4 && !self.newline_before(k) {
                if phrase_after_en(k) {
                    last = None;
                    break;
                }
                // (A capitalised word after a link is the name's too: `Air
                // pur en Save`.)
                let named_after_link = k > c.e
                    && link(self.f(k - 1))
                    && self.is_cap(k)
                    && self.tokens[k].kind() == TokenKind::Word;
                if content(k) || named_after_link {
                    last = Some(k + 1);
                    if named_after_link {
                        break;
                    }
                } else if link(self.f(k)) || for_all(k) {
                    linked = true;
                } else {
                    break;
                }
                k += 1;
            }
            let Some(mut e) = last else { continue };
            // (A noun first needs a link after it: `Action droits des
            // musulmans`, not `Aides soutient`.)
            if !(link(first) || for_all(c.e) || adjective(first) || accented(c.e) || linked) {
                continue;
            }
            // (And a number after them: `Retraités debout 87`.)
            if e < n && self.tokens[e].kind() == TokenKind::Number && !self.newline_before(e) {
                e += 1;
            }
            // (A place the rules found after the link is the name's:
            // `Kerlouan` in `Vivre à Kerlouan`.)
            let place_inside = chosen.get(i + 1).is_some_and(|d| {
                d.s >= c.e && d.e == e && d.label == Label::Loc && d.entry.is_none()
            });
            let free = place_inside || chosen.get(i + 1).is_none_or(|d| d.s >= e);
            if free && self.name_ends_at(e) {
                chosen[i].e = e;
                if place_inside {
                    chosen[i + 1].e = chosen[i + 1].s;
                }
            }
        }
        chosen.retain(|c| c.e > c.s);
    }

    /// `Organisation du traité de l'Atlantique nord (OTAN)`: the acronym in
    /// parentheses names the entity just before it.
    fn acronym_definitions(&self, chosen: &mut Vec<Cand>) {
        let mut absorbed = false;
        // Acronyms of the gazetteer that the text defines as another
        // name (`Association des maires de France (AMF)`, not the
        // `Autorité des marchés financiers`): the definition's position,
        // its name's tokens, label and entry (at most 16: linear).
        struct Redefined {
            at: usize,
            name: (usize, usize),
            label: Label,
            entry: Option<u32>,
        }
        let mut redefined: Vec<Redefined> = Vec::new();
        for i in 0..chosen.len() {
            // `Front de libération nationale kanak et socialiste (FLNKS)`:
            // lower-case words the name rule left out, whose initials
            // complete the acronym, are part of the name; also a place
            // found in them (`Conseil interprofessionnel du vin de
            // Bordeaux (CIVB)`), which is then no mention of its own.
            if chosen[i].label == Label::Org && chosen[i].entry.is_none() {
                if let Some(x) = self.acronym_tail(chosen[i].s, chosen[i].e) {
                    // (The mentions after it, in order, that start before
                    // the brackets: a bounded look.)
                    let (s, e) = (chosen[i].e, x);
                    for d in chosen[i + 1..].iter_mut().take_while(|d| d.s < e) {
                        if d.s >= s && d.e <= e {
                            d.e = d.s;
                            absorbed = true;
                        }
                    }
                    chosen[i].e = x;
                }
            }
            // `le Nouveau Parti patriotique (NPP)`: a capitalised word
            // before the name that the acronym's letters need is part of
            // it.
            {
                let c = chosen[i];
                if c.label == Label::Org
                    && c.entry.is_none()
                    && c.s > 0
                    && c.e + 2 < self.tokens.len()
                    && self.tok(c.e) == "("
                    && self.tok(c.e + 2) == ")"
                    && self.is_cap(c.s - 1)
                    && self.tokens[c.s - 1].kind() == TokenKind::Word
                    && !self.newline_before(c.s)
                    && (i == 0 || chosen[i - 1].e < c.s)
                    && !self.spells(c.s, c.e, self.tok(c.e + 1))
                    && self.spells(c.s - 1, c.e, self.tok(c.e + 1))
                {
                    chosen[i].s = c.s - 1;
                }
            }
            let c = chosen[i];
            let e = c.e;
            if e + 2 < self.tokens.len() && self.tok(e) == "(" && self.tok(e + 2) == ")" {
                // (The mentions are in text order: a forward look up to
                // the brackets' content.)
                if let Some(j) = (i + 1..chosen.len())
                    .take_while(|&j| chosen[j].s <= e + 1)
                    .find(|&j| chosen[j].s == e + 1 && chosen[j].e == e + 2)
                {
                    // (A place before brackets is not what they abbreviate:
                    // `… de Bordeaux (CIVB)`.)
                    let place = c.label == Label::Loc && !self.spells(c.s, c.e, self.tok(e + 1));
                    if chosen[j].entry.is_none() && !place {
                        chosen[j].label = c.label;
                        chosen[j].entry = c.entry;
                        // (Only an acronym of the name itself: in
                        // `l'Union calédonienne (FLNKS)` it names another.)
                        if c.entry.is_none() && self.spells_any(c.s, c.e, self.tok(e + 1)) {
                            chosen[j].canon = Some((c.s, c.e));
                        }
                    } else if chosen[j].entry != c.entry
                        && !place
                        && self.spells(c.s, c.e, self.tok(e + 1))
                    {
                        // (A gazetteer acronym the name before spells: the
                        // text's own definition wins, here and after.)
                        chosen[j].label = c.label;
                        chosen[j].entry = c.entry;
                        chosen[j].canon = c.entry.is_none().then_some((c.s, c.e));
                        if redefined.len() < 16 {
                            redefined.push(Redefined {
                                at: e + 1,
                                name: (c.s, c.e),
                                label: c.label,
                                entry: c.entry,
                            });
                        }
                    }
                }
            }
        }
        // `à l'appel du STJV (Syndicat des travailleurs et travailleuses du
        // jeu vidéo)`: an acronym the gazetteer lacks, defined after it in
        // brackets by capitalised words whose initials spell it: the
        // brackets' words are its name (and one mention).
        let n = self.tokens.len();
        for i in 0..chosen.len() {
            let c = chosen[i];
            if c.e - c.s != 1
                || c.entry.is_some()
                || c.label != Label::Org
                || c.e + 2 >= n
                || self.tok(c.e) != "("
                || !self.is_cap(c.e + 1)
                || !self.tok(c.s).bytes().all(|b| b.is_ascii_uppercase())
            {
                continue;
            }
            let Some(close) = (c.e + 2..(c.e + 14).min(n))
                .take_while(|&k| self.tokens[k].kind() == TokenKind::Word || self.tok(k) == ")")
                .find(|&k| self.tok(k) == ")")
            else {
                continue;
            };
            let acro = self.tok(c.s);
            if !self.spells_any(c.e + 1, close, acro) {
                continue;
            }
            chosen[i].canon = Some((c.e + 1, close));
            // (The mentions inside the brackets, in order: a bounded look.)
            let mut first = true;
            for d in chosen[i + 1..].iter_mut().take_while(|d| d.s < close) {
                if first && d.s == c.e + 1 && d.label == Label::Org && d.entry.is_none() {
                    d.e = d.e.max(close);
                } else {
                    d.e = d.s;
                    absorbed = true;
                }
                first = false;
            }
        }
        if absorbed {
            chosen.retain(|d| d.e > d.s);
        }
        // Later mentions of a defined acronym that names no entry of the
        // gazetteer are the same organisation (`Le FLNKS a fait savoir`).
        // (At most 16 definitions: linear in the mentions.)
        let mut defs: Vec<(usize, (usize, usize), Label)> = Vec::new();
        for c in chosen.iter_mut() {
            if c.e - c.s == 1 && c.entry.is_none() && c.canon.is_none() && c.label == Label::Org {
                c.canon = self.lower_case_definition(c.s);
            }
            if c.e - c.s == 1 && c.entry.is_none() {
                // (Or before them: `le STJV (Syndicat des …)`.)
                let defined =
                    (c.s > 0 && self.tok(c.s - 1) == "(") || (c.e < n && self.tok(c.e) == "(");
                if let Some(canon) = c.canon.filter(|_| defined) {
                    if defs.len() < 16 {
                        defs.push((c.s, canon, c.label));
                    }
                }
            }
        }
        for c in chosen.iter_mut() {
            if c.e - c.s == 1 && c.entry.is_some() {
                if let Some(r) = redefined
                    .iter()
                    .find(|r| r.at < c.s && self.tok(r.at) == self.tok(c.s))
                {
                    c.entry = r.entry;
                    c.label = r.label;
                    c.canon = r.entry.is_none().then_some(r.name);
                }
                continue;
            }
            if c.e - c.s != 1 || c.entry.is_some() {
                continue;
            }
            if c.canon.is_some() && c.s > 0 && self.tok(c.s - 1) == "(" {
                continue;
            }
            // (Also a mention before the definition: a title's `le
            // RPPRAC dénonce`, the name given in the body.)
            if let Some(&(_, canon, label)) = defs
                .iter()
                .find(|(d, _, _)| *d != c.s && self.tok(*d) == self.tok(c.s))
            {
                c.canon = Some(canon);
                c.label = label;
            }
        }
    }

    /// The end of a name `s..e` extended over at most six tokens before
    /// `(ACRONYM)` (lower-case words, and capitalised ones after a
    /// lower-case one: `du vin de Bordeaux`) when the initials of the
    /// whole (function words left out) spell the acronym; `None`
    /// otherwise.
    fn acronym_tail(&self, s: usize, e: usize) -> Option<usize> {
        let n = self.tokens.len();
        let mut k = e;
        while k < n
            && k < e + 6
            && (self.is_lower_word(k) || (k > e && self.is_cap(k) && self.is_lower_word(k - 1)))
        {
            k += 1;
        }
        if k == e || k + 2 >= n || self.tok(k) != "(" || self.tok(k + 2) != ")" {
            return None;
        }
        self.spells(s, k, self.tok(k + 1)).then_some(k)
    }

    /// Do the initials of tokens `s..e` (function words left out) spell
    /// `acro`, three capitals at least?
    fn spells(&self, s: usize, e: usize, acro: &str) -> bool {
        // (Also an acronym written as a word, its capital first: `Ceva`,
        // `Pnat`.)
        let title = acro.len() <= 6
            && acro.as_bytes()[0].is_ascii_uppercase()
            && acro.bytes().skip(1).all(|b| b.is_ascii_lowercase());
        if acro.len() < 3 || !(acro.bytes().all(|b| b.is_ascii_uppercase()) || title) {
            return false;
        }
        let mut initials = acro.bytes().map(|b| b.to_ascii_uppercase());
        for t in s..e {
            let f = self.f(t);
            if is_acronym_filler(f) {
                continue;
            }
            let first = f.bytes().next().map(|b| b.to_ascii_uppercase());
            if first != initials.next() {
                return false;
            }
            // (So may the word after `inter`: `Intersyndicale` gives the
            // `IS` of `Isni`.)
            if let Some(rest) = f.strip_prefix("inter").filter(|r| r.len() >= 4) {
                let p = rest.bytes().next().map(|b| b.to_ascii_uppercase());
                if p.is_some() && initials.clone().next() == p {
                    initials.next();
                }
            }
            // (Each part of a compound may give its initial too:
            // `afro-caribéens` in `RPPRAC`.)
            // (The folded form has a space for the hyphen.)
            // (Past an elided article: `Val-d'Adour` gives `VA`.)
            for part in f.split(['-', ' ']).skip(1) {
                let part = part
                    .strip_prefix("d'")
                    .or_else(|| part.strip_prefix("l'"))
                    .unwrap_or(part);
                let p = part.bytes().next().map(|b| b.to_ascii_uppercase());
                if p.is_some() && initials.clone().next() == p {
                    initials.next();
                }
            }
        }
        initials.next().is_none()
    }

    /// Does the name in tokens `s..e` spell `acro`, exactly
    /// ([`Doc::spells`]) or loosely ([`Doc::spells_loosely`])? For a name
    /// and an acronym the text sets side by side in brackets.
    fn spells_any(&self, s: usize, e: usize, acro: &str) -> bool {
        self.spells(s, e, acro) || self.spells_loosely(s, e, acro)
    }

    /// Does the name in tokens `s..e`, which a text defines by the acronym
    /// `acro` in brackets right beside it, give its letters in order, more
    /// loosely than [`Doc::spells`]: a digit stands for its number word
    /// (`Banque coopérative des Deux-Rives (BC2R)`), and up to two words
    /// may give no letter (`Mutuelle d'entraide des trois vallées (M3V)`,
    /// `STJV (Syndicat des travailleurs et travailleuses du jeu vidéo)`).
    /// The first word gives the first letter.
    fn spells_loosely(&self, s: usize, e: usize, acro: &str) -> bool {
        let a = acro.as_bytes();
        if !(3..=8).contains(&a.len())
            || !a
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        {
            return false;
        }
        let number = |d: u8, w: &str| {
            let words = [
                "", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
            ];
            d.is_ascii_digit() && d != b'0' && words[usize::from(d - b'0')] == w
        };
        let (mut i, mut skipped, mut first) = (0, 0, true);
        for t in s..e {
            let f = self.f(t);
            if is_acronym_filler(f) {
                continue;
            }
            for (k, part) in f.split(['-', ' ']).enumerate() {
                let Some(&c) = a.get(i) else { break };
                let hit = part.bytes().next().map(|b| b.to_ascii_uppercase()) == Some(c)
                    || number(c, part);
                if hit {
                    i += 1;
                } else if k == 0 {
                    if first {
                        return false;
                    }
                    skipped += 1;
                }
                first = false;
            }
        }
        i == a.len() && skipped <= 2
    }

    /// The first token of a name before the brackets around token `a`
    /// (an acronym, in capitals or written as a word) made of one
    /// capitalised word and two to seven lower-case ones after it, whose
    /// initials spell the acronym ([`Self::spells`]).
    fn capitalised_definition(&self, a: usize) -> Option<usize> {
        if a < 4
            || self.tok(a - 1) != "("
            || self.tokens.get(a + 1).map(|t| t.as_str()) != Some(")")
        {
            return None;
        }
        let e = a - 1;
        let mut s = e;
        while s > 0 && e - s < 7 && self.is_lower_word(s - 1) {
            s -= 1;
        }
        let s = s.checked_sub(1)?;
        // (Not a capitalised article: `Le service national de
        // renseignement (SNR)` names no `Le`.)
        (e - s >= 3
            && self.is_cap(s)
            && self.tokens[s].kind() == TokenKind::Word
            && !is_stop(self.f(s))
            && self.spells(s, e, self.tok(a)))
        .then_some(s)
    }

    /// `le parquet national antiterroriste (Pnat)`: the lower-case words
    /// before the brackets around token `a` (an acronym, capitalised),
    /// after their article, when they open with a head of organisation
    /// names whose initial is the acronym's and hold three to eight
    /// words: the name the acronym stands for.
    fn lower_case_definition(&self, a: usize) -> Option<(usize, usize)> {
        let acro = self.tok(a);
        let close = |k: usize| self.tokens.get(k).map(|t| t.as_str()) == Some(")");
        // (Or the acronym and a département's number: `(SDIS 40)`.)
        let numbered = || {
            self.tokens
                .get(a + 1)
                .is_some_and(|t| t.kind() == TokenKind::Number && t.as_str().len() <= 3)
                && close(a + 2)
        };
        if a < 3
            || self.tok(a - 1) != "("
            || !(close(a + 1) || numbered())
            || acro.len() < 3
            || !acro.chars().next().is_some_and(char::is_uppercase)
            || !acro.chars().skip(1).all(|c| c.is_alphabetic())
        {
            return None;
        }
        // The name ends before the brackets; its initials are read up to
        // `e`, before the place the body serves, which its acronym leaves
        // out (`le service départemental d'incendie et de secours des
        // Landes (SDIS 40)`: the name holds the place).
        let mut e = a - 1;
        if e >= 3 && self.is_cap(e - 1) && self.tokens[e - 1].kind() == TokenKind::Word {
            let mut p = e - 1;
            while p > 0 && e - p < 4 && self.is_cap(p - 1) {
                p -= 1;
            }
            let mut q = p;
            if q > 0 && matches!(self.f(q - 1), "la" | "l'") {
                q -= 1;
            }
            if q > 0 && matches!(self.f(q - 1), "des" | "du" | "de" | "d'") {
                e = q - 1;
            }
        }
        let first = acro.chars().next()?;
        // (The nearest head after an article, over lower-case words only:
        // `le haut conseil pour le climat (HCC)`.)
        let mut s = e;
        while s > 1 && e - s < 8 && self.is_lower_word(s - 1) {
            s -= 1;
            let head = self.f(s);
            // (Or any head whose words' initials spell the acronym: `le
            // service départemental d'incendie et de secours (Sdis)`.)
            if e - s >= 2
                && matches!(self.f(s - 1), "le" | "la" | "l'" | "du" | "au")
                && ((ORG_HEADS.contains(&head)
                    || matches!(head, "parquet" | "inspection" | "haut"))
                    && head.chars().next()?.to_uppercase().next() == Some(first)
                    || (e - s >= 3 && !is_not_acronym(acro) && self.spells(s, e, acro)))
            {
                return Some((s, a - 1));
            }
        }
        None
    }

    /// Repeats of a named entity: the same words again, or a person's
    /// surname alone.
    fn propagate(&self, gaz: &Gazetteer, chosen: &mut Vec<Cand>, bufs: &mut RunBufs) {
        let n = self.tokens.len();
        // The token runs to look for again, as (hash of the first folded
        // token, start, end, source mention), in the order they were
        // found: for equal runs the first one's mention wins.
        let runs = &mut bufs.runs;
        runs.clear();
        let key = |i: usize| crate::hash::word_hash(self.f(i).as_bytes());
        // A person's given name alone (`Alistair` after `Alistair
        // Brownlee`), when no other person of the document bears it.
        let given = &mut bufs.given;
        given.clear();
        let first_name = |c: &Cand| {
            c.label == Label::Per
                && c.e - c.s == 2
                && self.info[c.s].given != 0
                && self.is_cap(c.s)
                && self.tokens[c.s].kind() == TokenKind::Word
        };
        for c in chosen.iter().filter(|c| first_name(c)) {
            given.push((key(c.s), key(c.s + 1)));
        }
        given.sort_unstable();
        given.dedup();
        let unique_given = |h: u64| {
            let i = given.partition_point(|g| g.0 < h);
            given.get(i + 1).is_none_or(|g| g.0 != h)
        };
        for (idx, c) in chosen.iter().enumerate() {
            if first_name(c) && unique_given(key(c.s)) {
                runs.push((key(c.s), c.s, c.s + 1, idx));
            }
            if c.label == Label::Per && c.e - c.s >= 2 {
                // Drop leading given names and initials: the surname.
                let mut k = c.s;
                while k + 1 < c.e
                    && (self.info[k].given != 0 || self.tokens[k].kind() == TokenKind::Abbreviation)
                {
                    k += 1;
                }
                // A rule's two-word name whose first word is no known given
                // name (`Christopher Froome`), or a gazetteer person's
                // (`Rima Abdul Malak`): the rest is the surname.
                if k == c.s
                    && (c.e - c.s == 2 && c.source == Source::Rule
                        || c.source == Source::Gazetteer && (c.s + 1..c.e).all(|i| self.is_cap(i)))
                    && self.is_cap(k)
                    && !self
                        .tok(k + 1)
                        .chars()
                        .nth(1)
                        .is_some_and(char::is_uppercase)
                {
                    k += 1;
                }
                // A surname may open with a capitalised particle (`De
                // Gendt`, `Van Avermaet`).
                let particle_start =
                    k + 1 < c.e && is_particle(self.f(k)) && self.is_cap(k) && self.is_cap(k + 1);
                if k > c.s
                    && (k..c.e).all(|i| self.f(i).len() >= 3 || is_particle(self.f(i)))
                    && (particle_start || !is_stop(self.f(k)))
                {
                    runs.push((key(k), k, c.e, idx));
                }
                // `Xi Jinping` … `M. Xi`, `Kim Jong-un` … `Kim`: in China,
                // the Koreas, Taiwan and Vietnam the family name comes
                // first (a person of the gazetteer from there).
                if family_first(gaz, c) && self.f(c.s).len() >= 2 {
                    runs.push((key(c.s), c.s, c.s + 1, idx));
                }
            }
            // A place of one word found after a place noun too (`la ville
            // d'al-Bab` … `vers al-Bab`): its repeats lack that context.
            // Not one found after `à` alone (`à Snapchat` is no place).
            // (`de`, `du`, `d'`, `des`, `de la`, `de l'` as the rule reads
            // them: the place noun is two or three tokens before.)
            let place_noun_place = c.label == Label::Loc
                && (2..=3).any(|k| {
                    c.s >= k
                        && self.info[c.s - k].role & R_PLACE != 0
                        && self.after_de(c.s - k + 1) == Some(c.s)
                });
            // A person named by one word after a title (`le pape
            // François`, `le sénateur Dupuis`; the gazetteer's too, from
            // an alias with its title): that word alone later.
            let titled_one = c.label == Label::Per
                && c.e - c.s == 1
                && matches!(c.source, Source::Rule | Source::Gazetteer)
                && c.s > 0
                && self.title_at(c.s - 1).is_some()
                && self.f(c.s).len() >= 3
                && !is_stop(self.f(c.s));
            // (A group named by one word after its noun, `le réseau
            // TransVal`, `l'association Sherpa`: that word alone
            // elsewhere.)
            let grouped_one = c.label == Label::Org
                && c.e - c.s == 1
                && c.source == Source::Rule
                && c.s >= 2
                && is_group_noun(self.f(c.s - 1))
                && !self.is_cap(c.s - 1)
                && self.f(c.s).len() >= 3
                && !is_stop(self.f(c.s));
            if titled_one
                || grouped_one
                || (c.source != Source::Gazetteer && (c.e - c.s >= 2 || place_noun_place))
            {
                runs.push((key(c.s), c.s, c.e, idx));
            }
        }
        if runs.is_empty() {
            return;
        }
        // Grouped by first token, in the order pushed within a group: by
        // mention, and for one mention its surname run (which starts
        // later) before its full run.
        runs.sort_unstable_by_key(|r| (r.0, r.3, core::cmp::Reverse(r.1)));
        // The same words found again by later mentions (a name repeated
        // all along the text) add nothing: the first one's run is kept.
        runs.dedup_by(|b, a| {
            a.0 == b.0
                && a.2 - a.1 == b.2 - b.1
                && (0..a.2 - a.1).all(|k| self.f(a.1 + k) == self.f(b.1 + k))
        });
        // A name a rule found by itself (`Mme Abdul Malak`, after `Rima
        // Abdul Malak`) that ends a gazetteer person's name, shorter: that
        // person. Looked up by the hash of the last word (the rule's
        // names against at most 64 persons each: linear).
        // (The given-name buffer, done with, holds (last-word hash,
        // index) pairs now.)
        let people = &mut bufs.given;
        people.clear();
        // (A person whose family name comes first is also looked up by
        // that name, marked by the index's top bit: `M. Xi`.)
        const FIRST: u64 = 1 << 63;
        // (Or a name a rule found in full: `M. Piperea` after `Gheorghe
        // Piperea`.)
        for (idx, c) in chosen.iter().enumerate() {
            if matches!(c.source, Source::Gazetteer | Source::Rule)
                && c.label == Label::Per
                && c.e - c.s >= 2
            {
                people.push((key(c.e - 1), idx as u64));
                if family_first(gaz, c) {
                    people.push((key(c.s), idx as u64 | FIRST));
                }
            }
        }
        people.sort_unstable();
        for i in 0..chosen.len() {
            let c = chosen[i];
            if c.source != Source::Rule || c.label != Label::Per || c.entry.is_some() {
                continue;
            }
            let len = c.e - c.s;
            let h = key(c.e - 1);
            let first = people.partition_point(|p| p.0 < h);
            let fits = |p: &&(u64, u64)| {
                let src = &chosen[(p.1 & !FIRST) as usize];
                if p.1 & FIRST != 0 {
                    return len == 1 && self.f(c.s) == self.f(src.s);
                }
                src.e - src.s > len && (0..len).all(|k| self.f(c.s + k) == self.f(src.e - len + k))
            };
            let mut it = people[first..]
                .iter()
                .take(64)
                .take_while(|p| p.0 == h)
                .filter(fits);
            let found = it.next();
            // (Not when two people of the text bear that name: `Jean
            // Dupont` and `Marie Dupont`, then `M. Dupont`.)
            let same = |a: &Cand, b: &Cand| {
                a.e - a.s == b.e - b.s && (0..a.e - a.s).all(|k| self.f(a.s + k) == self.f(b.s + k))
            };
            // (Nor a person of the other gender than the title says: `M.
            // Dupont` after `Marie Dupont` is her husband.)
            let title = if c.s > 0 {
                self.title_at(c.s - 1).flatten()
            } else {
                None
            };
            let found = found.filter(|p| {
                let src = &chosen[(p.1 & !FIRST) as usize];
                it.all(|q| same(src, &chosen[(q.1 & !FIRST) as usize]))
                    && title.zip(src.gender).is_none_or(|(t, g)| t == g)
            });
            if let Some(&(_, idx)) = found {
                let src = chosen[(idx & !FIRST) as usize];
                chosen[i] = Cand {
                    canon: Some(src.canon.unwrap_or((src.s, src.e))),
                    s: c.s,
                    e: c.e,
                    source: Source::Propagation,
                    ..src
                };
            }
        }
        // One bit per run, chosen by the top six bits of its hash: most
        // tokens start no run, and this says so without a search.
        let filter = runs.iter().fold(0u64, |f, r| f | 1 << (r.0 >> 58));
        let mut covered = Cover::new(chosen);
        let extra = &mut bufs.extra;
        extra.clear();
        // Tokens before `next` are inside a mention just found.
        let mut next = 0;
        for &t in self.marks() {
            if t < next || covered.at(t) || !self.is_cap(t) {
                continue;
            }
            let h = key(t);
            if filter >> (h >> 58) & 1 == 0 {
                continue;
            }
            let mut best: Option<(usize, usize)> = None;
            let first = runs.partition_point(|r| r.0 < h);
            // (At most 64 runs a token: distinct names sharing a first
            // word are few in real text, and the bound keeps any text
            // linear.)
            for &(rh, s, e, idx) in runs[first..].iter().take(64) {
                if rh != h {
                    break;
                }
                let len = e - s;
                let e = t + len;
                // (A word the mention capitalises is no title or function
                // word in lower case in the repeat: `Le maire` at a
                // sentence start is no `Le Maire`; a misspelt `Jeanne
                // collonge` still is `Jeanne Collonge`.)
                if e <= n
                    && covered.free(t, e)
                    && (0..len).all(|k| {
                        self.f(t + k) == self.f(s + k)
                            && (k == 0
                                || !self.is_cap(s + k)
                                || self.is_cap(t + k)
                                || self.info[t + k].role == 0 && !is_stop(self.f(t + k)))
                    })
                    && best.is_none_or(|(be, _)| e > be)
                {
                    best = Some((e, idx));
                }
            }
            if let Some((e, idx)) = best {
                // Not when the next word continues the name (`Stoltenberg`
                // inside `Stoltenberg Fund` stays untouched).
                if e < n && self.is_cap(e) && !self.initial(e) {
                    next = e;
                    continue;
                }
                let src = chosen[idx];
                extra.push(Cand {
                    canon: Some(src.canon.unwrap_or((src.s, src.e))),
                    s: t,
                    e,
                    source: Source::Propagation,
                    ..src
                });
                next = e;
            }
        }
        chosen.extend_from_slice(extra);
        // Repeats are found at uncovered tokens: starts stay distinct.
        chosen.sort_unstable_by_key(|c| c.s);
    }
}

/// The gazetteer entries that make `la Commission` the European
/// Commission ([`Doc::bare_heads`]): Europe, the Union, its institutions,
/// Brussels and Strasbourg.
const EUROPE: &[&str] = &[
    "Q458",
    "Q46",
    "politext:intl_org:parlement-europeen",
    "politext:intl_org:conseil-europeen",
    "politext:intl_org:conseil-de-l-union-europeenne",
    "politext:intl_org:commission-europeenne",
    "Q239",
    "Q6602",
];

/// [`Doc::resolve`] over `n` tokens: the candidates longest first, then
/// by source, then leftmost, equal ones in the order they were found (the
/// index is the last key: an unstable sort of distinct keys, no buffer to
/// allocate), each taken unless a token of it is taken; `out` in text
/// order. `pack`: sort the keys packed in `u64`s (when the numbers fit
/// [`PACK_LEN_BITS`], [`PACK_START_BITS`], [`PACK_INDEX_BITS`]), which
/// compares and moves less than tuples or candidates; the same order.
fn choose(n: usize, cands: &[Cand], out: &mut Vec<Cand>, bufs: &mut RunBufs, pack: bool) {
    let prio = |c: &Cand| match c.source {
        Source::Gazetteer => 0u8,
        Source::Rule => 1,
        Source::Propagation => 2,
    };
    let covered = &mut bufs.covered;
    reset(covered, n);
    out.clear();
    let free = |covered: &mut Vec<bool>, c: &Cand| {
        let free = !covered[c.s..c.e].iter().any(|&x| x);
        if free {
            covered[c.s..c.e].iter_mut().for_each(|x| *x = true);
        }
        free
    };
    if pack {
        let keys = &mut bufs.keys;
        keys.clear();
        keys.extend(cands.iter().enumerate().map(|(i, c)| {
            let shorter = ((1 << PACK_LEN_BITS) - 1 - (c.e - c.s)) as u64;
            shorter << (64 - PACK_LEN_BITS)
                | u64::from(prio(c)) << (PACK_START_BITS + PACK_INDEX_BITS)
                | (c.s as u64) << PACK_INDEX_BITS
                | i as u64
        }));
        keys.sort_unstable();
        // The chosen ones, then sorted by start (distinct: they do not
        // overlap), as keys too.
        let mask = (1 << PACK_INDEX_BITS) - 1;
        let mut k = 0;
        for j in 0..keys.len() {
            let i = (keys[j] & mask) as usize;
            if free(covered, &cands[i]) {
                keys[k] = (cands[i].s as u64) << PACK_INDEX_BITS | i as u64;
                k += 1;
            }
        }
        keys.truncate(k);
        keys.sort_unstable();
        out.extend(keys.iter().map(|&k| cands[(k & mask) as usize]));
    } else {
        let order = &mut bufs.order;
        order.clear();
        order.extend(
            cands
                .iter()
                .enumerate()
                .map(|(i, c)| (usize::MAX - (c.e - c.s), prio(c), c.s, i as u32)),
        );
        order.sort_unstable();
        out.extend(
            order
                .iter()
                .map(|&(.., i)| cands[i as usize])
                .filter(|c| free(covered, c)),
        );
        // Chosen spans do not overlap: their starts are distinct.
        out.sort_unstable_by_key(|c| c.s);
    }
}

/// What the tagger keeps of a word in its per-thread [`Memo`].
#[derive(Clone, Copy, Default)]
pub(crate) struct Word {
    /// For a word an alias may start with, the alias trie's state after
    /// it ([`Matcher::state_after`]), else [`NO_STATE`].
    state: u32,
    role: u16,
    /// [`word_info`].
    flags: u8,
    /// [`given_gender_bits`].
    given: u8,
    /// The quote extractor's view of the word
    /// ([`crate::quote::extract::word_view`]), or [`NO_VIEW`] when it was
    /// learnt without one.
    quote: u32,
    /// The folded form.
    folded: Bytes,
}

// A memo slot (key and word) fills one cache line.
const _: () = assert!(core::mem::size_of::<Word>() <= 32);

/// No alias starts with the word (or none is looked for).
const NO_STATE: u32 = u32::MAX;

/// [`Word::quote`] when the word was learnt without it (no quotes asked
/// for).
const NO_VIEW: u32 = crate::quote::extract::view::UNKNOWN;

/// The quote extractor's view of token `t` of `text`.
fn quote_view(text: &[u8], t: &Token<'_>) -> u32 {
    crate::quote::extract::word_view(crate::quote::lexicon::shared(), text, t)
}

thread_local! {
    /// This thread's memos, the most recently used first. Two: a tagger
    /// used in turn with another on one thread (a pipeline with a user
    /// gazetteer and one without) would otherwise empty the other's memo
    /// (4 MB) at every document, 85 µs each time.
    static MEMOS: std::cell::Cell<[Option<Box<Memo<Word>>>; 2]> =
        const { std::cell::Cell::new([None, None]) };
}

/// Runs `f` with this thread's memo for the tagger `owner` (a nested call
/// gets a fresh one).
pub(crate) fn with_memo<R>(owner: u64, f: impl FnOnce(&mut Memo<Word>) -> R) -> R {
    // `try_with`: a thread-local destructor may tag after this one is gone;
    // it then works with a fresh memo.
    let mut memos = MEMOS.try_with(|c| c.take()).unwrap_or_default();
    let mine = |m: &Option<Box<Memo<Word>>>| m.as_ref().is_some_and(|m| m.owner() == owner);
    if !mine(&memos[0]) {
        // This owner's, else the least recently used one (emptied by
        // `claim`), else a new one, goes first.
        memos.swap(0, 1);
    }
    let memo = memos[0].get_or_insert_with(|| Box::new(Memo::new(owner)));
    memo.claim(owner);
    let r = f(memo);
    let _ = MEMOS.try_with(|c| c.set(memos));
    r
}

/// Makes the folded buffer at least `need` bytes long, with slack: the
/// general folding can make text longer (`œ` -> `oe`), and the memo's
/// copies write a fixed [`BYTES_MAX`] bytes.
#[inline]
fn room(buf: &mut Vec<u8>, need: usize) {
    if buf.len() < need {
        let grow = need + MAX + buf.len() / 8;
        buf.resize(grow, 0);
    }
}

/// The miss path of [`Doc::new`]: folds token `t` (its bytes `tb`) into
/// `buf` at `pos`, works out what the word alone tells, and remembers it
/// under `key` when its folding does not depend on what precedes it.
/// Returns it with the new write position. Kept out of line so that the
/// hit path stays a short loop.
#[cold]
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn learn(
    t: &Token<'_>,
    text: &[u8],
    tb: &[u8],
    buf: &mut Vec<u8>,
    mut pos: usize,
    general: &mut Vec<u8>,
    matcher: &Matcher,
    given: &WordMap,
    key: &Key,
    memo: &mut Memo<Word>,
    want_view: bool,
) -> (Word, usize) {
    let fs = pos;
    // Token text is read as bytes (no char-boundary checks) unless it
    // needs the general folding.
    let mut context_free = true;
    if Folded::fold_plain(&mut buf[pos..], tb) {
        pos += tb.len();
    } else {
        // Folded after a letter; a leading space (`-t-il`) is then dropped
        // after a space, an apostrophe or at the start, as folding in
        // place would. Such a token folds differently in other places:
        // not for the memo.
        general.clear();
        general.push(b'x');
        Folded::fold_into(general, t.as_str());
        let mut add = &general[1..];
        if add.first() == Some(&b' ') {
            context_free = false;
            if pos == 0 || matches!(buf[pos - 1], b' ' | b'\'') {
                add = &add[1..];
            }
        }
        room(buf, pos + add.len());
        buf[pos..pos + add.len()].copy_from_slice(add);
        pos += add.len();
    }
    let folded = &buf[fs..pos];
    let (flags, role, given_bits) = word_info(t, tb, t.kind(), folded, matcher, given);
    let state = if flags & START != 0 && flags & (CAP | LOW_START) != 0 {
        matcher.state_after(folded).unwrap_or(NO_STATE)
    } else {
        NO_STATE
    };
    let w = Word {
        folded: Bytes::new(folded).unwrap_or_default(),
        flags,
        role,
        given: given_bits,
        quote: if want_view {
            quote_view(text, t)
        } else {
            NO_VIEW
        },
        state,
    };
    if folded.len() <= BYTES_MAX && context_free {
        memo.put(key, w);
    }
    (w, pos)
}

/// The flags ([`CAP`], [`LOWER`], [`START`], [`LOW_START`],
/// [`LOW_NEXT_CAP`]) and role bits of token `t` (its bytes `tb`, its folded
/// form `folded`), which depend on the word alone.
fn word_info(
    t: &Token<'_>,
    tb: &[u8],
    kind: TokenKind,
    folded: &[u8],
    matcher: &Matcher,
    given: &WordMap,
) -> (u8, u16, u8) {
    let word = matches!(kind, TokenKind::Word | TokenKind::Abbreviation);
    let mut fl = 0;
    let mut role_bits = 0;
    if word {
        let b0 = tb.first().copied().unwrap_or(b' ');
        let (upper, lower) = if b0 < 0x80 {
            // `al-Bab`, `el-Sissi`: an Arabic article in lower case before
            // a capitalised name is a capitalised word.
            match tb {
                [b'a' | b'e', b'l', b'-', c, ..] if c.is_ascii_uppercase() => (true, false),
                _ => (b0.is_ascii_uppercase(), b0.is_ascii_lowercase()),
            }
        } else {
            let first = t.as_str().chars().next().unwrap_or(' ');
            (first.is_uppercase(), first.is_lowercase())
        };
        if upper {
            fl |= CAP;
        }
        if lower && kind == TokenKind::Word {
            fl |= LOWER;
        }
        role_bits = role(folded);
    }
    if word || kind == TokenKind::Number {
        fl |= START;
        if fl & CAP == 0 {
            let first = match folded.iter().position(|&b| b == b' ') {
                Some(p) => &folded[..p],
                None => folded,
            };
            let ls = matcher.lower_start(first);
            if ls & LOWER_START != 0 {
                fl |= LOW_START;
                // Only when the token is that word alone (`de-Gaulle`
                // holds the capital itself).
                if ls & NEXT_CAP != 0 && first.len() == folded.len() {
                    fl |= LOW_NEXT_CAP;
                }
            }
        }
    }
    if fl & CAP != 0 && kind == TokenKind::Word && role_bits == 0 && {
        let (mut chars, mut lower) = (0, false);
        let mut digit = false;
        for c in t.as_str().chars() {
            digit |= c.is_ascii_digit();
            chars += 1;
            lower |= c.is_lowercase();
        }
        !digit && chars >= 2 && lower
    } {
        fl |= NAME_WORD;
    }
    let given_bits = if folded.len() >= 3 && given.may_contain(folded) {
        core::str::from_utf8(folded).map_or(0, |f| given_gender_bits(given, f))
    } else {
        0
    };
    (fl, role_bits, given_bits)
}

/// A gazetteer person of two words from a country where the family name
/// comes first (China, the Koreas, Taiwan, Vietnam): `Xi Jinping` is `M.
/// Xi`, `Kim Jong-un` is `Kim`.
fn family_first(gaz: &Gazetteer, c: &Cand) -> bool {
    c.source == Source::Gazetteer
        && c.label == Label::Per
        && c.e - c.s == 2
        && c.entry.is_some_and(|i| {
            gaz.entry_arc(i)
                .attr("country")
                .is_some_and(|x| matches!(x, "Q148" | "Q423" | "Q884" | "Q865" | "Q881"))
        })
}

fn given_gender_bits(given: &WordMap, f: &str) -> u8 {
    if f.len() < 3 {
        return 0;
    }
    let mut bits = 0;
    for part in f.split('-') {
        match given.get(part) {
            Some(b) => bits |= b,
            None => return 0,
        }
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The packed sort chooses what the tuple sort chooses, in the same
    /// order, on random candidates (many equal keys but for the index).
    #[test]
    fn packed_and_tuple_choices_agree() {
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = |m: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % m) as usize
        };
        let sources = [Source::Gazetteer, Source::Rule, Source::Propagation];
        let (mut a, mut b) = (Vec::new(), Vec::new());
        let mut bufs = RunBufs::default();
        for round in 0..2000 {
            let n = 1 + next(60);
            let cands: Vec<Cand> = (0..next(40))
                .map(|k| {
                    let s = next(n as u64);
                    let e = (s + 1 + next(4)).min(n);
                    Cand {
                        s,
                        e,
                        canon: None,
                        label: Label::Per,
                        entry: Some(k as u32),
                        source: sources[next(3)],
                        gender: None,
                    }
                })
                .collect();
            choose(n, &cands, &mut a, &mut bufs, true);
            choose(n, &cands, &mut b, &mut bufs, false);
            let ids = |v: &[Cand]| v.iter().map(|c| (c.s, c.e, c.entry)).collect::<Vec<_>>();
            assert_eq!(ids(&a), ids(&b), "round {round}");
            assert!(a.windows(2).all(|w| w[0].e <= w[1].s), "round {round}");
        }
    }
    #[test]
    fn grouped_adjective_endings_agree_with_the_list() {
        let words = [
            "socialiste",
            "national",
            "nationale",
            "nationaux",
            "européen",
            "européenne",
            "européens",
            "français",
            "française",
            "américain",
            "américaine",
            "politique",
            "actuel",
            "actuelle",
            "coréen",
            "coréenne",
            "chinois",
            "chinoise",
            "actif",
            "active",
            "militaire",
            "premier",
            "premiere",
            "grand",
            "grande",
            "supérieur",
            "supérieure",
            "démocrate",
            "démocrates",
            "civile",
            "etrangeres",
            "supreme",
            "demeure",
            "constate",
            "president",
            "ministre",
            "contre",
            "pour",
            "dans",
            "lequel",
            "nouvelle",
            "nouvel",
            "ancien",
            "ancienne",
            "grande",
            "petite",
            "cela",
            "été",
            "avait",
            "orléans",
            "ouest",
            "sécurité",
            "entre",
            "notre",
            "autre",
            "elle",
            "elles",
            "leurs",
            "anes",
            "bref",
            "fier",
            "rond",
            "x",
            "",
            "abc",
            "idéal",
        ];
        for w in words {
            assert_eq!(
                is_adjective_like(w),
                is_adjective_like_reference(w),
                "{w:?}"
            );
        }
    }
}
