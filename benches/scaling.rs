//! Thread-scaling benchmark for ferropy: does Python code get faster with more
//! threads, and what does free threading cost compared with a GIL?
//!
//! What it measures: each workload in `benches/scripts/*.py` does a FIXED total
//! amount of work split evenly over N `threading.Thread`s (strong scaling: the
//! ideal 2-thread time is half the 1-thread time) and prints a checksum that
//! must not depend on N. The driver runs every script as a fresh process,
//! `BINARY script.py N` with cwd = the script's folder and no stdin, for each
//! thread count and each interpreter, and times the whole process (start-up
//! included) by wall clock. The interpreters are:
//!   * `ft`      ferropy, free-threaded (default features),
//!   * `gil`     ferropy built with `--features gil` (one global lock),
//!   * `python3` CPython from PATH, if there is one, as the baseline.
//!
//! Both ferropy flavours are built here first with `cargo build --release`,
//! each in its own target dir (`target/bench/ft`, `target/bench/gil`) so the
//! build never waits for the lock held by the outer `cargo bench`.
//!
//! Runs are interleaved (repeat 1 of every cell, then repeat 2, ...) so a
//! busy machine blurs all cells alike. Per script it prints a table of median
//! and min wall time, speedup over the same interpreter's 1-thread median,
//! time relative to python3 and (for ft) to the GIL build, then one summary
//! line per script. A run that exits non-zero or outlives `--timeout` is
//! reported and its cell skipped; stdout that differs between interpreters or
//! thread counts is reported as a WARNING. Exit status 1 if either happened.
//!
//! Usage: `cargo bench --bench scaling -- [options]`
//! ```text
//!   --demo              README demo: examples/parallel.py at 1 and 2 threads,
//!                       3 repeats, no python3, with a few explaining sentences
//!   --threads 1,2       thread counts (default 1,2)
//!   --repeat N          runs per cell (default 5)
//!   --scripts a,b       only these scripts from benches/scripts
//!   --workloads a,b     script groups (default scaling): `scaling` = the
//!                       thread-scaling scripts, `attr` = the attribute
//!                       workloads of issue 4 (attr_*.py: attribute read,
//!                       method call, property, deep MRO), `all`
//!   --items N           pass N as the second argument (the work-item
//!                       count) to scripts that take one, e.g. a tiny
//!                       `--items 20 --repeat 1` to check they run
//!   --script PATH       run this one file instead
//!   --interp NAME=PATH  add or override an interpreter (repeatable), e.g.
//!                       `--no-build --interp ft=python3 --interp gil=python3`
//!   --no-build          reuse target/bench/{ft,gil}/release/ferropy
//!   --no-python         do not run python3
//!   --csv FILE          also write all medians as CSV
//!   --timeout SECS      kill a run after this long (default 300)
//! ```
//! Relative paths are taken from the package root: cargo runs benches there.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::thread;
use std::time::{Duration, Instant};

const USAGE: &str = "usage: cargo bench --bench scaling -- [--demo] [--threads 1,2] [--repeat N] \
[--scripts a,b | --script PATH] [--workloads scaling,attr,all] [--items N] [--interp NAME=PATH]... [--no-build] [--no-python] [--csv FILE] [--timeout SECS]";

#[derive(Default)]
struct Opts {
    demo: bool,
    no_build: bool,
    no_python: bool,
    threads: Option<Vec<usize>>,
    repeat: Option<usize>,
    scripts: Option<Vec<String>>,
    workloads: Option<Vec<String>>,
    items: Option<usize>,
    script: Option<PathBuf>,
    interps: Vec<(String, String)>,
    csv: Option<PathBuf>,
    timeout: Option<u64>,
}

