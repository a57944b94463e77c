//! Start-up: migrations, seeding, questionnaire versions and their hash, refusal of an
//! invalid or changed-in-place questionnaire, and SQLite's settings.

mod common;

use common::{repo_path, test_config, Backend, PgDatabase};
use portplans::store::entities::{cycle, event, member_state, questionnaire_version};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, Database, EntityTrait, PaginatorTrait,
    QueryFilter, Set, Statement,
};
use std::path::Path;

/// A database URL for this test on `backend`, kept alive by the returned guard.
async fn database(
    backend: Backend,
    dir: &Path,
    test: &str,
) -> Option<(String, Option<PgDatabase>)> {
    match backend {
        Backend::Sqlite => Some((portplans::config::default_sqlite_url(dir), None)),
        Backend::Postgres => {
            let pg = PgDatabase::create(test).await?;
            Some((pg.url.clone(), Some(pg)))
        }
    }
}

fn copy_forms(to: &Path) {
    std::fs::create_dir_all(to).expect("forms dir");
    std::fs::copy(
        repo_path("forms/port-contingency-2026.toml"),
        to.join("port-contingency-2026.toml"),
    )
    .expect("copy");
}

async fn restart_is_idempotent(backend: Backend) {
    let dir = tempfile::tempdir().expect("tempdir");
    let Some((url, _guard)) = database(backend, dir.path(), "restart_is_idempotent").await else {
        return;
    };
    for _ in 0..2 {
        let rocket = portplans::build(test_config(dir.path(), Some(&url), None))
            .await
            .expect("starts");
        drop(rocket);
    }
    let db = Database::connect(&url).await.expect("connect");
    assert_eq!(
        member_state::Entity::find()
            .count(&db)
            .await
            .expect("count"),
        35
    );
    let versions = questionnaire_version::Entity::find()
        .all(&db)
        .await
        .expect("versions");
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].form_id, "port-contingency");
    assert_eq!(versions[0].version, "2026.1");
    assert_eq!(versions[0].hash.len(), 64);
    let seeded = event::Entity::find()
        .filter(event::Column::Action.eq("member_states.seeded"))
        .count(&db)
        .await
        .expect("events");
    assert_eq!(seeded, 1, "seeding happens once, with its audit event");
    let recorded = event::Entity::find()
        .filter(event::Column::Action.eq("questionnaire.recorded"))
        .count(&db)
        .await
        .expect("events");
    assert_eq!(recorded, 1);
    // A status changed by the secretariat survives a restart.
    let mut arg: member_state::ActiveModel = member_state::Entity::find_by_id("ARG".to_string())
        .one(&db)
        .await
        .expect("query")
        .expect("Argentina")
        .into();
    arg.status = Set("not_participating".into());
    arg.update(&db).await.expect("update");
    drop(
        portplans::build(test_config(dir.path(), Some(&url), None))
            .await
            .expect("starts again"),
    );
    let arg = member_state::Entity::find_by_id("ARG".to_string())
        .one(&db)
        .await
        .expect("q")
        .expect("ARG");
    assert_eq!(arg.status, "not_participating");
}

#[rocket::async_test]
async fn restart_is_idempotent_sqlite() {
    restart_is_idempotent(Backend::Sqlite).await;
}

#[rocket::async_test]
async fn restart_is_idempotent_postgres() {
    restart_is_idempotent(Backend::Postgres).await;
}

async fn version_changed_in_place_is_refused(backend: Backend) {
    let dir = tempfile::tempdir().expect("tempdir");
    let Some((url, _guard)) = database(backend, dir.path(), "changed_in_place").await else {
        return;
    };
    let forms = dir.path().join("forms");
    copy_forms(&forms);
    drop(
        portplans::build(test_config(dir.path(), Some(&url), Some(&forms)))
            .await
            .expect("starts"),
    );

    // Not yet used by a cycle: a change to the file is accepted and recorded.
    let file = forms.join("port-contingency-2026.toml");
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(
        &file,
        text.replacen("Port Contingency Planning", "Port Contingency-Planning", 1),
    )
    .expect("write");
    drop(
        portplans::build(test_config(dir.path(), Some(&url), Some(&forms)))
            .await
            .expect("unused version may change"),
    );

    // Once a cycle uses it, the version is frozen.
    let db = Database::connect(&url).await.expect("connect");
    let version = questionnaire_version::Entity::find()
        .one(&db)
        .await
        .expect("q")
        .expect("version");
    let now = chrono::Utc::now();
    cycle::ActiveModel {
        id: Set(uuid::Uuid::new_v4()),
        questionnaire_version_id: Set(version.id),
        title: Set("2026".into()),
        titles: Set(None),
        opens_on: Set(now.date_naive()),
        closes_on: Set(now.date_naive()),
        closed_at: Set(None),
        created_by: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&db)
    .await
    .expect("a cycle");
    std::fs::write(
        &file,
        text.replacen("Port Contingency Planning", "Port Contingency Plans", 1),
    )
    .expect("write");
    let err = portplans::build(test_config(dir.path(), Some(&url), Some(&forms)))
        .await
        .expect_err("a changed version in use is refused");
    let msg = err.to_string();
    assert!(
        msg.contains("port-contingency") && msg.contains("2026.1") && msg.contains("new version"),
        "{msg}"
    );
    // Restoring the recorded content starts again.
    std::fs::write(
        &file,
        text.replacen("Port Contingency Planning", "Port Contingency-Planning", 1),
    )
    .expect("write");
    drop(
        portplans::build(test_config(dir.path(), Some(&url), Some(&forms)))
            .await
            .expect("starts with the recorded content"),
    );
}

