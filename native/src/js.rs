//! Conversions between JavaScript values and Rust, and the one place errors
//! become JavaScript exceptions.
//!
//! Every exported function is written as `fn(env, info) -> JsResult<napi_value>`;
//! `finish` throws the error (if any) and hands Node the value. Every
//! napi_status is checked: a failed call becomes `JsError::Napi`, reported as
//! an Error unless the failure already left a JavaScript exception pending.
//!
//! System errors take the shape of Node's own fs errors: `code` (errno name),
//! `errno` (negative, as libuv reports it), `syscall`, and `path` when known.

use crate::error::{describe_errno, NativeError};
use crate::napi_sys::*;
use std::ffi::CString;
use std::os::raw::{c_char, c_int, c_void};
use std::ptr;

pub enum JsError {
    Type(String),
    Range(String),
    /// Use of a closed handle; the payload names the kind of handle.
    Closed(&'static str),
    Sys { errno: c_int, syscall: &'static str, path: Option<String> },
    Napi(napi_status),
}

pub type JsResult<T> = Result<T, JsError>;

impl JsError {
    /// A native failure, naming `what` is closed and `path` for system errors.
    pub fn from_native(err: NativeError, what: &'static str, path: Option<&CString>) -> JsError {
        match err {
            NativeError::Sys { errno, syscall } => {
                JsError::Sys { errno, syscall, path: path.map(|p| p.to_string_lossy().into_owned()) }
            }
            NativeError::Closed => JsError::Closed(what),
            NativeError::Range(msg) => JsError::Range(msg),
        }
    }
}

#[inline]
pub fn check(status: napi_status) -> JsResult<()> {
    if status == NAPI_OK { Ok(()) } else { Err(JsError::Napi(status)) }
}

/// Returns `result` to Node, throwing the error instead when there is one.
pub unsafe fn finish(env: napi_env, result: JsResult<napi_value>) -> napi_value {
    match result {
        Ok(v) => v,
        Err(e) => {
            throw(env, e);
            ptr::null_mut()
        }
    }
}

unsafe fn throw(env: napi_env, err: JsError) {
    let mut pending = false;
    if napi_is_exception_pending(env, &mut pending) == NAPI_OK && pending {
        return;
    }
    if let Err(JsError::Napi(status)) = build_and_throw(env, &err) {
        let msg = format!("Node-API call failed with status {status}\0");
        napi_throw_error(env, ptr::null(), msg.as_ptr() as *const c_char);
    }
}

unsafe fn build_and_throw(env: napi_env, err: &JsError) -> JsResult<()> {
    let error = match err {
        JsError::Type(msg) => make_error(env, napi_create_type_error, "ERR_INVALID_ARG_TYPE", msg)?,
        JsError::Range(msg) => make_error(env, napi_create_range_error, "ERR_OUT_OF_RANGE", msg)?,
        JsError::Closed(what) => make_error(env, napi_create_error, "ECLOSED", &format!("ECLOSED: {what} is closed"))?,
        JsError::Sys { errno, syscall, path } => {
            let (name, text) = describe_errno(*errno);
            let msg = match path {
                Some(p) => format!("{name}: {text}, {syscall} '{p}'"),
                None => format!("{name}: {text}, {syscall}"),
            };
            let error = make_error(env, napi_create_error, name, &msg)?;
            set(env, error, b"errno\0", number(env, -(*errno as i64))?)?;
            set(env, error, b"syscall\0", string(env, syscall)?)?;
            if let Some(p) = path {
                set(env, error, b"path\0", string(env, p)?)?;
            }
            error
        }
        JsError::Napi(status) => {
            make_error(env, napi_create_error, "ERR_NAPI", &format!("Node-API call failed with status {status}"))?
        }
    };
    check(napi_throw(env, error))
}

type ErrorCtor = unsafe extern "C" fn(napi_env, napi_value, napi_value, *mut napi_value) -> napi_status;

unsafe fn make_error(env: napi_env, ctor: ErrorCtor, code: &str, msg: &str) -> JsResult<napi_value> {
    let mut error = ptr::null_mut();
    check(ctor(env, string(env, code)?, string(env, msg)?, &mut error))?;
    Ok(error)
}

unsafe fn set(env: napi_env, object: napi_value, name: &'static [u8], value: napi_value) -> JsResult<()> {
    check(napi_set_named_property(env, object, name.as_ptr() as *const c_char, value))
}

/// Sets `object[name] = value`; `name` must be NUL-terminated.
pub unsafe fn set_property(env: napi_env, object: napi_value, name: &'static [u8], value: napi_value) -> JsResult<()> {
    set(env, object, name, value)
}

// ---- reading arguments ----

/// The first N arguments; missing ones are `undefined`.
pub unsafe fn args<const N: usize>(env: napi_env, info: napi_callback_info) -> JsResult<[napi_value; N]> {
    Ok(counted_args::<N>(env, info)?.0)
}

/// Like `args`, with the number of arguments actually passed.
pub unsafe fn counted_args<const N: usize>(env: napi_env, info: napi_callback_info) -> JsResult<([napi_value; N], usize)> {
    let mut argc = N;
    let mut argv = [ptr::null_mut(); N];
    check(napi_get_cb_info(env, info, &mut argc, argv.as_mut_ptr(), ptr::null_mut(), ptr::null_mut()))?;
    Ok((argv, argc))
}

pub unsafe fn type_of(env: napi_env, value: napi_value) -> JsResult<napi_valuetype> {
    let mut t = NAPI_UNDEFINED;
    check(napi_typeof(env, value, &mut t))?;
    Ok(t)
}

/// The bytes of a Buffer (or any Uint8Array); `what` names the argument in errors.
pub unsafe fn buffer<'a>(env: napi_env, value: napi_value, what: &str) -> JsResult<&'a [u8]> {
    let mut data: *mut c_void = ptr::null_mut();
    let mut len = 0usize;
    if napi_get_buffer_info(env, value, &mut data, &mut len) != NAPI_OK {
        return Err(JsError::Type(format!("{what} must be a Buffer")));
    }
    Ok(if len == 0 || data.is_null() { &[] } else { std::slice::from_raw_parts(data as *const u8, len) })
}

pub unsafe fn number_value(env: napi_env, value: napi_value, what: &str) -> JsResult<f64> {
    if type_of(env, value)? != NAPI_NUMBER {
        return Err(JsError::Type(format!("{what} must be a number")));
    }
    let mut d = 0f64;
    check(napi_get_value_double(env, value, &mut d))?;
    Ok(d)
}

/// A non-negative safe integer (a position, length or count).
pub unsafe fn index_value(env: napi_env, value: napi_value, what: &str) -> JsResult<u64> {
    let d = number_value(env, value, what)?;
    if !((0.0..=9_007_199_254_740_991.0).contains(&d) && d.fract() == 0.0) {
        return Err(JsError::Range(format!("{what} must be an integer >= 0 and <= 2^53 - 1, got {d}")));
    }
    Ok(d as u64)
}

/// Like `index_value`, with `undefined` meaning absent.
pub unsafe fn optional_index(env: napi_env, value: napi_value, what: &str) -> JsResult<Option<u64>> {
    let t = type_of(env, value)?;
    if t == NAPI_UNDEFINED || t == NAPI_NULL {
        return Ok(None);
    }
    index_value(env, value, what).map(Some)
}

/// A JavaScript number as an int64, rounding toward -infinity, saturating at the int64 range.
pub unsafe fn int64_floor(env: napi_env, value: napi_value, what: &str) -> JsResult<i64> {
    let d = number_value(env, value, what)?;
    if d.is_nan() {
        return Err(JsError::Range(format!("{what} must not be NaN")));
    }
    if d >= i64::MAX as f64 {
        return Ok(i64::MAX);
    }
    if d < i64::MIN as f64 {
        return Ok(i64::MIN);
    }
    let mut i = 0i64;
    check(napi_get_value_int64(env, value, &mut i))?;
    // napi_get_value_int64 truncates toward zero.
    if (i as f64) > d {
        i -= 1;
    }
    Ok(i)
}

/// A string argument as a C path (no interior NUL).
pub unsafe fn path(env: napi_env, value: napi_value, what: &str) -> JsResult<CString> {
    if type_of(env, value)? != NAPI_STRING {
        return Err(JsError::Type(format!("{what} must be a string")));
    }
    let mut len = 0usize;
    check(napi_get_value_string_utf8(env, value, ptr::null_mut(), 0, &mut len))?;
    let mut bytes = vec![0u8; len + 1];
    let mut copied = 0usize;
    check(napi_get_value_string_utf8(env, value, bytes.as_mut_ptr() as *mut c_char, len + 1, &mut copied))?;
    bytes.truncate(copied);
    if bytes.is_empty() {
        return Err(JsError::Type(format!("{what} must not be empty")));
    }
    CString::new(bytes).map_err(|_| JsError::Type(format!("{what} must not contain NUL bytes")))
}

// ---- making values ----

pub unsafe fn uint32(env: napi_env, v: u32) -> JsResult<napi_value> {
    let mut out = ptr::null_mut();
    check(napi_create_uint32(env, v, &mut out))?;
    Ok(out)
}

/// A JavaScript number from an integer (exact up to 2^53).
pub unsafe fn number(env: napi_env, v: i64) -> JsResult<napi_value> {
    let mut out = ptr::null_mut();
    check(napi_create_int64(env, v, &mut out))?;
    Ok(out)
}

/// A JavaScript number from a double (Infinity included).
pub unsafe fn double(env: napi_env, v: f64) -> JsResult<napi_value> {
    let mut out = ptr::null_mut();
    check(napi_create_double(env, v, &mut out))?;
    Ok(out)
}

pub unsafe fn string(env: napi_env, s: &str) -> JsResult<napi_value> {
    let mut out = ptr::null_mut();
    check(napi_create_string_utf8(env, s.as_ptr() as *const c_char, s.len(), &mut out))?;
    Ok(out)
}

pub unsafe fn undefined(env: napi_env) -> JsResult<napi_value> {
    let mut out = ptr::null_mut();
    check(napi_get_undefined(env, &mut out))?;
    Ok(out)
}

pub unsafe fn object(env: napi_env) -> JsResult<napi_value> {
    let mut out = ptr::null_mut();
    check(napi_create_object(env, &mut out))?;
    Ok(out)
}

/// A new zero-length Buffer (external buffers need a mapping behind them).
pub unsafe fn empty_buffer(env: napi_env) -> JsResult<napi_value> {
    let mut data = ptr::null_mut();
    let mut out = ptr::null_mut();
    check(napi_create_buffer(env, 0, &mut data, &mut out))?;
    Ok(out)
}

// ---- handles: a Box'd Rust value inside a type-tagged JS external ----

unsafe extern "C" fn drop_box<T>(_env: napi_env, data: *mut c_void, _hint: *mut c_void) {
    drop(Box::from_raw(data as *mut T));
}

/// Moves `value` into a new external tagged with `tag`; the Box is dropped when
/// the external is garbage-collected.
pub unsafe fn wrap<T>(env: napi_env, value: T, tag: &napi_type_tag) -> JsResult<napi_value> {
    let raw = Box::into_raw(Box::new(value));
    let mut out = ptr::null_mut();
    if let Err(e) = check(napi_create_external(env, raw as *mut c_void, Some(drop_box::<T>), ptr::null_mut(), &mut out)) {
        drop(Box::from_raw(raw));
        return Err(e);
    }
    check(napi_type_tag_object(env, out, tag))?;
    Ok(out)
}

/// The value inside an external made by `wrap` with the same `tag`.
pub unsafe fn unwrap<'a, T>(env: napi_env, value: napi_value, tag: &napi_type_tag, what: &str) -> JsResult<&'a mut T> {
    let wrong = || JsError::Type(format!("expected {what} handle"));
    if type_of(env, value)? != NAPI_EXTERNAL {
        return Err(wrong());
    }
    let mut tagged = false;
    check(napi_check_object_type_tag(env, value, tag, &mut tagged))?;
    if !tagged {
        return Err(wrong());
    }
    let mut data: *mut c_void = ptr::null_mut();
    check(napi_get_value_external(env, value, &mut data))?;
    if data.is_null() {
        return Err(wrong());
    }
    Ok(&mut *(data as *mut T))
}
