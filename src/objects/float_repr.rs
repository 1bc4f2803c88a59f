//! Float to decimal text for ferropy, as CPython 3.11's
//! `PyOS_double_to_string`: `repr()`/`str()` of a float, and the 'e', 'f',
//! 'g' and repr layouts that `format()` and `%` formatting build on.
//!
//! Invariants:
//! - Pure, no `unsafe`, never panics.
//! - Digits are correctly rounded, ties to even on the exact binary value,
//!   as David Gay's dtoa used by CPython. Rust's `{:.Ne}` and `{:.N}` give
//!   exactly those digits; Rust's shortest `{:e}` differs from dtoa's mode 0
//!   only when two shortest candidates are equally close, which
//!   `shortest_digits` settles to even.
//! - The layout is a line-by-line port of `format_float_short`, so zero
//!   padding, exponent switch points and '.0' handling match CPython; the
//!   oracle cases next to `format_spec.rs` check it.
//!
//! Upstream: CPython Python/pystrtod.c (`PyOS_double_to_string`,
//! `format_float_short`), Python/dtoa.c (`_Py_dg_dtoa` modes 0, 2, 3).

/// f64 values have at most 767 significant and 1074 fractional decimal
/// digits, so asking Rust for more only appends zeros that we strip anyway.
const MAX_EXACT_SIG: usize = 800;
const MAX_EXACT_FRAC: usize = 1100;

/// Python's `repr()`/`str()` of a float: shortest round-trip digits, exponent
/// notation when the decimal exponent is < -4 or >= 16, '.0' on integers.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

/// The `Py_DTSF_*` flags of `PyOS_double_to_string` that matter here.
#[derive(Clone, Copy, Default)]
pub(crate) struct DtoaFlags {
    /// Py_DTSF_ADD_DOT_0: keep ".0" on integral values.
    pub add_dot_0: bool,
    /// Py_DTSF_ALT: keep trailing zeros and the point ('#').
    pub alt: bool,
    /// Py_DTSF_NO_NEG_0: the 'z' flag.
    pub no_neg_0: bool,
}

/// Digit-generation modes of Gay's `_Py_dg_dtoa` (0, 2 and 3).
#[derive(Clone, Copy)]
enum Mode {
    Shortest,
    Significant(usize),
    Fixed(usize),
}

/// Digits of finite `ax >= 0` without trailing zeros, and the decimal point
/// position: value = 0.DIGITS * 10^decpt. Zero (or a value that rounds to
/// zero) is ("0", 1), which lays out the same as dtoa's empty string.
fn dtoa(ax: f64, mode: Mode) -> (Vec<u8>, i64) {
    match mode {
        Mode::Shortest => shortest_digits(ax),
        Mode::Significant(n) => {
            let n = n.clamp(1, MAX_EXACT_SIG);
            sci_digits(&format!("{:.*e}", n - 1, ax))
        }
        Mode::Fixed(p) => fixed_digits(&format!("{:.*}", p.min(MAX_EXACT_FRAC), ax)),
    }
}

/// Shortest round-trip digits, closest to the exact value. Rust's `{:e}`
/// breaks a tie between two shortest candidates upward, dtoa to even; the
/// correctly rounded (ties-to-even) string of the same length is the closest
/// candidate, so it wins whenever it round-trips too.
fn shortest_digits(ax: f64) -> (Vec<u8>, i64) {
    let (digits, decpt) = sci_digits(&format!("{ax:e}"));
    let rounded = format!("{:.*e}", digits.len() - 1, ax);
    match rounded.parse::<f64>() {
        Ok(y) if y == ax => sci_digits(&rounded),
        _ => (digits, decpt),
    }
}

/// Parses Rust's "d.ddde-5" into (digits, decpt).
fn sci_digits(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    let exp: i64 = exp.parse().unwrap_or(0);
    normalize(digits, exp + 1)
}

/// Parses Rust's "123.4500" into (digits, decpt).
fn fixed_digits(s: &str) -> (Vec<u8>, i64) {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let mut digits = int.as_bytes().to_vec();
    digits.extend_from_slice(frac.as_bytes());
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..lead);
    normalize(digits, int.len() as i64 - lead as i64)
}

/// Strips trailing zeros; an all-zero result becomes ("0", 1) like dtoa.
fn normalize(mut digits: Vec<u8>, decpt: i64) -> (Vec<u8>, i64) {
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return (vec![b'0'], 1);
    }
    (digits, decpt)
}

