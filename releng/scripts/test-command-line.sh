#!/bin/sh
# Runs each `hyoka` command of the README once against an unpacked product, with the sample evaluations, and checks
# output and exit status: that every command's bundles are in the product and start from its launcher, as a user's
# script starts them. What a command does with every kind of input is tested inside the bundles' tests, which run
# commands in one process (org.hyoka.cli.tests, org.hyoka.ip.cli.tests, org.hyoka.roadmap.cli.tests,
# org.hyoka.team.tests); a product start costs seconds. Called by the product smoke test; leaves its files in WORKDIR.
#
#   test-command-line.sh PRODUCT_FOLDER SAMPLES_FOLDER WORKDIR
set -u
product=$1
samples=$2
work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1

fail() {
	echo "command line test: $*" >&2
	exit 1
}

# run EXPECTED_STATUS ARGS...: runs hyoka, keeps stdout in $out and stderr in $err; a hang fails after 2 minutes
run() {
	expected=$1
	shift
	timeout 120 "$product/hyoka" "$@" >"$work/out.txt" 2>"$work/err.txt"
	status=$?
	[ "$status" = 124 ] && fail "hyoka $* did not finish within 2 minutes"
	out=$(cat "$work/out.txt")
	err=$(cat "$work/err.txt")
	[ "$status" = "$expected" ] || fail "hyoka $* exited $status, not $expected; stdout: $out; stderr: $err"
}

tab=$(printf '\t')

run 0 help
for command in "new -o FILE" "scores FILE" "validate FILE" "export --format FORMAT" "export --list" "score-sheets FILE" "import-scores FILE SHEET" "ip deadlines FILE" "ip import FILE REGISTER.csv"; do
	printf '%s\n' "$out" | grep -q "hyoka $command" || fail "hyoka help does not list hyoka $command: $out"
done
echo "command line test: hyoka help lists the built-in commands, e.g. $(printf '%s\n' "$out" | head -n 1)"

# Commands start from their own configuration, made again from the product's when that changed: the test makes the
# product's newer and sees the command line's remade without the workbench's bundles, with the framework's copies.
own=$product/configuration/org.hyoka.cli
touch "$product/configuration/config.ini"
run 0 help
grep -q '^org\.hyoka\.cli,' "$own/org.eclipse.equinox.simpleconfigurator/bundles.info" &&
	! grep -q '^org\.eclipse\.swt,' "$own/org.eclipse.equinox.simpleconfigurator/bundles.info" &&
	[ "$own/org.eclipse.equinox.simpleconfigurator/bundles.info" -nt "$product/configuration/config.ini" ] ||
	fail "hyoka help did not make the command line's bundle list again from the product's"
# and without p2 (only the Japanese translations of p2 brought it in)
! grep -q '^org\.eclipse\.equinox\.p2\.engine,' "$own/org.eclipse.equinox.simpleconfigurator/bundles.info" ||
	fail "the command line's bundle list has p2: $(grep p2 "$own/org.eclipse.equinox.simpleconfigurator/bundles.info")"
# with JGit beyond the framework's start level and Log4j's bridge not started (on-demand.txt)
grep -q '^org\.eclipse\.jgit,[^,]*,[^,]*,7,false$' "$own/org.eclipse.equinox.simpleconfigurator/bundles.info" &&
	grep -q '^org\.apache\.logging\.log4j\.to\.jul,[^,]*,[^,]*,4,false$' "$own/org.eclipse.equinox.simpleconfigurator/bundles.info" ||
	fail "the command line's bundle list starts JGit or Log4j's bridge: $(grep -e jgit -e log4j "$own/org.eclipse.equinox.simpleconfigurator/bundles.info")"
grep -q '^osgi\.framework=file\\:configuration/org\.hyoka\.cli/framework/' "$own/config.ini" ||
	fail "the command line's configuration does not start the framework's unsigned copy: $(cat "$own/config.ini")"
echo "command line test: commands start from their own configuration of $(grep -c '^[^#]' "$own/org.eclipse.equinox.simpleconfigurator/bundles.info") bundles, made again after a change"

