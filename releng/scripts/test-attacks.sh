# The attacks of #48 that take the product's own processes, replayed on the command line of an unpacked product on
# copies of the samples: a file refused through the launcher, two processes saving one file at once, kill -9 during a
# save, a full disk, a zip bomb within the product's heap. Each must be refused with exit status 2 (1 for the loser of
# a race) and one line naming the user's file, and no file may be changed or lost. The other attacks (bad rows, ids
# and dates, escapes, formulas, missing folders, links, DOCTYPEs in a sheet's parts) are the bundles' tests, run in
# one process. Sourced by test-command-line.sh at its end, whose run, fail, $product and $samples it uses; works in
# $work/attacks.
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

# a returned score sheet (as CSV) of 002's member 三木 秀夫
printf 'project,item,evaluator,score,comment\nA,4,三木 秀夫,2,\n' >"$work/miki-4.csv"

# a reference edited by hand to name nothing: validate names file, line and what to do, an import changes nothing
sed 's/person="per-kato"/person="per-kato-gone"/' "$samples/soyaku-kiban-2021.hyoka" >"$work/unresolved.hyoka"
line=$(grep -n 'person="per-kato-gone"' "$work/unresolved.hyoka" | head -n 1 | cut -d: -f1)
cp "$work/unresolved.hyoka" "$work/unresolved.before"
refused "unresolved.hyoka:$line:" validate "$work/unresolved.hyoka"
printf '%s\n' "$err" | grep -q '"per-kato-gone" names no object' || fail "hyoka validate does not say which reference: $err"
printf '%s\n' "$err" | grep -q 'text editor' || fail "hyoka validate does not say what to do: $err"
refused "unresolved.hyoka:$line:" import-scores "$work/unresolved.hyoka" "$work/miki-4.csv"
cmp -s "$work/unresolved.hyoka" "$work/unresolved.before" || fail "a file with a broken reference was changed"
echo "attack test: a reference naming nothing is refused at its line with what to do: $err"

# 2., 3. two processes importing into one file at once: both exit 0 only when both scores are in the file; the
# loser exits 1 saying another program saved it
printf 'project,item,evaluator,score,comment\nA,5,三木 秀夫,1,\n' >"$work/miki-5.csv"
round=0
while [ $round -lt 2 ]; do
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

# XXE: an external entity or a DOCTYPE in a .hyoka file is refused; the secret it names is read by nobody, and the
# evaluation is not changed
printf 'TOPSECRET-48\n' >"$work/secret.txt"
entity="<!DOCTYPE r [<!ENTITY leak SYSTEM \"file://$work/secret.txt\">]>"
sed "1a $entity" "$samples/soyaku-kiban-2021.hyoka" | sed 's/titleJa="技術評価報告書（案）"/titleJa="\&leak;"/' >"$work/xxe.hyoka"
grep -q '&leak;' "$work/xxe.hyoka" || fail "the XXE file was not made"
cp "$work/xxe.hyoka" "$work/xxe.before"
refused "xxe.hyoka:2:" validate "$work/xxe.hyoka"
printf '%s\n' "$err" | grep -q DOCTYPE || fail "the DOCTYPE is not named: $err"
refused "xxe.hyoka:2:" import-scores "$work/xxe.hyoka" "$work/miki-4.csv"
cmp -s "$work/xxe.hyoka" "$work/xxe.before" || fail "a refused file with an external entity was changed"
grep -rq TOPSECRET-48 "$work/err.txt" "$work/out.txt" 2>/dev/null && fail "the secret was read"
echo "attack test: a .hyoka with an external entity is refused at its line, nothing read or written: $err"

# a zip bomb as a returned score sheet: a CONFLICT naming it, exit status 1, nothing imported, within the product's heap
# (docs/score-sheets.md)
cp "$samples/saisei-iryo-2022.hyoka" "$work/sheets.hyoka"
mkdir "$work/blank-sheets"
run 0 score-sheets "$work/sheets.hyoka" -o "$work/blank-sheets"
sheet=$(ls "$work/blank-sheets"/*.xlsx | head -n 1)
[ -s "$sheet" ] || fail "score-sheets wrote no sheet to attack"
cp "$work/sheets.hyoka" "$work/sheets.before"
# a sheet part of 400 MB of spaces packed into a few hundred kilobytes
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
# refused with one CONFLICT line, nothing on standard error, the evaluation left as it was
run 1 import-scores "$work/sheets.hyoka" "$work/bomb.xlsx"
[ -z "$err" ] || fail "import-scores bomb.xlsx said on standard error: $err"
[ "$(printf '%s\n' "$out" | wc -l)" = 1 ] && printf '%s\n' "$out" | grep -q "^CONFLICT${tab}bomb.xlsx$tab.*refused: the workbook expands to more than" ||
	fail "import-scores did not refuse bomb.xlsx with one CONFLICT line saying it expands too far: $out"
cmp -s "$work/sheets.hyoka" "$work/sheets.before" || fail "the refused bomb.xlsx changed the evaluation"
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
while [ $round -lt 3 ]; do
	cp "$work/large.before" "$work/large.hyoka"
	# the temporary file of the round before, so that the one watched is this round's (the last one's is left for
	# the save after the rounds to remove)
	find "$work" -maxdepth 1 -name '.large.hyoka*.saving' -delete
	"$product/hyoka" import-scores "$work/large.hyoka" "$work/miki-4.csv" >/dev/null 2>&1 &
	writer=$!
	# killed once its temporary file holds a growing part of the new file: later in each round
	part=
	wanted=$((round * 10000000))
	waited=0
	while kill -0 $writer 2>/dev/null && [ $waited -lt 3000 ]; do
		part=$(find "$work" -maxdepth 1 -name '.large.hyoka*.saving' -size +$((wanted / 1024))k 2>/dev/null | head -n 1)
		[ -n "$part" ] && break
		sleep 0.01
		waited=$((waited + 1))
	done
	# the JVM itself: a SIGKILL to the launcher script cannot reach its child, which would finish the save behind the
	# commands that follow
	if [ -n "$part" ] && kill -9 "$(pgrep -P $writer java)" 2>/dev/null; then
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
