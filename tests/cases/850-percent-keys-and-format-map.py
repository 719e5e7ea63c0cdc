# %(key) conversions look the key up in the mapping; format_map(mapping) names fields by mapping[key].
d = {'a': 1, 'b': 'x'}
'%(a)s and %(b)r' % d
'%(a)05d' % {'a': 3}
'{a}-{b}'.format_map(d)
'{a}'.format(**d)
'%(z)s' % d
'%s' % {'a': 1}
'%(a)s %s' % d
b'%(a)s' % {b'a': b'x'}
b'%(a)d' % {b'a': 5}
'{a[0]}'.format_map({'a': [7]})
'{0}'.format_map(d)
'%(a)' % d
'%(a' % d
'%(a)%' % d
'%(a(b))s' % {'a(b)': 2}
'%(a)s' % [1]
'%(a)*d' % {'a': 5}
'%s %(a)s' % d
'%(a)s' % 5
b'%(a)s' % {'a': b'x'}
'%(a)s %(b)s' % d
'{a}'.format_map()
'{a}'.format_map({}, {})
'{a}'.format_map(d=1)
'{}'.format_map({})
'{0}{}'.format_map({})
'{a}'.format_map([1])
'{a}'.format_map(5)
'x'.format_map(5)
'{a!r:>{w}}'.format_map({'a': 'q', 'w': 5})
'{b}'.format_map(d)
