#!/bin/sh
# The scaffold's test, run by ./test.sh after the main build: in a copy of this working tree, releng/new-bundle.sh
# creates org.hyoka.example with a UI bundle and a feature of its own; the test then writes into them, as
# docs/developers.md tells a developer to and touching no other bundle, two rules, an exporter, a report section, a
# table of the table formats, a roadmap figure format and a quick fix with its workbench test, and builds offline only
# the new bundles and their feature, against the p2 repository the main build produced (as a partner's bundles are
# built against the published one), running the new bundles' tests (the quick fix's among them). It installs the new
# feature from the copy's site into the main build's product and checks each contribution there: the rule in `hyoka
# validate`, the exporter in `hyoka export`, the section in the HTML report, the table in the CSV and XLSX exports,
# the figure format in `hyoka roadmap`. The
# copy also raises IP Tracking by a micro version and builds it into the same site, the newer repository that
# test-update.sh updates the main build's product from. The copy's build is the release command of docs/partners.md,
# its release site URL (else the copy's site), and makes the product as well: its product unit, put in place of the main
# build's in a copy of that product in WORKDIR/release-product, makes the product built with a release site that
# test-update-ui.sh starts.
# Leaves the copy, the site and the build log in WORKDIR. The product the new feature is installed into is the main
# build's Linux archive, or PRODUCT (the archive or an unpacking of it: unpack-product.sh).
#
#   test-new-bundle.sh [--product PRODUCT] [--release-site URL] WORKDIR [MAVEN_ARGUMENTS...]
set -u
archive= release_site=
while :; do
	case $1 in
	--product) archive=$2 && shift 2 ;;
	--release-site) release_site=$2 && shift 2 ;;
	*) break ;;
	esac
done
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

# What docs/developers.md and docs/extension-points.md tell a developer to write, each into the new bundles alone: two
# rules, an exporter, a report section, a table of the table formats and a roadmap figure format in the headless
# bundle, a quick fix of the second rule in the UI bundle, and the fix's workbench test in the UI bundle's fragment.
bundle=bundles/org.hyoka.example
java=$bundle/src/org/hyoka/example
cat >$java/ProjectCount.java <<'EOF'
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
cat >$java/ProjectNames.java <<'EOF'
package org.hyoka.example;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.rules.Findings;
import org.hyoka.core.rules.RuleChecker;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.program.Project;

/** A project's name with blanks at its start or end, which the UI bundle's quick fix trims. */
public final class ProjectNames implements RuleChecker {
	@Override
	public void check(EObject object, Findings findings) {
		String name = ((Project) object).getNameJa();
		if (name != null && !name.equals(name.strip())) {
			findings.reportAt("EX-02", object, BasePackage.Literals.NAMED__NAME_JA);
		}
	}
}
EOF
printf 'EX-01={0} has {1} projects (example rule)\nEX-02={0}: the name starts or ends with a blank\n' >$java/messages.properties
printf 'EX-01={0}\\u306e\\u30d7\\u30ed\\u30b8\\u30a7\\u30af\\u30c8\\u306f {1} \\u4ef6\nEX-02={0}\\uff1a\\u540d\\u79f0\\u306e\\u524d\\u5f8c\\u306b\\u7a7a\\u767d\\u304c\\u3042\\u308a\\u307e\\u3059\n' >$java/messages_ja.properties
cat >$java/ProjectList.java <<'EOF'
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
# the section's words are the report's, Japanese whatever the user's language
printf 'projects=\\u8ab2\\u984c\\u306e\\u4e00\\u89a7\\uff08\\u4f8b\\uff09\n' >$java/report.properties
cat >$java/ProjectsSection.java <<'EOF'
package org.hyoka.example;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.hyoka.core.report.Vocabulary;
import org.hyoka.export.outline.Block;
import org.hyoka.export.outline.ReportSection;
import org.hyoka.model.EvaluationReport;

/** The program's projects, a row each: its letter and name. */
public final class ProjectsSection implements ReportSection {
	private static final Vocabulary TEXT = Vocabulary.of("org.hyoka.example.report", ProjectsSection.class.getClassLoader());

