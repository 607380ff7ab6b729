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
    // A probe at 1/8 of the size: an input over 20x the time per byte of
    // the seed is super-linear, and sampling it at full size would take
    // hours; its probe figure is printed instead.
    let probe_size = size / 8;
    let per_mb = |text: &str| {
        let t = std::time::Instant::now();
        black_box(pipeline.analyze(black_box(text)).tokens().len());
        t.elapsed().as_secs_f64() / (text.len() as f64 / 1e6)
    };
    let base = per_mb(&adversarial::real_text(&seed, probe_size));
    let mut skip = Vec::new();
    for (name, text) in adversarial::inputs(&seed, probe_size) {
        let t = per_mb(&text);
        if t > 20.0 * base {
            eprintln!(
                "adversarial/{name}: SKIPPED at {size} bytes: at {} bytes {:.3} s/MB ({:.2} MB/s), {:.0}x the seed's time per byte",
                text.len(),
                t,
                1.0 / t,
                t / base
            );
            skip.push(name);
        }
    }
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    for (name, text) in &inputs {
        if skip.contains(name) {
            continue;
        }
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
