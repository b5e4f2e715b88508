#!/usr/bin/env bash
# Checks the official Python client (civis-python) against the sandbox: starts the built
# sandbox on a free port with the demo seed and a throwaway database, gives it a fresh admin
# key through --api-key-file (never on a command line), runs check_groups_client.py with
# CIVIS_API_ENDPOINT / CIVIS_API_KEY set, and stops the sandbox.
#
#   tests/pyclient/run.sh [path/to/civis-groups-sandbox]
#
# The client is the unchanged copy in ../shared/civis-python beside the repository (where CI
# has it too), imported as its README says: its src/ and site/ on PYTHONPATH, with Debian's own
# /usr/bin/python3 and the Debian packages packaging/setup-debian.sh installs. Where that copy
# is missing, PYTHON (default python3) and PYTHONPATH may name another one, an installed
# client or its src/ folder; with none at all the check exits 77 (skipped). With the shared
# copy there, a client that cannot be imported is a failure, not a skip.
set -u

here=$(cd "$(dirname "$0")" && pwd)
sandbox=${1:-$here/../../build/sandbox/civis-groups-sandbox}
shared_client=$here/../../../shared/civis-python
if [[ -d $shared_client/src/civis ]]; then
    shared_client=$(cd "$shared_client" && pwd)
    export PYTHONPATH=$shared_client/src:$shared_client/site${PYTHONPATH:+:$PYTHONPATH}
    export PYTHONDONTWRITEBYTECODE=1 # The shared copy stays as it is.
    python=${PYTHON:-/usr/bin/python3}
    if ! "$python" -c 'import civis' >/dev/null 2>&1; then
        echo "run.sh: $python cannot import the client in $shared_client:" >&2
        "$python" -c 'import civis' 2>&1 | tail -1 >&2
        echo "run.sh: install what its README names (packaging/setup-debian.sh does)" >&2
        exit 1
    fi
else
    python=${PYTHON:-python3}
    if ! "$python" -c 'import civis' >/dev/null 2>&1; then
        # Let the check script say why, in its own words, and skip.
        exec "$python" "$here/check_groups_client.py"
    fi
fi
if [[ ! -x $sandbox ]]; then
    echo "run.sh: no sandbox executable at $sandbox (build it first)" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/civis-pyclient-XXXXXX")
sandbox_pid=
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() {
    if [[ -n $sandbox_pid ]]; then
        kill "$sandbox_pid" 2>/dev/null
        wait "$sandbox_pid" 2>/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT

(umask 077 && od -An -N24 -tx1 /dev/urandom | tr -d ' \n' > "$work/key")

# One pass on a plain sandbox, one with --rate-limit, where the client must wait out 429s
# (Retry-After) on its own. Each pass gets a fresh database.
run_pass() {
    local label=$1
    shift
    rm -f "$work"/sandbox.sqlite*
    "$sandbox" --port 0 --seed demo --database "$work/sandbox.sqlite" --api-key-file "$work/key" --quiet "$@" \
        > "$work/sandbox.out" 2>&1 &
    sandbox_pid=$!

    local endpoint=
    for _ in $(seq 100); do
        endpoint=$(sed -n 's/^ *export CIVIS_API_ENDPOINT=//p' "$work/sandbox.out")
        [[ -n $endpoint ]] && break
        kill -0 "$sandbox_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [[ -z $endpoint ]]; then
        echo "run.sh: the sandbox did not start:" >&2
        cat "$work/sandbox.out" >&2
        return 2
    fi

    echo "== $label: sandbox at $endpoint"
    local status=0
    CIVIS_API_ENDPOINT=$endpoint CIVIS_API_KEY=$(cat "$work/key") "$python" "$here/check_groups_client.py" || status=$?
    kill "$sandbox_pid" 2>/dev/null
    wait "$sandbox_pid" 2>/dev/null
    sandbox_pid=
    return $status
}

echo "client: $("$python" -c 'import civis; print(civis.__file__, civis.__version__)')"
status=0
run_pass "plain" || status=$?
run_pass "--rate-limit 20" --rate-limit 20 || status=$?
exit $status
