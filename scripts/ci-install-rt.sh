#!/usr/bin/env bash
# Install Request Tracker 5 from Debian (REST 2.0 + auth tokens) for the RT integration tests.
# Idempotent: does nothing when the packages are already there. Needs root (or sudo) and apt.
# The tests build their own throw-away instance (tests/helpers/rt/instance.py); the system-wide
# database that dbconfig-common creates here is never used.
set -euo pipefail

PACKAGES=(request-tracker5 rt5-db-sqlite rt5-standalone rt5-clients)

installed() {
    local p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || return 1
    done
}

if ! command -v apt-get >/dev/null || ! command -v dpkg-query >/dev/null; then
    echo "ci-install-rt: no apt/dpkg here; the RT integration tests will be skipped." >&2
    exit 0
fi
if installed; then
    exit 0
fi

sudo=""
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
        echo "ci-install-rt: need root or sudo to install ${PACKAGES[*]}; the RT integration tests will be skipped." >&2
        exit 0
    fi
fi

# Answers for debconf so the install never asks; values only matter for the unused system DB.
$sudo debconf-set-selections <<'PRESEED'
request-tracker5 request-tracker5/rtname string rt.localtest
request-tracker5 request-tracker5/organization string localtest
request-tracker5 request-tracker5/correspondaddress string rt@localhost
request-tracker5 request-tracker5/commentaddress string rt-comment@localhost
request-tracker5 request-tracker5/webbaseurl string http://127.0.0.1:8080
request-tracker5 request-tracker5/webpath string
request-tracker5 request-tracker5/handle-siteconfig-permissions boolean true
request-tracker5 request-tracker5/install-cronjobs boolean false
request-tracker5 request-tracker5/dbconfig-install boolean true
request-tracker5 request-tracker5/database-type select sqlite3
request-tracker5 request-tracker5/initial-root-password password ci-unused-root-pass
rt5-db-sqlite rt5-db-sqlite/available boolean true
PRESEED

echo "Installing Request Tracker 5 (about 260 Debian packages) for the RT integration tests"
$sudo apt-get update -qq
# policy-rc.d keeps the exim4 that default-mta pulls in from starting; RT in the tests mails to a file.
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