fn parse_args() -> Result<Opts, String> {
    let mut o = Opts::default();
    let mut args = env::args().skip(1);
    while let Some(arg) = args.next() {
        // Accept both `--opt value` and `--opt=value`.
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or(format!("{name} needs a value"))
        };
        let num = |s: &str| {
            s.trim()
                .parse::<usize>()
                .map_err(|_| format!("not a number: {s:?}"))
        };
        match flag.as_str() {
            "--bench" => {} // cargo bench passes this to every bench target
            "--demo" => o.demo = true,
            "--no-build" => o.no_build = true,
            "--no-python" => o.no_python = true,
            "--threads" => {
                let v = value("--threads")?;
                let t = v.split(',').map(num).collect::<Result<Vec<_>, _>>()?;
                if t.is_empty() || t.contains(&0) {
                    return Err("--threads needs counts >= 1".into());
                }
                o.threads = Some(t);
            }
            "--repeat" => o.repeat = Some(num(&value("--repeat")?)?.max(1)),
            "--scripts" => {
                o.scripts = Some(
                    value("--scripts")?
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .collect(),
                )
            }
            "--workloads" => {
                o.workloads = Some(
                    value("--workloads")?
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .collect(),
                )
            }
            "--items" => o.items = Some(num(&value("--items")?)?),
            "--script" => o.script = Some(PathBuf::from(value("--script")?)),
            "--interp" => {
                let v = value("--interp")?;
                let (n, p) = v.split_once('=').ok_or("--interp wants NAME=PATH")?;
                o.interps.push((n.to_string(), p.to_string()));
            }
            "--csv" => o.csv = Some(PathBuf::from(value("--csv")?)),
            "--timeout" => o.timeout = Some(num(&value("--timeout")?)? as u64),
            "-h" | "--help" => return Err(String::new()),
            _ => return Err(format!("unknown option {arg:?}")),
        }
    }
    Ok(o)
}

struct Interp {
    name: String,
    exe: PathBuf,
}

/// One (script, interpreter, thread count) combination and its runs.
struct Cell {
    interp: usize,
    threads: usize,
    times: Vec<f64>,
    outputs: Vec<String>,
    error: Option<String>,
}

impl Cell {
    fn median(&self) -> Option<f64> {
        if self.error.is_some() || self.times.is_empty() {
            return None;
        }
        let mut t = self.times.clone();
        t.sort_by(|a, b| a.total_cmp(b));
        let n = t.len();
        Some(if n % 2 == 1 {
            t[n / 2]
        } else {
            (t[n / 2 - 1] + t[n / 2]) / 2.0
        })
    }
    fn min(&self) -> Option<f64> {
        self.median()
            .map(|_| self.times.iter().copied().fold(f64::INFINITY, f64::min))
    }
}

/// Walk up from the package dir to the directory whose Cargo.toml has `[workspace]`.
fn workspace_root(manifest_dir: &Path) -> PathBuf {
    for dir in manifest_dir.ancestors() {
        let toml = fs::read_to_string(dir.join("Cargo.toml")).unwrap_or_default();
        if toml.lines().any(|l| l.trim() == "[workspace]") {
            return dir.to_path_buf();
        }
    }
    manifest_dir.to_path_buf()
}

/// Resolve a program name the way a shell would: a path if it has a slash,
/// else the first match on PATH. Absolute, because runs change directory.
fn find_program(prog: &str) -> Option<PathBuf> {
    let p = Path::new(prog);
    if p.components().count() > 1 || p.is_absolute() {
        return p.canonicalize().ok().filter(|p| p.is_file());
    }
    let path = env::var_os("PATH")?;
    env::split_paths(&path)
        .map(|d| d.join(prog))
        .find(|c| is_executable(c))
        .map(unwrap_shim)
}

