//! An append-only log segment file with zero-copy reads.
//!
//! Writes: `append` issues one `pwritev` at the tracked end of the file (looping on
//! short writes and EINTR); positional writes keep appends correct after a
//! truncate, whatever the descriptor's offset. A failed append truncates back
//! to where it started, so the file never keeps half a write.
//!
//! Reads: `view` hands out (pointer, mapping) pairs into a read-only MAP_SHARED
//! mapping of the file. The mapping is larger than the file (at least
//! `min_map_bytes`, doubling on growth) so that appended data becomes readable
//! without remapping; a read past the current mapping creates a bigger one.
//! Nothing is ever read past the file size, which is what keeps SIGBUS away.
//!
//! Mapping ownership: the segment owns one reference on its current mapping and
//! on each older ("retired") mapping still referenced by a view; retired ones
//! are let go as soon as only the segment holds them. Keeping them lets
//! `truncate` detach the truncated pages of every mapping a view can still see.

use crate::error::{NativeError, NativeResult};
use crate::libc_sys as libc;
use crate::mapping::Mapping;
use std::ffi::CStr;
use std::os::raw::{c_int, c_void};
use std::ptr;

/// Default first mapping size: 64 MiB of address space, not memory.
pub const DEFAULT_MIN_MAP_BYTES: usize = 64 << 20;
/// Mapping sizes are rounded up to this (a multiple of every Linux page size).
const MAP_GRANULE: usize = 64 << 10;

pub struct Segment {
    fd: c_int,
    size: u64,
    min_map_bytes: usize,
    current: *mut Mapping,
    retired: Vec<*mut Mapping>,
}

impl Segment {
    /// Opens (creating with mode 0644) `path` read-write and records its size.
    pub fn open(path: &CStr, min_map_bytes: usize) -> NativeResult<Segment> {
        let fd = unsafe { libc::open(path.as_ptr(), libc::O_RDWR | libc::O_CREAT | libc::O_CLOEXEC, 0o644 as c_int) };
        if fd < 0 {
            return Err(NativeError::last_os("open"));
        }
        let end = unsafe { libc::lseek(fd, 0, libc::SEEK_END) };
        if end < 0 {
            let err = NativeError::last_os("lseek");
            unsafe { libc::close(fd) };
            return Err(err);
        }
        Ok(Segment {
            fd,
            size: end as u64,
            min_map_bytes: min_map_bytes.max(1),
            current: ptr::null_mut(),
            retired: Vec::new(),
        })
    }

    fn check_open(&self) -> NativeResult<()> {
        if self.fd < 0 { Err(NativeError::Closed) } else { Ok(()) }
    }

    pub fn size(&self) -> NativeResult<u64> {
        self.check_open()?;
        Ok(self.size)
    }

    /// Writes `iov` at the end of the file; returns the position of its first byte.
    /// `iov` is consumed as a scratch area (advanced over what was written).
    pub fn append(&mut self, iov: &mut [libc::iovec]) -> NativeResult<u64> {
        self.check_open()?;
        let start = self.size;
        let total: u64 = iov.iter().map(|v| v.iov_len as u64).sum();
        let mut written = 0u64;
        let mut first = 0usize;
        while written < total {
            while first < iov.len() && iov[first].iov_len == 0 {
                first += 1;
            }
            let count = (iov.len() - first).min(libc::IOV_MAX);
            let n = unsafe { libc::pwritev(self.fd, iov[first..].as_ptr(), count as c_int, (start + written) as libc::off_t) };
            if n < 0 {
                if libc::errno() == libc::EINTR {
                    continue;
                }
                return Err(self.undo_append(start, NativeError::last_os("writev")));
            }
            if n == 0 {
                return Err(self.undo_append(start, NativeError::Sys { errno: libc::EIO, syscall: "writev" }));
            }
            written += n as u64;
            let mut left = n as usize;
            while left > 0 && first < iov.len() {
                let v = &mut iov[first];
                if left >= v.iov_len {
                    left -= v.iov_len;
                    v.iov_len = 0;
                    first += 1;
                } else {
                    v.iov_base = unsafe { (v.iov_base as *const u8).add(left) } as *const c_void;
                    v.iov_len -= left;
                    left = 0;
                }
            }
        }
        self.size = start + total;
        Ok(start)
    }

    fn undo_append(&mut self, start: u64, err: NativeError) -> NativeError {
        unsafe { libc::ftruncate(self.fd, start as libc::off_t) };
        err
    }

