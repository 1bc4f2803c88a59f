//! The builtins that compile and run source at run time and the ones that
//! expose namespaces: `compile`, `exec`, `eval`, `globals`, `locals`,
//! `vars`, `dir` (CPython 3.11's Python/bltinmodule.c, same argument
//! checks and messages).
//!
//! Compilation is `interpreter::compile_mode` (the path files take too);
//! running is `Vm::run_code` with the chosen namespaces, so exec'd code is a
//! module-body frame whose `LOAD_NAME` looks in locals, globals, then the
//! builtins of `globals["__builtins__"]`. Without explicit namespaces the
//! caller's are used: its globals and `Vm::frame_locals` (a function's
//! locals are a snapshot dict, see `vm/ops/names.rs`).
//!
//! Locals may be any mapping: one that is not a dict runs behind a stand-in
//! dict (`vm/ops/mapping_locals.rs`), unwrapped again by `locals()`.

use crate::bytecode::code::{PyCode, CO_NEWLOCALS_DICT};
use crate::compiler::source_encoding::{decode_lenient, decode_source, Place, SourceError};
use crate::interpreter::{compile_mode, CompileMode};
use crate::object::pyref::PyRef;
use crate::object::typeobj::{types, PyType};
use crate::object::value::Value;
use crate::objects::bytes::PyBytes;
use crate::objects::clinic_args::{clinic_args, Arity};
use crate::objects::dict::PyDict;
use crate::objects::exception::{new_exception, type_error, value_error, ExcKind, PyErr, PyResult};
use crate::objects::function::{FuncParts, PyFunction};
use crate::objects::list::list_value;
use crate::objects::method::Args;
use crate::objects::str::{str_value, PyStr};
use crate::vm::ops::mapping_locals::{locals_for, user_view};
use crate::vm::{interp, Vm};

// ===== Arguments =====

/// Source text of `compile`/`exec`/`eval`, or a code object to run.
enum Source {
    Text(String),
    Code(PyRef<PyCode>),
}

