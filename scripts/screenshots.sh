#!/usr/bin/env bash
# Remakes docs/screenshots: three trainees practice on their own laptops (each its own store,
# filled with `play --choices`), the game is driven through every screen as one of them (Xvfb,
# Mesa's software Vulkan), and the class report over their CSV exports is rendered by headless
# Chromium. Needs: apt-get install xvfb xauth mesa-vulkan-drivers chromium
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/hold-the-line"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out=docs/screenshots
mkdir -p "$out"

# play TRAINEE SCENARIO SEED CHOICES [STORE]: a finished run, the choices cut to the run's length,
# saved in the trainee's own store unless another is named (a shared classroom PC).
play() {
  local n
  n=$("$bin" play "$2" --seed "$3" --choices "$4" --data-dir "$work/probe" --trainee probe 2>&1 >/dev/null |
    sed -n 's/.*ended after \([0-9]*\) choices.*/\1/p' || true)
  local choices="$4"
  [ -n "$n" ] && choices=$(echo "$4" | cut -d, -f1-"$n")
  "$bin" play "$2" --seed "$3" --choices "$choices" --data-dir "$work/${5:-$1}" --trainee "$1" >/dev/null
}

for s in lost-order utility-bill-shock bank-fee-misunderstanding retail-return-no-receipt; do
  play "Ana Souza" "$s" 11 2,1,2,1,3,1,2,1,2,1
  play "Ana Souza" "$s" 12 1,1,1,1,1,1,1,1,1,1
  play "Ben O'Neil" "$s" 21 3,2,3,2,3,2,3,2,3,2
  play "Cleo <Dev> & Co" "$s" 31 1,2,3,1,2,3,1,2,3,1
done
play "Ben O'Neil" i-want-your-manager 22 2,2,2,2,2,2,2,2,2,2
play "Cleo <Dev> & Co" cold-dinner-anniversary 32 1,1,2,2,1,1,2,2,1,1
# Two classmates also used Ana's PC, so its picker lists three profiles.
play "Dev Patel" utility-bill-shock 41 1,2,1,2,1,2,1,2,1,2 "Ana Souza"
play "Mei Chen" lost-order 42 2,2,1,1,2,2,1,1,2,2 "Ana Souza"
# Ana stopped in the middle of a scenario: the title offers to resume it.
"$bin" play lost-order --seed 3 --choices 1,2 --data-dir "$work/Ana Souza" --trainee "Ana Souza" \
  >/dev/null 2>&1 || true

export HOLD_THE_LINE_CONFIG="$work/config"
# The screens in English, whatever this system speaks; the Spanish walk below asks for its own.
export LANGUAGE=en
XDG_RUNTIME_DIR="$work" RUST_LOG=error xvfb-run -a -s "-screen 0 1280x720x24" "$bin" --size 1280x720 \
  --data-dir "$work/Ana Souza" --autoplay "$out" --autoplay-scenario software-sync-chat
# The same walk as a trainee with twice the text in high contrast on a small classroom screen.
mkdir -p "$out/large-text"
XDG_RUNTIME_DIR="$work" RUST_LOG=error xvfb-run -a -s "-screen 0 1280x720x24" "$bin" --size 1024x600 \
  --text-size 200 --high-contrast --data-dir "$work/Ben O'Neil" --autoplay "$out/large-text" \
  --autoplay-scenario i-want-your-manager
# The same walk in Spanish, on a small classroom screen.
mkdir -p "$out/spanish"
XDG_RUNTIME_DIR="$work" RUST_LOG=error xvfb-run -a -s "-screen 0 1280x720x24" "$bin" --size 1024x600 \
  --lang es --data-dir "$work/Ben O'Neil" --autoplay "$out/spanish" --autoplay-scenario i-want-your-manager
rm -f "$out/layout.txt" "$out/large-text/layout.txt" "$out/spanish/layout.txt"

for t in "Ana Souza" "Ben O'Neil" "Cleo <Dev> & Co"; do
  "$bin" export --format csv --data-dir "$work/$t" -o "$work/$t.csv"
done
"$bin" report "$work"/*.csv --html "$work/class-report.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/chromium" --hide-scrollbars \
  --screenshot="$out/report.png" --window-size=1000,2600 "file://$work/class-report.html" 2>/dev/null
echo "wrote $(ls "$out" | tr '\n' ' ')"

# A live class: the presenter in a real window, two phones in headless chromium and 58 simulated
# ones (the end-to-end test), its screenshots copied here. Needs chromium-driver as well.
HTL_SCREENSHOTS_TO="$PWD/$out" REQUIRE_DISPLAY=1 cargo test --quiet --test integration \
  classroom::live_session -- --exact classroom::live_session::a_class_of_sixty_plays_a_scenario_through_to_the_debrief_and_exports_it
