#!/usr/bin/env bash
# Re-record expected outputs for pyjit test programs using CPython (python3).
# Usage: tests/python/record.sh [file.py ...]   (no args: every test program)
# For each <area>/<name>.py (helper modules mod_*.py are skipped):
#   <name>.out  - stdout (always kept, may be empty)
#   <name>.err  - stderr (kept only if non-empty)
#   <name>.code - exit status + newline (only if non-zero)
# The program is run from its own directory as `python3 <name>.py`.
# CPython prints absolute paths in tracebacks; they are rewritten to
# just the file name (File "<name>.py") to match how the runner invokes it.
set -u
PY=${PYTHON:-python3}
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -eq 0 ]; then
  mapfile -t files < <(find "$here" -mindepth 2 -name '*.py' ! -name 'mod_*.py' | sort)
else
  files=("$@")
fi
for f in "${files[@]}"; do
  dir=$(cd "$(dirname "$f")" && pwd)
  base=$(basename "$f")
  name=${base%.py}
  case "$base" in mod_*) continue;; esac
  (
    cd "$dir" || exit 1
    rm -f "$name.out" "$name.err" "$name.code"
    PYTHONDONTWRITEBYTECODE=1 "$PY" "$base" > "$name.out" 2> "$name.err" < /dev/null
    rc=$?
    "$PY" - "$dir" "$name.err" <<'PYEOF'
import sys
d, p = sys.argv[1], sys.argv[2]
with open(p, encoding='utf-8', errors='surrogateescape') as fh:
    s = fh.read()
s2 = s.replace('File "' + d + '/', 'File "')
if s2 != s:
    with open(p, 'w', encoding='utf-8', errors='surrogateescape') as fh:
        fh.write(s2)
PYEOF
    [ -s "$name.err" ] || rm -f "$name.err"
    rm -f _tmp_"$name"*   # scratch files some programs write next to themselves
    if [ "$rc" -ne 0 ]; then echo "$rc" > "$name.code"; fi
    echo "$rc $dir/$base"
  )
done
