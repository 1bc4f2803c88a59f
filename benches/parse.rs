//! Parser speed: a generated 10,000-line module (ordinary code: classes,
//! functions, loops, comprehensions, calls, strings and f-strings) parsed,
//! and parsed plus compiled, by ferropy in-process, against CPython's
//! `ast.parse` and `compile` on the same text, also timed in-process (start-up
//! excluded). Medians of 30 runs; the target is a parse under 100 ms.
//!
//! Usage: `cargo bench --bench parse [-- --lines N]`

use std::process::Command;
use std::time::Instant;

use ferropy::compiler::compile_module;
use ferropy::parser::parse_module;

const RUNS: usize = 30;

/// About 10,000 lines of ordinary code: classes, functions, loops,
/// comprehensions, calls, strings and f-strings, arithmetic.
fn generated_source(lines: usize) -> String {
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

fn median_ms(mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

/// CPython's medians (ast.parse, compile) on `path`, or None without python3.
fn python_ms(path: &std::path::Path) -> Option<(f64, f64)> {
    let script = format!(
        "import ast, time, sys\n\
         src = open(sys.argv[1]).read()\n\
         def med(f):\n    \
         ts = []\n    \
         for _ in range({RUNS}):\n        \
         t = time.perf_counter(); f(); ts.append((time.perf_counter() - t) * 1e3)\n    \
         return sorted(ts)[len(ts) // 2]\n\
         print(med(lambda: ast.parse(src)), med(lambda: compile(src, 'gen', 'exec')))\n"
    );
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(path)
        .output()
        .ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let mut it = text.split_whitespace().map(|s| s.parse::<f64>().ok());
    Some((it.next()??, it.next()??))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let lines = args
        .iter()
        .position(|a| a == "--lines")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let src = generated_source(lines);
    let module = parse_module(&src).unwrap_or_else(|e| panic!("generated source must parse: {e}"));
    compile_module(&module, "gen")
        .unwrap_or_else(|e| panic!("generated source must compile: {e:?}"));

    let parse = median_ms(|| {
        std::hint::black_box(parse_module(std::hint::black_box(&src)).ok());
    });
    let both = median_ms(|| {
        let m = parse_module(std::hint::black_box(&src)).ok();
        std::hint::black_box(m.map(|m| compile_module(&m, "gen").ok()));
    });
    let path = std::env::temp_dir().join(format!("ferropy_parse_bench_{}.py", std::process::id()));
    let py = std::fs::write(&path, &src)
        .ok()
        .and_then(|_| python_ms(&path));
    let _ = std::fs::remove_file(&path);

    println!(
        "{} lines, {} bytes; medians of {RUNS} runs",
        src.lines().count(),
        src.len()
    );
    println!("{:<24}{:>12}{:>12}", "", "parse ms", "+compile ms");
    println!("{:<24}{:>12.2}{:>12.2}", "ferropy", parse, both);
    match py {
        Some((p, c)) => {
            println!("{:<24}{:>12.2}{:>12.2}", "python3 (ast / compile)", p, c);
            println!(
                "{:<24}{:>12.2}{:>12.2}",
                "ratio ferropy/python3",
                parse / p,
                both / c
            );
        }
        None => println!("python3: not available"),
    }
    println!(
        "target: parse under 100 ms: {}",
        if parse < 100.0 { "met" } else { "NOT met" }
    );
}