	@Override
	public List<Block> blocks(EvaluationReport report, EObject target) {
		List<Map.Entry<String, String>> rows = report.getProgram().getProjects().stream()
				.map(project -> Map.entry(Objects.toString(project.getLetterCode(), ""), Objects.toString(project.getNameJa(), ""))).toList();
		return rows.isEmpty() ? List.of()
				: List.of(new Block.Heading(2, TEXT.get("projects"), "example-projects", "example-projects"), Block.Table.overview(rows));
	}
}
EOF
cat >$java/ProjectTable.java <<'EOF'
package org.hyoka.example;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyoka.export.ReportTable;
import org.hyoka.model.EvaluationReport;

/** The program's projects as a table of the CSV and XLSX exports. */
public final class ProjectTable implements ReportTable {
	@Override
	public List<String> header() {
		return List.of("project", "name", "from", "to");
	}

	@Override
	public List<List<Object>> rows(EvaluationReport report, IProgressMonitor monitor) {
		return report.getProgram().getProjects().stream().map(project -> Arrays.<Object> asList(project.getLetterCode(),
				project.getNameJa(), project.getPeriod() == null ? null : project.getPeriod().getStartFY(),
				project.getPeriod() == null ? null : project.getPeriod().getEndFY())).toList();
	}
}
EOF
cat >$java/FigureLabels.java <<'EOF'
package org.hyoka.example;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.hyoka.roadmap.layout.Scene;
import org.hyoka.roadmap.layout.Shape;
import org.hyoka.roadmap.output.FigureWriter;

/** The roadmap figure's words, a line each in the order drawn: what a screen reader or a search finds. */
public final class FigureLabels implements FigureWriter {
	@Override
	public void write(Scene scene, OutputStream out) throws IOException {
		StringBuilder text = new StringBuilder();
		for (Shape shape : scene.shapes()) {
			if (shape instanceof Shape.Text label) {
				text.append(label.whole() != null ? label.whole() : label.text()).append('\n');
			}
		}
		out.write(text.toString().getBytes(StandardCharsets.UTF_8));
	}
}
EOF
ui=bundles/org.hyoka.example.ui
uijava=$ui/src/org/hyoka/example/ui/internal
cat >$uijava/TrimNameFix.java <<'EOF'
package org.hyoka.example.ui.internal;

import java.util.List;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.hyoka.editor.fixes.QuickFix;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.program.Project;

/** EX-02's fix: the project's name without the blanks at its start and end. */
public final class TrimNameFix implements QuickFix {
	private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.hyoka.example.ui.internal.messages");

	@Override
	public List<Fix> fixes(EObject object, EObject holder) {
		if (object instanceof Project project && project.getNameJa() != null) {
			String trimmed = project.getNameJa().strip();
			if (!trimmed.equals(project.getNameJa())) {
				return List.of(new Fix(TEXT.getString("trim"), TEXT.getString("trim.description"), project,
						domain -> SetCommand.create(domain, project, BasePackage.Literals.NAMED__NAME_JA, trimmed)));
			}
		}
		return List.of();
	}
}
EOF
printf 'trim=Trim the name\ntrim.description=Removes the blanks at the start and end of the project'"'"'s name.\n' >$uijava/messages.properties
printf 'trim=\\u540d\\u79f0\\u306e\\u7a7a\\u767d\\u3092\\u53d6\\u308b\ntrim.description=\\u8ab2\\u984c\\u540d\\u306e\\u524d\\u5f8c\\u306e\\u7a7a\\u767d\\u3092\\u53d6\\u308a\\u9664\\u304d\\u307e\\u3059\\u3002\n' >$uijava/messages_ja.properties
cat >bundles/org.hyoka.example.ui.tests/src/org/hyoka/example/ui/internal/TrimNameFixTest.java <<'EOF'
package org.hyoka.example.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.ResourceBundle;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.program.Project;
import org.hyoka.samples.SampleEvaluations;
import org.hyoka.testing.ui.CleanWorkbench;
import org.hyoka.testing.ui.WorkbenchBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A name typed with a trailing blank: the Problems view offers EX-02's fix, which trims it, and Undo takes it back. */
class TrimNameFixTest {

	@RegisterExtension
	final CleanWorkbench clean = new CleanWorkbench();
	private final WorkbenchBot bot = clean.bot();

