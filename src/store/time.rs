//! Calendar arithmetic for the store's UTC timestamps: one implementation of the days-from-civil
//! conversion (and its inverse), so file stamps and xAPI durations cannot disagree.

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    // Counting years from March puts the leap day last, so month lengths follow one formula.
    let y = year - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `(year, month, day)` that is `days` after 1970-01-01 (`civil_from_days`).
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// Seconds since 1970 as `YYYYMMDD-HHMMSS` (UTC), for file names people can read and sort.
pub fn utc_stamp(secs: u64) -> String {
    let (days, rest) = ((secs / 86_400) as i64, secs % 86_400);
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}{month:02}{day:02}-{:02}{:02}{:02}", rest / 3600, rest / 60 % 60, rest % 60)
}

/// Seconds since 1970 of a `YYYY-MM-DDTHH:MM:SS.sssZ` time as SQLite's `strftime` writes it.
pub fn parse_utc(text: &str) -> Option<f64> {
    let (date, time) = text.trim_end_matches('Z').split_once('T')?;
    let mut d = date.split('-').map(|p| p.parse::<i64>().ok());
    let (year, month, day) = (d.next()??, d.next()??, d.next()??);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let mut t = time.split(':').map(|p| p.parse::<f64>().ok());
    let (h, m, s) = (t.next()??, t.next()??, t.next()??);
    Some(days_from_civil(year, month, day) as f64 * 86_400.0 + h * 3600.0 + m * 60.0 + s)
}

/// Seconds from one stored time to a later one; 0 when either cannot be read or they are out of
/// order, since a duration is never negative.
pub fn seconds_between(from: &str, to: &str) -> f64 {
    match (parse_utc(from), parse_utc(to)) {
        (Some(a), Some(b)) => (b - a).max(0.0),
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_stamps_are_readable_utc() {
        assert_eq!(utc_stamp(0), "19700101-000000");
        assert_eq!(utc_stamp(951_782_400), "20000229-000000", "a leap day");
        assert_eq!(utc_stamp(1_795_638_808), "20261125-203328");
        assert_eq!(utc_stamp(1_798_761_599), "20261231-235959", "the last second of a year");
    }

    #[test]
    fn dates_round_trip_across_month_ends_and_leap_years() {
        for (date, days) in [
            ((1970, 1, 1), 0),
            ((1969, 12, 31), -1),
            ((2000, 2, 29), 11_016),
            ((2000, 3, 1), 11_017),
            ((1900, 3, 1), -25_508),
            ((2024, 12, 31), 20_088),
        ] {
            assert_eq!(days_from_civil(date.0, date.1, date.2), days, "{date:?}");
            assert_eq!(civil_from_days(days), date);
        }
        // 1900 was not a leap year (divisible by 100), 2000 was (divisible by 400).
        assert_eq!(days_from_civil(1900, 3, 1) - days_from_civil(1900, 2, 28), 1);
        assert_eq!(days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28), 2);
        assert_eq!(days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 28), 2);
        assert_eq!(days_from_civil(2026, 3, 1) - days_from_civil(2026, 2, 28), 1);
        for days in -800_000..800_000 {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn durations_cross_month_and_year_ends() {
        assert_eq!(seconds_between("2026-01-31T23:59:59.000Z", "2026-02-01T00:00:01.500Z"), 2.5);
        assert_eq!(seconds_between("2024-02-28T12:00:00.000Z", "2024-03-01T12:00:00.000Z"), 2.0 * 86_400.0);
        assert_eq!(seconds_between("2026-12-31T23:59:00.000Z", "2027-01-01T00:01:00.000Z"), 120.0);
        assert_eq!(seconds_between("2026-05-02T00:00:00.000Z", "2026-05-01T00:00:00.000Z"), 0.0, "never negative");
        assert_eq!(seconds_between("yesterday", "2026-05-01T00:00:00.000Z"), 0.0);
        assert_eq!(seconds_between("2026-05-01", "2026-05-01T00:00:00.000Z"), 0.0);
    }
}
