def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# messages from mutating containers while iterating and bad container use
def dict_grow():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
show('dict grow', dict_grow)
def dict_shrink():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
show('dict shrink', dict_shrink)
def dict_values():
    d = {1: 1}
    for v in d.values():
        d[v + 5] = 0
show('dict values', dict_values)
def dict_items():
    d = {1: 1}
    for kv in d.items():
        d.pop(1)
show('dict items', dict_items)
def set_grow():
    s = {1}
    for x in s:
        s.add(x + 1)
show('set grow', set_grow)
def dict_keys_changed_same_size():
    d = {1: 1, 2: 2}
    for k in d:
        d.pop(k)
        d[k + 10] = 0
show('dict same size', dict_keys_changed_same_size)
def reversed_dict():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[9] = 9
show('reversed dict', reversed_dict)
def list_ok():
    l = [1, 2, 3]
    out = []
    for x in l:
        out.append(x)
        if len(l) < 5:
            l.append(x * 10)
    return out
show('list grow ok', list_ok)
def frozen_mut():
    f = frozenset([1])
    f.add(2)
show('frozen add', frozen_mut)
def tuple_mut():
    t = (1,)
    t.append(2)
show('tuple append', tuple_mut)
def str_assign():
    s = 'abc'
    s[0] = 'x'
show('str assign', str_assign)
def str_del():
    s = 'abc'
    del s[0]
show('str del', str_del)
def range_assign():
    r = range(3)
    r[0] = 1
show('range assign', range_assign)
def int_del():
    x = 5
    del x[0]
show('int del', int_del)
def none_assign():
    x = None
    x['a'] = 1
show('none assign', none_assign)
def bytes_assign():
    b = b'ab'
    b[0] = 1
show('bytes assign', bytes_assign)
def dict_unhashable_del():
    d = {}
    del d[[1]]
show('dict del unhashable', dict_unhashable_del)
def pop_index():
    [1, 2].pop(5)
show('list pop oob', pop_index)
def insert_bad():
    [1].insert('a', 2)
show('insert bad idx', insert_bad)
def mul_big():
    [1] * (2 ** 100)
show('mul huge', mul_big)
def idx_huge():
    [1][2 ** 100]
show('index huge', idx_huge)
