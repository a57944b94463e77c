//! Configuration, read once at start: an optional `portplans.toml`, then `PORTPLANS_*`
//! environment variables. One typed struct, passed down; never a global.

use serde::Deserialize;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Config {
    /// The SQLite file, the blob store and the generated secret key live here.
    pub data_dir: PathBuf,
    /// `sqlite://…` or `postgres://…`.
    pub database_url: String,
    pub address: IpAddr,
    pub port: u16,
    /// Base64 or hex of 256 bits; generated into the data directory when absent.
    pub secret_key: Option<String>,
    /// Makes links absolute, e.g. `https://ports.example.org`.
    pub public_url: Option<String>,
    pub forms_dir: PathBuf,
    pub templates_dir: PathBuf,
    /// Connections in the database pool.
    pub pool_size: u32,
    /// Rocket's log level: `off`, `critical`, `normal`, `debug`.
    pub log_level: String,
    /// The largest attachment accepted, in bytes (25 MB unless configured).
    pub upload_limit: u64,
    /// Where mail goes out; without it, notices appear only in the people's in-app list.
    pub smtp: Option<Smtp>,
}

/// An SMTP relay for notices and invitations.
#[derive(Clone)]
pub struct Smtp {
    pub host: String,
    pub port: u16,
    /// `starttls` (the default), `tls` (SMTPS), or `none` (a relay on this machine only).
    pub security: SmtpSecurity,
    pub username: Option<String>,
    pub password: Option<String>,
    /// The sender, e.g. `portplans <ports@example.org>`.
    pub from: String,
}

// The password never reaches a log.
impl std::fmt::Debug for Smtp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Smtp")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("security", &self.security)
            .field("username", &self.username)
            .field("from", &self.from)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpSecurity {
    StartTls,
    Tls,
    None,
}

/// The keys `portplans.toml` may hold: the same settings as the variables, lower-case.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    address: Option<String>,
    port: Option<u16>,
    secret_key: Option<String>,
    public_url: Option<String>,
    forms_dir: Option<PathBuf>,
    templates_dir: Option<PathBuf>,
    pool_size: Option<u32>,
    log_level: Option<String>,
    upload_limit_mb: Option<u64>,
    smtp_host: Option<String>,
    smtp_port: Option<u16>,
    smtp_security: Option<String>,
    smtp_username: Option<String>,
    smtp_password: Option<String>,
    smtp_from: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    File { path: String, message: String },
    #[error("{name}: {message}")]
    Variable { name: String, message: String },
}

impl Config {
    /// Reads `portplans.toml` (or the file named by `PORTPLANS_CONFIG`) and the environment.
    pub fn load() -> Result<Config, ConfigError> {
        let vars: Vec<(String, String)> = std::env::vars().collect();
        let explicit = vars
            .iter()
            .find(|(k, _)| k == "PORTPLANS_CONFIG")
            .map(|(_, v)| PathBuf::from(v));
        let path = explicit
            .clone()
            .unwrap_or_else(|| PathBuf::from("portplans.toml"));
        let file = if path.exists() || explicit.is_some() {
            let text = std::fs::read_to_string(&path).map_err(|source| ConfigError::Read {
                path: path.display().to_string(),
                source,
            })?;
            toml::from_str(&text).map_err(|e| ConfigError::File {
                path: path.display().to_string(),
                message: e.to_string(),
            })?
        } else {
            FileConfig::default()
        };
        Config::from_parts(file, &vars)
    }

    /// Settings from environment variables only (tests build on this with their own values).
    pub fn from_env_pairs(vars: &[(String, String)]) -> Result<Config, ConfigError> {
        Config::from_parts(FileConfig::default(), vars)
    }

