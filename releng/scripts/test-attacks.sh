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
printf 'project,item,evaluator,score,comment\nA,4,三木 秀夫,2,\n' >"$work/miki-4.csv"
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