/// The decode error CPython reports for non-UTF-8 source bytes: the bad
/// byte `pos` is reported with its position in its string literal (the
/// unit CPython decodes) or, elsewhere, in its line.
fn unicode_error(data: &[u8], pos: usize, place: Place, filename: &str) -> PyErr {
    let byte = data.get(pos).copied().unwrap_or(0);
    let unit_end = match place {
        Place::Literal { end, .. } => end,
        _ => data.len(),
    };
    let reason = match std::str::from_utf8(&data[pos..unit_end]).map_err(|e| e.error_len()) {
        Err(None) | Ok(_) => "unexpected end of data",
        Err(Some(_)) if (0xc2..=0xf4).contains(&byte) => "invalid continuation byte",
        Err(Some(_)) => "invalid start byte",
    };
    let line_start = data[..pos]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line_end = data[pos..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(data.len(), |i| pos + i + 1);
    let lineno = data[..pos].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
    let col = pos - line_start;
    let shown = match place {
        Place::Literal { start, .. } => pos - start,
        _ => col,
    };
    let mut text = String::from_utf8_lossy(&data[line_start..line_end]).into_owned();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let msg = match place {
        Place::Bytes => "bytes can only contain ASCII literal characters".to_string(),
        _ => format!(
            "(unicode error) 'utf-8' codec can't decode byte {byte:#04x} in position {shown}: {reason}"
        ),
    };
    crate::interpreter::syntax_error(
        ExcKind::SyntaxError,
        &msg,
        filename,
        str_value(text),
        (lineno, col as u32 + 1),
        (lineno, -1),
    )
}

/// Source bytes as text (`compiler::source_encoding`), with the
/// SyntaxError CPython raises when they cannot be decoded: at line 0 for
/// the cookie's problems, at the bad byte for undeclared non-UTF-8.
pub fn source_text(vm: &mut Vm, data: &[u8], filename: &str) -> PyResult<String> {
    let msg = match decode_source(data) {
        Ok(text) => return Ok(text),
        Err(SourceError::NonUtf8(_)) => {
            let data = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
            return decode_lenient(data)
                .map_err(|(pos, place)| unicode_error(data, pos, place, filename));
        }
        Err(SourceError::UnknownEncoding(name)) | Err(SourceError::Undecodable(name, None)) => {
            format!("unknown encoding: {name}")
        }
        Err(SourceError::Undecodable(_, Some(err))) => {
            crate::objects::exception::exception_str(vm, &err)?
                .as_str()
                .to_string()
        }
    };
    let at = [
        str_value(filename),
        Value::Int(0),
        Value::Int(-1),
        Value::None,
    ];
    let details = crate::objects::tuple::tuple_value(at.to_vec());
    let e = new_exception(
        types().exceptions.get(ExcKind::SyntaxError),
        vec![str_value(&msg), details],
    );
    let names = ["filename", "lineno", "offset", "text"];
    for (k, v) in std::iter::once(("msg", str_value(msg))).chain(names.into_iter().zip(at)) {
        e.dict.set_str(&crate::objects::str::intern(k), v);
    }
    Err(e)
}

/// `str`, `bytes` (decoded per PEP 263) or a code object; `what` names the accepted types.
fn source_arg(
    vm: &mut Vm,
    v: &Value,
    fname: &str,
    what: &str,
    allow_code: bool,
    filename: &str,
) -> PyResult<Source> {
    if let Some(s) = v.downcast::<PyStr>() {
        return Ok(Source::Text(s.as_str().to_string()));
    }
    if let Some(b) = v.downcast::<PyBytes>() {
        return source_text(vm, &b.data, filename).map(Source::Text);
    }
    if allow_code {
        if let Some(c) = v.downcast::<PyCode>() {
            return Ok(Source::Code(c.to_ref()));
        }
    }
    Err(type_error(format!(
        "{fname}() arg 1 must be a {what} object"
    )))
}

/// CPython's `PyMapping_Check`: the type has a `__getitem__`.
fn is_mapping(vm: &mut Vm, v: &Value) -> bool {
    use crate::objects::{list::PyList, range::PyRange, tuple::PyTuple};
    v.downcast::<PyDict>().is_some()
        || v.downcast::<PyList>().is_some()
        || v.downcast::<PyTuple>().is_some()
        || v.downcast::<PyStr>().is_some()
        || v.downcast::<PyBytes>().is_some()
        || v.downcast::<PyRange>().is_some()
        || vm.lookup_special(v, &interp().names.getitem).is_some()
}

fn type_name(v: &Value) -> String {
    v.class().payload.name().to_string()
}

fn not_none(v: Option<&Value>) -> Option<&Value> {
    v.filter(|v| !v.is_none())
}

/// The namespaces `exec`/`eval` run in: explicit ones, else the caller's.
fn namespaces(
    vm: &mut Vm,
    fname: &str,
    g: Option<&Value>,
    l: Option<&Value>,
) -> PyResult<(PyRef<PyDict>, PyRef<PyDict>)> {
    let (g, l) = (not_none(g), not_none(l));
    if fname == "eval" {
        if let Some(l) = l {
            if !is_mapping(vm, l) {
                return Err(type_error("locals must be a mapping"));
            }
        }
        if let Some(g) = g {
            if g.downcast::<PyDict>().is_none() {
                return Err(type_error(if is_mapping(vm, g) {
                    "globals must be a real dict; try eval(expr, {}, mapping)"
                } else {
                    "globals must be a dict"
                }));
            }
        }
    } else {
        if let Some(g) = g {
            if g.downcast::<PyDict>().is_none() {
                return Err(type_error(format!(
                    "exec() globals must be a dict, not {}",
                    type_name(g)
                )));
            }
        }
        if let Some(l) = l {
            if !is_mapping(vm, l) {
                return Err(type_error(format!(
                    "locals must be a mapping or None, not {}",
                    type_name(l)
                )));
            }
        }
    }
    match g {
        Some(g) => {
            let globals = g.downcast::<PyDict>().map(|d| d.to_ref());
            let globals = globals.ok_or_else(|| type_error("globals must be a dict"))?;
            let locals = match l {
                Some(l) => locals_for(l),
                None => globals.clone(),
            };
            Ok((globals, locals))
        }
        None => {
            let Some(top) = vm.frames.len().checked_sub(1) else {
                return Err(type_error(format!(
                    "{fname} must be given globals and locals when called without a frame"
                )));
            };
            let globals = vm.frames[top].globals.to_ref();
            let locals = match l {
                Some(l) => locals_for(l),
                None => vm.frame_locals(top),
            };
            Ok((globals, locals))
        }
    }
}

// ===== compile / exec / eval =====

/// Flags `compile()` accepts (CPython's PyCF_MASK | PyCF_MASK_OBSOLETE |
/// PyCF_COMPILE_MASK); they do not change what ferropy compiles.
const KNOWN_FLAGS: i64 = 0x1fe_0000 | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000;
const PYCF_ONLY_AST: i64 = 0x400;

fn compile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    const NAMES: [&str; 7] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    let slots = clinic_args(
        args,
        "compile",
        NAMES,
        Arity {
            required: 3,
            max_pos: 6,
        },
    )?;
    let (source, filename, mode) = (
        slots[0].unwrap_or(&Value::None),
        slots[1].unwrap_or(&Value::None),
        slots[2].unwrap_or(&Value::None),
    );
    let filename = if let Some(s) = filename.downcast::<PyStr>() {
        s.as_str().to_string()
    } else if let Some(b) = filename.downcast::<PyBytes>() {
        String::from_utf8_lossy(&b.data).into_owned()
    } else {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name(filename)
        )));
    };
    let mode = mode.downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            type_name(mode)
        ))
    })?;
    let flags = match slots[3] {
        Some(f) => vm.to_index(f)?,
        None => 0,
    };
    if let Some(d) = slots[4] {
        vm.truthy(d)?;
    }
    let optimize = match slots[5] {
        Some(o) => vm.to_index(o)?,
        None => -1,
    };
    if flags & !KNOWN_FLAGS != 0 {
        return Err(value_error("compile(): unrecognised flags"));
    }
    if !(-1..=2).contains(&optimize) {
        return Err(value_error("compile(): invalid optimize value"));
    }
    let mode_name = mode.as_str().to_string();
    let Some(mode) = CompileMode::from_name(mode.as_str()) else {
        return Err(value_error(
            "compile() mode must be 'exec', 'eval' or 'single'",
        ));
    };
    if flags & PYCF_ONLY_AST != 0 {
        // The tree is made by the bundled `ast` module (modules/ast.py).
        let ast = vm.import_absolute("ast")?;
        let mode_name = str_value(mode_name);
        return vm.call_method(
            &ast,
            "parse",
            &[source.clone(), str_value(filename), mode_name],
        );
    }
    if let Some(ast) = ast_module_for(source) {
        let args = [source.clone(), str_value(filename), str_value(mode_name)];
        return vm.call_method(&ast, "_compile", &args);
    }
    let Source::Text(text) = source_arg(
        vm,
        source,
        "compile",
        "string, bytes or AST",
        false,
        &filename,
    )?
    else {
        return Err(type_error(
            "compile() arg 1 must be a string, bytes or AST object",
        ));
    };
    Ok(compile_text(&text, &filename, mode)?.into_value())
}

