#!/bin/sh
# Opening evaluation files from outside the workbench, as a Linux user does, with the unpacked product:
# - install-desktop.sh writes a desktop entry that desktop-file-validate accepts and a MIME type that makes *.hyoka
#   application/x-hyoka, opened by the entry (in a HOME of its own); --uninstall removes them again;
# - a double-click in the file manager (gio open, on a file with a space and a Japanese name) starts the workbench,
#   which opens that file;
# - a second start with another file, by a relative path, hands it to the running workbench and ends at once;
# - a second start with a missing file makes the running workbench say so in a dialog naming it.
# Screenshots of each state go to WORKDIR (first.png, second.png, missing.png); the log must hold no error.
#
#   test-open-files.sh PRODUCT_FOLDER SAMPLES_FOLDER WORKDIR
set -u
product=$(cd "$1" && pwd) || exit 1
samples=$2
work=$3
rm -rf "$work" && mkdir -p "$work/home" "$work/評価 フォルダー" || exit 1
work=$(cd "$work" && pwd)

fail() {
	echo "open files: $*" >&2
	[ -n "${pid-}" ] && kill "$pid" 2>/dev/null
	exit 1
}

# the desktop of a user of its own: HOME, and Java's user.home (which Java takes from the password file, not HOME)
# for the default workspace ~/hyoka-workspace, so that no workbench of the real user is touched
desktop() {
	env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_DATA_DIRS HOME="$work/home" XDG_CURRENT_DESKTOP=GNOME \
		HYOKA_VMARGS="${HYOKA_VMARGS-} -Duser.home=$work/home" "$@"
}

desktop sh "$product/install-desktop.sh" >"$work/install.txt" 2>&1 || fail "install-desktop.sh failed: $(cat "$work/install.txt")"
entry=$work/home/.local/share/applications/hyoka-workbench.desktop
desktop-file-validate "$entry" || fail "desktop-file-validate refuses $entry"
python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$work/home/.local/share/mime/packages/hyoka-workbench.xml" ||
	fail "the MIME type's XML is not well-formed"
first="$work/評価 フォルダー/創薬 2021.hyoka"
cp "$samples/soyaku-kiban-2021.hyoka" "$first"
cp "$samples/saisei-iryo-2022.hyoka" "$work/second.hyoka"
type=$(desktop xdg-mime query filetype "$first")
[ "$type" = application/x-hyoka ] || fail "xdg-mime says $first is $type, not application/x-hyoka"
default=$(desktop xdg-mime query default application/x-hyoka)
[ "$default" = hyoka-workbench.desktop ] || fail "xdg-mime says .hyoka files open with '$default', not hyoka-workbench.desktop"
echo "open files: install-desktop.sh installs a valid desktop entry; xdg-mime says *.hyoka is $type, opened by $default"

workspace=$work/home/hyoka-workspace
prefs=$workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.hyoka.app.prefs
# recent FILE: the workbench opened FILE in an editor (File > Recent Files lists it: RecentFiles stores the list at once)
recent() {
	python3 - "$prefs" "$1" <<'EOF'
import pathlib, re, sys, urllib.parse
prefs = pathlib.Path(sys.argv[1])
lines = prefs.read_text(encoding="latin-1").splitlines() if prefs.exists() else []
# a Java properties value: \uXXXX a character, \n a line break, \: a colon
def unescape(value):
    return re.sub(r"\\(u[0-9a-fA-F]{4}|.)", lambda m: chr(int(m.group(1)[1:], 16)) if len(m.group(1)) == 5
                  else "\n" if m.group(1) == "n" else m.group(1), value)
values = [unescape(line[len("recentFiles="):]) for line in lines if line.startswith("recentFiles=")]
files = [pathlib.Path(urllib.parse.unquote(urllib.parse.urlparse(uri).path)) for value in values for uri in value.split("\n")]
sys.exit(0 if pathlib.Path(sys.argv[2]).resolve() in [f.resolve() for f in files] else 1)
EOF
}
# wait_for DESCRIPTION SECONDS COMMAND...
wait_for() {
	what=$1 seconds=$2
	shift 2
	waited=0
	until "$@"; do
		[ $waited -lt "$seconds" ] || fail "$what: not within $seconds s"
		sleep 1
		waited=$((waited + 1))
	done
}
# a window of the workbench titled so (xwininfo may print the title with a space after it)
window_titled() {
	xwininfo -root -tree 2>/dev/null | grep -q -E "\"$1 ?\": \(\"Hyoka Workbench\" \"Hyoka Workbench\"\)"
}

# the file manager's double-click: gio launches the desktop entry's Exec with the file
desktop gio open "$first" || fail "gio open $first failed"
wait_for "the workbench opens $first" 180 recent "$first"
workbenches="$product/plugins/org.eclipse.equinox.launcher_.*-name Hyoka Workbench"
pid=$(pgrep -f -n "$workbenches") || fail "no workbench process"
sleep 3 # the editor's pages painted
import -window root "$work/first.png" 2>/dev/null
echo "open files: a double-click on \"$first\" started the workbench, which opened it (screenshot: $work/first.png)"

started=$(date +%s)
(cd "$work" && desktop "$product/hyoka" second.hyoka >"$work/second.txt" 2>&1) ||
	fail "the second start exited with status $?: $(cat "$work/second.txt")"
took=$(($(date +%s) - started))
[ "$(pgrep -f -c "$workbenches")" = 1 ] || fail "more than one workbench runs after the second start"
wait_for "the running workbench opens second.hyoka" 60 recent "$work/second.hyoka"
sleep 3
import -window root "$work/second.png" 2>/dev/null
echo "open files: a second start with second.hyoka handed it to the running workbench and ended after $took s (screenshot: $work/second.png)"

(cd "$work" && desktop "$product/hyoka" "missing 欠落.hyoka" >"$work/missing.txt" 2>&1) || fail "the start with a missing file failed: $(cat "$work/missing.txt")"
wait_for "a dialog about the missing file" 60 window_titled "Open File"
sleep 1
import -window root "$work/missing.png" 2>/dev/null
echo "open files: a missing file gives the running workbench's dialog Open File (screenshot: $work/missing.png)"

kill "$pid"
wait_for "the workbench ends" 60 sh -c "! kill -0 $pid 2>/dev/null"
pid=
log=$workspace/.metadata/.log
if grep -q -E '^!ENTRY [^ ]+ 4 |^!STACK' "$log" 2>/dev/null; then
	fail "the workbench logged errors: $(cat "$log")"
fi

desktop sh "$product/install-desktop.sh" --uninstall >/dev/null || fail "install-desktop.sh --uninstall failed"
[ ! -e "$entry" ] || fail "--uninstall left $entry"
default=$(desktop xdg-mime query default application/x-hyoka)
[ -z "$default" ] || fail "after --uninstall, .hyoka files still open with $default"
echo "open files: install-desktop.sh --uninstall removed the desktop entry and the file type"
