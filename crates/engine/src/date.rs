//! Dates as authors write them: a year, a month or a day (`1991`, `1991-06`, `1991-06-29`).
//!
//! Shown as written, at the precision given: "1991", "June 1991", "29 June 1991". The
//! formatting is done here rather than by the browser's `toLocaleDateString`, whose first
//! call costs the page tens of milliseconds, and so that the command line says the same.

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// (year, month, day) with 0 for a part not given; `None` when `s` is no such date or an
/// impossible one (`2025-02-31`, `2025-13`).
pub fn parse(s: &str) -> Option<(u32, u32, u32)> {
    let mut parts = s.split('-');
    let num = |p: Option<&str>, len: usize| -> Option<u32> {
        let p = p?;
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok())?
    };
    let year = num(parts.next(), 4)?;
    let month = match parts.next() {
        None => return Some((year, 0, 0)),
        m => num(m, 2).filter(|m| (1..=12).contains(m))?,
    };
    let day = match parts.next() {
        None => return Some((year, month, 0)),
        d => num(d, 2)?,
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (parts.next().is_none() && (1..=days).contains(&day)).then_some((year, month, day))
}

pub fn is_valid(s: &str) -> bool {
    parse(s).is_some()
}

/// "2025-11-20" → "20 November 2025", "1991-06" → "June 1991", "1991" → "1991". Anything
/// else is returned as it is.
pub fn human(s: &str) -> String {
    match parse(s) {
        Some((y, 0, _)) => format!("{y:04}"),
        Some((y, m, 0)) => format!("{} {y:04}", MONTHS[m as usize - 1]),
        Some((y, m, d)) => format!("{d} {} {y:04}", MONTHS[m as usize - 1]),
        None => s.to_string(),
    }
}