	@Test
	void theProblemsViewOffersTheFixAndUndoTakesItBack() throws Exception {
		IFile file = SampleEvaluations.install(SampleEvaluations.find("saisei-iryo-2022").orElseThrow(), null);
		EvaluationEditor editor = (EvaluationEditor) bot.openEditor(file);
		Project project = bot.syncCall(() -> editor.report().getProgram().getProjects().get(0));
		String name = project.getNameJa();
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		bot.syncRun(() -> {
			stack.execute(SetCommand.create(editor.getEditingDomain(), project, BasePackage.Literals.NAMED__NAME_JA, name + " "));
			editor.updateMarkers();
		});
		bot.flush();
		IMarker marker = Arrays.stream(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.MESSAGE, "").startsWith("EX-02 ")).findFirst()
				.orElseThrow(() -> new AssertionError("no EX-02 finding for the name with a trailing blank"));
		String label = ResourceBundle.getBundle("org.hyoka.example.ui.internal.messages").getString("trim");
		IMarkerResolution trim = Arrays.stream(bot.syncCall(() -> IDE.getMarkerHelpRegistry().getResolutions(marker)))
				.filter(fix -> fix.getLabel().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("the Problems view offers no \"" + label + "\" for EX-02"));
		bot.syncRun(() -> trim.run(marker));
		bot.flush();
		assertEquals(name, project.getNameJa());
		assertEquals(label, bot.syncCall(() -> stack.getUndoCommand().getLabel()), "Undo names the fix");
		bot.syncRun(stack::undo);
		assertEquals(name + " ", project.getNameJa());
	}
}
EOF
python3 - "$bundle" "$ui" <<'EOF'
import sys
from pathlib import Path
sys.path.insert(0, "releng/scripts")
from versions import Tree, show
bundle, ui = Path(sys.argv[1]), Path(sys.argv[2])
tree = Tree(Path("."))
def requirement(name):
    version = tree.bundles[name]["version"]
    return f'{name};bundle-version="[{show(version)},{version[0] + 1}.0.0)"'
def require(folder, *clauses):
    manifest = folder / "META-INF/MANIFEST.MF"
    manifest.write_text(manifest.read_text().replace("Require-Bundle: ", "Require-Bundle: " + "".join(c + ",\n " for c in clauses), 1))
def contribute(folder, contributions, properties=()):
    plugin = folder / "plugin.xml"
    plugin.write_text(plugin.read_text().replace("</plugin>", contributions + "</plugin>"))
    for name, language in (("plugin.properties", 0), ("plugin_ja.properties", 1)):
        with open(folder / name, "a") as f:
            f.writelines(f"{key} = {values[language]}\n" for key, values in properties)
require(bundle, "org.eclipse.equinox.common", requirement("org.hyoka.export"), requirement("org.hyoka.roadmap"))
contribute(bundle, """   <extension point="org.hyoka.core.rules">
      <ruleSet id="org.hyoka.example.rules" class="org.hyoka.example.ProjectCount" messages="org.hyoka.example.messages">
         <checks type="org.hyoka.model.program.Program"/>
         <rule code="EX-01" number="9901" severity="info"/>
      </ruleSet>
      <ruleSet id="org.hyoka.example.names" class="org.hyoka.example.ProjectNames" messages="org.hyoka.example.messages">
         <checks type="org.hyoka.model.program.Project"/>
         <rule code="EX-02" number="9902" severity="warning"/>
      </ruleSet>
   </extension>
   <extension point="org.hyoka.export.exporters">
      <exporter id="org.hyoka.example.projects" label="%projectsLabel" fileExtension="txt"
            class="org.hyoka.example.ProjectList"/>
   </extension>
   <extension point="org.hyoka.export.sections">
      <section id="org.hyoka.example.projects" scope="report" after="subjects" class="org.hyoka.example.ProjectsSection"/>
   </extension>
   <extension point="org.hyoka.export.tables">
      <table id="org.hyoka.example.projects" label="%projectsTable" title="課題一覧" after="budgets" class="org.hyoka.example.ProjectTable"/>
   </extension>
   <extension point="org.hyoka.roadmap.figureFormats">
      <format id="org.hyoka.example.labels" fileExtension="txt" label="%labelsFormat" class="org.hyoka.example.FigureLabels"/>
   </extension>
""", (("projectsLabel", ("Project list", "\\u30d7\\u30ed\\u30b8\\u30a7\\u30af\\u30c8\\u4e00\\u89a7")),
      ("projectsTable", ("Projects", "\\u8ab2\\u984c\\u4e00\\u89a7")),
      ("labelsFormat", ("Words of the figure (text)", "\\u56f3\\u306e\\u6587\\u5b57\\uff08\\u30c6\\u30ad\\u30b9\\u30c8\\uff09"))))
