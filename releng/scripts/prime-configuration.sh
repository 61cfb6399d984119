#!/bin/sh
# Starts the materialized Linux product once with -initialize and runs one command, so that its archive carries what
# a first start of the workbench and of the command line would otherwise make: the framework's installed and resolved bundles and the extension registry's cache, read from every
# bundle's plugin.xml (docs/building.md). Without them the first start after unpacking does that work before the
# window comes. The configuration holds no absolute paths: bundles are referenced relative to the product folder. A
# later change of bundles (an update, another Java) makes the framework and the registry notice and refresh it.
#
# Then it makes the command line's AOT cache (the launcher script) with a training run of `hyoka validate` on a
# sample evaluation.
#
#   prime-configuration.sh PRODUCT_FOLDER SAMPLE.hyoka
set -eu
product=$1
sample=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
[ -x "$product/hyoka" ] || { echo "prime-configuration: no launcher script $product/hyoka" >&2; exit 1; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
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
for configuration in "$product/configuration" "$product/configuration/org.hyoka.cli"; do
	ls "$configuration"/org.eclipse.core.runtime/.table.* >/dev/null 2>&1 ||
		{ echo "prime-configuration: no registry cache in $configuration" >&2; exit 1; }
	# a log of this machine's run has no place in the archive
	rm -f "$configuration"/*.log
done
echo "prime-configuration: $product/configuration: $(du -sh "$product/configuration" | cut -f1), the command line's AOT cache $(du -sh "$framework/cli.aot" | cut -f1)"
