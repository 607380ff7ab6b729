//! Robustness (issue 6): the whole pipeline on arbitrary and French-like
//! generated text never panics and keeps every span valid; NFD input gives
//! the analysis of NFC input at its own offsets; a document gives the same
//! analysis alone, in a sequence, interleaved with others and from 8
//! threads; adversarial inputs run in time linear in their size; every
//! built object is `Send + Sync`.

use std::sync::LazyLock;
use std::time::{Duration, Instant};

use crate::tokenize::nfd_with_map;
use politext::pipeline::{EntityCount, EntityRecord, QuoteRecord, Record};
use politext::{
    Analysis, Entity, Entry, Error, Gazetteer, GazetteerBuilder, Pipeline, PipelineBuilder, Quote,
    QuoteExtractor, Sentence, Span, Speaker, Tagger, Token, Tokenizer,
};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

#[path = "../benches/common/adversarial.rs"]
mod adversarial;

static PIPELINE: LazyLock<Pipeline> = LazyLock::new(Pipeline::new);

const SEED: &str = include_str!("../seeds/000_1a8068a8a26e3f9a.txt");

// ---------------------------------------------------------------------------
// Span invariants
// ---------------------------------------------------------------------------

/// A text in assertion messages, cut to its first 300 chars.
struct Short<'a>(&'a str);

impl std::fmt::Debug for Short<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.char_indices().nth(300) {
            Some((i, _)) => write!(f, "{:?}… ({} bytes)", &self.0[..i], self.0.len()),
            None => write!(f, "{:?}", self.0),
        }
    }
}

fn check_span(text: &str, s: Span, what: &str) {
    let short = Short(text);
    assert!(
        s.start <= s.end && s.end <= text.len(),
        "{what} {s:?} out of range (len {}) in {short:?}",
        text.len()
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} {s:?} not on char boundaries in {short:?}"
    );
}

/// Every invariant of one analysis of `text`.
fn check_analysis(text: &str, a: &Analysis<'_>) {
    assert_eq!(a.text(), text);
    let short = Short(text);

    // Tokens: non-empty, strictly increasing, not overlapping.
    let tokens = a.tokens();
    let mut prev = 0;
    for t in tokens {
        check_span(text, t.span(), "token");
        assert!(t.start() < t.end(), "empty token {t:?} in {short:?}");
        assert!(prev <= t.start(), "tokens overlap at {t:?} in {short:?}");
        assert_eq!(t.as_str(), &text[t.span()]);
        prev = t.end();
    }
    let starts: std::collections::HashSet<usize> = tokens.iter().map(Token::start).collect();
    let ends: std::collections::HashSet<usize> = tokens.iter().map(Token::end).collect();

    // Sentences: cover the tokens in order, one after the other.
    let mut next = 0;
    for s in a.sentences() {
        check_span(text, s.span(), "sentence");
        let r = s.tokens();
        assert_eq!(r.start, next, "sentence {s:?} does not follow in {short:?}");
        assert!(r.start < r.end && r.end <= tokens.len());
        assert_eq!(s.start(), tokens[r.start].start());
        assert_eq!(s.end(), tokens[r.end - 1].end());
        next = r.end;
    }
    assert_eq!(next, tokens.len(), "sentences miss tokens in {short:?}");

    // Entities: in order, not overlapping, on token boundaries.
    let mut prev = 0;
    for e in a.entities() {
        check_span(text, e.span(), "entity");
        assert!(e.start() < e.end(), "empty entity {e:?} in {short:?}");
        assert!(prev <= e.start(), "entities overlap at {e:?} in {short:?}");
        assert!(
            starts.contains(&e.start()),
            "entity {e:?} starts inside a token in {short:?}"
        );
        assert!(
            ends.contains(&e.end()),
            "entity {e:?} ends inside a token in {short:?}"
        );
        assert_eq!(e.as_str(), &text[e.span()]);
        let _ = (e.name(), e.id(), e.key(), e.label(), e.source(), e.gender());
        prev = e.end();
    }

    // Quotes: content pieces in order, non-empty; cue and speaker valid;
    // quotes in text order.
    let mut prev_start = 0;
    for q in a.quotes() {
        assert!(
            !q.content().is_empty(),
            "quote without content {q:?} in {short:?}"
        );
        let mut prev = 0;
        for &c in q.content() {
            check_span(text, c, "quote content");
            assert!(c.start < c.end, "empty quote content {q:?} in {short:?}");
            assert!(
                prev <= c.start,
                "quote contents out of order {q:?} in {short:?}"
            );
            prev = c.end;
        }
        check_span(text, q.span(), "quote span");
        assert!(
            prev_start <= q.start(),
            "quotes out of order at {q:?} in {short:?}"
        );
        prev_start = q.start();
        if let Some(c) = q.cue() {
            check_span(text, c, "cue");
            assert!(c.start < c.end, "empty cue in {q:?} in {short:?}");
        }
        if let Some(s) = q.speaker_span() {
            check_span(text, s, "speaker");
            assert!(s.start < s.end, "empty speaker in {q:?} in {short:?}");
        }
        if let Some(sp) = q.speaker() {
            if let Some(e) = sp.entity() {
                check_span(text, e.span(), "speaker entity");
            }
            let _ = (sp.name(), sp.canonical(), sp.id());
        }
        let _ = (q.as_strs(), q.speaker_mention(), q.kind());
    }

    // The owned record says the same.
    let r = a.to_record();
    assert_eq!(r.tokens.len(), tokens.len());
    assert_eq!(r.sentences.len(), a.sentences().len());
    assert_eq!(r.entities.len(), a.entities().len());
    assert_eq!(r.quotes.len(), a.quotes().len());
    let _ = (a.mentions_per_entity(), a.quotes_per_speaker());
}

fn analyze_and_check(text: &str) -> Record {
    let a = PIPELINE.analyze(text);
    check_analysis(text, &a);
    a.to_record()
}

// ---------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------

/// One piece of French-like text: words, capitalised and known names,
/// quote marks, apostrophes, cues, numbers, odd white space.
fn piece() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        "Emmanuel Macron",
        "Jens Stoltenberg",
        "Vladimir Poutine",
        "l’OTAN",
        "l'OTAN",
        "L’Élysée",
        "la Russie",
        "M.",
        "Mme",
        "le président",
        "la ministre de l’Intérieur",
        "Parti socialiste",
        "«",
        "»",
        "« ",
        " »",
        "“",
        "”",
        "\"",
        "’",
        "'",
        "a-t-il dit",
        "a-t-elle ajouté",
        "selon",
        "Selon lui,",
        "d’après",
        "a déclaré que",
        "estime que",
        "il",
        "elle",
        "que",
        "de",
        "à",
        "en",
        ".",
        ",",
        ":",
        ";",
        "!",
        "?",
        "…",
        "(",
        ")",
        "—",
        "- ",
        "1 000 000,5",
        "%",
        "20h45",
        "aujourd’hui",
        "e\u{301}",
        "E\u{301}lyse\u{301}e",
        "c\u{327}a",
        "\u{301}",
        "\u{a0}",
        "\u{202f}",
        "\u{200b}",
        "\r\n",
        "\n",
        "\n\n",
        "\t",
        "Prince Charles",
        "Ligue",
        "Ligue des champions",
        "Airbus A320",
        "Dalzell Gorge",
        "Lake",
        "qualifié de",
        "accusé par",
        "Comme le dit",
        "Comme l'a dit",
        "et rappelé que",
        "traite des",
        "Et de conclure",
        "Et d'ajouter",
        "se présente",
        "s'est défini",
        "comme",
        "peut-on lire",
        "lit-on",
        "sur son",
        "dans un communiqué de",
        "dont",
        "selon eux",
        "a demandé si",
        "demande à",
        "le chef de l'État",
        "la volonté de",
        "avec succès",
        "tacle",
        "C'est pourquoi",
        "Aujourd'hui,",
        "prend note",
        "pris bonne note",
        "note du fait que",
        "supplie",
        "a exhorté",
        "appelle le",
        "a renouer",
        "terrifié par",
        "Aux avis",
        "De l'avis de",
        "accusé d'",
        "avant d'ajouter",
        "-t-on à",
        "en Hollande",
        "à Maurice",
        "C'est par ces mots que",
        "pour qu'ils",
    ])
    .prop_map(str::to_string);
    prop_oneof![
        3 => "[a-zéèêàçôîœ]{1,9}",
        2 => "[A-ZÉ][a-zéè]{1,8}(-[A-Z][a-zé]{1,8})?",
        1 => "[A-Z]{2,5}",
        1 => "[0-9]{1,4}",
        6 => fixed,
    ]
}

