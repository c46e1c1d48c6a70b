//! A reference-counted `mmap` of a file.
//!
//! Contract: a `Mapping` is created with one reference (its owner's: a segment or
//! an index handle). Every external Buffer over it takes one more, released by
//! the Buffer's finalizer. `munmap` happens when the count reaches zero, so a
//! Buffer stays valid after its segment is closed or remapped.
//!
//! Pages of a file mapping that lie wholly past the end of the file raise SIGBUS
//! when touched. Before a file is shortened while Buffers still reference its
//! mapping, `detach_from` replaces the pages past the new end with private
//! anonymous memory, so stale views read zeros instead of crashing the process.

use crate::error::{NativeError, NativeResult};
use crate::libc_sys as libc;
use std::os::raw::{c_int, c_void};
use std::ptr;
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct Mapping {
    base: *mut u8,
    len: usize,
    prot: c_int,
    refs: AtomicUsize,
}

impl Mapping {
    /// Maps `len` bytes (> 0) of `fd` from offset 0, shared; the caller owns the one reference.
    pub fn create(fd: c_int, len: usize, writable: bool) -> NativeResult<*mut Mapping> {
        if len == 0 {
            return Err(NativeError::Range("cannot map 0 bytes".into()));
        }
        let prot = if writable { libc::PROT_READ | libc::PROT_WRITE } else { libc::PROT_READ };
        let base = unsafe { libc::mmap(ptr::null_mut(), len, prot, libc::MAP_SHARED, fd, 0) };
        if base == libc::MAP_FAILED {
            return Err(NativeError::last_os("mmap"));
        }
        let mapping = Mapping { base: base as *mut u8, len, prot, refs: AtomicUsize::new(1) };
        Ok(Box::into_raw(Box::new(mapping)))
    }

    pub fn base(&self) -> *mut u8 {
        self.base
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// True when anything besides the owner references the mapping.
    pub fn has_views(&self) -> bool {
        self.refs.load(Ordering::Acquire) > 1
    }

    /// Takes one more reference.
    ///
    /// # Safety
    /// `m` must be a live mapping returned by `create`.
    pub unsafe fn retain(m: *mut Mapping) {
        (*m).refs.fetch_add(1, Ordering::Relaxed);
    }

    /// Drops one reference; unmaps and frees on the last.
    ///
    /// # Safety
    /// `m` must be live and the caller must own the reference it releases.
    pub unsafe fn release(m: *mut Mapping) {
        if (*m).refs.fetch_sub(1, Ordering::AcqRel) == 1 {
            let mapping = Box::from_raw(m);
            libc::munmap(mapping.base as *mut c_void, mapping.len);
        }
    }

    /// Replaces the whole pages at and after `offset` with anonymous zero pages
    /// (see the module comment). Best effort: on failure the pages stay file-backed.
    pub fn detach_from(&self, offset: usize) {
        let page = libc::page_size();
        let start = offset.div_ceil(page) * page;
        if start >= self.len {
            return;
        }
        unsafe {
            libc::mmap(
                self.base.add(start) as *mut c_void,
                self.len - start,
                self.prot,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED,
                -1,
                0,
            );
        }
    }

    /// madvise(MADV_RANDOM): a fault reads in only the page touched, with no readahead around it.
    /// Best effort: without it faults merely read ahead.
    pub fn advise_random(&self) {
        unsafe { libc::madvise(self.base as *mut c_void, self.len, libc::MADV_RANDOM) };
    }

    /// msync(MS_SYNC) of the first `len` bytes.
    pub fn sync(&self, len: usize) -> NativeResult<()> {
        let len = len.min(self.len);
        if len == 0 {
            return Ok(());
        }
        if unsafe { libc::msync(self.base as *mut c_void, len, libc::MS_SYNC) } != 0 {
            return Err(NativeError::last_os("msync"));
        }
        Ok(())
    }
}
