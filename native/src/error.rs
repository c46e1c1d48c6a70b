//! What the native operations can fail with, independent of JavaScript; lib.rs
//! turns each kind into the matching JS error (Error with `code`/`errno`/`syscall`,
//! RangeError, or Error with code ECLOSED).

use std::os::raw::c_int;

#[derive(Debug, PartialEq, Eq)]
pub enum NativeError {
    /// A system call failed with `errno`.
    Sys { errno: c_int, syscall: &'static str },
    /// The handle was closed.
    Closed,
    /// An argument was outside what the operation accepts.
    Range(String),
}

pub type NativeResult<T> = Result<T, NativeError>;

impl NativeError {
    /// The failure of `syscall`, reading errno now.
    pub fn last_os(syscall: &'static str) -> NativeError {
        NativeError::Sys { errno: crate::libc_sys::errno(), syscall }
    }
}

/// Linux errno number -> (name, description), as Node's own fs errors word them.
pub fn describe_errno(errno: c_int) -> (&'static str, &'static str) {
    match errno {
        1 => ("EPERM", "operation not permitted"),
        2 => ("ENOENT", "no such file or directory"),
        4 => ("EINTR", "interrupted system call"),
        5 => ("EIO", "i/o error"),
        6 => ("ENXIO", "no such device or address"),
        9 => ("EBADF", "bad file descriptor"),
        11 => ("EAGAIN", "resource temporarily unavailable"),
        12 => ("ENOMEM", "not enough memory"),
        13 => ("EACCES", "permission denied"),
        14 => ("EFAULT", "bad address in system call argument"),
        16 => ("EBUSY", "resource busy or locked"),
        17 => ("EEXIST", "file already exists"),
        18 => ("EXDEV", "cross-device link not permitted"),
        19 => ("ENODEV", "no such device"),
        20 => ("ENOTDIR", "not a directory"),
        21 => ("EISDIR", "illegal operation on a directory"),
        22 => ("EINVAL", "invalid argument"),
        23 => ("ENFILE", "file table overflow"),
        24 => ("EMFILE", "too many open files"),
        26 => ("ETXTBSY", "text file is busy"),
        27 => ("EFBIG", "file too large"),
        28 => ("ENOSPC", "no space left on device"),
        29 => ("ESPIPE", "invalid seek"),
        30 => ("EROFS", "read-only file system"),
        36 => ("ENAMETOOLONG", "name too long"),
        38 => ("ENOSYS", "function not implemented"),
        40 => ("ELOOP", "too many symbolic links encountered"),
        75 => ("EOVERFLOW", "value too large for defined data type"),
        95 => ("ENOTSUP", "operation not supported on socket"),
        116 => ("ESTALE", "stale file handle"),
        122 => ("EDQUOT", "disk quota exceeded"),
        _ => ("EUNKNOWN", "unknown error"),
    }
}

#[cfg(test)]
mod tests {
    use super::describe_errno;

    #[test]
    fn names_the_errors_storage_maps() {
        assert_eq!(describe_errno(28).0, "ENOSPC");
        assert_eq!(describe_errno(2).0, "ENOENT");
        assert_eq!(describe_errno(5).0, "EIO");
        assert_eq!(describe_errno(9).0, "EBADF");
        assert_eq!(describe_errno(-1).0, "EUNKNOWN");
    }
}
