//! The whole domain of the first release: member states, ports, users, questionnaire
//! versions, reporting cycles, submissions with their revisions, and audit events.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(
    name: &str,
    from: (&'static str, &'static str),
    to: (&'static str, &'static str),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

fn index(
    name: &str,
    table: &'static str,
    cols: &[&'static str],
    unique: bool,
) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(name).table(table);
    for c in cols {
        i.col(*c);
    }
    if unique {
        i.unique();
    }
    i.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("member_states")
                .col(string_len("code", 3).primary_key())
                .col(string_len_uniq("alpha2", 2))
                .col(json_binary("names"))
                .col(string("status"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("ports")
                .col(pk_uuid("id"))
                .col(string_len("member_state", 3))
                .col(string_len_uniq("locode", 5))
                .col(string("name"))
                .col(double_null("latitude"))
                .col(double_null("longitude"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk(
                    "fk_ports_member_state",
                    ("ports", "member_state"),
                    ("member_states", "code"),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "idx_ports_member_state",
            "ports",
            &["member_state"],
            false,
        ))
        .await?;

        m.create_table(
            Table::create()
                .table("users")
                .col(pk_uuid("id"))
                .col(string_uniq("email"))
                .col(string("name"))
                .col(string("role"))
                .col(string_len_null("member_state", 3))
                .col(string_null("password_hash"))
                .col(boolean("active"))
                .col(string_len_null("language", 2))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk(
                    "fk_users_member_state",
                    ("users", "member_state"),
                    ("member_states", "code"),
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("questionnaire_versions")
                .col(pk_uuid("id"))
                .col(string("form_id"))
                .col(string("version"))
                .col(string_len("hash", 64))
                .col(json_binary("title"))
                .col(text("source"))
                .col(timestamp_with_time_zone("loaded_at"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "idx_questionnaire_versions_form_version",
            "questionnaire_versions",
            &["form_id", "version"],
            true,
        ))
        .await?;

        m.create_table(
            Table::create()
                .table("cycles")
                .col(pk_uuid("id"))
                .col(uuid("questionnaire_version_id"))
                .col(string("title"))
                .col(date("opens_on"))
                .col(date("closes_on"))
                .col(timestamp_with_time_zone_null("closed_at"))
                .col(uuid_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk(
                    "fk_cycles_questionnaire",
                    ("cycles", "questionnaire_version_id"),
                    ("questionnaire_versions", "id"),
                ))
                .foreign_key(&mut fk(
                    "fk_cycles_created_by",
                    ("cycles", "created_by"),
                    ("users", "id"),
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table("submissions")
                .col(pk_uuid("id"))
                .col(uuid("cycle_id"))
                .col(string_len("member_state", 3))
                .col(uuid_null("port_id"))
                .col(string("status"))
                .col(integer("version"))
                .col(json_binary("answers"))
                .col(json_binary("problems"))
                .col(uuid_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .col(timestamp_with_time_zone_null("submitted_at"))
                .foreign_key(&mut fk(
                    "fk_submissions_cycle",
                    ("submissions", "cycle_id"),
                    ("cycles", "id"),
                ))
                .foreign_key(&mut fk(
                    "fk_submissions_member_state",
                    ("submissions", "member_state"),
                    ("member_states", "code"),
                ))
                .foreign_key(&mut fk(
                    "fk_submissions_port",
                    ("submissions", "port_id"),
                    ("ports", "id"),
                ))
                .foreign_key(&mut fk(
                    "fk_submissions_created_by",
                    ("submissions", "created_by"),
                    ("users", "id"),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "idx_submissions_cycle_port",
            "submissions",
            &["cycle_id", "port_id"],
            true,
        ))
        .await?;
        m.create_index(index(
            "idx_submissions_member_state",
            "submissions",
            &["member_state", "status"],
            false,
        ))
        .await?;

        m.create_table(
            Table::create()
                .table("revisions")
                .col(pk_uuid("id"))
                .col(uuid("submission_id"))
                .col(integer("number"))
                .col(uuid("questionnaire_version_id"))
                .col(json_binary("answers"))
                .col(json_binary("dropped"))
                .col(uuid_null("submitted_by"))
                .col(timestamp_with_time_zone("submitted_at"))
                .foreign_key(&mut fk(
                    "fk_revisions_submission",
                    ("revisions", "submission_id"),
                    ("submissions", "id"),
                ))
                .foreign_key(&mut fk(
                    "fk_revisions_questionnaire",
                    ("revisions", "questionnaire_version_id"),
                    ("questionnaire_versions", "id"),
                ))
                .foreign_key(&mut fk(
                    "fk_revisions_submitted_by",
                    ("revisions", "submitted_by"),
                    ("users", "id"),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "idx_revisions_submission_number",
            "revisions",
            &["submission_id", "number"],
            true,
        ))
        .await?;

        m.create_table(
            Table::create()
                .table("events")
                .col(pk_uuid("id"))
                .col(timestamp_with_time_zone("at"))
                .col(uuid_null("actor_id"))
                .col(string("action"))
                .col(string("entity"))
                .col(string("entity_id"))
                .col(string_len_null("member_state", 3))
                .col(string_null("address"))
                .col(text_null("comment"))
                .col(json_binary_null("data"))
                .foreign_key(&mut fk(
                    "fk_events_actor",
                    ("events", "actor_id"),
                    ("users", "id"),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "idx_events_entity",
            "events",
            &["entity", "entity_id"],
            false,
        ))
        .await?;
        m.create_index(index("idx_events_at", "events", &["at"], false))
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "events",
            "revisions",
            "submissions",
            "cycles",
            "questionnaire_versions",
            "users",
            "ports",
            "member_states",
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
