# The attacks of #48, replayed on the command line of an unpacked product on copies of the samples: each must be
# refused with exit status 2 (1 for the loser of a race) and one line naming the user's file, and no file may be
# changed or lost. Sourced by test-command-line.sh at its end, whose run, fail, $product and $samples it uses; works
# in $work/attacks.
work=$work/attacks
mkdir -p "$work" || exit 1

# refused EXPECTED_MESSAGE_PART ARGS...: exit 2, nothing on stdout, one line on stderr holding the text
refused() {
	said=$1
	shift
	run 2 "$@"
	[ -z "$out" ] || fail "hyoka $* printed before refusing: $out"
	[ "$(printf '%s\n' "$err" | wc -l)" = 1 ] || fail "hyoka $* did not say one line: $err"
	printf '%s\n' "$err" | grep -qF -- "$said" || fail "hyoka $* did not say '$said': $err"
}

esc=$(printf '\033')
header='record,id,project,title,route,number,invention,filed,priority,basedOn,countries,status,statusDate,owners,inventors,organizations,disclosed,reported'
cp "$samples/soyaku-kiban-2021.hyoka" "$work/soyaku.hyoka"
cp "$work/soyaku.hyoka" "$work/soyaku.before"
# a returned score sheet (as CSV) of 002's member 三木 秀夫
printf 'project,item,evaluator,score,comment\nA,4,三木 秀夫,2,\n' >"$work/miki-4.csv"

# 1. ids references cannot carry, 4. dates past YYYY-MM-DD, 6. escapes and shares: refused at their place
attack() { # EXPECTED ROW
	printf '%s\n' "$header" "$2" >"$work/attack.csv"
	refused "$1" ip import "$work/soyaku.hyoka" "$work/attack.csv"
	cmp -s "$work/soyaku.hyoka" "$work/soyaku.before" || fail "a refused row ($2) changed the evaluation"
	echo "attack test: refused: $err"
}
attack "attack.csv:2: the id \"inv x\" cannot be kept" 'invention,inv x,prj-A,抗体,,,,,,,,,,,山田 太郎,org-chugai,2023-12-01,'
attack "attack.csv:2: the id \"出願 1\" cannot be kept" 'application,出願 1,prj-A,抗体,DOMESTIC,,,2024-02-29,,,,FILED,,org-chugai:100,,,,'
attack "attack.csv:2: the id \"発明#1\" cannot be kept" 'invention,発明#1,prj-A,抗体,,,,,,,,,,,山田 太郎,org-chugai,2023-12-01,'
attack "attack.csv:2: the column \"id\" holds the control character U+001B" "invention,inv${esc}1,prj-A,抗体,,,,,,,,,,,,,,"
attack "attack.csv:2: the column \"title\" holds the control character U+001B" "invention,inv-1,prj-A,抗体${esc}[31m,,,,,,,,,,,,,,"
attack "attack.csv:2: the column \"disclosed\" is \"+999999999-12-31\", not a date" 'invention,inv-1,prj-A,抗体,,,,,,,,,,,,,+999999999-12-31,'
attack "attack.csv:2: the column \"filed\" is \"+99999-01-01\", not a date" 'application,app-1,prj-A,抗体,DOMESTIC,,,+99999-01-01,,,,FILED,,,,,,'
attack "attack.csv:2: the share \"1e400\" is no percentage" 'application,app-1,prj-A,抗体,DOMESTIC,,,2024-02-29,,,,FILED,,org-chugai:1e400,,,,'
attack "attack.csv:2: the share \"-50\" is no percentage" 'application,app-1,prj-A,抗体,DOMESTIC,,,2024-02-29,,,,FILED,,org-chugai:-50;org-nms:150,,,,'
run 0 ip deadlines "$work/soyaku.hyoka"

