# recursive generators over a tree
tree = {'value': 1, 'children': [
    {'value': 2, 'children': [{'value': 4, 'children': []}, {'value': 5, 'children': []}]},
    {'value': 3, 'children': [{'value': 6, 'children': [{'value': 7, 'children': []}]}]},
]}
def preorder(node):
    yield node['value']
    for c in node['children']:
        yield from preorder(c)
def postorder(node):
    for c in node['children']:
        yield from postorder(c)
    yield node['value']
def with_depth(node, d=0):
    yield d, node['value']
    for c in node['children']:
        yield from with_depth(c, d + 1)
def leaves(node):
    if not node['children']:
        yield node['value']
    for c in node['children']:
        yield from leaves(c)
print(list(preorder(tree)))
print(list(postorder(tree)))
for d, v in with_depth(tree):
    print('  ' * d + str(v))
print(list(leaves(tree)), sum(preorder(tree)))
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + rest
print(list(permutations('abc')))
