#!/bin/sh
# Starts the materialized Linux product once with -initialize and runs one command, so that its archive carries what
# a first start of the workbench and of the command line would otherwise make: the framework's installed and resolved bundles and the extension registry's cache, read from every
# bundle's plugin.xml (docs/building.md). Without them the first start after unpacking does that work before the
# window comes. The configuration holds no absolute paths: bundles are referenced relative to the product folder. A
# later change of bundles (an update, another Java) makes the framework and the registry notice and refresh it.
#
# Then it makes the JDK's AOT caches the launcher script gives the JVM: the command line's, with a training run of
# `hyoka validate` on a sample evaluation, and the workbench's, with a start that opens sample 000 (on a virtual
# display when there is none).
#
#   prime-configuration.sh PRODUCT_FOLDER SAMPLE.hyoka
set -eu
product=$1
sample=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
[ -x "$product/hyoka" ] || { echo "prime-configuration: no launcher script $product/hyoka" >&2; exit 1; }
# the workbench's training run needs a display
if [ -z "${DISPLAY:-}" ]; then
	command -v xvfb-run >/dev/null ||
		{ echo "prime-configuration: no display for the workbench's training run, and no xvfb-run (releng/scripts/setup.sh installs it)" >&2; exit 1; }
	exec xvfb-run -a -s "-screen 0 1280x1024x24" sh "$0" "$@"
fi
log=$(mktemp)
scratch=$(mktemp -d)
trap 'rm -rf "$log" "$scratch"' EXIT
# The product's own Java (bundle-jre.sh put it in jre/), as users run it. -initialize reads no user settings and makes
# no workspace: started with user.home set to a new folder, it left that folder uncreated.
if ! "$product/hyoka" -initialize >"$log" 2>&1; then
	cat "$log" >&2
	echo "prime-configuration: $product/hyoka -initialize failed" >&2
	exit 1
fi
# the command line's own configuration (cli_configuration.py) likewise, with a command
if ! "$product/hyoka" help >"$log" 2>&1; then
	cat "$log" >&2
	echo "prime-configuration: $product/hyoka help failed" >&2
	exit 1
fi
# The JDK's AOT cache of the command line: a command as users run it, which the JVM records and then writes into the
# cache (a second JVM). The cache holds the classes that command loaded and their profiles; it is used only by the
# runtime in jre/ with the jars in framework/ (docs/building.md, "The command line's own configuration").
framework=$product/configuration/org.hyoka.cli/framework
rm -f "$framework/cli.aot"
# relative: the launcher script splits HYOKA_VMARGS into words
if ! (cd "$framework" && HYOKA_VMARGS=-XX:AOTCacheOutput=cli.aot "$product/hyoka" validate "$sample") >"$log" 2>&1 ||
	[ ! -s "$framework/cli.aot" ]; then
	cat "$log" >&2
	echo "prime-configuration: no AOT cache from $product/hyoka validate $sample" >&2
	exit 1
fi
# The workbench's: started as ./run.sh starts it, sample 000 opened in a new workspace, and ended once its editor has
# been painted (the mark -Dhyoka.startupMarks writes); the JVM writes the cache as it exits. Named after the launcher
# jar it was made with, which the launcher script checks. The run's workspace and home are thrown away, and what it
# wrote into the configuration (the bundles' extracted files) is undone: the archive carries the configuration of
# the runs above.
workbench=$product/configuration/org.hyoka.workbench
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | sort | tail -n 1)
rm -rf "$workbench"
tar -cf "$scratch/configuration.tar" -C "$product" configuration
HYOKA_VMARGS="-XX:AOTCacheOutput=$scratch/workbench.aot -Dhyoka.startupMarks=$scratch/marks -Duser.home=$scratch/home" \
	"$product/hyoka" -data "$scratch/workspace" -openSample soyaku-kiban-2021 >"$log" 2>&1 &
script=$!
waited=0
until grep -q '^editor ' "$scratch/marks" 2>/dev/null; do
	if ! kill -0 "$script" 2>/dev/null || [ "$waited" -ge 1200 ]; then
		kill "$script" 2>/dev/null || true
		cat "$log" >&2
		echo "prime-configuration: the workbench showed no editor of sample 000 within 120 s" >&2
		exit 1
	fi
	sleep 0.1
	waited=$((waited + 1))
done
# TERM ends the JVM as an exit does: it writes the cache on its way out (with a second JVM it starts)
kill "$script"
wait "$script" || true
if [ ! -s "$scratch/workbench.aot" ]; then
	cat "$log" >&2
	echo "prime-configuration: no AOT cache from the workbench's start" >&2
	exit 1
fi
rm -rf "$product/configuration"
tar -xf "$scratch/configuration.tar" -C "$product"
mkdir "$workbench"
mv "$scratch/workbench.aot" "$workbench/$(basename "$launcher" .jar).aot"
for configuration in "$product/configuration" "$product/configuration/org.hyoka.cli"; do
	ls "$configuration"/org.eclipse.core.runtime/.table.* >/dev/null 2>&1 ||
		{ echo "prime-configuration: no registry cache in $configuration" >&2; exit 1; }
	# a log of this machine's run has no place in the archive
	rm -f "$configuration"/*.log
done
echo "prime-configuration: $product/configuration: $(du -sh "$product/configuration" | cut -f1), the AOT caches of the command line $(du -sh "$framework/cli.aot" | cut -f1) and the workbench $(du -sh "$workbench" | cut -f1)"
