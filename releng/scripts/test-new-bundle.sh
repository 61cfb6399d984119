#!/bin/sh
# The scaffold's test, run by ./test.sh after the main build: in a copy of this working tree, releng/new-bundle.sh
# creates org.hyoka.example with a UI bundle and a feature of its own; the test then writes a small rule and an
# exporter into it, as docs/developers.md tells a developer to, builds the copy offline as ./test.sh does (running
# only the new bundles' tests, the others ran in the main build), and checks the copy's product: the rule fires in
# `hyoka validate` and `hyoka export --list` offers the exporter. The copy also raises IP Tracking by a micro version,
# for test-update.sh. Leaves the copy and the build log in WORKDIR.
#
#   test-new-bundle.sh WORKDIR [MAVEN_ARGUMENTS...]
set -u
work=$1
shift
root=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$work" && mkdir -p "$work/repository" || exit 1
work=$(cd "$work" && pwd) # the test works inside the copy
copy=$work/repository

fail() {
	echo "scaffold test: $*" >&2
	exit 1
}

# the working tree as it is, without build output or anything else git ignores
(cd "$root" && git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf -) |
	tar -xf - -C "$copy" 2>/dev/null || fail "cannot copy $root"
cd "$copy" || exit 1
# the build takes its qualifiers from git, as in a clone
git init -q && git add -A && git -c user.name=scaffold-test -c user.email=scaffold-test@localhost commit -qm copy ||
	fail "cannot make the copy a git repository"

sh releng/new-bundle.sh org.hyoka.example --ui --label "Example checks" --label-ja "検査の例" >"$work/scaffold.txt" ||
	fail "releng/new-bundle.sh failed: $(cat "$work/scaffold.txt")"
sh releng/new-bundle.sh org.hyoka.example >/dev/null 2>&1 && fail "new-bundle.sh created org.hyoka.example twice"
python3 releng/scripts/architecture.py --check >/dev/null || fail "after the scaffold, docs/architecture.md is stale"

# A rule and an exporter, the way docs/developers.md describes them.
bundle=bundles/org.hyoka.example
cat >$bundle/src/org/hyoka/example/ProjectCount.java <<'EOF'
package org.hyoka.example;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.model.program.Program;

public final class ProjectCount implements RuleChecker {
	@Override
	public void check(EObject object, Findings findings) {
		findings.report("EX-01", object, ((Program) object).getProjects().size());
	}
}
EOF
printf 'EX-01={0} has {1} projects (example rule)\n' >$bundle/src/org/hyoka/example/messages.properties
printf 'EX-01={0}\\u306e\\u30d7\\u30ed\\u30b8\\u30a7\\u30af\\u30c8\\u306f {1} \\u4ef6\n' >$bundle/src/org/hyoka/example/messages_ja.properties
cat >$bundle/src/org/hyoka/example/ProjectList.java <<'EOF'
package org.hyoka.example;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyoka.export.ExportOptions;
import org.hyoka.export.Exporter;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.Project;

public final class ProjectList implements Exporter {
	@Override
	public void export(EvaluationReport report, ExportOptions options, IProgressMonitor monitor, OutputStream out)
			throws IOException {
		StringBuilder text = new StringBuilder();
		for (Project project : report.getProgram().getProjects()) {
			text.append(project.getLetterCode()).append(' ').append(project.getNameJa()).append('\n');
		}
		out.write(text.toString().getBytes(StandardCharsets.UTF_8));
	}
}
EOF
python3 - "$bundle" <<'EOF'
import sys
from pathlib import Path
sys.path.insert(0, "releng/scripts")
from versions import Tree, show
bundle = Path(sys.argv[1])
export = Tree(Path(".")).bundles["org.hyoka.export"]["version"]
contributions = """   <extension point="org.hyoka.core.rules">
      <ruleSet id="org.hyoka.example.rules" class="org.hyoka.example.ProjectCount" messages="org.hyoka.example.messages">
         <checks type="org.hyoka.model.program.Program"/>
         <rule code="EX-01" number="9901" severity="info"/>
      </ruleSet>
   </extension>
   <extension point="org.hyoka.export.exporters">
      <exporter id="org.hyoka.example.projects" label="%projectsLabel" fileExtension="txt"
            class="org.hyoka.example.ProjectList"/>
   </extension>
"""
manifest = bundle / "META-INF/MANIFEST.MF"
manifest.write_text(manifest.read_text().replace("Require-Bundle: ",
    f'Require-Bundle: org.eclipse.equinox.common,\n org.hyoka.export;bundle-version="[{show(export)},{export[0] + 1}.0.0)",\n '))
