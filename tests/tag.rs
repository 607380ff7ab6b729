//! Entity tagger: the seed article, rules, gazetteer loading, matching
//! semantics.

use politext::{Entity, Entry, Gazetteer, Label, Source, Span, Tagger};

fn seed() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/000_1a8068a8a26e3f9a.txt"
    ))
    .unwrap()
}

/// What `f` reads of each entity a new tagger finds in `text`, in order.
fn tagged<'h, T>(text: &'h str, f: impl Fn(&Entity<'h>) -> T) -> Vec<T> {
    Tagger::new().tag(text).iter().map(f).collect()
}

/// Asserts that `text` has each `(name, start)` as a gazetteer mention
/// labelled `label`.
fn assert_known(text: &str, label: Label, names: &[(&str, usize)]) {
    let got = tagged(text, |e| {
        (e.as_str(), e.label(), e.span().start, e.source())
    });
    for &(name, start) in names {
        assert!(
            got.contains(&(name, label, start, Source::Gazetteer)),
            "{name}: {got:?}"
        );
    }
}

/// Every byte offset where `needle` starts in `text`.
fn all(text: &str, needle: &str) -> Vec<usize> {
    text.match_indices(needle).map(|(i, _)| i).collect()
}

#[test]
fn seed_article_entities() {
    let text = seed();
    let ents = Tagger::new().tag(&text);
    // (surface, label, id, canonical name): every occurrence must be found.
    let expected: &[(&str, Label, &str, &str)] = &[
        ("Vladimir Poutine", Label::Per, "Q7747", "Vladimir Poutine"),
        (
            "Jens Stoltenberg",
            Label::Per,
            "politext:person:jens-stoltenberg",
            "Jens Stoltenberg",
        ),
        (
            "Prigojine",
            Label::Per,
            "politext:person:evgueni-prigojine",
            "Evgueni Prigojine",
        ),
        ("Ukraine", Label::Loc, "Q212", "Ukraine"),
        ("Russie", Label::Loc, "Q159", "Russie"),
        ("Moscou", Label::Loc, "Q649", "Moscou"),
        ("Crimée", Label::Loc, "Q7835", "Crimée"),
        ("Vilnius", Label::Loc, "Q216", "Vilnius"),
        (
            "OTAN",
            Label::Org,
            "Q7184",
            "Organisation du traité de l'Atlantique nord",
        ),
        ("Kremlin", Label::Org, "politext:metonym:kremlin", "Kremlin"),
    ];
    let mut n = 0;
    for &(surface, label, id, name) in expected {
        for start in all(&text, surface) {
            let e = ents
                .iter()
                .find(|e| e.start() == start)
                .unwrap_or_else(|| panic!("{surface} at {start} not found"));
            assert_eq!(
                e.span(),
                Span::new(start, start + surface.len()),
                "{surface}"
            );
            assert_eq!(
                (e.label(), e.id(), e.name()),
                (label, Some(id), name),
                "{surface} at {start}"
            );
            n += 1;
        }
    }
    // « le président Poutine »: the surname alone, title outside the span.
    let p = text.find("président Poutine").unwrap() + "président ".len();
    let e = ents
        .iter()
        .find(|e| e.start() == p)
        .expect("Poutine after président");
    assert_eq!((e.as_str(), e.id()), ("Poutine", Some("Q7747")));
    n += 1;
    // Nothing else: no `L’opération`, `Ukrainiens`, `russe`.
    assert_eq!(ents.len(), n, "spurious entities: {ents:?}");
    for bad in ["L’opération", "Ukrainiens", "russe", "russes"] {
        assert!(
            !ents.iter().any(|e| e.as_str() == bad),
            "{bad} is not an entity"
        );
    }
    // `l’OTAN` and `l'OTAN`: the article stays outside.
    assert!(
        ents.iter()
            .all(|e| !e.as_str().starts_with("l'") && !e.as_str().starts_with("l’"))
    );
}

#[test]
fn elided_articles_stay_outside() {
    let t = Tagger::new();
    for text in ["l’OTAN a parlé", "l'OTAN a parlé", "l' OTAN a parlé"] {
        let ents = t.tag(text);
        assert_eq!(ents.len(), 1, "{text}");
        assert_eq!(ents[0].as_str(), "OTAN");
        assert_eq!(ents[0].id(), Some("Q7184"));
    }
}

#[test]
fn accents_and_case_fold_but_acronyms_need_capitals() {
    let t = Tagger::new();
    let ents = t.tag("Le président est à l'Elysee, pas à l’Élysée.");
    assert_eq!(ents.iter().map(|e| e.start()).collect::<Vec<_>>(), [23, 42]);
    assert!(ents.iter().all(|e| e.id() == ents[0].id()));
    // `otan` in lower case is not the acronym.
    assert!(t.tag("une otan quelconque").is_empty());
}

#[test]
fn title_and_given_name_rules_and_propagation() {
    let t = Tagger::new();
    let text = "Mme Zoé Quennec-Arbaud, maire de la ville, a reçu Kévin Lorrendal. Quennec-Arbaud a salué Lorrendal.";
    let ents = t.tag(text);
    let got: Vec<_> = ents
        .iter()
        .map(|e| (e.as_str(), e.label(), e.source()))
        .collect();
    assert_eq!(
        got,
        [
            ("Zoé Quennec-Arbaud", Label::Per, Source::Rule),
            ("Kévin Lorrendal", Label::Per, Source::Rule),
            ("Quennec-Arbaud", Label::Per, Source::Propagation),
            ("Lorrendal", Label::Per, Source::Propagation),
        ]
    );
    assert_eq!(ents[0].span(), Span::new(4, 23));
    assert_eq!(ents[2].name(), "Zoé Quennec-Arbaud");
    assert_eq!(ents[0].gender(), Some(politext::Gender::Female));
}

#[test]
fn unknown_capitalised_pairs_are_people_with_exceptions() {
    let t = Tagger::new();
    let text = "Le cycliste Bauke Mollema devance l'Espagnol Fernando Alarza. \
                Selon Environnement Canada, le vol UZ224 a atterri près de la Grande Mosquée.";
    let ents = t.tag(text);
    let got: Vec<_> = ents
        .iter()
        .map(|e| (e.as_str(), e.label(), e.start()))
        .collect();
    // An unknown pair is a person; a demonym before it is left out; a
    // pair holding a place of the gazetteer, a code with digits and a
    // pair after a determiner are no people.
    assert!(got.contains(&("Bauke Mollema", Label::Per, 12)), "{got:?}");
    assert!(
        got.contains(&("Fernando Alarza", Label::Per, 45)),
        "{got:?}"
    );
    assert!(
        got.iter()
            .all(|&(s, l, _)| l != Label::Per
                || !matches!(s, "Environnement Canada" | "Grande Mosquée")),
        "{got:?}"
    );
    assert!(got.iter().all(|&(s, _, _)| s != "UZ224"), "{got:?}");
}

#[test]
fn sentence_initial_capital_is_not_a_name() {
    let t = Tagger::new();
    assert!(
        t.tag("Hier, la séance a été levée. Demain, elle reprendra.")
            .is_empty()
    );
}

#[test]
fn person_place_clash_decided_by_context() {
    let t = Tagger::new();
    let ents = t.tag("M. Hollande est arrivé.");
    assert_eq!(
        (ents[0].as_str(), ents[0].label()),
        ("Hollande", Label::Per)
    );
}

#[test]
fn organisation_heads_and_acronym_definitions() {
    let t = Tagger::new();
    let text = "La Fédération bretonne des Ormeaux Unis (FBOU) proteste. La FBOU a écrit.";
    let ents = t.tag(text);
    let got: Vec<_> = ents.iter().map(|e| (e.as_str(), e.label())).collect();
    assert_eq!(
        got,
        [
            ("Fédération bretonne des Ormeaux Unis", Label::Org),
            ("FBOU", Label::Org),
            ("FBOU", Label::Org)
        ]
    );
}

#[test]
fn user_gazetteer_tsv_and_errors() {
    let mut b = Gazetteer::builder();
    b.tsv(
        "local.tsv",
        "# élus\nlocal:1\tPER\tAline Terrier\tTerrier\tgender=f\tparty=Q1\n",
    )
    .unwrap();
    let tagger = Tagger::with_gazetteer(b.build().unwrap());
    let ents = tagger.tag("Selon Aline Terrier, la route sera refaite. Terrier l'a promis.");
    assert_eq!(ents.len(), 2);
    assert_eq!(ents[0].span(), Span::new(6, 19));
    assert_eq!(
        (ents[1].as_str(), ents[1].id()),
        ("Terrier", Some("local:1"))
    );

    let err = Gazetteer::builder()
        .tsv("bad.tsv", "local:1\tPER\tA\nlocal:2\tPERSON\tB\n")
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "bad.tsv:2:9: unknown label \"PERSON\" (expected PER, ORG, LOC or MISC)"
    );
    let err = Gazetteer::builder()
        .tsv("bad.tsv", "local:1\tPER\n")
        .unwrap_err();
    assert_eq!((err.line(), err.column()), (Some(1), Some(12)));
}

#[test]
fn user_gazetteer_jsonl_merges_with_builtin() {
    let mut b = Gazetteer::builder();
    b.jsonl(
        "u.jsonl",
        r#"{"id":"Q7747","label":"PER","name":"Vladimir Poutine","aliases":["V. Poutine"]}"#,
    )
    .unwrap();
    b.entry(Entry::new("local:9", Label::Loc, "Trifouilly-les-Oies"));
    let g = b.build().unwrap();
    assert!(g.len() > 10_000);
    assert!(g.get("Q7747").unwrap().aliases().any(|a| a == "V. Poutine"));
    let ents = Tagger::with_gazetteer(g).tag("V. Poutine est allé à Trifouilly-les-Oies.");
    assert_eq!(
        ents.iter().map(|e| e.as_str()).collect::<Vec<_>>(),
        ["V. Poutine", "Trifouilly-les-Oies"]
    );
}

#[test]
fn builtin_gazetteer_size_and_coverage() {
    let g = Gazetteer::builtin();
    assert!(g.len() >= 10_000, "{}", g.len());
    for id in ["Q142", "Q7747", "Q7184", "Q90"] {
        assert!(g.get(id).is_some(), "{id}");
    }
}

#[test]
fn deterministic_and_batch_independent() {
    let t = Tagger::new();
    let text = seed();
    let a: Vec<_> = t.tag(&text).iter().map(|e| (e.span(), e.label())).collect();
    let b: Vec<_> = t.tag(&text).iter().map(|e| (e.span(), e.label())).collect();
    assert_eq!(a, b);
}

#[test]
fn send_sync() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<Tagger>();
    assert_send_sync::<Gazetteer>();
}

/// A tagger whose gazetteer has one more entry (`zorglubie`), the
/// built-in one, and a text in which only the first finds it.
fn two_taggers() -> (Tagger, Tagger, &'static str) {
    let mut b = Gazetteer::builder();
    b.entry(Entry::new("local:zorg", Label::Org, "zorglubie"));
    let custom = Tagger::with_gazetteer(b.build().unwrap());
    (
        custom,
        Tagger::new(),
        "Le zorglubie a parlé à Vilnius avec l’OTAN.",
    )
}

/// The tagger remembers words per thread: two taggers with different
/// gazetteers, used in turn on one thread, each see their own aliases, and
/// a text tags the same cold and warm.
#[test]
fn word_memo_is_per_tagger_and_changes_nothing() {
    let (custom, builtin, text) = two_taggers();
    let spans = |t: &Tagger| -> Vec<(usize, usize)> {
        t.tag(text).iter().map(|e| (e.start(), e.end())).collect()
    };
    for _ in 0..2 {
        assert_eq!(spans(&custom), [(3, 12), (25, 32), (42, 46)]);
        assert_eq!(spans(&builtin), [(25, 32), (42, 46)]);
    }
    // Long words (past the memo's key size) and words at the very end of
    // the text take the same path as short ones.
    let long = "Anticonstitutionnellement, M. Jean-Christophe Lagarde-Dupontavice";
    let first: Vec<_> = builtin
        .tag(long)
        .iter()
        .map(|e| (e.start(), e.end()))
        .collect();
    let again: Vec<_> = builtin
        .tag(long)
        .iter()
        .map(|e| (e.start(), e.end()))
        .collect();
    assert_eq!(first, again);
    assert_eq!(first, [(30, 65)]);
}

/// Two taggers used in turn on one thread each keep their word memo: the
/// memo of the other is not emptied (4 MB) at every text. Alternating
/// costs at most a few times what one tagger costs (it cost 40 times in
/// a release build, far more in a debug one, before each thread kept two
/// memos); a third tagger in turn would empty the least recently used.
#[test]
fn two_taggers_in_turn_keep_their_memos() {
    let (custom, builtin, text) = two_taggers();
    let time = |taggers: &[&Tagger]| {
        (0..5)
            .map(|_| {
                let t = std::time::Instant::now();
                for i in 0..200 {
                    std::hint::black_box(taggers[i % taggers.len()].tag(text));
                }
                t.elapsed()
            })
            .min()
            .unwrap()
    };
    let one = time(&[&builtin]);
    let two = time(&[&builtin, &custom]);
    assert!(two < one * 4, "one tagger {one:?}, two in turn {two:?}");
    assert_eq!(custom.tag(text).len(), 3);
    assert_eq!(builtin.tag(text).len(), 2);
}

/// A ministry's portfolio (`ministre de l'Intérieur`) stops before the
/// minister's name: a given name and a capitalised word start a person.
#[test]
fn a_portfolio_stops_before_the_ministers_name() {
    let text = "Le ministre de l'Intérieur Paul Martin est venu. \
                Le ministère de l'Économie et des Finances a répondu.";
    let got = tagged(text, |e| (e.as_str(), e.label()));
    assert!(got.contains(&("Intérieur", Label::Org)), "{got:?}");
    assert!(got.contains(&("Paul Martin", Label::Per)), "{got:?}");
    assert!(
        got.contains(&("ministère de l'Économie et des Finances", Label::Org)),
        "{got:?}"
    );
}

