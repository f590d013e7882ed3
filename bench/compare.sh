#!/usr/bin/env bash
# bench/compare.sh S|M|L: the library against python-igraph (and NetworkX
# where it finishes) on the same synthetic event graph, phase by phase.
#
# It builds bench/cmd/diplobench, writes the scenario of the size (seed 1,
# kept in $BENCH_DIR, default /tmp/diplobench, and reused), then runs each
# tool RUNS times (default 3) in a process of its own: load (parse + build),
# projection, PageRank, exact betweenness, closeness, harmonic, weak and
# strong components, Louvain and single-source shortest paths. It checks the
# answers agree (bench/check.py states the tolerances), then prints per
# phase the median seconds, the median peak memory and ours/igraph, and last
# the line "worst ours/igraph: R (PHASE at SIZE)".
#
# Memory: each phase's figure is the peak resident memory of its process
# when the phase ended (getrusage maxrss; the peak so far), so load's is the
# load's own peak and a later phase's includes everything before it; the
# "process" row is /usr/bin/time -v's maximum resident set size.
#
# SKIP=p1,p2 skips those phases for every tool (the table says so), for
# the O(n m) phases at L on a loaded machine.
#
# NetworkX runs once (its times are single runs), not at L, with the
# O(n m) phases (betweenness, closeness, harmonic) only at S, and is
# stopped after NX_LIMIT seconds (default 600); what it skipped is said.
# python-igraph is Debian's python3-igraph, installed with apt-get if no
# python3 imports igraph.
set -euo pipefail
size=${1:-}
case "$size" in
S | M | L) ;;
*) echo "usage: bench/compare.sh S|M|L" >&2; exit 2 ;;
esac
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
skip_all=${SKIP:-}
nx_limit=${NX_LIMIT:-600}
dir=${BENCH_DIR:-/tmp/diplobench}
mkdir -p "$dir"
out="$dir/$size.run"
rm -rf "$out"
mkdir -p "$out"

igpy=""
for py in /usr/bin/python3 python3; do
  if command -v "$py" >/dev/null 2>&1 && "$py" -c "import igraph" 2>/dev/null; then igpy=$py; break; fi
done
if [ -z "$igpy" ]; then
  echo "== installing python3-igraph" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3-igraph >/dev/null
  igpy=/usr/bin/python3
fi
nxpy=""
for py in python3 /usr/bin/python3; do
  if command -v "$py" >/dev/null 2>&1 && "$py" -c "import networkx" 2>/dev/null; then nxpy=$py; break; fi
done
checkpy=$igpy

echo "== building bench/cmd/diplobench" >&2
(cd "$root" && go build -o "$dir/diplobench" ./bench/cmd/diplobench)
data="$dir/$size.json"
if [ ! -s "$data" ]; then
  echo "== generating $data" >&2
  "$dir/diplobench" gen -size "$size" -seed 1 -o "$data.tmp"
  mv "$data.tmp" "$data"
fi

# run TOOL N CMD...: one timed process; its phase lines go to $out/TOOL.N.json
run() {
  local tool=$1 n=$2
  shift 2
  /usr/bin/time -v -o "$out/$tool.$n.time" "$@" >"$out/$tool.$n.json" 2>"$out/$tool.$n.err" || {
    echo "$tool run $n failed or was stopped:" >&2
    tail -3 "$out/$tool.$n.err" >&2
    return 0
  }
}
for n in $(seq 1 "$runs"); do
  echo "== run $n of $runs: diplograph" >&2
  run ours "$n" "$dir/diplobench" run -skip "$skip_all" -answers "$out/ours.answers.$n.json" "$data"
  echo "== run $n of $runs: python-igraph" >&2
  run igraph "$n" "$igpy" "$root/bench/peers.py" igraph "$data" "$out/igraph.answers.$n.json" --skip "$skip_all"
done
nx_note=""
if [ -z "$nxpy" ]; then
  nx_note="NetworkX: not installed, skipped"
elif [ "$size" = L ]; then
  nx_note="NetworkX: skipped at L (hours in pure Python)"
else
  skip=$skip_all
  [ "$size" = S ] || skip="betweenness,closeness,harmonic${skip_all:+,$skip_all}"
  echo "== NetworkX (one run, limit ${nx_limit}s${skip:+, skipping $skip})" >&2
  run networkx 1 timeout "$nx_limit" "$nxpy" "$root/bench/peers.py" networkx "$data" "$out/networkx.answers.1.json" --skip "$skip"
  nx_note="NetworkX: one run, stopped after ${nx_limit}s"
  [ "$size" = S ] || nx_note="$nx_note; betweenness, closeness and harmonic skipped at $size (O(n m) in pure Python: hours)"
fi

echo "== checking answers" >&2
answers=("$out/igraph.answers.1.json")
[ -s "$out/networkx.answers.1.json" ] && answers+=("$out/networkx.answers.1.json")
check_status=0
"$checkpy" "$root/bench/check.py" "$out/ours.answers.1.json" "${answers[@]}" || check_status=$?

echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(go version | cut -d' ' -f3), load $(cut -d' ' -f1-3 /proc/loadavg)"
[ -z "$skip_all" ] || echo "skipped for every tool (SKIP): $skip_all"
"$checkpy" "$root/bench/table.py" "$size" "$out" "$runs" "$nx_note"
exit $check_status
