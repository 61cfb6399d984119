#!/usr/bin/env python3
"""Checks that an installed product, and the UI tests' workbench, hold every feature the .product file names.

  check_product.py PRODUCT_FILE INSTALLATION
  check_product.py --ui-tests PRODUCT_FILE POM

The build installs the Linux product with p2's director from a list of units in releng/org.hyoka.repository/pom.xml
(the product and its root features); a root feature added to the .product but not to that list would be missing from
the archive without any error. The UI tests run in a workbench made of the features the root POM's profile ui-tests
lists, which must be the product's, or the tests would not see what users get (a feature missing there went
untested: its views had no help); the profile ui-tests-order makes the reactor build those features first and must
list the same. Exit status 1 names each missing or extra feature.
"""
import pathlib
import sys
import xml.etree.ElementTree as ET


def product_features(product_file):
    """The features the .product file names."""
    return [f.get("id") for f in ET.parse(product_file).getroot().iter("feature")]


def missing_features(product_file, installation):
    wanted = product_features(product_file)
    installed = {p.name.rsplit("_", 1)[0] for p in (pathlib.Path(installation) / "features").iterdir()}
    return [f for f in wanted if f not in installed]


UI_TEST_PROFILES = ("ui-tests", "ui-tests-order")


def profile_features(pom, profile_id):
    """The features a profile of the root POM depends on (a test runtime's or the reactor's order)."""
    m = "{http://maven.apache.org/POM/4.0.0}"
    for profile in ET.parse(pom).getroot().iter(m + "profile"):
        if profile.findtext(m + "id") == profile_id:
            return [a for a in (d.findtext(m + "artifactId") for d in profile.iter(m + "dependency"))
                    if a.endswith(".feature")]
    return []


def check_ui_tests(product_file, pom):
    wanted = set(product_features(product_file))
    problems = []
    for profile_id in UI_TEST_PROFILES:
        listed = set(profile_features(pom, profile_id))
        problems += [f"check_product: the profile {profile_id} of {pom} lacks the feature {f} named in {product_file}"
                     for f in sorted(wanted - listed)]
        problems += [f"check_product: the profile {profile_id} of {pom} lists {f}, which {product_file} does not name"
                     for f in sorted(listed - wanted)]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def main():
    if sys.argv[1] == "--ui-tests":
        return check_ui_tests(*sys.argv[2:4])
    product_file, installation = sys.argv[1:3]
    missing = missing_features(product_file, installation)
    for feature in missing:
        print(f"check_product: {installation} lacks the feature {feature} named in {product_file}", file=sys.stderr)
    if missing:
        return 1
    print(f"check_product: all features of {product_file} installed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
