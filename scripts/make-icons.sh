#!/usr/bin/env bash
# Draws Convene's icon (a rounded teal square with a white "C") into src-tauri/icons/.
# Tauri needs RGBA PNGs; run once after changing the design, then commit the files.
set -euo pipefail
cd "$(dirname "$0")/.."
CONVERT=/usr/bin/convert   # ImageMagick; a stand-in may shadow `convert` in /usr/local/bin
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
out=src-tauri/icons
mkdir -p "$out"
"$CONVERT" -size 1024x1024 xc:none \
  -fill '#0f6e6e' -draw 'roundrectangle 64,64 959,959 200,200' \
  -font "$FONT" -pointsize 700 -fill white -gravity center -annotate +0+20 'C' \
  "PNG32:$out/icon.png"
for size in 32 128 256; do
  "$CONVERT" "$out/icon.png" -resize ${size}x${size} "PNG32:$out/tmp-$size.png"
done
mv "$out/tmp-32.png" "$out/32x32.png"
mv "$out/tmp-128.png" "$out/128x128.png"
mv "$out/tmp-256.png" "$out/128x128@2x.png"
"$CONVERT" "$out/icon.png" -resize 512x512 "PNG32:$out/icon.png"
