//! Start-up and the entry points that run source: building the type table,
//! the `builtins` and `sys` modules and the process-wide `Interp`, then
//! parse -> compile -> run on a thread's `Vm`.

use std::path::Path;

use crate::bytecode::code::PyCode;
use crate::object::pyref::Py;
use crate::object::typeobj::types;
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{new_exception, ExcKind, PyErr, PyResult};
use crate::objects::str::{intern, str_value};
use crate::parser::{parse_module, ErrText, ParseErrorKind};
use crate::vm::state::{install_interp, interp, Interp};
use crate::vm::Vm;

/// Create the builtin types and modules. Idempotent; call before any `Vm`.
pub fn startup(argv: &[String]) {
    if crate::vm::state::interp_ready() {
        return;
    }
    crate::runtime::alloc::tune_system_allocator();
    crate::objects::types::init();
    let modules = PyDict::new_ref();
    crate::runtime::deferred::make_deferred(&modules.header);
    let builtins = crate::modules::builtins::create();
    let sys = crate::modules::sys::create(&modules);
    modules.set_str(&intern("builtins"), builtins.to_value());
    modules.set_str(&intern("sys"), sys.to_value());
    let argv_list =
        crate::objects::list::list_value(argv.iter().map(|a| str_value(a.as_str())).collect());
    sys.dict.set_str(&intern("argv"), argv_list);
    sys.dict.set_str(
        &intern("path"),
        crate::objects::list::list_value(initial_sys_path(argv)),
    );
    install_interp(Interp::new(builtins, sys, modules));
    crate::vm::generator::init(types());
}

/// `sys.path` at start-up: the script's directory (symlinks resolved; ''
/// for `-c`), then the entries of `PYTHONPATH` made absolute, as CPython.
fn initial_sys_path(argv: &[String]) -> Vec<Value> {
    let first = match argv.first() {
        Some(a) if a != "-c" => {
            let script = std::fs::canonicalize(a).unwrap_or_else(|_| absolute_path(a).into());
            script
                .parent()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default()
        }
        _ => String::new(),
    };
    let mut path = vec![str_value(first)];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for entry in pp.split(':') {
            let abs = crate::vm::import::finder::absolute(entry);
            path.push(str_value(abs.to_string_lossy().to_string()));
        }
    }
    path
}

/// `path` joined to the current directory unless absolute (not normalised:
/// CPython's `__file__` of the main script).
pub fn absolute_path(path: &str) -> String {
    crate::vm::import::finder::absolute(path)
        .to_string_lossy()
        .to_string()
}

/// What `compile()` builds: a module body, an expression, or one
/// interactive statement (CPython's `exec`/`eval`/`single` modes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    Exec,
    Eval,
    Single,
}

impl CompileMode {
    /// The mode `compile()` calls `name`: 'exec', 'eval' or 'single'.
    pub fn from_name(name: &str) -> Option<CompileMode> {
        match name {
            "exec" => Some(CompileMode::Exec),
            "eval" => Some(CompileMode::Eval),
            "single" => Some(CompileMode::Single),
            _ => None,
        }
    }
}

/// Parse and compile `source` as a module into a code object (SyntaxError on failure).
pub fn compile(source: &str, filename: &str) -> PyResult<crate::object::pyref::PyRef<PyCode>> {
    compile_mode(source, filename, CompileMode::Exec)
}

/// A source parsed in one of `compile()`'s modes, before compiling:
/// what `ast.parse` returns (CPython's `Module`, `Expression`,
/// `Interactive`).
pub enum Parsed {
    Module(crate::ast::Module),
    Expression(crate::ast::Expr),
    Interactive(crate::ast::Module),
}

/// Parse `source` in `mode` without compiling (the engine of
/// `ast.parse`): the same SyntaxErrors as `compile_mode` gives for
/// malformed source.
pub fn parse_mode(source: &str, filename: &str, mode: CompileMode) -> PyResult<Parsed> {
    parse_in_mode(source, filename, mode).map_err(|e| to_syntax_error(e, source, filename, mode))
}

/// Parse and compile `source` in `mode` (the engine of `compile()`,
/// `exec` and `eval` on strings, and of running files).
pub fn compile_mode(
    source: &str,
    filename: &str,
    mode: CompileMode,
) -> PyResult<crate::object::pyref::PyRef<PyCode>> {
    match parse_in_mode(source, filename, mode).and_then(|parsed| compile_tree(&parsed, filename)) {
        Ok(c) => Ok(PyCode::from_compiled(&c)),
        Err(e) => Err(to_syntax_error(e, source, filename, mode)),
    }
}

