#!/usr/bin/env bash
# Install Debian's chromium and chromium-driver for the page tests (tests/loaders/test_view_browser.py)
# and benchmarks/viz_load.py. Idempotent: does nothing when both are already there. Needs root
# (CI runs as root) or sudo.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    echo "chromium and chromedriver already installed: $(command -v chromium), $(command -v chromedriver)"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-dejavu-core
echo "installed: $(command -v chromium), $(command -v chromedriver)"
