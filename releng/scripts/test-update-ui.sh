#!/bin/sh
# A user's product is updated the way a user meets it: p2's update scheduler finds a newer version at start-up and
# offers it, the user accepts the offer and restarts. On a virtual display of its own, with a window manager, the
# test unpacks the product (N), built with SITE as its release site (-Dhyoka.releaseSite), which holds N and a newer
# release (N+1), and gives it a workspace holding an evaluation file and no other site: none in the installation, the
# workspace or HYOKA_VMARGS, and the check for updates at start-up left to its default, on where there is a site. Then
# it starts the workbench; waits for p2's "Updates Available" notification; checks that the installation lists SITE
# alone, named as the release site; clicks the notification; goes through the Update
# wizard (Next, Next, accept the licence, Finish) with the buttons' mnemonics; trusts the signer if p2 asks; answers
# "Restart Now"; and waits for the restarted workbench. It checks that the configuration now starts the newer IP
# bundle, that the workbench's window came back with its editor, that the evaluation file is byte for byte as it was
# and that the workspace's log holds no error. Each step leaves a screenshot in WORKDIR/screens, and a failure says
# which step failed (with a screenshot of the screen at that moment).
#
# With SIGNER (a certificate's subject), p2 must have asked the user to trust that signer, and the certificate the
# user trusted, which p2 remembers in the profile, must be its. With UNSIGNED_SITE (a site of unsigned jars), the
# restarted workbench is then asked to install its features through Help > Install New Software, and must refuse as
# the product's eclipse.p2.unsignedPolicy=fail says: p2's error dialog instead of a trust question, nothing installed
# (the configuration and the profile's states as they were) and no error logged but p2's own report of the refusal.
# Last the user goes back to the state from before the update in Help > Installation Details > Installation History
# (Revert, Revert, Restart Now), which needs N's IP feature from the site, and the workbench comes back on N's IP
# bundle; a site without N makes p2 report a problem instead, and the test fail.
#
# The workbench runs in Japanese (-nl ja), as a user of the product meets it: windows are found by their Japanese
# titles, and buttons and menus by their mnemonics, the same letters as in English.
#
# ./test.sh runs it from test-site.sh after test-update.sh, on the product of the scaffold test's release build, with
# the composite of the build's repository and the scaffold test's site, whose IP bundle is a micro version higher,
# published as releases (publish-release.sh) as the site, and, when the build signs, test-signing.sh's unsigned copy of
# the scaffold test's site. Needs Xvfb, openbox, xdotool, ImageMagick and x11-utils (setup.sh's test packages).
#
#   test-update-ui.sh PRODUCT_ARCHIVE|UNPACKED_PRODUCT SITE WORKDIR [SIGNER [UNSIGNED_SITE]]
set -u
archive=$1
site_folder=$(cd "$2" && pwd) || exit 1
work=$3
signer=${4:-}
unsigned=
[ -n "${5:-}" ] && { unsigned=$(cd "$5" && pwd) || exit 1; }
rm -rf "$work" && mkdir -p "$work/screens" "$work/home" || exit 1
work=$(cd "$work" && pwd)
began=$(date +%s)
step=setup
shots=0
xvfb= wm= product= trusted=

# a screenshot of the whole screen, numbered in the order taken
shot() {
	shots=$((shots + 1))
	import -window root "$work/screens/$(printf %02d $shots)-$1.png" 2>/dev/null
}

fail() {
	[ -n "$wm" ] && shot "failed-$(printf %s "$step" | tr ' ' -)"
	echo "update UI test: $step: $*" >&2
	echo "update UI test: screenshots in $work/screens" >&2
	exit 1
}