/// A piece followed by a space most of the time.
fn french_like() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), prop::bool::weighted(0.8)), 0..60).prop_map(|v| {
        let mut s = String::new();
        for (p, space) in v {
            s.push_str(&p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

/// Deterministic French-like documents (no proptest runner needed): a
/// small LCG over the same kind of pieces.
/// The words of the rules of 2026-12-03 (fifth session) at the start and
/// the end of a document, alone and around others: `Prince Charles` at
/// the start of a text once indexed the token before the first.
#[test]
fn rule_words_at_the_edges_of_a_text_never_panic() {
    let words = [
        "Prince Charles",
        "Prince",
        "Ligue",
        "la Ligue",
        "Ligue des",
        "Ligue des champions",
        "Airbus",
        "Airbus A320",
        "Dalzell Gorge",
        "Lake",
        "Lake Placid",
        "En Death Valley",
        "qualifié de « héros »",
        "traite de «",
        "accusé par",
        "accusée par la Russie de",
        "Comme le",
        "Comme le dit",
        "Comme le dit Paul,",
        "« Comme l'a dit",
        "et rappelé que",
        "a parlé et rappelé",
        "Cour supérieure du",
        "Parti démocrate de",
        "« Oui », lit-on sur son",
        "« Oui », peut-on lire dans",
        "« Oui », lit-on sur la",
        "Et de conclure :",
        "Et d'ajouter que",
        "se présente comme",
        "s'est défini à la fois comme",
        "a déclaré : « Non",
        "selon eux",
        "Selon X, dont",
        "a demandé si",
        "demande à l'évêque de",
        "le chef de l'État",
        "a exprimé la volonté de son",
        "« a », tacle",
        "a déconseillé aux",
        "ont imploré le président de",
        "avait avec succès",
        "selon un cérémonial",
        "d'après la pièce",
        "Cela est dû selon eux",
        "« x », peut-on lire dans un communiqué de",
        "Le parti avait contesté la «",
        "Selon plusieurs sources, dont l'AFP,",
        "Et de",
        "présenté par l'Élysée comme",
        "Présenté par",
        "par X comme",
        "Comme la Cour l'a reconnu",
        "Comme la Cour l'a reconnu en 1996,",
        "Comme l'a reconnu la Cour en",
        "Comme X, Mme Y, l'a",
        "l'avis du Parlement selon lequel",
        "la critique selon laquelle",
        "selon lesquelles",
        // (Sixth session.)
        "C'est pourquoi mon groupe demande",
        "Aujourd'hui, la presse nous",
        "Aujourd'hui,",
        "prend note",
        "a pris bonne note",
        "note",
        "Elle prend note du fait",
        "prend note du",
        "supplie son père, l'empereur,",
        "supplie son père, l'empereur, de",
        "a exhorté le gouvernement, dans",
        "a exhorté le gouvernement, dans un communiqué, à",
        "appelle le Burundi a",
        "Le roi X, terrifié par les Huns demande",
        "terrifié par les",
        "mon groupe",
        "selon des priorités",
        "N'étant pas",
        "N'étant",
        "la section \"",
        "Les autorités, qui",
        ", qui font tout ce qu'elles",
        "Permettez-moi",
        "appellent \"",
        "un proche de",
        "Les deux avocats de",
        "envoyée par une",
        "Le ministre l'a rappelé,",
        "Le ministre l'a",
        "l'a indiqué lors des auditions au Parlement européen en",
        "Cette inaction, qui menace de",
        "Le syndicat estime que",
        "menace",
        "et selon le",
        "jeudi et selon",
        // (Seventh session.)
        "Aux avis des experts,",
        "Aux yeux de",
        "Aux yeux du",
        "De l'avis de",
        "avis",
        "yeux",
        "La Commission est consciente. Elle",
        "Le Front national a dénoncé, a-t-il",
        "Les syndicats ont appelé. Ils",
        "fut accusé d'",
        "accusé de",
        "accuse le gouvernement de",
        "qu'ils accusent de",
        "accusait un lourd retard",
        "diffère donc selon",
        "selon l'intensité",
        "Pour le premier numéro de",
        "il espère être",
        "pense aller",
        "a déclaré qu'il espérait que",
        "a exprimé l'espoir",
        "a émis le souhait lundi \"que",
        "on l'appelait « X » (« Y »)",
        "(« Y »)",
        "(lire la synthèse : \"",
        "pour qu'ils se déclarent",
        "il est urgent que",
        "parce que, pour certains,",
        "qui, décrivant le monde,",
        "Le groupe socialiste demande",
        "a, pour sa part, jugé",
        "a scandé",
        "C'est par ces mots que",
        "Ce sont les mots de",
        "Et d'ajouter :",
        "assure-t-on à Matignon",
        "-t-on",
        "a appelé à « la",
        "a lancé une « réforme »",
        "Pour Noël,",
        "d'après le classement,",
        ", avant d'ajouter que",
        "Avant d'annoncer que",
        "Après avoir affirmé que \"x\",",
        "L'ex-chancelière",
        "le locataire de l'Élysée",
        "en Hollande",
        "la Hollande",
        "à Maurice",
        "Il a Maurice",
        "le maire de Paris Anne Hidalgo",
        "martèle depuis lundi",
        "dénonce dans un communiqué « une",
        "fustige sur X «",
        "accuse Israël de «",
        "de «",
    ];
    for w in words {
        for text in [
            w.to_string(),
            format!("{w}."),
            format!("{w} {w}"),
            format!("Il a dit. {w}"),
            format!("{w} a parlé."),
        ] {
            analyze_and_check(&text);
        }
    }
}

fn generated_docs(n: usize, seed: u64) -> Vec<String> {
    const WORDS: &[&str] = &[
        "Emmanuel Macron",
        "Jens Stoltenberg",
        "Vladimir Poutine",
        "l’OTAN",
        "l'Ukraine",
        "la Russie",
        "M. Dupont",
        "le président",
        "la ministre de l’Intérieur",
        "Jean Pierre Marie",
        "«",
        "»",
        "a-t-il dit,",
        "a déclaré que",
        "selon lui,",
        "Selon l’Élysée,",
        "il",
        "elle",
        "les",
        "troupes",
        "situation",
        "est",
        "grave",
        "à Vilnius",
        "en France",
        "1 000 000,5 %",
        ".",
        ",",
        ":",
        "\n\n",
        "E\u{301}lyse\u{301}e",
        "\u{a0}",
        "\r\n",
    ];
    let mut state = seed;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize
    };
    (0..n)
        .map(|_| {
            let len = 20 + next() % 200;
            let mut s = String::new();
            for _ in 0..len {
                s.push_str(WORDS[next() % WORDS.len()]);
                s.push(' ');
            }
            s
        })
        .collect()
}

/// The corpus of the batch and thread tests: the seed article, generated
/// documents, and the shared article corpus when present (at most 60).
fn corpus() -> Vec<String> {
    let mut docs = vec![SEED.to_string()];
    docs.extend(generated_docs(40, 7));
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/wikinews-2016"
    );
    if let Ok(rd) = std::fs::read_dir(dir) {
        let mut files: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        files.sort();
        docs.extend(
            files
                .iter()
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .take(60)
                .filter_map(|p| std::fs::read_to_string(p).ok()),
        );
    }
    docs
}

// ---------------------------------------------------------------------------
// NFC / NFD
// ---------------------------------------------------------------------------

/// The record of the NFC text, with offsets mapped to the NFD text and
/// names in NFC (names as written come from each text).
fn mapped(r: &Record, map: &[usize]) -> Record {
    let m = |[s, e]: [usize; 2]| [map[s], map[e]];
    Record {
        tokens: r.tokens.iter().map(|&p| m(p)).collect(),
        sentences: r.sentences.iter().map(|&p| m(p)).collect(),
        entities: r
            .entities
            .iter()
            .map(|e| EntityRecord {
                start: map[e.start],
                end: map[e.end],
                ..e.clone()
            })
            .collect(),
        quotes: r
            .quotes
            .iter()
            .map(|q| QuoteRecord {
                content: q.content.iter().map(|&p| m(p)).collect(),
                cue: q.cue.map(m),
                speaker: q.speaker.map(m),
                ..q.clone()
            })
            .collect(),
    }
}

fn nfc_names(mut r: Record) -> Record {
    for e in &mut r.entities {
        e.text = e.text.nfc().collect();
    }
    for q in &mut r.quotes {
        q.speaker_entity = q.speaker_entity.as_ref().map(|s| s.nfc().collect());
    }
    r
}

/// NFD text gives the tokens, sentences and entities of NFC text, at its
/// own offsets, and with `quotes` its quotes too.
fn assert_nfd_like_nfc(text: &str, quotes: bool) {
    let nfc: String = text.nfc().collect();
    let (nfd, map) = nfd_with_map(&nfc);
    let r_nfc = analyze_and_check(&nfc);
    let r_nfd = analyze_and_check(&nfd);
    let expect = nfc_names(mapped(&r_nfc, &map));
    let got = nfc_names(r_nfd);
    assert_eq!(got.tokens, expect.tokens, "tokens differ, NFC {nfc:?}");
    assert_eq!(
        got.sentences, expect.sentences,
        "sentences differ, NFC {nfc:?}"
    );
    assert_eq!(
        got.entities, expect.entities,
        "entities differ, NFC {nfc:?}"
    );
    if quotes {
        assert_eq!(got.quotes, expect.quotes, "quotes differ, NFC {nfc:?}");
    }
}

const ACCENTED: &str = "« Évidemment ! », a déclaré Émile Zola à l’Élysée. Selon Éric Ciotti, \
                        l’État a été prévenu. Ségolène Royal a estimé que « ça suffit ».";

#[test]
fn nfd_seed_article_gives_the_tokens_and_entities_of_nfc() {
    let (nfd, _) = nfd_with_map(SEED);
    assert!(nfd.len() > SEED.len(), "the test must really decompose");
    assert_nfd_like_nfc(SEED, false);
    assert_nfd_like_nfc(ACCENTED, false);
}

/// The place rule `à` + unknown capitalised word must see NFD `à`
/// (`a` + U+0300) too (regression: `Hilla` was lost in NFD).
#[test]
fn nfd_gives_the_entities_of_nfc_after_a() {
    assert_nfd_like_nfc("Il vit à Hilla.", false);
}

/// A participle after a comma makes a capitalised pair a person's name
/// (`Aa Éa, qualifié de`): the tagger reads the participle's ending as
/// written, so NFD (`e` + U+0301) must count too (found by the property
/// test with 10,000 cases).
#[test]
fn nfd_gives_the_entities_of_nfc_before_a_participle() {
    assert_nfd_like_nfc("àM.Aa Éa,qualifié de", false);
    assert_nfd_like_nfc("Marc Durand, arrivé de Genève, a parlé.", false);
}

/// A product's model number is no part of an organisation when another
/// mention starts there (`M. EA AA00`: found by the property test with
/// 10,000 cases; the entities overlapped).
#[test]
fn a_model_number_taken_by_another_mention() {
    analyze_and_check("M. EA AA00");
    analyze_and_check("Il a pris un Airbus A320 hier.");
}

/// The quote extractor looks cues up in the text as written: in NFD,
/// `souligné` (`e` + U+0301) is no cue, so the indirect quote is lost.
#[test]
fn nfd_gives_the_quotes_of_nfc() {
    assert_nfd_like_nfc("Il a souligné que la paix est proche.", true);
    assert_nfd_like_nfc("« Oui », a déclaré Jean Dupont.", true);
    assert_nfd_like_nfc(SEED, true);
    assert_nfd_like_nfc(ACCENTED, true);
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_string_keeps_every_span_valid(text in any::<String>()) {
        analyze_and_check(&text);
    }

    #[test]
    fn french_like_text_keeps_every_span_valid(text in french_like()) {
        analyze_and_check(&text);
    }

    #[test]
    fn french_like_nfd_gives_the_tokens_and_entities_of_nfc(text in french_like()) {
        assert_nfd_like_nfc(&text, false);
    }

    #[test]
    fn a_document_alone_or_among_others_gives_the_same_analysis(
        docs in prop::collection::vec(french_like(), 1..5),
    ) {
        let alone: Vec<Record> = docs.iter().map(|d| Pipeline::new().analyze(d).to_record()).collect();
        let seq: Vec<Record> = docs.iter().map(|d| analyze_and_check(d)).collect();
        prop_assert_eq!(&seq, &alone);
        let rev: Vec<Record> = docs.iter().rev().map(|d| analyze_and_check(d)).collect();
        prop_assert_eq!(rev.into_iter().rev().collect::<Vec<_>>(), alone);
    }
}

/// The quotes of `text` from the components called one by one (the
/// extractor classifying every token itself) and from the pipeline (the
/// tagger's word memo handing its view of each token to the extractor):
/// kind, content, cue, speaker span and id.
fn quotes_both_ways(text: &str) -> [Vec<String>; 2] {
    static TOK: LazyLock<Tokenizer> = LazyLock::new(Tokenizer::new);
    static QX: LazyLock<QuoteExtractor> = LazyLock::new(QuoteExtractor::new);
    let show = |q: &politext::Quote<'_>| {
        format!(
            "{:?} {:?} {:?} {:?} {:?}",
            q.kind(),
            q.content(),
            q.cue(),
            q.speaker_span(),
            q.speaker().and_then(|s| s.id())
        )
    };
    let tokens = TOK.tokenize(text);
    let sentences = TOK.sentences(text, &tokens);
    let tagger = PIPELINE.tagger().expect("entities on");
    let entities = tagger.tag_tokens(text, &tokens, &sentences);
    let alone = QX.extract(text, &tokens, &sentences, &entities);
    let piped = PIPELINE.analyze(text);
    [
        alone.iter().map(show).collect(),
        piped.quotes().iter().map(show).collect(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_pipeline_finds_the_quotes_of_the_components(text in french_like()) {
        let [alone, piped] = quotes_both_ways(&text);
        prop_assert_eq!(alone, piped);
    }
}

#[test]
fn the_pipeline_finds_the_quotes_of_the_components_on_odd_case() {
    // Capitals, apostrophes, NFD, long words, inverted clitics: each way of
    // lowercasing a token.
    for text in [
        "« C’EST FINI », A DÉCLARÉ LE MINISTRE. « Non », répond-elle.",
        "Selon l’ONU, « la situation s’aggrave », a ajouté M. Guterres.",
        "« Une grande victoire », a de\u{301}clare\u{301} Emmanuel Macron.",
        "Il a SOULIGNÉ que l’anticonstitutionnellement-parlant « reste » vrai, ajoute-t-il.",
        "D’APRÈS Le Monde, Ursula von der Leyen a estimé qu’« il faut agir ».",
    ] {
        let [alone, piped] = quotes_both_ways(text);
        assert!(!alone.is_empty(), "{text}");
        assert_eq!(alone, piped, "{text}");
    }
}

#[test]
fn a_pipeline_without_entities_finds_the_quotes_of_the_extractor_alone() {
    // Two texts of as many tokens, one after the other on one thread: the
    // first one's token views must not serve the second.
    let p = Pipeline::builder().entities(false).build().unwrap();
    let tok = Tokenizer::new();
    let qx = QuoteExtractor::new();
    let texts = ["« Non », a dit Paul.", "Il a DIT que Paul va venir."];
    assert_eq!(tok.tokenize(texts[0]).len(), tok.tokenize(texts[1]).len());
    for text in texts.iter().chain(&texts) {
        let tokens = tok.tokenize(text);
        let sentences = tok.sentences(text, &tokens);
        let alone: Vec<_> = qx
            .extract(text, &tokens, &sentences, &[])
            .iter()
            .map(|q| q.content().to_vec())
            .collect();
        let piped: Vec<_> = p
            .analyze(text)
            .quotes()
            .iter()
            .map(|q| q.content().to_vec())
            .collect();
        assert!(!alone.is_empty(), "{text}");
        assert_eq!(alone, piped, "{text}");
        // And with a full pipeline on the same thread in between.
        let _ = PIPELINE.analyze(texts[1]);
    }
}

#[test]
fn quotes_do_not_depend_on_words_the_tagger_learnt_alone() {
    // The pipeline's tagger, used alone first on this thread, learns the
    // words without the quote extractor's view of them: the extractor
    // then classifies them itself (capitalised cues included) and must
    // find the same quotes as on a thread where it did not.
    let texts = [
        "Selon Jean Dupont, la réforme « ne passera pas ». DÉCLARE-t-il encore.",
        "« Nous surveillons la situation », A DÉCLARÉ Marie Curie. D'après l'ONU, tout va bien.",
        "Le ministre Paul Martin a ESTIMÉ que « rien n'est joué ».",
    ];
    let fresh = |t: &'static str| {
        std::thread::spawn(move || {
            let p = Pipeline::new();
            quote_strings(&p.analyze(t))
        })
        .join()
        .unwrap()
    };
    for text in texts {
        let want = fresh(text);
        assert!(!want.is_empty(), "{text}");
        let got = std::thread::spawn(move || {
            let p = Pipeline::new();
            let _ = p.tagger().unwrap().tag(text);
            quote_strings(&p.analyze(text))
        })
        .join()
        .unwrap();
        assert_eq!(got, want, "{text}");
    }
}

fn quote_strings(a: &politext::Analysis<'_>) -> Vec<String> {
    a.quotes().iter().map(|q| format!("{q:?}")).collect()
}

/// Entities of another text (a caller's mistake) give wrong speakers at
/// worst, never a panic: their offsets may fall inside a character here.
#[test]
fn quotes_with_entities_of_another_text_do_not_panic() {
    let tok = Tokenizer::new();
    let other = "Jean Dupont, président de l'Union européenne, a parlé à Paris.";
    let other_tokens = tok.tokenize(other);
    let other_sentences = tok.sentences(other, &other_tokens);
    let tagger = PIPELINE.tagger().expect("entities on");
    let entities = tagger.tag_tokens(other, &other_tokens, &other_sentences);
    assert!(!entities.is_empty());
    for text in [
        "« Ça va », a dit Jean Dupont. « Très bien », a-t-il ajouté.",
        "« é », a dit é é é é é é é é é é é é é é é é é é é é é é é é é é é é.",
        "Selon ééééé, « non ».",
    ] {
        let tokens = tok.tokenize(text);
        let sentences = tok.sentences(text, &tokens);
        let quotes = QuoteExtractor::new().extract(text, &tokens, &sentences, &entities);
        for q in &quotes {
            for p in q.content() {
                assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
            }
        }
    }
}

/// Some arbitrary inputs the generators rarely produce.
#[test]
fn odd_inputs_keep_every_span_valid() {
    let long_word = "a".repeat(10_000);
    let long_line = "Jean ".repeat(5_000);
    for text in [
        "",
        " ",
        "«",
        "»",
        "« »",
        "»«",
        "\"",
        "\"\"\"",
        "'",
        "’",
        "l'",
        "l’",
        "qu'",
        "\u{301}",
        "\u{301}\u{301}«\u{301}",
        "e\u{301}\u{302}\u{303}",
        "\r\n\r\n",
        "\r",
        "\u{feff}« a",
        "a-t-",
        "-t-il",
        "a-t-il",
        "M.",
        "M. ",
        "le président",
        "Selon",
        "selon lui,",
        "a déclaré que",
        "« a déclaré que »",
        "— a dit",
        "\n— Oui, a-t-il dit.\n— Non.",
        "<p>« Bonjour</p>&nbsp;»</div>",
        "1 000 000,5 %",
        "(OTAN)",
        "( ( ( «",
        "Emmanuel Macron:",
        "l'OTAN l’OTAN L'OTAN",
        &long_word,
        &long_line,
    ] {
        analyze_and_check(text);
        assert_nfd_like_nfc(text, false);
    }
}

/// Found by the `quotes` and `pipeline` fuzz targets: a cue after `et`
/// (or `,`, `mais`, `puis`, `ou`) takes the subject of the previous cue of
/// the sentence through `subject_of(doc, prev, cue_at, &[])`
/// (`src/quote/extract.rs`); when that previous cue also follows `et`,
/// the recursive call indexes the empty `cues` slice and panics.
#[test]
fn chained_cues_do_not_panic() {
    for text in [
        "Il a dit et a ajouté et a répété que oui.",
        "« Non », a dit Jean, a affirmé, a déclaré que oui.",
    ] {
        analyze_and_check(text);
    }
}

// ---------------------------------------------------------------------------
// Batches and threads
// ---------------------------------------------------------------------------

#[test]
fn a_corpus_in_sequence_interleaved_or_with_a_fresh_pipeline_gives_the_same_analyses() {
    let docs = corpus();
    let seq: Vec<Record> = docs.iter().map(|d| analyze_and_check(d)).collect();
    // Interleaved: even documents, then odd ones backwards.
    let mut order: Vec<usize> = (0..docs.len()).step_by(2).collect();
    order.extend((1..docs.len()).step_by(2).rev());
    let mut inter = vec![Record::default(); docs.len()];
    for &i in &order {
        inter[i] = PIPELINE.analyze(&docs[i]).to_record();
    }
    assert!(seq == inter, "interleaved analyses differ");
    let fresh = Pipeline::new();
    for (i, d) in docs.iter().enumerate().rev().step_by(5) {
        assert!(
            fresh.analyze(d).to_record() == seq[i],
            "document {i} differs"
        );
    }
}

#[test]
fn eight_threads_sharing_one_pipeline_give_the_results_of_one() {
    let docs = corpus();
    let pipeline = Pipeline::new();
    let one: Vec<Record> = docs
        .iter()
        .map(|d| pipeline.analyze(d).to_record())
        .collect();
    assert!(one[0].quotes.len() == 6, "the seed article's quotes");
    let mut many: Vec<Vec<(usize, Record)>> = Vec::new();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|t| {
                let (pipeline, docs) = (&pipeline, &docs);
                s.spawn(move || {
                    // Each thread takes every document, from its own
                    // starting point, so that threads overlap on each.
                    (0..docs.len())
                        .map(|k| {
                            let i = (k + t * docs.len() / 8) % docs.len();
                            (i, pipeline.analyze(&docs[i]).to_record())
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        many = handles.into_iter().map(|h| h.join().unwrap()).collect();
    });
    for (t, results) in many.iter().enumerate() {
        assert_eq!(results.len(), docs.len());
        for (i, r) in results {
            assert!(*r == one[*i], "thread {t}, document {i} differs");
        }
    }
}

#[test]
fn every_built_object_is_send_and_sync() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Tokenizer>();
    send_sync::<Tagger>();
    send_sync::<Gazetteer>();
    send_sync::<GazetteerBuilder>();
    send_sync::<Entry>();
    send_sync::<QuoteExtractor>();
    send_sync::<Pipeline>();
    send_sync::<PipelineBuilder>();
    send_sync::<Error>();
    send_sync::<Span>();
    send_sync::<Analysis<'static>>();
    send_sync::<Token<'static>>();
    send_sync::<Sentence<'static>>();
    send_sync::<Entity<'static>>();
    send_sync::<Quote<'static>>();
    send_sync::<Speaker<'static>>();
    send_sync::<Record>();
    send_sync::<EntityRecord>();
    send_sync::<QuoteRecord>();
    send_sync::<EntityCount>();
}

// ---------------------------------------------------------------------------
// Linear time
// ---------------------------------------------------------------------------

/// The best of five runs of the pipeline on `text`.
fn best_time(text: &str) -> Duration {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            let a = PIPELINE.analyze(text);
            std::hint::black_box(a.tokens().len() + a.entities().len() + a.quotes().len());
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// Each adversarial input of issue 6 (~200 KB) takes at most 10x the time
/// per byte of real article text of the same size (the bench measures the
/// exact figures on 2 MB; the bar there is 3x). Timing in a debug build is
/// noisy, hence the generous bound; a quadratic scan would be ~100x off.
#[test]
fn adversarial_inputs_run_in_linear_time() {
    let inputs = adversarial::inputs(SEED, SIZE);
    assert_linear_time(inputs.into_iter().filter(|(n, _)| *n != "deep-nesting"));
}

/// `« a ` x N then `» ` x N: N nested regions, each spanning O(N) tokens;
/// the quote extractor counts the words of every region by scanning its
/// tokens (`src/quote/extract.rs`, `run`, step 3, `words = (ta..tb)
/// .filter(is_word).count()`), hence O(N²): ~360x the time per byte of
/// real text at 200 KB, ~600x (≈ 15 s/MB in release) at 400 KB.
#[test]
fn deeply_nested_guillemets_run_in_linear_time() {
    let inputs = adversarial::inputs(SEED, SIZE);
    assert_linear_time(inputs.into_iter().filter(|(n, _)| *n == "deep-nesting"));
}

/// A long list of quoted words, `« a », « a », …` (or straight quotes
/// `" a " a …`): for each quotation, `in_quote_list`
/// (`src/quote/extract.rs`) walks the whole chain of quotations joined by
/// `,`/`et`/`ou` before and after it, although it only needs to know
/// whether the chain reaches 3: O(N²), ~5 s for 100 KB in release.
#[test]
fn lists_of_quoted_words_run_in_linear_time() {
    let rep = |u: &str| u.repeat(SIZE / 4 / u.len());
    assert_linear_time([
        ("guillemet-list", rep("« a », ")),
        ("straight-quote-list", rep("\" a ")),
    ]);
}

/// A character then a long run of white space with line breaks: each
/// break scanned the rest of the run (`src/quote/marks.rs`, the `'\n'`
/// arm of `regions`), O(N²): 6 s for 128 KB in release (found by a fuzzing
/// helper, 2026-12-03).
#[test]
fn runs_of_line_breaks_run_in_linear_time() {
    let rep = |u: &str| u.repeat(SIZE / 2 / u.len());
    assert_linear_time([
        ("char-then-breaks", format!("a{}", rep("\n"))),
        ("char-then-space-breaks", format!("« a » {}a", rep(" \n"))),
        ("crlf-breaks", format!("a{}", rep("\r\n"))),
    ]);
}

/// The constructions of the rules of 2026-12-04, repeated: each looks at
/// a bounded window (`trailing_comme`, `says_sentence_before`, a capital
/// speaking for its country, the `;` of according quotes), so that many
/// of them stay linear.
#[test]
fn rules_of_2026_12_04_run_in_linear_time() {
    let rep = |u: &str| u.repeat(SIZE / u.len());
    assert_linear_time([
        (
            "trailing-comme",
            rep("« Il viendra », dit-il. Le projet avance, comme l'a dit Paul Martin. "),
        ),
        (
            "c-est-ce-qu",
            rep("Le projet avance. C'est ce qu'a annoncé Paul Martin. "),
        ),
        (
            "capital-speaks",
            rep("La Turquie proteste. Ankara a affirmé que tout va bien. "),
        ),
        (
            "pour-certains",
            rep("Pour certains, il a raison ; pour d'autres, il a tort ; "),
        ),
        (
            "dash-aside",
            rep("Le ministre Paul Martin — ancien maire — a annoncé que tout va bien. "),
        ),
        (
            "signature",
            rep("\n\n— Barack Obama , Président des États-Unis.\n\n« Oui », a-t-il dit."),
        ),
        // One endless sentence of incises separated by colons.
        (
            "comme-colons",
            rep("« oui » « non » le projet avance bien, comme l'a dit Paul Martin : "),
        ),
        (
            "groups",
            rep("Guy Chevrette et Benoît Jugand sont là. Paul Martin a affirmé que tout va bien. "),
        ),
    ]);
}

/// The rules of the fifth session on 2026-12-04: self-presentations in
/// one endless sentence, narrative infinitives.
#[test]
fn rules_of_2026_12_04_fifth_session_run_in_linear_time() {
    let rep = |u: &str| u.repeat(SIZE / u.len());
    assert_linear_time([
        (
            "self-presentation",
            rep("le maire se présente comme un homme de terrain et "),
        ),
        (
            "self-presentation-relative",
            rep("qui s'est défini à la fois comme un élu, "),
        ),
        (
            "narrative-infinitive",
            rep("Paul Martin a parlé. Et de conclure : « oui ». Et d'ajouter que "),
        ),
        ("relative-selon", rep("l'avis du Parlement selon lequel ")),
        ("leading-comme", rep("Comme la Cour l'a reconnu en 1996, ")),
        ("presented-by", rep("présenté par l'Élysée comme un geste ")),
    ]);
}

/// The rules of the eleventh session on 2026-12-05 (two postposed
/// sources, which first scanned the whole rest of the sentence for
/// `selon` at each source: 18x on `selon-then-paragraphs`; quoted
/// objects and the marks a mixed quote takes in; trailing time phrases;
/// `dont` relatives; collective nouns).
#[test]
fn rules_of_2026_12_05_eleventh_session_run_in_linear_time() {
    let rep = |u: &str| u.repeat(SIZE / u.len());
    assert_linear_time([
        ("two-sources", rep("7 000 selon les organisateurs, ")),
        (
            "quoted-object",
            rep("a jugé l'échange avec le ministre « cordial » "),
        ),
        (
            "marks-in-mixed",
            rep("a dénoncé des casseurs venus « a », qui "),
        ),
        ("live-blog", rep("9 h 30 – Pour Paul Martin, ")),
        (
            "time-after-incise",
            rep("tout va bien, a annoncé Emmanuel Macron, deux mois après "),
        ),
        (
            "dont",
            rep("L'homme, dont la performance face à Paul Martin, "),
        ),
        (
            "collective",
            rep("le collectif Les Soulèvements de la Terre "),
        ),
        (
            "acronym-across-place",
            rep("Le Conseil interprofessionnel du vin de Bordeaux (CIVB) se réunit. "),
        ),
    ]);
}

/// The rules of the twelfth session on 2026-12-05: `on` in an entourage,
/// statements cut by a clitic incise, a paragraph's newcomer, a pronoun
/// after a description subject (a look back over semicolons), long
/// phrases after a trailing incise's subject, local branches,
/// organisations named in marks, particles in names, `pour de nombreux`.
#[test]
fn rules_of_2026_12_05_twelfth_session_run_in_linear_time() {
    let rep = |u: &str| u.repeat(SIZE / u.len());
    assert_linear_time([
        (
            "entourage",
            rep("Dans l'entourage du ministre, on assure que "),
        ),
        (
            "clitic-incise",
            rep("Le gouvernement, a-t-il ajouté, présentera son programme. "),
        ),
        (
            "newcomer",
            // (Two quotes in 80 bytes, one name repeated: 5.4x before the
            // profiles dropped the pieces they already held, about 2x after.)
            rep(
                "« Oui », a dit Paul Martin.\n\nJean Dupont est venu. « Non », a déclaré le dirigeant. ",
            ),
        ),
        (
            "pronoun-after-description",
            rep(
                "Le ministre n'a pas dit que tout allait bien ; il a promis de « revoir » le texte ; ",
            ),
        ),
        (
            "long-phrase-after-incise",
            rep(
                "Beaucoup ont voté, ont raconté plusieurs électrices à la sortie des bureaux de vote. ",
            ),
        ),
        (
            "local-branch",
            rep("Selon la FCPE de l'Hérault, la grève continue. "),
        ),
        (
            "org-in-marks",
            rep("la création d'un « Haut Conseil des rémunérations » "),
        ),
        ("particle", rep("la Cour suprême Alexandre de Moraes ")),
        (
            "bare-ministry",
            rep("Selon le ministère, la grève continue, indique-t-on au ministère. "),
        ),
        // (The review's three quadratic inputs: a scan for `selon` back
        // to the sentence's cue at every quotation, an acronym's
        // definition searched at every quote, a clause's subject read
        // from an unclosed quotation at every semicolon.)
        (
            "selon-scan",
            format!(
                "Le ministre a déclaré {}",
                rep("avec des gens qui voient des « problèmes très graves et profonds » ")
            ),
        ),
        (
            "acronym-definition",
            format!(
                "{} L'agence régionale de santé (ARS).",
                rep("« La situation est sous contrôle ici », a déclaré l'ARS. ")
            ),
        ),
        (
            "semicolons-in-quotation",
            format!(
                "« Le ministre a parlé ; {}.",
                rep("il a affirmé que tout allait bien pour la France ; ")
            ),
        ),
        (
            "pour-de-nombreux",
            rep("Pour de nombreux diplomates européens, "),
        ),
    ]);
}

/// The rules of the thirteenth session on 2026-12-05: title quotations
/// before a colon, closing source phrases, bodies named in marks, `la
/// juridiction` (each mention compares up to 200 entities), `avant de se
/// dire`, marks opening an object, the narrator's colon before `selon`.
#[test]
fn rules_of_2026_12_05_thirteenth_session_run_in_linear_time() {
    let rep = |u: &str| u.repeat(SIZE / u.len());
    assert_linear_time([
        (
            "title-colon",
            rep("« Nous avons été abandonnés » : à Valence, les sinistrés protestent\n\n"),
        ),
        (
            "closing-source",
            rep("Il a assuré qu'il soutiendrait la NDA, d'après l'agence Press Trust of India. "),
        ),
        (
            "body-in-marks",
            rep("Le collectif « Mayotte a soif », qui occupe la salle, appelle à manifester. "),
        ),
        (
            "jurisdiction",
            rep(
                "La Cour constitutionnelle a tranché. La juridiction estime que « tout va bien ». ",
            ),
        ),
        (
            "avant-de-se-dire",
            rep("Il a affirmé que tout va bien, avant de se dire prête à « soutenir » le texte. "),
        ),
        (
            "marks-opening-object",
            rep("Le ministre salue « le sursaut » des bâtisseurs de la cathédrale "),
        ),
        (
            "narrator-colon",
            rep("Mais la question reste entière : la mesure coûtera cher, selon l'OFAS. "),
        ),
    ]);
}

/// The rules of the fourteenth session on 2026-12-05: a description in a
/// title line over a long body, the side named in front, free relatives,
/// quoting relatives after a marked object, relatives with their own
/// cue, counts as sources, cardinals, bodies for or against something.
#[test]
fn rules_of_2026_12_05_fourteenth_session_run_in_linear_time() {
    let rep = |u: &str| u.repeat(SIZE / u.len());
    assert_linear_time([
        (
            "title-description",
            format!(
                "La présidente dénonce « une attaque »\n\n{}",
                rep("Le gouvernement a réagi mardi. La présidente, Zuzana Caputova, a parlé. ")
            ),
        ),
        (
            "side-in-front",
            rep("Du côté de Lubrizol, la direction assure que l'incendie a démarré. "),
        ),
        (
            "free-relative",
            rep("Celui qui prônait l'indépendance de la Flandre a assuré qu'il serait élu. "),
        ),
        (
            "quoting-relative",
            rep("Paul Magnette a dénoncé un accord « antisocial » qui fera « payer la crise ». "),
        ),
        (
            "relative-own-cue",
            rep("Il a répété qu'il ne gouvernerait pas avec M. Kickl, qu'il juge « dangereux ». "),
        ),
        (
            "count-cardinal",
            rep(
                "Trois syndicats ont affirmé que 300 morts, selon un décompte de l'AFP, sont à déplorer. ",
            ),
        ),
        (
            "bodies",
            rep(
                "Pour le syndicat, la Ligue contre le cancer et la Fondation pour la recherche ont raison. ",
            ),
        ),
    ]);
}

/// The rules of the fifteenth session on 2026-12-05: gerunds after `tout`,
/// titles in a subject's marks, objects of a cue before a participle,
/// media and `sur` before objects, unaccented `A`, long opening phrases,
/// verbs before `et`, town halls, described subjects before pronouns,
/// descriptions after indefinite articles, verbless prefixes, adverbs in
/// incises, claims. Each also as one run-on sentence (no full stop), where
/// a look back to the sentence start would be quadratic.
#[test]
fn rules_of_2026_12_05_fifteenth_session_run_in_linear_time() {
    let units = [
        (
            "tout-en",
            "« Ce sont des millions », a-t-elle déclaré, tout en ajoutant qu’il existait « une voie » ",
        ),
        (
            "title-in-subject",
            "L’ancien animateur d’« Ushuaïa » a précisé n’avoir prévenu personne ",
        ),
        (
            "object-then-participle",
            "Il a dénoncé « la présence des lobbys », évoquant une réunion ",
        ),
        (
            "medium",
            "Benjamin Griveaux a regretté sur BFMTV une méthode « peu courtoise » ",
        ),
        (
            "unaccented-a",
            "A Matignon, on fait valoir que la dette approche les 50 milliards ",
        ),
        (
            "opening-phrase",
            "Au lendemain de l'annonce par Donald Trump de droits de douane de 20 % sur les produits, la présidente de la Commission, Ursula von der Leyen, a dénoncé « un coup dur » ",
        ),
        (
            "verb-before-et",
            "le maire démissionne et dénonce le « manque de soutien de l’État » ",
        ),
        (
            "town-hall",
            "Le maire de Bordeaux a parlé. La mairie a précisé qu’elle serait inaugurée ",
        ),
        (
            "described-subject",
            "On souligne que la filière vit. Le maire, lui, ne regrette rien. « Je n’ai rien contre », assure-t-il ",
        ),
        (
            "sur-object",
            "Nicolas Florian a ironisé sur une « écologie punitive » ",
        ),
        (
            "indefinite-title",
            "Elle a regretté une campagne « pleine » marquée par « l’utilisation » par le pouvoir ",
        ),
        (
            "verbless-prefix",
            "Anthony Albanese réélu, « les Australiens ont choisi », se félicite le Premier ministre ",
        ),
        (
            "adverb-incise",
            "« La Commission travaillera », a sobrement commenté un porte-parole ",
        ),
        ("claim", "Andrej Babiš revendique une « victoire claire » "),
        (
            "coordinated-marks",
            "Olaf Scholz a jugé les résultats « amers » et « inquiétants » ",
        ),
        (
            "qualifying-relative",
            "La Turquie reproche à Stockholm d’héberger des militants qu’elle qualifie de « terroristes » ",
        ),
        (
            "date-incise",
            "Édouard Philippe a annoncé mercredi 17 janvier, à l’issue du Conseil, que l’État renonçait ",
        ),
        (
            "apposition-relative",
            "Un chef sera désigné, a précisé Graham Brady, le président du comité 1922, qui organise la succession ",
        ),
        (
            "selon-document",
            "Selon le jugement, Nicolas Sarkozy, son avocat et un magistrat avaient conclu un « pacte » ",
        ),
        (
            "title-colon",
            "« Je ne peux pas remplir mon mandat » : après 45 jours, Liz Truss jette l'éponge ",
        ),
        (
            "mettre-en-garde",
            "Il a mis en garde contre des coupes « à l’aveugle » qui pénaliseraient la transition ",
        ),
        (
            "aux-reach",
            "Il y a eu des débats et il a été dit qu'il est temps ",
        ),
        (
            "comma-new-subject",
            "Manuel Valls menace d'interdire les manifestations, la CGT dénonce « une provocation » ",
        ),
        (
            "incise-named-subject",
            "Les entreprises, a précisé le conseiller à la sécurité nationale, John Bolton, auront six mois ",
        ),
        (
            "gerund-object",
            "Il a reconnu avoir commis une erreur en proposant la déchéance de nationalité ",
        ),
        (
            "marks-in-apposition",
            "tandis qu’Arnaud Montebourg, figure des « frondeurs » et candidat, estimait qu’elle « clarifiait » ",
        ),
    ];
    let mut inputs = sentences_and_run_on(&units);
    // Many pronouns after one long sentence, the last speaker an
    // institution: each looked back at the whole sentence before
    // (review).
    inputs.push((
        "pronouns-after-a-long-sentence",
        format!(
            "Le Sénat a expliqué : « Nous verrons ». {}rien. {}",
            "le chat dort et ".repeat(SIZE / 32),
            "« Oui », assure-t-il, ".repeat(SIZE / 48)
        ),
    ));
    assert_linear_time(inputs);
}

/// The rules of the sixteenth session on 2026-12-05: reflexive-only
/// verbs, collectives that demand, demonyms before an apposed name,
/// unaccented offices, phrases of time opening a sentence, participles
/// sharing a distant auxiliary, agreement of inverted subjects, `sous`
/// before `que`, appositions after `selon`, complements after a quoted
/// object, `que` after a conjunction, incises cutting a statement with
/// marks, court decisions, new holders of an office. Each also as one
/// run-on sentence (no full stop).
#[test]
fn rules_of_2026_12_05_sixteenth_session_run_in_linear_time() {
    let units = [
        (
            "reflexive-only",
            "Les policiers ont emporté « des caisses » de documents et s’est emporté le maire ",
        ),
        (
            "collective-demands",
            "l’opposition a exigé que le président « présente ses excuses » aux agents ",
        ),
        (
            "demonym-apposition",
            "« Nous voterons contre », a tranché son président, l’Espagnol Josep Borrell ",
        ),
        (
            "time-opener",
            "Quelques jours plus tôt, lors d'un meeting, Marine Le Pen avait qualifié le texte de « honte » et promis une « riposte » ",
        ),
        (
            "distant-participle",
            "La ministre a indiqué que le directeur n'était « plus en mesure » de diriger l'hôpital et demandé au conseil de se réunir « au plus vite » ",
        ),
        (
            "agreement",
            "Le porte-parole, Olivier Véran, a jugé les images « très choquantes » ",
        ),
        (
            "sous-que",
            "Un diplomate a affirmé sous couvert d'anonymat que les négociations étaient « au point mort » ",
        ),
        (
            "selon-apposition",
            "Selon le Médiateur national, l’institution chargée des litiges, les plaintes ont doublé ",
        ),
        (
            "complement-after-marks",
            "Le Premier ministre a dénoncé une « faute lourde » après la publication du rapport ",
        ),
        (
            "que-after-conjunction",
            "Un porte-parole a indiqué que l'entreprise regrettait ce retard mais que le calendrier était « tenable » ",
        ),
        (
            "incise-with-marks",
            "La région, a-t-elle ajouté, « ne laissera pas tomber » les agriculteurs du Gers ",
        ),
        (
            "incise-plain-verb",
            "Anne Martin, a-t-on appris de source municipale, assurera l’intérim à la tête de la mairie ",
        ),
        (
            "court-decision",
            "Il a été condamné par le tribunal administratif de Lyon. Selon le jugement, il a « sciemment menti » ",
        ),
        (
            "coordinated-infinitive",
            "La ministre a promis de « rouvrir les classes » et de recruter deux cents enseignants ",
        ),
        (
            "call-in-marks",
            "Le préfet a appelé « chacun au calme » après les violences et ",
        ),
        (
            "circle-of-people",
            "Le ministre ne se représentera pas, a fait savoir son entourage ",
        ),
        (
            "day-before-call-object",
            "Le maire a appelé hier soir les habitants à rester chez eux ",
        ),
        (
            "sur-indefinite",
            "L'ancien maire a ironisé sur un budget « totalement insincère » ",
        ),
        (
            "acronym-then-name",
            "Le service fermera, a annoncé l'agence régionale de santé (ARS) de Normandie ",
        ),
        (
            "day-before-object-and-mais",
            "Le ministre a défendu mardi une réforme « juste » et juge la situation « tendue » mais « maîtrisée » ",
        ),
        (
            "quoted-by-medium",
            "Selon des économistes interrogés par Les Echos, la croissance ralentira et ",
        ),
        (
            "representative-of-the-state",
            "La préfète, Fabienne Buccio, a parlé. Le représentant de l'État a jugé la situation « préoccupante » ",
        ),
        (
            "mais-participle-and-infinitive-in-marks",
            "Le président a salué « une écoute » mais regretté l'absence d'« annonces » et demandé au gouvernement de « garantir l'avenir » ",
        ),
        (
            "fronted-indefinite-and-mais-first-person",
            "Plusieurs l'ont souligné, le calendrier est intenable, et la rapporteure estime que la directive est équilibrée, mais nous ne partageons pas cette analyse ",
        ),
        (
            "head-named-past-complement",
            "La cour d'appel de Rennes a confirmé la peine. La cour estime que les faits sont « graves » et a dénoncé mardi l'« hypocrisie » ",
        ),
        (
            "new-holder",
            "« Je veux écouter », a déclaré le nouveau ministre de la Santé, Aurélien Rousseau, nouveau ministre ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

/// The rules of the seventeenth session of 2026-12-05 on inputs that
/// repeat their trigger: an owner in a cue's object. Each also as one
/// run-on sentence (no full stop).
#[test]
fn rules_of_2026_12_05_seventeenth_session_run_in_linear_time() {
    let units = [
        (
            "owner-in-object",
            "Le ministre, venu sur place mercredi, a annoncé l'envoi de renforts de toute la France ",
        ),
        (
            "medium-after-subject",
            "Les élèves sont rentrés, a indiqué le ministre, Gabriel Attal, sur BFMTV ",
        ),
        (
            "dont-after-selon",
            "Selon Gabriel Attal, dont le gouvernement expédie les affaires courantes, aucune coalition ne tient ",
        ),
        (
            "marks-inside-rest",
            "Cet effort, a-t-il ajouté, doit permettre de « tirer toutes les leçons » de la guerre en Ukraine ",
        ),
        (
            "report-inside-incise",
            "Le fonds s'est engagé à maintenir le siège en France, a indiqué Sanofi ",
        ),
        (
            "participle-after-apposition",
            "Pour Saïd Bellouti, délégué FO à l'hypermarché de Dijon, promis à la fermeture, la direction « ment » ",
        ),
        (
            "subject-quotation-in-incise",
            "La Commission européenne « prend note » de la décision, a indiqué un porte-parole ",
        ),
        (
            "aveu-dire",
            "De l'aveu même du ministre, Laurent Saint-Martin, au dire des témoins, le déficit dépassera ",
        ),
        (
            "acronym-redefined",
            "L'Association des maires de France (AMF) a réagi et l'AMF demande un moratoire ",
        ),
        (
            "metropolis",
            "Les habitants de Montpellier Méditerranée Métropole paient. D'après la métropole, la fréquentation monte ",
        ),
        (
            "company-direction",
            "Auchan a annoncé mardi la suppression de postes. Selon la direction, les entrepôts ferment ",
        ),
        (
            "group-noun-pair",
            "le collectif Nous Toutes et le Réseau Action Climat et l'ONG Foro Penal ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

/// The rules of the eighteenth session of 2026-12-05 on inputs that
/// repeat their trigger. Each also as one run-on sentence (no full stop).
#[test]
fn rules_of_2026_12_05_eighteenth_session_run_in_linear_time() {
    let units = [
        (
            "reclamer-que",
            "Le maire a jugé le procès utile, tout en réclamant que l'État finance un lieu ",
        ),
        (
            "head-past-adjective",
            "La cour d'assises spéciale de Paris a condamné. La cour a estimé qu'ils ont « menti » ",
        ),
        (
            "source-after-on",
            "Son départ devrait intervenir « bientôt », a-t-on appris de source diplomatique ",
        ),
        (
            "titled-apposition",
            "Son avocate, Me Inès Berrada, a annoncé qu'elle ferait appel, dénonçant une « peine » ",
        ),
        (
            "si-l-on-en-croit",
            "Si l'on en croit son entourage, si on en croit Paul Martin, la réforme passera ",
        ),
        (
            "free-relative-que",
            "Admiratrice de Margaret Thatcher, celle que ses partisans surnomment la « Dame de fer » a promis de relancer la croissance ",
        ),
        (
            "ne-pas-manquer-de",
            "Elle n'a pas manqué de rappeler que le tabac tue, il ne manque pas de souligner que ",
        ),
        (
            "quoted-relative-on-object",
            "Shein a dénoncé dans un communiqué une loi qui « pénalise d'abord le pouvoir d'achat » ",
        ),
        (
            "relative-apposition-after-selon",
            "Selon la Star, la société qui exploite le réseau, 100 000 voyageurs sont attendus ",
        ),
        (
            "semicolon-in-according",
            "Pour le RN, il s'agit d'une « fuite en avant » ; LFI réclame un débat ; Selon X, de l'Université ; « oui » ",
        ),
        (
            "describing-opener",
            "Admiratrice de Margaret Thatcher, elle a promis de relancer la croissance, ",
        ),
        (
            "relayed-words",
            "Merz a jugé ces menaces « inacceptables », selon des propos rapportés par DPA, ",
        ),
        (
            "apposed-name-before-cue",
            "Le chef des conservateurs, Markus Söder, a jugé ce vote « indigne » ",
        ),
        (
            "circumstance-with-a",
            "« Non », a soufflé à la sortie de l'audience Thierry, a lancé au micro de RTL la ministre ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

/// The rules of the eighth session on 2026-12-04, and the descriptions
/// they reach: many quotes of `le gouvernement` (each description looked
/// up the document's heads with a scan of its own before), bare heads,
/// `comme X l'a dit` asides, `mais` before gerunds.
#[test]
fn rules_of_2026_12_04_eighth_session_run_in_linear_time() {
    let rep = |u: &str| u.repeat(SIZE / u.len());
    assert_linear_time([
        (
            "promise-par",
            rep("« oui non », promise par le gouvernement "),
        ),
        ("dit-description", rep("« oui », a dit le gouvernement. ")),
        (
            "selon-description",
            rep("Selon le gouvernement, tout va bien. "),
        ),
        (
            "bare-heads",
            rep("La Commission européenne siège. La Commission estime que oui. "),
        ),
        (
            "comme-aside",
            rep("Le projet avance, comme Paul Martin l'a dit hier. "),
        ),
        (
            "mais-gerund",
            rep("Paul ne dit rien mais Marie en abusait en proposant d'agir "),
        ),
        // Descriptions with ever new heads: the document's heads are
        // indexed once after a few scans.
        (
            "distinct-heads",
            (0..SIZE / 40)
                .map(|i| format!("« oui », a dit le bureau{i}. "))
                .collect(),
        ),
    ]);
}

/// Size of the linear-time test inputs.
const SIZE: usize = 200_000;

/// Each named unit repeated to [`SIZE`] bytes twice: as sentences (its
/// trailing space made a full stop) and as one run-on sentence, where a
/// look back to the sentence start would be quadratic.
fn sentences_and_run_on(units: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    let rep = |u: &str| u.repeat(SIZE / u.len());
    let mut inputs = Vec::new();
    for &(name, unit) in units {
        inputs.push((name, rep(&format!("{}. ", unit.trim_end()))));
        inputs.push((name, rep(unit)));
    }
    inputs
}

fn assert_linear_time(inputs: impl IntoIterator<Item = (&'static str, String)>) {
    let real = adversarial::real_text(SEED, SIZE);
    let mut slow = Vec::new();
    for (name, text) in inputs {
        analyze_and_check(&text);
        // The real text is timed again beside each input: on a loaded
        // machine (tests run in parallel) both see the same load.
        let base = best_time(&real).as_secs_f64() / real.len() as f64;
        let per_byte = best_time(&text).as_secs_f64() / text.len() as f64;
        let ratio = per_byte / base;
        eprintln!("{name}: {ratio:.2}x the time per byte of real text");
        if ratio > 10.0 {
            slow.push(format!("{name}: {ratio:.1}x"));
        }
    }
    assert!(slow.is_empty(), "super-linear inputs: {slow:?}");
}

// ---------------------------------------------------------------------------
// Clear errors (the examples are checked by scripts/check_errors.sh)
// ---------------------------------------------------------------------------

/// A bad line refuses the whole file with `FILE:LINE:COLUMN: message`;
/// nothing of that file is loaded, what was loaded before stays.
#[test]
fn a_bad_gazetteer_line_loads_nothing_of_its_file() {
    let mut b = Gazetteer::builder();
    b.builtin(false);
    b.tsv("ok.tsv", "local:0\tPER\tAline Terrier\n").unwrap();
    let e = b
        .tsv(
            "bad.tsv",
            "local:1\tPER\tBob Martin\nlocal:2\tXYZ\tÈve Dupont\n",
        )
        .unwrap_err();
    assert_eq!((e.line(), e.column()), (Some(2), Some(9)));
    assert!(e.to_string().starts_with("bad.tsv:2:9: "), "{e}");
    let e = b
        .jsonl(
            "bad.jsonl",
            "{\"id\":\"local:3\",\"label\":\"PER\",\"name\":\"Carl Petit\"}\n{\"id\":\n",
        )
        .unwrap_err();
    assert_eq!(e.line(), Some(2));
    assert!(e.to_string().starts_with("bad.jsonl:2:"), "{e}");
    let g = b.build().unwrap();
    assert!(g.get("local:0").is_some());
    assert!(g.get("local:1").is_none() && g.get("local:3").is_none());
    let ents = Tagger::with_gazetteer(g).tag("Bob Martin et Carl Petit ont vu Aline Terrier.");
    let ids: Vec<_> = ents.iter().filter_map(|e| e.id()).collect();
    assert_eq!(ids, ["local:0"]);
}

/// The pipeline builder refuses a bad gazetteer file the same way.
#[test]
fn the_pipeline_refuses_a_bad_gazetteer_file() {
    let dir = std::env::temp_dir().join(format!("politext-robust-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("elus.tsv");
    std::fs::write(&path, "local:1\tPER\tAline Terrier\n\nlocal:2\tPER\n").unwrap();
    let mut b = Pipeline::builder();
    b.gazetteer_file(&path);
    let e = b.build().unwrap_err();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(e.line(), Some(3));
    assert!(e.to_string().contains("elus.tsv:3:"), "{e}");
    let mut b = Pipeline::builder();
    b.gazetteer_file(dir.join("missing.tsv"));
    assert!(b.build().unwrap_err().to_string().contains("missing.tsv"));
}

/// Found in review: a hyphen (or a space and a hyphen) between `de` and a
/// capital still lets `de Gaulle` match, and `20-Minutes` too.
#[test]
fn lower_case_alias_starts_before_a_hyphen() {
    let t = politext::Tagger::new();
    for (text, want) in [
        ("Le général de-Gaulle a parlé.", "de-Gaulle"),
        ("Le général de - Gaulle a parlé.", "de - Gaulle"),
        ("Il lit 20-Minutes chaque jour.", "20-Minutes"),
        ("Le général de Gaulle a parlé.", "de Gaulle"),
    ] {
        let ents = t.tag(text);
        assert!(ents.iter().any(|e| e.as_str() == want), "{text}: {ents:?}");
    }
}

/// Tagging and the whole pipeline work from a thread-local destructor
/// (after the crate's own per-thread buffers may be gone).
#[test]
fn analysis_from_a_thread_local_destructor() {
    struct Late;
    impl Drop for Late {
        fn drop(&mut self) {
            let p = politext::Pipeline::new();
            let a = p.analyze("« Nous surveillons », a dit Jens Stoltenberg.");
            assert_eq!(a.quotes().len(), 1);
            assert!(politext::Tagger::new().tag("Vilnius").len() == 1);
        }
    }
    thread_local! { static LATE: Late = const { Late }; }
    std::thread::spawn(|| {
        // The destructor is registered first, so that it runs after the
        // crate's own thread-locals are destroyed.
        LATE.with(|_| {});
        politext::Pipeline::new().analyze("Le Kremlin a répondu.");
    })
    .join()
    .expect("no panic in the destructor");
}

/// The rules of the nineteenth session of 2026-12-05 on inputs that
/// repeat their trigger. Each also as one run-on sentence (no full stop).
#[test]
fn rules_of_2026_12_05_nineteenth_session_run_in_linear_time() {
    let units = [
        (
            "de-before-marks",
            "Il a promis de « réformer » le pays et de faire de l'école la « mère de nos batailles » ",
        ),
        (
            "demonstrative-object",
            "Le PDG a jugé ce mouvement « incompréhensible », juge ce projet « irréaliste » ",
        ),
        (
            "title-body-holder",
            "Le vice-président de la Commission Frans Timmermans, le président du Conseil Matteo Renzi ",
        ),
        ("nickname", "Mohamed Hamdan Daglo, dit « Hemedti », "),
        ("ampersand", "Transport & Environment & Marks & Spencer & "),
        (
            "clitic-ends-np",
            "Un diplomate européen ne cache pas son inquiétude : « Non », la direction n'a ",
        ),
        (
            "full-body-description",
            "Le Parlement a voté. L'agence régionale de santé recommande de ne pas consommer ",
        ),
        (
            "relever-de",
            "Pour Jordan Bardella, l'affaire relève « d'abord de la justice », ",
        ),
        (
            "pour-les-syndicats",
            "Pour les écologistes, ce n'est qu'un pas, pour nombre d'entre eux, pour les syndicats, ",
        ),
        (
            "relative-clause-end",
            "Le maire, qui a assuré que la ville paierait, a été contredit, ",
        ),
        (
            "feeling-object",
            "Le syndicat s'est félicité d'un accord « équilibré », a jugé certaines réponses « vagues » ",
        ),
        (
            "toujours-selon",
            "Toujours selon le parquet, là encore, selon X, ",
        ),
        (
            "unknown-incise",
            "« Vous mentez ! », a attaqué Rachida Dati, « Non et non », a embrayé le maire, ",
        ),
        (
            "relative-clitic",
            "répondit le vieux seigneur auquel s'adressait Sarrasine, le député ne ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

/// The rules of the twentieth session (2026-12-06), each repeated into
/// long sentences and one run-on text, run in linear time.
#[test]
fn rules_of_2026_12_06_twentieth_session_run_in_linear_time() {
    let units = [
        (
            "demonym",
            "Le Vendéen a promis, certains Pierrefittois jugent, une Marseillaise rencontrée sur le Vieux-Port ",
        ),
        (
            "new-president",
            "Bruno Retailleau largement élu président, le nouveau président, le président élu ",
        ),
        (
            "mettre-en-garde",
            "a mis en garde les entreprises contre une « surveillance » des salariés et contre toute atteinte aux « frontières » ",
        ),
        (
            "infinitive-addressee",
            "a dit « prendre acte » de ce départ, a réclamé des « garanties » au groupe, ",
        ),
        (
            "incise-gerund",
            "Le conseil a accepté, a indiqué le groupe dans un communiqué, en évoquant des « points » ",
        ),
        (
            "names-in-marks",
            "CNews, la « Fox News à la française » comme la surnomment ses détracteurs, l'appellation « eau » ",
        ),
        (
            "manner-adverb-colon",
            "a résumé sobrement un porte-parole, Jordan Bardella a justifié le vote de son groupe, les Patriotes : ",
        ),
        (
            "tagger",
            "M. Piperea, Gheorghe Piperea, Denis Le Saint, Airlines for Europe for Airlines ",
        ),
        (
            "mixed-dedupe",
            "a dénoncé une manœuvre d'« extrémistes » et de « complotistes » cherchant à « diviser » ",
        ),
        (
            "according-relative",
            "Pour le groupe communiste, qui avait réclamé un référendum, la fusion a été « imposée » ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

/// The rules added on 2026-12-06 (twenty-first session), repeated into
/// long sentences and one run-on text: time stays linear.
#[test]
fn rules_of_2026_12_06_twenty_first_session_run_in_linear_time() {
    let units = [
        (
            "judged-object",
            "tout en jugeant la loi « trop timide », a jugé son plan « insuffisant » ",
        ),
        (
            "circumstance-name",
            "« Non ! », a lancé dans l'hémicycle l'insoumis William Martinet à l'adresse de la majorité ",
        ),
        (
            "time-in-cue",
            "Le ministre a dès lundi annoncé que, avait en mars 2024 affirmé que, a mardi soir dénoncé ",
        ),
        (
            "some-of-org",
            // (A run-on of nothing but such reports costs about ten times
            // plain text per byte, linearly, as it did before these rules:
            // the unit has words of its own between them.)
            "Des experts de l'ONU ont estimé que le texte était illégal et le débat a repris dans la soirée au Parlement, plusieurs diplomates de l'UE aussi ",
        ),
        (
            "complement-title",
            "sa colère envers l'arbitre néo-zélandais Ben O'Keeffe, avec le ministre Jean Martin, ",
        ),
        (
            "on-at-body",
            "« Bien », indique-t-on à la préfecture de la Savoie, dit-on au parquet de Paris ",
        ),
        (
            "examples",
            "Plusieurs groupes, comme l'irlandais CRH ou le britannique Arm, notamment Total, a précisé le groupe ",
        ),
        (
            "sentencing",
            "a condamné l'écrivain à cinq ans de prison pour « atteinte à l'unité nationale » ",
        ),
        (
            "client",
            "Me Carine Durrieu Diebolt, l'avocate d'Amélie, Sa cliente s'est confiée : « Bien » ",
        ),
        (
            "for-inside-quote",
            "« Pour un homme malade, c'est une peine », a dénoncé son avocat, ",
        ),
        (
            "contracted-article",
            "du Monde Diplomatique du Havre au Caire, lac du Bourget, au Maire ",
        ),
        (
            "later-rules",
            "« Bien. » C'est en ces termes que le maire, Jean Dupont, a réagi. Selon elle, Wikimédia France pointe du doigt « un texte », se bornant à dire qu'il a parlé d'un texte « dangereux » ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

/// The rules of the twenty-second session (2026-12-06, DESIGN.md §6), each
/// construction repeated: linear time, as every rule before them.
#[test]
fn rules_of_2026_12_06_twenty_second_session_run_in_linear_time() {
    let units = [
        (
            "time-before-gerund",
            "« Non. Oui », a-t-il affirmé mercredi sur RTL, tout en ajoutant que le dialogue restait « indispensable » ",
        ),
        (
            "side-with-place",
            "Du côté de l'UMIH d'Ille-et-Vilaine, on salue « enfin une concurrence » et la CGT dénonce déjà un démantèlement « à la découpe » ",
        ),
        (
            "acronym-subject",
            "L'Union des étudiants (UDE) a dénoncé une mesure. Elle estime que le parquet national antiterroriste (Pnat) a requis ",
        ),
        (
            "town-hall",
            "Le conseil municipal de Saint-Malo a voté. D'après la mairie, la Bretagne suivra ",
        ),
        (
            "groups",
            "l'association Sherpa, La direction du groupe a salué « un signal », L'ONG estime que le mouvement de Jean-Luc Mélenchon juge ",
        ),
        (
            "title-description",
            "la Contrôleure générale des lieux de privation de liberté (CGLPL), Dominique Simonnot, décrit des conditions « indignes » ",
        ),
        (
            "pour-name",
            "Atos : l'Etat veut racheter, « une question de souveraineté » pour Bruno Le Maire. ",
        ),
        (
            "participle-nickname",
            "Rodrigue Petitot, surnommé « le R », a dénoncé « une mascarade » destinée à « calmer la rue » ",
        ),
        (
            "people",
            "Selon une étude de l'association, L'avocat de la société a assuré, tacle l'insoumis, Le président sortant a salué, a-t-on indiqué rue Descartes ",
        ),
        (
            "future-inside",
            "« on me demandera ce que j'ai fait », estime que la loi est juste et va demander au Parlement, l'ONU appelle à un cessez-le-feu « immédiat » ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

/// The triggers of the rules added on 2026-12-06 (twenty-third session),
/// repeated: linear time.
#[test]
fn rules_of_2026_12_06_twenty_third_session_run_in_linear_time() {
    let units = [
        (
            "objects-in-marks",
            "Les élus dénoncent unanimement un texte « injuste » et la maire a défendu en mars dans une allocution télévisée un plan « juste » ",
        ),
        (
            "relative-between",
            "Anne Roux a salué « une loi courageuse » qui protège les locataires « sans pénaliser » et a mis en garde contre « une remise en cause » du principe ",
        ),
        (
            "offices-on",
            "À la préfecture de Normandie, on indique que le plan sera revu. Au ministère de la Culture, qui pilote le dossier, on assure que ",
        ),
        (
            "selon",
            "Le règlement range les entreprises selon leur niveau de risque, selon l’Observatoire, une ONG qui a estimé la foule. Jean Dupont, pour qui la réforme est injuste, votera ",
        ),
        (
            "apposed-field",
            "« Non », a lancé au micro une étudiante en droit, Sara Novak, devant le Parlement, salue Abidjan, selon l’interprofession ",
        ),
        (
            "clause-ends",
            "Le maire a demandé de financer les travaux, les habitants se disent « abandonnés », qualifiant les critiques venues des rangs de l’opposition de « caricaturales » ",
        ),
        (
            "organisations",
            "Amnesty International n’est pas convaincue. L’organisation a regretté que les étudiants réclament que son premier président, Pierre Moscovici, étrille ",
        ),
        (
            "tagger",
            "L’Intersyndicale nationale des internes (Isni) et le Centre d’étude et de valorisation des algues (Ceva) et l’association Eau et Rivières de Bretagne ",
        ),
        (
            "live-blog",
            "15 h 05 – « Nous ne reculerons pas », déclare Sophie Binet. ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

/// The twenty-fourth session's triggers (DESIGN.md §6), each repeated
/// as sentences and as one run-on sentence, stay linear.
#[test]
fn rules_of_2026_12_06_twenty_fourth_session_run_in_linear_time() {
    let units = [
        (
            "aside-colon",
            "« Je ne demande rien. Je demande qu’on n’abandonne personne », résume-t-elle, avant d’ajouter, plus sèchement : « Non » ",
        ),
        (
            "judged-de",
            "Micheál Martin a jugé « prématuré » d’en tirer des leçons et elle plaide pour le maintien d’un « accueil physique » dans chaque service ",
        ),
        (
            "plural-bodies",
            "Le contexte « ne permet plus » de mener l’opération, ont indiqué les deux gouvernements dans un communiqué commun, ",
        ),
        (
            "local-bodies",
            "La fédération des chasseurs du Var, elle, a annoncé qu’elle étudiait des recours. Au ministère de la Transformation et de la Fonction publiques, on assure que ",
        ),
        (
            "apposed-company",
            "Ghaith al Ghaith, le PDG de la compagnie Air France, a annoncé que la compagnie Amelia et l’association Emmaüs Connect ",
        ),
        (
            "repeats",
            "Bruno Le Maire a parlé. Le maire de Lyon a répondu à Jeanne Collonge et à Jeanne collonge ",
        ),
        (
            "wire-and-explainer",
            "PARIS, 12 mars (AFP) - Le plan est prêt, a-t-on appris jeudi soir auprès du ministère. Que dit la Commission ? Elle a proposé de le prévenu a assuré que fait-on valoir, tient-il à préciser, ne cesse-t-il de répéter, aimait-il répéter ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

/// The rules of the twenty-fifth session of 2026-12-06 (DESIGN.md §6),
/// repeated: linear time.
#[test]
fn rules_of_2026_12_06_twenty_fifth_session_run_in_linear_time() {
    let units = [
        (
            "coordinated-marks",
            "La députée a accusé le préfet de « mépriser les élus » et d’« ignorer la loi » et d’« oublier » ",
        ),
        (
            "plea-and-judgement",
            "Me Claire Dumas a plaidé pour que la sanction reste « symbolique », une demande que le tribunal a rejetée. Le préfet a jugé lundi « inacceptables » certaines dégradations ",
        ),
        (
            "medium-fillers",
            "Paul Vasseur a promis dans un entretien au Monde de garder « une ligne », a appelé dans un message publié sur Facebook à ne pas céder, avant de dénoncer dans une vidéo publiée sur YouTube un « mensonge » ",
        ),
        (
            "incise-place",
            "« Nous avons échoué », a-t-il reconnu devant le conseil, « mais nous recommencerons. » Il sera inhumé « dans l’intimité », selon ses vœux, a précisé sa famille ",
        ),
        (
            "on-and-requis",
            "Deux enquêtes ont été ouvertes, a-t-on appris mercredi. Le procureur a requis « une peine ferme ». Cette affaire illustre « une dérive » ",
        ),
        (
            "names",
            "Pour la conseillère d’opposition Karima Benali, la direction de Lagardère News et l’association Utopia 56 ont dit que le chef de l’État ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

/// The rules of the twenty-sixth session of 2026-12-06 (fuller names of
/// bodies looked up before, sides past an apposition, nested quotes,
/// the person quoted most, coordinated infinitives with marks, roundup
/// signatures) on inputs made of their trigger phrases, repeated: each
/// stays linear.
#[test]
fn rules_of_2026_12_06_twenty_sixth_session_run_in_linear_time() {
    let units = [
        (
            "fuller-body",
            "Jean Morel, président du comité régional des pêches de Bretagne, a protesté. Le comité des pêches a annoncé qu’il déposerait un recours ",
        ),
        (
            "side-apposition",
            "Du côté de Vents Marins, filiale du groupe Iberdrola, on assure que les travaux respectent « les règles » ",
        ),
        (
            "nested-pronoun",
            "L’ancien ministre raconte : « Un jour, il m’a dit : “Je ne serai jamais candidat.” Trois mois plus tard, il partait. » ",
        ),
        (
            "author-and-concerned",
            "« Je l’ai vu venir », ajoute Jean Valmont. Selon l’auteur, son ministre « préparait sa succession ». L’intéressé s’en défend : « Rien. » ",
        ),
        (
            "coordinated-marks",
            "Elle promet de racheter les commerces vides et de créer une navette « vers les hameaux » et de partir et de rester ",
        ),
        (
            "roundup",
            "« Je ne serai pas candidat. » Emmanuel Macron, mardi, devant la presse.\n\n",
        ),
        (
            "offices",
            "« La hausse a profité à tous », fait valoir un conseiller du ministre délégué aux Comptes publics, Thomas Cazenave. Le proviseur a confié que l’élue du Val-de-Marne maintient que ",
        ),
        (
            "placards-and-participles",
            "Une banderole proclamait « Pas de lait ». Saisi par des habitants, le tribunal a suspendu la démolition. Il a estimé que « la sécurité » ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

/// The rules of the twenty-seventh session (deputy offices, opponents,
/// survey firms, `pour qui`, bodies' names after `Haut`, the subject past
/// an apposition, `l'intéressé` past governed names) on inputs made of
/// their trigger phrases, repeated: each stays linear.
#[test]
fn rules_of_2026_12_06_twenty_seventh_session_run_in_linear_time() {
    let units = [
        (
            "deputy-office",
            "Marine Tondelier, réélue secrétaire nationale, et Sandrine Rousseau, qui devient secrétaire nationale adjointe, ont parlé. La secrétaire nationale a appelé à « l'unité » ",
        ),
        (
            "opponent",
            "« Vous n'avez aucun programme », a lancé Gabriel Attal. Son adversaire a répliqué : « Vous avez échoué. » ",
        ),
        (
            "survey-and-bodies",
            "L'enquête a été réalisée par l'Ifop. L'institut précise que tout va bien. Selon le Haut Comité des retraites agricoles, le coût est faible. La direction du parti a indiqué que ",
        ),
        (
            "pour-qui",
            "« Rien n’est joué », glisse un député de la majorité, pour qui la bataille se jouera au Sénat, pour qui ",
        ),
        (
            "apposition-subject",
            "Agnès Pannier-Runacher, ministre de la Transition énergétique, a salué un rapport « sérieux ». « Les glaciers reculent », a expliqué sa directrice, la glaciologue Heidi Sevestre. ",
        ),
        (
            "open-marks-and-objects",
            "Pour le député Pierre Dharréville, le « gouvernement s'est trompé. Il croit que tout va bien ». Elle a plaidé pour une « synchronisation » des politiques et a insisté sur la nécessité de « changer » dans les transports, s’est dit prêt à parler « si ",
        ),
        (
            "concerned-and-medium",
            "Le départ de Jean-Michel Blanquer, remplacé par Pap Ndiaye, a surpris. L’intéressé a assuré sur France Inter ne regretter « rien ». À Matignon, où il vient d’arriver, on assure que ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

#[test]
fn rules_of_2026_12_06_twenty_eighth_session_run_in_linear_time() {
    let units = [
        (
            "narrative-infinitive-after-marks",
            "« Nous écoutons tout le monde. Mais ce projet est lancé », a répondu la maire. Et d’ajouter : « Personne ",
        ),
        (
            "prefecture-and-presidency",
            "Le préfet des Bouches-du-Rhône, Pierre Dartout, a parlé à Marseille. Selon la préfecture, trois routes sont fermées. Selon la présidence, ",
        ),
        (
            "rank-apposition",
            "Selon le chef d'état-major de l'armée de terre, le général Pierre Schill, douze soldats ont été blessés, ",
        ),
        (
            "authors-and-texts",
            "« Le projet avance », écrit en mars 2019 un cadre. Le préfet « refuse », indique une lettre signée en mai par Carole Delga. Dans un communiqué, le ministère algérien des Affaires étrangères a dénoncé une « ingérence ». « Non », martèle le texte. ",
        ),
        (
            "objects-and-complements",
            "Jordan Bardella a invité les électeurs à le suivre « jusqu'au bout », une prise de position aussitôt critiquée. Les signataires se disent prêts à « accompagner » ceux qui défendront ceux qui ",
        ),
        (
            "titles-and-sur",
            "Le ministre a promis une baisse sur « plusieurs milliers » de médicaments. Selon Libération paru jeudi sous le titre « Le grand flou ",
        ),
        (
            "particles",
            "La porte-parole, Anna van der Berg, a indiqué que Hans van den Broek von der ",
        ),
        (
            "bodies-and-coordination",
            "Sud-Rail a confirmé. L’entreprise dit avoir « fait le maximum ». « La dette », écrit l’institution de la rue Cambon. La CGT-Fonction publique estime que Robert Habeck a promis de « tirer les leçons » et n’a pas exclu de ",
        ),
        (
            "antecedents-and-appositions",
            "Interrogé sur le limogeage du directeur, Éric Arella, le ministre a assumé le limogeage d’Éric Arella. « Non », a-t-il lâché. Sa présidente, Stéphanie Duchatel, a parlé. Son président a rappelé que la dette aurait augmenté, un chiffre que conteste ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

/// The rules of the twenty-ninth session (2026-12-06) over long inputs:
/// writer's clauses after incises, locutions before inverted subjects,
/// regional demonyms, report authors, judged attributes and `comme`
/// objects, title colons, gerunds with object pronouns.
#[test]
fn rules_of_2026_12_06_twenty_ninth_session_run_in_linear_time() {
    let units = [
        (
            "writer-clause-and-locutions",
            "La réforme sera appliquée, a affirmé mardi la ministre du Travail, Astrid Panosyan-Bouvet, alors que les syndicats réclament « son retrait ». « Non », avait prévenu la veille le président du Sénat, Gérard Larcher, tandis que ",
        ),
        (
            "demonyms-and-elected",
            "Le Genevois Pierre Maudet a été réélu. La Vaudoise a promis une législature « de réformes ». Anne Hidalgo réélue. La nouvelle élue a déclaré : « Je ",
        ),
        (
            "reports-and-conclusions",
            "Le Premier ministre a publié le rapport de la Cour des comptes sur la mission sur la Nouvelle-Calédonie. Selon ses conclusions, le rapport juge par ailleurs « irréaliste » le calendrier et décrit la réforme comme « une machine » pour ",
        ),
        (
            "titles-gerunds-and-signs",
            "« Un scandale d'État » : le collectif des victimes sur TikTok réclame une enquête. Dans son entourage, on assure, tout en les exhortant à « rester », sous une banderole proclamant « Non », pour la première réunion publique de ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

/// The rules of the thirtieth session (DESIGN §6): trailing incises with
/// a coordinated rest, clause ends at `, et` + a subject, journalists'
/// questions, placards, parties in descriptions, documents and bodies'
/// names, numbered editions.
#[test]
fn rules_of_2026_12_07_thirtieth_session_run_in_linear_time() {
    let units = [
        (
            "incises-and-clause-ends",
            "Le feu est fixé, a-t-il précisé, et des reprises restent possibles. La participation devrait progresser, estiment les deux camps. Le ministre a annoncé que le gouvernement demanderait une délibération, et Élisabeth Borne a déjà prévenu qu'",
        ),
        (
            "questions-placards-and-events",
            "Pour son dernier sommet Afrique-France, un journaliste qui demandait si l'exécutif redoutait leurs pancartes « Liberté » a vu le parti juger la loi « discriminatoire » et ",
        ),
        (
            "parties-documents-and-bodies",
            "Le candidat du Rassemblement national a indiqué qu'il votera. Le communiqué de l'institution, qui précise que « je », selon La Quadrature du Net. L'association appelle à « agir ». Le président de la COP a assuré que ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

/// The rules of the thirty-first session (DESIGN.md §6), whose lookups
/// reach back over the document (a missed company's name, a report's
/// publisher, a syndicate's name, an acronym spelled out), on
/// repetitions of their own triggers.
#[test]
fn rules_of_2026_12_07_thirty_first_session_run_in_linear_time() {
    let units = [
        (
            "offices-units-and-appositions",
            "À la mairie de Montbard, ville de 5 000 habitants, on affirme que le pôle financier du parquet de Paris a annoncé avoir ouvert une enquête. Selon la SNCF, maître d'ouvrage du chantier, pour Paul Durand, tête de la liste d'opposition, le vote « doit être refait » et ",
        ),
        (
            "companies-acronyms-and-documents",
            "La biscuiterie Lemarchand a rappelé sa « Tomme du Haut-Jura ». « Nous pensons aux familles, écrit l'entreprise. » L'ARS maintient que l'agence régionale de santé a présenté son étude. Le document table sur une croissance et juge « fragile » l'objectif. Il plaide aussi pour que ",
        ),
        (
            "members-and-readers",
            "Un élu de l'agglomération Paris-Saclay a estimé que l'association des commerçants du centre-ville dénonce un « abandon ». Selon le syndicat, sur les pancartes, on lisait « Liberté » et ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

/// The rules of the thirty-second session (DESIGN §6) on their own
/// sentences repeated, and run on without full stops.
#[test]
fn rules_of_2026_12_07_thirty_second_session_run_in_linear_time() {
    let units = [
        (
            "bodies-genders-and-brackets",
            "Le cycliste a été contrôlé positif, a annoncé l'Agence mondiale antidopage. Selon elle, la Commission est consciente des inquiétudes. Elle prend note du fait que, à la Fédération française de football (FFF), on se dit « choqué » et ",
        ),
        (
            "regulators-and-collectives",
            "Le régulateur a justifié sa décision par « la nécessité de diversifier l'offre », selon le prévisionniste. Le collectif Vigilance Santé 06 dénonce, d'après le collectif Parents unis et le consortium Nordic Lithium Bretagne, une « pression » et ",
        ),
        (
            "so-called-and-relatives",
            "Ces « repentis », selon l'expression consacrée, les négociations se poursuivent « dans un bon climat » pour un avion dit de « nouvelle génération » et des jeunes à qui il demandait de baisser la musique, a-t-on appris ; pour Mélanie Vogel, le jugement « montre que la loi protège » et ",
        ),
    ];
    assert_linear_time(sentences_and_run_on(&units));
}

/// The rules of the thirty-third session (2026-12-07): a title's
/// quotation looked up in the body's quotes (four at most, each search in
/// linear time), adjectival appositions after an inverted subject.
#[test]
fn rules_of_2026_12_07_thirty_third_session_run_in_linear_time() {
    let title = "« Huit ans de calvaire à attendre » : François Bayrou « heureux d'en finir enfin » et « soulagé de tout cela », dit François Bayrou\n\n";
    let body = "« Huit ans de calvaire à attendr, huit ans de calvaire », a déclaré François Bayrou. « Heureux d'en finir enfin », a-t-il dit, et « heureux d'en finir », a-t-elle dit. La consultation n'a aucune valeur, a rappelé la préfecture, seule compétente pour « autoriser le parc » et ";
    let mut inputs = sentences_and_run_on(&[(
        "appositions-and-mothers",
        "La mère de famille reproche au maire de « fermer les yeux », a rappelé la préfecture de l'Indre, seule compétente pour autoriser le parc, et ",
    )]);
    inputs.push((
        "title-echoes",
        format!("{title}{}", body.repeat(SIZE / body.len())),
    ));
    assert_linear_time(inputs);
}

/// The rules of the thirty-fourth session (2026-12-07): union branches,
/// bodies introduced by their noun, decade nouns, `le premier … le
/// second` after `deux`, place complements of offices, title clauses.
#[test]
fn rules_of_2026_12_07_thirty_fourth_session_run_in_linear_time() {
    let title = "Couvre-feu : le maire « assume », Paris « prend acte »\n\n";
    let body = "La CFDT Santé-Sociaux du Rhône dénonce un « abandon », a promis le directeur général de Sud Logis Habitat, Marc Lafargue, 63 ans. Le cabinet Arcane Conseil et la start-up grenobloise Kovalt, présentée comme « temporaire » par la direction. « Je l'assume », a répondu la sexagénaire. Les deux maires se retrouveront. Le premier se dit « serein », le second « une guerre ». « C'est faux », a rétorqué l'édile de Montclar. Sa rivale a dénoncé « une folie ». Et d'ajouter : « Non. » ";
    let mut inputs = sentences_and_run_on(&[(
        "branches-and-bodies",
        "Selon la CFDT, le cabinet estime, la direction invoque « un marché à l'arrêt », qui l'accusait de « laisser filer » les tarifs, l'intéressée a dit ne pas se « souvenir » et ",
    )]);
    inputs.push((
        "title-clauses-and-ranks",
        format!("{title}{}", body.repeat(SIZE / body.len())),
    ));
    assert_linear_time(inputs);
}

/// Thirty-fifth session: ages' extremes, courts by their judges, town
/// halls named later, interview questions, bodies by apposition, a
/// workplace after `chez`, `, mais il assure`, `la Vienne`.
#[test]
fn rules_of_2026_12_07_thirty_fifth_session_run_in_linear_time() {
    let title = "Grève chez TransVal, la Région dénonce un « gâchis industriel »\n\n";
    let body = "Kevin Brunel, 24 ans, et Bernard Veyrat, 72 ans, se présentent. Le benjamin du scrutin a salué un score « encourageant ». La juge des référés du tribunal administratif de Montpellier a suspendu l'arrêté. La magistrate relève « aucun élément précis ». Le port a accueilli 700 000 passagers selon la mairie. La mairie de Bastia a fait savoir qu'elle refusait. La CGT-Cheminots de Paris-Nord, syndicat majoritaire sur le secteur, se tait. Pour le syndicat majoritaire, la direction « joue la montre ». Le maire a reconnu qu'il avait menti, mais il assure avoir agi de bonne foi. La chambre d'agriculture de la Vienne proteste. Au rectorat, on renvoie à la décision et on rappelle que rien ne change.\n\n— Pourquoi partir maintenant ?\n\n— Parce que le village mérite mieux, sourit-il.\n\nCatherine Morvan, 52 ans, dirige l'école. Elle a appris la nouvelle. « Ma mère criait. Je lui ai hurlé : “Arrêtez !” », a témoigné Camille Cazenave. Bruxelles appelle Belgrade et Pristina à « la retenue ».\n\n« On nous demande de faire mieux. » Devant le tribunal, mardi, Sylvie Cazenave a raconté l'agression.\n\n";
    let mut inputs = sentences_and_run_on(&[(
        "bodies-and-courts",
        "Selon le document, le benjamin, la doyenne, les magistrats, le syndicat majoritaire, la direction, Côté suisse, Berne a fait savoir que la loi dit que l'association Vivre à Kerlouan dénonce « une folie » et ",
    )]);
    inputs.push((
        "interviews-and-town-halls",
        format!("{title}{}", body.repeat(SIZE / body.len())),
    ));
    assert_linear_time(inputs);
}

/// Thirty-sixth session: initials that end names, offices by acronym,
/// trade names of companies, interview answers, group names of common
/// words and in marks, first names taken up, acronyms in mixed case,
/// local offices named later, `Du côté de X, dont …, on`, company heads,
/// quoted cues.
#[test]
fn rules_of_2026_12_07_thirty_sixth_session_run_in_linear_time() {
    let title = "Saint-Genès : « On brade la forêt », accuse la liste « Cap commun »\n\n";
    let body = "Thierry M., couvreur de 46 ans, comparaissait. Le quadragénaire a reconnu des « erreurs ». Selon son directeur des ressources humaines, Philippe Arnaud, « non », insiste le DRH. La grève se poursuit aux Forges du Lignon et à la Cartonnerie du Ternois. La direction juge la demande « hors de portée ». Le collectif Vallon préservé, l'association Bus pour tous 17 et le syndicat Sud Sdis 30, majoritaire, protestent. Pour Mélanie, 29 ans, sapeuse-pompière à Uzès, « le vrai problème, c'est le temps ». La jeune femme raconte avoir « tout quitté ». Le service départemental d'incendie et de secours (Sdis) recrute. Selon le Sdis, « tout va bien ». « Le maire m'a lancé : “Non.” », a ironisé Samia Belkadi. Du côté du Rassemblement national, dont la candidate, Nadine Roques, se tait, on juge la campagne « polie ». Denis Maréchal, 58 ans, gérant de la PME Galva-Est, a parlé. Le chef d'entreprise a dit « pardon ». La Région « soutient encore 140 festivals » mais ne peut « pas financer tout le monde ». À la Drac des Pays de la Loire, on rappelle que rien ne change. Le président du conseil départemental du Gard conteste. Selon le Département, « tout va bien ». Le parti de Péter Magyar a remporté les élections. « Merci », a lancé le vainqueur. X a été convoqué au Quai d'Orsay, qui a dénoncé des propos « inacceptables ». Selon son chef de mission, le Danois Lars Nielsen, « non ».\n\n— Qu'est-ce qui a changé ?\n\n— J'ai appris à dire non, répond-elle du tac au tac.\n\n";
    let mut inputs = sentences_and_run_on(&[(
        "names-and-offices",
        "Karim B. Puis le DRH, les Forges du Lignon, Halvern Industrie, la liste « Cap commun », le collectif Vallon préservé, s'étrangle la directrice, conteste ces propos, la retraitée, selon le Département, a lancé le vainqueur, « Mon adversaire disait “non” », la société des journalistes de France 2 (SDJ), selon la SDJ, « On m'a demandé de partir » et ",
    )]);
    inputs.push((
        "answers-and-companies",
        format!("{title}{}", body.repeat(SIZE / body.len())),
    ));
    assert_linear_time(inputs);
}

/// The rules of the thirty-seventh session (interviewers' statements,
/// council sides, bodies by their kind, signatories, datelines, offices'
/// fields, trades given to people) run in linear time on their own
/// sentences, repeated.
#[test]
fn rules_of_2026_12_07_thirty_seventh_session_run_in_linear_time() {
    let title = "Démolition aux Peupliers : l’association des locataires dénonce un « relogement au rabais »\n\n";
    let body = "DJEDDAH (Arabie saoudite), 14 mars 2026 (AFP) - L’armée a accepté une trêve, a annoncé Riyad au terme de dix jours de pourparlers indirects dans la cité portuaire. L’association Peupliers Solidaires ne décolère pas. Selon le bailleur, Orge Habitat, 38 familles ont une offre. Le groupe d’opposition Pontvallon Demain parle de “cadeau”. Assise au premier rang, la mère de Lucas, Nathalie Ferrier, a lu une lettre. La mère de Lucas a confié qu'elle n'attendait \"plus rien\". Selon le courrier, signé par la directrice académique du Cantal, Catherine Fabre, les effectifs « baissent ». Pour le rectorat de Clermont-Ferrand, la décision est « arithmétique ». « Non », a déclaré à Bruxelles le commissaire européen à la pêche et aux océans, Costas Kadis. Jean-Marc Etcheverry, président et armateur à Saint-Jean-de-Luz, parle. L’armateur réclame « une indemnisation ». À la présidence de l’université, on juge l’argument « hors sol ». Le groupe Embaltec a assuré dans un communiqué avoir « toujours respecté » les contrôles. L'association, baptisée « Vérité pour Vallières », annonce qu'elle portera plainte. Pour un cadre de l’usine, qui a requis l’anonymat, « non ». Un concurrent doute que le modèle « tienne ». Elue sans étiquette, Monique Texier a voté contre, tout en jugeant le tarif « insuffisant ». Le premier magistrat, lui, promet une « clause ». Thomas, 29 ans, qui a repris la ferme, s’interroge : « Qui ? » À la coopérative Les Coteaux de Génissac, qui regroupe 140 adhérents, on assure avoir réduit les volumes. Pour le communiste, le maire « gère mal ».\n\n— Pourquoi geler la cantine ?\n\n— C’était un engagement.\n\n— La Poste a annoncé la fermeture du bureau.\n\n— Nous l’avons appris par courrier.\n\n";
    let mut inputs = sentences_and_run_on(&[(
        "sides-and-bodies",
        "le groupe d'opposition Pontvallon Demain, l'usine Valmétal de Saint-Dizier, la coopérative Les Vignerons réunis, le département du Jura, Pour l'organisation, selon le bailleur, Orge Habitat, la mère de Lucas, le premier magistrat, l'armateur, à la barre, — Votre priorité ?, — Non. et ",
    )]);
    inputs.push((
        "interviews-and-offices",
        format!("{title}{}", body.repeat(SIZE / body.len())),
    ));
    assert_linear_time(inputs);
}

/// The rules of the thirty-eighth session (2026-12-07: interviews whose
/// prompts quote others and answers that ask back, a minister's former
/// seat, a title's office held by one person of the body, customers listed
/// after `pour`, a given name with an aged apposition, English company
/// words, moments before an inverted subject, reading a document out,
/// lawyers introduced by `Me`, the avocat général) keep linear time.
#[test]
fn rules_of_2026_12_07_thirty_eighth_session_run_in_linear_time() {
    let title = "Vacances : les enseignants en grève, le ministre « ne reculera pas »\n\n";
    let body = "« On nous impose un calendrier absurde », a dénoncé la secrétaire générale du SNES-FSU, Sophie Vénétitay. Le ministre de l’Éducation nationale, Édouard Geffray, a défendu une réforme « attendue ». La ministre de l’Aménagement du territoire et de la Décentralisation, Françoise Gatel, a défendu un effort « juste ». Tout en ajoutant que le mécanisme serait remboursé, l’ancienne sénatrice d’Ille-et-Vilaine a reconnu que la copie pouvait servir. L’équipementier automobile suédois Stenmark Automotive ferme. Le site fabriquait des pièces pour Renault et Stellantis. « Le site n’est plus viable », justifie la direction. Dans la cour, Thomas, professeur de mathématiques de 29 ans, brandissait une pancarte. « Je pars », avait assuré un peu plus tôt l’ancien député du Nord. Le délégué CGT, Franck Mougenot, a lu le communiqué aux salariés. En défense, Me Sophie Arnaud a plaidé. « Mon client a paniqué », a lancé l’avocate. L’avocat général, Thomas Berthelot, avait requis vingt ans. L’avocat des parties civiles a dénoncé « un mensonge ».\n\n— Édouard Philippe affirme que la droite “n’a plus de projet”. Que lui répondez-vous ?\n\n— Qu’il lise notre programme ! Je n’ai pas de leçon à recevoir.\n\n— Sur la dette ?\n\n— Cent milliards. Qui peut encore croire qu’on s’en sortira ?\n\nNous l'avons interrogée.\n\n— Et le médecin ?\n\n— Nous n'en avons plus.\n\nLe Site Stellantis ferme, selon la direction. Le propriétaire de la chaîne, le milliardaire Marc-Antoine Vérignac, proteste. Léa Fabre devient maire de Montaignac.\n\n";
    // (Answers no one introduces: every one looks back for the
    // paragraph that opens the dialogue.)
    let answers = "— Et alors ?\n\n— Rien.\n\n".repeat(SIZE / 24);
    let mut inputs = sentences_and_run_on(&[(
        "offices-and-lawyers",
        "l'ancienne sénatrice, le ministre, pour Renault et Stellantis, Thomas, professeur de 29 ans, un peu plus tôt, a lu le communiqué, Me Sophie Arnaud, l'avocate, l'avocat général, — Que répondez-vous ?, — Non. Qui ? et ",
    )]);
    inputs.push((
        "interviews-and-titles",
        format!("{title}{}", body.repeat(SIZE / body.len())),
    ));
    inputs.push(("answers-only", format!("{title}{answers}")));
    assert_linear_time(inputs);
}

/// The rules added on 2026-12-07 (thirty-ninth session) stay linear: a
/// body noun looking back for the organisation its head opens or a kind
/// named since, the eldest person for `la vieille dame`, a nested quote
/// resolved after the one enclosing it, a name listed up to its acronym,
/// an incise's occasion, associations' names up to their verb.
#[test]
fn rules_of_2026_12_07_thirty_ninth_session_run_in_linear_time() {
    let title = "Water-polo : « La confiance est rompue », tranche la ministre\n\n";
    let body = "La ministre a demandé la démission du président de la Fédération française de water-polo (FFWP), Gérard Lemaire. Selon le rapport de l'Inspection générale de l'éducation, du sport et de la recherche (IGESR), sept signalements n'ont « jamais été transmis ». Le document, que les joueurs surnomment le « livre noir », décrit une gouvernance « opaque ». La fédération, elle, indique avoir « déjà engagé » une réforme. « Dès la première alerte, je lui ai dit : “Tu ne remets plus les pieds au bord du bassin.” Ce rapport l'oublie », s'est défendu le dirigeant. L'usine Valorga Chimie rejette de l'acide trifluoroacétique (TFA). « Nous prenons acte », a réagi la direction de l'usine. L'ONG réclame une « interdiction ». Sa fille, Catherine, a porté plainte : « Je veux que quelqu'un rende des comptes. » La vieille dame, elle, relativise : « J'ai vu passer beaucoup de promesses. » L’association d’usagers Rail Francilien Ensemble dénonce une « double peine ». Le passe coûtera 91 euros, a annoncé mercredi Île-de-France Mobilités (IDFM) à l’issue de son conseil. Pour l’Unafam, l’association des familles, qui réclame une cellule de crise, « chaque jour compte ». Le Périgord Rugby Club fait appel. À la Région, on promet une « clause de revoyure ». Les urgences du centre hospitalier de Vierzac fermeront, a annoncé la direction mardi.\n\n";
    let mut inputs = sentences_and_run_on(&[(
        "bodies-and-nested",
        "la fédération, « je lui ai dit : “Non.” », l'ONG, Sa fille, Catherine, la vieille dame, (IDFM) à l'issue de, l'association Lycées sans harcèlement dénonce, du sport et de la recherche (IGESR), et ",
    )]);
    inputs.push((
        "bodies-and-nested-article",
        format!("{title}{}", body.repeat(SIZE / body.len())),
    ));
    assert_linear_time(inputs);
}

/// The rules of the fortieth session: an office's portfolio with `et`,
/// a coordinated person's apposition, a bare noun of people before the
/// subject, a plain noun after a first name, `l'instance`, buildings
/// named after someone, `contre X.`, sources published `par` X, a ranked
/// name ending the sentence, a lower-case name with its place and a
/// numbered acronym, `la direction` named with its bank, two-word
/// descriptions, adjectives of standing.
#[test]
fn rules_of_2026_12_08_fortieth_session_run_in_linear_time() {
    let title =
        "Municipales : « La ville ne se gère pas à coups de slogans », tacle la maire sortante\n\n";
    let body = "« L’État ne demande rien », a lancé la ministre de l’Aménagement du territoire et de la Décentralisation, Françoise Gatel. Le maire sortant, Grégory Doucet, et l’ancien président de l’Olympique lyonnais, Jean-Michel Aulas, ont débattu salle Jean-Moulin. Médecin généraliste à Roubaix depuis vingt ans, le docteur Laurent Caron, 52 ans, se montre réservé : « Vacciner, ce n’est pas seulement piquer. » Yasmine, 17 ans, raconte avoir été refusée « malgré 15 de moyenne ». « L’adresse compte davantage », lâche la lycéenne. La direction nationale du contrôle de gestion (DNCG) a prononcé la rétrogradation à titre conservatoire du club. Selon l’instance, le club accuse un déficit. L’association portera plainte contre X. Deux salariés ont été blessés, selon un bilan communiqué en fin d’après-midi par la préfecture du Rhône. L’incendie a été circonscrit, selon le commandant des opérations, le colonel Patrick Morel. Le feu a parcouru 1 200 hectares, selon le bilan du service départemental d’incendie et de secours des Landes (SDIS 40). La direction du Crédit ligérien a présenté son plan. Selon la direction, 85 % des opérations sont en ligne. La chambre syndicale, elle, appelle à « ne rien signer ». Plus nuancée, la CFE-CGC, majoritaire chez les cadres, salue un engagement « réel ». La sortante balaie ces critiques : « Le taux de vacance est de 11 %. » La mairie affirme avoir proposé d’héberger le guichet. Sa direction régionale assure que le relais restera.\n\n";
    let mut inputs = sentences_and_run_on(&[(
        "portfolios-and-bodies",
        "la ministre de l'Aménagement et de la Décentralisation, X, salle Jean-Moulin, contre X. Selon l'instance, (SDIS 40), le colonel Patrick Morel. ",
    )]);
    inputs.push((
        "portfolios-and-bodies-article",
        format!("{title}{}", body.repeat(SIZE / body.len())),
    ));
    assert_linear_time(inputs);
}
