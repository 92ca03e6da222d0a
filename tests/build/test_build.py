"""The build check: build.spec produces a folder whose executable passes --self-test.

Slow (a PyInstaller build); marked ``build`` and left out of the default run. Run it with
``python -m pytest -m build tests/build``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.build
def test_built_app_passes_its_self_test() -> None:
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build_check.sh"), sys.executable],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "frozen" in result.stdout
    assert "checks passed" in result.stdout
