//! The `ferropy` command line (CPython's habits): `ferropy script.py args`,
//! `ferropy -c code`, `-X gil=0|1`, `-V`, and `--dis` to print the bytecode.

use clap::{Arg, ArgAction, Command};

use ferropy::bytecode::disasm::disassemble;
use ferropy::compiler::compile_module;
use ferropy::compiler::source_encoding::decode_source;
use ferropy::interpreter::Outcome;
use ferropy::modules::thread::THREAD_STACK_SIZE;
use ferropy::parser::{parse_module, ParseErrorKind};
use ferropy::vm::Vm;

fn main() {
    let matches = Command::new("ferropy")
        .about("A free-threaded Python 3 interpreter")
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::SetTrue)
                .help("print the version and exit"),
        )
        .arg(
            Arg::new("command")
                .short('c')
                .value_name("cmd")
                .help("program passed in as string"),
        )
        .arg(
            Arg::new("xopt")
                .short('X')
                .value_name("opt")
                .action(ArgAction::Append)
                .help("implementation-specific option: gil=0|1, leaks (report objects leaked at exit)"),
        )
        .arg(
            Arg::new("dis")
                .long("dis")
                .action(ArgAction::SetTrue)
                .help("print the program's bytecode instead of running it"),
        )
        .arg(
            Arg::new("args")
                .num_args(0..)
                .trailing_var_arg(true)
                .allow_hyphen_values(true),
        )
        .get_matches();
    if matches.get_flag("version") {
        println!("Python 3.11.7 (ferropy {})", env!("CARGO_PKG_VERSION"));
        return;
    }
    let args: Vec<String> = matches
        .get_many::<String>("args")
        .map(|a| a.cloned().collect())
        .unwrap_or_default();
    let (data, filename) = match matches.get_one::<String>("command") {
        Some(c) => (c.clone().into_bytes(), "<string>".to_string()),
        None => match args.first() {
            Some(path) => match std::fs::read(path) {
                Ok(data) => (data, ferropy::interpreter::absolute_path(path)),
                Err(e) => {
                    eprintln!(
                        "ferropy: can't open file '{path}': [Errno {}] {e}",
                        e.raw_os_error().unwrap_or(0)
                    );
                    std::process::exit(2);
                }
            },
            None => {
                eprintln!("ferropy: no script given (the interactive prompt is not implemented)");
                std::process::exit(2);
            }
        },
    };
    if matches.get_flag("dis") {
        let source = String::from_utf8_lossy(&data);
        let code = match parse_module(&source) {
            Ok(m) => {
                compile_module(&m, &filename).map_err(|e| ("SyntaxError", e.msg, e.line, e.col))
            }
            Err(e) => {
                let kind = match e.kind {
                    ParseErrorKind::SyntaxError => "SyntaxError",
                    ParseErrorKind::IndentationError => "IndentationError",
                    ParseErrorKind::TabError => "TabError",
                };
                Err((kind, e.msg, e.line, e.col))
            }
        };
        match code {
            Ok(c) => print!("{}", disassemble(&c)),
            Err((kind, msg, line, col)) => {
                report_syntax_error(&source, &filename, kind, &msg, line, col);
                std::process::exit(1);
            }
        }
        return;
    }
    let xopts: Vec<String> = matches
        .get_many::<String>("xopt")
        .map(|x| x.cloned().collect())
        .unwrap_or_default();
    ferropy::vm::leaks::enable_from_env();
    if xopts.iter().any(|x| x == "leaks") {
        ferropy::vm::leaks::ENABLED.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    let gil = gil_requested(xopts);
    match gil {
        Ok(true) => ferropy::runtime::gil::enable_at_startup(),
        Ok(false) if ferropy::runtime::sync::GIL_BUILD => {
            eprintln!("Fatal Python error: config_read_gil: Disabling the GIL is not supported by this build");
            std::process::exit(1);
        }
        Ok(false) => {}
        Err(msg) => {
            eprintln!("Fatal Python error: config_read_gil: {msg}");
            std::process::exit(1);
        }
    }
    let argv: Vec<String> = if matches.get_one::<String>("command").is_some() {
        std::iter::once("-c".to_string())
            .chain(args.iter().cloned())
            .collect()
    } else {
        args.clone()
    };
    // The main thread's Rust stack is fixed by the OS; run Python on a
    // thread whose stack size we choose.
    let runner = std::thread::Builder::new()
        .stack_size(THREAD_STACK_SIZE)
        .spawn(move || {
            ferropy::interpreter::startup(&argv);
            let mut vm = Vm::new_thread(THREAD_STACK_SIZE);
            let outcome = match decode_source(&data) {
                Ok(source) => ferropy::interpreter::run_main(&mut vm, &source, &filename),
                Err(e) => {
                    // CPython's one line for an unreadable script.
                    let shown = argv.first().map_or("", String::as_str);
                    eprintln!("SyntaxError: {}", e.script_message(&data, shown));
                    Outcome::Exit(1)
                }
            };
            vm.exit();
            outcome
        });
    let code = match runner.map(|h| h.join()) {
        Ok(Ok(Outcome::Ok)) => 0,
        Ok(Ok(Outcome::Exit(n))) => n,
        _ => 70,
    };
    ferropy::modules::builtins::flush_stdout();
    std::process::exit(code);
}

/// The GIL setting from `-X gil=0|1` (first) or `PYTHON_GIL`; the GIL build
/// always has it.
fn gil_requested(xopts: Vec<String>) -> Result<bool, String> {
    let mut setting = std::env::var("PYTHON_GIL").ok();
    for x in xopts {
        if let Some(v) = x.strip_prefix("gil=") {
            setting = Some(v.to_string());
        }
    }
    match setting.as_deref() {
        None | Some("") => Ok(ferropy::runtime::sync::GIL_BUILD),
        Some("1") => Ok(true),
        Some("0") => Ok(false),
        Some(_) => Err("PYTHON_GIL / -X gil must be \"0\" or \"1\"".to_string()),
    }
}

/// CPython's SyntaxError report: file and line, the source line, a caret.
fn report_syntax_error(source: &str, filename: &str, kind: &str, msg: &str, line: u32, col: u32) {
    eprintln!("  File \"{filename}\", line {line}");
    if let Some(text) = source.lines().nth(line.saturating_sub(1) as usize) {
        let trimmed = text.trim_start();
        let indent = text.chars().count() - trimmed.chars().count();
        eprintln!("    {}", trimmed.trim_end());
        let caret = (col as usize).saturating_sub(1).saturating_sub(indent);
        eprintln!("    {}^", " ".repeat(caret));
    }
    eprintln!("{kind}: {msg}");
}
