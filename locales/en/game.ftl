# The window's words.

# Each message id is used in src/game (the screens, the presenter, the portrait, the window
# title); `{ $name }` are the values put in. Kept byte for byte as the screens wrote them.

## Common: words more than one screen shows

# The game's name (the title screen's heading and the window title).
common-app-name = Hold the Line
# A count of scenes, e.g. "1 scene", "4 scenes" (a card's length, the title's unfinished run).
common-scenes = { $count ->
    [one] { $count } scene
   *[other] { $count } scenes
}
common-my-progress = My progress
common-back-to-title = Back to title
common-settings = Settings
common-applied-badge = + APPLIED
common-missed-badge = - MISSED
# { $file } is the path the damaged file was moved to.
common-progress-file-damaged = Your progress file was damaged, so it was kept as { $file } (nothing was deleted) and a fresh one started. Give that file to your trainer if the old results matter.

## Title screen

# { $answered } is a count of scenes (common-scenes), { $scene } the number of the next scene.
title-saved-ready = You answered { $answered } and stopped before scene { $scene }. Resume where you left off, with the same mood and score.
title-saved-changed = You answered { $answered }, but the scenario was edited since, so the run cannot be replayed exactly. Start it over; your earlier answers stay in your record.
# { $source } is where the scenarios come from (a folder).
title-saved-missing = You answered { $answered }, but this scenario is no longer in { $source }.
title-unreadable-run = Your unfinished run could not be read: { $error }
title-tagline = Practice difficult customer conversations, and see which strategies work and why.
title-subtitle = Every choice is scored against proven customer-service strategies, with feedback after each scene.
# Followed by the trainee's name.
title-practicing-as = Practicing as
# { $title } is the scenario's title.
title-unfinished = Unfinished: { $title }
title-resume-at = Resume at scene { $scene }
title-start-over = Start it over
title-set-aside = Set it aside
title-start-practicing = Start practicing
title-change-trainee = Change trainee
title-classroom = Classroom session
title-quit = Quit
title-keys = Mouse or keyboard: arrows or Tab to move, Enter to choose, number keys for a shortcut, Esc to go back.
# Shown on the scene screen after resuming a saved run.
title-resumed = Resumed at scene { $scene }, with your mood and score as you left them.

## Select screen

select-heading = Choose a scenario
select-heading-class = Choose a scenario for the class
# { $source } is where the scenarios come from (a folder).
select-from = from { $source }
select-keys = Number keys open cards 1-9; arrows + Enter move and open; the wheel scrolls; Esc goes back.
select-scenario-count = { $count ->
    [one] { $count } scenario
   *[other] { $count } scenarios
}
# With a filter on: { $shown } cards of { $total }.
select-showing = Showing { $shown } of { $total }
select-loading = Loading scenarios... (a folder with strategies.ron and *.scenario.ron files)
# { $problem }: the first lines of the catalog's error message.
select-catalog-problem = Catalog problem: { $problem }
# { $count } catalog problems beyond the two shown.
select-more-catalog-problems = ... and { $count ->
        [one] { $count } more catalog problem
       *[other] { $count } more catalog problems
    }: run `hold-the-line validate`
# On a broken file's card: { $count } problems beyond the one shown.
select-card-more-problems = (+{ $count } more: run `hold-the-line validate`)
select-yours-replaces = YOURS, REPLACES BUILT-IN
# On a card while the game speaks another language.
select-in-english = Not translated yet: plays in English
# A translation overlay with rows that cannot be read; `place` is file:line:column.
select-translation-problems = { $count ->
    [one] A translation file has a problem at { $place }: those texts show in English. Run `hold-the-line validate --lang` to see it.
   *[other] Translation files have { $count } problems, the first at { $place }: those texts show in English. Run `hold-the-line validate --lang` to see them.
}
select-yours = YOURS
select-edit-has-errors = EDIT HAS ERRORS
select-cannot-play = CANNOT PLAY
select-stale-note = This file has errors; you are playing its last good version.
select-broken-note = This file has errors and cannot be played:
select-all-levels = All levels
select-all-channels = All channels
select-channel-in-person = In person
select-channel-phone = Phone
select-channel-chat = Chat
select-channel-email = Email
select-channel-video = Video

## Scene screen

