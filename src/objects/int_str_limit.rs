//! The int/str conversion length limit of CPython 3.11 (CVE-2020-10735):
//! converting between an int and decimal text is quadratic, so text longer
//! than `sys.get_int_max_str_digits()` digits (4300 by default, 0 for no
//! limit) raises ValueError both ways. Binary, octal and hex are linear
//! and never limited.
//!
//! The limit is one process-wide setting (CPython keeps it per
//! interpreter; ferropy runs one). Callers: `int()` parsing in `int.rs`,
//! `repr`/`str` of ints (`vm::ops::convert`), the `d`/`n`/`%d` formats in
//! `format_spec.rs`, and `sys.set_int_max_str_digits` in `modules/sys.rs`.
//! Upstream: CPython Objects/longobject.c (`_PY_LONG_MAX_STR_DIGITS_THRESHOLD`,
//! `_MAX_STR_DIGITS_ERROR_FMT_TO_INT/TO_STR`).

use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::BigUint;

pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// The smallest nonzero limit, and the size below which nothing is checked.
pub const STR_DIGITS_CHECK_THRESHOLD: usize = 640;

/// Relaxed: a plain setting, read and written whole, ordering nothing else.
static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`: 0 or at least the threshold.
pub fn set_max_str_digits(n: i64) -> Result<(), &'static str> {
    match usize::try_from(n) {
        Ok(n) if n == 0 || n >= STR_DIGITS_CHECK_THRESHOLD => {
            MAX_STR_DIGITS.store(n, Ordering::Relaxed);
            Ok(())
        }
        _ => Err("maxdigits must be 0 or larger than 640"),
    }
}

const FIX: &str = "use sys.set_int_max_str_digits() to increase the limit";

/// The ValueError text for parsing `digits` digits, if that is over the limit.
pub fn check_parse(digits: usize) -> Result<(), String> {
    let limit = max_str_digits();
    if digits > STR_DIGITS_CHECK_THRESHOLD && limit > 0 && digits > limit {
        return Err(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; {FIX}"
        ));
    }
    Ok(())
}

/// The digits CPython's parser would count in `text` for `base`: the run
/// of digits (underscores skipped) after spaces, the sign and the prefix.
/// Power-of-two bases are linear and count as 0.
pub fn parse_digit_count(text: &str, base: u32) -> usize {
    let t = text.trim_start().trim_start_matches(['+', '-']);
    let lower = t.get(..2).map(str::to_ascii_lowercase);
    let (base, body) = match (base, lower.as_deref()) {
        (0 | 16, Some("0x")) | (0 | 8, Some("0o")) | (0 | 2, Some("0b")) => return 0,
        (0, _) => (10, t),
        (b, _) => (b, t),
    };
    if base.is_power_of_two() {
        return 0;
    }
    body.chars()
        .take_while(|&c| c == '_' || c.is_digit(base))
        .filter(|&c| c != '_')
        .count()
}

/// The decimal digits of `m`, or the ValueError text when there are more
/// than the limit. A magnitude already too long by its bit length fails
/// before the (quadratic) conversion.
pub fn decimal_digits(m: &BigUint) -> Result<String, String> {
    let limit = max_str_digits();
    let too_long =
        || format!("Exceeds the limit ({limit} digits) for integer string conversion; {FIX}");
    if limit > 0 {
        // bits * log10(2) <= digits: a lower bound on the digit count.
        let min_digits = (m.bits() as f64 * std::f64::consts::LOG10_2) as usize;
        if min_digits > limit {
            return Err(too_long());
        }
    }
    let s = m.to_str_radix(10);
    if limit > 0 && s.len() > limit {
        return Err(too_long());
    }
    Ok(s)
}
