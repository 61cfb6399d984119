#!/bin/sh
# A partner removes the optional features that bring views of their own (IP Tracking, Roadmap Timeline, Team) from the
# product: the command line loses their commands, findings and report sections but still reads, validates, exports
# and saves evaluations with their content, and the content in the saved file is the one it read. Then the partner
# installs them again from the build's p2 repository: their bundles are configured again, the file saved without them
# gives their findings and report sections again, and an edit saved now writes the same content as the product that
# never lost them. Works on a copy of the unpacked product, which the product's own p2 director shrinks and grows
# again; leaves its files in WORKDIR. Without the features and again after reinstalling them, the workbench itself
# opens the sample 000 (which holds an IP register and roadmaps) on the X display, in the workspace the product with
# the features left with the IP Register, Deadlines and Roadmap views open: its editor shows with no error in the log
# and no broken view, and it closes as a user closes it; the views are back where they were after the reinstall.
# The screenshots gui-with-addons.png, gui-without-addons.png and gui-reinstalled.png show what it showed.
#
#   test-without-addons.sh PRODUCT_FOLDER SAMPLES_FOLDER WORKDIR P2_REPOSITORY
set -u
product=$1
samples=$2
work=$3
repository=$(cd "$4" && pwd) || exit 1
rm -rf "$work" && mkdir -p "$work" || exit 1

fail() {
	echo "without add-ons: $*" >&2
	exit 1
}

cp -a "$product" "$work/product" || fail "cannot copy $product"

features=org.hyoka.ip.feature.feature.group,org.hyoka.roadmap.feature.feature.group,org.hyoka.team.feature.feature.group
views='org.hyoka.ip.ui.register org.hyoka.ip.ui.deadlines org.hyoka.roadmap.ui.view'

# the IP schemes and roadmaps of a file, sorted: a workbench without the add-ons writes them after their owner's
# known content
addon_content() {
	python3 -c 'import re, sys
print("\n".join(sorted(re.findall(r"<extensions xsi:type=\"(?:ip:IPManagementScheme|roadmap:Roadmap)\".*?</extensions>", open(sys.argv[1], encoding="utf-8").read(), re.S))))' "$1"
}

