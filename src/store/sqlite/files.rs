//! The database's files on disk: created and kept readable by their owner only.

use std::path::{Path, PathBuf};

use crate::store::{Result, StoreError};

fn error(path: &Path, source: std::io::Error) -> StoreError {
    StoreError::File { path: path.display().to_string(), source }
}

/// Creates the database file readable by its owner only, before SQLite opens it.
pub(super) fn create_private(path: &Path) -> Result<()> {
    if path.as_os_str().is_empty() || path.exists() {
        return Ok(());
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| error(dir, e))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(error(path, e)),
    }
}

/// The database file and its `-wal` and `-shm` companions.
pub(super) fn companions(path: &Path) -> [PathBuf; 3] {
    let with = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    [path.to_owned(), with("-wal"), with("-shm")]
}

/// Makes the database's files (those that exist) readable by their owner only. A file that
/// others can read and that cannot be changed stops the program.
pub(super) fn make_private(path: &Path) -> Result<()> {
    #[cfg(unix)]
    for file in companions(path) {
        use std::os::unix::fs::PermissionsExt;
        let Ok(meta) = std::fs::metadata(&file) else { continue };
        if meta.permissions().mode() & 0o077 == 0 {
            continue;
        }
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).map_err(|e| {
            error(
                &file,
                std::io::Error::new(e.kind(), format!("others can read it and it cannot be made private: {e}")),
            )
        })?;
    }
    #[cfg(not(unix))]
    let _ = companions(path);
    Ok(())
}

/// The lock file beside a database, held by `run` for the life of the process.
pub(super) fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

/// Held by `run` for the life of the process: a second `run` on the same database stops at
/// start. The operating system releases it when the process ends, even on `kill -9`.
#[derive(Debug)]
pub struct InstanceLock {
    _file: std::fs::File,
}

/// Takes the database's instance lock, or says that another process holds it.
pub(super) fn lock(path: &Path) -> Result<InstanceLock> {
    let lock = lock_path(path);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(&lock).map_err(|e| error(&lock, e))?;
    match file.try_lock() {
        Ok(()) => Ok(InstanceLock { _file: file }),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::Locked { path: lock.display().to_string() }),
        Err(std::fs::TryLockError::Error(e)) => Err(error(&lock, e)),
    }
}
