//! CRC32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum of Kafka
//! record batches (v2): initial value 0xFFFFFFFF, final XOR 0xFFFFFFFF, so
//! crc32c(b"123456789") == 0xE3069283.
//!
//! Four implementations, chosen once at run time:
//! - `avx512-vpclmulqdq` (x86_64 with AVX-512 and VPCLMULQDQ): carry-less multiplication
//!   folds 256 bytes per step (sixteen 128-bit lanes in four registers), about four times the
//!   rate of the `crc32` instruction; the folded 16 bytes, inputs under 256 bytes and tails go
//!   through the `sse4.2` path below.
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

/// Bytes per stream in the long, medium and short 3-stream blocks. Each block ends with two
/// table-driven shifts, so the medium tier keeps that cost small for batch-sized inputs
/// (a 16 KB batch is five medium blocks instead of twenty-one short ones).
const LONG: usize = 8192;
const MID: usize = 1024;
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
        Impl::Avx512 => unsafe { !fold_x86::raw(!crc, data) },
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
        Impl::Avx512 => "avx512-vpclmulqdq",
        Impl::Sse42 => "sse4.2",
        Impl::Armv8 => "armv8",
        Impl::Table => "table",
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Impl {
    #[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
    Avx512,
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
        if fold_x86::available() {
            return Impl::Avx512;
        }
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
    x_pow(bytes as u64 * 8)
}

/// x^e mod P in the reflected representation.
fn x_pow(mut e: u64) -> u32 {
    let mut result = 1u32 << 31; // x^0
    let mut square = 1u32 << 30; // x^1
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

pub(crate) fn shifts() -> &'static (ZeroShift, ZeroShift, ZeroShift) {
    static SHIFTS: OnceLock<(ZeroShift, ZeroShift, ZeroShift)> = OnceLock::new();
    SHIFTS.get_or_init(|| (ZeroShift::new(LONG), ZeroShift::new(MID), ZeroShift::new(SHORT)))
}