/// Compile a tree parsed from `source` in `mode` (or, with `source`
/// empty, built by hand: `compile()` of an AST object).
pub fn compile_parsed(
    parsed: &Parsed,
    source: &str,
    filename: &str,
    mode: CompileMode,
) -> PyResult<crate::object::pyref::PyRef<PyCode>> {
    match compile_tree(parsed, filename) {
        Ok(c) => Ok(PyCode::from_compiled(&c)),
        Err(e) => Err(to_syntax_error(e, source, filename, mode)),
    }
}

fn compile_tree(parsed: &Parsed, filename: &str) -> Result<crate::compiler::CodeObject, SyntaxErr> {
    match parsed {
        Parsed::Module(m) => crate::compiler::compile_module(m, filename),
        Parsed::Expression(e) => crate::compiler::compile_expression(e, filename),
        Parsed::Interactive(m) => crate::compiler::compile_interactive(m, filename),
    }
    .map_err(|e| SyntaxErr {
        kind: ExcKind::SyntaxError,
        msg: e.msg,
        at: (e.line, e.col),
        end: (e.end_line, e.end_col as i64),
        text: Text::File,
    })
}

fn parse_in_mode(source: &str, filename: &str, mode: CompileMode) -> Result<Parsed, SyntaxErr> {
    let parse_error = |e: crate::parser::ParseError| {
        let kind = match e.kind {
            ParseErrorKind::SyntaxError => ExcKind::SyntaxError,
            ParseErrorKind::IndentationError => ExcKind::IndentationError,
            ParseErrorKind::TabError => ExcKind::TabError,
        };
        let text = match e.text {
            ErrText::Line => Text::Source,
            ErrText::Bare => Text::Bare,
            ErrText::BareUnlessFile if std::path::Path::new(filename).is_file() => Text::File,
            ErrText::BareUnlessFile => Text::Bare,
        };
        SyntaxErr {
            kind,
            msg: e.msg,
            at: (e.line, e.col),
            end: (e.end_line, e.end_col),
            text,
        }
    };
    match mode {
        CompileMode::Exec => parse_module(source)
            .map(Parsed::Module)
            .map_err(parse_error),
        CompileMode::Eval if source.trim_start_matches([' ', '\t', '\x0c']).is_empty() => {
            Err(SyntaxErr::invalid(0, 0, 0))
        }
        // The expression parser tolerates an indented first line; CPython's
        // tokenizer reports it (`eval()` strips the indentation first).
        CompileMode::Eval => match indented_first_line(source).then(|| parse_module(source)) {
            Some(Err(e)) if e.kind == ParseErrorKind::IndentationError => Err(parse_error(e)),
            _ => crate::parser::parse_expression(source)
                .map(Parsed::Expression)
                .map_err(parse_error),
        },
        CompileMode::Single => parse_module(source)
            .map_err(parse_error)
            .and_then(|m| check_single(&m, source).map(|()| Parsed::Interactive(m))),
    }
}

/// Does the first line with code start with indentation?
fn indented_first_line(source: &str) -> bool {
    source
        .lines()
        .find(|l| !matches!(l.trim_start().chars().next(), None | Some('#')))
        .is_some_and(|l| l.starts_with([' ', '\t', '\x0c']))
}

/// The SyntaxError object for a parse or compile error of `source`.
fn to_syntax_error(e: SyntaxErr, source: &str, filename: &str, mode: CompileMode) -> PyErr {
    let line = e.at.0;
    let text = match e.text {
        // The exec-mode tokenizer sees the source with a final
        // newline added; eval and single see it as it is.
        Text::Source if mode == CompileMode::Exec && !source.ends_with('\n') => {
            source_line(&format!("{source}\n"), line)
        }
        Text::Source => source_line(source, line),
        Text::Bare => str_value(line_of(source, line).trim_end_matches(['\n', '\r'])),
        // CPython's compiler errors read the line from the file named
        // `filename` (`PyErr_ProgramTextObject`): None for "<string>".
        Text::File => {
            std::fs::read_to_string(filename).map_or(Value::None, |s| source_line(&s, line))
        }
    };
    syntax_error(e.kind, &e.msg, filename, text, e.at, e.end)
}

/// Where a SyntaxError's `text` comes from.
enum Text {
    Source,
    /// The line without its newline (CPython's tokenizer errors).
    Bare,
    File,
}

/// A parse or compile error before it becomes a SyntaxError object:
/// `at` is (lineno, offset), `end` is (end_lineno, end_offset).
struct SyntaxErr {
    kind: ExcKind,
    msg: String,
    at: (u32, u32),
    end: (u32, i64),
    text: Text,
}