/// A lower-case organisation head before a proper name heads the name
/// (`université Harvard`, `diocèse de Hearst`, `hôpital Pasteur de Nice`);
/// a news agency is named alone, and a head before a common noun names
/// nothing.
#[test]
fn a_lower_case_head_names_an_organisation() {
    let text = "Il a étudié à l'université Harvard puis au diocèse de Hearst. \
                Elle a été transportée à l'hôpital Pasteur de Nice. \
                Selon l'agence Reuters, l'association des parents proteste.";
    let got = tagged(text, |e| (e.as_str(), e.label(), e.span().start));
    assert!(
        got.contains(&("université Harvard", Label::Org, 19)),
        "{got:?}"
    );
    assert!(
        got.contains(&("diocèse de Hearst", Label::Org, 47)),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|&(s, l, _)| (s, l) == ("hôpital Pasteur de Nice", Label::Org)),
        "{got:?}"
    );
    assert!(got.iter().any(|&(s, _, _)| s == "Reuters"), "{got:?}");
    assert!(
        !got.iter().any(|&(s, _, _)| s.starts_with("agence")),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|&(s, _, _)| s.starts_with("association")),
        "{got:?}"
    );
}

/// Common nouns written in capitals (`ONG`, `VTT`, `NDLR`) are no
/// organisations; an unknown acronym still is one.
#[test]
fn common_noun_acronyms_are_not_organisations() {
    let text = "Plusieurs ONG accusent le régime (NDLR : le parti KSPR). \
                La partie VTT commence.";
    let got = tagged(text, |e| (e.as_str(), e.span().start));
    assert_eq!(got, [("KSPR", 51)], "{got:?}");
}

/// Major international media and companies are in the built-in gazetteer.
#[test]
fn international_media_and_companies_are_known() {
    let text = "Selon The Independent et l'agence Yonhap, un avion d'EgyptAir a disparu.";
    assert_known(
        text,
        Label::Org,
        &[("The Independent", 6), ("Yonhap", 34), ("EgyptAir", 53)],
    );
}

/// `champion`, `championne` title a person, they head no event: the
/// place and the person after them are tagged (`championne du monde
/// Gwen Jorgensen`, `champion de France`); a `championnat` is an event.
#[test]
fn a_champion_is_a_person_not_an_event() {
    let text = "La championne olympique Gwen Jorgensen a gagné. \
                Il est champion de France en titre. \
                Le championnat de France débute.";
    let got = tagged(text, |e| (e.as_str(), e.label(), e.span().start));
    assert!(got.contains(&("Gwen Jorgensen", Label::Per, 24)), "{got:?}");
    assert!(got.contains(&("France", Label::Loc, 68)), "{got:?}");
    assert!(
        got.iter()
            .any(|&(s, l, _)| (s, l) == ("championnat de France", Label::Misc)),
        "{got:?}"
    );
}

/// The surname of a two-word name no list knows (`Oknar Blivets`), and a
/// surname that opens with a particle (`De Gendt`), are found alone
/// anywhere in the document, before the full name too.
#[test]
fn surnames_of_unknown_names_propagate() {
    let text = "Blivets gagne, De Gendt suit.\n\n\
                Le coureur Oknar Blivets devance Thomas De Gendt. Blivets est content.";
    // (`Entity::name` borrows the entity: the entities stay in scope.)
    let ents = Tagger::new().tag(text);
    let got: Vec<_> = ents
        .iter()
        .map(|e| (e.as_str(), e.label(), e.span().start, e.name()))
        .collect();
    for (s, start, canon) in [
        ("Blivets", 0, "Oknar Blivets"),
        ("De Gendt", 15, "Thomas De Gendt"),
        ("Blivets", 81, "Oknar Blivets"),
    ] {
        assert!(
            got.contains(&(s, Label::Per, start, canon)),
            "{s} at {start}: {got:?}"
        );
    }
}

/// Provinces, states and cities beyond the capitals are in the built-in
/// gazetteer, with their French names (`Colombie-Britannique`, `Nankin`),
/// even after `de` or `en`, where the `à X` rule does not reach.
#[test]
fn world_provinces_and_cities_are_known() {
    let text = "Les feux de l'Alberta menacent Edmonton, \
                en Colombie-Britannique comme en Saskatchewan. \
                Des délégués de Nankin et de Belo Horizonte sont venus.";
    assert_known(
        text,
        Label::Loc,
        &[
            ("Alberta", 14),
            ("Edmonton", 31),
            ("Colombie-Britannique", 44),
            ("Saskatchewan", 74),
            ("Nankin", 107),
            ("Belo Horizonte", 120),
        ],
    );
}

/// A person named after an organisation's name and its complement is in
/// apposition (`le Président du Conseil italien Matteo Renzi`): the
/// organisation stops before the given name; right after the head, a
/// person's name is the organisation's own (`Fondation Jean Jaurès`).
#[test]
fn a_person_after_an_organisation_is_in_apposition() {
    let text = "Le Président du Conseil italien Matteo Renzi a démissionné. \
                La Fondation Jean Jaurès publie une note.";
    let got = tagged(text, |e| (e.as_str(), e.label(), e.span().start));
    assert!(
        got.contains(&("Conseil italien", Label::Org, 17)),
        "{got:?}"
    );
    assert!(got.contains(&("Matteo Renzi", Label::Per, 33)), "{got:?}");
    assert!(
        got.contains(&("Fondation Jean Jaurès", Label::Org, 66)),
        "{got:?}"
    );
}

/// United Nations bodies and missions, NGOs and sports clubs of the
/// built-in gazetteer, by name and acronym.
#[test]
fn un_bodies_ngos_and_clubs_are_known() {
    let text = "La MONUSCO, le PNUD et Médecins du monde aident Goma. \
                Les Girondins de Bordeaux battent le Bayern Munich.";
    assert_known(
        text,
        Label::Org,
        &[
            ("MONUSCO", 3),
            ("PNUD", 15),
            ("Médecins du monde", 23),
            ("Girondins de Bordeaux", 59),
            ("Bayern Munich", 92),
        ],
    );
}

/// A place whose name opens with an elided article (`L'Isle-Adam`, the
/// commune `L'Union`) leaves the article outside its span, like every
/// other name, so that `L'Union européenne` at the start of a sentence is
/// the European Union, not the commune.
#[test]
fn an_elided_article_stays_outside_a_place_name() {
    let text = "L'Union européenne a condamné l'attentat. Il vit à L'Isle-Adam.";
    let got = tagged(text, |e| (e.as_str(), e.label(), e.span().start));
    assert_eq!(
        got,
        [
            ("Union européenne", Label::Org, 2),
            ("Isle-Adam", Label::Loc, 56)
        ]
    );
}

/// An unknown acronym, or a pair of them joined by a hyphen (`CNDD-FDD`,
/// the Burundian ruling party), is an organisation; a code with digits
/// (`COVID-19`) is not.
#[test]
fn hyphenated_acronyms_are_organisations() {
    let text = "Le parti au pouvoir, le CNDD-FDD, a gagné. Le COVID-19 recule.";
    let got = tagged(text, |e| (e.as_str(), e.label(), e.span().start));
    assert_eq!(got, [("CNDD-FDD", Label::Org, 24)]);
}

/// A lake, a massif or a volcano is named without its lower-case head
/// (`lac du Bourget` -> `Bourget`); a capitalised head is part of the
/// name (`Col du Soulor`); a square keeps its head.
#[test]
fn natural_features_drop_a_lower_case_head() {
    let text = "Ils ont nagé dans le lac du Bourget. Le Tour passe le Col du Soulor. \
                Rendez-vous place de la République.";
    let got = tagged(text, |e| (e.as_str(), e.label()));
    for name in ["Bourget", "Col du Soulor", "place de la République"] {
        assert!(got.contains(&(name, Label::Loc)), "{name}: {got:?}");
    }
}

/// A capitalised name after a place noun and `de` is a place (`la ville
/// de Hilla`, `la province de Zabol`, `la banlieue de Damas`), even when
/// no list knows it.
#[test]
fn a_name_after_a_place_noun_is_a_place() {
    let text = "Les combats ont gagné la ville de Hilla, puis le village de Kunar \
                et la province de Zabol.";
    let got = tagged(text, |e| {
        (e.as_str(), e.label(), e.span().start, e.source())
    });
    assert_eq!(
        got,
        [
            ("Hilla", Label::Loc, 35, Source::Rule),
            ("Kunar", Label::Loc, 61, Source::Rule),
            ("Zabol", Label::Loc, 85, Source::Rule)
        ]
    );
}

/// `al-Bab` is a capitalised word (the Arabic article in lower case), and
/// a place found after a place noun is found again alone (`vers al-Bab`),
/// where no rule's context is; one found after `à` alone is not.
#[test]
fn a_place_after_a_place_noun_propagates() {
    let text = "Les rebelles visent la ville d'al-Bab. Ils avancent vers al-Bab. \
                Il parle à Snapchat. Il aime Snapchat.";
    let got = tagged(text, |e| (e.as_str(), e.label(), e.span().start));
    assert!(got.contains(&("al-Bab", Label::Loc, 31)), "{got:?}");
    assert!(got.contains(&("al-Bab", Label::Loc, 57)), "{got:?}");
    // The second `Snapchat` (at 95) gets nothing from the first.
    assert!(got.iter().all(|&(_, _, s)| s != 95), "{got:?}");
}

/// The place-noun rule stops before a person in apposition (a known given
/// name and a capitalised word) and tells the verb `cite` from `cité` and
/// the title `comte` from `comté` by their accent.
#[test]
fn the_place_noun_rule_stops_at_a_person_and_at_verbs() {
    let text = "Le gouverneur de la province de Kandahar Mohammed Wesa est arrivé. \
                Le journal cite des Syriens réfugiés. Le feu a gagné le comté de Kalamazoo.";
    let got = tagged(text, |e| (e.as_str(), e.label()));
    assert!(got.contains(&("Kandahar", Label::Loc)), "{got:?}");
    assert!(got.iter().all(|&(s, _)| s != "Syriens"), "{got:?}");
    assert!(got.contains(&("Kalamazoo", Label::Loc)), "{got:?}");
}

/// A person's given name alone refers to them (`Alistair` after `Alistair
/// Brownlee`) when no other person of the document bears it; two
/// Jonathans make `Jonathan` alone nobody in particular.
#[test]
fn a_given_name_alone_is_the_only_person_bearing_it() {
    let text = "Alistair Brownlee a gagné. Son frère a félicité Alistair. \
                Jonathan Brownlee et Jonathan Durand ont couru. Jonathan a chuté.";
    let got = tagged(text, |e| {
        (e.as_str(), e.label(), e.span().start, e.source())
    });
    assert!(
        got.contains(&("Alistair", Label::Per, 52, Source::Propagation)),
        "{got:?}"
    );
    assert!(got.iter().all(|&(s, ..)| s != "Jonathan"), "{got:?}");
}

/// A given name before an English word of organisation or title names is
/// no person (`Tony Awards`, `LaMia Airlines`); before an English word
/// that is also a surname it is (`Matt Hall`).
#[test]
fn english_organisation_words_make_no_person() {
    let text = "Les Tony Awards ont récompensé la pièce. Le pilote Matt Hall a gagné.";
    let got = tagged(text, |e| (e.as_str(), e.label()));
    assert!(got.iter().all(|&(s, _)| !s.contains("Awards")), "{got:?}");
    assert!(got.contains(&("Matt Hall", Label::Per)), "{got:?}");
}

/// Capitalised words up to an English geographic head, or after `Lake`,
/// are a place, not a person's name (even after a given name, unless the
/// head is a surname too: `Michael Bay`).
#[test]
fn english_place_heads_make_places() {
    let text = "Les mushers ont passé Dalzell Gorge puis Red Eagle Lodge, près de Lake Placid.";
    let got = tagged(text, |e| (e.as_str(), e.label(), e.start()));
    let bay = tagged("Le film de Michael Bay est sorti.", |e| {
        (e.as_str(), e.label())
    });
    assert_eq!(bay, [("Michael Bay", Label::Per)]);
    // A capitalised article or preposition opens no place; `City` makes
    // football clubs, not places.
    let other = tagged("En Death Valley, il fait chaud. Stoke City a perdu.", |e| {
        (e.as_str(), e.label())
    });
    assert_eq!(other, [("Death Valley", Label::Loc)]);
    assert_eq!(
        got,
        [
            ("Dalzell Gorge", Label::Loc, 23),
            ("Red Eagle Lodge", Label::Loc, 42),
            ("Lake Placid", Label::Loc, 68),
        ]
    );
}

/// An organisation head takes adjectives in `-eur`, `-ate` and `suprême`
/// (`Cour supérieure du Québec`), but not a political orientation after
/// `de` (`Parti démocrate de centre-gauche`).
#[test]
fn organisation_adjectives_and_orientations() {
    let text =
        "La Cour supérieure du Québec a tranché. Le Parti démocrate de centre-gauche a gagné.";
    let got = tagged(text, |e| (e.as_str(), e.label(), e.start()));
    assert_eq!(got[0], ("Cour supérieure du Québec", Label::Org, 3));
    assert_eq!(got[1].0, "Parti démocrate");
    assert_eq!(got.len(), 2, "{got:?}");
    // A verb after the name is no adjective (`demeure`, `constate`).
    let text = "Le Parti socialiste demeure divisé. La Cour suprême constate une erreur.";
    let got = tagged(text, |e| e.as_str());
    assert_eq!(got, ["Parti socialiste", "Cour suprême"]);
}