# what this test started, ended when it ends whatever way: the launcher script passes the signal on to the workbench
cleanup() {
	for pid in $product $wm $xvfb; do
		kill "$pid" 2>/dev/null
	done
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

for tool in Xvfb openbox xdotool xprop import compare pgrep python3; do
	command -v $tool >/dev/null || fail "$tool is missing: install releng/scripts/setup.sh's test packages"
done

# a display of its own, on the first free number, with a window manager (dialogs open, are activated and stack as on a
# desktop); no output kept open, since Maven waits for the streams of what it runs to close
step="virtual display"
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$work/display.txt" </dev/null >"$work/xvfb.txt" 2>&1 &
xvfb=$!
waited=0
until [ -s "$work/display.txt" ]; do
	kill -0 $xvfb 2>/dev/null || fail "Xvfb did not start: $(cat "$work/xvfb.txt")"
	[ $waited -lt 300 ] || fail "Xvfb gave no display within 30 s"
	sleep 0.1
	waited=$((waited + 1))
done
DISPLAY=:$(head -n 1 "$work/display.txt")
export DISPLAY
# a client that connects before the server accepts is refused: openbox once gave up so ("Failed to open the display")
waited=0
until xprop -root >/dev/null 2>&1; do
	kill -0 $xvfb 2>/dev/null || fail "Xvfb $DISPLAY ended: $(cat "$work/xvfb.txt")"
	[ $waited -lt 300 ] || fail "Xvfb $DISPLAY accepted no client within 30 s"
	sleep 0.1
	waited=$((waited + 1))
done
for attempt in 1 2; do
	HOME=$work/home openbox --sm-disable </dev/null >"$work/openbox.txt" 2>&1 &
	wm=$!
	waited=0
	until xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; do
		kill -0 $wm 2>/dev/null || break
		[ $waited -lt 300 ] || fail "openbox did not manage the display within 30 s"
		sleep 0.1
		waited=$((waited + 1))
	done
	kill -0 $wm 2>/dev/null && break
	[ $attempt = 1 ] || fail "openbox did not start, twice: $(cat "$work/openbox.txt")"
done

step=unpack
sh "$(dirname "$0")/unpack-product.sh" "$archive" "$work/installed" || fail "cannot unpack $archive"
installation=$work/installed/hyoka-workbench
bundles_info=$installation/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
configured() {
	sed -n "s/^$1,\([^,]*\),.*/\1/p" "$bundles_info"
}
before=$(configured org.hyoka.ip)
[ -n "$before" ] || fail "the installed product does not configure org.hyoka.ip"

# the user's workspace and evaluation file
step=workspace
workspace=$work/workspace
file=$workspace/evaluations/002.hyoka
mkdir -p "$(dirname "$file")" && cp "$(dirname "$0")/../../bundles/org.hyoka.samples/samples/saisei-iryo-2022.hyoka" "$file" ||
	fail "cannot copy the sample into the workspace"
sha256sum "$file" >"$work/before.sha256"

# the file: URL of folder $1
url() {
	python3 -c 'import pathlib, sys; print(pathlib.Path(sys.argv[1]).as_uri())' "$1"
}
# the sites the installation's p2 lists, a line each: the kind of repository (metadata, artifact), the URI, whether
# enabled and the name, as p2's repository managers keep them in the preferences of the installation (the director's)
# and of its profile (the workbench's); not the composite's children, which p2 adds as system sites the user never sees
listed() {
	python3 - "$installation/p2/org.eclipse.equinox.p2.engine" <<'EOF'
import pathlib, re, sys
def unescape(text):
    return re.sub(r"\\(.)", r"\1", re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m[1], 16)), text))
for prefs in sorted(pathlib.Path(sys.argv[1]).glob("**/org.eclipse.equinox.p2.*.repository.prefs")):
    repositories = {}
    for line in prefs.read_text(encoding="latin-1").splitlines():
        match = re.match(r"repositories/(.+)/(\w+)=(.*)", line)
        if match:
            repositories.setdefault(match[1], {})[match[2]] = unescape(match[3])
    for repository in repositories.values():
        if repository.get("isSystem") != "true":
            print(prefs.name.split(".")[4], repository.get("uri"), repository.get("enabled", "true"),
                  repository.get("nickname", ""), sep="\t")
EOF
}

