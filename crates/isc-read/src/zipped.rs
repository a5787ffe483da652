//! Zip containers (Word files): entries read with a limit on what they unpack to.

use std::io::{Cursor, Read};

use crate::error::{Error, Result};

/// Whether a zip's bytes name an entry `name` (in a local header or the central directory);
/// enough to tell a Word file from another zip without unpacking anything.
pub(crate) fn names_entry(bytes: &[u8], name: &str) -> bool {
    bytes.windows(name.len()).any(|w| w == name.as_bytes())
}

/// An opened zip container.
pub(crate) struct Zip<'a> {
    archive: zip::ZipArchive<Cursor<&'a [u8]>>,
    limit: u64,
}

impl<'a> Zip<'a> {
    /// Opens the container; each entry may unpack to at most `limit` bytes.
    pub(crate) fn new(bytes: &'a [u8], limit: u64) -> Result<Self> {
        let archive =
            zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| Error::Zip(e.to_string()))?;
        Ok(Zip { archive, limit })
    }

    /// The entry `name` unpacked, `None` when the container has none; an entry past the limit
    /// (whatever its header says) or that does not unpack is an error.
    pub(crate) fn entry(&mut self, name: &str) -> Result<Option<Vec<u8>>> {
        let limit = self.limit;
        let mut file = match self.archive.by_name(name) {
            Ok(file) => file,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(Error::Zip(format!("{name}: {e}"))),
        };
        let too_large = || Error::TooLarge { part: name.to_owned(), limit };
        if file.size() > limit {
            return Err(too_large());
        }
        let mut res = Vec::with_capacity(usize::try_from(file.size()).unwrap_or(0));
        (&mut file)
            .take(limit + 1)
            .read_to_end(&mut res)
            .map_err(|e| Error::Zip(format!("{name}: {e}")))?;
        if res.len() as u64 > limit {
            return Err(too_large());
        }
        Ok(Some(res))
    }
}
