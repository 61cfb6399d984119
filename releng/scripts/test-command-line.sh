#!/bin/sh
# Runs every `hyoka` command of the README against an unpacked product, with the sample evaluations, and
# checks output and exit status. Called by the product smoke test; leaves its files in WORKDIR.
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

run 0 new -o "$work/new.hyoka" --program 次世代評価技術開発事業 --projects A,B,C --type interim --years 2022-2026 --evaluated-in 2024
[ -s "$work/new.hyoka" ] || fail "hyoka new did not write $work/new.hyoka"
grep -q 'nameJa="次世代評価技術開発事業"' "$work/new.hyoka" || fail "the new file lacks the program name"
run 0 validate "$work/new.hyoka"
printf '%s\n' "$out" | grep -q "^ERROR$tab" && fail "a new evaluation has errors: $out"
echo "command line test: hyoka new writes a valid evaluation; hyoka validate exits 0 on it"

printf 'name,role,affiliation\n山田 太郎,座長,北海道大学 教授\n佐藤 花子,委員,\n' >"$work/members.csv"
run 0 new -o "$work/committee.hyoka" --program 次世代評価技術開発事業 --projects A --type final --members "@$work/members.csv"
grep -q 'nameJa="佐藤 花子"' "$work/committee.hyoka" || fail "hyoka new --members did not add 佐藤 花子"
run 0 validate "$work/committee.hyoka"
printf 'name,role\n山田 太郎,議長補佐\n' >"$work/bad-members.csv"
run 2 new -o "$work/bad.hyoka" --program X --type final --members "@$work/bad-members.csv"
printf '%s\n' "$err" | grep -q "bad-members.csv:2: " || fail "hyoka new --members does not name the bad line: $err"
echo "command line test: hyoka new --members adds the committee and names a bad row by file and line"
mkdir "$work/sheets"
run 0 score-sheets "$work/committee.hyoka" -o "$work/sheets"
[ -s "$work/sheets/評点票_佐藤_花子.xlsx" ] && [ "$(printf '%s\n' "$out" | wc -l)" = 2 ] || fail "hyoka score-sheets did not write a sheet per member: $out"
run 2 score-sheets "$work/committee.hyoka" -o "$work/sheets"
printf '%s\n' "$err" | grep -q 'exists' || fail "hyoka score-sheets overwrote a sheet: $err"
echo "command line test: hyoka score-sheets writes a blank 評点票 per member and overwrites none"

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

run 0 export --list
for format in html csv xlsx docx pdf; do
	printf '%s\n' "$out" | grep -q "^$format$tab" || fail "hyoka export --list does not offer $format: $out"
done
run 0 export --format html "$samples/saisei-iryo-2022.hyoka" -o "$work/002.html"
grep -q '評点結果' "$work/002.html" || fail "the HTML export of 002 has no 評点結果"
grep -q 'ロードマップ（年度別）' "$work/002.html" || fail "the HTML export of 002 has no ロードマップ（年度別） from the roadmap feature"
run 0 export --format xlsx "$samples/saisei-iryo-2022.hyoka" -o "$work/002.xlsx"
[ "$(head -c 2 "$work/002.xlsx")" = PK ] || fail "the XLSX export of 002 is not a zip package"
run 0 export --format docx "$samples/saisei-iryo-2022.hyoka" -o "$work/002.docx"
[ "$(head -c 2 "$work/002.docx")" = PK ] || fail "the DOCX export of 002 is not a zip package"
run 0 export --format pdf "$samples/saisei-iryo-2022.hyoka" -o "$work/002.pdf"
[ "$(head -c 5 "$work/002.pdf")" = %PDF- ] || fail "the PDF export of 002 is not a PDF"
[ -z "$err" ] || fail "the PDF export of 002 printed on standard error: $err"
run 0 export --format csv --option table=scores "$samples/saisei-iryo-2022.hyoka" -o "$work/002-scores.csv"
head -n 1 "$work/002-scores.csv" | grep -q '^project,item,evaluator,score' || fail "the CSV export of 002's scores has no header"
echo "command line test: hyoka export --list offers html, csv, xlsx, docx, pdf; 002 exports to each"