    /// A pointer to `[position, position + length)` and the mapping it lies in, with
    /// one reference taken for the caller. `length` must be > 0.
    pub fn view(&mut self, position: u64, length: usize) -> NativeResult<(*const u8, *mut Mapping)> {
        self.check_open()?;
        let end = position.checked_add(length as u64).filter(|&e| e <= self.size);
        let Some(end) = end else {
            return Err(NativeError::Range(format!(
                "read of {length} bytes at {position} is past the end of the segment ({} bytes)",
                self.size
            )));
        };
        let end = usize::try_from(end).map_err(|_| NativeError::Range("position too large to map".into()))?;
        if self.current.is_null() || end > unsafe { (*self.current).len() } {
            self.remap(end)?;
        }
        let m = self.current;
        unsafe {
            Mapping::retain(m);
            Ok(((*m).base().add(position as usize) as *const u8, m))
        }
    }

    /// The whole current mapping, grown to cover at least `[0, min_end)` of the file, with one
    /// reference taken for the caller: (base, mapped length, mapping). `min_end` must not pass the
    /// file size; bytes past the size are mapped but must never be read (SIGBUS past the last page).
    pub fn map_all(&mut self, min_end: u64) -> NativeResult<(*const u8, usize, *mut Mapping)> {
        self.check_open()?;
        if min_end > self.size {
            return Err(NativeError::Range(format!(
                "mapping to {min_end} is past the end of the segment ({} bytes)",
                self.size
            )));
        }
        let end = usize::try_from(min_end.max(1)).map_err(|_| NativeError::Range("position too large to map".into()))?;
        if self.current.is_null() || end > unsafe { (*self.current).len() } {
            self.remap(end)?;
        }
        let m = self.current;
        unsafe {
            Mapping::retain(m);
            Ok(((*m).base() as *const u8, (*m).len(), m))
        }
    }

    fn remap(&mut self, needed: usize) -> NativeResult<()> {
        let previous = if self.current.is_null() { 0 } else { unsafe { (*self.current).len() } };
        let wanted = needed.max(self.min_map_bytes).max(previous.saturating_mul(2));
        let len = wanted.div_ceil(MAP_GRANULE).saturating_mul(MAP_GRANULE);
        let fresh = Mapping::create(self.fd, len, false)?;
        self.retire_current();
        self.current = fresh;
        Ok(())
    }

    fn retire_current(&mut self) {
        if !self.current.is_null() {
            self.retired.push(self.current);
            self.current = ptr::null_mut();
        }
        // Only mappings a view still sees need to stay reachable from here.
        self.retired.retain(|&m| unsafe {
            if (*m).has_views() {
                true
            } else {
                Mapping::release(m);
                false
            }
        });
    }

    /// fdatasync.
    pub fn flush(&self) -> NativeResult<()> {
        self.check_open()?;
        if unsafe { libc::fdatasync(self.fd) } != 0 {
            return Err(NativeError::last_os("fdatasync"));
        }
        Ok(())
    }

    /// Sets the file length to `size`. Views of bytes past `size` read zeros afterwards.
    pub fn truncate(&mut self, size: u64) -> NativeResult<()> {
        self.check_open()?;
        let size_usize = usize::try_from(size).map_err(|_| NativeError::Range("size too large".into()))?;
        if size < self.size {
            // Views hold the only other references; detach before the pages vanish.
            for &m in self.retired.iter().chain(std::iter::once(&self.current)) {
                if !m.is_null() && unsafe { (*m).has_views() } {
                    unsafe { (*m).detach_from(size_usize) };
                }
            }
        }
        if unsafe { libc::ftruncate(self.fd, size as libc::off_t) } != 0 {
            return Err(NativeError::last_os("ftruncate"));
        }
        // The current mapping may have detached pages; later data needs a fresh one.
        self.retire_current();
        self.size = size;
        Ok(())
    }

    /// Releases the segment's mapping references and closes the descriptor.
    pub fn close(&mut self) -> NativeResult<()> {
        self.check_open()?;
        self.retire_current();
        for m in self.retired.drain(..) {
            unsafe { Mapping::release(m) };
        }
        let fd = self.fd;
        self.fd = -1;
        if unsafe { libc::close(fd) } != 0 {
            return Err(NativeError::last_os("close"));
        }
        Ok(())
    }
}

