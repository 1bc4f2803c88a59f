//! Differential test corpus: runs every `tests/programs/*.py` and
//! `tests/threads/*.py` with the `ferropy` binary and compares against the
//! golden files produced by CPython 3.11 (`python3 tests/regen_golden.py`):
//!
//! * `NAME.out`  – expected stdout, compared byte for byte;
//! * `NAME.exit` – expected exit status (absent means 0);
//! * `NAME.err`  – expected last line of stderr (only for non-zero exits;
//!   the rest of stderr, i.e. the traceback, is not compared).
//!
//! Each program runs with cwd = its folder, `PYTHONHASHSEED=0`, stdin closed,
//! `FERROPY_LEAKS=1` (a leak report at exit fails the test) and a timeout (60 s, or `FERROPY_TEST_TIMEOUT` seconds) after which the
//! child is killed. Programs run in parallel on rayon's pool; all failures
//! are reported together in one panic message.
//!
//! Environment variables:
//! * `FERROPY_TEST_FILTER=substr` – only run programs whose `folder/name.py`
//!   contains `substr` (e.g. `str_`, `threads_01`, `programs/exc`);
//! * `FERROPY_TEST_TIMEOUT=secs` – per-program timeout (default 60);
//! * `FERROPY_BIN=path` – run this interpreter instead of the built
//!   `ferropy` (e.g. `FERROPY_BIN=python3` to sanity-check the goldens).

use rayon::prelude::*;
use std::fmt::Write as _;
use std::io::{Read, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// Captured output beyond this many bytes per stream is drained and dropped.
const MAX_CAPTURE: usize = 16 << 20;
/// Lines of context and of differing output shown per failure.
const CONTEXT_LINES: usize = 2;
const DIFF_LINES: usize = 6;
const MAX_LINE_CHARS: usize = 200;

#[test]
fn programs() {
    run_folder("programs");
}

#[test]
fn threads() {
    run_folder("threads");
}

fn interpreter() -> PathBuf {
    match std::env::var_os("FERROPY_BIN") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_ferropy")),
    }
}

fn timeout() -> Duration {
    let secs = std::env::var("FERROPY_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|s| *s > 0.0)
        .unwrap_or(60.0);
    Duration::from_secs_f64(secs)
}

fn run_folder(folder: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(folder);
    let filter = std::env::var("FERROPY_TEST_FILTER").unwrap_or_default();
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "py"))
        .filter(|p| filter.is_empty() || format!("{folder}/{}", file_name(p)).contains(&filter))
        .collect();
    scripts.sort();

    let mut out = std::io::stdout();
    if scripts.is_empty() {
        // Written straight to the stdout handle so libtest's capture does not hide it.
        let _ = writeln!(
            out,
            "{folder}: no programs selected (FERROPY_TEST_FILTER={filter:?})"
        );
        return;
    }

    let bin = interpreter();
    let limit = timeout();
    let failures: Vec<(String, String)> = scripts
        .par_iter()
        .filter_map(|script| {
            check_program(&bin, script, limit)
                .err()
                .map(|why| (format!("{folder}/{}", file_name(script)), why))
        })
        .collect();

    let passed = scripts.len() - failures.len();
    let _ = writeln!(out, "{folder}: {passed} passed, {} failed", failures.len());
    let _ = out.flush();

    if !failures.is_empty() {
        let mut msg = format!(
            "{} of {} {folder} failed (interpreter: {}):\n",
            failures.len(),
            scripts.len(),
            bin.display()
        );
        for (name, why) in &failures {
            let _ = write!(msg, "\n==== {name}\n{why}");
            if !why.ends_with('\n') {
                msg.push('\n');
            }
        }
        msg.push_str("\nfailed: ");
        msg.push_str(
            &failures
                .iter()
                .map(|(n, _)| n.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        );
        panic!("{msg}");
    }
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

struct Run {
    status: Option<ExitStatus>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    elapsed: Duration,
}

/// Runs one program and compares it with its goldens; `Err` holds a readable report.
fn check_program(bin: &Path, script: &Path, limit: Duration) -> Result<(), String> {
    let golden = |ext: &str| std::fs::read(script.with_extension(ext)).ok();
    let Some(expected_out) = golden("out") else {
        return Err("missing golden .out file (run `python3 tests/regen_golden.py`)".into());
    };
    let expected_exit: i32 = match golden("exit") {
        None => 0,
        Some(b) => String::from_utf8_lossy(&b)
            .trim()
            .parse()
            .map_err(|_| format!("unreadable .exit file: {:?}", String::from_utf8_lossy(&b)))?,
    };
    let expected_err = golden("err").map(|b| last_line(&b));

    let run = run_with_timeout(bin, script, limit)?;
    let mut problems = String::new();

    match run.status {
        None => {
            let _ = writeln!(
                problems,
                "timed out after {:.0?}; the process was killed",
                limit
            );
        }
        Some(st) => {
            if st.code() != Some(expected_exit) {
                let _ = writeln!(
                    problems,
                    "exit status: expected {expected_exit}, got {}",
                    describe_status(st)
                );
            }
        }
    }
    if run.stdout != expected_out {
        problems.push_str(&diff(&expected_out, &run.stdout));
    }
    let stderr = String::from_utf8_lossy(&run.stderr);
    if let Some(at) = stderr.find("object(s) leaked at exit") {
        let _ = writeln!(problems, "leak report:\n{}", &stderr[at..]);
    }
    if let Some(want) = &expected_err {
        let got = last_line(&run.stderr);
        if &got != want {
            let _ = writeln!(
                problems,
                "last stderr line:\n  - {}\n  + {}",
                clip(want),
                clip(&got)
            );
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    // Show the end of stderr (panics, tracebacks) unless it was already compared verbatim.
    let tail: Vec<&str> = stderr.trim_end().lines().collect();
    if tail.len() > usize::from(expected_err.is_some()) {
        let from = tail.len().saturating_sub(8);
        let _ = writeln!(
            problems,
            "stderr (last {} of {} lines):",
            tail.len() - from,
            tail.len()
        );
        for line in &tail[from..] {
            let _ = writeln!(problems, "  | {}", clip(line));
        }
    }
    let _ = writeln!(problems, "(ran {:.2?})", run.elapsed);
    Err(problems)
}

fn run_with_timeout(bin: &Path, script: &Path, limit: Duration) -> Result<Run, String> {
    let dir = script.parent().unwrap_or(Path::new("."));
    let start = Instant::now();
    let mut child = Command::new(bin)
        .arg(script.file_name().unwrap_or(script.as_os_str()))
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("FERROPY_LEAKS", "1")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("failed to start {}: {e}", bin.display()))?;

    let stdout_reader = spawn_reader(child.stdout.take());
    let stderr_reader = spawn_reader(child.stderr.take());

    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) if start.elapsed() >= limit => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("waiting for the child failed: {e}"));
            }
        }
    };
    let elapsed = start.elapsed();
    let stdout = stdout_reader.join().unwrap_or_default();
    let stderr = stderr_reader.join().unwrap_or_default();
    Ok(Run {
        status,
        stdout,
        stderr,
        elapsed,
    })
}

