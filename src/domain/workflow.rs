//! The life of a submission: draft → submitted → returned → submitted → … → approved; the
//! secretariat may reopen an approved one (back to returned). Pure rules, no storage.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Submitted,
    Returned,
    Approved,
}

/// What can happen to a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The focal point saves answers.
    Edit,
    /// The focal point submits: a revision is frozen.
    Submit,
    /// The secretariat sends it back with comments.
    Return,
    Approve,
    /// The secretariat reopens an approved submission.
    Reopen,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::Returned => "returned",
            Status::Approved => "approved",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "draft" => Some(Status::Draft),
            "submitted" => Some(Status::Submitted),
            "returned" => Some(Status::Returned),
            "approved" => Some(Status::Approved),
            _ => None,
        }
    }

    /// The focal point may change the answers only of a draft or a returned submission.
    pub fn is_editable(self) -> bool {
        matches!(self, Status::Draft | Status::Returned)
    }

    /// The status after `action`, or None when the action is not allowed from here.
    pub fn after(self, action: Action) -> Option<Status> {
        match (self, action) {
            (Status::Draft | Status::Returned, Action::Edit) => Some(self),
            (Status::Draft | Status::Returned, Action::Submit) => Some(Status::Submitted),
            (Status::Submitted, Action::Return) => Some(Status::Returned),
            (Status::Submitted, Action::Approve) => Some(Status::Approved),
            (Status::Approved, Action::Reopen) => Some(Status::Returned),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Status; 4] = [
        Status::Draft,
        Status::Submitted,
        Status::Returned,
        Status::Approved,
    ];
    const ACTIONS: [Action; 5] = [
        Action::Edit,
        Action::Submit,
        Action::Return,
        Action::Approve,
        Action::Reopen,
    ];

    #[test]
    fn every_transition_of_the_table_and_no_other() {
        let allowed = [
            (Status::Draft, Action::Edit, Status::Draft),
            (Status::Draft, Action::Submit, Status::Submitted),
            (Status::Returned, Action::Edit, Status::Returned),
            (Status::Returned, Action::Submit, Status::Submitted),
            (Status::Submitted, Action::Return, Status::Returned),
            (Status::Submitted, Action::Approve, Status::Approved),
            (Status::Approved, Action::Reopen, Status::Returned),
        ];
        for s in ALL {
            for a in ACTIONS {
                let expected = allowed
                    .iter()
                    .find(|(f, x, _)| *f == s && *x == a)
                    .map(|(_, _, t)| *t);
                assert_eq!(s.after(a), expected, "{s:?} {a:?}");
            }
            assert_eq!(Status::parse(s.as_str()), Some(s));
            assert_eq!(s.is_editable(), s.after(Action::Edit).is_some());
        }
        assert_eq!(Status::parse("deleted"), None);
    }
}
