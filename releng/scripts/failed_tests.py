#!/usr/bin/env python3
"""The tests that failed in this tree's last build, a few lines each (test.sh prints them when the build fails).

    failed_tests.py [--newer FILE] [ROOT]
                               reads every target/surefire-reports*/TEST-*.xml under ROOT (default: the working
                               directory), only those written after FILE with --newer (an earlier build's are not this
                               one's), and prints each failed or broken test: module, class and method, the message's
                               first lines and the test's own frames; and each test runtime of this build that ended
                               without a result for every class it was given (GTK aborting the process, say), with the
                               first class left, which was running; exits 1 when it printed any, 0 when none failed
    failed_tests.py --self-test

A build's log is long and CI keeps its end only: Maven's summary names the module that failed, not the test.
"""
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

MESSAGE_LINES = 6
OWN_FRAMES = 4


def failures(root, newer=0):
    """(module, class, method, kind, message, trace) of each test the reports written after NEWER (a time) call failed
    or broken."""
    found = []
    for report in sorted(Path(root).glob("**/target/surefire-reports*/TEST-*.xml")):
        if report.stat().st_mtime <= newer:
            continue
        try:
            suite = ET.parse(report).getroot()
        except ET.ParseError as e:
            found.append((report.parts[-4], report.name, "", "unreadable report", str(e), ""))
            continue
        for case in suite.iter("testcase"):
            for problem in list(case):
                if problem.tag in ("failure", "error"):
                    found.append((report.parts[-4], case.get("classname", ""), case.get("name", ""), problem.tag,
                                  problem.get("message") or "", problem.text or ""))
    return found


def unfinished(root, newer=0):
    """(module, class, "unfinished", count, "") of each test runtime started after NEWER (its target/surefire.properties,
    which Tycho writes before the launch and which lists the run's classes in their order) that wrote no report for
    some of them: the first of those was running when the runtime ended."""
    found = []
    for properties in sorted(Path(root).glob("**/target/surefire.properties")):
        if properties.stat().st_mtime <= newer:
            continue
        settings = dict(line.split("=", 1) for line in properties.read_text(encoding="utf-8").splitlines() if "=" in line)
        classes = [value for key, value in settings.items() if key.startswith("__provider.tc.")]
        reports = Path(settings.get("reportsdirectory", properties.parent / "surefire-reports"))
        compiled = Path(settings.get("testclassesdirectory", properties.parent / "classes"))
        classes = [c for c in classes if has_tests(compiled / (c.replace(".", "/") + ".class"))]
        left = [c for c in classes if not (reports / f"TEST-{c}.xml").exists() or (reports / f"TEST-{c}.xml").stat().st_mtime <= newer]
        if left:
            found.append((properties.parts[-3], left[0], "", "unfinished",
                          f"no result for it{f' or the {len(left) - 1} after it' if len(left) > 1 else ''}, of the run's "
                          f"{len(classes)} classes: the test runtime ended while it ran (the log above the summary says how)", ""))
    return found


# a class the include patterns take (Test*, *Test) that holds no test, a helper, gets no report
TEST_ANNOTATION = re.compile(rb"Lorg/junit/(jupiter/api/(Test|RepeatedTest|TestFactory|TestTemplate)|jupiter/params/ParameterizedTest|Test);")


def has_tests(class_file):
    """Whether the compiled class declares a test method; true where the file cannot be read."""
    try:
        return TEST_ANNOTATION.search(class_file.read_bytes()) is not None
    except OSError:
        return True


def summary(found):
    lines = []
    for module, cls, method, kind, message, trace in found:
        lines.append(f"{kind.upper()} {module}: {cls}{'.' + method if method else ''}")
        lines += ["    " + line for line in message.strip().splitlines()[:MESSAGE_LINES]]
        # the frames of the test's own code say which step failed; the framework's say nothing new
        own = [line.strip() for line in trace.splitlines()
               if line.strip().startswith("at org.hyoka.") and not line.strip().startswith("at org.hyoka.testing.")]
        lines += ["      " + line for line in own[:OWN_FRAMES]]
    return lines