/// A maker followed by a model number names a product, and the UEFA
/// competitions are no leagues: neither is an organisation.
#[test]
fn products_and_competitions_are_no_organisations() {
    let text = "Un Airbus A320 d'EgyptAir et un Boeing 737-500 ont décollé. Airbus a confirmé. \
                La finale de la Ligue des champions aura lieu à Milan.";
    let got = tagged(text, |e| (e.as_str(), e.label()));
    assert!(got.contains(&("Airbus A320", Label::Misc)), "{got:?}");
    assert!(got.contains(&("Boeing 737-500", Label::Misc)), "{got:?}");
    assert!(got.contains(&("Airbus", Label::Org)), "{got:?}");
    assert!(
        got.contains(&("Ligue des champions", Label::Misc)),
        "{got:?}"
    );
    // A year after a maker is no model.
    let got = tagged("Airbus 2016 a été une bonne année.", |e| {
        (e.as_str(), e.label())
    });
    assert_eq!(got, [("Airbus", Label::Org)]);
    // Nor a quantity.
    let got = tagged("Chez Airbus 1500 postes seront supprimés.", |e| {
        (e.as_str(), e.label())
    });
    assert_eq!(got, [("Airbus", Label::Org)]);
}

/// Acronyms of common nouns are no organisations (`PME`, `ESB`, and the
/// EU's `COM` document series), found in the Europarl debates; a real
/// one next to them still is.
#[test]
fn common_noun_acronyms_are_no_organisations() {
    let t = "Les PME souffrent de la crise de l'ESB, dit le document COM(1999) 494 de l'OLAF.";
    assert_eq!(tagged(t, |e| e.as_str()), ["OLAF"]);
}

/// An organisation's name runs over two adjectives joined by `et`, a
/// second complement right after the first, and `civile`; a portfolio
/// keeps its adjective (`Affaires étrangères`).
#[test]
fn organisation_names_run_over_their_complements() {
    let t = "Selon l'Agence américaine océanique et atmosphérique, l'ouragan est rare.";
    assert_eq!(
        tagged(t, |e| e.as_str()),
        ["Agence américaine océanique et atmosphérique"]
    );
    let t = "Le Bureau de la sécurité des transports enquête, avec l'Agence américaine de l’aviation civile.";
    assert_eq!(
        tagged(t, |e| e.as_str()),
        [
            "Bureau de la sécurité des transports",
            "Agence américaine de l’aviation civile"
        ]
    );
    let t = "Le ministre des Affaires étrangères a parlé.";
    assert_eq!(tagged(t, |e| e.as_str()), ["Affaires étrangères"]);
    // `et` after a capitalised word is no adjective pair.
    let t = "Le Parti du Caire et arrivé hier a voté.";
    assert!(!tagged(t, |e| e.as_str()).iter().any(|s| s.contains("et")));
}

/// A capitalised pair opening its sentence is a name when an apposition
/// that describes a person follows its comma (a past participle, an age,
/// `qui`); without one, a capital at the start proves nothing.
#[test]
fn an_apposition_makes_a_sentence_initial_pair_a_name() {
    for t in [
        "Le métro était fermé. Zach Manoun, arrivé de Genève, a tout vu.",
        "Le métro était fermé. Zach Manoun, 34 ans, a tout vu.",
        "Le métro était fermé. Zach Manoun, qui arrivait de Genève, a tout vu.",
    ] {
        assert_eq!(tagged(t, |e| e.as_str())[0], "Zach Manoun", "{t}");
    }
    assert!(
        tagged("Le métro était fermé. Zach Manoun a tout vu.", |e| e
            .as_str())
        .is_empty()
    );
}

/// A party's acronym between a title and a name is no part of the name
/// (`la députée LFI Mathilde Panot`, `le sénateur LR Bruno Retailleau`).
#[test]
fn a_party_acronym_after_a_title_is_no_part_of_the_name() {
    let t = "La députée LFI Claire Dumontel a parlé.";
    assert!(
        tagged(t, |e| e.as_str()).contains(&"Claire Dumontel"),
        "{:?}",
        tagged(t, |e| e.as_str())
    );
    assert!(
        !tagged(t, |e| e.as_str())
            .iter()
            .any(|s| s.starts_with("LFI "))
    );
}

/// The capitalised name after a lower-case media noun is the medium, the
/// noun outside the span.
#[test]
fn media_after_their_noun() {
    let t = "Selon la revue Nature, la chute fut mortelle ; le quotidien Libération et l'hebdomadaire Jeune Afrique confirment.";
    let got = tagged(t, |e| (e.as_str(), e.label(), e.start()));
    assert!(got.contains(&("Nature", Label::Org, 15)), "{got:?}");
    assert!(got.contains(&("Libération", Label::Org, 60)), "{got:?}");
    assert!(got.contains(&("Jeune Afrique", Label::Org, 90)), "{got:?}");
    // Not before a lower-case word.
    assert!(tagged("Le journal télévisé a commencé.", |e| e.as_str()).is_empty());
}

/// `Air` and capitalised words are an airline (only capitalised words:
/// `placée` is not part of the name).
#[test]
fn airlines() {
    let t = "Air Méditerranée placée en liquidation : la compagnie Air Sénégal reprend ses lignes.";
    let got = tagged(t, |e| (e.as_str(), e.label(), e.start()));
    assert!(
        got.contains(&("Air Méditerranée", Label::Org, 0)),
        "{got:?}"
    );
    assert!(got.contains(&("Air Sénégal", Label::Org, 57)), "{got:?}");
}

/// A person named by one word after a title (`le pape François`, `le
/// sénateur Dupuis`) is that word alone later, at a sentence start too.
/// (`pape François` is a gazetteer alias since the eighth session of
/// 2026-12-04: the pope is linked, the title still outside the span.)
#[test]
fn one_word_names_after_a_title_propagate() {
    let t = "Le pape François a visité le camp. François s'est recueilli. Le sénateur Dupuis a parlé. Ensuite, Dupuis a ri.";
    let got = tagged(t, |e| (e.as_str(), e.start(), e.source()));
    assert_eq!(
        got,
        [
            ("François", 8, Source::Gazetteer),
            ("François", 37, Source::Propagation),
            ("Dupuis", 77, Source::Rule),
            ("Dupuis", 103, Source::Propagation)
        ]
    );
}

/// An initial and a name are one person (`J. Dupont`), linked when the
/// gazetteer knows the name (`E. Macron`); `M.` is the courtesy title,
/// outside the name.
#[test]
fn initials_and_names() {
    let t = "Selon J. Dupont, la réforme est injuste. E. Macron a répondu à M. Durand.";
    let got = tagged(t, |e| (e.as_str(), e.start(), e.id().map(str::to_string)));
    assert_eq!(got[0], ("J. Dupont", 6, None));
    assert_eq!(got[1], ("E. Macron", 42, Some("Q3052772".to_string())));
    assert_eq!(got[2].0, "Durand");
}

/// A prize before its laureate is no part of the laureate's name.
#[test]
fn prizes_before_laureates() {
    let t = "Le prix Nobel Carlo Rubbia a salué la découverte.";
    assert_eq!(tagged(t, |e| e.as_str()), ["Carlo Rubbia"]);
}

/// A name a rule finds after a title (`Mme Abdul Malak`) that ends a
/// gazetteer person's name (`Rima Abdul Malak`) is that person; a gazetteer
/// person whose first word is no known given name has the rest for
/// surname (`Kamala Harris` … `Harris`).
#[test]
fn titled_surnames_link_to_the_gazetteer_person() {
    let t = "La ministre Rima Abdul Malak était à Lyon. Mme Abdul Malak a parlé.";
    let got = tagged(t, |e| {
        (
            e.as_str().to_string(),
            e.id().map(str::to_string),
            e.source(),
        )
    });
    let rima = got
        .iter()
        .find(|g| g.0 == "Rima Abdul Malak")
        .expect("the full name");
    let later = got
        .iter()
        .find(|g| g.0 == "Abdul Malak")
        .expect("the titled name");
    assert!(rima.1.is_some());
    assert_eq!(later.1, rima.1, "{got:?}");
    assert_eq!(later.2, Source::Propagation);
}

/// A reporting verb shaped like an adjective (`indique`, `signale`,
/// `explique`) and an infinitive after `de` (`de nommer`) end an
/// organisation's name: `Le Parlement indique que` names `Parlement`.
#[test]
fn verbs_end_organisation_names() {
    let text = "Le Parlement européen indique que la loi est votée. Il demande au \
                Conseil européen de la valider et à la Commission de nommer un représentant.";
    let got = tagged(text, |e| (e.as_str(), e.label(), e.span().start));
    assert!(
        got.contains(&("Parlement européen", Label::Org, 3)),
        "{got:?}"
    );
    assert!(
        got.contains(&("Conseil européen", Label::Org, 68)),
        "{got:?}"
    );
    assert!(
        got.iter().all(|(s, _, _)| !s.contains("indique")
            && !s.contains("nommer")
            && !s.contains("valider")),
        "{got:?}"
    );
    // An adjective or a noun complement still belongs to the name.
    let text = "La Banque centrale européenne et le Conseil de sécurité ont parlé.";
    let got = tagged(text, |e| (e.as_str(), e.span().start));
    assert!(got.contains(&("Banque centrale européenne", 3)), "{got:?}");
    assert!(got.contains(&("Conseil de sécurité", 37)), "{got:?}");
}

/// After a preposition of place, a place that is also a given name
/// (`Paris`, `France`) followed by a person's name is the place, and the
/// person starts after it; a person with two given names stays whole.
#[test]
fn a_place_that_is_a_given_name_before_a_person() {
    let spans = |t| tagged(t, |e| (e.as_str(), e.label()));
    use politext::Label::{Loc, Per};
    assert_eq!(
        spans("La maire de Paris Anne Hidalgo a parlé."),
        [("Paris", Loc), ("Anne Hidalgo", Per)]
    );
    assert_eq!(
        spans("Le maire de Paris Jean Dupont a parlé."),
        [("Paris", Loc), ("Jean Dupont", Per)]
    );
    assert_eq!(
        spans("Les contes de Hans Christian Andersen sont connus."),
        [("Hans Christian Andersen", Per)]
    );
}

/// What a new tagger finds in `text`: each entity's words, label and id.
fn with_ids(text: &str) -> Vec<(&str, Label, Option<String>)> {
    tagged(text, |e| {
        (e.as_str(), e.label(), e.id().map(str::to_string))
    })
}

/// Person/place clashes are decided by context: `en Hollande`, `la
/// Hollande` are the Netherlands, `Hollande a parlé` is François
/// Hollande; `à Maurice` is Mauritius, `à Maurice Papon` a person.
#[test]
fn person_place_clashes_by_context() {
    use politext::Label::{Loc, Per};
    let t = "François Hollande a parlé. Il partira en Hollande.";
    assert_eq!(
        with_ids(t),
        [
            ("François Hollande", Per, Some("Q157".to_string())),
            ("Hollande", Loc, Some("Q55".to_string())),
        ]
    );
    assert_eq!(with_ids("La Hollande est plate.")[0].1, Loc);
    assert_eq!(with_ids("Hollande a parlé.")[0].1, Per);
    assert_eq!(
        with_ids("Il est parti à Maurice."),
        [("Maurice", Loc, Some("Q1027".to_string()))]
    );
    assert_eq!(with_ids("Il a écrit à Maurice Papon.")[0].1, Per);
}

/// The verb `a` folds like the preposition `à`, but only `à Maurice` is
/// the island.
#[test]
fn a_verb_is_no_preposition_of_place() {
    assert!(with_ids("Il a Maurice au téléphone.").is_empty());
}

/// `à Maurice` written in NFD (`a` + a combining grave accent) is the
/// island too, as in NFC (a property test found the difference).
#[test]
fn a_place_after_a_preposition_in_nfd() {
    let got = tagged("Il est parti a\u{300} Maurice.", |e| {
        (e.as_str(), e.label())
    });
    assert_eq!(got, [("Maurice", politext::Label::Loc)]);
}

/// In China, the Koreas, Taiwan and Vietnam the family name comes first:
/// after `Xi Jinping`, `M. Xi` is the same person (and after `Kim
/// Jong-un`, `Kim`); `Louis XI` is not.
#[test]
fn family_name_first() {
    let ids = |t| tagged(t, |e| (e.as_str(), e.id().map(str::to_string)));
    let got = ids("Xi Jinping est arrivé. M. Xi a parlé.");
    assert_eq!(got[1], ("Xi", Some("Q15031".to_string())));
    let got = ids("Kim Jong-un a tiré un missile. Kim a promis de continuer.");
    assert_eq!(got[1], ("Kim", Some("Q56226".to_string())));
    let got = ids("Louis XI était roi. Xi Jinping est président.");
    assert_eq!(got[0].1, None);
}

/// A bare organisation head after its article (`la Commission`, `le
/// Conseil`) is the organisation the document named with that head
/// before, or, for `Commission` in a text about Europe, the European
/// Commission; with a complement, or with nothing to refer to, it is
/// left alone.
#[test]
fn bare_organisation_heads() {
    use politext::Label::Org;
    let eu = "commission-europeenne".to_string();
    let got = with_ids("Le Parlement européen a voté. La Commission estime que le texte est prêt.");
    assert_eq!(
        got[1],
        ("Commission", Org, Some(format!("politext:intl_org:{eu}")))
    );
    let t = "Le Conseil constitutionnel a été saisi. Le Conseil a jugé la loi conforme.";
    let got = tagged(t, |e| (e.as_str(), e.span().start, e.name().to_string()));
    assert_eq!(
        got[1],
        ("Conseil", 45, "Conseil constitutionnel".to_string())
    );
    // No earlier commission and no Europe: a commission of some kind.
    assert!(with_ids("La Commission estime que le texte est prêt.").is_empty());
    // A complement makes another organisation.
    let got = with_ids("Le Parlement européen a voté. La Commission des lois a siégé.");
    assert_ne!(got[1].0, "Commission");
    // Lower case, or no article: nothing.
    assert_eq!(
        with_ids("L'UE a voté. Une commission estime que non.").len(),
        1
    );
}

/// The channels of France Télévisions and the group's other media are
/// organisations, not the country (`France 5` had been LOC `France`).
#[test]
fn french_channels_are_media() {
    use politext::Label::Org;
    for t in [
        "Le documentaire passe sur France 5.",
        "Il a parlé à France Ô hier.",
    ] {
        let got = with_ids(t);
        assert_eq!(got.len(), 1, "{t}: {got:?}");
        assert_eq!(got[0].1, Org, "{t}");
    }
}