/// A PATH entry that is a `#!` script (a pyenv/asdf shim) would add its own
/// start-up to every timing: ask the interpreter behind it for its real path.
fn unwrap_shim(exe: PathBuf) -> PathBuf {
    let mut head = [0u8; 2];
    let is_script = fs::File::open(&exe)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok()
        && &head == b"#!";
    if !is_script {
        return exe;
    }
    let out = Command::new(&exe)
        .args(["-c", "import sys; print(sys.executable)"])
        .stdin(Stdio::null())
        .output();
    let real = out
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    real.map(PathBuf::from)
        .filter(|p| is_executable(p))
        .unwrap_or(exe)
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}
#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.is_file()
}

/// Build one ferropy flavour with the cargo that runs us; returns the binary.
fn build(pkg: &Path, root: &Path, flavour: &str, gil: bool) -> Result<PathBuf, String> {
    let target = root.join("target").join("bench").join(flavour);
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(&cargo);
    cmd.args(["build", "--release", "--bin", "ferropy"]);
    if gil {
        cmd.args(["--features", "gil"]);
    }
    cmd.arg("--target-dir")
        .arg(&target)
        .current_dir(pkg)
        .stdin(Stdio::null());
    eprintln!(
        "building {flavour}: cargo build --release --bin ferropy{} --target-dir {}",
        if gil { " --features gil" } else { "" },
        target.display()
    );
    match cmd.status() {
        Ok(s) if s.success() => Ok(target
            .join("release")
            .join(format!("ferropy{}", env::consts::EXE_SUFFIX))),
        Ok(s) => Err(format!("cargo build for {flavour} failed ({s})")),
        Err(e) => Err(format!("cannot run {cargo}: {e}")),
    }
}

/// Run `exe script threads` once; Ok((wall seconds, stdout)) or Err(reason).
/// A reason's first line is a short summary; any further lines are the stderr tail.
/// The workload group of a script: `attr` for `attr_*.py`, else `scaling`.
fn workload_group(script: &Path) -> &'static str {
    let name = script.file_name().map(|n| n.to_string_lossy().into_owned());
    if name.is_some_and(|n| n.starts_with("attr_")) {
        "attr"
    } else {
        "scaling"
    }
}

fn run_once(
    exe: &Path,
    script: &Path,
    threads: usize,
    items: Option<usize>,
    timeout: Duration,
) -> Result<(f64, String), String> {
    let dir = script.parent().unwrap_or(Path::new("."));
    let file = script.file_name().ok_or("bad script path")?;
    let start = Instant::now();
    let mut cmd = Command::new(exe);
    cmd.arg(file).arg(threads.to_string());
    if let Some(n) = items {
        cmd.arg(n.to_string());
    }
    let mut child = cmd
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", exe.display()))?;
    // Drain both pipes on helper threads so a chatty child never blocks.
    let drain = |mut r: Box<dyn Read + Send>| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            String::from_utf8_lossy(&buf).into_owned()
        })
    };
    let out = drain(Box::new(child.stdout.take().expect("piped stdout")));
    let err = drain(Box::new(child.stderr.take().expect("piped stderr")));
    // Poll rather than block so a hung (e.g. deadlocked) interpreter can be
    // killed; the 1 ms poll is noise next to runs of a second or more.
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => thread::sleep(Duration::from_millis(1)),
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };
    let secs = start.elapsed().as_secs_f64();
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    let tail = lines[lines.len().saturating_sub(6)..]
        .iter()
        .map(|l| format!("\n    {l}"))
        .collect::<String>();
    match status {
        None => Err(format!("killed after {}s timeout", timeout.as_secs())),
        Some(s) if s.success() => Ok((secs, stdout)),
        Some(s) => Err(format!(
            "{s}: {}{tail}",
            lines.last().map_or("(no stderr)", |l| l.trim())
        )),
    }
}

fn ratio(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    a.zip(b).filter(|&(_, b)| b > 0.0).map(|(a, b)| a / b)
}

fn fmt(v: Option<f64>, digits: usize, suffix: &str) -> String {
    v.map_or("-".into(), |v| format!("{v:.digits$}{suffix}"))
}

