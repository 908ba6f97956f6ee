#!/bin/sh
# Compresses the files of a .deb that jpackage built uncompressed (packaging/bundle.xml runs it; ADR 47):
#   packaging/compress-deb.sh target/bundle/nexus_VERSION_amd64.deb
# dpkg-deb offers xz's presets only. Two more of xz's options make the .deb about 2.5 MB smaller:
# - the x86 filter (BCJ): it turns the relative addresses of the machine code's calls and jumps into absolute ones,
#   which repeat, so the 150 MB of native libraries (WebKit, the JVM) compress about 7% better;
# - a 192 MiB dictionary instead of 64 MiB, so that xz finds what the AOT cache (lib/app/nexus.aot) repeats of the
#   jars and of the runtime's modules, which lie more than 64 MB before it in the archive.
# Every .xz decoder reads both (dpkg, apt and xz decode them through liblzma); unpacking needs about 200 MB of memory
# for the dictionary, against 65 MB before. The archive members keep their order: debian-binary, control, data.
set -eu
deb=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
ar x "$deb"
[ -f debian-binary ] || { echo "compress-deb: $deb has no debian-binary" >&2; exit 1; }
[ -f control.tar ] && [ -f data.tar ] \
  || { echo "compress-deb: $deb is not an uncompressed package (DPKG_DEB_COMPRESSOR_TYPE=none)" >&2; exit 1; }
xz -9 --threads=1 control.tar
# One thread: xz's threads split the data into blocks that each start with an empty dictionary.
xz --x86 --lzma2=preset=9,dict=192MiB --threads=1 data.tar
rm -f "$deb"
ar rcD "$deb" debian-binary control.tar.xz data.tar.xz
# What dpkg reads must be whole: the package's fields and every file's entry.
dpkg-deb --info "$deb" > /dev/null
dpkg-deb --fsys-tarfile "$deb" | tar -t > /dev/null
echo "compress-deb: $(basename "$deb"): $(stat -c %s "$deb") bytes"