printf 'name,role,affiliation\n山田 太郎,座長,北海道大学 教授\n佐藤 花子,委員,\n' >"$work/members.csv"
run 0 new -o "$work/committee.hyoka" --program 次世代評価技術開発事業 --projects A --type final --members "@$work/members.csv"
grep -q 'nameJa="佐藤 花子"' "$work/committee.hyoka" || fail "hyoka new --members did not add 佐藤 花子"
run 0 validate "$work/committee.hyoka"
printf '%s\n' "$out" | grep -q "^ERROR$tab" && fail "a new evaluation has errors: $out"
echo "command line test: hyoka new --members writes a valid evaluation with its committee"
mkdir "$work/sheets"
run 0 score-sheets "$work/committee.hyoka" -o "$work/sheets"
[ -s "$work/sheets/評点票_佐藤_花子.xlsx" ] && [ "$(printf '%s\n' "$out" | wc -l)" = 2 ] || fail "hyoka score-sheets did not write a sheet per member: $out"
echo "command line test: hyoka score-sheets writes a blank 評点票 per member"

run 0 scores "$samples/saisei-iryo-2022.hyoka"
printf '%s\n' "$out" | grep -q "^A${tab}1${tab}[0-9]*${tab}3.0${tab}ok$" || fail "hyoka scores does not print 002's project A item 1 at 3.0: $out"
lines=$(printf '%s\n' "$out" | wc -l)
echo "command line test: hyoka scores prints $lines lines for 002, e.g. $(printf '%s\n' "$out" | head -n 1)"

run 0 validate "$samples/saisei-iryo-2022.hyoka"
printf '%s\n' "$out" | grep -q "^INFO${tab}HY-BU-01${tab}" || fail "hyoka validate does not note 002's rounded budget sums: $out"
printf '%s\n' "$out" | grep -q "${tab}HY-RM-0" && fail "the roadmap rules report 002's roadmap items, which have years: $out"
echo "command line test: hyoka validate exits 0 on 002 with $(printf '%s\n' "$out" | grep -c "^WARNING$tab") warnings"
# a typo in a printed total (330 where the cells add up to 299) is an error
sed 's/fiscalYear="2020" amount="300"/fiscalYear="2020" amount="330"/' "$samples/saisei-iryo-2022.hyoka" >"$work/typo.hyoka"
run 1 validate "$work/typo.hyoka"
printf '%s\n' "$out" | grep -q "^ERROR${tab}HY-BU-01${tab}.*330.*299" || fail "hyoka validate does not report a mistyped total: $out"
echo "command line test: hyoka validate exits 1 on 002 with a mistyped total"

run 0 export --format html "$samples/saisei-iryo-2022.hyoka" -o "$work/002.html"
grep -q '評点結果' "$work/002.html" || fail "the HTML export of 002 has no 評点結果"
grep -q 'ロードマップ（年度別）' "$work/002.html" || fail "the HTML export of 002 has no ロードマップ（年度別） from the roadmap feature"
run 0 export --format xlsx "$samples/saisei-iryo-2022.hyoka" -o "$work/002.xlsx"
[ "$(head -c 2 "$work/002.xlsx")" = PK ] || fail "the XLSX export of 002 is not a zip package"
# POI logs through log4j-api, whose provider the command line starts only then (docs/building.md)
[ -z "$err" ] || fail "the XLSX export of 002 printed on standard error: $err"
run 0 export --format docx "$samples/saisei-iryo-2022.hyoka" -o "$work/002.docx"
[ "$(head -c 2 "$work/002.docx")" = PK ] || fail "the DOCX export of 002 is not a zip package"
run 0 export --format pdf "$samples/saisei-iryo-2022.hyoka" -o "$work/002.pdf"
[ "$(head -c 5 "$work/002.pdf")" = %PDF- ] || fail "the PDF export of 002 is not a PDF"
[ -z "$err" ] || fail "the PDF export of 002 printed on standard error: $err"
run 0 export --format csv --option table=scores "$samples/saisei-iryo-2022.hyoka" -o "$work/002-scores.csv"
head -n 1 "$work/002-scores.csv" | grep -q '^project,item,evaluator,score' || fail "the CSV export of 002's scores has no header"
echo "command line test: 002 exports to html, csv, xlsx, docx and pdf"