/// `Al-Quaïda`, a frequent spelling of Al-Qaïda, is the group (it had
/// been a place, by the `al-` of Arabic place names).
#[test]
fn al_qaida_spelt_with_a_u() {
    let got = with_ids("Le groupe Al-Quaïda a revendiqué l'attaque.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1, politext::Label::Org);
    assert_eq!(got[0].2.as_deref(), Some("politext:armed_group:al-qaida"));
}

/// A gazetteer alias with its title (`pape François`, `roi Philippe`)
/// links the person and leaves the title outside the span, as every
/// title; the name alone later is the same person.
#[test]
fn titled_aliases_leave_the_title_out() {
    let t = "Le pape François a visité Auschwitz. Ensuite, François a prié.";
    let got = tagged(t, |e| {
        (e.as_str(), e.span().start, e.id().map(str::to_string))
    });
    assert_eq!(got[0], ("François", 8, Some("Q450675".to_string())));
    assert_eq!(got[1].0, "François");
    assert_eq!(got[1].2.as_deref(), Some("Q450675"));
    let got = with_ids("Le roi Philippe a reçu le Premier ministre.");
    assert_eq!(got[0].0, "Philippe");
    assert_eq!(got[0].2.as_deref(), Some("Q155004"));
}

/// A party between a title and a name (`la députée Renaissance Aurore
/// Bergé`, `le député LR des Alpes-Maritimes`) is the party, never part of
/// a person's name; with no name after it there is no person.
#[test]
fn a_party_after_a_title_is_no_name() {
    let got = |t: &'static str| tagged(t, |e| (e.as_str(), e.label()));
    assert_eq!(
        got("La députée Renaissance des Yvelines a parlé."),
        [("Renaissance", Label::Org), ("Yvelines", Label::Loc)]
    );
    assert_eq!(
        got("La députée Renaissance Aurore Bergé a parlé."),
        [("Renaissance", Label::Org), ("Aurore Bergé", Label::Per)]
    );
    assert_eq!(
        got("Le député LR des Alpes-Maritimes a parlé."),
        [("LR", Label::Org), ("Alpes-Maritimes", Label::Loc)]
    );
    assert_eq!(
        got("La députée LFI Mathilde Panot a parlé."),
        [("LFI", Label::Org), ("Mathilde Panot", Label::Per)]
    );
}

/// `Front de libération nationale kanak et socialiste (FLNKS)`: lower-case
/// words whose initials complete the acronym belong to the name, the
/// acronym and its later mentions name it; an acronym in brackets that
/// spells another name (`l'Union calédonienne (FLNKS)`) is not linked.
#[test]
fn an_acronym_defined_in_the_text_names_the_long_form() {
    let t = "Le Front de libération nationale kanak et socialiste (FLNKS) a manifesté. Le FLNKS a fait savoir qu'il participerait aux discussions.";
    let ents = Tagger::new().tag(t);
    let names: Vec<(&str, &str)> = ents.iter().map(|e| (e.as_str(), e.name())).collect();
    let long = "Front de libération nationale kanak et socialiste";
    assert_eq!(names, [(long, long), ("FLNKS", long), ("FLNKS", long)]);
    assert_eq!(ents[0].span().start, 3);
    let t = "Il fut membre de l'Union calédonienne (FLNKS).";
    let names = tagged(t, |e| e.name().to_string());
    assert_eq!(names.last().map(String::as_str), Some("FLNKS"));
}

/// A country's name is no given name: `« France Médias »` (a holding) and
/// `France Télécom` are no women.
#[test]
fn a_country_is_no_given_name() {
    let tagger = politext::Tagger::new();
    let t = "La ministre défend la création d'une holding, « France Médias », qui réunirait les chaînes.";
    assert!(
        tagger
            .tag(t)
            .iter()
            .all(|e| e.label() != politext::Label::Per)
    );
    assert_eq!(tagger.given_name_gender("France"), None);
    assert_eq!(
        tagger.given_name_gender("Marine"),
        Some(politext::Gender::Female)
    );
}

/// `Conseil interprofessionnel du vin de Bordeaux (CIVB)`: a place inside
/// the words whose initials spell the acronym belongs to the name (no
/// mention of its own), and a place just before brackets is not what they
/// abbreviate.
#[test]
fn an_acronym_spelled_across_a_place() {
    let t = "Selon le Conseil interprofessionnel du vin de Bordeaux (CIVB), 9 500 hectares vont disparaître.";
    let ents = Tagger::new().tag(t);
    let names: Vec<(&str, &str, Label)> = ents
        .iter()
        .map(|e| (e.as_str(), e.name(), e.label()))
        .collect();
    let long = "Conseil interprofessionnel du vin de Bordeaux";
    assert_eq!(
        names,
        [(long, long, Label::Org), ("CIVB", long, Label::Org)]
    );
    assert_eq!(ents[0].span().start, 9);
    let t = "Il vit près de Bordeaux (CIVB).";
    assert!(
        Tagger::new()
            .tag(t)
            .iter()
            .all(|e| e.label() != Label::Loc || e.as_str() != "CIVB")
    );
}

/// `Greenpeace France`: an organisation's French branch is an organisation
/// of its own, named as written, not the organisation and the country.
#[test]
fn a_french_branch_is_one_organisation() {
    let t = "Selon Greenpeace France, le texte est trop faible. Greenpeace milite en France.";
    let names = tagged(t, |e| (e.as_str(), e.name().to_string(), e.label()));
    assert_eq!(
        names[0],
        (
            "Greenpeace France",
            "Greenpeace France".to_string(),
            Label::Org
        )
    );
    assert_eq!(names[1].0, "Greenpeace");
    assert_eq!(names[2], ("France", "France".to_string(), Label::Loc));
}

/// A collective's name after its lower-case noun (`le collectif Les
/// Soulèvements de la Terre`, `le groupe Wagner`) is an organisation.
#[test]
fn a_name_after_a_collective_noun() {
    let t = "Le ministre veut dissoudre le collectif Les Soulèvements de la Terre.";
    let names = tagged(t, |e| (e.as_str(), e.label(), e.span().start));
    assert_eq!(names, [("Les Soulèvements de la Terre", Label::Org, 40)]);
}

/// An organisation's name ends before a person in apposition whose name
/// has a particle (`la Cour suprême Alexandre de Moraes`) or a title
/// (`la Coalition civique de M. Tusk`).
#[test]
fn an_organisation_ends_before_a_person_with_a_particle_or_a_title() {
    let t = "Le juge de la Cour suprême Alexandre de Moraes a ordonné la suspension.";
    assert_eq!(
        tagged(t, |e| (e.as_str(), e.label())),
        [
            ("Cour suprême", Label::Org),
            ("Alexandre de Moraes", Label::Per)
        ]
    );
    let t = "Elle gouvernera avec la Coalition civique de M. Tusk et la Gauche.";
    let names = tagged(t, |e| e.as_str());
    assert!(names.contains(&"Coalition civique"), "{names:?}");
    assert!(names.contains(&"Tusk"), "{names:?}");
}

/// Review of the twelfth session: a place's saint keeps its name whole
/// (`San Carlos de Bariloche`), and an organisation goes on past a title
/// that is no honorific (`l'Office du Haut-Commissaire`).
#[test]
fn particles_and_titles_in_places_and_organisations() {
    let names = tagged("La ville de San Carlos de Bariloche est touchée.", |e| {
        e.as_str()
    });
    assert!(names.contains(&"San Carlos de Bariloche"), "{names:?}");
    let t = "L'Office du Haut-Commissaire aux droits de l'homme a publié un rapport.";
    let names = tagged(t, |e| (e.as_str(), e.label()));
    assert!(
        names
            .iter()
            .any(|&(n, l)| l == Label::Org && n.starts_with("Office du Haut-Commissaire")),
        "{names:?}"
    );
}

/// `l'établissement public X` names an organisation, its `de` complement
/// included; an unknown pair's name never ends on a particle once a
/// place after it is cut off (`Rebâtir Notre-Dame de Lyon` is no
/// person `Rebâtir Notre-Dame de`).
#[test]
fn public_bodies_and_no_name_ending_in_a_particle() {
    let text = "Le président de l'établissement public Rebâtir Notre-Dame de Paris, Philippe Jost, a parlé.";
    let got = tagged(text, |e| (e.as_str(), e.label(), e.start()));
    assert!(
        got.contains(&("Rebâtir Notre-Dame de Paris", Label::Org, 41)),
        "{got:?}"
    );
    let text = "Il a vu Rebâtir Notre-Dame de Lyon hier.";
    let got = tagged(text, |e| e.as_str());
    assert!(got.iter().all(|s| !s.ends_with(" de")), "{got:?}");
}

/// A given name after an article starts no person by the given-name
/// rule (`La Libertad Avanza`, `l'Eden Park`).
#[test]
fn no_person_after_an_article() {
    let got = tagged("Il a parlé avec La Libertad Avanza hier.", |e| e.label());
    assert!(got.iter().all(|&l| l != Label::Per), "{got:?}");
    // (`of` and a capitalised word after an unknown pair make an
    // organisation: `Press Trust of India`.)
    let got = tagged("Selon l'agence Press Trust of India, il viendra.", |e| {
        (e.as_str(), e.label())
    });
    assert!(
        got.contains(&("Press Trust of India", Label::Org)),
        "{got:?}"
    );
    // (Nor is an English name of an organisation a person: `Truth
    // Social`.)
    let got = tagged("Il a écrit sur son réseau Truth Social.", |e| e.label());
    assert!(got.iter().all(|&l| l != Label::Per), "{got:?}");
}

/// Adjectives of nationality with no adjective's ending stay in an
/// organisation's name (`Union patronale suisse`); `Chancellerie` heads
/// one (`Chancellerie fédérale`); a title's name never starts across a
/// line break (`premier ministre belge¶¶Vous pouvez …`).
#[test]
fn nationality_adjectives_chancellery_and_titles_at_line_ends() {
    let text = "L'Union patronale suisse a jugé la décision irresponsable, a indiqué la Chancellerie fédérale.";
    let got = tagged(text, |e| (e.as_str(), e.label()));
    assert!(
        got.contains(&("Union patronale suisse", Label::Org)),
        "{got:?}"
    );
    assert!(
        got.contains(&("Chancellerie fédérale", Label::Org)),
        "{got:?}"
    );
    let text =
        "— Charles Michel, premier ministre belge\n\nVous pouvez consulter les articles suivants.";
    let got = tagged(text, |e| e.as_str());
    assert!(!got.contains(&"Vous"), "{got:?}");
}

/// Adjectives in `-ante` and `-oyen(ne)` stay in an organisation's name
/// (`Commission électorale indépendante`).
#[test]
fn adjectives_in_ante_and_oyen_stay_in_names() {
    let text = "La Commission électorale indépendante a proclamé les résultats.";
    let got = tagged(text, |e| (e.as_str(), e.label()));
    assert!(
        got.contains(&("Commission électorale indépendante", Label::Org)),
        "{got:?}"
    );
    // (Not a verb, nor the state of a term: `vante`, `sortante`.)
    let text = "La Commission électorale nationale vante un scrutin apaisé. La Commission européenne sortante a estimé que tout va bien.";
    let got = tagged(text, |e| e.as_str());
    assert!(got.contains(&"Commission électorale nationale"), "{got:?}");
    assert!(got.contains(&"Commission européenne"), "{got:?}");
}

/// `l'association Alliance citoyenne`: the name after `association` is
/// the organisation, without the noun.
#[test]
fn an_association_is_its_name() {
    let text = "L’association Alliance citoyenne salue la décision.";
    let got = tagged(text, |e| (e.as_str(), e.label()));
    assert!(got.contains(&("Alliance citoyenne", Label::Org)), "{got:?}");
}

/// `Ligue contre le cancer`, `Comité contre la torture`: a body against
/// something keeps its lower-case complement (`cancer` is no infinitive).
#[test]
fn bodies_against_something() {
    let text = "La Ligue contre le cancer et le Comité contre la torture ont réagi.";
    let got = tagged(text, |e| (e.as_str(), e.label()));
    assert!(
        got.contains(&("Ligue contre le cancer", Label::Org)),
        "{got:?}"
    );
    assert!(
        got.contains(&("Comité contre la torture", Label::Org)),
        "{got:?}"
    );
    // (A cause, not an act of the moment.)
    let got = tagged(
        "Le recours du Collectif contre la décision du préfet a été jugé recevable.",
        |e| e.as_str(),
    );
    assert!(!got.iter().any(|x| x.contains("décision")), "{got:?}");
}

/// `Fondation pour la recherche stratégique`, `Conseil national pour la
/// sauvegarde de la patrie`: a body for something keeps its complement
/// after an article; not `pour la première fois`, `pour connaître`.
#[test]
fn bodies_for_something() {
    let text = "La Fondation pour la recherche stratégique et le Conseil national pour la sauvegarde de la patrie ont réagi.";
    let got = tagged(text, |e| e.as_str());
    assert!(
        got.contains(&"Fondation pour la recherche stratégique"),
        "{got:?}"
    );
    assert!(
        got.contains(&"Conseil national pour la sauvegarde de la patrie"),
        "{got:?}"
    );
    let got = tagged("Le Conseil national pour la première fois a voté.", |e| {
        e.as_str()
    });
    assert!(got.contains(&"Conseil national"), "{got:?}");
    let got = tagged("Il faut saisir le Conseil pour connaître son avis.", |e| {
        e.as_str()
    });
    assert!(!got.iter().any(|x| x.contains("connaître")), "{got:?}");
}

/// `l'Association des maires de France (AMF)`: an acronym of the
/// gazetteer (`AMF`, the Autorité des marchés financiers) that the text
/// defines as another name it spells names that name, there and after.
#[test]
fn a_text_defines_a_gazetteer_acronym_anew() {
    let text = "L'Association des maires de France (AMF) a réagi. L'AMF demande un moratoire.";
    let got = tagged(text, |e| {
        (e.as_str(), e.name().to_string(), e.id().map(str::to_string))
    });
    let amf: Vec<_> = got.iter().filter(|(s, _, _)| *s == "AMF").collect();
    assert_eq!(amf.len(), 2, "{got:?}");
    // (The association is a gazetteer entry of its own since the
    // twenty-sixth session: the text's definition links to it.)
    for (_, canon, id) in amf {
        assert_eq!(canon, "Association des maires de France");
        assert_eq!(
            id.as_deref(),
            Some("politext:ngo:association-des-maires-de-france")
        );
    }
    // (The gazetteer's reading stays without such a definition.)
    let got = tagged("L'AMF a sanctionné la banque.", |e| {
        e.id().map(str::to_string)
    });
    assert_eq!(
        got,
        [Some(
            "politext:institution:autorite-des-marches-financiers".to_string()
        )]
    );
}

/// `le collectif Nous Toutes`, `le syndicat Sud Rail`, `le Réseau Action
/// Climat`: a capitalised pair after a noun of groups is an organisation
/// (a capitalised noun is part of its name; `l'ONG X Y` is not).
#[test]
fn a_pair_after_a_noun_of_groups_is_an_organisation() {
    let got = tagged(
        "Le collectif Nous Toutes et le syndicat Sud Rail ont manifesté avec le Réseau Action Climat et l'ONG Foro Penal.",
        |e| (e.as_str(), e.label()),
    );
    for name in [
        "Nous Toutes",
        "Sud Rail",
        "Réseau Action Climat",
        "Foro Penal",
    ] {
        assert!(got.contains(&(name, Label::Org)), "{name}: {got:?}");
    }
    // (A pair after other words stays a person.)
    let got = tagged("Le maire a reçu hier Bauke Mollema.", |e| {
        (e.as_str(), e.label())
    });
    assert!(got.contains(&("Bauke Mollema", Label::Per)), "{got:?}");
}

/// A capitalised pair after a noun of groups that is a thing's complement
/// is an organisation (`la restructuration de l'entreprise Aark
/// Infosoft`); after a group that is a person's complement it is that
/// person (`le porte-parole du mouvement Kemi Seba`).
#[test]
fn a_pair_after_a_group_of_a_person_is_the_person() {
    let got = tagged(
        "La restructuration de l'entreprise Aark Infosoft inquiète. Le porte-parole du mouvement Kemi Seba a réagi.",
        |e| (e.as_str(), e.label()),
    );
    assert!(got.contains(&("Aark Infosoft", Label::Org)), "{got:?}");
    assert!(got.contains(&("Kemi Seba", Label::Per)), "{got:?}");
}

/// `Toulouse Métropole`, `Montpellier Méditerranée Métropole`, `la
/// Métropole de Lyon`: a metropolis's name, head last or first, is an
/// organisation (not the city it contains).
#[test]
fn metropolises_are_organisations() {
    let got = tagged(
        "Toulouse Métropole et la Métropole de Lyon ont voté. Les habitants de Montpellier Méditerranée Métropole aussi.",
        |e| (e.as_str(), e.label()),
    );
    for name in [
        "Toulouse Métropole",
        "Métropole de Lyon",
        "Montpellier Méditerranée Métropole",
    ] {
        assert!(got.contains(&(name, Label::Org)), "{name}: {got:?}");
    }
}

/// `Institut pour l'étude de la guerre`, `Association pour le droit de
/// mourir dans la dignité (ADMD)`: an institute or agency for something
/// keeps its complement, and `dans` is no initial of an acronym.
#[test]
fn institutes_for_something_and_acronyms_past_dans() {
    let got = tagged(
        "Selon l'Institut pour l'étude de la guerre, le front bouge. L'Association pour le droit de mourir dans la dignité (ADMD) salue le texte.",
        |e| e.as_str(),
    );
    assert!(
        got.contains(&"Institut pour l'étude de la guerre"),
        "{got:?}"
    );
    assert!(
        got.contains(&"Association pour le droit de mourir dans la dignité"),
        "{got:?}"
    );
    // (Not a time: `l'Institut pour la première fois`.)
    let got = tagged(
        "L'Institut Pasteur pour la première fois a publié.",
        |e| e.as_str(),
    );
    assert!(!got.iter().any(|x| x.contains("première")), "{got:?}");
}

/// `France Assureurs`, `France Nature Environnement`: `France` and
/// capitalised words no gazetteer entry covers name a French body; a
/// given name or a known entity after it stays apart.
#[test]
fn france_and_capitalised_words_name_a_body() {
    let t = "D'après France Assureurs, le coût pourrait dépasser 500 millions. Le président de France Nature Environnement a parlé.";
    let got = tagged(t, |e| (e.as_str().to_string(), e.label(), e.start()));
    assert_eq!(
        got,
        [
            ("France Assureurs".to_string(), Label::Org, 9),
            ("France Nature Environnement".to_string(), Label::Org, 86)
        ]
    );
    let t = "Le champion de France Brice Daubord a gagné le match France Allemagne.";
    let got = tagged(t, |e| (e.as_str().to_string(), e.label()));
    assert_eq!(
        got,
        [
            ("France".to_string(), Label::Loc),
            ("Brice Daubord".to_string(), Label::Per),
            ("France".to_string(), Label::Loc),
            ("Allemagne".to_string(), Label::Loc)
        ]
    );
}

/// Counter-examples a review helper found for `France` and capitalised
/// words: an adjective, a day, a person with a given name stay apart.
#[test]
fn france_before_an_adjective_a_day_or_a_person() {
    let t = "La France Métropolitaine vote. Il vit en France Mardi. L'ex-PDG de France Télécom Stéphane Richard a témoigné.";
    let orgs: Vec<String> = Tagger::new()
        .tag(t)
        .iter()
        .filter(|e| e.label() == Label::Org)
        .map(|e| e.as_str().to_string())
        .collect();
    assert!(orgs.is_empty(), "{orgs:?}");
}

/// `le vice-président de la Commission Frans Timmermans`: after a title
/// and `de la` or `du`, a body no one names after a person (`Commission`,
/// `Conseil`) stops before two capitalised words, the title's holder;
/// `la Fondation Jean Jaurès` keeps its name, and so does the body when
/// no title comes before it (`La Commission Juncker`).
#[test]
fn a_titles_body_before_its_holder() {
    let t = "Le vice-président de la Commission Frans Timmermans a parlé.";
    let ents = Tagger::new().tag(t);
    let per = ents
        .iter()
        .find(|e| e.label() == Label::Per)
        .expect("a person");
    assert_eq!((per.as_str(), per.span().start), ("Frans Timmermans", 36));
    assert!(ents.iter().all(|e| !e.as_str().contains("Commission F")));
    let t = "Le directeur de la Fondation Jean Jaurès a parlé.";
    let ents = Tagger::new().tag(t);
    assert!(
        ents.iter()
            .any(|e| e.as_str() == "Fondation Jean Jaurès" && e.label() == Label::Org)
    );
    let t = "La Commission Juncker a présenté son plan.";
    let ents = Tagger::new().tag(t);
    assert!(ents.iter().any(|e| e.as_str() == "Commission Juncker"));
}

/// `Transport & Environment`, `Marks & Spencer`: capitalised words joined
/// by `&` name a body, without a noun of kind in capitals before them
/// (`l'ONG`); given names joined so are people.
#[test]
fn capitalised_words_joined_by_an_ampersand() {
    let t = "L'ONG Transport & Environment a accusé la coalition.";
    let ents = Tagger::new().tag(t);
    assert_eq!(ents.len(), 1);
    assert_eq!(
        (ents[0].as_str(), ents[0].span().start, ents[0].label()),
        ("Transport & Environment", 6, Label::Org)
    );
    let t = "Selon Marks & Spencer, les ventes baissent.";
    let ents = Tagger::new().tag(t);
    assert_eq!(ents[0].as_str(), "Marks & Spencer");
    let t = "« C'est fini », a dit Jean & Marie Dupont.";
    assert!(Tagger::new().tag(t).iter().all(|e| e.label() != Label::Org));
}

/// French retailers of the built-in gazetteer: `Casino`, `Intermarché`,
/// `Monoprix`, `Franprix` (Casino needs its capital, `un casino` is none).
#[test]
fn french_retailers() {
    let t = "Le groupe Casino cède ses Intermarché. Il a joué au casino.";
    let ents = Tagger::new().tag(t);
    let got: Vec<(&str, usize, Option<&str>)> = ents
        .iter()
        .map(|e| (e.as_str(), e.span().start, e.id()))
        .collect();
    assert_eq!(
        got,
        [
            ("Casino", 10, Some("politext:company:casino")),
            ("Intermarché", 27, Some("politext:company:intermarche"))
        ]
    );
}

/// `les PFAS`, `les Ehpad` in capitals, `la CSG`: substances, places and
/// taxes written as acronyms are no organisations.
#[test]
fn acronyms_of_things() {
    let t = "Les PFAS polluent les sols près des EHPAD, et la CSG augmente.";
    assert!(Tagger::new().tag(t).is_empty());
}

/// French unions and associations of the built-in gazetteer, with their
/// kinds: `Sud-Rail`, `SNPDEN-Unsa`, the `FCPE`, `Générations futures`
/// (not the party `Générations`), `SNCF Voyageurs` (not the `SNCF`).
#[test]
fn french_unions_and_associations() {
    let t = "Sud-Rail et le SNPDEN-Unsa, la FCPE, Générations futures et SNCF Voyageurs.";
    let ents = Tagger::new().tag(t);
    let got: Vec<(&str, usize, Option<&str>)> = ents
        .iter()
        .map(|e| (e.as_str(), e.span().start, e.entry().and_then(|x| x.kind())))
        .collect();
    assert_eq!(
        got,
        [
            ("Sud-Rail", 0, Some("union")),
            ("SNPDEN-Unsa", 15, Some("union")),
            ("FCPE", 31, Some("ngo")),
            ("Générations futures", 37, Some("ngo")),
            ("SNCF Voyageurs", 62, Some("company"))
        ]
    );
}

/// Counter-examples a review helper found for the nineteenth session's
/// tagger rules: names the gazetteer knows or a longer capitalised run
/// around `&`, capitalised adjectives after a body's head, a given name
/// after `de l'Assemblée`, acronyms of things after `à`.
/// The mentions of `t` as (text, label), in order.
fn tag(t: &str) -> Vec<(String, Label)> {
    Tagger::new()
        .tag(t)
        .iter()
        .map(|e| (e.as_str().to_string(), e.label()))
        .collect()
}

#[test]
fn nineteenth_session_tagger_rules_stay_in_their_class() {
    let got = tag("Le Pen & Bardella ont tenu meeting. EDF & Engie ont signé.");
    assert!(got.iter().all(|(s, _)| !s.contains('&')), "{got:?}");
    let got = tag("La présidente de la Commission Nationale Informatique et Libertés a parlé.");
    assert!(got.iter().all(|(_, l)| *l != Label::Per), "{got:?}");
    let got = tag("Le président de l'Assemblée Richard Ferrand a parlé.");
    assert_eq!(got, [("Richard Ferrand".to_string(), Label::Per)]);
    let got = tag("Le vaccin à ARN messager est efficace.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn twentieth_session_tagger_rules_stay_in_their_class() {
    // A title word after a particle is the surname's.
    let got = tag("Le président du club, Denis Le Saint, a parlé.");
    assert_eq!(got, [("Denis Le Saint".to_string(), Label::Per)]);
    // English `for` joins capitalised words, a place after it too.
    let got = tag("D'après Airlines for Europe, le coût dépasse 100 millions.");
    assert_eq!(got, [("Airlines for Europe".to_string(), Label::Org)]);
    // (At the end of the text, and a lone `for`: no panic.)
    for t in [
        "Airlines for",
        "Airlines",
        "Air for Europe",
        "Denis Le Saint",
    ] {
        let _ = tag(t);
    }
}

#[test]
fn twentieth_session_english_for_spares_titles() {
    for t in [
        "Elle chante « Waiting for Tonight » sur scène.",
        "La série « Made for Love » est sortie.",
    ] {
        let got = Tagger::new().tag(t);
        assert!(got.iter().all(|e| e.label() != Label::Org), "{t}");
    }
}

#[test]
fn twentieth_session_companies_spare_people() {
    let got = Tagger::new().tag("Christian Dior a révolutionné la mode.");
    assert!(got.iter().all(|e| e.label() == Label::Per), "{got:?}");
    let got = Tagger::new().tag("Ford a rejeté l'offre de reprise de l'usine.");
    assert!(
        got.iter()
            .any(|e| e.label() == Label::Org && e.as_str() == "Ford"),
        "{got:?}"
    );
}

/// `du Monde`, `au Havre`: a name whose alias opens with `Le`,
/// contracted with `de`/`à`, is the entity, its span the word after the
/// article; not inside a longer name, after a noun of geography, nor a
/// person's surname.
#[test]
fn twenty_first_session_contracted_articles() {
    let t = "Selon des informations du Monde, le maire du Havre ira au Caire.";
    let got = Tagger::new().tag(t);
    let spans: Vec<(usize, usize, Label, Option<&str>)> = got
        .iter()
        .map(|e| (e.start(), e.end(), e.label(), e.entry().map(|x| x.name())))
        .collect();
    assert_eq!(
        spans,
        [
            (26, 31, Label::Org, Some("Le Monde")),
            (45, 50, Label::Loc, Some("Le Havre")),
            (58, 63, Label::Loc, Some("Le Caire")),
        ]
    );
    let got = tag("Il a parlé au Maire de Lyon. La Coupe du Monde commence.");
    assert!(
        got.iter().all(|(s, _)| s != "Maire" && s != "Monde"),
        "{got:?}"
    );
    let got = Tagger::new().tag("Un bateau a pris feu sur le lac du Bourget.");
    assert!(
        got.iter()
            .all(|e| e.entry().is_none_or(|x| x.name() != "Le Bourget")),
        "{got:?}"
    );
}

/// `Wikimédia France`: a capitalised word no rule or entry took, before
/// `France`, is a French branch (an organisation), as after a tagged
/// organisation; not a given name (`Marie France`), not opening its
/// sentence, not after another capitalised word (`Italie France`).
#[test]
fn twenty_first_session_french_branches_of_unknown_names() {
    let t = "Néanmoins, Wikimédia France souligne que l'usage est limité.";
    let got = Tagger::new().tag(t);
    let spans: Vec<(usize, usize, Label)> = got
        .iter()
        .map(|e| (e.start(), e.end(), e.label()))
        .collect();
    assert_eq!(spans, [(12, 29, Label::Org)]);
    let got = tag("Selon Marie France, tout va bien. Le match Italie France aura lieu.");
    assert!(got.iter().all(|(_, l)| *l != Label::Org), "{got:?}");
    assert!(
        got.contains(&("Marie France".to_string(), Label::Per)),
        "{got:?}"
    );
}

/// `le match Galles France`: a pair of teams, no French branch.
#[test]
fn twenty_first_session_no_branch_in_a_pair_of_teams() {
    let got = tag("Lors du match Galles France, samedi, les Bleus ont dominé.");
    assert!(got.iter().all(|(_, l)| *l != Label::Org), "{got:?}");
}

/// One capitalised word after a lower-case noun of groups and its
/// article names the group (`l'association Sherpa`), not after a
/// noun of a person's function (`le président de l'association Gérard`).
#[test]
fn twenty_second_session_single_word_group_names() {
    let t = "Anna Kiefer, juriste de l’association Sherpa, a parlé.";
    let got = Tagger::new().tag(t);
    let spans: Vec<(usize, usize, Label)> = got
        .iter()
        .map(|e| (e.start(), e.end(), e.label()))
        .collect();
    assert_eq!(spans, [(0, 11, Label::Per), (40, 46, Label::Org)]);
    let got = tag("Le collectif Attac manifeste. Selon l'ONG Anticor, rien.");
    assert!(got.contains(&("Attac".to_string(), Label::Org)), "{got:?}");
    assert!(
        got.contains(&("Anticor".to_string(), Label::Org)),
        "{got:?}"
    );
    let got = tag("Le président de l'association Gérard a parlé.");
    assert!(got.iter().all(|(_, l)| *l != Label::Org), "{got:?}");
}

/// `(mention text, canonical name)` of every entity the built-in tagger
/// finds in `t`.
fn names(t: &str) -> Vec<(String, String)> {
    Tagger::new()
        .tag(t)
        .iter()
        .map(|e| (e.as_str().to_string(), e.name().to_string()))
        .collect()
}

/// Acronyms the text defines: a lower-case name before a capitalised
/// acronym (`le parquet national antiterroriste (Pnat)`), the initials
/// of a compound (`afro-caribéens` gives `AC`), and a mention before the
/// definition (a title's `le RPPRAC`) all take the defined name.
#[test]
fn twenty_second_session_acronym_definitions() {
    let got = names("Le parquet national antiterroriste (Pnat) a requis.");
    assert_eq!(
        got,
        [(
            "Pnat".to_string(),
            "parquet national antiterroriste".to_string()
        )]
    );
    let t = "Le RPPRAC dénonce.\n\nLe Rassemblement pour la protection des peuples et des ressources afro-caribéens (RPPRAC) a refusé.";
    let full = "Rassemblement pour la protection des peuples et des ressources afro-caribéens";
    let got = names(t);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|(_, n)| n == full), "{got:?}");
    // (No head of organisation names after the article: no name.)
    assert!(tag("Il a vu la petite maison bleue (Pnat) hier.").is_empty());
}