# The mood meter: { $mood } out of 100, { $word } its word (portrait-*).
scene-mood = Mood { $mood }/100: { $word }
# The line above a scene; { $score } is the run's score so far.
scene-header = Scene { $number }  ·  score so far { $score }  ·  seed { $seed }
# The customer's first name when the scenario gives none.
scene-customer = Customer
# { $name } is the customer's first name, { $words } what they say.
scene-customer-says = { $name }: “{ $words }”
scene-how-respond = How do you respond?
# { $count } is the number of choices.
scene-keys = Keys: 1-{ $count } choose  ·  arrows + Enter  ·  Esc menu
# { $problem } is the first line of the file's error message.
scene-edit-has-errors = Your edit has errors ({ $problem }); still playing the last good version.
scene-updated = Scenario updated from the edited file.
scene-restarted = The edit changed scenes you had played, so the run restarted.
scene-cannot-start = The edited scenario cannot start: { $error }

## The customer's portrait: the mood's word under the face

portrait-furious = Furious
portrait-upset = Upset
portrait-uneasy = Uneasy
portrait-calm = Calm
portrait-pleased = Pleased
# What a screen reader says for the face; { $mood } is one of the words above.
portrait-face = The customer's face: { $mood }

## Feedback screen

feedback-strong = STRONG
feedback-partial = PARTIAL
feedback-weak = WEAK
# { $score } comes with its sign, e.g. "+45".
feedback-points = { $score } points
# { $change } is how much the mood went up (a number).
feedback-mood-up = MOOD +{ $change }
feedback-mood-same = MOOD ±0
# { $change } is negative, with its minus sign.
feedback-mood-down = MOOD { $change }
# { $points } is the decision's points in words (points-with-penalty).
feedback-penalty = { $points } (taken from your run score)
# { $number } is the number the response was shown under, { $said } the response.
feedback-you-said = You said ({ $number }): { $said }
feedback-applied = Applied
feedback-missed = Missed
feedback-mistake-badge = ! MISTAKE -{ $penalty }
# What a screen reader says for the badge above.
feedback-mistake = Mistake, minus { $penalty }
feedback-off-target-badge = ~ OFF-TARGET
feedback-off-target = Off target
feedback-off-target-why = Useful elsewhere, but not what this moment called for: it earns nothing here.
feedback-none-in-play = No strategies in play for this response.
feedback-best-badge = * BEST
feedback-best-here = That was the best response here.
# { $score } comes with its sign, e.g. "+90".
feedback-best-score-badge = * BEST { $score }
feedback-would-have-scored = The response that would have scored best:
# { $names }: the strategies' names, separated by commas.
feedback-it-applies = It applies: { $names }.
feedback-walkout-badge = WALKOUT
feedback-walkout = The customer's mood reached 0: they have had enough.
feedback-see-debrief = See the debrief
feedback-next-scene = Next scene

## Debrief screen

# { $title } is the scenario's title.
debrief-heading = Debrief: { $title }
debrief-grade = Grade { $letter }
# { $outcome } is the outcome's word (outcome-*) in capitals.
debrief-outcome = OUTCOME: { $outcome }
debrief-seed = seed { $seed }
# { $how } is how the score was made (score-line).
debrief-how = How: { $how }
# { $path }: the scenes' ids, separated by "  >  ".
debrief-path = Path: { $path }
debrief-strategies = Strategies this run
# One strategy's row: how many scenes applied it and missed it.
debrief-counts = { $applied } applied, { $missed } missed
debrief-counts-off-target = { $applied } applied, { $missed } missed, { $off_target } off-target
debrief-mistakes-badge = ! MISTAKES
debrief-reflect = Reflect
debrief-replay-same-seed = Replay, same seed
debrief-replay-new-seed = Replay, new seed
debrief-back-to-list = Back to the list

## Progress screen

progress-trend-up = ↑ improving
progress-trend-down = ↓ slipping
progress-trend-steady = → steady
progress-trend-new = new
progress-not-played = Not played yet.
progress-best-so-far = Your best so far: { $best }/100.
# A weak strategy with its mastery, e.g. "Clarify (35%)".
progress-works-on-one = Works on { $first }.
progress-works-on-two = Works on { $first } and { $second }.
# { $trainee } is the trainee's name.
progress-heading = Progress: { $trainee }
# { $runs } runs finished, { $tried } scenarios played.
progress-summary = { $runs ->
        [one] { $runs } finished run
       *[other] { $runs } finished runs
    } · { $tried ->
        [one] { $tried } scenario tried
       *[other] { $tried } scenarios tried
    }
