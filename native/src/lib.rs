//! samsa's Node-API module: CRC32C, log segment files (append with one writev,
//! zero-copy reads through reference-counted mmaps) and memory-mapped index
//! files, and the process's open-file limit. No crates: Node-API and libc are declared in napi_sys.rs and
//! libc_sys.rs. The JavaScript surface is `native/index.d.ts`.
//!
//! Node calls `napi_register_module_v1` when the `.node` file is loaded; this
//! file registers the exported functions and holds their argument glue, while
//! the work happens in crc32c.rs, segment.rs and index.rs.

#[cfg(not(target_os = "linux"))]
compile_error!("samsa_native supports Linux only; other platforms use the TypeScript storage backend");

mod crc32c;
mod error;
mod index;
mod js;
mod libc_sys;
mod limits;
mod mapping;
mod napi_sys;
mod segment;

use crate::index::{EntryLayout, Index, KeyWidth};
use crate::js::*;
use crate::mapping::Mapping;
use crate::napi_sys::*;
use crate::segment::Segment;
use std::os::raw::{c_char, c_void};
use std::ptr;

const SEGMENT_TAG: napi_type_tag = napi_type_tag { lower: 0x5a4d_5341_7365_676d, upper: 0x8c1f_27d3_44b0_9e61 };
const INDEX_TAG: napi_type_tag = napi_type_tag { lower: 0x5a4d_5341_696e_6478, upper: 0x3e92_d04a_71c5_b803 };

/// Finalizer of every Buffer over a mapping: drops the Buffer's reference.
unsafe extern "C" fn release_view(_env: napi_env, _data: *mut c_void, hint: *mut c_void) {
    Mapping::release(hint as *mut Mapping);
}

/// A Buffer over `len` bytes at `data` inside mapping `m`; takes over one reference on `m`.
unsafe fn mapped_buffer(env: napi_env, data: *mut u8, len: usize, m: *mut Mapping) -> JsResult<napi_value> {
    let mut out = ptr::null_mut();
    let status = napi_create_external_buffer(env, len, data as *mut c_void, Some(release_view), m as *mut c_void, &mut out);
    if status != NAPI_OK {
        Mapping::release(m);
        return Err(JsError::Napi(status));
    }
    Ok(out)
}

fn to_usize(v: u64, what: &str) -> JsResult<usize> {
    usize::try_from(v).map_err(|_| JsError::Range(format!("{what} is too large")))
}

// ---- CRC32C ----

unsafe fn crc32c(env: napi_env, info: napi_callback_info) -> JsResult<napi_value> {
    let ([buf, offset, length], argc) = counted_args::<3>(env, info)?;
    let bytes = buffer(env, buf, "buf")?;
    if argc < 2 {
        // The common call, crc32c(buf): no optional arguments to inspect.
        return uint32(env, crc32c::crc32c(bytes));
    }
    let start = optional_index(env, offset, "offset")?.unwrap_or(0);
    if start > bytes.len() as u64 {
        return Err(JsError::Range(format!("offset {start} is past the end of a {}-byte buffer", bytes.len())));
    }
    let start = start as usize;
    let len = optional_index(env, length, "length")?.unwrap_or((bytes.len() - start) as u64);
    if len > (bytes.len() - start) as u64 {
        return Err(JsError::Range(format!("{len} bytes at offset {start} exceed a {}-byte buffer", bytes.len())));
    }
    uint32(env, crc32c::crc32c(&bytes[start..start + len as usize]))
}

unsafe fn crc32c_impl(env: napi_env, _info: napi_callback_info) -> JsResult<napi_value> {
    string(env, crc32c::implementation())
}

// ---- segments ----

unsafe fn segment_open(env: napi_env, info: napi_callback_info) -> JsResult<napi_value> {
    let [path_arg, map_arg] = args::<2>(env, info)?;
    let file = path(env, path_arg, "path")?;
    let min_map = match optional_index(env, map_arg, "mapBytes")? {
        Some(0) => return Err(JsError::Range("mapBytes must be > 0".into())),
        Some(n) => to_usize(n, "mapBytes")?,
        None => segment::DEFAULT_MIN_MAP_BYTES,
    };
    let seg = Segment::open(&file, min_map).map_err(|e| JsError::from_native(e, "segment", Some(&file)))?;
    wrap(env, seg, &SEGMENT_TAG)
}

