#!/bin/sh
# Adds Hyoka Workbench to the desktop of the user who runs it (no root needed): a menu entry, and the file type
# "Hyoka Workbench evaluation" for *.hyoka files, opened by this installation, so that a double-click on a .hyoka
# file in the file manager opens it (in the workbench already running, if there is one). Written where the
# freedesktop.org specifications say ($XDG_DATA_HOME, by default ~/.local/share; $XDG_CONFIG_HOME/mimeapps.list).
#
#   ./install-desktop.sh              install, or update after moving this folder
#   ./install-desktop.sh --uninstall  remove what it installed
set -u

fail() {
	echo "install-desktop.sh: $*" >&2
	exit 1
}

home=$(cd "$(dirname "$0")" && pwd -P) || fail "cannot enter the folder of $0"
data=${XDG_DATA_HOME:-$HOME/.local/share}
config=${XDG_CONFIG_HOME:-$HOME/.config}
id=hyoka-workbench
type=application/x-hyoka
entry=$data/applications/$id.desktop
mime=$data/mime/packages/$id.xml
app_icon=$data/icons/hicolor/128x128/apps/$id.png
type_icon=$data/icons/hicolor/128x128/mimetypes/application-x-hyoka.png
defaults=$config/mimeapps.list

# The desktop's caches, refreshed by its own tools where they are installed (the files alone take effect at the
# next login on desktops without them).
refresh() {
	if command -v update-mime-database >/dev/null; then
		update-mime-database "$data/mime" || fail "update-mime-database $data/mime failed"
	fi
	if command -v update-desktop-database >/dev/null; then
		update-desktop-database "$data/applications" 2>/dev/null
	fi
	if command -v gtk-update-icon-cache >/dev/null && [ -f "$data/icons/hicolor/index.theme" ]; then
		gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null
	fi
	return 0
}

# mimeapps.list without the line that makes this entry the default for .hyoka files
forget_default() {
	[ -f "$defaults" ] || return 0
	grep -v "^$type=$id.desktop;*\$" "$defaults" >"$defaults.new" && mv "$defaults.new" "$defaults"
}

case ${1-} in
--uninstall)
	rm -f "$entry" "$mime" "$app_icon" "$type_icon"
	forget_default
	refresh
	echo "Hyoka Workbench is no longer on this desktop (menu entry and .hyoka file type removed)."
	exit 0
	;;
"") ;;
*)
	echo "usage: $0 [--uninstall]" >&2
	exit 2
	;;
esac

[ -x "$home/hyoka" ] || fail "$home/hyoka is missing: run this script from the unpacked Hyoka Workbench folder"
# GLib looks for the program of Exec before expanding %% to %, and so would ignore the entry
case $home in
*%*) fail "the path $home holds a %, which desktops do not accept in a program's path: move the folder, then run this again" ;;
esac
mkdir -p "$(dirname "$entry")" "$(dirname "$mime")" "$(dirname "$app_icon")" "$(dirname "$type_icon")" "$config" ||
	fail "cannot create the folders under $data and $config"

# Exec's quoting (Desktop Entry Specification, "The Exec key"): inside double quotes \ " ` $ are escaped by a
# backslash, and the value's own backslashes are then doubled.
quoted=$(printf '%s' "$home/hyoka" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')
# TryExec and Icon are plain strings: only backslashes are escaped.
plain() {
	printf '%s' "$1" | sed -e 's/\\/\\\\/g'
}

cat >"$entry" <<EOF || fail "cannot write $entry"
[Desktop Entry]
Type=Application
Version=1.4
Name=Hyoka Workbench
GenericName=Evaluation Workbench
GenericName[ja]=評価ワークベンチ
Comment=Write, check and publish evaluations of publicly funded R&D programs
Comment[ja]=公的研究開発事業の評価を作成・検証・公表します
TryExec=$(plain "$home/hyoka")
Exec="$quoted" %F
Icon=$(plain "$app_icon")
Terminal=false
StartupNotify=true
StartupWMClass=Hyoka Workbench
Categories=Office;
MimeType=$type;
Keywords=evaluation;hyoka;
Keywords[ja]=評価;技術評価;評点;
EOF

cat >"$mime" <<EOF || fail "cannot write $mime"
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="$type">
    <comment>Hyoka Workbench evaluation</comment>
    <comment xml:lang="ja">Hyoka Workbench 評価ファイル</comment>
    <sub-class-of type="application/xml"/>
    <generic-icon name="x-office-document"/>
    <glob pattern="*.hyoka"/>
  </mime-type>
</mime-info>
EOF

cp "$home/hyoka.png" "$app_icon" && cp "$home/hyoka.png" "$type_icon" || fail "cannot copy the icon $home/hyoka.png"

# this installation becomes the application that opens .hyoka files
forget_default
if grep -q '^\[Default Applications\]' "$defaults" 2>/dev/null; then
	sed "/^\[Default Applications\]/a $type=$id.desktop;" "$defaults" >"$defaults.new" && mv "$defaults.new" "$defaults"
else
	printf '\n[Default Applications]\n%s=%s.desktop;\n' "$type" "$id" >>"$defaults"
fi || fail "cannot write $defaults"

refresh
echo "Hyoka Workbench is on this desktop: its menu entry is $entry, and .hyoka files ($mime) open in $home/hyoka."
echo "To remove both: $0 --uninstall"
