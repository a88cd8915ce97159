//! What the trained models share: stable feature hashing and a reproducible shuffle.

/// FNV-1a over the parts of a feature (each part closed by a separator byte): feature
/// strings to keys, stable across platforms and runs.
pub const fn fnv(parts: &[&[u8]]) -> u64 {
    fnv_more(FNV_START, parts)
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// [`fnv`] carried on from `h`, the hash of the parts before these: `fnv_more(fnv(&[a]), &[b])
/// == fnv(&[a, b])`. A feature template's name is hashed once (at compile time, `fnv` being
/// `const`), not once per key.
pub const fn fnv_more(mut h: u64, parts: &[&[u8]]) -> u64 {
    let mut k = 0;
    while k < parts.len() {
        let p = parts[k];
        let mut i = 0;
        while i < p.len() {
            h ^= p[i] as u64;
            h = h.wrapping_mul(FNV_PRIME);
            i += 1;
        }
        h ^= 0xff;
        h = h.wrapping_mul(FNV_PRIME);
        k += 1;
    }
    h
}

/// [`fnv_more`] from `h` over `s` in lowercase, as one part, without building the lowercase
/// string: `fnv_lowercase(h, s) == fnv_more(h, &[s.to_lowercase().as_bytes()])`, but that
/// every sigma is hashed as σ, final or not, so that "ΤΣΙΠΡΑΣ", "Τσιπρας" and "Τσιπρασ" are
/// one name.
pub fn fnv_lowercase(mut h: u64, s: &str) -> u64 {
    let mut put = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    };
    for c in s.chars() {
        if c.is_ascii() {
            put((c as u8).to_ascii_lowercase());
        } else {
            let mut buf = [0u8; 4];
            for l in c.to_lowercase().map(|l| if l == 'ς' { 'σ' } else { l }) {
                l.encode_utf8(&mut buf).bytes().for_each(&mut put);
            }
        }
    }
    put(0xff);
    h
}

/// Shuffles `order` in place (Fisher–Yates driven by xorshift from `seed`), the same way
/// on every machine, so that training twice gives the same model.
pub fn shuffle(order: &mut [usize], seed: &mut u64) {
    for i in (1..order.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        order.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

/// A `std` hasher over FNV-1a for the word lists' tables: their keys are short words, for
/// which it is several times faster than the default SipHash (there is nothing to defend
/// against: the keys are our own lists, and lookups only ask whether a word is in them).
#[derive(Clone, Copy, Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { FNV_START } else { self.0 };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(FNV_PRIME);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

/// For keys that are hashes already (word triples' hashes): a `u64` is its own hash.
#[derive(Default)]
pub struct PreHashed(u64);

impl std::hash::Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(*b)).wrapping_mul(FNV_PRIME);
        }
    }

    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}

pub type PreHashedBuild = std::hash::BuildHasherDefault<PreHashed>;

/// Writes ascending keys as gaps from the key before (the first from 0), in two runs that
/// gzip codes well: the low 16 bits of every gap (u16, little-endian), then the rest of every
/// gap (LEB128: one byte below 2^23). Random 32-bit keys take about 2.3 bytes each gzipped
/// instead of 4.
pub fn write_keys(keys: impl Iterator<Item = u32>, out: &mut Vec<u8>) {
    let gaps: Vec<u32> = keys.scan(0, |before, k| Some(k - std::mem::replace(before, k))).collect();
    out.extend(gaps.iter().flat_map(|g| (*g as u16).to_le_bytes()));
    for g in &gaps {
        let mut high = g >> 16;
        while high >= 0x80 {
            out.push(high as u8 | 0x80);
            high >>= 7;
        }
        out.push(high as u8);
    }
}

/// Reads `n` keys that [`write_keys`] wrote at the start of `b`: the keys and the bytes after
/// them, or `None` if `b` does not hold them.
pub fn read_keys(b: &[u8], n: usize) -> Option<(Vec<u32>, &[u8])> {
    let (low, mut rest) = b.split_at_checked(n.checked_mul(2)?)?;
    let mut keys = Vec::with_capacity(n);
    let mut key = 0u32;
    for c in low.chunks_exact(2) {
        let (mut high, mut shift) = (0u32, 0);
        loop {
            let (&byte, tail) = rest.split_first()?;
            rest = tail;
            let bits = u32::from(byte & 0x7f);
            high |= bits.checked_shl(shift).filter(|h| h >> shift == bits)?;
            shift += 7;
            if byte < 0x80 {
                break;
            }
        }
        key = key.checked_add(high.checked_mul(1 << 16)? | u32::from(u16::from_le_bytes([c[0], c[1]])))?;
        keys.push(key);
    }
    Some((keys, rest))
}

/// Feature keys and where each one is, for the two models' lookups: open addressing
/// (Fibonacci hashing, linear probing) with at least half the slots empty. Faster than a
/// binary search, and a sentence asks for some hundred keys.
pub struct KeyTable {
    keys: Vec<u32>,
    /// Slot → index in `keys` + 1 (0 for empty).
    slots: Vec<u32>,
    shift: u32,
}

impl KeyTable {
    pub fn new(keys: Vec<u32>) -> KeyTable {
        let bits = (keys.len() * 2).max(2).next_power_of_two().trailing_zeros();
        let shift = 32 - bits;
        let mut slots = vec![0u32; 1 << bits];
        for (i, k) in keys.iter().enumerate() {
            let mut at = Self::home(*k, shift);
            while slots[at] != 0 {
                at = (at + 1) & (slots.len() - 1);
            }
            slots[at] = i as u32 + 1;
        }
        KeyTable { keys, slots, shift }
    }

    /// The home slot of key `k` in a table of `2^(32 - shift)` slots.
    fn home(k: u32, shift: u32) -> usize {
        (k.wrapping_mul(0x9e37_79b9) >> shift) as usize
    }

    pub fn keys(&self) -> &[u32] {
        &self.keys
    }

    /// The index of key `k`, if the table holds it.
    pub fn find(&self, k: u32) -> Option<usize> {
        let mut at = Self::home(k, self.shift);
        loop {
            match self.slots[at] {
                0 => return None,
                i if self.keys[i as usize - 1] == k => return Some(i as usize - 1),
                _ => at = (at + 1) & (self.slots.len() - 1),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::KeyTable;

    #[test]
    fn the_key_table_finds_every_key_and_nothing_else() {
        for n in [0usize, 1, 2, 3, 1000, 4097] {
            let keys: Vec<u32> = (0..n as u32).map(|i| i.wrapping_mul(2_654_435_761) ^ 0x5bd1_e995).collect();
            let t = KeyTable::new(keys.clone());
            assert!(keys.iter().enumerate().all(|(i, k)| t.find(*k) == Some(i)), "n = {n}");
            let absent = (0..10_000u32).map(|i| i.wrapping_mul(40_503)).filter(|k| !keys.contains(k));
            assert!(absent.take(1000).all(|k| t.find(k).is_none()), "n = {n}");
        }
    }
}
