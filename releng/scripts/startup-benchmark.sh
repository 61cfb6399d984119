#!/bin/sh
# Start-up of Hyoka Workbench against a bare RCP product of the same build (the runtime feature, same target platform
# and launcher script, one window on an empty perspective: releng/org.hyoka.benchmarks.bare*), on a virtual display
# of its own, the two started in turn (Hyoka, bare, Hyoka, bare, ...) after one warm-up start of each.
#
#   startup-benchmark.sh [-n N]       N measured starts of each (default 5); benchmark.sh --startup runs it
#   startup-benchmark.sh --series N   N starts of Hyoka alone, to its window only: how many took over 10 s
#
# A start that shows no window within 10 s gets a thread dump (the JVM's own, on SIGQUIT, into the console file),
# listed in target/startup-benchmark/slow.txt, and another at 20 s, listed in stalls.txt: what a slow start was
# doing, and where the UI thread waits when a start hangs (issue 51).
# Both products first write their extension registry's cache (-initialize), as a workbench ended normally does.
# Per start, with a new workspace: the time from running the launcher script to its window being mapped (polled
# every 50 ms with xdotool), for Hyoka started as ./run.sh starts it, with the sample 000 open; the time from
# Hyoka's window to the sample's editor painted (the marks -Dhyoka.startupMarks writes), with the UI thread's CPU time
# and its time ready to run but waiting for a processor in between, and the start to that editor (work moved from
# after the window to before it shortens the one and lengthens the other, not this); window to editor also as a
# fraction of the bare product's start to window of the same round, which takes the host's speed out of the issue's
# absolute goal (1 s where the bare window took 2.6 s: docs/benchmarks.md, "Start-up"); the CPU time the Java
# process has used when its window is mapped (all threads: a busy machine stretches it less than the wall time); the
# resident memory of the Java process 20 s after the start, or once the window (for Hyoka the editor) is shown if
# that is later. Then one more start of each with -Xlog:class+load counts the classes loaded when the window
# appears, and one with Native Memory Tracking splits the memory at 20 s into its parts. Prints min / median / max
# and the ratios, and writes them with the machine's load to target/startup-benchmark/report.md. Builds both
# products first (tests skipped) when they are missing or older than the sources.
set -eu
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=5
series=
usage="usage: benchmark.sh --startup [-n N | --series N]"
while [ $# -gt 0 ]; do
	case $1 in
	-n | --series)
		[ $# -ge 2 ] && [ "$2" -ge 1 ] 2>/dev/null || { echo "$usage" >&2; exit 2; }
		[ "$1" = -n ] && runs=$2 || series=$2
		shift 2 ;;
	*) echo "$usage" >&2; exit 2 ;;
	esac
done

. releng/scripts/setup.sh
hyoka_use_java
hyoka_need_packages $hyoka_workbench_packages xdotool procps
hyoka=$root/$hyoka_linux_product
bare=$root/releng/org.hyoka.benchmarks.bare.product/target/products/org.hyoka.benchmarks.bare.rcp/linux/gtk/x86_64/bare-rcp
# a series starts Hyoka alone
if [ -n "$series" ]; then set -- "$hyoka"; else set -- "$hyoka" "$bare"; fi
for product in "$@"; do
	stamp=$product/configuration/config.ini
	if [ ! -f "$stamp" ] || [ -n "$(find pom.xml targetplatform bundles features releng -newer "$stamp" \
			-not -path '*/target/*' -not -path 'releng/scripts/*' -not -name '*.log' -type f -print -quit)" ]; then
		echo "Building both products in one build (tests skipped)..."
		./mvnw -B -q -Pbenchmarks -DskipTests verify
		break
	fi
done

if [ -z "${HYOKA_STARTUP_DISPLAY_READY:-}" ]; then
	# a display of its own: no other window, no window manager, the same screen for both products
	HYOKA_STARTUP_DISPLAY_READY=1 exec xvfb-run -a -s "-screen 0 1280x1024x24" sh "$0" -n "$runs" ${series:+--series "$series"}
fi

work=$root/target/startup-benchmark
rm -rf "$work" && mkdir -p "$work"
: >"$work/stalls.txt"
: >"$work/slow.txt"
# the same Java for both: the one the Linux archive carries
if [ -x "$hyoka/jre/bin/java" ]; then HYOKA_JAVA=$hyoka/jre/bin/java; else HYOKA_JAVA=$JAVA_HOME/bin/java; fi
export HYOKA_JAVA

now_ms() { date +%s%3N; }