# roadmap_rows SVG HYOKA: the SVG's row labels in order against the file's program, projects, research items and
# tasks, roadmaps and lanes (each row's <title> holds its whole label); prints what differs
roadmap_rows() {
	python3 - "$1" "$2" <<'PY'
import sys, xml.etree.ElementTree as ET
svg, hyoka = ET.parse(sys.argv[1]).getroot(), ET.parse(sys.argv[2]).getroot()
ns = "{http://www.w3.org/2000/svg}"
# a row's label: left of the year columns (380 wide), below the header (64 high), in the label's or the flagged label's
# colour; its whole text in the <title> of the <g> around it (the SVG names no styles, docs/roadmap.md)
def titled(g):
	t = g.find(ns + "text")
	return t is not None and float(t.get("x")) < 380 and float(t.get("y")) > 64 and t.get("fill") in ("#202020", "#b00020")
rows = [g.find(ns + "title").text for g in svg.iter(ns + "g") if titled(g)]
expected = []
def subject(s, items):
	expected.append(s.get("nameJa"))
	if items:
		expected.extend(("i", x.get("nameJa")) for x in s.findall("researchItems"))
		expected.extend(("t", x.get("nameJa")) for x in s.findall("researchTasks"))
	# the roadmaps are in the subject's add-on slots, typed by the roadmap add-on's package
	for roadmap in (x for x in s.findall("extensions") if x.get("{http://www.w3.org/2001/XMLSchema-instance}type") == "roadmap:Roadmap"):
		expected.append(roadmap.get("titleJa") or "")
		expected.extend(lane.get("nameJa") for lane in roadmap.findall("lanes"))
program = hyoka.find("program")
subject(program, False)
for project in program.findall("projects"):
	subject(project, True)
if len(rows) != len(expected):
	print(f"{len(rows)} rows, the file has {len(expected)}")
for row, name in zip(rows, expected):
	name = name[1] if isinstance(name, tuple) else name
	if name not in row:
		print(f"row {row!r} is not {name!r}")
PY
}
# pdf_text PDF: the text of each text run of a PDF that PDFBox wrote (compressed streams, glyphs in hex strings mapped
# through the font's ToUnicode map), one run a line
pdf_text() {
	python3 - "$1" <<'PY'
import re, sys, zlib
data = open(sys.argv[1], "rb").read()
streams = []
for m in re.finditer(rb">>\s*stream\r?\n", data):
	try:
		streams.append(zlib.decompressobj().decompress(data[m.end():]))
	except zlib.error:
		pass
glyphs = {}
for s in streams:
	for block in re.findall(rb"beginbfchar(.*?)endbfchar", s, re.S):
		for gid, text in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
			glyphs[int(gid, 16)] = bytes.fromhex(text.decode()).decode("utf-16-be")
	for block in re.findall(rb"beginbfrange(.*?)endbfrange", s, re.S):
		for first, last, text in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
			for i in range(int(first, 16), int(last, 16) + 1):
				glyphs[i] = chr(int(text, 16) + i - int(first, 16))
for s in streams:
	for run in re.findall(rb"<([0-9A-Fa-f]*)> Tj", s):
		print("".join(glyphs.get(int(run[i:i + 4], 16), "?") for i in range(0, len(run), 4)))
PY
}
sample=soyaku-kiban-2021
run 0 roadmap "$samples/$sample.hyoka" -o "$work/$sample-roadmap.svg" --from 2018 --to 2026
[ "$out" = "$work/$sample-roadmap.svg" ] || fail "hyoka roadmap does not print the file it wrote: $out"
labels=$(python3 -c 'import sys, xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
# the year labels: the only centred texts in the axis colour
print(" ".join(t.text for t in ET.parse(sys.argv[1]).getroot().iter(ns + "text") if t.get("text-anchor") == "middle" and t.get("fill") == "#303030"))' "$work/$sample-roadmap.svg")
[ "$labels" = "2018年度 2019年度 2020年度 2021年度 2022年度 2023年度 2024年度 2025年度 2026年度" ] ||
	fail "hyoka roadmap --from 2018 --to 2026 labels the years of $sample $labels"
differences=$(roadmap_rows "$work/$sample-roadmap.svg" "$samples/$sample.hyoka")
[ -z "$differences" ] || fail "the roadmap of $sample does not show the file's rows: $differences"
# the PDF's Japanese text in the product's fonts
sample=saisei-iryo-2022
run 0 roadmap "$samples/$sample.hyoka" -o "$work/$sample-roadmap.pdf" --from 2018 --to 2026 --era wareki
[ "$out" = "$work/$sample-roadmap.pdf" ] && [ "$(head -c 5 "$work/$sample-roadmap.pdf")" = %PDF- ] ||
	fail "hyoka roadmap -o $sample-roadmap.pdf did not write a PDF: $out"
pdf_text "$work/$sample-roadmap.pdf" >"$work/$sample-roadmap.pdf.txt"
for year in 平成30年度 令和元年度 令和2年度 令和3年度 令和4年度 令和5年度 令和6年度 令和7年度 令和8年度; do
	grep -qxF "$year" "$work/$sample-roadmap.pdf.txt" || fail "the PDF roadmap of $sample has no year label $year"
done
missing=$(python3 -c 'import sys, xml.etree.ElementTree as ET
hyoka, text = ET.parse(sys.argv[1]).getroot(), open(sys.argv[2], encoding="utf-8").read()
missing = [p.get("nameJa") for p in hyoka.find("program").findall("projects") if p.get("nameJa") not in text]
print(" | ".join(missing))' "$samples/$sample.hyoka" "$work/$sample-roadmap.pdf.txt")
[ -z "$missing" ] || fail "the PDF roadmap of $sample lacks the rows of $missing"
# PNG: the product's Java draws images without a display
run 0 roadmap "$samples/saisei-iryo-2022.hyoka" -o "$work/002-roadmap.png" --zoom quarter
[ "$(head -c 4 "$work/002-roadmap.png" | tail -c 3)" = PNG ] || fail "hyoka roadmap -o 002-roadmap.png did not write a PNG"
echo "command line test: hyoka roadmap draws 000's rows over 2018年度-2026年度 as SVG, 002's in 和暦 as PDF, and a PNG"

# Plans of planning tools (#47): project A's roadmap of 創薬基盤 out as a GanttProject file and back in as project B's,
# through MPXJ and JAXB, which must resolve in the product and on its runtime image; a plan with a DOCTYPE is refused
cp "$samples/soyaku-kiban-2021.hyoka" "$work/plans.hyoka"
run 0 roadmap export "$work/plans.hyoka" -o "$work/rm-A.gan" --roadmap rm-A
[ "$out" = "$work/rm-A.gan" ] && grep -q '<task ' "$work/rm-A.gan" || fail "hyoka roadmap export wrote no GanttProject tasks: $out"
printf '%s\n' "$err" | grep -q '^hyoka: .*rm-A.gan: left out 「' || fail "hyoka roadmap export did not name the undated items: $err"
run 0 roadmap import "$work/plans.hyoka" "$work/rm-A.gan" --into prj-B
printf '%s\n' "$out" | grep -q '^rm-prj-B-plan: ' || fail "hyoka roadmap import did not add the plan to project B: $out"
printf '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Project><Title>&x;</Title></Project>\n' >"$work/xxe.xml"
cp "$work/plans.hyoka" "$work/plans-before.hyoka"
run 2 roadmap import "$work/plans.hyoka" "$work/xxe.xml"
printf '%s\n' "$err" | grep -q 'xxe.xml:2:' && cmp -s "$work/plans.hyoka" "$work/plans-before.hyoka" ||
	fail "hyoka roadmap import of a plan with a DOCTYPE was not refused at its place, or changed the file: $err"
echo "command line test: hyoka roadmap exports a roadmap as a GanttProject plan, imports it back, and refuses a DOCTYPE"

cp "$samples/saisei-iryo-2022.hyoka" "$work/002.hyoka"
printf 'project,item,evaluator,score,comment\nA,1,三木 秀夫,2,必要性は高い\n' >"$work/miki.csv"
run 0 import-scores "$work/002.hyoka" "$work/miki.csv"
printf '%s\n' "$out" | grep -q "^SCORE${tab}A${tab}1${tab}三木 秀夫${tab}-${tab}2${tab}" || fail "hyoka import-scores did not import the chair's score: $out"
echo "command line test: hyoka import-scores imports a CSV score sheet into 002"

run 2 new --bogus
[ -z "$out" ] && [ "$(printf '%s\n' "$err" | wc -l)" = 1 ] || fail "hyoka new --bogus did not say one line on standard error: $out $err"
echo "command line test: bad arguments exit 2 with one line: $err"

# IP register (#15): a register table imported into 創薬基盤, its deadlines as of a date, and the register as an Excel
# workbook, exported and imported into the untouched sample (only the two applications are new, named by sheet and cell)
cp "$samples/soyaku-kiban-2021.hyoka" "$work/soyaku.hyoka"
header='record,id,project,title,route,number,invention,filed,priority,basedOn,countries,status,statusDate,owners,inventors,organizations,disclosed,reported'
printf '%s\n' "$header" 'application,app-1,prj-A,糖鎖抗体,DOMESTIC,特願2024-000001,,2024-02-29,,,,FILED,,org-chugai:100,,,,' \
	'application,app-2,prj-A,糖鎖抗体,PCT,PCT/JP2025/000001,,2025-02-28,2024-02-29,app-1,US;EP,FILED,,org-chugai:100,,,,' >"$work/register.csv"
run 0 ip import "$work/soyaku.hyoka" "$work/register.csv"
[ "$(printf '%s\n' "$out" | grep -c "^ADD${tab}")" = 2 ] || fail "hyoka ip import did not add both applications: $out"
run 0 ip deadlines "$work/soyaku.hyoka" --as-of 2025-03-01
printf '%s\n' "$out" | grep -q "^2025-02-28${tab}paris-priority${tab}app-1${tab}prj-A${tab}done$" || fail "hyoka ip deadlines: no done Paris deadline: $out"
printf '%s\n' "$out" | grep -q "^2026-09-29${tab}pct-national-phase${tab}app-2/EP${tab}prj-A${tab}due$" || fail "hyoka ip deadlines: no EP national phase at 31 months: $out"
run 0 ip export "$work/soyaku.hyoka" -o "$work/register-out.xlsx"
[ "$(head -c 2 "$work/register-out.xlsx")" = PK ] || fail "hyoka ip export -o .xlsx wrote no workbook"
cp "$samples/soyaku-kiban-2021.hyoka" "$work/soyaku-xlsx.hyoka"
run 0 ip import "$work/soyaku-xlsx.hyoka" "$work/register-out.xlsx"
[ "$(printf '%s\n' "$out" | grep -c "^ADD${tab}.*register-out.xlsx!register!B[0-9]*${tab}PatentApplication${tab}app-")" = 2 ] \
	|| fail "hyoka ip import of the workbook did not add both applications by sheet and cell: $out"
echo "command line test: hyoka ip imports a register into 創薬基盤, lists its deadlines, and exports and imports it as a workbook"

# Team sharing (docs/team.md): two branches of a Git repository edit different members' scores of one evaluation, on
# neighbouring lines, which Git's own merge would call a conflict; with the driver installed git merge succeeds with
# both, and the same score changed two ways stops the merge as a conflict
repo=$work/team-repo
git init -q "$repo" && git -C "$repo" config user.email team@example.org && git -C "$repo" config user.name Team || fail "git init failed"
cp "$samples/saisei-iryo-2022.hyoka" "$repo/saisei.hyoka"
run 0 team install-merge-driver "$repo"
grep -qx '\*.hyoka merge=hyoka' "$repo/.gitattributes" || fail "hyoka team install-merge-driver wrote no .gitattributes line"
git -C "$repo" config merge.hyoka.driver | grep -q "/hyoka team merge-driver %O %A %B %P$" \
	|| fail "hyoka team install-merge-driver did not configure the driver: $(git -C "$repo" config merge.hyoka.driver)"
git -C "$repo" add . && git -C "$repo" commit -q -m base || fail "git commit failed"
base=$(git -C "$repo" rev-parse --abbrev-ref HEAD)
first=$(grep -n -m 1 '<scores column="1" value="3"/>' "$repo/saisei.hyoka" | cut -d: -f1)
sed -n "$((first + 1))p" "$repo/saisei.hyoka" | grep -q '<scores column="2" value="3"/>' || fail "the sample's first score row changed"
score() { # BRANCH LINE VALUE: a branch from the base that sets the score on the line
	git -C "$repo" checkout -q -b "$1" "$base" && sed -i "$2s/value=\"3\"/value=\"$3\"/" "$repo/saisei.hyoka" \
		&& git -C "$repo" commit -q -am "$1" || fail "git commit on $1 failed"
}
score member-1 "$first" 1
score member-2 "$((first + 1))" 2
score member-1-again "$first" 0
git -C "$repo" checkout -q member-2
git -C "$repo" merge -q --no-edit member-1 >"$work/git-merge.txt" 2>&1 || fail "git merge with the Hyoka driver failed: $(cat "$work/git-merge.txt")"
grep -A 1 '<scores column="1" value="1"/>' "$repo/saisei.hyoka" | grep -q '<scores column="2" value="2"/>' \
	|| fail "git merge did not keep both members' scores"
# JGit is not started with the command line's framework (docs/building.md): it reads the history unstarted
run 0 team history "$repo/saisei.hyoka"
printf '%s\n' "$out" | grep -q "  member-1  (" || fail "hyoka team history does not list the commit member-1: $out"
git -C "$repo" merge --no-edit member-1-again >"$work/git-merge.txt" 2>&1 && fail "git merge of one score changed two ways succeeded"
grep -q "^conflict${tab}saisei.hyoka${tab}.*${tab}value${tab}3${tab}1${tab}0$" "$work/git-merge.txt" \
	|| fail "the driver did not report the conflicting score: $(cat "$work/git-merge.txt")"
git -C "$repo" status --porcelain | grep -q '^UU saisei.hyoka' || fail "git did not mark the conflicting file"
echo "command line test: git merges two members' scores with the Hyoka driver, and stops at one score changed two ways"

. "$(dirname "$0")/test-attacks.sh"