def self_test():
    with tempfile.TemporaryDirectory() as tmp:
        reports = Path(tmp, "bundles", "x.tests", "target", "surefire-reports")
        reports.mkdir(parents=True)
        (reports / "TEST-x.ATest.xml").write_text(
            '<testsuite name="x.ATest"><testcase classname="x.ATest" name="passes"/>'
            '<testcase classname="x.ATest" name="fails()"><failure message="expected: &lt;1&gt; but was: &lt;2&gt;"'
            ' type="AssertionFailedError">org.opentest4j.AssertionFailedError\n'
            '\tat org.junit.Assert.fail(Assert.java:1)\n\tat org.hyoka.testing.ui.Bot.x(Bot.java:2)\n'
            '\tat org.hyoka.x.ATest.fails(ATest.java:42)\n</failure></testcase></testsuite>', encoding="utf-8")
        (reports / "TEST-x.Broken.xml").write_text("<testsuite", encoding="utf-8")
        properties = reports.parent / "surefire.properties"
        classes = reports.parent / "classes" / "x"
        classes.mkdir(parents=True)
        for name in ("ATest", "BTest", "CTest"):
            (classes / f"{name}.class").write_bytes(b"\xca\xfe\xba\xbe..Lorg/junit/jupiter/api/Test;..")
        (classes / "TestStorage.class").write_bytes(b"\xca\xfe\xba\xbe..Lorg/junit/jupiter/api/Assertions;..")
        properties.write_text(f"__provider.tc.0=x.ATest\n__provider.tc.1=x.BTest\n__provider.tc.2=x.CTest\n"
                              f"__provider.tc.3=x.TestStorage\nreportsdirectory={reports}\n"
                              f"testclassesdirectory={reports.parent / 'classes'}\n", encoding="utf-8")
        lines = summary(unfinished(tmp))
        assert lines[0] == "UNFINISHED x.tests: x.BTest", lines
        assert "no result for it or the 1 after it, of the run's 3 classes" in lines[1], lines
        for name in ("x.BTest", "x.CTest"):
            (reports / f"TEST-{name}.xml").write_text('<testsuite/>', encoding="utf-8")
        assert summary(unfinished(tmp)) == []
        properties.unlink()
        lines = summary(failures(tmp))
        assert lines[0] == "FAILURE x.tests: x.ATest.fails()", lines
        assert lines[1] == "    expected: <1> but was: <2>", lines
        assert lines[2] == "      at org.hyoka.x.ATest.fails(ATest.java:42)", lines
        assert lines[3].startswith("UNREADABLE REPORT x.tests: TEST-x.Broken.xml"), lines
        assert len(lines) == 5, lines
        (reports / "TEST-x.Broken.xml").unlink()
        (reports / "TEST-x.ATest.xml").write_text('<testsuite><testcase classname="x.ATest" name="passes"/></testsuite>')
        assert summary(failures(tmp)) == []
        (reports / "TEST-x.ATest.xml").write_text('<testsuite><testcase classname="x.ATest" name="f"><error/></testcase></testsuite>')
        assert len(summary(failures(tmp))) == 1
        assert summary(failures(tmp, newer=(reports / "TEST-x.ATest.xml").stat().st_mtime)) == []
    print("failed_tests.py: self-test passed")


def main(args):
    if args == ["--self-test"]:
        self_test()
        return 0
    newer = 0
    if args[:1] == ["--newer"]:
        newer, args = Path(args[1]).stat().st_mtime, args[2:]
    root = args[0] if args else "."
    lines = summary(failures(root, newer) + unfinished(root, newer))
    if lines:
        print("Tests that failed (releng/scripts/failed_tests.py):")
        print("\n".join(lines))
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
