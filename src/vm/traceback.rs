//! Printing exceptions as CPython 3.11's default `sys.excepthook` does (a
//! port of `Python/pythonrun.c`'s `print_exception_recursive` and
//! `Python/traceback.c`'s `tb_printinternal`):
//! `Traceback (most recent call last):`, one `File "path", line N, in name`
//! entry per frame (outermost first) followed by the stripped source line
//! when the file can be read, runs of more than three identical entries
//! folded into `[Previous line repeated N more times]`, then
//! `Type: message` and the `add_note` notes; chained exceptions first,
//! joined by CPython's "direct cause" / "during handling" lines; a
//! SyntaxError ends with its file/line, source text and caret block.
//!
//! Exception groups print boxed: each nested exception under a
//! `+---------------- i ----------------` separator, its lines indented two
//! columns per nesting level behind a `| ` margin, the group's own
//! traceback headed `Exception Group Traceback`; at most 15 exceptions per
//! group and 10 levels are shown. `Report` is pythonrun.c's
//! `exception_print_context`.
//! Under a source line, the failing instruction's columns are marked
//! (`traceback_carets.rs`).
//! Called by the interpreter's uncaught-exception report and `_thread`.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::object::typeobj::types;
use crate::object::value::Value;
use crate::objects::exc_group::{group_exceptions, is_group};
use crate::objects::exception::{ExcKind, PyBaseException, PyErr};
use crate::objects::str::{intern, PyStr};
use crate::vm::state::Vm;
use crate::vm::traceback_carets::caret_line;

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;
/// Identical consecutive entries printed before folding (`TB_RECURSIVE_CUTOFF`).
const TB_RECURSIVE_CUTOFF: usize = 3;
/// Entries printed at most, the innermost (`PyTraceBack_LIMIT`).
const TB_LIMIT: usize = 1000;

const CAUSE_MESSAGE: &str =
    "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str =
    "During handling of the above exception, another exception occurred:\n";

/// The state of one report.
#[derive(Default)]
struct Report {
    out: String,
    /// Nesting level inside exception groups (0: not in a group).
    group_depth: usize,
    /// The current group's closing line is still to be written.
    need_close: bool,
    /// Exceptions already printed (chains may share or loop).
    seen: Vec<usize>,
}

impl Report {
    fn margin(&self) -> &'static str {
        if self.group_depth > 0 {
            "| "
        } else {
            ""
        }
    }

    fn write_indent(&mut self) {
        let n = 2 * self.group_depth;
        self.out.extend(std::iter::repeat(' ').take(n));
    }

    fn write_margin(&mut self) {
        self.write_indent();
        self.out.push_str(self.margin());
    }

    /// A line behind the margin.
    fn line(&mut self, text: &str) {
        self.write_margin();
        self.out.push_str(text);
        self.out.push('\n');
    }
}

fn exc_id(v: &Value) -> Option<usize> {
    match v {
        Value::Obj(o) if o.payload_is::<PyBaseException>() => Some(o.as_ptr() as usize),
        _ => None,
    }
}