/// Capitalised words after a lower-case noun of groups, one of them a
/// known place, are the group's name (`l'association Lyon Centre`, `le
/// groupe Changer Paris`); a name the gazetteer knows whole stays its
/// (`l'entreprise Air France`).
#[test]
fn twenty_second_session_group_names_holding_a_place() {
    let got = tag(
        "Pour l'association Lyon Centre, rien ne va. La présidente du groupe Changer Paris a parlé.",
    );
    assert!(
        got.contains(&("Lyon Centre".to_string(), Label::Org)),
        "{got:?}"
    );
    assert!(
        got.contains(&("Changer Paris".to_string(), Label::Org)),
        "{got:?}"
    );
    let got = tag("L'entreprise Air France a parlé.");
    assert_eq!(got, [("Air France".to_string(), Label::Org)]);
    // (Nor places alone, which may be two towns: `un réseau Lyon
    // Grenoble`.)
    let got = tag("Un réseau Lyon Grenoble de bénévoles a été créé.");
    assert!(got.iter().all(|(_, l)| *l == Label::Loc), "{got:?}");
    // (Not a party then a person: `du groupe RN Marine Le Pen`.)
    let got = tag("La présidente du groupe RN Marine Le Pen a parlé.");
    assert!(
        got.contains(&("Marine Le Pen".to_string(), Label::Per)),
        "{got:?}"
    );
}

