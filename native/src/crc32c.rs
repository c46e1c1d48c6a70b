//! CRC32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum of Kafka
//! record batches (v2): initial value 0xFFFFFFFF, final XOR 0xFFFFFFFF, so
//! crc32c(b"123456789") == 0xE3069283.
//!
//! Three implementations, chosen once at run time:
//! - `sse4.2` (x86_64): the `crc32` instruction. It has a 3-cycle latency and a
//!   1-cycle throughput, so one dependency chain uses a third of the unit; large
//!   inputs are cut into three adjacent streams computed in the same loop and
//!   joined with a precomputed "append N zero bytes" operator.
//! - `armv8` (aarch64 with the CRC extension): `crc32cx`, with the same 3-stream
//!   scheme.
//! - `table`: slicing-by-8 lookup tables, for everything else.
//!
//! Internally the functions work on the raw register (no pre/post inversion),
//! which is linear over GF(2): raw(A || B, c) = shift_|B|(raw(A, c)) ^ raw(B, 0).

use std::sync::OnceLock;

const POLY: u32 = 0x82F6_3B78;

/// Bytes per stream in the long and short 3-stream blocks.
const LONG: usize = 8192;
const SHORT: usize = 256;

/// slicing-by-8 tables: TABLES[k][b] is the register contribution of byte `b`
/// followed by `k` zero bytes.
static TABLES: [[u32; 256]; 8] = build_tables();

const fn build_tables() -> [[u32; 256]; 8] {
    let mut t = [[0u32; 256]; 8];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { (c >> 1) ^ POLY } else { c >> 1 };
            k += 1;
        }
        t[0][i] = c;
        i += 1;
    }
    let mut k = 1;
    while k < 8 {
        let mut i = 0;
        while i < 256 {
            let prev = t[k - 1][i];
            t[k][i] = (prev >> 8) ^ t[0][(prev & 0xff) as usize];
            i += 1;
        }
        k += 1;
    }
    t
}

/// CRC32C of `data`.
pub fn crc32c(data: &[u8]) -> u32 {
    crc32c_update(0, data)
}

/// Continues a CRC32C: `crc32c_update(crc32c(a), b) == crc32c(a ++ b)`.
pub fn crc32c_update(crc: u32, data: &[u8]) -> u32 {
    match selected() {
        #[cfg(target_arch = "x86_64")]
        Impl::Sse42 => unsafe { !hw_x86::raw(!crc, data) },
        #[cfg(target_arch = "aarch64")]
        Impl::Armv8 => unsafe { !hw_arm::raw(!crc, data) },
        _ => !raw_table(!crc, data),
    }
}

/// Name of the implementation in use: "sse4.2", "armv8" or "table".
pub fn implementation() -> &'static str {
    match selected() {
        Impl::Sse42 => "sse4.2",
        Impl::Armv8 => "armv8",
        Impl::Table => "table",
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Impl {
    #[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
    Sse42,
    #[cfg_attr(not(target_arch = "aarch64"), allow(dead_code))]
    Armv8,
    Table,
}

fn selected() -> Impl {
    static CHOICE: OnceLock<Impl> = OnceLock::new();
    *CHOICE.get_or_init(detect)
}

fn detect() -> Impl {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("sse4.2") {
            return Impl::Sse42;
        }
    }
    #[cfg(target_arch = "aarch64")]
    {
        if std::arch::is_aarch64_feature_detected!("crc") {
            return Impl::Armv8;
        }
    }
    Impl::Table
}

