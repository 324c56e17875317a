#!/usr/bin/env bash
# Checks what an akhbar service exposes on /metrics with Prometheus's own linter.
#
#   scripts/check-metrics.sh                          # http://127.0.0.1:8080/metrics
#   scripts/check-metrics.sh http://sink:8080/metrics
#   scripts/check-metrics.sh app/target/metrics/run.prom   # a saved scrape (PipelineMetricsIT)
#
# Needs promtool (Debian/Ubuntu: apt-get install prometheus). Exit 0 when the exposition parses and
# akhbar's own metrics (akhbar_*) pass the lint; lint findings on third-party names (Kafka client
# and JVM metrics, which akhbar does not name) are printed as warnings. Exit 1 on a parse error or
# an akhbar_* finding, 2 when promtool or the scrape is missing.
set -euo pipefail

target="${1:-http://127.0.0.1:8080/metrics}"

if ! command -v promtool >/dev/null; then
  echo "check-metrics: promtool is not installed (apt-get install prometheus)" >&2
  exit 2
fi

scrape="$(mktemp)"
trap 'rm -f "$scrape"' EXIT
if [ -f "$target" ]; then
  cp "$target" "$scrape"
elif ! curl -fsS --max-time 10 "$target" -o "$scrape"; then
  echo "check-metrics: cannot scrape $target" >&2
  exit 2
fi
if [ ! -s "$scrape" ]; then
  echo "check-metrics: $target is empty" >&2
  exit 2
fi

set +e
findings="$(promtool check metrics < "$scrape" 2>&1)"
status=$?
set -e

# promtool: 0 clean, 3 lint findings only, anything else the text does not parse.
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
  echo "check-metrics: promtool cannot parse the exposition of $target:" >&2
  echo "$findings" >&2
  exit 1
fi
ours="$(printf '%s\n' "$findings" | grep -E '^akhbar_' || true)"
theirs="$(printf '%s\n' "$findings" | grep -vE '^akhbar_' | grep -v '^$' || true)"
if [ -n "$theirs" ]; then
  echo "check-metrics: $(printf '%s\n' "$theirs" | wc -l) lint warnings on third-party metrics (not akhbar's to fix):" >&2
  printf '%s\n' "$theirs" | sed 's/^/  /' >&2
fi
if [ -n "$ours" ]; then
  echo "check-metrics: akhbar's own metrics fail the lint:" >&2
  printf '%s\n' "$ours" | sed 's/^/  /' >&2
  exit 1
fi
families="$(grep -c '^# TYPE ' "$scrape" || true)"
akhbar="$(grep -c '^# TYPE akhbar_' "$scrape" || true)"
echo "check-metrics: $target parses; $families metric families, $akhbar of them akhbar's, lint clean"
