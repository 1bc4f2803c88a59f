//! CPython's set table layout, kept beside a set's keys so iteration and
//! `pop()` follow CPython's order (Objects/setobject.c, 3.11).
//!
//! The keys themselves live in the set's dict; the layout holds only each
//! key's hash and identity per slot, with CPython's dummies, `fill`,
//! `used` and `finger`. So it remembers history as CPython's table does:
//! a removed key leaves a dummy that a later insertion may reuse, the
//! table never shrinks on removals, `pop()` scans from the finger, and a
//! copy (`set(s)`, `s.copy()`, `frozenset(s)`) is presized and filled in
//! the source's table order (`set_merge`). Slots hold no references, so
//! the collector sees nothing new.

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const SET_MINSIZE: usize = 8;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    Empty,
    Dummy,
    /// A key: its hash and its identity (`Value::id`).
    Active(i64, i64),
}

#[derive(Clone)]
pub struct Layout {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for Layout {
    fn default() -> Self {
        Layout {
            slots: vec![Slot::Empty; SET_MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

/// CPython's probe order for `hash` over a table of `mask + 1` slots:
/// runs of up to ten linear slots, then perturbed jumps.
fn probe(hash: i64, mask: usize) -> impl Iterator<Item = usize> {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    let mut j = 0usize;
    std::iter::from_fn(move || {
        let run = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        if j > run {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
            j = 0;
        }
        let slot = i + j;
        j += 1;
        Some(slot)
    })
}

impl Layout {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_insert_clean`: the first empty slot of the probe order.
    fn insert_clean(slots: &mut [Slot], hash: i64, id: i64) {
        let mask = slots.len() - 1;
        if let Some(i) = probe(hash, mask).find(|&i| slots[i] == Slot::Empty) {
            slots[i] = Slot::Active(hash, id);
        }
    }

    /// `set_table_resize(so, minused)`: a new table, dummies dropped.
    fn resize(&mut self, minused: usize) {
        let mut size = SET_MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        for s in old {
            if let Slot::Active(h, id) = s {
                Self::insert_clean(&mut self.slots, h, id);
            }
        }
        self.fill = self.used;
    }

    fn grow(&mut self) {
        let used = self.used;
        self.resize(if used > 50000 { used * 2 } else { used * 4 });
    }

    /// `set_add_entry` of a key known to be new: the first dummy of its
    /// probe order, else the empty slot that ends it.
    pub fn add(&mut self, hash: i64, id: i64) {
        let mask = self.mask();
        let mut freeslot = None;
        for i in probe(hash, mask) {
            match self.slots[i] {
                Slot::Empty => {
                    self.used += 1;
                    if let Some(f) = freeslot {
                        self.slots[f] = Slot::Active(hash, id);
                        return;
                    }
                    self.slots[i] = Slot::Active(hash, id);
                    self.fill += 1;
                    if self.fill * 5 >= mask * 3 {
                        self.grow();
                    }
                    return;
                }
                Slot::Dummy if freeslot.is_none() => freeslot = Some(i),
                _ => {}
            }
        }
    }

    /// `set_discard_entry`: the key's slot becomes a dummy.
    pub fn discard(&mut self, hash: i64, id: i64) {
        let mask = self.mask();
        for i in probe(hash, mask) {
            match self.slots[i] {
                Slot::Empty => return,
                Slot::Active(h, k) if h == hash && k == id => {
                    self.slots[i] = Slot::Dummy;
                    self.used -= 1;
                    return;
                }
                _ => {}
            }
        }
    }

    /// `set_pop`: the first key from the finger on, made a dummy.
    pub fn pop(&mut self) -> Option<(i64, i64)> {
        if self.used == 0 {
            return None;
        }
        let n = self.slots.len();
        let start = self.finger & self.mask();
        for k in 0..n {
            let i = (start + k) % n;
            if let Slot::Active(h, id) = self.slots[i] {
                self.slots[i] = Slot::Dummy;
                self.used -= 1;
                self.finger = i + 1;
                return Some((h, id));
            }
        }
        None
    }

    /// `set_clear_internal` (the finger is kept, as CPython's).
    pub fn clear(&mut self) {
        self.slots = vec![Slot::Empty; SET_MINSIZE];
        self.fill = 0;
        self.used = 0;
    }

    /// After removals by `difference_update`: resize when more than a
    /// quarter of the table is dummies.
    pub fn shed_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.grow();
        }
    }

    /// Take `other`'s table, keeping this set's finger (CPython's
    /// `set_swap_bodies` does not swap fingers).
    pub fn take_body(&mut self, other: &Layout) {
        let finger = self.finger;
        *self = other.clone();
        self.finger = finger;
    }

    /// Nothing was ever stored since the last clear (CPython's `fill == 0`).
    pub fn is_pristine(&self) -> bool {
        self.fill == 0
    }

    /// `set_merge`'s one resize before adding `n` keys of another set.
    pub fn presize(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// `set_merge` of `other`'s keys, none of them present here yet.
    pub fn merge(&mut self, other: &Layout) {
        if other.used == 0 {
            return;
        }
        self.presize(other.used);
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (h, id) in other.order() {
                Self::insert_clean(&mut self.slots, h, id);
            }
            return;
        }
        for (h, id) in other.order() {
            self.add(h, id);
        }
    }

    /// The keys' (hash, identity) in table order.
    pub fn order(&self) -> impl Iterator<Item = (i64, i64)> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(h, id) => Some((*h, *id)),
            _ => None,
        })
    }
}
