//! `portplans demo`: a realistic, reproducible demonstration in an empty installation —
//! every member state with N ports, a focal point each, a secretariat account, and a cycle
//! whose submissions are in every status, with answers drawn per port (more or less
//! prepared) that always pass the questionnaire. It also makes the benchmarks' data.

use super::audit::{self, Event};
use super::forms::Forms;
use super::tokens::hash_password;
use super::{ServiceError, ServiceResult};
use crate::domain::demo::{self, Port};
use crate::domain::member_states::MEMBER_STATES;
use crate::domain::people::Role;
use crate::questionnaire::validate;
use crate::store::entities::{comment, cycle, port, review, revision, submission, user};
use chrono::{Duration, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashSet};
use uuid::Uuid;

pub struct Options {
    pub ports_per_state: u32,
    pub seed: u64,
    /// Every port's report approved, none waiting: the summary benchmark's worst case.
    pub all_approved: bool,
}

/// What was made, to print.
pub struct Made {
    pub password: String,
    pub secretariat: String,
    pub focal_points: Vec<(String, String)>,
    pub cycle: Uuid,
    pub ports: usize,
    /// Submissions by status; "not_started" for ports without one.
    pub statuses: BTreeMap<String, usize>,
}

const SYLLABLES: [&str; 16] = [
    "ba", "la", "mar", "san", "to", "ri", "ve", "co", "pa", "na", "do", "el", "ta", "ro", "sol",
    "ca",
];
const LOCODE_CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789";

fn port_name(rng: &mut StdRng) -> String {
    let n = rng.random_range(2..=3);
    let word: String = (0..n)
        .map(|_| SYLLABLES[rng.random_range(0..SYLLABLES.len())])
        .collect();
    let mut c = word.chars();
    let cap: String = c
        .next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default();
    format!("Port of {cap}")
}

fn demo_email(who: &str) -> String {
    format!("{who}@demo.portplans.example")
}

