//! Speaker mentions and their resolution to entities of the document.
//!
//! - a name resolves to its entity;
//! - `il`, `elle`, `-t-il`, `-t-elle` resolve to the most recent speaker
//!   of a compatible gender, else the most recent person of that gender;
//! - a description resolves through the document's people: their
//!   appositions (`le secrétaire général de l'OTAN, Jens Stoltenberg`) and
//!   gazetteer roles (`secrétaire général de l'OTAN@2014-10-01/…`) are
//!   matched against the description's organisation and head noun; an
//!   organisation noun (`l'organisation`, `l'alliance`) resolves to the
//!   organisation the document names most; a definite human description
//!   with no match falls back to the previous speaker.

use std::borrow::Cow;
use std::cell::OnceCell;

use super::extract::{Cand, Doc, Who};
use super::{Quote, Resolution, Speaker};
use crate::Span;
use crate::gazetteer::Label;
use crate::hash::FxHashMap;
use crate::tag::{Entity, Gender};

/// A speaker mention.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub(crate) span: Span,
    pub(crate) kind: MentionKind,
}

#[derive(Clone, Debug)]
pub(crate) enum MentionKind {
    /// An entity mention (index into the entities).
    Entity(usize),
    /// A name the tagger missed: capitalised words (`Jean-Thierry Oye
    /// Zue`, `Le Dauphiné`).
    Name,
    /// A personal pronoun.
    Pronoun {
        gender: Option<Gender>,
        plural: bool,
    },
    /// A description: tokens `first..last`.
    Desc {
        first: usize,
        last: usize,
        gender: Option<Gender>,
        definite: bool,
        human: bool,
        org_noun: bool,
        org: Option<usize>,
    },
}

impl Mention {
    /// True for a name (entity).
    pub(crate) fn is_named(&self) -> bool {
        matches!(self.kind, MentionKind::Entity(_) | MentionKind::Name)
    }

    /// True when the mention can be an agent: a name, a pronoun, or a
    /// description of people or of an organisation (not `le texte`).
    pub(crate) fn may_act(&self) -> bool {
        match self.kind {
            MentionKind::Desc {
                human,
                org_noun,
                org,
                ..
            } => human || org_noun || org.is_some(),
            _ => true,
        }
    }

    /// True when the mention can only be an agent: a name, a pronoun,
    /// or a description headed by a noun of people or of an
    /// organisation, or naming one (narrower than [`Mention::may_act`],
    /// whose `human` is true of most nouns).
    pub(crate) fn is_agent_head(&self, doc: &Doc<'_, '_>) -> bool {
        match self.kind {
            MentionKind::Desc { first, org, .. } => {
                let head = doc.low(head_at(doc, first));
                org.is_some()
                    || is_human_noun_or_plural(head)
                    || is_org_noun(head)
                    || is_collective(head)
            }
            _ => true,
        }
    }

    /// True for a description with a human head noun.
    pub(crate) fn is_human(&self) -> bool {
        matches!(self.kind, MentionKind::Desc { human: true, .. })
    }
}

/// The head noun's token of a description starting at token `first`:
/// past a determiner.
pub(crate) fn head_at(doc: &Doc<'_, '_>, first: usize) -> usize {
    if super::extract::is_det(doc.low(first)) {
        first + 1
    } else {
        first
    }
}

/// The lowercased words of a description `first..last`, with `ex-` apart
/// from its noun (`l'ex-chef de l'État` reads `ex-`, `chef`, `de`, `l'`,
/// `état`, so that its office is found).
fn desc_words<'a>(doc: &'a Doc<'_, '_>, first: usize, last: usize) -> Vec<&'a str> {
    let mut words = Vec::with_capacity(last.saturating_sub(first) + 1);
    for k in first..last {
        let w = doc.low(k);
        // (`le souverain pontife` is `le pape`.)
        if w == "souverain" && doc.low(k + 1) == "pontife" && k + 1 < last {
            continue;
        }
        if w == "pontife" {
            words.push("pape");
            continue;
        }
        // (`le premier magistrat` of a town is `le maire`.)
        if w == "premier" && doc.low(k + 1) == "magistrat" && k + 1 < last {
            continue;
        }
        if w == "magistrat" && k > first && doc.low(k - 1) == "premier" {
            words.push("maire");
            continue;
        }
        match w.strip_prefix("ex-").filter(|r| !r.is_empty()) {
            Some(rest) => {
                words.push(&w[..3]);
                words.push(rest);
            }
            None => words.push(w),
        }
    }
    words
}

/// Is `w` a word saying the holder is a former one (`ancien`,
/// `ex-ministre`, `ex-`)?
fn is_former(w: &str) -> bool {
    matches!(w, "ancien" | "ancienne" | "anciens") || w.starts_with("ex-")
}

/// Is `w` one word with no capital past its first letter (`Région`,
/// `Sages`; not `INSEE`, not `Rue de Grenelle`)?
fn is_plain_word(w: &str) -> bool {
    !w.contains([' ', '-', '\'']) && w.chars().skip(1).all(char::is_lowercase)
}

/// Where the words a speaker's pronoun or description reads before start:
/// the quotation's own start when it comes first (`« … », a-t-il dit`).
fn before_quotation(m: &Mention, own: &[Span]) -> usize {
    own.first()
        .map_or(m.span.start, |c| c.start.min(m.span.start))
}

/// Head nouns of descriptions of people.
const HUMAN_NOUNS: &[&str] = &[
    "milliardaire",
    "magnat",
    "locataire",
    // `un cadre du RN`: a member of its staff.
    "cadre",
    "cadres",
    // `un proche de Macron`: someone close to the person named, who is
    // not that person.
    "proche",
    "proches",
    "ministre",
    "président",
    "présidente",
    "secrétaire",
    "porte-parole",
    "chef",
    "cheffe",
    "directeur",
    "directrice",
    "responsable",
    "responsables",
    "dirigeant",
    "dirigeante",
    "procureur",
    "procureure",
    "maire",
    "député",
    "députée",
    "sénateur",
    "sénatrice",
    "premier",
    "première",
    "ambassadeur",
    "ambassadrice",
    "commissaire",
    "gouverneur",
    "juge",
    "avocat",
    "avocate",
    "candidat",
    "candidate",
    "leader",
    "patron",
    "patronne",
    "fondateur",
    "fondatrice",
    "pdg",
    "drh",
    "dgs",
    "dga",
    "dasen",
    "pape",
    "roi",
    "reine",
    // `le souverain`, `le monarque`: the king or queen.
    "souverain",
    "souveraine",
    "monarque",
    "prince",
    "princesse",
    "chancelier",
    "chancelière",
    "sélectionneur",
    "entraîneur",
    "joueur",
    "joueuse",
    "capitaine",
    "officier",
    "policier",
    "policière",
    "témoin",
    "expert",
    "consultant",
    "consultante",
    "experte",
    "analyste",
    "spécialiste",
    "chercheur",
    "chercheuse",
    "professeur",
    "professeure",
    "homme",
    "femme",
    "militant",
    "militante",
    "représentant",
    "représentante",
    "délégué",
    "déléguée",
    "conseiller",
    "conseillère",
    "vice-président",
    "vice-présidente",
    "haut",
    "haute",
    "plus",
    "numéro",
    "envoyé",
    "envoyée",
    "émissaire",
    "médiateur",
    "rapporteur",
    "préfet",
    "préfète",
    "évêque",
    "cardinal",
    "archevêque",
    "imam",
    "rabbin",
    "opposant",
    "opposante",
    "journaliste",
    "nageur",
    "nageuse",
    "athlète",
    "pilote",
    "coureur",
    "sportif",
    "skieur",
    "cycliste",
    "tennisman",
    "footballeur",
    "attaquant",
    "défenseur",
    "gardien",
    "président-candidat",
    "auteur",
    "autrice",
    "écrivain",
    "acteur",
    "actrice",
    "chanteur",
    "chanteuse",
    "général",
    "colonel",
    "commandant",
    "lieutenant",
    "sergent",
    // (Compound ranks: `le lieutenant-colonel Marco Bellini`.)
    "lieutenant-colonel",
    "adjudant-chef",
    "vice-amiral",
    "contre-amiral",
    "amiral",
    "président-directeur",
    "coordinateur",
    "coordinatrice",
    "administrateur",
    "vice-premier",
    "garde",
    "chef-adjoint",
    "adjoint",
    "adjointe",
    "élu",
    "élue",
    "astronaute",
    "médecin",
    "scientifique",
    "économiste",
    "politologue",
    // Experts the press quotes by their field.
    "politiste",
    "constitutionnaliste",
    "juriste",
    "climatologue",
    "glaciologue",
    "océanographe",
    "démographe",
    "géographe",
    "anthropologue",
    "épidémiologiste",
    "virologue",
    "infectiologue",
    "psychiatre",
    "urbaniste",
    "essayiste",
    "statisticien",
    "statisticienne",
    "sondeur",
    "sondeuse",
    "historien",
    "historienne",
    "sociologue",
    "activiste",
    "ancien",
    "ancienne",
    "nouveau",
    "nouvelle",
    "jeune",
    "célèbre",
    "père",
    "mère",
    "fils",
    "fille",
    "frère",
    "sœur",
    "veuve",
    "épouse",
    "mari",
    "président-élu",
    "parents",
    "couple",
    "époux",
    "plaignant",
    "plaignante",
    "vice-procureur",
    "vice-procureure",
    "magistrat",
    "magistrate",
    "substitut",
    "enquêteur",
    "enquêtrice",
    "syndicaliste",
    "leadeur",
    "photographe",
    "correspondant",
    "correspondante",
    "reporter",
    "habitant",
    "habitante",
    "voisin",
    "voisine",
    "militaire",
    "soldat",
    "pompier",
    "secouriste",
    "employé",
    "employée",
    "salarié",
    "salariée",
    "ingénieur",
    "enseignant",
    "enseignante",
    "étudiant",
    "étudiante",
    "diplomate",
    "fonctionnaire",
    "observateur",
    "observatrice",
    "manifestant",
    "manifestante",
    "arbitre",
    "survivant",
    "survivante",
    "rescapé",
    "rescapée",
    "otage",
    "passager",
    "passagère",
    "champion",
    "championne",
    "triathlète",
    "judoka",
    "boxeur",
    "boxeuse",
    "sprinteur",
    "sprinteuse",
    "escrimeur",
    "escrimeuse",
    "relayeur",
    "relayeuse",
    "gymnaste",
    "skieuse",
    "coureuse",
    "vainqueur",
    "médaillé",
    "médaillée",
    "lauréat",
    "lauréate",
    "musicien",
    "musicienne",
    "réalisateur",
    "réalisatrice",
    "cinéaste",
    "artiste",
    "comédien",
    "comédienne",
    "animateur",
    "animatrice",
    "présentateur",
    "présentatrice",
    "chroniqueur",
    "chroniqueuse",
    "éditorialiste",
    "romancier",
    "romancière",
    "philosophe",
    "chirurgien",
    "infirmier",
    "infirmière",
    "agriculteur",
    "agricultrice",
    "propriétaire",
    "co-fondateur",
    "cofondateur",
    "ex-président",
    "ex-présidente",
    "ex-ministre",
    // The press's anaphors of a person just named: `l'intéressée`, `le
    // quinquagénaire`, `l'édile`.
    "intéressé",
    "intéressée",
    "trentenaire",
    "quadragénaire",
    "quinquagénaire",
    "sexagénaire",
    "septuagénaire",
    "octogénaire",
    "édile",
    "tribun",
    "eurodéputé",
    "eurodéputée",
    "doyen",
    "doyenne",
    "ténor",
    "cacique",
    "électeur",
    "électrice",
    "riverain",
    "riveraine",
    "retraité",
    "retraitée",
    "lycéen",
    "lycéenne",
    "sympathisant",
    "sympathisante",
    // The people the press meets in the street (`Une commerçante de la
    // rue de la Monnaie confie …`).
    "commerçant",
    "commerçante",
    "restaurateur",
    "restauratrice",
    "artisan",
    "artisane",
    "éleveur",
    "éleveuse",
    "viticulteur",
    "viticultrice",
    "pêcheur",
    "passant",
    "passante",
    "chauffeur",
    "vendeur",
    "vendeuse",
    "boulanger",
    "boulangère",
    "gérant",
    "gérante",
    "serveur",
    "serveuse",
    "caissier",
    "caissière",
    "pharmacien",
    "pharmacienne",
    "bénévole",
    "touriste",
    "vacancier",
    "vacancière",
    "automobiliste",
    "usager",
    "usagère",
    "aide-soignant",
    "aide-soignante",
    // Feminine forms of the nouns above (`la rapporteure`).
    "rapporteure",
    "administratrice",
    "chirurgienne",
    "cofondatrice",
    "co-fondatrice",
    "défenseure",
    "gardienne",
    "gouverneure",
    "ingénieure",
    "médiatrice",
    "écrivaine",
    "vice-première",
    "sélectionneuse",
    // (`la Contrôleure générale des lieux de privation de liberté`, `un
    // inspecteur du travail`.)
    "contrôleur",
    "contrôleure",
    "contrôleuse",
    "inspecteur",
    "inspectrice",
    "proviseur",
    "proviseure",
    "footballeuse",
    "attaquante",
    // (Trades of the land and of the sciences of water and soil: `le
    // céréalier de 58 ans`, `l'hydrogéologue`; `un agent de l'OFB`.)
    "agent",
    "agente",
    "céréalier",
    "céréalière",
    "maraîcher",
    "maraîchère",
    "vigneron",
    "vigneronne",
    // (Trades of the wine and fish markets: `Pour un courtier de
    // Libourne, …`.)
    "courtier",
    "courtière",
    "négociant",
    "négociante",
    "mareyeur",
    "mareyeuse",
    "arboriculteur",
    "arboricultrice",
    "apiculteur",
    "apicultrice",
    "ostréiculteur",
    "ostréicultrice",
    "exploitant",
    "exploitante",
    "paysan",
    "paysanne",
    "irrigant",
    "irrigante",
    "berger",
    "bergère",
    "hydrogéologue",
    "géologue",
    "hydrologue",
    "biologiste",
    "écologue",
    "agronome",
    "vétérinaire",
    // (`le DRH`, the director of human resources.)
    "drh",
    // (A club's public: `Pour les supporters, « … »`.)
    "supporter",
    "supportrice",
    "abonné",
    "abonnée",
    "spectateur",
    "spectatrice",
    // (The specialties of medicine: `Le gériatre estime …`, `un
    // urgentiste`.)
    "gériatre",
    "urgentiste",
    "pédiatre",
    "cardiologue",
    "anesthésiste",
    "radiologue",
    "généraliste",
    "oncologue",
    "neurologue",
    "sage-femme",
    "kinésithérapeute",
    "dentiste",
    "gynécologue",
    "dermatologue",
    "ophtalmologue",
    "psychologue",
    "pneumologue",
    "néphrologue",
    "réanimateur",
    "réanimatrice",
    // (The shops of a street the press walks down: `Pour la fleuriste,
    // « … »`, `le buraliste`.)
    "fleuriste",
    "libraire",
    "coiffeur",
    "coiffeuse",
    "boucher",
    "bouchère",
    "charcutier",
    "charcutière",
    "poissonnier",
    "poissonnière",
    "fromager",
    "fromagère",
    "buraliste",
    "épicier",
    "épicière",
    "opticien",
    "opticienne",
    "cafetier",
    "cafetière",
    "hôtelier",
    "hôtelière",
    "pâtissier",
    "pâtissière",
    "bijoutier",
    "bijoutière",
    "cordonnier",
    "cordonnière",
];

/// [`HUMAN_NOUNS`] as a set: the nouns are tested many times a document,
/// and a hash and one comparison cost less than a match over some 250
/// strings.
static HUMAN_NOUN_SET: std::sync::LazyLock<crate::hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| HUMAN_NOUNS.iter().copied().collect());

/// Is `w` (lowercased) a head noun of a description of people?
pub(crate) fn is_human_noun(w: &str) -> bool {
    // (The longest noun has 20-odd bytes: longer words skip the hash.)
    // A former holder is a person too: `l'ex-chancelière`.
    let w = w.strip_prefix("ex-").unwrap_or(w);
    if w.len() > 32 {
        return false;
    }
    // A joint holder too: `la coprésidente`, `le co-rapporteur`.
    HUMAN_NOUN_SET.contains(w)
        || w.strip_prefix("co-")
            .or_else(|| w.strip_prefix("co"))
            .is_some_and(|r| r.len() >= 5 && HUMAN_NOUN_SET.contains(r))
}

/// [`is_human_noun`], or its plural in `-s` / `-x` (`chercheuses`).
pub(crate) fn is_human_noun_or_plural(w: &str) -> bool {
    is_human_noun(w) || w.strip_suffix(['s', 'x']).is_some_and(is_human_noun)
}

/// Head nouns of bodies that a description names by itself, with its
/// complement (`la chambre d'agriculture de la Gironde`, `la caisse
/// d'allocations familiales`, `l'inspection du travail`), never the
/// organisation the text is about nor a person.
fn is_body_noun(w: &str) -> bool {
    matches!(
        w,
        "chambre"
            | "caisse"
            | "inspection"
            | "mutuelle"
            | "académie"
            | "hôpital"
            | "université"
            // (`Le département du Jura, propriétaire de l'aéroport, a
            // salué …`: the council, no person.)
            | "département"
    )
}

/// Head nouns of descriptions of organisations that stand for the
/// organisation the text is about.
pub(crate) fn is_org_noun(w: &str) -> bool {
    is_company_trade(w)
        || matches!(
            w,
            "organisation"
            | "alliance"
            | "institution"
            | "agence"
            | "entreprise"
            | "société"
            | "groupe"
            // (`l'enseigne`: a retail chain.)
            | "enseigne"
            // (`la métropole`: `Toulouse Métropole`, `la Métropole de
            // Lyon`.)
            | "métropole"
            | "compagnie"
            | "firme"
            | "association"
            | "ong"
            | "fédération"
            | "confédération"
            | "union"
            | "fondation"
            | "banque"
            | "club"
            | "syndicat"
            // (`le bailleur`: a social landlord, `Orge Habitat`.)
            | "bailleur"
            | "opérateur"
            | "organisme"
            | "formation"
            | "parti"
            | "journal"
            | "quotidien"
            | "hebdomadaire"
            | "chaîne"
            | "radio"
            // `le site d'information`, `le site` (a news site: [`kind_fits`]).
            | "site"
            | "mairie"
            | "service"
            | "cabinet"
            // `a annoncé son délégataire, la société Navéo`: the company
            // a public service is delegated to.
            | "délégataire"
            // `le collectif Les Soulèvements de la Terre`.
            | "collectif"
            // `la liste « Cap commun »`: an electoral list.
            | "liste"
            | "coalition"
            | "mouvement"
            // `l'établissement public Rebâtir Notre-Dame de Paris`.
            | "établissement"
            // `la juridiction` (a court: [`kind_fits`]).
            | "juridiction"
            // `l'interprofession`: a trade's joint body (`le Bureau
            // national interprofessionnel du cognac`).
            | "interprofession"
            // `l'instance indépendante` (an advisory or regulatory body).
            | "instance"
            // `le régulateur` (a regulatory authority: [`kind_fits`]).
            | "régulateur"
            // `le prévisionniste` (a weather service: [`kind_fits`]).
            | "prévisionniste"
            // `la collectivité` (a local authority: [`kind_fits`]).
            | "collectivité"
        )
}

/// Companies by their trade (`le pétrolier`, `l'avionneur`, `le géant
/// pétrolier`, `l'industriel`, `le constructeur`): heads of
/// organisations ([`is_org_noun`]) that take up a company ([`kinds_of`]).
fn is_company_trade(w: &str) -> bool {
    matches!(
        w,
        "pétrolier"
            | "électricien"
            | "gazier"
            | "cimentier"
            | "semencier"
            | "énergéticien"
            | "avionneur"
            | "distributeur"
            | "sidérurgiste"
            | "assureur"
            | "laboratoire"
            | "géant"
            | "armateur"
            | "équipementier"
            | "motoriste"
            | "fabricant"
            | "industriel"
            | "constructeur"
    )
}

/// The gender of a description whose determiner does not show it (`l'`,
/// `son`): from an adjective before its head (`l'ancienne ministre`, `son
/// nouvel avocat`) or a head noun of people with a feminine ending
/// (`l'avocate`, `l'élue`, `son adjointe`).
fn elided_gender(doc: &Doc<'_, '_>, head_at: usize, b: usize) -> Option<Gender> {
    if head_at >= b {
        return None;
    }
    let w = doc.low(head_at);
    match w {
        "ancienne" | "nouvelle" | "première" | "actuelle" => {
            return Some(Gender::Female);
        }
        "ancien" | "nouveau" | "nouvel" | "premier" | "actuel" => return Some(Gender::Male),
        _ => {}
    }
    let feminine = [
        "trice", "euse", "ière", "ienne", "ante", "ente", "ée", "ate", "ine", "ue",
        // (`l'adjointe`, `l'élue`: a feminine `-e` after `t`.)
        "inte",
    ];
    (is_human_noun(w) && feminine.iter().any(|s| w.ends_with(s))).then_some(Gender::Female)
}

/// The gender of an organisation's name by its head noun (`Agence`,
/// `Office`), for a name whose article does not show it (`l'`, none).
fn org_head_gender(w: &str) -> Option<Gender> {
    match w {
        "agence" | "autorité" | "association" | "fédération" | "commission" | "confédération"
        | "cour" | "direction" | "union" | "organisation" | "fondation" | "chambre" | "caisse"
        | "banque" | "compagnie" | "société" | "inspection" | "académie" | "assemblée"
        | "délégation" | "ligue" | "coordination" | "école" | "université" | "haute" => {
            Some(Gender::Female)
        }
        "office" | "observatoire" | "institut" | "conseil" | "comité" | "syndicat" | "ordre"
        | "établissement" | "organisme" | "collectif" | "haut" | "centre" | "groupe" => {
            Some(Gender::Male)
        }
        _ => None,
    }
}

fn det_gender(w: &str) -> Option<Gender> {
    match w {
        "le" | "un" | "ce" | "cet" | "du" | "au" | "m." | "monsieur" => Some(Gender::Male),
        "la" | "une" | "cette" | "mme" | "madame" | "mlle" => Some(Gender::Female),
        _ => None,
    }
}

/// Where the subject a pronoun at byte `at` may continue starts: the
/// sentence before, when the pronoun opens its own (or follows a fronted
/// phrase); its own sentence, when it is the inverted pronoun of an
/// incise after the words it said, which open the sentence (`Le
/// Haut-Commissariat a ordonné l'évacuation …, a-t-il indiqué`). Returns
/// that sentence's first token and where its subject must end by; `None`
/// when someone spoke in that sentence (`…, a déclaré Mme X. Elle a
/// ajouté` continues Mme X).
fn continued_subject(
    doc: &Doc<'_, '_>,
    at: usize,
    history: &[Said],
    own: &[Span],
) -> Option<(usize, usize)> {
    // (The token holding `at`: the `il` of `-t-il` starts inside it.)
    let k = match doc.tok_at(at) {
        k if k > 0 && doc.toks.get(k).is_none_or(|t| t.start() > at) => k - 1,
        k => k,
    };
    let (ss, _) = doc.sent_range(k);
    let host = doc.is_clitic(k) && own.first().is_some_and(|p| p.start == doc.toks[ss].start());
    // (`Selon elle, …`, `D'après lui, …` opening the sentence: the agent
    // of `selon` continues the subject as a subject pronoun would.)
    let agent = (k == ss + 1 && doc.low(ss) == "selon")
        || (k == ss + 2 && doc.low(ss) == "d'" && doc.low(ss + 1) == "après");
    // (`La direction conteste ces chiffres : d'après elle, …`: the agent
    // of `selon` after a colon or semicolon of the same sentence goes on
    // with the clause before it.)
    let colon_agent = |p: usize| {
        p > ss + 1
            && matches!(doc.low(p), ":" | ";")
            && !super::extract::is_open_mark(doc.low(p + 1))
    };
    let colon = if host || k < ss + 3 {
        None
    } else if doc.low(k - 1) == "selon" {
        Some(k - 2)
    } else if k >= ss + 4 && doc.low(k - 1) == "après" && doc.low(k - 2) == "d'" {
        Some(k - 3)
    } else {
        None
    };
    if let Some(c) = colon.filter(|&c| colon_agent(c)) {
        let spoke = history
            .last()
            .is_some_and(|s| s.person && s.at >= doc.toks[ss].start());
        return (!spoke).then_some((ss, c));
    }
    // (After a fronted phrase too: `Au cas par cas, elle a proposé`.)
    if !host && (ss == 0 || !agent && k != ss && fronted_adjunct(doc, at).is_none()) {
        return None;
    }
    let (ps, ss) = if host {
        (ss, k)
    } else {
        (doc.sent_range(ss - 1).0, ss)
    };
    // (For `Selon elle`, no person in the sentence before but its
    // subject: `La SNCF a reçu la ministre des Transports. Selon elle, …`
    // may be the minister.)
    if agent
        && (ps + 1..ss).any(|x| {
            is_human_noun(doc.low(x))
                || doc
                    .entity(x)
                    .is_some_and(|e| doc.ents[e].label() == Label::Per)
        })
    {
        return None;
    }
    // (For an incise, a person who spoke in the sentence before goes on:
    // `« … », a assuré Gabriel Attal. Le gouvernement renonce à la
    // hausse …, a-t-il annoncé.`)
    let from = if host && ps > 0 {
        doc.sent_range(ps - 1).0
    } else {
        ps
    };
    let spoke = history
        .last()
        .is_some_and(|s| s.person && s.at >= doc.toks[from].start());
    (!spoke).then_some((ps, ss))
}

/// The noun phrase opening a sentence at token `ps` that is its subject:
/// ended before `end_by` by its verb (no punctuation, no `de`
/// complement after it). Returns the phrase and its end.
fn subject_phrase(doc: &Doc<'_, '_>, ps: usize, end_by: usize) -> Option<(Mention, usize)> {
    let (np, end) = super::extract::noun_phrase(doc, ps);
    let verb_at = |e: usize| {
        e < end_by && !doc.is_punct(e) && !matches!(doc.low(e), "de" | "d'" | "du" | "des")
    };
    // (Past its acronym in brackets: `L'Union des étudiants (UDE) a
    // dénoncé`.)
    let mut after = if doc.low(end) == "(" {
        (end + 1..(end + 4).min(end_by))
            .find(|&x| doc.low(x) == ")")
            .map_or(end, |x| x + 1)
    } else {
        end
    };
    // (And past the place after the brackets: `Le Comité régional du
    // tourisme (CRT) de Bretagne a présenté`.)
    if after > end
        && matches!(doc.low(after), "de" | "du" | "des" | "d'")
        && after + 1 < end_by
        && doc.starts_upper(after + 1)
    {
        after += 1;
        while after < end_by && after < end + 10 && doc.starts_upper(after) {
            after += 1;
        }
    }
    // (`Cette dernière, méfiante quant au respect des droits, a décidé`:
    // an apposition between commas before the verb, of a few words.)
    let apposition = || {
        doc.low(after) == ","
            && (after + 1..(after + 20).min(end_by))
                .find(|&x| doc.is_punct(x) && !matches!(doc.low(x), "'" | "-"))
                .is_some_and(|c| doc.low(c) == "," && verb_at(c + 1))
    };
    np.filter(|_| verb_at(after) || apposition())
        .map(|m| (m, end))
}

/// The people or the body named by a plural description that is the
/// subject the pronoun `ils`/`elles` at byte `at` continues
/// ([`continued_subject`]): `Les syndicats ont appelé à la grève. Ils
/// estiment que …`.
fn previous_plural_subject(
    doc: &Doc<'_, '_>,
    at: usize,
    history: &[Said],
    own: &[Span],
) -> Option<Said> {
    let (ps, ss) = continued_subject(doc, at, history, own)?;
    if !matches!(doc.low(ps), "les" | "ces") {
        return None;
    }
    let (np, end) = subject_phrase(doc, ps, ss)?;
    let head = doc.low(ps + 1);
    let single = head.strip_suffix(['s', 'x']).unwrap_or(head);
    let human = is_human_noun_or_plural(head);
    let body = is_collective(head) || is_org_noun(single) || is_collective(single);
    if !matches!(np.kind, MentionKind::Desc { .. }) || !(human || body) {
        return None;
    }
    Some(Said {
        plural: true,
        person: human,
        ..description_said(doc, ps, end, None)
    })
}

/// The organisation or place that is the subject the pronoun at byte `at`
/// continues ([`continued_subject`]: the sentence before, `La Commission
/// est consciente … Elle prend note …`, or for an incise its own): a noun
/// phrase opening that sentence with a definite or demonstrative article
/// of the pronoun's gender `g`, naming an organisation or a place (or
/// headed by an organisation noun, or `cette dernière` standing for one),
/// ended by its verb. `None` when someone spoke in that sentence (`…, a déclaré
/// Mme X. Elle a ajouté` continues Mme X).
fn previous_subject_org(
    doc: &Doc<'_, '_>,
    at: usize,
    g: Gender,
    history: &[Said],
    own: &[Span],
    resolve: impl Fn(&Mention) -> Said,
) -> Option<Said> {
    let (ps, ss) = continued_subject(doc, at, history, own)?;
    // `Que dit la Commission ? Elle a proposé …`, `Et l'ONU ? Elle …`: a
    // question about an organisation (the explainer's genre) names the
    // subject the answer goes on with.
    let asked = (ss >= ps + 3 && doc.low(ss - 1) == "?")
        .then(|| match doc.low(ps) {
            "et" => Some(ps + 1),
            "que" | "qu'" => {
                (ps + 1..(ps + 5).min(ss - 1)).find(|&x| super::extract::is_det(doc.low(x)))
            }
            _ => None,
        })
        .flatten();
    let ps = asked.unwrap_or(ps);
    // (Past a fronted participial phrase: `Saisi par une vingtaine
    // d'habitants, le tribunal … a suspendu … Il a estimé …`, `Arrivé
    // troisième …, le parti … refuse … Il dénonce …`; a word before
    // `par` is a participle, whatever its ending.)
    let ps = if asked.is_none()
        && doc.low(ps).chars().count() > 4
        && (super::extract::participle_like(doc.low(ps))
            || (doc.low(ps + 1) == "par" && !doc.starts_upper(ps + 1) && doc.is_word(ps)))
    {
        super::extract::verbless_to_comma(doc, ps + 1, ss.min(ps + 14)).map_or(ps, |x| x + 1)
    } else {
        ps
    };
    // (After an elided article, the gender of the head: `L'Union
    // européenne … Elle`, `L'Office … Il`.)
    let elided = doc.low(ps) == "l'" && {
        let h = doc.low(ps + 1);
        match g {
            Gender::Female => matches!(
                h,
                "union"
                    | "organisation"
                    | "assemblée"
                    | "agence"
                    | "autorité"
                    | "administration"
                    | "alliance"
                    | "ambassade"
                    | "armée"
                    | "association"
                    | "université"
                    | "académie"
                    | "église"
                    | "école"
                    | "entreprise"
                    | "institution"
            ),
            Gender::Male => matches!(
                h,
                "office" | "institut" | "observatoire" | "état" | "etat" | "élysée" | "hôpital"
            ),
        }
    };
    let article = elided
        || matches!(
            (g, doc.low(ps)),
            (Gender::Female, "la" | "cette") | (Gender::Male, "le" | "ce" | "cet")
        );
    if !article {
        return None;
    }
    // (The question's noun phrase runs to its question mark.)
    let (np, end) = match asked {
        Some(_) => match super::extract::noun_phrase(doc, ps) {
            (Some(np), end) if end + 1 == ss => (np, end),
            _ => return None,
        },
        None => subject_phrase(doc, ps, ss)?,
    };
    // The head after the article, past `haut`, `grand` (`Le Haut
    // commissariat`).
    let institution_at = |a: usize| {
        is_institution_noun(doc.low(a))
            || (matches!(doc.low(a), "haut" | "haute" | "grand" | "grande")
                && is_institution_noun(doc.low(a + 1)))
    };
    match np.kind {
        MentionKind::Entity(e) if matches!(doc.ents[e].label(), Label::Org | Label::Loc) => {
            Some(resolve(&np))
        }
        // An institution noun heads it (whatever the description's broad
        // `human` says): the institution, named by its description.
        // (Or the organisation the description resolves to: `La
        // direction n'a avancé aucun chiffre. Elle a indiqué …` after
        // `Casino`, as `La direction a indiqué` itself.)
        MentionKind::Desc { first, gender, .. }
            if institution_at(first + 1) && compatible(gender, Some(g)) =>
        {
            Some(
                Some(resolve(&np))
                    .filter(|s| !s.person && s.entity.is_some())
                    .unwrap_or(Said {
                        person: false,
                        ..description_said(doc, first, end, Some(g))
                    }),
            )
        }
        MentionKind::Desc {
            first,
            human,
            org_noun,
            org,
            gender,
            ..
        } if (matches!(doc.low(first + 1), "dernier" | "dernière")
            || (!human && (org_noun || org.is_some())))
            && compatible(gender, Some(g)) =>
        {
            Some(resolve(&np)).filter(|s| !s.person)
        }
        // `La Commission`, capitalised: the institution, named by its
        // description.
        MentionKind::Name if institution_at(ps + 1) => Some(Said {
            person: false,
            ..description_said(doc, ps, end, Some(g))
        }),
        _ => None,
    }
}

/// The `il` of `-t-il` (the clitic token `k`).
pub(crate) fn clitic_mention(doc: &Doc<'_, '_>, k: usize) -> Mention {
    let t = &doc.toks[k];
    let s = t.as_str();
    // Strip `-t-` or `-`.
    let skip = s
        .char_indices()
        .rev()
        .find(|&(_, c)| c == '-')
        .map(|(i, _)| i + 1)
        .unwrap_or(0);
    let span = Span::new(t.start() + skip, t.end());
    let w = &doc.low(k)[skip.min(doc.low(k).len())..];
    pronoun_kind(span, w)
}

fn pronoun_kind(span: Span, w: &str) -> Mention {
    let (gender, plural) = match w {
        // (`Celui qui …`, `Celle qui …`: a free relative, a person.)
        "il" | "lui" | "celui" => (Some(Gender::Male), false),
        "elle" | "celle" => (Some(Gender::Female), false),
        "ils" | "eux" => (Some(Gender::Male), true),
        "elles" => (Some(Gender::Female), true),
        _ => (None, true), // `on`
    };
    Mention {
        span,
        kind: MentionKind::Pronoun { gender, plural },
    }
}

/// A pronoun token.
pub(crate) fn pronoun_mention(doc: &Doc<'_, '_>, k: usize) -> Mention {
    pronoun_kind(doc.toks[k].span(), doc.low(k))
}

/// A first-person subject at token `k` (`Je`, `Nous`): the pronoun
/// alone, resolved like an indefinite description of a person (to
/// nobody: the text does not say who speaks).
pub(crate) fn first_person_mention(doc: &Doc<'_, '_>, k: usize) -> Mention {
    Mention {
        span: doc.toks[k].span(),
        kind: MentionKind::Desc {
            first: k,
            last: k + 1,
            gender: None,
            definite: false,
            human: true,
            org_noun: false,
            org: None,
        },
    }
}

/// An entity mention.
pub(crate) fn entity_mention(doc: &Doc<'_, '_>, e: usize) -> Mention {
    Mention {
        span: doc.ents[e].span(),
        kind: MentionKind::Entity(e),
    }
}

fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "al-"
            | "el-"
            | "de"
            | "du"
            | "bin"
            | "ben"
            | "von"
            | "van"
            | "da"
            | "di"
            | "le"
            | "la"
            | "ibn"
            | "abou"
            | "d'"
    ) || w.starts_with("al-")
        || w.starts_with("el-")
}

fn upper(doc: &Doc<'_, '_>, k: usize) -> bool {
    doc.is_word_token(k)
        && doc.toks[k]
            .as_str()
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

fn upper_at(doc: &Doc<'_, '_>, k: usize, b: usize) -> bool {
    k < b && upper(doc, k)
}

/// The first word of its sentence (or of a quotation or dialogue line).
fn at_sentence_start(doc: &Doc<'_, '_>, k: usize) -> bool {
    let (ss, _) = doc.sent_range(k);
    k == ss || (k > 0 && matches!(doc.low(k - 1), "«" | "“" | "\"" | "—" | "–" | "-" | ":"))
}

/// Capitalised words that open sentences but are no names: prepositions,
/// conjunctions, adverbs, pronouns and determiners (a closed class).
fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "à" | "a"
            | "au"
            | "aux"
            | "dans"
            | "pour"
            | "par"
            | "en"
            | "sur"
            | "sous"
            | "avec"
            | "sans"
            | "chez"
            | "selon"
            | "après"
            | "avant"
            | "depuis"
            | "pendant"
            | "lors"
            | "dès"
            | "vers"
            | "entre"
            | "contre"
            | "malgré"
            | "parmi"
            | "face"
            | "même"
            | "mais"
            | "et"
            | "ou"
            | "puis"
            | "alors"
            | "ainsi"
            | "aussi"
            | "enfin"
            | "quand"
            | "si"
            | "afin"
            | "comme"
            | "car"
            | "donc"
            | "or"
            | "cependant"
            | "pourtant"
            | "toutefois"
            | "néanmoins"
            | "déjà"
            | "encore"
            | "tous"
            | "tout"
            | "toute"
            | "toutes"
            | "c'"
            | "ce"
            | "cet"
            | "cette"
            | "ces"
            | "ceci"
            | "cela"
            | "ça"
            | "celui-ci"
            | "celle-ci"
            | "ceux-ci"
            | "celles-ci"
            | "celui"
            | "celle"
            | "ceux"
            | "j'"
            | "je"
            | "tu"
            | "nous"
            | "vous"
            | "on"
            | "il"
            | "elle"
            | "ils"
            | "elles"
            | "moi"
            | "toi"
            | "lui"
            | "eux"
            | "hier"
            | "aujourd'hui"
            | "demain"
            | "ici"
            | "là"
            | "oui"
            | "non"
            | "ah"
            | "oh"
            | "eh"
            | "bah"
            | "hé"
            | "quoi"
            | "qui"
            | "que"
            | "qu'"
            | "pourquoi"
            | "comment"
            | "où"
            | "ensuite"
            | "soudain"
            | "tandis"
            | "lorsque"
            | "lorsqu'"
            | "puisque"
            | "d'abord"
            | "d'ailleurs"
            | "de"
            | "d'"
            | "du"
            | "des"
            | "un"
            | "une"
            | "le"
            | "la"
            | "les"
            | "l'"
            | "mon"
            | "ma"
            | "mes"
            | "ton"
            | "ta"
            | "tes"
            | "son"
            | "sa"
            | "ses"
            | "notre"
            | "nos"
            | "votre"
            | "vos"
            | "leur"
            | "leurs"
            | "tel"
            | "telle"
            | "tels"
            | "telles"
            | "chaque"
            | "plusieurs"
            | "certains"
            | "certaines"
            | "aucun"
            | "aucune"
            | "rien"
            | "personne"
            | "surtout"
            | "seulement"
            | "désormais"
            | "bientôt"
            | "maintenant"
            | "certes"
            | "outre"
            | "quant"
            | "grâce"
            | "loin"
            | "voici"
            | "voilà"
            | "seul"
            | "seule"
            | "seuls"
            | "autre"
            | "autres"
            | "notamment"
            | "néanmoins,"
            | "bien"
            | "mieux"
            | "très"
            | "plus"
            | "moins"
            | "peu"
            | "beaucoup"
            | "trop"
            | "jamais"
            | "toujours"
            | "souvent"
            | "parfois"
            | "pas"
            | "ne"
            | "n'"
            | "y"
            | "cependant,"
    )
}

/// A sentence-initial word shaped like a participle, adjective or adverb
/// (`Qualifié de …`, `Rassurée, …`, `Finalement`): no name when alone.
pub(crate) fn looks_common(w: &str) -> bool {
    [
        "é", "ée", "és", "ées", "ant", "ment", "ante", "ants", "if", "ive", "eux", "euse",
    ]
    .iter()
    .any(|s| w.ends_with(s))
}

/// A run of capitalised words in `a..b` that is a name the tagger missed:
/// not a complement (`de Paris`), not a title noun (`Premier`).
/// Does a capitalised `Haut`, `Haute`, `Grand` or `Grande` at token `k`
/// open a body's name, before a capitalised noun (before `b`) that is no
/// noun of people (`Haut Conseil`, `Haute Autorité`; not `Haut
/// Représentant`)?
fn opens_body_name(doc: &Doc<'_, '_>, k: usize, b: usize) -> bool {
    matches!(doc.low(k), "haut" | "haute" | "grand" | "grande")
        && upper(doc, k)
        && upper_at(doc, k + 1, b)
        && !is_human_noun(doc.low(k + 1))
}

pub(crate) fn name_run(doc: &Doc<'_, '_>, a: usize, b: usize) -> Option<(usize, usize)> {
    let mut k = a;
    // A complement's name being passed (`de La Libertad Avanza`: not
    // `Avanza` either).
    let mut in_complement = false;
    while k < b {
        // Most tokens are not capitalised: that test first, the others
        // only for capitalised ones.
        if !upper(doc, k) {
            in_complement = false;
            k += 1;
            continue;
        }
        let w = doc.low(k);
        let prev = if k > a { doc.low(k - 1) } else { "" };
        let prev2 = if k > a + 1 { doc.low(k - 2) } else { "" };
        let after_de = in_complement
            || matches!(prev, "de" | "d'" | "du" | "des" | "à" | "en" | "aux" | "au")
            || (matches!(prev, "l'" | "la" | "le" | "les") && matches!(prev2, "de" | "à" | "d'"));
        in_complement = after_de;
        let det_at_start = k == a && (super::extract::is_det(w));
        // (Not a given name: `José, un livreur de 29 ans, résume`.)
        let common_start = at_sentence_start(doc, k)
            && ((looks_common(w) && !doc.is_given_like_common(w) && !upper_at(doc, k + 1, b))
                // (An opening participle and its complement: `Venue
                // d'Avignon avec sa paroisse, Thérèse …`.)
                || (w.chars().count() > 3
                    && super::extract::participle_like(w)
                    && matches!(doc.low(k + 1), "de" | "d'" | "du" | "des" | "à" | "au" | "en" | "par")));
        if !is_function_word(w)
            && !common_start
            && !after_de
            && !det_at_start
            // (`Haut` is a noun of people's word, `le plus haut
            // responsable`, but it may open a body's name.)
            && (!is_human_noun(w) || opens_body_name(doc, k, b))
            && !is_org_noun(w)
            && doc.entity(k).is_none()
            && demonym_country(w).is_none()
            // (Nor people of a place: `Le Vendéen`, `certains
            // Pierrefittois`.)
            && (!is_demonym_at(doc, k) || upper_at(doc, k + 1, b))
        {
            let s = k;
            let mut e = k + 1;
            while e < b {
                if upper(doc, e) && doc.entity(e).is_none() {
                    e += 1;
                } else if e + 1 < b && is_particle(doc.low(e)) && upper(doc, e + 1) {
                    e += 2;
                } else {
                    break;
                }
            }
            return Some((s, e));
        }
        k += 1;
    }
    None
}

/// Does `la tête de liste` (a candidate heading a list) start at token
/// `k`?
pub(crate) fn is_list_head(doc: &Doc<'_, '_>, k: usize) -> bool {
    // (`tête de la liste d'opposition` too.)
    doc.low(k) == "tête"
        && doc.low(k + 1) == "de"
        && (doc.low(k + 2) == "liste" || (doc.low(k + 2) == "la" && doc.low(k + 3) == "liste"))
}

/// Is token `k` a capitalised noun of the people of a place after a
/// determiner (`Le Vendéen`, `l'Aveyronnaise`, `certains
/// Pierrefittois`), which the tagger left untagged? A description of
/// people, not a name.
fn is_demonym_at(doc: &Doc<'_, '_>, k: usize) -> bool {
    if k == 0 || !doc.starts_upper(k) || doc.entity(k).is_some() {
        return false;
    }
    let prev = doc.low(k - 1);
    // (Not after `du`, `au`: `les informations du Parisien` is the
    // newspaper's.)
    if !(super::extract::is_det(prev)
        || matches!(prev, "certains" | "certaines" | "nombreux" | "nombreuses"))
        || matches!(prev, "du" | "au" | "aux")
    {
        return false;
    }
    let w = doc.low(k);
    // (Nouns that end so and name no people: `Le Palais`, `Le Relais`.)
    if matches!(
        w.trim_end_matches('s'),
        "palai"
            | "relai"
            | "marai"
            | "bien"
            | "lien"
            | "soutien"
            | "entretien"
            | "maintien"
            | "terrain"
            | "parrain"
            | "train"
            | "grain"
            | "moi"
            | "boi"
            | "foi"
            | "lendemain"
    ) {
        return false;
    }
    // (`-ois`, `-ais` whatever the number; the others with an `s` in the
    // plural.)
    let w = w
        .strip_suffix('s')
        .filter(|x| !x.ends_with("oi") && !x.ends_with("ai"))
        .unwrap_or(w);
    w.chars().count() >= 6
        && [
            "ois", "oise", "ais", "aise", "ien", "ienne", "éen", "éenne", "ain", "aine",
            // (`La Valaisanne`: the feminine of `-an`.)
            "sanne",
        ]
        .iter()
        .any(|x| w.ends_with(x))
}

/// The noun phrase of tokens `a..b`: a person named in it, an
/// organisation when the head is not a person, a name the tagger missed,
/// or a description.
pub(crate) fn np_mention(doc: &Doc<'_, '_>, a: usize, b: usize) -> Mention {
    // `l'institution de la rue Cambon`, `le ministère de l'avenue de
    // Ségur`: a body's address names no other body; the noun alone
    // speaks (the span keeps the address).
    if b > a + 4 && super::extract::is_det(doc.low(a)) && is_org_noun(doc.low(a + 1)) {
        let x = match (doc.low(a + 2), doc.low(a + 3)) {
            ("de", "la" | "l'") => a + 4,
            ("du", _) => a + 3,
            _ => 0,
        };
        if x > 0
            && matches!(
                doc.low(x),
                "rue" | "avenue" | "boulevard" | "place" | "quai"
            )
        {
            let m = np_mention(doc, a, a + 2);
            return Mention {
                span: doc.span(a, b),
                ..m
            };
        }
    }
    let mut per = None;
    let mut org = None;
    let mut other = None;
    let w0 = doc.low(a);
    let det = super::extract::is_det(w0);
    let head_at = if det { a + 1 } else { a };
    // (`la fédération de parents d'élèves`: after a head naming a body,
    // the people of its complement are its members, not the speaker; nor
    // after a noun of what was said, `Le message du président est clair`,
    // `Réaction immédiate du maire`: the people of its complement said
    // it, see below.)
    let body_head = head_at < b && {
        let h = doc.low(head_at);
        (is_org_noun(h) && !is_human_noun(h)) || is_statement_noun(h)
    };
    // (`la tête de liste LR`: a candidate; `Le Vendéen`, `certains
    // Pierrefittois`: people of a place.)
    // (Also with a participle after it: `Une Marseillaise rencontrée sur
    // le Vieux-Port`, whose names are places; not `Le Républicain
    // lorrain`, an adjective.)
    let demonym = is_demonym_at(doc, head_at)
        && (b == head_at + 1 || {
            let x = doc.low(head_at + 1);
            super::extract::participle_like(x) && !doc.starts_upper(head_at + 1)
        });
    // (Not a word of an organisation's name: `le Haut Conseil des
    // finances publiques`.)
    let in_org = |k: usize| {
        doc.entity(k)
            .is_some_and(|e| doc.ents[e].label() == Label::Org)
    };
    let human = (a..b)
        .take(4)
        .take_while(|&k| !(body_head && matches!(doc.low(k), "de" | "d'" | "du" | "des")))
        .any(|k| (is_human_noun(doc.low(k)) || is_list_head(doc, k)) && !in_org(k))
        || demonym
        // (`Des experts de l'ONU`, `plusieurs diplomates de l'UE`: some of
        // its people, not the organisation; `Les observateurs de l'OSCE`
        // stand for their mission.)
        || matches!(w0, "des" | "plusieurs" | "certains" | "certaines" | "quelques")
            && head_at < b
            && is_human_noun_or_plural(doc.low(head_at));
    // `un proche du président Emmanuel Macron`, `l'avocat de l'ancien
    // ministre X`: a head naming someone by their tie to another; a
    // person anywhere in its complement is that other.
    // (`les deux avocats de X`: after a determiner and a number.)
    let head0 = (a..b.min(a + 3))
        .find(|&k| is_relational(doc.low(k)))
        .unwrap_or(b);
    let relational = head0 < b;
    let mut complement = false;
    for k in a..b {
        // (A complement that classifies, a bare lower-case noun, names no
        // one: `la conseillère d'opposition Karima Rochdi` is Karima
        // Rochdi; `le conseiller du président X`, `l'avocat de l'ancien
        // ministre X`, `l'avocat de X` name the other.)
        if k > head0
            && (matches!(doc.low(k), "du" | "des")
                || (matches!(doc.low(k), "de" | "d'")
                    && (k + 1 >= b
                        || doc.starts_upper(k + 1)
                        || doc.entity(k + 1).is_some()
                        || super::extract::is_det(doc.low(k + 1)))))
        {
            complement = true;
        }
        // (A relative clause with a pronoun of its own names no speaker:
        // `le délégué auquel s'adressait Élisabeth Borne`.)
        if k > a && super::extract::is_relative_pronoun(doc.low(k)) {
            break;
        }
        if let Some(e) = doc.entity(k) {
            if k > a && doc.entity(k - 1) == Some(e) {
                continue;
            }
            let prev = if k > a { doc.low(k - 1) } else { "" };
            // (`la commission d'enquête sur TikTok`, `le rapport sur la
            // Nouvelle-Calédonie`: what the phrase is about, not who.)
            if about_complement(doc, a, k) {
                continue;
            }
            match doc.ents[e].label() {
                // `les parents de Quentin Roy` is not Quentin Roy.
                Label::Per if human && matches!(prev, "de" | "d'" | "du" | "des") => {}
                Label::Per if relational && complement => {}
                // `Le mouvement de Jean-Luc Mélenchon juge que`: the
                // movement a person leads speaks, not that person.
                Label::Per
                    if matches!(prev, "de" | "d'" | "du")
                        && matches!(
                            doc.low(head_at),
                            "parti"
                                | "mouvement"
                                | "formation"
                                | "groupe"
                                | "syndicat"
                                | "association"
                                | "fondation"
                                | "collectif"
                        ) => {}
                Label::Per => per = per.or(Some(e)),
                Label::Org => org = org.or(Some(e)),
                // `les autorités de Dubaï`, `la police d'Orlando`: a place
                // in a complement is where, not who.
                Label::Loc if k > a && matches!(prev, "de" | "d'" | "du" | "des" | "à" | "en") => {
                }
                _ => other = other.or(Some(e)),
            }
        }
    }
    if let Some(e) = per {
        return entity_mention(doc, e);
    }
    let head = doc.low(head_at);
    // `Le constat de la dirigeante écologiste est sans appel : « … »`,
    // `la réponse du ministre`: what someone said, theirs.
    if !human && is_statement_noun(head) && head_at + 2 < b {
        // (Past one adjective: `Réaction immédiate du maire`.)
        let p = if !matches!(doc.low(head_at + 1), "de" | "d'" | "du" | "des")
            && doc.is_word(head_at + 1)
            && !doc.starts_upper(head_at + 1)
            && head_at + 3 < b
        {
            head_at + 2
        } else {
            head_at + 1
        };
        let of = match doc.low(p) {
            "de" | "d'" => Some(p + 1),
            "du" | "des" => Some(p),
            _ => None,
        };
        if let Some(c) = of {
            let m = np_mention(doc, c, b);
            // (A noun of people, not one of the modifiers the list holds
            // for `le plus haut responsable`.)
            let people = (c..b)
                .take(4)
                .map(|k| doc.low(k))
                .any(|w| is_human_noun(w) && !matches!(w, "plus" | "haut" | "haute" | "numéro"));
            if m.is_named() || people {
                return m;
            }
        }
    }
    let org_noun = is_org_noun(head);
    // `le Haut Comité du financement …`, `la Haute Autorité de santé`: a
    // capitalised `Haut`, `Grand` before a capitalised noun that is no
    // noun of people opens a body's name, which the tagger may have cut
    // after `Haut` (not `le Haut Représentant`, a person).
    if det
        && opens_body_name(doc, head_at, b)
        && org.is_none_or(|e| doc.ents[e].start() >= doc.toks[head_at + 1].start())
    {
        return Mention {
            span: doc.span(head_at, b),
            kind: MentionKind::Name,
        };
    }
    if !human {
        if let Some(e) = org.or(other) {
            // `l'OTAN`, `le Kremlin`, `la France`: the entity itself when it
            // starts the phrase.
            if doc.entity(head_at) == Some(e) || doc.entity(a) == Some(e) {
                return entity_mention(doc, e);
            }
        }
    }
    // (Not an organisation or a place qualifying a noun of people: `la
    // ministre de l'Europe et des Affaires étrangères` is no name.)
    // (`le collectif « C pas demain la veille »`: the body named in
    // marks, no name run of their words.)
    let quoted_name = (is_org_noun(head) || is_collective(head)) && named_in_marks(doc, head_at, b);
    let run = name_run(doc, a, b).filter(|_| !demonym).filter(|&(s, _)| {
        let qualifier = complement_of_person(doc, a, s)
            || human
                && doc
                    .entity(s)
                    .is_some_and(|x| doc.ents[x].label() != Label::Per);
        // (Nor the title of a work in marks after `de`: `l'ancien
        // animateur d'« Ushuaïa »`.)
        let o = if s > a && matches!(doc.low(s - 1), "la" | "le" | "les" | "l'") {
            s - 1
        } else {
            s
        };
        let title = o >= a + 3
            && super::extract::is_open_mark(doc.low(o - 1))
            && matches!(doc.low(o - 2), "de" | "d'");
        // (Nor what the phrase is about: `la commission sur TikTok`.)
        !quoted_name && !qualifier && !title && !about_complement(doc, a, s)
    });
    if let Some((s, e)) = run {
        return Mention {
            span: doc.span(s, e),
            kind: MentionKind::Name,
        };
    }
    // `Le Haut commissariat en Nouvelle-Calédonie`: a capitalised head
    // after the determiner, no noun of people (`haut`, `grand` there
    // qualify an institution), is a name the tagger missed, not a
    // description to resolve to someone else.
    let qualified_institution = matches!(head, "haut" | "haute" | "grand" | "grande")
        && is_institution_noun(doc.low(head_at + 1));
    if det
        && head_at + 1 < b
        && (qualified_institution || (!human && !org_noun))
        && upper(doc, head_at)
        && org.is_none()
    {
        return Mention {
            span: doc.span(head_at, b),
            kind: MentionKind::Name,
        };
    }
    // `Les autorités de Kumamoto`: under a collective head a place is
    // where (an organisation still speaks: `le bureau de MSF`).
    if !human && !org_noun {
        if let Some(e) = org.or(other.filter(|_| !is_collective(head))) {
            return entity_mention(doc, e);
        }
    }
    Mention {
        span: doc.span(a, b),
        kind: MentionKind::Desc {
            first: a,
            last: b,
            gender: det_gender(w0).or_else(|| elided_gender(doc, head_at, b)),
            // (`au ministère`: `à le`.)
            definite: matches!(
                w0,
                "le" | "la" | "l'" | "les" | "au" | "ce" | "cet" | "cette" | "son" | "sa"
            ),
            // (`la chambre d'agriculture`, `l'hôpital`: a body, which
            // stands for itself.)
            human: human || (!org_noun && !is_doc_noun(head) && !is_body_noun(head)),
            org_noun,
            org,
        },
    }
}

/// Does the head noun at token `head` name its body in marks, the
/// phrase ending at `end` (`le collectif « Mayotte a soif »`: the marks
/// right after the head, closing the phrase, at least one word inside)?
fn named_in_marks(doc: &Doc<'_, '_>, head: usize, end: usize) -> bool {
    end >= head + 4
        && super::extract::is_open_mark(doc.low(head + 1))
        && super::extract::is_close_mark(doc.low(end - 1))
}

/// Is the name run starting at token `ns` the complement of a noun of
/// people in the phrase from `start` (`le candidat de La Libertad
/// Avanza`: the candidate, not the party)?
fn complement_of_person(doc: &Doc<'_, '_>, start: usize, ns: usize) -> bool {
    let mut p = ns;
    // (Past the noun of a body the name follows: `un analyste de la
    // banque Oddo BHF`, `un porte-parole du cabinet Dupond`.)
    if p > start + 1 && is_org_noun(doc.low(p - 1)) {
        p -= 1;
    } else {
        // (Or of any place or body, with its adjective: `un élu de
        // l'agglomération Paris-Saclay`, `de la communauté urbaine Grand
        // Besançon`.)
        let mut q = p;
        while q > start + 1
            && p - q < 2
            && doc.is_word(q - 1)
            && !doc.starts_upper(q - 1)
            && !matches!(
                doc.low(q - 1),
                "de" | "d'" | "du" | "des" | "la" | "le" | "les" | "l'" | "et" | "ou"
            )
        {
            q -= 1;
        }
        if q < p && q > start && matches!(doc.low(q - 1), "la" | "le" | "les" | "l'") {
            p = q;
        }
    }
    while p > start && matches!(doc.low(p - 1), "la" | "le" | "les" | "l'") {
        p -= 1;
    }
    p > start + 1
        && matches!(doc.low(p - 1), "de" | "d'" | "du" | "des")
        && (start..p - 1).any(|x| is_human_noun(doc.low(x)))
}

/// Nouns of what someone says or concludes (`le constat de X`, `la
/// réponse de X`): the complement is the speaker.
fn is_statement_noun(w: &str) -> bool {
    matches!(
        w,
        "constat"
            | "message"
            | "réponse"
            | "réaction"
            | "position"
            | "verdict"
            | "avis"
            | "analyse"
            | "diagnostic"
            | "credo"
            | "conclusion"
            | "ton"
            | "discours"
            | "propos"
            | "explication"
            | "argument"
            | "leitmotiv"
            | "avertissement"
            | "promesse"
            | "mot"
    )
}

/// Nouns that name someone by a tie to another person: `proche`,
/// `avocat`, `épouse`, `fils`.
pub(crate) fn is_relational(w: &str) -> bool {
    is_lawyer_or_kin(w)
        || matches!(
            w,
            "proche"
                | "proches"
                | "entourage"
                | "conseiller"
                | "conseillère"
                | "conseillers"
                | "collaborateur"
                | "collaboratrice"
                | "collaborateurs"
                | "femme"
                | "famille"
                | "ami"
                | "amie"
                | "amis"
                | "entraîneur"
                | "agent"
                | "candidat"
                | "candidate"
                | "protégé"
                | "protégée"
                | "dauphin"
                | "dauphine"
                | "successeur"
                | "rival"
                | "rivale"
        )
}

/// A lawyer or a member of someone's family (`avocat`, `épouse`,
/// `père`): the person a tie defines, who speaks for or about another.
fn is_lawyer_or_kin(w: &str) -> bool {
    matches!(
        w,
        "avocat"
            | "avocate"
            | "avocats"
            | "épouse"
            | "époux"
            | "mari"
            | "fils"
            | "fille"
            | "père"
            | "mère"
            | "frère"
            | "sœur"
            | "parents"
    )
}

/// [`resolve_mention`]'s court: `les juges` (`les magistrats`) stand for
/// the last `tribunal`, `cour` or `chambre` named with its place, `le
/// ministère public` for the last `parquet` so named (3,000 bytes before
/// `at`, a bounded scan of tokens).
fn court_of(
    doc: &Doc<'_, '_>,
    profiles: &[Profile],
    first: usize,
    last: usize,
    at: usize,
) -> Option<Said> {
    let w0 = doc.low(first);
    let w1 = doc.low(first + 1);
    let bodies: &[&str] = match (w0, w1) {
        ("les", "juges" | "magistrats") if last <= first + 3 => &["tribunal", "cour", "chambre"],
        ("le", "ministère") if last == first + 3 && doc.low(first + 2) == "public" => &["parquet"],
        // (`selon le greffe`: the registry of the court named last.)
        ("le", "greffe") if last == first + 2 => &["tribunal", "cour"],
        // (`la juge des référés du tribunal administratif de Montpellier
        // … La magistrate relève`: a judge the text never names, when no
        // person's words name a judge, stands for the court, the one of
        // its own complement or the last one named.)
        // (`le magistrat` only after a judge, when no prosecutor is in
        // the 3,000 bytes before: a prosecutor is a magistrate too.)
        ("la" | "le", "juge" | "magistrate" | "magistrat")
            if !profiles.iter().any(|p| {
                p.text[p.own..]
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| matches!(w, "juge" | "magistrate" | "magistrat"))
            }) && (w1 == "juge" || {
                let lo = doc.tok_at(at.saturating_sub(3000));
                let words = || (lo..first).map(|k| doc.low(k));
                words().any(|w| w == "juge")
                    && !words().any(|w| {
                        w.starts_with("procureur")
                            || matches!(w, "parquet" | "substitut" | "réquisitoire" | "accusation")
                    })
            }) =>
        {
            &["tribunal", "cour", "chambre"]
        }
        _ => return None,
    };
    let lo = doc.tok_at(at.saturating_sub(3000));
    (lo..last.min(doc.n())).rev().find_map(|k| {
        if !bodies.contains(&doc.low(k)) {
            return None;
        }
        // (Or an organisation the tagger found there: `la chambre
        // régionale des comptes (CRC) de Bretagne … pointent les magistrats
        // financiers`.)
        if let Some(e) = doc
            .entity(k)
            .filter(|&e| doc.ents[e].label() == Label::Org && doc.tok_at(doc.ents[e].start()) == k)
        {
            return Some(entity_said(doc, e));
        }
        let end = named_complement(doc, k)?;
        Some(Said::named(doc.span(k, end), None, false))
    })
}

/// [`resolve_mention`]'s kin by surname: `le frère du maire` after `le
/// maire, Jacques Imbert, … l'adjoint Serge Imbert`. The relative is a
/// person's name in the complement, else the complement's description as
/// `resolve` resolves it.
fn kin_by_surname(
    doc: &Doc<'_, '_>,
    m: &Mention,
    first: usize,
    last: usize,
    head: &str,
    resolve: impl Fn(&Mention) -> Said,
) -> Option<usize> {
    if !matches!(
        head,
        "frère"
            | "sœur"
            | "fils"
            | "fille"
            | "père"
            | "mère"
            | "cousin"
            | "cousine"
            | "oncle"
            | "tante"
            | "neveu"
            | "nièce"
    ) || !matches!(doc.low(first), "le" | "la" | "l'")
    {
        return None;
    }
    let h = (first..last).find(|&k| doc.low(k) == head)?;
    if h + 2 > last || !matches!(doc.low(h + 1), "de" | "d'" | "du") {
        return None;
    }
    let named =
        (h + 1..last).find_map(|k| doc.entity(k).filter(|&e| doc.ents[e].label() == Label::Per));
    let rel = named.or_else(|| {
        let start = if doc.low(h + 1) == "du" { h + 1 } else { h + 2 };
        let mut np = np_mention(doc, start, last);
        // (`du maire` is `le maire`'s.)
        if let MentionKind::Desc { definite, .. } = &mut np.kind {
            *definite = true;
        }
        matches!(np.kind, MentionKind::Desc { .. })
            .then(|| resolve(&np).entity)
            .flatten()
    })?;
    let rel = &doc.ents[rel];
    let surname = rel
        .name()
        .rsplit(' ')
        .next()
        .filter(|w| w.chars().count() >= 2)?;
    // (Of the head's gender when the tagger knows the person's: `la mère
    // de Lucas` after `la mère de Lucas, Nathalie Ferrier, … Le père de
    // l'adolescent, Stéphane Ferrier` is Nathalie.)
    let gender = match head {
        "sœur" | "fille" | "mère" | "cousine" | "tante" | "nièce" => Gender::Female,
        _ => Gender::Male,
    };
    let i = doc.ents.partition_point(|e| e.start() < m.span.start);
    (i.saturating_sub(40)..i).rev().find(|&k| {
        let e = &doc.ents[k];
        e.label() == Label::Per
            && e.key() != rel.key()
            && e.gender().is_none_or(|g| g == gender)
            && e.name().contains(' ')
            && e.name().rsplit(' ').next() == Some(surname)
    })
}

/// Nouns of a partner (`sa compagne`, `son mari`).
fn is_partner_noun(w: &str) -> bool {
    matches!(
        w,
        "compagne" | "compagnon" | "épouse" | "époux" | "mari" | "femme" | "conjoint" | "conjointe"
    )
}

/// Nouns of texts and sources, which do not speak for a person.
fn is_doc_noun(w: &str) -> bool {
    is_document_noun(w)
        || matches!(
            w,
            "site"
                | "presse"
                | "source"
                | "sources"
                | "autorités"
                | "médias"
                | "gouvernement"
                | "police"
                | "justice"
                | "armée"
                | "état"
                | "etat"
                | "pays"
                | "ville"
                | "projet"
                | "accord"
                | "traité"
                | "population"
                | "habitants"
                | "manifestants"
                | "images"
                | "informations"
                | "experts"
                | "observateurs"
                | "analystes"
                | "services"
        )
}

/// `rapport`, `document`, `étude`, `avis`, `note`: a report, which
/// speaks for its author.
fn is_report_noun(w: &str) -> bool {
    matches!(w, "rapport" | "document" | "étude" | "avis" | "note")
}

/// The author that the last mention of a report with a complement names
/// before token `k` (`le rapport de l'Inspection générale de la police
/// nationale`: an organisation or a person), in the 300 tokens before (a
/// bounded look).
pub(crate) fn report_author_before(doc: &Doc<'_, '_>, k: usize) -> Option<usize> {
    (k.saturating_sub(300)..k).rev().find_map(|t| {
        if !is_report_noun(doc.low(t)) {
            return None;
        }
        // (Past the report's own complement, up to four words with no
        // punctuation: `le rapport d'observations définitives de la
        // chambre régionale des comptes`.)
        // (Only a complement opening right after it: not `le rapport aux
        // côtés du ministre de l'Économie`.)
        let de = |y: usize| matches!(doc.low(y), "de" | "d'" | "du" | "des");
        if !de(t + 1) {
            return None;
        }
        (t + 1..(t + 6).min(doc.n()))
            .take_while(|&y| {
                y == t + 1
                    || (doc.is_word(y)
                        && !doc.starts_upper(y)
                        && (de(y) || !super::extract::is_preposition(doc.low(y))))
            })
            .filter(|&y| de(y))
            .find_map(|y| {
                let x = if matches!(doc.low(y), "de" | "d'")
                    && matches!(doc.low(y + 1), "la" | "l'" | "le")
                {
                    y + 2
                } else {
                    y + 1
                };
                // (Or a name in lower case the tagger knows by its acronym
                // in brackets: `de la chambre régionale des comptes
                // (CRC)`.)
                // (A long name may hold commas: `du rapport de
                // l'Inspection générale de l'éducation, du sport et de la
                // recherche (IGESR)`; up to 16 words, no verb.)
                let acronym = || {
                    (x..(x + 16).min(doc.n()))
                        .take_while(|&z| {
                            (!doc.is_punct(z) || matches!(doc.low(z), "(" | ","))
                                && doc.aux(z).is_none()
                                && !doc.is_known_verb(z)
                        })
                        .find(|&z| doc.low(z) == "(")
                        .and_then(|z| doc.entity(z + 1))
                };
                doc.entity(x)
                    .or_else(acronym)
                    .filter(|&e| matches!(doc.ents[e].label(), Label::Org | Label::Per))
            })
    })
}

/// A letter (`courrier`, `lettre`, `missive`) named by head noun `head`
/// before token `k` (in the 300 tokens before): its author, the subject
/// of the sentence that names it (`Dans un courrier adressé à la préfète,
/// la maire a dénoncé …`), else the person or body that spoke in that
/// sentence (of the last eight speakers of `history`: `Dans un courrier
/// …, Catherine Vial-Dufour dénonce une décision « hors-sol »`).
fn letter_author_before(
    doc: &Doc<'_, '_>,
    k: usize,
    head: &str,
    history: &[Said],
) -> Option<usize> {
    if !is_letter_noun(head) {
        return None;
    }
    let t = (k.saturating_sub(300)..k)
        .rev()
        .find(|&t| doc.low(t) == head)?;
    let (ss, se) = doc.sent_range(t);
    let speaks = |e: usize| matches!(doc.ents[e].label(), Label::Org | Label::Per);
    let subject = super::extract::sentence_subject(doc, se - 1).and_then(|m| match m.kind {
        MentionKind::Entity(e)
            if speaks(e) && doc.sent(doc.tok_at(doc.ents[e].start())) == doc.sent(t) =>
        {
            Some(e)
        }
        // (A description with the name in apposition: `Dans un courrier
        // …, le recteur de l'académie de Rennes, Yannick Le Bihan, a
        // opposé …`.)
        MentionKind::Desc { .. } => {
            let c = doc.tok_at(m.span.end);
            (doc.low(c) == "," && doc.toks[c].start() >= m.span.end)
                .then(|| doc.entity(c + 1))
                .flatten()
                .filter(|&e| {
                    doc.ents[e].label() == Label::Per && doc.tok_at(doc.ents[e].start()) == c + 1
                })
        }
        _ => None,
    });
    let (a, b) = (doc.toks[ss].start(), doc.toks[se - 1].end());
    subject.or_else(|| {
        history
            .iter()
            .rev()
            .take(8)
            .find(|s| s.at >= a && s.at < b && s.entity.is_some_and(speaks))
            .and_then(|s| s.entity)
    })
}

/// The agent of a participle of writing or launching (`lancée`,
/// `rédigée`, `signée`, `portée`, `initiée`, `déposée`, `assignés` +
/// `par`) inside the document description `first..last`, else in its
/// sentence or the two before, before it: the organisation or person named right after `par`
/// (past `le collectif`, `l'association`), the group the text introduced
/// with that noun when no name follows. Bounded scans.
fn document_agent(doc: &Doc<'_, '_>, first: usize, last: usize) -> Option<usize> {
    let launched = |w: &str| {
        [
            "lanc", "rédig", "sign", "port", "initi", "dépos", "écrit", "assign",
        ]
        .iter()
        .any(|p| w.starts_with(p))
            && (super::extract::participle_like(w) || w.starts_with("écrit"))
    };
    // (Its sentence and the two before, at most 80 tokens.)
    let (ps, _) = doc.sent_range(first);
    let mut lo = ps;
    for _ in 0..2 {
        if lo > 0 {
            lo = doc.sent_range(lo - 1).0;
        }
    }
    let lo = lo.max(first.saturating_sub(80));
    let p = (lo..last.min(doc.n()))
        .rev()
        // (A few words of time between: `lancée en mars par`.)
        .find(|&p| {
            doc.low(p) == "par"
                && (p.saturating_sub(3)..p)
                    .rev()
                    .take_while(|&y| !doc.is_punct(y))
                    .any(|y| launched(doc.low(y)))
        })?;
    let mut x = p + 1;
    if matches!(doc.low(x), "le" | "la" | "l'" | "les" | "un" | "une") {
        x += 1;
    }
    let group = is_org_noun(doc.low(x))
        || is_collective(doc.low(x))
        || matches!(
            doc.low(x),
            "collectif" | "association" | "comité" | "coordination"
        );
    // (Past a noun in lower case: `par le semencier GraiNova`.)
    let noun = doc.is_word(x) && !upper(doc, x);
    if let Some(e) = doc
        .entity(x)
        .or_else(|| doc.entity(x + 1).filter(|_| group || noun))
        .filter(|&e| matches!(doc.ents[e].label(), Label::Org | Label::Per))
    {
        // (Not one of two: `déposé par l'association X et par un
        // agriculteur`.)
        let after = doc.tok_at(doc.ents[e].end());
        return (doc.low(after) != "et").then_some(e);
    }
    // (`par le collectif` alone: the group introduced by that noun.)
    if !group {
        return None;
    }
    let i = doc
        .ents
        .partition_point(|e| e.start() < doc.toks[x].start());
    (i.saturating_sub(60)..i).rev().find(|&e| {
        let t = doc.tok_at(doc.ents[e].start());
        doc.ents[e].label() == Label::Org && t > 0 && doc.low(t - 1) == doc.low(x)
    })
}

/// Nouns of a letter, which speaks for its author.
pub(crate) fn is_letter_noun(w: &str) -> bool {
    matches!(w, "courrier" | "lettre" | "missive")
}

/// The organisation that a sentence in the 400 tokens before token `k`
/// says published a report (`L'OCDE a présenté mardi à Paris son étude`,
/// `la Cour des comptes publie un rapport`): the last one named before a
/// verb of publication, itself up to eight tokens before `son`, `sa`,
/// `un` or `une` and a noun of a report.
fn publisher_before(doc: &Doc<'_, '_>, k: usize) -> Option<usize> {
    let t = (k.saturating_sub(400)..k).rev().find(|&t| {
        // (Or a draft it presented: `Le Conseil d'État genevois a présenté
        // mercredi son projet de budget … Selon le document`.)
        // (Past a leading adjective: `son dernier rapport annuel`.)
        let n = if matches!(
            doc.low(t + 1),
            "dernier" | "dernière" | "nouveau" | "nouvelle" | "premier" | "première"
        ) {
            t + 2
        } else {
            t + 1
        };
        matches!(doc.low(t), "son" | "sa" | "un" | "une")
            && (is_report_noun(doc.low(n)) || matches!(doc.low(n), "projet" | "plan"))
    })?;
    let (ss, _) = doc.sent_range(t);
    let v = (t.saturating_sub(8).max(ss)..t).rev().find(|&v| {
        ["présent", "publi", "dévoil"]
            .iter()
            .any(|p| doc.low(v).starts_with(p))
    })?;
    // (Or a person who publishes their office's own: `La Contrôleure
    // générale …, Dominique Simonnot, a publié son dernier rapport`.)
    let own = matches!(doc.low(t), "son" | "sa");
    (ss..v)
        .rev()
        .filter_map(|x| doc.entity(x))
        .find(|&e| doc.ents[e].label() == Label::Org || (own && doc.ents[e].label() == Label::Per))
}

/// Nouns of a document (`le rapport`, `le communiqué`, `la décision`): a
/// source that is no person.
pub(crate) fn is_document_noun(w: &str) -> bool {
    matches!(
        w,
        "texte"
            | "communiqué"
            | "rapport"
            | "étude"
            | "document"
            | "lettre"
            | "article"
            | "décret"
            | "sondage"
            | "bilan"
            | "loi"
            | "avis"
            | "enquête"
            | "chiffres"
            | "statistiques"
            | "décision"
            | "résolution"
            | "vidéo"
            | "message"
            | "déclaration"
            // (Of justice: `selon l'ordonnance de renvoi des juges`.)
            | "ordonnance"
            | "réquisitoire"
            | "jugement"
            | "arrêt"
            | "requête"
            | "circulaire"
            | "pétition"
            | "tribune"
    )
}

/// The entity that starts right after `par` at token `p`, past an article
/// (`par la Cour des comptes`, `par Mark MacGann`): a document's author.
fn agent_after_par(doc: &Doc<'_, '_>, p: usize) -> Option<usize> {
    let a = if matches!(doc.low(p + 1), "le" | "la" | "l'" | "les") {
        p + 2
    } else {
        p + 1
    };
    doc.entity(a)
        .filter(|&e| doc.tok_at(doc.ents[e].start()) == a)
}

/// A participle of writing or issuing a document (`rédigée`, `signé`,
/// `publiés`): after the document's noun, `par` names its author.
fn is_authoring_participle(w: &str) -> bool {
    let stem = w.trim_end_matches('s').trim_end_matches('e');
    matches!(
        stem,
        "rédigé"
            | "écrit"
            | "signé"
            | "cosigné"
            | "envoyé"
            | "transmis"
            | "lancé"
            | "publié"
            | "diffusé"
            | "émis"
            | "préparé"
            | "élaboré"
            | "réalisé"
    )
}

/// Does `text` (a person's profile) use the feminine of the noun `head`
/// (`présidente` for `président`), and never `head` itself?
fn feminine_only(text: &str, head: &str) -> bool {
    if head.ends_with('e') {
        return false;
    }
    let words = || text.split(|c: char| !c.is_alphanumeric() && c != '-');
    let fem = words().any(|w| w.len() == head.len() + 1 && w.starts_with(head) && w.ends_with('e'));
    fem && !words().any(|w| w == head)
}

/// The noun phrase ending just before token `k` (a subject), not before
/// `lo`: back to punctuation, a conjunction or a relative pronoun.
pub(crate) fn np_before(doc: &Doc<'_, '_>, lo: usize, k: usize) -> Option<Mention> {
    // `Domaines skiables de France (DSF) assure`: a name the tagger left,
    // read only up to its first lower-case word, before the acronym in
    // brackets the tagger found: that organisation.
    let phrase = phrase_before(doc, lo, k);
    if phrase
        .as_ref()
        .is_some_and(|m| matches!(m.kind, MentionKind::Name))
        && k >= lo + 3
    {
        if let Some(e) = org_in_brackets_before(doc, k) {
            return Some(entity_mention(doc, e));
        }
    }
    phrase.or_else(|| {
        // `Ce rapport de l'Inspection générale de l'éducation, du sport et
        // de la recherche (IGESR) concluait`: a name whose commas end the
        // phrase, its acronym in brackets before the verb.
        (k >= lo + 3)
            .then(|| org_in_brackets_before(doc, k))
            .flatten()
            .map(|e| entity_mention(doc, e))
    })
}

/// The organisation the tagger found in brackets ending just before
/// token `k` (`(IGESR)`, `(HCC)`), one token inside them.
fn org_in_brackets_before(doc: &Doc<'_, '_>, k: usize) -> Option<usize> {
    (k >= 3 && doc.low(k - 1) == ")" && doc.low(k - 3) == "(")
        .then(|| doc.entity(k - 2))
        .flatten()
        .filter(|&e| doc.ents[e].label() == Label::Org)
}

/// [`np_before`] but for a name in brackets it cannot reach.
fn phrase_before(doc: &Doc<'_, '_>, lo: usize, k: usize) -> Option<Mention> {
    if k <= lo {
        return None;
    }
    let mut a = k;
    // Brackets passed on the way back, still open.
    let mut depth = 0u32;
    // The marks of a name passed on the way back (opening, closing).
    let mut quoted: Option<(usize, usize)> = None;
    while a > lo && k - a < 14 {
        let w = doc.low(a - 1);
        match w {
            ")" => depth += 1,
            "(" => depth = depth.saturating_sub(1),
            _ => {}
        }
        // `envoyée par une habitante … qui m'écrit`: the agent of a
        // participle (not inside brackets: `(touché par l'épidémie)`).
        if w == "par" && depth == 0 && a >= 2 && super::lexicon::participle_ending(doc.low(a - 2)) {
            break;
        }
        // `Le collectif « Mayotte a soif » appelle`: a name in marks
        // after a noun of a body (at most six words) is part of the
        // phrase.
        if super::extract::is_close_mark(w) && w != "\"" {
            let open = (a.saturating_sub(9).max(lo + 1)..a - 1)
                .rev()
                .find(|&x| super::extract::is_open_mark(doc.low(x)));
            if let Some(o) = open.filter(|&o| {
                let noun = doc.low(o - 1);
                (o + 1..a - 1).all(|x| doc.is_word(x) || doc.low(x) == "'")
                    && (is_org_noun(noun)
                        || is_collective(noun)
                        || matches!(noun, "liste" | "opération" | "campagne" | "réseau")
                        // (Or the title of a work after `de`: `L'ancien
                        // animateur d'« Ushuaïa » a précisé`.)
                        || (matches!(noun, "de" | "d'")
                            && o >= lo + 2
                            && doc.is_word(o - 2)
                            && !doc.starts_upper(o - 2)))
            }) {
                quoted = Some((o, a - 1));
                a = o;
                continue;
            }
        }
        if doc.is_punct(a - 1) && !matches!(w, "-" | "'" | "(" | ")") {
            break;
        }
        // (Not an `et` inside a name: `la ministre de l'Europe et des
        // Affaires étrangères a dénoncé`.)
        let in_name = doc.entity(a - 1).is_some();
        if !in_name
            && matches!(
                w,
                "que"
                | "qu'"
                | "qui"
                | "dont"
                | "et"
                | "mais"
                | "ou"
                | "car"
                | "donc"
                | "or"
                | "où"
                | "lorsque"
                | "quand"
                | "si"
                | "comme"
                // `C'est pourquoi mon groupe demande`, `puisque le
                // ministre affirme`: a connector opens the clause.
                | "pourquoi"
                // `Voilà une lettre`.
                | "voilà"
                | "voici"
                | "puisque"
                | "puisqu'"
                | "lorsqu'"
                | "quoique"
                | "quoiqu'"
                | "lequel"
                | "laquelle"
                | "lesquels"
                | "lesquelles"
                | "auquel"
                | "auxquels"
                | "auxquelles"
                | "duquel"
                | "desquels"
                | "desquelles"
            )
        {
            break;
        }
        if doc.is_clitic(a - 1) {
            break;
        }
        a -= 1;
    }
    // Skip leading adverbials (`Lundi`, `Ensuite`, `Dans un communiqué`).
    while a < k && super::extract::is_opening_adverb(doc.low(a)) {
        a += 1;
    }
    // `C'est une circonstance qui …`: the cleft's `c'est` is no part of
    // the phrase.
    if a + 2 < k && doc.low(a) == "c'" && doc.low(a + 1) == "est" {
        a += 2;
    }
    if a >= k {
        return None;
    }
    // A phrase ending in a person's name is that person (`le chef de
    // l'organisation Ayman al-Zawahiri, qui déclare`), unless the name is
    // a complement (`les parents de Quentin Roy`).
    if let Some(e) = doc.entity(k - 1) {
        let ent = &doc.ents[e];
        let t = doc.tok_at(ent.start());
        if ent.label() == Label::Per
            && t >= a
            && !(t > a && matches!(doc.low(t - 1), "de" | "d'" | "du" | "des"))
        {
            return Some(entity_mention(doc, e));
        }
    }
    // Prefer the last determiner-led phrase (`Dans un communiqué le
    // ministère`), unless an entity spans the words before it.
    let mut start = a;
    for x in (a..k).rev() {
        let w = doc.low(x);
        if quoted.is_some_and(|(o, c)| o < x && x < c) {
            continue;
        }
        if matches!(w, "le" | "la" | "l'" | "les") && x > a && doc.entity(x).is_none() {
            let prev = doc.low(x - 1);
            // `de la`, `de l'` are complements, not a new phrase.
            if !matches!(
                prev,
                "de" | "d'" | "à" | "par" | "pour" | "sur" | "avec" | "contre"
            ) {
                start = x;
                break;
            }
        }
    }
    // A named entity anywhere in the chunk wins over a bare phrase start.
    if start > a
        && (a..start).any(|x| {
            doc.entity(x)
                .is_some_and(|e| doc.ents[e].label() == Label::Per)
        })
    {
        start = a;
    }
    // A name run ending the chunk (`… avec le chef de l'organisation Ayman
    // al-Zawahiri`).
    if let Some((ns, ne)) = name_run(doc, start, k) {
        // (Not a title in marks: `L'ancien animateur d'« Ushuaïa »`.)
        // (Nor a place in the complement of people of a place: `Une
        // Marseillaise rencontrée sur le Vieux-Port`.)
        // (Nor what the phrase is about: `la commission d'enquête sur
        // TikTok appelle`.)
        if ne == k
            && !about_complement(doc, start, ns)
            && quoted.is_none_or(|(o, _)| ns <= o)
            && !complement_of_person(doc, start, ns)
            && !(ns > start + 1 && is_demonym_at(doc, start + 1))
            && (a..k).all(|x| doc.entity(x).is_none())
        {
            return Some(Mention {
                span: doc.span(ns, ne),
                kind: MentionKind::Name,
            });
        }
    }
    let w0 = doc.low(start);
    // (`Permettez-moi`: an imperative verb, no name.)
    if doc.is_clitic(start + 1) {
        return None;
    }
    let first_char = doc.toks[start].as_str().chars().next();
    let plausible = det_gender(w0).is_some()
        || matches!(
            w0,
            "l'" | "les" | "des" | "son" | "sa" | "ses" | "leur" | "leurs"
                // `mon groupe demande que`, `nos partenaires estiment`.
                | "mon" | "ma" | "mes" | "notre" | "nos" | "votre" | "vos"
                // `Dans son discours, celui-ci a appelé …`.
                | "celui-ci" | "celle-ci" | "ceux-ci" | "celles-ci"
        )
        // `et certains considèrent que`: people the text does not name
        // (`mais plusieurs élus reconnaissent`: their noun after).
        || (start + 1 == k && matches!(w0, "certains" | "certaines" | "plusieurs" | "beaucoup"))
        || (start + 1 < k
            && matches!(w0, "plusieurs" | "certains" | "certaines" | "quelques" | "nombre"))
        // (`treize ambassades occidentales se sont dites …`.)
        || (start + 1 < k && super::extract::is_cardinal(w0))
        || doc.entity(start).is_some()
        || first_char.is_some_and(char::is_uppercase);
    if !plausible {
        return None;
    }
    // `Le Haut Conseil pour le climat (HCC) a estimé`: the phrase before
    // its acronym in brackets, or the acronym's entity.
    if k >= start + 4 && doc.low(k - 1) == ")" && doc.low(k - 3) == "(" {
        // (The name before the brackets, when it is the whole phrase
        // past its article.)
        let named = doc.entity(k - 4).filter(|&e| {
            let t = doc.tok_at(doc.ents[e].start());
            doc.ents[e].label() == Label::Org && (t == start || t == start + 1)
        });
        if let Some(e) = named {
            return Some(entity_mention(doc, e));
        }
        // (Not a person's party: `La députée (LR) a estimé`.)
        let m = np_mention(doc, start, k - 3);
        if matches!(m.kind, MentionKind::Desc { human: false, .. }) {
            if let Some(e) = org_in_brackets_before(doc, k) {
                return Some(entity_mention(doc, e));
            }
        }
        if !matches!(m.kind, MentionKind::Desc { .. }) {
            return Some(m);
        }
    }
    Some(np_mention(doc, start, k))
}

/// What is known about a person of the document: its appositions and
/// gazetteer roles (lowercased), and the positions of its mentions.
struct Profile {
    entity: usize,
    text: String,
    /// Where the text's own words start (before: the gazetteer's roles).
    own: usize,
    mentions: Vec<usize>,
}

const MAX_PROFILES: usize = 64;

/// Appends `s` lowercased (`’` as `'`), in NFC (so that text in NFD
/// compares equal to the gazetteer's names and roles).
fn lower_into(out: &mut String, s: &str) {
    if s.is_ascii() {
        let at = out.len();
        out.push_str(s);
        out[at..].make_ascii_lowercase();
        return;
    }
    let s = if s.bytes().any(|b| b >= 0xCC) {
        crate::normalize::nfc(s)
    } else {
        Cow::Borrowed(s)
    };
    for c in s.chars() {
        match c {
            '’' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
}

fn profiles(doc: &Doc<'_, '_>) -> Vec<Profile> {
    let mut by_key: FxHashMap<&str, usize> =
        FxHashMap::with_capacity_and_hasher(doc.ents.len(), Default::default());
    let mut out: Vec<Profile> = Vec::new();
    let n = doc.n();
    let mut ti = 0;
    for (ei, e) in doc.ents.iter().enumerate() {
        if e.label() != Label::Per {
            continue;
        }
        while ti < n && doc.toks[ti].end() <= e.start() {
            ti += 1;
        }
        let pi = match by_key.get(e.key()) {
            Some(&p) => p,
            None => {
                if out.len() >= MAX_PROFILES {
                    continue;
                }
                let mut text = String::new();
                if let Some(entry) = e.entry() {
                    for r in entry.attrs("role") {
                        let r = r.split('@').next().unwrap_or(r);
                        lower_into(&mut text, r);
                        text.push_str(" | ");
                    }
                }
                by_key.insert(e.key(), out.len());
                out.push(Profile {
                    entity: ei,
                    own: text.len(),
                    text,
                    mentions: Vec::new(),
                });
                out.len() - 1
            }
        };
        let p = &mut out[pi];
        p.mentions.push(e.start());
        if p.text.len() > 2000 {
            continue;
        }
        // `La Métropole de Lyon, dirigée par Bruno Bernard,`: the person
        // heads the organisation named before (`président de la
        // métropole de lyon`).
        if ti >= 3
            && doc.low(ti - 1) == "par"
            && doc.low(ti - 3) == ","
            && ["présidé", "dirigé"]
                .iter()
                .any(|h| doc.low(ti - 2).starts_with(h))
        {
            let end = ti - 3;
            let mut b = end;
            while b > 0 && end - b < 8 && !doc.is_punct(b - 1) {
                if matches!(doc.low(b - 1), "que" | "qu'" | "qui" | "et") {
                    break;
                }
                b -= 1;
            }
            if b < end {
                p.text.push_str("président de ");
                for k in b..end {
                    p.text.push_str(doc.low(k));
                    p.text.push(' ');
                }
                p.text.push_str(" | ");
            }
        }
        // The token after the name.
        let mut after_name = ti;
        while after_name < n && doc.entity(after_name) == Some(ei) {
            after_name += 1;
        }
        // `Bassirou Diomaye Faye élu président dès le premier tour`: the
        // person is the `président élu` (up to four words of the office).
        // (Past an adverb: `Bruno Retailleau largement élu président`;
        // and a comma: `Jean Martin, élu président de la région, …`.)
        let mut k = after_name;
        if doc.low(k) == "," {
            k += 1;
        }
        if doc.low(k).len() > 6
            && doc.low(k).ends_with("ment")
            && matches!(doc.low(k + 1), "élu" | "élue" | "réélu" | "réélue")
        {
            k += 1;
        }
        if matches!(doc.low(k), "élu" | "élue" | "réélu" | "réélue") {
            let mut x = k + 1;
            while x < n
                && x <= k + 4
                && doc.is_word(x)
                && !matches!(doc.low(x), "dès" | "par" | "avec" | "à" | "au" | "en")
            {
                x += 1;
            }
            if x > k + 1 {
                for y in k + 1..x {
                    p.text.push_str(doc.low(y));
                    p.text.push(' ');
                }
                p.text.push_str("élu | ");
            }
        }
        // Apposition before: `le secrétaire général de l'OTAN, Jens
        // Stoltenberg` / `le Premier ministre irakien Haïder al-Abadi`.
        let mut a = ti;
        // (Past a lawyer's title: `Son avocate, Me Sophie Carrel,`; not
        // `Selon le médecin, M. Dupont, 87 ans, est décédé`.)
        if a >= 2 && doc.low(a - 1) == "me" && doc.low(a - 2) == "," {
            a -= 1;
        }
        if a > 0 && doc.low(a - 1) == "," {
            // (An apposition closes after the name, or the name is the
            // verb's subject: `le leader insoumis, Jens Stoltenberg, a
            // dit`; not `D'après le leader insoumis, Élisabeth Borne
            // « n'a plus … »`, where the name opens the statement.)
            // (Or before a bracket, the party's: `La rapporteure du texte,
            // Sylvie Valente Le Hir (LR), a salué`.)
            let k = after_name;
            let closed = k >= n
                || matches!(doc.low(k), "," | "." | ")" | ";" | ":" | "(")
                || doc.is_known_verb(k);
            if closed {
                a -= 1;
            }
        }
        let stop = a;
        // (Where this mention's words start: a piece the profile already
        // holds is dropped below, so that a name repeated with the same
        // words does not grow the text every description reads.)
        let piece = p.text.len();
        // `L'avocate de Jean-Marc Morandini`: a complement, whose head
        // is someone else.
        // (Nor the object of a preposition: `lors d'une conférence de
        // presse avec Emmanuel Macron` gives him none of the words before.)
        let complement = a > 0
            && matches!(
                doc.low(a - 1),
                "de" | "d'"
                    | "du"
                    | "des"
                    | "avec"
                    | "pour"
                    | "contre"
                    | "par"
                    | "chez"
                    | "sans"
                    | "entre"
                    | "envers"
                    | "vers"
            );
        let mut bracket = 0;
        // (Up to 16 words before an acronym in brackets, which ends a
        // body's full name: `la directrice générale de l'Agence nationale
        // de sécurité du médicament et des produits de santé (ANSM),
        // Christelle Ratignier-Carbonneil`; else 10.)
        while a > 0 && stop - a < if bracket > 0 { 16 } else { 10 } + bracket && !complement {
            let w = doc.low(a - 1);
            // (Past an acronym in brackets: `la Contrôleure générale des
            // lieux de privation de liberté (CGLPL), Dominique Simonnot`.)
            if w == ")" && bracket == 0 {
                if let Some(o) = (a.saturating_sub(5)..a - 1)
                    .rev()
                    .find(|&x| doc.low(x) == "(")
                {
                    bracket = a - o;
                    a = o;
                    continue;
                }
            }
            if doc.is_punct(a - 1) && !matches!(w, "-" | "'") {
                break;
            }
            // (Never across sentences: a title line ending `…, nouveau
            // Premier ministre` describes no name opening the text.)
            if doc.sent(a - 1) != doc.sent(ti) {
                break;
            }
            // (`et` before a complement coordinates two nouns of a
            // body's name, `du médicament et des produits de santé`, no
            // two people.)
            // (Nor in an office's portfolio: `la ministre de l'Aménagement
            // du territoire et de la Décentralisation, Françoise Gatel`,
            // a noun of people and its `de` within the 8 words before.)
            let of_and = w == "et" && matches!(doc.low(a), "de" | "des" | "du" | "d'");
            let portfolio = || {
                (a.saturating_sub(9).max(stop.saturating_sub(10))..a - 1).any(|x| {
                    is_human_noun(doc.low(x))
                        && matches!(doc.low(x + 1), "de" | "des" | "du" | "d'")
                        && doc.sent(x) == doc.sent(ti)
                })
            };
            let in_name = of_and && (bracket > 0 || portfolio());
            if matches!(w, "que" | "qu'" | "qui" | "et" | "selon") && !in_name {
                break;
            }
            // (Nor past a verb: `Le roi Mohammed VI a reçu Jean Dupont`
            // gives Jean Dupont no `roi`.)
            // (`juge`, `maire` are titles too.)
            if doc.aux(a - 1).is_some() || (doc.is_known_verb(a - 1) && !is_human_noun(w)) {
                break;
            }
            // (Nor past another person: `Bruno Retailleau élu président,
            // Laurent Wauquiez promet` gives Laurent Wauquiez nothing.)
            if doc
                .entity(a - 1)
                .is_some_and(|x| x != ei && doc.ents[x].label() == Label::Per)
            {
                break;
            }
            a -= 1;
        }
        // `a expliqué sa présidente, la climatologue Corinne Le Quéré.`:
        // an inverted subject right after a verb, then an apposition with
        // its article before the name, which closes its sentence or a
        // clause: the subject's words are the person's too.
        if a >= 3
            && a < stop
            && doc.low(a - 1) == ","
            && matches!(doc.low(a), "le" | "la" | "l'")
            && is_human_noun(doc.low(a + 1))
            && matches!(doc.low(after_name), "," | "." | ";")
        {
            let mut b = a - 1;
            while b > 0 && a - 1 - b < 6 && doc.is_word(b - 1) && !doc.is_known_verb(b - 1) {
                b -= 1;
            }
            if b > 0
                && b < a - 2
                && doc.is_known_verb(b - 1)
                && doc.sent(b - 1) == doc.sent(ti)
                && matches!(doc.low(b), "son" | "sa" | "le" | "la" | "l'" | "leur")
                && is_human_noun(doc.low(b + 1))
            {
                a = b;
            }
        }
        for k in a..stop {
            if doc.low(k) == "," {
                continue;
            }
            p.text.push_str(doc.low(k));
            p.text.push(' ');
        }
        // Apposition after: `Jens Stoltenberg, secrétaire général de
        // l'OTAN,`.
        let mut k = ti;
        while k < n && doc.entity(k) == Some(ei) {
            k += 1;
        }
        // (Past a label in brackets: `Claire Josserand (divers gauche),
        // 52 ans, ancienne infirmière scolaire,`, `(LR, Orne)`.)
        if k < n && doc.low(k) == "(" {
            if let Some(c) = (k + 1..(k + 8).min(n)).find(|&x| doc.low(x) == ")") {
                k = c + 1;
            }
        }
        // (Not a coordinated other: `le maire sortant, Grégory Doucet, et
        // l'ancien président de l'Olympique lyonnais, Jean-Michel Aulas`.)
        if k < n && doc.low(k) == "," && !matches!(doc.low(k + 1), "et" | "ou" | "mais") {
            let mut x = k + 1;
            let from = p.text.len();
            // (Up to its sentence's end: a title line's last words.)
            while x < n && x - k < 10 && !doc.is_punct(x) && doc.sent(x) == doc.sent(k) {
                // `À l'aéroport Mohammed V, le boxeur a déclaré`: a verb
                // makes the words after the comma a clause, no
                // apposition.
                if doc.aux(x).is_some() {
                    p.text.truncate(from);
                    break;
                }
                p.text.push_str(doc.low(x));
                p.text.push(' ');
                x += 1;
            }
            // (Past an age, the apposition after it: `Denis Maréchal, 58
            // ans, gérant de la PME Galva-Est,`.)
            if x == k + 3
                && doc.low(k + 2) == "ans"
                && doc.low(k + 1).bytes().all(|b| b.is_ascii_digit())
                && x < n
                && doc.low(x) == ","
            {
                let y0 = x;
                x += 1;
                let from2 = p.text.len();
                while x < n && x - y0 < 10 && !doc.is_punct(x) && doc.sent(x) == doc.sent(k) {
                    if doc.aux(x).is_some() || doc.is_known_verb(x) {
                        p.text.truncate(from2);
                        break;
                    }
                    p.text.push_str(doc.low(x));
                    p.text.push(' ');
                    x += 1;
                }
            }
            // (Nor words that quotation marks go on: `Pour le chef de file
            // de l'opposition, Thomas Cazenave, le maire « se trompe »`
            // is the statement's subject.)
            if x < n && super::extract::is_open_mark(doc.low(x)) {
                p.text.truncate(from);
            }
        }
        // (Or the office the person becomes: `Léa Fabre devient maire de
        // Montaignac`, `X a été élue présidente`, `X est élu maire`; the
        // office's noun and up to three words of its complement.)
        if k < n {
            let be = match (doc.low(k), doc.low(k + 1), doc.low(k + 2)) {
                ("devient" | "deviendra" | "devenu" | "devenue", _, _) => Some(k + 1),
                ("est" | "sera", "devenu" | "devenue" | "élu" | "élue", _) => Some(k + 2),
                ("a", "été", "élu" | "élue" | "nommé" | "nommée") => Some(k + 3),
                ("élu" | "élue", _, _) => Some(k + 1),
                _ => None,
            };
            if let Some(o) = be.filter(|&o| o < n && office(doc.low(o)).is_some()) {
                let (_, se) = doc.sent_range(o);
                for x in o..(o + 4).min(se) {
                    if doc.is_punct(x) || super::extract::is_open_mark(doc.low(x)) {
                        break;
                    }
                    p.text.push_str(doc.low(x));
                    p.text.push(' ');
                }
            }
        }
        // (`directeur des ressources humaines` is `le DRH`.)
        if p.text[piece..].contains("des ressources humaines") {
            p.text.push_str("drh ");
        }
        p.text.push_str(" | ");
        if p.text[..piece].contains(&p.text[piece..]) {
            p.text.truncate(piece);
        }
    }
    out
}

/// The document-wide tables of the resolution, built on first use.
#[derive(Default)]
struct Tables {
    profiles: OnceCell<Vec<Profile>>,
    main_org: OnceCell<Option<usize>>,
    groups: OnceCell<Vec<Span>>,
}

impl Tables {
    fn profiles(&self, doc: &Doc<'_, '_>) -> &[Profile] {
        self.profiles.get_or_init(|| profiles(doc))
    }
    fn main_org(&self, doc: &Doc<'_, '_>) -> Option<usize> {
        *self.main_org.get_or_init(|| main_org(doc))
    }
    fn groups(&self, doc: &Doc<'_, '_>) -> &[Span] {
        self.groups.get_or_init(|| groups(doc))
    }
}

/// The most frequent organisation of the document (mentions given as
/// examples, [`example`], count only between organisations named so
/// alone).
fn main_org(doc: &Doc<'_, '_>) -> Option<usize> {
    // (Mentions as examples count only when there are no others.)
    let mut count: FxHashMap<&str, (usize, usize, usize)> = FxHashMap::default();
    for (ei, e) in doc.ents.iter().enumerate() {
        if e.label() == Label::Org {
            let c = count.entry(e.key()).or_insert((0, 0, ei));
            if example(doc, doc.tok_at(e.start())) {
                c.1 += 1;
            } else {
                c.0 += 1;
            }
        }
    }
    count
        .into_values()
        .max_by_key(|&(c, x, ei)| (c, x, usize::MAX - ei))
        .map(|(_, _, ei)| ei)
}

#[derive(Clone, Copy)]
struct Said {
    entity: Option<usize>,
    /// A name the tagger missed.
    name: Option<Span>,
    /// The place completing an institution's name (`Mairie` + `Paris`).
    of: Option<Span>,
    /// Several people (`Thierry et Véronique Roy`).
    plural: bool,
    gender: Option<Gender>,
    person: bool,
    /// Where it was said (the quote's anchor).
    at: usize,
}

impl Said {
    /// A speaker the text names without an entity (`name`, a span of the
    /// text), said at its own start.
    fn named(name: Span, gender: Option<Gender>, person: bool) -> Said {
        Said {
            entity: None,
            name: Some(name),
            of: None,
            plural: false,
            gender,
            person,
            at: name.start,
        }
    }

    fn nobody(gender: Option<Gender>, person: bool) -> Said {
        Said {
            entity: None,
            name: None,
            of: None,
            plural: false,
            gender,
            person,
            at: 0,
        }
    }
}

fn compatible(a: Option<Gender>, b: Option<Gender>) -> bool {
    a.is_none() || b.is_none() || a == b
}

/// The longest mention of each entity key in `keys` (the first of the
/// longest), written to `best` (emptied first; `None` when no entity has
/// the key, and the caller keeps the key's own mention): one pass over the entities, which
/// compares each key with the few wanted (the caller's `index` of them,
/// key → position, when there are many) instead of hashing every
/// entity's key.
fn fullest(
    doc: &Doc<'_, '_>,
    keys: &[&str],
    index: &FxHashMap<&str, usize>,
    best: &mut Vec<Option<Span>>,
) {
    best.clear();
    best.resize(keys.len(), None);
    // The names of organisations no list knows (the first 64): a union's
    // branch the tagger found whole once (`SUD-Rail Paris-Nord`) names
    // the union's later mentions (`SUD-Rail`).
    // (Gathered on the first union only.)
    let mut unknown: Option<Vec<&Entity<'_>>> = None;
    let mut keep = |i: usize, e: &Entity<'_>| {
        // (An organisation's local branch: `la FCPE de l'Hérault`.)
        let sp = match local_branch_end(doc, e) {
            Some(end) => Span::new(e.start(), end),
            None if e.entry().and_then(|x| x.kind()) == Some("union") => unknown
                .get_or_insert_with(|| {
                    doc.ents
                        .iter()
                        .filter(|e| e.label() == Label::Org && e.entry().is_none())
                        .take(64)
                        .collect()
                })
                .iter()
                .find(|u| {
                    u.as_str()
                        .strip_prefix(e.as_str())
                        .is_some_and(|rest| rest.starts_with(' '))
                })
                .map_or(e.span(), |u| u.span()),
            None => e.span(),
        };
        match &mut best[i] {
            Some(b) if sp.len() <= b.len() => {}
            b => *b = Some(sp),
        }
    };
    if keys.len() <= 8 {
        for e in doc.ents {
            let k = e.key();
            if let Some(i) = keys.iter().position(|w| *w == k) {
                keep(i, e);
            }
        }
    } else {
        for e in doc.ents {
            if let Some(&i) = index.get(e.key()) {
                keep(i, e);
            }
        }
    }
}

/// Where the text first defines an acronym `acr` of two to six capitals:
/// the byte offset of its brackets, `(ARS)` or `( ARS )`. Only the first
/// definition is read; callers look each acronym up once a document.
fn acronym_brackets(text: &str, acr: &str) -> Option<usize> {
    if !is_acronym(acr) {
        return None;
    }
    [format!("({acr})"), format!("( {acr} )")]
        .iter()
        .find_map(|p| memchr::memmem::find(text.as_bytes(), p.as_bytes()))
}

/// The name `name` of the acronym `acr` (its initials, function words
/// aside, spell it) as the text writes it, capitalised or not: `agence
/// régionale de santé` for `ARS`. Two searches of the text.
fn spelled_out<'t>(text: &'t str, name: &str, acr: &str) -> Option<&'t str> {
    // (The whole name, its initials read back from its end.)
    if acronym_expansion(name, name.len(), acr).is_none_or(|x| x.len() != name.len()) {
        return None;
    }
    if let Some(i) = memchr::memmem::find(text.as_bytes(), name.as_bytes()) {
        return text.get(i..i + name.len());
    }
    let mut chars = name.chars();
    let first = chars.next()?;
    let lower: String = first.to_lowercase().chain(chars).collect();
    let i = memchr::memmem::find(text.as_bytes(), lower.as_bytes())?;
    text.get(i..i + lower.len())
}

/// The expansion of the acronym `w` the document's `cache` holds, else
/// `compute`'s, kept: each acronym looked up once a document, and at most
/// 16 a document (each lookup reads the text).
fn cached_expansion<'h>(
    cache: &mut Vec<(&'h str, Option<&'h str>)>,
    w: &'h str,
    compute: impl FnOnce() -> Option<&'h str>,
) -> Option<&'h str> {
    if let Some(&(_, x)) = cache.iter().find(|(a, _)| *a == w) {
        return x;
    }
    if cache.len() >= 16 {
        return None;
    }
    let x = compute();
    cache.push((w, x));
    x
}

/// `le conseil départemental du Gard`: the last such phrase before byte
/// `at`, in the 5,000 bytes before (a bounded search, whatever the number
/// of mentions), with the place after it.
fn departmental_council<'h>(doc: &Doc<'_, 'h>, at: usize) -> Option<&'h str> {
    let key = "conseil départemental d";
    let lo = at.saturating_sub(5000);
    let i = lo + memchr::memmem::rfind(&doc.text.as_bytes()[lo..at], key.as_bytes())?;
    let t = doc.tok_at(i);
    let e = (t + 3..(t + 6).min(doc.n()))
        .find_map(|x| doc.entity(x).filter(|&e| doc.ents[e].label() == Label::Loc))?;
    doc.text.get(i..doc.ents[e].end())
}

/// Two to six ASCII capitals (`PNF`, `OTAN`), or a capital and two to
/// five lower-case letters (`Sdis`, `Cnil`): a word that may be an acronym
/// the text defines in brackets.
fn is_acronym(w: &str) -> bool {
    let b = w.as_bytes();
    ((2..=6).contains(&b.len()) && b.iter().all(u8::is_ascii_uppercase))
        || ((3..=6).contains(&b.len())
            && b[0].is_ascii_uppercase()
            && b[1..].iter().all(u8::is_ascii_lowercase))
}

/// The expansion `text` gives the acronym `acr` in the brackets at byte
/// `at` ([`acronym_brackets`]; `l'agence régionale de santé (ARS)` →
/// `agence régionale de santé`, in lower case or capitalised): the words
/// before the brackets whose initials spell it, function words aside.
fn acronym_expansion<'t>(text: &'t str, at: usize, acr: &str) -> Option<&'t str> {
    // (Function words give no letter, `Ligue pour la protection des
    // oiseaux (LPO)`; failing that, those whose initial is wanted do,
    // `société des journalistes (SDJ)`.)
    spell_back(text, at, acr, false).or_else(|| spell_back(text, at, acr, true))
}

/// [`acronym_expansion`], function words giving their letter or not.
fn spell_back<'t>(text: &'t str, at: usize, acr: &str, function_letters: bool) -> Option<&'t str> {
    let before = text[..at].trim_end();
    let mut want = acr
        .as_bytes()
        .iter()
        .rev()
        .map(u8::to_ascii_lowercase)
        .peekable();
    // (A place or a number after `de` that the acronym leaves out, at the
    // end: `La société des journalistes de France 2 (SDJ)`; up to three
    // words, kept in the expansion.)
    let mut tail = 0;
    let words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    if let Some(d) = words.iter().position(|w| matches!(*w, "de" | "du" | "des")) {
        let named = d > 0
            && words[..d].iter().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            });
        let first = acr.as_bytes()[acr.len() - 1].to_ascii_lowercase();
        let last_initial = words[0]
            .chars()
            .next()
            .map(|c| c.to_ascii_lowercase() as u32);
        if named && last_initial != Some(u32::from(first)) {
            tail = d + 1;
        }
    }
    // The last words before the brackets: at most twice the letters and
    // four.
    for w in before
        .split_whitespace()
        .rev()
        .skip(tail)
        .take(acr.len() * 2 + 4)
    {
        let i = w.as_ptr() as usize - before.as_ptr() as usize;
        // (`l'agence`: the word after an elided article.)
        let (i, w) = match w.find(['\'', '’']) {
            Some(p) if p <= 2 => {
                let q = p + w[p..].chars().next()?.len_utf8();
                (i + q, &w[q..])
            }
            _ => (i, w),
        };
        let lw = w.to_lowercase();
        let next = want.peek().map(|&b| char::from(b));
        let wanted = |c: Option<char>| c.is_some() && next == c;
        if w.is_empty()
            || (matches!(
                lw.as_str(),
                "de" | "du"
                    | "des"
                    | "la"
                    | "le"
                    | "les"
                    | "et"
                    | "pour"
                    | "aux"
                    | "au"
                    | "à"
                    | "en"
            ) && !(function_letters && wanted(lw.chars().next())))
        {
            continue;
        }
        let mut initial = None;
        if let Some(c) = lw.chars().next() {
            crate::normalize::fold_char(c, |f| {
                initial.get_or_insert(f);
            });
        }
        if initial != want.next().map(char::from) {
            return None;
        }
        if want.peek().is_none() {
            return Some(&before[i..]);
        }
    }
    None
}

/// The organisation the tagger found right before the brackets at byte
/// `at` that define `acr` ([`acronym_brackets`]; `le Parti républicain du
/// peuple (CHP)`): the name an acronym of another language stands for,
/// whose initials are not the French words' (one of its letters must
/// still open a word of the name).
fn named_before_brackets<'h>(doc: &Doc<'_, 'h>, at: usize, acr: &str) -> Option<&'h str> {
    let end = doc.text[..at].trim_end().len();
    let i = doc.ents.partition_point(|e| e.end() < end);
    let e = doc
        .ents
        .get(i)
        .filter(|e| e.end() == end && e.label() == Label::Org)?;
    let name = doc.text.get(e.start()..e.end())?;
    // (At least one of its letters is a word's initial: `Parti
    // républicain du peuple (CHP)`, not a coalition named before a member
    // party's acronym, `Azimio la Umoja (ODM)`.)
    name.split([' ', '-', '\'', '’'])
        .filter_map(|w| w.chars().next())
        .any(|c| acr.contains(c.to_ascii_uppercase()))
        .then_some(name)
}

/// [`local_branch_end`] for a union: up to three capitalised words on
/// its line, then `de`, `du`, `des`, `de la`, `d'` and a capitalised word
/// or two (no person's name anywhere): the byte offset where the branch's
/// name ends.
fn union_branch_end(doc: &Doc<'_, '_>, e: &Entity<'_>) -> Option<usize> {
    let n = doc.n();
    let mut t = doc.tok_at(e.end());
    let (_, se) = doc.sent_range(t.saturating_sub(1));
    let gap_ok = |t: usize| t < n.min(se) && !super::extract::opens_line(doc, t);
    let capital = |t: usize| {
        gap_ok(t)
            && doc.is_word(t)
            && doc.starts_upper(t)
            && doc
                .entity(t)
                .is_none_or(|x| doc.ents[x].label() != Label::Per)
    };
    let mut end = None;
    let lo = t;
    while t < lo + 3 && capital(t) {
        t += 1;
        end = Some(doc.toks[t - 1].end());
    }
    // (Not a federation's name that goes on in lower case: `la CGT
    // Fonction publique` is the CGT's for the quotes after it.)
    if t > lo
        && gap_ok(t)
        && doc.is_word(t)
        && !doc.starts_upper(t)
        && !matches!(doc.low(t), "de" | "du" | "des" | "d'")
        // (A verb after the name ends it: `la CGT Renault a réclamé`.)
        && doc.aux(t).is_none()
        && !doc.is_known_verb(t)
    {
        return None;
    }
    // (Past the capitalised words, or right after the name.)
    let de = match (doc.low(t), doc.low(t + 1)) {
        ("de", "la" | "l'") => 2,
        ("de" | "du" | "des" | "d'", _) => 1,
        _ => 0,
    };
    // (`la CGT de l'usine Valmétal`, `FO du site Renault`: a workplace's
    // noun, then its name.)
    let workplace = match (doc.low(t), doc.low(t + 1), doc.low(t + 2)) {
        ("de", "l'", "usine" | "entreprise") => Some(t + 3),
        ("du", "site" | "groupe", _) => Some(t + 2),
        _ => None,
    };
    if let Some(k0) = workplace.filter(|&k0| gap_ok(t) && capital(k0)) {
        let mut k = k0;
        while k < k0 + 2 && capital(k) {
            k += 1;
        }
        return Some(doc.toks[k - 1].end());
    }
    // (`la CGT des territoriaux d'Azur-Paillons`: a trade in lower case,
    // then its place.)
    if de == 1
        && gap_ok(t)
        && gap_ok(t + 1)
        && doc.is_word(t + 1)
        && !doc.starts_upper(t + 1)
        && matches!(doc.low(t + 2), "de" | "d'" | "du")
        && capital(t + 3)
    {
        let mut k = t + 3;
        while k < t + 5 && capital(k) {
            k += 1;
        }
        return Some(doc.toks[k - 1].end());
    }
    if de > 0 && gap_ok(t) && capital(t + de) {
        let mut k = t + de;
        while k < t + de + 2 && capital(k) {
            k += 1;
        }
        // (A place the gazetteer knows ends there: `de Lyon`.)
        if let Some(x) = doc.entity(t + de) {
            return Some(doc.ents[x].end().max(doc.toks[k - 1].end()));
        }
        end = Some(doc.toks[k - 1].end());
    }
    end
}

/// The end of the local branch an organisation's acronym `e` names with
/// the place after it (`la FCPE de l'Hérault`, `la CGT du Nord`, `le PS
/// de Paris`): a French département, region or town right after `de`,
/// `du`, `des`, `de la` or `de l'`; or the national branch any
/// organisation names with a country right after it (`Amnesty
/// International Kenya`); an association's or a union's by the same place
/// (`l'UFC-Que Choisir de la Haute-Vienne`), and a union's named by
/// capitalised words ([`union_branch_end`]).
fn local_branch_end(doc: &Doc<'_, '_>, e: &Entity<'_>) -> Option<usize> {
    // `Amnesty International Kenya`, `Greenpeace France`: a country's
    // name right after an NGO's or a company's names its national branch
    // (not `le sommet OTAN Ukraine`, `le match PSG Espagne`).
    if e.label() == Label::Org
        && matches!(e.entry().and_then(|x| x.kind()), Some("ngo" | "company"))
    {
        let t = doc.tok_at(e.end());
        if let Some(c) = doc.entity(t).map(|x| &doc.ents[x]) {
            let country = c.label() == Label::Loc
                && c.entry().and_then(|x| x.kind()) == Some("country")
                && c.start() == doc.toks.get(t)?.start()
                && doc
                    .text
                    .get(e.end()..c.start())
                    .is_some_and(|gap| !gap.contains('\n'));
            if country {
                return Some(c.end());
            }
        }
    }
    // `le ministère de la Santé du Hamas`, `de Gaza`: a French ministry's
    // name with a foreign body or place after it names that one's
    // ministry.
    if e.label() == Label::Org
        && e.entry()
            .is_some_and(|x| x.id().starts_with("politext:institution:ministere"))
    {
        let t = doc.tok_at(e.end());
        let at = match (doc.low(t), doc.low(t + 1)) {
            ("de", "la" | "l'") => t + 2,
            ("du" | "de" | "d'" | "des", _) => t + 1,
            _ => return None,
        };
        let o = &doc.ents[doc.entity(at)?];
        let foreign = o.start() == doc.toks.get(at)?.start()
            && matches!(o.label(), Label::Org | Label::Loc)
            && o.entry()
                .is_some_and(|y| y.id() != "Q142" && y.attr("country") != Some("Q142"));
        return foreign.then_some(o.end());
    }
    // `la CFDT Santé-Sociaux du Rhône`, `SUD-Rail Paris-Nord`, `la
    // CFE-CGC de Kovalt`, `la Confédération paysanne des Deux-Sèvres`: a
    // union's capitalised words after its name, then a place or a name
    // after `de`, name its local branch (not a person: `la CGT Philippe
    // Martinez`).
    if e.label() == Label::Org && e.entry().and_then(|x| x.kind()) == Some("union") {
        if let Some(end) = union_branch_end(doc, e) {
            return Some(end);
        }
    }
    // (An acronym, or an association or a union by name: `l'UFC-Que
    // Choisir de la Haute-Vienne`.)
    let w = e.as_str();
    let local_kind = matches!(e.entry().and_then(|x| x.kind()), Some("ngo" | "union"));
    if e.label() != Label::Org
        || w.len() < 2
        || !(local_kind || w.chars().all(|c| c.is_uppercase() || c == '-'))
    {
        return None;
    }
    let t = doc.tok_at(e.end());
    if !matches!(doc.low(t), "de" | "du" | "des" | "d'") {
        return None;
    }
    let at = if matches!(doc.low(t + 1), "la" | "l'") {
        t + 2
    } else {
        t + 1
    };
    let loc = &doc.ents[doc.entity(at)?];
    let entry = loc.entry()?;
    (loc.label() == Label::Loc
        && loc.start() == doc.toks.get(at)?.start()
        && entry.attr("country") == Some("Q142")
        && entry.kind().is_some_and(|k| {
            matches!(k, "departement" | "region" | "commune" | "city" | "capital")
        }))
    .then_some(loc.end())
}

/// The words after entity `e` in its own sentence, lowercased, `max`
/// bytes at most (`Josette, 74 ans, retraitée de La Poste, …`: what the
/// text says of the person right after naming them).
fn lowered_after(doc: &Doc<'_, '_>, e: usize, max: usize) -> String {
    let from = doc.ents[e].end();
    let se = doc.sent_range(doc.tok_at(doc.ents[e].start())).1;
    let end = doc.toks[se.max(1) - 1].end();
    let mut to = (from + max).min(end).max(from);
    while !doc.text.is_char_boundary(to) {
        to -= 1;
    }
    lower(&doc.text[from..to])
}

fn lower(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    lower_into(&mut o, s);
    o
}

/// `a` and `b` lowercased, in the two strings of `bufs` (reused).
fn lower_pair<'b>(bufs: &'b mut (String, String), a: &str, b: &str) -> (&'b str, &'b str) {
    bufs.0.clear();
    lower_into(&mut bufs.0, a);
    bufs.1.clear();
    lower_into(&mut bufs.1, b);
    (&bufs.0, &bufs.1)
}

/// The working vectors of [`resolve`], kept between documents on each
/// thread (taken, so that a nested call would simply allocate its own):
/// a document's few quotes would otherwise cost a dozen allocations.
#[derive(Default)]
struct Buffers {
    history: Vec<Said>,
    last_content: Vec<Span>,
    said_in: Vec<Span>,
    outer: Vec<Said>,
    mentions: Vec<Span>,
    resolved: Vec<Resolved>,
    full: Vec<Option<Span>>,
    before_last: Vec<Span>,
    lowered: (String, String),
}

/// A candidate with its speaker's span, what it resolved to, how, and
/// the index of its entity's key.
type Resolved = (Cand, Option<Span>, Option<Said>, Resolution, Option<usize>);

thread_local! {
    static BUFFERS: std::cell::Cell<Buffers> = std::cell::Cell::new(Buffers::default());
}

/// Resolves the candidates' speakers in text order and builds the
/// quotes, sorted by content start.
pub(crate) fn resolve<'h>(doc: &Doc<'_, 'h>, mut cands: Vec<Cand>) -> Vec<Quote<'h>> {
    cands.sort_by_key(|c| c.anchor);
    // The document-wide tables, each built on first use: most documents
    // need few of them, many none.
    let tables = Tables::default();
    // (`try_with`: a thread-local destructor may extract after the
    // buffers are gone; it then starts from empty ones.)
    let mut bufs = BUFFERS.try_with(|c| c.take()).unwrap_or_default();
    let mut history = std::mem::take(&mut bufs.history);
    history.clear();
    let mut last_content = std::mem::take(&mut bufs.last_content);
    last_content.clear();
    let mut resolved = std::mem::take(&mut bufs.resolved);
    resolved.clear();
    resolved.reserve(cands.len());
    // The keys of the speaking entities, and one mention of each.
    let mut keys: Vec<&str> = Vec::new();
    let mut mentions = std::mem::take(&mut bufs.mentions);
    mentions.clear();
    let mut key_index: FxHashMap<&str, usize> = FxHashMap::default();
    // The content of each quote of `history`, first to last piece.
    let mut said_in = std::mem::take(&mut bufs.said_in);
    said_in.clear();
    let mut outer = std::mem::take(&mut bufs.outer);
    // The content of the quote before the last one: the last quote's
    // words when that one is nested in the current quote's (`« Quand X
    // parle de “stabilité”, il … », a-t-il ajouté`: the words reported
    // before are those of the quote before the nested one).
    let mut before_last = std::mem::take(&mut bufs.before_last);
    before_last.clear();
    // The phrase that named the last speaker of `history`.
    let mut last_span: Option<Span> = None;
    // The phrase of the last speaker of `history`, any kind.
    let mut last_said_by: Option<Span> = None;
    // The words (folded, see [`folded_chars`]) and speakers of the
    // title's quotes whose speaker the title names (four at most).
    let title_end = doc.title_end();
    let mut titled: Vec<(String, Said)> = Vec::new();
    let article = super::extract::is_article(doc);
    let mut last_answer: Option<Said> = None;
    // The last person (one the tagger found) who spoke outside dialogue
    // lines: an interview's first answer may be theirs (the introduction
    // presents the interviewee; the interviewer's lines may quote others).
    let mut last_outside_dialogue: Option<Said> = None;
    // The named person who speaks first in the title: an interview's
    // interviewee before anyone (`A 26 ans, Léa Fabre devient maire : « …
    // »` over `Son prédécesseur, Roger Delpeuch, …` quoted before the
    // questions).
    let mut title_person: Option<Said> = None;
    let opener_looks = std::cell::Cell::new(0u32);
    // For each quote, the piece in marks of one of the next four quotes
    // (by cue) that holds it: a quotation nested in words whose cue comes
    // after its own (`« Il nous avait juré en 2023 : “…” On voit le
    // résultat », s'emporte son porte-parole`), resolved before them.
    let later_outer: Vec<Option<Span>> = cands
        .iter()
        .enumerate()
        .map(|(ci, c)| {
            let (Some(a), Some(b)) = (c.pieces.first(), c.pieces.last()) else {
                return None;
            };
            let hull = Span::new(a.start, b.end);
            cands[ci + 1..]
                .iter()
                .take(4)
                .flat_map(|o| o.pieces.iter())
                .find(|p| p.start < hull.start && hull.end <= p.end && in_marks(doc, **p))
                .copied()
        })
        .collect();
    for (ci, c) in cands.into_iter().enumerate() {
        // A report inside this quote's own words (`« Mon client a
        // toujours affirmé qu'il … », a-t-il souligné`) is its speaker's
        // account, not a speaker before it: left out of the history.
        let hull = match (c.pieces.first(), c.pieces.last()) {
            (Some(a), Some(b)) => Span::new(a.start, b.end),
            _ => Span::new(0, 0),
        };
        let nested = |x: &Span| !hull.is_empty() && hull.contains(*x);
        let is_nested = said_in.iter().rev().take(4).any(nested);
        let hist: &[Said] = if is_nested {
            // (The last 64 entries: the resolution reads a short tail of
            // the history, and a copy of all of it for each such quote
            // would be quadratic.)
            let from = history.len().saturating_sub(64);
            outer.clear();
            outer.extend(
                history[from..]
                    .iter()
                    .zip(&said_in[from..])
                    .filter(|(_, x)| !nested(x))
                    .map(|(s, _)| *s),
            );
            &outer
        } else {
            &history
        };
        let last_nested = match (last_content.first(), last_content.last()) {
            (Some(a), Some(b)) => nested(&Span::new(a.start, b.end)),
            _ => false,
        };
        let words_before = if last_nested {
            &before_last
        } else {
            &last_content
        };
        // (Inside the last quote's words in marks: `raconte : « Un jour,
        // il m'a dit : “…” »`.)
        let inner = !hull.is_empty()
            && last_content
                .iter()
                .any(|p| p.start < hull.start && hull.end <= p.end && in_marks(doc, *p));
        // (Or inside the words in marks of a quote resolved after it.)
        let later_outer = later_outer[ci].filter(|_| !inner);
        // (An interview's answer, a dialogue line after the interviewer's
        // question, is the interviewee's: the speaker of the interview's
        // last answer, not someone quoted between its lines.)
        // (The whole line, not a report inside it: `— … Les parents
        // d'élèves m'ont écrit que …` is no answer of the parents.)
        let answer = article
            && c.pieces.first().is_some_and(|p| {
                let before = &doc.text[line_start(doc.text, p.start)..p.start];
                is_dash_line(before)
                    && before
                        .trim_start()
                        .trim_start_matches(['—', '–'])
                        .trim()
                        .is_empty()
                    && answers_question(doc, p.start)
            });
        // (Before the first answer: the person who spoke in the
        // paragraph that opens the dialogue, `Pour Olivier Ravel, … «
        // … ». Trois questions au chercheur.`; else the title's, `Nous
        // l'avons interrogée sur ses priorités.`; else the last one.)
        // (Looked for 16 times a document at most: each look reads back
        // up to 40 lines.)
        let opener = || {
            if opener_looks.get() >= 16 {
                return None;
            }
            opener_looks.set(opener_looks.get() + 1);
            let p = c.pieces.first()?;
            let intro = dialogue_intro(doc.text, p.start)?;
            last_outside_dialogue.filter(|s| s.at >= intro)
        };
        let interviewee = last_answer
            .or_else(|| if answer { opener() } else { None })
            .or(title_person)
            .or(last_outside_dialogue)
            .filter(|_| answer && !is_nested);
        let (span, said) = match &c.who {
            Who::Nobody => (None, None),
            Who::Previous if interviewee.is_some() => (None, interviewee),
            Who::Mention(Mention {
                kind:
                    MentionKind::Pronoun {
                        gender,
                        plural: false,
                    },
                span,
            }) if interviewee.is_some_and(|s| compatible(s.gender, *gender)) => {
                (Some(*span), interviewee)
            }
            // (A previous speaker the text does not name keeps the phrase
            // that described them: `Une éleveuse de 34 ans confie qu'…
            // « … »`.)
            Who::Previous => {
                let last = hist.last().copied();
                let unnamed =
                    last.is_some_and(|s| s.entity.is_none() && s.name.is_none() && s.person);
                (last_span.filter(|_| unnamed && !is_nested), last)
            }
            // (The very phrase that named the last speaker, taken up by a
            // second cue: `L'ancien garde des Sceaux a répliqué : « … » Et
            // d'ajouter : « … »` is the same person.)
            Who::Mention(m)
                if !is_nested && last_said_by == Some(m.span) && history.last().is_some() =>
            {
                (Some(m.span), history.last().copied())
            }
            Who::Mention(m) | Who::Echoed(m) => (
                Some(m.span),
                Some(
                    match later_outer {
                        Some(p) => third_person_in_quote(doc, m, &[], &[p]),
                        None => {
                            third_person_in_quote(doc, m, hist, &last_content).filter(|_| inner)
                        }
                    }
                    .unwrap_or_else(|| {
                        resolve_mention(doc, m, hist, words_before, &c.pieces, &tables)
                    }),
                ),
            ),
        };
        // `Avalanche : « On ne facturera pas la vie », promet Laurent
        // Nuñez¶¶… « … On ne facturera pas la vie », a-t-il déclaré`: a
        // quote of the body whose speaker is not found takes the speaker
        // the title gave the same words.
        let said = match said {
            Some(s) if s.entity.is_none() && s.name.is_none() && !titled.is_empty() => {
                let hay = folded_chars(doc, &c.pieces);
                titled
                    .iter()
                    .find(|(w, _)| hay.contains(w.as_str()))
                    .map(|&(_, t)| Said { at: c.anchor, ..t })
                    .or(Some(s))
            }
            other => other,
        };
        let echoed = matches!(c.who, Who::Echoed(_));
        let in_title = title_end.is_some_and(|line| c.pieces.last().is_some_and(|p| p.end <= line));
        if in_title && !echoed && titled.len() < 4 {
            if let Some(s) = said.filter(|s| s.entity.is_some()) {
                let w = folded_chars(doc, &c.pieces);
                // (Three words at least.)
                if w.chars().count() >= 12 {
                    titled.push((w, s));
                }
            }
        }
        // (A quote inside the last one's quoted words is its speaker's
        // account: no speaker or words the next quotes go on from.)
        // (A title's quotation the body has yet to confirm is no one's
        // words for the quotes after it.)
        if let Some(mut s) = said.filter(|_| !inner && !echoed) {
            s.at = c.anchor;
            // (A body that spoke through a document keeps the document's
            // gender for the pronoun after it: `Le rapport recommande …
            // Il plaide aussi pour que …`.)
            if let Who::Mention(Mention {
                kind:
                    MentionKind::Desc {
                        first,
                        gender: g @ Some(_),
                        definite: true,
                        human: false,
                        ..
                    },
                ..
            }) = &c.who
            {
                if s.gender.is_none()
                    && !s.person
                    && is_document_noun(doc.low(head_at(doc, *first)))
                {
                    s.gender = *g;
                }
            }
            // (A person of either gender's name keeps the gender of the
            // words that named them as a speaker: `« … », a témoigné la
            // jeune femme` makes Camille Cazenave no `il`.)
            if s.gender.is_none() && s.person {
                if let Who::Mention(Mention {
                    kind:
                        MentionKind::Desc {
                            gender: g @ Some(_),
                            human: true,
                            ..
                        }
                        | MentionKind::Pronoun {
                            gender: g @ Some(_),
                            plural: false,
                        },
                    ..
                }) = &c.who
                {
                    s.gender = *g;
                }
            }
            let named_person = s.person && (s.entity.is_some() || s.name.is_some());
            if answer && named_person {
                last_answer = Some(s);
            }
            let in_dialogue = c
                .pieces
                .first()
                .is_some_and(|p| is_dash_line(&doc.text[line_start(doc.text, p.start)..]));
            if in_title
                && title_person.is_none()
                && named_person
                && s.entity.is_none_or(|e| doc.ents[e].label() == Label::Per)
            {
                title_person = Some(s);
            }
            // (A person the tagger found: a name alone may be a body's,
            // `selon le Cerema`.)
            if article
                && !in_dialogue
                && s.person
                && s.entity.is_some_and(|e| doc.ents[e].label() == Label::Per)
            {
                last_outside_dialogue = Some(s);
            }
            history.push(s);
            said_in.push(hull);
            last_said_by = match &c.who {
                Who::Mention(m) => Some(m.span),
                _ => None,
            };
            // (Only an indefinite description: `Une éleveuse`, `un
            // diplomate`, the press's unnamed sources; and for one
            // quotation after it only: in a dialogue, lines with no cue
            // alternate speakers.)
            last_span = match &c.who {
                Who::Mention(Mention {
                    kind: MentionKind::Desc { first, .. },
                    ..
                }) if matches!(doc.low(*first), "un" | "une")
                    && is_human_noun(doc.low(head_at(doc, *first))) =>
                {
                    span
                }
                _ => None,
            };
        }
        let resolution = match &c.who {
            Who::Mention(m) | Who::Echoed(m) => match m.kind {
                MentionKind::Entity(_) | MentionKind::Name => Resolution::Named,
                MentionKind::Pronoun { .. } => Resolution::Pronoun,
                MentionKind::Desc { .. } => Resolution::Description,
            },
            Who::Nobody | Who::Previous => Resolution::Previous,
        };
        if !inner && !echoed {
            std::mem::swap(&mut before_last, &mut last_content);
            last_content.clone_from(&c.pieces);
        }
        let ki = said.and_then(|s| s.entity).map(|e| {
            let ent = &doc.ents[e];
            *key_index.entry(ent.key()).or_insert_with(|| {
                keys.push(ent.key());
                mentions.push(ent.span());
                keys.len() - 1
            })
        });
        resolved.push((c, span, said, resolution, ki));
    }
    title_quoted_again(doc, &mut resolved);
    first_person_inside(doc, &mut resolved);
    opponent_inside(doc, &mut resolved);
    title_description_lead(doc, &mut resolved, &tables);
    // The fullest mention of each speaking entity, in one pass.
    let mut full = std::mem::take(&mut bufs.full);
    full.clear();
    if !keys.is_empty() {
        fullest(doc, &keys, &key_index, &mut full);
    }
    let mut out = Vec::with_capacity(resolved.len());
    // The expansions of the acronyms that speak, looked up once each.
    let mut expansions: Vec<(&str, Option<&str>)> = Vec::new();
    let lowered = &mut bufs.lowered;
    for (c, span, said, resolution, ki) in resolved.drain(..) {
        let speaker = said.and_then(|s| match (s.entity, s.name) {
            (Some(e), _) => {
                let ent = &doc.ents[e];
                let fm = ki.map_or(ent.span(), |i| full[i].unwrap_or(mentions[i]));
                // Entities of another text (a caller's mistake) give
                // offsets that may not fall in this one: never a panic.
                let written = doc.text.get(fm.start..fm.end).unwrap_or(ent.as_str());
                // (Also for an institution's nickname, a plural noun
                // that is no part of its name: `les Sages` → Conseil
                // constitutionnel. `Insee`, `Bercy` stay as written.)
                let nickname = is_plain_word(written)
                    && written.ends_with('s')
                    && ent.entry().and_then(|x| x.attr("kind")) == Some("institution")
                    && {
                        let (name, written) = lower_pair(lowered, ent.name(), written);
                        !name.contains(written)
                    };
                // (An acronym the text defines in lower case: `l'agence
                // régionale de santé (ARS)`.)
                // (And a gazetteer's acronym the text spells out before its
                // brackets: `Le parquet national financier (PNF)` is written
                // as the words, as for a name the gazetteer lacks.)
                let written = if ent.entry().is_none() || is_acronym(written) {
                    let found = cached_expansion(&mut expansions, written, || {
                        acronym_brackets(doc.text, written)
                            .and_then(|at| {
                                acronym_expansion(doc.text, at, written)
                                    .or_else(|| named_before_brackets(doc, at, written))
                            })
                            // (Or the gazetteer's name of it, written out
                            // anywhere in the text: `l'agence régionale de
                            // santé … l'ARS`.)
                            .or_else(|| {
                                ent.entry()
                                    .and_then(|_| spelled_out(doc.text, ent.name(), written))
                            })
                    });
                    found.unwrap_or(written)
                } else {
                    written
                };
                let expanded = written.len() != fm.len();
                let branch = expanded
                    || doc
                        .entity(doc.tok_at(fm.start))
                        .is_some_and(|x| local_branch_end(doc, &doc.ents[x]) == Some(fm.end));
                let keep_canonical = !branch
                    && (ent.entry().is_none()
                        || {
                            let (name, written) = lower_pair(lowered, ent.name(), written);
                            name.ends_with(written)
                        }
                        || nickname);
                // A capital that speaks for a country the document does
                // not name (`Moscou a dénoncé …` → Russie, from the
                // built-in gazetteer's `country` of the capital).
                if let Some(country) = capital_country_entry(ent) {
                    return Some(Speaker {
                        entity: Some(ent.standing_for(country)),
                        resolution,
                        written: None,
                    });
                }
                Some(Speaker {
                    entity: Some(ent.clone()),
                    resolution,
                    written: if keep_canonical {
                        None
                    } else {
                        Some(Cow::Borrowed(written))
                    },
                })
            }
            (None, Some(n)) => Some(Speaker {
                entity: None,
                resolution,
                written: Some(match s.of {
                    // (A complement with its preposition: `ministère` +
                    // `du Travail`.)
                    Some(o) if starts_with_de(&doc.text[o]) => {
                        Cow::Owned(format!("{} {}", &doc.text[n], &doc.text[o]))
                    }
                    // (`la municipalité` of a town is its `mairie`.)
                    Some(o) if doc.text[n].eq_ignore_ascii_case("municipalité") => {
                        Cow::Owned(format!("mairie {}{}", de_before(doc, o), &doc.text[o]))
                    }
                    Some(o) => Cow::Owned(format!(
                        "{} {}{}",
                        &doc.text[n],
                        de_before(doc, o),
                        &doc.text[o]
                    )),
                    // (`Selon le Département` after `le conseil
                    // départemental du Gard`: that council, the last
                    // phrase of it before with its place.)
                    None if doc.text[n].eq_ignore_ascii_case("département") => {
                        Cow::Borrowed(departmental_council(doc, n.start).unwrap_or(&doc.text[n]))
                    }
                    // (An acronym the text defines in brackets, a name the
                    // tagger left: `le service départemental d'incendie et
                    // de secours (Sdis) … selon le Sdis`.)
                    None => {
                        let w = &doc.text[n];
                        let x = if is_acronym(w) {
                            cached_expansion(&mut expansions, w, || {
                                acronym_brackets(doc.text, w)
                                    .and_then(|at| acronym_expansion(doc.text, at, w))
                            })
                        } else {
                            None
                        };
                        Cow::Borrowed(x.unwrap_or(w))
                    }
                }),
            }),
            _ => None,
        });
        out.push(Quote {
            haystack: doc.text,
            kind: c.kind,
            content: c.pieces,
            cue: c.cue,
            speaker_span: span,
            speaker,
        });
    }
    out.sort_by_key(|q| (q.start(), q.end()));
    bufs.history = history;
    bufs.last_content = last_content;
    bufs.said_in = said_in;
    bufs.outer = outer;
    bufs.mentions = mentions;
    bufs.resolved = resolved;
    bufs.full = full;
    bufs.before_last = before_last;
    // (A document with thousands of quotes keeps no buffers.)
    if bufs.resolved.capacity() <= 4096 {
        let _ = BUFFERS.try_with(|c| c.set(bufs));
    }
    out
}

/// Does the line holding byte `at` open with a dialogue dash and follow
/// (past blank lines) an interviewer's line, a dash line that asks a
/// question (`— Et Paris ?¶¶— Je n'y vais que pour le congrès`) or puts a
/// statement to the interviewee ([`interview_prompt`])? Reads back a few
/// thousand bytes at most.
pub(crate) fn answers_question(doc: &Doc<'_, '_>, at: usize) -> bool {
    let start = line_start(doc.text, at);
    is_dash_line(&doc.text[start..])
        && line_before(doc.text, start).is_some_and(|p| interview_prompt(doc.text, p))
}

/// Is the line starting at byte `start` an interviewer's: a dash line
/// that asks (`— Et la sécurité ?`), or one that states a fact for the
/// interviewee to answer (`— La Poste a annoncé la fermeture de son
/// bureau.`), told by the alternation of an interview's lines: the dash
/// line two lines before it asks and the one between is a dash line too.
/// Reads back at most 2,000 bytes (two lines of 1,000).
pub(crate) fn interview_prompt(text: &str, start: usize) -> bool {
    let line = line_at(text, start);
    if !is_dash_line(line) {
        return false;
    }
    if line.ends_with('?') {
        return !asks_back(text, start);
    }
    // (The line two before asks, and is no answer that ends by asking
    // back: `— Je les invite à … C'est elle, l'agro-industrie ?¶— Le
    // revenu … va-t-il progresser ?¶— Pas sans …` is an answer.)
    line_before(text, start)
        .filter(|&a| is_dash_line(&text[a..]))
        .and_then(|a| line_before(text, a))
        .is_some_and(|q| {
            is_dash_line(&text[q..]) && line_at(text, q).ends_with('?') && !asks_back(text, q)
        })
}

/// `— Sur la dette, que proposez-vous ?¶¶— Cent milliards d'économies.
/// … Qui peut encore croire qu'on s'en sortira ?`: an answer that ends by
/// asking back, told from a question by the dash line before it, which
/// asks, and its several sentences. Reads back at most 1,000 bytes.
pub(crate) fn asks_back(text: &str, start: usize) -> bool {
    let line = line_at(text, start);
    let body = line.trim_end_matches(|c: char| c == '?' || c.is_whitespace());
    let sentences = body.char_indices().any(|(i, c)| {
        matches!(c, '.' | '!' | '?' | '…')
            && body[i + c.len_utf8()..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_uppercase))
    });
    is_dash_line(line)
        && sentences
        && line_before(text, start)
            .is_some_and(|q| is_dash_line(&text[q..]) && line_at(text, q).ends_with('?'))
}

/// The start of the line before the dialogue whose line holds byte `at`
/// (past up to 40 dash lines back): the paragraph that opens an
/// interview. `None` at the text's start.
fn dialogue_intro(text: &str, at: usize) -> Option<usize> {
    let mut s = line_start(text, at);
    for _ in 0..40 {
        let p = line_before(text, s)?;
        if !is_dash_line(&text[p..]) {
            return Some(p);
        }
        s = p;
    }
    None
}

/// The line starting at byte `start`, without its line break and trailing
/// spaces.
fn line_at(text: &str, start: usize) -> &str {
    text[start..].split('\n').next().unwrap_or("").trim_end()
}

/// Does the text open with a dialogue dash (after spaces)?
fn is_dash_line(s: &str) -> bool {
    s.trim_start().starts_with(['—', '–'])
}

/// The start of the line holding byte `at` (0 when no line break is in the
/// 1,000 bytes before it and the text starts there; `at`'s window start
/// otherwise, which no dash opens in practice).
pub(crate) fn line_start(text: &str, at: usize) -> usize {
    let mut lo = at.saturating_sub(1000);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    memchr::memrchr(b'\n', &text.as_bytes()[lo..at]).map_or(lo, |i| lo + i + 1)
}

/// The start of the last non-blank line before the line starting at
/// `start`, within 1,000 bytes; `None` at the text's start or when the
/// window holds no whole line.
fn line_before(text: &str, start: usize) -> Option<usize> {
    if start == 0 {
        return None;
    }
    let mut lo = start.saturating_sub(1000);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = text[lo..start].trim_end();
    let s = lo + before.rfind('\n').map_or(0, |i| i + 1);
    // (A whole window with no line break: too long a line to tell.)
    (!before.is_empty() && (s > lo || lo == 0)).then_some(s)
}

/// `L'ancien chef de l'État raconte : « Un jour, il m'a dit : “…” »`: a
/// third-person pronoun inside the last quote's words is someone the
/// speaker talks about, never the speaker: the person of its gender named
/// last before it (among the 30 entities and 1,500 bytes before) who is
/// not the last speaker.
fn third_person_in_quote(
    doc: &Doc<'_, '_>,
    m: &Mention,
    history: &[Said],
    last_content: &[Span],
) -> Option<Said> {
    let MentionKind::Pronoun {
        gender: Some(g),
        plural: false,
    } = m.kind
    else {
        return None;
    };
    if !last_content.iter().any(|c| c.contains(m.span)) {
        return None;
    }
    let w = doc.text.get(m.span.start..m.span.end)?;
    if !matches!(w, "il" | "Il" | "elle" | "Elle") {
        return None;
    }
    // (The quote's speaker, when known: a quote resolved later has none
    // yet, and is named after it.)
    let speaker = history
        .last()
        .and_then(|s| s.entity)
        .map(|e| doc.ents[e].key());
    let i = doc.ents.partition_point(|e| e.start() < m.span.start);
    let fits = |k: usize, known: bool| {
        let e = &doc.ents[k];
        e.label() == Label::Per
            && e.start() + if known { 3000 } else { 1500 } >= m.span.start
            && if known {
                e.gender() == Some(g)
            } else {
                compatible(e.gender(), Some(g))
            }
            && Some(e.key()) != speaker
    };
    // (A person of the pronoun's known gender first, in the 3,000 bytes
    // before: `« Il nous a dit : “…” »` after `le ministre X` and then
    // `Nageate Belahcen`, whose gender no list gives, is the minister.)
    let e = (i.saturating_sub(30)..i)
        .rev()
        .find(|&k| fits(k, true))
        .or_else(|| (i.saturating_sub(30)..i).rev().find(|&k| fits(k, false)))?;
    Some(entity_said(doc, e))
}

/// A mention of the country whose capital entity `e` is (the first of
/// the 400 entities around it), if `e` is a capital and the country is
/// named there.
fn capital_country(doc: &Doc<'_, '_>, e: usize) -> Option<usize> {
    let country = country_of_capital(doc.ents[e].entry()?)?;
    // Among the entities around it (a fixed window: linear time).
    let (lo, hi) = (e.saturating_sub(200), (e + 200).min(doc.ents.len()));
    (lo..hi).find(|&x| doc.ents[x].entry().is_some_and(|c| c.id() == country))
}

/// The id of the country whose capital (or seat of government, a `seat`
/// attribute) `entry` is, if it is one and speaks for it.
fn country_of_capital(entry: &crate::gazetteer::Entry) -> Option<&str> {
    // (Not Brussels for Belgium: `Bruxelles a rappelé que la politique
    // agricole commune …`, `Bruxelles appelle Belgrade et Pristina à « la
    // retenue »` is the seat of the EU institutions speaking, far more
    // often than Belgium's government: the European Union.)
    if entry.id() == "Q239" {
        return Some("Q458");
    }
    match entry.kind() {
        Some("capital") => entry.attr("country"),
        // (A seat of government that is no capital: `Abidjan`.)
        _ => entry.attr("seat"),
    }
}

/// The built-in gazetteer's entry of the country whose capital `ent` is
/// (its `country` attribute), if `ent` is a capital. Reached only for a
/// capital that speaks in a document that does not name its country
/// ([`capital_country`] maps the others); the first call builds the
/// built-in gazetteer if nothing has yet.
fn capital_country_entry(ent: &Entity<'_>) -> Option<std::sync::Arc<crate::gazetteer::Entry>> {
    let id = country_of_capital(ent.entry()?)?;
    crate::Gazetteer::builtin()
        .get_arc(id)
        .filter(|c| c.label() == Label::Loc || c.id() == "Q458")
        .cloned()
}

fn entity_said(doc: &Doc<'_, '_>, e: usize) -> Said {
    // A capital that speaks is its country's government (`Moscou a
    // dénoncé` → Russie), when the document names the country.
    let e = capital_country(doc, e).unwrap_or(e);
    let ent = &doc.ents[e];
    let person = ent.label() == Label::Per;
    let mut gender = ent.gender();
    if !person && gender.is_none() {
        // `la CGT`, `le Kremlin`: an organisation's gender is its article's.
        let t = doc.tok_at(ent.start());
        if t > 0 {
            gender = det_gender(doc.low(t - 1));
        }
        // (`l'Agence française de lutte contre le dopage`: with the
        // article elided, the gender of the name's head noun.)
        // (Or of the noun that introduces it: `le collectif Indés d'Oc`,
        // `l'association Mille Pédales`.)
        if gender.is_none() && ent.label() == Label::Org {
            gender = org_head_gender(doc.low(t)).or_else(|| {
                (t > 1 && matches!(doc.low(t - 2), "le" | "la" | "l'" | "du" | "au"))
                    .then(|| org_head_gender(doc.low(t - 1)))
                    .flatten()
            });
        }
    }
    Said {
        entity: Some(e),
        name: None,
        of: None,
        plural: false,
        gender,
        person,
        at: ent.start(),
    }
}

fn resolve_mention(
    doc: &Doc<'_, '_>,
    m: &Mention,
    history: &[Said],
    last_content: &[Span],
    own: &[Span],
    tables: &Tables,
) -> Said {
    match &m.kind {
        MentionKind::Entity(e) => {
            // A person of coordinated names (`Guy Chevrette et Benoît
            // Jugand font valoir`) speaks with the others.
            let span = doc.ents[*e].span();
            // (Groups are in text order: the one starting last at or
            // before the mention is the only candidate.)
            let groups = tables.groups(doc);
            let i = groups.partition_point(|g| g.start <= span.start);
            match i
                .checked_sub(1)
                .map(|i| groups[i])
                .filter(|g| g.contains(span))
            {
                Some(g) => group_said(g),
                None => entity_said(doc, *e),
            }
        }
        MentionKind::Name => {
            // `la Région` after `la Région Occitanie`, `la Métropole` after
            // `la Métropole de Lyon`: the organisation that word heads.
            let word = &doc.text[m.span.start..m.span.end];
            // (An organisation whose name opens with the word or words and
            // goes on.)
            let opens = |e: &crate::Entity<'_>| {
                e.label() == Label::Org
                    && e.as_str().len() > word.len() + 1
                    && e.as_str().starts_with(word)
                    && e.as_str()[word.len()..].starts_with(' ')
            };
            if is_plain_word(word) {
                let at = doc.ents.partition_point(|e| e.start() < m.span.start);
                // (Or the name after that word: `la Région Occitanie`, the
                // region tagged alone.)
                let headed = doc.ents[at.saturating_sub(200)..at].iter().rposition(|e| {
                    let t = doc.tok_at(e.start());
                    opens(e)
                        || (matches!(e.label(), Label::Org | Label::Loc)
                            && t > 0
                            && t - 1 != doc.tok_at(m.span.start)
                            && doc.toks[t - 1].as_str() == word)
                });
                if let Some(i) = headed {
                    return entity_said(doc, at.saturating_sub(200) + i);
                }
                // (In a title, the first one after: `Verdane ferme son
                // usine, la Région dénonce « … »` … `la Région Grand Est`,
                // in the 3,000 bytes after the title.)
                if let Some(line) = doc.title_end().filter(|&line| m.span.end <= line) {
                    let after = doc.ents[at..]
                        .iter()
                        .take_while(|e| e.start() < line + 3000)
                        .position(opens);
                    if let Some(i) = after {
                        return entity_said(doc, at + i);
                    }
                }
            }
            // `le Haut Conseil` for `Haut Conseil pour le climat`: a name
            // of several words that opens an organisation's name the text
            // gives (the last one before, else the first after: a title
            // names it before the body does; 200 entities each way).
            if word.contains(' ') {
                let at = doc.ents.partition_point(|e| e.start() < m.span.start);
                let before = doc.ents[at.saturating_sub(200)..at]
                    .iter()
                    .rposition(opens)
                    .map(|i| at.saturating_sub(200) + i);
                let after = || {
                    let hi = (at + 200).min(doc.ents.len());
                    doc.ents[at..hi].iter().position(opens).map(|i| at + i)
                };
                if let Some(e) = before.or_else(after) {
                    return entity_said(doc, e);
                }
            }
            // (A body's name the tagger missed, `Haut Comité du …`,
            // `Fédération nationale des …`, is no person.)
            let first = lower(word.split(' ').next().unwrap_or(""));
            let body = is_org_noun(&first)
                || is_collective(&first)
                || matches!(first.as_str(), "haut" | "haute");
            Said::named(m.span, None, !body)
        }
        MentionKind::Pronoun { gender, plural } => {
            // `Elle [l'UE] vient d'annoncer`: the writer's gloss names it.
            if let Some(e) = bracket_gloss(doc, m.span.end) {
                return entity_said(doc, e);
            }
            // `Comptes de campagne : le maire de Marchiennes déclaré
            // inéligible, il annonce faire appel`: a pronoun in the title,
            // before anyone spoke, is the person the title described
            // before it (a definite description of a person, resolved as
            // the title's descriptions are: by the body's appositions).
            if !*plural && history.is_empty() {
                if let Some(said) = title_description_before(doc, m, *gender)
                    .map(|d| resolve_mention(doc, &d, history, last_content, own, tables))
                    .filter(|s| s.entity.is_some())
                {
                    return said;
                }
            }
            // `À Matignon, on assure que …`, `Chez Renault, on indique`:
            // the institution where `on` speaks (`À Budapest, on …`: the
            // government of the capital's country).
            if let Some(s) = on_at_institution(doc, m) {
                return s;
            }
            // `Quant au RN, il promet …`: the topic the sentence opens with,
            // a name right before the pronoun's comma.
            if let Some(e) = quant_a_topic(doc, m) {
                return entity_said(doc, e);
            }
            if *plural {
                // `Thierry et Véronique Roy … ils`: the last couple named.
                if let Some(g) = gender.and_then(|_| recent_group(tables.groups(doc), m.span.start))
                {
                    return group_said(g);
                }
                // `Les syndicats ont appelé à la grève. Ils estiment …`:
                // the plural subject the pronoun continues.
                if let Some(s) = previous_plural_subject(doc, m.span.start, history, own) {
                    return s;
                }
                // `revendiquée par les islamistes shebab … , ont-ils écrit`:
                // the last organisation named in the plural before it.
                if let Some(e) = recent_plural_org(doc, m.span.start) {
                    return entity_said(doc, e);
                }
                return Said::nobody(*gender, false);
            }
            // `La mairie a expliqué … Elle appelle …`: the previous speaker,
            // an organisation or institution of the pronoun's gender, when
            // no person of that gender was named since.
            // (Not when the quotation's words say `je`: `« … je le sais.
            // … », a-t-elle conclu` is a person, not `la commission`.)
            if let Some(last) = history.last().filter(|s| {
                !s.person
                    && (s.entity.is_some() || s.name.is_some())
                    && gender.is_some()
                    && s.gender == *gender
                    && !says_i(doc, own)
            }) {
                let at = doc.ents.partition_point(|e| e.start() < m.span.start);
                // (A statement before its source, not in marks, counts:
                // `Emmanuel Macron a été réélu …, selon le ministère de
                // l'Intérieur. Il devient …` is Macron.)
                let from = match last_content.first() {
                    Some(c) if c.start < last.at && !in_marks(doc, *c) => c.start,
                    _ => last.at,
                };
                let named_since = doc.ents[..at]
                    .iter()
                    .rev()
                    .take(30)
                    .take_while(|e| e.start() >= from)
                    .any(|e| e.label() == Label::Per && compatible(e.gender(), *gender));
                // (Nor when a person's description is the subject of the
                // sentence before the quotation since: `Le maire, lui, ne
                // regrette rien. « … », assure-t-il`.)
                // (A bounded look: the sentence before has at most 60
                // tokens, as `sentence_subject` reads it from its start;
                // unbounded, many pronouns after one long sentence were
                // quadratic.)
                let described_since = || {
                    let at = before_quotation(m, own);
                    let (ss, _) = doc.sent_range(doc.tok_at(at));
                    let short = ss > 0 && ss - doc.sent_range(ss - 1).0 <= 60;
                    // (A person's noun at its head: not `le conflit`.)
                    short
                        && description_subject_before(doc, at, *gender).is_some_and(|sm| {
                            sm.span.start >= from
                                && match sm.kind {
                                    MentionKind::Desc { first, .. } => {
                                        is_human_noun_or_plural(doc.low(head_at(doc, first)))
                                    }
                                    _ => true,
                                }
                        })
                };
                // (Nor when another organisation of that gender is the
                // subject of the sentence before, named since: `selon
                // l'Agence internationale de l'énergie atomique, … La
                // Commission est consciente de … Elle prend note …`.)
                let subject_since = || {
                    gender
                        .and_then(|g| {
                            previous_subject_org(doc, m.span.start, g, history, own, |np| {
                                resolve_mention(doc, np, history, last_content, own, tables)
                            })
                        })
                        .is_some_and(|s| {
                            // (A body: not `le conflit` after `Pour le
                            // collectif X, …`.)
                            let body = s.entity.is_some()
                                || s.name.is_some_and(|n| {
                                    let k = doc.tok_at(n.start);
                                    let k = if super::extract::is_det(doc.low(k)) {
                                        k + 1
                                    } else {
                                        k
                                    };
                                    doc.starts_upper(k) || is_institution_noun(doc.low(k))
                                });
                            body && !(s.entity.is_some() && s.entity == last.entity) && s.at > from
                        })
                };
                if !named_since && !described_since() && !subject_since() {
                    return *last;
                }
            }
            // `La Commission est consciente de … Elle prend note …`: a
            // pronoun opening its sentence continues the subject of the
            // sentence before, an organisation or a place of its gender.
            // (`L'association X conteste ces chiffres. D'après ses
            // comptages, …`: a possessor, of either gender.)
            let possessor = gender.is_none()
                && matches!(
                    doc.low(doc.tok_at(m.span.start)),
                    "son" | "sa" | "ses" | "leur" | "leurs"
                );
            let subject_of = |g| {
                previous_subject_org(doc, m.span.start, g, history, own, |np| {
                    resolve_mention(doc, np, history, last_content, own, tables)
                })
            };
            let subject = match gender {
                Some(g) => subject_of(*g),
                None if possessor => {
                    subject_of(Gender::Female).or_else(|| subject_of(Gender::Male))
                }
                None => None,
            };
            if let Some(said) = subject.filter(|s| s.entity.is_some() || s.name.is_some()) {
                return Said {
                    gender: *gender,
                    ..said
                };
            }
            // The previous speaker of a compatible gender…
            let prev = history
                .iter()
                .rev()
                .take(4)
                .find(|s| s.person && !s.plural && compatible(s.gender, *gender))
                .copied();
            // …unless a person of that gender was named since (outside
            // the last quote's words and this one's).
            let at = doc.ents.partition_point(|e| e.start() < m.span.start);
            let lo = at.saturating_sub(50);
            let adjunct = fronted_adjunct(doc, m.span.start);
            // `Une victime, présente à l'audience, a confié son
            // soulagement. « … », a-t-elle expliqué.`: someone the text
            // introduces without a name stands for the pronoun, not an
            // older speaker or person.
            if unnamed_subject_before(doc, before_quotation(m, own), *gender) {
                return Said::nobody(*gender, true);
            }
            // `L'intéressé a laissé éclater son soulagement. « … », a-t-il
            // déclaré`: the pronoun continues that subject, the person the
            // article is about (not the last speaker).
            // (Before the quotation when the pronoun follows it: `L'intéressé
            // balaie l'accusation. « … », poursuit-il.`)
            if let Some(e) = anaphor_subject_before(doc, before_quotation(m, own), *gender) {
                return entity_said(doc, e);
            }
            // `Le ministre n'a pas dit que … ; il a simplement promis`:
            // the person of the description that is the subject of the
            // sentence before, when no person was named since.
            if let Some(sm) = description_subject_before(doc, before_quotation(m, own), *gender) {
                // (Only a person whose appositions or roles hold the
                // description, not a fallback; not a person only the last
                // quote's words name: `… payaient « l'aveuglement européen »
                // d'Emmanuel Macron. Le ministre n'a pas dit …` is not
                // Macron.)
                let words: Vec<Span> = own.iter().chain(last_content).copied().collect();
                if let MentionKind::Desc {
                    first, last, org, ..
                } = sm.kind
                {
                    let profiles = tables.profiles(doc);
                    if let Some(e) = match_profile(
                        doc,
                        Described { first, last, org },
                        profiles,
                        sm.span.start,
                        None,
                        &words,
                    ) {
                        return entity_said(doc, e);
                    }
                    // (Nor the previous speaker, when the text's words
                    // for them contradict the description: `Sonia Backès,
                    // présidente de la province Sud, … La présidente de la
                    // commission des lois n'a pas caché … « … », a-t-elle
                    // regretté` is someone the text does not name.)
                    let words = desc_words(doc, first, last);
                    let contradicted = prev.and_then(|p| p.entity).is_some_and(|e| {
                        let key = doc.ents[e].key();
                        let profile = profiles.iter().find(|p| doc.ents[p.entity].key() == key);
                        words.iter().find(|w| office(w).is_some()).is_some_and(|h| {
                            profile.is_some_and(|p| {
                                holds(&p.text, h, false, &words)
                                    && !complement_agrees(&p.text, h, &words)
                            })
                        })
                    });
                    if contradicted {
                        return Said::nobody(*gender, true);
                    }
                    // (A noun of a trade, not an office, that no text's
                    // words link: the article's protagonist, over a person
                    // named since only as a complement: `Thomas Kerbrat …
                    // Le logisticien de 34 ans a foulé le tarmac, où
                    // l'attendaient Emmanuel Macron … « … », a-t-il dit`.)
                    if let Some(e) = recent_person(doc, m.span.start, *gender).and_then(|r| {
                        protagonist_over(doc, profiles, r, first, last, *gender, sm.span.start)
                    }) {
                        return entity_said(doc, e);
                    }
                }
            }
            // `X a répondu à Y, qui l'accusait de « … ». « … », a-t-il
            // répliqué`: a previous speaker who spoke in a relative clause
            // on a complement is in the background; the pronoun of a later
            // sentence continues that sentence's subject, a person named.
            if let Some(e) = prev.filter(|p| in_relative(doc, p.at)).and_then(|p| {
                let t = doc.tok_at(p.at);
                let (_, se) = doc.sent_range(t);
                if doc.tok_at(m.span.start) < se {
                    return None;
                }
                let sm = super::extract::sentence_subject(doc, t)?;
                let MentionKind::Entity(e) = sm.kind else {
                    return None;
                };
                let ent = &doc.ents[e];
                (ent.label() == Label::Per
                    && compatible(ent.gender(), *gender)
                    && p.entity.is_none_or(|x| doc.ents[x].key() != ent.key())
                    && doc.tok_at(ent.start()) < t)
                    .then_some(e)
            }) {
                return entity_said(doc, e);
            }
            // The last quote's words are not the text's, except a
            // statement before its source, out of marks (`X a été réélu,
            // selon le ministère. Il …`).
            let statement_before_source =
                |c: &Span| history.last().is_some_and(|l| c.start < l.at) && !in_marks(doc, *c);
            let acceptable = |ei: usize| {
                let e = &doc.ents[ei];
                !(e.label() != Label::Per
                    || !compatible(e.gender(), *gender)
                    || last_content
                        .iter()
                        .filter(|c| !statement_before_source(c))
                        .chain(own)
                        .any(|c| c.contains(e.span()))
                    || adjunct.is_some_and(|a| a.contains(e.span()))
                    // (A name of either gender the text described as the
                    // other as a speaker: `Camille Cazenave … a témoigné la
                    // jeune femme` is no `il`.)
                    || history.iter().rev().take(16).any(|s| {
                        s.entity.is_some_and(|x| doc.ents[x].key() == e.key())
                            && e.gender().is_none()
                            && !compatible(s.gender, *gender)
                    })
                    || in_relative_or_complement(doc, e.start())
                    || after_same_pronoun(doc, e.start(), m.span)
                    || antecedent_of_pronoun_relative(doc, e.span(), m.span)
                    || nickname(doc, e))
            };
            for ei in (lo..at).rev() {
                let e = &doc.ents[ei];
                if prev.is_some_and(|p| e.start() < p.at) {
                    break;
                }
                if !acceptable(ei) {
                    continue;
                }
                // Of that sentence's people, its subject: one named in its
                // first words (`Le Français Christophe Lemaitre complète ce
                // podium, en devançant … Churandy Martina. Il …`).
                let t = doc.tok_at(e.start());
                let (ss, _) = doc.sent_range(t);
                let subject = (lo..ei)
                    .rev()
                    .take_while(|&k| doc.ents[k].start() >= doc.toks[ss].start())
                    .filter(|&k| {
                        doc.tok_at(doc.ents[k].start()) <= ss + 6
                            && prev.is_none_or(|p| doc.ents[k].start() >= p.at)
                            && acceptable(k)
                    })
                    .last();
                return entity_said(doc, subject.unwrap_or(ei));
            }
            if let Some(p) = prev {
                return Said {
                    gender: p.gender.or(*gender),
                    ..p
                };
            }
            // `La direction, elle, défend … « … », a assuré son directeur.
            // Elle rappelle …`: no person of that gender, a body the
            // text gave that gender, which spoke among the last three
            // quotes (in the 800 bytes before).
            if let Some(s) = history.iter().rev().take(3).find(|s| {
                !s.person
                    && !s.plural
                    && gender.is_some()
                    && compatible(s.gender, *gender)
                    && (s.entity.is_some() || s.name.is_some())
                    && s.at + 800 >= m.span.start
            }) {
                return *s;
            }
            Said::nobody(*gender, true)
        }
        MentionKind::Desc {
            first,
            last,
            gender,
            definite,
            human,
            org_noun,
            org,
        } => {
            // (`quinze conseillers avaient démissionné en dénonçant « … »`:
            // several people, whom a later `elle` does not continue.)
            let det = doc.low(*first);
            let unresolved = Said {
                plural: matches!(det, "les" | "des" | "ces" | "plusieurs" | "quelques")
                    || super::extract::is_cardinal(det)
                    || det.bytes().all(|b| b.is_ascii_digit()),
                ..Said::nobody(*gender, *human)
            };
            let head = doc.low(head_at(doc, *first));
            // `Martine Delcourt, 63 ans, … a répondu la sexagénaire`: a
            // decade noun is the person whose age the text gave in that
            // decade, the last one named before (not the last speaker, 39).
            if let Some(d) = decade_of(head).filter(|_| *definite) {
                let profiles = tables.profiles(doc);
                if let Some(e) = person_of_decade(doc, profiles, d, *gender, m.span.start) {
                    return entity_said(doc, e);
                }
            }
            // `Démolition aux Peupliers : l'association des locataires
            // dénonce …¶¶… L'association Peupliers Solidaires ne décolère
            // pas`: a body a title describes is the first one the body
            // introduces by that noun (among its first 40 entities).
            if let Some(line) = doc.title_end().filter(|&line| {
                *definite
                    && !*human
                    && (is_org_noun(head) || is_collective(head))
                    && m.span.end <= line
                    && super::extract::is_article(doc)
            }) {
                let i = doc.ents.partition_point(|e| e.start() <= line);
                let introduced = doc.ents[i..].iter().take(40).position(|e| {
                    let t = doc.tok_at(e.start());
                    e.label() == Label::Org && t > 0 && doc.low(t - 1) == head
                });
                if let Some(k) = introduced {
                    return entity_said(doc, i + k);
                }
            }
            // `Jean-Marc Etcheverry, président de …, et armateur à
            // Saint-Jean-de-Luz. L'armateur réclame …`: a company's trade
            // the words after a person's name gave that person (in the
            // name's sentence, 160 bytes at most; among the 30 entities
            // and 1,500 bytes before) is the person, not a company.
            if *definite && *last == *first + 2 && is_company_trade(head) {
                let i = doc.ents.partition_point(|e| e.start() < m.span.start);
                let named = (i.saturating_sub(30)..i).rev().find(|&k| {
                    let e = &doc.ents[k];
                    if e.label() != Label::Per || e.start() + 1500 < m.span.start {
                        return false;
                    }
                    // (The person's own noun, after a comma or `et`: not
                    // `patron du pétrolier TotalEnergies`, the company.)
                    let w = lowered_after(doc, k, 160);
                    [", ", " et "].iter().any(|p| {
                        w.match_indices(p).any(|(x, _)| {
                            w[x + p.len()..]
                                .strip_prefix(head)
                                .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
                        })
                    })
                });
                if let Some(k) = named {
                    return entity_said(doc, k);
                }
            }
            // `La CGT-Cheminots de Paris-Nord, syndicat majoritaire sur le
            // secteur, … Pour le syndicat majoritaire`: a body's noun and
            // its adjective, the body the text described so in apposition.
            if *definite && *last == *first + 3 && (is_org_noun(head) || is_collective(head)) {
                if let Some(e) = body_by_apposition(doc, head, doc.low(*first + 2), m.span.start) {
                    return entity_said(doc, e);
                }
            }
            // `Laurent Nuñez a téléphoné au blessé, selon son entourage`:
            // a person's circle speaks for that person, the last one named
            // in the sentence (not one named before it: `Le député X a
            // réclamé … Une proposition de loi doit être déposée, selon son
            // entourage` stays the circle's).
            if *last == *first + 2
                && matches!(doc.low(*first), "son" | "sa")
                && matches!(head, "entourage" | "cabinet" | "équipe" | "camp")
            {
                let ss = doc.toks[doc.sent_range(doc.tok_at(m.span.start)).0].start();
                let i = doc.ents.partition_point(|e| e.start() < m.span.start);
                if let Some(k) = (i.saturating_sub(20)..i).rev().find(|&k| {
                    let e = &doc.ents[k];
                    e.label() == Label::Per && e.start() >= ss
                }) {
                    return entity_said(doc, k);
                }
            }
            // `Kevin Brunel, 24 ans, … Le benjamin du scrutin a salué`: the
            // youngest (or for `le doyen`, the eldest) of the people whose
            // age the text gave before, when it gave two ages or more.
            // (So is `la vieille dame`, `le vieil homme`: the eldest.)
            let old_one = matches!(doc.low(*first + 1), "vieille" | "vieil" | "vieux")
                && matches!(doc.low(*first + 2), "dame" | "homme" | "femme" | "monsieur")
                && *last == *first + 3;
            if let Some(youngest) = match head {
                "benjamin" | "benjamine" => Some(true),
                "doyen" | "doyenne" => Some(false),
                _ if old_one => Some(false),
                _ => None,
            }
            .filter(|_| *definite)
            {
                let profiles = tables.profiles(doc);
                if let Some(e) =
                    person_of_extreme_age(doc, profiles, youngest, *gender, m.span.start)
                {
                    return entity_said(doc, e);
                }
                // (`la vieille dame` after one person of 70 and more: her.)
                if old_one {
                    let elder = profiles
                        .iter()
                        .filter(|p| p.mentions.first().is_some_and(|&x| x < m.span.start))
                        .filter_map(|p| profile_age(p).map(|a| (a, p.entity)))
                        .filter(|&(a, e)| a >= 70 && compatible(doc.ents[e].gender(), *gender))
                        .max_by_key(|&(a, _)| a);
                    if let Some((_, e)) = elder {
                        return entity_said(doc, e);
                    }
                }
            }
            // `Les juges ont relevé`, `D'après le ministère public`: the
            // court or the prosecution the text named last with its place
            // (`Le tribunal correctionnel de Saint-Étienne`, `Le parquet
            // de Saint-Étienne`), in the 3,000 bytes before.
            if let Some(said) = court_of(doc, tables.profiles(doc), *first, *last, m.span.start) {
                return said;
            }
            // `le cabinet Arcane Conseil … Le cabinet estime`, `la start-up
            // grenobloise Kovalt … l'entreprise`: a body's bare noun is the
            // body the text introduced with that noun (or, for a company,
            // with any noun of companies), the last one before.
            if *definite && *last == *first + 2 {
                if let Some(e) = introduced_org(doc, head, m.span.start) {
                    return entity_said(doc, e);
                }
            }
            // `Procès : le parquet dénonce « … »¶¶… la procureure du
            // parquet national financier (PNF)`: a body's bare noun in the
            // title is the first body the article names whose name opens
            // with that noun (in the 1,500 bytes after the title).
            if *definite && *last == *first + 2 && (is_org_noun(head) || is_collective(head)) {
                if let Some(line) = doc.title_end().filter(|&line| m.span.end <= line) {
                    let i = doc.ents.partition_point(|e| e.start() < line);
                    let named = doc.ents[i..]
                        .iter()
                        .take_while(|e| e.start() < line + 1500)
                        .position(|e| {
                            e.label() == Label::Org
                                && e.entry().is_some()
                                && lower(e.name())
                                    .strip_prefix(head)
                                    .is_some_and(|r| r.starts_with(' '))
                        });
                    if let Some(k) = named {
                        return entity_said(doc, i + k);
                    }
                }
            }
            // `Mathilde Panot a salué … Marine Le Pen a fustigé … La
            // première a appelé …; la seconde a promis …`: of the last
            // two people of that gender named (in the 600 bytes before),
            // the earlier or the later.
            if *definite && *last == *first + 2 {
                let rank = match doc.low(*first + 1) {
                    "premier" | "première" => Some(0),
                    "second" | "seconde" | "deuxième" => Some(1),
                    _ => None,
                };
                let g = match doc.low(*first) {
                    "le" => Some(Gender::Male),
                    "la" => Some(Gender::Female),
                    _ => None,
                };
                if let (Some(rank), Some(g)) = (rank, g) {
                    let i = doc.ents.partition_point(|e| e.start() < m.span.start);
                    // (`Les deux adversaires se retrouveront … Le premier
                    // …`: after `deux` in the sentence before, of the last
                    // two people of that gender named (among the 200
                    // entities before), the one the text introduced first or
                    // second.)
                    let t = doc.tok_at(m.span.start);
                    let (ss, _) = doc.sent_range(t);
                    let ps = if ss > 0 { doc.sent_range(ss - 1).0 } else { ss };
                    if let Some(d) = (ps..t).find(|&k| doc.low(k) == "deux") {
                        // (`Les deux maires`: not someone the text gives
                        // another office, whoever spoke since: `Le président
                        // de la communauté de communes, Gilles Faure`.)
                        let w = doc.low(d + 1);
                        let office = w
                            .strip_suffix('s')
                            .or_else(|| w.strip_suffix('x'))
                            .filter(|o| office(o).is_some());
                        let profiles = office.map(|_| tables.profiles(doc));
                        let holds_office = |e: &Entity<'_>| match (office, profiles) {
                            (Some(o), Some(ps)) => !ps.iter().any(|p| {
                                let own = profile_words(&p.text[p.own..]);
                                let mut offices = offices_in(&own).peekable();
                                doc.ents[p.entity].key() == e.key()
                                    && offices.peek().is_some()
                                    && offices.all(|(x, _)| !o.starts_with(x))
                            }),
                            _ => true,
                        };
                        let lo = i.saturating_sub(200);
                        let mut two = last_two_people(doc, (lo..i).rev(), |e| {
                            e.gender() == Some(g) && holds_office(e)
                        });
                        if two.len() == 2 {
                            let first_named = |x: usize| {
                                (lo..=x)
                                    .find(|&y| doc.ents[y].key() == doc.ents[x].key())
                                    .unwrap_or(x)
                            };
                            two.sort_by_key(|&x| first_named(x));
                            return entity_said(doc, two[rank]);
                        }
                    }
                    let recent = (i.saturating_sub(30)..i)
                        .rev()
                        .take_while(|&x| doc.ents[x].start() + 600 >= m.span.start);
                    let two = last_two_people(doc, recent, |e| compatible(e.gender(), Some(g)));
                    if two.len() == 2 {
                        // (`two` is latest first.)
                        return entity_said(doc, two[1 - rank]);
                    }
                }
            }
            // `Municipales : le maire sortant promet …¶¶Loïc Le Bihan, 58
            // ans, maire depuis 2014, a présenté …`: in the title, the
            // person who opens the body, when the text gives that person
            // the description's noun.
            if *definite && *human && doc.title_end().is_some_and(|line| m.span.end <= line) {
                // (The noun in the words after the name, in its sentence:
                // `Loïc Le Bihan (divers droite), 58 ans, maire depuis 2014`.)
                if let Some(e) = lead_subject(doc).filter(|&e| {
                    let a = doc.tok_at(doc.ents[e].end());
                    let (_, se) = doc.sent_range(a.saturating_sub(1));
                    compatible(doc.ents[e].gender(), *gender)
                        && (a..se.min(a + 20)).any(|t| doc.low(t) == head)
                }) {
                    return entity_said(doc, e);
                }
            }
            // `le nouvel élu`, `la nouvelle élue`: the person the text
            // says was elected, named right before or after `élu` (`Beat
            // Jans élu`, `a élu Viola Amherd`), the last such before (in
            // the 400 tokens before: a bounded look).
            if *last == *first + 3
                && matches!(doc.low(*first), "le" | "la")
                && matches!(doc.low(*first + 1), "nouvel" | "nouvelle")
                && matches!(doc.low(*first + 2), "élu" | "élue")
            {
                let person = |x: usize| {
                    doc.entity(x).filter(|&e| {
                        doc.ents[e].label() == Label::Per
                            && compatible(doc.ents[e].gender(), *gender)
                    })
                };
                let elected = (first.saturating_sub(400)..*first).rev().find_map(|t| {
                    if !matches!(doc.low(t), "élu" | "élue" | "réélu" | "réélue") {
                        return None;
                    }
                    t.checked_sub(1).and_then(person).or_else(|| person(t + 1))
                });
                if let Some(e) = elected {
                    return entity_said(doc, e);
                }
            }
            // `le rapport de l'IGPN … Le rapport juge …`, `Selon ses
            // conclusions, …`: a report alone (or its conclusions) is its
            // author ([`report_author_before`]).
            if *last == *first + 2
                && (is_report_noun(head) || matches!(head, "conclusions" | "recommandations"))
                && matches!(
                    doc.low(*first),
                    "le" | "la" | "l'" | "ce" | "cette" | "son" | "sa" | "ses"
                )
            {
                if let Some(e) = report_author_before(doc, *first) {
                    return entity_said(doc, e);
                }
            }
            // `La pétition lancée en mars par le collectif`, `Lancée par le
            // collectif École vivante, la pétition a recueilli … Le texte
            // demande …`: a document speaks for the agent that launched
            // or wrote it.
            if is_document_noun(head)
                || matches!(
                    head,
                    "motion" | "tribune" | "appel" | "manifeste" | "assignation" | "plainte"
                )
            {
                let end = doc.tok_at(m.span.end).max(*last);
                if let Some(e) = document_agent(doc, *first, end) {
                    return entity_said(doc, e);
                }
            }
            // `Selon ce courrier` after `Dans un courrier …, X dénonce`:
            // its author.
            if *last == *first + 2
                && matches!(
                    doc.low(*first),
                    "le" | "la" | "l'" | "ce" | "cette" | "son" | "sa"
                )
            {
                if let Some(e) = letter_author_before(doc, *first, head, history) {
                    return entity_said(doc, e);
                }
                // (`X a publié mercredi son dernier rapport annuel. Selon ce
                // document, …`: who published their own report.)
                if matches!(doc.low(*first), "ce" | "cette") && is_report_noun(head) {
                    if let Some(e) = publisher_before(doc, *first) {
                        return entity_said(doc, e);
                    }
                }
            }
            // `Selon le jugement, …`, `l'arrêt souligne que`: a court's
            // decision speaks for the court named last before it, never
            // for a person: a tagged court among the 40 entities before,
            // or one named by its complement (`le tribunal correctionnel
            // de Paris`: the later of the document's first two such
            // uses), whichever is nearer. (Not `l'ordonnance`, often the
            // government's.)
            if *definite && *last == *first + 2 && matches!(head, "jugement" | "arrêt" | "verdict")
            {
                let i = doc.ents.partition_point(|e| e.start() < m.span.start);
                let tagged = (i.saturating_sub(40)..i).rev().find(|&k| {
                    doc.ents[k].label() == Label::Org && kind_fits("juridiction", &doc.ents[k])
                });
                // (`cour` as a court: `cour d'appel`, `cour administrative`;
                // not `la cour de l'Élysée`.)
                let court_noun = |k: usize| {
                    doc.low(k) == "tribunal"
                        || matches!(
                            doc.low(k + 1),
                            "administrative" | "suprême" | "constitutionnelle" | "criminelle"
                        )
                        || (matches!(doc.low(k + 1), "d'" | "de")
                            && matches!(
                                doc.low(k + 2),
                                "appel" | "cassation" | "assises" | "justice" | "comptes"
                            ))
                };
                let named = ["tribunal", "cour"]
                    .iter()
                    .flat_map(|h| head_uses(doc, h).named)
                    .flatten()
                    .filter(|&(k, _)| (k as usize) < *first && court_noun(k as usize))
                    .max_by_key(|&(k, _)| k);
                let named_at = named.map(|(k, _)| doc.toks[k as usize].start());
                return match (tagged, named) {
                    (Some(e), _) if named_at.is_none_or(|at| doc.ents[e].start() > at) => {
                        entity_said(doc, e)
                    }
                    (_, Some((k, e))) => Said::named(doc.span(k as usize, e as usize), None, false),
                    _ => Said::nobody(*gender, false),
                };
            }
            // `Sa cliente` after `X, l'avocate d'Amélie`: whom the lawyer
            // named before (within 600 bytes) defends.
            if *last == *first + 2
                && matches!(doc.low(*first), "son" | "sa")
                && matches!(head, "client" | "cliente")
            {
                if let Some(said) = client_of_lawyer(doc, *first, *gender) {
                    return said;
                }
            }
            // `Son adversaire a répliqué`, `son rival a qualifié de …`
            // after a person spoke: the person named last (in the 1,500
            // bytes before) who is not that speaker, the other side of a
            // debate or a race.
            if *last == *first + 2 && matches!(doc.low(*first), "son" | "sa") && is_opponent(head) {
                let possessor = history
                    .iter()
                    .rev()
                    .take(4)
                    .find(|s| s.person && s.at + 1500 >= m.span.start)
                    .and_then(|s| s.entity);
                // (The noun's own gender: `sa rivale`, `sa challengeuse`.)
                let gender = &gender.or(match head {
                    "rivale" | "concurrente" | "opposante" | "contradictrice" | "challengeuse" => {
                        Some(Gender::Female)
                    }
                    "rival" | "concurrent" | "opposant" | "contradicteur" | "challenger" => {
                        Some(Gender::Male)
                    }
                    _ => None,
                });
                if let Some(p) = possessor {
                    let key = doc.ents[p].key();
                    let i = doc.ents.partition_point(|e| e.start() < m.span.start);
                    let other = doc.ents[i.saturating_sub(30)..i]
                        .iter()
                        .rposition(|e| {
                            e.label() == Label::Per
                                && e.key() != key
                                && e.start() + 1500 >= m.span.start
                                && compatible(e.gender(), *gender)
                        })
                        .map(|k| i.saturating_sub(30) + k);
                    return match other {
                        Some(e) => entity_said(doc, e),
                        None => unresolved,
                    };
                }
            }
            // `Dans son rapport annuel, le Haut Conseil pour le climat
            // estime … Le rapport pointe « … »`: a report (or study, or
            // opinion) alone speaks for its author, the body that spoke
            // last (in the 2,000 bytes before).
            if *definite
                && *last == *first + 2
                && matches!(doc.low(*first), "le" | "la" | "l'")
                // (`Dans un communiqué, le ministère … a accusé … « … »,
                // martèle le texte`: the text or the communiqué too.)
                && matches!(
                    head,
                    "rapport" | "étude" | "avis" | "texte" | "communiqué" | "document"
                )
            {
                let author = history.iter().rev().take(8).find_map(|s| {
                    s.entity.filter(|&e| {
                        !s.person
                            && s.at + 2000 >= m.span.start
                            && doc.ents[e].label() == Label::Org
                    })
                });
                // (Or, before anyone spoke, the body that published one:
                // `L'OCDE a présenté mardi son étude … Le document juge
                // …`.)
                if let Some(e) = author.or_else(|| publisher_before(doc, *first)) {
                    return entity_said(doc, e);
                }
                // (A body the tagger left, named by its description: `le
                // ministère turc des Affaires étrangères`, for a text or
                // a communiqué that spoke last.)
                if matches!(head, "texte" | "communiqué") {
                    if let Some(s) = history.iter().rev().take(2).find(|s| {
                        !s.person
                            && s.at + 600 >= m.span.start
                            // (Not another document: `précise le communiqué
                            // rédigé par …`.)
                            && s.name.is_some_and(|nm| {
                                let t = doc.tok_at(nm.start);
                                !is_document_noun(doc.low(t)) && !is_document_noun(doc.low(t + 1))
                            })
                    }) {
                        return Said {
                            at: m.span.start,
                            ..*s
                        };
                    }
                }
            }
            // `Le rapport, publié jeudi par la Cour des comptes, estime
            // …`: a document whose author the apposition names (a
            // participle, then `par` and a name, before the next comma)
            // speaks for its author.
            if *definite && *last == *first + 2 && is_document_noun(head) && doc.low(*last) == "," {
                let (_, se) = doc.sent_range(*first);
                let lim = (*last + 14).min(se);
                if super::extract::participle_like(doc.low(*last + 1)) {
                    let by = (*last + 2..lim)
                        .take_while(|&x| doc.low(x) != ",")
                        .find(|&x| doc.low(x) == "par");
                    if let Some(e) = by.and_then(|p| agent_after_par(doc, p)) {
                        return entity_said(doc, e);
                    }
                }
            }
            // `indique une note rédigée en janvier 2015 par Mark MacGann`:
            // a document and the participle of its writing, then `par` and
            // a name (past a phrase of time, before any punctuation):
            // its author. (Not whoever read it: `un document consulté par
            // Le Monde`.)
            if is_document_noun(head) || matches!(head, "note" | "courriel" | "mail" | "e-mail") {
                let h = head_at(doc, *first);
                if is_authoring_participle(doc.low(h + 1)) {
                    let (_, se) = doc.sent_range(h);
                    let by = (h + 2..(h + 10).min(se))
                        .take_while(|&x| !doc.is_punct(x))
                        .find(|&x| doc.low(x) == "par");
                    let agent = by
                        .and_then(|p| agent_after_par(doc, p))
                        .filter(|&e| doc.ents[e].label() != Label::Loc);
                    if let Some(e) = agent {
                        return entity_said(doc, e);
                    }
                }
            }
            // `Du côté de Lubrizol, la direction assure …`, `Chez Renault,
            // l'entreprise indique …`: the organisation named in front.
            // (Nouns of a company's own voice only, right after the
            // comma: `Chez Airbus, le syndicat affirme …` is the union.)
            if *definite
                && matches!(head, "direction" | "entreprise" | "groupe" | "société")
                && *last == *first + 2
            {
                match side_before(doc, *first) {
                    Some(Ok(e)) if doc.ents[e].label() == Label::Org => {
                        return entity_said(doc, e);
                    }
                    Some(Err(name)) => return Said::named(name, *gender, false),
                    _ => {}
                }
            }
            // `Ce dernier`, `cette dernière` (the latter): the person or
            // organisation named last, of that gender for a person.
            // (`Celui-ci`, `celle-ci` alone: the same.)
            let this_one = matches!(doc.low(*first), "celui-ci" | "celle-ci");
            if (matches!(
                (doc.low(*first), head),
                ("ce", "dernier") | ("cette", "dernière")
            ) && *last == *first + 2)
                || this_one
            {
                let g = if head == "dernier" || doc.low(*first) == "celui-ci" {
                    Gender::Male
                } else {
                    Gender::Female
                };
                let i = doc.ents.partition_point(|e| e.start() < m.span.start);
                let lo = i.saturating_sub(30);
                let fits = |k: usize, person_only: bool| {
                    let e = &doc.ents[k];
                    e.start() + 1500 >= m.span.start
                        && !own.iter().any(|c| c.contains(e.span()))
                        && match e.label() {
                            Label::Per => compatible(e.gender(), Some(g)),
                            // Not a party or body qualifying a person
                            // (`député LR`).
                            Label::Org if !person_only => {
                                let t = doc.tok_at(e.start());
                                t == 0 || !is_human_noun(doc.low(t - 1))
                            }
                            _ => false,
                        }
                };
                let Some(latter) = (lo..i).rev().find(|&k| fits(k, false)) else {
                    return unresolved;
                };
                // In that sentence, a person before an organisation (`C'est
                // Joseph Butore … qui représente le pays au sommet du
                // COMESA. Ce dernier indique …`).
                let sent = entity_sentence(doc, latter);
                let person = (lo..=latter)
                    .rev()
                    .take_while(|&k| entity_sentence(doc, k) == sent)
                    .find(|&k| fits(k, true));
                return entity_said(doc, person.unwrap_or(latter));
            }
            if *definite && matches!(head, "parents" | "couple" | "époux") {
                if let Some(g) = recent_group(tables.groups(doc), m.span.start) {
                    return group_said(g);
                }
            }
            // `Chez TotalEnergies, …, selon la direction`: the direction of
            // the company the sentence is at.
            if *definite && org.is_none() && head == "direction" {
                let (ss, _) = doc.sent_range(*first);
                if let Some(e) = (first.saturating_sub(40).max(ss)..*first)
                    .find(|&k| doc.low(k) == "chez" && doc.entity(k + 1).is_some())
                    .and_then(|k| doc.entity(k + 1))
                    .filter(|&e| doc.ents[e].label() == Label::Org)
                {
                    return entity_said(doc, e);
                }
            }
            // `Le parti de Jordan Bardella`: the party the gazetteer gives
            // the person, when the text names it.
            if matches!(head, "parti" | "mouvement" | "formation") {
                let party = (*first..*last)
                    .filter_map(|k| doc.entity(k))
                    .find(|&e| doc.ents[e].label() == Label::Per)
                    .and_then(|e| doc.ents[e].entry()?.attr("party"));
                if let Some(p) = party {
                    // (Among the 400 entities before: a bounded look.)
                    let i = doc.ents.partition_point(|e| e.start() < m.span.start);
                    let named = (i.saturating_sub(400)..i).rev().find(|&x| {
                        let e = &doc.ents[x];
                        e.label() == Label::Org && e.name().eq_ignore_ascii_case(p)
                    });
                    if let Some(e) = named {
                        return entity_said(doc, e);
                    }
                }
            }
            // The organisation a complement (tokens `from` to the
            // description's end: `du groupe`, `de l'institution`) stands
            // for, read as a definite description.
            let complement_said = |from: usize| {
                let mut inner = np_mention(doc, from, *last);
                if let MentionKind::Desc { definite, .. } = &mut inner.kind {
                    *definite = true;
                }
                resolve_mention(doc, &inner, history, last_content, own, tables)
            };
            let complement_org = |from: usize| {
                let s = complement_said(from);
                s.entity
                    .is_some_and(|e| doc.ents[e].label() == Label::Org)
                    .then_some(s)
            };
            // `La direction du groupe`, `la direction de l'entreprise`:
            // the company that `le groupe`, `l'entreprise` stands for.
            // (`la présidence de l'université`, `la direction de
            // l'association`: the body that `l'université` stands for.)
            if *definite && org.is_none() && matches!(head, "direction" | "présidence") {
                let a = *first + 2;
                let noun = match (doc.low(a), doc.low(a + 1)) {
                    ("du", _) => a + 1,
                    ("de", "l'" | "la" | "le") => a + 2,
                    _ => 0,
                };
                if noun > a
                    && noun + 1 == *last
                    && (matches!(doc.low(noun), "groupe" | "entreprise" | "société")
                        || is_company_trade(doc.low(noun))
                        || matches!(
                            doc.low(noun),
                            "université" | "association" | "fédération" | "fondation" | "école"
                        ))
                {
                    let from = if doc.low(a) == "du" { a } else { a + 1 };
                    if let Some(s) = complement_org(from) {
                        return s;
                    }
                }
                // (`la direction de la fromagerie` after `La fromagerie
                // Vaudelle`: a company the tagger left.)
                if noun > a && noun + 1 == *last {
                    let w = doc.low(noun);
                    let by = (!matches!(w, "entreprise" | "société" | "firme")).then_some(w);
                    if by.is_none() || is_company_intro(w) || w == "groupe" {
                        if let Some(n) = missed_company(doc, *first, by) {
                            return Said::named(n, *gender, false);
                        }
                    }
                    // (Or the company the reported clause names: `Le site
                    // Stellantis de La Janais produira …, a annoncé la
                    // direction du groupe`.)
                    if matches!(w, "groupe" | "entreprise" | "société") || is_company_trade(w) {
                        if let Some(e) = company_in(doc, own) {
                            return entity_said(doc, e);
                        }
                    }
                }
            }
            // `Le pôle santé publique du parquet de Paris`, `la section
            // cybercriminalité du parquet`: a unit speaks for the body its
            // complement names (`le parquet de Paris`), named or described.
            if *definite
                && org.is_none()
                && matches!(
                    head,
                    "pôle" | "section" | "cellule" | "division" | "unité" | "greffe"
                )
            {
                let h = head_at(doc, *first);
                let from =
                    (h + 1..(h + 4).min(*last)).find_map(|x| match (doc.low(x), doc.low(x + 1)) {
                        ("du", _) => Some(x),
                        ("de", "la" | "l'") => Some(x + 1),
                        _ => None,
                    });
                // (`from` is `du` or the article; the body's noun follows.)
                if let Some(from) = from.filter(|&f| {
                    matches!(
                        doc.low(f + 1),
                        "parquet"
                            | "tribunal"
                            | "ministère"
                            | "préfecture"
                            | "police"
                            | "gendarmerie"
                            | "cour"
                    )
                }) {
                    let s = complement_said(from);
                    if s.entity.is_some() || s.name.is_some() {
                        return s;
                    }
                }
            }
            // `le communiqué de l'institution, qui précise …`, `le
            // communiqué du ministère précise …`: a document speaks for
            // the body its complement names (an organisation, or a
            // description the text resolves to one).
            if *definite
                && *last > *first + 2
                && matches!(
                    head,
                    "communiqué" | "texte" | "déclaration" | "lettre" | "courrier" | "message"
                )
                && doc.low(*first) != "son"
                && doc.low(*first) != "sa"
            {
                let h = head_at(doc, *first);
                let from = match (doc.low(h + 1), doc.low(h + 2)) {
                    ("du" | "des", _) => h + 1,
                    ("de" | "d'", "l'" | "la" | "le" | "les") => h + 2,
                    ("de" | "d'", _) if upper(doc, h + 2) => h + 2,
                    _ => 0,
                };
                if from > h && from < *last && *last <= from + 6 {
                    if let Some(s) = complement_org(from) {
                        return s;
                    }
                }
            }
            if *human {
                if !*definite {
                    return unresolved;
                }
                // `l'entourage du ministre`: people around someone, whom
                // no one person stands for.
                if head == "entourage" {
                    return unresolved;
                }
                // `l'intéressé`: the person the article is about.
                // (The person of that gender the title names first, when
                // it names one: `l'ancienne ministre Pascale Morvan dénonce
                // …`, not the witness quoted more.)
                if let Some(g) = concerned_gender(head).filter(|_| *last == *first + 2) {
                    let titled = doc.title_end().and_then(|line| {
                        doc.ents
                            .iter()
                            .take_while(|e| e.end() <= line)
                            .position(|e| e.label() == Label::Per && e.gender() == Some(g))
                    });
                    if let Some(e) = titled
                        .or_else(|| main_speaker(doc, history, Some(g)))
                        .or_else(|| main_person(doc, m.span.start, Some(g)))
                    {
                        return entity_said(doc, e);
                    }
                }
                // `Selon l'auteur, …` in an article about a book whose
                // author the text quotes at length: that person (no
                // complement: `l'auteur du rapport` is someone else).
                if *last == *first + 2
                    && matches!(head, "auteur" | "autrice" | "auteure")
                    && matches!(doc.low(*first), "l'" | "le" | "la")
                {
                    let g = (head != "auteur").then_some(Gender::Female);
                    if let Some(e) = main_speaker(doc, history, g) {
                        return entity_said(doc, e);
                    }
                }
                // `les scientifiques`, `ces experts`: a group, which no one
                // person (the previous speaker, a person of the text)
                // stands for.
                if is_collective(doc.low(*first + 1))
                    || matches!(doc.low(*first), "les" | "ces" | "leurs" | "nos" | "vos")
                {
                    return collective_said(doc, *first, *last, *gender, m.span.start, own);
                }
                let profiles = tables.profiles(doc);
                // `le président sortant`, `son prédécesseur`: the person the
                // text says someone succeeds (`Elle succède à Andrés Manuel
                // López Obrador`), whom the resolution below leaves out.
                if (*first..*last).any(|k| {
                    matches!(
                        doc.low(k),
                        "sortant" | "sortante" | "prédécesseur" | "prédécesseure"
                    )
                }) {
                    if let Some(e) = predecessor_before(doc, *first, *gender) {
                        return entity_said(doc, e);
                    }
                }
                // `le représentant de l'État`: the prefect (or the
                // high commissioner) the text named last before it.
                if *last == *first + 5
                    && matches!(doc.low(*first + 1), "représentant" | "représentante")
                    && doc.low(*first + 2) == "de"
                    && doc.low(*first + 3) == "l'"
                    && matches!(doc.low(*first + 4), "état" | "etat")
                {
                    // (By the text's own words, not the gazetteer's past
                    // roles, and not a former one; named in the 1,500
                    // bytes before.)
                    let prefect = |p: &Profile| {
                        let own = p.text.get(p.own..).unwrap_or("");
                        ["préfet", "préfète", "haut-commissaire", "haute-commissaire"]
                            .iter()
                            .any(|w| contains_words(own, w))
                            && !own.contains("ancien")
                            && !own.contains("ex-")
                    };
                    if let Some(e) = profiles
                        .iter()
                        .filter(|p| prefect(p))
                        .filter_map(|p| {
                            let i = p.mentions.partition_point(|&x| x < m.span.start);
                            i.checked_sub(1)
                                .map(|i| (p.mentions[i], p.entity))
                                .filter(|&(at, _)| at + 1500 >= m.span.start)
                        })
                        .max_by_key(|&(at, _)| at)
                        .map(|(_, e)| e)
                    {
                        return entity_said(doc, e);
                    }
                }
                // `le vainqueur`, `la gagnante`: the person the nearest
                // sentence of victory names first (`Le parti de Péter
                // Magyar a remporté …`, a title's `X revendique une
                // victoire`).
                if *definite && matches!(head, "vainqueur" | "vainqueure" | "gagnant" | "gagnante")
                {
                    if let Some(e) = winner_before(doc, m.span.start, *gender) {
                        return entity_said(doc, e);
                    }
                }
                // (The previous speaker, when recent, counts as mentioned
                // where it spoke: `« … », a déclaré le chef de l'État. Le
                // président a répété que …`.)
                // (Past a last speaker of the other known gender: `La
                // présidente du tribunal lui a demandé s'il … « … », a
                // reconnu l'ancien parlementaire` is the one who spoke
                // before her.)
                let prev = history
                    .iter()
                    .rev()
                    .take(2)
                    .find(|h| {
                        !(h.person && h.gender.is_some() && gender.is_some() && h.gender != *gender)
                    })
                    .filter(|h| h.at < m.span.start && m.span.start - h.at < 600)
                    .and_then(|h| Some((h.entity?, h.at)));
                if let Some(e) = match_profile(
                    doc,
                    Described {
                        first: *first,
                        last: *last,
                        org: *org,
                    },
                    profiles,
                    m.span.start,
                    prev,
                    own,
                ) {
                    return entity_said(doc, e);
                }
                // `le Jamaïcain`, `le sprinteur jamaïcain`, `la star
                // brésilienne`: the person of that country named last (the
                // grammatical gender of `star`, `vedette` says nothing of
                // the person's).
                // (A noun of people, or the demonym as the noun: `la
                // natation française` is no person.)
                let people = demonym_country(head).is_some()
                    || (*first..*last).any(|k| is_human_noun(doc.low(k)));
                if let Some(country) = (*first..*last)
                    .find_map(|k| demonym_country(doc.low(k)))
                    .filter(|_| people)
                {
                    let epicene = is_epicene(head);
                    let g = if epicene { None } else { *gender };
                    if let Some(e) = recent_compatriot(doc, m.span.start, country, g) {
                        return entity_said(doc, e);
                    }
                }
                // `La Valaisanne`, `le Zurichois` (a demonym of a region or
                // a town, capitalised, alone after `le`/`la`): the person
                // the text introduced by it (`le Zurichois Daniel
                // Jositsch`).
                if *definite
                    && *last == *first + 2
                    && upper(doc, *first + 1)
                    && is_demonym_at(doc, *first + 1)
                    && demonym_country(head).is_none()
                {
                    let i = doc.ents.partition_point(|e| e.start() < m.span.start);
                    let introduced = (i.saturating_sub(30)..i).rev().find(|&k| {
                        let e = &doc.ents[k];
                        let t = doc.tok_at(e.start());
                        e.label() == Label::Per
                            && e.start() + 1500 >= m.span.start
                            && t > 0
                            && doc.low(t - 1) == head
                    });
                    // (The last speaker goes on when of the same gender, as
                    // for any description below; `La Valaisanne` after
                    // someone else spoke is the woman named last, when the
                    // text tells her gender.)
                    let last_fits = history
                        .last()
                        .is_some_and(|s| s.person && gender.is_some() && s.gender == *gender);
                    // (Or the person whose sentence names the town the
                    // demonym is made on: `Yves Le Floch a grandi à Pontivy.
                    // Le Pontivyen dit …`, `une enseignante originaire de
                    // Lorient … estime la Lorientaise`.)
                    let of_town = || {
                        person_near_where(doc, m.span.start, *gender, &[], |k| {
                            let e = &doc.ents[k];
                            // (In the words after the name, up to the next
                            // person's: `Anne Guillou, une enseignante
                            // originaire de Lorient …, et Nathalie Riou`.)
                            let a = doc.tok_at(e.end());
                            let (_, se) = doc.sent_range(a.saturating_sub(1));
                            let next = doc.ents[k + 1..]
                                .iter()
                                .find(|x| x.label() == Label::Per)
                                .map_or(se, |x| doc.tok_at(x.start()));
                            (a..se.min(next).min(a + 25)).any(|t| {
                                let w = doc.low(t);
                                let stem = w.strip_suffix('e').unwrap_or(w);
                                upper(doc, t)
                                    && stem.chars().count() >= 4
                                    && head.starts_with(stem)
                                    && head.len() > w.len()
                            })
                        })
                    };
                    if let Some(e) = introduced.or_else(of_town).or_else(|| {
                        recent_person(doc, m.span.start, *gender).filter(|&e| {
                            !last_fits && gender.is_some() && doc.ents[e].gender() == *gender
                        })
                    }) {
                        return entity_said(doc, e);
                    }
                }
                // `selon son éditeur`, `sa fille`: someone related to the
                // person the text is about, whom neither fallback below
                // stands for.
                // (`renchérit sa compagne` after `X, installé avec Aurélie
                // Chassagne`: a partner is the other person of that gender
                // named lately, when the last speaker is the possessor.)
                // (So is `son collègue`, `sa collègue`, by the article.)
                let colleague = matches!(head, "collègue" | "binôme");
                if *last == *first + 2
                    && matches!(doc.low(*first), "son" | "sa")
                    && (is_partner_noun(head) || colleague)
                {
                    let last_speaker = history.last().and_then(|s| s.entity);
                    let g = Some(
                        if matches!(head, "compagne" | "épouse" | "femme" | "conjointe")
                            || (colleague && doc.low(*first) == "sa")
                        {
                            Gender::Female
                        } else {
                            Gender::Male
                        },
                    );
                    if let Some(e) = recent_person(doc, m.span.start, g).filter(|&e| {
                        last_speaker.is_some_and(|l| doc.ents[l].key() != doc.ents[e].key())
                            && doc.ents[e].gender() == g
                            && doc.ents[e].start() + 400 >= m.span.start
                    }) {
                        return entity_said(doc, e);
                    }
                }
                if matches!(doc.low(*first), "son" | "sa" | "ses" | "leur" | "leurs") {
                    return unresolved;
                }
                // `le frère du maire`, `la fille de Jacques Imbert`: kin
                // who bears the surname of the person the complement names
                // (or describes): the other person of that surname named
                // last, among the 40 entities before.
                if let Some(e) = kin_by_surname(doc, m, *first, *last, head, |np| {
                    resolve_mention(doc, np, history, last_content, own, tables)
                }) {
                    return entity_said(doc, e);
                }
                // `L'avocate de Jean-Marc Morandini`, `le père de la
                // victime X`: someone related to a person the text names,
                // whom neither the previous speaker nor the person just
                // named stands for.
                if (*first..*last).any(|k| {
                    doc.entity(k)
                        .is_some_and(|e| doc.ents[e].label() == Label::Per)
                }) {
                    return unresolved;
                }
                // (So is the lawyer or the kin of anyone or anything else,
                // `L'avocat de la société`, `la mère de la victime`, whom
                // no appositon of the text named: not the last speaker.)
                let h = (*first..*last).find(|&k| doc.low(k) == head);
                // (`la mère de famille`, `un père de famille` is no kin of
                // anyone: the press's description of a parent just named.)
                if h.is_some_and(|h| {
                    h + 1 < *last
                        && matches!(doc.low(h + 1), "de" | "d'" | "du" | "des")
                        && is_lawyer_or_kin(head)
                        && !(h + 2 < *last && doc.low(h + 1) == "de" && doc.low(h + 2) == "famille")
                }) {
                    return unresolved;
                }
                // `L'un d'eux`, `Le jeune`, `un homme`: someone the text
                // does not name, whom neither fallback below stands for.
                // (`l'homme d'affaires`, `la femme politique`, `l'homme
                // fort du régime`: a definite description with more words
                // is the press's anaphor of someone named.)
                // (Nor `la jeune femme`, `le jeune homme` with the definite
                // article: the press's anaphor of someone just named.)
                let described = (matches!(head, "homme" | "femme") && *last > *first + 2)
                    || (*definite
                        && head == "jeune"
                        && matches!(doc.low(head_at(doc, *first) + 1), "homme" | "femme"));
                if is_anonymous_person(head) && !described {
                    return unresolved;
                }
                // A former holder (`l'ex-chef du gouvernement`, `l'ancien
                // ministre`) just after a sentence opened by a named person
                // who is not the last speaker (`Battu, Rishi Sunak a
                // présenté ses excuses. « … », a déclaré l'ex-chef du
                // gouvernement`): that person.
                if (*first..*last).any(|k| is_former(doc.low(k))) {
                    let from = before_quotation(m, own);
                    let (ss, _) = doc.sent_range(doc.tok_at(from));
                    if ss > 0 {
                        if let Some(e) =
                            super::extract::sentence_subject(doc, ss - 1).and_then(|sm| {
                                match sm.kind {
                                    MentionKind::Entity(e) => Some(e),
                                    _ => None,
                                }
                            })
                        {
                            let ent = &doc.ents[e];
                            let last_speaker = history.last().and_then(|s| s.entity);
                            if ent.label() == Label::Per
                                && compatible(ent.gender(), *gender)
                                && last_speaker.is_none_or(|l| doc.ents[l].key() != ent.key())
                                && !other_office(doc, *first, *last, e, profiles)
                            {
                                return entity_said(doc, e);
                            }
                        }
                    }
                }
                // `Dans la nuit, Rishi Sunak avait reconnu sa défaite. « … »,
                // a déclaré le Premier ministre sortant`: the one person a
                // new paragraph names before the quote, the last speaker
                // having spoken in an earlier one.
                if let Some(e) = paragraph_newcomer(doc, m, *first, *last, own, history, profiles) {
                    return entity_said(doc, e);
                }
                // `tacle l'insoumis`, `a lancé le socialiste`: the person of
                // that political family named last (by the gazetteer's party
                // or the text's own words), among the 30 entities and 1,500
                // bytes before.
                let family = (*first..*last)
                    .map(|k| doc.low(k))
                    .find(|w| is_political_family(w))
                    .filter(|_| *last <= *first + 3);
                if let Some(f) = family {
                    let stem = f.trim_end_matches('s').trim_end_matches('e');
                    let i = doc.ents.partition_point(|e| e.start() < m.span.start);
                    // (The parliamentary groups of the gazetteer's deputies
                    // and senators, by family.)
                    let groups: &[&str] = match stem {
                        "insoumi" => &["LFI-NFP", "LFI"],
                        "socialist" => &["SOC", "SER"],
                        "écologist" => &["ECOS", "GEST"],
                        "communist" => &["GDR", "CRCE"],
                        "républicain" => &["Les Républicains", "DR", "LR"],
                        "centrist" => &["UC", "DEM"],
                        _ => &[],
                    };
                    let of_family = |x: usize| {
                        let e = &doc.ents[x];
                        let party = e.entry().is_some_and(|en| {
                            en.attr("party").is_some_and(|p| lower(p).contains(stem))
                                || en.attr("group").is_some_and(|g| groups.contains(&g))
                        });
                        party
                            || profiles
                                .iter()
                                .find(|p| doc.ents[p.entity].key() == e.key())
                                .is_some_and(|p| p.text.contains(stem))
                    };
                    if let Some(e) = (i.saturating_sub(30)..i).rev().find(|&x| {
                        let e = &doc.ents[x];
                        e.label() == Label::Per
                            && e.start() + 1500 >= m.span.start
                            && compatible(e.gender(), *gender)
                            && !own.iter().any(|c| c.contains(e.span()))
                            && of_family(x)
                    }) {
                        return entity_said(doc, e);
                    }
                }
                // `Le professeur, lui, a dit …`: a stressed pronoun after
                // the subject sets it against the last speaker.
                // (So does a verb of reply, before or after it: `Le
                // coordinateur local a répliqué que le maire …`,
                // `a rétorqué son adversaire`.)
                let reply = |k: usize| {
                    let w = doc.low(k);
                    ["répliqu", "rétorqu", "ripost"]
                        .iter()
                        .any(|p| w.starts_with(p))
                };
                let contrast = (doc.low(*last) == ","
                    && matches!(doc.low(*last + 1), "lui" | "elle")
                    && doc.low(*last + 2) == ",")
                    || (*last..*last + 2).any(reply)
                    || (first.saturating_sub(2)..*first).any(reply);
                // `Le candidat du Rassemblement national`, `le député RN`:
                // a party the description names stands for a person of
                // that party (by the gazetteer's party, group or roles, or
                // the text's words for them) among the 30 entities and
                // 1,500 bytes before; failing one, never for someone the
                // gazetteer puts in another party.
                let party = party_in(doc, *first, *last).map(|p| party_names(doc, p));
                if let Some(party) = &party {
                    let member = person_near_where(doc, m.span.start, *gender, own, |x| {
                        of_party(doc, x, party, profiles)
                    });
                    if let Some(e) = member {
                        return entity_said(doc, e);
                    }
                }
                let other_party = |e: usize| {
                    party
                        .as_ref()
                        .is_some_and(|p| of_other_party(doc, e, p, profiles))
                };
                // `L'élue d'opposition` after `Françoise Berthier, cheffe de
                // file de l'opposition`: the person whose own words in the
                // text say `opposition` (among the 30 entities and 1,500
                // bytes before), over the last speaker.
                if (*first..*last).any(|k| doc.low(k) == "opposition") {
                    let opposing = person_near_where(doc, m.span.start, *gender, own, |x| {
                        profiles.iter().any(|p| {
                            doc.ents[p.entity].key() == doc.ents[x].key()
                                && p.text
                                    .get(p.own..)
                                    .is_some_and(|t| t.contains("opposition"))
                        })
                    });
                    if let Some(e) = opposing {
                        return entity_said(doc, e);
                    }
                }
                // `le médiateur national de l'énergie`: a national office
                // with its complement that no person of the text holds is
                // the institution itself, not the last speaker.
                if *definite
                    && matches!(doc.low(*first + 2), "national" | "nationale")
                    && *last > *first + 3
                    && matches!(doc.low(*first + 3), "de" | "d'" | "du" | "des")
                {
                    let h = doc.low(head_at(doc, *first));
                    if !profiles.iter().any(|p| contains_words(&lower(&p.text), h)) {
                        return description_said(doc, *first, *last, *gender);
                    }
                }
                let last_speaker = history.last().and_then(|s| s.entity);
                // The previous person speaker, when compatible.
                if let Some(s) = history
                    .iter()
                    .rev()
                    .take(2)
                    .filter(|_| !contrast)
                    .find(|s| s.person && !s.plural && (s.entity.is_some() || s.name.is_some()))
                {
                    // Unless the description names an office the speaker
                    // does not hold (`le juge X … a dit le procureur`) or
                    // the other gender: then the person named last, as
                    // with no speaker yet (`… a tranché la secrétaire
                    // générale X. Sur X, Jordan Bardella a jugé … « … », a
                    // écrit le président du Rassemblement national`).
                    // (Nor a first name alone, someone the text met in
                    // passing: `Paul, 45 ans, agriculteur` is no
                    // `procureur`.)
                    // (A name or an entity of one word no list knows.)
                    let first_name_only = match s.entity {
                        None => s.name.is_some_and(|n| {
                            doc.text
                                .get(n.start..n.end)
                                .is_some_and(|w| !w.contains(' '))
                        }),
                        Some(e) => first_name_alone(doc, e),
                    };
                    // (But a plain noun of people that names no office, `La
                    // jeune femme raconte` after `Pour Mélanie, 29 ans, « … »`,
                    // takes the first name up.)
                    // (Of the same known gender.)
                    // (Or the noun the words after the name gave the
                    // person: `Josette, 74 ans, retraitée de La Poste, …
                    // s'interroge la retraitée`, in the 120 bytes after.)
                    let plain = || {
                        let head = doc.low(head_at(doc, *first));
                        let described = || {
                            s.entity
                                .is_some_and(|e| contains_words(&lowered_after(doc, e, 120), head))
                        };
                        // (Or any noun of people that names no office, the
                        // person having just spoken: `Yasmine, 17 ans, raconte
                        // … « … », lâche la lycéenne`, `La mère de famille
                        // dit …` after `Émilie, 37 ans, infirmière : « … »`.)
                        let common = || {
                            office(head).is_none()
                                && trial_party(head).is_none()
                                && !is_proxy_role(head)
                                && is_human_noun(head)
                                && s.at < m.span.start
                                && m.span.start - s.at < 400
                        };
                        s.gender.is_some()
                            && s.gender == *gender
                            && (matches!(head, "homme" | "femme" | "jeune")
                                || decade_of(head).is_some()
                                || described()
                                || common())
                    };
                    if compatible(s.gender, *gender)
                        && (!first_name_only || plain())
                        && !s.entity.is_some_and(|e| {
                            other_office(doc, *first, *last, e, profiles) || other_party(e)
                        })
                    {
                        return *s;
                    }
                }
                if let Some(e) = recent_person(doc, m.span.start, *gender).filter(|&e| {
                    // Not someone the quote itself names (nor, set against
                    // them, the last speaker).
                    let set_against = contrast
                        && last_speaker.is_some_and(|l| doc.ents[l].key() == doc.ents[e].key());
                    !(own.iter().any(|c| c.contains(doc.ents[e].span()))
                        || set_against
                        || first_name_alone(doc, e))
                        && {
                            let words = || (*first..*last).map(|k| doc.low(k));
                            // A noun of people (`le nageur`), but not one who speaks for
                            // another (`le porte-parole du Kremlin`, `son avocat`):
                            // the last person named is then whom they speak for.
                            // (`La sortante balaie ces critiques`: the
                            // incumbent, an adjective as the noun.)
                            let incumbent = *last == *first + 2
                                && matches!(doc.low(*first + 1), "sortant" | "sortante");
                            (words().take(4).any(is_human_noun) || incumbent)
                                && (!words().any(is_proxy_role)
                                    || introduced_as(doc, *first, *last, e, profiles))
                                && !other_office(doc, *first, *last, e, profiles)
                                && !other_party(e)
                        }
                }) {
                    // No (compatible) speaker: the person the text just
                    // named (`Le Français Camille Lacourt … a expliqué le
                    // nageur`), unless named only as a complement since the
                    // article's protagonist (`Le Français Philippe Aghion a
                    // reçu … revenait à Joel Mokyr. « … », a raconté le
                    // professeur au Collège de France`).
                    let e =
                        protagonist_over(doc, profiles, e, *first, *last, *gender, m.span.start)
                            .unwrap_or(e);
                    return entity_said(doc, e);
                }
                // `Le brigadier X comparaissait … À la barre, le prévenu a
                // reconnu …`: the defendant of a trial report is the person
                // who opens its first sentence.
                // (Else the one person the title names: `Procès de l'ancien
                // député Thierry Vasseur : …`.)
                if *definite && trial_party(head) == Some(2) {
                    let titled = || {
                        let line = doc.title_end()?;
                        let mut people = doc
                            .ents
                            .iter()
                            .enumerate()
                            .take_while(|(_, e)| e.end() <= line)
                            .filter(|(_, e)| e.label() == Label::Per);
                        let (p, first_person) = people.next()?;
                        people
                            .all(|(_, e)| e.key() == first_person.key())
                            .then_some(p)
                    };
                    // (Or the person a lead's `contre` names: `Quinze ans
                    // ont été requis … contre Franck Delmas, un chauffeur
                    // routier`, `le procès de X`, in the 1,500 bytes after
                    // the title.)
                    let charged = || {
                        let from = doc.title_end().unwrap_or(0);
                        let i = doc.ents.partition_point(|e| e.start() < from);
                        doc.ents[i..]
                            .iter()
                            .take_while(|e| e.start() < from + 1500)
                            .position(|e| {
                                let t = doc.tok_at(e.start());
                                // (Or the subject of `comparaître`: `Frédéric
                                // Aubanel, 46 ans, ancien adjoint, comparaissait
                                // mardi`, within 30 tokens.)
                                let (ss, se) = doc.sent_range(t);
                                let appears = t <= ss + 1
                                    && (t..se.min(t + 30))
                                        .any(|k| doc.low(k).starts_with("compar"));
                                // (Or the object of a sentence: `La cour
                                // d'assises a condamné vendredi soir Kévin
                                // Marchand`, within four tokens.)
                                // (Or tried: `Le tribunal correctionnel a
                                // jugé lundi Kevin Delmas`.)
                                let sentenced = (t.saturating_sub(4).max(ss)..t).any(|k| {
                                    let w = doc.low(k);
                                    w.starts_with("condamn")
                                        || (matches!(w, "jugé" | "juge" | "jugeait" | "juger")
                                            && k > ss
                                            && doc.aux(k - 1).is_some())
                                });
                                e.label() == Label::Per
                                    && (appears
                                        || sentenced
                                        || t >= 1
                                            && (doc.low(t - 1) == "contre"
                                                || (t >= 2
                                                    && doc.low(t - 1) == "de"
                                                    && doc.low(t - 2) == "procès")))
                            })
                            .map(|k| i + k)
                    };
                    if let Some(p) =
                        lead_subject(doc)
                            .or_else(titled)
                            .or_else(charged)
                            .filter(|&p| {
                                doc.ents[p].start() < m.span.start
                                    && compatible(doc.ents[p].gender(), *gender)
                            })
                    {
                        return entity_said(doc, p);
                    }
                }
                return unresolved;
            }
            if *definite && org.is_none() && is_collective(doc.low(*first + 1)) {
                return collective_said(doc, *first, *last, *gender, m.span.start, own);
            }
            // `le groupe socialiste`, `le parti communiste`: a political
            // family names the group itself, unless the organisation
            // found bears that word (`le groupe socialiste` after `Groupe
            // socialiste et républicain`).
            let family = matches!(head, "groupe" | "parti" | "formation" | "mouvement")
                .then(|| {
                    (*first + 2..*last)
                        .map(|k| doc.low(k))
                        .find(|w| is_political_family(w))
                })
                .flatten();
            let bears = |e: usize| {
                family.is_none_or(|f| {
                    // Its stem (`socialis`, `écologis`; `vert` whole).
                    let stem = f.trim_end_matches('s');
                    let stem = match stem.len() {
                        n if n > 6 => stem.get(..n - 2).unwrap_or(stem),
                        _ => stem,
                    };
                    lower(doc.ents[e].as_str()).contains(stem)
                        || lower(doc.ents[e].name()).contains(stem)
                })
            };
            // `les ONG`, `les syndicats`: several organisations, which no
            // one of them stands for.
            if *org_noun && matches!(doc.low(*first), "les" | "ces" | "des" | "leurs") {
                return description_said(doc, *first, *last, *gender);
            }
            // `le collectif « Mayotte a soif »`: the body the marks name.
            if *org_noun && named_in_marks(doc, *first + 1, *last) {
                return description_said(doc, *first, *last, *gender);
            }
            // `Le collectif du 5 novembre`, `le comité de soutien`: a body
            // of people named by its complement (no entity in it) stands
            // for itself, not for the last organisation named.
            // (Or any organisation's head with a complement that ends in
            // a place and names no other body: `La fédération des
            // chasseurs du Var` is no LPO named before.)
            // (Past an adjective of level: `La fédération départementale
            // des chasseurs du Lot`.)
            let level = matches!(
                doc.low(*first + 2),
                "départementale" | "départemental" | "régionale" | "régional" | "locale" | "local"
            );
            let complement = *definite
                && *last > *first + 2 + usize::from(level)
                && matches!(
                    doc.low(*first + 2 + usize::from(level)),
                    "de" | "d'" | "du" | "des"
                );
            let local = || {
                doc.entity(*last - 1)
                    .is_some_and(|e| doc.ents[e].label() == Label::Loc)
                    && (*first + 2..*last).all(|x| {
                        doc.entity(x)
                            .is_none_or(|e| doc.ents[e].label() == Label::Loc)
                    })
            };
            // (Or its members with their article, `l'association des
            // commerçants du centre-ville`, unless an organisation named
            // before bears that noun: no `Association des maires de
            // France` for it.)
            let members = || {
                let noun = doc.low(*first + 3);
                // (`La société des journalistes du quotidien`: a body of
                // people, no company.)
                (matches!(
                    head,
                    "association" | "fédération" | "syndicat" | "union" | "collectif"
                ) || (head == "société" && is_human_noun_or_plural(noun)))
                    && doc.low(*first + 2) == "des"
                    && doc.is_word(*first + 3)
                    && !doc.starts_upper(*first + 3)
                    && (*first + 2..*last).all(|x| doc.entity(x).is_none())
                    && {
                        let i = doc.ents.partition_point(|e| e.start() < m.span.start);
                        !doc.ents[i.saturating_sub(200)..i].iter().any(|e| {
                            e.label() == Label::Org
                                && (lower(e.as_str()).contains(noun)
                                    || lower(e.name()).contains(noun))
                        })
                    }
            };
            if complement
                && ((matches!(head, "collectif" | "comité" | "coalition")
                    && (*first + 2..*last).all(|x| doc.entity(x).is_none()))
                    || (*org_noun && local())
                    || members())
            {
                return description_said(doc, *first, *last, *gender);
            }
            // `le site de l'usine` is a place: only a news site (`le
            // site`, `le site d'information`) stands for a medium.
            if head == "site"
                && *last > *first + 2
                && !(*last == *first + 4
                    && matches!(doc.low(*first + 2), "de" | "d'")
                    && matches!(
                        doc.low(*first + 3),
                        "information" | "informations" | "investigation" | "actualité" | "presse"
                    ))
            {
                return description_said(doc, *first, *last, *gender);
            }
            // `Le collectif, lui, exige …` after `le porte-parole du
            // collectif des 500 frères`: a bare head of a body of people
            // that the text named before with a complement.
            if *definite
                && *last == *first + 2
                && matches!(
                    head,
                    "collectif" | "comité" | "coalition" | "intersyndicale"
                )
            {
                if let Some(span) = body_named_before(doc, *first + 1) {
                    return Said::named(span, *gender, false);
                }
            }

            // `…, accuse un collectif` in the title: the organisation the
            // body introduces with that noun (`le collectif Nos données nos
            // soins`), among its first 200 entities.
            if *org_noun && !*definite && doc.sent(doc.tok_at(m.span.start)) == 0 {
                let i = doc.ents.partition_point(|e| e.start() < m.span.end);
                let introduced = (i..doc.ents.len().min(i + 200)).find(|&e| {
                    let ent = &doc.ents[e];
                    let t = doc.tok_at(ent.start());
                    ent.label() == Label::Org && t > 0 && doc.low(t - 1) == head
                });
                if let Some(e) = introduced {
                    return entity_said(doc, e);
                }
            }
            if *org_noun && *definite {
                // An organisation the text names by a common noun (`la
                // police allemande`, `l'armée égyptienne`) is only taken
                // up by the same noun: `l'agence de presse allemande` is
                // not the German police.
                let same_kind = |e: usize| {
                    let s = doc.ents[e].as_str();
                    let first_word = s.split([' ', '\'', '’']).next().unwrap_or("");
                    let w = lower(first_word);
                    // Also a name headed by such a noun (`Autorité de
                    // régulation …` is no `association`).
                    let common = first_word.starts_with(char::is_lowercase)
                        || is_org_noun(&w)
                        || is_collective(&w);
                    // (Not a minister's portfolio: `le ministre délégué au
                    // Logement` names no body that `la fondation` takes up.)
                    let portfolio = {
                        let t = doc.tok_at(doc.ents[e].start());
                        let mut p = t;
                        while p > 0 && matches!(doc.low(p - 1), "la" | "l'") {
                            p -= 1;
                        }
                        // (Right after the office, or after `délégué`,
                        // `chargé`; a name the gazetteer lacks: `ministre à
                        // EDF` is a company.)
                        let office = |x: usize| matches!(doc.low(x), "ministre" | "ministère");
                        doc.ents[e].entry().is_none()
                            && p >= 2
                            && matches!(
                                doc.low(p - 1),
                                "du" | "de" | "d'" | "des" | "au" | "aux" | "à"
                            )
                            && (office(p - 2)
                                || (p >= 3
                                    && matches!(
                                        doc.low(p - 2),
                                        "délégué" | "déléguée" | "chargé" | "chargée"
                                    )
                                    && office(p - 3)))
                    };
                    // (Or a body the gazetteer gives the kind the head
                    // names: `le Secours catholique` for `l'ONG`.)
                    let of_kind = kinds_of(head)
                        .zip(doc.ents[e].entry().and_then(|x| x.kind()))
                        .is_some_and(|(ks, k)| ks.contains(&k));
                    // (`L'Union étudiante de Mulhouse … Le syndicat`: a
                    // union no list knows, by the noun its name opens with.)
                    let union = matches!(head, "syndicat" | "syndicats")
                        && matches!(w.as_str(), "union" | "fédération" | "confédération")
                        && doc.ents[e].entry().is_none();
                    (!common || w == head || fits_by_name(head) || of_kind || union)
                        && !portfolio
                        && kind_fits(head, &doc.ents[e])
                        && !introduced_otherwise(doc, head, e)
                        && bears(e)
                };
                // The organisation that spoke last (`Pour L'Orient-Le Jour,
                // … Mais le quotidien note que`), else the last one named.
                let last_org = || {
                    history
                        .iter()
                        .rev()
                        .take(2)
                        .find_map(|s| s.entity.filter(|&e| !s.person && same_kind(e)))
                };
                // Never an organisation only the quotation itself names
                // (`Le parti a contesté la « légitimité du Parti démocrate
                // local »`).
                // (Among the 400 entities around it: linear time.)
                let inside = |x: &Entity<'_>| own.iter().any(|c| c.contains(x.span()));
                let outside = |e: &usize| {
                    let ent = &doc.ents[*e];
                    if !inside(ent) {
                        return true;
                    }
                    let key = ent.key();
                    let (lo, hi) = (e.saturating_sub(200), (e + 200).min(doc.ents.len()));
                    doc.ents[lo..hi]
                        .iter()
                        .any(|x| x.key() == key && !inside(x))
                };
                // `le collectif Les Soulèvements de la Terre … Le collectif
                // a annoncé`: the organisation the text introduced with
                // that very noun (among the 200 entities before).
                let introduced = || {
                    let i = doc.ents.partition_point(|e| e.start() < m.span.start);
                    (i.saturating_sub(200)..i).rev().find(|&e| {
                        let ent = &doc.ents[e];
                        let t = doc.tok_at(ent.start());
                        // (`établissement public X`: past the adjective.)
                        let t = if t > 1 && doc.low(t - 1) == "public" {
                            t - 1
                        } else {
                            t
                        };
                        (ent.label() == Label::Org && t > 0 && doc.low(t - 1) == head)
                            // (Past its members: `l'association d'usagers
                            // Rail Francilien Ensemble`.)
                            || (ent.label() == Label::Org
                                && t > 2
                                && matches!(doc.low(t - 2), "de" | "d'")
                                && !doc.starts_upper(t - 1)
                                && doc.low(t - 3) == head)
                            // (`le club de Liverpool … le club anglais`: a
                            // body named by its town.)
                            || (head == "club"
                                && matches!(ent.label(), Label::Org | Label::Loc)
                                && t > 1
                                && matches!(doc.low(t - 1), "de" | "d'")
                                && doc.low(t - 2) == head)
                    })
                };
                // `… BEUC … Amnesty International n'est pas convaincue.
                // L'organisation a regretté …`: the organisation that opens
                // the sentence before, as its subject, the last one named
                // before the description that opens its own, rather than
                // the last one that spoke (but not rather than the one the
                // text introduced with that noun).
                let previous_subject = || {
                    let t = doc.tok_at(m.span.start);
                    let (ss, _) = doc.sent_range(t);
                    if t != ss || ss == 0 {
                        return None;
                    }
                    let (ps, _) = doc.sent_range(ss - 1);
                    let f = if matches!(doc.low(ps), "le" | "la" | "l'" | "les") {
                        ps + 1
                    } else {
                        ps
                    };
                    let e = doc.entity(f)?;
                    let i = doc.ents.partition_point(|x| x.start() < m.span.start);
                    let last = (i.saturating_sub(8)..i)
                        .rev()
                        .find(|&x| doc.ents[x].label() == Label::Org)?;
                    // (Not one whose sentence has a verb of speech, which
                    // did not report: `Frontex n'a pas répondu.`)
                    (doc.ents[e].label() == Label::Org
                        && !(ps..ss).any(|x| doc.form(x).is_some())
                        && doc.toks[f].start() == doc.ents[e].start()
                        && doc.ents[last].key() == doc.ents[e].key()
                        && same_kind(e))
                    .then_some(e)
                };
                // The last speaker, when it spoke in the 600 bytes before and
                // is a body's name the tagger left that `name` accepts: the
                // description takes it up, as a body.
                let last_body_named = |name: &dyn Fn(Span) -> bool| {
                    history
                        .last()
                        .filter(|s| {
                            s.entity.is_none()
                                && s.at < m.span.start
                                && s.at + 600 >= m.span.start
                                && s.name.is_some_and(name)
                        })
                        .map(|s| Said {
                            person: false,
                            gender: *gender,
                            ..*s
                        })
                };
                // `Le syndicat des médecins libéraux de l'île dénonce …
                // Selon le syndicat, …`: a name under the same head noun.
                if org.is_none() && *last == *first + 2 {
                    if let Some(s) = last_body_named(&|n: Span| {
                        let a = doc.tok_at(n.start);
                        let a = if super::extract::is_det(doc.low(a)) {
                            a + 1
                        } else {
                            a
                        };
                        doc.low(a) == head && doc.tok_at(n.end) > a + 1
                    }) {
                        return s;
                    }
                }
                // `D'après France Assos Santé, … Une étude que conteste la
                // Fédération française de l'assurance. « … », a réagi la
                // fédération.`: an organisation whose name opens with the
                // head noun, named since the last speaker (among the 30
                // entities before).
                let headed_since = || {
                    let i = doc.ents.partition_point(|e| e.start() < m.span.start);
                    let since = history.last().map_or(0, |s| s.at);
                    (i.saturating_sub(30)..i)
                        .rev()
                        .take_while(|&x| doc.ents[x].start() > since)
                        .find(|&x| {
                            let e = &doc.ents[x];
                            let w = e.as_str().split([' ', '\'', '’']).next().unwrap_or("");
                            e.label() == Label::Org && lower(w) == head && same_kind(x)
                        })
                };
                // (Not the last speaker whose name lacks the head when a
                // body the head opens was named before it, among the 30
                // entities before: `la Fédération française de water-polo
                // … selon l'Inspection générale … La fédération, elle,
                // indique`.)
                let headed_before = || {
                    let i = doc.ents.partition_point(|e| e.start() < m.span.start);
                    // (Or holds as a word: `le Rugby Club Val-d'Adour`.)
                    (i.saturating_sub(30)..i).rev().find(|&x| {
                        let e = &doc.ents[x];
                        e.label() == Label::Org
                            && e.as_str().split([' ', '\'', '’']).any(|w| lower(w) == head)
                            && same_kind(x)
                    })
                };
                let named = |e: usize| {
                    lower(doc.ents[e].as_str()).contains(head)
                        || lower(doc.ents[e].name()).contains(head)
                };
                let or_headed = |l: usize| {
                    if named(l) {
                        return l;
                    }
                    headed_before().unwrap_or(l)
                };
                // (Nor an organisation of no kind the gazetteer knows when
                // one of the kind the head names was named since it spoke:
                // `Le groupe a annoncé … porte-parole de l'association
                // Générations futures … L'ONG réclame`.)
                let of_kind_since = |at: usize| {
                    let ks = kinds_of(head)?;
                    recent_org_where(doc, m.span.start, |e| {
                        same_kind(e)
                            && doc.ents[e]
                                .entry()
                                .and_then(|x| x.kind())
                                .is_some_and(|k| ks.contains(&k))
                    })
                    .filter(|&e| doc.ents[e].start() > at)
                };
                let last_org = || {
                    let l = last_org()?;
                    let at = history
                        .iter()
                        .rev()
                        .take(2)
                        .find(|s| s.entity == Some(l))
                        .map_or(0, |s| s.at);
                    if doc.ents[l].entry().and_then(|x| x.kind()).is_none() {
                        if let Some(e) = of_kind_since(at) {
                            return Some(e);
                        }
                    }
                    Some(or_headed(l))
                };
                if let Some(e) = org
                    .filter(|&e| bears(e))
                    .or_else(introduced)
                    .or_else(previous_subject)
                    .or_else(headed_since)
                    .or_else(last_org)
                    .or_else(|| {
                        let recent = recent_org(doc, m.span.start).filter(|&e| same_kind(e))?;
                        // (`le groupe` in an article about TotalEnergies,
                        // named three times and more, after a company named
                        // once in passing, `le directeur général
                        // d'Euronext`: the article's.)
                        // (Among the 400 entities before: linear time.)
                        let i = doc.ents.partition_point(|e| e.start() < m.span.start);
                        let count = |e: usize| {
                            let key = doc.ents[e].key();
                            doc.ents[i.saturating_sub(400)..i]
                                .iter()
                                .filter(|x| x.key() == key)
                                .count()
                        };
                        let main = tables.main_org(doc).filter(|&e| {
                            same_kind(e)
                                && doc.ents[e].start() < m.span.start
                                && count(e) >= 3
                                && count(recent) == 1
                        });
                        // (Not one that only follows the sentence's
                        // subject: `la CGT a quitté la table, suivie par
                        // FO. … Le syndicat appelle …` is the CGT.)
                        let leader = |e: usize| {
                            let t = doc.tok_at(doc.ents[e].start());
                            let follows = t >= 2
                                && doc.low(t - 1) == "par"
                                && matches!(
                                    doc.low(t - 2),
                                    "suivi"
                                        | "suivie"
                                        | "suivis"
                                        | "suivies"
                                        | "imité"
                                        | "imitée"
                                        | "imités"
                                        | "imitées"
                                        | "rejoint"
                                        | "rejointe"
                                        | "rejoints"
                                        | "rejointes"
                                );
                            if !follows {
                                return e;
                            }
                            let (ss, _) = doc.sent_range(t);
                            let from = doc
                                .ents
                                .partition_point(|x| x.start() < doc.toks[ss].start());
                            (from..e)
                                .find(|&k| doc.ents[k].label() == Label::Org && same_kind(k))
                                .unwrap_or(e)
                        };
                        Some(main.unwrap_or_else(|| leader(or_headed(recent))))
                    })
                    // (Named before, unless the description is in the
                    // title: `Selon la compagnie` is no company named only
                    // later.)
                    .or_else(|| {
                        tables.main_org(doc).filter(|&e| {
                            same_kind(e)
                                && (doc.ents[e].start() < m.span.start
                                    || doc.sent(doc.tok_at(m.span.start)) == 0)
                        })
                    })
                    // (Else one the gazetteer gives the kind the head names,
                    // past others: `le groupe` after `la CGT dénonce` is
                    // the company named before; `la juridiction`, the
                    // court named before the regulator it judged.)
                    .or_else(|| {
                        if fits_by_name(head) {
                            return recent_org_where(doc, m.span.start, same_kind);
                        }
                        kinds_of(head)?;
                        recent_org_where(doc, m.span.start, |e| {
                            same_kind(e) && doc.ents[e].entry().and_then(|x| x.kind()).is_some()
                        })
                    })
                    .filter(outside)
                    .filter(|&e| {
                        // `L'agence régionale de santé`, `la direction
                        // générale de la santé`: a head that opens bodies'
                        // names, a word of its own and a complement name a
                        // body in full, which only an organisation bearing
                        // that head, or its acronym (`ARS`), stands for.
                        // (Nouns of a kind describe a body already named
                        // and take it up: `L'entreprise publique de
                        // transport ferroviaire`, `la juridiction
                        // financière de la rue Cambon`, `le syndicat
                        // majoritaire du second degré`.)
                        let full = *last >= *first + 4
                            && matches!(
                                head,
                                "agence"
                                    | "autorité"
                                    | "office"
                                    | "caisse"
                                    | "direction"
                                    | "inspection"
                                    | "observatoire"
                            )
                            && !matches!(doc.low(*first + 2), "de" | "d'" | "du" | "des")
                            && doc.is_word(*first + 2)
                            && !doc.starts_upper(*first + 2)
                            && matches!(doc.low(*first + 3), "de" | "d'" | "du" | "des");
                        let acronym = || {
                            let a = doc.ents[e].as_str();
                            let initials = (*first + 1..*last)
                                .map(|k| doc.low(k))
                                .filter(|w| {
                                    !matches!(*w, "de" | "d'" | "du" | "des" | "la" | "l'" | "le")
                                })
                                .filter_map(|w| w.chars().next());
                            a.len() >= 2
                                && a.chars().all(|c| c.is_ascii_uppercase())
                                && a.chars()
                                    .map(|c| c.to_ascii_lowercase())
                                    .eq(initials.take(a.len()))
                        };
                        !full
                            || lower(doc.ents[e].as_str()).contains(head)
                            || lower(doc.ents[e].name()).contains(head)
                            || acronym()
                    })
                {
                    return entity_said(doc, e);
                }
                // `Selon La Quadrature du Net, … L'association appelle …`:
                // a body's name the tagger missed, the last speaker (in
                // the 600 bytes before), a name with an article or a
                // complement of its own, which no person's is.
                if matches!(
                    head,
                    "association"
                        | "ong"
                        | "collectif"
                        | "organisation"
                        | "fondation"
                        | "mouvement"
                        | "syndicat"
                        | "fédération"
                ) {
                    let body_name = |n: Span| {
                        let (a, b) = (doc.tok_at(n.start), doc.tok_at(n.end));
                        (a > 0 && matches!(doc.toks[a - 1].as_str(), "La" | "Le" | "Les"))
                            || (a + 1..b).any(|k| matches!(doc.low(k), "du" | "des" | "pour"))
                    };
                    if let Some(s) = last_body_named(&body_name) {
                        return s;
                    }
                }
            }
            // `l'entreprise`, `la fromagerie` after `La fromagerie
            // Vaudelle`, a company the tagger left: that name.
            if *definite && *org_noun && *last == *first + 2 {
                let noun = (!matches!(head, "entreprise" | "société" | "firme")).then_some(head);
                if let Some(n) = missed_company(doc, *first, noun) {
                    return Said::named(n, *gender, false);
                }
            }
            // `l'armée turque`, `le parquet de Nouméa`: a definite
            // description that names no entity stands for itself.
            if *definite && !*human {
                return description_said(doc, *first, *last, *gender);
            }
            unresolved
        }
    }
}

/// Nouns of the other side of a debate or a race (`son adversaire`).
fn is_opponent(w: &str) -> bool {
    matches!(
        w,
        "adversaire"
            | "rival"
            | "rivale"
            | "contradicteur"
            | "contradictrice"
            | "concurrent"
            | "concurrente"
            | "challenger"
            | "challengeuse"
            | "opposant"
            | "opposante"
    )
}

/// Nouns of people whose grammatical gender says nothing of the person's
/// (`la star`, `la vedette`).
fn is_epicene(w: &str) -> bool {
    // (`la tête de liste`: a man too.)
    matches!(w, "star" | "vedette" | "personnalité" | "figure" | "tête")
}

/// Does the profile `text` give the office `h` (a word starting with it:
/// `député` in `députée`, not in `vice-président`)? Not a former one
/// unless `former` (`l'ex-Premier ministre Gabriel Attal` is not `le
/// ministre`), and a `ministre` not the `Premier ministre`, a `président`
/// not the `premier président` of a court. Nor an office a deputy holds
/// (`premier secrétaire délégué` is not `le premier secrétaire`) unless
/// the description's `words` say so too (a `ministre délégué` is a
/// minister).
fn holds(text: &str, h: &str, former: bool, words: &[&str]) -> bool {
    let mut prev = "";
    let mut ws = text.split(' ').filter(|w| !w.is_empty());
    while let Some(w) = ws.next() {
        // (The qualifier right after the office or past its adjective:
        // `secrétaire nationale adjointe`, `directeur général délégué`.)
        let deputy = || {
            let mut ahead = ws.clone();
            match (ahead.next(), ahead.next()) {
                (Some(a), _) if is_deputy_qualifier(a) => Some(a),
                (Some(a), Some(b))
                    if is_deputy_qualifier(b)
                        && !is_human_noun(a)
                        && !matches!(a, "de" | "d'" | "du" | "des" | "," | "|") =>
                {
                    Some(b)
                }
                _ => None,
            }
            // (A `conseillère déléguée` is a councillor still: `la
            // conseillère`.)
            .filter(|_| !h.starts_with("ministre") && !h.starts_with("conseill"))
        };
        // (`élue en 2024`, `élu à la présidence`: the participle of an
        // election, no noun of an office held.)
        let participle = matches!(w, "élu" | "élue" | "élus" | "élues")
            && ws.clone().next().is_some_and(|a| {
                matches!(
                    a,
                    "en" | "à" | "au" | "par" | "dès" | "le" | "pour" | "avec"
                )
            });
        // (Nor the plural of the members a body gathers: `président du
        // Syndicat des vignerons` is no `vigneron`.)
        let members = matches!(prev, "des" | "aux" | "les")
            && w.len() == h.len() + 1
            && w.ends_with(['s', 'x']);
        if w.starts_with(h)
            && !participle
            && !members
            && deputy().is_none_or(|d| words.contains(&d))
        {
            let ex = is_former(prev);
            // (Nor the `premier président` of a court, `le président`.)
            let premier = matches!(h, "ministre" | "président" | "présidente")
                && matches!(
                    prev.strip_prefix("ex-").unwrap_or(prev),
                    "premier" | "première"
                );
            if (former || !ex) && !premier {
                return true;
            }
        }
        prev = w;
    }
    false
}

/// `délégué`, `adjointe`, `suppléant`: a word after an office that makes it
/// a deputy's.
fn is_deputy_qualifier(w: &str) -> bool {
    matches!(
        w.trim_end_matches(','),
        "délégué" | "déléguée" | "adjoint" | "adjointe" | "suppléant" | "suppléante"
    )
}

/// The person a sentence of victory names first (a word of winning:
/// `remporté`, `gagné`, `victoire`, `vainqueur`, `triomphe`), the nearest
/// such sentence before byte `at`, among the six before its own (a
/// bounded look).
fn winner_before(doc: &Doc<'_, '_>, at: usize, gender: Option<Gender>) -> Option<usize> {
    let t = doc.tok_at(at);
    let mut ss = doc.sent_range(t).0;
    for _ in 0..6 {
        if ss == 0 {
            return None;
        }
        let (ps, pe) = doc.sent_range(ss - 1);
        ss = ps;
        let won = (ps..pe).take(80).any(|k| {
            let w = doc.low(k);
            ["rempor", "gagn", "victoire", "vainqu", "triomph"]
                .iter()
                .any(|p| w.starts_with(p))
        });
        if !won {
            continue;
        }
        let from = doc.toks[ps].start();
        let to = doc.toks[pe - 1].end();
        let i = doc.ents.partition_point(|e| e.start() < from);
        if let Some(k) = (i..doc.ents.len())
            .take_while(|&k| doc.ents[k].start() < to)
            .find(|&k| {
                doc.ents[k].label() == Label::Per && compatible(doc.ents[k].gender(), gender)
            })
        {
            return Some(k);
        }
    }
    None
}

/// Does a profile's `text` make its person the head of a company, as the
/// description's noun `head` in `words` says in other words (`le patron
/// de Galva-Est`, `le chef d'entreprise` for `gérant de la PME …
/// Galva-Est`)? The description's complement, if any, must be in the
/// profile too.
fn heads_company(text: &str, head: &str, words: &[&str]) -> bool {
    const HEADS: &[&str] = &[
        "patron",
        "patronne",
        "gérant",
        "gérante",
        "dirigeant",
        "dirigeante",
        "pdg",
        "président-directeur",
        "fondateur",
        "fondatrice",
    ];
    let chef = matches!(head, "chef" | "cheffe")
        && words.windows(3).any(|w| {
            matches!(w[0], "chef" | "cheffe") && matches!(w[1], "d'" | "de") && w[2] == "entreprise"
        });
    if !(HEADS.contains(&head) || chef) || !HEADS.iter().any(|h| contains_words(text, h)) {
        return false;
    }
    // (The company named after the noun: `de Galva-Est`.)
    let k = words.iter().position(|w| *w == head).unwrap_or(0);
    match words.get(k + 1..k + 3) {
        Some([de, name]) if matches!(*de, "de" | "d'" | "du") && *name != "entreprise" => {
            contains_words(text, name)
        }
        _ => true,
    }
}

/// Does the profile `text` give the office noun `head` a complement that
/// agrees with the description's (`words`, lower case)? `le président
/// du conseil départemental` is not `président de Départements de
/// France`: the first content word of the description past the head
/// and `de` is not among the profile's there (their first six letters
/// compared). A profile that gives the head no complement, or a
/// description with none, agrees.
fn complement_agrees(text: &str, head: &str, words: &[&str]) -> bool {
    let stems = |ws: &[&str]| -> Vec<String> {
        ws.iter()
            .take_while(|w| !matches!(**w, "," | "|"))
            .filter(|w| w.chars().count() > 3 && !matches!(**w, "dans" | "pour" | "avec"))
            .map(|w| w.chars().take(6).collect())
            .collect()
    };
    let complement = |ws: &[&str], k: usize| -> Option<Vec<String>> {
        let de = ws
            .get(k + 1)
            .is_some_and(|w| matches!(*w, "de" | "d'" | "du" | "des"));
        de.then(|| stems(&ws[k + 2..(k + 8).min(ws.len())]))
    };
    let Some(dk) = words.iter().position(|w| *w == head) else {
        return true;
    };
    let Some(mine) = complement(words, dk).filter(|c| !c.is_empty()) else {
        return true;
    };
    let pw = profile_words(text);
    let mut any = false;
    for (k, _) in pw.iter().enumerate().filter(|(_, w)| **w == head) {
        match complement(&pw, k) {
            Some(theirs) if !theirs.is_empty() => {
                if mine.first().is_some_and(|m| theirs.contains(m)) {
                    return true;
                }
                any = true;
            }
            _ => return true,
        }
    }
    !any
}

/// `l'élue du Val-de-Marne`: does the profile `text` give an elected
/// office (deputy, senator, mayor, councillor) for the place the
/// description's words name after `élu(e)` (`head`) and `de`, `du`,
/// `des` (the gazetteer's `sénatrice (Val-de-Marne)`)?
fn elected_for(text: &str, head: &str, words: &[&str]) -> bool {
    if !matches!(head, "élu" | "élue" | "élus" | "élues") {
        return false;
    }
    let Some(k) = words.iter().position(|w| *w == head) else {
        return false;
    };
    let mut p = k + 1;
    if !words
        .get(p)
        .is_some_and(|w| matches!(*w, "de" | "d'" | "du" | "des"))
    {
        return false;
    }
    p += 1;
    if words.get(p).is_some_and(|w| matches!(*w, "la" | "l'")) {
        p += 1;
    }
    let Some(place) = words.get(p).filter(|w| w.chars().count() > 2) else {
        return false;
    };
    ["député", "sénat", "maire", "conseill"]
        .iter()
        .any(|o| text.contains(o))
        && profile_words(text).contains(place)
}

/// Does `text` hold `w` as whole words (`rn` in `groupe rn`, not in
/// `gouvernement`)?
fn contains_words(text: &str, w: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(w).any(|(i, _)| {
        !word(text[..i].chars().next_back()) && !word(text[i + w.len()..].chars().next())
    })
}

/// Does `text` hold the word `w` followed at once by a number, a word
/// of its own (`cop29` for `cop`, `g20` for `g`)?
fn contains_numbered(text: &str, w: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    !w.is_empty()
        && text.match_indices(w).any(|(i, _)| {
            let rest = &text[i + w.len()..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            !word(text[..i].chars().next_back())
                && digits > 0
                && !word(rest[digits..].chars().next())
        })
}

/// Is entity `e` the seat of an institution that stands for it (the
/// gazetteer's metonyms: `l'Élysée`, `le Quai d'Orsay`, `Place Beauvau`)?
pub(crate) fn is_seat(e: &Entity<'_>) -> bool {
    e.id().is_some_and(|id| id.starts_with("politext:metonym:"))
}

/// The organisation whose name opens with `noun` (in lower case), the
/// last one among the 30 entities before byte `at` and within `reach`
/// bytes of it: `l'université Jean-Monnet` for `À la présidence de
/// l'université, on …`, `la Région Bourgogne-Franche-Comté` for `À la
/// Région, on …`.
fn org_opened_by(doc: &Doc<'_, '_>, at: usize, noun: &str, reach: usize) -> Option<usize> {
    let i = doc.ents.partition_point(|e| e.start() < at);
    (i.saturating_sub(30)..i).rev().find(|&x| {
        let e = &doc.ents[x];
        e.label() == Label::Org
            && e.start().saturating_add(reach) >= at
            && e.as_str()
                .split(' ')
                .next()
                .is_some_and(|w| w.to_lowercase() == noun)
    })
}

/// The organisation (or the seat of one, `Matignon`, `l'Élysée`) in
/// `À X, on …` / `Chez X, on …` before the pronoun `on` of mention `m`.
fn on_at_institution(doc: &Doc<'_, '_>, m: &Mention) -> Option<Said> {
    if !doc
        .text
        .get(m.span.start..m.span.end)?
        .eq_ignore_ascii_case("on")
    {
        return None;
    }
    let mut k = doc.tok_at(m.span.start);
    // (`Au ministère de l'Éducation nationale, on renvoie à … et on
    // rappelle que`: a second `on` after `et` is the first one's.)
    if k >= 2 && doc.low(k - 1) == "et" {
        let ss = doc.sent_range(k).0;
        if let Some(j) = (k.saturating_sub(30).max(ss + 1)..k - 1)
            .rev()
            .find(|&j| doc.low(j) == "on" && doc.low(j - 1) == ",")
        {
            k = j;
        }
    }
    if k < 3 || doc.low(k - 1) != "," {
        return None;
    }
    // `Du côté de l'Arabie saoudite, on se félicite …`: a country or an
    // organisation, whose side speaks.
    match side_before(doc, k) {
        Some(Ok(side)) => {
            let ok = matches!(doc.ents[side].label(), Label::Org | Label::Loc);
            return ok.then(|| entity_said(doc, side));
        }
        // (An organisation the tagger knows by no entry, with its place:
        // not a name it left, which may be a village, `Du côté de
        // Kerlouan, on espère …`.)
        Some(Err(name)) => {
            // (Or a name the apposition after it calls a company, `Du
            // côté d'Ailes Marines, filiale de …, on …`.)
            let after = doc.tok_at(name.end);
            let org = doc
                .entity(doc.tok_at(name.start))
                .is_some_and(|e| doc.ents[e].label() == Label::Org)
                || (doc.low(after) == ","
                    && (doc.low(after + 1) == "filiale" || is_org_noun(doc.low(after + 1))));
            return org.then(|| Said::named(name, None, false));
        }
        None => {}
    }
    // (`À la Fédération française d'athlétisme (FFA), on …`: past the
    // acronym in brackets after the name.)
    let k = if k >= 6
        && doc.low(k - 2) == ")"
        && doc.low(k - 4) == "("
        && doc.entity(k - 5).is_some()
    {
        k - 3
    } else {
        k
    };
    // `Au ministère des Armées, qui copilote le programme, on …`, `À
    // Matignon, où Gabriel Attal vient de s'installer, on …`: past a
    // relative clause between commas after the name.
    let k = match doc.entity(k - 2) {
        Some(_) => k,
        None => (k.saturating_sub(16).max(doc.sent_range(k).0 + 2)..k - 2)
            .rev()
            .find(|&j| doc.low(j) == "," && matches!(doc.low(j + 1), "qui" | "où"))
            .filter(|&j| !(j + 1..k - 1).any(|x| doc.is_punct(x)) && doc.entity(j - 1).is_some())
            .map_or(k, |j| j + 1),
    };
    // `À la préfecture de Bretagne, on …`: an office the tagger knows by
    // no entry, opening the sentence (no entity in it: `À la mairie de
    // Lyon` is the town's hall, found above).
    let ss = doc.sent_range(k).0;
    let a = match (doc.low(ss), doc.low(ss + 1)) {
        ("à" | "a", "la" | "l'") => ss + 2,
        ("au", _) => ss + 1,
        _ => ss,
    };
    // (An organisation the tagger found inside the office's name, `Au
    // ministère de l'Industrie` with `Industrie` alone, is not the office:
    // only one that holds the office's noun is.)
    let org_before = doc.entity(k - 2).is_some_and(|e| {
        doc.ents[e].label() == Label::Org && (a == ss || doc.entity_start(k - 2, e, 0) <= a)
    });
    if !org_before {
        // (`À la mairie de Montbard, ville de 5 000 habitants, on …`: past
        // an apposition of lower-case words after the office's name.)
        let k = if a > ss && doc.low(k - 1) == "," {
            (a + 1..k - 1)
                .find(|&j| doc.low(j) == ",")
                .filter(|&j| {
                    j + 1 < k - 1
                        && k - 1 - j <= 12
                        && (j + 1..k - 1).all(|x| !doc.is_punct(x) && !doc.starts_upper(x))
                })
                .map_or(k, |j| j + 1)
        } else {
            k
        };
        let office = a > ss
            && matches!(
                doc.low(a),
                "préfecture"
                    | "sous-préfecture"
                    | "mairie"
                    | "ministère"
                    | "présidence"
                    | "rectorat"
                    // (`A l'inspection académique des Hautes-Alpes, on
                    // rappelle que …`.)
                    | "inspection"
                    | "académie"
                    // (The State's regional services by their acronym:
                    // `À la Drac des Pays de la Loire, on rappelle`.)
                    | "drac"
                    | "dreal"
                    | "dreets"
                    | "draaf"
                    | "ddt"
                    | "ddtm"
            );
        // (A ministry's name may run longer: `Au ministère de la
        // Transformation et de la Fonction publiques, on …`.)
        let limit = if doc.low(a) == "ministère" { 10 } else { 6 };
        let short = k - 1 > a && k - 1 - a <= limit && !(a..k - 1).any(|x| doc.is_punct(x));
        if office && short {
            // (A bare office the text named in full before: `Le rectorat
            // de l'académie d'Amiens a présenté … Au rectorat, on
            // assure` is that one.)
            if k - 1 == a + 1 {
                let named = head_uses(doc, doc.low(a))
                    .named
                    .iter()
                    .flatten()
                    .find(|&&(x, _)| (x as usize) < a)
                    .map(|&(x, e)| doc.span(x as usize, e as usize));
                if let Some(span) = named {
                    return Some(Said::named(span, None, false));
                }
            }
            // (`À la présidence de l'université, on juge …` after
            // `l'université Jean-Monnet`: the office of a body the text
            // named by that lower-case noun is the body, the last one so
            // named in the 3,000 bytes before.)
            let c = a + 1 + usize::from(doc.low(a + 2) == "l'" || doc.low(a + 2) == "la");
            if k - 1 == c + 2
                && matches!(doc.low(a + 1), "de" | "du")
                && !doc.starts_upper(c + 1)
                && doc.low(a) == "présidence"
            {
                let body = org_opened_by(doc, doc.toks[ss].start(), doc.low(c + 1), 3000);
                if let Some(x) = body {
                    return Some(entity_said(doc, x));
                }
            }
            return Some(Said::named(doc.span(a, k - 1), None, false));
        }
        // `À la Région, on promet …`: a local authority by its capitalised
        // noun alone is the body named so before (`la Région
        // Bourgogne-Franche-Comté`), among the 30 entities before.
        if a > ss
            && k - 1 == a + 1
            && doc.starts_upper(a)
            && matches!(doc.low(a), "région" | "département" | "métropole")
        {
            let body = org_opened_by(doc, doc.toks[ss].start(), doc.low(a), usize::MAX);
            if let Some(x) = body {
                return Some(entity_said(doc, x));
            }
        }
    }
    let e = doc.entity(k - 2)?;
    let ent = &doc.ents[e];
    let seat = is_seat(ent);
    let mut a = k - 2;
    a = doc.entity_start(a, e, 0);
    // (`à l'Élysée`: the elided article stands outside the entity.)
    if a > 0 && matches!(doc.low(a - 1), "l'" | "la" | "le") {
        a -= 1;
    }
    // `À Budapest, on défend …` opening a sentence: the capital's
    // government, which `entity_said` makes its country. (Not Paris in
    // this French press: `À Paris, on pense que …` is anyone there.)
    let capital = ent
        .entry()
        .and_then(|x| country_of_capital(x))
        .is_some_and(|c| c != "Q142")
        // (Nor Brussels, the seat of the EU institutions as much as
        // Belgium's capital.)
        && ent.id() != Some("Q239");
    let at = if capital {
        a > 0 && doc.low(a - 1) == "à" && doc.sent_range(a).0 == a - 1
    } else {
        // (Or the seat alone opening the sentence: `Place Beauvau, on …`.)
        let opens = doc.sent_range(a).0 == a;
        // (Or after the noun of its kind: `À la coopérative Les Coteaux
        // de Génissac, qui regroupe 140 adhérents, on assure …`.)
        let kind_before = a >= 2
            && (is_org_noun(doc.low(a - 1)) || doc.low(a - 1) == "coopérative")
            && (doc.low(a - 2) == "au"
                || (a >= 3
                    && matches!(doc.low(a - 2), "la" | "le" | "l'")
                    && doc.low(a - 3) == "à"));
        (ent.label() == Label::Org || seat)
            && ((a > 0 && matches!(doc.low(a - 1), "à" | "au" | "chez"))
                || (opens && seat)
                || (ent.label() == Label::Org && kind_before))
    };
    at.then(|| entity_said(doc, e))
}

/// The name in `Quant à X, il …` opening the sentence of the pronoun
/// `m`, right before its comma (an organisation or a person).
fn quant_a_topic(doc: &Doc<'_, '_>, m: &Mention) -> Option<usize> {
    let k = doc.tok_at(m.span.start);
    if k < 4 || doc.low(k - 1) != "," {
        return None;
    }
    let ss = doc.sent_range(k).0;
    let a = match (doc.low(ss), doc.low(ss + 1)) {
        ("quant", "à") if matches!(doc.low(ss + 2), "la" | "l'" | "le" | "les") => ss + 3,
        ("quant", "à" | "au" | "aux") => ss + 2,
        _ => return None,
    };
    let e = doc.entity(a)?;
    let ent = &doc.ents[e];
    let end = doc.entity_end(a, e, k);
    (end == k - 1 && matches!(ent.label(), Label::Org | Label::Per)).then_some(e)
}

/// What `Du côté de X,` or `Chez X,` names right before token `k` (the
/// token after that comma; an elided or plain article allowed before X):
/// the tagger's entity, or else the span of one or two capitalised words
/// it left (`Du côté de Lubrizol,`).
fn side_before(doc: &Doc<'_, '_>, k: usize) -> Option<Result<usize, Span>> {
    if k < 3 || doc.low(k - 1) != "," {
        return None;
    }
    // (`Du côté de l'Union nationale des propriétaires immobiliers
    // (UNPI), on …`: the name before its acronym in brackets.)
    if k >= 6 && doc.low(k - 2) == ")" && doc.low(k - 4) == "(" && doc.entity(k - 5).is_some() {
        if let Some(side) = side_at(doc, k - 3) {
            return Some(side);
        }
    }
    side_at(doc, k)
        .or_else(|| {
            // `Du côté d'Ailes Marines, filiale de l'espagnol Iberdrola, on
            // assure …`: past an apposition of up to 12 words in lower case
            // first, between commas.
            let ss = doc.sent_range(k - 1).0;
            let j = (k.saturating_sub(14).max(ss + 1)..k - 2)
                .rev()
                .find(|&j| doc.is_punct(j))
                .filter(|&j| doc.low(j) == "," && doc.is_word(j + 1) && !doc.starts_upper(j + 1))?;
            side_at(doc, j + 1)
        })
        .or_else(|| {
            // `Du côté du Rassemblement national, dont la candidate, X, n'a
            // pas souhaité réagir, on juge …`: a sentence that opens with
            // the side, whatever comes between its first comma and `on`.
            let ss = doc.sent_range(k - 1).0;
            if !(doc.low(ss) == "du" && doc.low(ss + 1) == "côté") {
                return None;
            }
            let j = (ss + 3..(ss + 12).min(k - 1)).find(|&j| doc.is_punct(j))?;
            (doc.low(j) == "," && j + 1 < k - 1).then(|| side_at(doc, j + 1))?
        })
}

/// [`side_before`] with the name right before the comma at `k - 1`.
fn side_at(doc: &Doc<'_, '_>, k: usize) -> Option<Result<usize, Span>> {
    let (name, mut a) = match doc.entity(k - 2) {
        Some(e) => {
            let mut a = k - 2;
            a = doc.entity_start(a, e, 0);
            (Ok(e), a)
        }
        None => {
            let mut a = k - 1;
            while a > 0
                && k - 1 - a < 2
                && doc.is_word(a - 1)
                && doc.starts_upper(a - 1)
                && doc.entity(a - 1).is_none()
                && !matches!(doc.low(a - 1), "chez" | "du" | "de" | "côté")
            {
                a -= 1;
            }
            if a == k - 1 {
                return None;
            }
            (Err(doc.span(a, k - 1)), a)
        }
    };
    // `Du côté de l'UMIH d'Ille-et-Vilaine,`: an organisation and the
    // place of its branch; the organisation, with the place when the
    // tagger knows it by no entry.
    let mut name = name;
    if let Ok(e) = name {
        // (`de la Somme`: the place's article.)
        let de = match a.checked_sub(1) {
            Some(p) if p > 0 && matches!(doc.low(p), "la" | "l'") => p - 1,
            p => p.unwrap_or(0),
        };
        let before = de.checked_sub(1).and_then(|b| doc.entity(b));
        if let Some(o) = before.filter(|&o| {
            doc.ents[e].label() == Label::Loc
                && matches!(doc.low(de), "de" | "d'" | "du")
                && doc.ents[o].label() == Label::Org
        }) {
            a = doc.tok_at(doc.ents[o].start());
            name = if doc.ents[o].id().is_some() {
                Ok(o)
            } else {
                Err(doc.span(a, k - 1))
            };
        }
    }
    if a > 0 && matches!(doc.low(a - 1), "l'" | "la" | "le") {
        a -= 1;
    }
    let chez = a > 0 && doc.low(a - 1) == "chez";
    let side = a >= 3
        && matches!(doc.low(a - 1), "de" | "d'" | "du" | "des")
        && doc.low(a - 2) == "côté"
        && doc.low(a - 3) == "du";
    (chez || side).then_some(name)
}

/// The French party (an entity of kind `party`) named among the words
/// `first..last` of a description (`le candidat du Rassemblement
/// national`, `le député RN`).
fn party_in(doc: &Doc<'_, '_>, first: usize, last: usize) -> Option<usize> {
    (first..last).find_map(|k| {
        doc.entity(k).filter(|&e| {
            let en = &doc.ents[e];
            en.label() == Label::Org
                && en
                    .entry()
                    .is_some_and(|x| x.kind() == Some("party") && x.attr("country") == Some("Q142"))
        })
    })
}

/// The names of party entity `party` (its name and aliases), lowercased:
/// what [`of_party`] and [`of_other_party`] look for.
fn party_names(doc: &Doc<'_, '_>, party: usize) -> Vec<String> {
    doc.ents[party]
        .entry()
        .map(|p| {
            std::iter::once(p.name())
                .chain(p.aliases())
                .map(lower)
                .collect()
        })
        .unwrap_or_default()
}

/// Is person entity `x` of the party named `names` ([`party_names`]): the
/// gazetteer's party, parliamentary group or roles name it, or the text's
/// words for the person do?
fn of_party(doc: &Doc<'_, '_>, x: usize, names: &[String], profiles: &[Profile]) -> bool {
    let holds = |v: &str| {
        let v = lower(v);
        names.iter().any(|n| contains_words(&v, n))
    };
    let e = &doc.ents[x];
    e.entry().is_some_and(|en| {
        en.attrs("party")
            .chain(en.attrs("group"))
            .chain(en.attrs("role"))
            .any(holds)
    }) || profiles
        .iter()
        .find(|pr| doc.ents[pr.entity].key() == e.key())
        .is_some_and(|pr| holds(&pr.text))
}

/// Is person entity `x` known to be of another party than the one named
/// `names`: the gazetteer gives a party, or a parliamentary group of a
/// known party, and none is that one (nor do the text's words for the
/// person name it)?
fn of_other_party(doc: &Doc<'_, '_>, x: usize, names: &[String], profiles: &[Profile]) -> bool {
    if names.is_empty() || of_party(doc, x, names, profiles) {
        return false;
    }
    let Some(en) = doc.ents[x].entry() else {
        return false;
    };
    // The parties of the parliamentary groups of the gazetteer's deputies
    // and senators (their usual acronyms, as the party entries' aliases
    // give them).
    let group_party = |g: &str| -> Option<&'static str> {
        Some(match g {
            "LFI-NFP" | "LFI" => "LFI",
            "RN" => "RN",
            "SOC" | "SER" => "PS",
            "GDR" | "CRCE" | "CRC" => "PCF",
            "Les Républicains" | "DR" | "LR" => "LR",
            "EPR" | "RE" | "LREM" | "RDPI" => "LREM",
            "DEM" => "MoDem",
            "HOR" => "Horizons",
            _ => return None,
        })
    };
    en.attrs("party").next().is_some()
        || en
            .attrs("group")
            .filter_map(group_party)
            .any(|gp| !names.iter().any(|n| n.eq_ignore_ascii_case(gp)))
}

/// Do the words `own` of a quotation speak in the first person singular
/// (`je`, `j'`, `moi`, `mon`, `ma`, `mes`), in their first 200 tokens?
fn says_i(doc: &Doc<'_, '_>, own: &[Span]) -> bool {
    let mut budget = 200usize;
    own.iter().any(|p| {
        let (a, b) = (doc.tok_at(p.start), doc.tok_at(p.end));
        let b = b.min(a + budget);
        budget = budget.saturating_sub(b - a);
        (a..b).any(|k| matches!(doc.low(k), "je" | "j'" | "moi" | "mon" | "ma" | "mes"))
    })
}

/// Is `c` (a quote's content) inside quotation marks: is the last
/// character before it, past white space, an opening mark?
fn in_marks(doc: &Doc<'_, '_>, c: Span) -> bool {
    doc.text
        .get(..c.start)
        .and_then(|t| t.trim_end().chars().next_back())
        .is_some_and(|ch| matches!(ch, '«' | '“' | '"' | '‹' | '„'))
}

/// The definite description of a person in the title before the pronoun
/// `m` (`le maire de Marchiennes-le-Haut déclaré inéligible, il …`): the
/// last one of a compatible gender, in the title's first 40 tokens.
fn title_description_before(
    doc: &Doc<'_, '_>,
    m: &Mention,
    gender: Option<Gender>,
) -> Option<Mention> {
    let line = doc.title_end()?;
    if m.span.end > line {
        return None;
    }
    let p = doc.tok_at(m.span.start);
    (p.saturating_sub(40)..p).rev().find_map(|k| {
        let g = match doc.low(k) {
            "le" => Gender::Male,
            "la" => Gender::Female,
            _ => return None,
        };
        if !is_human_noun(doc.low(k + 1)) || !compatible(Some(g), gender) {
            return None;
        }
        let (d, end) = super::extract::noun_phrase(doc, k);
        d.filter(|d| matches!(d.kind, MentionKind::Desc { .. }) && end <= p)
    })
}

/// `de ` before a place `o`, or `d'` before a vowel (`mairie d'Ajaccio`,
/// `mairie de Bastia`), or the article of its name joined to it (`Les
/// Aubiers-sur-Creuse`, `aux Aubiers-sur-Creuse`: `mairie des
/// Aubiers-sur-Creuse`).
fn de_before(doc: &Doc<'_, '_>, o: Span) -> &'static str {
    let t = doc.tok_at(o.start);
    if t > 0 && doc.toks[t].start() == o.start {
        let before = &doc.text[doc.toks[t - 1].start()..doc.toks[t - 1].end()];
        // (Or contracted: `aux Aubiers-sur-Creuse`, `au Mans`.)
        // (`de la Charente`, `de l'Indre`: the article the text gave the
        // place.)
        let de = t > 1 && doc.low(t - 2) == "de";
        match before {
            "Les" | "aux" | "des" => return "des ",
            "Le" | "au" | "du" => return "du ",
            "la" | "La" if de => return "de la ",
            "l'" | "L'" if de => return "de l'",
            "l’" | "L’" if de => return "de l’",
            _ => {}
        }
    }
    let vowel = doc.text[o.start..o.end].chars().next().is_some_and(|c| {
        matches!(
            c.to_lowercase().next(),
            Some('a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'é' | 'è' | 'ê' | 'î' | 'ô' | 'â' | 'à')
        )
    });
    if vowel { "d'" } else { "de " }
}

/// Is byte `at` inside a quotation opened in its sentence (`« Nous ne
/// voulons pas devenir Venise »`)? Marks counted from the sentence start,
/// at most 80 tokens back (a bounded look).
fn within_marks(doc: &Doc<'_, '_>, at: usize) -> bool {
    let t = doc.tok_at(at);
    let (ss, _) = doc.sent_range(t);
    let mut depth = 0i32;
    for k in ss.max(t.saturating_sub(80))..t {
        let w = doc.low(k);
        // (Straight marks pair by position: odd after an opening one.)
        if w == "\"" {
            depth = if depth > 0 { depth - 1 } else { depth + 1 };
        } else if super::extract::is_open_mark(w) {
            depth += 1;
        } else if super::extract::is_close_mark(w) {
            depth -= 1;
        }
    }
    depth > 0
}

/// Adjectives of political families (`socialiste`, `écologistes`): after
/// `groupe` or `parti` they name the group.
pub(crate) fn is_political_family(w: &str) -> bool {
    matches!(
        w.trim_end_matches('s'),
        "socialiste"
            | "communiste"
            | "écologiste"
            | "libéral"
            | "libéraux"
            | "conservateur"
            | "démocrate"
            | "républicain"
            | "radical"
            | "radicaux"
            | "centriste"
            | "gaulliste"
            | "souverainiste"
            | "nationaliste"
            | "populiste"
            | "travailliste"
            | "vert"
            | "chrétien-démocrate"
            | "social-démocrate"
            | "insoumi"
    )
}

/// Is the subject of the sentence before the one at byte `at` someone
/// the text introduces without a name (an indefinite description of
/// people, `Une victime`, of the pronoun's gender), with no person of that
/// gender named since?
fn unnamed_subject_before(doc: &Doc<'_, '_>, at: usize, gender: Option<Gender>) -> bool {
    let (ss, _) = doc.sent_range(doc.tok_at(at));
    if ss == 0 {
        return false;
    }
    let Some(sm) = super::extract::sentence_subject(doc, ss - 1) else {
        return false;
    };
    let MentionKind::Desc {
        human: true,
        definite: false,
        gender: g,
        first,
        ..
    } = sm.kind
    else {
        return false;
    };
    let people = (first + 1..first + 3).any(|k| {
        let w = doc.low(k);
        is_human_noun(w) || is_anonymous_person(w)
    });
    people && g.is_some() && compatible(g, gender) && !person_named(doc, sm.span.start, at, gender)
}

/// Is a person of a gender compatible with `gender` named from byte
/// `from` to byte `at` (among the 20 entities before `at`)?
fn person_named(doc: &Doc<'_, '_>, from: usize, at: usize, gender: Option<Gender>) -> bool {
    named_between(doc, from, at).any(|e| e.label() == Label::Per && compatible(e.gender(), gender))
}

/// The entities named from byte `from` to byte `at`, the last first
/// (among the 20 entities before `at`: a bounded look).
fn named_between<'d, 'h>(
    doc: &'d Doc<'_, 'h>,
    from: usize,
    at: usize,
) -> impl Iterator<Item = &'d Entity<'h>> {
    let i = doc.ents.partition_point(|e| e.start() < at);
    doc.ents[..i]
        .iter()
        .rev()
        .take(20)
        .take_while(move |e| e.start() >= from)
}

/// The gender `l'intéressé` or `l'intéressée` (the word `w`) gives, if
/// `w` is one.
fn concerned_gender(w: &str) -> Option<Gender> {
    match w {
        "intéressé" => Some(Gender::Male),
        "intéressée" => Some(Gender::Female),
        _ => None,
    }
}

/// The person most often named before byte `at` (of a gender compatible
/// with `gender`; the latest on a tie): whom `l'intéressé` stands for.
/// Reads at most the 400 entities before `at`. A mention a preposition
/// or a relative clause governs (`remplacé … par Gabriel Attal`) counts
/// only when no other person is named.
fn main_person(doc: &Doc<'_, '_>, at: usize, gender: Option<Gender>) -> Option<usize> {
    let i = doc.ents.partition_point(|e| e.start() < at);
    let lo = i.saturating_sub(400);
    let count = |governed_too: bool| {
        let mut counts: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
        for (k, e) in doc.ents[lo..i].iter().enumerate() {
            if e.label() == Label::Per
                && compatible(e.gender(), gender)
                && (governed_too || !in_relative_or_complement(doc, e.start()))
            {
                let c = counts.entry(e.key()).or_insert((0, 0));
                c.0 += 1;
                c.1 = lo + k;
            }
        }
        counts.into_values().max().map(|(_, e)| e)
    };
    count(false).or_else(|| count(true))
}

/// The person quoted most often so far (twice at least, of a gender
/// compatible with `gender`; the latest on a tie): whom `l'intéressé`
/// stands for in an article about what someone says (a book's author
/// quoted at length, then `L'intéressé s'en défend`). Reads at most the
/// last 64 quotes.
fn main_speaker(doc: &Doc<'_, '_>, history: &[Said], gender: Option<Gender>) -> Option<usize> {
    // (Key, quotes, last entity, first entity: of as many quotes, the one
    // the text named first, whom the article is about.)
    let mut counts: Vec<(&str, usize, usize, usize)> = Vec::new();
    for s in history.iter().rev().take(64).rev() {
        let Some(e) = s.entity.filter(|_| s.person && !s.plural) else {
            continue;
        };
        let ent = &doc.ents[e];
        if ent.label() != Label::Per || !compatible(ent.gender(), gender) {
            continue;
        }
        match counts.iter_mut().find(|c| c.0 == ent.key()) {
            Some(c) => {
                c.1 += 1;
                c.2 = e;
                c.3 = c.3.min(e);
            }
            None => counts.push((ent.key(), 1, e, e)),
        }
    }
    counts
        .iter()
        .filter(|c| c.1 >= 2)
        .max_by_key(|c| (c.1, std::cmp::Reverse(c.3)))
        .map(|c| c.2)
}

/// The person the subject of the sentence before byte `at` stands for,
/// when that subject is `l'intéressé(e)` and no person of `gender` was
/// named since.
fn anaphor_subject_before(doc: &Doc<'_, '_>, at: usize, gender: Option<Gender>) -> Option<usize> {
    let (ss, _) = doc.sent_range(doc.tok_at(at));
    if ss == 0 {
        return None;
    }
    let sm = super::extract::sentence_subject(doc, ss - 1)?;
    let MentionKind::Desc { first, last, .. } = sm.kind else {
        return None;
    };
    let g = concerned_gender(doc.low(first + 1)).filter(|_| last == first + 2)?;
    if !compatible(Some(g), gender) || person_named(doc, sm.span.start, at, None) {
        return None;
    }
    main_person(doc, sm.span.start, Some(g))
}

/// The subject of the sentence before the one at byte `at` (or of the
/// clause before a semicolon of its own), when it is
/// a definite description of a person of a gender compatible with
/// `gender` (`Le ministre n'a pas dit que …`) and no person is named from
/// it to `at`.
fn description_subject_before(
    doc: &Doc<'_, '_>,
    at: usize,
    gender: Option<Gender>,
) -> Option<Mention> {
    let t = doc.tok_at(at);
    let (ss, _) = doc.sent_range(t);
    // (Or the clause before a semicolon of the same sentence, or before
    // the colon that opens the quotation: `À sa sortie, le diplomate s'est
    // adressé aux journalistes : « … »`.)
    let semi = (ss..t)
        .rev()
        .take(60)
        .find(|&x| doc.low(x) == ";" || (doc.low(x) == ":" && x + 2 >= t));
    let sm = match semi {
        // (A clause of at most 60 tokens: `sentence_subject` reads from
        // the sentence start.)
        Some(p) if p <= ss + 60 => super::extract::sentence_subject(doc, p)?,
        Some(_) => return None,
        None if ss > 0 => super::extract::sentence_subject(doc, ss - 1)?,
        None => return None,
    };
    let MentionKind::Desc {
        gender: g,
        definite: true,
        human: true,
        org: None,
        ..
    } = sm.kind
    else {
        return None;
    };
    // (Not a subject in quoted words: `« Le chancelier a refusé … Il m'a
    // présenté un ultimatum », a-t-il affirmé`: the nearest mark before
    // the subject opens a quotation, or a straight `"` is there; a
    // bounded look. The quotation's own opening mark after the subject's
    // sentence is no reason: `Le chef de l'État a rendu hommage … « … »,
    // a-t-il déclaré`.)
    let s0 = doc.tok_at(sm.span.start);
    let quoted = (s0.saturating_sub(120)..s0)
        .rev()
        .map(|x| doc.low(x))
        .find(|&w| super::extract::is_open_mark(w) || super::extract::is_close_mark(w))
        .is_some_and(super::extract::is_open_mark);
    // (A person in a noun's complement, `a assumé le limogeage d'Éric
    // Arella`, is no new subject.)
    let named_since = named_between(doc, sm.span.start, at).any(|e| {
        let t = doc.tok_at(e.start());
        let genitive = t >= 2
            && matches!(doc.low(t - 1), "de" | "d'" | "du")
            && doc.is_word(t - 2)
            && !doc.starts_upper(t - 2)
            && doc.aux(t - 2).is_none();
        // (Nor one in a relative clause or after a preposition: `Le
        // logisticien a foulé le tarmac, où l'attendaient Emmanuel Macron
        // et sa famille`.)
        let after_ou = (t.saturating_sub(4)..t)
            .rev()
            .take_while(|&x| !doc.is_punct(x) || doc.low(x) == "'")
            .any(|x| doc.low(x) == "où");
        e.label() == Label::Per && !genitive && !in_relative(doc, e.start()) && !after_ou
    });
    // (An elided article shows no gender: `l'édile`, `l'élu` take the
    // pronoun's.)
    let elided = doc.low(s0) == "l'";
    ((g.is_some() || elided) && compatible(g, gender) && !quoted && !named_since).then_some(sm)
}

/// Does the entity fill a pair of quotation marks (`Surnommé « El Loco »
/// par ses détracteurs`)? A name so quoted is a nickname or a title,
/// no antecedent of a pronoun.
fn nickname(doc: &Doc<'_, '_>, e: &Entity<'_>) -> bool {
    let (s, t) = (doc.tok_at(e.start()), doc.tok_at(e.end()));
    s > 0
        && t < doc.n()
        && super::extract::is_open_mark(doc.low(s - 1))
        && super::extract::is_close_mark(doc.low(t))
}

/// Is the entity starting at byte `at` inside a relative clause (`Jimmy
/// Vicaut, qui courait entre Bolt et Gatlin,`) or the object of a
/// preposition (`encaissés par Thierry Omeyer`)? Such a person is not
/// the subject a later pronoun takes up. Looks back over its segment, at
/// most 12 tokens.
fn in_relative_or_complement(doc: &Doc<'_, '_>, at: usize) -> bool {
    let t = doc.tok_at(at);
    if t == 0 {
        return false;
    }
    let governs = |w: &str| {
        matches!(
            w,
            "par"
                | "entre"
                | "avec"
                | "contre"
                | "pour"
                | "chez"
                | "sur"
                | "devant"
                | "derrière"
                | "envers"
        )
    };
    governs(doc.low(t - 1))
        || in_relative(doc, at)
        // `sa colère envers l'arbitre néo-zélandais Ben O'Keeffe`,
        // `contre le ministre X`: the same past a title.
        // (Only after the prepositions of an adversary: `avec le
        // ministre X`, `pour le chanteur X` may be whom a later
        // pronoun takes up when no one else fits, as they were.)
        || preposition_past_title(doc, t, governs)
            .is_some_and(|w| matches!(w, "envers" | "contre" | "entre"))
        // `a succédé au général Jean-Louis Georgelin`: the object of
        // `à` past a title (not a bare `à X`: `attribué à Annie Ernaux.
        // … a-t-elle déclaré` takes her up).
        || (t >= 2
            && is_human_noun(doc.low(t - 1))
            && matches!(doc.low(t - 2), "à" | "au" | "aux"))
        // (`succédera le 8 mars à Laurent Fabius`: the predecessor.)
        || (t >= 2
            && doc.low(t - 1) == "à"
            && (t.saturating_sub(6)..t - 1).any(|k| {
                let w = doc.low(k);
                w.starts_with("succéd") || w.starts_with("succèd")
            }))
        // `Le candidat d'Emmanuel Macron`, `l'avocat de X`: the person a
        // tie relates to, not the one tied.
        || (t >= 2 && matches!(doc.low(t - 1), "de" | "d'") && is_relational(doc.low(t - 2)))
        // `comme celui de Leo Kruger`, `sous le nom d'Aldo Rose`: the
        // owner of a thing, a name given.
        || (t >= 2
            && matches!(doc.low(t - 1), "de" | "d'")
            && matches!(
                doc.low(t - 2),
                "celui" | "celle" | "ceux" | "celles" | "nom" | "surnom" | "pseudonyme"
            ))
}

/// The person the text last says someone succeeds (`succède à X`,
/// `succéder au président X`), among the 400 tokens before token `k`
/// and of gender `g`.
fn predecessor_before(doc: &Doc<'_, '_>, k: usize, g: Option<Gender>) -> Option<usize> {
    (k.saturating_sub(400)..k).rev().find_map(|v| {
        let w = doc.low(v);
        if !(w.starts_with("succéd") || w.starts_with("succèd")) {
            return None;
        }
        // (`à` or `au`, then the name within four tokens.)
        let a = (v + 1..(v + 4).min(k)).find(|&x| matches!(doc.low(x), "à" | "au"))?;
        (a + 1..(a + 5).min(k)).find_map(|x| {
            doc.entity(x).filter(|&e| {
                doc.ents[e].label() == Label::Per && compatible(doc.ents[e].gender(), g)
            })
        })
    })
}

/// The preposition before the title that precedes token `t` (an
/// article, a noun of people, up to two adjectives: `contre le ministre`
/// X), if one of `governs` is there.
fn preposition_past_title<'a>(
    doc: &'a Doc<'_, '_>,
    t: usize,
    governs: impl Fn(&str) -> bool,
) -> Option<&'a str> {
    let (ss, _) = doc.sent_range(t);
    let mut k = t;
    let mut title = false;
    let mut steps = 0;
    while k > ss && steps < 4 {
        let w = doc.low(k - 1);
        if is_human_noun(w) {
            title = true;
        } else if !(matches!(w, "le" | "la" | "l'" | "les")
            || doc.is_word(k - 1)
                && !doc.starts_upper(k - 1)
                && !governs(w)
                && !matches!(w, "à" | "au" | "aux" | "de" | "d'" | "du" | "des"))
        {
            break;
        }
        k -= 1;
        steps += 1;
    }
    (title && k > ss && k < t && governs(doc.low(k - 1))).then(|| doc.low(k - 1))
}

/// Does the name at token `x` of the phrase starting at token `lo` follow
/// `sur` or `contre`, right before it or before its article (`la
/// commission d'enquête sur TikTok`, `le rapport sur la
/// Nouvelle-Calédonie`)? What the phrase is about, not who speaks. (A
/// narrower test than [`topic_of_phrase`], which also passes titles and
/// `envers`, for a person a description might take up.)
fn about_complement(doc: &Doc<'_, '_>, lo: usize, x: usize) -> bool {
    let about = |k: usize| matches!(doc.low(k), "sur" | "contre");
    (x > lo && about(x - 1))
        || (x >= lo + 2 && matches!(doc.low(x - 1), "la" | "le" | "l'" | "les") && about(x - 2))
}

/// Is the person starting at byte `at` what a phrase is about or
/// against (`ses propos sur Zinédine Zidane`, `contre le ministre X`),
/// right after `sur`, `contre`, `envers`, or past a title after them?
/// No description of someone who speaks takes such a person up.
fn topic_of_phrase(doc: &Doc<'_, '_>, at: usize) -> bool {
    let t = doc.tok_at(at);
    let topic = |w: &str| matches!(w, "sur" | "contre" | "envers");
    t > 0 && (topic(doc.low(t - 1)) || preposition_past_title(doc, t, topic).is_some())
}

/// Is the entity starting at byte `at` inside a relative clause opened
/// after a comma (`la Cour, qui avait été saisie par François Lambert,`)?
/// Looks back over its segment, at most 12 tokens.
fn in_relative(doc: &Doc<'_, '_>, at: usize) -> bool {
    let t = doc.tok_at(at);
    if t == 0 {
        return false;
    }
    let (ss, _) = doc.sent_range(t);
    let lo = t.saturating_sub(12).max(ss);
    for k in (lo..t).rev() {
        match doc.low(k) {
            "qui" | "dont" => return k > ss && doc.low(k - 1) == ",",
            "," | "." | ";" | ":" => return false,
            _ => {}
        }
    }
    false
}

/// Is the entity at `name` the antecedent of a relative clause whose
/// subject is the pronoun at `pronoun` (`s'en prendre à Jordan Bardella,
/// qu'il accuse de « … »`)? The relative's pronoun stands for the name,
/// its subject for someone else.
fn antecedent_of_pronoun_relative(doc: &Doc<'_, '_>, name: Span, pronoun: Span) -> bool {
    let mut k = doc.tok_at(name.end - 1) + 1;
    if k < doc.toks.len() && doc.low(k) == "," {
        k += 1;
    }
    k + 1 < doc.toks.len()
        && matches!(doc.low(k), "qu'" | "que" | "dont")
        && doc.toks[k + 1].start() == pronoun.start
}

/// Is the entity at byte `at` named in a sentence (before the pronoun at
/// byte `pronoun`) whose subject is already the same pronoun (`Il
/// rejoint ainsi l'Américain Carl Lewis. « … » a-t-il lancé`)? That
/// sentence's subject, not its object, is whom the pronoun goes on
/// naming.
fn after_same_pronoun(doc: &Doc<'_, '_>, at: usize, pronoun: Span) -> bool {
    let t = doc.tok_at(at);
    let (ss, se) = doc.sent_range(t);
    if doc.tok_at(pronoun.start) <= se || t == ss {
        return false;
    }
    let w = doc.low(ss);
    matches!(w, "il" | "elle") && doc.text[pronoun].eq_ignore_ascii_case(w)
}

/// The entity named in a gloss in square brackets right after byte `at`
/// (`Elle [l'UE]`), within six tokens.
fn bracket_gloss(doc: &Doc<'_, '_>, at: usize) -> Option<usize> {
    let t = doc.tok_at(at);
    if doc.low(t) != "[" {
        return None;
    }
    (t + 1..(t + 7).min(doc.n()))
        .take_while(|&k| doc.low(k) != "]")
        .find_map(|k| doc.entity(k))
}

/// The phrase that opens the sentence of the subject pronoun at byte
/// `at` and ends at the comma just before it (`Interrogé sur les buts
/// encaissés par Thierry Omeyer, il explique …`): the people it names are
/// complements, not what the pronoun stands for. Only a phrase opened by
/// a preposition or a participle counts (`Quant à X,`, which the pronoun
/// takes up, and a clause with its own subject do not).
fn fronted_adjunct(doc: &Doc<'_, '_>, at: usize) -> Option<Span> {
    let p = doc.tok_at(at);
    if p == 0 || p >= doc.n() || doc.low(p - 1) != "," {
        return None;
    }
    let (s0, _) = doc.sent_range(p);
    if s0 + 1 >= p - 1 || doc.entity(s0).is_some() {
        return None;
    }
    // A preposition or a participle opens it (no subject is in there).
    let w = doc.low(s0);
    let opener = matches!(
        w,
        "après"
            | "avant"
            | "lors"
            | "face"
            | "dans"
            | "devant"
            | "pendant"
            | "depuis"
            | "durant"
            | "sur"
            | "en"
            | "au"
            | "aux"
            | "à"
            | "par"
            | "malgré"
            | "outre"
    ) || (w.chars().count() > 4
        && w != "quant"
        && (super::lexicon::participle_ending(w) || w.ends_with("ant")));
    // (Or a phrase with no verb describing the subject: `Admiratrice
    // revendiquée de Margaret Thatcher, elle …`, `Proche de Shinzo Abe,
    // il …`; not a determiner's noun phrase, `Le ministre, il …`, nor a
    // title's name, `M. Martin, il …`.)
    // (A short phrase: a bounded look, linear in a run-on sentence.)
    let describing = || {
        p - 1 - s0 <= 12
            && !super::extract::is_det(w)
            && !super::extract::is_title_abbrev(w)
            && !matches!(
                w,
                "monsieur" | "madame" | "maître" | "quant" | "lui" | "elle" | "eux" | "elles"
            )
            && (s0..p - 1).all(|k| {
                !doc.is_known_verb(k) && !matches!(doc.low(k), "qui" | "que" | "qu'" | "dont")
            })
    };
    let role = is_human_noun(w)
        || w.ends_with("trice")
        || w.ends_with("teur")
        || matches!(w, "proche" | "ancien" | "ancienne" | "fille" | "fils");
    (opener || (role && describing())).then(|| doc.span(s0, p - 1))
}

/// Coordinated names (`Thierry et Véronique Roy`, `Marine Le Pen et
/// Florian Philippot`): a person or a lone capitalised given name, `et`,
/// then a person; one linear pass.
fn groups(doc: &Doc<'_, '_>) -> Vec<Span> {
    let n = doc.n();
    let mut out = Vec::new();
    for &k in &doc.classed {
        let k = k as usize;
        if k < 1 || k + 1 >= n || !doc.is_et(k) || !upper(doc, k - 1) || !upper(doc, k + 1) {
            continue;
        }
        let Some(er) = doc.entity(k + 1) else {
            continue;
        };
        let right = &doc.ents[er];
        if right.label() != Label::Per || right.start() != doc.toks[k + 1].start() {
            continue;
        }
        let left_start = match doc.entity(k - 1) {
            Some(el) if doc.ents[el].label() == Label::Per => doc.ents[el].start(),
            Some(_) => continue,
            None => {
                // A lone given name sharing the right person's surname.
                let w = doc.low(k - 1);
                let before = if k >= 2 { doc.low(k - 2) } else { "" };
                if is_function_word(w)
                    || is_human_noun(w)
                    || (k >= 2 && upper(doc, k - 2))
                    || matches!(before, "de" | "d'" | "du" | "des" | "à" | "au" | "aux")
                {
                    continue;
                }
                doc.toks[k - 1].start()
            }
        };
        out.push(Span::new(left_start, right.end()));
    }
    out
}

/// The last organisation named after a plural article (`les islamistes
/// shebab`, `des talibans`) among the few entities in the 500 bytes
/// before `at`.
fn recent_plural_org(doc: &Doc<'_, '_>, at: usize) -> Option<usize> {
    let hi = doc.ents.partition_point(|e| e.start() < at);
    let lo = hi.saturating_sub(8);
    (lo..hi)
        .rev()
        .take_while(|&e| doc.ents[e].end() + 500 >= at)
        .find(|&e| {
            let ent = &doc.ents[e];
            if ent.label() != Label::Org {
                return false;
            }
            let t = doc.tok_at(ent.start());
            let plural_det = |k: usize| matches!(doc.low(k), "les" | "des");
            (t >= 1 && plural_det(t - 1))
                || (t >= 2 && plural_det(t - 2) && doc.is_word(t - 1) && !doc.starts_upper(t - 1))
        })
}

/// The last group named in the 3,000 bytes before `at`.
fn recent_group(groups: &[Span], at: usize) -> Option<Span> {
    let i = groups.partition_point(|g| g.end <= at);
    groups[..i].last().copied().filter(|g| g.end + 3000 >= at)
}

fn group_said(g: Span) -> Said {
    Said {
        plural: true,
        ..Said::named(g, None, true)
    }
}

/// The person `l'avocat(e) de X` or `l'avocat(e) d'X` names last
/// before token `at` (within 600 bytes and 80 tokens, no other person
/// named since): a tagged person of
/// a gender compatible with `gender`, or a capitalised name the tagger
/// left alone (`d'Amélie`).
fn client_of_lawyer(doc: &Doc<'_, '_>, at: usize, gender: Option<Gender>) -> Option<Said> {
    let start = doc.toks.get(at)?.start();
    let lo = at.saturating_sub(80);
    let k = (lo..at).rev().find(|&k| {
        matches!(doc.low(k), "avocat" | "avocate")
            && matches!(doc.low(k + 1), "de" | "d'")
            && doc.toks[k].start() + 600 >= start
    })?;
    let c = k + 2;
    // (No other person named since: `L'avocat de Jean Martin a plaidé.
    // Le banquier Paul Lefort a expliqué que son client …`.)
    let named_since = |from: usize| {
        (from..at).any(|x| {
            doc.entity(x).is_some_and(|e| {
                doc.ents[e].label() == Label::Per && doc.tok_at(doc.ents[e].start()) == x
            })
        })
    };
    if let Some(e) = doc.entity(c) {
        let after = doc.tok_at(doc.ents[e].end());
        if named_since(after) {
            return None;
        }
        let ent = &doc.ents[e];
        return (ent.label() == Label::Per && compatible(ent.gender(), gender))
            .then(|| entity_said(doc, e));
    }
    if !(doc.is_word(c) && doc.starts_upper(c)) {
        return None;
    }
    let mut e = c + 1;
    while e < at && doc.is_word(e) && doc.starts_upper(e) && doc.entity(e).is_none() {
        e += 1;
    }
    if named_since(e) {
        return None;
    }
    Some(Said::named(doc.span(c, e), gender, true))
}

/// Heads of descriptions that [`kind_fits`] matches by the body's name
/// (`la juridiction`: a court; `le régulateur`: an authority of
/// regulation; `le prévisionniste`: a weather service; `la collectivité`:
/// a local authority), past bodies of other names.
fn fits_by_name(head: &str) -> bool {
    matches!(
        head,
        "juridiction" | "régulateur" | "prévisionniste" | "collectivité"
            // (`Selon cet organisme` after `l'Observatoire local des
            // loyers`: any body.)
            | "organisme"
            | "instance"
    )
}

/// Can an organisation description with head noun `head` stand for
/// entity `e`, by the gazetteer's kind of `e` (`le syndicat` is no
/// international organisation, `le parti` no newspaper)? True when the
/// head or the entity's kind says nothing.
fn kind_fits(head: &str, e: &crate::Entity<'_>) -> bool {
    // `la juridiction`: a court (`Cour constitutionnelle`, `Tribunal
    // administratif`, `Conseil constitutionnel`, `Conseil d'État`).
    if head == "juridiction" {
        let s = e.as_str().as_bytes();
        let starts =
            |p: &str| s.len() >= p.len() && s[..p.len()].eq_ignore_ascii_case(p.as_bytes());
        return starts("cour ")
            || starts("tribunal")
            || starts("conseil constitutionnel")
            || starts("conseil d'")
            || starts("conseil d’");
    }
    // `le régulateur`: an authority or a commission of regulation
    // (`Autorité de régulation de la communication audiovisuelle et
    // numérique`, `Commission de régulation de l'énergie`), not the
    // `Conseil d'État` named since.
    if head == "régulateur" {
        let name = lower(e.name());
        return name.starts_with("autorité ") || name.contains("régulation");
    }
    // `selon l'instance`: a body that rules or oversees (`direction
    // nationale du contrôle de gestion`, `Conseil supérieur de
    // l'audiovisuel`, `Autorité de la concurrence`), or one the gazetteer
    // gives such a kind; not the club it ruled on.
    if head == "instance" {
        if let Some(k) = e.entry().and_then(|x| x.kind()) {
            return matches!(k, "institution" | "intl_org" | "ngo" | "sports");
        }
        let name = lower(e.name());
        let first = name.split([' ', '\'', '’']).next().unwrap_or("");
        return matches!(
            first,
            "direction"
                | "conseil"
                | "commission"
                | "comité"
                | "autorité"
                | "haute"
                | "haut"
                | "fédération"
                | "ligue"
                | "instance"
                | "cour"
                | "tribunal"
                | "assemblée"
                | "agence"
                | "office"
                | "observatoire"
                | "inspection"
        );
    }
    // `selon le prévisionniste`: a weather service (`Météo-France`).
    if head == "prévisionniste" {
        return lower(e.name()).contains("météo");
    }
    // `selon la collectivité`: a local authority (`Région Grand Est`, `la
    // mairie de X`, `le conseil départemental de Y`, `Métropole de Lyon`).
    if head == "collectivité" {
        let name = lower(e.name());
        return [
            "région ",
            "département ",
            "conseil régional",
            "conseil départemental",
            "conseil général",
            "mairie ",
            "métropole ",
            "ville de ",
            "collectivité ",
            "communauté de communes",
            "communauté d'agglomération",
        ]
        .iter()
        .any(|p| name.starts_with(p));
    }
    match (kinds_of(head), e.entry().and_then(|x| x.kind())) {
        (Some(wanted), Some(k)) => wanted.contains(&k),
        // (A body no entry knows, named by its text: `l'ONG` is no
        // `parquet national antiterroriste`.)
        // (Nor a public body, for any head but one of institutions: `le
        // syndicat` is no `Région Occitanie`.)
        (Some(wanted), None) if !wanted.contains(&"institution") => {
            let first = e.name().split(' ').next().unwrap_or("");
            !matches!(
                lower(first).as_str(),
                "parquet"
                    | "tribunal"
                    | "cour"
                    | "ministère"
                    | "conseil"
                    | "préfecture"
                    | "mairie"
                    | "haut"
                    | "haute"
                    | "inspection"
                    | "agence"
                    | "autorité"
                    | "office"
                    | "direction"
                    | "commission"
                    | "région"
                    | "département"
            )
        }
        _ => true,
    }
}

/// Was entity `e`, which no entry knows, introduced by a noun of another
/// kind of body than the company a trade's noun `head` asks for (`L'association
/// lilloise Virage Energie` is no `l'électricien`)? The lower-case noun
/// after a determiner, past up to two lower-case adjectives.
fn introduced_otherwise(doc: &Doc<'_, '_>, head: &str, e: usize) -> bool {
    let ent = &doc.ents[e];
    if ent.entry().is_some() || kinds_of(head) != Some(&["company"]) {
        return false;
    }
    let t = doc.tok_at(ent.start());
    (t.saturating_sub(3)..t)
        .rev()
        .take_while(|&x| doc.is_word(x) && !doc.starts_upper(x))
        .find(|&x| x > 0 && super::extract::is_det(doc.low(x - 1)))
        .and_then(|x| kinds_of(doc.low(x)))
        .is_some_and(|ks| !ks.contains(&"company"))
}

/// The kinds of organisation a description's head takes up (`le
/// syndicat`: a union), or `None` for any.
fn kinds_of(head: &str) -> Option<&'static [&'static str]> {
    Some(match head {
        "syndicat" | "syndicats" | "centrale" => &["union"],
        // (`la fédération` is no company: `EDF` after the FNME-CGT.)
        "fédération" | "confédération" => &["union", "sports", "employers", "ngo"],
        // (A trade's body, no State or country.)
        "interprofession" => &["union", "employers", "ngo"],
        "parti" | "formation" => &["party"],
        // (`le groupe` after `la CGT dénonce`: a company, a party's group,
        // an armed group, never a union.)
        "groupe" => &[
            "company",
            "media",
            "party",
            "armed_group",
            "institution",
            "sports",
        ],
        "journal" | "quotidien" | "hebdomadaire" | "magazine" | "chaîne" | "radio" | "média"
        | "site" => &["media"],
        // (`l'ONG`: no company named before, `Atos`.)
        "ong" | "association" | "collectif" => &["ngo", "movement"],
        "instance" => &["institution", "intl_org", "ngo"],
        // (`l'institution de la rue Cambon` after the Cour des comptes.)
        "institution" => &["institution", "intl_org"],
        // (`l'entreprise` after `Sud-Rail a confirmé`: the company, not
        // the union that spoke last.)
        "entreprise" | "firme" => &["company"],
        w if is_company_trade(w) => &["company"],
        _ => return None,
    })
}

/// A head noun of an organisation's description ([`is_org_noun`]) or of a
/// body that speaks as such ([`is_collective`]).
fn is_institution_noun(w: &str) -> bool {
    is_org_noun(w) || is_collective(w)
}

/// Heads of descriptions of groups and institutions that speak as such
/// (`le parquet`, `la mairie`, `l'armée`), named by the description.
pub(crate) fn is_collective(w: &str) -> bool {
    matches!(
        w,
        "parquet"
            | "mairie"
            // (`estiment les deux camps`, `le camp présidentiel`.)
            | "camp"
            | "armée"
            | "police"
            | "gendarmerie"
            | "préfecture"
            | "sous-préfecture"
            | "justice"
            | "famille"
            | "défense"
            | "direction"
            | "rédaction"
            | "municipalité"
            | "opposition"
            | "majorité"
            | "presse"
            | "médias"
            | "autorités"
            | "enquêteurs"
            | "secours"
            | "ministère"
            | "gouvernement"
            | "présidence"
            | "commission"
            | "tribunal"
            | "cour"
            | "administration"
            | "état-major"
            | "ambassade"
            | "consulat"
            | "exécutif"
            | "régime"
            | "centre"
            | "institut"
            | "service"
            | "services"
            | "office"
            | "observatoire"
            | "bureau"
            | "laboratoire"
            | "comité"
            | "conseil"
            | "autorité"
            | "commissariat"
            | "haut-commissariat"
            | "intersyndicale"
            | "coalition"
            | "délégation"
            | "rectorat"
            // `la droite et l'extrême droite accusent`: political camps.
            | "droite"
            | "gauche"
            | "extrême"
    )
}

/// Heads of the town halls and prefectures a description may name by
/// the place the text was at (`À Paris, … la Mairie a demandé`).
const LOCAL_HEADS: [&str; 3] = ["mairie", "préfecture", "municipalité"];

/// Where a head noun is followed by a named complement (`mairie de
/// Paris`, `ministère russe de la Défense`: its token and the end of the
/// complement, the first two in text order) and its first use.
#[derive(Clone, Copy, Default)]
struct HeadUses {
    named: [Option<(u32, u32)>; 2],
    first: Option<u32>,
}

/// The [`HeadUses`] a document's descriptions asked for: a scan of the
/// document for each of the first [`HEAD_SCANS`] heads (most documents
/// ask for one or two), then one pass that indexes every head, so that
/// any number of descriptions costs linear time.
#[derive(Default)]
pub(crate) struct HeadCache<'a> {
    scanned: Vec<(&'a str, HeadUses)>,
    index: Option<FxHashMap<&'a str, HeadUses>>,
}

/// Heads scanned one by one before the whole document is indexed.
const HEAD_SCANS: usize = 8;

/// The named complement that starts after token `k` (`de Paris`, `russe
/// de la Défense`), as the end of the complement.
fn named_complement(doc: &Doc<'_, '_>, k: usize) -> Option<usize> {
    let n = doc.n();
    let u = named_complement_start(doc, k)?;
    let mut e = u + 1;
    // (Within its sentence: a title's last name is not the next
    // paragraph's first word, `…de Saint-Aubin¶¶À partir du …`.)
    while e < n && upper(doc, e) && doc.sent(e) == doc.sent(u) {
        e += 1;
    }
    Some(e)
}

/// The first capitalised word of the named complement after token `k`
/// ([`named_complement`]).
fn named_complement_start(doc: &Doc<'_, '_>, k: usize) -> Option<usize> {
    let de = |x: usize| matches!(doc.low(x), "de" | "d'" | "du" | "des");
    let c = if de(k + 1) {
        k + 1
    } else if k + 2 < doc.n() && de(k + 2) && doc.is_word(k + 1) && !upper(doc, k + 1) {
        k + 2
    } else {
        return None;
    };
    // (Or past a lower-case complement: `cour d'appel de Paris`, `chambre
    // de commerce de Lyon`; and its adjective: `cour d'assises spéciale
    // de Paris`.)
    let lower = |x: usize| x < doc.n() && doc.is_word(x) && !upper(doc, x);
    capital_after_de(doc, c).or_else(|| {
        if !lower(c + 1) {
            return None;
        }
        let d = if lower(c + 2) && !de(c + 2) {
            c + 3
        } else {
            c + 2
        };
        (d + 1 < doc.n() && matches!(doc.low(d), "de" | "d'" | "du"))
            .then(|| capital_after_de(doc, d))
            .flatten()
    })
}

/// The capitalised word after the preposition at token `c`, past the
/// article of `de la`, `de l'` (`de l'Éducation`, `du Travail`).
fn capital_after_de(doc: &Doc<'_, '_>, c: usize) -> Option<usize> {
    let mut u = c + 1;
    if matches!(doc.low(c), "de" | "d'") && matches!(doc.low(u), "la" | "l'") {
        u += 1;
    }
    (u < doc.n() && upper(doc, u)).then_some(u)
}

impl HeadUses {
    fn add(&mut self, k: usize, complement: Option<usize>) {
        self.first = self.first.or(Some(k as u32));
        if let Some(e) = complement {
            if let Some(slot) = self.named.iter_mut().find(|x| x.is_none()) {
                *slot = Some((k as u32, e as u32));
            }
        }
    }
}

/// The uses of `head` in the document ([`HeadCache`]).
fn head_uses<'a>(doc: &Doc<'a, '_>, head: &'a str) -> HeadUses {
    let mut cache = doc.heads.borrow_mut();
    if let Some(index) = &cache.index {
        return index.get(head).copied().unwrap_or_default();
    }
    if let Some(&(_, u)) = cache.scanned.iter().find(|(h, _)| *h == head) {
        return u;
    }
    // (Tokens `0..n - 2`: a complement needs two tokens after its head.)
    let upto = doc.n().saturating_sub(2);
    if cache.scanned.len() < HEAD_SCANS {
        let mut uses = HeadUses::default();
        for k in (0..upto).filter(|&k| doc.low(k) == head) {
            uses.add(k, named_complement(doc, k));
        }
        cache.scanned.push((head, uses));
        return uses;
    }
    let mut index: FxHashMap<&'a str, HeadUses> = FxHashMap::default();
    for k in 0..upto {
        let complement = named_complement(doc, k);
        let h = doc.low(k);
        // (First uses count only for the local heads: no hash for the
        // other words.)
        if complement.is_some() || LOCAL_HEADS.contains(&h) {
            index.entry(h).or_default().add(k, complement);
        }
    }
    let uses = index.get(head).copied().unwrap_or_default();
    cache.index = Some(index);
    uses
}

/// `Auchan a annoncé … Selon la direction, …`: `la direction` (or `sa
/// direction`) alone, its complement named nowhere in the text
/// (`la direction de Total`), speaks for the company (a gazetteer entry
/// of kind `company`) named last in the 1,500 bytes before `at`, not
/// inside the quote's own words.
fn company_direction(
    doc: &Doc<'_, '_>,
    first: usize,
    last: usize,
    at: usize,
    own: &[Span],
) -> Option<usize> {
    // `La direction du parti a précisé`, `la direction du syndicat`: the
    // body of that kind named last (in the 3,000 bytes before).
    if last == first + 4
        && doc.low(first + 1) == "direction"
        && matches!(doc.low(first), "la" | "sa")
        && doc.low(first + 2) == "du"
    {
        let kinds = kinds_of(doc.low(first + 3))
            .filter(|_| matches!(doc.low(first + 3), "parti" | "syndicat" | "mouvement"))?;
        let i = doc.ents.partition_point(|e| e.start() < at);
        return (i.saturating_sub(30)..i).rev().find(|&k| {
            let e = &doc.ents[k];
            e.start() + 3000 >= at
                && e.entry()
                    .and_then(|x| x.kind())
                    .is_some_and(|k| kinds.contains(&k))
                && !own.iter().any(|c| c.contains(e.span()))
        });
    }
    // `la direction de l'usine`, `la direction du site`: the company the
    // text introduced with that noun (`l'usine Valorga Chimie`), else the
    // company named last (in the 1,500 bytes before).
    // (Or of the brand, the company, the firm: `la direction de
    // l'enseigne`, `de la société`.)
    let site = match (doc.low(first + 2), doc.low(first + 3)) {
        ("de", "l'" | "la") if last == first + 5 => doc.low(first + 4),
        ("du", w) if last == first + 4 => w,
        _ => "",
    };
    if doc.low(first + 1) == "direction"
        && doc.low(first) == "la"
        && matches!(
            site,
            "usine" | "site" | "enseigne" | "entreprise" | "société"
        )
    {
        let i = doc.ents.partition_point(|e| e.start() < at);
        return introduced_org(doc, site, at)
            .or_else(|| {
                (i.saturating_sub(30)..i).rev().find(|&k| {
                    let e = &doc.ents[k];
                    e.start() + 1500 >= at
                        && is_company(e)
                        && !own.iter().any(|c| c.contains(e.span()))
                })
            })
            // (Or the workplace named after `chez`: `la grève chez
            // Distrimax … La direction de l'enseigne`.)
            .or_else(|| workplace_before(doc, at, own));
    }
    if last != first + 2
        || doc.low(first + 1) != "direction"
        || !matches!(doc.low(first), "la" | "sa")
    {
        return None;
    }
    // `La direction du Crédit ligérien a présenté … Selon la direction,
    // …`: the organisation the text named as the management's before.
    if let Some(&(k, _)) = head_uses(doc, "direction").named.iter().flatten().next() {
        let k = k as usize;
        let u = named_complement_start(doc, k).filter(|_| doc.toks[k].start() < at)?;
        return doc.entity(u).filter(|&e| {
            doc.ents[e].label() == Label::Org && doc.ents[e].start() == doc.toks[u].start()
        });
    }
    // (`sa direction`: any body's, the possessor named last: `Le CNRS
    // ouvrira 190 postes, a annoncé jeudi sa direction`.)
    let possessed = doc.low(first) == "sa";
    let i = doc.ents.partition_point(|e| e.start() < at);
    // (A company no list knows, introduced as one: `La start-up
    // grenobloise Kovalt`.)
    let introduced = || introduced_org(doc, "entreprise", at);
    // (Or the workplace named after `chez`, in the 3,000 bytes before or
    // in the title: `Grève chez TransVal : … la direction parle d'un
    // mouvement « injustifié »`.)
    let workplace = || workplace_before(doc, at, own);
    (i.saturating_sub(30)..i)
        .rev()
        .find(|&k| {
            let e = &doc.ents[k];
            // (A broadcaster or a newspaper has one too: `la direction`
            // after `Radio France`.)
            let company = is_company(e) || e.entry().and_then(|x| x.kind()) == Some("media");
            e.start() + 1500 >= at
                && ((company
                    && !own.iter().any(|c| c.contains(e.span()))
                    && !customer_in_list(doc, doc.tok_at(e.start())))
                // (The possessor may be in the statement itself.)
                || (possessed && e.label() == Label::Org))
        })
        .or_else(introduced)
        .or_else(workplace)
        // (Or a hospital's or a school's, named so before: `Les praticiens
        // du centre hospitalier de Guéret sont en grève … La direction
        // promet …`.)
        .or_else(|| introduced_org(doc, "établissement", at))
        .or_else(|| {
            // (With no company before, one the reported clause names:
            // `Le site Stellantis de La Janais produira …, a annoncé la
            // direction`; or, for a title's `selon la direction`, the
            // first company of the body, in its first 1,500 bytes.)
            company_in(doc, own).or_else(|| {
                let line = doc.title_end().filter(|&l| at < l)?;
                let j = doc.ents.partition_point(|e| e.start() < line);
                doc.ents[j..]
                    .iter()
                    .take_while(|e| e.start() < line + 1500)
                    .position(is_company)
                    .map(|k| j + k)
            })
        })
}

/// The organisation named after `chez` (among the 60 entities before
/// byte `at`, in the 3,000 bytes before or in the title, not in the
/// quote's own words `own`): the workplace of `la direction` (`Grève chez
/// TransVal : … la direction parle d'un mouvement « injustifié »`).
fn workplace_before(doc: &Doc<'_, '_>, at: usize, own: &[Span]) -> Option<usize> {
    let title = doc.title_end().unwrap_or(0);
    let i = doc.ents.partition_point(|e| e.start() < at);
    (i.saturating_sub(60)..i).rev().find(|&k| {
        let e = &doc.ents[k];
        let t = doc.tok_at(e.start());
        e.label() == Label::Org
            && (e.start() + 3000 >= at || e.end() <= title)
            && t > 0
            && doc.low(t - 1) == "chez"
            && !own.iter().any(|c| c.contains(e.span()))
    })
}

/// The first company ([`is_company`]) the spans `own` (a quote's words)
/// name.
fn company_in(doc: &Doc<'_, '_>, own: &[Span]) -> Option<usize> {
    own.iter().find_map(|c| {
        let j = doc.ents.partition_point(|e| e.start() < c.start);
        doc.ents[j..]
            .iter()
            .take_while(|e| e.end() <= c.end)
            .position(is_company)
            .map(|k| j + k)
    })
}

/// Is entity `e` a company: a gazetteer entry of kind `company`, or an
/// organisation no list knows whose name has a company's shape (`les
/// Forges du Lignon`, `Halvern Industrie`)?
fn is_company(e: &crate::Entity<'_>) -> bool {
    e.entry().and_then(|x| x.kind()) == Some("company")
        || (e.label() == Label::Org
            && e.entry().is_none()
            && crate::tag::company_shaped(e.as_str()))
}

/// Is the name at token `t` one of a list of two or more names after
/// `pour`, `avec`, `à` or `auprès de` (`fabriquait des pièces pour Renault
/// et Stellantis`): customers or partners of the company the article is
/// about, not the company whose management speaks? Looks at most eight
/// tokens back, and past the name at one `et` or comma and the name after
/// it.
fn customer_in_list(doc: &Doc<'_, '_>, t: usize) -> bool {
    let (ss, se) = doc.sent_range(t);
    let name = |k: usize| doc.entity(k).is_some();
    let mut names = 1;
    let mut k = t;
    let mut opened = false;
    for _ in 0..8 {
        if k <= ss {
            break;
        }
        k -= 1;
        match doc.low(k) {
            "," | "et" => {}
            "pour" | "avec" | "à" => {
                opened = true;
                break;
            }
            "de" if k > ss && doc.low(k - 1) == "auprès" => {
                opened = true;
                break;
            }
            _ if name(k) => {
                if !name(k + 1) {
                    names += 1;
                }
            }
            _ => break,
        }
    }
    // (The list may go on after the name: `pour Renault et Stellantis`
    // read at `Renault`.)
    let mut x = t;
    while x < se && name(x) {
        x += 1;
    }
    if x + 1 < se && matches!(doc.low(x), "et" | ",") && name(x + 1) {
        names += 1;
    }
    opened && names >= 2
}

/// A description of a body of people (`la direction`, `le parquet`):
/// the company a bare `la direction` speaks for ([`company_direction`]),
/// else the description itself ([`description_said`]).
fn collective_said(
    doc: &Doc<'_, '_>,
    first: usize,
    last: usize,
    gender: Option<Gender>,
    at: usize,
    own: &[Span],
) -> Said {
    company_direction(doc, first, last, at, own)
        .or_else(|| possessed_service(doc, first, at, own))
        .map_or_else(
            || description_said(doc, first, last, gender),
            |k| entity_said(doc, k),
        )
}

/// `Selon son service de presse, …`, `ses services`: a body's own
/// services speak for the organisation named last (among the 30 entities
/// and 1,500 bytes before `at`, not inside the quote's own words). So
/// does its management: `Selon La Poste, … Sa direction régionale assure
/// que …`.
fn possessed_service(doc: &Doc<'_, '_>, first: usize, at: usize, own: &[Span]) -> Option<usize> {
    if !matches!(doc.low(first), "son" | "sa" | "ses" | "leur")
        || !matches!(doc.low(first + 1), "service" | "services" | "direction")
    {
        return None;
    }
    let i = doc.ents.partition_point(|e| e.start() < at);
    (i.saturating_sub(30)..i).rev().find(|&k| {
        let e = &doc.ents[k];
        e.label() == Label::Org
            && e.start() + 1500 >= at
            && !own.iter().any(|c| c.contains(e.span()))
    })
}

/// A description standing for its speaker: its words after the article,
/// extended by a complement written elsewhere in the document (`la
/// Mairie` → `Mairie de Paris`).
fn description_said(doc: &Doc<'_, '_>, first: usize, last: usize, gender: Option<Gender>) -> Said {
    let mut a = first;
    if super::extract::is_det(doc.low(a)) && a + 1 < last {
        a += 1;
    }
    let mut span = doc.span(a, last);
    // `le collectif « Mayotte a soif »`: the name in the marks.
    if named_in_marks(doc, a, last) {
        span = doc.span(a + 2, last - 1);
    }
    let mut of = None;
    // `La chambre syndicale, elle, appelle …` after `La Chambre syndicale
    // des propriétaires de Vendée`: an organisation whose name opens
    // with the description's two words, the last one before (among the
    // 40 entities before).
    if last == a + 2 && doc.is_word(a + 1) && !doc.starts_upper(a + 1) {
        let words = doc
            .text
            .get(doc.toks[a].start()..doc.toks[a + 1].end())
            .map(|w| (w.len(), lower(w)));
        let at = doc.toks[a].start();
        let i = doc.ents.partition_point(|e| e.start() < at);
        let opens = |e: &crate::Entity<'_>| {
            let s = e.as_str();
            words.as_ref().is_some_and(|(len, low)| {
                e.label() == Label::Org
                    && s.len() > *len
                    && s.as_bytes()[*len] == b' '
                    && s.get(..*len).is_some_and(|p| lower(p) == *low)
            })
        };
        if let Some(e) = (i.saturating_sub(40)..i)
            .rev()
            .find(|&k| opens(&doc.ents[k]))
        {
            return entity_said(doc, e);
        }
    }
    if last == a + 1 {
        // An organisation the tagger found under the same head noun
        // (`l'armée` after `l'armée égyptienne`), the last one before.
        let at = doc.toks[a].start();
        let head = doc.low(a);
        // (Or ending with it: `Montpellier Méditerranée Métropole` for
        // `la métropole`.)
        let under_head = |e: &crate::Entity<'_>| {
            let s = e.as_str();
            let last = s.len().checked_sub(head.len());
            e.label() == Label::Org
                && ((s.as_bytes().get(head.len()) == Some(&b' ')
                    && s.get(..head.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(head)))
                    || last.is_some_and(|l| {
                        l > 0
                            && s.as_bytes()[l - 1] == b' '
                            && s.get(l..).is_some_and(|p| p.eq_ignore_ascii_case(head))
                    }))
        };
        let i = doc.ents.partition_point(|e| e.start() < at);
        if let Some(e) = (i.saturating_sub(40)..i)
            .rev()
            .find(|&k| under_head(&doc.ents[k]))
        {
            return entity_said(doc, e);
        }
        // `l'Élysée … Selon la présidence, …`: a presidency alone is the
        // palace that stands for one (the gazetteer's `stands_for`), the
        // last one named (among the 40 entities before, in the 3,000
        // bytes before).
        if head == "présidence" {
            if let Some(e) = (i.saturating_sub(40)..i).rev().find(|&k| {
                let e = &doc.ents[k];
                e.end() + 3000 >= at
                    && e.entry()
                        .and_then(|x| x.attr("stands_for"))
                        .is_some_and(|s| s.starts_with("présidence"))
            }) {
                return entity_said(doc, e);
            }
        }
        // `La Commission nationale de l'informatique et des libertés (Cnil)
        // a ouvert une procédure … D'après l'autorité, …`: an independent
        // authority, the last one named (among the 40 entities before, in
        // the 3,000 bytes before).
        if head == "autorité" {
            if let Some(e) = (i.saturating_sub(40)..i).rev().find(|&k| {
                let e = &doc.ents[k];
                let name = lower(e.name());
                e.label() == Label::Org
                    && e.end() + 3000 >= at
                    && (name.starts_with("autorité ")
                        || name.starts_with("haute autorité")
                        || name.starts_with("commission ")
                        || name.starts_with("conseil supérieur")
                        || name.starts_with("défenseur")
                        || name.contains("régulation"))
            }) {
                return entity_said(doc, e);
            }
        }
        // `réalisé par OpinionWay … L'institut précise`: a survey firm
        // the gazetteer knows, the last one named (among the 40 entities
        // before, in the 1,500 bytes before).
        if head == "institut" {
            if let Some(e) = (i.saturating_sub(40)..i).rev().find(|&k| {
                let e = &doc.ents[k];
                e.end() + 1500 >= at && e.entry().and_then(|x| x.attr("sector")) == Some("survey")
            }) {
                return entity_said(doc, e);
            }
        }
        // The same head with a named complement elsewhere: `Mairie de Paris`
        // (the document's index of them: one pass, whatever the number
        // of descriptions).
        let head = doc.low(a);
        let local = LOCAL_HEADS.contains(&head);
        let uses = head_uses(doc, head);
        let named = uses.named.iter().flatten().find(|&&(k, _)| k as usize != a);
        // (A town hall named only after a bare one, `selon la mairie …
        // La mairie de Bastia a fait savoir`, may be another town's: the
        // rules below read the bare one first, and that name is the last
        // resort.)
        let later = named.filter(|&&(k, _)| local && k as usize > a);
        let first_use = match named {
            Some(&(k, e)) if later.is_none() => {
                span = doc.span(k as usize, e as usize);
                None
            }
            _ => uses.first.filter(|_| local).map(|k| k as usize),
        };
        // A town hall of the town whose mayor the text names (`le maire
        // écologiste de Bordeaux, … La mairie a précisé` → `mairie de
        // Bordeaux`).
        // (The later of the first two such mayors named before it — the
        // document's index keeps two; not when its sentence
        // opens at a place, `À Marseille, la mairie a indiqué`, which the
        // rule below reads.)
        let placed = |k: usize| {
            let ss = doc.sent_range(k).0;
            matches!(doc.low(ss), "à" | "au" | "en" | "dans")
                && doc
                    .entity(ss + 1)
                    .is_some_and(|e| doc.ents[e].label() == Label::Loc)
                && (ss + 1..k.min(ss + 6)).any(|x| doc.low(x) == ",")
        };
        // (Likewise a prefecture of the département whose prefect the
        // text names: `le préfet des Alpes-Maritimes, … Selon la
        // préfecture` → `préfecture des Alpes-Maritimes`.)
        let officers: &[&str] = match head {
            "mairie" | "municipalité" => &["maire"],
            "préfecture" => &["préfet", "préfète"],
            _ => &[],
        };
        if let Some(k0) = first_use.filter(|&k| !officers.is_empty() && !placed(k)) {
            of = officers
                .iter()
                .flat_map(|o| head_uses(doc, o).named)
                .flatten()
                .filter(|&(k, _)| (k as usize) < k0)
                .max_by_key(|&(k, _)| k)
                .and_then(|(k, e)| {
                    let u = named_complement_start(doc, k as usize)?;
                    // (`des Alpes-Maritimes`, `du Nord` keep their
                    // preposition: `préfecture du Nord`.)
                    let u = if matches!(doc.low(u - 1), "des" | "du") {
                        u - 1
                    } else {
                        u
                    };
                    Some(doc.span(u, e as usize))
                });
        }
        // A town hall named by the place the text was at when it first
        // appeared: `À Paris, … la Mairie a demandé` → `Mairie de Paris`.
        // (A town for a town hall: not `mairie de Bretagne`.)
        let town_hall = matches!(head, "mairie" | "municipalité");
        // (Not a town that only names an institution's seat: `le tribunal
        // administratif de Versailles` says nothing of the town hall.)
        let seat_of = |e: &crate::Entity<'_>| {
            let t = doc.tok_at(e.start());
            t >= 2
                && matches!(doc.low(t - 1), "de" | "d'")
                && (t.saturating_sub(4)..t - 1).any(|x| {
                    matches!(
                        doc.low(x),
                        "tribunal"
                            | "cour"
                            | "parquet"
                            | "université"
                            | "académie"
                            | "diocèse"
                            | "barreau"
                            | "prison"
                            | "hôpital"
                            | "aéroport"
                            | "gare"
                    )
                })
        };
        // (A prefecture of a département or a region the gazetteer knows,
        // not of a village the rules found: `Val-de-Lièvre`.)
        let prefecture = head == "préfecture";
        let fits = |e: &crate::Entity<'_>| {
            let kind = e.entry().and_then(|x| x.kind());
            e.label() == Label::Loc
                && (!town_hall
                    || (kind.is_none_or(|k| matches!(k, "commune" | "capital" | "city"))
                        && !seat_of(e)))
                && (!prefecture || kind.is_some_and(|k| matches!(k, "departement" | "region")))
        };
        if let Some(k) = first_use.filter(|_| of.is_none()) {
            let at = doc.toks[k].start();
            let i = doc.ents.partition_point(|e| e.start() < at);
            of = doc.ents[..i]
                .iter()
                .rev()
                .take(8)
                .find(|e| fits(e) && e.end() + 400 >= at && !within_marks(doc, e.start()))
                .map(|e| e.span());
            // Else the town the text names most (twice at least, among
            // its first 400 entities): the article's town.
            if of.is_none() && town_hall {
                of = most_named_town(doc).map(|e| doc.ents[e].span());
            }
        }
        // Else the town a title line opens with (`Poitiers : la maire
        // écologiste défend …`, a kicker before its colon).
        if of.is_none() && matches!(head, "mairie" | "municipalité") && first_use.is_some() {
            of = doc
                .ents
                .first()
                .filter(|e| {
                    // (The first line read only up to 300 bytes: a bounded
                    // look, whatever the number of town halls.)
                    e.label() == Label::Loc
                        && e.start() == 0
                        && doc.title_end().is_some_and(|line| {
                            doc.text
                                .get(e.end()..line)
                                .is_some_and(|r| r.trim_start().starts_with(':'))
                        })
                })
                .map(|e| e.span());
        }
        // Else the town the title line names (`Fraude aux procurations à
        // Villebrune-sur-Orge : …`), of its first 300 bytes.
        if of.is_none() && town_hall && first_use.is_some() {
            if let Some(line) = doc.title_end() {
                of = doc
                    .ents
                    .iter()
                    .take_while(|e| e.end() <= line)
                    .find(|e| fits(e))
                    .map(|e| e.span());
            }
        }
        if let Some(&(k, e)) = later.filter(|_| of.is_none()) {
            span = doc.span(k as usize, e as usize);
        }
    }
    // `Le comité des pêches` after `le comité départemental des pêches
    // des Côtes-d'Armor`: the fuller phrase the text named the same body
    // by before, under the same head and with the same words in order.
    let body = |w: &str| {
        is_org_noun(w)
            || matches!(
                w,
                "comité"
                    | "commission"
                    | "conseil"
                    | "observatoire"
                    | "institut"
                    | "autorité"
                    | "office"
            )
    };
    if of.is_none() && last > a + 1 && body(doc.low(a)) && !named_in_marks(doc, a, last) {
        if let Some(full) = fuller_before(doc, a, last) {
            span = full;
        }
    }
    // `le ministère` bare: the ministry of the office the text named last
    // (`le ministre de l'Éducation nationale` → `ministère de l'Éducation
    // nationale`).
    if of.is_none() && last == a + 1 && doc.low(a) == "ministère" {
        of = ministry_named_before(doc, a);
    }
    Said {
        of,
        ..Said::named(span, gender, false)
    }
}

/// The last earlier use (among the 400 tokens before `a`) of the head
/// noun at token `a` with a complement of its own, after a definite
/// article: `collectif des 500 frères`, up to 8 words, to a punctuation
/// mark, a verb, a relative pronoun or `et` ([`ends_body_name`]), no
/// entity in it but places and numbers.
fn body_named_before(doc: &Doc<'_, '_>, a: usize) -> Option<Span> {
    let head = doc.low(a);
    let h = (a.saturating_sub(400)..a)
        .rev()
        .find(|&h| doc.low(h) == head && matches!(doc.low(h + 1), "de" | "des" | "du" | "d'"))
        // (Definite there: `Un collectif de riverains` is no name.)
        .filter(|&h| h > 0 && matches!(doc.low(h - 1), "le" | "la" | "l'" | "du" | "au"))?;
    let mut end = h + 1;
    let mut k = h + 1;
    while k < a && k <= h + 8 {
        let w = doc.low(k);
        if ends_body_name(doc, k)
            || w == "et"
            || doc
                .entity(k)
                .is_some_and(|e| matches!(doc.ents[e].label(), Label::Per | Label::Org))
        {
            break;
        }
        k += 1;
        if !matches!(w, "de" | "des" | "du" | "d'" | "la" | "l'" | "le" | "les") {
            end = k;
        }
    }
    (end > h + 2).then(|| doc.span(h, end))
}

/// A company's name the tagger left, introduced by its noun in the 400
/// tokens before `a` (`La fromagerie Vaudelle`, `la société Lemarchand`):
/// the span of the one to three capitalised words right after a noun of a
/// company ([`is_company_intro`], or `noun` itself when given) that holds
/// no entity. The last such name.
fn missed_company(doc: &Doc<'_, '_>, a: usize, noun: Option<&str>) -> Option<Span> {
    (a.saturating_sub(400)..a).rev().find_map(|k| {
        let w = doc.low(k);
        let intro = match noun {
            Some(n) => w == n,
            None => is_company_intro(w),
        };
        if !intro || k + 1 >= a || !doc.starts_upper(k + 1) || !doc.is_word(k + 1) {
            return None;
        }
        let mut end = k + 1;
        while end < a && end < k + 4 && doc.starts_upper(end) && doc.is_word(end) {
            end += 1;
        }
        (k + 1..end)
            .all(|x| doc.entity(x).is_none())
            .then(|| doc.span(k + 1, end))
    })
}

/// The organisation the text introduced with noun `head` right before
/// its name, past an adjective or two (`le cabinet Arcane Conseil`, `la
/// start-up grenobloise Kovalt`); for a noun of companies
/// (`l'entreprise`, `la société`), with any such noun or trade
/// (`l'industriel Polyméra France`): the last one among the 40 entities
/// and 3,000 bytes before `at`.
fn introduced_org(doc: &Doc<'_, '_>, head: &str, at: usize) -> Option<usize> {
    let company = |w: &str| is_company_intro(w) || is_company_trade(w) || w == "groupe";
    let fits =
        |w: &str| w == head || (matches!(head, "entreprise" | "société" | "firme") && company(w));
    // (Not a person's noun, nor a family's.)
    if is_human_noun(head) || matches!(head, "famille" | "entourage" | "direction") {
        return None;
    }
    // (`l'établissement`, `l'hôpital`: a hospital or a school named so,
    // `le CHU de Toulouse`, `le lycée Jean-Moulin`.)
    let kinds: &[&str] = match head {
        "établissement" => &[
            "chu ",
            "hôpital",
            "centre hospitalier",
            "clinique",
            "lycée",
            "collège",
            "école",
            "université",
            "ehpad",
        ],
        "hôpital" => &["chu ", "hôpital", "centre hospitalier"],
        _ => &[],
    };
    let i = doc.ents.partition_point(|e| e.start() < at);
    (i.saturating_sub(40)..i).rev().find(|&k| {
        let e = &doc.ents[k];
        if e.label() != Label::Org || e.end() + 3000 < at || e.end() > at {
            return false;
        }
        if !kinds.is_empty() {
            let name = lower(e.as_str());
            return name == "chu" || kinds.iter().any(|k| name.starts_with(k));
        }
        let t = doc.tok_at(e.start());
        // (A name in marks, `la liste d'opposition « Cap commun »`: past
        // the opening mark, and `d'` before a lower-case word.)
        let marked = t > 0 && matches!(doc.low(t - 1), "«" | "“" | "\"");
        let t = if marked { t - 1 } else { t };
        // (Past up to two lower-case adjectives: `grenobloise`.)
        (t.saturating_sub(3)..t)
            .rev()
            .take_while(|&x| doc.is_word(x))
            .any(|x| {
                fits(doc.low(x))
                    && x > 0
                    && super::extract::is_det(doc.low(x - 1))
                    && (x + 1..t).all(|y| {
                        !doc.starts_upper(y)
                            && !is_human_noun(doc.low(y))
                            && (!matches!(doc.low(y), "de" | "d'" | "du" | "des")
                                || (marked && doc.low(y) == "d'"))
                    })
            })
    })
}

/// A person the text names by a given name alone (`Nadine, 61 ans`: one
/// word no list knows but the given names', which give its gender):
/// someone met in passing, no fallback for a description (not a surname
/// alone, `Wallström`, nor one after a title, `M. Koch`).
fn first_name_alone(doc: &Doc<'_, '_>, e: usize) -> bool {
    let ent = &doc.ents[e];
    let t = doc.tok_at(ent.start());
    ent.label() == Label::Per
        && ent.entry().is_none()
        && !ent.name().contains(' ')
        && ent.gender().is_some()
        && !(t > 0
            && matches!(
                doc.low(t - 1),
                "m." | "m" | "mme" | "mlle" | "monsieur" | "madame" | "me" | "dr"
            ))
}

/// The first two people of distinct keys among entities `xs` (latest
/// first when `xs` runs backwards) that `fits` accepts.
fn last_two_people(
    doc: &Doc<'_, '_>,
    xs: impl Iterator<Item = usize>,
    fits: impl Fn(&Entity<'_>) -> bool,
) -> Vec<usize> {
    let mut two: Vec<usize> = Vec::with_capacity(2);
    for x in xs {
        let e = &doc.ents[x];
        if e.label() == Label::Per && fits(e) && two.iter().all(|&y| doc.ents[y].key() != e.key()) {
            two.push(x);
            if two.len() == 2 {
                break;
            }
        }
    }
    two
}

/// The age a description's or a profile's words state (`Martine
/// Delcourt, 63 ans`; after `de` only when `after_de`: `l'économiste de 84
/// ans`), not a duration (`aux 30 ans de mandat`).
fn stated_age<'w>(ws: &[&'w str], after_de: bool) -> Option<&'w str> {
    (0..ws.len().saturating_sub(1))
        .find(|&i| {
            ws[i + 1] == "ans"
                && ws[i].bytes().all(|b| b.is_ascii_digit())
                && (!after_de || (i > 0 && ws[i - 1] == "de"))
                && !ws.get(i + 2).is_some_and(|w| matches!(*w, "de" | "d'"))
        })
        .map(|i| ws[i])
}

/// The decade a noun of age names (`sexagénaire` → 6).
fn decade_of(w: &str) -> Option<u32> {
    Some(match w {
        "trentenaire" => 3,
        "quadragénaire" => 4,
        "quinquagénaire" => 5,
        "sexagénaire" => 6,
        "septuagénaire" => 7,
        "octogénaire" => 8,
        "nonagénaire" => 9,
        _ => return None,
    })
}

/// The age the text's own words give a person (`Martine Delcourt, 63
/// ans`).
fn profile_age(p: &Profile) -> Option<u32> {
    let pw = profile_words(&p.text[p.own..]);
    stated_age(&pw, false).and_then(|y| y.parse::<u32>().ok())
}

/// The person of compatible gender whose age the text gives (`Martine
/// Delcourt, 63 ans`) in decade `d`, the last one named before `at`.
fn person_of_decade(
    doc: &Doc<'_, '_>,
    profiles: &[Profile],
    d: u32,
    gender: Option<Gender>,
    at: usize,
) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for p in profiles {
        let i = p.mentions.partition_point(|&x| x < at);
        let Some(&last) = i.checked_sub(1).and_then(|i| p.mentions.get(i)) else {
            continue;
        };
        if !compatible(doc.ents[p.entity].gender(), gender) {
            continue;
        }
        let age = profile_age(p);
        if age.is_some_and(|y| y / 10 == d) && best.is_none_or(|(r, _)| last > r) {
            best = Some((last, p.entity));
        }
    }
    best.map(|(_, e)| e)
}

/// Of the people whose age the text gives before `at` (`Kevin Brunel,
/// 24 ans`), the youngest or the eldest, when there are two or more and
/// that one is of a compatible gender.
fn person_of_extreme_age(
    doc: &Doc<'_, '_>,
    profiles: &[Profile],
    youngest: bool,
    gender: Option<Gender>,
    at: usize,
) -> Option<usize> {
    let mut aged = 0;
    let mut best: Option<(u32, usize)> = None;
    for p in profiles {
        if p.mentions.first().is_none_or(|&x| x >= at) {
            continue;
        }
        let Some(age) = profile_age(p) else {
            continue;
        };
        aged += 1;
        if best.is_none_or(|(b, _)| if youngest { age < b } else { age > b }) {
            best = Some((age, p.entity));
        }
    }
    best.filter(|&(_, e)| aged >= 2 && compatible(doc.ents[e].gender(), gender))
        .map(|(_, e)| e)
}

/// The organisation named before `at` (among the 40 entities before, in
/// the 3,000 bytes before) with an apposition of noun `head` and word
/// `next` right after its name and a comma (`La CGT-Cheminots de
/// Paris-Nord, syndicat majoritaire sur le secteur,`; an article may
/// open it).
fn body_by_apposition(doc: &Doc<'_, '_>, head: &str, next: &str, at: usize) -> Option<usize> {
    let i = doc.ents.partition_point(|e| e.start() < at);
    (i.saturating_sub(40)..i).rev().find(|&k| {
        let e = &doc.ents[k];
        if e.label() != Label::Org || e.end() + 3000 < at {
            return false;
        }
        let mut t = doc.tok_at(e.end());
        if t >= doc.n() || doc.toks[t].start() < e.end() {
            return false;
        }
        // (Past a branch's place: `de Paris-Nord`.)
        if matches!(doc.low(t), "de" | "du" | "des" | "d'") {
            t = (t + 1..(t + 5).min(doc.n()))
                .take_while(|&x| {
                    doc.starts_upper(x) || matches!(doc.low(x), "," | "la" | "l'" | "-")
                })
                .find(|&x| doc.low(x) == ",")
                .unwrap_or(t);
        }
        if doc.low(t) != "," {
            return false;
        }
        t += 1;
        if matches!(doc.low(t), "le" | "la" | "l'" | "un" | "une") {
            t += 1;
        }
        doc.low(t) == head && doc.low(t + 1) == next
    })
}

/// Nouns that introduce a company by its name (`la société X`, `le
/// groupe X`, `la fromagerie X`, a trade in `-erie`).
fn is_company_intro(w: &str) -> bool {
    matches!(
        w,
        "entreprise"
            | "société"
            | "firme"
            | "marque"
            | "enseigne"
            | "laboratoire"
            | "start-up"
            // (`l'usine Valmétal … la direction`.)
            | "usine"
    ) || (w.ends_with("erie") && w.chars().count() >= 8)
}

/// Does token `k` end a body's name read on from its head noun: a
/// punctuation mark, a verb or a relative pronoun?
fn ends_body_name(doc: &Doc<'_, '_>, k: usize) -> bool {
    !doc.is_word(k)
        || doc.aux(k).is_some()
        || doc.is_known_verb(k)
        || matches!(doc.low(k), "qui" | "que" | "qu'" | "dont" | "où")
}

/// An earlier phrase (among the 400 tokens before `a`) that opens with
/// the head noun at token `a` and holds the words `a + 1..last` in order,
/// with more words: `comité départemental des pêches des Côtes-d'Armor`
/// for `comité des pêches`, `comité d'organisation des Jeux olympiques
/// et paralympiques de Paris 2024` for `comité d'organisation`. The
/// phrase runs up to 14 tokens, to a punctuation mark, a verb or a
/// relative pronoun; its last word is a capitalised one, a number or one
/// of the description's.
fn fuller_before(doc: &Doc<'_, '_>, a: usize, last: usize) -> Option<Span> {
    let head = doc.low(a);
    let want = last - a - 1;
    for h in (a.saturating_sub(400)..a)
        .rev()
        .filter(|&h| doc.low(h) == head)
    {
        let mut next = a + 1;
        let mut end = h + 1;
        let mut k = h + 1;
        while k <= h + 14 && k < a {
            let w = doc.low(k);
            if ends_body_name(doc, k) {
                break;
            }
            if next < last && w.eq_ignore_ascii_case(doc.low(next)) {
                next += 1;
                end = k + 1;
            } else if next == last
                && (upper(doc, k) || doc.low(k).bytes().all(|b| b.is_ascii_digit()))
            {
                end = k + 1;
            }
            k += 1;
        }
        if next == last && end - h - 1 > want {
            return Some(doc.span(h, end));
        }
    }
    None
}

/// The commune of the built-in gazetteer that the first 400 entities of
/// the document name most, twice at least (the first named of those
/// tied): the town an article is about.
fn most_named_town(doc: &Doc<'_, '_>) -> Option<usize> {
    let ents = &doc.ents[..doc.ents.len().min(400)];
    let town = |e: &crate::Entity<'_>| {
        e.label() == Label::Loc
            && e.entry()
                .and_then(|x| x.kind())
                .is_some_and(|k| matches!(k, "commune" | "city"))
    };
    // (First entity and count of each town: one pass.)
    let mut counts: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    for (i, e) in ents.iter().enumerate() {
        if let Some(id) = e.id().filter(|_| town(e)) {
            counts.entry(id).or_insert((i, 0)).1 += 1;
        }
    }
    let best = counts
        .values()
        .filter(|&&(_, c)| c >= 2)
        .max_by_key(|&&(i, c)| (c, std::cmp::Reverse(i)))
        .copied();
    // Else the first place the text locates by its département in
    // brackets (`à Chantemerle-les-Prés (Charente-Maritime)`), a town no
    // list knows.
    best.map(|(i, _)| i).or_else(|| {
        ents.iter().position(|e| {
            let t = doc.tok_at(e.end());
            e.label() == Label::Loc
                && e.entry().is_none()
                && doc.low(t) == "("
                && doc.entity(t + 1).is_some_and(|d| {
                    let d = &doc.ents[d];
                    d.entry().and_then(|x| x.kind()) == Some("departement")
                        && doc.low(doc.tok_at(d.end())) == ")"
                })
        })
    })
}

/// Does `s` open with `de`, `du`, `des` or `d'` (a complement with its
/// preposition)?
fn starts_with_de(s: &str) -> bool {
    ["de ", "du ", "des ", "d'", "d’"]
        .iter()
        .any(|p| s.starts_with(p))
}

/// The complement of the last `ministre de X` or `ministère de X` in the
/// 400 tokens before token `k`, with its preposition (`de l'Éducation
/// nationale`, `du Travail`): a capitalised word, then words up to a
/// punctuation mark, a verb or four words on (`et des Finances` goes on).
fn ministry_named_before(doc: &Doc<'_, '_>, k: usize) -> Option<Span> {
    let n = doc.n();
    (k.saturating_sub(400)..k).rev().find_map(|h| {
        if !matches!(doc.low(h), "ministre" | "ministère") {
            return None;
        }
        let de = h + 1;
        if !matches!(doc.low(de), "de" | "d'" | "du" | "des") {
            return None;
        }
        let u = capital_after_de(doc, de)?;
        let mut e = u + 1;
        while e < n && e <= u + 4 && doc.is_word_token(e) && !doc.is_known_verb(e) {
            let w = doc.low(e);
            // (`et des Finances`, `et de la Souveraineté`: a second name.)
            if w == "et" {
                let v = if matches!(doc.low(e + 1), "de" | "des" | "du") {
                    e + 2
                } else {
                    e + 1
                };
                let v = if matches!(doc.low(v), "la" | "l'") {
                    v + 1
                } else {
                    v
                };
                if v < n && upper(doc, v) {
                    e = v + 1;
                    continue;
                }
                break;
            }
            // (Not the minister's name: `le ministre de l'Intérieur Gérald
            // Darmanin`.)
            if super::extract::is_det(w)
                || matches!(w, "a" | "qui" | "que")
                || doc
                    .entity(e)
                    .is_some_and(|x| doc.ents[x].label() == Label::Per)
            {
                break;
            }
            e += 1;
        }
        Some(doc.span(de, e))
    })
}

/// The one person (of the description's gender) a new paragraph names
/// before the quote of mention `m` (a description `first..last` of a
/// person no profile matched), when the last speaker spoke in an earlier
/// paragraph and no pronoun of the paragraph takes that speaker up: `Dans
/// la nuit, Rishi Sunak avait reconnu sa défaite. « … », a déclaré le
/// Premier ministre sortant`.
fn paragraph_newcomer(
    doc: &Doc<'_, '_>,
    m: &Mention,
    first: usize,
    last: usize,
    own: &[Span],
    history: &[Said],
    profiles: &[Profile],
) -> Option<usize> {
    let MentionKind::Desc { gender, .. } = m.kind else {
        return None;
    };
    let words = || (first..last).map(|k| doc.low(k));
    if !words().take(4).any(is_human_noun) || words().any(is_proxy_role) {
        return None;
    }
    let from = before_quotation(m, own);
    // The paragraph's start: after the last line break, at most 3,000
    // bytes back (a bounded look per quote).
    let lo = from.saturating_sub(3000);
    let head = doc.text.as_bytes().get(lo..from)?;
    let para = lo + memchr::memrchr(b'\n', head)? + 1;
    let prev = history.last()?;
    if !prev.person || prev.at >= para {
        return None;
    }
    // (`Il a ensuite reçu Nick Robinson`: a pronoun subject of the
    // paragraph takes the last speaker up, whom the person met does not
    // replace; at most 60 tokens read.)
    let (pt, ft) = (doc.tok_at(para), doc.tok_at(from));
    if (pt..ft)
        .take(60)
        .any(|k| matches!(doc.low(k), "il" | "elle") && (k == pt || doc.sent_range(k).0 == k))
    {
        return None;
    }
    let i = doc.ents.partition_point(|e| e.start() < from);
    let j = doc.ents.partition_point(|e| e.start() < para);
    let mut found: Option<usize> = None;
    for k in j.max(i.saturating_sub(30))..i {
        let e = &doc.ents[k];
        if e.label() != Label::Per
            || !compatible(e.gender(), gender)
            || own.iter().any(|c| c.contains(e.span()))
            || other_office(doc, first, last, k, profiles)
            || asker(doc, doc.tok_at(e.start()))
        {
            continue;
        }
        // (A person the last speaker is, or a second person: none.)
        if prev.entity.is_some_and(|p| doc.ents[p].key() == e.key()) {
            return None;
        }
        match found {
            Some(f) if doc.ents[f].key() != e.key() => return None,
            Some(_) => {}
            None => found = Some(k),
        }
    }
    found
}

/// Does the gazetteer give entity `e` the office the description
/// `first..last` names only as one it still holds (`président de la
/// République@2017-05-14/`, no end date), so that it is not the former
/// holder the description says (`L'ancien président écrit que …` after
/// `Emmanuel Macron en prend pour son grade.`)?
fn holds_still(doc: &Doc<'_, '_>, first: usize, last: usize, e: usize) -> bool {
    let words = desc_words(doc, first, last);
    let Some((o, _)) = offices_in(&words).next() else {
        return false;
    };
    let Some(entry) = doc.ents[e].entry() else {
        return false;
    };
    let (mut open, mut ended) = (false, false);
    for (x, _, still) in role_offices(entry) {
        if x == o {
            if still {
                open = true;
            } else {
                ended = true;
            }
        }
    }
    open && !ended
}

/// Does the profile's own text give the person an office that lengthens
/// the description's (`avocat général` for `l'avocat des parties
/// civiles`), and none that is the description's?
fn longer_office(words: &[&str], p: &Profile) -> bool {
    let Some((o, _)) = offices_in(words).next() else {
        return false;
    };
    let own = profile_words(p.text.get(p.own..).unwrap_or(""));
    let mut longer = false;
    for (x, _) in offices_in(&own) {
        if x == o {
            return false;
        }
        longer |= x.len() > o.len() && x.starts_with(o) && x.as_bytes()[o.len()] == b' ';
    }
    longer
}

/// `Me Sophie Arnaud a plaidé … « … », a lancé l'avocate`: a noun of
/// someone who speaks for another (a lawyer) stands for the person the
/// text itself introduced by that office (`Me`, `l'avocate X`), the
/// profile's own words.
fn introduced_as(
    doc: &Doc<'_, '_>,
    first: usize,
    last: usize,
    e: usize,
    profiles: &[Profile],
) -> bool {
    let words = desc_words(doc, first, last);
    let Some((o, _)) = offices_in(&words).next() else {
        return false;
    };
    let key = doc.ents[e].key();
    // (Or the title right before a mention: `Me`.)
    profiles.iter().any(|p| {
        doc.ents[p.entity].key() == key
            && (offices_in(&profile_words(p.text.get(p.own..).unwrap_or(""))).any(|(x, _)| x == o)
                || p.mentions.iter().take(8).any(|&at| {
                    let t = doc.tok_at(at);
                    t > 0 && office(doc.low(t - 1)) == Some(o)
                }))
    })
}

/// `La ministre …, Françoise Gatel, … l'ancienne sénatrice d'Ille-et-Vilaine
/// a reconnu …`: a member of the government holds no seat in Parliament
/// (the offices are incompatible), so a seat of deputy or senator the
/// description calls former is left, whatever the gazetteer's dates say,
/// when the text or the gazetteer makes the person a minister now.
fn seat_left_for_government(
    doc: &Doc<'_, '_>,
    words: &[&str],
    e: usize,
    p: Option<&Profile>,
) -> bool {
    let seat = offices_in(words)
        .next()
        .is_some_and(|(o, _)| matches!(o, "député" | "sénateur"));
    // (In the profile's words, or among the 16 tokens of its sentence
    // before one of the first mentions, past a long portfolio: `La
    // ministre de l'Aménagement du territoire et de la Décentralisation,
    // Françoise Gatel`.)
    let said = p.is_some_and(|p| {
        let own = p.text.get(p.own..).unwrap_or("");
        profile_words(own)
            .iter()
            .any(|w| office(w) == Some("ministre"))
            || p.mentions.iter().take(8).any(|&at| {
                let t = doc.tok_at(at);
                let (ss, _) = doc.sent_range(t);
                (ss.max(t.saturating_sub(16))..t).any(|k| {
                    office(doc.low(k)) == Some("ministre") && !(k > 0 && is_former(doc.low(k - 1)))
                })
            })
    });
    let held = doc.ents[e].entry().is_some_and(|x| {
        role_offices(x)
            .iter()
            .any(|&(o, _, still)| o == "ministre" && still)
    });
    seat && (said || held)
}

/// The offices the gazetteer's roles of `entry` name (as [`offices_in`]
/// reads them), each with whether its role is still held (its dates end
/// with `/`).
fn role_offices(entry: &crate::gazetteer::Entry) -> Vec<(&'static str, Option<Head>, bool)> {
    let mut out = Vec::new();
    for r in entry.attrs("role") {
        let (name, dates) = r.split_once('@').unwrap_or((r, ""));
        let name = lower(name);
        let still = dates.ends_with('/');
        out.extend(offices_in(&profile_words(&name)).map(|(o, h)| (o, h, still)));
    }
    out
}

/// Does the text's own part of a profile call the person a former
/// holder of something (`ancien`, `ex-`)?
fn said_former(own: &str) -> bool {
    profile_words(own).iter().any(|w| is_former(w))
}

/// Is the name at token `t` who asked, in a participle phrase opening its
/// sentence (`Interrogée par la rapporteure, Laurence Cohen, sur …, la
/// directrice a répondu`): `par` at most four tokens before it, the
/// participle of asking first?
fn asker(doc: &Doc<'_, '_>, t: usize) -> bool {
    let (ss, _) = doc.sent_range(t);
    t > ss + 1
        && t <= ss + 6
        && [
            "interrog",
            "interpell",
            "questionn",
            "sollicit",
            "auditionn",
        ]
        .iter()
        .any(|p| doc.low(ss).starts_with(p))
        && (ss + 1..t).any(|x| doc.low(x) == "par")
}

/// The article's protagonist, in place of the person `recent` that a
/// description of a trade (`le professeur`, `le logisticien`: a noun of
/// people, no office, tokens `first..last`) would otherwise take: the
/// person who opens the article's first sentence as its subject
/// ([`lead_subject`]), of a compatible gender, named before `at`, when
/// `recent` is another person whose last mention is a complement (after a
/// preposition or a verb: `revenait à Joel Mokyr`, `où l'attendaient
/// Emmanuel Macron`).
fn protagonist_over(
    doc: &Doc<'_, '_>,
    profiles: &[Profile],
    recent: usize,
    first: usize,
    last: usize,
    gender: Option<Gender>,
    at: usize,
) -> Option<usize> {
    let head = doc.low(head_at(doc, first));
    // (A noun of people or one the lists do not know, `le logisticien`;
    // not an office, a body or a document.)
    if office(head).is_some()
        || is_org_noun(head)
        || is_document_noun(head)
        || is_collective(head)
        || last <= first
        || !doc.is_word(head_at(doc, first))
    {
        return None;
    }
    if (first..last).any(|k| is_proxy_role(doc.low(k))) {
        return None;
    }
    let p = lead_subject(doc)?;
    let lead = &doc.ents[p];
    if lead.key() == doc.ents[recent].key()
        || lead.start() >= at
        || !compatible(lead.gender(), gender)
    {
        return None;
    }
    let t = doc.tok_at(doc.ents[recent].start());
    let complement = t > 0
        && doc.is_word(t - 1)
        && !doc.starts_upper(t - 1)
        && !super::extract::is_det(doc.low(t - 1))
        && !super::extract::is_title_abbrev(doc.low(t - 1))
        && !is_human_noun(doc.low(t - 1));
    // (Or one whose own appositions give another noun of people:
    // `Bruno Retailleau, président des Républicains` is no `économiste`.)
    let key = doc.ents[recent].key();
    let described_otherwise = || {
        profiles
            .iter()
            .find(|pr| doc.ents[pr.entity].key() == key)
            .and_then(|pr| pr.text.get(pr.own..))
            .is_some_and(|own| {
                !own.contains(head) && own.split([' ', '\'']).any(|w| office(w).is_some())
            })
    };
    (complement || described_otherwise()).then_some(p)
}

/// `« Je n'ai pas frappé pour faire mal » : un policier jugé à Bobigny¶¶…
/// « Je n'ai pas frappé pour faire mal. J'ai frappé pour … », a-t-il
/// déclaré`: a quotation of the title (the text's first line) whose
/// speaker the title does not name takes the speaker of the first quote of
/// the body that quotes its words again (compared on letters and digits,
/// case folded; `str::contains` searches in linear time). A quotation
/// whose speaker is [`Who::Echoed`] stays only when such a quote of the
/// body is the same entity's (`Thomas Kerbrat “heureux d'être à la
/// maison”¶¶… « Je suis heureux d'être à la maison », a-t-il déclaré`).
/// At most four title quotes are looked up, each against the body's
/// quotes once: linear in the text.
fn title_quoted_again(doc: &Doc<'_, '_>, resolved: &mut Vec<Resolved>) {
    let Some(line_end) = doc.title_end() else {
        return;
    };
    let in_title = resolved
        .iter()
        .take_while(|r| r.0.pieces.last().is_some_and(|p| p.end <= line_end))
        .count();
    if in_title == 0 {
        return;
    }
    // (Past the fourth, a title's quotation awaiting confirmation has none.)
    let mut unconfirmed: Vec<bool> = resolved[..in_title]
        .iter()
        .map(|r| matches!(r.0.who, Who::Echoed(_)))
        .collect();
    for i in 0..in_title.min(4) {
        let echoed = matches!(resolved[i].0.who, Who::Echoed(_));
        let named = resolved[i]
            .2
            .and_then(|s| s.entity)
            .map(|e| doc.ents[e].key());
        if !echoed
            && resolved[i]
                .2
                .is_some_and(|s| s.entity.is_some() || s.name.is_some())
        {
            continue;
        }
        let needle = folded_chars(doc, &resolved[i].0.pieces);
        // (Three words at least: not a single word a body may repeat.)
        if needle.chars().count() < 12 {
            continue;
        }
        let found = resolved[in_title..].iter().position(|r| {
            r.2.is_some_and(|s| {
                // (For a name of the title, that name's quote only.)
                if echoed {
                    s.entity.is_some_and(|e| Some(doc.ents[e].key()) == named)
                } else {
                    s.entity.is_some() || s.name.is_some()
                }
            }) && {
                let hay = folded_chars(doc, &r.0.pieces);
                hay.contains(needle.as_str())
            }
        });
        if let Some(j) = found {
            unconfirmed[i] = false;
            if !echoed {
                let (said, ki) = (resolved[in_title + j].2, resolved[in_title + j].4);
                let at = resolved[i].0.anchor;
                resolved[i].2 = said.map(|s| Said { at, ..s });
                resolved[i].4 = ki;
            }
        }
    }
    if unconfirmed.contains(&true) {
        let mut i = 0;
        resolved.retain(|_| {
            i += 1;
            !unconfirmed.get(i - 1).copied().unwrap_or(false)
        });
    }
}

/// `Pompiers du Gard : le Sdis « au bord de la rupture », alerte son chef
/// de corps`: a title's quote whose speaker is a definite description of
/// a person that named no one takes the speaker of the body's first
/// quote, a person of a compatible gender who holds no other office (the
/// lead the title sums up). Not a proxy's noun (`son avocat`), nor kin.
fn title_description_lead(doc: &Doc<'_, '_>, resolved: &mut [Resolved], tables: &Tables) {
    let Some(line) = doc.title_end() else {
        return;
    };
    let Some(j) = resolved
        .iter()
        .position(|r| r.0.pieces.first().is_some_and(|p| p.start > line))
    else {
        return;
    };
    let lead = resolved[j]
        .2
        .filter(|s| s.person && s.entity.is_some_and(|e| doc.ents[e].label() == Label::Per));
    for i in 0..j {
        let r = &resolved[i];
        let Who::Mention(Mention {
            kind:
                MentionKind::Desc {
                    first,
                    last,
                    gender,
                    definite: true,
                    human: true,
                    ..
                },
            ..
        }) = r.0.who
        else {
            continue;
        };
        let unnamed = r.2.is_none_or(|s| s.entity.is_none() && s.name.is_none());
        let words = desc_words(doc, first, last);
        let proxy = words
            .iter()
            .any(|w| is_proxy_role(w) || is_lawyer_or_kin(w));
        if !unnamed || proxy || r.0.pieces.last().is_none_or(|p| p.end > line) {
            continue;
        }
        let at = resolved[i].0.anchor;
        let fits = |e: usize| {
            compatible(doc.ents[e].gender(), gender)
                && !other_office(doc, first, last, e, tables.profiles(doc))
        };
        if let Some(lead) = lead.filter(|s| s.entity.is_some_and(fits)) {
            resolved[i].2 = Some(Said { at, ..lead });
            resolved[i].4 = resolved[j].4;
        } else if let Some(e) = introduced_in_body(doc, &words, gender, line) {
            // (`le ministre « ne reculera pas »` over an article whose
            // lead quotes a union: the person the body introduces by the
            // title's office, `Le ministre de l'Éducation nationale,
            // Édouard Geffray`.)
            resolved[i].2 = Some(Said {
                at,
                ..entity_said(doc, e)
            });
        }
    }
}

/// The person the body (the text after byte `line`, a title's end)
/// introduces by the office the words `words` name, or by their noun of
/// people when they name no office (`le ministre` → `Le ministre de
/// l'Éducation nationale, Édouard Geffray`; `son propriétaire` → `Le
/// propriétaire de la chaîne, le milliardaire Marc-Antoine Vérignac`): at
/// the body's first use of that noun after an article, the first person
/// named in the 12 tokens after it, in its sentence, of a compatible
/// gender; none when that use names no one (`Le ministre de
/// l'Agriculture a promis …`; `l'ancien ministre` is no such use, its
/// noun not right after the article). Reads the body up to its first such
/// use.
fn introduced_in_body(
    doc: &Doc<'_, '_>,
    words: &[&str],
    gender: Option<Gender>,
    line: usize,
) -> Option<usize> {
    let o = offices_in(words).next().map(|(o, _)| o);
    let noun = words.iter().copied().find(|w| is_human_noun(w));
    if o.is_none() && noun.is_none() {
        return None;
    }
    let names = |w: &str| match o {
        Some(o) => office(w) == Some(o),
        None => noun == Some(w),
    };
    // (A use after `au`, `du` refers back, `a reproché au ministre de
    // …`: only a description that could introduce someone counts.)
    let from = doc.tok_at(line);
    let first = (from..doc.n()).find(|&k| {
        names(doc.low(k)) && k > 0 && matches!(doc.low(k - 1), "le" | "la" | "l'" | "un" | "une")
    })?;
    let (_, se) = doc.sent_range(first);
    let t = (first + 1..(first + 13).min(se)).find(|&k| {
        doc.entity(k)
            .is_some_and(|e| doc.ents[e].label() == Label::Per)
    })?;
    let e = doc.entity(t)?;
    compatible(doc.ents[e].gender(), gender).then_some(e)
}

/// `« Mon adversaire disait en janvier “…”. … », a lancé le maire
/// sortant`: the speaker's opponent inside their own quotation is the
/// person named last before it (in the 1,500 bytes before) who is not
/// the outer quotation's speaker, as for `son adversaire` after someone
/// spoke.
fn opponent_inside(doc: &Doc<'_, '_>, resolved: &mut [Resolved]) {
    for i in 0..resolved.len() {
        let Some(sp) = resolved[i].1 else { continue };
        let t = doc.tok_at(sp.start);
        let mine = matches!(doc.low(t), "mon" | "ma")
            && t + 1 < doc.n()
            && doc.toks[t + 1].end() == sp.end
            && is_opponent(doc.low(t + 1));
        let unnamed = resolved[i]
            .2
            .is_none_or(|s| s.entity.is_none() && s.name.is_none());
        let (Some(a), Some(b)) = (resolved[i].0.pieces.first(), resolved[i].0.pieces.last()) else {
            continue;
        };
        if !mine || !unnamed {
            continue;
        }
        let hull = Span::new(a.start, b.end);
        let outer = (i.saturating_sub(4)..(i + 5).min(resolved.len())).find_map(|j| {
            let r = &resolved[j];
            (j != i
                && r.0
                    .pieces
                    .iter()
                    .any(|p| p.start <= hull.start && hull.end <= p.end))
            .then_some(r.2?.entity?)
        });
        let Some(p) = outer else { continue };
        let key = doc.ents[p].key();
        let k = doc.ents.partition_point(|e| e.start() < sp.start);
        let other = (k.saturating_sub(30)..k).rev().find(|&x| {
            let e = &doc.ents[x];
            e.label() == Label::Per && e.key() != key && e.start() + 1500 >= sp.start
        });
        if let Some(e) = other {
            let at = resolved[i].0.anchor;
            resolved[i].2 = Some(Said {
                at,
                ..entity_said(doc, e)
            });
        }
    }
}

/// `« Ma mère criait. Je lui ai hurlé : “Arrêtez !” Il a ri », a témoigné
/// la jeune femme`: a quote inside another quote's words whose speaker is
/// the first person (`je`, `j'`, `moi`) and names no one is that quote's
/// speaker's (the four quotes around it looked at: linear).
fn first_person_inside(doc: &Doc<'_, '_>, resolved: &mut [Resolved]) {
    for i in 0..resolved.len() {
        let first_person = resolved[i].1.is_some_and(|sp| {
            doc.text
                .get(sp.start..sp.end)
                .is_some_and(|w| matches!(w, "je" | "Je" | "j'" | "J'" | "j’" | "J’" | "moi"))
        }) && resolved[i]
            .2
            .is_none_or(|s| s.entity.is_none() && s.name.is_none());
        let (Some(a), Some(b)) = (resolved[i].0.pieces.first(), resolved[i].0.pieces.last()) else {
            continue;
        };
        if !first_person {
            continue;
        }
        let hull = Span::new(a.start, b.end);
        let outer = (i.saturating_sub(4)..(i + 5).min(resolved.len())).find(|&j| {
            j != i
                && resolved[j]
                    .0
                    .pieces
                    .iter()
                    .any(|p| p.start <= hull.start && hull.end <= p.end)
                && resolved[j]
                    .2
                    .is_some_and(|s| s.entity.is_some() || s.name.is_some())
        });
        if let Some(j) = outer {
            let at = resolved[i].0.anchor;
            resolved[i].2 = resolved[j].2.map(|s| Said { at, ..s });
            resolved[i].4 = resolved[j].4;
        }
    }
}

/// The lower-cased letters and digits of the text's `pieces`, in order.
fn folded_chars(doc: &Doc<'_, '_>, pieces: &[Span]) -> String {
    pieces
        .iter()
        .filter_map(|p| doc.text.get(p.start..p.end))
        .flat_map(|p| p.chars())
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The person who opens the article's first sentence after its title
/// line as its subject: the sentence's first entity, a person, after at
/// most three words that are determiners or capitalised (`Le Français
/// Philippe Aghion a reçu …`, `Thomas Kerbrat, enlevé …`).
fn lead_subject(doc: &Doc<'_, '_>) -> Option<usize> {
    let k0 = match doc.title_end() {
        Some(line) => doc.toks.partition_point(|t| t.start() <= line),
        None => 0,
    };
    if k0 >= doc.n() {
        return None;
    }
    let (ss, se) = doc.sent_range(k0);
    let x = (ss..se.min(ss + 4)).find(|&x| doc.entity(x).is_some())?;
    let e = doc.entity(x)?;
    // (Or a lower-case noun, no verb: `Le brigadier Kévin Marchal, 31
    // ans, …`.)
    let opens = (ss..x).all(|y| {
        super::extract::is_det(doc.low(y))
            || doc.starts_upper(y)
            || (doc.is_word(y) && !doc.is_known_verb(y))
    });
    (opens && doc.ents[e].label() == Label::Per && doc.tok_at(doc.ents[e].start()) == x)
        .then_some(e)
}

/// The last person of a compatible gender among the 30 entities and
/// 1,500 bytes before `at`, outside the quote's own words `own`, for whom
/// `pred` holds (an entity index).
fn person_near_where(
    doc: &Doc<'_, '_>,
    at: usize,
    gender: Option<Gender>,
    own: &[Span],
    pred: impl Fn(usize) -> bool,
) -> Option<usize> {
    let i = doc.ents.partition_point(|e| e.start() < at);
    (i.saturating_sub(30)..i).rev().find(|&x| {
        let e = &doc.ents[x];
        e.label() == Label::Per
            && e.start() + 1500 >= at
            && compatible(e.gender(), gender)
            && !own.iter().any(|c| c.contains(e.span()))
            && pred(x)
    })
}

/// A person of a compatible gender named in the 1,500 bytes before `at`,
/// not as the complement of a noun nor inside a relative clause: of the
/// people of the last sentence that names one, the most named.
fn recent_person(doc: &Doc<'_, '_>, at: usize, gender: Option<Gender>) -> Option<usize> {
    let i = doc.ents.partition_point(|e| e.start() < at);
    let lo = i.saturating_sub(30);
    let base = |k: usize| {
        let e = &doc.ents[k];
        e.label() == Label::Per
            && compatible(e.gender(), gender)
            && e.start() + 1500 >= at
            && !complement_of_noun(doc, e.start())
            && !in_relative(doc, e.start())
    };
    // (A person a phrase is about, `ses propos sur X`, only when no one
    // else fits.)
    let others = (lo..i).any(|k| base(k) && !topic_of_phrase(doc, doc.ents[k].start()));
    let fits = |k: usize| base(k) && (!others || !topic_of_phrase(doc, doc.ents[k].start()));
    // The people of the last sentence that names one; of them, the one
    // named most often lately (`la judokate Majlinda Kelmendi a battu
    // l'Italienne Odette Giuffrida … a déclaré la championne`), the most
    // recent on a tie.
    let last = (lo..i).rev().find(|&k| fits(k))?;
    let sent = entity_sentence(doc, last);
    // (Counted over the last 200 entities: a bounded scan a quote.)
    let times = |k: usize| {
        let key = doc.ents[k].key();
        doc.ents[i.saturating_sub(200)..i]
            .iter()
            .filter(|e| e.key() == key)
            .count()
    };
    let mut best = (times(last), last);
    for k in (lo..last).rev() {
        if entity_sentence(doc, k) != sent {
            break;
        }
        if fits(k) && times(k) > best.0 {
            best = (times(k), k);
        }
    }
    Some(best.1)
}

/// Lower-case demonyms (`jamaïcain`, `brésiliennes`) to the id of their
/// country, from the built-in gazetteer's `demonym` attributes (built on
/// first use).
static DEMONYMS: std::sync::LazyLock<FxHashMap<String, Box<str>>> =
    std::sync::LazyLock::new(|| {
        let mut m = FxHashMap::default();
        for e in crate::Gazetteer::builtin().iter() {
            if e.label() != Label::Loc || e.kind() != Some("country") {
                continue;
            }
            for d in e.attrs("demonym") {
                for form in d.split([' ', '|']).filter(|f| !f.is_empty()) {
                    m.entry(form.to_lowercase())
                        .or_insert_with(|| e.id().into());
                }
            }
        }
        m
    });

/// The country whose demonym the lower-case word `w` is, or that of a
/// region's adjective whose people the press names by it (`le dirigeant
/// flamand` is Belgian, `le Premier ministre catalan` Spanish).
pub(crate) fn demonym_country(w: &str) -> Option<&'static str> {
    DEMONYMS.get(w).map(|c| &**c).or_else(|| {
        let country = match w.trim_end_matches('s') {
            "flamand" | "flamande" | "wallon" | "wallonne" => "belge",
            "bavarois" | "bavaroise" => "allemand",
            "catalan" | "catalane" | "andalou" | "andalouse" => "espagnol",
            "écossais" | "écossaise" | "gallois" | "galloise" => "britannique",
            "québécois" | "québécoise" => "canadien",
            "sicilien" | "sicilienne" | "lombard" | "lombarde" => "italien",
            _ => return None,
        };
        DEMONYMS.get(country).map(|c| &**c)
    })
}

/// The person of that country named last before byte `at` (within 30
/// entities and 1,500 bytes): by the gazetteer's `country`, or by a
/// capitalised demonym right before the name (`le Jamaïcain Usain Bolt`).
fn recent_compatriot(
    doc: &Doc<'_, '_>,
    at: usize,
    country: &str,
    gender: Option<Gender>,
) -> Option<usize> {
    let i = doc.ents.partition_point(|e| e.start() < at);
    (i.saturating_sub(30)..i).rev().find(|&k| {
        let e = &doc.ents[k];
        if e.label() != Label::Per || e.start() + 1500 < at || !compatible(e.gender(), gender) {
            return false;
        }
        if e.entry().and_then(|x| x.attr("country")) == Some(country) {
            return true;
        }
        let t = doc.tok_at(e.start());
        t > 0 && upper(doc, t - 1) && demonym_country(doc.low(t - 1)) == Some(country)
    })
}

/// The sentence index of entity `e`.
fn entity_sentence(doc: &Doc<'_, '_>, e: usize) -> u32 {
    doc.sent(doc.tok_at(doc.ents[e].start()))
}

/// Is the entity starting at byte `at` the complement of a noun (`le
/// neveu de Vincent Lambert`, `l'aéroport Mohammed V`)? Such a person is
/// not whom a later description takes up.
fn complement_of_noun(doc: &Doc<'_, '_>, at: usize) -> bool {
    let t = doc.tok_at(at);
    t > 0
        && matches!(
            doc.low(t - 1),
            "de" | "d'"
                | "du"
                | "des"
                // A person's name in the name of a place (`l'aéroport
                // Mohammed V`, `le lycée Victor Hugo`).
                | "aéroport"
                | "rue"
                | "avenue"
                | "boulevard"
                | "place"
                | "stade"
                | "lycée"
                | "collège"
                | "école"
                | "hôpital"
                | "université"
                | "gare"
                | "pont"
                | "prix"
                | "mosquée"
                | "église"
                | "cathédrale"
                | "basilique"
                | "synagogue"
                | "musée"
                | "hôtel"
                | "palais"
                | "parc"
                | "théâtre"
        )
}

/// The most recent organisation named in the 1,500 bytes before `at`.
fn recent_org(doc: &Doc<'_, '_>, at: usize) -> Option<usize> {
    recent_org_where(doc, at, |_| true)
}

/// [`recent_org`] among the organisations `fits` accepts. An
/// organisation given as an example (`Plusieurs groupes européens, comme
/// l'irlandais CRH ou le britannique Arm,`) is taken up only when no
/// other is there.
fn recent_org_where(doc: &Doc<'_, '_>, at: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
    let i = doc.ents.partition_point(|e| e.start() < at);
    let found = |examples: bool| {
        (i.saturating_sub(30)..i).rev().find(|&k| {
            doc.ents[k].label() == Label::Org
                && doc.ents[k].start() + 1500 >= at
                && fits(k)
                && (examples || !example(doc, doc.tok_at(doc.ents[k].start())))
        })
    };
    // (An example is still the one when there is no other: `notamment
    // ceux de Kering. … a expliqué le groupe`.)
    found(false).or_else(|| found(true))
}

/// Is the name at token `t` given as an example of a plural (`des
/// groupes, comme l'irlandais CRH ou Arm`, `notamment X`, `tels que X`,
/// `plusieurs clubs, dont le PSG`)?
/// Looks back over at most eight tokens of the list: articles, lower-case
/// adjectives, names, commas, `et`, `ou`.
fn example(doc: &Doc<'_, '_>, t: usize) -> bool {
    let (ss, _) = doc.sent_range(t);
    let mut k = t;
    for _ in 0..8 {
        if k <= ss {
            return false;
        }
        k -= 1;
        let w = doc.low(k);
        match w {
            "notamment" => return true,
            "que" => return k > ss && matches!(doc.low(k - 1), "tels" | "telles"),
            // (`Plusieurs clubs, dont le PSG et l'OM,`.)
            "comme" | "dont" => {
                // (After a comma or a plural: `des pays comme la France`;
                // not `comme l'a dit X`, `comme président`.)
                return k > ss && {
                    let p = doc.low(k - 1);
                    p == "," || (p.ends_with('s') || p.ends_with('x')) && !doc.starts_upper(k - 1)
                };
            }
            "," | "et" | "ou" | "le" | "la" | "l'" | "les" => {}
            _ if doc.entity(k).is_some() => {}
            _ if doc.is_word(k) && !doc.starts_upper(k) && !doc.is_known_verb(k) => {}
            _ => return false,
        }
    }
    false
}
/// The office a noun names, in the masculine (`procureure` →
/// `procureur`): offices held by different people of one article. Nouns
/// that describe anyone (`responsable`, `chef`, `élu`, `homme`,
/// `magistrat`, `candidat`) name none.
fn office(w: &str) -> Option<&'static str> {
    Some(match w {
        "ministre" => "ministre",
        "président" | "présidente" | "président-élu" | "président-candidat" => "président",
        "vice-président" | "vice-présidente" => "vice-président",
        "secrétaire" => "secrétaire",
        "porte-parole" => "porte-parole",
        "procureur" | "procureure" | "vice-procureur" | "vice-procureure" => "procureur",
        "juge" => "juge",
        // (`Me` before a name: a lawyer.)
        "avocat" | "avocate" | "me" => "avocat",
        "maire" | "édile" => "maire",
        "député" | "députée" => "député",
        "sénateur" | "sénatrice" => "sénateur",
        "ambassadeur" | "ambassadrice" => "ambassadeur",
        "commissaire" => "commissaire",
        "gouverneur" => "gouverneur",
        "préfet" | "préfète" => "préfet",
        "directeur" | "directrice" => "directeur",
        "proviseur" | "proviseure" => "proviseur",
        "fondateur" | "fondatrice" => "fondateur",
        "pape" => "pape",
        "roi" | "reine" | "souverain" | "souveraine" | "monarque" => "roi",
        "prince" | "princesse" => "prince",
        "sélectionneur" => "sélectionneur",
        "entraîneur" => "entraîneur",
        "capitaine" => "capitaine",
        "policier" | "policière" => "policier",
        "évêque" | "archevêque" | "cardinal" => "évêque",
        "imam" => "imam",
        "rabbin" => "rabbin",
        "journaliste" => "journaliste",
        "médecin" => "médecin",
        "général" | "colonel" | "commandant" | "lieutenant" | "sergent" | "lieutenant-colonel"
        | "amiral" | "vice-amiral" | "contre-amiral" => "officier",
        "témoin" => "témoin",
        _ => return None,
    })
}

/// A head of state or of government: offices a description names in
/// several words (`le chef de l'État`, `le locataire de Matignon`) and a
/// profile by any of their names (`président de la République`,
/// `President of Turkey`, `le président russe`, `Premier ministre`,
/// `chancelier`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Head {
    State,
    Government,
}

/// Offices named in several words, with the head they are.
const OFFICE_PHRASES: &[(&[&str], Head)] = &[
    (&["chef", "de", "l'", "état"], Head::State),
    (&["cheffe", "de", "l'", "état"], Head::State),
    (&["chef", "d'", "état"], Head::State),
    (&["cheffe", "d'", "état"], Head::State),
    // (Capitals written without their accent: `le chef de l'Etat`.)
    (&["chef", "de", "l'", "etat"], Head::State),
    (&["cheffe", "de", "l'", "etat"], Head::State),
    (&["chef", "d'", "etat"], Head::State),
    (&["cheffe", "d'", "etat"], Head::State),
    (&["locataire", "de", "l'", "élysée"], Head::State),
    (&["locataire", "de", "l'", "elysée"], Head::State),
    (&["locataire", "de", "l'", "elysee"], Head::State),
    (&["président", "de", "la", "république"], Head::State),
    (&["présidente", "de", "la", "république"], Head::State),
    (&["président", "de", "la", "fédération"], Head::State),
    (&["chef", "du", "gouvernement"], Head::Government),
    (&["cheffe", "du", "gouvernement"], Head::Government),
    (&["locataire", "de", "matignon"], Head::Government),
    (&["premier", "ministre"], Head::Government),
    (&["première", "ministre"], Head::Government),
    (&["prime", "minister"], Head::Government),
];

/// The office the lower-case words `w` name from `k` (as [`office`]
/// gives it), how many words name it, and the head of state or
/// government it is, if one: phrases first, then one word.
fn office_at(w: &[&str], k: usize) -> Option<(&'static str, usize, Option<Head>)> {
    let head = |h: Head, len: usize| {
        let o = match h {
            Head::State => "président",
            Head::Government => "premier ministre",
        };
        Some((o, len, Some(h)))
    };
    for (p, h) in OFFICE_PHRASES {
        if w.get(k..k + p.len()) == Some(p) {
            return head(*h, p.len());
        }
    }
    let x = *w.get(k)?;
    match x {
        // `President of Turkey` (a gazetteer role), not `President of the
        // European Commission`.
        "president" if w.get(k + 1) == Some(&"of") => {
            let body = w[k + 2..].iter().take(5).any(|y| {
                matches!(
                    *y,
                    "commission"
                        | "council"
                        | "parliament"
                        | "bank"
                        | "committee"
                        | "court"
                        | "assembly"
                        | "senate"
                        | "party"
                        | "board"
                )
            });
            if body {
                Some(("président", 2, None))
            } else {
                head(Head::State, 2)
            }
        }
        // `le président russe`.
        "président" | "présidente"
            if w.get(k + 1).is_some_and(|d| demonym_country(d).is_some()) =>
        {
            head(Head::State, 2)
        }
        "chancelier" | "chancelière" | "chancellor" => head(Head::Government, 1),
        // (`le locataire de la place Beauvau`, `de Bercy`: a minister by
        // the street of the ministry.)
        "locataire" => {
            let street = w[k + 1..].iter().take(4).position(|y| {
                matches!(
                    *y,
                    "beauvau" | "bercy" | "vendôme" | "grenelle" | "orsay" | "brienne"
                )
            })?;
            Some(("ministre", street + 2, None))
        }
        // (`Son chef de file, X`: an opposition's leader in a council, no
        // minister.)
        "chef" if w.get(k + 1) == Some(&"de") && w.get(k + 2) == Some(&"file") => {
            Some(("chef de file", 3, None))
        }
        // (`L'avocat général`, `l'avocate générale`: the prosecution at a
        // cour d'assises, no lawyer: not `l'avocat des parties civiles`.)
        "avocat" | "avocate"
            if w.get(k + 1)
                .is_some_and(|g| matches!(*g, "général" | "générale")) =>
        {
            Some(("avocat général", 2, None))
        }
        _ => office(x).map(|o| (o, 1, None)),
    }
}

/// The offices the lower-case words `w` name, in order.
fn offices_in<'w>(w: &'w [&'w str]) -> impl Iterator<Item = (&'static str, Option<Head>)> + 'w {
    let mut k = 0;
    std::iter::from_fn(move || {
        while k < w.len() {
            match office_at(w, k) {
                Some((o, len, h)) => {
                    k += len;
                    return Some((o, h));
                }
                None => k += 1,
            }
        }
        None
    })
}

/// The words of a profile's text, `l'état` as `l'` and `état`.
fn profile_words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for w in text.split(|c: char| !c.is_alphanumeric() && !matches!(c, '-' | '\'')) {
        let mut w = w;
        while let Some(p) = w.find('\'') {
            if p > 0 {
                out.push(&w[..=p]);
            }
            w = &w[p + 1..];
        }
        if !w.is_empty() {
            out.push(w);
        }
    }
    out
}

/// Does the description `first..last` name an office (`le procureur`)
/// that person `e` does not hold, while the document (an apposition, a
/// title) or the gazetteer gives `e` other offices (`le juge Pierre
/// Dupont`)? Then the description is someone else.
fn other_office(
    doc: &Doc<'_, '_>,
    first: usize,
    last: usize,
    e: usize,
    profiles: &[Profile],
) -> bool {
    let words = desc_words(doc, first, last);
    // (`le Premier ministre britannique` is not the German chancellor:
    // a nationality the description gives that the person's, from the
    // gazetteer or the text, is not.)
    let nationality = |ws: &[&str]| ws.iter().take(6).find_map(|w| demonym_country(w));
    // (Not a former office's: `cette ancienne diplomate française` is
    // Georgia's president.)
    let said = nationality(&words).filter(|_| !words.iter().any(|w| is_former(w)));
    let key = doc.ents[e].key();
    let p = profiles.iter().find(|p| doc.ents[p.entity].key() == key);
    let profile = p.map(|p| profile_words(&p.text));
    if let Some(c) = said {
        let theirs = doc.ents[e]
            .entry()
            .and_then(|x| x.attr("country"))
            .or_else(|| profile.as_deref().and_then(nationality));
        if theirs.is_some_and(|t| t != c) {
            return true;
        }
    }
    // (`l'élu` is no prefect: an appointed official of the State the text
    // describes as one, with no elected office.)
    if words.iter().take(3).any(|w| matches!(*w, "élu" | "élue"))
        && profile.as_deref().is_some_and(|ws| {
            ws.iter().any(|w| {
                matches!(
                    *w,
                    "préfet"
                        | "préfète"
                        | "sous-préfet"
                        | "sous-préfète"
                        | "procureur"
                        | "procureure"
                )
            }) && !ws.iter().any(|w| {
                matches!(
                    *w,
                    "maire"
                        | "député"
                        | "députée"
                        | "sénateur"
                        | "sénatrice"
                        | "conseiller"
                        | "conseillère"
                        | "adjoint"
                        | "adjointe"
                        | "élu"
                        | "élue"
                )
            })
        })
    {
        return true;
    }
    // (`L'ancien président écrit …` is not Emmanuel Macron, whom the
    // gazetteer gives the office still, unless the text calls him former.)
    if words.iter().any(|w| is_former(w))
        && holds_still(doc, first, last, e)
        && !p.is_some_and(|p| said_former(p.text.get(p.own..).unwrap_or("")))
        && !seat_left_for_government(doc, &words, e, p)
    {
        return true;
    }
    // (`Le proviseur a confié …` in an article on Emmanuel Macron: an
    // office or trade outside politics is no one whom the gazetteer
    // gives only political roles, whatever the text says of them.)
    // (Not a former trade, `L'ancien éleveur` for a senator who was
    // one, nor one the text gives the person.)
    let given = |pw: &[&str]| {
        words
            .iter()
            .any(|w| pw.contains(w) && (is_trade_noun(w) || office(w).is_some()))
    };
    if lay_role(&words)
        && !words.iter().any(|w| is_former(w))
        && !profile.as_deref().is_some_and(given)
        && gazetteer_politician(doc, e)
    {
        return true;
    }
    // (`le maire de la commune`, `de la ville`, `du village`: the town's
    // mayor, no one whose roles and words never make a mayor: not `Le
    // chef de Reform UK, Nigel Farage`.)
    let local_mayor = words.windows(3).any(|w| {
        matches!(w[0], "maire" | "mairesse")
            && matches!(
                (w[1], w[2]),
                ("de", "la") | ("du", "village") | ("de", "l'")
            )
    }) && words
        .iter()
        .any(|w| matches!(*w, "commune" | "ville" | "village" | "agglomération"));
    if local_mayor && !p.is_some_and(|p| p.text.contains("maire") || p.text.contains("mayor")) {
        return true;
    }
    let (Some(p), Some(profile)) = (p, profile) else {
        return false;
    };
    // (`l'économiste de 84 ans` is not `Nahid Islam, 26 ans`; `aux 30
    // ans de mandat` is no age.)
    if let (Some(a), Some(b)) = (stated_age(&words, true), stated_age(&profile, false)) {
        if a != b {
            return true;
        }
    }
    // (`le sexagénaire` is not `Un vététiste de 42 ans, Thomas Reynaud`:
    // a decade against a known age.)
    let decade = words.iter().find_map(|w| decade_of(w));
    if let (Some(d), Some(b)) = (decade, stated_age(&profile, false)) {
        if b.parse::<u32>().is_ok_and(|y| y / 10 != d) {
            return true;
        }
    }
    let Some((o, _)) = offices_in(&words).next() else {
        // (`le prévenu` after `L'avocat de la défense, Me X`: the parties
        // of a trial are distinct people.)
        let role = |ws: &[&str]| ws.iter().take(4).find_map(|w| trial_party(w));
        if let (Some(a), Some(b)) = (role(&words), role(&profile)) {
            if a != b {
                return true;
            }
        }
        // (`L'agriculteur … ne décolère pas` after Dmitri Peskov,
        // porte-parole: a trade the profile never gives is no office
        // holder's.)
        return words.iter().any(|w| is_trade_noun(w))
            && !words.iter().any(|w| profile.contains(w))
            && offices_in(&profile).any(|(x, _)| is_political_office(x));
    };
    // The offices the text gives the person: the gazetteer's roles are
    // partial (a deputy may lead her party), they say nothing against,
    // but one of them that is the description's says it is the person
    // (`Le rapporteur du texte, Olivier Falorni, … Le député MoDem de
    // Charente-Maritime`).
    let roles = profile_words(p.text.get(..p.own).unwrap_or(""));
    if offices_in(&roles).any(|(x, _)| x == o) {
        return false;
    }
    let mut other = false;
    let own_text = p.text.get(p.own..).unwrap_or("");
    let own = profile_words(own_text);
    for (x, _) in offices_in(&own) {
        // (The government's spokesperson is a minister.)
        let spokesperson = x == "porte-parole"
            && o == "ministre"
            && own_text.contains("porte-parole du gouvernement");
        if x == o || spokesperson {
            return false;
        }
        other = true;
    }
    // (An expert the text introduced as such holds no political office:
    // `Pour l'économiste Philippe Aghion, « … ». Le porte-parole du
    // gouvernement a indiqué que …` is someone else; an expert may head
    // an institute, `Le directeur de l'Ifop`.)
    // (Nor any office whose noun the expert's own words lack: `la
    // présidente de la 16e chambre` after `Anna Kiefer, juriste de
    // l'association Sherpa`.)
    // (An office of justice: an expert may head an institute, `Le
    // directeur du département opinion de l'Ifop`.)
    // (A former office says nothing against the offices the person holds
    // now: `François Sauvadet, président de Départements de France, …
    // a détaillé l'ancien ministre`.)
    if other && words.iter().any(|w| is_former(w)) {
        other = false;
    }
    let expert = own.iter().any(|w| is_expert_noun(w));
    let justice = words.iter().any(|w| {
        matches!(
            *w,
            "chambre" | "tribunal" | "cour" | "parquet" | "juge" | "procureur" | "procureure"
        )
    });
    other
        || (expert
            && (is_political_office(o)
                || (justice
                    && !words
                        .iter()
                        .filter(|w| is_human_noun(w))
                        .any(|w| own.contains(w)))))
}

/// Do the description's words `words` name an office or trade that no
/// politician holds as such (`le proviseur`, `le procureur`,
/// `l'agriculteur`)? Not `avocat`, `médecin` or `journaliste`, which
/// politicians often were.
fn lay_role(words: &[&str]) -> bool {
    let lay = offices_in(words).next().is_some_and(|(o, _)| {
        matches!(
            o,
            "proviseur"
                | "juge"
                | "procureur"
                | "policier"
                | "évêque"
                | "imam"
                | "rabbin"
                | "officier"
                | "témoin"
                | "entraîneur"
                | "sélectionneur"
                | "capitaine"
        )
    });
    lay || words.iter().take(4).any(|w| is_trade_noun(w))
}

/// Does the gazetteer give entity `e` a political role (a head of state
/// or government, a minister, a member of parliament, a mayor…) and no
/// other kind of office?
fn gazetteer_politician(doc: &Doc<'_, '_>, e: usize) -> bool {
    let Some(entry) = doc.ents[e].entry() else {
        return false;
    };
    let mut political = false;
    for (o, h, _) in role_offices(entry) {
        if h.is_some() || is_political_office(o) {
            political = true;
        } else if o != "président" && o != "vice-président" && o != "secrétaire" {
            return false;
        }
    }
    political
}

/// The party of a trial a noun of people names: defence counsel,
/// defendant, prosecution, witness, plaintiff (each a different person
/// from the others).
fn trial_party(w: &str) -> Option<u8> {
    Some(match w {
        "avocat" | "avocate" | "défenseur" => 1,
        "prévenu" | "prévenue" | "accusé" | "accusée" | "inculpé" | "inculpée" => 2,
        "procureur" | "procureure" | "substitut" => 3,
        "témoin" => 4,
        "plaignant" | "plaignante" => 5,
        _ => return None,
    })
}

/// Offices of government and elected politics (as [`office`] names them),
/// which neither an expert nor a person met for their trade holds.
fn is_political_office(o: &str) -> bool {
    matches!(
        o,
        "ministre"
            | "porte-parole"
            | "député"
            | "sénateur"
            | "maire"
            | "préfet"
            | "ambassadeur"
            | "gouverneur"
            | "commissaire"
            | "roi"
            | "pape"
    )
}

/// Nouns of the trades of people the press meets (`l'agriculteur`, `la
/// commerçante`), whom no office holder is.
fn is_trade_noun(w: &str) -> bool {
    matches!(
        w,
        "agriculteur"
            | "agricultrice"
            | "éleveur"
            | "éleveuse"
            | "viticulteur"
            | "viticultrice"
            | "commerçant"
            | "commerçante"
            | "artisan"
            | "artisane"
            | "restaurateur"
            | "restauratrice"
            | "pêcheur"
            | "boulanger"
            | "boulangère"
            | "chauffeur"
            | "retraité"
            | "retraitée"
            | "riverain"
            | "riveraine"
            | "habitant"
            | "habitante"
            | "infirmier"
            | "infirmière"
            | "aide-soignant"
            | "aide-soignante"
            | "fleuriste"
            | "libraire"
            | "coiffeur"
            | "coiffeuse"
            | "boucher"
            | "bouchère"
            | "charcutier"
            | "charcutière"
            | "poissonnier"
            | "poissonnière"
            | "fromager"
            | "fromagère"
            | "buraliste"
            | "épicier"
            | "épicière"
            | "opticien"
            | "opticienne"
            | "cafetier"
            | "cafetière"
            | "hôtelier"
            | "hôtelière"
            | "pâtissier"
            | "pâtissière"
            | "bijoutier"
            | "bijoutière"
            | "cordonnier"
            | "cordonnière"
    )
}

/// Nouns of experts the press quotes for their knowledge, who hold no
/// office (`l'économiste`, `le politologue`).
fn is_expert_noun(w: &str) -> bool {
    matches!(
        w,
        "économiste"
            | "politologue"
            | "sociologue"
            | "historien"
            | "historienne"
            | "chercheur"
            | "chercheuse"
            | "analyste"
            | "philosophe"
            | "démographe"
            | "géographe"
            | "juriste"
            | "constitutionnaliste"
            | "épidémiologiste"
            | "climatologue"
            | "hydrologue"
    ) || ((w.ends_with("logue") || w.ends_with("logiste")) && w.len() >= 10)
    // (`le chronobiologiste`, `l'addictologue`, `la neurologiste`.)
}

/// Nouns that describe someone without naming a role the text gave a
/// named person: `l'un (d'eux)`, `le jeune`, `l'homme`, `le suspect`.
pub(crate) fn is_anonymous_person(w: &str) -> bool {
    matches!(
        w,
        "un" | "une"
            | "jeune"
            | "homme"
            | "femme"
            | "individu"
            | "garçon"
            | "adolescent"
            | "adolescente"
            | "suspect"
            | "suspecte"
            | "victime"
            | "personne"
            | "inconnu"
            | "inconnue"
    )
}

/// Roles that speak or act for someone else: `le porte-parole du
/// Kremlin`, `l'avocat de X`.
fn is_proxy_role(w: &str) -> bool {
    matches!(
        w,
        "porte-parole"
            | "avocat"
            | "avocate"
            | "avocats"
            | "conseiller"
            | "conseillère"
            | "adjoint"
            | "adjointe"
            | "représentant"
            | "représentante"
            | "envoyé"
            | "envoyée"
            | "ambassadeur"
            | "ambassadrice"
            | "attaché"
            | "attachée"
            | "collaborateur"
            | "collaboratrice"
            | "assistant"
            | "assistante"
            | "chargé"
            | "chargée"
    )
}

/// A description's tokens `first..last` and the organisation it names.
#[derive(Clone, Copy)]
struct Described {
    first: usize,
    last: usize,
    org: Option<usize>,
}

/// A person of the document whose appositions or roles match the
/// description: the organisation it names, or its head nouns. The most
/// recently mentioned match before `before` wins; `prev` is the last
/// speaker's entity and where it spoke, `own` the quotation's words.
fn match_profile(
    doc: &Doc<'_, '_>,
    desc: Described,
    profiles: &[Profile],
    before: usize,
    prev: Option<(usize, usize)>,
    own: &[Span],
) -> Option<usize> {
    let Described { first, last, org } = desc;
    let mut org_words: Vec<String> = Vec::new();
    if let Some(o) = org {
        let mut s = String::new();
        lower_into(&mut s, doc.ents[o].as_str());
        org_words.push(s);
        let mut s = String::new();
        lower_into(&mut s, doc.ents[o].name());
        // (`la tête de liste des Républicains`: `Les Républicains` after
        // `des`.)
        let without_article = s.strip_prefix("les ").map(str::to_string);
        org_words.push(s);
        org_words.extend(without_article);
    }
    // Content words of the description (not determiners, `de`, `plus`);
    // after a noun of a tie, only up to its complement (`l'avocat du
    // maire` is no mayor).
    let head_last = (first..last)
        .find(|&k| {
            k > first
                && matches!(doc.low(k), "de" | "d'" | "du" | "des")
                && (first..k).any(|x| is_relational(doc.low(x)))
        })
        .unwrap_or(last);
    let heads: Vec<&str> = (first..head_last)
        // (`le président élu`: the office, `élu` an adjective.)
        .filter(|&k| {
            !(k > first && matches!(doc.low(k), "élu" | "élue") && is_human_noun(doc.low(k - 1)))
        })
        // (`le premier magistrat` is the mayor, as in desc_words.)
        .map(|k| match doc.low(k) {
            "magistrat" if k > first && doc.low(k - 1) == "premier" => "maire",
            "premier" if doc.low(k + 1) == "magistrat" => "",
            w => w,
        })
        .filter(|w| {
            w.len() > 2
                && !matches!(
                    *w,
                    "les" | "des" | "plus" | "haut" | "haute" | "très" | "aux"
                )
                && is_human_noun(w)
        })
        // (`l'édile` is the mayor, `le souverain` the king.)
        .map(|w| match w {
            "édile" => "maire",
            "souverain" | "monarque" => "roi",
            "souveraine" => "reine",
            _ => w,
        })
        .collect();
    // `le porte-parole du Kremlin` is not the Kremlin's head: a noun of a
    // role that speaks for another must be in the profile itself.
    let proxy: Vec<&str> = heads.iter().copied().filter(|h| is_proxy_role(h)).collect();
    // `le chef de l'État (turc)`, `le Premier ministre`: whoever the text
    // or the gazetteer makes that head (of that country), whatever the
    // words.
    let words = desc_words(doc, first, last);
    let head = offices_in(&words).find_map(|(_, h)| h);
    let country = head.and(words.iter().find_map(|w| demonym_country(w)));
    // `l'ancien ministre`, `l'ex-président`: a former holder.
    let former = words.iter().any(|w| is_former(w));
    let heads_it = |p: &Profile| {
        let Some(h) = head else { return false };
        let pw = profile_words(&p.text);
        // (A former head is no present one: `L'ancien président de la
        // République Valéry Giscard d'Estaing` is not `le chef de l'État`.)
        let mut k = 0;
        let mut held = false;
        while k < pw.len() && !held {
            match office_at(&pw, k) {
                Some((_, len, x)) => {
                    held = x == Some(h) && (former || k == 0 || !is_former(pw[k - 1]));
                    k += len;
                }
                None => k += 1,
            }
        }
        held && country.is_none_or(|c| {
            doc.ents[p.entity].entry().and_then(|x| x.attr("country")) == Some(c)
                || pw.iter().any(|w| demonym_country(w) == Some(c))
        })
    };
    // `le leader insoumis`, `la cheffe de file écologiste`: whoever leads
    // that political family, by the profile's words (`fondateur de La
    // France insoumise`), whatever the noun of leading.
    let family = words
        .iter()
        .find(|w| is_political_family(w))
        .map(|w| w.trim_end_matches('s').trim_end_matches('e'));
    let leading = family.is_some()
        && heads.iter().all(|h| {
            matches!(
                *h,
                "leader"
                    | "chef"
                    | "cheffe"
                    | "patron"
                    | "patronne"
                    | "dirigeant"
                    | "dirigeante"
                    | "tribun"
                    | "figure"
            )
        });
    let mut best: Option<(usize, usize)> = None;
    // With none before, a match named right after (`selon son avocat.
    // L'avocat, José Eduardo Cardozo, …`): the first one, within the next
    // 400 bytes.
    let mut ahead: Option<(usize, usize)> = None;
    // In a title (the text's first line, of at most 300 bytes, with a line
    // after it), the article names the person later, anywhere: `la
    // présidente dénonce « … »` over `La présidente sortante, Zuzana
    // Caputova, …` four paragraphs down.
    // (Only when the body does not use the title's noun before the
    // person's own mention, for someone else: `Le ministre promet …¶¶Le
    // ministre de l'Agriculture a promis …` is not the minister named
    // later.)
    let title_end = doc.title_end().filter(|&line_end| before < line_end);
    let reach = if title_end.is_some() {
        doc.text.len()
    } else {
        400
    };
    let noun_used_before = |next: usize| {
        let Some(line_end) = title_end else {
            return false;
        };
        // (Up to the person's own apposition before the name: `la
        // Contrôleure générale des lieux de privation de liberté (CGLPL),
        // Dominique Simonnot` uses the noun for that person.)
        let (a, t) = (doc.tok_at(line_end), doc.tok_at(next));
        let mut b = if t > a && doc.low(t - 1) == "," {
            t - 1
        } else {
            t
        };
        while b > a
            && t - b < 16
            && doc.sent(b - 1) == doc.sent(t)
            && (!doc.is_punct(b - 1) || matches!(doc.low(b - 1), "(" | ")" | "'" | "-"))
            && !doc.is_known_verb(b - 1)
        {
            b -= 1;
        }
        // (And never the 60 bytes before it.)
        let b = b.min(doc.tok_at(next.saturating_sub(60)));
        // (A use with its complement, `Le ministre de l'Agriculture`: a
        // bare one, `que le préfet n'a produit`, may be the same person.)
        (a..b).any(|k| {
            heads.contains(&doc.low(k))
                && (matches!(doc.low(k + 1), "de" | "du" | "des" | "d'") || doc.starts_upper(k + 1))
        })
    };
    // A feminine description is no man (not for nouns of either gender:
    // `la star`, `la personnalité`); a masculine one may be a woman (`le
    // nouveau chef de l'État` for Tsai Ing-wen).
    let gender = det_gender(doc.low(first))
        .filter(|&g| g == Gender::Female)
        .filter(|_| {
            !(first..last).any(|k| {
                let w = doc.low(k);
                is_epicene(w) || matches!(w, "personne" | "victime")
            })
        });
    // A masculine description takes a woman only when no man matches
    // (`le président du RN` after both Marine Le Pen and Jordan Bardella).
    let masculine = det_gender(doc.low(first)) == Some(Gender::Male)
        && !(first..last).any(|k| is_epicene(doc.low(k)));
    let mut woman: Option<(usize, usize)> = None;
    // `le chef de l'État`, `le Premier ministre` with no country: in this
    // French press, France's, when the text names France's (not the
    // Ghanaian president named since).
    let french =
        |p: &Profile| doc.ents[p.entity].entry().and_then(|x| x.attr("country")) == Some("Q142");
    let domestic = head.is_some()
        && country.is_none()
        && profiles
            .iter()
            .any(|p| heads_it(p) && french(p) && p.mentions.first().is_some_and(|&x| x < before));
    // A former holder is not whom the gazetteer gives the office still
    // ([`other_office`]); nor is the holder of a longer office on the same
    // noun: `L'avocat des parties civiles` is not `L'avocat général,
    // Thomas Berthelot`.
    let ruled_out = |p: &Profile| {
        (former && other_office(doc, first, last, p.entity, profiles)) || longer_office(&words, p)
    };
    let fits = |p: &Profile| {
        if head.is_some() {
            heads_it(p)
        } else if !org_words.is_empty() {
            // (`la COP` for `la COP29`: an edition's number after the
            // name.)
            org_words
                .iter()
                .any(|o| contains_words(&p.text, o) || contains_numbered(&p.text, o))
                && proxy.iter().all(|h| p.text.contains(h))
        } else if let Some(f) = family.filter(|_| leading && !heads.is_empty()) {
            // (The family as a word of its own, `insoumise` for
            // `insoumis`, not `démocratique` for `démocrate`; and a role
            // of leading: `La députée écologiste X` leads nothing.)
            let words = || p.text.split(|c: char| !c.is_alphanumeric() && c != '-');
            words().any(|w| w.starts_with(f) && w.len() <= f.len() + 2)
                && words().any(|w| {
                    matches!(
                        w,
                        "chef"
                            | "cheffe"
                            | "leader"
                            | "président"
                            | "présidente"
                            | "secrétaire"
                            | "dirigeant"
                            | "dirigeante"
                            | "fondateur"
                            | "fondatrice"
                            | "patron"
                            | "patronne"
                            | "porte-parole"
                    )
                })
        } else {
            !heads.is_empty()
                && heads.iter().all(|h| {
                    holds(&p.text, h, former, &words)
                        || elected_for(&p.text, h, &words)
                        || heads_company(&p.text, h, &words)
                })
                // (`Son président` is not the woman the text called `Sa
                // présidente`: a masculine noun whose feminine the
                // profile uses, and not the noun itself.)
                && !heads.iter().any(|h| feminine_only(&p.text, h))
                && heads.iter().all(|h| complement_agrees(&p.text, h, &words))
                && !ruled_out(p)
        }
    };
    // `le nouveau chef du gouvernement`: the one the text itself calls
    // the new holder of that office, in the same agreement (`Jean
    // Castex, nouveau Premier ministre`), not the gazetteer's holder who
    // just left, when the text calls someone so (among the candidates of
    // the right gender and country).
    let new_word = words
        .iter()
        .position(|w| matches!(*w, "nouveau" | "nouvel" | "nouvelle"));
    let new_office = new_word.and_then(|i| offices_in(&words[i + 1..]).next().map(|(o, _)| o));
    // (Or whom the text says was elected to it, whatever the office's
    // body: `Bruno Retailleau largement élu président`, then `le nouveau
    // président`.)
    let elected = |p: &Profile| {
        let (Some(_), Some(o)) = (new_word, new_office) else {
            return false;
        };
        let pw = profile_words(&p.text);
        pw.iter().enumerate().any(|(k, w)| {
            matches!(*w, "élu" | "élue" | "réélu" | "réélue")
                && offices_in(&pw[k.saturating_sub(4)..k]).any(|(x, _)| x == o)
        })
    };
    let newly = |p: &Profile| {
        let (Some(i), Some(o)) = (new_word, new_office) else {
            return false;
        };
        let pw = profile_words(&p.text);
        pw.iter().enumerate().any(|(k, w)| {
            *w == words[i]
                && offices_in(&pw[k + 1..(k + 5).min(pw.len())])
                    .next()
                    .map(|(x, _)| x)
                    == Some(o)
        }) || elected(p)
    };
    let candidate =
        |p: &Profile| compatible(doc.ents[p.entity].gender(), gender) && (!domestic || french(p));
    // The plain nouns of an office (no head of state, no body, no family),
    // held by the text's own words about the person.
    let generic = head.is_none() && org_words.is_empty() && !(family.is_some() && leading);
    let own_fits = |p: &Profile| {
        let text = &p.text[p.own..];
        !heads.is_empty()
            && !former
            && heads.iter().all(|h| holds(text, h, false, &words))
            && !heads.iter().any(|h| feminine_only(text, h))
            && heads.iter().all(|h| complement_agrees(text, h, &words))
            // (The noun itself, in the singular: not `devant les députés,
            // François Bayrou`.)
            && heads.iter().all(|h| profile_words(text).contains(h))
    };
    let mut best_own: Option<(usize, usize)> = None;
    let mut best_spoke = false;
    // (A local office that one person of the text holds, named anywhere
    // after: `« Le maire m'a lancé : “…” »` before `le maire sortant,
    // Michel Dupuy`.)
    let local_office = generic
        && heads.len() == 1
        && matches!(
            heads[0],
            "maire" | "préfet" | "préfète" | "procureur" | "procureure"
        );
    let reach = if local_office
        && profiles
            .iter()
            .filter(|p| candidate(p) && fits(p))
            .map(|p| doc.ents[p.entity].key())
            .try_fold(None, |one, k| match one {
                Some(x) if x != k => Err(()),
                _ => Ok(Some(k)),
            })
            .is_ok_and(|one| one.is_some())
    {
        doc.text.len()
    } else {
        reach
    };
    let newcomer = new_office.is_some()
        && profiles
            .iter()
            .any(|p| candidate(p) && (fits(p) || elected(p)) && newly(p));
    for p in profiles {
        if !candidate(p) {
            continue;
        }
        if newcomer && !newly(p) {
            continue;
        }
        let ok = fits(p) || elected(p);
        if !ok {
            continue;
        }
        let i = p.mentions.partition_point(|&x| x < before);
        let spoke = prev
            .filter(|&(e, _)| doc.ents[e].key() == doc.ents[p.entity].key())
            .map(|(_, at)| at);
        if i == 0 && spoke.is_none() {
            // (Not a person the description's own verb governs: `La
            // ministre soutient Paul Martin en affirmant …`.)
            let governed = |next: usize| {
                let t = doc.tok_at(next);
                doc.sent_range(t).0 <= last.saturating_sub(1)
                    && (last..t.min(last + 40)).any(|k| doc.is_known_verb(k))
            };
            if let Some(&next) = p.mentions.first().filter(|&&x| {
                x <= before + reach && !governed(x) && (x <= before + 400 || !noun_used_before(x))
            }) {
                if ahead.is_none_or(|(r, _)| next < r) {
                    ahead = Some((next, p.entity));
                }
            }
            continue;
        }
        // (Not a mention inside the quotation itself: `« Anne Hidalgo se
        // baigne … », a ironisé la maire du 7e` is not Anne Hidalgo.)
        let said = p.mentions[..i]
            .iter()
            .rev()
            .take(8)
            .find(|&&x| !own.iter().any(|c| c.start <= x && x < c.end))
            .copied();
        if said.is_none() && spoke.is_none() {
            continue;
        }
        let recent = said.max(spoke).unwrap_or(0);
        let slot = if masculine && doc.ents[p.entity].gender() == Some(Gender::Female) {
            &mut woman
        } else {
            &mut best
        };
        if slot.is_none_or(|(r, _)| recent > r) {
            *slot = Some((recent, p.entity));
            best_spoke = spoke.is_some();
        }
        if generic && own_fits(p) && best_own.is_none_or(|(r, _)| recent > r) {
            best_own = Some((recent, p.entity));
        }
    }
    // (A noun the text itself gave someone wins over the gazetteer's
    // roles of a person named since, unless that person spoke last: `la
    // ministre des Comptes publics, Amélie de Montchalin` is `la ministre`
    // after Yaël Braun-Pivet, a minister once by the gazetteer, spoke.)
    if best_own.is_some() && !best_spoke {
        return best_own.map(|(_, e)| e);
    }
    // (`l'édile de Montclar` after `son homologue de Montclar, Alain
    // Vernet`: an office's place complement that the text's own words give
    // one person named before, whatever their noun, over a holder of the
    // office elsewhere.)
    let placed = || {
        let k = words
            .iter()
            .position(|w| heads.contains(w) || *w == "édile")?;
        let de = *words.get(k + 1)?;
        if !matches!(de, "de" | "d'" | "du") {
            return None;
        }
        let art = usize::from(matches!(words.get(k + 2), Some(&("la" | "l'"))));
        let place = *words.get(k + 2 + art)?;
        if place.chars().count() < 3 {
            return None;
        }
        let needle = if art == 1 {
            format!("{de} {} {place}", words[k + 2])
        } else {
            format!("{de} {place}")
        };
        let mut found = profiles.iter().filter(|p| {
            compatible(doc.ents[p.entity].gender(), gender)
                && p.mentions.first().is_some_and(|&x| x < before)
                && contains_words(&p.text[p.own..], &needle)
        });
        let one = found.next()?;
        found.next().is_none().then_some(one.entity)
    };
    if generic {
        if let Some(e) = placed() {
            return Some(e);
        }
    }
    best.or(woman).or(ahead).map(|(_, e)| e)
}