#[rocket::async_test]
async fn version_changed_in_place_is_refused_sqlite() {
    version_changed_in_place_is_refused(Backend::Sqlite).await;
}

#[rocket::async_test]
async fn version_changed_in_place_is_refused_postgres() {
    version_changed_in_place_is_refused(Backend::Postgres).await;
}

/// Several stateless servers start at once against one database.
async fn concurrent_starts(backend: Backend) {
    let dir = tempfile::tempdir().expect("tempdir");
    let Some((url, _guard)) = database(backend, dir.path(), "concurrent_starts").await else {
        return;
    };
    let (a, b) = (
        tempfile::tempdir().expect("a"),
        tempfile::tempdir().expect("b"),
    );
    let (ra, rb, rc) = rocket::tokio::join!(
        portplans::build(test_config(a.path(), Some(&url), None)),
        portplans::build(test_config(b.path(), Some(&url), None)),
        portplans::build(test_config(dir.path(), Some(&url), None)),
    );
    for r in [ra, rb, rc] {
        r.expect("every server starts");
    }
    let db = Database::connect(&url).await.expect("connect");
    assert_eq!(
        member_state::Entity::find()
            .count(&db)
            .await
            .expect("count"),
        35
    );
    assert_eq!(
        questionnaire_version::Entity::find()
            .count(&db)
            .await
            .expect("count"),
        1
    );
}

#[rocket::async_test]
async fn concurrent_starts_sqlite() {
    concurrent_starts(Backend::Sqlite).await;
}

#[rocket::async_test]
async fn concurrent_starts_postgres() {
    concurrent_starts(Backend::Postgres).await;
}

#[rocket::async_test]
async fn an_invalid_questionnaire_stops_the_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let forms = dir.path().join("forms");
    copy_forms(&forms);
    let file = forms.join("port-contingency-2026.toml");
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, text.replacen("${B1} = 'yes'", "${B100} = 'yes'", 1)).expect("write");
    let err = portplans::build(test_config(dir.path(), None, Some(&forms)))
        .await
        .expect_err("refused");
    let msg = err.to_string();
    assert!(msg.contains("port-contingency-2026.toml"), "{msg}");
    assert!(msg.contains("question B2") && msg.contains("B100"), "{msg}");
    // Nothing was created in the database: the forms are checked before it is opened.
    assert!(!dir.path().join("portplans.sqlite").exists());
}

#[rocket::async_test]
async fn sqlite_uses_wal_a_busy_timeout_and_a_pool() {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = portplans::config::default_sqlite_url(dir.path());
    let db = portplans::store::connect(&url, 4).await.expect("connect");
    let backend = db.get_database_backend();
    let one = |sql: &str| Statement::from_string(backend, sql.to_string());
    let row = db
        .query_one_raw(one("PRAGMA journal_mode"))
        .await
        .expect("q")
        .expect("row");
    assert_eq!(row.try_get_by_index::<String>(0).expect("mode"), "wal");
    let row = db
        .query_one_raw(one("PRAGMA busy_timeout"))
        .await
        .expect("q")
        .expect("row");
    assert!(row.try_get_by_index::<i64>(0).expect("timeout") >= 5000);
    let row = db
        .query_one_raw(one("PRAGMA foreign_keys"))
        .await
        .expect("q")
        .expect("row");
    assert_eq!(row.try_get_by_index::<i64>(0).expect("fk"), 1);
    // More than one connection: two transactions can be open at once (readers in WAL).
    let t1 = sea_orm::TransactionTrait::begin(&db).await.expect("first");
    let t2 = sea_orm::TransactionTrait::begin(&db)
        .await
        .expect("second, from another connection");
    t1.query_one_raw(one("SELECT 1")).await.expect("read 1");
    t2.query_one_raw(one("SELECT 1")).await.expect("read 2");
    t1.rollback().await.expect("rollback");
    t2.rollback().await.expect("rollback");
}
