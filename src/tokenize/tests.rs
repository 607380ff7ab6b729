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
