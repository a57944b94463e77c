//! Who may do what: roles, the signed-in actor, and the rules of DESIGN.md's table as pure
//! functions the services call before touching anything.

use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::ValidateEmail;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    Secretariat,
    FocalPoint,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Secretariat => "secretariat",
            Role::FocalPoint => "focal_point",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "admin" => Some(Role::Admin),
            "secretariat" => Some(Role::Secretariat),
            "focal_point" => Some(Role::FocalPoint),
            _ => None,
        }
    }

    /// The secretariat's powers (an administrator has them all).
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Admin | Role::Secretariat)
    }
}

/// The person behind a request, as the services see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Actor {
    pub id: Uuid,
    pub email: String,
    pub name: String,
    pub role: Role,
    /// The state a focal point reports for; None for the secretariat.
    pub member_state: Option<String>,
}

impl Actor {
    pub fn is_staff(&self) -> bool {
        self.role.is_staff()
    }

    /// Whether this person may see a member state's private records (drafts, ports,
    /// focal points): the secretariat sees all; a focal point only their own state.
    pub fn may_see_state(&self, code: &str) -> bool {
        self.is_staff() || self.member_state.as_deref() == Some(code)
    }

    /// Only an administrator creates secretariat or administrator accounts.
    pub fn may_create(&self, role: Role) -> bool {
        match role {
            Role::FocalPoint => self.is_staff(),
            Role::Secretariat | Role::Admin => self.role == Role::Admin,
        }
    }

    /// Deactivating follows creating; nobody deactivates themselves (there must remain
    /// someone to undo a mistake).
    pub fn may_deactivate(&self, target_id: Uuid, target_role: Role) -> bool {
        target_id != self.id && self.may_create(target_role)
    }
}

/// An e-mail address, lower-cased and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(s: &str) -> Option<Email> {
        let e = s.trim().to_lowercase();
        (e.len() <= 254 && e.validate_email()).then_some(Email(e))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password: at least 12 characters (counted as characters, not bytes), at most 1024.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

pub const MIN_PASSWORD_CHARS: usize = 12;

impl NewPassword {
    pub fn parse(s: &str) -> Option<NewPassword> {
        let n = s.chars().count();
        (MIN_PASSWORD_CHARS..=1024)
            .contains(&n)
            .then(|| NewPassword(s.to_string()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

/// A person's name as shown: trimmed, 1 to 200 characters.
pub fn clean_name(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty() && t.chars().count() <= 200).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(role: Role, state: Option<&str>) -> Actor {
        Actor {
            id: Uuid::new_v4(),
            email: "a@example.org".into(),
            name: "A".into(),
            role,
            member_state: state.map(str::to_string),
        }
    }

    #[test]
    fn who_creates_whom() {
        let admin = actor(Role::Admin, None);
        let sec = actor(Role::Secretariat, None);
        let fp = actor(Role::FocalPoint, Some("JAM"));
        assert!(
            admin.may_create(Role::Admin)
                && admin.may_create(Role::Secretariat)
                && admin.may_create(Role::FocalPoint)
        );
        assert!(sec.may_create(Role::FocalPoint));
        assert!(!sec.may_create(Role::Secretariat) && !sec.may_create(Role::Admin));
        assert!(!fp.may_create(Role::FocalPoint));
        assert!(!admin.may_deactivate(admin.id, Role::Admin));
        assert!(sec.may_deactivate(fp.id, Role::FocalPoint));
        assert!(!sec.may_deactivate(admin.id, Role::Admin));
    }

    #[test]
    fn focal_points_see_only_their_state() {
        let fp = actor(Role::FocalPoint, Some("JAM"));
        assert!(fp.may_see_state("JAM"));
        assert!(!fp.may_see_state("BRB"));
        assert!(actor(Role::Secretariat, None).may_see_state("BRB"));
    }

    #[test]
    fn newtypes_validate_on_construction() {
        assert_eq!(
            Email::parse("  Ana@Example.ORG ").map(|e| e.as_str().to_string()),
            Some("ana@example.org".into())
        );
        assert!(Email::parse("not an address").is_none());
        assert!(NewPassword::parse("short").is_none());
        assert!(NewPassword::parse("elevenchars").is_none());
        assert!(NewPassword::parse("twelve chars").is_some());
        assert!(
            NewPassword::parse("ñandúñandúñ").is_none(),
            "11 characters, more bytes"
        );
        assert!(NewPassword::parse(&"x".repeat(1025)).is_none());
        assert_eq!(
            format!("{:?}", NewPassword::parse("secretsecret")),
            "Some(NewPassword(…))"
        );
        assert_eq!(clean_name("  Ana  ").as_deref(), Some("Ana"));
        assert!(clean_name("   ").is_none());
    }
}