impl Drop for Segment {
    fn drop(&mut self) {
        if self.fd >= 0 {
            let _ = self.close();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CString;

    fn temp_path(name: &str) -> CString {
        let dir = std::env::temp_dir().join(format!("samsa-native-{}-{name}", std::process::id()));
        let _ = std::fs::remove_file(&dir);
        CString::new(dir.to_string_lossy().as_bytes()).unwrap()
    }

    fn iov(bufs: &[&[u8]]) -> Vec<libc::iovec> {
        bufs.iter().map(|b| libc::iovec { iov_base: b.as_ptr() as *const c_void, iov_len: b.len() }).collect()
    }

    #[test]
    fn map_all_covers_the_file_and_stays_valid_after_close() {
        let path = temp_path("map-all");
        let mut seg = Segment::open(&path, 4096).unwrap();
        assert!(seg.map_all(1).is_err(), "nothing to map in an empty file");
        seg.append(&mut iov(&[b"abcdef"])).unwrap();
        let (base, len, m) = seg.map_all(6).unwrap();
        assert!(len >= 4096);
        assert_eq!(unsafe { std::slice::from_raw_parts(base, 6) }, b"abcdef");
        assert!(seg.map_all(7).is_err(), "past the size");
        let big = vec![9u8; 100_000];
        seg.append(&mut iov(&[&big])).unwrap();
        let (base2, len2, m2) = seg.map_all(100_006).unwrap();
        assert!(len2 >= 100_006 && len > 0 && len < 100_006);
        assert_ne!(m, m2, "growing past the mapping remaps");
        assert_eq!(unsafe { *base2.add(100_005) }, 9);
        seg.close().unwrap();
        assert_eq!(unsafe { std::slice::from_raw_parts(base, 6) }, b"abcdef", "old mapping survives close");
        unsafe {
            Mapping::release(m);
            Mapping::release(m2);
        }
        let _ = std::fs::remove_file(path.to_str().unwrap());
    }

    #[test]
    fn appends_reads_and_grows_past_the_first_mapping() {
        let path = temp_path("grow");
        let mut seg = Segment::open(&path, 4096).unwrap();
        assert_eq!(seg.append(&mut iov(&[b"hello ", b"", b"world"])).unwrap(), 0);
        let (p, m) = seg.view(6, 5).unwrap();
        assert_eq!(unsafe { std::slice::from_raw_parts(p, 5) }, b"world");
        let big = vec![7u8; 100_000];
        assert_eq!(seg.append(&mut iov(&[&big])).unwrap(), 11);
        let (q, m2) = seg.view(11 + 99_999, 1).unwrap();
        assert_eq!(unsafe { *q }, 7);
        assert_ne!(m, m2, "a read past the first mapping remaps");
        assert_eq!(unsafe { std::slice::from_raw_parts(p, 5) }, b"world", "old view survives the remap");
        seg.close().unwrap();
        assert_eq!(unsafe { std::slice::from_raw_parts(p, 5) }, b"world", "old view survives close");
        unsafe {
            Mapping::release(m);
            Mapping::release(m2);
        }
        assert_eq!(seg.size(), Err(NativeError::Closed));
        let _ = std::fs::remove_file(path.to_str().unwrap());
    }

    #[test]
    fn truncate_detaches_views_and_appends_continue_at_the_new_end() {
        let path = temp_path("truncate");
        let mut seg = Segment::open(&path, 1 << 20).unwrap();
        let data = vec![1u8; 3 * 65536];
        seg.append(&mut iov(&[&data])).unwrap();
        let (p, m) = seg.view(0, data.len()).unwrap();
        seg.truncate(10).unwrap();
        // Past the new end the old view reads zeros rather than faulting.
        assert_eq!(unsafe { *p.add(2 * 65536) }, 0);
        assert_eq!(seg.append(&mut iov(&[b"abc"])).unwrap(), 10);
        let (q, m2) = seg.view(10, 3).unwrap();
        assert_eq!(unsafe { std::slice::from_raw_parts(q, 3) }, b"abc");
        assert!(matches!(seg.view(10, 4), Err(NativeError::Range(_))));
        unsafe {
            Mapping::release(m);
            Mapping::release(m2);
        }
        drop(seg);
        assert_eq!(std::fs::metadata(path.to_str().unwrap()).unwrap().len(), 13);
        let _ = std::fs::remove_file(path.to_str().unwrap());
    }
}
