#!/usr/bin/env python3
"""Checks that an installed product holds every feature its .product file names.

  check_product.py PRODUCT_FILE INSTALLATION

The build installs the Linux product with p2's director from a list of units in releng/org.hyoka.repository/pom.xml
(the product and its root features); a root feature added to the .product but not to that list would be missing from
the archive without any error. Exit status 1 names each missing feature.
"""
import pathlib
import sys
import xml.etree.ElementTree as ET


def missing_features(product_file, installation):
    wanted = [f.get("id") for f in ET.parse(product_file).getroot().iter("feature")]
    installed = {p.name.rsplit("_", 1)[0] for p in (pathlib.Path(installation) / "features").iterdir()}
    return [f for f in wanted if f not in installed]


def main():
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
