//! Fixed-size, memory-mapped index files (Kafka's `.index` and `.timeindex`) and
//! the binary search over their entries.
//!
//! An index file is set to a fixed length when opened (ftruncate), mapped
//! MAP_SHARED read-write, and exposed to JavaScript as one writable Buffer over
//! the whole mapping; entries are written straight into that memory. As in
//! Kafka's AbstractIndex, the descriptor is closed as soon as the mapping exists:
//! a shared mapping keeps the file's pages reachable on its own, so an index
//! costs no file descriptor however many partitions there are. Flushing is an
//! msync of the mapping; closing trims the file to the bytes actually used by
//! path (truncate(2), the descriptor-less form of Kafka's reopen + setLength).
//! The mapping is reference-counted like a segment's (see mapping.rs), so the
//! Buffer stays valid memory after close; its bytes past the trimmed length
//! become detached zero pages.
//!
//! Entries are big-endian: the search reads a 4-byte (int32) or 8-byte (int64)
//! key at a fixed offset within each fixed-size entry, keys ascending.

use crate::error::{NativeError, NativeResult};
use crate::libc_sys as libc;
use crate::mapping::Mapping;
use std::ffi::{CStr, CString};
use std::os::raw::c_int;
use std::ptr;

pub struct Index {
    /// The file, for the trim on close (no descriptor is kept).
    path: CString,
    /// Null when the file has length 0 (nothing to map).
    map: *mut Mapping,
    closed: bool,
}

impl Index {
    /// Opens (creating with mode 0644) `path`, sets its length to `length`, maps it and
    /// closes the descriptor again.
    pub fn open(path: &CStr, length: usize) -> NativeResult<Index> {
        let fd = unsafe { libc::open(path.as_ptr(), libc::O_RDWR | libc::O_CREAT | libc::O_CLOEXEC, 0o644 as c_int) };
        if fd < 0 {
            return Err(NativeError::last_os("open"));
        }
        let mapped = Self::size_and_map(fd, length);
        // The mapping (if any) holds the file from here on; the descriptor is never needed again.
        unsafe { libc::close(fd) };
        Ok(Index { path: path.to_owned(), map: mapped?, closed: false })
    }

    fn size_and_map(fd: c_int, length: usize) -> NativeResult<*mut Mapping> {
        if unsafe { libc::ftruncate(fd, length as libc::off_t) } != 0 {
            return Err(NativeError::last_os("ftruncate"));
        }
        if length == 0 {
            return Ok(ptr::null_mut());
        }
        let m = Mapping::create(fd, length, true)?;
        // The preallocated tail is a hole. A fault's default readahead (read_ahead_kb, often
        // MiBs) would zero-fill that much page cache per index, and with large folios one
        // entry can dirty far more than its page. Entries are appended a page at a time and
        // searched by bisection: readahead never helps.
        unsafe { (*m).advise_random() };
        Ok(m)
    }

    fn check_open(&self) -> NativeResult<()> {
        if self.closed { Err(NativeError::Closed) } else { Ok(()) }
    }

    /// The first `len` bytes of the mapping (all of it when `len` is larger) with one reference
    /// taken for the caller, or None for an empty file.
    pub fn view(&self, len: usize) -> NativeResult<Option<(*mut u8, usize, *mut Mapping)>> {
        self.check_open()?;
        if self.map.is_null() || len == 0 {
            return Ok(None);
        }
        unsafe {
            Mapping::retain(self.map);
            Ok(Some(((*self.map).base(), len.min((*self.map).len()), self.map)))
        }
    }

    /// msync(MS_SYNC) of the mapping.
    pub fn flush(&self) -> NativeResult<()> {
        self.check_open()?;
        if self.map.is_null() {
            return Ok(());
        }
        unsafe { (*self.map).sync(usize::MAX) }
    }

    /// Drops the handle's mapping reference and sets the file length to `length`.
    /// The handle counts as closed even when the truncation fails.
    pub fn close(&mut self, length: usize) -> NativeResult<()> {
        self.check_open()?;
        self.closed = true;
        self.release_map(length);
        if unsafe { libc::truncate(self.path.as_ptr(), length as libc::off_t) } != 0 {
            return Err(NativeError::last_os("truncate"));
        }
        Ok(())
    }

    /// Releases the mapping; views still using it see zeros past `keep` once the file is cut there.
    fn release_map(&mut self, keep: usize) {
        if !self.map.is_null() {
            unsafe {
                if (*self.map).has_views() {
                    (*self.map).detach_from(keep);
                }
                Mapping::release(self.map);
            }
            self.map = ptr::null_mut();
        }
    }
}

impl Drop for Index {
    fn drop(&mut self) {
        // A handle collected without close keeps the file as it is (untrimmed).
        if !self.map.is_null() {
            unsafe { Mapping::release(self.map) };
            self.map = ptr::null_mut();
        }
    }
}

/// Width of the big-endian key compared by `search`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum KeyWidth {
    Int32,
    Int64,
}

/// Layout of the entries `search` walks.
#[derive(Clone, Copy, Debug)]
pub struct EntryLayout {
    pub entries: usize,
    pub entry_size: usize,
    pub key_offset: usize,
    pub key: KeyWidth,
}

