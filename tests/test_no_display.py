"""Starting the app with no display says so in one line and exits 1, instead of Qt's
misleading libxcb message and a core dump (APP.md, install)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mysteryshop.cli import NO_DISPLAY, missing_display

ROOT = Path(__file__).resolve().parent.parent


def test_the_app_without_a_display_says_so_and_exits_1(tmp_path: Path):
    keep = ("PATH", "HOME", "LANG", "PYTHONPATH", "VIRTUAL_ENV")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-m", "mysteryshop", "--data-dir", str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert (
        done.stderr.strip()
        == NO_DISPLAY
        == ("no display found (set DISPLAY, or use the command line)")
    )
    assert done.stdout == ""
    assert not (tmp_path / "data").exists()  # nothing was made


def test_a_display_or_a_chosen_platform_is_enough():
    assert missing_display({}, "linux")
    assert missing_display({"DISPLAY": ""}, "linux")
    assert not missing_display({"DISPLAY": ":0"}, "linux")
    assert not missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not missing_display({}, "win32")
    assert not missing_display({}, "darwin")