impl Vm {
    /// The text of an uncaught exception report (CPython's format).
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut r = Report::default();
        self.print_recursive(&mut r, err);
        r.out
    }

    /// One exception's traceback, summary and notes (no chain), as
    /// `PyErr_WriteUnraisable` prints it.
    pub fn format_one(&mut self, err: &PyErr, out: &mut String) {
        let mut r = Report::default();
        self.print_exception(&mut r, err);
        out.push_str(&r.out);
    }

    fn print_recursive(&mut self, r: &mut Report, err: &PyErr) {
        // Deep chains stop printing rather than exhaust the Rust stack.
        if self.check_native_stack().is_err() {
            return;
        }
        self.print_cause_and_context(r, err);
        if is_group(&err.to_value()) {
            self.print_group(r, err);
        } else {
            self.print_exception(r, err);
        }
    }

    fn print_cause_and_context(&mut self, r: &mut Report, err: &PyErr) {
        r.seen.push(err.as_ptr() as usize);
        let (cause, context, suppress) =
            err.with_state(|s| (s.cause.clone(), s.context.clone(), s.suppress_context));
        if let Some(id) = exc_id(&cause) {
            if !r.seen.contains(&id) {
                let c = self.as_exception(cause);
                self.print_chained(r, &c, CAUSE_MESSAGE);
            }
            return;
        }
        if suppress {
            return;
        }
        if let Some(id) = exc_id(&context) {
            if !r.seen.contains(&id) {
                let c = self.as_exception(context);
                self.print_chained(r, &c, CONTEXT_MESSAGE);
            }
        }
    }

    fn print_chained(&mut self, r: &mut Report, err: &PyErr, message: &str) {
        let need_close = r.need_close;
        self.print_recursive(r, err);
        r.need_close = need_close;
        r.line("");
        r.write_margin();
        r.out.push_str(message);
        r.line("");
    }

    /// A group: its own report, then each nested exception in a box.
    fn print_group(&mut self, r: &mut Report, err: &PyErr) {
        if r.group_depth > MAX_GROUP_DEPTH {
            r.line(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})"));
            return;
        }
        if r.group_depth == 0 {
            r.group_depth += 1;
        }
        self.print_exception(r, err);
        let excs = group_exceptions(err);
        let n = excs.len().min(MAX_GROUP_WIDTH + 1);
        r.need_close = false;
        for (i, exc) in excs.iter().take(n).enumerate() {
            let last = i + 1 == n;
            if last {
                // The closing line may be written by a nested group.
                r.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let lead = if i == 0 { "+-" } else { "  " };
            let label = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            r.write_indent();
            r.out.push_str(&format!(
                "{lead}+---------------- {label} ----------------\n"
            ));
            r.group_depth += 1;
            if truncated {
                let more = excs.len() - MAX_GROUP_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                r.line(&format!("and {more} more exception{s}"));
            } else if let Some(e) = exc.downcast::<PyBaseException>() {
                self.print_recursive(r, &e.to_ref());
            }
            if last && r.need_close {
                r.write_indent();
                r.out.push_str("+------------------------------------\n");
                r.need_close = false;
            }
            r.group_depth -= 1;
        }
        if r.group_depth == 1 {
            r.group_depth -= 1;
        }
    }

    /// One exception (no chain): traceback, summary line, notes.
    fn print_exception(&mut self, r: &mut Report, err: &PyErr) {
        self.print_traceback(r, err);
        match syntax_error_block(err) {
            Some((location, text, summary)) => {
                r.line(&location);
                r.out.push_str(&text);
                r.write_margin();
                r.out.push_str(&summary);
            }
            None => {
                let summary = self.exception_summary(err);
                r.write_margin();
                r.out.push_str(&summary);
            }
        }
        r.out.push('\n');
        self.print_notes(r, err);
    }

    fn print_traceback(&mut self, r: &mut Report, err: &PyErr) {
        let tb = crate::objects::traceback::traceback_lines(&err.traceback());
        if tb.is_empty() {
            return;
        }
        let group = is_group(&err.to_value());
        let header_margin = if group && r.group_depth == 1 {
            "+ "
        } else {
            r.margin()
        };
        r.write_indent();
        r.out.push_str(header_margin);
        r.out.push_str(if group {
            "Exception Group Traceback (most recent call last):\n"
        } else {
            "Traceback (most recent call last):\n"
        });
        let skip = tb.len().saturating_sub(TB_LIMIT);
        let mut run = 0;
        let mut last: Option<&crate::objects::traceback::TbLine> = None;
        for e in &tb[skip..] {
            let same = last.is_some_and(|l| {
                l.lineno == e.lineno
                    && l.filename.as_str() == e.filename.as_str()
                    && l.name.as_str() == e.name.as_str()
            });
            if !same {
                write_repeated(r, run);
                run = 0;
                last = Some(e);
            }
            run += 1;
            if run <= TB_RECURSIVE_CUTOFF {
                r.line(&format!(
                    "  File \"{}\", line {}, in {}",
                    e.filename.as_str(),
                    e.lineno,
                    e.name.as_str()
                ));
                if let Some(line) = source_line(e.filename.as_str(), e.lineno) {
                    r.line(&format!(
                        "    {}",
                        line.trim_start_matches([' ', '\t', '\x0c'])
                    ));
                    let carets = e.position.and_then(|p| caret_line(&line, p));
                    if let Some(c) = carets {
                        r.line(&c);
                    }
                }
            }
        }
        write_repeated(r, run);
    }

    /// The notes `add_note` added, each line behind the margin.
    fn print_notes(&mut self, r: &mut Report, err: &PyErr) {
        let Some(notes) = err.dict.get_str(&intern("__notes__")) else {
            return;
        };
        let items = match notes.downcast::<crate::objects::list::PyList>() {
            Some(l) => l.snapshot(),
            None => match notes.downcast::<crate::objects::tuple::PyTuple>() {
                Some(t) => t.items.to_vec(),
                None => {
                    // CPython 3.11 writes the repr without a newline.
                    let s = self
                        .repr(&notes)
                        .map(|s| s.as_str().to_string())
                        .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
                    r.write_margin();
                    r.out.push_str(&s);
                    return;
                }
            },
        };
        for n in items {
            match self.str(&n) {
                Ok(s) => {
                    for piece in s.as_str().split_inclusive('\n') {
                        r.write_margin();
                        r.out.push_str(piece);
                    }
                }
                Err(_) => r.out.push_str("<note str() failed>"),
            }
            r.out.push('\n');
        }
    }

    /// `TypeName: message`, as the last line of a traceback.
    pub fn exception_summary(&mut self, err: &PyErr) -> String {
        let ty = err.class();
        let module = self.type_module_name(ty);
        let name = if module == "builtins" || module == "__main__" {
            ty.payload.qualname.to_string()
        } else {
            format!("{module}.{}", ty.payload.qualname)
        };
        let v = err.to_value();
        let msg = match self.str(&v) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => "<exception str() failed>".to_string(),
        };
        let hint = match crate::vm::suggestions::suggestion(self, err) {
            Some(s) => format!(". Did you mean: '{s}'?"),
            None => String::new(),
        };
        if msg.is_empty() {
            format!("{name}{hint}")
        } else {
            format!("{name}: {msg}{hint}")
        }
    }
}