#[test]
fn twenty_third_session_acronyms_written_as_words() {
    // The lower-case words before `(Ceva)` whose initials complete the
    // acronym, written as a word, are part of the name, which the
    // acronym stands for.
    let full = "Centre d’étude et de valorisation des algues".to_string();
    let got = names(
        "Les chercheurs du Centre d’étude et de valorisation des algues (Ceva) sont inquiets.",
    );
    assert_eq!(
        got,
        [
            (full.clone(), full.clone()),
            ("Ceva".to_string(), full.clone())
        ]
    );
    // (Not words whose initials spell no such acronym.)
    let got = names("Le Centre d’étude et de valorisation des algues (Nord) a publié.");
    assert!(got.iter().all(|(s, _)| *s != full), "{got:?}");
    // A capitalised word opening the sentence and lower-case words whose
    // initials spell the acronym (`inter` giving two) are a name.
    let full = "Intersyndicale nationale des internes".to_string();
    let got = names("L’Intersyndicale nationale des internes (Isni) a appelé à la grève.");
    assert_eq!(
        got,
        [(full.clone(), full.clone()), ("Isni".to_string(), full)]
    );
    // (Not after a capitalised article.)
    let got = names("Le service national de renseignement (SNR) a été saisi.");
    assert!(got.iter().all(|(s, _)| !s.starts_with("Le ")), "{got:?}");
}

#[test]
fn twenty_third_session_group_names_joined_by_et_or_de() {
    let spans = |t: &str| -> Vec<(String, Label)> {
        Tagger::new()
            .tag(t)
            .iter()
            .map(|e| (e.as_str().to_string(), e.label()))
            .collect()
    };
    // Capitalised words joined by `et` or `de` after a lower-case noun of
    // groups: one organisation, a place at its end included.
    let got = spans("Saisi par l’association Eau et Rivières de Normandie, le tribunal a tranché.");
    assert!(
        got.contains(&("Eau et Rivières de Normandie".to_string(), Label::Org)),
        "{got:?}"
    );
    // (Not two groups the gazetteer knows, nor a couple's names.)
    let got = spans("Le collectif Attac et Greenpeace ont manifesté.");
    assert!(got.iter().all(|(s, _)| !s.contains(" et ")), "{got:?}");
    // (`et` joins single words: here two groups.)
    let got = spans("Le collectif Stop Bassines et Extinction Rebellion ont manifesté.");
    assert!(got.iter().all(|(s, _)| !s.contains(" et ")), "{got:?}");
    let got = spans("L’association Jean et Marie Dupont a porté plainte.");
    assert!(
        got.iter()
            .all(|(s, l)| !(s.contains(" et ") && *l == Label::Org)),
        "{got:?}"
    );
}

/// Rules of the twenty-fourth session (2026-12-06): a repeat keeps the
/// capitals of the name it repeats where they matter, and a single name
/// after `la compagnie` or `l'association` is the body's.
#[test]
fn twenty_fourth_session_repeats_and_group_names() {
    // `Le maire` opening a sentence is no repeat of `Bruno Le Maire`.
    let got = names("Le ministre Bruno Le Maire a parlé. Le maire de Lyon a répondu.");
    assert!(got.iter().all(|(s, _)| s != "Le maire"), "{got:?}");
    // (A misspelt repeat of a name that is no title still is one.)
    let got = names(
        "Jeanne Collonge mène la course. Carrie Lester a repris du temps sur Jeanne collonge.",
    );
    assert!(
        got.iter()
            .any(|(s, n)| s == "Jeanne collonge" && n == "Jeanne Collonge"),
        "{got:?}"
    );
    // One word after `la compagnie`, even a given name.
    let got = names("La ligne est exploitée par la compagnie Amelia depuis 2020.");
    assert_eq!(got, [("Amelia".to_string(), "Amelia".to_string())]);
    // A name the gazetteer knows as an organisation, and a word after it,
    // after `l'association`: the group's whole name.
    let got = names("Pour l’association Emmaüs Connect, l’écart se creuse.");
    assert!(got.iter().any(|(s, _)| s == "Emmaüs Connect"), "{got:?}");
}

/// Names the twenty-fifth session's rules read: an organisation of the
/// gazetteer with English words of organisation after it, and a group's
/// name with its number.
#[test]
fn twenty_fifth_session_subsidiaries_and_numbered_groups() {
    let got = names("La direction de Lagardère News a défendu son choix.");
    assert!(got.iter().any(|(s, _)| s == "Lagardère News"), "{got:?}");
    let got = names(
        "Selon Utopia 56, les tentes ont été saisies. Un bénévole de l’association Utopia 56 a témoigné.",
    );
    assert!(
        got.iter().filter(|(s, _)| s == "Utopia 56").count() == 2,
        "{got:?}"
    );
}

/// Associations of French local authorities, the Paris 2024 organising
/// committee by its acronym, and the ANSM under its full name
/// (twenty-sixth session).
#[test]
fn twenty_sixth_session_local_authority_associations() {
    let got = names(
        "François Sauvadet, président de Départements de France, alerte. Régions de France aussi.",
    );
    assert!(
        got.iter().any(|(s, _)| s == "Départements de France"),
        "{got:?}"
    );
    assert!(got.iter().any(|(s, _)| s == "Régions de France"), "{got:?}");
    let got = names("Le Cojop n’a pas précisé ses chiffres.");
    assert!(
        got.iter().any(|(s, n)| s == "Cojop"
            && n == "Comité d'organisation des Jeux olympiques et paralympiques de Paris 2024"),
        "{got:?}"
    );
    let got = names("L’ANSM a publié une liste.");
    assert!(
        got.iter().any(|(s, n)| s == "ANSM"
            && n == "Agence nationale de sécurité du médicament et des produits de santé"),
        "{got:?}"
    );
}

#[test]
fn twenty_seventh_session_survey_firms_and_bodies() {
    let got = names("Selon Médiamétrie, 5 millions de personnes ont regardé.");
    assert!(got.iter().any(|(s, _)| s == "Médiamétrie"), "{got:?}");
    // Cevipof's letters spell no initials: the gazetteer knows it.
    let got = names("Selon le Cevipof, la défiance progresse.");
    assert!(
        got.iter()
            .any(|(s, n)| s == "Cevipof" && n == "Centre de recherches politiques de Sciences Po"),
        "{got:?}"
    );
    let got = names("D'après Solidaires Finances publiques, la fraude augmente.");
    assert!(
        got.iter()
            .any(|(s, _)| s == "Solidaires Finances publiques"),
        "{got:?}"
    );
    let got = names("Le HCFiPS a rendu son avis.");
    assert!(
        got.iter()
            .any(|(s, n)| s == "HCFiPS"
                && n == "Haut Conseil du financement de la protection sociale"),
        "{got:?}"
    );
}

/// A given name, two particles and a capitalised word make a person
/// (`Agnès von der Mühll`, `Hans van den Broek`).
#[test]
fn twenty_eighth_session_two_particles() {
    let got = names("La porte-parole, Agnès von der Mühll, a parlé hier.");
    assert!(
        got.iter().any(|(s, _)| s == "Agnès von der Mühll"),
        "{got:?}"
    );
    let got = names("Selon Hans van den Broek, rien ne change.");
    assert!(
        got.iter().any(|(s, _)| s == "Hans van den Broek"),
        "{got:?}"
    );
}

/// A union's federation: its acronym, a hyphen and a capitalised branch
/// (`CGT-Énergie`, `CFDT-Fonction publique`).
#[test]
fn twenty_eighth_session_union_federations() {
    let got = names("La CFDT-Fonction publique et FO-Métaux ont signé.");
    assert!(
        got.iter().any(|(s, _)| s == "CFDT-Fonction publique"),
        "{got:?}"
    );
    assert!(got.iter().any(|(s, _)| s == "FO-Métaux"), "{got:?}");
}

/// Acronyms with a digit inside (`BC2R`), names they spell loosely (a
/// number word for a digit, up to two words giving no letter), and an
/// acronym defined after it in brackets (`le STJV (Syndicat des …)`).
#[test]
fn thirty_second_session_acronyms() {
    let t = "Selon la Banque coopérative des Deux-Rives (BC2R), tout va bien. La BC2R a fermé.";
    let got = names(t);
    assert!(
        got.iter()
            .any(|(s, n)| s == "BC2R" && n == "Banque coopérative des Deux-Rives"),
        "{got:?}"
    );
    let t =
        "La Mutuelle d'entraide des trois vallées (M3V) a augmenté ses tarifs. La M3V a précisé.";
    let got = names(t);
    assert_eq!(
        got.iter()
            .filter(|(_, n)| n == "Mutuelle d'entraide des trois vallées")
            .count(),
        3,
        "{got:?}"
    );
    let t = "À l'appel du STJV (Syndicat des travailleurs et travailleuses du jeu vidéo), ils font grève. Le STJV a dit non.";
    let got = names(t);
    assert_eq!(
        got.iter()
            .filter(|(_, n)| n == "Syndicat des travailleurs et travailleuses du jeu vidéo")
            .count(),
        3,
        "{got:?}"
    );
    // (Not a postcode, nor a model number ending with digits.)
    assert!(
        names("Écrivez au H1M 1N4 à Montréal.")
            .iter()
            .all(|(s, _)| s != "H1M")
    );
    assert!(
        names("La COP21 et l'A320 sont connus.")
            .iter()
            .all(|(s, _)| s != "A320")
    );
}