# workbench NAME: starts the product's workbench on the sample 000 in the workspace it left before (a new one the first
# time, with the IP Register, Deadlines and Roadmap open as the evaluation perspective shows them), waits for its editor (the
# marks -Dhyoka.startupMarks writes), saves a screenshot, closes its window as a window manager's close button does
# (so that it saves its workspace) and checks that the log holds no error or exception
workbench() {
	workspace=$work/gui
	rm -f "$workspace.marks"
	HYOKA_VMARGS="${HYOKA_VMARGS-} -Dhyoka.startupMarks=$workspace.marks" "$work/product/hyoka" -data "$workspace" -openSample soyaku-kiban-2021 \
		>"$work/gui-$1-console.txt" 2>&1 &
	pid=$!
	waited=0
	until grep -q '^editor ' "$workspace.marks" 2>/dev/null; do
		kill -0 $pid 2>/dev/null || fail "the workbench ($1) exited before its editor showed: $(tail -n 5 "$work/gui-$1-console.txt")"
		[ $waited -lt 120 ] || { kill $pid; fail "the workbench ($1) showed no editor within 120 s"; }
		sleep 1
		waited=$((waited + 1))
	done
	sleep 2 # the editor's pages painted
	import -window root "$work/gui-$1.png" 2>/dev/null || fail "cannot take a screenshot of the workbench ($1)"
	# the largest of the shells titled so: the hidden ones are 200x200
	window=$(xwininfo -root -tree | awk '/\("Hyoka Workbench" "Hyoka Workbench"\)/ { for (i = 1; i <= NF; i++)
		if ($i ~ /^[0-9]+x[0-9]+[+-]/) { split($i, size, /[x+-]/); print size[1] * size[2], $1; break } }' | sort -n | tail -n 1 | cut -d' ' -f2)
	[ -n "$window" ] || { kill $pid; fail "no window titled \"Hyoka Workbench\" ($1)"; }
	python3 -c 'import ctypes, sys
x = ctypes.cdll.LoadLibrary("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XInternAtom.restype = ctypes.c_ulong
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
x.XFlush.argtypes = [ctypes.c_void_p]
class ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong), ("format", ctypes.c_int), ("data", ctypes.c_long * 17)]
display = x.XOpenDisplay(None)
window = int(sys.argv[1], 16)
event = ClientMessage(type=33, send_event=1, display=display, window=window, message_type=x.XInternAtom(display, b"WM_PROTOCOLS", 0), format=32)
event.data[0] = x.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
x.XSendEvent(display, window, 0, 0, ctypes.byref(event))
x.XFlush(display)' "$window" || { kill $pid; fail "cannot close the workbench's window ($1)"; }
	waited=0
	while kill -0 $pid 2>/dev/null; do
		[ $waited -lt 60 ] || { kill $pid; fail "the workbench ($1) did not exit within 60 s of closing its window"; }
		sleep 1
		waited=$((waited + 1))
	done
	wait $pid || fail "the workbench ($1) exited with status $?: $(tail -n 5 "$work/gui-$1-console.txt")"
	if grep -q -E '^!ENTRY [^ ]+ 4 |^!STACK' "$workspace/.metadata/.log" 2>/dev/null; then
		fail "the workbench ($1) logged errors: $(cat "$workspace/.metadata/.log")"
	fi
	grep -q 'Could not create the view' "$work/gui-$1-console.txt" && fail "the workbench ($1) showed a broken view: $(cat "$work/gui-$1-console.txt")"
	grep -q -E 'Exception|^ERROR' "$work/gui-$1-console.txt" && fail "the workbench's console ($1) shows exceptions: $(cat "$work/gui-$1-console.txt")"
	# what the closed workbench saved: its layout, and the markers of the editor's findings
	layout=$workspace/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi
	markers=$workspace/.metadata/.plugins/org.eclipse.core.resources/.projects/Samples/.markers
	[ -f "$layout" ] || fail "the workbench ($1) saved no layout when its window closed"
	grep -a -q 'HY-' "$markers" 2>/dev/null || fail "the workbench ($1) saved no findings of the sample"
	echo "without add-ons: the workbench ($1) showed the editor of 000 $(awk '$1 == "window" { w = $2 } $1 == "editor" { e = $2 } END { print e - w }' \
		"$workspace.marks") ms after its window, logged no error, and closed (screenshot: $work/gui-$1.png)"
}

# shown by the product with the feature: the layout it saves holds the IP views
# the views of the add-ons the saved layout shows
shown_views() {
	python3 -c 'import sys, xml.etree.ElementTree as ET
for element in ET.parse(sys.argv[1]).iter():
    kind = element.get("{http://www.w3.org/2001/XMLSchema-instance}type", "")
    if kind in ("basic:Part", "advanced:Placeholder") and element.get("elementId", "").startswith(("org.hyoka.ip", "org.hyoka.roadmap", "org.hyoka.team")) \
            and element.get("toBeRendered") != "false":
        print(element.get("elementId"))' "$layout"
}

workbench with-addons
shown=$(shown_views)
for view in $views; do
	printf '%s\n' "$shown" | grep -q "^$view\$" || fail "the workbench with the add-ons showed no view $view"
done
timeout 300 "$work/product/hyoka" -nosplash -application org.eclipse.equinox.p2.director -data "$work/director" \
	-uninstallIU $features >"$work/director.txt" 2>&1 || fail "the p2 director did not uninstall the add-ons: $(tail -n 3 "$work/director.txt")"
grep -E '^org\.hyoka\.(ip|roadmap|team)' "$work/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" &&
	fail "the add-ons' bundles are still configured after the uninstall"