/// `[Previous line repeated N more times]` after a folded run (no margin,
/// as CPython).
fn write_repeated(r: &mut Report, run: usize) {
    if run > TB_RECURSIVE_CUTOFF {
        let n = run - TB_RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        r.out
            .push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}

/// Line `lineno` of file `filename` without its newline, if it can be
/// read (cached per file).
fn source_line(filename: &str, lineno: u32) -> Option<String> {
    static CACHE: Mutex<Option<HashMap<String, Vec<String>>>> = Mutex::new(None);
    if filename.starts_with('<') {
        return None;
    }
    let mut cache = CACHE.lock().ok()?;
    let map = cache.get_or_insert_with(HashMap::new);
    if !map.contains_key(filename) {
        let text = std::fs::read_to_string(filename).unwrap_or_default();
        map.insert(
            filename.to_string(),
            text.lines().map(str::to_string).collect(),
        );
    }
    map.get(filename)?
        .get(lineno.checked_sub(1)? as usize)
        .cloned()
}

/// How many `^` mark a SyntaxError's range (CPython 3.11's
/// `print_exception_file_and_line` and `print_error_text`): from `offset`
/// to `end_offset`, to the end of the line when the range goes on to later
/// lines, at most to one past the text, and at least one; a missing or
/// None end is -1.
fn caret_count(text: &str, line: i64, col: i64, int: impl Fn(&str) -> Option<i64>) -> usize {
    let size = text.chars().count() as i64;
    let end_line = int("end_lineno").unwrap_or(line);
    let mut end = int("end_offset").unwrap_or(-1);
    if end_line > line {
        end = size;
    }
    end = end.min(size + 1);
    if end > 0 && end > col {
        (end - col) as usize
    } else {
        1
    }
}

/// A SyntaxError raised while compiling: its `File "...", line N` line,
/// the source text and caret lines (written without the group margin, as
/// CPython 3.11 does), and the summary line.
fn syntax_error_block(e: &PyErr) -> Option<(String, String, String)> {
    if !e.is_instance(types().exceptions.get(ExcKind::SyntaxError)) {
        return None;
    }
    let get = |k: &str| e.dict.get_str(&intern(k));
    let s =
        |v: Option<Value>| v.and_then(|v| v.downcast::<PyStr>().map(|s| s.as_str().to_string()));
    let filename = s(get("filename"))?;
    let line = match get("lineno") {
        Some(Value::Int(n)) => n,
        _ => return None,
    };
    let int = |k: &str| match get(k) {
        Some(Value::Int(n)) => Some(n),
        _ => None,
    };
    let col = int("offset").unwrap_or(0);
    let location = format!("  File \"{filename}\", line {line}");
    let mut text_block = String::new();
    if let Some(text) = s(get("text")) {
        let trimmed = text.trim_start();
        let indent = text.chars().count() - trimmed.chars().count();
        text_block.push_str(&format!("    {}\n", trimmed.trim_end()));
        // No caret when it would point into the stripped indentation
        // (CPython's `print_error_text`).
        let caret = col - 1 - indent as i64;
        if caret >= 0 {
            // Subclasses (IndentationError, TabError) get one caret
            // (CPython's `parse_syntax_error` ignores their end).
            let exact = e.class().is(types().exceptions.get(ExcKind::SyntaxError));
            let n = if exact {
                caret_count(&text, line, col, int)
            } else {
                1
            };
            let carets = "^".repeat(n);
            text_block.push_str(&format!("    {}{carets}\n", " ".repeat(caret as usize)));
        }
    }
    let msg = s(get("msg")).unwrap_or_default();
    let summary = format!("{}: {}", e.class().payload.name(), msg);
    Some((location, text_block, summary))
}