/// Group names after their noun over lower-case words and numbers; new
/// nouns of groups and companies.
#[test]
fn thirty_second_session_group_names() {
    for (t, name) in [
        (
            "Selon le collectif Retraités debout 87, ils étaient 300.",
            "Retraités debout 87",
        ),
        (
            "L'association Sons d'ici 51, qui organisait le festival, a renoncé.",
            "Sons d'ici 51",
        ),
        (
            "Le collectif Blés en commun, qui fédère 140 fermes, dénonce le procès.",
            "Blés en commun",
        ),
        (
            "Selon l'association Combe vivante, 3 200 personnes ont signé.",
            "Combe vivante",
        ),
        (
            "Le propriétaire, la foncière Kerys Habitat, conteste.",
            "Kerys Habitat",
        ),
        (
            "Ils sont assignés par le semencier GraiNova pour contrefaçon.",
            "GraiNova",
        ),
        (
            "La Mutualité française, qui fédère les mutuelles, rappelle les règles.",
            "Mutualité française",
        ),
        // (A capitalised `Réseau` heads a name; an adjective in `-antes`,
        // `-annes` after a complement or a capitalised word ends one.)
        (
            "Le Réseau Semences paysannes a lancé une pétition.",
            "Réseau Semences paysannes",
        ),
        (
            "L'Union des psychologues indépendants (Upsi) dénonce une dérive.",
            "Union des psychologues indépendants",
        ),
        // (`la Région` and a region: the regional council.)
        (
            "La Région Grand Est conteste toute coupe.",
            "Région Grand Est",
        ),
    ] {
        let got = names(t);
        assert!(got.iter().any(|(s, _)| s == name), "{t}: {got:?}");
    }
}

/// A title's `Région Occitanie :` with no article stays a place (the
/// WiNER gold's reading).
#[test]
fn thirty_second_session_region_without_article_is_a_place() {
    let got = names("Région Occitanie : une vice-présidente condamnée");
    assert!(got.iter().any(|(s, _)| s == "Occitanie"), "{got:?}");
}

/// A village no list has, by its shape: capitalised parts joined by a
/// particle of place names (`Saint-Priest-de-Vézère`,
/// `Chantemerle-les-Prés`); not a compound with no particle.
#[test]
fn thirty_second_session_compound_place_names() {
    let got = names(
        "Le maire de Saint-Priest-de-Vézère a parlé. Les élus de Chantemerle-les-Prés protestent.",
    );
    assert!(
        got.iter().any(|(s, _)| s == "Saint-Priest-de-Vézère"),
        "{got:?}"
    );
    assert!(
        got.iter().any(|(s, _)| s == "Chantemerle-les-Prés"),
        "{got:?}"
    );
    let got = names("Le Franco-Allemand Jean-Luc Dupont-Aignan a parlé.");
    assert!(got.iter().all(|(s, _)| s != "Franco-Allemand"), "{got:?}");
}

/// Rules of the thirty-third session, from press32's errors.
#[test]
fn thirty_third_session_group_names() {
    // A group's name after a function's complement (`porte-parole du
    // collectif X`) goes on over its lower-case words too.
    let t = "Nicolas Forien, porte-parole du collectif Oui au train de nuit. Une cinquantaine de militants étaient là.";
    assert!(tag(t).contains(&("Oui au train de nuit".to_string(), Label::Org)));
    // `-estre` adjectives end a name: `pédestre`, `équestre`.
    let t = "La Fédération française de la randonnée pédestre a mis en garde.";
    assert!(tag(t).contains(&(
        "Fédération française de la randonnée pédestre".to_string(),
        Label::Org
    )));
}

/// A capitalised word after a link ends a group's name (`Air pur en
/// Save`).
#[test]
fn thirty_third_session_group_name_with_a_place() {
    let t = "Centre de tri : le collectif Air pur en Save dénonce un « passage en force ».";
    assert!(tag(t).contains(&("Air pur en Save".to_string(), Label::Org)));
}

/// Group names with an elided article inside, or a four-digit number.
#[test]
fn thirty_fourth_session_group_names() {
    let tagger = politext::Tagger::new();
    let t = "L’association Demain l’Estuaire accuse Polyméra.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Demain l’Estuaire" && e.start() == 16)
    );
    let t = "L'association Horizon 2040 publie une note.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Horizon 2040" && e.start() == 14)
    );
    let t = "Le think tank Terra Nova publie une note.";
    let e = tagger.tag(t);
    assert!(e.iter().any(|e| e.as_str() == "Terra Nova"));
}

/// A group's name past an adjective of origin, or after `cabinet`.
#[test]
fn thirty_fourth_session_introduced_groups() {
    let tagger = politext::Tagger::new();
    let t = "La start-up grenobloise Kovalt supprime 180 postes.";
    let e = tagger.tag(t);
    assert!(e.iter().any(|e| e.as_str() == "Kovalt" && e.start() == 24));
    let t = "Le CSE a mandaté le cabinet Arcadis.";
    let e = tagger.tag(t);
    assert!(e.iter().any(|e| e.as_str() == "Arcadis" && e.start() == 29));
}

/// A département whose name is a common word counts alone in brackets
/// after a place.
#[test]
fn thirty_fourth_session_bracketed_departement() {
    let tagger = politext::Tagger::new();
    let t = "Un car s'est couché à Val-de-Lièvre (Jura) mardi.";
    let e = tagger.tag(t);
    assert!(e.iter().any(|e| e.as_str() == "Jura"
        && e.start() == 40
        && e.id() == Some("politext:departement:39")));
    // (Not the verb: `il jura de se venger`.)
    let t = "Il jura de se venger.";
    assert!(tagger.tag(t).is_empty());
}

/// French agencies the gazetteer gained: a long name with commas, and its
/// acronym linked to it.
#[test]
fn thirty_fourth_session_agencies() {
    let tagger = politext::Tagger::new();
    let t = "L'Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et du travail (Anses) a publié un avis. Selon l'Anses, le cadmium inquiète.";
    let e = tagger.tag(t);
    assert_eq!(e[0].start(), 2);
    assert_eq!(
        e[0].as_str(),
        "Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et du travail"
    );
    let anses = e
        .iter()
        .find(|e| e.as_str() == "Anses" && e.start() > 110)
        .unwrap();
    assert_eq!(anses.name(), e[0].name());
    let t = "L'Office français de la biodiversité (OFB) a dressé un procès-verbal.";
    assert!(
        tagger
            .tag(t)
            .iter()
            .any(|e| e.as_str() == "Office français de la biodiversité")
    );
}

/// Thirty-fifth session: `Groupement` heads a name with its adjectives; a
/// given name alone with an age is a person; police unions are known.
#[test]
fn thirty_fifth_session_names() {
    let tagger = politext::Tagger::new();
    let t = "À en croire le Groupement transfrontalier européen, la mesure coûtera cher.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Groupement transfrontalier européen"
                && e.start() == 16
                && e.label() == Label::Org)
    );
    let t = "Nadine, 61 ans, qui tient le tabac-presse, a fait ses comptes.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Nadine" && e.start() == 0 && e.label() == Label::Per)
    );
    // (Not a given name without an age.)
    let t = "Nadine, qui tient le tabac-presse, a fait ses comptes.";
    assert!(tagger.tag(t).is_empty());
    let t = "Le secrétaire général d'Alliance Police nationale, Fabien Vanhemelryck, proteste.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Alliance Police nationale" && e.label() == Label::Org)
    );
}

/// `l'association Vivre à Kerlouan`: a one-word verb naming a group takes
/// `à` and the place after it (the place no mention of its own).
#[test]
fn thirty_fifth_session_verb_named_group() {
    let tagger = politext::Tagger::new();
    let t = "Samedi, l'association Vivre à Kerlouan a annoncé un recours.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Vivre à Kerlouan" && e.start() == 22)
    );
    assert!(!e.iter().any(|e| e.as_str() == "Kerlouan"));
    // (Not a group's name of a noun: `l'association Sherpa à Paris`.)
    let t = "Samedi, l'association Sherpa à Paris a annoncé un recours.";
    assert!(
        !tagger
            .tag(t)
            .iter()
            .any(|e| e.as_str().contains("Sherpa à"))
    );
}

/// A group named by one word after its noun is that word alone elsewhere
/// (`le réseau TransVal` … `chez TransVal`).
#[test]
fn thirty_fifth_session_group_word_found_again() {
    let tagger = politext::Tagger::new();
    let t = "Grève chez TransVal : les bus à l'arrêt. Le réseau TransVal tournait au ralenti.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "TransVal" && e.start() == 12)
    );
    assert!(e.iter().any(|e| e.as_str() == "TransVal" && e.start() > 40));
}

/// `la Vienne`: the département after its article `la`, the capital
/// otherwise (`à Vienne`), and `le Nord` no département.
#[test]
fn thirty_fifth_session_departement_after_its_article() {
    let tagger = politext::Tagger::new();
    let t = "La chambre d'agriculture de la Vienne proteste. Il est arrivé à Vienne.";
    let e = tagger.tag(t);
    let ids: Vec<_> = e.iter().map(|e| (e.start(), e.id())).collect();
    assert!(
        ids.contains(&(31, Some("politext:departement:86"))),
        "{ids:?}"
    );
    assert!(ids.contains(&(66, Some("Q1741"))), "{ids:?}");
    assert!(tagger.tag("Il neige dans le Nord.").is_empty());
}

/// `le collectif Nos villages respirent,`: a group's name opening with a
/// possessive runs over its lower-case words to a punctuation mark.
#[test]
fn thirty_fifth_session_possessive_group_name() {
    let tagger = politext::Tagger::new();
    let t = "Le collectif Nos villages respirent, né au printemps, réclame un moratoire.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Nos villages respirent" && e.start() == 13),
        "{:?}",
        e.iter().map(|e| e.as_str()).collect::<Vec<_>>()
    );
    // (Not without a mark after the words: `le collectif Nos voisins
    // réclame un moratoire` stops at its name's first word.)
    let t = "Le collectif Nos voisins réclame un moratoire depuis des mois et des mois.";
    assert!(!tagger.tag(t).iter().any(|e| e.as_str().contains("réclame")));
}

/// `Thierry M., couvreur de 46 ans`: a given name and an initial that
/// ends the name (the press's way of hiding a surname) are one person; an
/// initial before a word that opens a sentence ends the name there.
#[test]
fn thirty_sixth_session_initial_ends_name() {
    let tagger = politext::Tagger::new();
    let t = "Thierry M., couvreur de 46 ans, comparaissait mardi.";
    let e = tagger.tag(t);
    assert!(e.iter().any(|e| e.as_str() == "Thierry M."
        && e.start() == 0
        && e.end() == 10
        && e.label() == Label::Per));
    let t = "« Je regrette », a dit Karim B. Puis il est parti.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Karim B." && e.start() == 25)
    );
    assert!(!e.iter().any(|e| e.as_str().contains("Puis")));
    // (A middle initial before a surname stays inside the name.)
    let t = "Hier, George W. Bush a parlé.";
    assert!(tagger.tag(t).iter().any(|e| e.as_str() == "George W. Bush"));
}

/// `le DRH` is a person's office, not a body; `les Forges du Lignon` and
/// `Halvern Industrie` are companies.
#[test]
fn thirty_sixth_session_offices_and_companies() {
    let tagger = politext::Tagger::new();
    assert!(
        tagger
            .tag("« Non », insiste le DRH. La DGS a parlé.")
            .is_empty()
    );
    let t = "La grève se poursuit aux Forges du Lignon, à Saint-Didier.";
    let e = tagger.tag(t);
    assert!(
        e.iter().any(|e| e.as_str() == "Forges du Lignon"
            && e.start() == 26
            && e.label() == Label::Org)
    );
    let t = "La fonderie appartient au fonds allemand Halvern Industrie.";
    let e = tagger.tag(t);
    assert!(
        e.iter().any(|e| e.as_str() == "Halvern Industrie"
            && e.start() == 41
            && e.label() == Label::Org)
    );
}

/// A group's name of common words after its noun: a participle in `-é`
/// (`le collectif Vallon préservé`), `pour tous` and a number (`Bus pour
/// tous 17`), a number alone (`Sud Sdis 30`).
#[test]
fn thirty_sixth_session_group_names_of_common_words() {
    let tagger = politext::Tagger::new();
    let t =
        "Hier, le collectif Vallon préservé, qui revendique 900 signatures, a déposé un recours.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Vallon préservé" && e.start() == 19)
    );
    let t = "L'association Bus pour tous 17, qui revendique 400 adhérents, dénonce.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Bus pour tous 17" && e.start() == 14)
    );
    let t = "Le syndicat Sud Sdis 30, majoritaire chez les pompiers, proteste.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Sud Sdis 30" && e.start() == 12)
    );
    // (Not a verb after the name: `le collectif Vallon a déposé`.)
    let t = "Hier, le collectif Vallon a déposé un recours.";
    assert!(!tagger.tag(t).iter().any(|e| e.as_str().contains("déposé")));
}

/// `la liste d'opposition « Cap commun »`: a group's name in marks after
/// its noun; not one word that reads as an adjective.
#[test]
fn thirty_sixth_session_group_name_in_marks() {
    let tagger = politext::Tagger::new();
    let t = "Les élus de la liste d'opposition « Cap commun » ont voté contre.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Cap commun" && e.start() == 38 && e.label() == Label::Org)
    );
    let t = "Le collectif « Mayotte a soif » proteste.";
    assert!(tagger.tag(t).iter().any(|e| e.as_str() == "Mayotte a soif"));
    let t = "Un appel du syndicat « Scandaleuse », dit-il.";
    assert!(tagger.tag(t).is_empty());
}

/// An acronym in mixed case the text defines in lower case: `le service
/// départemental d'incendie et de secours (Sdis)`; not `produit intérieur
/// brut (PIB)`.
#[test]
fn thirty_sixth_session_mixed_case_acronym_definition() {
    let tagger = politext::Tagger::new();
    let t = "Il dirige le service départemental d'incendie et de secours (Sdis).";
    let e = tagger.tag(t);
    assert!(e.iter().any(
        |e| e.name() == "service départemental d'incendie et de secours" && e.label() == Label::Org
    ));
    let t = "La croissance du produit intérieur brut (PIB) ralentit.";
    assert!(tagger.tag(t).is_empty());
}

