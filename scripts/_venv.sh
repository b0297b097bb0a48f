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
