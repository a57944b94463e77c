//! The questionnaires the server knows: read from `forms/`, checked, and recorded in the
//! database with their hash, so a submission always points at the exact version it used.

use super::audit::{self, Event};
use crate::questionnaire::check::{self, Diagnostic, Severity};
use crate::questionnaire::Form;
use crate::store::entities::{cycle, questionnaire_version};
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Set,
};
use serde_json::json;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use uuid::Uuid;

/// Every loaded questionnaire, by id then version.
#[derive(Debug, Clone, Default)]
pub struct Forms {
    by_id: BTreeMap<String, BTreeMap<VersionKey, Arc<Form>>>,
    /// The database id of each (form, version), once recorded.
    recorded: BTreeMap<(String, String), Uuid>,
}

/// Orders versions numerically: 2026.10 comes after 2026.9.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct VersionKey(Vec<u64>, String);

impl VersionKey {
    fn new(v: &str) -> Self {
        VersionKey(
            v.split('.').map(|p| p.parse().unwrap_or(0)).collect(),
            v.to_string(),
        )
    }
}

impl Forms {
    /// Adds a checked form; a second file with the same id and version is refused.
    pub fn insert(&mut self, form: Form) -> Result<(), String> {
        let versions = self.by_id.entry(form.id().to_string()).or_default();
        let key = VersionKey::new(form.version());
        if let Some(other) = versions.get(&key) {
            return Err(format!(
                "form {} version {} is defined twice (also in {})",
                form.id(),
                form.version(),
                other.source
            ));
        }
        versions.insert(key, Arc::new(form));
        Ok(())
    }

    /// The latest version of each form.
    pub fn latest_all(&self) -> Vec<Arc<Form>> {
        self.by_id
            .values()
            .filter_map(|v| v.values().next_back().cloned())
            .collect()
    }

    /// Every version of every form.
    pub fn all(&self) -> Vec<Arc<Form>> {
        self.by_id
            .values()
            .flat_map(|v| v.values().cloned())
            .collect()
    }

    /// A form by id, at `version` or its latest.
    pub fn get(&self, id: &str, version: Option<&str>) -> Option<Arc<Form>> {
        let versions = self.by_id.get(id)?;
        match version {
            Some(v) => versions.get(&VersionKey::new(v)).cloned(),
            None => versions.values().next_back().cloned(),
        }
    }

    /// A recorded version by its database id: the questionnaire of a cycle without a
    /// query (versions are immutable once recorded).
    pub fn by_record_id(&self, record: Uuid) -> Option<Arc<Form>> {
        let ((id, version), _) = self.recorded.iter().find(|(_, r)| **r == record)?;
        self.get(id, Some(version))
    }

    /// The database id of a recorded version.
    pub fn record_id(&self, id: &str, version: &str) -> Option<Uuid> {
        self.recorded
            .get(&(id.to_string(), version.to_string()))
            .copied()
    }
}

/// What `forms check` and the start-up saw in a folder.
#[derive(Debug, Default)]
pub struct DirReport {
    pub files: usize,
    pub diagnostics: Vec<Diagnostic>,
}

impl DirReport {
    pub fn errors(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }
}

/// Reads and checks every `*.toml` in `dir`. The forms come back only when there is no error.
pub fn load_dir(dir: &Path) -> (Option<Forms>, DirReport) {
    let mut report = DirReport::default();
    let shown = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            report.diagnostics.push(Diagnostic {
                file: shown,
                question: None,
                severity: Severity::Error,
                message: format!("cannot read the folder: {e}"),
            });
            return (None, report);
        }
    };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let mut forms = Forms::default();
    for path in paths {
        report.files += 1;
        let name = path.display().to_string();
        let source = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                report.diagnostics.push(Diagnostic {
                    file: name,
                    question: None,
                    severity: Severity::Error,
                    message: format!("cannot read: {e}"),
                });
                continue;
            }
        };
        let (form, diags) = check::compile(&name, &source);
        report.diagnostics.extend(diags);
        if let Some(form) = form {
            if let Err(message) = forms.insert(form) {
                report.diagnostics.push(Diagnostic {
                    file: name,
                    question: None,
                    severity: Severity::Error,
                    message,
                });
            }
        }
    }
    if report.files == 0 {
        report.diagnostics.push(Diagnostic {
            file: shown,
            question: None,
            severity: Severity::Error,
            message: "no questionnaire (*.toml) in this folder".into(),
        });
    }
    let ok = report.errors() == 0;
    (ok.then_some(forms), report)
}

