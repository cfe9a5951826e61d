//! Dates as authors write them: real calendar days only, shown at the precision given.

mod common;
use clausewise_engine::date::{human, is_valid, parse};
use common::rng::{Rng, cases};
use common::sets::{BAD_DATES, days_in};

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

#[test]
fn every_day_of_1999_to_2025_is_valid_and_the_day_after_the_last_is_not() {
    let mut days = 0;
    for y in 1999..=2025u32 {
        for m in 1..=12u32 {
            let last = days_in(y, m);
            for d in 1..=last {
                let s = format!("{y}-{m:02}-{d:02}");
                assert_eq!(parse(&s), Some((y, m, d)), "{s}");
                assert_eq!(human(&s), format!("{d} {} {y}", MONTHS[m as usize - 1]));
                days += 1;
            }
            for d in last + 1..=99 {
                assert!(
                    !is_valid(&format!("{y}-{m:02}-{d:02}")),
                    "{y}-{m:02}-{d:02}"
                );
            }
            assert!(!is_valid(&format!("{y}-{m:02}-00")));
        }
    }
    // 27 years, 7 of them leap years (2000, 2004, …, 2024).
    assert_eq!(days, 27 * 365 + 7);
}

#[test]
fn february_29_only_in_leap_years() {
    assert!(!is_valid("1900-02-29"));
    assert!(is_valid("2000-02-29"));
    assert!(!is_valid("2100-02-29"));
    assert!(is_valid("2024-02-29"));
    assert!(!is_valid("2025-02-29"));
    for y in 1582..=2500u32 {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        assert_eq!(is_valid(&format!("{y}-02-29")), leap, "{y}");
        assert!(!is_valid(&format!("{y}-02-30")), "{y}");
    }
}

#[test]
fn months_and_years_alone() {
    for y in [1000u32, 1991, 2025, 9999] {
        assert_eq!(parse(&format!("{y}")), Some((y, 0, 0)));
        assert_eq!(human(&format!("{y}")), y.to_string());
        for m in 1..=12u32 {
            let s = format!("{y}-{m:02}");
            assert_eq!(parse(&s), Some((y, m, 0)), "{s}");
            assert_eq!(human(&s), format!("{} {y}", MONTHS[m as usize - 1]));
        }
        for m in [0u32, 13, 20, 99] {
            assert!(!is_valid(&format!("{y}-{m:02}")), "{y}-{m:02}");
        }
    }
}

#[test]
fn the_documented_examples() {
    assert_eq!(human("1991"), "1991");
    assert_eq!(human("1991-06"), "June 1991");
    assert_eq!(human("1991-06-29"), "29 June 1991");
    assert_eq!(human("2025-11-20"), "20 November 2025");
    assert_eq!(human("2026-02"), "February 2026");
    assert_eq!(human("2025-01-05"), "5 January 2025");
}

#[test]
fn malformed_and_impossible_dates_are_rejected_and_shown_as_written() {
    for bad in BAD_DATES.iter().copied().chain([
        "2025-02-31",
        "2025-13",
        "25-01-01",
        "2025-1-01",
        "2025-01-01T00:00",
        " 2025",
        "2025 ",
        "-2025",
        "+2025",
        "2025--01",
        "2025-1",
        "12025-01-01",
        "2025-001-01",
        "2025-01-001",
        "2025-0a",
        "abcd",
        "2025-06-31",
        "2025-09-31",
        "2025-11-31",
    ]) {
        assert_eq!(parse(bad), None, "{bad:?}");
        assert!(!is_valid(bad), "{bad:?}");
        assert_eq!(human(bad), bad, "{bad:?}");
    }
}

#[test]
fn random_strings_near_dates_are_valid_exactly_when_they_are_real_days() {
    // An independent reading of the rule, applied to strings that are almost dates.
    fn oracle(s: &str) -> bool {
        let parts: Vec<&str> = s.split('-').collect();
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        match parts.as_slice() {
            [y] => digits(y, 4),
            [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&m.parse::<u32>().unwrap()),
            [y, m, d] => {
                if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
                    return false;
                }
                let (y, m, d): (u32, u32, u32) =
                    (y.parse().unwrap(), m.parse().unwrap(), d.parse().unwrap());
                (1..=12).contains(&m) && (1..=days_in(y, m)).contains(&d)
            }
            _ => false,
        }
    }
    let mut rng = Rng::new(11);
    let alphabet = ['0', '1', '2', '3', '9', '-', '-', 'x', ' '];
    let mut valid = 0;
    for _ in 0..cases(50_000) {
        let mut s = format!(
            "{:04}-{:02}-{:02}",
            rng.range(0, 9999),
            rng.range(0, 13),
            rng.range(0, 32)
        );
        match rng.below(4) {
            0 => s.truncate(rng.range(0, s.len())),
            1 => {
                let at = rng.below(s.len());
                s.replace_range(at..=at, &rng.pick(&alphabet).to_string());
            }
            2 => {
                let at = rng.below(s.len() + 1);
                s.insert(at, *rng.pick(&alphabet));
            }
            _ => {}
        }
        assert_eq!(is_valid(&s), oracle(&s), "{s:?}");
        valid += usize::from(oracle(&s));
    }
    assert!(valid > 1000, "{valid}");
}

#[test]
fn years_before_1000_are_shown_as_written() {
    assert!(is_valid("0843-08-10"));
    assert_eq!(human("0843"), "0843");
    assert_eq!(human("0843-08"), "August 0843");
    assert_eq!(human("0843-08-10"), "10 August 0843");
}