require(ui, "org.eclipse.emf.edit", requirement("org.hyoka.model"))
contribute(ui, """   <extension point="org.hyoka.editor.quickFixes">
      <fix rule="EX-02" class="org.hyoka.example.ui.internal.TrimNameFix"/>
   </extension>
""")
require(Path(str(ui) + ".tests"), "org.eclipse.ui.ide")
# the feature installs where the features of what its bundles use are installed
feature = Path("features/org.hyoka.example.feature/feature.xml")
imports = "".join(f'      <import feature="{name}" version="{show(tree.features[name]["version"])}" match="compatible"/>\n'
                  for name in ("org.hyoka.export.feature", "org.hyoka.roadmap.feature"))
feature.write_text(feature.read_text().replace("   </requires>", imports + "   </requires>", 1))
EOF
python3 releng/scripts/architecture.py --write >/dev/null
# a fix release of IP Tracking, as docs/versioning.md says to make one: the copy's repository is the newer one that
# test-update.sh updates the main build's product from
python3 releng/scripts/versions.py bump org.hyoka.ip micro >"$work/bump.txt" || fail "versions.py bump failed: $(cat "$work/bump.txt")"
python3 releng/scripts/versions.py --check >/dev/null || fail "after versions.py bump, versions.py --check fails"

# Offline, against the main build's repository: the main build has just filled the local Maven repository.
built=$root/releng/org.hyoka.repository/target/repository
[ -n "$archive" ] || archive=$(ls "$root"/releng/org.hyoka.repository/target/products/hyoka-workbench-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1)
[ -f "$built/artifacts.jar" ] && [ -n "$archive" ] || fail "build the tree first: no repository or Linux product in $root/releng/org.hyoka.repository/target"
python3 - "$built" "$work/bump.txt" <<'EOF' || fail "cannot set up the copy's build"
import re, sys
from pathlib import Path
sys.path.insert(0, "releng/scripts")
from versions import Tree, pom_version
built, tree = Path(sys.argv[1]), Tree(Path("."))
# what versions.py bump raised ("versions: NAME VERSION" a line), and the features holding it, rebuilt to hold it
bumped = [line.split()[1] for line in Path(sys.argv[2]).read_text().splitlines() if line.strip()]
bumped += [name for name, f in tree.features.items() if set(bumped) & set(f["plugins"] + f["includes"])]
# every feature of the tree comes from the built repository with what it needs; the copy's modules override them
units = "".join(f'      <unit id="{name}.feature.group" version="0.0.0"/>\n' for name in sorted(tree.features) if name != "org.hyoka.example.feature")
target = Path("targetplatform/hyoka.target")
target.write_text(target.read_text().replace("  </locations>", f"""    <location type="InstallableUnit" includeMode="slicer" includeAllPlatforms="true" includeSource="false">
      <repository location="{built.as_uri()}"/>
{units}    </location>
  </locations>""", 1))
# the site: the new feature and the raised ones, without what the product has already
site = Path("releng/org.hyoka.example.site")
site.mkdir()
features = ["org.hyoka.example.feature"] + [name for name in bumped if name in tree.features]
# in a category of its own, as docs/partners.md asks of a partner's site: p2's wizard lists a feature of none under
# "Uncategorized"; its label in English and Japanese, as the workbench shows it under -nl ja
(site / "category.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<site>\n'
    + "".join(f'   <feature id="{name}"><category name="org.hyoka.example.tools"/></feature>\n' for name in features)
    + '   <category-def name="org.hyoka.example.tools" label="%tools"/>\n</site>\n')
(site / "site.properties").write_text("tools = Example partner site: its tools and updates\n")
(site / "site_ja.properties").write_text("tools = " + "パートナーサイトの例：ツールと更新".encode("unicode_escape").decode() + "\n")
# a p2 repository module of the copy's releng/, with the build section BUILD
def repository_module(folder, build=""):
    (folder / "pom.xml").write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.hyoka</groupId><artifactId>org.hyoka.releng</artifactId><version>{pom_version(Path("."))}</version></parent>
  <artifactId>{folder.name}</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <packaging>eclipse-repository</packaging>{build}
