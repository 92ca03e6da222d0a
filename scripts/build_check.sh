#!/usr/bin/env bash
# Build the one-folder app from build.spec and run the built executable's self-test.
# Usage: scripts/build_check.sh [PYTHON]   (default: python3 on PATH; needs the dev extra)
# Prints the build time and the bundle size; exits non-zero if either step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${1:-python3}"
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN build.spec
end=$(date +%s)
exe=dist/mela-pos/mela-pos
[ -x "$exe" ] || exe=dist/mela-pos/mela-pos.exe
echo "build time: $((end - start)) s"
echo "bundle size: $(du -sh dist/mela-pos | cut -f1) ($(find dist/mela-pos -type f | wc -l) files)"
# Qt is not needed for the self-test; offscreen keeps it working without a display.
QT_QPA_PLATFORM=offscreen MELA_POS_LOGS="$(mktemp -d)" "$exe" --self-test