/// A line of output, shortened for a one-line message.
fn short(l: Option<&str>) -> String {
    let l = l.unwrap_or("(end of output)");
    if l.chars().count() > 60 {
        format!("{}...", l.chars().take(57).collect::<String>())
    } else {
        l.into()
    }
}

/// The first line where two outputs differ, from each.
fn first_diff(a: &str, b: &str) -> (String, String) {
    let (mut la, mut lb) = (a.lines(), b.lines());
    loop {
        match (la.next(), lb.next()) {
            (x, y) if x != y => return (short(x), short(y)),
            (None, None) => return (short(None), short(None)),
            _ => {}
        }
    }
}

/// Everything measured for one script.
struct Report {
    name: String,
    cells: Vec<Cell>,
}

impl Report {
    fn get(&self, interps: &[Interp], name: &str, threads: usize) -> Option<&Cell> {
        self.cells
            .iter()
            .find(|c| interps[c.interp].name == name && c.threads == threads)
    }
    fn median(&self, interps: &[Interp], name: &str, threads: usize) -> Option<f64> {
        self.get(interps, name, threads).and_then(Cell::median)
    }
}

fn run_script(
    script: &Path,
    interps: &[Interp],
    threads: &[usize],
    repeat: usize,
    items: Option<usize>,
    timeout: Duration,
) -> Report {
    let name = script
        .file_name()
        .map_or("?".into(), |n| n.to_string_lossy().into_owned());
    let mut cells: Vec<Cell> = (0..interps.len())
        .flat_map(|i| {
            threads.iter().map(move |&t| Cell {
                interp: i,
                threads: t,
                times: vec![],
                outputs: vec![],
                error: None,
            })
        })
        .collect();
    for rep in 1..=repeat {
        let mut line = format!("{name} run {rep}/{repeat}:");
        for cell in cells.iter_mut().filter(|c| c.error.is_none()) {
            let it = &interps[cell.interp];
            match run_once(&it.exe, script, cell.threads, items, timeout) {
                Ok((secs, out)) => {
                    let _ = write!(line, " {} {}T {secs:.2}s", it.name, cell.threads);
                    cell.times.push(secs);
                    cell.outputs.push(out);
                }
                Err(e) => {
                    let _ = write!(line, " {} {}T FAILED", it.name, cell.threads);
                    println!(
                        "ERROR: {name}: {} at {} threads: {e}",
                        it.name, cell.threads
                    );
                    cell.error = Some(e.lines().next().unwrap_or("").to_string());
                }
            }
        }
        eprintln!("{line}");
    }
    Report { name, cells }
}

/// WARNING lines for stdout that differs from the first successful run's.
fn check_outputs(r: &Report, interps: &[Interp]) -> usize {
    let mut reference: Option<(&str, String)> = None;
    let mut warnings = 0;
    for c in &r.cells {
        let who = format!("{} {}T", interps[c.interp].name, c.threads);
        for out in &c.outputs {
            match &reference {
                None => reference = Some((out, who.clone())),
                Some((want, from)) if out != want => {
                    let (got, want) = first_diff(out, want);
                    println!(
                        "WARNING: {}: stdout of {who} differs from {from}: {got:?} vs {want:?}",
                        r.name
                    );
                    warnings += 1;
                    break; // one warning per cell is enough
                }
                _ => {}
            }
        }
    }
    if let Some((out, _)) = reference {
        if warnings == 0 {
            println!(
                "output (identical in every run): {}",
                short(out.lines().next())
            );
        }
    }
    warnings
}