impl SyntaxErr {
    /// "invalid syntax" at (line, col) up to `end_col` on the same line.
    fn invalid(line: u32, col: u32, end_col: i64) -> SyntaxErr {
        SyntaxErr {
            kind: ExcKind::SyntaxError,
            msg: "invalid syntax".to_string(),
            at: (line, col),
            end: (line, end_col),
            text: Text::Source,
        }
    }
}

/// Line `line` (1-based) of `source` with its newline if it has one; ''
/// for line 0 or past the end (as CPython's tokenizer buffer).
fn source_line(source: &str, line: u32) -> Value {
    str_value(line_of(source, line))
}

/// 1-based line `line` of `source` with its newline ("" if absent).
fn line_of(source: &str, line: u32) -> &str {
    match line.checked_sub(1) {
        Some(i) => source.split_inclusive('\n').nth(i as usize).unwrap_or(""),
        None => "",
    }
}

/// `single` mode takes one statement: a compound statement, or simple
/// statements on one line (CPython's `statement_newline` rule and its
/// "multiple statements" check).
fn check_single(m: &crate::ast::Module, source: &str) -> Result<(), SyntaxErr> {
    let Some(first) = m.body.first() else {
        return Err(SyntaxErr::invalid(u32::from(!source.is_empty()), 0, 0));
    };
    let compound = !matches!(
        first.kind,
        crate::ast::StmtKind::Expr(_)
            | crate::ast::StmtKind::Assign { .. }
            | crate::ast::StmtKind::AugAssign { .. }
            | crate::ast::StmtKind::AnnAssign { .. }
            | crate::ast::StmtKind::Pass
            | crate::ast::StmtKind::Break
            | crate::ast::StmtKind::Continue
            | crate::ast::StmtKind::Return(_)
            | crate::ast::StmtKind::Raise { .. }
            | crate::ast::StmtKind::Global(_)
            | crate::ast::StmtKind::Nonlocal(_)
            | crate::ast::StmtKind::Delete(_)
            | crate::ast::StmtKind::Assert { .. }
            | crate::ast::StmtKind::Import(_)
            | crate::ast::StmtKind::ImportFrom { .. }
    );
    let Some(next) = m.body.iter().find(|s| s.span.line != first.span.line) else {
        // A compound statement needs its closing NEWLINE: without a final
        // newline, a last line at column 0 (the header itself, a comment)
        // is an error, an indented body line is not.
        let last = source.rsplit('\n').next().unwrap_or("");
        if compound && !source.ends_with('\n') && !last.starts_with([' ', '\t']) {
            let line = source.matches('\n').count() as u32 + 1;
            return Err(SyntaxErr::invalid(line, 0, 0));
        }
        return Ok(());
    };
    if compound {
        let (line, col) = (next.span.line, next.span.col + 1);
        let end = if next.span.end_line == line {
            next.span.end_col as i64 + 1
        } else {
            col as i64 + 1
        };
        return Err(SyntaxErr::invalid(line, col, end));
    }
    let line = first.span.line;
    let len = source
        .lines()
        .nth(line.saturating_sub(1) as usize)
        .map_or(0, |l| l.chars().count()) as u32;
    Err(SyntaxErr {
        kind: ExcKind::SyntaxError,
        msg: "multiple statements found while compiling a single statement".to_string(),
        at: (line, len + 1),
        end: (line, len as i64 + 1),
        text: Text::Source,
    })
}

/// A SyntaxError (or subclass) with CPython's `args` and attributes;
/// `(line, col)` is where it starts, `(end_line, end_col)` where it ends.
pub fn syntax_error(
    kind: ExcKind,
    msg: &str,
    filename: &str,
    text: Value,
    (line, col): (u32, u32),
    (end_line, end_col): (u32, i64),
) -> PyErr {
    let details = crate::objects::tuple::tuple_value(vec![
        str_value(filename),
        Value::Int(line as i64),
        Value::Int(col as i64),
        text.clone(),
        Value::Int(end_line as i64),
        Value::Int(end_col),
    ]);
    let e = new_exception(types().exceptions.get(kind), vec![str_value(msg), details]);
    for (k, v) in [
        ("msg", str_value(msg)),
        ("filename", str_value(filename)),
        ("lineno", Value::Int(line as i64)),
        ("offset", Value::Int(col as i64)),
        ("text", text),
        ("end_lineno", Value::Int(end_line as i64)),
        ("end_offset", Value::Int(end_col)),
    ] {
        e.dict.set_str(&intern(k), v);
    }
    e
}

/// Run `source` as the body of the module whose namespace is `globals`.
pub fn run_source_in(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    globals: &Py<PyDict>,
) -> PyResult<Value> {
    let code = compile(source, filename)?;
    vm.run_code(code, globals.to_ref(), None)
}

