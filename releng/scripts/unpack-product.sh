#!/bin/sh
# Puts the Linux product into DEST/hyoka-workbench as a user unpacks it: from its archive, or from an unpacking of that
# archive kept untouched (test-site.sh makes one for all its tests), which is copied. A copy costs a seventh of the
# processor time of decompressing 150 MB again; hard links would not do, as p2 rewrites the configuration's files in place.
#
#   unpack-product.sh ARCHIVE|UNPACKED_FOLDER DEST
set -u
mkdir -p "$2" || exit 1
if [ -d "$1" ]; then
	[ -x "$1/hyoka-workbench/hyoka" ] || { echo "unpack-product: $1 holds no unpacked product" >&2; exit 1; }
	cp -a "$1/hyoka-workbench" "$2/"
else
	tar -xzf "$1" -C "$2"
fi