# a file that already holds such an id (edited by hand) is named at its line; a date past the calendar costs only
# its own deadlines
sed 's/id="ip-A-inv-1"/id="発明#1"/' "$samples/soyaku-kiban-2021.hyoka" >"$work/hash.hyoka"
refused "hash.hyoka:" validate "$work/hash.hyoka"
printf '%s\n' "$err" | grep -q '"#" (U+0023)' || fail "the id with # is not explained: $err"
sed '0,/filingDate="[0-9-]*"/s//filingDate="+999999999-12-31"/' "$samples/soyaku-kiban-2021.hyoka" >"$work/far.hyoka"
run 0 ip deadlines "$work/far.hyoka" --as-of 2025-03-01
[ -n "$out" ] || fail "ip deadlines lists nothing for a file with one date past the calendar"
echo "attack test: a file holding an id with # is refused at its line; a far date leaves the other deadlines"
# a reference edited by hand to name nothing: every command names file, line and what to do, and changes nothing
sed 's/person="per-kato"/person="per-kato-gone"/' "$samples/soyaku-kiban-2021.hyoka" >"$work/unresolved.hyoka"
line=$(grep -n 'person="per-kato-gone"' "$work/unresolved.hyoka" | head -n 1 | cut -d: -f1)
cp "$work/unresolved.hyoka" "$work/unresolved.before"
for command in validate scores "ip deadlines"; do
	refused "unresolved.hyoka:$line:" $command "$work/unresolved.hyoka"
	printf '%s\n' "$err" | grep -q '"per-kato-gone" names no object' || fail "hyoka $command does not say which reference: $err"
	printf '%s\n' "$err" | grep -q 'text editor' || fail "hyoka $command does not say what to do: $err"
done
refused "unresolved.hyoka:$line:" import-scores "$work/unresolved.hyoka" "$work/miki-4.csv"
cmp -s "$work/unresolved.hyoka" "$work/unresolved.before" || fail "a file with a broken reference was changed"
echo "attack test: a reference naming nothing is refused at its line with what to do: $err"

# 5. a formula in a register is written inert, and read back as it was
printf '%s\n' "$header" "invention,inv-1,prj-A,=cmd|' /C calc'!A0,,,,,,,,,,,,,," >"$work/formula.csv"
run 0 ip import "$work/soyaku.hyoka" "$work/formula.csv"
run 0 ip export "$work/soyaku.hyoka" -o "$work/formula-out.csv"
grep -qF ",'=cmd|' /C calc'!A0," "$work/formula-out.csv" || fail "ip export wrote a formula as it is"
cp "$samples/soyaku-kiban-2021.hyoka" "$work/fresh.hyoka"
run 0 ip import "$work/fresh.hyoka" "$work/formula-out.csv"
grep -qF "titleJa=\"=cmd|' /C calc'!A0\"" "$work/fresh.hyoka" || fail "the formula did not come back as it was"
echo "attack test: ip export writes a formula after an apostrophe, and ip import reads it back"

# 6. outputs: a missing folder is the user's, a FIFO and a dangling link are refused, a member's escape refused
refused "$work/none/new.hyoka: the folder $work/none does not exist" new -o "$work/none/new.hyoka" --program X --type final
refused "$work/none/out.csv: the folder $work/none does not exist" export --format csv "$work/soyaku.hyoka" -o "$work/none/out.csv"
refused "$work/none/r.csv: the folder $work/none does not exist" ip export "$work/soyaku.hyoka" -o "$work/none/r.csv"
refused "$work/none/r.svg: the folder $work/none does not exist" roadmap "$work/soyaku.hyoka" -o "$work/none/r.svg"
printf '%s\n' "$err" | grep -q '\.lock' && fail "the lock file is named: $err"
mkfifo "$work/fifo.csv"
refused "fifo.csv: is not a regular file" export --format csv "$work/soyaku.hyoka" -o "$work/fifo.csv"
[ -p "$work/fifo.csv" ] || fail "the FIFO was replaced"
ln -s "$work/nowhere.csv" "$work/dangling.csv"
refused "dangling.csv: is a symbolic link to" ip export "$work/soyaku.hyoka" -o "$work/dangling.csv"
[ -e "$work/nowhere.csv" ] && fail "a dangling link was written through"
refused "U+001B" new -o "$work/escape.hyoka" --program X --type final --members "山田${esc}[31m太郎"
[ -e "$work/escape.hyoka" ] && fail "a member name with an escape was written"
echo "attack test: missing folders, FIFOs, dangling links and escapes in names are refused, nothing written"

# a refused save prints no SCORE line as if imported
cp "$samples/saisei-iryo-2022.hyoka" "$work/002.hyoka"
chmod a-w "$work/002.hyoka"
refused "read-only" import-scores "$work/002.hyoka" "$work/miki-4.csv"
chmod u+w "$work/002.hyoka"

