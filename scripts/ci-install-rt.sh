#!/usr/bin/env bash
# Install Request Tracker 5 from Debian (REST 2.0 + auth tokens) for the RT integration tests, and bring it to
# the distribution's current release (security updates included) on every run: the tests must see what an RT
# site that applied its updates runs. Needs root (or sudo) and apt.
#
# The tests build their own throw-away instance (tests/helpers/rt/instance.py); the system-wide database that
# dbconfig-common creates here is never used. RT depends on a mail transport agent: when none is installed,
# this installs dma (a small local mailer with no daemon and no listening port) instead of Debian's default
# exim4, and a policy-rc.d keeps every service the install brings from starting. Nothing is left running.
set -euo pipefail

PACKAGES=(request-tracker5 rt5-db-sqlite rt5-standalone rt5-clients)

if ! command -v apt-get >/dev/null || ! command -v dpkg-query >/dev/null; then
    echo "ci-install-rt: no apt/dpkg here; the RT integration tests will be skipped." >&2
    exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
        echo "ci-install-rt: need root or sudo to install ${PACKAGES[*]}; the RT integration tests will be skipped." >&2
        exit 0
    fi
fi

installed_version() { dpkg-query -W -f='${Status} ${Version}' request-tracker5 2>/dev/null | sed -n 's/^install ok installed //p' || true; }

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
dma dma/mailname string localhost
dma dma/relayhost string
PRESEED

before=$(installed_version)
$sudo apt-get update -qq
candidate=$(apt-cache policy request-tracker5 | sed -n 's/^ *Candidate: //p')
if [ -n "$before" ] && [ "$before" = "$candidate" ]; then
    echo "Request Tracker $before is installed and current."
    exit 0
fi

extra=()
if ! dpkg-query -W -f='${Provides}\n' 2>/dev/null | grep -qw mail-transport-agent; then
    extra=(dma)  # satisfies RT's mail-transport-agent dependency without a mail server
fi
if [ -n "$before" ]; then
    echo "Updating Request Tracker $before to $candidate (the distribution's current release)"
else
    echo "Installing Request Tracker $candidate for the RT integration tests: ${PACKAGES[*]} ${extra[*]}"
    echo "(about 260 Debian packages, 90 MB to download; remove them with: apt-get purge ${PACKAGES[*]} ${extra[*]} && apt-get autoremove)"
fi

# No service the install pulls in may start (invoke-rc.d asks policy-rc.d; 101 = action forbidden).
policy=/usr/sbin/policy-rc.d
own_policy=""
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod 755 "$policy"
    own_policy=1
fi
trap '[ -z "$own_policy" ] || $sudo rm -f "$policy"' EXIT
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends \
    -o Dpkg::Progress-Fancy=0 "${PACKAGES[@]}" "${extra[@]}" | grep -E '^(Need to get|After this operation|Setting up request-tracker5)' || true
echo "Request Tracker $(installed_version) installed."