fn print_table(r: &Report, interps: &[Interp], base: usize, repeat: usize) {
    println!(
        "\n== {}: wall time of the whole process, median of {repeat} run(s) ==",
        r.name
    );
    // The ratio columns appear only when there is something to divide by.
    let has = |n: &str| interps.iter().any(|i| i.name == n);
    let (py_col, gil_col) = (has("python3"), has("ft") && has("gil"));
    let mut header: Vec<String> = ["interpreter", "threads", "median s", "min s"]
        .map(String::from)
        .to_vec();
    header.push(format!("speedup/{base}T"));
    if py_col {
        header.push("/python3".into());
    }
    if gil_col {
        header.push("ft/gil".into());
    }
    let ncol = header.len();
    let mut rows = vec![header];
    for c in &r.cells {
        let name = &interps[c.interp].name;
        let med = c.median();
        let mut row = vec![name.clone(), c.threads.to_string()];
        if let Some(e) = &c.error {
            row.push(format!(
                "FAILED ({})",
                e.chars().take(70).collect::<String>()
            ));
        } else {
            row.push(fmt(med, 3, ""));
            row.push(fmt(c.min(), 3, ""));
            row.push(fmt(ratio(r.median(interps, name, base), med), 2, "x"));
            if py_col {
                let py = if name == "python3" {
                    None
                } else {
                    r.median(interps, "python3", c.threads)
                };
                row.push(fmt(ratio(med, py), 2, ""));
            }
            if gil_col {
                let gil = if name == "ft" {
                    r.median(interps, "gil", c.threads)
                } else {
                    None
                };
                row.push(fmt(ratio(med, gil), 2, ""));
            }
        }
        rows.push(row);
    }
    let widths: Vec<usize> = (0..ncol)
        .map(|i| {
            rows.iter()
                .filter(|r| r.len() == ncol)
                .map(|r| r[i].len())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in &rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i == 0 || row.len() < ncol && i == row.len() - 1 {
                let _ = write!(line, "{cell:<w$}  ", w = widths[i]);
            } else {
                let _ = write!(line, "{cell:>w$}  ", w = widths[i]);
            }
        }
        println!("{}", line.trim_end());
    }
}

fn summary_line(r: &Report, interps: &[Interp], base: usize, top: usize) -> String {
    let mut parts = vec![];
    for it in interps {
        let s = ratio(
            r.median(interps, &it.name, base),
            r.median(interps, &it.name, top),
        );
        if top != base && s.is_some() {
            parts.push(format!("{} {top}T speedup {}", it.name, fmt(s, 2, "x")));
        }
    }
    for (a, b) in [("ft", "gil"), ("ft", "python3")] {
        for t in if top != base {
            vec![base, top]
        } else {
            vec![base]
        } {
            if let Some(x) = ratio(r.median(interps, a, t), r.median(interps, b, t)) {
                parts.push(format!("{a}/{b} at {t}T {x:.2}"));
            }
        }
    }
    let stem = r.name.trim_end_matches(".py");
    if parts.is_empty() {
        format!("{stem}: nothing to compare")
    } else {
        format!("{stem}: {}", parts.join(", "))
    }
}

fn write_csv(path: &Path, reports: &[Report], interps: &[Interp]) -> std::io::Result<()> {
    let mut s = String::from("script,interpreter,threads,runs,median_s,min_s,status\n");
    for r in reports {
        for c in &r.cells {
            let status = c
                .error
                .as_deref()
                .map_or("ok".into(), |e| format!("\"{}\"", e.replace('"', "'")));
            let _ = writeln!(
                s,
                "{},{},{},{},{},{},{status}",
                r.name,
                interps[c.interp].name,
                c.threads,
                c.times.len(),
                c.median().map_or(String::new(), |v| format!("{v:.4}")),
                c.min().map_or(String::new(), |v| format!("{v:.4}"))
            );
        }
    }
    fs::write(path, s)
}