progress-unreadable = Your progress could not be read: { $error }
progress-not-saving = Progress is not being saved on this computer (see the title screen).
progress-mastery = Strategy mastery, weakest first
# { $runs } is how many recent runs count (10).
progress-mastery-note = Of the scenes where a strategy was recommended, the share where you applied it (your last { $runs } runs).
progress-no-scenes = No scenes answered yet: play a scenario and your mastery appears here.
# { $count } more strategies, the weakest of them at { $lowest } percent.
progress-more-mastery = and { $count } more, all at { $lowest }% or above
progress-mistakes = Mistakes you make most often
progress-practice-next = Practice next
# { $title } is the scenario's title.
progress-practice = Practice "{ $title }"
progress-scenarios = Scenarios: best and last score
# A scenario's row: best and last score, runs finished; { $note } is empty or " (old scoring model)".
progress-figures = best { $best } · last { $last } · { $runs ->
        [one] { $runs } run
       *[other] { $runs } runs
    }{ $note }
progress-old-scoring = (old scoring model)
progress-not-finished = not finished yet
progress-more-scenarios = and { $count } more: `hold-the-line progress` lists them all

## Trainee picker

trainees-type-name = Type a name...
trainees-heading = Who is practicing?
trainees-intro = Pick your name, or type it and press Enter to add yourself. Each trainee's progress is kept apart.
trainees-add = Add and practice
trainees-unreadable = The saved profiles could not be read: { $error }
trainees-none = No profiles yet on this computer.
# After the profile's details when it is the trainee practicing now.
trainees-current = current
# A profile: { $runs } runs finished, { $date } the last day practiced (2024-05-01), { $mark } empty or " · current".
trainees-detail = { $runs ->
        [one] { $runs } run
       *[other] { $runs } runs
    } · last { $date }{ $mark }
trainees-new-profile = new profile{ $mark }
trainees-more = { $count } more not shown: type the name to pick it.
trainees-keys = Type a name and press Enter · arrows + Enter pick a profile · Esc clears the name, then goes back.

## Pause menu

pause-title = Paused
pause-resume = Resume
pause-back-to-list = Back to the scenario list
pause-back-to-title = Back to the title

## Classroom: the presenter's screen on the projector

