//! Tokenizer throughput (MB/s): the seed article and the article corpus,
//! against a `split_whitespace` baseline.

mod common;

use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};
use politext::Tokenizer;

fn bench(c: &mut Criterion) {
    let tok = Tokenizer::new();
    let seed = common::seed();
    let (name, docs) = common::corpus();
    let total = common::bytes(&docs);

    let mut g = c.benchmark_group("tokenize");
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("seed", |b| {
        b.iter(|| {
            let toks = tok.tokenize(black_box(&seed));
            assert!(toks.len() > 300);
            toks.len()
        })
    });
    g.throughput(Throughput::Bytes(total));
    g.bench_function(format!("corpus/{name}"), |b| {
        let mut buf = Vec::new();
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                tok.tokenize_into(black_box(d), &mut buf);
                n += buf.len();
            }
            assert!(n > 0);
            n
        })
    });
    g.bench_function(format!("corpus+sentences/{name}"), |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                let toks = tok.tokenize(black_box(d));
                n += tok.sentences(d, &toks).len();
            }
            n
        })
    });
    g.bench_function(format!("baseline-split_whitespace/{name}"), |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| black_box(d).split_whitespace().count())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
