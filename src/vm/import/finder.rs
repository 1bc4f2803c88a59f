//! Finding a module's source on a search path (CPython's `PathFinder` +
//! `FileFinder` for source files only): in each directory of `sys.path`
//! (top-level modules) or of the parent package's `__path__` (submodules),
//! `NAME/__init__.py` is a package, `NAME.py` a module, and a bare `NAME/`
//! directory a namespace-package portion (used only when no entry holds a
//! regular package or module). Entries are made absolute against the
//! current directory ('' is the current directory), as CPython does.

use std::path::{Path, PathBuf};

/// Where a module's code comes from.
pub enum Spec {
    /// A regular module: its `.py` file.
    Module(PathBuf),
    /// A package: its `__init__.py` and its directory.
    Package { init: PathBuf, dir: PathBuf },
    /// A namespace package: the directories that make it up.
    Namespace(Vec<PathBuf>),
}

/// Look for `leaf` (the last component of a dotted name) in `dirs`.
pub fn find_in(leaf: &str, dirs: &[String]) -> Option<Spec> {
    if leaf.is_empty() || leaf.contains(['/', '\\', '\0']) {
        return None;
    }
    let mut portions = Vec::new();
    for entry in dirs {
        let dir = absolute(entry);
        let sub = dir.join(leaf);
        let init = sub.join("__init__.py");
        if init.is_file() {
            return Some(Spec::Package { init, dir: sub });
        }
        let file = dir.join(format!("{leaf}.py"));
        if file.is_file() {
            return Some(Spec::Module(file));
        }
        if sub.is_dir() {
            portions.push(sub);
        }
    }
    (!portions.is_empty()).then_some(Spec::Namespace(portions))
}

/// A search-path entry as an absolute directory (not normalised).
pub fn absolute(entry: &str) -> PathBuf {
    let cwd = || std::env::current_dir().unwrap_or_default();
    if entry.is_empty() || entry == "." {
        return cwd();
    }
    let p = Path::new(entry);
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        cwd().join(p)
    }
}