pub fn run_file_in(vm: &mut Vm, path: &Path, globals: &Py<PyDict>) -> PyResult<Value> {
    let data = std::fs::read(path)
        .map_err(|e| crate::objects::exception::new_error(ExcKind::OSError, e.to_string()))?;
    let filename = path.to_string_lossy();
    let source = crate::modules::builtins_exec::source_text(vm, &data, &filename)?;
    run_source_in(vm, &source, &filename, globals)
}

/// How the program ended.
pub enum Outcome {
    Ok,
    /// Uncaught exception (already reported) or SystemExit: the exit status.
    Exit(i32),
}

/// Run the main module from `source` and wait for non-daemon threads;
/// report an uncaught exception as CPython does.
pub fn run_main(vm: &mut Vm, source: &str, filename: &str) -> Outcome {
    let main = crate::objects::module::new_module("__main__");
    if filename != "<string>" {
        main.dict.set_str(&intern("__file__"), str_value(filename));
    }
    for k in ["__package__", "__spec__", "__loader__"] {
        main.dict.set_str(&intern(k), Value::None);
    }
    // CPython 3.11's `__main__` always starts with an empty `__annotations__`.
    main.dict
        .set_str(&interp().names.annotations, PyDict::new_ref().into_value());
    main.dict
        .set_str(&interp().names.builtins, interp().builtins.to_value());
    let _ = vm.dict_set(&interp().modules, str_value("__main__"), main.to_value());
    let r = run_source_in(vm, source, filename, &main.dict);
    let mut outcome = match r {
        Ok(_) => Outcome::Ok,
        Err(e) => report_uncaught(vm, &e),
    };
    vm.run_finalizers();
    if let Err(e) = shutdown_threads(vm) {
        if let Outcome::Ok = outcome {
            outcome = report_uncaught(vm, &e);
        }
    }
    run_atexit(vm);
    crate::vm::finalize::begin_shutdown();
    clear_module_dict(vm, &main.dict);
    crate::vm::leaks::report_at_exit(vm);
    crate::modules::builtins::flush_stdout();
    outcome
}

/// At exit, drop the main module's globals in insertion order (except
/// `__builtins__`), the order in which CPython 3.11's shutdown frees them
/// (checked against it: not `_PyModule_ClearDict`'s underscore-first
/// order), running finalizers (`__del__`, weakref callbacks, generator
/// cleanup: `vm::finalize`) after each.
fn clear_module_dict(vm: &mut Vm, d: &Py<PyDict>) {
    let keys: Vec<crate::object::pyref::PyRef<crate::objects::str::PyStr>> = d
        .keys()
        .into_iter()
        .filter_map(|k| {
            k.as_obj()
                .and_then(|o| o.clone().into_typed::<crate::objects::str::PyStr>().ok())
        })
        .collect();
    for k in &keys {
        if k.as_str() != "__builtins__" && d.get_str(k).is_some() {
            d.set_str(k, Value::None);
            vm.forget_cached_read(d, k);
            vm.run_finalizers();
        }
    }
}

/// `atexit._run_exitfuncs()` if atexit was imported (after the threads
/// are joined, before the globals are cleared, as CPython's finalization).
fn run_atexit(vm: &mut Vm) {
    if let Ok(Some(m)) = vm.dict_get(&interp().modules, &str_value("atexit")) {
        if let Ok(f) = vm.get_attr_str(&m, "_run_exitfuncs") {
            let _ = vm.call(&f, &[]);
        }
    }
    vm.run_finalizers();
}

/// `threading._shutdown()` if threading was imported.
fn shutdown_threads(vm: &mut Vm) -> PyResult<()> {
    let threading = vm.dict_get(&interp().modules, &str_value("threading"))?;
    if let Some(t) = threading {
        let f = vm.get_attr_str(&t, "_shutdown")?;
        vm.call(&f, &[])?;
    }
    Ok(())
}

/// Print an uncaught exception (or honour SystemExit); the exit status.
pub fn report_uncaught(vm: &mut Vm, e: &PyErr) -> Outcome {
    crate::modules::builtins::flush_stdout();
    if e.is_instance(types().exceptions.get(ExcKind::SystemExit)) {
        let code = e.member("code").unwrap_or(Value::None);
        return match Some(&code) {
            None | Some(Value::None) => Outcome::Exit(0),
            Some(Value::Int(n)) => Outcome::Exit(*n as i32),
            Some(Value::Bool(b)) => Outcome::Exit(*b as i32),
            Some(v) => {
                let s = vm
                    .str(v)
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                eprintln!("{s}");
                Outcome::Exit(1)
            }
        };
    }
    let text = vm.format_exception(e);
    eprint!("{text}");
    Outcome::Exit(1)
}