# start PRODUCT TITLE NAME [ARGUMENTS...]: starts it, waits for its window; sets $window_ms and $window_cpu_ms;
# leaves $script running
start() {
	product=$1 title=$2 name=$3
	shift 3
	rm -rf "$work/workspace" "$work/marks"
	begin=$(now_ms)
	"$product/hyoka" -data "$work/workspace" "$@" >>"$work/$name-console.txt" 2>&1 &
	script=$!
	window_ms=
	dumps=0
	while [ -z "$window_ms" ]; do
		# mapped windows only: the workbench's hidden shells carry the same title
		if xdotool search --onlyvisible --name "^$title" >/dev/null 2>&1; then
			window_ms=$(($(now_ms) - begin))
			window_cpu_ms=$(cpu_ms)
		elif [ "$dumps" -lt 2 ] && [ $(($(now_ms) - begin)) -gt $((dumps * 10000 + 10000)) ]; then
			dumps=$((dumps + 1))
			dumped=$(wc -l <"$work/$name-console.txt")
			kill -QUIT "$(pgrep -P "$script" java)" 2>/dev/null || true
			echo "$name: no window $((dumps * 10)) s after the start; thread dump from line $((dumped + 1)) of" \
				"$name-console.txt" >>"$work/$([ "$dumps" = 1 ] && echo slow || echo stalls).txt"
		elif ! kill -0 "$script" 2>/dev/null || [ $(($(now_ms) - begin)) -gt 120000 ]; then
			echo "startup benchmark: no window \"$title\" from $product (console: $work/$name-console.txt)" >&2
			stop
			exit 1
		else
			sleep 0.05
		fi
	done
}

# the launcher script's Java process, stopped with it
stop() {
	java=$(pgrep -P "$script" java || true)
	kill "$script" 2>/dev/null || true
	[ -n "$java" ] && kill "$java" 2>/dev/null
	wait "$script" 2>/dev/null || true
	while [ -n "$java" ] && kill -0 "$java" 2>/dev/null; do sleep 0.1; done
}

# user and system time of the launcher script's Java process so far, in ms
ticks=$(getconf CLK_TCK)
cpu_ms() {
	awk -v t="$ticks" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / t) }' "/proc/$(pgrep -P "$script" java)/stat"
}

# the /proc status file of the launcher script's Java process, once 20 s have passed since the start
status_at_20s() {
	while [ $(($(now_ms) - begin)) -lt 20000 ]; do sleep 0.2; done
	echo "/proc/$(pgrep -P "$script" java)/status"
}

rss_at_20s() {
	awk '$1 == "VmRSS:" { print int($2 / 1024) }' "$(status_at_20s)"
}

# once the editor is shown (60 s at most), from the marks: editor time minus window time, the UI thread's CPU time
# and its wait for a processor in between (-1 where the marks have no wait), and the start to the editor
editor_after_window() {
	until grep -q '^editor ' "$work/marks" 2>/dev/null; do
		[ $(($(now_ms) - begin)) -lt 60000 ] || { echo "startup benchmark: the sample's editor did not open" >&2; stop; exit 1; }
		sleep 0.05
	done
	awk -v begin="$begin" '$1 == "window" { w = $2; wc = $3; wq = $4 } $1 == "editor" { e = $2; ec = $3; eq = $4 }
		END { print e - w "\t" ec - wc "\t" (wq == "" || eq == "" ? -1 : eq - wq) "\t" e - begin }' "$work/marks"
}

