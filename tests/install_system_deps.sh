#!/usr/bin/env bash
# Debian packages the test suite needs (none yet for the ETL; the browser tests add chromium).
set -euo pipefail
exit 0
