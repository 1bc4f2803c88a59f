//! The `ferropy` command line (CPython's habits): `ferropy script.py args`,
//! `ferropy -c code`, `-X gil=0|1`, `-V`, and `--dis` to print the bytecode.

use clap::{Arg, ArgAction, Command};

use ferropy::bytecode::disasm::disassemble;
use ferropy::compiler::compile_module;
use ferropy::parser::{parse_module, ParseErrorKind};

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
                .help("implementation-specific option (gil=0|1)"),
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
    let (source, filename) = match matches.get_one::<String>("command") {
        Some(c) => (c.clone(), "<string>".to_string()),
        None => match args.first() {
            Some(path) => match std::fs::read_to_string(path) {
                Ok(s) => (s, path.clone()),
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
    let code = match parse_module(&source) {
        Ok(m) => compile_module(&m, &filename).map_err(|e| ("SyntaxError", e.msg, e.line, e.col)),
        Err(e) => {
            let kind = match e.kind {
                ParseErrorKind::SyntaxError => "SyntaxError",
                ParseErrorKind::IndentationError => "IndentationError",
                ParseErrorKind::TabError => "TabError",
            };
            Err((kind, e.msg, e.line, e.col))
        }
    };
    let code = match code {
        Ok(c) => c,
        Err((kind, msg, line, col)) => {
            report_syntax_error(&source, &filename, kind, &msg, line, col);
            std::process::exit(1);
        }
    };
    if matches.get_flag("dis") {
        print!("{}", disassemble(&code));
        return;
    }
    eprintln!("ferropy: the bytecode VM is not part of this build yet (see DESIGN.md, Status); --dis shows the compiled bytecode");
    std::process::exit(2);
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
