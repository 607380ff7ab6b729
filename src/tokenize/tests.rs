use super::*;

fn toks(text: &str) -> Vec<&str> {
    Tokenizer::new()
        .tokenize(text)
        .iter()
        .map(|t| t.as_str())
        .collect()
}

#[test]
fn smoke() {
    assert_eq!(toks("l’OTAN"), ["l’", "OTAN"]);
}

/// The definition `is_word_char` had before its fast paths.
fn is_word_char_reference(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{00C0}'..='\u{024F}').contains(&c) {
        c != '×' && c != '÷'
    } else {
        c.is_alphanumeric() || is_combining_mark(c) || c == '\u{00AD}'
    }
}

#[test]
fn word_char_fast_paths_agree_with_the_definition() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        assert_eq!(is_word_char(c), is_word_char_reference(c), "{c:?}");
    }
}

#[test]
fn decode_at_agrees_with_std() {
    let text = "aé€𝄞ʼ’\u{301}\u{10FFFF}\u{80}";
    for (i, c) in text.char_indices().filter(|(_, c)| !c.is_ascii()) {
        assert_eq!(decode_at(text.as_bytes(), i), c);
    }
}

#[test]
fn swar_run_agrees_with_a_byte_loop() {
    // Every byte value at every position of an 8-byte window, behind runs
    // of letters and digits, with ASCII or non-ASCII bytes after it.
    let fills: [&[u8]; 3] = [
        b"abcdefgh",
        b"\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9",
        b"  ..,,--",
    ];
    for fill in fills {
        for pos in 0..8 {
            for b in 0..=255u8 {
                let mut buf = b"Zz09aZ".to_vec();
                let mut window = [b'q'; 8];
                window[pos] = b;
                buf.extend_from_slice(&window);
                buf.extend_from_slice(fill);
                let expect = buf
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .unwrap_or(buf.len());
                assert_eq!(ascii_alnum_run(&buf, 0), expect, "{buf:?}");
                assert_eq!(ascii_alnum_run(&buf, 1), expect.max(1), "{buf:?}");
            }
        }
    }
}

#[test]
fn lexicalised_prefix_gate_covers_the_table() {
    // `split_word` only looks a word up in LEXICALISED_APOSTROPHE when its
    // elided prefix passes `may_be_lexicalised_apostrophe`.
    for w in rules::LEXICALISED_APOSTROPHE {
        let head = w.split('-').next().unwrap();
        for form in [*w, head] {
            if let Some((prefix, rest)) = form.split_once('\'') {
                if rules::is_elision_prefix(prefix) {
                    let next = rest.chars().next();
                    assert!(rules::may_be_lexicalised_apostrophe(prefix, next), "{w}");
                    let upper = next.map(|c| c.to_ascii_uppercase());
                    assert!(rules::may_be_lexicalised_apostrophe(prefix, upper), "{w}");
                }
            }
        }
    }
}

#[test]
fn fold_buf_ascii_fast_path_matches_fold_char() {
    for s in [
        "L",
        "Qu",
        "JUSQU",
        "aujourd'hui",
        "x".repeat(32).as_str(),
        "y".repeat(33).as_str(),
    ] {
        let fast = FoldBuf::new(s);
        let slow = crate::normalize::fold_str(s);
        let expect = (slow.len() <= 32).then_some(slow.as_str());
        assert_eq!(fast.as_str(), expect, "{s}");
    }
}

/// Tokens with the plain-word shortcut and without it.
fn both_ways(text: &str) -> (Vec<Token<'_>>, Vec<Token<'_>>) {
    let (mut fast, mut slow) = (Vec::new(), Vec::new());
    scan(text, &mut fast, true);
    scan(text, &mut slow, false);
    (fast, slow)
}

