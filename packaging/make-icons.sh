#!/usr/bin/env bash
# Makes packaging/windows/nexus.ico and packaging/macos/nexus.icns from the PNGs in assets/icons (16-256 px).
# Run it again when the icon changes, and commit the two files (the Windows and macOS builds use them as they are).
# Needs ImageMagick's convert (Debian: imagemagick; /usr/bin/convert) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
convert=/usr/bin/convert
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=(16 32 48 64 128 256)
for size in "${sizes[@]}"; do
  # 8 bits per channel: the icon formats (and older readers of them) expect it; the sources are 16-bit.
  "$convert" "assets/icons/nexus-$size.png" -depth 8 "PNG32:$work/nexus-$size.png"
done

# Windows: one .ico with every size.
"$convert" $(for size in "${sizes[@]}"; do echo "$work/nexus-$size.png"; done) packaging/windows/nexus.ico

# macOS: .icns holding PNG images, each under its type code (ImageMagick does not write .icns).
python3 - "$work" packaging/macos/nexus.icns <<'PY'
import struct, sys
source, target = sys.argv[1], sys.argv[2]
# type code -> pixel size (the @2x codes reuse the larger images: ic11 = 16@2x, ic12 = 32@2x, ic13 = 128@2x)
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
         ("ic11", 32), ("ic12", 64), ("ic13", 256)]
chunks = b""
for code, size in types:
    with open(f"{source}/nexus-{size}.png", "rb") as png:
        data = png.read()
    chunks += code.encode("ascii") + struct.pack(">I", len(data) + 8) + data
with open(target, "wb") as icns:
    icns.write(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)
PY
ls -l packaging/windows/nexus.ico packaging/macos/nexus.icns
