#!/bin/sh
# Puts a Java runtime image into an unpacked product, as jre/, which the launcher script prefers: users whose
# desktop has only Java 17 (or none) run the product as it comes. The image holds the modules listed in
# releng/org.hyoka.repository/jre.modules, made by the jlink of the JDK running the build (so only for the
# build's own platform), without debug information, headers or man pages, with English and Japanese locales.
# Not compressed by jlink: the archive compresses it better (+28 MB rather than +42 MB) and classes load faster.
# With the class-data sharing archive of the JDK's own classes that a JDK's installer would bring and a jlink image
# lacks, every start maps them ready-made instead of parsing them (docs/building.md: 13 % less CPU time for a
# command). Only the archive for compressed pointers is kept: the launcher's heap is 2 GB, and a heap of 32 GB or
# more (HYOKA_VMARGS) simply starts without sharing.
#
#   bundle-jre.sh JAVA_HOME PRODUCT_FOLDER MODULES_FILE
set -eu
jdk=$1
product=$2
list=$3
[ -x "$jdk/bin/jlink" ] || { echo "bundle-jre: $jdk has no bin/jlink: build with a JDK, not a JRE" >&2; exit 1; }
[ -d "$product" ] || { echo "bundle-jre: no product folder $product" >&2; exit 1; }
modules=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$list" | grep -v '^$' | paste -sd, -)
rm -rf "$product/jre"
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,ja --strip-debug --no-header-files \
	--no-man-pages --generate-cds-archive --output "$product/jre"
rm -f "$product/jre/lib/server/classes_nocoops.jsa"
echo "bundle-jre: $product/jre: Java $("$product/jre/bin/java" -XshowSettings:properties -version 2>&1 |
	sed -n 's/^ *java\.runtime\.version = *//p'), $(du -sh "$product/jre" | cut -f1), modules $modules"