timeout 120 "$work/product/hyoka" help >"$work/help.txt" 2>&1 || fail "hyoka help fails without the add-ons: $(cat "$work/help.txt")"
grep -E 'hyoka (ip|roadmap|team) ' "$work/help.txt" && fail "hyoka help lists the add-ons' commands without them"
grep -q 'hyoka export' "$work/help.txt" || fail "hyoka help lost the built-in commands: $(cat "$work/help.txt")"

for sample in saisei-iryo-2022 soyaku-kiban-2021; do
	cp "$samples/$sample.hyoka" "$work/$sample.hyoka"
	timeout 120 "$work/product/hyoka" validate "$work/$sample.hyoka" >"$work/$sample-validate.txt" 2>&1
	[ $? -le 1 ] || fail "hyoka validate cannot read $sample without the add-ons: $(cat "$work/$sample-validate.txt")"
	grep -E 'HY-(IP|RM)-' "$work/$sample-validate.txt" && fail "HY-IP or HY-RM findings without the add-ons on $sample"
	timeout 120 "$work/product/hyoka" export --format html "$work/$sample.hyoka" -o "$work/$sample.html" >/dev/null 2>&1 ||
		fail "hyoka export cannot export $sample without the add-ons"
	grep -q '知財や研究開発データの取扱い' "$work/$sample.html" && fail "the report of $sample prints the IP section without the IP feature"
	grep -q 'ロードマップ（年度別）' "$work/$sample.html" && fail "the report of $sample prints the roadmap section without the roadmap feature"
done

printf 'project,item,evaluator,score,comment\nA,1,三木 秀夫,2,必要性は高い\n' >"$work/miki.csv"
timeout 120 "$work/product/hyoka" import-scores "$work/saisei-iryo-2022.hyoka" "$work/miki.csv" >"$work/import.txt" 2>&1 ||
	fail "hyoka import-scores did not save 002 without the add-ons: $(cat "$work/import.txt")"
grep -q '三木 秀夫' "$work/saisei-iryo-2022.hyoka" || fail "the import was not saved"
[ "$(addon_content "$samples/saisei-iryo-2022.hyoka")" = "$(addon_content "$work/saisei-iryo-2022.hyoka")" ] ||
	fail "the IP schemes or roadmaps of 002 changed when it was saved without the add-ons"
kept=$(addon_content "$work/saisei-iryo-2022.hyoka")
for kind in ip:IPManagementScheme roadmap:Roadmap; do
	printf '%s\n' "$kept" | grep -q "xsi:type=\"$kind\"" || fail "002 has no $kind to compare"
done
for feature in 'IP Tracking' 'Roadmap Timeline'; do
	grep -q "featureName=\"Hyoka Workbench $feature\"" "$work/saisei-iryo-2022.hyoka" || fail "the saved file no longer names the feature $feature"
done
# the layout saved with the add-ons' views open, shown without them: no broken tab, no error (above), the views hidden
workbench without-addons
[ -z "$(shown_views)" ] || fail "the workbench without the add-ons shows their views: $(shown_views)"
grep -a -E -q 'HY-(IP|RM)-' "$markers" && fail "the workbench without the add-ons gave HY-IP or HY-RM findings"
echo "without add-ons: the product without IP Tracking, Roadmap Timeline and Team has none of their commands, findings or sections, validates and exports both samples, and saves an edit of 002 with its $(addon_content "$work/saisei-iryo-2022.hyoka" | grep -c '<extensions') IP schemes and roadmaps unchanged"

# installed again from the build's repository
timeout 300 "$work/product/hyoka" -nosplash -application org.eclipse.equinox.p2.director -data "$work/director" \
	-repository "file:$repository" -installIU $features >"$work/reinstall.txt" 2>&1 ||
	fail "the p2 director did not install the add-ons again from $repository: $(tail -n 3 "$work/reinstall.txt")"