fn spawn_reader<R: Read + Send + 'static>(pipe: Option<R>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let Some(mut pipe) = pipe else { return buf };
        let mut chunk = [0u8; 8192];
        loop {
            match pipe.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => {
                    if buf.len() < MAX_CAPTURE {
                        buf.extend_from_slice(&chunk[..n]);
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
        buf
    })
}

fn describe_status(st: ExitStatus) -> String {
    if let Some(code) = st.code() {
        return code.to_string();
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = st.signal() {
            let name = match sig {
                4 => " (SIGILL)",
                6 => " (SIGABRT)",
                7 => " (SIGBUS)",
                8 => " (SIGFPE)",
                9 => " (SIGKILL)",
                11 => " (SIGSEGV)",
                _ => "",
            };
            return format!("killed by signal {sig}{name}");
        }
    }
    format!("{st}")
}

/// The last non-empty line of a stream, trimmed.
fn last_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_string()
}

fn clip(line: &str) -> String {
    if line.chars().count() <= MAX_LINE_CHARS {
        line.to_string()
    } else {
        let cut: String = line.chars().take(MAX_LINE_CHARS).collect();
        format!("{cut}... [{} chars]", line.chars().count())
    }
}

/// A short unified-style diff around the first differing line of stdout.
fn diff(expected: &[u8], actual: &[u8]) -> String {
    let exp_text = String::from_utf8_lossy(expected);
    let act_text = String::from_utf8_lossy(actual);
    let exp: Vec<&str> = exp_text.split('\n').collect();
    let act: Vec<&str> = act_text.split('\n').collect();
    let first = exp
        .iter()
        .zip(&act)
        .position(|(a, b)| a != b)
        .unwrap_or(exp.len().min(act.len()));
    let count = |v: &[&str]| v.len() - usize::from(v.last() == Some(&""));

    let mut s = String::new();
    if exp_text == act_text {
        let _ = writeln!(
            s,
            "stdout differs only in invalid UTF-8 bytes (equal after lossy decoding)"
        );
        return s;
    }
    if exp_text.trim_end_matches('\n') == act_text.trim_end_matches('\n') {
        let newlines = |t: &str| t.len() - t.trim_end_matches('\n').len();
        let _ = writeln!(
            s,
            "stdout differs only in trailing newlines: expected {}, got {}",
            newlines(&exp_text),
            newlines(&act_text)
        );
        return s;
    }
    let _ = writeln!(
        s,
        "stdout differs at line {} (expected {} lines / {} bytes, got {} lines / {} bytes):",
        first + 1,
        count(&exp),
        expected.len(),
        count(&act),
        actual.len()
    );
    let _ = writeln!(
        s,
        "  @@ -{0} +{0} @@",
        first.saturating_sub(CONTEXT_LINES) + 1
    );
    for line in &exp[first.saturating_sub(CONTEXT_LINES)..first] {
        let _ = writeln!(s, "   {}", clip(line));
    }
    let show = |s: &mut String, sign: char, lines: &[&str]| {
        let rest = &lines[first.min(lines.len())..];
        // A trailing "" only means "ends with a newline"; mark end-of-output explicitly.
        let real = rest.len() - usize::from(rest.last() == Some(&"") && !rest.is_empty());
        for line in rest.iter().take(DIFF_LINES.min(real)) {
            let _ = writeln!(s, "  {sign}{}", clip(line));
        }
        if real > DIFF_LINES {
            let _ = writeln!(s, "  {sign}... ({} more lines)", real - DIFF_LINES);
        }
        if real == 0 {
            let _ = writeln!(s, "  {sign}<end of output>");
        } else if rest.last() != Some(&"") && real <= DIFF_LINES {
            let _ = writeln!(s, "  {sign}<no newline at end of output>");
        }
    };
    show(&mut s, '-', &exp);
    show(&mut s, '+', &act);
    s
}
