#!/usr/bin/env bash
# The idle presenter: classroom mode under Xvfb, nobody acting. Prints the game's CPU ticks
# (1/100 s) over 10 s of waiting, then over the 2 s after a phone joins (the window wakes,
# redraws once and sleeps again). A continuously redrawing window would use most of a core.
# Needs: apt-get install xvfb xauth mesa-vulkan-drivers curl. BIN=path to use another build.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet
  BIN="${CARGO_TARGET_DIR:-target}/release/hold-the-line"
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d)
export XDG_RUNTIME_DIR="$data" HOLD_THE_LINE_DATA="$data" RUST_LOG="error,hold_the_line=info"
xvfb-run -a -s "-screen 0 1280x720x24" "$BIN" --size 1280x720 classroom lost-order \
  --host 127.0.0.1 --port "$port" 2>"$data/log" &
runner=$!
trap 'kill $runner 2>/dev/null; pkill -f "hold-the-line --size 1280x720 classroom" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.2; done
pid=$(pgrep -n -x hold-the-line)
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
sleep 8 # startup: shaders, first frames
a=$(ticks); sleep 10; b=$(ticks)
echo "idle presenter: $((b - a)) CPU ticks in 10 s"
join() {
  curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"code\":\"$1\",\"name\":\"Bench\"}" "http://127.0.0.1:$port/api/join"
}
a=$(ticks); status=$(join ZZZZ); sleep 2; b=$(ticks)
echo "a join with the wrong code (refused $status, nothing changes): $((b - a)) CPU ticks in 2 s"
code=$(sed -n 's/.*with the code \([A-Z]*\).*/\1/p' "$data/log" | head -1)
a=$(ticks); status=$(join "$code"); sleep 2; b=$(ticks)
echo "a phone joins (answered $status; the presenter wakes and redraws): $((b - a)) CPU ticks in 2 s"
a=$(ticks); sleep 10; b=$(ticks)
echo "idle again: $((b - a)) CPU ticks in 10 s"