/// Raw-register slicing-by-8.
fn raw_table(mut c: u32, data: &[u8]) -> u32 {
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let lo = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]) ^ c;
        let hi = u32::from_le_bytes([chunk[4], chunk[5], chunk[6], chunk[7]]);
        c = TABLES[7][(lo & 0xff) as usize]
            ^ TABLES[6][((lo >> 8) & 0xff) as usize]
            ^ TABLES[5][((lo >> 16) & 0xff) as usize]
            ^ TABLES[4][(lo >> 24) as usize]
            ^ TABLES[3][(hi & 0xff) as usize]
            ^ TABLES[2][((hi >> 8) & 0xff) as usize]
            ^ TABLES[1][((hi >> 16) & 0xff) as usize]
            ^ TABLES[0][(hi >> 24) as usize];
    }
    for &b in chunks.remainder() {
        c = TABLES[0][((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    c
}

/// (a * b) mod P in the reflected representation (bit 31 is x^0).
fn mul_mod(a: u32, mut b: u32) -> u32 {
    let mut product = 0u32;
    let mut bit = 1u32 << 31;
    while bit != 0 {
        if a & bit != 0 {
            product ^= b;
        }
        b = if b & 1 != 0 { (b >> 1) ^ POLY } else { b >> 1 };
        bit >>= 1;
    }
    product
}

/// x^(8 * bytes) mod P: the operator that appends `bytes` zero bytes to a raw register.
fn x_pow_8n(bytes: usize) -> u32 {
    let mut result = 1u32 << 31; // x^0
    let mut square = 1u32 << 30; // x^1
    let mut e = bytes as u64 * 8;
    while e != 0 {
        if e & 1 != 0 {
            result = mul_mod(result, square);
        }
        square = mul_mod(square, square);
        e >>= 1;
    }
    result
}

/// Byte-wise tables for "append N zero bytes": shift(c) = T0[c0] ^ T1[c1] ^ T2[c2] ^ T3[c3].
pub(crate) struct ZeroShift([[u32; 256]; 4]);

impl ZeroShift {
    fn new(bytes: usize) -> ZeroShift {
        let op = x_pow_8n(bytes);
        let mut t = [[0u32; 256]; 4];
        for (k, row) in t.iter_mut().enumerate() {
            for (v, slot) in row.iter_mut().enumerate() {
                *slot = mul_mod(op, (v as u32) << (8 * k));
            }
        }
        ZeroShift(t)
    }

    #[inline(always)]
    pub(crate) fn apply(&self, c: u32) -> u32 {
        self.0[0][(c & 0xff) as usize]
            ^ self.0[1][((c >> 8) & 0xff) as usize]
            ^ self.0[2][((c >> 16) & 0xff) as usize]
            ^ self.0[3][(c >> 24) as usize]
    }
}

pub(crate) fn shifts() -> &'static (ZeroShift, ZeroShift) {
    static SHIFTS: OnceLock<(ZeroShift, ZeroShift)> = OnceLock::new();
    SHIFTS.get_or_init(|| (ZeroShift::new(LONG), ZeroShift::new(SHORT)))
}

/// Generates the 3-stream hardware loop around an 8-byte and a 1-byte step.
macro_rules! three_stream {
    ($c:ident, $data:ident, $step8:expr, $step1:expr) => {{
        let (long, short) = shifts();
        let mut rest: &[u8] = $data;
        // Bring the pointer to 8-byte alignment so the wide loads never straddle lines.
        let misalign = rest.as_ptr().align_offset(8).min(rest.len());
        for &b in &rest[..misalign] {
            $c = $step1($c, b);
        }
        rest = &rest[misalign..];
        for (block, shift, len) in [(3 * LONG, long, LONG), (3 * SHORT, short, SHORT)] {
            while rest.len() >= block {
                let (mut c1, mut c2) = (0u32, 0u32);
                let p = rest.as_ptr();
                let mut i = 0;
                while i < len {
                    $c = $step8($c, load(p.add(i)));
                    c1 = $step8(c1, load(p.add(len + i)));
                    c2 = $step8(c2, load(p.add(2 * len + i)));
                    i += 8;
                }
                $c = shift.apply($c) ^ c1;
                $c = shift.apply($c) ^ c2;
                rest = &rest[block..];
            }
        }
        let mut words = rest.chunks_exact(8);
        for w in &mut words {
            $c = $step8($c, load(w.as_ptr()));
        }
        for &b in words.remainder() {
            $c = $step1($c, b);
        }
        $c
    }};
}

#[inline(always)]
#[cfg_attr(not(any(target_arch = "x86_64", target_arch = "aarch64")), allow(dead_code))]
unsafe fn load(p: *const u8) -> u64 {
    u64::from_le(std::ptr::read_unaligned(p as *const u64))
}

#[cfg(target_arch = "x86_64")]
mod hw_x86 {
    use super::{load, shifts, LONG, SHORT};
    use std::arch::x86_64::{_mm_crc32_u64, _mm_crc32_u8};

    #[target_feature(enable = "sse4.2")]
    pub(super) unsafe fn raw(mut c: u32, data: &[u8]) -> u32 {
        three_stream!(
            c,
            data,
            |c: u32, w: u64| _mm_crc32_u64(c as u64, w) as u32,
            |c: u32, b: u8| _mm_crc32_u8(c, b)
        )
    }
}

#[cfg(target_arch = "aarch64")]
mod hw_arm {
    use super::{load, shifts, LONG, SHORT};
    use std::arch::aarch64::{__crc32cb, __crc32cd};

    #[target_feature(enable = "crc")]
    pub(super) unsafe fn raw(mut c: u32, data: &[u8]) -> u32 {
        three_stream!(c, data, |c: u32, w: u64| __crc32cd(c, w), |c: u32, b: u8| __crc32cb(c, b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytewise(data: &[u8]) -> u32 {
        let mut c = !0u32;
        for &b in data {
            c ^= b as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 { (c >> 1) ^ POLY } else { c >> 1 };
            }
        }
        !c
    }

    fn pseudo_random(len: usize, seed: u64) -> Vec<u8> {
        let mut s = seed | 1;
        (0..len)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                (s >> 24) as u8
            })
            .collect()
    }

    #[test]
    fn check_value() {
        assert_eq!(crc32c(b"123456789"), 0xE306_9283);
        assert_eq!(!raw_table(!0, b"123456789"), 0xE306_9283);
        assert_eq!(crc32c(b""), 0);
    }

    #[test]
    fn known_vectors() {
        // RFC 3720 (iSCSI) appendix B.4 test patterns.
        assert_eq!(crc32c(&[0u8; 32]), 0x8A91_36AA);
        assert_eq!(crc32c(&[0xffu8; 32]), 0x62A8_AB43);
        let ascending: Vec<u8> = (0u8..32).collect();
        assert_eq!(crc32c(&ascending), 0x46DD_794E);
        let descending: Vec<u8> = (0u8..32).rev().collect();
        assert_eq!(crc32c(&descending), 0x113F_DB5C);
    }

    #[test]
    fn every_path_agrees_with_the_bytewise_definition() {
        let data = pseudo_random(3 * LONG * 2 + 3 * SHORT * 3 + 100, 7);
        let lengths = [0, 1, 7, 8, 9, 63, 3 * SHORT - 1, 3 * SHORT, 3 * SHORT + 9, 3 * LONG, 3 * LONG + 3 * SHORT + 17];
        for offset in 0..9 {
            for &len in &lengths {
                let slice = &data[offset..offset + len];
                let expected = bytewise(slice);
                assert_eq!(crc32c(slice), expected, "dispatch offset {offset} len {len}");
                assert_eq!(!raw_table(!0, slice), expected, "table offset {offset} len {len}");
            }
        }
        assert_eq!(crc32c(&data), bytewise(&data));
    }

    #[test]
    fn update_chains() {
        let data = pseudo_random(100_000, 3);
        let (a, b) = data.split_at(33_333);
        assert_eq!(crc32c_update(crc32c(a), b), crc32c(&data));
    }

    #[test]
    fn zero_shift_matches_feeding_zeros() {
        let (long, short) = shifts();
        for &c in &[1u32, 0x8000_0000, 0xDEAD_BEEF, 0x1234_5678] {
            assert_eq!(long.apply(c), raw_table(c, &[0u8; LONG]));
            assert_eq!(short.apply(c), raw_table(c, &[0u8; SHORT]));
        }
    }

    #[test]
    fn reports_an_implementation() {
        assert!(["sse4.2", "armv8", "table"].contains(&implementation()));
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("sse4.2") {
            assert_eq!(implementation(), "sse4.2");
        }
    }
}