    fn from_parts(file: FileConfig, vars: &[(String, String)]) -> Result<Config, ConfigError> {
        let var = |name: &str| {
            vars.iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let data_dir = var("PORTPLANS_DATA_DIR")
            .map(PathBuf::from)
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from("data"));
        let database_url = var("PORTPLANS_DATABASE_URL")
            .or(file.database_url)
            .unwrap_or_else(|| default_sqlite_url(&data_dir));
        let address_text = var("PORTPLANS_ADDRESS")
            .or(file.address)
            .unwrap_or_else(|| "127.0.0.1".into());
        let address = address_text.parse().map_err(|_| ConfigError::Variable {
            name: "PORTPLANS_ADDRESS".into(),
            message: format!("{address_text:?} is not an IP address"),
        })?;
        let port = match var("PORTPLANS_PORT") {
            Some(p) => p.parse().map_err(|_| ConfigError::Variable {
                name: "PORTPLANS_PORT".into(),
                message: format!("{p:?} is not a port number"),
            })?,
            None => file.port.unwrap_or(8000),
        };
        let pool_size = match var("PORTPLANS_POOL_SIZE") {
            Some(p) => p
                .parse()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| ConfigError::Variable {
                    name: "PORTPLANS_POOL_SIZE".into(),
                    message: format!("{p:?} is not a positive number"),
                })?,
            None => file.pool_size.unwrap_or(8),
        };
        let public_url = var("PORTPLANS_PUBLIC_URL")
            .or(file.public_url)
            .map(|u| u.trim_end_matches('/').to_string());
        if let Some(u) = &public_url {
            if !(u.starts_with("http://") || u.starts_with("https://")) {
                return Err(ConfigError::Variable {
                    name: "PORTPLANS_PUBLIC_URL".into(),
                    message: format!("{u:?} must start with http:// or https://"),
                });
            }
        }
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            return Err(ConfigError::Variable {
                name: "PORTPLANS_DATABASE_URL".into(),
                message: "must start with sqlite: or postgres://".into(),
            });
        }
        let upload_limit_mb = match var("PORTPLANS_UPLOAD_LIMIT_MB") {
            Some(p) => p
                .parse()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| ConfigError::Variable {
                    name: "PORTPLANS_UPLOAD_LIMIT_MB".into(),
                    message: format!("{p:?} is not a positive number of megabytes"),
                })?,
            None => file.upload_limit_mb.unwrap_or(25),
        };
        let smtp = match var("PORTPLANS_SMTP_HOST").or(file.smtp_host) {
            None => None,
            Some(host) => {
                let bad = |name: &str, message: String| ConfigError::Variable {
                    name: name.into(),
                    message,
                };
                let security = match var("PORTPLANS_SMTP_SECURITY")
                    .or(file.smtp_security)
                    .as_deref()
                {
                    None | Some("starttls") => SmtpSecurity::StartTls,
                    Some("tls") => SmtpSecurity::Tls,
                    Some("none") => SmtpSecurity::None,
                    Some(other) => {
                        return Err(bad(
                            "PORTPLANS_SMTP_SECURITY",
                            format!("{other:?}: expected starttls, tls or none"),
                        ))
                    }
                };
                let port = match var("PORTPLANS_SMTP_PORT") {
                    Some(p) => p.parse().map_err(|_| {
                        bad("PORTPLANS_SMTP_PORT", format!("{p:?} is not a port number"))
                    })?,
                    None => file.smtp_port.unwrap_or(match security {
                        SmtpSecurity::Tls => 465,
                        SmtpSecurity::StartTls => 587,
                        SmtpSecurity::None => 25,
                    }),
                };
                let from = var("PORTPLANS_SMTP_FROM")
                    .or(file.smtp_from)
                    .ok_or_else(|| {
                        bad(
                            "PORTPLANS_SMTP_FROM",
                            "is required with PORTPLANS_SMTP_HOST (the sender's address)".into(),
                        )
                    })?;
                Some(Smtp {
                    host,
                    port,
                    security,
                    username: var("PORTPLANS_SMTP_USERNAME").or(file.smtp_username),
                    password: var("PORTPLANS_SMTP_PASSWORD").or(file.smtp_password),
                    from,
                })
            }
        };
        Ok(Config {
            smtp,
            upload_limit: upload_limit_mb.saturating_mul(1_000_000),
            data_dir,
            database_url,
            address,
            port,
            secret_key: var("PORTPLANS_SECRET_KEY").or(file.secret_key),
            public_url,
            forms_dir: var("PORTPLANS_FORMS_DIR")
                .map(PathBuf::from)
                .or(file.forms_dir)
                .unwrap_or_else(|| PathBuf::from("forms")),
            templates_dir: var("PORTPLANS_TEMPLATES_DIR")
                .map(PathBuf::from)
                .or(file.templates_dir)
                .unwrap_or_else(|| PathBuf::from("templates")),
            pool_size,
            log_level: var("PORTPLANS_LOG_LEVEL")
                .or(file.log_level)
                .unwrap_or_else(|| "normal".into()),
        })
    }

    pub fn is_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }
}

