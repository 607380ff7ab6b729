//! The fastest of many passes over the article corpus, for a machine whose
//! criterion means swing by ±10–20 % from one run to the next (DESIGN.md
//! §5): tokenize + tag (the pipeline without quotes) and the whole
//! pipeline, each on a thread of its own (each keeps its warm word memo),
//! passes alternated so that both see the same periods of the machine.
//! Prints MB/s (10^6 bytes) and what quotes add, as the fastest pass of
//! each and as the median of the per-pass ratios.
//!
//! `cargo bench --bench fastest [-- PASSES]` (default 100); without
//! `--bench` (`cargo test --benches`, a smoke run) 2 passes.

mod common;

use std::sync::mpsc::channel;
use std::time::Instant;

use politext::Pipeline;

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let passes: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(if bench { 100 } else { 2 });
    let (name, docs) = common::corpus();
    let bytes = common::bytes(&docs) as f64;
    let docs = std::sync::Arc::new(docs);
    let (report, results) = channel::<f64>();
    let mut go = Vec::new();
    for quotes in [false, true] {
        let (tx, rx) = channel::<()>();
        go.push(tx);
        let (docs, report) = (docs.clone(), report.clone());
        std::thread::spawn(move || {
            let p = Pipeline::builder()
                .quotes(quotes)
                .build()
                .expect("built-in gazetteer");
            let mut n = 0;
            while rx.recv().is_ok() {
                let t = Instant::now();
                for d in docs.iter() {
                    let a = p.analyze(std::hint::black_box(d));
                    n += a.entities().len() + a.quotes().len();
                }
                report.send(t.elapsed().as_secs_f64()).expect("main thread");
            }
            std::hint::black_box(n);
        });
    }
    let (mut best, mut ratios) = ([f64::MAX; 2], Vec::with_capacity(passes));
    // Two warm-up rounds, then `passes` measured ones, in both orders.
    for round in 0..passes + 2 {
        let order = if round % 2 == 0 { [0, 1] } else { [1, 0] };
        let mut t = [0.0; 2];
        for i in order {
            go[i].send(()).expect("worker");
            t[i] = results.recv().expect("worker");
        }
        if round >= 2 {
            best = [best[0].min(t[0]), best[1].min(t[1])];
            ratios.push(t[1] / t[0]);
        }
    }
    ratios.sort_by(f64::total_cmp);
    let median = ratios[ratios.len() / 2];
    let mbs = |s: f64| bytes / s / 1e6;
    println!("corpus {name}: {bytes} bytes, fastest of {passes} passes");
    println!(
        "  tokenize + tag (pipeline without quotes): {:.2} ms, {:.1} MB/s",
        best[0] * 1e3,
        mbs(best[0])
    );
    println!(
        "  whole pipeline:                            {:.2} ms, {:.1} MB/s",
        best[1] * 1e3,
        mbs(best[1])
    );
    println!(
        "  quotes add {:.1} % (fastest passes), {:.1} % (median of the per-pass ratios)",
        (best[1] / best[0] - 1.0) * 100.0,
        (median - 1.0) * 100.0
    );
}
