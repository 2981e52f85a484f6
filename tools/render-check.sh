#!/usr/bin/env bash
# Renders a .docx with LibreOffice, using stand-ins for the office fonts (see docs/gongwen-format.md), and reports
# which fonts were used, a PNG of page 1, and the measured grid (lines per full page, characters per full line).
# Usage: tools/render-check.sh path/to/file.docx [outdir]      (idempotent; installs what is missing)
set -euo pipefail

if [[ $# -lt 1 || ! -f $1 ]]; then
    echo "usage: $0 path/to/file.docx [outdir]" >&2
    exit 2
fi
docx=$(realpath "$1")
outdir=$(realpath -m "${2:-$(dirname "$docx")/render-check}")
name=$(basename "$docx" .docx)
mkdir -p "$outdir"

# 1. Packages.
packages=(libreoffice-writer-nogui poppler-utils fontconfig fonts-noto-cjk fonts-noto-cjk-extra fonts-arphic-gkai00mp)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "== installing ${missing[*]}"
    sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. Fontconfig: the system configuration plus stand-ins for the office fonts.
fontconf="$outdir/fonts.conf"
{
    echo '<?xml version="1.0"?>'
    echo '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
    echo '<fontconfig>'
    echo '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
    while IFS='=' read -r office standin; do
        cat <<XML
  <match target="pattern">
    <test name="family" compare="eq"><string>$office</string></test>
    <edit name="family" mode="assign" binding="strong"><string>$standin</string></edit>
  </match>
XML
    done <<'MAP'
仿宋=Noto Serif CJK SC
仿宋_GB2312=Noto Serif CJK SC
宋体=Noto Serif CJK SC
楷体=AR PL KaitiM GB
楷体_GB2312=AR PL KaitiM GB
黑体=Noto Sans CJK SC
方正小标宋简体=Noto Serif CJK SC Black
MAP
    echo '</fontconfig>'
} >"$fontconf"
export FONTCONFIG_FILE="$fontconf"
for f in 仿宋_GB2312 楷体_GB2312 黑体 方正小标宋简体 宋体; do
    printf '   fontconfig: %-14s -> %s\n' "$f" "$(fc-match -f '%{family[0]} %{style[0]}' "$f")"
done

# 3. PDF (a private LibreOffice profile, so a running office does not interfere).
echo "== converting $docx"
profile="$outdir/.lo-profile"
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$outdir" "$docx" >/dev/null 2>&1
pdf="$outdir/$name.pdf"
[[ -f $pdf ]] || { echo "conversion failed" >&2; exit 1; }
echo "   $pdf ($(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') pages)"

# 4. Fonts used.
echo "== pdffonts"
pdffonts "$pdf"

# 5. Page 1 as PNG.
pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$pdf" "$outdir/$name-page1"
echo "== page 1: $outdir/$name-page1.png"

# 6. Grid measurements from word boxes. Text area (A4, margins 37/35/28/26 mm) in pt: x 79.4..515.1, y 104.9..742.7.
pdftotext -bbox "$pdf" "$outdir/$name.bbox.html"
echo "== measurements"
python3 - "$outdir/$name.bbox.html" <<'PY'
import collections, html, re, sys
TOP, BOTTOM, LEFT, RIGHT = 104.9, 742.7, 79.4, 515.1
pages, page = [], None
for line in open(sys.argv[1], encoding="utf-8"):
    if "<page " in line:
        page = collections.defaultdict(list); pages.append(page)
    m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
    if m and page is not None:
        x0, y0, x1, y1 = map(float, m.groups()[:4])
        if y0 < BOTTOM:  # skip the page number below the text area
            page[round(y1, 1)].append((x0, x1, html.unescape(m.group(5))))
diffs = sorted(b - a for p in pages for a, b in zip(sorted(p), sorted(p)[1:]) if b - a < 40)
pitch = diffs[len(diffs) // 2] if diffs else 28.95
print(f"   line pitch (median): {pitch:.2f} pt")
counts = [len(p) for p in pages]
# Grid lines include blank lines: the span from the first to the last line, in line pitches.
grid = [round((max(p) - min(p)) / pitch) + 1 if p else 0 for p in pages]
print(f"   lines with text per page: {counts}")
print(f"   grid lines per page (blank lines included): {grid}")
print(f"   lines per full page (all pages but the last): {sorted(set(grid[:-1] or grid))}")
full_lines = collections.Counter()
examples = {}
for p in pages:
    for words in p.values():
        x0, x1 = min(w[0] for w in words), max(w[1] for w in words)
        text = "".join(w[2] for w in words)
        # A full line: starts at the left margin, ends at the right one, and holds only full-width characters.
        if x0 < LEFT + 4 and x1 > RIGHT - 16 and all(ord(c) > 0x2000 for c in text):
            full_lines[len(text)] += 1
            examples.setdefault(len(text), text)
print(f"   characters per full line (full-width-only lines; characters: lines): {dict(sorted(full_lines.items()))}")
for n, text in sorted(examples.items()):
    print(f"     e.g. {n}: {text}")
if full_lines:
    print(f"   characters per full line (most common): {full_lines.most_common(1)[0][0]}")
PY
