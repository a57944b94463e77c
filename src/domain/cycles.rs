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

/// Where a member state's reporting stands in a cycle, as the public progress page says
/// it: from its ports and how many of their reports were sent and approved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reporting {
    NoPorts,
    NotYet,
    Submitted,
    SomeApproved,
    AllApproved,
}

impl Reporting {
    pub fn of(ports: u64, submitted: u64, approved: u64) -> Reporting {
        if ports == 0 {
            Reporting::NoPorts
        } else if approved >= ports {
            Reporting::AllApproved
        } else if approved > 0 {
            Reporting::SomeApproved
        } else if submitted > 0 {
            Reporting::Submitted
        } else {
            Reporting::NotYet
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Reporting::NoPorts => "no-ports",
            Reporting::NotYet => "not-yet",
            Reporting::Submitted => "submitted",
            Reporting::SomeApproved => "some-approved",
            Reporting::AllApproved => "all-approved",
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

    #[test]
    fn reporting_stands_by_ports_sent_and_approved() {
        assert_eq!(Reporting::of(0, 0, 0), Reporting::NoPorts);
        assert_eq!(Reporting::of(2, 0, 0), Reporting::NotYet);
        assert_eq!(Reporting::of(2, 1, 0), Reporting::Submitted);
        assert_eq!(Reporting::of(2, 2, 1), Reporting::SomeApproved);
        assert_eq!(Reporting::of(2, 2, 2), Reporting::AllApproved);
    }

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