fn demo_sentences(r: &Report, interps: &[Interp], root: &Path, (base, top): (usize, usize)) {
    let speed = |n: &str| ratio(r.median(interps, n, base), r.median(interps, n, top));
    println!();
    match speed("ft") {
        Some(s) if s >= 1.3 => println!("free-threaded build: {top} threads ran {s:.1}x faster than {base}: the cores ran Python code at once."),
        Some(s) => println!("free-threaded build: {top} threads ran {s:.1}x faster than {base}: less than hoped (are the other cores busy?)."),
        None => println!("free-threaded build: no result (see the errors above)."),
    }
    match speed("gil") {
        Some(s) if s < 1.3 => println!(
            "GIL build: {s:.1}x: the lock serialises the threads, so more of them do not help."
        ),
        Some(s) => {
            println!("GIL build: {s:.1}x: surprisingly good for a build with a global lock.")
        }
        None => println!("GIL build: no result (see the errors above)."),
    }
    if let Some(x) = ratio(
        r.median(interps, "ft", base),
        r.median(interps, "gil", base),
    ) {
        let why = if x > 1.02 {
            "the price of thread-safe objects"
        } else {
            "free threading costs nothing measurable here"
        };
        let on = if base == 1 {
            "1 thread".to_string()
        } else {
            format!("{base} threads")
        };
        println!("On {on} the free-threaded build took {x:.2}x the GIL build's time: {why}.");
    }
    if let Some(ft) = interps.iter().find(|i| i.name == "ft") {
        let exe = ft.exe.strip_prefix(root).unwrap_or(&ft.exe);
        println!(
            "Both runs inside one process, with timings: {} examples/parallel.py",
            exe.display()
        );
    }
}

