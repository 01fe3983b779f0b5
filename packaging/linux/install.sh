#!/usr/bin/env bash
# Install the standalone build (dist/mysteryshop/, from packaging/mysteryshop.spec) with its
# desktop entry, icon and AppStream metadata, so that it appears in the desktop's menu:
#     packaging/linux/install.sh              # for this user, under ~/.local (no root needed)
#     sudo packaging/linux/install.sh /usr/local   # for everyone
# Uninstall: packaging/linux/install.sh --uninstall [PREFIX].
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
APP_ID=fi.mysteryshop.MysteryShop

uninstall=0
if [ "${1:-}" = "--uninstall" ]; then
    uninstall=1
    shift
fi
PREFIX="${1:-$HOME/.local}"
BUILT="$ROOT/dist/mysteryshop"

FILES=(
    "$PREFIX/bin/mysteryshop"
    "$PREFIX/share/applications/$APP_ID.desktop"
    "$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
    "$PREFIX/share/icons/hicolor/256x256/apps/$APP_ID.png"
    "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
)
# Desktops notice new menu entries and icons by themselves; an icon cache that exists already
# (a system prefix has one) must be brought up to date, or the new icon is not found.
refresh_caches() {
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$PREFIX/share/applications" || true
    fi
    if [ -f "$PREFIX/share/icons/hicolor/icon-theme.cache" ]; then
        gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
    fi
}

if [ "$uninstall" = 1 ]; then
    rm -f "${FILES[@]}"
    rm -rf "$PREFIX/lib/mysteryshop"
    refresh_caches
    echo "mysteryshop removed from $PREFIX"
    exit 0
fi
[ -x "$BUILT/mysteryshop" ] || {
    echo "no build in $BUILT: run pyinstaller --noconfirm packaging/mysteryshop.spec first" >&2
    exit 1
}

mkdir -p "$PREFIX/bin" "$PREFIX/lib" "$PREFIX/share/applications" "$PREFIX/share/metainfo" \
    "$PREFIX/share/icons/hicolor/256x256/apps" "$PREFIX/share/icons/hicolor/scalable/apps"
rm -rf "$PREFIX/lib/mysteryshop"
cp -a "$BUILT" "$PREFIX/lib/mysteryshop"
ln -sfn "$PREFIX/lib/mysteryshop/mysteryshop" "$PREFIX/bin/mysteryshop"
# Exec= names the program by its full path: ~/.local/bin is not on every desktop's PATH.
sed "s|^Exec=mysteryshop|Exec=$PREFIX/bin/mysteryshop|" "$HERE/$APP_ID.desktop" \
    >"$PREFIX/share/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$PREFIX/share/metainfo/"
cp "$ROOT/resources/icons/mysteryshop-256.png" "$PREFIX/share/icons/hicolor/256x256/apps/$APP_ID.png"
cp "$ROOT/resources/icons/mysteryshop.svg" "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
refresh_caches
echo "mysteryshop installed in $PREFIX (start it from the menu, or $PREFIX/bin/mysteryshop)"
