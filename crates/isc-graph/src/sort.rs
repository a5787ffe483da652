//! A stable radix sort on integer keys, for the builder's large sorts.

/// Sorts `items` by `key`, stably, a digit of the key at a time (least significant first).
///
/// Digits start only at bits that vary between keys, so keys that use few bits cost few passes.
/// Sorting millions of (key, position) pairs this way takes a fraction of the time comparisons
/// take, and being stable, it keeps the items of one key in their input order.
pub(crate) fn radix_sort_by_key<T: Copy>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    const BITS: u32 = 11;
    const MASK: u64 = (1 << BITS) - 1;
    let Some(first) = items.first() else { return };
    let first = key(first);
    let varying = items.iter().fold(0, |acc, item| acc | (key(item) ^ first));
    let mut shifts = Vec::new();
    let mut rest = varying;
    while rest != 0 {
        let shift = rest.trailing_zeros();
        shifts.push(shift);
        rest = rest.checked_shr(shift + BITS).unwrap_or(0).checked_shl(shift + BITS).unwrap_or(0);
    }
    if shifts.is_empty() {
        return;
    }
    let mut counts = vec![[0usize; 1 << BITS]; shifts.len()];
    for item in items.iter() {
        let k = key(item);
        for (count, &shift) in counts.iter_mut().zip(&shifts) {
            count[((k >> shift) & MASK) as usize] += 1;
        }
    }
    let mut out = items.clone();
    for (count, &shift) in counts.iter().zip(&shifts) {
        let mut next = [0usize; 1 << BITS];
        let mut at = 0;
        for (digit, &n) in count.iter().enumerate() {
            next[digit] = at;
            at += n;
        }
        for item in items.iter() {
            let digit = ((key(item) >> shift) & MASK) as usize;
            out[next[digit]] = *item;
            next[digit] += 1;
        }
        std::mem::swap(items, &mut out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(mut items: Vec<(u64, u32)>) {
        let mut want = items.clone();
        want.sort_by_key(|&(k, _)| k);
        radix_sort_by_key(&mut items, |&(k, _)| k);
        assert_eq!(items, want);
    }

    #[test]
    fn sorts_stably_whatever_bytes_the_keys_use() {
        check(Vec::new());
        check(vec![(7, 0)]);
        check(vec![(3, 0), (3, 1), (3, 2)]);
        check(vec![(2, 0), (1, 1), (2, 2), (0, 3), (1, 4)]);
        check(vec![(1 << 40, 0), (5, 1), (1 << 32 | 5, 2), (5, 3), (u64::MAX, 4), (0, 5)]);
        let mut state = 1u64;
        let many: Vec<(u64, u32)> = (0..5000)
            .map(|i| {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                (((state >> 20) % 3000) | ((state >> 61) << 33), i)
            })
            .collect();
        check(many);
    }
}
