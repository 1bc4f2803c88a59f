//! The column indicator line under a traceback's source line, as CPython
//! 3.11's `tb_displayline` (Python/traceback.c) draws it:
//!
//! ```text
//!     return a + b / c
//!                ~~^~~        a binary operator: `^` under the operator
//!     x = d[key]
//!         ~^^^^^              a subscript: `^` under the brackets
//!     y = f(1)
//!         ^^^^                anything else: `^` under the range
//! ```
//!
//! The range is the failing instruction's `Position` (code object's
//! position table). The operator and bracket anchors come from parsing the
//! highlighted text alone: a single expression statement that is a `BinOp`
//! or a `Subscript`. A range that covers the whole stripped line gets no
//! indicator line, unless it has anchors; a range that continues on later
//! lines is highlighted to the end of its first line.

use crate::ast::{ExprKind, StmtKind};
use crate::bytecode::code::Position;

/// Source lines are shown indented by this much.
const SOURCE_INDENT: usize = 4;

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

/// Characters in the first `byte` bytes of `s` (CPython's
/// `_PyPegen_byte_offset_to_character_offset`: a cut UTF-8 sequence counts
/// as one replacement character; beyond the end counts the end + 1).
fn char_offset(s: &str, byte: usize) -> usize {
    let b = s.as_bytes();
    if byte > b.len() {
        return s.chars().count() + 1;
    }
    String::from_utf8_lossy(&b[..byte]).chars().count()
}

/// The indicator line (without the margin) for `line` (a source line
/// without its newline, leading whitespace included), or None.
pub fn caret_line(line: &str, pos: Position) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let indent = chars.iter().take_while(|&&c| is_ws(c)).count();
    let start = char_offset(line, pos.col as usize);
    let mut end = char_offset(line, pos.end_col as usize);
    let mut anchors = None;
    if pos.line == pos.end_line {
        anchors = extract_anchors(&chars, start, end);
    } else {
        end = chars.iter().rposition(|&c| !is_ws(c)).map_or(0, |i| i + 1);
    }
    let stripped_len = chars.len() - indent;
    if anchors.is_none() && end.checked_sub(start) == Some(stripped_len) {
        return None;
    }
    let (primary, secondary, left, right) = match anchors {
        Some((l, r)) => ('~', '^', l, r),
        None => ('^', '^', 0, 0),
    };
    // Offsets count from the line's start; the shown line is re-indented
    // by SOURCE_INDENT, so the first column shown is `indent - 4 + 1`.
    let first = indent as isize + 1 - SOURCE_INDENT as isize;
    let (start, left, right) = (start as isize, left as isize, right as isize);
    let out = (first..=end as isize)
        .map(|offset| {
            if offset <= start {
                ' '
            } else if anchors.is_some() && left < offset && offset <= right {
                secondary
            } else {
                primary
            }
        })
        .collect();
    Some(out)
}

/// (left, right) character offsets in the line around a binary operator
/// or a subscript's brackets, if the range `start..end` is one.
fn extract_anchors(chars: &[char], start: usize, end: usize) -> Option<(usize, usize)> {
    let segment: String = chars.get(start..end.min(chars.len()))?.iter().collect();
    let module = crate::parser::parse_module(&segment).ok()?;
    let [stmt] = &module.body[..] else {
        return None;
    };
    let StmtKind::Expr(e) = &stmt.kind else {
        return None;
    };
    let bytes = segment.as_bytes();
    // The first byte from `from` that is neither whitespace nor the `)` of
    // a parenthesized operand (CPython 3.11.7's scan).
    let next = |from: usize, to: usize| {
        (from..to.min(bytes.len())).find(|&i| !is_ws(bytes[i] as char) && bytes[i] != b')')
    };
    let (l, r) = match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let to = right.span.col as usize;
            let i = next(left.span.end_col as usize, to)?;
            let two = i + 1 < to && !is_ws(*bytes.get(i + 1)? as char);
            (i, i + 1 + usize::from(two))
        }
        ExprKind::Subscript { value, slice, .. } => {
            let open = next(value.span.end_col as usize, bytes.len())?;
            let close = next(slice.span.end_col as usize, bytes.len())?;
            (open, close + 1)
        }
        _ => return None,
    };
    Some((
        char_offset(&segment, l) + start,
        char_offset(&segment, r) + start,
    ))
}