# The instructor's keys along the bottom.
classroom-keys = Space next step  ·  1-9 play that answer  ·  T show/hide votes  ·  K 30-second countdown  ·  L lock  ·  P people  ·  A address  ·  Esc end
classroom-seconds-left = { $seconds } s left
classroom-status-waiting = Read the scene together. Space opens voting.
# { $voted } of the { $present } people in the room have voted.
classroom-status-voting = Voting open: { $voted } of { $present } voted. Space closes voting.
classroom-status-closed = Voting closed: { $voted } of { $present } voted. Space plays the room's answer, or a number key.
classroom-status-tie = Voting closed: { $voted } of { $present } voted, no single winner. Press the number to play.
classroom-status-feedback = Talk it through. Space goes to the next scene.
classroom-status-over = The class debrief. Esc ends the session.
classroom-scene = Scene { $number }
classroom-votes = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}
# After the vote count of the answer the room played.
classroom-played = played
classroom-room-best = The room found the best response.
classroom-room-not-best = Not the best response.
# { $number } is the number the answer was shown under.
classroom-room-said = The room said (answer { $number }):
classroom-best-response = Best response:
classroom-how-voted = How the room voted
# { $share } is a percentage.
classroom-best-share = { $share }% of the votes found the best response.
# { $count } votes went to the mistaken answer { $said } (in quotes).
classroom-tempting = Most tempting mistake ({ $count }): { $said }. Ask the room what made it tempting.
classroom-debrief = Class debrief: the room scored { $score }
# A scene in the class debrief: { $share } percent of { $votes } votes.
classroom-scene-share = { $share }% of { $votes } votes found the best response.
classroom-scene-tempting = Most tempting mistake ({ $count }): { $said }
# { $people } people voted; { $mean } is their mean score, { $best } the highest.
classroom-own-scores = On their own votes, { $people } people averaged { $mean } (highest { $best }); each phone shows its own score.
classroom-talk-about-it = Talk about it
# The class debrief's path: { $said } is what the room answered in scene { $number }.
classroom-path-best = Scene { $number }: { $said } (the best response)
classroom-path-not-best = Scene { $number }: { $said } (not the best response)
classroom-join = Join on your phone
# What a screen reader says for the QR code; { $url } is the address.
classroom-qr = QR code that opens { $url } with the room code
classroom-room-code = Room code
classroom-joined = { $count } joined
classroom-locked = Locked: nobody new can join
# The laptop has several addresses: this is number { $number } of { $total }.
classroom-address = Address { $number } of { $total }: A shows the next
classroom-nobody-joined = Nobody has joined yet. Check:
classroom-checklist-wifi = Phones on the same Wi-Fi as this laptop (not mobile data).
classroom-checklist-guest-wifi = Guest Wi-Fi often keeps devices apart: try the staff network.
classroom-checklist-hotspot = Or turn on a phone hotspot and join this laptop to it.
classroom-checklist-firewall = Allow the firewall prompt for Hold the Line (private networks).
classroom-checklist-next-address = Try the next address: press A.
classroom-people = People (arrows, Delete removes)
# What the instructor's last key did.
classroom-session-over = The session is over. Press Esc to end it.
classroom-close-voting-first = Close voting first (Space), then choose.
classroom-votes-shown = Votes are shown, on phones too.
classroom-votes-hidden = Votes are hidden.
classroom-room-locked = Room locked: nobody new can join.
classroom-room-open = Room open to join.
classroom-removed = { $name } was taken out of the room.
classroom-press-p = Press P to list the people in the room, then choose who to remove.
# { $link } is the join address now on screen.
classroom-showing = Showing { $link }
classroom-confirm-end = Press Esc again to end the session (every phone is told). Any other key carries on.
# Why a class could not start (shown after classroom-could-not-start); { $file } is a scenario file.
classroom-not-in-library = { $file } is not in the library
classroom-has-problems = { $file } has problems; fix them to play it
classroom-catalog-problems = the strategy catalog has problems; fix it first
# { $ip } is the address listened on, { $error } the system's reason.
classroom-cannot-listen = cannot listen for phones on { $ip }: { $error }
classroom-cannot-listen-port = cannot listen for phones on { $ip } port { $port }: { $error }. Choose another with --port, or leave it out to pick a free one.
# { $wanted } is the scenario asked for on the command line.
classroom-no-scenario = no scenario `{ $wanted }` in the library; list them with: hold-the-line validate
classroom-could-not-start = The classroom could not start: { $why }

## Before the window opens, and the join QR code (src/game/mod.rs, src/net/qr.rs)

# Said on the terminal when there is no display; game-no-display-help follows on the next line.
game-no-display = no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set), so the game window cannot open.
# SCENARIO stands for a scenario id (keep it as it is); the two spaces before the parenthesis are intended.
game-no-display-help = To practice in the terminal instead: hold-the-line play SCENARIO  (list them with: hold-the-line validate)
# $error: why the join address cannot be drawn, in the QR library's words (English).
classroom-qr-cannot-draw = the join address cannot be drawn as a QR code: { $error }

## The room's refusals, on a phone or the presenter's status line (src/sim/classroom/error.rs)

room-wrong-code = That is not this room's code. Check the four letters on the screen.
room-locked = The instructor has closed this room to new people.
# $max: how many people a room takes
room-full = The room is full ({ $max } people).
# $max: the longest name, in characters
room-bad-name = Type a name of 1 to { $max } characters.
room-unknown-token = You are not in this room any more. Join again.
room-wrong-scene = The scene has moved on; your page shows the new one.
room-unknown-choice = There is no such choice in this scene.
room-voting-closed = Voting is closed for this scene.
room-no-majority = No single answer has the most votes: press its number to choose what to play.
# $phase: the room's step: waiting, voting, closed, feedback or over
room-not-now = Not possible while the room is at { $phase ->
        [waiting] Waiting
        [voting] Voting
        [closed] Closed
        [feedback] Feedback
       *[over] Over
    }.

## The scenario engine's refusals (src/sim/session/mod.rs); a validated scenario never meets them

# $start: the scene `start` names
session-bad-start = the scenario starts at `{ $start }`, which is not a decision scene
# $given: the choice asked for; $count: how many the scene has
session-no-such-choice = there is no choice { $given }: pick a number from 1 to { $count }
session-finished = the scenario is over: there is nothing left to choose
