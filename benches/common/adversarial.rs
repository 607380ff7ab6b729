//! The adversarial inputs of issue 6 (linear time), built to a given size:
//! shared by `benches/adversarial.rs` and `tests/robust.rs`.

/// `(name, text)` for each adversarial input, every text about `size` bytes
/// (cut on a char boundary). `seed` is a real article: the no-white-space
/// input is that article with every white space character removed.
pub fn inputs(seed: &str, size: usize) -> Vec<(&'static str, String)> {
    let rep = |unit: &str| -> String {
        let mut s = unit.repeat(size / unit.len() + 1);
        let mut end = size.min(s.len());
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
        s
    };
    // Deep nesting: `« a ` repeated, then as many `» `.
    let nest = {
        let n = size / ("« a ".len() + "» ".len());
        let mut s = "« a ".repeat(n);
        s.push_str(&"» ".repeat(n));
        s
    };
    // `selon X, ` over half the size, then one quotation over as many
    // paragraphs: every according quote meets the same many-piece quote.
    let selon_paragraphs = {
        let mut s = rep("selon Jean Dupont, ");
        s.truncate(size / 2);
        s.push_str("« Nous pensons que tout va plus");
        while s.len() < size {
            s.push_str("\n\n« Nous pensons que tout va plus");
        }
        s.push_str(" »");
        s
    };
    // No white space at all: the article with its white space removed.
    let squeezed: String = seed.chars().filter(|c| !c.is_whitespace()).collect();
    let nospace = rep(&squeezed);
    vec![
        ("only-guillemets", rep("«")),
        ("deep-nesting", nest),
        ("no-whitespace", nospace),
        ("given-names", rep("Jean Pierre Marie ")),
        ("titles", rep("M. le président ")),
        ("elisions", rep("l'l’d'qu'")),
        ("combining-acute", rep("e\u{301}")),
        ("numbers", rep("1 000 000,5 % ")),
        ("cues", rep("a-t-il dit, selon lui, « » ")),
        (
            "incises-with-relatives",
            rep("tout va bien, a déclaré le policier Jean Dupont, qui "),
        ),
        ("selon-then-paragraphs", selon_paragraphs),
        // One sentence repeating a titled name and its apposition: every
        // mention adds the same name to look for again.
        (
            "repeated-apposed-names",
            rep("Le ministre de l'Économie, Bruno Le Maire, a annoncé une baisse, "),
        ),
        // Incises cutting one long statement again and again.
        (
            "repeated-incises",
            rep("Le texte, a précisé le rapporteur, "),
        ),
        // One outermost quotation full of commas and cues with no subject
        // (the incise scan inside the marks), and colon quotations after
        // relative clauses.
        ("incises-in-marks", {
            let mut s = String::from("« ");
            s.push_str(&rep("oui, dit, non, affirme, "));
            s.push_str(" »");
            s
        }),
        (
            "colons-after-relatives",
            rep("Il console Gemili, qu'il bat d'une courte avance : « Oui. » "),
        ),
    ]
}

/// The seed article repeated to about `size` bytes (paragraph-separated).
#[allow(dead_code)]
pub fn real_text(seed: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + seed.len());
    while s.len() < size {
        s.push_str(seed);
        s.push_str("\n\n");
    }
    s
}
