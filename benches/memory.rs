//! Memory benchmarks of issue 5: what the allocator and the cycle
//! collector cost, against CPython (`python3` from PATH) and against the
//! system allocator.
//!
//! Three tables, each from fresh processes (cwd = `benches/memory`):
//!   1. **peak memory** of one million small instances (`instances.py`,
//!      which reads its own peak resident set, `VmHWM`, at the end): MB for
//!      ferropy and python3, and the ratio;
//!   2. **gc.collect()** on a heap of one million containers
//!      (`gc_collect.py`: lists, instances, dicts; each process times
//!      several collections and reports their median): seconds and ratio;
//!   3. **allocation** (`benches/scripts/alloc.py`, the scaling workload)
//!      at 1 and 2 threads with the pools (`ft`) and with the system
//!      allocator (`ft-sysalloc`, built with `--features sysalloc`): median
//!      wall time of `--repeat` interleaved runs, the ratio, and the 2-thread
//!      speedup of each.
//!
//! Both flavours are built first into `target/bench/{ft,sysalloc}` (as the
//! scaling bench does), unless `--no-build`.
//!
//! Usage: `cargo bench --bench memory -- [--repeat N] [--no-build] [--no-python]`
//! (`--repeat` defaults to 5; it is the number of runs per allocation cell
//! and of collections per gc process).

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

struct Opts {
    repeat: usize,
    build: bool,
    python: bool,
}

fn parse_args() -> Result<Opts, String> {
    let mut o = Opts {
        repeat: 5,
        build: true,
        python: true,
    };
    let mut args = env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--repeat" => {
                o.repeat = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or("--repeat needs a positive number")?
            }
            "--no-build" => o.build = false,
            "--no-python" => o.python = false,
            // `cargo bench` passes this to every bench.
            "--bench" => {}
            _ => return Err(format!("unknown argument {a:?}")),
        }
    }
    Ok(o)
}

/// Build a flavour of ferropy into `target/bench/NAME`; the binary's path.
fn build(pkg: &Path, name: &str, features: &[&str], really: bool) -> Result<PathBuf, String> {
    let target = pkg.join("target").join("bench").join(name);
    let exe = target.join("release").join("ferropy");
    if !really {
        return Ok(exe);
    }
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["build", "--release", "--bin", "ferropy", "--target-dir"])
        .arg(&target)
        .current_dir(pkg);
    if !features.is_empty() {
        cmd.args(["--features", &features.join(",")]);
    }
    eprintln!("building {name} into {}", target.display());
    match cmd.status() {
        Ok(s) if s.success() => Ok(exe),
        _ => Err(format!("building {name} failed")),
    }
}

/// Run `exe args..` in `dir`; (wall seconds, stdout) or the reason it failed.
fn run(exe: &Path, dir: &Path, args: &[&str]) -> Result<(f64, String), String> {
    let start = Instant::now();
    let out = Command::new(exe)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    let secs = start.elapsed().as_secs_f64();
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(format!(
            "{} {args:?} failed: {}",
            exe.display(),
            err.trim_end()
        ));
    }
    Ok((secs, String::from_utf8_lossy(&out.stdout).into_owned()))
}

/// The number after `key` in `text` (`... key 123 ...`).
fn field(text: &str, key: &str) -> Option<f64> {
    let mut words = text.split_whitespace();
    words.find(|w| *w == key)?;
    words.next()?.parse().ok()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn ratio(a: Option<f64>, b: Option<f64>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => format!("{:.2}x", a / b),
        _ => "-".into(),
    }
}

fn cell(v: Option<f64>, digits: usize) -> String {
    v.map_or("-".into(), |v| format!("{v:.digits$}"))
}

/// Run `script args` with ferropy and python3, read `key`'s value from each.
fn pair(o: &Opts, ft: &Path, dir: &Path, args: &[&str], key: &str) -> [Option<f64>; 2] {
    let get = |exe: &Path| match run(exe, dir, args) {
        Ok((_, out)) => field(&out, key),
        Err(e) => {
            eprintln!("{e}");
            None
        }
    };
    let py = o.python.then(|| get(Path::new("python3"))).flatten();
    [get(ft), py]
}

fn peak_memory(o: &Opts, ft: &Path, dir: &Path) {
    println!("\n## Peak memory, one million instances of a 2-attribute class\n");
    println!("| interpreter | peak MB |");
    println!("|---|---|");
    let [f, p] = pair(o, ft, dir, &["instances.py"], "peak_kb").map(|k| k.map(|k| k / 1024.0));
    println!("| ft | {} |", cell(f, 1));
    println!("| python3 | {} |", cell(p, 1));
    println!("\nft / python3: {}", ratio(f, p));
}

fn gc_collect(o: &Opts, ft: &Path, dir: &Path) {
    println!(
        "\n## gc.collect() on one million containers (median of {})\n",
        o.repeat
    );
    println!("| heap | ft s | python3 s | ft / python3 |");
    println!("|---|---|---|---|");
    let repeat = o.repeat.to_string();
    for kind in ["list", "inst", "dict"] {
        let [f, p] = pair(o, ft, dir, &["gc_collect.py", kind, &repeat], "median");
        println!(
            "| {kind} | {} | {} | {} |",
            cell(f, 4),
            cell(p, 4),
            ratio(f, p)
        );
    }
}

fn allocation(o: &Opts, interps: &[(&str, PathBuf)], scripts: &Path) {
    println!(
        "\n## Allocation (benches/scripts/alloc.py), median wall s of {}\n",
        o.repeat
    );
    let threads = [1usize, 2];
    // times[interp][threads]
    let mut times = vec![vec![Vec::new(); threads.len()]; interps.len()];
    for _ in 0..o.repeat {
        for (i, (_, exe)) in interps.iter().enumerate() {
            for (j, t) in threads.iter().enumerate() {
                match run(exe, scripts, &["alloc.py", &t.to_string()]) {
                    Ok((s, _)) => times[i][j].push(s),
                    Err(e) => eprintln!("{e}"),
                }
            }
        }
    }
    let med: Vec<Vec<Option<f64>>> = times
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|v| (!v.is_empty()).then(|| median(v)))
                .collect()
        })
        .collect();
    println!("| build | 1 thread | 2 threads | speedup |");
    println!("|---|---|---|---|");
    for (i, (name, _)) in interps.iter().enumerate() {
        let (a, b) = (med[i][0], med[i][1]);
        println!(
            "| {name} | {} | {} | {} |",
            cell(a, 3),
            cell(b, 3),
            ratio(a, b)
        );
    }
    for (j, t) in threads.iter().enumerate() {
        println!(
            "\nsysalloc / pools at {t} thread(s): {}",
            ratio(med[1][j], med[0][j])
        );
    }
}

fn main() -> ExitCode {
    let o = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}\nusage: cargo bench --bench memory -- [--repeat N] [--no-build] [--no-python]");
            return ExitCode::from(2);
        }
    };
    let pkg = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let built = build(&pkg, "ft", &[], o.build)
        .and_then(|ft| Ok((ft, build(&pkg, "sysalloc", &["sysalloc"], o.build)?)));
    let (ft, sys) = match built {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let dir = pkg.join("benches/memory");
    println!("# ferropy memory benchmarks (issue 5)");
    peak_memory(&o, &ft, &dir);
    gc_collect(&o, &ft, &dir);
    allocation(
        &o,
        &[("ft", ft), ("ft-sysalloc", sys)],
        &pkg.join("benches/scripts"),
    );
    ExitCode::SUCCESS
}