plugin = bundle / "plugin.xml"
plugin.write_text(plugin.read_text().replace("</plugin>", contributions + "</plugin>"))
for name, label in (("plugin.properties", "Project list"), ("plugin_ja.properties", "\\u30d7\\u30ed\\u30b8\\u30a7\\u30af\\u30c8\\u4e00\\u89a7")):
    with open(bundle / name, "a") as f:
        f.write(f"projectsLabel = {label}\n")
EOF
python3 releng/scripts/architecture.py --write >/dev/null
# a fix release of IP Tracking, as docs/versioning.md says to make one: the copy's repository is the newer one that
# test-update.sh updates the main build's product from
python3 releng/scripts/versions.py bump org.hyoka.ip micro >"$work/bump.txt" || fail "versions.py bump failed: $(cat "$work/bump.txt")"
python3 releng/scripts/versions.py --check >/dev/null || fail "after versions.py bump, versions.py --check fails"

# Offline: the main build has just filled the local repository. Only the new bundles' tests run here.
echo "scaffold test: building the copy with org.hyoka.example (log: $work/build.log)"
./mvnw -B -o verify -Dtest='org/hyoka/example/**/*Test' -Dtests.failIfNone=false -Dsurefire.failIfNoSpecifiedTests=false \
	-DsmokeTest.skip=true "$@" >"$work/build.log" 2>&1 ||
	fail "the build of the copy failed: $(grep -E '\[ERROR\]' "$work/build.log" | head -n 20)"
for fragment in org.hyoka.example.tests org.hyoka.example.ui.tests; do
	reports=bundles/$fragment/target/surefire-reports
	ls "$reports"/TEST-*.xml >/dev/null 2>&1 || fail "the tests of $fragment did not run"
	grep -q 'tests="[1-9]' "$reports"/TEST-*.xml || fail "$fragment ran no test"
done
echo "scaffold test: the new bundles built, their tests ran and passed"

archive=$(ls releng/org.hyoka.repository/target/products/hyoka-workbench-*linux*gtk*x86_64*.tar.gz 2>/dev/null | head -n 1)
[ -n "$archive" ] || fail "the copy built no Linux product"
mkdir -p "$work/product" && tar -xzf "$archive" -C "$work/product" || fail "cannot unpack $archive"
hyoka=$work/product/hyoka-workbench/hyoka
sample=bundles/org.hyoka.samples/samples/saisei-iryo-2022.hyoka
projects=$(grep -o '<projects ' $sample | wc -l)
out=$(timeout 120 "$hyoka" validate $sample 2>&1)
printf '%s\n' "$out" | grep -q "^INFO	EX-01	.* has $projects projects" || fail "hyoka validate does not show the new rule EX-01: $out"
out=$(timeout 120 "$hyoka" export --list 2>&1) || fail "hyoka export --list failed: $out"
printf '%s\n' "$out" | grep -q "org.hyoka.example.projects" || fail "hyoka export --list does not offer the new exporter: $out"
out=$(timeout 120 "$hyoka" export --format org.hyoka.example.projects $sample -o "$work/projects.txt" 2>&1) || fail "the new exporter failed: $out"
[ "$(wc -l <"$work/projects.txt")" = "$projects" ] || fail "the new exporter wrote $(wc -l <"$work/projects.txt") lines, not $projects"
echo "scaffold test: the product built from the copy shows rule EX-01 in hyoka validate and exports with the new exporter"
