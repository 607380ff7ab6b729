use politext::{Tagger, Tokenizer};
fn main() {
    let text = std::env::args().nth(1).unwrap();
    let tok = Tokenizer::new();
    let tokens = tok.tokenize(&text);
    for t in &tokens {
        print!("{:?}|{:?} ", t.as_str(), t.kind());
    }
    println!();
    let sents = tok.sentences(&text, &tokens);
    for s in &sents {
        println!("S {:?}", s.as_str());
    }
    let tg = Tagger::new();
    for e in tg.tag_tokens(&text, &tokens, &sents) {
        println!(
            "{:?} gender={:?} entry={:?}",
            e,
            e.gender(),
            e.entry().map(|x| x.attrs("role").collect::<Vec<_>>())
        );
    }
}
