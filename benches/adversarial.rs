//! Adversarial inputs of issue 6, 2 MB each, through the whole pipeline
//! (MB/s, one thread), next to the seed article repeated to the same size.
//! The bar: each at most 3x the time per MB of real article text
//! (compare with `cargo bench --bench pipeline`, `pipeline/corpus/...`).
//!
//! `POLITEXT_ADVERSARIAL_BYTES` changes the size (default 2 MB).

mod common;

#[path = "common/adversarial.rs"]
mod adversarial;

use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};
use politext::Pipeline;

fn bench(c: &mut Criterion) {
    let pipeline = Pipeline::new();
    let size: usize = std::env::var("POLITEXT_ADVERSARIAL_BYTES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2 << 20);
    let seed = common::seed();
    // Real text to compare with: the seed article repeated, and the
    // article corpus joined into one document, both of the same size.
    let (_, docs) = common::corpus();
    let joined = adversarial::real_text(&docs.join("\n\n"), size);
    let mut inputs = vec![
        ("seed-repeated", adversarial::real_text(&seed, size)),
        ("corpus-joined", joined),
    ];
    inputs.extend(adversarial::inputs(&seed, size));
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    for (name, text) in &inputs {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(*name, |b| {
            b.iter(|| {
                let a = pipeline.analyze(black_box(text));
                a.tokens().len() + a.entities().len() + a.quotes().len()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
