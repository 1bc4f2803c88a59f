//! The `sysalloc` build (`--features sysalloc`): objects come from the
//! system allocator (`std::alloc`, glibc malloc) instead of the pools, so
//! the allocation benchmark (`benches/memory.rs`) can show what the pools
//! are worth. Not for use otherwise.
//!
//! The collector must still find every container. As CPython does without
//! pymalloc, each container carries a prefix before its header linking it
//! into a doubly linked list, one of `SHARDS` lists each under its own
//! mutex; a thread links its containers into the list of its id, so its
//! lock is uncontended unless another thread frees into it. The prefix
//! also holds the container's number while the collector runs
//! (`Numbering`). Plain objects have no prefix and are not listed: in this
//! build `sys.getallocatedblocks()` and the leak report see containers
//! only.

use std::alloc::Layout;
use std::ptr::{self, NonNull};
use std::sync::OnceLock;

use crate::runtime::alloc::numbering::Numbering;
use crate::runtime::sync::{thread_id, Mutex};

const SHARDS: usize = 64;

/// The prefix of a container (`PREFIX` bytes before its header).
#[repr(C)]
struct Link {
    prev: *mut Link,
    next: *mut Link,
    /// The collector's number for it (`number_containers`).
    number: usize,
    shard: usize,
}

const PREFIX: usize = std::mem::size_of::<Link>();

struct List {
    head: *mut Link,
}

// SAFETY: the links are only followed under the list's mutex.
unsafe impl Send for List {}

fn lists() -> &'static [Mutex<List>] {
    static LISTS: OnceLock<Vec<Mutex<List>>> = OnceLock::new();
    LISTS.get_or_init(|| {
        (0..SHARDS)
            .map(|_| {
                Mutex::new(List {
                    head: ptr::null_mut(),
                })
            })
            .collect()
    })
}

fn layout(size: usize) -> Layout {
    Layout::from_size_align(size, 8).expect("object layout")
}

/// A block of `size` bytes, 8-aligned; a container is listed.
pub fn alloc(size: usize, container: bool) -> NonNull<u8> {
    if !container {
        // SAFETY: objects are at least 32 bytes.
        let p = unsafe { std::alloc::alloc(layout(size)) };
        return NonNull::new(p).unwrap_or_else(|| std::alloc::handle_alloc_error(layout(size)));
    }
    let l = layout(size + PREFIX);
    // SAFETY: non-zero size.
    let link = unsafe { std::alloc::alloc(l) } as *mut Link;
    if link.is_null() {
        std::alloc::handle_alloc_error(l);
    }
    let shard = thread_id() % SHARDS;
    let mut list = lists()[shard].lock();
    // SAFETY: fresh memory of ours; the list's links are guarded by its lock.
    unsafe {
        link.write(Link {
            prev: ptr::null_mut(),
            next: list.head,
            number: 0,
            shard,
        });
        if !list.head.is_null() {
            (*list.head).prev = link;
        }
        list.head = link;
        NonNull::new_unchecked((link as *mut u8).add(PREFIX))
    }
}

/// Free a block from `alloc` with the same `size` and `container`.
///
/// # Safety
/// As `alloc::free`.
pub unsafe fn free(block: NonNull<u8>, size: usize, container: bool) {
    if !container {
        // SAFETY: allocated by `alloc` with this layout.
        unsafe { std::alloc::dealloc(block.as_ptr(), layout(size)) };
        return;
    }
    // SAFETY: a container's prefix precedes it; its links are guarded by
    // its list's lock.
    unsafe {
        let link = block.as_ptr().sub(PREFIX) as *mut Link;
        let mut list = lists()[(*link).shard].lock();
        if (*link).prev.is_null() {
            list.head = (*link).next;
        } else {
            (*(*link).prev).next = (*link).next;
        }
        if !(*link).next.is_null() {
            (*(*link).next).prev = (*link).prev;
        }
        drop(list);
        std::alloc::dealloc(link as *mut u8, layout(size + PREFIX));
    }
}

/// Call `f` on every live container. Only with the world stopped.
pub fn for_each_container(f: &mut dyn FnMut(NonNull<u8>)) {
    for list in lists() {
        let list = list.lock();
        let mut l = list.head;
        while !l.is_null() {
            // SAFETY: listed containers are live; the lock guards the links.
            unsafe {
                f(NonNull::new_unchecked((l as *mut u8).add(PREFIX)));
                l = (*l).next;
            }
        }
    }
}

/// Number every container (written into its prefix). World stopped.
pub fn number_containers() -> Numbering {
    let mut objects = Vec::new();
    for_each_container(&mut |b| {
        // SAFETY: a listed container has its prefix.
        unsafe { (*(b.as_ptr().sub(PREFIX) as *mut Link)).number = objects.len() };
        objects.push(b);
    });
    Numbering::of_objects(objects)
}

/// The number `number_containers` wrote for a container.
///
/// # Safety
/// `obj` was allocated by `alloc` as a container and is live.
#[inline(always)]
pub unsafe fn number_of(obj: *const u8) -> usize {
    // SAFETY: the caller's guarantee: the prefix is there.
    unsafe { (*(obj.sub(PREFIX) as *const Link)).number }
}