# No site but the product's own: the installation lists none (forget-build-sites.sh), the workspace and the command
# line name none, and the check at start-up is left to its default, on where there is a site. Only the release site
# that the product's application bundle names can bring the update.
step="no site but the release site"
! grep -rqs --include='*.repository.prefs' '/uri=' "$installation/p2" ||
	fail "the installation lists sites before its first start: $(grep -rh --include='*.repository.prefs' '/uri=' "$installation/p2")"
case " ${HYOKA_VMARGS-} " in
*" -Dhyoka.updateSite="* | *" -Dhyoka.automaticUpdates="*) fail "HYOKA_VMARGS chooses the site or the check: $HYOKA_VMARGS" ;;
esac
set -- "$installation"/p2/org.eclipse.equinox.p2.engine/profileRegistry/*.profile
[ $# = 1 ] && [ -d "$1" ] || fail "the installation has not one p2 profile but: $*"
profile=$1

# the workbench, in Japanese; the launcher script starts it again after Restart Now with the same arguments, and
# -Dhyoka.startupMarks appends an "editor" line at every start
step=start
marks=$work/marks.txt
HOME=$work/home HYOKA_VMARGS="${HYOKA_VMARGS-} -Dhyoka.startupMarks=$marks" "$installation/hyoka" -data "$workspace" -nl ja "$file" \
	</dev/null >"$work/console.txt" 2>&1 &
product=$!

running() {
	kill -0 $product 2>/dev/null || fail "the workbench exited: $(tail -n 5 "$work/console.txt")"
}
# a visible window whose title matches the regular expression $1 (SWT ends titles with a space), waited for up to $2
# seconds; nothing if none came or the workbench exited
window() {
	waited=0
	while kill -0 $product 2>/dev/null; do
		id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | tail -n 1)
		[ -n "$id" ] && { echo "$id"; return; }
		[ $waited -lt "$2" ] || return
		sleep 1
		waited=$((waited + 1))
	done
}
# the titles of the visible windows, for a failure's message
titles() {
	xdotool search --onlyvisible --name . 2>/dev/null | while read -r id; do
		printf '"%s" ' "$(xdotool getwindowname "$id")"
	done
}
# keys typed into window $1 after it is activated, as a user types them into the window in front
keys() {
	id=$1
	shift
	timeout 10 xdotool windowactivate --sync "$id" >/dev/null 2>&1 || fail "cannot activate the window \"$(xdotool getwindowname "$id")\""
	xdotool key --delay 100 "$@"
}
# waits up to $1 seconds until the workbench has shown its editor $2 times (once per start)
editor_shown() {
	waited=0
	until [ "$(cat "$marks" 2>/dev/null | grep -c '^editor ')" -ge "$2" ]; do
		running
		[ $waited -lt "$1" ] || fail "no editor shown within $1 s"
		sleep 1
		waited=$((waited + 1))
	done
}
# the workbench's main window: the largest visible one so titled (its menus and hidden shells are small)
main_window() {
	for id in $(xdotool search --onlyvisible --name 'Hyoka Workbench' 2>/dev/null); do
		eval "$(xdotool getwindowgeometry --shell "$id")"
		echo "$((WIDTH * HEIGHT)) $id"
	done | sort -n | tail -n 1 | cut -d' ' -f2
}
# presses keys in window $1, waits up to 30 s until it looks different (a wizard's page turned, a radio button set),
# then until it has settled: a wizard computing the next page first greys its buttons, and a key pressed then is lost
turn() {
	id=$1
	shift
	import -window "$id" "$work/page-before.png" 2>/dev/null
	keys "$id" "$@"
	waited=0
	while :; do
		sleep 1
		import -window "$id" "$work/page-after.png" 2>/dev/null
		compare -metric AE "$work/page-before.png" "$work/page-after.png" null: >/dev/null 2>&1 || break
		waited=$((waited + 1))
		[ $waited -lt 30 ] || fail "the window \"$(xdotool getwindowname "$id")\" did not change within 30 s of $*"
	done
	settled "$id"
}
# waits up to 60 s until window $1 has looked the same for two seconds (a site's content listed)
settled() {
	import -window "$1" "$work/page-before.png" 2>/dev/null
	waited=0 same=0
	while [ $same -lt 2 ]; do
		sleep 1
		import -window "$1" "$work/page-after.png" 2>/dev/null
		if compare -metric AE "$work/page-before.png" "$work/page-after.png" null: >/dev/null 2>&1; then
			same=$((same + 1))
		else
			same=0
			mv "$work/page-after.png" "$work/page-before.png"
		fi
		waited=$((waited + 1))
		[ $waited -lt 60 ] || fail "the window \"$(xdotool getwindowname "$1")\" did not settle within 60 s"
	done
}

editor_shown 120 1
pid_before=$(pgrep -P $product java)
shot started
# a new workspace's window fills the screen, and opens again as it was left (HyokaWorkbenchWindowAdvisor)
maximized() {
	xprop -id "$(main_window)" _NET_WM_STATE | grep -q '_NET_WM_STATE_MAXIMIZED_HORZ.*_NET_WM_STATE_MAXIMIZED_VERT\|_NET_WM_STATE_MAXIMIZED_VERT.*_NET_WM_STATE_MAXIMIZED_HORZ' ||
		fail "the workbench's window is not maximized $1: $(xprop -id "$(main_window)" _NET_WM_STATE)"
}
maximized "in a new workspace"

# p2's scheduler looks for updates some 20 s after start-up and shows its notification; a click on its text opens
# the Update wizard
step="Updates Available notification"
popup=$(window '^更新があります ?$' 120)
running
[ -n "$popup" ] || fail "p2 offered no update within 120 s of the editor showing; windows: $(titles)"
sleep 1 # painted
shot offered
# the site that offered it: the release site alone, named as docs/partners.md says under -nl ja
step="the release site listed"
name="Hyoka Workbench リリース"
expected=$(printf 'metadata\tfile:%s\ttrue\t%s\nartifact\tfile:%s\ttrue\t%s' "$site_folder" "$name" "$site_folder" "$name")
[ "$(listed | sort -r)" = "$expected" ] || fail "the installation lists, instead of the release site file:$site_folder named \"$name\": $(listed)"
step="Updates Available notification"
eval "$(xdotool getwindowgeometry --shell "$popup")"
xdotool mousemove --window "$popup" 40 $((HEIGHT / 2)) click 1

step="Update wizard"
wizard=$(window '^使用可能な更新 ?$' 60)
running
[ -n "$wizard" ] || fail "clicking the notification opened no Update wizard within 60 s; windows: $(titles)"
sleep 1
shot wizard-updates
turn "$wizard" alt+n
shot wizard-details
turn "$wizard" alt+n
shot wizard-licenses
turn "$wizard" alt+a
shot wizard-accepted
keys "$wizard" alt+f

# waits until p2, working in the background, asks to restart (its window in $restart): trusts the signer (or unsigned
# content) when p2 asks first, and fails if p2 reports a problem instead
restart_asked() {
	waited=0
	while :; do
		running
		trust=$(xdotool search --onlyvisible --name '^成果物の信頼 ?$' 2>/dev/null | tail -n 1)
		if [ -n "$trust" ]; then
			sleep 1
			shot trust
			keys "$trust" alt+s alt+t
			trusted=yes
		fi
		restart=$(xdotool search --onlyvisible --name '^ソフトウェアの更新 ?$' 2>/dev/null | tail -n 1)
		[ -n "$restart" ] && break
		[ -z "$(xdotool search --onlyvisible --name '^問題が発生しました ?$' 2>/dev/null)" ] ||
			{ sleep 1 && fail "p2 reports a problem instead of asking to restart"; }
		[ $waited -lt 120 ] || fail "p2 did not ask to restart within 120 s; windows: $(titles)"
		sleep 1
		waited=$((waited + 1))
	done
	sleep 1
}

step="installing the update"
restart_asked
shot restart-asked
after=$(configured org.hyoka.ip)
[ "$after" != "$before" ] || fail "the configuration still starts org.hyoka.ip $before when p2 asks to restart"

step=restart
keys "$restart" alt+r
editor_shown 120 2
pid_after=$(pgrep -P $product java)
[ -n "$pid_after" ] && [ "$pid_after" != "$pid_before" ] || fail "the workbench did not start again (process $pid_before, now ${pid_after:-none})"
sleep 2 # the editor's pages painted
shot restarted
window=$(main_window)
[ -n "$window" ] || fail "the restarted workbench shows no window titled \"Hyoka Workbench\"; windows: $(titles)"
maximized "after Restart Now"

step="updated version"
[ "$(printf '%s\n%s\n' "$before" "$after" | sort -V | tail -n 1)" = "$after" ] || fail "org.hyoka.ip went down from $before to $after"
[ "${after%.*}" != "${before%.*}" ] || fail "only the qualifier of org.hyoka.ip changed ($before to $after), not its version"
if [ -n "$signer" ]; then
	step="trusted signer"
	[ -n "$trusted" ] || fail "p2 installed content signed by $signer without asking whether to trust it"
	# a preference file escapes its values as Java properties do: base64's = padding as \=, line breaks as \r\n
	sed -n 's/^trustedCertificates=//p' "$profile/.data/.settings/org.eclipse.equinox.p2.engine.prefs" | sed -e 's/\\[rn]//g' -e 's/\\//g' |
		base64 -d >"$work/trusted.p7b" &&
		"${JAVA_HOME:+$JAVA_HOME/bin/}keytool" -printcert -file "$work/trusted.p7b" >"$work/trusted.txt" 2>&1 ||
		fail "cannot read the certificates p2 remembers as trusted: $(cat "$work/trusted.txt" 2>/dev/null)"
	grep -qxF "Owner: $signer" "$work/trusted.txt" || fail "the certificate the user trusted is not $signer's: $(grep '^Owner: ' "$work/trusted.txt")"
fi

# the same workbench, asked to install the unsigned site's features as a user would (Help > Install New Software, the
# site's address typed into "Work with", Select All, Next, Finish), must refuse them. "Contact all update sites" is
# unchecked: the unsigned site's artifacts are the signed update site's too, and p2 would fetch them from there.
if [ -n "$unsigned" ]; then
	step="unsigned site refused"
	states=$(ls "$profile")
	address=$(url "$unsigned") || fail "cannot make a URL of $unsigned"
	keys "$window" alt+h s
	install=$(window '^インストール ?$' 60)
	running
	[ -n "$install" ] || fail "Help > Install New Software opened no Install wizard within 60 s; windows: $(titles)"
	settled "$install"
	keys "$install" alt+c alt+w ctrl+a
	xdotool type --delay 20 "$address"
	turn "$install" Return
	settled "$install"
	turn "$install" alt+s
	shot install-unsigned
	turn "$install" alt+n
	settled "$install"
	# p2 asks for the licence only if not accepted before: the update accepted the same one
	keys "$install" alt+f
	sleep 3
	if [ -n "$(xdotool search --onlyvisible --name '^インストール ?$' 2>/dev/null)" ]; then
		turn "$install" alt+n
		turn "$install" alt+a
		keys "$install" alt+f
	fi
	waited=0
	until problem=$(xdotool search --onlyvisible --name '^問題が発生しました ?$' 2>/dev/null | tail -n 1) && [ -n "$problem" ]; do
		running
		[ -z "$(xdotool search --onlyvisible --name '^成果物の信頼 ?$' 2>/dev/null)" ] ||
			fail "p2 asks whether to trust the unsigned content instead of refusing it"
		[ -z "$(xdotool search --onlyvisible --name '^ソフトウェアの更新 ?$' 2>/dev/null)" ] ||
			fail "p2 installed the unsigned content and asks to restart"
		[ $waited -lt 120 ] || fail "p2 reported no problem within 120 s of Finish; windows: $(titles)"
		sleep 1
		waited=$((waited + 1))
	done
	sleep 1 # painted
	shot refused
	[ -z "$(configured org.hyoka.example)" ] || fail "the configuration starts org.hyoka.example from the unsigned site"
	[ "$(ls "$profile")" = "$states" ] || fail "p2 refused, but the profile has a new state: $(ls "$profile")"
	keys "$problem" Return
	waited=0
	while [ -n "$(xdotool search --onlyvisible --name '^問題が発生しました ?$' 2>/dev/null)" ]; do
		[ $waited -lt 10 ] || fail "p2's error dialog did not close on Return"
		sleep 1
		waited=$((waited + 1))
	done
fi

# back to the state from before the update as a user goes back (docs/partners.md, "Rolling back"): Help > Installation
# Details, its Installation History tab, the configuration below the current installation, Revert, Revert again to
# accept the restart, Restart Now. The update removed the earlier IP feature: it comes from the site's earlier release.
step="revert in Installation History"
keys "$window" alt+h d
details=$(window 'インストールの詳細 ?$' 60)
running
[ -n "$details" ] || fail "Help > Installation Details opened no window within 60 s; windows: $(titles)"
settled "$details"
turn "$details" ctrl+Next
turn "$details" alt+p Down
shot history
keys "$details" alt+v
confirm=$(window '^ソフトウェア構成を元に戻す ?$' 30)
running
[ -n "$confirm" ] || fail "Revert asked nothing within 30 s; windows: $(titles)"
shot revert-asked
keys "$confirm" alt+v
restart_asked
shot revert-restart-asked
[ "$(configured org.hyoka.ip)" = "$before" ] || fail "the configuration starts org.hyoka.ip $(configured org.hyoka.ip) after the revert, not $before"
keys "$restart" alt+r
editor_shown 120 3
sleep 2
shot reverted
window=$(main_window)
[ -n "$window" ] || fail "the workbench shows no window titled \"Hyoka Workbench\" after the revert; windows: $(titles)"

# closed as a user closes it, File > Exit, so that it saves its workspace
step=exit
keys "$window" alt+f x
waited=0
while kill -0 $product 2>/dev/null; do
	[ $waited -lt 60 ] || fail "the workbench did not exit within 60 s of File > Exit"
	sleep 1
	waited=$((waited + 1))
done
wait $product
status=$?
product=
[ $status = 0 ] || fail "the workbench exited with status $status: $(tail -n 5 "$work/console.txt")"

step="workspace and log"
sha256sum --quiet -c "$work/before.sha256" >/dev/null 2>&1 || fail "the evaluation file $file changed"
# the errors of log $1, each entry with its subentries, but one report by p2's engine of the refused unsigned content,
# which there must be if $2 is not empty
errors() {
	python3 - "$1" "$2" <<'EOF'
import pathlib, re, sys
log = pathlib.Path(sys.argv[1])
text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
entries = re.split(r"(?m)^(?=!ENTRY )", text)[1:]
refusals = [e for e in entries if e.startswith("!ENTRY org.eclipse.equinox.p2.engine 4 ")
            and "phases.CheckTrust" in e and "org.hyoka.example_" in e][:1]
if sys.argv[2] and not refusals:
    print("no report of p2's refusal of the unsigned content")
for entry in entries:
    if entry not in refusals and re.search(r"\A!ENTRY \S+ 4 |^!STACK", entry, re.M):
        print(entry, end="")
EOF
}
found=$(errors "$workspace/.metadata/.log" "$unsigned")
[ -z "$found" ] || fail "the log $workspace/.metadata/.log holds errors: $found"
for log in "$installation"/configuration/*.log; do
	found=$(errors "$log" "")
	[ -z "$found" ] || fail "the log $log holds errors: $found"
done
grep -q -E 'Exception|^ERROR' "$work/console.txt" && fail "the workbench's console shows exceptions: $(cat "$work/console.txt")"
echo "update UI test: p2 offered the update at start-up; through its wizard${signer:+, trusting $signer,} and Restart Now" \
	"the workbench went from org.hyoka.ip $before to $after and came back with its editor${unsigned:+, refused the unsigned site's feature}," \
	"went back to $before through Installation History's Revert and Restart Now," \
	"the evaluation file unchanged and no error logged ($(($(date +%s) - began)) s; screenshots in $work/screens)"
