#!/bin/sh
# Creates a bundle, its test fragment, their pom modules and a feature entry by the house conventions:
#   releng/new-bundle.sh NAME [--ui] [--feature FEATURE] [--label TEXT] [--label-ja TEXT]
# (python3 releng/scripts/new_bundle.py --help says more; docs/developers.md walks through a first bundle).
exec python3 "$(dirname "$0")/scripts/new_bundle.py" "$@"
