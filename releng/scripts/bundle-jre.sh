#!/bin/sh
# Puts a Java runtime image into an unpacked product, as jre/, which the launcher script prefers: users whose
# desktop has only Java 17 (or none) run the product as it comes. The image holds the modules listed in
# releng/org.hyoka.repository/jre.modules, made by the jlink of the JDK running the build (so only for the
# build's own platform), without debug information, headers or man pages, with English and Japanese locales.
# Not compressed by jlink: the archive compresses it better (+28 MB rather than +42 MB) and classes load faster.
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
	--no-man-pages --output "$product/jre"
echo "bundle-jre: $product/jre: Java $("$product/jre/bin/java" -XshowSettings:properties -version 2>&1 |
	sed -n 's/^ *java\.runtime\.version = *//p'), $(du -sh "$product/jre" | cut -f1), modules $modules"
