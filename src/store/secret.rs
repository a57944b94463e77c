//! The key that signs and encrypts cookies: configured, or generated once into the data
//! directory (mode 0600) and read back on every start.

use base64::Engine;
use rand::RngCore;
use std::io::Write;
use std::path::Path;

const FILE: &str = "secret_key";

/// The configured key, else the one kept in `data_dir`, else a new one written there.
pub fn load_or_create(configured: Option<&str>, data_dir: &Path) -> std::io::Result<String> {
    if let Some(k) = configured {
        return Ok(k.to_string());
    }
    let path = data_dir.join(FILE);
    match std::fs::read_to_string(&path) {
        Ok(existing) if !existing.trim().is_empty() => return Ok(existing.trim().to_string()),
        // An empty or unreadable key is never silently replaced: every session would end.
        Ok(_) => {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "{} is empty; remove it to generate a new key",
                    path.display()
                ),
            ))
        }
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        Err(_) => {}
    }
    let mut bytes = [0u8; 64];
    rand::rng().fill_bytes(&mut bytes);
    let key = base64::engine::general_purpose::STANDARD.encode(bytes);
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(&path)?;
    f.write_all(key.as_bytes())?;
    f.sync_all()?;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_once_private_and_stable() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = load_or_create(None, dir.path()).expect("created");
        let b = load_or_create(None, dir.path()).expect("read back");
        assert_eq!(a, b);
        assert_eq!(
            base64::engine::general_purpose::STANDARD
                .decode(&a)
                .map(|k| k.len())
                .ok(),
            Some(64)
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(FILE))
                .expect("file")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert_eq!(
            load_or_create(Some("given"), dir.path()).expect("given"),
            "given"
        );
    }
}