unsafe fn segment_arg<'a>(env: napi_env, v: napi_value) -> JsResult<&'a mut Segment> {
    unwrap::<Segment>(env, v, &SEGMENT_TAG, "a segment")
}

fn seg_err(e: error::NativeError) -> JsError {
    JsError::from_native(e, "segment", None)
}

unsafe fn segment_size(env: napi_env, info: napi_callback_info) -> JsResult<napi_value> {
    let [h] = args::<1>(env, info)?;
    let size = segment_arg(env, h)?.size().map_err(seg_err)?;
    number(env, size as i64)
}

unsafe fn segment_append(env: napi_env, info: napi_callback_info) -> JsResult<napi_value> {
    let [h, list] = args::<2>(env, info)?;
    let mut is_array = false;
    check(napi_is_array(env, list, &mut is_array))?;
    if !is_array {
        // One Buffer on its own: the produce path's common case, without an array to walk.
        let mut is_buffer = false;
        check(napi_is_buffer(env, list, &mut is_buffer))?;
        if !is_buffer {
            return Err(JsError::Type("bufs must be a Buffer or an array of Buffers".into()));
        }
        let bytes = buffer(env, list, "bufs")?;
        let mut iov = [libc_sys::iovec { iov_base: bytes.as_ptr() as *const c_void, iov_len: bytes.len() }];
        let position = segment_arg(env, h)?.append(&mut iov).map_err(seg_err)?;
        return number(env, position as i64);
    }
    let mut count = 0u32;
    check(napi_get_array_length(env, list, &mut count))?;
    let mut iov = Vec::with_capacity(count as usize);
    for i in 0..count {
        let mut item = ptr::null_mut();
        check(napi_get_element(env, list, i, &mut item))?;
        let bytes = buffer(env, item, "every element of bufs")?;
        iov.push(libc_sys::iovec { iov_base: bytes.as_ptr() as *const c_void, iov_len: bytes.len() });
    }
    // The handle is looked up last: reading the array may have run JavaScript.
    let position = segment_arg(env, h)?.append(&mut iov).map_err(seg_err)?;
    number(env, position as i64)
}

unsafe fn segment_read(env: napi_env, info: napi_callback_info) -> JsResult<napi_value> {
    let [h, pos_arg, len_arg] = args::<3>(env, info)?;
    let seg = segment_arg(env, h)?;
    let position = index_value(env, pos_arg, "position")?;
    let length = to_usize(index_value(env, len_arg, "length")?, "length")?;
    if length == 0 {
        let size = seg.size().map_err(seg_err)?;
        if position > size {
            return Err(JsError::Range(format!("position {position} is past the end of the segment ({size} bytes)")));
        }
        return empty_buffer(env);
    }
    let (data, m) = seg.view(position, length).map_err(seg_err)?;
    mapped_buffer(env, data as *mut u8, length, m)
}

/// A Buffer over the segment's whole current mapping (grown to cover `minLength` bytes of the
/// file). Callers slice views of it in JavaScript: one external Buffer per mapping keeps V8's
/// external-memory accounting (and the collections it triggers) out of every read.
unsafe fn segment_map(env: napi_env, info: napi_callback_info) -> JsResult<napi_value> {
    let [h, min_arg] = args::<2>(env, info)?;
    let seg = segment_arg(env, h)?;
    let min_end = index_value(env, min_arg, "minLength")?;
    let (base, len, m) = seg.map_all(min_end).map_err(seg_err)?;
    mapped_buffer(env, base as *mut u8, len, m)
}

unsafe fn segment_flush(env: napi_env, info: napi_callback_info) -> JsResult<napi_value> {
    let [h] = args::<1>(env, info)?;
    segment_arg(env, h)?.flush().map_err(seg_err)?;
    undefined(env)
}