fn main() -> ExitCode {
    let o = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            eprintln!("{USAGE}");
            return if e.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            };
        }
    };
    let pkg = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let root = workspace_root(&pkg);
    let mut threads = o.threads.clone().unwrap_or(vec![1, 2]);
    threads.sort_unstable();
    threads.dedup();
    let repeat = o.repeat.unwrap_or(if o.demo { 3 } else { 5 });
    let timeout = Duration::from_secs(o.timeout.unwrap_or(300));
    let no_python = o.no_python || o.demo;

    // Which scripts.
    let scripts: Vec<PathBuf> = if let Some(p) = o
        .script
        .clone()
        .or(o.demo.then(|| pkg.join("examples/parallel.py")))
    {
        vec![p]
    } else {
        let dir = pkg.join("benches/scripts");
        let mut all: Vec<PathBuf> = fs::read_dir(&dir)
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|e| e == "py"))
                    // `_harness.py` and the like are imported, not run.
                    .filter(|p| {
                        !p.file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with('_'))
                    })
                    .collect()
            })
            .unwrap_or_default();
        all.sort();
        match &o.scripts {
            None => {
                let groups = o.workloads.clone().unwrap_or(vec!["scaling".into()]);
                if let Some(g) = groups
                    .iter()
                    .find(|g| !["scaling", "attr", "all"].contains(&g.as_str()))
                {
                    eprintln!("error: unknown workload group {g:?} (scaling, attr, all)");
                    return ExitCode::from(2);
                }
                all.into_iter()
                    .filter(|p| {
                        let g = workload_group(p);
                        groups.iter().any(|w| w == "all" || w == g)
                    })
                    .collect()
            }
            Some(names) => {
                let mut chosen = vec![];
                for n in names {
                    let file = if n.ends_with(".py") {
                        n.clone()
                    } else {
                        format!("{n}.py")
                    };
                    match all
                        .iter()
                        .find(|p| p.file_name().is_some_and(|f| f == file.as_str()))
                    {
                        Some(p) => chosen.push(p.clone()),
                        None => {
                            eprintln!("error: no script {file} in {}", dir.display());
                            return ExitCode::from(2);
                        }
                    }
                }
                chosen
            }
        }
    };
    let mut scripts_ok = vec![];
    for s in scripts {
        match s.canonicalize() {
            Ok(p) if p.is_file() => scripts_ok.push(p),
            _ => println!("ERROR: script {} not found, skipped", s.display()),
        }
    }
    if scripts_ok.is_empty() {
        eprintln!("error: no scripts to run");
        return ExitCode::from(2);
    }

    // Which interpreters: ft, gil, python3, then any extra --interp names.
    let mut interps: Vec<Interp> = vec![];
    let mut failed = false;
    for (flavour, gil) in [("ft", false), ("gil", true)] {
        if o.interps.iter().any(|(k, _)| k == flavour) {
            continue; // replaced by --interp: nothing to build
        }
        let exe = root
            .join("target/bench")
            .join(flavour)
            .join("release")
            .join(format!("ferropy{}", env::consts::EXE_SUFFIX));
        let exe = if o.no_build {
            Ok(exe)
        } else {
            build(&pkg, &root, flavour, gil)
        };
        match exe {
            Ok(p) if p.is_file() => interps.push(Interp {
                name: flavour.into(),
                exe: p,
            }),
            Ok(p) => println!(
                "NOTE: {flavour}: {} not found (drop --no-build to build it), skipped",
                p.display()
            ),
            Err(e) => {
                println!("ERROR: {e}; {flavour} skipped");
                failed = true;
            }
        }
    }
    // python3 from PATH unless told not to; each --interp adds or replaces one name.
    let mut wanted: Vec<(String, String)> = vec![];
    if !no_python {
        wanted.push(("python3".into(), "python3".into()));
    }
    for (k, p) in &o.interps {
        wanted.retain(|(w, _)| w != k);
        wanted.push((k.clone(), p.clone()));
    }
    for (name, prog) in wanted
        .into_iter()
        .filter(|(n, _)| !(no_python && n == "python3"))
    {
        match find_program(&prog) {
            Some(exe) => interps.push(Interp { name, exe }),
            None => println!(
                "NOTE: {name}: {prog} not found{}, skipped",
                if prog.contains('/') { "" } else { " on PATH" }
            ),
        }
    }
    let order = |n: &str| {
        ["ft", "gil", "python3"]
            .iter()
            .position(|k| *k == n)
            .unwrap_or(3)
    };
    interps.sort_by_key(|i| order(&i.name)); // stable: extras keep their order
    if interps.is_empty() {
        println!("ERROR: no interpreter to run");
        return ExitCode::FAILURE;
    }
    if thread::available_parallelism().map_or(1, |n| n.get()) < *threads.last().unwrap() {
        println!("NOTE: fewer CPUs than threads; speedups are capped by the hardware");
    }

    if o.demo {
        println!(
            "\nferropy demo: examples/parallel.py counts primes; the same total work is split over"
        );
        println!("1 and then 2 threads. Each run is a fresh process, timed end to end, {repeat} runs each.");
    }
    for it in &interps {
        println!("{:<8} {}", it.name, it.exe.display());
    }
    let base = threads[0];
    let top = *threads.last().unwrap();
    let mut reports = vec![];
    let mut warnings = 0;
    for s in &scripts_ok {
        let r = run_script(s, &interps, &threads, repeat, o.items, timeout);
        failed |= r.cells.iter().any(|c| c.error.is_some());
        print_table(&r, &interps, base, repeat);
        warnings += check_outputs(&r, &interps);
        if o.demo {
            demo_sentences(&r, &interps, &root, (base, top));
        }
        reports.push(r);
    }
    if !o.demo {
        let speedup = if top > base {
            format!("speedup = {base}T time / {top}T time; ")
        } else {
            String::new()
        };
        println!("\n== summary (median wall times; {speedup}a/b = time of a / time of b) ==");
        for r in &reports {
            println!("{}", summary_line(r, &interps, base, top));
        }
    }
    if let Some(path) = &o.csv {
        match write_csv(path, &reports, &interps) {
            Ok(()) => println!("medians written to {}", path.display()),
            Err(e) => {
                println!("ERROR: cannot write {}: {e}", path.display());
                failed = true;
            }
        }
    }
    if warnings > 0 {
        println!("{warnings} output mismatch WARNING(s) above");
    }
    if failed || warnings > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