/// The singular of a one-site trade and a capitalised name: `la
/// Cartonnerie du Ternois`, a company.
#[test]
fn thirty_sixth_session_one_site_trade() {
    let tagger = politext::Tagger::new();
    let t = "Le tribunal a retenu une offre pour reprendre la Cartonnerie du Ternois, à Saint-Pol.";
    let e = tagger.tag(t);
    assert!(e.iter().any(|e| e.as_str() == "Cartonnerie du Ternois"
        && e.start() == 49
        && e.label() == Label::Org));
}

/// Nouns of companies that introduce a one-word name: `la coopérative
/// Coteaux de l'Osse`, `le fabricant Velomad`.
#[test]
fn thirty_sixth_session_company_nouns_introduce_names() {
    let tagger = politext::Tagger::new();
    let t = "La coopérative Coteaux de l'Osse, qui collecte le maïs, s'inquiète.";
    let e = tagger.tag(t);
    assert!(
        e.iter().any(|e| e.as_str() == "Coteaux de l'Osse"
            && e.start() == 16
            && e.label() == Label::Org)
    );
    let t = "Hier, le fabricant Velomad a annoncé des embauches.";
    assert!(tagger.tag(t).iter().any(|e| e.as_str() == "Velomad"));
}

/// `le groupe d'opposition Pontvallon Demain`: a group named past the
/// words of a council's side is an organisation; a person after `la
/// présidente du groupe d'opposition` stays a person.
#[test]
fn thirty_seventh_session_groups_of_a_councils_side() {
    let tagger = politext::Tagger::new();
    let t = "Le groupe d’opposition Pontvallon Demain parle de cadeau.";
    let e = tagger.tag(t);
    assert!(
        e.iter().any(|e| e.as_str() == "Pontvallon Demain"
            && e.start() == 25
            && e.label() == Label::Org)
    );
    let t = "La liste majoritaire Ensemble Rezé a voté pour.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Ensemble Rezé" && e.label() == Label::Org)
    );
    let t = "La présidente du groupe d'opposition Anne Morel a voté contre.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Anne Morel" && e.label() == Label::Per)
    );
}

/// `l'usine Valmétal de Saint-Dizier`: the plant's town is no part of the
/// company's name.
#[test]
fn thirty_seventh_session_plant_town_outside_the_company() {
    let tagger = politext::Tagger::new();
    let t = "Les salariés de l'usine Valmétal de Saint-Dizier sont en grève.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Valmétal" && e.start() == 25 && e.label() == Label::Org)
    );
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Saint-Dizier" && e.label() == Label::Loc)
    );
}

/// `la coopérative Les Coteaux de Génissac`: a group's name that opens
/// with its capitalised article.
#[test]
fn thirty_seventh_session_group_name_with_its_article() {
    let tagger = politext::Tagger::new();
    let t = "La coopérative Les Vignerons réunis assure avoir réduit les volumes.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Les Vignerons" && e.start() == 16 && e.label() == Label::Org)
    );
}

/// `le département du Jura`, `la préfecture du Cher`: a département whose
/// name is a common word, after `du` (not `du Nord`).
#[test]
fn thirty_seventh_session_departments_after_du() {
    let tagger = politext::Tagger::new();
    let t = "Le département du Jura a voté.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Jura" && e.start() == 19 && e.label() == Label::Loc)
    );
    let t = "Les pays d'Europe du Nord ont voté.";
    assert!(!tagger.tag(t).iter().any(|e| e.as_str() == "Nord"));
}

/// A given name alone whose apposition of lowercase words ends with an age
/// (`Thomas, professeur de mathématiques de 29 ans,`) is a person; not
/// one whose apposition holds a capitalised word first.
#[test]
fn thirty_eighth_session_given_name_with_an_aged_apposition() {
    let tagger = politext::Tagger::new();
    let t =
        "Dans le cortège, Thomas, professeur de mathématiques de 29 ans, brandissait une pancarte.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Thomas" && e.start() == 18 && e.label() == Label::Per),
        "{e:?}"
    );
    let t = "José, un livreur de 29 ans du quartier, résume.";
    assert!(
        tagger
            .tag(t)
            .iter()
            .any(|e| e.as_str() == "José" && e.start() == 0)
    );
    // (No age: no person.)
    let t = "Dans le cortège, Thomas, professeur de mathématiques, brandissait une pancarte.";
    assert!(tagger.tag(t).is_empty());
}

/// An English company word ends a company's name, no person's: `le
/// fabricant suédois Stenmark Automotive`.
#[test]
fn thirty_eighth_session_english_company_words() {
    let tagger = politext::Tagger::new();
    let t = "Le fabricant suédois Stenmark Automotive ferme son usine.";
    let e = tagger.tag(t);
    assert!(
        e.iter().any(|e| e.as_str() == "Stenmark Automotive"
            && e.start() == 22
            && e.label() == Label::Org),
        "{e:?}"
    );
}

/// A metropolis's city before its head and complement is part of its
/// name: `Tours Métropole Val de Loire`.
#[test]
fn thirty_eighth_session_metropolis_with_its_city() {
    let tagger = politext::Tagger::new();
    let t = "La ligne de Tours Métropole Val de Loire ouvrira en 2028.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Tours Métropole Val de Loire"
                && e.start() == 12
                && e.label() == Label::Org),
        "{e:?}"
    );
}

/// A given name alone in apposition to a kin (`Sa fille, Catherine,`) is
/// a person.
#[test]
fn thirty_ninth_session_given_name_after_a_kin() {
    let tagger = politext::Tagger::new();
    let t = "Sa fille, Catherine, a porté plainte.";
    let e = tagger.tag(t);
    assert!(
        e.iter().any(|e| e.as_str() == "Catherine"
            && e.start() == 10
            && e.end() == 19
            && e.label() == Label::Per),
        "{e:?}"
    );
}

/// An acronym in brackets after a thing's name (`acide trifluoroacétique
/// (TFA)`) names no organisation, nor do its later mentions.
#[test]
fn thirty_ninth_session_acronym_of_a_thing() {
    let tagger = politext::Tagger::new();
    let t =
        "Elle rejette de l'acide trifluoroacétique (TFA) dans le Gardon. Le TFA a été retrouvé.";
    let e = tagger.tag(t);
    assert!(!e.iter().any(|e| e.as_str() == "TFA"), "{e:?}");
    // (An organisation's acronym still is one.)
    let e = tagger.tag("L'association des maires ruraux (AMRF) proteste.");
    assert!(
        e.iter()
            .any(|e| e.as_str() == "AMRF" && e.start() == 33 && e.label() == Label::Org),
        "{e:?}"
    );
}

/// A collective's name that opens with an imperative runs to the proper
/// name that ends it (`le collectif Sauvons le cours Gambetta`).
#[test]
fn thirty_ninth_session_collective_named_by_an_imperative() {
    let tagger = politext::Tagger::new();
    let t = "Dans le public, les membres du collectif Sauvons le cours Gambetta brandissaient des pancartes.";
    let e = tagger.tag(t);
    assert!(
        e.iter().any(|e| e.as_str() == "Sauvons le cours Gambetta"
            && e.start() == 41
            && e.end() == 66
            && e.label() == Label::Org),
        "{e:?}"
    );
}

/// A sports club by its capitalised name ending in `Club`, places in it
/// included; and an acronym spelled past an elided article in a compound
/// (`Val-d'Adour` gives `VA`).
#[test]
fn thirty_ninth_session_sports_clubs() {
    let tagger = politext::Tagger::new();
    let e = tagger.tag("Le Stade Rochelais Rugby Club a gagné.");
    assert!(
        e.iter().any(|e| e.as_str() == "Stade Rochelais Rugby Club"
            && e.start() == 3
            && e.end() == 29
            && e.label() == Label::Org),
        "{e:?}"
    );
    let e = tagger.tag("Le Rugby Club Val-d'Adour (RCVA) va changer de mains. Le RCVA proteste.");
    assert!(
        e.iter().any(|e| e.as_str() == "Rugby Club Val-d'Adour"
            && e.start() == 3
            && e.end() == 25
            && e.label() == Label::Org),
        "{e:?}"
    );
    assert!(
        e.iter()
            .any(|e| e.as_str() == "RCVA" && e.name() == "Rugby Club Val-d'Adour"),
        "{e:?}"
    );
}

/// A capitalised word before a name that its acronym's letters need is
/// part of the name (`le Nouveau Parti patriotique (NPP)`).
#[test]
fn thirty_ninth_session_name_widened_to_its_acronym() {
    let tagger = politext::Tagger::new();
    let e = tagger.tag("Dans l’opposition, le Nouveau Parti patriotique (NPP) a protesté.");
    assert!(
        e.iter().any(|e| e.as_str() == "Nouveau Parti patriotique"
            && e.start() == 24
            && e.end() == 49
            && e.label() == Label::Org),
        "{e:?}"
    );
}

/// A hospital named by its town in lower case (`le centre hospitalier
/// de Vierzac`, `du centre hospitalier universitaire de Nantes`).
#[test]
fn thirty_ninth_session_hospital_by_its_town() {
    let tagger = politext::Tagger::new();
    let e =
        tagger.tag("Les praticiens du centre hospitalier universitaire de Nantes sont en grève.");
    assert!(
        e.iter().any(
            |e| e.as_str() == "centre hospitalier universitaire de Nantes"
                && e.start() == 18
                && e.end() == 60
                && e.label() == Label::Org
        ),
        "{e:?}"
    );
}

/// A social landlord's name after `office public` (the name alone).
#[test]
fn thirty_ninth_session_public_office_name() {
    let tagger = politext::Tagger::new();
    let e = tagger.tag("À Lyon, l’office public Habitat Rhône Solidaire compte 41 000 demandes.");
    assert!(
        e.iter().any(|e| e.as_str() == "Habitat Rhône Solidaire"
            && e.start() == 27
            && e.end() == 51
            && e.label() == Label::Org),
        "{e:?}"
    );
}

/// An association's name runs over lower-case words to a verb of speech
/// right after it (`l'association Lycées sans harcèlement dénonce`), not
/// over an auxiliary (`l'association Anticor a indiqué`).
#[test]
fn thirty_ninth_session_association_name_up_to_its_verb() {
    let tagger = politext::Tagger::new();
    let e =
        tagger.tag("Du côté des élèves, l'association Lycées sans harcèlement dénonce un silence.");
    assert!(
        e.iter().any(|e| e.as_str() == "Lycées sans harcèlement"
            && e.start() == 38
            && e.end() == 63
            && e.label() == Label::Org),
        "{e:?}"
    );
    let e = tagger.tag("L'association Anticor a indiqué qu'elle porterait plainte.");
    assert!(
        e.iter().any(|e| e.as_str() == "Anticor" && e.start() == 14),
        "{e:?}"
    );
}

/// Capitalised words after a group's noun and its members (`l'association
/// d'usagers Rail Francilien Ensemble`) name the group, no person.
#[test]
fn thirty_ninth_session_group_named_past_its_members() {
    let tagger = politext::Tagger::new();
    let e = tagger.tag("L’association d’usagers Rail Francilien Ensemble dénonce une hausse.");
    assert!(
        e.iter().any(|e| e.as_str() == "Rail Francilien Ensemble"
            && e.start() == 28
            && e.end() == 52
            && e.label() == Label::Org),
        "{e:?}"
    );
}

/// A capitalised name nobody knows after `chez` is a workplace (`la grève
/// chez Distrimax`), not after a given name (`chez Paul Martin`).
#[test]
fn thirty_ninth_session_workplace_after_chez() {
    let tagger = politext::Tagger::new();
    let e = tagger.tag("La grève chez Distrimax est entrée dans son troisième jour.");
    assert!(
        e.iter().any(|e| e.as_str() == "Distrimax"
            && e.start() == 15
            && e.end() == 24
            && e.label() == Label::Org),
        "{e:?}"
    );
    let e = tagger.tag("Le dîner a eu lieu chez Paul Martin, à Lyon.");
    assert!(!e.iter().any(|e| e.label() == Label::Org), "{e:?}");
}

#[test]
fn fortieth_session_a_building_named_after_someone_is_no_person() {
    // `réunis salle Jean-Moulin`: the hall's name, no person; a place's
    // hyphenated name after `lycée` stays a place.
    let tagger = politext::Tagger::new();
    let e = tagger.tag(
        "Elle a lancé sa campagne devant 400 sympathisants réunis salle Jean-Moulin, puis au lycée Val-de-Seine.",
    );
    assert!(!e.iter().any(|e| e.label() == Label::Per), "{e:?}");
    assert!(
        e.iter().any(|e| e.as_str() == "Val-de-Seine"
            && e.start() == 93
            && e.end() == 105
            && e.label() == Label::Loc),
        "{e:?}"
    );
    // The person himself stays one.
    let e = tagger.tag("Jean Moulin a unifié la Résistance.");
    assert!(
        e.iter()
            .any(|e| e.as_str() == "Jean Moulin" && e.label() == Label::Per),
        "{e:?}"
    );
}

#[test]
fn fortieth_session_a_lower_case_name_with_its_place_and_numbered_acronym() {
    // `du service départemental d'incendie et de secours des Landes (SDIS
    // 40)`: the name, its place included, and the acronym it defines.
    let tagger = politext::Tagger::new();
    let t = "Le feu a parcouru 1 200 hectares, selon le dernier bilan du service départemental d’incendie et de secours des Landes (SDIS 40). Le feu continue, a indiqué le SDIS.";
    let e = tagger.tag(t);
    assert!(
        e.iter()
            .any(|e| e.start() == 60 && e.end() == 120 && e.label() == Label::Org),
        "{e:?}"
    );
    let later = e.iter().find(|e| e.start() == 163).expect("the SDIS later");
    assert_eq!(
        later.name(),
        "service départemental d’incendie et de secours des Landes"
    );
}
