#!/usr/bin/env python3
"""The modules of the quick path (./test.sh --quick, docs/developers.md): what changed and its tests.

    quick.py [BASE]    prints the Maven -pl list for the bundles changed since the working tree's branch left BASE
                       (default HEAD: the working tree's changes, untracked files included) and the test fragments that test them; exits 3 when
                       nothing in bundles/ or features/ changed, and 4 when something else did (a pom, the target:
                       only the whole build checks that)

A changed bundle without a test fragment of its own (org.hyoka.edit.ui's widgets) is tested by the fragments of the
bundles that require it or import its packages, where it is used. A test fragment that runs in the workbench
(ui-test-plugin.properties) needs the whole product, so with one of them, or with a changed feature, the list holds
every bundle and feature of the tree but none of the other test fragments; otherwise it holds what the fragments need
by Require-Bundle, Import-Package and Fragment-Host, as far as the tree has it.

    quick.py --self-test   checks the choice of test fragments on this tree
"""
import contextlib
import io
import subprocess
import sys
from pathlib import Path

from architecture import bundles, clauses, features

# changes that no module's build depends on
IGNORED = ("docs/", "README.md", ".ci/", "releng/scripts/", "releng/api/")
# run tests only in the whole build (docs/building.md, "Tests in shared runs")
WHOLE_BUILD_ONLY = ("bundles/org.hyoka.testing.plain/", "bundles/org.hyoka.testing.workbench/", "bundles/org.hyoka.testing.editorrun/")


def changed_files(root, base):
    def git(*args):
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout.split("\n")
    since = git("merge-base", base, "HEAD")[0]
    return {name for name in git("diff", "--name-only", since) + git("ls-files", "--others", "--exclude-standard") if name}


def exporters(tree):
    """{package: bundle} of the tree's Export-Package headers."""
    return {clause.split(";")[0].strip(): name for name, b in tree.items()
            for clause in clauses(b["headers"].get("Export-Package"))}


def needed(tree, start):
    """The bundles of the tree that START needs, START included."""
    packages, found, pending = exporters(tree), set(), list(start)
    while pending:
        name = pending.pop()
        if name in found or name not in tree:
            continue
        found.add(name)
        b = tree[name]
        pending += b["requires"] + [packages[p] for p in b["imports"] if p in packages] + ([b["host"]] if b["host"] else [])
    return found


def tests_of(tree, changed):
    """The test fragments of the changed bundles; of a bundle without one, those of the bundles built on it and the
    fragments that use it themselves (a test-support bundle such as org.hyoka.testing.editor)."""
    packages = exporters(tree)
    fragments = {name: b["host"] for name, b in tree.items() if name.endswith(".tests") and b["host"]}
    tested = set(fragments.values())
    users = {name for name, b in tree.items()
             if any(c not in tested and c in b["requires"] + [packages.get(p) for p in b["imports"]] for c in changed)}
    return {name for name, host in fragments.items() if host in changed or host in users or name in users}


def modules(root, base):
    return choose(root, changed_files(root, base), base)


def choose(root, files, base):
    tree = bundles(root)
    by_folder = {b["folder"].name: name for name, b in tree.items()}
    changed = {by_folder[f.split("/")[1]] for f in files if f.startswith("bundles/") and f.split("/")[1] in by_folder}
    other = sorted(f for f in files if f.startswith(WHOLE_BUILD_ONLY)
                   or not f.startswith(("bundles/", "features/")) and not f.startswith(IGNORED))
    # a changed feature is built with every bundle and feature, as for a test run in the workbench
    feature_changed = any(f.startswith("features/") for f in files)
    if other:
        print("quick path: these changes need the whole build (./test.sh): " + ", ".join(other), file=sys.stderr)
        sys.exit(4)
    if not changed and not feature_changed:
        print("quick path: no bundle changed since " + base, file=sys.stderr)
        sys.exit(3)
    tests = tests_of(tree, changed) | {name for name in changed if name.endswith(".tests")}
    if not tests:
        print("quick path: no test fragment tests " + ", ".join(sorted(changed)) + ": they are built, no test runs", file=sys.stderr)
    in_workbench = any((tree[name]["folder"] / "ui-test-plugin.properties").exists() for name in tests)
    if in_workbench or feature_changed:
        chosen = {name for name, b in tree.items() if not name.endswith(".tests")
                  and f"bundles/{b['folder'].name}/" not in WHOLE_BUILD_ONLY} | tests
        folders = [f"features/{f['folder'].name}" for f in features(root).values()]
    else:
        chosen, folders = needed(tree, changed | tests), []
    return ["targetplatform"] + sorted(f"bundles/{tree[name]['folder'].name}" for name in chosen) + sorted(folders)


def self_test(root):
    def tests(folder):
        return {m for m in choose(root, [f"bundles/{folder}/src/X.java"], "HEAD") if m.endswith(".tests")}
    core, widgets, support = tests("org.hyoka.core"), tests("org.hyoka.edit.ui"), tests("org.hyoka.testing.editor")
    assert core == {"bundles/org.hyoka.core.tests"}, f"a change of the core runs its own fragment alone: {core}"
    assert "bundles/org.hyoka.editor.tests" in widgets and "bundles/org.hyoka.core.tests" not in widgets, \
        f"a change of the editor's widgets runs the fragments of the bundles that use them: {widgets}"
    assert support == {"bundles/org.hyoka.editor.tests", "bundles/org.hyoka.editor.walks.tests"}, \
        f"a change of a test-support bundle runs the fragments that use it: {support}"
    try:
        with contextlib.redirect_stderr(io.StringIO()):  # its message is the case's, not the self-test's
            choose(root, ["docs/developers.md"], "HEAD")
        raise AssertionError("a change of the docs alone builds something")
    except SystemExit as nothing:
        assert nothing.code == 3, f"a change of the docs alone ends with status 3, not {nothing.code}"
    print(f"quick.py self-test: a change of org.hyoka.edit.ui runs {len(widgets)} fragments, of the core its own, of the "
          f"editor's test support the {len(support)} that use it, of the docs none")


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2]
    if sys.argv[1:] == ["--self-test"]:
        self_test(root)
    else:
        print(",".join(modules(root, sys.argv[1] if len(sys.argv) > 1 else "HEAD")))
