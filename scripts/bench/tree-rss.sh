#!/usr/bin/env bash
# Run a command and write to $1 the peak, over samples every 0.5 s, of the summed RSS (KB) of the
# command and every process below it: the memory a build needs when its steps overlap, which
# /usr/bin/time's largest single process does not show. Exits with the command's status.
set -u
out=$1
shift
"$@" &
root=$!
peak=0
while kill -0 "$root" 2>/dev/null; do
  now=$(ps -eo pid=,ppid=,rss= | awk -v root="$root" '
    { parent[$1] = $2; rss[$1] = $3 }
    END {
      sum = 0
      for (p in parent) { q = p; while (q != root && (q in parent) && q > 1) q = parent[q]; if (q == root) sum += rss[p] }
      print sum
    }')
  [ "${now:-0}" -gt "$peak" ] && peak=$now
  sleep 0.5
done
wait "$root"
status=$?
echo "$peak" > "$out"
exit $status