/// `PyOS_double_to_string` without Py_DTSF_SIGN: codes e E f F g G r; the
/// only sign it writes is '-'.
pub(crate) fn double_to_string(x: f64, code: char, precision: usize, fl: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if !x.is_finite() {
        return non_finite(x, upper);
    }
    let (mode, prec) = match code {
        'e' => (Mode::Significant(precision + 1), precision + 1),
        'f' => (Mode::Fixed(precision), precision),
        // precision 0 makes no sense for 'g'; CPython reads it as 1
        'g' => (Mode::Significant(precision.max(1)), precision.max(1)),
        _ => (Mode::Shortest, 0),
    };
    let (digits, decpt) = dtoa(x.abs(), mode);
    // 'z' drops the sign of a value that is zero after rounding
    let negative = x.is_sign_negative() && !(fl.no_neg_0 && digits == b"0");
    let body = layout_digits(&digits, decpt, code, prec as i64, fl, upper);
    if negative {
        format!("-{body}")
    } else {
        body
    }
}

/// "inf", "-inf", "nan" (never signed) or their upper-case forms.
fn non_finite(x: f64, upper: bool) -> String {
    let s = match (x.is_nan(), upper) {
        (true, false) => "nan",
        (true, true) => "NAN",
        (false, false) => "inf",
        (false, true) => "INF",
    };
    if x.is_infinite() && x < 0.0 {
        format!("-{s}")
    } else {
        s.to_string()
    }
}

/// The digit layout of `format_float_short`: pads `digits` with zeros on both
/// sides, places the decimal point, and appends an exponent when needed.
fn layout_digits(
    digits: &[u8],
    decpt: i64,
    code: char,
    prec: i64,
    fl: DtoaFlags,
    upper: bool,
) -> String {
    let n = digits.len() as i64;
    let mut decpt = decpt;
    let mut vend = n;
    let use_exp = match code {
        'e' => {
            vend = prec;
            true
        }
        'f' => {
            vend = decpt + prec;
            false
        }
        'g' => {
            if fl.alt {
                vend = prec;
            }
            decpt <= -4 || decpt > (if fl.add_dot_0 { prec - 1 } else { prec })
        }
        // repr switches to exponent notation at 1e16
        _ => decpt <= -4 || decpt > 16,
    };
    let exp = decpt - 1;
    if use_exp {
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    let min_end = if !use_exp && fl.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    let vend = vend.max(min_end);

    let mut out = String::with_capacity((vend - vstart + 8).max(0) as usize);
    let zeros = |out: &mut String, k: i64| out.extend((0..k.max(0)).map(|_| '0'));
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    if decpt <= 0 {
        zeros(&mut out, decpt - vstart);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vstart);
    }
    if 0 < decpt && decpt <= n {
        let (int, frac) = digits.split_at(decpt as usize);
        out.push_str(&text(int));
        out.push('.');
        out.push_str(&text(frac));
    } else {
        out.push_str(&text(digits));
    }
    if n < decpt {
        zeros(&mut out, decpt - n);
        out.push('.');
        zeros(&mut out, vend - decpt);
    } else {
        zeros(&mut out, vend - n);
    }
    if out.ends_with('.') && !fl.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push_str(&format!("{exp:+03}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_basics() {
        let cases = [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1.5e-5, "1.5e-05"),
            (123456789012345.0, "123456789012345.0"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (5e-324, "5e-324"),
            // exact value ...461.25: dtoa breaks the tie to even
            (1575959037293461.2, "1575959037293461.2"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want);
        }
    }

    #[test]
    fn layouts() {
        let plain = DtoaFlags::default();
        let alt = DtoaFlags { alt: true, ..plain };
        assert_eq!(double_to_string(2.5, 'f', 0, plain), "2");
        assert_eq!(double_to_string(0.3, 'f', 0, alt), "0.");
        assert_eq!(double_to_string(-1e-300, 'E', 2, plain), "-1.00E-300");
        assert_eq!(double_to_string(1e-5, 'g', 6, plain), "1e-05");
        assert_eq!(double_to_string(100.0, 'g', 3, alt), "100.");
        assert_eq!(double_to_string(1.0, 'f', 1200, plain).len(), 1202);
        let z = DtoaFlags {
            no_neg_0: true,
            ..plain
        };
        assert_eq!(double_to_string(-0.004, 'f', 2, z), "0.00");
    }
}
