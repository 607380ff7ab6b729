//! Quote extraction throughput (MB/s) on the seed article and the article
//! corpus, against its baseline: tokenize + tag, which it must add at most
//! 25 % to. Tokens, sentences and entities are computed once outside the
//! `extract` measurements, so `extract` measures the quote pass alone (as
//! a user calling the extractor on their own tokens runs it); `pipeline
//! with quotes` against `pipeline without quotes` measures what quotes add
//! in the pipeline, where the extractor reuses the tagger's view of each
//! word.

mod common;

use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};
use politext::{Pipeline, QuoteExtractor, Tagger, Tokenizer};

fn bench(c: &mut Criterion) {
    let tok = Tokenizer::new();
    let tagger = Tagger::new();
    let quoter = QuoteExtractor::new();
    let seed = common::seed();
    let (name, docs) = common::corpus();
    let total = common::bytes(&docs);

    let mut g = c.benchmark_group("quote");
    g.bench_function("build", |b| b.iter(QuoteExtractor::new));

    // Seed article: the pass alone, and the baseline it is added to.
    let tokens = tok.tokenize(&seed);
    let sentences = tok.sentences(&seed, &tokens);
    let entities = tagger.tag_tokens(&seed, &tokens, &sentences);
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("seed/extract", |b| {
        b.iter(|| {
            let q = quoter.extract(black_box(&seed), &tokens, &sentences, &entities);
            assert_eq!(q.len(), 6);
            q.len()
        })
    });
    g.bench_function("seed/tokenize+tag (baseline)", |b| {
        b.iter(|| {
            let t = tok.tokenize(black_box(&seed));
            let s = tok.sentences(&seed, &t);
            tagger.tag_tokens(&seed, &t, &s).len()
        })
    });

    // Corpus.
    let pre: Vec<_> = docs
        .iter()
        .map(|d| {
            let t = tok.tokenize(d);
            let s = tok.sentences(d, &t);
            let e = tagger.tag_tokens(d, &t, &s);
            (t, s, e)
        })
        .collect();
    g.throughput(Throughput::Bytes(total));
    g.bench_function(format!("corpus/{name}/extract"), |b| {
        b.iter(|| {
            let mut n = 0;
            for (d, (t, s, e)) in docs.iter().zip(&pre) {
                n += quoter.extract(black_box(d), t, s, e).len();
            }
            assert!(n > 0);
            n
        })
    });
    g.bench_function(format!("corpus/{name}/tokenize+tag (baseline)"), |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                let t = tok.tokenize(black_box(d));
                let s = tok.sentences(d, &t);
                n += tagger.tag_tokens(d, &t, &s).len();
            }
            n
        })
    });

    // What quotes add to the pipeline: the same pipeline with quotes on and
    // off (in the pipeline the extractor reads each token's word classes
    // from the tagger's word memo instead of classifying it again).
    let with = Pipeline::new();
    let without = Pipeline::builder()
        .quotes(false)
        .build()
        .expect("built-in gazetteer");
    for (label, p) in [
        ("pipeline without quotes", &without),
        ("pipeline with quotes", &with),
    ] {
        g.bench_function(format!("corpus/{name}/{label}"), |b| {
            b.iter(|| {
                let mut n = 0;
                for d in &docs {
                    let a = p.analyze(black_box(d));
                    n += a.entities().len() + a.quotes().len();
                }
                n
            })
        });
    }

    // Robustness: 2 MB of opening guillemets stays linear.
    let evil = "« ".repeat(1 << 20);
    let t = tok.tokenize(&evil);
    let s = tok.sentences(&evil, &t);
    g.throughput(Throughput::Bytes(evil.len() as u64));
    g.sample_size(10);
    g.bench_function("adversarial/2MB-guillemets/extract", |b| {
        b.iter(|| quoter.extract(black_box(&evil), &t, &s, &[]).len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