# 2., 3. two processes importing into one file at once: both exit 0 only when both scores are in the file; the
# loser exits 1 saying another program saved it
printf 'project,item,evaluator,score,comment\nA,5,三木 秀夫,1,\n' >"$work/miki-5.csv"
round=0
while [ $round -lt 4 ]; do
	cp "$samples/saisei-iryo-2022.hyoka" "$work/race.hyoka"
	timeout 120 "$product/hyoka" import-scores "$work/race.hyoka" "$work/miki-4.csv" >"$work/race-4.out" 2>"$work/race-4.err" &
	first=$!
	timeout 120 "$product/hyoka" import-scores "$work/race.hyoka" "$work/miki-5.csv" >"$work/race-5.out" 2>"$work/race-5.err"
	second=$?
	wait $first
	first=$?
	for item in 4 5; do
		status=$first
		[ $item = 5 ] && status=$second
		case $status in
		0) # its score is in the file: importing the sheet again changes nothing
			cp "$work/race.hyoka" "$work/again.hyoka"
			run 0 import-scores "$work/again.hyoka" "$work/miki-$item.csv"
			[ -z "$out" ] || fail "round $round: the import of item $item exited 0 but its score is not in the file: $out" ;;
		1) grep -q "saved by another program" "$work/race-$item.err" || fail "round $round: the loser did not say why: $(cat "$work/race-$item.err")" ;;
		*) fail "round $round: the import of item $item exited $status: $(cat "$work/race-$item.err")" ;;
		esac
	done
	[ "$first$second" = 11 ] && fail "round $round: both imports were refused"
	echo "attack test: round $round of two imports at once: exit statuses $first and $second, nothing lost"
	round=$((round + 1))
done