unsafe fn segment_truncate(env: napi_env, info: napi_callback_info) -> JsResult<napi_value> {
    let [h, size_arg] = args::<2>(env, info)?;
    let seg = segment_arg(env, h)?;
    let size = index_value(env, size_arg, "size")?;
    seg.truncate(size).map_err(seg_err)?;
    undefined(env)
}

unsafe fn segment_close(env: napi_env, info: napi_callback_info) -> JsResult<napi_value> {
    let [h] = args::<1>(env, info)?;
    match segment_arg(env, h)?.close() {
        // Closing twice is harmless, as with fs.FileHandle#close.
        Ok(()) | Err(error::NativeError::Closed) => undefined(env),
        Err(e) => Err(seg_err(e)),
    }
}

// ---- indexes ----

unsafe fn index_arg<'a>(env: napi_env, v: napi_value) -> JsResult<&'a mut Index> {
    unwrap::<Index>(env, v, &INDEX_TAG, "an index")
}

fn idx_err(e: error::NativeError) -> JsError {
    JsError::from_native(e, "index", None)
}

/// A Buffer over the first `len` bytes of an index's mapping (an empty one for an empty file).
unsafe fn index_buffer(env: napi_env, idx: &Index, len: usize) -> JsResult<napi_value> {
    match idx.view(len).map_err(idx_err)? {
        Some((data, len, m)) => mapped_buffer(env, data, len, m),
        None => empty_buffer(env),
    }
}

unsafe fn index_open(env: napi_env, info: napi_callback_info) -> JsResult<napi_value> {
    let [path_arg, len_arg, view_arg] = args::<3>(env, info)?;
    let file = path(env, path_arg, "path")?;
    let length = to_usize(index_value(env, len_arg, "length")?, "length")?;
    let view_len = match optional_index(env, view_arg, "viewLength")? {
        Some(n) => to_usize(n, "viewLength")?,
        None => length,
    };
    let idx = Index::open(&file, length).map_err(|e| JsError::from_native(e, "index", Some(&file)))?;
    // The Buffer first: should it fail, dropping `idx` releases the mapping; once wrapped,
    // the external owns the Index (and releases it if collected).
    let buffer = index_buffer(env, &idx, view_len)?;
    let handle = wrap(env, idx, &INDEX_TAG)?;
    let result = object(env)?;
    set_property(env, result, b"handle\0", handle)?;
    set_property(env, result, b"buffer\0", buffer)?;
    Ok(result)
}

/// A Buffer over the first `viewLength` bytes of the index's mapping: callers grow their view as
/// entries arrive instead of holding one over the whole preallocated file, since V8 counts every
/// external Buffer's length as external memory and collects garbage in proportion.
unsafe fn index_view(env: napi_env, info: napi_callback_info) -> JsResult<napi_value> {
    let [h, len_arg] = args::<2>(env, info)?;
    let len = to_usize(index_value(env, len_arg, "viewLength")?, "viewLength")?;
    index_buffer(env, index_arg(env, h)?, len)
}

unsafe fn index_flush(env: napi_env, info: napi_callback_info) -> JsResult<napi_value> {
    let [h] = args::<1>(env, info)?;
    index_arg(env, h)?.flush().map_err(idx_err)?;
    undefined(env)
}

unsafe fn index_close(env: napi_env, info: napi_callback_info) -> JsResult<napi_value> {
    let [h, len_arg] = args::<2>(env, info)?;
    let idx = index_arg(env, h)?;
    let length = to_usize(index_value(env, len_arg, "length")?, "length")?;
    match idx.close(length) {
        // Closing twice is harmless, as for segments.
        Ok(()) | Err(error::NativeError::Closed) => undefined(env),
        Err(e) => Err(idx_err(e)),
    }
}

