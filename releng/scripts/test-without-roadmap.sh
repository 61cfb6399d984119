#!/bin/sh
# A partner removes the Roadmap Timeline feature from the product: the command, the report section, the HY-RM
# rules and the roadmap package go with it, and the rest keeps working on both samples, whose roadmaps are kept. Works on a copy of the unpacked product, which the
# product's own p2 director shrinks; leaves its files in WORKDIR.
#
#   test-without-roadmap.sh PRODUCT_FOLDER SAMPLES_FOLDER WORKDIR
set -u
product=$1
samples=$2
work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1

fail() {
	echo "without roadmap: $*" >&2
	exit 1
}

cp -a "$product" "$work/product" || fail "cannot copy $product"
timeout 300 "$work/product/hyoka" -nosplash -application org.eclipse.equinox.p2.director -data "$work/director" \
	-uninstallIU org.hyoka.roadmap.feature.feature.group >"$work/director.txt" 2>&1 ||
	fail "the p2 director did not uninstall the roadmap feature: $(tail -n 3 "$work/director.txt")"
grep -q 'org.hyoka.roadmap' "$work/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" &&
	fail "the roadmap bundle is still configured after the uninstall"

timeout 120 "$work/product/hyoka" help >"$work/help.txt" 2>&1 || fail "hyoka help fails without the roadmap feature: $(cat "$work/help.txt")"
grep -q 'hyoka roadmap' "$work/help.txt" && fail "hyoka help lists roadmap without the roadmap feature"
grep -q 'hyoka export' "$work/help.txt" || fail "hyoka help lost the built-in commands: $(cat "$work/help.txt")"
for sample in saisei-iryo-2022 soyaku-kiban-2021; do
	timeout 120 "$work/product/hyoka" validate "$samples/$sample.hyoka" >"$work/$sample-validate.txt" 2>&1
	[ $? -le 1 ] || fail "hyoka validate cannot read $sample without the roadmap feature: $(cat "$work/$sample-validate.txt")"
	timeout 120 "$work/product/hyoka" export --format html "$samples/$sample.hyoka" -o "$work/$sample.html" >/dev/null 2>&1 ||
		fail "hyoka export cannot export $sample without the roadmap feature"
	grep -q 'ロードマップ（年度別）' "$work/$sample.html" && fail "the report of $sample prints the roadmap section without the roadmap feature"
done
# an edit of 002 saved without the feature keeps its roadmaps: the elements of the roadmap package, in file order of
# their text (a workbench without the add-on writes them after their owner's known content)
roadmaps() {
	python3 -c 'import re, sys
print("\n".join(sorted(re.findall(r"<extensions xsi:type=\"roadmap:Roadmap\".*?</extensions>", open(sys.argv[1], encoding="utf-8").read(), re.S))))' "$1"
}
cp "$samples/saisei-iryo-2022.hyoka" "$work/edited.hyoka"
printf 'project,item,evaluator,score,comment\nA,1,三木 秀夫,2,必要性は高い\n' >"$work/scores.csv"
timeout 120 "$work/product/hyoka" import-scores "$work/edited.hyoka" "$work/scores.csv" >"$work/import.txt" 2>&1 ||
	fail "hyoka import-scores did not save 002 without the roadmap feature: $(cat "$work/import.txt")"
grep -q '必要性は高い' "$work/edited.hyoka" || fail "the import was not saved"
[ -n "$(roadmaps "$work/edited.hyoka")" ] || fail "002 has no roadmaps to compare"
[ "$(roadmaps "$samples/saisei-iryo-2022.hyoka")" = "$(roadmaps "$work/edited.hyoka")" ] ||
	fail "the roadmaps of 002 changed when it was saved without the roadmap feature"
grep -q 'featureName="Hyoka Workbench Roadmap Timeline"' "$work/edited.hyoka" || fail "the saved file no longer names the roadmap feature"
echo "without roadmap: the product without the roadmap feature has no roadmap command or section, validates and exports both samples, and saves an edit of 002 with its $(roadmaps "$work/edited.hyoka" | grep -c '<extensions') roadmaps unchanged"