# roadmap_rows SVG HYOKA: the SVG's row labels in order against the file's program, projects, research items and
# tasks, roadmaps and lanes (each row's <title> holds its whole label); prints what differs
roadmap_rows() {
	python3 - "$1" "$2" <<'PY'
import sys, xml.etree.ElementTree as ET
svg, hyoka = ET.parse(sys.argv[1]).getroot(), ET.parse(sys.argv[2]).getroot()
ns = "{http://www.w3.org/2000/svg}"
rows = [t.find(ns + "title").text for t in svg.iter(ns + "text") if t.get("class") in ("row_label", "flagged_label")]
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
for sample in saisei-iryo-2022 soyaku-kiban-2021; do
	run 0 roadmap "$samples/$sample.hyoka" -o "$work/$sample-roadmap.svg" --from 2018 --to 2026
	[ "$out" = "$work/$sample-roadmap.svg" ] || fail "hyoka roadmap does not print the file it wrote: $out"
	labels=$(python3 -c 'import sys, xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
print(" ".join(t.find(ns + "title").text for t in ET.parse(sys.argv[1]).getroot().iter(ns + "text") if t.get("class") == "axis_text"))' "$work/$sample-roadmap.svg")
	[ "$labels" = "2018年度 2019年度 2020年度 2021年度 2022年度 2023年度 2024年度 2025年度 2026年度" ] ||
		fail "hyoka roadmap --from 2018 --to 2026 labels the years of $sample $labels"
	differences=$(roadmap_rows "$work/$sample-roadmap.svg" "$samples/$sample.hyoka")
	[ -z "$differences" ] || fail "the roadmap of $sample does not show the file's rows: $differences"
	run 0 roadmap "$samples/$sample.hyoka" -o "$work/$sample-roadmap-wareki.svg" --era wareki
	grep -q '>平成30年度<' "$work/$sample-roadmap-wareki.svg" && grep -q '>令和元年度<' "$work/$sample-roadmap-wareki.svg" ||
		fail "hyoka roadmap --era wareki does not label 2018 and 2019 as 平成30年度 and 令和元年度 for $sample"
	run 0 roadmap "$samples/$sample.hyoka" -o "$work/$sample-roadmap.pdf" --from 2018 --to 2026 --era wareki
	[ "$out" = "$work/$sample-roadmap.pdf" ] && [ "$(head -c 5 "$work/$sample-roadmap.pdf")" = %PDF- ] ||
		fail "hyoka roadmap -o $sample-roadmap.pdf did not write a PDF: $out"
	pdf_text "$work/$sample-roadmap.pdf" >"$work/$sample-roadmap.pdf.txt"
	for year in 平成30年度 令和元年度 令和2年度 令和3年度 令和4年度 令和5年度 令和6年度 令和7年度 令和8年度; do
		grep -qxF "$year" "$work/$sample-roadmap.pdf.txt" || fail "the PDF roadmap of $sample has no year label $year"
	done
	missing=$(python3 -c 'import sys, xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
text = open(sys.argv[2], encoding="utf-8").read()
print(" | ".join(t.find(ns + "title").text for t in ET.parse(sys.argv[1]).getroot().iter(ns + "text")
	if t.get("class") in ("row_label", "flagged_label") and t.find(ns + "title").text not in text))' "$work/$sample-roadmap.svg" "$work/$sample-roadmap.pdf.txt")
	[ -z "$missing" ] || fail "the PDF roadmap of $sample lacks the rows $missing"
done
run 0 roadmap "$samples/saisei-iryo-2022.hyoka" -o "$work/002-roadmap.png" --zoom quarter
run 0 roadmap "$samples/saisei-iryo-2022.hyoka" -o "$work/002-status.svg" --status-date 2021-10-01
grep -q '<line [^>]*class="status_line"[^>]*><title>2021-10-01</title>' "$work/002-status.svg" ||
	fail "hyoka roadmap --status-date 2021-10-01 draws no status line at that date"
[ "$(head -c 4 "$work/002-roadmap.png" | tail -c 3)" = PNG ] || fail "hyoka roadmap -o 002-roadmap.png did not write a PNG"
for args in "roadmap $samples/saisei-iryo-2022.hyoka -o $work/x.gif" "roadmap $work/missing.hyoka -o $work/x.svg" "roadmap $samples/saisei-iryo-2022.hyoka -o $work/x.svg --status-date 2021-13-01" "roadmap $samples/saisei-iryo-2022.hyoka -o $work/x.svg --from 2026 --to 2018"; do
	# shellcheck disable=SC2086 # the arguments are meant to split
	run 2 $args
	[ "$(printf '%s\n' "$err" | wc -l)" = 1 ] || fail "hyoka $args did not say one line: $err"
done
printf '%s\n' "$err" | grep -q -- '--from 2026' || fail "hyoka roadmap --from 2026 --to 2018 does not name the years: $err"
echo "command line test: hyoka roadmap draws both samples' rows over 2018年度-2026年度 and in 和暦, as SVG, PDF and PNG"

cp "$samples/saisei-iryo-2022.hyoka" "$work/002.hyoka"
printf 'project,item,evaluator,score,comment\nA,1,三木 秀夫,2,必要性は高い\n' >"$work/miki.csv"
run 0 import-scores "$work/002.hyoka" "$work/miki.csv"
printf '%s\n' "$out" | grep -q "^SCORE${tab}A${tab}1${tab}三木 秀夫${tab}-${tab}2${tab}" || fail "hyoka import-scores did not import the chair's score: $out"
run 0 scores "$work/002.hyoka"
printf '%s\n' "$out" | grep -q "^A${tab}1${tab}6${tab}2.8${tab}ok$" || fail "after the import 002's A item 1 is not 6 scores averaging 2.8: $out"
echo "command line test: hyoka import-scores imports a CSV score sheet into 002; hyoka scores shows the new average"

for args in "new --bogus" "export --format odt $samples/saisei-iryo-2022.hyoka -o $work/x.odt" "scores $work/missing.hyoka" "new --program X --type final"; do
	# shellcheck disable=SC2086 # the arguments are meant to split
	run 2 $args
	[ -z "$out" ] || fail "hyoka $args printed to stdout: $out"
	[ "$(printf '%s\n' "$err" | wc -l)" = 1 ] || fail "hyoka $args did not say one line: $err"
done
echo "command line test: bad arguments and unreadable input exit 2 with one line, e.g. $err"

# Files and safety (#19): every file name loads the same way, control characters never reach the terminal raw,
# an export never overwrites its input, and a read-only evaluation is not overwritten.
cp "$samples/saisei-iryo-2022.hyoka" "$work/002.xml"
run 0 scores "$work/002.xml"
printf '%s\n' "$out" | grep -q "^A${tab}1${tab}" || fail "hyoka scores does not read 002 named .xml: $out"
run 2 new -o "$work/bell.hyoka" --program "$(printf 'X\007Y')" --type final
[ -e "$work/bell.hyoka" ] && fail "hyoka new wrote a program name with a control character"
sed 's/letterCode="A"/letterCode="A\&#x9B;2J"/' "$samples/saisei-iryo-2022.hyoka" >"$work/hostile.hyoka"
run 0 scores "$work/hostile.hyoka"
printf '%s\n' "$out" | grep -q 'A\\u009B2J' || fail "hyoka scores does not escape a control character: $out"
run 2 export --format csv "$work/002.hyoka" -o "$work/002.hyoka"
grep -q '<?xml' "$work/002.hyoka" || fail "hyoka export -o naming its input overwrote the evaluation"
printf 'project,item,evaluator,score,comment\nA,4,三木 秀夫,2,\n' >"$work/miki-4.csv"
chmod a-w "$work/002.hyoka"
run 2 import-scores "$work/002.hyoka" "$work/miki-4.csv"
chmod u+w "$work/002.hyoka"
printf '%s\n' "$err" | grep -q 'read-only' || fail "hyoka import-scores into a read-only file does not say so: $err"
echo "command line test: .xml files load, control characters are refused or escaped, inputs and read-only files are kept"

# IP register (#15): a register table imported into 創薬基盤, its deadlines as of a date, the table exported again,
# and a bad row refused with its file and line
cp "$samples/soyaku-kiban-2021.hyoka" "$work/soyaku.hyoka"
header='record,id,project,title,route,number,invention,filed,priority,basedOn,countries,status,statusDate,owners,inventors,organizations,disclosed,reported'
printf '%s\n' "$header" 'application,app-1,prj-A,糖鎖抗体,DOMESTIC,特願2024-000001,,2024-02-29,,,,FILED,,org-chugai:100,,,,' \
	'application,app-2,prj-A,糖鎖抗体,PCT,PCT/JP2025/000001,,2025-02-28,2024-02-29,app-1,US;EP,FILED,,org-chugai:100,,,,' >"$work/register.csv"
run 0 ip import "$work/soyaku.hyoka" "$work/register.csv"
[ "$(printf '%s\n' "$out" | grep -c "^ADD${tab}")" = 2 ] || fail "hyoka ip import did not add both applications: $out"
run 0 ip deadlines "$work/soyaku.hyoka" --as-of 2025-03-01
printf '%s\n' "$out" | grep -q "^2025-02-28${tab}paris-priority${tab}app-1${tab}prj-A${tab}done$" || fail "hyoka ip deadlines: no done Paris deadline: $out"
printf '%s\n' "$out" | grep -q "^2026-09-29${tab}pct-national-phase${tab}app-2/EP${tab}prj-A${tab}due$" || fail "hyoka ip deadlines: no EP national phase at 31 months: $out"
run 0 ip export "$work/soyaku.hyoka" -o "$work/register-out.csv"
head -n 1 "$work/register-out.csv" | grep -q "^$header" || fail "hyoka ip export wrote no header"
printf '%s\n' "$header" 'application,app-3,prj-A,,DOMESTIC,,,2024-02-30,,,,FILED,,,,,,' >"$work/bad-register.csv"
run 2 ip import "$work/soyaku.hyoka" "$work/bad-register.csv"
printf '%s\n' "$err" | grep -q "bad-register.csv:2: " || fail "hyoka ip import of a bad row does not name file and line: $err"
echo "command line test: hyoka ip imports a register into 創薬基盤, lists its deadlines, exports it, refuses a bad row"

# The same register as an Excel workbook: exported, imported into the untouched sample (only the two applications
# are new, each named by sheet and cell), exported again as the same CSV table; what is no workbook is refused
run 0 ip export "$work/soyaku.hyoka" -o "$work/register-out.xlsx"
[ "$(head -c 2 "$work/register-out.xlsx")" = PK ] || fail "hyoka ip export -o .xlsx wrote no workbook"
cp "$samples/soyaku-kiban-2021.hyoka" "$work/soyaku-xlsx.hyoka"
run 0 ip import "$work/soyaku-xlsx.hyoka" "$work/register-out.xlsx"
[ "$(printf '%s\n' "$out" | grep -c "^ADD${tab}.*register-out.xlsx!register!B[0-9]*${tab}PatentApplication${tab}app-")" = 2 ] \
	|| fail "hyoka ip import of the workbook did not add both applications by sheet and cell: $out"
run 0 ip export "$work/soyaku-xlsx.hyoka" -o "$work/register-again.csv"
cmp -s "$work/register-out.csv" "$work/register-again.csv" || fail "the register through the workbook differs from the CSV table"
printf '%s\n' "$header" >"$work/bad-register.xlsx"
cp "$work/soyaku-xlsx.hyoka" "$work/soyaku-xlsx.before"
run 2 ip import "$work/soyaku-xlsx.hyoka" "$work/bad-register.xlsx"
printf '%s\n' "$err" | grep -q "bad-register.xlsx: refused: " || fail "hyoka ip import of a text file named .xlsx is not refused by name: $err"
cmp -s "$work/soyaku-xlsx.hyoka" "$work/soyaku-xlsx.before" || fail "a refused workbook changed the evaluation"
echo "command line test: hyoka ip exports the register as a workbook and imports it again, the same as CSV"

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
git -C "$repo" merge --no-edit member-1-again >"$work/git-merge.txt" 2>&1 && fail "git merge of one score changed two ways succeeded"
grep -q "^conflict${tab}saisei.hyoka${tab}.*${tab}value${tab}3${tab}1${tab}0$" "$work/git-merge.txt" \
	|| fail "the driver did not report the conflicting score: $(cat "$work/git-merge.txt")"
git -C "$repo" status --porcelain | grep -q '^UU saisei.hyoka' || fail "git did not mark the conflicting file"
echo "command line test: git merges two members' scores with the Hyoka driver, and stops at one score changed two ways"

# Two folders cloned from one bare repository publish different members' scores: the second publication is refused,
# updated by object and published again, and after an update both folders hold the same file
git init -q --bare "$work/shared.git" || fail "git init --bare failed"
run 0 team clone "$work/shared.git" "$work/team-a"
cp "$samples/saisei-iryo-2022.hyoka" "$work/team-a/saisei.hyoka"
run 0 team publish "$work/team-a" -m 最初の版
run 0 team clone "$work/shared.git" "$work/team-b"
sed -i "${first}s/value=\"3\"/value=\"1\"/" "$work/team-a/saisei.hyoka"
sed -i "$((first + 1))s/value=\"3\"/value=\"2\"/" "$work/team-b/saisei.hyoka"
run 0 team publish "$work/team-a" -m 委員1の評点
run 0 team publish "$work/team-b" -m 委員2の評点
printf '%s\n' "$out" | grep -q "^saisei.hyoka: merged$" || fail "hyoka team publish did not merge the evaluation: $out"
run 0 team update "$work/team-a"
cmp -s "$work/team-a/saisei.hyoka" "$work/team-b/saisei.hyoka" || fail "after hyoka team update the two folders differ"
grep -A 1 '<scores column="1" value="1"/>' "$work/team-a/saisei.hyoka" | grep -q '<scores column="2" value="2"/>' \
	|| fail "hyoka team publish and update did not keep both members' scores"
echo "command line test: hyoka team clones, publishes two members' scores from two folders and updates both alike"

. "$(dirname "$0")/test-attacks.sh"