/// The `ast` module when `compile()`'s source may be an AST object (its
/// `_compile` compiles node trees): not str or bytes, and `ast` imported,
/// as no tree exists before.
fn ast_module_for(source: &Value) -> Option<Value> {
    if source.downcast::<PyStr>().is_some() || source.downcast::<PyBytes>().is_some() {
        return None;
    }
    interp()
        .modules
        .get_str(&crate::objects::str::intern("ast"))
}

/// `compile_mode` for the builtins: NUL is refused first, with no location
/// (CPython 3.11's `_Py_SourceAsString`).
fn compile_text(text: &str, filename: &str, mode: CompileMode) -> PyResult<PyRef<PyCode>> {
    refuse_nul(text)?;
    compile_mode(text, filename, mode)
}

/// The SyntaxError without location `compile()` (and `ast.parse`) give
/// for source containing NUL.
pub(crate) fn refuse_nul(text: &str) -> PyResult<()> {
    if text.contains('\0') {
        let e = new_exception(
            types().exceptions.get(ExcKind::SyntaxError),
            vec![str_value("source code string cannot contain null bytes")],
        );
        e.dict.set_str(
            &crate::objects::str::intern("msg"),
            str_value("source code string cannot contain null bytes"),
        );
        for k in &crate::objects::exception::SYNTAX_ERROR_FIELDS[1..7] {
            e.dict.set_str(&crate::objects::str::intern(k), Value::None);
        }
        return Err(e);
    }
    Ok(())
}

/// `exec`/`eval` refuse code with free variables (no `closure=` support).
fn check_no_free(code: &PyCode, fname: &str) -> PyResult<()> {
    match (code.freevars.len(), fname) {
        (0, _) => Ok(()),
        (_, "eval") => Err(type_error(
            "code object passed to eval() may not contain free variables",
        )),
        (n, _) => Err(type_error(format!(
            "code object requires a closure of exactly length {n}"
        ))),
    }
}

