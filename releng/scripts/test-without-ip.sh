#!/bin/sh
# A partner removes the IP Tracking feature from the product: the workbench still opens evaluations with IP content,
# edits and saves them, and the IP content in the saved file is the one it read. Then the partner installs the feature
# again from the build's p2 repository: the IP bundles are configured again, the file saved without them gives its IP
# findings and report section again, and an edit saved now writes the same IP content as the product that never lost
# the feature. Works on a copy of the unpacked product, which the product's own p2 director shrinks and grows again;
# leaves its files in WORKDIR.
#
#   test-without-ip.sh PRODUCT_FOLDER SAMPLES_FOLDER WORKDIR P2_REPOSITORY
set -u
product=$1
samples=$2
work=$3
repository=$(cd "$4" && pwd) || exit 1
rm -rf "$work" && mkdir -p "$work" || exit 1

fail() {
	echo "without IP: $*" >&2
	exit 1
}

cp -a "$product" "$work/product" || fail "cannot copy $product"
timeout 300 "$work/product/hyoka" -nosplash -application org.eclipse.equinox.p2.director -data "$work/director" \
	-uninstallIU org.hyoka.ip.feature.feature.group >"$work/director.txt" 2>&1 || fail "the p2 director did not uninstall the IP feature: $(tail -n 3 "$work/director.txt")"
grep -q 'org.hyoka.ip' "$work/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" &&
	fail "the IP bundles are still configured after the uninstall"

# the IP elements of a file, sorted: a workbench without the add-on writes them after their owner's known content
ip_content() {
	python3 -c 'import re, sys
print("\n".join(sorted(re.findall(r"<extensions xsi:type=\"ip:IPManagementScheme\".*?</extensions>", open(sys.argv[1], encoding="utf-8").read(), re.S))))' "$1"
}

for sample in saisei-iryo-2022 soyaku-kiban-2021; do
	cp "$samples/$sample.hyoka" "$work/$sample.hyoka"
	timeout 120 "$work/product/hyoka" validate "$work/$sample.hyoka" >"$work/$sample-validate.txt" 2>&1
	[ $? -le 1 ] || fail "hyoka validate cannot read $sample without the IP feature: $(cat "$work/$sample-validate.txt")"
	grep -q 'HY-IP-' "$work/$sample-validate.txt" && fail "HY-IP findings without the IP feature on $sample"
	timeout 120 "$work/product/hyoka" export --format html "$work/$sample.hyoka" -o "$work/$sample.html" >/dev/null 2>&1 ||
		fail "hyoka export cannot export $sample without the IP feature"
	grep -q '知財や研究開発データの取扱い' "$work/$sample.html" && fail "the report of $sample prints the IP section without the IP feature"
done

printf 'project,item,evaluator,score,comment\nA,1,三木 秀夫,2,必要性は高い\n' >"$work/miki.csv"
timeout 120 "$work/product/hyoka" import-scores "$work/saisei-iryo-2022.hyoka" "$work/miki.csv" >"$work/import.txt" 2>&1 ||
	fail "hyoka import-scores did not save 002 without the IP feature: $(cat "$work/import.txt")"
grep -q '三木 秀夫' "$work/saisei-iryo-2022.hyoka" || fail "the import was not saved"
[ "$(ip_content "$samples/saisei-iryo-2022.hyoka")" = "$(ip_content "$work/saisei-iryo-2022.hyoka")" ] ||
	fail "the IP content of 002 changed when it was saved without the IP feature"
[ -n "$(ip_content "$work/saisei-iryo-2022.hyoka")" ] || fail "002 has no IP content to compare"
grep -q 'featureName="Hyoka Workbench IP Tracking"' "$work/saisei-iryo-2022.hyoka" || fail "the saved file no longer names the IP feature"
echo "without IP: the product without the IP feature validates and exports both samples without IP findings or section, and saves an edit of 002 with its $(ip_content "$work/saisei-iryo-2022.hyoka" | grep -c '<extensions') IP schemes unchanged"

# installed again from the build's repository
timeout 300 "$work/product/hyoka" -nosplash -application org.eclipse.equinox.p2.director -data "$work/director" \
	-repository "file:$repository" -installIU org.hyoka.ip.feature.feature.group >"$work/reinstall.txt" 2>&1 ||
	fail "the p2 director did not install the IP feature again from $repository: $(tail -n 3 "$work/reinstall.txt")"
for bundle in org.hyoka.ip org.hyoka.ip.edit org.hyoka.ip.ui org.hyoka.ip.cli; do
	grep -q "^$bundle," "$work/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" ||
		fail "$bundle is not configured after the IP feature was installed again"
done
saved=$work/saisei-iryo-2022.hyoka
timeout 120 "$work/product/hyoka" validate "$saved" >"$work/reinstalled-validate.txt" 2>&1
[ $? -le 1 ] || fail "hyoka validate cannot read the file saved without IP after the reinstall: $(cat "$work/reinstalled-validate.txt")"
grep -q 'HY-IP-' "$work/reinstalled-validate.txt" || fail "no HY-IP finding on the file saved without IP after the reinstall"
timeout 120 "$work/product/hyoka" export --format html "$saved" -o "$work/reinstalled.html" >/dev/null 2>&1 ||
	fail "hyoka export cannot export the file saved without IP after the reinstall"
grep -q '知財や研究開発データの取扱い' "$work/reinstalled.html" || fail "the report has no IP section after the reinstall"
timeout 120 "$work/product/hyoka" ip deadlines "$samples/soyaku-kiban-2021.hyoka" --as-of 2022-06-15 >"$work/deadlines.txt" 2>&1 ||
	fail "hyoka ip deadlines fails after the reinstall: $(cat "$work/deadlines.txt")"
grep -q 'pct-national-phase' "$work/deadlines.txt" || fail "hyoka ip deadlines lists no national phase after the reinstall"
# the same edit saved by the reinstalled product and by the product that never lost the feature: a product with the
# IP model writes the schemes it parsed (leaving out values equal to their defaults), one without it keeps them as read
printf 'project,item,evaluator,score,comment\nA,2,三木 秀夫,3,効率性は高い\n' >"$work/miki-2.csv"
cp "$saved" "$work/with-ip.hyoka"
timeout 120 "$work/product/hyoka" import-scores "$saved" "$work/miki-2.csv" >"$work/import-2.txt" 2>&1 ||
	fail "hyoka import-scores did not save 002 after the reinstall: $(cat "$work/import-2.txt")"
timeout 120 "$product/hyoka" import-scores "$work/with-ip.hyoka" "$work/miki-2.csv" >"$work/import-with-ip.txt" 2>&1 ||
	fail "the product with the IP feature did not save 002: $(cat "$work/import-with-ip.txt")"
grep -q '効率性は高い' "$saved" || fail "the import after the reinstall was not saved"
[ "$(ip_content "$work/with-ip.hyoka")" = "$(ip_content "$saved")" ] ||
	fail "the reinstalled product wrote other IP content than the product that never lost the feature"
echo "without IP: installed again from the build's repository, the IP bundles are configured, 002 saved without them gives its IP findings and section again, and it saves the IP content as a product that never lost the feature does"