#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("questionnaire {id} version {version} changed since a reporting cycle began to use it; publish the change as a new version")]
    ChangedInPlace { id: String, version: String },
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
}

/// Records every loaded version in the database. A version already used by a cycle must
/// not change; one not yet used is updated to the file's content.
pub async fn record_versions(
    db: &DatabaseConnection,
    forms: &mut Forms,
) -> Result<(), RecordError> {
    match record_versions_once(db, forms).await {
        // Another server starting at the same moment recorded a version first and the
        // unique index refused ours: once more, now seeing theirs.
        Err(RecordError::Db(e))
            if matches!(
                e.sql_err(),
                Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
            ) =>
        {
            record_versions_once(db, forms).await
        }
        other => other,
    }
}

async fn record_versions_once(
    db: &DatabaseConnection,
    forms: &mut Forms,
) -> Result<(), RecordError> {
    let txn = crate::store::begin_write(db).await?;
    for form in forms.all() {
        let existing = questionnaire_version::Entity::find()
            .filter(questionnaire_version::Column::FormId.eq(form.id()))
            .filter(questionnaire_version::Column::Version.eq(form.version()))
            .one(&txn)
            .await?;
        let title = serde_json::to_value(&form.definition.title).unwrap_or_default();
        let id = match existing {
            Some(row) if row.hash == form.hash => row.id,
            Some(row) => {
                let used = cycle::Entity::find()
                    .filter(cycle::Column::QuestionnaireVersionId.eq(row.id))
                    .count(&txn)
                    .await?;
                if used > 0 {
                    return Err(RecordError::ChangedInPlace {
                        id: form.id().to_string(),
                        version: form.version().to_string(),
                    });
                }
                let id = row.id;
                let mut active: questionnaire_version::ActiveModel = row.into();
                active.hash = Set(form.hash.clone());
                active.title = Set(title);
                active.source = Set(form_source(&form));
                active.loaded_at = Set(Utc::now());
                active.update(&txn).await?;
                audit::record(&txn, version_event("questionnaire.updated", id, &form)).await?;
                id
            }
            None => {
                let id = Uuid::new_v4();
                questionnaire_version::ActiveModel {
                    id: Set(id),
                    form_id: Set(form.id().to_string()),
                    version: Set(form.version().to_string()),
                    hash: Set(form.hash.clone()),
                    title: Set(title),
                    source: Set(form_source(&form)),
                    loaded_at: Set(Utc::now()),
                }
                .insert(&txn)
                .await?;
                audit::record(&txn, version_event("questionnaire.recorded", id, &form)).await?;
                id
            }
        };
        forms
            .recorded
            .insert((form.id().to_string(), form.version().to_string()), id);
    }
    txn.commit().await?;
    Ok(())
}

/// The definition as JSON: what the version was, kept with it for ever.
fn form_source(form: &Form) -> String {
    serde_json::to_string(&form.definition).unwrap_or_default()
}

fn version_event<'a>(action: &'a str, id: Uuid, form: &Form) -> Event<'a> {
    Event {
        action,
        entity: "questionnaire_version",
        entity_id: id.to_string(),
        data: Some(json!({"form": form.id(), "version": form.version(), "hash": form.hash})),
        ..Event::default()
    }
}
