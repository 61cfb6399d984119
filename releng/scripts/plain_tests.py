#!/usr/bin/env python3
"""The plain tests in shared runs (bundles/org.hyoka.testing.plain, docs/building.md "Plain tests in shared runs").

    plain_tests.py --check             fails unless the groups of the aggregator's pom (its tycho-surefire-plugin
                                       executions) are plain test fragments that set tests.inSharedRun in their poms,
                                       each in one group, all of them in its dependencies (the reactor's order), no
                                       test class in two fragments of a group, and each fragment's test packages
                                       exported by its host or by itself (the aggregator loads them by name)
    plain_tests.py --copy GROUP DIR    the checks, then the class files of GROUP's fragments copied into DIR, where
                                       Surefire finds the test classes to run (the execution's testClassesDirectory)

A plain test fragment is a bundles/*.tests fragment without ui-test-plugin.properties: it needs no workbench. One
that does not set tests.inSharedRun runs its tests on its own in every build.
"""
import shutil
import sys
from pathlib import Path
from xml.etree import ElementTree

from architecture import bundles, clauses

AGGREGATOR = "bundles/org.hyoka.testing.plain"
POM = {"m": "http://maven.apache.org/POM/4.0.0"}


def fragments(tree):
    """{name: bundle} of the plain test fragments."""
    return {name: b for name, b in sorted(tree.items())
            if name.endswith(".tests") and b["host"] and not (b["folder"] / "ui-test-plugin.properties").exists()}


def shared(b):
    """Whether the fragment's pom asks for its tests to run in a shared run."""
    pom = ElementTree.parse(b["folder"] / "pom.xml").getroot()
    return (pom.findtext("m:properties/m:tests.inSharedRun", namespaces=POM) or "").strip() == "true"


def groups(root):
    """{execution: [fragment]} of the aggregator's runs, and the fragments its dependencies list."""
    pom = ElementTree.parse(root / AGGREGATOR / "pom.xml").getroot()
    order = {d.findtext("m:artifactId", namespaces=POM) for d in pom.findall("m:dependencies/m:dependency", POM)}
    runs = {}
    for plugin in pom.findall("m:build/m:plugins/m:plugin", POM):
        if plugin.findtext("m:artifactId", namespaces=POM) == "tycho-surefire-plugin":
            for execution in plugin.findall("m:executions/m:execution", POM):
                runs[execution.findtext("m:id", namespaces=POM)] = [
                    d.findtext("m:artifactId", namespaces=POM)
                    for d in execution.findall("m:configuration/m:dependencies/m:dependency", POM)]
    return runs, order


def exported(b):
    return {clause.split(";")[0].strip() for clause in clauses(b["headers"].get("Export-Package"))}


def problems(root):
    tree = bundles(root)
    plain = fragments(tree)
    runs, order = groups(root)
    found, grouped = [], {}
    for run, names in runs.items():
        classes = {}
        for name in names:
            if name in grouped:
                found.append(f"{AGGREGATOR}/pom.xml: {name} is in both {grouped[name]} and {run}")
            grouped[name] = run
            if name not in plain:
                found.append(f"{AGGREGATOR}/pom.xml: {name} in {run} is not a plain test fragment")
                continue
            b = plain[name]
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
    for name, b in plain.items():
        if shared(b) != (name in grouped):
            found.append(f"{name}: its pom {'sets' if shared(b) else 'does not set'} tests.inSharedRun, but it is "
                         f"{'in a' if name in grouped else 'in no'} group of {AGGREGATOR}/pom.xml")
    if order != set(grouped):
        found.append(f"{AGGREGATOR}/pom.xml: its dependencies are not the fragments of its groups: "
                     + ", ".join(sorted(order ^ set(grouped))))
    return sorted(set(found)), {run: {name: plain[name] for name in names if name in plain} for run, names in runs.items()}


def copy(plain, target):
    shutil.rmtree(target, ignore_errors=True)
    for name, b in plain.items():
        classes = b["folder"] / "target" / "classes"
        if not classes.is_dir():
            sys.exit(f"plain tests: {classes} is missing: {name} is not built")
        for compiled in classes.rglob("*.class"):
            destination = target / compiled.relative_to(classes)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(compiled, destination)


def main(args):
    root = Path(__file__).resolve().parents[2]
    found, runs = problems(root)
    for problem in found:
        print("plain tests: " + problem, file=sys.stderr)
    if found:
        return 1
    if args[:1] == ["--copy"] and len(args) == 3 and args[1] in runs:
        copy(runs[args[1]], Path(args[2]))
    elif args != ["--check"]:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
