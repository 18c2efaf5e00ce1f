#!/usr/bin/env bash
# bench/floor/cpu.sh RUNS COMMAND...: runs COMMAND RUNS times under /usr/bin/time and prints the medians of
# its user+system CPU time, wall time and peak RSS. CPU time is the figure that holds on a loaded
# machine (other builds stretch the wall time, not the work done); bench/startup.md uses it.
runs=$1; shift
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
for i in $(seq $runs); do
  s=$(date +%s%N)
  /usr/bin/time -f '%U %S %M' -o "$tmp" "$@" >/dev/null 2>&1
  e=$(date +%s%N)
  read u sy m < "$tmp"
  echo "$(awk -v u=$u -v s=$sy 'BEGIN{printf "%d", (u+s)*1000}') $(( (e-s)/1000000 )) $m"
done | awk '{c[NR]=$1; w[NR]=$2; r[NR]=$3} END {n=asort(c); asort(w); asort(r); m=int((n+1)/2); printf "cpu %d ms  wall %d ms  rss %d KiB  (n=%d, cpu min %d)\n", c[m], w[m], r[m], n, c[1]}'
