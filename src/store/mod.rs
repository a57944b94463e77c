//! Storage: the database connection (SQLite embedded, or PostgreSQL) and the entities.

pub mod blobs;
pub mod entities;
pub mod secret;

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use std::time::Duration;

/// Opens the pool. SQLite gets WAL (readers never wait for the writer), a busy timeout
/// (writers queue instead of failing) and foreign keys; both get a pool of `pool_size`.
pub async fn connect(url: &str, pool_size: u32) -> Result<DatabaseConnection, DbErr> {
    let mut opts = ConnectOptions::new(url);
    opts.max_connections(pool_size.max(2))
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    if url.starts_with("sqlite:") {
        opts.map_sqlx_sqlite_opts(|o| {
            o.create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                // FULL: a committed draft survives a power cut.
                .synchronous(SqliteSynchronous::Full)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
        });
    }
    // Two processes opening a new SQLite file together may find it locked while the other
    // switches it to WAL (before the busy timeout applies): a moment later it is ready.
    let mut attempt = 0;
    loop {
        match Database::connect(opts.clone()).await {
            Err(e)
                if url.starts_with("sqlite:")
                    && attempt < 5
                    && e.to_string().contains("locked") =>
            {
                attempt += 1;
                rocket::tokio::time::sleep(Duration::from_millis(100 * attempt)).await;
            }
            other => return other,
        }
    }
}

/// Applies every pending migration. Several servers may start at once against one
/// database; the one that loses a race for a table sees it applied when it tries again.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    let mut attempt = 0;
    loop {
        match Migrator::up(db, None).await {
            Ok(()) => return Ok(()),
            Err(e) if attempt < 4 => {
                attempt += 1;
                log::warn!("migrations, attempt {attempt}: {e}; trying again");
                rocket::tokio::time::sleep(Duration::from_millis(300 * attempt)).await;
            }
            Err(e) => return Err(e),
        }
    }
}

/// Begins a transaction that will write. On SQLite it takes the write lock at BEGIN
/// (IMMEDIATE), so two writers queue on the busy timeout instead of one failing with
/// "database is locked" when it upgrades from reading; elsewhere it is a plain BEGIN.
pub async fn begin_write(db: &DatabaseConnection) -> Result<sea_orm::DatabaseTransaction, DbErr> {
    use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};
    let sqlite = db.get_database_backend() == sea_orm::DatabaseBackend::Sqlite;
    let options = TransactionOptions {
        sqlite_transaction_mode: sqlite.then_some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    };
    db.begin_with_options(options).await
}
