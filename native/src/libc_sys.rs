//! The libc calls the module makes, declared by hand (no crates), with the Linux
//! constants they need. The values below are the same on x86_64 and aarch64
//! (both use the generic Linux numbering for these flags).

#![allow(non_camel_case_types)]

use std::os::raw::{c_char, c_int, c_long, c_void};

pub type off_t = i64;
pub type ssize_t = isize;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct iovec {
    pub iov_base: *const c_void,
    pub iov_len: usize,
}

pub const O_RDWR: c_int = 0o2;
pub const O_CREAT: c_int = 0o100;
pub const O_CLOEXEC: c_int = 0o2000000;

pub const SEEK_END: c_int = 2;

pub const PROT_READ: c_int = 1;
pub const PROT_WRITE: c_int = 2;
pub const MAP_SHARED: c_int = 0x01;
pub const MAP_PRIVATE: c_int = 0x02;
pub const MAP_FIXED: c_int = 0x10;
pub const MAP_ANONYMOUS: c_int = 0x20;
pub const MAP_FAILED: *mut c_void = !0usize as *mut c_void;
pub const MS_SYNC: c_int = 4;
pub const MADV_RANDOM: c_int = 1;

pub const SC_PAGESIZE: c_int = 30;
/// Most iovecs one writev may take (Linux UIO_MAXIOV).
pub const IOV_MAX: usize = 1024;

/// getrlimit/setrlimit resource: the most descriptors a process may have open.
pub const RLIMIT_NOFILE: c_int = 7;
/// rlim_t's "no limit".
pub const RLIM_INFINITY: u64 = !0;

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct rlimit {
    pub rlim_cur: u64,
    pub rlim_max: u64,
}

pub const EINTR: c_int = 4;
pub const EIO: c_int = 5;

extern "C" {
    pub fn open(path: *const c_char, flags: c_int, ...) -> c_int;
    pub fn close(fd: c_int) -> c_int;
    pub fn pwritev(fd: c_int, iov: *const iovec, iovcnt: c_int, offset: off_t) -> ssize_t;
    pub fn lseek(fd: c_int, offset: off_t, whence: c_int) -> off_t;
    pub fn ftruncate(fd: c_int, length: off_t) -> c_int;
    pub fn truncate(path: *const c_char, length: off_t) -> c_int;
    pub fn getrlimit(resource: c_int, rlim: *mut rlimit) -> c_int;
    pub fn setrlimit(resource: c_int, rlim: *const rlimit) -> c_int;
    pub fn fdatasync(fd: c_int) -> c_int;
    pub fn mmap(addr: *mut c_void, len: usize, prot: c_int, flags: c_int, fd: c_int, offset: off_t) -> *mut c_void;
    pub fn munmap(addr: *mut c_void, len: usize) -> c_int;
    pub fn msync(addr: *mut c_void, len: usize, flags: c_int) -> c_int;
    pub fn madvise(addr: *mut c_void, len: usize, advice: c_int) -> c_int;
    pub fn sysconf(name: c_int) -> c_long;
    pub fn __errno_location() -> *mut c_int;
}

/// The calling thread's errno.
pub fn errno() -> c_int {
    unsafe { *__errno_location() }
}

/// The page size (mappings and MAP_FIXED overlays are page-granular).
pub fn page_size() -> usize {
    let n = unsafe { sysconf(SC_PAGESIZE) };
    if n > 0 { n as usize } else { 4096 }
}