# XXE: an external entity or a DOCTYPE in a .hyoka file, or in a part of a returned score sheet, is refused; the
# secret it names is read by nobody, and the evaluation is not changed
printf 'TOPSECRET-48\n' >"$work/secret.txt"
entity="<!DOCTYPE r [<!ENTITY leak SYSTEM \"file://$work/secret.txt\">]>"
sed "1a $entity" "$samples/soyaku-kiban-2021.hyoka" | sed 's/titleJa="技術評価報告書（案）"/titleJa="\&leak;"/' >"$work/xxe.hyoka"
grep -q '&leak;' "$work/xxe.hyoka" || fail "the XXE file was not made"
cp "$work/xxe.hyoka" "$work/xxe.before"
refused "xxe.hyoka:2:" validate "$work/xxe.hyoka"
printf '%s\n' "$err" | grep -q DOCTYPE || fail "the DOCTYPE is not named: $err"
refused "xxe.hyoka:2:" export --format html "$work/xxe.hyoka" -o "$work/xxe.html"
[ -e "$work/xxe.html" ] && fail "a file with an external entity was exported"
refused "xxe.hyoka:2:" import-scores "$work/xxe.hyoka" "$work/miki-4.csv"
cmp -s "$work/xxe.hyoka" "$work/xxe.before" || fail "a refused file with an external entity was changed"
grep -rq TOPSECRET-48 "$work"/*.html "$work/err.txt" "$work/out.txt" 2>/dev/null && fail "the secret was read"
echo "attack test: a .hyoka with an external entity is refused at its line, nothing read or written: $err"

# the same in the parts of a returned score sheet (its sheet, its shared strings, its content types): a refused
# sheet is a CONFLICT naming it, exit status 1, nothing imported (docs/score-sheets.md)
cp "$samples/saisei-iryo-2022.hyoka" "$work/sheets.hyoka"
mkdir "$work/blank-sheets"
run 0 score-sheets "$work/sheets.hyoka" -o "$work/blank-sheets"
sheet=$(ls "$work/blank-sheets"/*.xlsx | head -n 1)
[ -s "$sheet" ] || fail "score-sheets wrote no sheet to attack"
cp "$work/sheets.hyoka" "$work/sheets.before"
# inject SHEET PART DOCTYPE OUT: the sheet with the DOCTYPE put before the part's root element
inject() {
	python3 - "$@" <<'PY' || fail "could not write $4"
import re, sys, zipfile
source, part, doctype, target = sys.argv[1:]
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
	names = zin.namelist()
	if part not in names:
		sys.exit(f"{part} is not in {source}: {names}")
	for name in names:
		data = zin.read(name)
		if name == part:
			text = data.decode("utf-8")
			text = re.sub(r"(<\?xml[^>]*\?>)?", lambda m: (m.group(0) or "") + doctype, text, count=1)
			# the entity used where text is read, so that a parser that expands it would show the secret
			text = re.sub(r"<t>", "<t>&leak;", text, count=1) if "<t>" in text else text
			data = text.encode("utf-8")
		zout.writestr(name, data)
PY
}
# conflict SOURCE EXPECTED_MESSAGE_PART SHEET: import-scores into sheets.hyoka exits 1 with one CONFLICT line, nothing
# on standard error, and leaves the evaluation as it was
conflict() {
	run 1 import-scores "$work/sheets.hyoka" "$3"
	[ -z "$err" ] || fail "import-scores $3 said on standard error: $err"
	[ "$(printf '%s\n' "$out" | wc -l)" = 1 ] && printf '%s\n' "$out" | grep -q "^CONFLICT$tab$1$tab.*$2" \
		|| fail "import-scores $3 did not refuse it with one CONFLICT line naming $1 and saying $2: $out"
	cmp -s "$work/sheets.hyoka" "$work/sheets.before" || fail "the refused sheet $3 changed the evaluation"
}
# (POI says only that it cannot read the content types, which a DOCTYPE makes it refuse)
for case in 'xl/worksheets/sheet1.xml|DOCTYPE' 'xl/sharedStrings.xml|DOCTYPE' '[Content_Types].xml|content types' 'xl/workbook.xml|DOCTYPE'; do
	part=${case%|*}
	inject "$sheet" "$part" "$entity" "$work/xxe-sheet.xlsx"
	conflict "xxe-sheet.xlsx" "${case#*|}" "$work/xxe-sheet.xlsx"
	printf '%s%s\n' "$out" "$err" | grep -q TOPSECRET-48 && fail "the secret was read through $part"
	echo "attack test: a score sheet with a DOCTYPE in $part is refused, nothing read or imported: $out"
done

# a zip bomb as a score sheet: a sheet part of 400 MB of spaces packed into a few hundred kilobytes
python3 - "$sheet" "$work/bomb.xlsx" <<'PY' || fail "could not write the zip bomb"
import sys, zipfile
source, target = sys.argv[1:]
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
	for name in zin.namelist():
		if name != "xl/worksheets/sheet1.xml":
			zout.writestr(name, zin.read(name))
			continue
		text = zin.read(name).decode("utf-8")
		head, tail = text.split("<sheetData>", 1) if "<sheetData>" in text else (text[:-len("</worksheet>")], "</worksheet>")
		with zout.open(name, "w", force_zip64=True) as part:
			part.write((head + "<sheetData>").encode("utf-8"))
			spaces = b" " * (1 << 20)
			for _ in range(400):
				part.write(spaces)
			part.write(tail.encode("utf-8"))
PY
[ "$(wc -c <"$work/bomb.xlsx")" -lt 2000000 ] || fail "the zip bomb is not small"
started=$(date +%s)
conflict bomb.xlsx "refused: the workbook expands to more than" "$work/bomb.xlsx"
[ $(($(date +%s) - started)) -lt 60 ] || fail "the zip bomb took $(($(date +%s) - started)) s to refuse"
echo "attack test: a zip bomb of $(wc -c <"$work/bomb.xlsx") bytes as a score sheet is refused in $(($(date +%s) - started)) s: $out"

# kill -9 during the save of a large file (30 MB): the file is the old one, byte for byte, or the new one whole
python3 - "$samples/saisei-iryo-2022.hyoka" "$work/large.before" <<'PY' || fail "could not write the large file"
import sys
source, target = sys.argv[1:]
text = open(source, encoding="utf-8").read()
marker = 'titleJa="'
at = text.index(marker, text.index("<hyoka:EvaluationReport")) + len(marker)
end = text.index('"', at)
open(target, "w", encoding="utf-8").write(text[:at] + "評価" * 5_000_000 + text[end:])
PY
round=0
killed=0
while [ $round -lt 6 ]; do
	cp "$work/large.before" "$work/large.hyoka"
	# the temporary file of the round before, so that the one watched is this round's (the last one's is left for
	# the save after the rounds to remove)
	find "$work" -maxdepth 1 -name '.large.hyoka*.saving' -delete
	"$product/hyoka" import-scores "$work/large.hyoka" "$work/miki-4.csv" >/dev/null 2>&1 &
	writer=$!
	# killed once its temporary file holds a growing part of the new file: later in each round
	part=
	wanted=$((round * 5000000))
	waited=0
	while kill -0 $writer 2>/dev/null && [ $waited -lt 3000 ]; do
		part=$(find "$work" -maxdepth 1 -name '.large.hyoka*.saving' -size +$((wanted / 1024))k 2>/dev/null | head -n 1)
		[ -n "$part" ] && break
		sleep 0.01
		waited=$((waited + 1))
	done
	if [ -n "$part" ] && kill -9 $writer 2>/dev/null; then
		killed=$((killed + 1))
	fi
	wait $writer 2>/dev/null
	if cmp -s "$work/large.hyoka" "$work/large.before"; then
		state="the old file, byte for byte"
	else
		cp "$work/large.hyoka" "$work/large-again.hyoka"
		run 0 import-scores "$work/large-again.hyoka" "$work/miki-4.csv"
		[ -z "$out" ] || fail "round $round: after kill -9 the file is neither the old one nor the new one whole: $out"
		state="the new file, whole"
	fi
	written=$( [ -n "$part" ] && wc -c <"$part" 2>/dev/null || echo "no temporary file seen:")
	echo "attack test: kill -9 during the save of a $(wc -c <"$work/large.before")-byte file, $written bytes of it written: $state"
	round=$((round + 1))
done
[ $killed -gt 0 ] || fail "no import was killed while saving"
run 0 import-scores "$work/large.hyoka" "$work/miki-4.csv"
[ -z "$(find "$work" -maxdepth 1 -name '.large.hyoka*.saving')" ] || fail "the temporary files of killed saves were left after the next save"

# a full disk: a small tmpfs (we are root on CI); where mounting is refused, a file size limit makes writes fail alike
full=$work/full
mkdir -p "$full"
if mount -t tmpfs -o size=1m tmpfs "$full" 2>"$work/mount.err"; then
	trap 'umount "$full" 2>/dev/null' EXIT
	cp "$samples/saisei-iryo-2022.hyoka" "$full/002.hyoka" || fail "the sample does not fit the 1 MB tmpfs"
	cp "$full/002.hyoka" "$work/full.before"
	dd if=/dev/zero of="$full/filler" bs=4k 2>/dev/null # until the disk is full
	refused "No space left" import-scores "$full/002.hyoka" "$work/miki-4.csv"
	cmp -s "$full/002.hyoka" "$work/full.before" || fail "a save to a full disk changed the file"
	[ -z "$(find "$full" -name '.*.saving')" ] || fail "a save to a full disk left its temporary file"
	mkdir "$full/sheets"
	refused "$full/sheets: No space left on device; no score sheet was written" score-sheets "$full/002.hyoka" -o "$full/sheets"
	printf '%s\n' "$err" | grep -q 'elsewhere with -o DIR' || fail "score-sheets on a full disk does not say what to do: $err"
	echo "attack test: score-sheets on a full disk: $err"
	[ -z "$(ls -A "$full/sheets")" ] || fail "score-sheets left a part of its set on a full disk: $(ls -A "$full/sheets")"
	rm "$full/filler"
	run 0 import-scores "$full/002.hyoka" "$work/miki-4.csv"
	umount "$full"
	trap - EXIT
	echo "attack test: on a full 1 MB tmpfs, import-scores and score-sheets are refused, the file kept, nothing left behind"
else
	echo "attack test: mounting a tmpfs was refused ($(cat "$work/mount.err")); a file size limit (ulimit -f) stands in for the full disk"
	cp "$samples/saisei-iryo-2022.hyoka" "$work/limited.hyoka"
	cp "$work/limited.hyoka" "$work/full.before"
	(ulimit -f 64 && "$product/hyoka" import-scores "$work/limited.hyoka" "$work/miki-4.csv") >/dev/null 2>&1 && fail "a save past the size limit exited 0"
	cmp -s "$work/limited.hyoka" "$work/full.before" || fail "a save past the size limit changed the file"
	echo "attack test: a save past the file size limit fails and keeps the file"
fi