</project>
""")
repository_module(site)
# the release build's product: the main build's hyoka.product, its application bundle (and the feature holding it)
# built here with the release site, signed as a release is (category.xml makes a module a signed p2 repository),
# for Linux alone; p2's director puts it into a copy of the main build's product (below)
product = Path("releng/org.hyoka.example.product")
product.mkdir()
(product / "hyoka.product").write_text(Path("releng/org.hyoka.repository/hyoka.product").read_text())
(product / "category.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<site>\n   <feature id="org.hyoka.workbench.feature"/>\n</site>\n')
repository_module(product, """
  <build><plugins><plugin>
    <groupId>org.eclipse.tycho</groupId><artifactId>target-platform-configuration</artifactId>
    <configuration><environments><environment><os>linux</os><ws>gtk</ws><arch>x86_64</arch></environment></environments></configuration>
  </plugin></plugins></build>""")
releng = Path("releng/pom.xml")
releng.write_text(releng.read_text().replace("  </modules>", "    <module>org.hyoka.example.site</module>\n    <module>org.hyoka.example.product</module>\n  </modules>", 1))
modules = [str(Path(module["folder"])) for name, module in {**tree.bundles, **tree.features}.items()
           if name.startswith("org.hyoka.example") or name in bumped]
# the UI test support is in no feature, so not in the repository: built here as well; and the application bundle
# with its feature, to hold the release site that the build below names (in the product, not the site)
Path("modules.txt").write_text(",".join(sorted(modules) + [str(site), str(product), "bundles/org.hyoka.testing.ui",
    "bundles/org.hyoka.app", "features/org.hyoka.workbench.feature"]))
EOF
# The copy's build keeps what it fetches from the main build's repository (this tree's bundles under this tree's
# qualifiers) in a local Maven repository of its own, reading everything else from the main one as a read-only tail.
# Kept in the main one, such a jar would be taken by a later build's product instead of the bundle it has just built
# whenever a bundle's bytes changed without a commit touching it, as when a constant of the model it inlines changed.
main_repo=$HOME/.m2/repository
for arg in ${MAVEN_ARGS-} "$@"; do
	case $arg in -Dmaven.repo.local=*) main_repo=${arg#*=} ;; esac
done
# The build is docs/partners.md's commands word for word: with a key (as ./test.sh signs), the partner's ("A
# partner's own feature must be signed"), the build's key, alias and a file holding its password in place of the
# partner's; and the release site's property of the release command ("The update site"), the copy's site in place of
# the project's, which the copy's application bundle must then name.
keystore= alias= storepass=
for arg in "$@"; do
	shift
	case $arg in
	-Dhyoka.sign.keystore=*) keystore=${arg#*=} ;;
	-Dhyoka.sign.alias=*) alias=${arg#*=} ;;
	-Dhyoka.sign.storepass=*) storepass=${arg#*=} ;;
	*) set -- "$@" "$arg" ;;
	esac
done
[ -n "$release_site" ] || release_site=file:$copy/releng/org.hyoka.example.site/target/repository
release=$(sh "$root/releng/scripts/doc-block.sh" release | sed "s|https://download\.hyoka\.org/releases/latest|$release_site|")
case $release in "./mvnw -B verify -D"*) ;; *) fail "docs/partners.md has no release command \"./mvnw -B verify -D…\" marked for this test" ;; esac
build=$release
if [ -n "$keystore" ]; then
	printf %s "$storepass" >"$work/storepass"
	build=$(sh "$root/releng/scripts/doc-block.sh" partner-build | sed -e "s|/secure/partner\.p12|$keystore|" \
		-e "s|-Dhyoka\.sign\.alias=partner |-Dhyoka.sign.alias=$alias |" -e "s|/secure/partner-storepass|$work/storepass|")
	[ -n "$build" ] || fail "docs/partners.md has no partner's build marked for this test"
	build="$build ${release#./mvnw -B verify }"
fi
echo "scaffold test: building the new bundles and the raised IP Tracking in the copy (log: $work/build.log)"
# Maven's JVM with C1 alone: most of this short build is p2 resolving the target platform for the few modules, which
# took a third less processor time so (docs/benchmarks.md, "The site and product tests' scripts"); the whole tree's
# longer build keeps C2
MAVEN_OPTS="${MAVEN_OPTS-} -XX:TieredStopAtLevel=1" sh -c "$build \"\$@\"" sh -o -Dhyoka.prebuilt -pl "$(cat modules.txt)" "$@" \
	"-Dmaven.repo.local=$work/m2" "-Dmaven.repo.local.tail=$main_repo" -Dmaven.repo.local.tail.ignoreAvailability=true >"$work/build.log" 2>&1 ||
	fail "the build of the copy failed: $(grep -E '\[ERROR\]' "$work/build.log" | head -n 20)"
named=$(unzip -p bundles/org.hyoka.app/target/org.hyoka.app-*.jar org/hyoka/app/internal/release-site.properties 2>/dev/null | sed -n 's/^site=//p')
[ "$named" = "$release_site" ] || fail "the copy's org.hyoka.app, built with -Dhyoka.releaseSite=$release_site, names the site \"$named\""
for fragment in org.hyoka.example.tests org.hyoka.example.ui.tests; do
	reports=bundles/$fragment/target/surefire-reports
	ls "$reports"/TEST-*.xml >/dev/null 2>&1 || fail "the tests of $fragment did not run"
	grep -q 'tests="[1-9]' "$reports"/TEST-*.xml || fail "$fragment ran no test"
done
site=$copy/releng/org.hyoka.example.site/target/repository
ls "$site"/plugins/org.hyoka.example_*.jar "$site"/plugins/org.hyoka.ip_*.jar >/dev/null 2>&1 ||
	fail "the copy's site $site lacks the new bundle or the raised IP bundle"
echo "scaffold test: the new bundles built against the main build's repository, their tests ran and passed"

# the new feature installed into the main build's product from the copy's site, as a partner's user installs it
sh "$root/releng/scripts/unpack-product.sh" "$archive" "$work/product" || fail "cannot unpack $archive"
hyoka=$work/product/hyoka-workbench/hyoka
timeout 300 "$hyoka" -nosplash -application org.eclipse.equinox.p2.director -data "$work/director" \
	-repository "file:$site" -installIU org.hyoka.example.feature.feature.group >"$work/install.txt" 2>&1 ||
	fail "the product's director did not install the new feature: $(tail -n 5 "$work/install.txt")"
sample=bundles/org.hyoka.samples/samples/saisei-iryo-2022.hyoka
projects=$(grep -o '<projects ' $sample | wc -l)
out=$(timeout 120 "$hyoka" validate $sample 2>&1)
printf '%s\n' "$out" | grep -q "^INFO	EX-01	.* has $projects projects" || fail "hyoka validate does not show the new rule EX-01: $out"
out=$(timeout 120 "$hyoka" export --list 2>&1) || fail "hyoka export --list failed: $out"
printf '%s\n' "$out" | grep -q "org.hyoka.example.projects" || fail "hyoka export --list does not offer the new exporter: $out"
out=$(timeout 120 "$hyoka" export --format org.hyoka.example.projects $sample -o "$work/projects.txt" 2>&1) || fail "the new exporter failed: $out"
[ "$(wc -l <"$work/projects.txt")" = "$projects" ] || fail "the new exporter wrote $(wc -l <"$work/projects.txt") lines, not $projects"
# the section in the report, a row per project; the table among the CSV export's and the workbook's
out=$(timeout 120 "$hyoka" export --format html $sample -o "$work/report.html" 2>&1) || fail "hyoka export --format html failed: $out"
python3 - "$work/report.html" "$projects" <<'EOF' || fail "the report lacks the new section's table of projects"
import sys, xml.etree.ElementTree as ET
html = ET.parse(sys.argv[1]).getroot()
x = "{http://www.w3.org/1999/xhtml}"
elements = list(html.iter())
heading = next(i for i, e in enumerate(elements) if e.tag in (x + "h2", x + "h3") and "".join(e.itertext()).strip() == "課題の一覧（例）")
table = next(e for e in elements[heading:] if e.tag == x + "table")
assert len(table.findall(f".//{x}tr")) == int(sys.argv[2]), "rows"
EOF
out=$(timeout 120 "$hyoka" export --format csv --option table=org.hyoka.example.projects $sample -o "$work/projects.csv" 2>&1) ||
	fail "the CSV export of the new table failed: $out"
[ "$(head -n 1 "$work/projects.csv" | tr -d '\r')" = "project,name,from,to" ] && [ "$(wc -l <"$work/projects.csv")" = $((projects + 1)) ] ||
	fail "the new table's CSV is not its header and a row per project: $(cat "$work/projects.csv")"
out=$(timeout 120 "$hyoka" export --format xlsx $sample -o "$work/tables.xlsx" 2>&1) || fail "the XLSX export failed: $out"
unzip -p "$work/tables.xlsx" xl/workbook.xml | grep -q 'name="課題一覧"' || fail "the workbook has no sheet 課題一覧 of the new table"
# the roadmap figure in the new format, chosen by the output's extension
out=$(timeout 120 "$hyoka" roadmap $sample -o "$work/figure.txt" --status-date 2024-03-31 2>&1) || fail "hyoka roadmap -o figure.txt failed: $out"
out=$(timeout 120 "$hyoka" roadmap $sample -o "$work/figure.svg" --status-date 2024-03-31 2>&1) || fail "hyoka roadmap -o figure.svg failed: $out"
python3 - "$work/figure.txt" "$work/figure.svg" <<'EOF' || fail "the new figure format's words are not the SVG figure's: $(head -c 300 "$work/figure.txt")"
import sys, xml.etree.ElementTree as ET
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
svg = {"".join(e.itertext()) for e in ET.parse(sys.argv[2]).getroot().iter() if e.tag.endswith("}text") or e.tag.endswith("}title")}
assert len(lines) > 10 and all(line in svg for line in lines), [line for line in lines if line not in svg][:5]
EOF
report=bundles/org.hyoka.example.ui.tests/target/surefire-reports/TEST-org.hyoka.example.ui.internal.TrimNameFixTest.xml
grep -q 'tests="1"' "$report" 2>/dev/null && ! grep -q '<failure\|<error' "$report" ||
	fail "the quick fix's workbench test did not run and pass: $report"
echo "scaffold test: installed from the copy's site, the new feature's rule EX-01 shows in hyoka validate, its exporter exports," \
	"its section and table are in the HTML, CSV and XLSX exports, its figure format draws the roadmap, and its quick fix trims a name"

# The release build's product: the main build's, whose product unit p2's director replaces by the release build's from
# the copy's product repository (its application bundle the one part that differs, the rest from the main build's
# repository), then without the sites the director read, as forget-build-sites.sh leaves the archives: test-update-ui.sh
# starts it and gives it no other site than the one its application bundle names. Its root features stay the main
# build's versions (the release before the copy's site), so that the copy's raised IP Tracking is an update to it. A
# fresh install of the whole product took three times the processor time (docs/benchmarks.md).
release_product=$work/release-product
sh "$root/releng/scripts/unpack-product.sh" "$archive" "$release_product" || fail "cannot unpack $archive"
timeout 300 "$release_product/hyoka-workbench/hyoka" -nosplash -application org.eclipse.equinox.p2.director -data "$work/director" \
	-repository "file:$copy/releng/org.hyoka.example.product/target/repository,file:$built" \
	-uninstallIU org.hyoka.workbench -installIU org.hyoka.workbench >"$work/install-release-product.txt" 2>&1 ||
	fail "the director did not install the release build's product: $(tail -n 5 "$work/install-release-product.txt")"
sh "$root/releng/scripts/forget-build-sites.sh" "$release_product" >/dev/null || fail "cannot take the director's sites out of $release_product"
# run in the installation, the director kept its sites in the profile's settings, which the archive's product has none of
rm -rf "$release_product"/hyoka-workbench/p2/org.eclipse.equinox.p2.engine/profileRegistry/*.profile/.data/.settings ||
	fail "cannot take the director's sites out of $release_product"
# the application bundle the product configures (the main build's stays in plugins/ beside it)
app=$(sed -n 's/^org\.hyoka\.app,[^,]*,\([^,]*\),.*/\1/p' "$release_product/hyoka-workbench/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info")
named=$(unzip -p "$release_product/hyoka-workbench/$app" org/hyoka/app/internal/release-site.properties 2>/dev/null | sed -n 's/^site=//p')
[ "$named" = "$release_site" ] || fail "the release build's installed product names the release site \"$named\", not $release_site"
echo "scaffold test: the release build's product, installed in $release_product, names the release site $release_site"