/// Fills an installation that has no demonstration yet; refuses to run twice.
pub async fn seed(db: &DatabaseConnection, forms: &Forms, opts: Options) -> ServiceResult<Made> {
    let secretariat = demo_email("secretariat");
    if user::Entity::find()
        .filter(user::Column::Email.eq(secretariat.as_str()))
        .count(db)
        .await?
        > 0
    {
        return Err(ServiceError::Invalid(
            "this database already has the demonstration; use an empty data directory".into(),
        ));
    }
    let form = forms
        .get("port-contingency", None)
        .or_else(|| forms.latest_all().into_iter().next())
        .ok_or_else(|| ServiceError::Internal("no questionnaire is loaded".into()))?;
    let version_id = forms
        .record_id(form.id(), form.version())
        .ok_or_else(|| ServiceError::Internal("the questionnaire is not recorded".into()))?;
    // One password for every demonstration account, printed once: from the system's
    // randomness, not the seed, so that the same data never comes with a known password.
    let password: String = {
        let mut secret = rand::rng();
        (0..4)
            .map(|_| {
                (0..5)
                    .map(|_| char::from(b'a' + secret.random_range(0..26u8)))
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("-")
    };
    let mut rng = StdRng::seed_from_u64(opts.seed);
    let hash = hash_password(&password).map_err(ServiceError::Internal)?;
    let now = Utc::now();
    let today = now.date_naive();
    let person = |email: &str, name: &str, role: Role, state: Option<&str>| user::ActiveModel {
        id: Set(Uuid::new_v4()),
        email: Set(email.to_string()),
        name: Set(name.to_string()),
        role: Set(role.as_str().into()),
        member_state: Set(state.map(str::to_string)),
        password_hash: Set(Some(hash.clone())),
        active: Set(true),
        language: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let txn = crate::store::begin_write(db).await?;
    let sec_id = Uuid::new_v4();
    let mut sec = person(&secretariat, "Demo Secretariat", Role::Secretariat, None);
    sec.id = Set(sec_id);
    user::Entity::insert(sec).exec(&txn).await?;
    let c = cycle::ActiveModel {
        id: Set(Uuid::new_v4()),
        questionnaire_version_id: Set(version_id),
        title: Set(format!("Demonstration {}", today.format("%Y"))),
        titles: Set(Some(
            json!({"es": format!("Demostración {}", today.format("%Y")),
            "fr": format!("Démonstration {}", today.format("%Y")),
            "pt": format!("Demonstração {}", today.format("%Y"))}),
        )),
        opens_on: Set(today - Duration::days(60)),
        closes_on: Set(today + Duration::days(30)),
        closed_at: Set(None),
        created_by: Set(Some(sec_id)),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let cycle_id = *c.id.as_ref();
    cycle::Entity::insert(c).exec(&txn).await?;
    let mut made = Made {
        password: password.clone(),
        secretariat,
        focal_points: Vec::new(),
        cycle: cycle_id,
        ports: 0,
        statuses: BTreeMap::new(),
    };
    let mut locodes: HashSet<String> = HashSet::new();
    for state in MEMBER_STATES {
        let email = demo_email(&format!("focal.{}", state.code.to_lowercase()));
        let fp_id = Uuid::new_v4();
        let mut fp = person(
            &email,
            &format!("Focal point, {}", state.en),
            Role::FocalPoint,
            Some(state.code),
        );
        fp.id = Set(fp_id);
        user::Entity::insert(fp).exec(&txn).await?;
        made.focal_points.push((state.code.to_string(), email));
        let state_readiness: f64 = rng.random_range(0.15..0.9);
        let (mut ports, mut subs, mut revs, mut reviews, mut comments) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for _ in 0..opts.ports_per_state {
            let locode = loop {
                let tail: String = (0..3)
                    .map(|_| char::from(LOCODE_CHARS[rng.random_range(0..LOCODE_CHARS.len())]))
                    .collect();
                let l = format!("{}{tail}", state.alpha2);
                if locodes.insert(l.clone()) {
                    break l;
                }
            };
            let name = port_name(&mut rng);
            let port_id = Uuid::new_v4();
            ports.push(port::ActiveModel {
                id: Set(port_id),
                member_state: Set(state.code.to_string()),
                locode: Set(locode.clone()),
                name: Set(name.clone()),
                latitude: Set(None),
                longitude: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
            });
            made.ports += 1;
            let status = match rng.random_range(0..100) {
                _ if opts.all_approved => "approved",
                0..10 => "not_started",
                10..25 => "draft",
                25..40 => "submitted",
                40..50 => "returned",
                _ => "approved",
            };
            *made.statuses.entry(status.to_string()).or_default() += 1;
            if status == "not_started" {
                continue;
            }
            let p: f64 = (state_readiness + rng.random_range(-0.15..0.15_f64)).clamp(0.0, 1.0);
            let target = Port {
                member_state: state.code,
                name: &name,
                locode: &locode,
                preparedness: p,
            };
            let doc = demo::answers(&form, &target, &mut rng, today).map_err(|problems| {
                ServiceError::Internal(format!("no valid answers could be drawn: {problems:?}"))
            })?;
            let sub_id = Uuid::new_v4();
            let mut answers = doc.clone();
            if status == "draft" {
                // A draft is half done: some answers still missing.
                let keys: Vec<String> = answers.keys().cloned().collect();
                for k in keys {
                    if k != "A1" && k != "A2" && k != "A3" && rng.random_bool(0.4) {
                        answers.remove(&k);
                    }
                }
            }
            let problems = validate::check_draft(&form, &answers, today);
            let submitted = status != "draft";
            let at = now - Duration::days(rng.random_range(1..50));
            subs.push(submission::ActiveModel {
                id: Set(sub_id),
                cycle_id: Set(cycle_id),
                member_state: Set(state.code.to_string()),
                port_id: Set(Some(port_id)),
                status: Set(status.to_string()),
                version: Set(if submitted { 3 } else { 2 }),
                answers: Set(Value::Object(answers)),
                problems: Set(serde_json::to_value(&problems).unwrap_or(Value::Array(Vec::new()))),
                created_by: Set(Some(fp_id)),
                created_at: Set(at),
                updated_at: Set(at),
                submitted_at: Set(submitted.then_some(at)),
                checked_sections: Set(None),
            });
            if !submitted {
                continue;
            }
            let frozen = validate::check_submit(&form, &doc, today).map_err(|problems| {
                ServiceError::Internal(format!("a drawn document does not pass: {problems:?}"))
            })?;
            revs.push(revision::ActiveModel {
                id: Set(Uuid::new_v4()),
                submission_id: Set(sub_id),
                number: Set(1),
                questionnaire_version_id: Set(version_id),
                answers: Set(Value::Object(frozen.answers)),
                dropped: Set(json!(frozen.dropped)),
                submitted_by: Set(Some(fp_id)),
                submitted_at: Set(at),
            });
            if status == "returned" || status == "approved" {
                let review_id = Uuid::new_v4();
                let comment_text = (status == "returned").then(|| {
                    "Please complete the dates of the last exercise and of the plan's revision."
                        .to_string()
                });
                reviews.push(review::ActiveModel {
                    id: Set(review_id),
                    submission_id: Set(sub_id),
                    revision: Set(1),
                    decision: Set(status.to_string()),
                    comment: Set(comment_text.clone()),
                    reviewer_id: Set(sec_id),
                    created_at: Set(at + Duration::hours(20)),
                });
                if let Some(body) = comment_text {
                    comments.push(comment::ActiveModel {
                        id: Set(Uuid::new_v4()),
                        submission_id: Set(sub_id),
                        revision: Set(1),
                        question: Set(Some("D8".into())),
                        body: Set(body),
                        author_id: Set(sec_id),
                        review_id: Set(Some(review_id)),
                        created_at: Set(at + Duration::hours(20)),
                    });
                }
            }
        }
        // In batches: a database takes only so many parameters in one statement.
        for chunk in ports.chunks(200) {
            port::Entity::insert_many(chunk.to_vec()).exec(&txn).await?;
        }
        for chunk in subs.chunks(50) {
            submission::Entity::insert_many(chunk.to_vec())
                .exec(&txn)
                .await?;
        }
        for chunk in revs.chunks(50) {
            revision::Entity::insert_many(chunk.to_vec())
                .exec(&txn)
                .await?;
        }
        for chunk in reviews.chunks(200) {
            review::Entity::insert_many(chunk.to_vec())
                .exec(&txn)
                .await?;
        }
        for chunk in comments.chunks(200) {
            comment::Entity::insert_many(chunk.to_vec())
                .exec(&txn)
                .await?;
        }
    }
    audit::record(
        &txn,
        Event {
            action: "demo.seeded",
            entity: "cycle",
            entity_id: cycle_id.to_string(),
            data: Some(
                json!({"seed": opts.seed, "ports_per_state": opts.ports_per_state,
                "ports": made.ports, "statuses": made.statuses}),
            ),
            ..Event::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(made)
}
