#!/usr/bin/env python3
"""Test fragments in shared runs (bundles/org.hyoka.testing.plain, .workbench and .editorrun, docs/building.md
"Tests in shared runs").

    shared_tests.py --check                      fails unless each aggregator's groups (its tycho-surefire-plugin
                                                 executions) are test fragments of its kind (plain ones for
                                                 testing.plain, workbench ones for testing.workbench) that set
                                                 tests.inSharedRun in their poms, each in one group, all of them in
                                                 its dependencies (the reactor's order), no test class in two
                                                 fragments of a group, and each fragment's test packages exported by
                                                 its host or by itself (the aggregator loads them by name); an
                                                 aggregator's execution "japanese" (-nl ja) runs the Japanese*Test
                                                 classes of fragments of its other groups: it holds those whose own
                                                 pom has a japanese execution, and no other
    shared_tests.py --copy MODULE DIR            the checks, then for each GROUP of MODULE the class files of its
                                                 fragments copied into DIR/classes-GROUP, where Surefire finds the
                                                 test classes to run (the execution's testClassesDirectory)

A workbench test fragment holds ui-test-plugin.properties: its tests run in the whole workbench; a plain one does
not. A fragment that does not set tests.inSharedRun runs its tests on its own in every build.
"""
import shutil
import sys
from pathlib import Path
from xml.etree import ElementTree

from architecture import bundles, clauses

AGGREGATORS = ("bundles/org.hyoka.testing.plain", "bundles/org.hyoka.testing.workbench", "bundles/org.hyoka.testing.editorrun")
# the execution that runs the Japanese*Test classes of the other groups' fragments again, with -nl ja
JAPANESE = "japanese"
POM = {"m": "http://maven.apache.org/POM/4.0.0"}


def workbench(folder):
    return (folder / "ui-test-plugin.properties").exists()


def fragments(tree, kind):
    """{name: bundle} of the test fragments that run in a workbench (kind True) or without one."""
    return {name: b for name, b in sorted(tree.items())
            if name.endswith(".tests") and b["host"] and workbench(b["folder"]) == kind}


def shared(b):
    """Whether the fragment's pom asks for its tests to run in a shared run."""
    pom = ElementTree.parse(b["folder"] / "pom.xml").getroot()
    return (pom.findtext("m:properties/m:tests.inSharedRun", namespaces=POM) or "").strip() == "true"


def groups(folder):
    """{execution: [fragment]} of an aggregator's runs, and the fragments its dependencies list."""
    pom = ElementTree.parse(folder / "pom.xml").getroot()
    order = {d.findtext("m:artifactId", namespaces=POM) for d in pom.findall("m:dependencies/m:dependency", POM)}
    runs = {}
    for plugin in pom.findall("m:build/m:plugins/m:plugin", POM):
        if plugin.findtext("m:artifactId", namespaces=POM) == "tycho-surefire-plugin":
            for execution in plugin.findall("m:executions/m:execution", POM):
                runs[execution.findtext("m:id", namespaces=POM)] = [
                    d.findtext("m:artifactId", namespaces=POM)
                    for d in execution.findall("m:configuration/m:dependencies/m:dependency", POM)
                    if d.findtext("m:type", namespaces=POM) == "eclipse-plugin"]
    return runs, order


def runs_japanese(b):
    """Whether the fragment's pom has a japanese execution (org.hyoka.pdf.tests' JapaneseFontTest runs in English)."""
    return JAPANESE in groups(b["folder"])[0]


def exported(b):
    return {clause.split(";")[0].strip() for clause in clauses(b["headers"].get("Export-Package"))}


def problems(root, aggregator, tree, grouped):
    """What is wrong with one aggregator's groups, and {run: {name: bundle}} of them."""
    folder = root / aggregator
    candidates = fragments(tree, workbench(folder))
    runs, order = groups(folder)
    found, mine = [], set()
    for run, names in runs.items():
        if run == JAPANESE:
            continue
        classes = {}
        for name in names:
            where = f"{aggregator}'s {run}"
            if name in grouped:
                found.append(f"{aggregator}/pom.xml: {name} is in both {grouped[name]} and {where}")
            grouped[name] = where
            mine.add(name)
            if name not in candidates:
                kind = "workbench" if workbench(folder) else "plain"
                found.append(f"{aggregator}/pom.xml: {name} in {run} is not a {kind} test fragment")
                continue
            b = candidates[name]
            packages = exported(b) | exported(tree[b["host"]])
            for java in sorted((b["folder"] / "src").rglob("*.java")):
                relative = java.relative_to(b["folder"] / "src")
                package = ".".join(relative.parent.parts)
                if package not in packages:
                    found.append(f"{name}: its package {package} is exported neither by {b['host']} nor by the "
                                 "fragment (add it to the fragment's Export-Package with x-internal:=true)")
                if relative in classes:
                    found.append(f"{run}: {relative} is in both {classes[relative]} and {name}")
                classes[relative] = name
    japanese = set(runs.get(JAPANESE, []))
    for name in sorted(japanese - mine):
        found.append(f"{aggregator}/pom.xml: {name} is in {JAPANESE} but in none of its other groups")
    for name in sorted(mine):
        if name in candidates and runs_japanese(candidates[name]) != (name in japanese):
            found.append(f"{aggregator}/pom.xml: {name} " + (f"has a {JAPANESE} execution of its own but is not in {JAPANESE}"
                         if name not in japanese else f"is in {JAPANESE} but has no {JAPANESE} execution of its own"))
    if order != mine:
        found.append(f"{aggregator}/pom.xml: its dependencies are not the fragments of its groups: "
                     + ", ".join(sorted(order ^ mine)))
    return found, {run: {name: candidates[name] for name in names if name in candidates} for run, names in runs.items()}


def check(root):
    """Every problem of the aggregators, and {module: {run: {name: bundle}}}."""
    tree = bundles(root)
    found, grouped, modules = [], {}, {}
    for aggregator in AGGREGATORS:
        problems_of, runs = problems(root, aggregator, tree, grouped)
        found += problems_of
        modules[Path(aggregator).name] = runs
    for name, b in {**fragments(tree, False), **fragments(tree, True)}.items():
        if shared(b) != (name in grouped):
            found.append(f"{name}: its pom {'sets' if shared(b) else 'does not set'} tests.inSharedRun, but it is "
                         f"{'in ' + grouped[name] if name in grouped else 'in no shared run'}")
    return sorted(set(found)), modules


def copy(plain, target):
    shutil.rmtree(target, ignore_errors=True)
    for name, b in plain.items():
        classes = b["folder"] / "target" / "classes"
        if not classes.is_dir():
            sys.exit(f"shared tests: {classes} is missing: {name} is not built")
        for compiled in classes.rglob("*.class"):
            destination = target / compiled.relative_to(classes)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(compiled, destination)


def main(args):
    root = Path(__file__).resolve().parents[2]
    found, modules = check(root)
    for problem in found:
        print("shared tests: " + problem, file=sys.stderr)
    if found:
        return 1
    if args[:1] == ["--copy"] and len(args) == 3 and args[1] in modules:
        for run, group in modules[args[1]].items():
            copy(group, Path(args[2]) / f"classes-{run}")
    elif args != ["--check"]:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
