//! Entity tagging throughput (MB/s): tokenize + tag with the built-in
//! gazetteer; gazetteer build time; a synthetic 10^6-alias gazetteer.

mod common;

use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};
use politext::{Entry, Gazetteer, Label, Tagger, Tokenizer};

/// A synthetic gazetteer of `n` two-word person names that never occur in
/// French news (pseudo-random syllables), plus the built-in entries.
fn synthetic(n: usize) -> Gazetteer {
    synthetic_builder(n)
        .build()
        .expect("synthetic gazetteer builds")
}

/// The builder of [`synthetic`], entries added, not built.
fn synthetic_builder(n: usize) -> politext::GazetteerBuilder {
    const SYL: &[&str] = &[
        "ka", "zu", "mo", "ri", "te", "vo", "ly", "qua", "xe", "bo", "ni", "fu", "da", "go", "pe",
        "wy",
    ];
    let mut b = Gazetteer::builder();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in 0..n {
        let mut name = String::from("Zy");
        for _ in 0..3 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            name.push_str(SYL[(x % SYL.len() as u64) as usize]);
        }
        name.push_str(" Qo");
        name.push_str(&i.to_string());
        b.entry(Entry::new(&format!("synthetic:{i}"), Label::Per, &name));
    }
    b
}

fn bench(c: &mut Criterion) {
    let tok = Tokenizer::new();
    let tagger = Tagger::new();
    let seed = common::seed();
    let (name, docs) = common::corpus();
    let total = common::bytes(&docs);

    let mut g = c.benchmark_group("tag");
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("tokenize+tag/seed", |b| {
        b.iter(|| {
            let ents = tagger.tag(black_box(&seed));
            assert!(ents.iter().any(|e| e.as_str() == "Jens Stoltenberg"));
            ents.len()
        })
    });
    g.throughput(Throughput::Bytes(total));
    g.bench_function(format!("tokenize+tag/{name}"), |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                let toks = tok.tokenize(black_box(d));
                let sents = tok.sentences(d, &toks);
                n += tagger.tag_tokens(d, &toks, &sents).len();
            }
            n
        })
    });
    g.finish();

    let mut g = c.benchmark_group("gazetteer");
    g.sample_size(10);
    g.bench_function("build/builtin", |b| {
        // The gazetteer is returned, so that freeing it is not timed:
        // loading is what the bench measures.
        b.iter_with_large_drop(|| {
            let mut gb = Gazetteer::builder();
            // A user entry forces a full rebuild instead of the cached copy.
            gb.entry(Entry::new("bench:1", Label::Per, "Aline Terrier"));
            gb.build().unwrap()
        })
    });
    let n = std::env::var("POLITEXT_SYNTHETIC")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000usize);
    // The build of the synthetic gazetteer from its filled builder (the
    // bar: ≤ 3 s for 10^6 aliases); the result is freed outside the timing.
    let builder = synthetic_builder(n);
    g.bench_function(format!("build/synthetic-{n}"), |b| {
        b.iter_with_large_drop(|| builder.build().expect("synthetic gazetteer builds"))
    });
    drop(builder);
    let big = synthetic(n);
    let big_tagger = Tagger::with_gazetteer(big);
    g.throughput(Throughput::Bytes(total));
    g.bench_function(format!("tokenize+tag/synthetic-{n}/{name}"), |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| big_tagger.tag(black_box(d)).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