for bundle in org.hyoka.ip org.hyoka.ip.edit org.hyoka.ip.ui org.hyoka.ip.cli org.hyoka.roadmap org.hyoka.roadmap.ui org.hyoka.roadmap.cli \
	org.hyoka.team org.hyoka.team.ui; do
	grep -q "^$bundle," "$work/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" ||
		fail "$bundle is not configured after the add-ons were installed again"
done
timeout 120 "$work/product/hyoka" help >"$work/reinstalled-help.txt" 2>&1 || fail "hyoka help fails after the reinstall"
for command in ip roadmap team; do
	grep -q "hyoka $command " "$work/reinstalled-help.txt" || fail "hyoka help lists no $command command after the reinstall"
done
saved=$work/saisei-iryo-2022.hyoka
timeout 120 "$work/product/hyoka" validate "$saved" >"$work/reinstalled-validate.txt" 2>&1
[ $? -le 1 ] || fail "hyoka validate cannot read the file saved without the add-ons after the reinstall: $(cat "$work/reinstalled-validate.txt")"
grep -q 'HY-IP-' "$work/reinstalled-validate.txt" || fail "no HY-IP finding on the file saved without the add-ons after the reinstall"
timeout 120 "$work/product/hyoka" export --format html "$saved" -o "$work/reinstalled.html" >/dev/null 2>&1 ||
	fail "hyoka export cannot export the file saved without the add-ons after the reinstall"
grep -q '知財や研究開発データの取扱い' "$work/reinstalled.html" || fail "the report has no IP section after the reinstall"
grep -q 'ロードマップ（年度別）' "$work/reinstalled.html" || fail "the report has no roadmap section after the reinstall"
timeout 120 "$work/product/hyoka" ip deadlines "$samples/soyaku-kiban-2021.hyoka" --as-of 2022-06-15 >"$work/deadlines.txt" 2>&1 ||
	fail "hyoka ip deadlines fails after the reinstall: $(cat "$work/deadlines.txt")"
grep -q 'pct-national-phase' "$work/deadlines.txt" || fail "hyoka ip deadlines lists no national phase after the reinstall"
# the same edit saved by the reinstalled product and by the product that never lost the feature: a product with the
# IP model writes the schemes it parsed (leaving out values equal to their defaults), one without it keeps them as read
printf 'project,item,evaluator,score,comment\nA,2,三木 秀夫,3,効率性は高い\n' >"$work/miki-2.csv"
cp "$saved" "$work/with-addons.hyoka"
timeout 120 "$work/product/hyoka" import-scores "$saved" "$work/miki-2.csv" >"$work/import-2.txt" 2>&1 ||
	fail "hyoka import-scores did not save 002 after the reinstall: $(cat "$work/import-2.txt")"
timeout 120 "$product/hyoka" import-scores "$work/with-addons.hyoka" "$work/miki-2.csv" >"$work/import-with-addons.txt" 2>&1 ||
	fail "the product with the IP feature did not save 002: $(cat "$work/import-with-addons.txt")"
grep -q '効率性は高い' "$saved" || fail "the import after the reinstall was not saved"
[ "$(addon_content "$work/with-addons.hyoka")" = "$(addon_content "$saved")" ] ||
	fail "the reinstalled product wrote other IP schemes or roadmaps than the product that never lost the add-ons"
workbench reinstalled
shown=$(shown_views)
for view in $views; do
	printf '%s\n' "$shown" | grep -q "^$view\$" || fail "the workbench does not show the view $view where it was after the reinstall"
done
grep -a -q 'HY-IP-' "$markers" || fail "the workbench gave no HY-IP finding after the reinstall"
echo "without add-ons: installed again from the build's repository, their bundles are configured, 002 saved without them gives its IP findings and both sections again, and it saves the IP schemes and roadmaps as a product that never lost them does"