hyoka_start() {
	HYOKA_VMARGS="-Dhyoka.startupMarks=$work/marks ${1-}" start "$hyoka" "Hyoka Workbench" hyoka -openSample soyaku-kiban-2021
}
bare_start() {
	HYOKA_VMARGS="${1-}" start "$bare" "Bare RCP" bare
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# Both as a user finds them the second day: a workbench that ends normally leaves the extension registry's cache in
# its configuration, but the starts below are killed and would never write one. -initialize writes it (and resolves
# the bundles) and exits, as an installer of a shared Eclipse does.
for product in "$@"; do
	"$product/hyoka" -initialize >>"$work/initialize.txt" 2>&1 ||
		{ echo "startup benchmark: $product/hyoka -initialize failed (see $work/initialize.txt)" >&2; exit 1; }
done
# --series: Hyoka's start to its window, nothing else
if [ -n "$series" ]; then
	hyoka_start && stop
	: >"$work/series.txt"
	i=1
	while [ "$i" -le "$series" ]; do
		hyoka_start
		stop
		echo "$window_ms" >>"$work/series.txt"
		echo "start $i of $series: window $window_ms ms; load $(cut -d' ' -f1 /proc/loadavg)"
		i=$((i + 1))
	done
	{
		echo "# Start-up series, $(date -u '+%Y-%m-%d %H:%M') UTC"
		echo
		echo "$series starts of Hyoka with sample 000 (after one not counted), start to window; $(nproc) processors;" \
			"load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after."
		echo
		sort -n "$work/series.txt" | awk '{ v[NR] = $1; if ($1 > 10000) slow++ }
			END { printf "min %d, median %d, max %d ms; over 10 s: %d of %d\n", v[1], v[int((NR + 1) / 2)], v[NR], slow, NR }'
		echo
		echo "Starts without a window after 10 s (thread dumps in slow.txt): $(wc -l <"$work/slow.txt"); after 20 s" \
			"(stalls.txt): $(wc -l <"$work/stalls.txt")"
	} >"$work/report.md"
	echo
	cat "$work/report.md"
	exit 0
fi

echo "Warm-up: one start of each"
hyoka_start && editor_after_window >/dev/null && stop
bare_start && stop

: >"$work/runs.tsv"
i=1
while [ "$i" -le "$runs" ]; do
	hyoka_start
	h_window=$window_ms
	h_cpu=$window_cpu_ms
	h_editor=$(editor_after_window)
	h_rss=$(rss_at_20s)
	stop
	bare_start
	b_window=$window_ms
	b_cpu=$window_cpu_ms
	b_rss=$(rss_at_20s)
	stop
	# h_editor is four columns ($4-$7): wall time, the UI thread's CPU time and wait, start to editor
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "$h_window" "$b_window" "$h_editor" "$h_rss" "$b_rss" "$h_cpu" "$b_cpu" \
		>>"$work/runs.tsv"
	echo "start $i of $runs: Hyoka window $h_window ms (CPU $h_cpu ms), bare window $b_window ms (CPU $b_cpu ms)," \
		"$(echo "$h_editor" | awk -F'\t' '{ printf "editor %s ms after the window (UI thread CPU %s ms, waiting %s ms)", $1, $2, $3 }')," \
		"RSS at 20 s $h_rss / $b_rss MiB; load $(cut -d' ' -f1 /proc/loadavg)"
	i=$((i + 1))
done

# classes loaded when the window appears: the class-load log's lines at that moment
classes() {
	log=$work/$1-classes.log
	"$1_start" "-Xlog:class+load=info:file=$log"
	wc -l <"$log"
	stop
}
h_classes=$(classes hyoka)
b_classes=$(classes bare)

# Where the memory goes: one more start of each with Native Memory Tracking, stopped 20 s after the start; the JVM
# prints what it had committed when it ends. Prints, in MiB: the Java heap, class metadata (metaspace, class space,
# symbols), compiled code, the collector's own structures, the rest the JVM counts, then what was resident at 20 s:
# anonymous memory (the JVM's and the native libraries' malloc among it) and mapped files (libraries, fonts).
memory() {
	console=$work/$1-console.txt
	before=$(wc -l <"$console")
	"$1_start" "-XX:NativeMemoryTracking=summary -XX:+UnlockDiagnosticVMOptions -XX:+PrintNMTStatistics"
	[ "$1" = bare ] || editor_after_window >/dev/null
	resident=$(awk '$1 == "RssAnon:" { a = $2 } $1 == "RssFile:" { f = $2 } END { printf "%d %d", a / 1024, f / 1024 }' \
		"$(status_at_20s)")
	stop
	# "-  Java Heap (reserved=..., committed=N)" in bytes, or in KB where the JVM adds the unit
	tail -n "+$((before + 1))" "$console" | awk -v resident="$resident" '
		function committed(line) { sub(/.*committed=/, "", line); sub(/[,)].*/, "", line)
			return line ~ /KB$/ ? line * 1024 : line + 0 }
		/^Total: / { total = committed($0) }
		/^-/ { name = $0; sub(/^- */, "", name); sub(/ *\(.*/, "", name); c[name] = committed($0) }
		END { mib = 1048576; heap = c["Java Heap"]; meta = c["Metaspace"] + c["Class"] + c["Symbol"]
			code = c["Code"]; gc = c["GC"] + c["GCCardSet"]
			if (total == 0) { print "- - - - - " resident; exit }
			rest = total - heap - meta - code - gc
			printf "%d %d %d %d %d %s\n", heap / mib, meta / mib, code / mib, gc / mib, rest / mib, resident }'
}
h_memory=$(memory hyoka)
b_memory=$(memory bare)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
# The bare product does the same work at every start, so the spread of its CPU time shows whether the processor kept
# its speed: a shared host can slow it by half or more while this machine is idle.
b_cpu_spread=$(awk -F'\t' 'NR == 1 || $11 < lo { lo = $11 } $11 > hi { hi = $11 } END { printf "%.2f", hi / lo }' "$work/runs.tsv")

# min, median and max of a column (of a computed expression) of runs.tsv
stats() {
	awk -F'\t' "{ print $1 }" "$work/runs.tsv" | sort -g | awk '{ v[NR] = $1 } END {
		m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		printf "%s | %s | %s |\n", v[1], m, v[NR] }'
}
ratio_stats() {
	awk -F'\t' "{ printf \"%.2f\\n\", $1 }" "$work/runs.tsv" | sort -g | awk '{ v[NR] = $1 } END {
		m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		printf "%s | %.2f | %s |\n", v[1], m, v[NR] }'
}
{
	echo "# Start-up, $(date -u '+%Y-%m-%d %H:%M') UTC"
	echo
	echo "$runs starts of each, interleaved; $(nproc) processors ($(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1));" \
		"$("$HYOKA_JAVA" -version 2>&1 | head -n 1); load average $load_before before, $load_after after."
	echo
	echo "| measure | min | median | max |"
	echo "|---|---:|---:|---:|"
	echo "| Hyoka: start to window (ms) | $(stats '$2')"
	echo "| bare: start to window (ms) | $(stats '$3')"
	echo "| ratio Hyoka / bare, start by start (issue 51's goal ≤ 0.8; issue 20's ≤ 1.3) | $(ratio_stats '$2 / $3')"
	echo "| Hyoka: CPU time of the process at the window (ms) | $(stats '$10')"
	echo "| bare: CPU time of the process at the window (ms) | $(stats '$11')"
	echo "| ratio of CPU time at the window, start by start | $(ratio_stats '$10 / $11')"
	echo "| Hyoka: window to editor of 000 painted (ms; the issue's 1,000 ms) | $(stats '$4')"
	echo "| the same, to the bare product's start to window, start by start (goal ≤ 0.38) | $(ratio_stats '$4 / $3')"
	echo "| Hyoka: CPU time of the UI thread from window to editor (ms) | $(stats '$5')"
	echo "| Hyoka: UI thread ready but waiting for a processor, window to editor (ms) | $(stats '$6')"
	echo "| Hyoka: start to editor of 000 painted (ms) | $(stats '$7')"
	echo "| Hyoka with 000 open: RSS at 20 s (MiB) | $(stats '$8')"
	echo "| bare: RSS at 20 s (MiB) | $(stats '$9')"
	echo "| ratio of RSS, start by start (issue 51's goal ≤ 1.2; issue 20's ≤ 1.5) | $(ratio_stats '$8 / $9')"
	echo
	echo "Starts over 10 s to their window: Hyoka $(awk -F'\t' '$2 > 10000' "$work/runs.tsv" | wc -l) of $runs," \
		"bare $(awk -F'\t' '$3 > 10000' "$work/runs.tsv" | wc -l) of $runs; thread dumps of starts without a window" \
		"after 10 s (slow.txt, both products, the warm-up's too): $(wc -l <"$work/slow.txt"); after 20 s (stalls.txt):" \
		"$(wc -l <"$work/stalls.txt")."
	echo
	echo "Classes loaded at the window: Hyoka $h_classes, bare $b_classes (one start each with -Xlog:class+load)."
	echo
	# the launcher script gives the workbench the AOT cache the build made, where there is one (docs/building.md)
	echo "Hyoka's AOT cache: $(ls "$hyoka"/configuration/org.hyoka.workbench/*.aot 2>/dev/null | sed 's|.*/configuration/|configuration/|' | grep . || echo none); the bare product has none."
	echo
	echo "Where the memory goes at 20 s, one start each with Native Memory Tracking (MiB):"
	echo
	echo "| | Hyoka | bare |"
	echo "|---|---:|---:|"
	set -- "Java heap, committed" "class metadata (metaspace, class space, symbols)" "compiled code" \
		"the garbage collector's structures" "the rest the JVM counts" "resident: anonymous memory" \
		"resident: mapped files (libraries, fonts)"
	column=1
	for part in "$@"; do
		echo "| $part | $(echo "$h_memory" | cut -d' ' -f"$column") | $(echo "$b_memory" | cut -d' ' -f"$column") |"
		column=$((column + 1))
	done
	echo
	echo "Steadiness of the machine: the bare product's CPU time at its window, the same work at every start, varied" \
		"${b_cpu_spread}-fold (max / min). Well above 1.1 the processor's speed changed during the run, and the times" \
		"mix fast and slow starts; the ratios, taken start by start, hold up better than the times."
} >"$work/report.md"
echo
cat "$work/report.md"