/// Generates the 3-stream hardware loop around an 8-byte and a 1-byte step.
macro_rules! three_stream {
    ($c:ident, $data:ident, $step8:expr, $step1:expr) => {{
        let (long, mid, short) = shifts();
        let mut rest: &[u8] = $data;
        // Bring the pointer to 8-byte alignment so the wide loads never straddle lines.
        let misalign = rest.as_ptr().align_offset(8).min(rest.len());
        for &b in &rest[..misalign] {
            $c = $step1($c, b);
        }
        rest = &rest[misalign..];
        for (block, shift, len) in [(3 * LONG, long, LONG), (3 * MID, mid, MID), (3 * SHORT, short, SHORT)] {
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
    use super::{load, shifts, LONG, MID, SHORT};
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
    use super::{load, shifts, LONG, MID, SHORT};
    use std::arch::aarch64::{__crc32cb, __crc32cd};

    #[target_feature(enable = "crc")]
    pub(super) unsafe fn raw(mut c: u32, data: &[u8]) -> u32 {
        three_stream!(c, data, |c: u32, w: u64| __crc32cd(c, w), |c: u32, b: u8| __crc32cb(c, b))
    }
}

/// Carry-less-multiplication folding (the scheme of Intel's "Fast CRC Computation for Generic
/// Polynomials Using PCLMULQDQ"), in the reflected bit order of CRC32C.
///
/// A 128-bit lane loaded little-endian holds the polynomial whose x^127 coefficient is the first
/// message bit: lo = bits 0..63 (degrees 127..64), hi = bits 64..127 (degrees 63..0). Moving a
/// lane forward by D bits means multiplying it by x^D modulo P, which is
///   clmul(lo, K1) ^ clmul(hi, K2),  K1 = x^(D+63) mod P, K2 = x^(D-1) mod P,
/// each placed in bits 32..63 of its 64-bit operand (the product of two reflected 64-bit values
/// comes out one degree low in 128-bit terms, hence the -1). XORing the moved lane into the data
/// D bits later keeps the message congruent modulo P; the last 16 bytes of that congruent message
/// have the same CRC, which the `crc32` instruction then computes. The starting register is
/// XORed into the first four bytes, as the CRC definition does.
#[cfg(target_arch = "x86_64")]
mod fold_x86 {
    use super::x_pow;
    use std::arch::x86_64::*;
    use std::sync::OnceLock;

    /// Inputs shorter than this go straight to the `crc32` instruction.
    pub(super) const MIN_LEN: usize = 256;

    /// (K1, K2) as the low and high 64 bits of a 128-bit operand, for a move of `bits`.
    fn pair(bits: u64) -> [u64; 2] {
        [(x_pow(bits + 63) as u64) << 32, (x_pow(bits - 1) as u64) << 32]
    }

    struct Constants {
        by2048: [u64; 2],
        by512: [u64; 2],
        by128: [u64; 2],
    }

    fn constants() -> &'static Constants {
        static C: OnceLock<Constants> = OnceLock::new();
        C.get_or_init(|| Constants { by2048: pair(2048), by512: pair(512), by128: pair(128) })
    }

    pub(super) fn available() -> bool {
        std::arch::is_x86_feature_detected!("avx512f")
            && std::arch::is_x86_feature_detected!("vpclmulqdq")
            && std::arch::is_x86_feature_detected!("pclmulqdq")
            && std::arch::is_x86_feature_detected!("sse4.2")
    }

    #[inline(always)]
    unsafe fn k512(k: [u64; 2]) -> __m512i {
        _mm512_broadcast_i32x4(_mm_set_epi64x(k[1] as i64, k[0] as i64))
    }

    /// Moves every 128-bit lane of `x` forward and XORs in `y`.
    #[inline(always)]
    unsafe fn fold512(x: __m512i, k: __m512i, y: __m512i) -> __m512i {
        _mm512_ternarylogic_epi64(_mm512_clmulepi64_epi128(x, k, 0x00), _mm512_clmulepi64_epi128(x, k, 0x11), y, 0x96)
    }

    #[inline(always)]
    unsafe fn fold128(x: __m128i, k: __m128i, y: __m128i) -> __m128i {
        _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x, k, 0x00), _mm_clmulepi64_si128(x, k, 0x11)), y)
    }

    /// # Safety
    /// The CPU must have the features `available()` checks.
    #[target_feature(enable = "avx512f,vpclmulqdq,pclmulqdq,sse4.2")]
    pub(super) unsafe fn raw(c: u32, data: &[u8]) -> u32 {
        if data.len() < MIN_LEN {
            return super::hw_x86::raw(c, data);
        }
        let k = constants();
        let p = data.as_ptr();
        let load = |at: usize| _mm512_loadu_si512(p.add(at) as *const _);
        let mut x0 = _mm512_xor_si512(load(0), _mm512_set_epi64(0, 0, 0, 0, 0, 0, 0, c as i64));
        let mut x1 = load(64);
        let mut x2 = load(128);
        let mut x3 = load(192);
        let mut at = 256;
        let by2048 = k512(k.by2048);
        while at + 256 <= data.len() {
            x0 = fold512(x0, by2048, load(at));
            x1 = fold512(x1, by2048, load(at + 64));
            x2 = fold512(x2, by2048, load(at + 128));
            x3 = fold512(x3, by2048, load(at + 192));
            at += 256;
        }
        let by512 = k512(k.by512);
        x0 = fold512(x0, by512, x1);
        x0 = fold512(x0, by512, x2);
        x0 = fold512(x0, by512, x3);
        while at + 64 <= data.len() {
            x0 = fold512(x0, by512, load(at));
            at += 64;
        }
        let by128 = _mm_set_epi64x(k.by128[1] as i64, k.by128[0] as i64);
        let mut v = _mm512_extracti32x4_epi32::<0>(x0);
        v = fold128(v, by128, _mm512_extracti32x4_epi32::<1>(x0));
        v = fold128(v, by128, _mm512_extracti32x4_epi32::<2>(x0));
        v = fold128(v, by128, _mm512_extracti32x4_epi32::<3>(x0));
        while at + 16 <= data.len() {
            v = fold128(v, by128, _mm_loadu_si128(p.add(at) as *const __m128i));
            at += 16;
        }
        let mut crc = _mm_crc32_u64(0, _mm_extract_epi64::<0>(v) as u64);
        crc = _mm_crc32_u64(crc, _mm_extract_epi64::<1>(v) as u64);
        super::hw_x86::raw(crc as u32, &data[at..])
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
        let data = pseudo_random(3 * LONG * 2 + 3 * MID * 2 + 3 * SHORT * 3 + 100, 7);
        let lengths = [
            0,
            1,
            7,
            8,
            9,
            63,
            3 * SHORT - 1,
            3 * SHORT,
            3 * SHORT + 9,
            3 * MID - 1,
            3 * MID,
            3 * MID + 3 * SHORT + 5,
            16 * 1024 + 61,
            3 * LONG,
            3 * LONG + 3 * MID + 3 * SHORT + 17,
        ];
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
        let (long, mid, short) = shifts();
        for &c in &[1u32, 0x8000_0000, 0xDEAD_BEEF, 0x1234_5678] {
            assert_eq!(long.apply(c), raw_table(c, &[0u8; LONG]));
            assert_eq!(mid.apply(c), raw_table(c, &[0u8; MID]));
            assert_eq!(short.apply(c), raw_table(c, &[0u8; SHORT]));
        }
    }

    #[test]
    fn reports_an_implementation() {
        assert!(["avx512-vpclmulqdq", "sse4.2", "armv8", "table"].contains(&implementation()));
        #[cfg(target_arch = "x86_64")]
        if fold_x86::available() {
            assert_eq!(implementation(), "avx512-vpclmulqdq");
        } else if std::arch::is_x86_feature_detected!("sse4.2") {
            assert_eq!(implementation(), "sse4.2");
        }
    }

    /// Each hardware path on its own (dispatch only exercises the best one), against the table.
    #[test]
    fn every_hardware_path_agrees_with_the_table() {
        let data = pseudo_random(70_100, 11);
        let mut lengths: Vec<usize> = (0..300).collect();
        lengths.extend([511, 512, 513, 1023, 1024, 1088, 4096 + 61, 16 * 1024 + 61, 65_536, 69_999]);
        for offset in [0usize, 1, 5, 8, 13] {
            for &len in &lengths {
                let slice = &data[offset..offset + len];
                for c in [0u32, !0, 0x1234_5678] {
                    let expected = raw_table(c, slice);
                    #[cfg(target_arch = "x86_64")]
                    {
                        if std::arch::is_x86_feature_detected!("sse4.2") {
                            assert_eq!(unsafe { hw_x86::raw(c, slice) }, expected, "sse4.2 offset {offset} len {len}");
                        }
                        if fold_x86::available() {
                            assert_eq!(unsafe { fold_x86::raw(c, slice) }, expected, "avx512 offset {offset} len {len} crc {c:#x}");
                        }
                    }
                    #[cfg(target_arch = "aarch64")]
                    if std::arch::is_aarch64_feature_detected!("crc") {
                        assert_eq!(unsafe { hw_arm::raw(c, slice) }, expected, "armv8 offset {offset} len {len}");
                    }
                }
            }
        }
    }
}
