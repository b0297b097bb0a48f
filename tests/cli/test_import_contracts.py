"""The import direction holds: services (``bot/``) never import ``handlers``.

The contracts are import-linter's, in ``pyproject.toml`` (``./scripts/test``
runs them too); this runs them with the suite, so a service that reaches
for the Block Kit kit fails here, naming the import and its line.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_import_contracts_in_pyproject_are_kept() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    done = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Services (bot/) never import handlers" in done.stdout
    assert "0 broken" in done.stdout
