# Sourced by scripts/bot and scripts/test: make sure .venv exists with Python 3.11+.
# Set PYTHON to choose the interpreter the virtual environment is made from.

find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

ensure_venv() {
    if [ -x .venv/bin/python ] &&
        .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        return 0
    fi
    local python
    if ! python=$(find_python); then
        echo "cmsbot needs Python 3.11 or newer; none found (set PYTHON=/path/to/python3.11)." >&2
        exit 1
    fi
    echo "creating .venv with $python" >&2
    "$python" -m venv .venv
    .venv/bin/python -m pip install --quiet --upgrade pip
}

# Whether .venv already runs this checkout's code with every dependency pyproject.toml
# names (then nothing is installed: a shared .venv keeps pointing where it points).
installed_here() {
    .venv/bin/python - <<'PY' 2>/dev/null
import importlib.metadata as metadata
import pathlib
import re
import sys
import tomllib

import bot

here = pathlib.Path.cwd().resolve()
if pathlib.Path(bot.__file__).resolve().parents[1] != here:
    sys.exit(1)
project = tomllib.loads((here / "pyproject.toml").read_text())["project"]
for requirement in project["dependencies"]:
    metadata.distribution(re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0])
PY
}
