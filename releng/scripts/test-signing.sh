#!/bin/sh
# What the product's p2 does with content that is not signed by the build's key (docs/partners.md, "Signed content"):
# the product's configuration sets eclipse.p2.unsignedPolicy=fail, and its headless director refuses to install a
# feature from a site whose jars are unsigned, with exit status 13 and p2's message, installing nothing; the same
# feature signed by a partner's own key, which the product has never seen, is refused when -trustedCertificates lists
# other fingerprints only, and installed when it lists the partner's or (p2's default for the director) when the option
# is not given. After a refusal p2 takes the refused (unsigned) jars it left in plugins/ again: the signed site's
# feature is refused in that product too, and installed with the administrator's override of docs/partners.md. The sites
# are copies of SITE (a partner's site: the scaffold test's) with their signatures taken off, and signed again by a
# throw-away partner key; their artifacts.xml is written again with the new sizes and checksums. Leaves its files in
# WORKDIR.
#
#   test-signing.sh PRODUCT_ARCHIVE|UNPACKED_PRODUCT SITE WORKDIR
set -u
archive=$1
site=$2
work=$3
scripts=$(cd "$(dirname "$0")" && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
keytool=${JAVA_HOME:+$JAVA_HOME/bin/}keytool
feature=org.hyoka.example.feature.feature.group
# the tests' VM arguments (the JIT's), without a policy of their own: the product's is the one tried
HYOKA_VMARGS=$(printf '%s\n' "${HYOKA_VMARGS:-}" | sed 's/-Declipse\.p2\.unsignedPolicy=[^ ]*//g')
export HYOKA_VMARGS

fail() {
	echo "signing test: $*" >&2
	exit 1
}

rm -rf "$work" && mkdir -p "$work" || exit 1
work=$(cd "$work" && pwd)

# copy SITE to DEST without the jars' signatures (with --keep-jars: DEST is SITE and keeps its jars), and write
# DEST's artifacts.xml with the jars' sizes and checksums as they are now
site_copy() { # SITE DEST [--keep-jars]
	python3 - "$@" <<'EOF'
import hashlib, lzma, re, shutil, sys, zipfile
from pathlib import Path
source, dest = Path(sys.argv[1]), Path(sys.argv[2])
if "--keep-jars" not in sys.argv:
    shutil.copytree(source, dest)
    signature = re.compile(r"META-INF/[^/]+\.(SF|RSA|DSA|EC)", re.I)
    for jar in [*dest.glob("plugins/*.jar"), *dest.glob("features/*.jar")]:
        with zipfile.ZipFile(jar) as old, zipfile.ZipFile(jar.with_suffix(".new"), "w") as new:
            for entry in old.infolist():
                if not signature.fullmatch(entry.filename):
                    new.writestr(entry, old.read(entry))
        jar.with_suffix(".new").replace(jar)
metadata = dest / "artifacts.xml"
if (dest / "artifacts.xml.xz").exists():
    text = lzma.open(dest / "artifacts.xml.xz").read().decode()
elif (dest / "artifacts.jar").exists():
    text = zipfile.ZipFile(dest / "artifacts.jar").read("artifacts.xml").decode()
else:
    text = metadata.read_text()
folders = {"osgi.bundle": "plugins", "org.eclipse.update.feature": "features"}
def rewrite(artifact):
    folder = folders.get(artifact.group(1))
    if folder is None:
        return artifact.group(0)
    data = (dest / folder / f"{artifact.group(2)}_{artifact.group(3)}.jar").read_bytes()
    def value(prop):
        name = prop.group(1)
        if name.endswith(".size"):
            return f"<property name='{name}' value='{len(data)}'/>"
        algorithm = name.rsplit(".", 1)[1].replace("-", "")
        return f"<property name='{name}' value='{hashlib.new(algorithm, data).hexdigest()}'/>"
    return re.sub(r"<property name='((?:artifact|download)\.size|download\.checksum\.[a-z0-9-]+)' value='[^']*'/>", value, artifact.group(0))
text = re.sub(r"<artifact classifier='([^']+)' id='([^']+)' version='([^']+)'>.*?</artifact>", rewrite, text, flags=re.S)
for old in ("artifacts.xml.xz", "artifacts.jar"):
    (dest / old).unlink(missing_ok=True)
metadata.write_text(text)
(dest / "p2.index").write_text("version=1\nmetadata.repository.factory.order=content.xml.xz,content.xml,content.jar,!\n"
                               "artifact.repository.factory.order=artifacts.xml,!\n")
EOF
}
site_copy "$site" "$work/unsigned-site" || fail "cannot make an unsigned copy of $site"
"$keytool" -genkeypair -keystore "$work/partner-key.p12" -storetype PKCS12 -storepass partner -alias partner -keyalg EC \
	-validity 2 -dname "CN=Example partner throw-away test key, OU=Evaluation tools, O=Example partner" 2>/dev/null || fail "keytool cannot make the partner's key"
fingerprint=$("$keytool" -list -v -keystore "$work/partner-key.p12" -storepass partner -alias partner |
	sed -n 's/^[[:space:]]*SHA256: //p' | tr -d : | tr 'A-F' 'a-f')
[ -n "$fingerprint" ] || fail "cannot read the fingerprint of the partner's key"
# signed with the flags the build signs its repository with (root pom: less processor time for a short run)
{ cp -r "$work/unsigned-site" "$work/partner-site" &&
	"$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$scripts/SignJars.java" "$work/partner-key.p12" partner partner "$work/partner-site/plugins" "$work/partner-site/features" >/dev/null &&
	site_copy "$work/partner-site" "$work/partner-site" --keep-jars; } || fail "cannot sign a copy of $site with the partner's key"

unpack() { # NAME: a product of its own in WORKDIR/NAME
	sh "$scripts/unpack-product.sh" "$archive" "$work/$1" || fail "cannot unpack $archive"
	grep -qx 'eclipse.p2.unsignedPolicy=fail' "$work/$1/hyoka-workbench/configuration/config.ini" ||
		fail "the product's config.ini does not set eclipse.p2.unsignedPolicy=fail"
}
# in English whatever the machine's locale, as the messages checked are p2's English ones (the language pack has them
# in Japanese)
director() { # PRODUCT LOG SITE [OPTIONS...]: the product's director installs the example feature from SITE
	product=$1 log=$work/$2.txt repository=$3
	shift 3
	timeout 300 "$work/$product/hyoka-workbench/hyoka" -nosplash -nl en -application org.eclipse.equinox.p2.director \
		-data "$work/$product-director" -repository "file:$repository" -installIU $feature "$@" >"$log" 2>&1
}
installed() { # PRODUCT: whether the product's configuration starts the example feature's bundle
	grep -q '^org\.hyoka\.example,' "$work/$1/hyoka-workbench/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
}
refused() { # PRODUCT LOG MESSAGE: the director's run ended with 13 and MESSAGE, and installed nothing
	[ "$status" = 13 ] || fail "$2: the director's exit status is $status, not 13: $(tail -n 5 "$work/$2.txt")"
	grep -qF "$3" "$work/$2.txt" || fail "$2: the director did not say \"$3\": $(tail -n 5 "$work/$2.txt")"
	! installed "$1" || fail "$2: the director refused, but the product's configuration has the example bundle"
}

# a product each: a refused install leaves the jars it fetched in plugins/, and p2 would take those (unsigned) again
unpack unsigned
status=0 && director unsigned unsigned "$work/unsigned-site" || status=$?
refused unsigned unsigned "Installing unsigned artifacts is not permitted"
# line for line what docs/partners.md shows of that refusal, the example's names and version in place of the partner's
# and "..." for what varies (the folders, the other jars, the log's number)
version() { # FOLDER ID: the version of the site's jar
	ls "$work/unsigned-site/$1" | sed -n "s/^$2_\(.*\)\.jar\$/\1/p"
}
shown=$(sh "$scripts/doc-block.sh" refused |
	sed -e "s/org\.example\.partner_1\.0\.0\.v20261201-1200/org.hyoka.example_$(version plugins 'org\.hyoka\.example')/g" \
		-e "s/1\.0\.0\.v20261201-1200/$(version features 'org\.hyoka\.example\.feature')/g" -e 's/org\.example\.partner/org.hyoka.example/g')
[ -n "$shown" ] || fail "docs/partners.md has no block \"refused\" marked for this test"
printf '%s\n' "$shown" | python3 -c '
import re, sys
def pattern(text):
    return ".*".join(map(re.escape, text.split("...")))
def ordered(s, p):
    # p2 lists the refused artifacts as a set, in no fixed order: those the block names go first, in its order
    shown_list, printed_list = re.search(r"\[(.*)\]", s), re.search(r"\[(.*)\]", p)
    if not shown_list or not printed_list:
        return p
    items = printed_list.group(1).split(", ")
    named = [i for w in shown_list.group(1).split(", ") if w != "..." for i in items if re.fullmatch(pattern(w), i)]
    rest = [i for i in items if i not in named]
    return p[:printed_list.start(1)] + ", ".join(named + rest) + p[printed_list.end(1):]
shown = sys.stdin.read().splitlines()
printed = open(sys.argv[1], encoding="utf-8").read().rstrip("\n").splitlines()  # without the empty line it ends with
wrong = [(s, p) for s, p in zip(shown, printed) if not re.fullmatch(pattern(s), ordered(s, p))]
if len(shown) != len(printed) or wrong:
    sys.exit("%d lines shown, %d printed; first that differs: %r against %r" % (len(shown), len(printed), *(wrong or [("", "")])[0]))
' "$work/unsigned.txt" || fail "the director's refusal is not what docs/partners.md shows (\"What the product refuses\")"
# what docs/partners.md warns of: p2 takes the refused jars from plugins/ again, even from a site that has them signed
status=0 && director unsigned unsigned-again "$work/partner-site" || status=$?
refused unsigned unsigned-again "Installing unsigned artifacts is not permitted"
# the administrator's override that docs/partners.md gives ("What the product refuses"), word for word with the unsigned
# site and its feature in place of the partner's: that product then installs the unsigned feature
text=$(sh "$scripts/doc-block.sh" allow-unsigned | sed -e "s|https://partner\.example\.go\.jp/hyoka-addons|file:$work/unsigned-site|" \
	-e "s|org\.example\.partner\.feature|org.hyoka.example.feature|")
[ -n "$text" ] || fail "docs/partners.md has no block \"allow-unsigned\" marked for this test"
(cd "$work/unsigned" && timeout 300 sh -e -c "$text") >"$work/allowed.txt" 2>&1 ||
	fail "the override of docs/partners.md did not install the unsigned feature: $(tail -n 5 "$work/allowed.txt")"
installed unsigned || fail "the override of docs/partners.md ran, but the product's configuration lacks the example bundle"
unzip -l "$work"/unsigned/hyoka-workbench/plugins/org.hyoka.example_*.jar | grep -q 'META-INF/[^/]*\.SF' &&
	fail "with the override the product installed a signed org.hyoka.example, not the unsigned one"
unpack product
status=0 && director product other-certificate "$work/partner-site" -trustedCertificates 0000 || status=$?
refused product other-certificate "One or more unanchored certificates are rejected"
director product partner "$work/partner-site" || fail "the director did not install the feature signed by the partner's key: $(tail -n 5 "$work/partner.txt")"
installed product || fail "the director said it installed the partner's feature, but its bundle is not in the product"
unzip -l "$work"/product/hyoka-workbench/plugins/org.hyoka.example_*.jar | grep -q 'META-INF/PARTNER\.SF' ||
	fail "the installed org.hyoka.example is not the one signed by the partner's key"
# the managed desktop's command of docs/partners.md, word for word with the partner's site, feature and fingerprint
# in place of the page's
unpack trusting
text=$(sh "$scripts/doc-block.sh" trusted-certificates | sed -e "s|https://partner\.example\.go\.jp/hyoka-addons|file:$work/partner-site|" \
	-e "s|org\.example\.partner\.feature|org.hyoka.example.feature|" -e "s|-trustedCertificates [0-9a-f]\{64\}|-trustedCertificates $fingerprint|")
[ -n "$text" ] || fail "docs/partners.md has no block \"trusted-certificates\" marked for this test"
(cd "$work/trusting" && timeout 300 sh -e -c "$text") >"$work/trusted.txt" 2>&1 ||
	fail "the director did not install the feature signed by the certificate it was told to trust: $(tail -n 5 "$work/trusted.txt")"
installed trusting || fail "the director said it installed the trusted feature, but its bundle is not in the product"
echo "signing test: the product's director refused the unsigned feature (exit 13, printing what docs/partners.md shows), and again from the signed site while" \
	"its refused jars were in plugins/, installed it with docs/partners.md's override, refused the partner's key when" \
	"told to trust another, and installed the feature" \
	"signed by the partner's key by default and with docs/partners.md's -trustedCertificates naming that key"
