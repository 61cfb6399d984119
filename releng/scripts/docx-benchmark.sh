#!/bin/sh
# DOCX against PDF (issue 51's goal: the 5,000-project portfolio's DOCX in at most 1.5 times the PDF's time and in no
# more memory): `hyoka export --format pdf` and `--format docx` of the synthetic portfolio as users run them, in turn,
# N rounds; each run's wall time, CPU time and peak resident memory (/usr/bin/time). Prints min / median / max, the
# ratios of the medians (DOCX / PDF) and the machine's load, and writes them to target/docx-benchmark/report.md. With
# --before DIR (an unpacked product, such as the last release's) that product's two exports run in the same rounds, so
# that a change is measured against its baseline in one series. Runs the product this tree built, or the one --product
# names; builds it first (tests skipped) when it is missing; makes the portfolio (benchmark.sh --portfolio) unless
# --portfolio names one.
#
#   docx-benchmark.sh [-n N] [--projects P] [--portfolio FILE] [--product DIR] [--before DIR]
#                               N rounds (default 3) of P projects (default 5000); benchmark.sh --docx runs it
set -eu
caller=$(pwd)
cd "$(dirname "$0")/../.."
root=$(pwd)
rounds=3
projects=5000
portfolio=
product=
before=
usage() {
	echo "usage: benchmark.sh --docx [-n N] [--projects P] [--portfolio FILE] [--product DIR] [--before DIR]" >&2
	exit 2
}
absolute() {
	case $1 in /*) echo "$1" ;; *) echo "$caller/$1" ;; esac
}
while [ $# -gt 0 ]; do
	[ $# -ge 2 ] || usage
	case $1 in
	-n) rounds=$2 ;;
	--projects) projects=$2 ;;
	--portfolio) portfolio=$(absolute "$2") ;;
	--product) product=$(absolute "$2") ;;
	--before) before=$(absolute "$2") ;;
	*) usage ;;
	esac
	shift 2
done
[ "$rounds" -ge 1 ] 2>/dev/null && [ "$projects" -ge 1 ] 2>/dev/null || usage
[ -x /usr/bin/time ] || { echo "docx-benchmark: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
for dir in "$product" "$before"; do
	[ -z "$dir" ] || [ -x "$dir/hyoka" ] || { echo "docx-benchmark: no product in $dir" >&2; exit 2; }
done
. releng/scripts/setup.sh
hyoka_use_java
if [ -z "$product" ]; then
	product=$root/$hyoka_linux_product
fi
if [ ! -x "$product/hyoka" ]; then
	echo "Building the product (tests skipped)..."
	./mvnw -B -q -DskipTests verify
fi
work=$root/target/docx-benchmark
mkdir -p "$work"
rm -f "$work"/runs-* "$work"/*.pdf "$work"/*.docx
if [ -z "$portfolio" ]; then
	portfolio=$work/portfolio-$projects.hyoka
	[ -f "$portfolio" ] || sh releng/scripts/benchmark.sh --portfolio "$projects" -o "$portfolio"
fi

# measure NAME PRODUCT FORMAT: appends "seconds peak_kib cpu_seconds" of one export to $work/runs-NAME
measure() {
	/usr/bin/time -o "$work/time" -f "%e %M %U %S" "$2/hyoka" export --format "$3" "$portfolio" -o "$work/$1.$3" >/dev/null 2>"$work/$1.err" ||
		{ echo "docx-benchmark: $2/hyoka export --format $3 failed:" >&2; cat "$work/$1.err" >&2; exit 1; }
	tail -n 1 "$work/time" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' >>"$work/runs-$1"
	rm -f "$work/$1.$3"
}

# the first command of a product may make its command line's configuration: not timed
"$product/hyoka" help >/dev/null
[ -z "$before" ] || "$before/hyoka" help >/dev/null
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
i=0
while [ "$i" -lt "$rounds" ]; do
	if [ -n "$before" ]; then
		measure pdf-before "$before" pdf
		measure docx-before "$before" docx
	fi
	measure pdf "$product" pdf
	measure docx "$product" docx
	i=$((i + 1))
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# stats NAME COLUMN: min median (of an even number, the lower of the middle two) max
stats() {
	cut -d' ' -f"$2" "$work/runs-$1" | sort -n | awk '{ v[NR] = $1 } END { printf "%s %s %s", v[1], v[int((NR + 1) / 2)], v[NR] }'
}
median() { stats "$1" "$2" | cut -d' ' -f2; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

{
	echo "# DOCX against PDF, $(date -u '+%Y-%m-%d %H:%M UTC'), $projects projects ($(du -m "$portfolio" | cut -f1) MB), $rounds rounds"
	echo
	echo "Load average before: $load_before; after: $load_after; $(nproc) processors."
	echo
	echo "| run | wall s min / median / max | CPU s min / median / max | peak RSS MiB min / median / max |"
	echo "| --- | --- | --- | --- |"
	for name in pdf-before docx-before pdf docx; do
		[ -f "$work/runs-$name" ] || continue
		rss=$(stats "$name" 2)
		echo "| $name | $(stats "$name" 1 | sed 's| | / |g') | $(stats "$name" 3 | sed 's| | / |g') | $(mib "${rss%% *}") / $(mib "$(echo "$rss" | cut -d' ' -f2)") / $(mib "${rss##* }") |"
	done
	echo
	if [ -n "$before" ]; then
		echo "- before: DOCX / PDF time $(ratio "$(median docx-before 1)" "$(median pdf-before 1)"), CPU time $(ratio "$(median docx-before 3)" "$(median pdf-before 3)"), peak RSS $(ratio "$(median docx-before 2)" "$(median pdf-before 2)")"
	fi
	echo "- DOCX / PDF time $(ratio "$(median docx 1)" "$(median pdf 1)") (goal: at most 1.5), CPU time $(ratio "$(median docx 3)" "$(median pdf 3)"), peak RSS $(ratio "$(median docx 2)" "$(median pdf 2)") (goal: at most 1)"
} | tee "$work/report.md"