unsafe fn index_search(env: napi_env, info: napi_callback_info) -> JsResult<napi_value> {
    let [buf, entries, entry_size, key_offset, key_bytes, target] = args::<6>(env, info)?;
    let bytes = buffer(env, buf, "buf")?;
    let key = match index_value(env, key_bytes, "keyBytes")? {
        4 => KeyWidth::Int32,
        8 => KeyWidth::Int64,
        n => return Err(JsError::Range(format!("keyBytes must be 4 or 8, got {n}"))),
    };
    let layout = EntryLayout {
        entries: to_usize(index_value(env, entries, "entries")?, "entries")?,
        entry_size: to_usize(index_value(env, entry_size, "entrySize")?, "entrySize")?,
        key_offset: to_usize(index_value(env, key_offset, "keyOffset")?, "keyOffset")?,
        key,
    };
    let target = int64_floor(env, target, "target")?;
    layout.validate(bytes.len()).map_err(|e| JsError::from_native(e, "index", None))?;
    number(env, index::search(bytes, &layout, target))
}

// ---- open-file limit ----

fn limit_value(env: napi_env, v: limits::Limit) -> JsResult<napi_value> {
    unsafe { double(env, v.map_or(f64::INFINITY, |n| n as f64)) }
}

unsafe fn get_file_limit(env: napi_env, _info: napi_callback_info) -> JsResult<napi_value> {
    let (soft, hard) = limits::file_limit().map_err(|e| JsError::from_native(e, "limit", None))?;
    let result = object(env)?;
    set_property(env, result, b"soft\0", limit_value(env, soft)?)?;
    set_property(env, result, b"hard\0", limit_value(env, hard)?)?;
    Ok(result)
}

unsafe fn set_file_limit(env: napi_env, info: napi_callback_info) -> JsResult<napi_value> {
    let [soft_arg] = args::<1>(env, info)?;
    let soft = if number_value(env, soft_arg, "soft")? == f64::INFINITY { None } else { Some(index_value(env, soft_arg, "soft")?) };
    limits::set_soft_file_limit(soft).map_err(|e| JsError::from_native(e, "limit", None))?;
    undefined(env)
}

// ---- registration ----

type Body = unsafe fn(napi_env, napi_callback_info) -> JsResult<napi_value>;

/// One `extern "C"` entry point per exported function, each funnelling its result through `finish`.
macro_rules! entry_points {
    ($($js:literal => $body:ident),* $(,)?) => {
        mod entry {
            use super::*;
            $(
                pub unsafe extern "C" fn $body(env: napi_env, info: napi_callback_info) -> napi_value {
                    let body: Body = super::$body;
                    finish(env, body(env, info))
                }
            )*
        }
        const EXPORTS: &[(&[u8], unsafe extern "C" fn(napi_env, napi_callback_info) -> napi_value)] =
            &[$((concat!($js, "\0").as_bytes(), entry::$body)),*];
    };
}

entry_points! {
    "crc32c" => crc32c,
    "crc32cImpl" => crc32c_impl,
    "segmentOpen" => segment_open,
    "segmentSize" => segment_size,
    "segmentAppend" => segment_append,
    "segmentRead" => segment_read,
    "segmentMap" => segment_map,
    "segmentFlush" => segment_flush,
    "segmentTruncate" => segment_truncate,
    "segmentClose" => segment_close,
    "indexOpen" => index_open,
    "indexView" => index_view,
    "indexFlush" => index_flush,
    "indexClose" => index_close,
    "indexSearch" => index_search,
    "getFileLimit" => get_file_limit,
    "setFileLimit" => set_file_limit,
}

/// Node looks this symbol up in the shared object it loads.
///
/// # Safety
/// Called by Node with a live `env` and the module's `exports` object.
#[no_mangle]
pub unsafe extern "C" fn napi_register_module_v1(env: napi_env, exports: napi_value) -> napi_value {
    let props: Vec<napi_property_descriptor> = EXPORTS
        .iter()
        .map(|&(name, f)| napi_property_descriptor {
            utf8name: name.as_ptr() as *const c_char,
            name: ptr::null_mut(),
            method: Some(f),
            getter: None,
            setter: None,
            value: ptr::null_mut(),
            attributes: NAPI_ENUMERABLE,
            data: ptr::null_mut(),
        })
        .collect();
    if napi_define_properties(env, exports, props.len(), props.as_ptr()) != NAPI_OK {
        // Leave a pending exception (if Node has none yet) so require() fails visibly.
        finish(env, Err(JsError::Napi(NAPI_PENDING_EXCEPTION)));
        return ptr::null_mut();
    }
    exports
}
