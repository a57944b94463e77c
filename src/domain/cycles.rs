//! Reporting cycles: when one is open.

use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CycleStatus {
    /// Not yet open: the opening date is ahead.
    Scheduled,
    Open,
    /// Past its closing date, or closed early by the secretariat.
    Closed,
}

impl CycleStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CycleStatus::Scheduled => "scheduled",
            CycleStatus::Open => "open",
            CycleStatus::Closed => "closed",
        }
    }
}

/// A cycle's status on `today`. Closing dates are inclusive.
pub fn status(
    opens_on: NaiveDate,
    closes_on: NaiveDate,
    closed_early: bool,
    today: NaiveDate,
) -> CycleStatus {
    if closed_early || today > closes_on {
        CycleStatus::Closed
    } else if today < opens_on {
        CycleStatus::Scheduled
    } else {
        CycleStatus::Open
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn open_between_the_dates_inclusive() {
        let (o, c) = (d("2026-01-01"), d("2026-03-31"));
        assert_eq!(status(o, c, false, d("2025-12-31")), CycleStatus::Scheduled);
        assert_eq!(status(o, c, false, d("2026-01-01")), CycleStatus::Open);
        assert_eq!(status(o, c, false, d("2026-03-31")), CycleStatus::Open);
        assert_eq!(status(o, c, false, d("2026-04-01")), CycleStatus::Closed);
        assert_eq!(status(o, c, true, d("2026-02-01")), CycleStatus::Closed);
    }
}
