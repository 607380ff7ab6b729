//! Whole-pipeline throughput (MB/s, one thread): tokenize + tag + quotes on
//! the seed article and the article corpus, plus the built-in gazetteer's
//! load time (parse + compile, measured through a rebuild).

mod common;

use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};
use politext::{Entry, Gazetteer, Label, Pipeline};

fn bench(c: &mut Criterion) {
    let pipeline = Pipeline::new();
    let seed = common::seed();
    let (name, docs) = common::corpus();
    let total = common::bytes(&docs);

    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("seed", |b| {
        b.iter(|| {
            let a = pipeline.analyze(black_box(&seed));
            assert_eq!(a.quotes().len(), 6);
            a.entities().len()
        })
    });
    g.throughput(Throughput::Bytes(total));
    g.bench_function(format!("corpus/{name}"), |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                let a = pipeline.analyze(black_box(d));
                n += a.entities().len() + a.quotes().len();
            }
            assert!(n > 0);
            n
        })
    });
    g.finish();

    let mut g = c.benchmark_group("gazetteer-load");
    g.sample_size(10);
    g.bench_function("builtin parse+compile", |b| {
        // The gazetteer is returned, so that freeing it is not timed:
        // loading is what the bench measures.
        b.iter_with_large_drop(|| {
            let mut gb = Gazetteer::builder();
            gb.entry(Entry::new("bench:1", Label::Per, "Aline Terrier"));
            gb.build().unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
