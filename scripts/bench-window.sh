#!/usr/bin/env bash
# Window benchmark: a release build under Xvfb with Mesa's software Vulkan, 1280x720.
# Prints, for the game and for a bare Bevy UI app built with the same features: time from
# process start to the first drawn frame (3 runs each), and for the game: frames per second over
# 10 s while the mood meter animates, CPU ticks over 10 s idle on the scene screen, peak memory.
# Needs: apt-get install xvfb xauth mesa-vulkan-drivers
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/hold-the-line"
export XDG_RUNTIME_DIR="$(mktemp -d)" RUST_LOG=error
xvfb() { xvfb-run -a -s "-screen 0 1280x720x24" "$bin" --size 1280x720 "$@"; }

echo "== bare Bevy UI app (the floor)"
for _ in 1 2 3; do xvfb --benchmark-bare | grep '^bench:'; done
echo "== Hold the Line, scene screen"
for _ in 1 2 3; do xvfb --benchmark | grep 'first frame'; done
xvfb --benchmark | grep '^bench:'
