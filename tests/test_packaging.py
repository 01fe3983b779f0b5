"""The Linux desktop files (packaging/linux/) and the hooks of the standalone build: the desktop
entry and the AppStream metadata name the app by the id the code gives Qt, the program the
package installs, and the icon that ships. The build itself (PyInstaller, a minute) runs in
.ci/build-standalone, not here."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from mysteryshop import __version__, paths

REPO = Path(__file__).resolve().parent.parent
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{paths.APP_ID}.desktop"
METAINFO = LINUX / f"{paths.APP_ID}.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def installed_program() -> str:
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    (name,) = (name for name, target in scripts.items() if target == "mysteryshop.cli:main")
    return name


def test_the_app_id_is_reverse_dns_and_names_the_files() -> None:
    parts = paths.APP_ID.split(".")
    assert len(parts) >= 3 and all(part.isidentifier() for part in parts)
    assert sorted(path.name for path in LINUX.glob(f"{paths.APP_ID}.*")) == sorted(
        [DESKTOP.name, METAINFO.name]
    )


def test_desktop_entry_starts_the_installed_program_with_the_shipped_icon() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == installed_program()
    assert entry["Icon"] == paths.APP_ID  # found by the app id in the hicolor theme
    assert entry["Terminal"] == "false"
    # X11 matches the window with the entry by WM_CLASS: Qt sets it from the program's name.
    assert entry["StartupWMClass"] == installed_program()
    assert "Office" in entry["Categories"].split(";") and entry["Categories"].endswith(";")
    for language in ("", "[fi]", "[sv]"):
        assert entry[f"Comment{language}"].strip()
        assert entry[f"GenericName{language}"].strip()
        assert entry[f"Keywords{language}"].endswith(";")


def test_metainfo_describes_the_app_in_its_three_languages() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == paths.APP_ID
    assert root.findtext("metadata_license")
    assert root.findtext("name") == "mysteryshop"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == installed_program()
    summaries = {summary.get(XML_LANG, "en") for summary in root.findall("summary")}
    assert summaries == {"en", "fi", "sv"}
    description = root.find("description")
    assert description is not None
    paragraphs = {p.get(XML_LANG, "en") for p in description.findall("p")}
    assert paragraphs == {"en", "fi", "sv"}
    assert root.find("content_rating") is not None
    versions = [release.get("version") for release in root.findall("releases/release")]
    assert versions and versions[0] == __version__  # the newest release first


def test_metainfo_names_screenshots_that_exist() -> None:
    # AppStream takes screenshots by https address only; until they are published, the file
    # names a release adds are listed in a comment, and must stay real files.
    text = METAINFO.read_text(encoding="utf-8")
    named = [word.strip(",") for word in text.split() if word.startswith("docs/screenshots/")]
    assert named
    for name in named:
        assert (REPO / name).is_file(), name


def test_the_icon_ships_as_svg_and_256_px_png() -> None:
    svg = ET.parse(paths.resources_dir() / "icons" / "mysteryshop.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 256 256"
    with Image.open(paths.app_icon_file()) as png:
        assert png.format == "PNG" and png.size == (256, 256)
        assert png.mode == "RGBA"  # transparent corners around the rounded square
        assert png.getpixel((0, 0))[3] == 0 and png.getpixel((128, 128))[3] == 255


def test_the_png_icon_is_the_svg_rendered(qapp: object) -> None:
    # The SVG is the source; scripts/render_icon.py makes the PNG from it. A changed SVG without
    # a new PNG would show one icon in the menu and another on the window.
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import render_icon
    finally:
        sys.path.remove(str(REPO / "scripts"))
    rendered = render_icon.render()
    with Image.open(paths.app_icon_file()) as png:
        shipped = png.convert("RGBA")
    size = rendered.width()
    assert (size, rendered.height()) == shipped.size
    # Anti-aliasing may differ by a step or two between Qt versions: compare with a tolerance.
    worst = 0
    for y in range(0, size, 4):
        for x in range(0, size, 4):
            colour = rendered.pixelColor(x, y)
            drawn = (colour.red(), colour.green(), colour.blue(), colour.alpha())
            worst = max(
                worst, *(abs(a - b) for a, b in zip(drawn, shipped.getpixel((x, y)), strict=True))
            )
    assert worst <= 24


@pytest.mark.parametrize(
    "argv",
    [
        ["desktop-file-validate", str(DESKTOP)],
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
    ],
)
def test_the_desktop_validators_accept_the_files(argv: list[str]) -> None:
    # The freedesktop tools, where installed (.ci/build-standalone installs them): they know
    # rules the checks above do not repeat.
    if shutil.which(argv[0]) is None:
        pytest.skip(f"{argv[0]} is not installed")
    result = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_smoke_test_option_opens_the_app_and_exits_cleanly(tmp_path: Path) -> None:
    # The standalone build's smoke test has no Python to drive the window: `--smoke-test` opens
    # the app on the database, shows the log and quits with 0. Here from the package, in a
    # process of its own, as the built program runs.
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    env.pop(paths.DATABASE_URL_ENV, None)
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "mysteryshop", "--data-dir", str(data), "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (data / paths.DATABASE_FILE).is_file()  # it got as far as opening the database
    # Each step with the clock (.ci/build-standalone reports the start-up times from them).
    steps = [line.rsplit(" ", 1) for line in result.stdout.splitlines()]
    assert [step for step, _ in steps] == ["window painted", "log shown"]
    painted, shown = (float(clock) for _, clock in steps)
    assert 0 <= shown - painted < 120
