#!/usr/bin/env bash
# Install Debian's PostgreSQL server for the hub's tests (tests/helpers/postgres.py). The tests start their own
# throw-away cluster (initdb, pg_ctl) on a free loopback port; the cluster and service the package would set up
# are never used, so a policy-rc.d keeps the install from starting anything. Nothing is left running.
# Needs root (or sudo) and apt; without them the PostgreSQL variants of the hub tests are skipped.
set -euo pipefail

if ! command -v apt-get >/dev/null || ! command -v dpkg-query >/dev/null; then
    echo "ci-install-postgres: no apt/dpkg here; the hub's PostgreSQL tests will be skipped." >&2
    exit 0
fi
if dpkg-query -W -f='${Status}' postgresql 2>/dev/null | grep -q "ok installed"; then
    exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
        echo "ci-install-postgres: need root or sudo to install postgresql; its tests will be skipped." >&2
        exit 0
    fi
fi
# No service the install brings may start (invoke-rc.d asks policy-rc.d; 101 = action forbidden).
policy=/usr/sbin/policy-rc.d
own_policy=""
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod 755 "$policy"
    own_policy=1
fi
trap '[ -z "$own_policy" ] || $sudo rm -f "$policy"' EXIT
echo "==> Installing Debian packages: postgresql" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends \
    -o Dpkg::Progress-Fancy=0 -o Dpkg::Use-Pty=0 postgresql | grep -E '^(Need to get|After this operation)' || true