#[test]
fn plain_words_are_the_words_of_the_general_scanner() {
    for text in [
        "Le président a parlé, puis : « Non ! » (été) ÉTAT Élysée",
        "l’OTAN aujourd’hui 20h45 M. J.-C. n° 3 rendez-vous A321 3,5",
        "naïve×deux ÷ façade ; quoi? \"oui\" fin",
        "e\u{301}te\u{301} caf\u{e9}-bar Ab.cd x@y.fr http://a.b www",
        "2016 20h45 3,5 1/2 12\u{a0}000 n\u{a0}5 n°3 N\u{a0}» mot\u{202f}; fin… oui— «\u{a0}non\u{a0}»",
        "1-2 9h 2016\u{2010}17 l\u{2019}an 33\u{2019} -5 (42) 7!",
        "l'homme L’État qu'il jusqu'à Lorsqu’elle c'est n'a d'Ukraine, l'an.",
        "aujourd'hui presqu'île quelqu'un c'était n'dour l'Oréal l'1 l'a l' x'y",
        "l'homme-là d'aujourd'hui qu'en-dira-t-on s'il l'OTAN» l'œuvre l'été",
        "gouvernement. présidentielle... firstname.lastname@example.com Wikipédia.org",
        "constitution.Fin anticonstitutionnellement. abcdefghi.x@y.fr http://a.b/c.",
    ] {
        let (fast, slow) = both_ways(text);
        assert_eq!(fast, slow, "{text}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]

    #[test]
    fn plain_words_agree_on_any_mix(
        text in "[a-zA-Z0-9hnNéÉàçÇ×÷ôœ’'\\-.,;:!?()\"«» \n\u{a0}\u{202f}\u{2026}\u{2014}\u{2013}\u{201c}\u{201d}\u{2010}\u{2011}\u{2019}\u{2bc}\u{301}\u{ad}@/&_°+]{0,60}"
    ) {
        let (fast, slow) = both_ways(&text);
        proptest::prop_assert_eq!(fast, slow);
    }

    #[test]
    fn plain_words_agree_on_elisions(
        text in "((l|d|L|D|qu|Qu|QU|jusqu|c|n|s|presqu|quelqu|aujourd|lorsqu|x|ab|[a-z]{9})('|’|ʼ)([a-zéœàA-ZÉ0-9]{0,5})([ ,.;'’\\-…»)\n\u{a0}\u{202f}]{0,2})){0,10}"
    ) {
        let (fast, slow) = both_ways(&text);
        proptest::prop_assert_eq!(fast, slow);
    }

    #[test]
    fn plain_words_agree_on_long_words_and_dots(
        text in "(([a-zA-Z]{6,14}|[a-zéèàçA-ZÉ]{3,9}|[a-z]{1,3}|https?|www|[a-z]{6,12}\\.[a-z]{1,6}@[a-z]{1,5}\\.[a-z]{2})([.@:/…'’\\-]{0,2})([a-z0-9]{0,8})([ ,.\n\u{301}]{0,2})){0,8}"
    ) {
        let (fast, slow) = both_ways(&text);
        proptest::prop_assert_eq!(fast, slow);
    }

    #[test]
    fn plain_words_agree_on_word_like_text(
        text in "(([a-zéèàçœ]{1,6}|[0-9]{1,4}|[A-ZÉ][a-zé]{0,5}|n|N)([ ,.;:!?'’\\-…«»\u{a0}\u{202f}\u{2010}/h°@)(\"\n]{0,3})){0,15}"
    ) {
        let (fast, slow) = both_ways(&text);
        proptest::prop_assert_eq!(fast, slow);
    }
}

/// Sentences of the splitter and of the reference that visits every token.
fn split_both_ways(text: &str) -> (Vec<Sentence<'_>>, Vec<Sentence<'_>>) {
    let tokens = Tokenizer::new().tokenize(text);
    let fast = sentence::split(text, &tokens);
    let slow = sentence::split_reference(text, &tokens);
    (fast, slow)
}

#[test]
fn sentences_are_the_sentences_of_the_reference() {
    for text in [
        "",
        " ",
        "\n\nTitre\n\nIl a dit. « Non ! » Puis il est parti…",
        "M. Dupont et Mme. Durand, etc. Elle est venue. etc.Fin",
        "Le taux est de 3.5 %. voir www.elysee.fr. Ensuite https://a.fr/b.html ?",
        "Quoi ?! Vraiment... « Oui. » (Non.) [Fin.] ‹ x. › “Bon.” 'a.' ’b.’",
        "la taxe foncière ; Il est 20h45 ; il part ;Elle reste",
        "savoir. \" Elle part. \"C'est fini.\"\nligne\u{2029}Autre\n \nparagraphe",
        "fin.\u{202f}»\u{a0}Puis\r\n\r\nsuite ! ? …\n- tiret\n• puce\n¿Qué? ¡Sí!",
        "...Début. … Fin…",
        // Cases that catch a splitter blind to one of its candidate bytes.
        "; Il ",
        "? - ",
        "?A",
        "… É ",
        "A\u{2029}'",
    ] {
        let (fast, slow) = split_both_ways(text);
        assert_eq!(fast, slow, "{text:?}");
    }
}

/// The shared corpus (`$POLITEXT_CORPUS`, else `../shared/corpus`), when
/// present: every document splits as the reference splits it.
#[test]
fn corpus_sentences_are_the_sentences_of_the_reference() {
    let dir = std::env::var_os("POLITEXT_CORPUS").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
        std::path::PathBuf::from,
    );
    for part in ["wikinews-2016", "europarl-fr"] {
        let Ok(files) = std::fs::read_dir(dir.join(part)) else {
            continue;
        };
        for path in files.filter_map(|e| e.ok()).map(|e| e.path()) {
            if path.extension().is_some_and(|x| x == "txt") {
                let text = std::fs::read_to_string(&path).unwrap();
                let (fast, slow) = split_both_ways(&text);
                assert!(fast == slow, "{}", path.display());
            }
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]

    #[test]
    fn sentences_agree_on_punctuated_text(
        text in "((M\\.|Mme\\.|Mme|etc\\.|J\\.-C\\.|3\\.5|3,5|www\\.elysee\\.fr|https://a\\.fr/b\\.html|[a-zé]{1,6}|[A-ZÉ][a-zé]{0,5}|Il|Le|L’|C'|Selon|«|»|“|”|\"|'|’|›|\\(|\\)|\\[|\\]|\\.|\\.\\.\\.|…|!|\\?|\\?!|;|:|,|-|—|•|¿|[0-9]{1,3})( | |  |\n|\n\n| \n |\u{a0}|\u{202f}|\u{2029}|\r\n|)){0,40}"
    ) {
        let (fast, slow) = split_both_ways(&text);
        proptest::prop_assert_eq!(fast, slow);
    }

    #[test]
    fn sentences_agree_on_any_mix(
        text in "[a-zA-Zé0-9 .!?…;:,«»“”\"'’()\\[\\]\n\u{a0}\u{202f}\u{2029}\u{2026}—-]{0,80}"
    ) {
        let (fast, slow) = split_both_ways(&text);
        proptest::prop_assert_eq!(fast, slow);
    }
}