fn exec(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut closure = None;
    for (k, v) in args.kw() {
        if k != "closure" {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for exec()"
            )));
        }
        closure = not_none(Some(v));
    }
    let p = args.pos();
    match p.len() {
        0 => {
            return Err(type_error(
                "exec() takes at least 1 positional argument (0 given)",
            ))
        }
        1..=3 => {}
        n => {
            return Err(type_error(format!(
                "exec() takes at most 3 positional arguments ({n} given)"
            )))
        }
    }
    let (globals, locals) = namespaces(vm, "exec", p.get(1), p.get(2))?;
    let code = match source_arg(vm, &p[0], "exec", "string, bytes or code", true, "<string>")? {
        Source::Code(c) => {
            if c.freevars.is_empty() && closure.is_some() {
                return Err(type_error("cannot use a closure with this code object"));
            }
            check_no_free(&c, "exec")?;
            c
        }
        Source::Text(s) => compile_text(&s, "<string>", CompileMode::Exec)?,
    };
    run(vm, code, globals, locals)?;
    Ok(Value::None)
}

/// Run `code` in the namespaces (CPython's `PyEval_EvalCode`). A function
/// body (from `f.__code__`) is called as a function of no arguments with
/// its own fast locals, so missing arguments are reported and generator
/// code makes a generator; module-style code runs in `locals`.
fn run(
    vm: &mut Vm,
    code: PyRef<PyCode>,
    globals: PyRef<PyDict>,
    locals: PyRef<PyDict>,
) -> PyResult<Value> {
    if code.flags & CO_NEWLOCALS_DICT != 0 {
        return vm.run_code(code, globals, Some(locals));
    }
    let f = PyFunction::new(FuncParts {
        builtins: crate::vm::call::builtins_for(&globals),
        globals,
        code,
        defaults: None,
        kwdefaults: None,
        closure: None,
        module: Value::None,
        doc: Value::None,
        annotations: Value::Null,
    });
    let f = PyRef::new_in(f, &types().function);
    vm.call_function(&f, Args::new(&[]), None)
}

fn eval(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("eval", 1, 3)?;
    let (globals, locals) = namespaces(vm, "eval", p.get(1), p.get(2))?;
    let code = match source_arg(vm, &p[0], "eval", "string, bytes or code", true, "<string>")? {
        Source::Code(c) => {
            check_no_free(&c, "eval")?;
            c
        }
        Source::Text(s) => compile_text(
            s.trim_start_matches([' ', '\t']),
            "<string>",
            CompileMode::Eval,
        )?,
    };
    run(vm, code, globals, locals)
}

// ===== Namespaces =====

fn globals(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("globals", 0, 0)?;
    Ok(vm
        .frames
        .last()
        .map_or(Value::None, |f| f.globals.to_value()))
}

fn locals(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("locals", 0, 0)?;
    match vm.frames.len().checked_sub(1) {
        Some(top) => Ok(user_view(vm.frame_locals(top))),
        None => Ok(Value::None),
    }
}

fn vars(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("vars", 0, 1)?;
    let Some(v) = p.first() else {
        return locals(vm, &Args::new(&[]));
    };
    if let Some(d) = crate::vm::ops::attr::instance_dict(v) {
        return Ok(d.to_value());
    }
    if let Some(t) = v.downcast::<PyType>() {
        return Ok(crate::objects::mappingproxy::dict_proxy(&t.payload.dict));
    }
    match vm.get_attr_str(v, "__dict__") {
        Ok(d) => Ok(d),
        Err(e) if e.is_instance(types().exceptions.get(ExcKind::AttributeError)) => {
            Err(type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

/// `dir()` without arguments: the sorted names of the caller's locals.
/// With an argument, `builtins::dir_of`.
fn dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("dir", 0, 1)?;
    if let Some(v) = p.first() {
        return super::builtins::dir_of(vm, v);
    }
    let Some(top) = vm.frames.len().checked_sub(1) else {
        return Ok(list_value(Vec::new()));
    };
    let keys = match user_view(vm.frame_locals(top)) {
        Value::Obj(o)
            if o.downcast::<PyDict>()
                .is_some_and(|d| d.class().is(&types().dict)) =>
        {
            o.downcast::<PyDict>().map_or_else(Vec::new, |d| d.keys())
        }
        m => {
            let keys = vm.call_method(&m, "keys", &[])?;
            vm.to_vec(&keys)?
        }
    };
    let mut names: Vec<String> = keys
        .iter()
        .filter_map(|k| k.downcast::<PyStr>().map(|s| s.as_str().to_string()))
        .collect();
    names.sort();
    Ok(list_value(names.into_iter().map(str_value).collect()))
}

pub(super) const FUNCTIONS: &[(&'static str, crate::objects::method::NativeFn)] = &[
    ("compile", compile),
    ("exec", exec),
    ("eval", eval),
    ("globals", globals),
    ("locals", locals),
    ("vars", vars),
    ("dir", dir),
];
