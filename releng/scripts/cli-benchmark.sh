#!/bin/sh
# Start of the command line (issue 51): `hyoka help` and `hyoka validate` of sample 002 as the launcher script runs
# them, from the command line's own configuration with the framework on the class path and the AOT cache
# (docs/building.md, "The command line's own configuration"), against the same commands started from the workbench's
# configuration as the script started them first (the baseline), and from the own configuration as it started them
# next (the launcher jar with -jar, no cache), and the product's Java alone (`java -version`: the issue's floor). All
# in turn, N rounds after one warm-up round, each run's wall time and the CPU time of its processes; prints min /
# median / max and the ratios of the median pairs, and writes them with the machine's load to
# target/cli-benchmark/report.md. Builds the product first (tests skipped) when it is missing.
#
#   cli-benchmark.sh [-n N] [--product DIR]   N rounds (default 10), of the product in DIR (default: the one this
#                                             tree built); benchmark.sh --cli runs it
set -eu
cd "$(dirname "$0")/../.."
root=$(pwd)
. releng/scripts/setup.sh
rounds=10
product=$root/$hyoka_linux_product
while [ $# -gt 0 ]; do
	case $1 in
	-n) [ "${2-}" -ge 1 ] 2>/dev/null && rounds=$2 || set -- usage ;;
	--product) [ -x "${2-}/hyoka" ] && product=$(cd "$2" && pwd) || set -- usage ;;
	*) set -- usage ;;
	esac
	[ "$1" = usage ] && { echo "usage: benchmark.sh --cli [-n N] [--product DIR]" >&2; exit 2; }
	shift 2
done
hyoka_use_java
if [ ! -x "$product/hyoka" ]; then
	echo "Building the product (tests skipped)..."
	./mvnw -B -q -DskipTests verify
fi
java=$product/jre/bin/java
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | tail -n 1)
sample=$root/bundles/org.hyoka.samples/samples/saisei-iryo-2022.hyoka
work=$root/target/cli-benchmark
rm -rf "$work" && mkdir -p "$work"

# the command started with the launcher jar: from the workbench's configuration, the launcher script's command line
# before it had one of its own; with -configuration of that, as it started them before the class path and the cache
launcher_jar() {
	"$java" -Xmx2g -XX:+UseG1GC -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 \
		-XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 -Djava.awt.headless=true \
		"-Djava.util.logging.config.file=$product/cli-logging.properties" -Dslf4j.internal.verbosity=ERROR \
		-jar "$launcher" -application org.hyoka.cli.application -data @none -nosplash "$@"
}
own=$product/configuration/org.hyoka.cli

# measure NAME COMMAND...: appends "wall_ms cpu_ms" of one run to $work/NAME (CPU time of the finished children)
measure() {
	name=$1
	shift
	before=$(awk '{ print $16 + $17 }' /proc/$$/stat)
	begin=$(date +%s%N)
	"$@" >/dev/null 2>&1 || { echo "cli-benchmark: $* failed" >&2; exit 1; }
	end=$(date +%s%N)
	after=$(awk '{ print $16 + $17 }' /proc/$$/stat)
	echo "$(((end - begin) / 1000000)) $(((after - before) * 1000 / $(getconf CLK_TCK)))" >>"$work/$name"
}

round() {
	measure help "$product/hyoka" help
	measure help-before launcher_jar help
	measure help-jar launcher_jar -configuration "$own" help
	measure validate "$product/hyoka" validate "$sample"
	measure validate-before launcher_jar validate "$sample"
	measure validate-jar launcher_jar -configuration "$own" validate "$sample"
	measure java-version "$java" -version
}

round
rm -f "$work"/help* "$work"/validate* "$work"/java-version
i=0
while [ "$i" -lt "$rounds" ]; do
	round
	i=$((i + 1))
done

# stats NAME COLUMN: min median max
stats() {
	cut -d' ' -f"$2" "$work/$1" | sort -n | awk '{ v[NR] = $1 } END { printf "%d %d %d", v[1], v[int((NR + 1) / 2)], v[NR] }'
}
median() { stats "$1" "$2" | cut -d' ' -f2; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

{
	echo "# The command line's start, $(date -u '+%Y-%m-%d %H:%M UTC'), $rounds rounds, load $(cut -d' ' -f1-3 /proc/loadavg)"
	echo
	echo "| run | wall ms min / median / max | CPU ms min / median / max |"
	echo "| --- | --- | --- |"
	for name in help help-before help-jar validate validate-before validate-jar java-version; do
		echo "| $name | $(stats "$name" 1 | sed 's| | / |g') | $(stats "$name" 2 | sed 's| | / |g') |"
	done
	echo
	for command in help validate; do
		for before in before jar; do
			echo "- $command / $command-$before: wall $(ratio "$(median $command 1)" "$(median $command-$before 1)"), CPU $(ratio "$(median $command 2)" "$(median $command-$before 2)")"
		done
	done
	echo "- help / java -version (the issue's goal: at most 15): wall $(ratio "$(median help 1)" "$(median java-version 1)")"
} | tee "$work/report.md"
