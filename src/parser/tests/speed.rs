//! Parse speed on a generated 10,000-line module (run with
//! `cargo test --release -- --ignored --nocapture parse_speed`).

use crate::parser::parse_module;

/// About 10,000 lines of ordinary code: classes, functions, loops,
/// comprehensions, calls, strings and f-strings, arithmetic.
pub(crate) fn generated_source(lines: usize) -> String {
    let mut s = String::from("import os, sys\nfrom collections import defaultdict as dd\n\n");
    let mut i = 0;
    while s.lines().count() < lines {
        s.push_str(&format!(
            "class Widget{i}(Base, metaclass=Meta):\n    \
             \"\"\"Docstring {i}.\"\"\"\n    \
             count = {i}\n\n    \
             def __init__(self, name, *args, size=10, **kwargs):\n        \
             self.name = name\n        \
             self.items = [x * 2 + 1 for x in range(size) if x % 3]\n        \
             self.table = {{k: v for k, v in kwargs.items()}}\n\n    \
             def compute(self, a, b=2.5, /, c=0x1f, *, d=None) -> float:\n        \
             total = 0\n        \
             for j, item in enumerate(self.items):\n            \
             if item > a and not (b < j <= c):\n                \
             total += item ** 2 - (j << 1) | 7\n            \
             elif d is not None:\n                \
             total -= d[j % len(d)]\n            \
             else:\n                \
             continue\n        \
             while total > 1e6:\n            \
             total /= 3\n        \
             try:\n            \
             result = os.path.join(self.name, f\"{{total:.2f}}-{{a!r}}\")\n        \
             except (ValueError, KeyError) as exc:\n            \
             raise RuntimeError(\"bad\") from exc\n        \
             finally:\n            \
             pass\n        \
             return lambda x, y=1: x if x > y else y\n\n\n\
             def helper_{i}(data: list[int]) -> dict:\n    \
             with open(data[0]) as f, open(data[1]) as g:\n        \
             lines = [line.strip() for line in f if line]\n    \
             return {{\"lines\": lines, \"n\": len(lines), **dd(int)}}\n\n\n"
        ));
        i += 1;
    }
    s
}

#[test]
fn generated_source_parses() {
    let src = generated_source(500);
    let m = parse_module(&src).unwrap_or_else(|e| panic!("{e}"));
    assert!(m.body.len() > 20);
}

#[test]
#[ignore]
fn parse_speed() {
    let src = generated_source(10_000);
    let lines = src.lines().count();
    parse_module(&src).expect("parses");
    // The machine may be shared: report the best and the median run.
    let mut times: Vec<f64> = (0..30)
        .map(|_| {
            let start = std::time::Instant::now();
            std::hint::black_box(parse_module(std::hint::black_box(&src)).expect("parses"));
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "parse of {lines} lines ({} bytes): best {:.2} ms, median {:.2} ms",
        src.len(),
        times[0],
        times[times.len() / 2]
    );
}