/// `sqlite://<data_dir>/portplans.sqlite?mode=rwc`: created when missing.
pub fn default_sqlite_url(data_dir: &Path) -> String {
    format!(
        "sqlite://{}?mode=rwc",
        data_dir.join("portplans.sqlite").display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn defaults_serve_sqlite_on_loopback_8000() {
        let c = Config::from_env_pairs(&[]).expect("defaults");
        assert_eq!(c.address.to_string(), "127.0.0.1");
        assert_eq!(c.port, 8000);
        assert_eq!(c.database_url, "sqlite://data/portplans.sqlite?mode=rwc");
        assert!(c.is_sqlite());
    }

    #[test]
    fn smtp_is_optional_and_checked() {
        assert!(Config::from_env_pairs(&[])
            .expect("defaults")
            .smtp
            .is_none());
        let c = Config::from_env_pairs(&pairs(&[
            ("PORTPLANS_SMTP_HOST", "mail.example.org"),
            ("PORTPLANS_SMTP_FROM", "portplans <ports@example.org>"),
            ("PORTPLANS_SMTP_PASSWORD", "s3cret"),
        ]))
        .expect("valid");
        let smtp = c.smtp.expect("smtp");
        assert_eq!((smtp.port, smtp.security), (587, SmtpSecurity::StartTls));
        assert!(
            !format!("{smtp:?}").contains("s3cret"),
            "no password in logs"
        );
        let e = Config::from_env_pairs(&pairs(&[("PORTPLANS_SMTP_HOST", "mail.example.org")]))
            .unwrap_err();
        assert!(e.to_string().contains("PORTPLANS_SMTP_FROM"), "{e}");
        let e = Config::from_env_pairs(&pairs(&[
            ("PORTPLANS_SMTP_HOST", "h"),
            ("PORTPLANS_SMTP_FROM", "a@b.c"),
            ("PORTPLANS_SMTP_SECURITY", "ssl3"),
        ]))
        .unwrap_err();
        assert!(e.to_string().contains("PORTPLANS_SMTP_SECURITY"), "{e}");
    }

    #[test]
    fn variables_override_and_bad_values_are_named() {
        let c = Config::from_env_pairs(&pairs(&[
            ("PORTPLANS_PORT", "9001"),
            ("PORTPLANS_DATA_DIR", "/srv/pp"),
            ("PORTPLANS_PUBLIC_URL", "https://ports.example.org/"),
        ]))
        .expect("valid");
        assert_eq!(c.port, 9001);
        assert_eq!(c.database_url, "sqlite:///srv/pp/portplans.sqlite?mode=rwc");
        assert_eq!(c.public_url.as_deref(), Some("https://ports.example.org"));
        let e = Config::from_env_pairs(&pairs(&[("PORTPLANS_PORT", "eighty")])).unwrap_err();
        assert!(e.to_string().contains("PORTPLANS_PORT"), "{e}");
        let e =
            Config::from_env_pairs(&pairs(&[("PORTPLANS_DATABASE_URL", "mysql://x")])).unwrap_err();
        assert!(e.to_string().contains("PORTPLANS_DATABASE_URL"), "{e}");
    }
}
