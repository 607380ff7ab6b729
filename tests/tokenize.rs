//! The tokenizer and the sentence splitter: tables of cases with concrete
//! byte offsets, the seed article's sentences, NFD input, and properties.

use politext::{Sentence, Token, TokenKind, Tokenizer};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

use TokenKind::{
    Abbreviation as A, Clitic as C, Email as E, Hashtag as H, Mention as M, Number as N,
    Punctuation as P, Symbol as S, Url as U, Word as W,
};

/// A token as the tables write it: kind, start, end.
type Tok = (TokenKind, usize, usize);

fn spans(text: &str) -> Vec<Tok> {
    Tokenizer::new()
        .tokenize(text)
        .iter()
        .map(|t| (t.kind(), t.start(), t.end()))
        .collect()
}

fn sentences(text: &str) -> Vec<(usize, usize)> {
    let tok = Tokenizer::new();
    let tokens = tok.tokenize(text);
    tok.sentences(text, &tokens)
        .iter()
        .map(|s| (s.start(), s.end()))
        .collect()
}

/// Runs a table of `input -> [(kind, start, end)]` cases, reporting every
/// failing case at once.
fn check_tokens(cases: &[(&str, &[Tok])]) {
    let mut failures = Vec::new();
    for &(input, expect) in cases {
        let got = spans(input);
        if got != expect {
            let texts: Vec<&str> = got.iter().map(|&(_, s, e)| &input[s..e]).collect();
            failures.push(format!(
                "{input:?}\n  expected {expect:?}\n  got      {got:?}\n  tokens   {texts:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn check_sentences(cases: &[(&str, &[(usize, usize)])]) {
    let mut failures = Vec::new();
    for &(input, expect) in cases {
        let got = sentences(input);
        if got != expect {
            failures.push(format!(
                "{input:?}\n  expected {expect:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------

#[test]
fn elision() {
    check_tokens(&[
        // ’ U+2019 and ʼ U+02BC are three and two bytes.
        ("l’OTAN", &[(W, 0, 4), (W, 4, 8)]),
        ("l'OTAN", &[(W, 0, 2), (W, 2, 6)]),
        ("lʼOTAN", &[(W, 0, 3), (W, 3, 7)]),
        ("L’Élysée", &[(W, 0, 4), (W, 4, 12)]),
        (
            "d’un jusqu’à lorsqu’il puisqu’on qu’il",
            &[
                (W, 0, 4),
                (W, 4, 6),
                (W, 7, 15),
                (W, 15, 17),
                (W, 18, 27),
                (W, 27, 29),
                (W, 30, 39),
                (W, 39, 41),
                (W, 42, 47),
                (W, 47, 49),
            ],
        ),
        // Two elisions in a row: `qu’l’`… is rare, `s’l` is not; `n’`+`l’`.
        ("n'l'a", &[(W, 0, 2), (W, 2, 4), (W, 4, 5)]),
        // Pre-tokenised text: the apostrophe stays with its prefix.
        ("l' OTAN", &[(W, 0, 2), (W, 3, 7)]),
        // Not an elision prefix: one word.
        ("O’Neill", &[(W, 0, 9)]),
    ]);
}

#[test]
fn lexicalised_apostrophes_stay_whole() {
    check_tokens(&[
        ("aujourd’hui", &[(W, 0, 13)]),
        ("aujourd'hui", &[(W, 0, 11)]),
        ("quelqu’un", &[(W, 0, 11)]),
        ("quelqu'un", &[(W, 0, 9)]),
        ("presqu’île", &[(W, 0, 13)]),
        ("prud’homme", &[(W, 0, 12)]),
        ("prud'hommes", &[(W, 0, 11)]),
        // `quelqu’` before another word still elides.
        ("quelqu’autre", &[(W, 0, 9), (W, 9, 14)]),
    ]);
}

#[test]
fn compounds_and_inverted_clitics() {
    check_tokens(&[
        ("Jean-Luc", &[(W, 0, 8)]),
        ("Saint-Pétersbourg", &[(W, 0, 18)]),
        ("peut-être", &[(W, 0, 10)]),
        ("c’est-à-dire", &[(W, 0, 15)]),
        ("rendez-vous", &[(W, 0, 11)]),
        ("a-t-il", &[(W, 0, 1), (C, 1, 6)]),
        ("dit-il", &[(W, 0, 3), (C, 3, 6)]),
        ("pourrait-on", &[(W, 0, 8), (C, 8, 11)]),
        ("Va-t-elle", &[(W, 0, 2), (C, 2, 9)]),
        ("dites-le-moi", &[(W, 0, 5), (C, 5, 8), (C, 8, 12)]),
        // Clitics are lower case: `-IL` is a compound part.
        ("DIT-IL", &[(W, 0, 6)]),
    ]);
}

#[test]
fn numbers() {
    check_tokens(&[
        ("1 000 000", &[(N, 0, 9)]),
        // NBSP (2 bytes), narrow NBSP and thin space (3 bytes each).
        ("1\u{a0}000\u{202f}000\u{2009}000", &[(N, 0, 18)]),
        ("3 852,5 €", &[(N, 0, 7), (S, 8, 11)]),
        // Groups of three only, and one space only.
        ("1 00", &[(N, 0, 1), (N, 2, 4)]),
        ("12  000", &[(N, 0, 2), (N, 4, 7)]),
        ("3,5", &[(N, 0, 3)]),
        ("12:30", &[(N, 0, 5)]),
        ("1er", &[(N, 0, 3)]),
        ("2e", &[(N, 0, 2)]),
        ("XXe", &[(W, 0, 3)]),
        ("n°5", &[(W, 0, 3), (N, 3, 4)]),
        ("N° 3", &[(W, 0, 3), (N, 4, 5)]),
        ("12 %", &[(N, 0, 2), (S, 3, 4)]),
        ("12%", &[(N, 0, 2), (S, 2, 3)]),
        ("30 €", &[(N, 0, 2), (S, 3, 6)]),
        ("30€", &[(N, 0, 2), (S, 2, 5)]),
        (
            "-1,5 % et +3",
            &[(N, 0, 4), (S, 5, 6), (W, 7, 9), (N, 10, 12)],
        ),
        (
            "20h45 à 9h",
            &[
                (N, 0, 2),
                (W, 2, 3),
                (N, 3, 5),
                (W, 6, 8),
                (N, 9, 10),
                (W, 10, 11),
            ],
        ),
        ("49.3", &[(N, 0, 4)]),
        ("2022-2023", &[(N, 0, 9)]),
        // A signed number followed by a clitic keeps its sign (found by
        // the tokenize fuzz target: the sign was dropped).
        ("-1-il", &[(N, 0, 2), (C, 2, 5)]),
        ("x -1-t-on", &[(W, 0, 1), (N, 2, 4), (C, 4, 9)]),
    ]);
}

#[test]
fn abbreviations_and_initials() {
    check_tokens(&[
        ("M. Poutine", &[(A, 0, 2), (W, 3, 10)]),
        ("MM. Macron", &[(A, 0, 3), (W, 4, 10)]),
        ("Mme Borne", &[(W, 0, 3), (W, 4, 9)]),
        ("Mme. Borne", &[(A, 0, 4), (W, 5, 10)]),
        ("Dr Martin", &[(W, 0, 2), (W, 3, 9)]),
        ("Dr. Martin", &[(A, 0, 3), (W, 4, 10)]),
        ("etc. Puis", &[(A, 0, 4), (W, 5, 9)]),
        ("av. J.-C.", &[(A, 0, 3), (A, 4, 9)]),
        ("p. 12", &[(A, 0, 2), (N, 3, 5)]),
        // `p` keeps its dot only before a number.
        ("le p. Fin", &[(W, 0, 2), (W, 3, 4), (P, 4, 5), (W, 6, 9)]),
        ("art. 49.3", &[(A, 0, 4), (N, 5, 9)]),
        ("U.E.", &[(A, 0, 4)]),
        ("l’U.E.", &[(W, 0, 4), (A, 4, 8)]),
        ("U.S.A. et", &[(A, 0, 6), (W, 7, 9)]),
        ("J. Stoltenberg", &[(A, 0, 2), (W, 3, 14)]),
        ("Gén. de Gaulle", &[(A, 0, 5), (W, 6, 8), (W, 9, 15)]),
        // A plain word keeps no dot.
        ("Fin.", &[(W, 0, 3), (P, 3, 4)]),
        // `vol.` is a volume only before a number: in the news, a flight
        // ending its sentence.
        ("vol. 3", &[(A, 0, 4), (N, 5, 6)]),
        (
            "le vol. Puis",
            &[(W, 0, 2), (W, 3, 6), (P, 6, 7), (W, 8, 12)],
        ),
    ]);
}

#[test]
fn punctuation_and_quotes() {
    check_tokens(&[
        // « » are two bytes, ‹ › “ ” three.
        (
            "« Oui » ‹ non › “ ah ”",
            &[
                (P, 0, 2),
                (W, 3, 6),
                (P, 7, 9),
                (P, 10, 13),
                (W, 14, 17),
                (P, 18, 21),
                (P, 22, 25),
                (W, 26, 28),
                (P, 29, 32),
            ],
        ),
        ("«Oui»", &[(P, 0, 2), (W, 2, 5), (P, 5, 7)]),
        (
            "(x) [y] ; : ! ? , \"z\"",
            &[
                (P, 0, 1),
                (W, 1, 2),
                (P, 2, 3),
                (P, 4, 5),
                (W, 5, 6),
                (P, 6, 7),
                (P, 8, 9),
                (P, 10, 11),
                (P, 12, 13),
                (P, 14, 15),
                (P, 16, 17),
                (P, 18, 19),
                (W, 19, 20),
                (P, 20, 21),
            ],
        ),
        (
            "Quoi… Non...",
            &[(W, 0, 4), (P, 4, 7), (W, 8, 11), (P, 11, 14)],
        ),
        ("fin.", &[(W, 0, 3), (P, 3, 4)]),
        (
            "– Oui — non",
            &[(P, 0, 3), (W, 4, 7), (P, 8, 11), (W, 12, 15)],
        ),
        ("a/b", &[(W, 0, 1), (P, 1, 2), (W, 2, 3)]),
        ("+/-", &[(S, 0, 3)]),
    ]);
}

#[test]
fn urls_emails_mentions_hashtags() {
    check_tokens(&[
        ("https://www.lemonde.fr/x.", &[(U, 0, 24), (P, 24, 25)]),
        ("(www.elysee.fr)", &[(P, 0, 1), (U, 1, 14), (P, 14, 15)]),
        ("http://fr.wikipedia.org/wiki/A_(b)", &[(U, 0, 34)]),
        ("contact@elysee.fr.", &[(E, 0, 17), (P, 17, 18)]),
        ("jean.dupont@assemblee-nationale.fr", &[(E, 0, 34)]),
        ("@EmmanuelMacron:", &[(M, 0, 15), (P, 15, 16)]),
        ("#Vilnius2023 #Réforme", &[(H, 0, 12), (H, 13, 22)]),
        // An e-mail ends before a letter with a combining mark (NFD `É`),
        // as before the precomposed letter.
        ("x@y.frÈ", &[(E, 0, 6), (W, 6, 8)]),
        ("x@y.frE\u{300}", &[(E, 0, 6), (W, 6, 9)]),
        (
            "x@ab.e\u{301}",
            &[(W, 0, 1), (M, 1, 4), (P, 4, 5), (W, 5, 8)],
        ),
        // Not a mention or a hashtag: a lone sign.
        ("# @", &[(P, 0, 1), (P, 2, 3)]),
    ]);
}

/// Every Unicode `White_Space` char, plus U+200B, U+FEFF and U+2060.
const SPACES: &[char] = &[
    '\t', '\n', '\u{0B}', '\u{0C}', '\r', ' ', '\u{85}', '\u{A0}', '\u{1680}', '\u{2000}',
    '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}',
    '\u{2009}', '\u{200A}', '\u{2028}', '\u{2029}', '\u{202F}', '\u{205F}', '\u{3000}', '\u{200B}',
    '\u{FEFF}', '\u{2060}',
];

#[test]
fn every_white_space_separates() {
    for &sp in SPACES {
        let text = format!("{sp}Paris{sp}{sp}Berlin{sp}");
        let w = sp.len_utf8();
        assert_eq!(
            spans(&text),
            [(W, w, w + 5), (W, 3 * w + 5, 3 * w + 11)],
            "{sp:?}"
        );
    }
    // The list is complete: every other char below U+3001 is not a space.
    let tok = Tokenizer::new();
    for c in (0..0x3001).filter_map(char::from_u32) {
        let text = c.to_string();
        let is_space = tok.tokenize(&text).is_empty();
        assert_eq!(is_space, SPACES.contains(&c), "{c:?}");
    }
}

#[test]
fn combining_marks() {
    check_tokens(&[
        // NFD `é`: `e` + U+0301 stays in the word.
        ("cre\u{301}e\u{301}", &[(W, 0, 8)]),
        // A mark after a space: a symbol with the marks that follow.
        (" \u{301}\u{327}x", &[(S, 1, 5), (W, 5, 6)]),
        // After a symbol: kept by the symbol.
        ("%\u{301}", &[(S, 0, 3)]),
    ]);
}

// ---------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------

#[test]
fn sentence_boundaries() {
    check_sentences(&[
        ("Il a parlé. Elle aussi.", &[(0, 12), (13, 24)]),
        // No break after M., initials, abbreviations.
        (
            "M. Poutine a parlé. J. Stoltenberg aussi.",
            &[(0, 20), (21, 42)],
        ),
        ("Selon le Dr. Martin, rien.", &[(0, 26)]),
        ("En 52 av. J.-C. César gagna.", &[(0, 29)]),
        // A closing » after the final punctuation belongs to the sentence.
        (
            "« Nous surveillons la situation. » Il l’a dit.",
            &[(0, 36), (37, 50)],
        ),
        // An opening « begins the next.
        ("Il a dit. « Oui », a-t-il répondu.", &[(0, 9), (10, 37)]),
        ("Vraiment ? Oui ! Non…", &[(0, 10), (11, 16), (17, 23)]),
        // `?` before a lower-case word: no break.
        ("Pourquoi ? demanda-t-il.", &[(0, 24)]),
        // Blank lines always split, even before lower case.
        ("Titre\n\nbonjour à tous", &[(0, 5), (7, 22)]),
        ("un\r\n\r\ndeux", &[(0, 2), (6, 10)]),
        // A single line break splits before a capital, not before lower
        // case.
        ("Titre\nLe texte", &[(0, 5), (6, 14)]),
        ("une phrase\ncoupée", &[(0, 18)]),
        // A straight quote with a space after it closes; attached to the
        // next word it opens.
        (
            "Dites-le. \" Elle rit. \"Oui.",
            &[(0, 11), (12, 21), (22, 27)],
        ),
        // A semicolon before a capitalised pronoun or preposition ends a
        // sentence; before a name or lower case it does not.
        (
            "La taxe ; Il est tard ; Paris dort ; on rentre.",
            &[(0, 9), (10, 47)],
        ),
        ("", &[]),
        ("   ", &[]),
    ]);
}

const SEED: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/000_1a8068a8a26e3f9a.txt"
));

#[test]
fn seed_article_sentences() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/000_1a8068a8a26e3f9a.txt"
    ))
    .unwrap();
    let tok = Tokenizer::new();
    let tokens = tok.tokenize(&text);
    let sents = tok.sentences(&text, &tokens);
    assert_eq!(sents.len(), 14);
    let get = |k: usize| (sents[k].start(), sents[k].end());
    assert_eq!(get(0), (0, 78));
    assert!(sents[0].as_str().ends_with("pour Vladimir Poutine."));
    assert_eq!(get(2), (276, 338));
    assert_eq!(
        sents[2].as_str(),
        "Une situation qui n’a évidemment pas échappé à l’OTAN."
    );
    // Two quotes open on « and the second one is its own sentence.
    assert_eq!(get(3), (339, 512));
    assert!(
        sents[3]
            .as_str()
            .starts_with("« Selon le secrétaire général")
    );
    assert_eq!(get(4), (513, 556));
    assert_eq!(
        sents[4].as_str(),
        "« Nous surveillons la situation en Russie."
    );
    // A line break ends the first paragraph.
    assert_eq!(get(6), (846, 1238));
    assert!(sents[6].as_str().ends_with("par communiqué."));
    assert_eq!(get(13), (1994, 2155));
    assert_eq!(sents[13].end(), text.trim_end().len());
    assert_invariants(&text, &tokens, &sents);
}

// ---------------------------------------------------------------------------
// NFD input
// ---------------------------------------------------------------------------

/// `text` decomposed char by char, with the map from each byte offset of
/// `text` that is a char boundary (and its length) to the NFD offset.
pub(crate) fn nfd_with_map(text: &str) -> (String, Vec<usize>) {
    let mut out = String::new();
    let mut map = vec![usize::MAX; text.len() + 1];
    for (i, c) in text.char_indices() {
        map[i] = out.len();
        out.extend(c.to_string().nfd());
    }
    map[text.len()] = out.len();
    (out, map)
}

fn assert_nfd_like_nfc(nfc: &str) {
    let tok = Tokenizer::new();
    let (nfd, map) = nfd_with_map(nfc);
    let expect: Vec<_> = tok
        .tokenize(nfc)
        .iter()
        .map(|t| (t.kind(), map[t.start()], map[t.end()]))
        .collect();
    let got: Vec<_> = tok
        .tokenize(&nfd)
        .iter()
        .map(|t| (t.kind(), t.start(), t.end()))
        .collect();
    assert_eq!(got, expect, "{nfc:?}");
    let s_nfc: Vec<_> = {
        let t = tok.tokenize(nfc);
        tok.sentences(nfc, &t)
            .iter()
            .map(|s| (map[s.start()], map[s.end()]))
            .collect()
    };
    let s_nfd: Vec<_> = {
        let t = tok.tokenize(&nfd);
        tok.sentences(&nfd, &t)
            .iter()
            .map(|s| (s.start(), s.end()))
            .collect()
    };
    assert_eq!(s_nfd, s_nfc, "{nfc:?}");
}

#[test]
fn nfd_gives_the_tokens_of_nfc() {
    let (nfd, _) = nfd_with_map("Élysée");
    assert_eq!(nfd.len(), 10, "the test must really decompose");
    for text in [
        "L’Élysée a répondu à l’Assemblée : « Évidemment ! »",
        "Gén. de Gaulle, déc. 1958, Mgr Lefèvre, Ste-Anne",
        "Recep Tayyip Erdoğan et Bernard Cazeneuve à Besançon.",
        "presqu’île, aujourd’hui, écrit-il. Çà et là, l’ÉTAT.",
        SEED,
    ] {
        assert_nfd_like_nfc(text);
    }
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/// The crate's white space: `char::is_whitespace` plus U+200B, U+FEFF,
/// U+2060.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

fn assert_invariants(text: &str, tokens: &[Token<'_>], sents: &[Sentence<'_>]) {
    // Token spans: non-empty, strictly increasing, on char boundaries, in
    // range; the gaps between them are white space only, and tokens plus
    // gaps rebuild the input.
    let mut rebuilt = String::with_capacity(text.len());
    let mut at = 0;
    for t in tokens {
        assert!(t.start() < t.end(), "empty token {t:?} in {text:?}");
        assert!(t.start() >= at, "overlap at {t:?} in {text:?}");
        assert!(t.end() <= text.len(), "{t:?} out of {text:?}");
        assert!(text.is_char_boundary(t.start()) && text.is_char_boundary(t.end()));
        let gap = &text[at..t.start()];
        assert!(gap.chars().all(is_space), "gap {gap:?} in {text:?}");
        assert_eq!(t.as_str(), &text[t.start()..t.end()]);
        assert!(!t.as_str().starts_with(is_space), "{t:?}");
        rebuilt.push_str(gap);
        rebuilt.push_str(t.as_str());
        at = t.end();
    }
    let tail = &text[at..];
    assert!(tail.chars().all(is_space), "tail {tail:?} in {text:?}");
    rebuilt.push_str(tail);
    assert_eq!(rebuilt, text);

    // Sentences: in order, covering the tokens exactly once, each from its
    // first token's start to its last token's end.
    let mut next = 0;
    for s in sents {
        let r = s.tokens();
        assert_eq!(r.start, next, "{s:?} in {text:?}");
        assert!(r.start < r.end && r.end <= tokens.len());
        assert_eq!(s.start(), tokens[r.start].start());
        assert_eq!(s.end(), tokens[r.end - 1].end());
        next = r.end;
    }
    assert_eq!(next, tokens.len(), "tokens left out of sentences: {text:?}");
}

fn check_text(text: &str) {
    let tok = Tokenizer::new();
    let tokens = tok.tokenize(text);
    let sents = tok.sentences(text, &tokens);
    assert_invariants(text, &tokens, &sents);
    // `tokenize_into` agrees, even with a dirty buffer.
    let mut buf = tok.tokenize("reste d’un autre texte");
    tok.tokenize_into(text, &mut buf);
    assert_eq!(buf, tokens);
}

/// Pieces of French-like text: words, names, numbers, quotes, apostrophes,
/// hyphens, abbreviations, odd spaces, combining accents, CRLF.
fn piece() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        "l’",
        "d'",
        "qu’",
        "jusqu’",
        "aujourd’hui",
        "M.",
        "Mme",
        "J.-C.",
        "U.E.",
        "etc.",
        "«",
        "»",
        "« ",
        " »",
        "“",
        "”",
        "\"",
        "'",
        "’",
        "ʼ",
        "-",
        "-t-il",
        "-on",
        " -1",
        "+2",
        "…",
        "...",
        ".",
        ",",
        ";",
        ":",
        "!",
        "?",
        "(",
        ")",
        "%",
        "€",
        "n°",
        "1er",
        "XXe",
        "3,5",
        "12:30",
        "1 000",
        "2\u{a0}000",
        "3\u{202f}000",
        "4\u{2009}000",
        "@Elysee",
        "#JO2024",
        "x@y.fr",
        "https://a.fr/b.",
        "www.c.fr",
        "\u{301}",
        "\u{327}",
        "e\u{301}",
        "\u{a0}",
        "\u{202f}",
        "\u{200b}",
        "\u{feff}",
        "\r\n",
        "\n\n",
        "\t",
        " ",
        " ",
        " ",
    ])
    .prop_map(str::to_string);
    prop_oneof![
        3 => "[a-zA-ZéèêàçÉÈôîœ]{1,9}",
        1 => "[A-Z][a-zé]{1,8}(-[A-Z][a-zé]{1,8})?",
        1 => "[0-9]{1,4}",
        4 => fixed,
    ]
}

fn french_like() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_string_keeps_the_invariants(text in any::<String>()) {
        check_text(&text);
    }

    #[test]
    fn french_like_text_keeps_the_invariants(text in french_like()) {
        check_text(&text);
    }

    #[test]
    fn french_like_nfd_gives_the_tokens_of_nfc(text in french_like()) {
        let nfc: String = text.nfc().collect();
        assert_nfd_like_nfc(&nfc);
    }
}

#[test]
fn tokenizer_is_send_sync_and_clone() {
    fn assert_traits<T: Send + Sync + Clone + 'static>() {}
    assert_traits::<Tokenizer>();
}

/// The network X ending a sentence keeps no dot (`sur son compte X.`), an
/// initial does (`George W. Bush`).
#[test]
fn the_network_x_is_no_initial() {
    let tok = Tokenizer::new();
    let t = "Il l'a écrit sur son compte X. Jean-Luc Mélenchon a répondu.";
    let words: Vec<&str> = tok.tokenize(t).iter().map(|t| t.as_str()).collect();
    assert_eq!(&words[7..10], ["X", ".", "Jean-Luc"]);
    assert_eq!(tok.sentences(t, &tok.tokenize(t)).len(), 2);
    // (After `le réseau social` too: twenty-fourth session.)
    let t = "Il a écrit sur le réseau social X. Le porte-parole a répondu.";
    assert_eq!(tok.sentences(t, &tok.tokenize(t)).len(), 2);
    let t = "George W. Bush a parlé.";
    let words: Vec<&str> = tok.tokenize(t).iter().map(|t| t.as_str()).collect();
    assert_eq!(words[1], "W.");
}

/// The unknown person of a complaint (`plainte contre X.`) ends its
/// sentence: fortieth session.
#[test]
fn fortieth_session_a_complaint_against_x_ends_the_sentence() {
    let tok = Tokenizer::new();
    let t = "L’association portera plainte contre X. Pour sa présidente, c’est grave.";
    let toks = tok.tokenize(t);
    let s = tok.sentences(t, &toks);
    assert_eq!(s.len(), 2);
    assert_eq!((s[1].start(), s[1].end()), (42, 77));
}