impl EntryLayout {
    /// Checks the layout against a buffer of `buf_len` bytes.
    pub fn validate(&self, buf_len: usize) -> NativeResult<()> {
        let key_bytes = match self.key {
            KeyWidth::Int32 => 4,
            KeyWidth::Int64 => 8,
        };
        let key_end = self.key_offset.checked_add(key_bytes);
        if self.entry_size == 0 || key_end.is_none_or(|end| end > self.entry_size) {
            return Err(NativeError::Range(format!(
                "a {key_bytes}-byte key at offset {} does not fit in a {}-byte entry",
                self.key_offset, self.entry_size
            )));
        }
        match self.entries.checked_mul(self.entry_size) {
            Some(n) if n <= buf_len => Ok(()),
            _ => Err(NativeError::Range(format!(
                "{} entries of {} bytes do not fit in a {buf_len}-byte buffer",
                self.entries, self.entry_size
            ))),
        }
    }
}

#[inline(always)]
fn key_at(buf: &[u8], layout: &EntryLayout, slot: usize) -> i64 {
    let at = slot * layout.entry_size + layout.key_offset;
    match layout.key {
        KeyWidth::Int32 => i32::from_be_bytes([buf[at], buf[at + 1], buf[at + 2], buf[at + 3]]) as i64,
        KeyWidth::Int64 => {
            let mut b = [0u8; 8];
            b.copy_from_slice(&buf[at..at + 8]);
            i64::from_be_bytes(b)
        }
    }
}

/// The slot holding the largest key <= `target`, or -1 when every key is greater
/// (or there are no entries). When several slots hold that key, the first of them.
/// `layout` must have passed `validate(buf.len())`.
pub fn search(buf: &[u8], layout: &EntryLayout, target: i64) -> i64 {
    // Count of slots whose key is <= target (keys ascending).
    let (mut lo, mut hi) = (0usize, layout.entries);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if key_at(buf, layout, mid) <= target { lo = mid + 1 } else { hi = mid }
    }
    if lo == 0 {
        return -1;
    }
    let found = key_at(buf, layout, lo - 1);
    // First slot holding `found`.
    let (mut a, mut b) = (0usize, lo - 1);
    while a < b {
        let mid = a + (b - a) / 2;
        if key_at(buf, layout, mid) < found { a = mid + 1 } else { b = mid }
    }
    a as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int32_entries(keys: &[i32]) -> Vec<u8> {
        // Offset-index shape: 4-byte relative offset key, 4-byte position.
        keys.iter().flat_map(|k| k.to_be_bytes().into_iter().chain(0u32.to_be_bytes())).collect()
    }

    fn int64_entries(keys: &[i64]) -> Vec<u8> {
        // Time-index shape: 8-byte timestamp key, 4-byte relative offset.
        keys.iter().flat_map(|k| k.to_be_bytes().into_iter().chain(9u32.to_be_bytes())).collect()
    }

    fn layout(entries: usize, entry_size: usize, key: KeyWidth) -> EntryLayout {
        EntryLayout { entries, entry_size, key_offset: 0, key }
    }

    #[test]
    fn int32_keys() {
        let buf = int32_entries(&[0, 5, 10, 20]);
        let l = layout(4, 8, KeyWidth::Int32);
        l.validate(buf.len()).unwrap();
        assert_eq!(search(&buf, &l, -1), -1);
        assert_eq!(search(&buf, &l, 0), 0);
        assert_eq!(search(&buf, &l, 4), 0);
        assert_eq!(search(&buf, &l, 5), 1);
        assert_eq!(search(&buf, &l, 19), 2);
        assert_eq!(search(&buf, &l, 20), 3);
        assert_eq!(search(&buf, &l, i64::MAX), 3);
        assert_eq!(search(&buf, &layout(0, 8, KeyWidth::Int32), 100), -1);
        assert_eq!(search(&buf, &layout(2, 8, KeyWidth::Int32), 100), 1, "only `entries` slots count");
    }

    #[test]
    fn int64_keys_signed_and_duplicated() {
        let buf = int64_entries(&[-5, 1_600_000_000_000, 1_700_000_000_000, 1_700_000_000_000, 1_700_000_000_000, i64::MAX]);
        let l = layout(6, 12, KeyWidth::Int64);
        l.validate(buf.len()).unwrap();
        assert_eq!(search(&buf, &l, -6), -1);
        assert_eq!(search(&buf, &l, -5), 0);
        assert_eq!(search(&buf, &l, 1_699_999_999_999), 1);
        assert_eq!(search(&buf, &l, 1_700_000_000_000), 2, "first of the equal keys");
        assert_eq!(search(&buf, &l, 1_800_000_000_000), 2);
        assert_eq!(search(&buf, &l, i64::MAX), 5);
    }

    #[test]
    fn key_offset_within_entry() {
        // Key in the second half of each 12-byte entry.
        let buf: Vec<u8> = [3i64, 7, 11].iter().flat_map(|k| 0u32.to_be_bytes().into_iter().chain(k.to_be_bytes())).collect();
        let l = EntryLayout { entries: 3, entry_size: 12, key_offset: 4, key: KeyWidth::Int64 };
        l.validate(buf.len()).unwrap();
        assert_eq!(search(&buf, &l, 8), 1);
    }

    #[test]
    fn rejects_layouts_that_do_not_fit() {
        assert!(layout(3, 8, KeyWidth::Int32).validate(23).is_err());
        assert!(layout(3, 8, KeyWidth::Int32).validate(24).is_ok());
        assert!(layout(1, 4, KeyWidth::Int64).validate(100).is_err());
        assert!(layout(1, 0, KeyWidth::Int32).validate(100).is_err());
        assert!(layout(usize::MAX, 8, KeyWidth::Int32).validate(100).is_err());
        assert!(EntryLayout { entries: 1, entry_size: 8, key_offset: 5, key: KeyWidth::Int32 }.validate(8).is_err());
    }
}
