# The terminal's words: `play` transcripts and what the scoring says in words.
# Each message id is used in src/cli or src/text/words.rs; `{ $name }` are the values put in.

## Words shared by the transcript and the window

difficulty-easy = Easy
difficulty-medium = Medium
difficulty-hard = Hard
outcome-resolved = Resolved
outcome-escalated = Escalated
outcome-unresolved = Unresolved
outcome-walkout = Walkout
grade-a = Excellent: you handled this like a seasoned pro
grade-b = Strong: a few moments to sharpen
grade-c = Developing: the basics are there, keep practicing
grade-d = Needs practice: review the missed strategies
grade-f = Start again: replay and follow the best responses
# A decision's points: "+50 strategy points, -35 for mistakes = +15".
points-earned = +{ $earned } strategy points
points-with-penalty = +{ $earned } strategy points, -{ $penalty } for mistakes = { $net }
# How a run's score was made: "(450 strategy points - 35 for mistakes) / 6 decisions = 69".
score-points = { $earned } strategy points
score-points-with-penalty = ({ $earned } strategy points - { $penalty } for mistakes)
decisions = { $count ->
    [one] { $count } decision
   *[other] { $count } decisions
}
score-divisor-best-path = { $divisor } (the best path's decisions; this run made { $made })
score-below-zero = , below 0 counts as 0
score-walkout-held = , held at { $score }: a walkout cannot pass
score-line = { $points } / { $divisor }{ $below }{ $held } = { $score }

## play: the transcript

transcript-seed = seed { $seed }
transcript-customer = { $name }: { $about } (mood { $mood }/100)
transcript-scene = Scene { $number }: { $id }
transcript-mood = Mood { $mood }/100
transcript-you-chose = You chose { $number }: { $said }
transcript-points = Points: { $points } | mood { $before } -> { $after } ({ $change })
transcript-applied = [applied] { $name }: { $why }
transcript-missed = [missed] { $name }: { $why }
transcript-off-target = [off-target] { $name }: fine in itself, but not what this moment called for.
transcript-mistake = [mistake -{ $penalty }] { $name }: { $why }
transcript-best-here = [best] That was the best response here.
transcript-best = [best { $score }] { $said }
transcript-it-applies = It applies: { $names }.
transcript-walkout = [walkout] The customer's mood hit 0: they have had enough.
transcript-debrief = Debrief
transcript-score = Score { $score }/100 | grade { $letter }: { $label }
transcript-how = How: { $how }
transcript-outcome = Outcome: { $outcome } | final mood { $mood }/100
transcript-path = Path: { $path }
transcript-table-strategy = Strategy
transcript-col-applied = applied
transcript-col-missed = missed
transcript-col-off-target = off-target
transcript-mistakes = Mistakes:
transcript-mistake-count = - { $name } x{ $count } (-{ $points } points)
transcript-reflect = Reflect:
transcript-in-english = (This scenario is not translated yet: it plays in English.)
play-prompt = Your response (1-{ $count }, q to quit):
play-stopped = Stopped before the end; replay with --seed { $seed }.
play-type-a-number = Please type a number from 1 to { $count }.
play-replay = Replay this run: hold-the-line play { $file } --seed { $seed } --choices { $choices }
play-resume = You have an unfinished run of this scenario at scene { $scene }. Resume it? [Y/n]
play-changed = You have an unfinished run of this scenario, but the scenario has changed since; starting over.
play-lrs-sent = { $results } sent to the LRS.
play-lrs-refused = the LRS refused { $results }; `hold-the-line lrs status` says why.
play-lrs-no-answer = the LRS did not answer in time
# $results: "3 results"; $why: why they were not sent.
play-lrs-waiting = { $results } waiting to send: { $why }. They are kept and sent with the next run, or `hold-the-line lrs push`.

## The command line's own messages (src/cli/mod.rs)

cli-no-game-window = this build of hold-the-line has no game window (it was built without the `game` feature).
cli-no-game-window-help = Use a command instead, e.g. `hold-the-line play SCENARIO`; see `hold-the-line --help`.
# $name: what the command line named; $folder: the scenarios folder looked in.
cli-no-scenario = no scenario `{ $name }`: give a path to a `.scenario.ron` file or a scenario id from { $folder }
# $ids: the scenario ids found, separated by commas.
cli-known-ids = known ids: { $ids }
# $id: the scenario's id; $count: how many problems `validate` finds; $file: its file.
cli-scenario-has-problems = `{ $id }` has { $count } problem(s); run `hold-the-line validate { $file }` and fix them first
cli-no-data-folder = this system has no data folder for progress; pass --data-dir DIR
# $folder: the data folder where the progress file would be.
cli-no-progress-yet = no progress has been saved in { $folder } yet; play a scenario first (hold-the-line play ID), or pass --data-dir DIR

## validate

# $folder: the folder validated.
validate-none-of-your-own = No scenarios of your own here yet: see README.txt in { $folder }.
# $count: the built-in scenarios played beside the trainer's own.
validate-built-in = (and { $count ->
        [one] { $count } scenario
       *[other] { $count } scenarios
    } built in, not listed)
# $ids: the built-in scenario ids the trainer's files replace, separated by commas.
validate-built-in-replaced = (and { $count ->
        [one] { $count } scenario
       *[other] { $count } scenarios
    } built in, not listed; yours replace the built-in { $ids })
# One language's coverage: "translation es (Español): catalog 100 %, 2 of 5 scenarios translated".
# $catalog is the catalog's share ("100 %") or validate-translation-none; $done: scenarios translated.
validate-translation = translation { $lang } ({ $name }): catalog { $catalog }, { $done } of { $count ->
        [one] { $count } scenario
       *[other] { $count } scenarios
    } translated
# The catalog has no overlay in the language.
validate-translation-none = none
# Follows validate-translation (and the list of translated scenarios): $count scenarios play in English.
validate-translation-english = ; { $count } play in English
# The coverage table's blocks, column and mark; `validate --coverage`.
validate-coverage-strategies = Strategies
validate-coverage-strategies-count = scenes recommending it
validate-coverage-mistakes = Mistakes
validate-coverage-mistakes-count = choices making it
validate-coverage-total = total
validate-coverage-below = <- below { $minimum }
# After "coverage ok: ", which stays as it is for scripts.
validate-coverage-ok = every strategy and mistake is practiced at least { $minimum } times
# After "coverage FAILED: ", which stays as it is for scripts; $ids: the ids below the minimum.
validate-coverage-failed = below { $minimum }: { $ids }
# A scenario's best run: "best 92: opening#2 -> listen#1 -> resolved_end"; $path: scene#choice steps.
validate-best = best { $score }: { $path } -> { $ending }
validate-best-none = best: none (fix the errors first)
# A scenario's line: "my-first (Easy, 3 scenes): best 100: ..."; $difficulty as the file writes it.
validate-scenario = { $id } ({ $difficulty }, { $scenes ->
        [one] { $scenes } scene
       *[other] { $scenes } scenes
    }): { $best }
# The last line, after "ok: " or "FAILED: " (kept as they are for scripts).
validate-summary = { $scenarios ->
        [one] { $scenarios } scenario
       *[other] { $scenarios } scenarios
    } ({ $scenes ->
        [one] { $scenes } scene
       *[other] { $scenes } scenes
    }), { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
# The same with the catalog's size: "1 scenario (2 scenes) against 5 strategies and 2 mistakes, 0 errors, 2 warnings".
validate-summary-with-catalog = { $scenarios ->
        [one] { $scenarios } scenario
       *[other] { $scenarios } scenarios
    } ({ $scenes ->
        [one] { $scenes } scene
       *[other] { $scenes } scenes
    }) against { $strategies ->
        [one] { $strategies } strategy
       *[other] { $strategies } strategies
    } and { $mistakes ->
        [one] { $mistakes } mistake
       *[other] { $mistakes } mistakes
    }, { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }

## validate --paths

# $first, $last: the first and last seed the bots play.
paths-title = Paths (model 2 run scores; bots play seeds { $first }-{ $last })
paths-not-analysed = { $id }: not analysed (fix its errors first)
# "my-first: 12 paths (exact), min 20, median 65, max 100"; $how is paths-exact or paths-sampled.
paths-summary = { $id }: { $count ->
        [one] { $count } path
       *[other] { $count } paths
    } ({ $how }), min { $min }, median { $median }, max { $max }
paths-exact = exact
paths-sampled = sampled
# Shares of paths, whole percent, by outcome.
paths-outcomes = outcomes: resolved { $resolved }%, escalated { $escalated }%, unresolved { $unresolved }%, walkout { $walkout }%
# The bots' table: the bot's name, its mean score and its best score.
paths-bot = bot
paths-mean = mean
paths-best = best

## progress

# $name: the trainee; $file: the progress file.
progress-cmd-none-for = No progress for `{ $name }` in { $file }; pass --trainee NAME.
progress-cmd-title = Progress for { $trainee } ({ $file })
# The scenarios table's columns: finished runs, best and last score.
progress-cmd-scenario = Scenario
progress-cmd-runs = runs
progress-cmd-best = best
progress-cmd-last = last
progress-cmd-mastery = Strategy mastery (latest runs)
progress-cmd-applied = applied
progress-cmd-trend = trend
progress-cmd-frequent-mistakes = Most frequent mistakes:
# $difficulty is the scenario file's word: Easy, Medium or Hard.
progress-cmd-practice-next = Practice next: { $title } ({ $difficulty }), hold-the-line play { $id }
# $first, $second: a strategy with its mastery, e.g. "Summarize their issue (40%)".
progress-cmd-works-on-one = It works on { $first }.
progress-cmd-works-on-two = It works on { $first } and { $second }.

## export

export-since-format = --since takes a date as YYYY-MM-DD, e.g. 2026-11-01 (got `{ $date }`)
export-cannot-write = cannot write { $file }

## report

# $problem: why the CSV reader refused the file.
report-not-an-export = { $file }: { $problem } (is this a `hold-the-line export --format csv` file?)
# $problem: why the file could not be opened as a progress store.
report-not-a-store = { $problem } (pass CSV exports or progress.sqlite files)
report-no-decisions = no decisions found in the files given
report-cannot-write = cannot write { $file }
report-written = HTML report written to { $file }

## graph (labels inside the Mermaid or DOT graph; no double quotes in them)

graph-start = START
graph-recovery = RECOVERY
# $outcome: outcome-resolved, outcome-escalated, ...
graph-ending = { $outcome } ending
# An arrow: choice number, strategy points, mood change with its sign ("+5").
graph-edge = { $choice }: +{ $earned } pts, mood { $mood }
graph-edge-with-mistake = { $choice }: +{ $earned } -{ $penalty } mistake pts, mood { $mood }

## lrs

lrs-no-config-folder = this system has no configuration folder; set HOLD_THE_LINE_CONFIG to one
# $file: where the settings that could not be read were moved.
lrs-old-settings-kept = the old settings are kept as { $file }
lrs-off-none = No LRS is set; nothing to turn off.
# $file: the LRS settings file.
lrs-off-done = Results are no longer sent; { $file } (with its key and secret) is removed.
lrs-off-waiting = { $count ->
        [one] { $count } result
       *[other] { $count } results
    } waiting stay in the store and are sent when an LRS is set again.
lrs-none-set = no LRS is set; set one with `hold-the-line lrs set --endpoint URL --user KEY`
# $user: the LRS key; $file: the settings file.
lrs-set-done = Results will be sent to { $endpoint } as { $user } (saved in { $file }).
lrs-plain-http = http:// sends the key's secret and the results unencrypted; use the LRS's https:// address unless this network is trusted
lrs-set-check = Check the connection with `hold-the-line lrs test`.
lrs-status-endpoint = LRS: { $endpoint } (key { $user }, secret set)
# Shown as the registration when none is set.
lrs-status-registration-per-run = each run its own
# $home_page: the address trainee accounts are named on; $registration: an id or lrs-status-registration-per-run.
lrs-status-accounts = Trainees are accounts on { $home_page }; registration: { $registration }
lrs-status-no-platform = (none)
# $score: the mastery score (0-100); $platform: a name or lrs-status-no-platform.
lrs-status-passed = Passed at { $score } or more, with the issue resolved or escalated; platform: { $platform }
lrs-status-queue = Queue: { $waiting } waiting, { $sent } sent, { $refused } refused
# $at: a date and time; $outcome: the store's word (sent, unreachable, refused, store); $detail: its details.
lrs-status-last-try = Last try: { $at } ({ $outcome }): { $detail }
lrs-status-last-sent = Last sent: { $at }
lrs-status-refused = Refused by the LRS (kept in the store, not sent again):
# $id: the statement id; $what: who did what; $at: when it was queued.
lrs-status-refused-row = { $id } { $what } (queued { $at })
lrs-status-retry = Once the cause is fixed, send them again with `hold-the-line lrs push --retry-refused`.
# The endpoint ends with a slash: "Asking https://lrs.example.org/xAPI/about ...".
lrs-test-asking = Asking { $endpoint }about ...
# $versions: the xAPI versions the LRS names, separated by commas.
lrs-test-xapi = an xAPI LRS answers; it speaks { $versions }
lrs-test-not-xapi = a server answers, but not as an xAPI LRS's `about` does
lrs-test-other-version = an LRS answers, but speaks { $versions } and not xAPI 1.0.3
# $status: the HTTP status code.
lrs-test-no-about = HTTP { $status }: no `about` here (some LRSs have none); the read below is what counts
# $why: the network's reason.
lrs-test-nothing-answered = nothing answered: { $why }
lrs-test-reading = Reading one statement with the key { $user } ...
lrs-test-key-accepted = the key is accepted: results can be sent
# $reason: the LRS's answer, in its words.
lrs-test-key-wrong = the key or its secret is wrong ({ $reason }); set them again with `hold-the-line lrs set`
lrs-test-key-cannot-read = the key is known but may not read statements ({ $reason }); a write-only key may still send: try `hold-the-line lrs push`
lrs-test-not-an-lrs = no statements here ({ $reason }); the endpoint is the LRS's xAPI address, e.g. https://lrs.example.org/xAPI/
lrs-test-busy = the LRS is failing or busy ({ $reason }); try again later
lrs-test-refused = the LRS refused the request ({ $reason })
lrs-no-data-folder = this system has no data folder for progress; pass --data-dir DIR
# $folder: the data folder where the progress file would be.
lrs-push-nothing-saved = Nothing to send: no progress has been saved in { $folder } yet.
lrs-push-requeued = { $count ->
        [one] { $count } result
       *[other] { $count } results
    } refused before go back in the queue.
lrs-push-nothing-sent = Nothing sent to { $endpoint }.
lrs-push-sent = Sent { $count ->
        [one] { $count } result
       *[other] { $count } results
    } to { $endpoint }.
# $there: how many of them the LRS already held.
lrs-push-sent-some-there = Sent { $count ->
        [one] { $count } result
       *[other] { $count } results
    } to { $endpoint } ({ $there } it already had).
lrs-push-refused = The LRS refused { $count ->
        [one] { $count } result
       *[other] { $count } results
    }; `hold-the-line lrs status` lists them with its reasons.
# $reason: why sending stopped, in the words of the LRS or the network.
lrs-push-stopped = Stopped: { $reason }.
lrs-push-still-waiting = { $count ->
        [one] { $count } result
       *[other] { $count } results
    } still waiting, kept in the store for the next try.
lrs-push-none-waiting = Nothing is waiting.

## lrs set: the secret

secret-not-utf8 = HOLD_THE_LINE_LRS_SECRET is not valid UTF-8
# The prompt; what is typed after it is not shown.
secret-prompt = Secret for the key { $user } (not shown):
# $problem: the system's reason.
secret-cannot-read = cannot read the secret ({ $problem })
secret-none-given = no secret given: type it at the prompt, or set HOLD_THE_LINE_LRS_SECRET
secret-cannot-hide = cannot hide the secret as it is typed; set HOLD_THE_LINE_LRS_SECRET instead
secret-cannot-hide-here = this system's terminal cannot hide the secret here; set HOLD_THE_LINE_LRS_SECRET instead

## The scenarios folder

folders-no-data-folder = no data folder: set HOLD_THE_LINE_DATA or pass --scenarios DIR
folders-cannot-create = cannot create { $folder }; pass --scenarios DIR instead

## i18n

i18n-which-language = say which language to update, e.g. `hold-the-line i18n update --lang es`
i18n-source-language = the scenarios are written in English (`en`); overlays are for other languages
# $name: the id given; $ids: the scenario ids there are, separated by commas.
i18n-no-scenario = no scenario `{ $name }` in { $folder }; known ids: { $ids }
i18n-left-as-is = { $file } was left as it is: fix the rows above, then run this again
# $summary: i18n-translated, then i18n-stale and i18n-orphaned when there are any, separated by commas.
i18n-up-to-date = { $file }: up to date, { $summary }
i18n-written = { $file }: written, { $summary }
# $current of $total texts are translated from their current English.
i18n-translated = { $percent } % translated ({ $current } of { $total })
# "stale" and "orphaned" are the words of the overlay's status column: keep them as they are.
i18n-stale = { $count } to check (stale)
i18n-orphaned = { $count } kept from removed texts (orphaned)
i18n-ids-added = { $file }: { $count ->
        [one] { $count } choice id
       *[other] { $count } choice ids
    } added
i18n-ids-none-added = every choice already has an id

## Choosing the language (src/text/language.rs)

language-not-a-tag = `{ $given }` is not a language tag: write it as `es`, `es-MX` or `pt-BR`
# $available: each language as "es (Español)", separated by commas.
language-no-translation = there is no translation into `{ $tag }`; available: { $available }
# $count: how many characters the font lacks; $chars: up to 12 of them, separated by spaces.
language-font-missing = the game's font (Lato) cannot draw { $count } characters of `{ $lang }` ({ $chars }): it covers Latin, Greek, Cyrillic and Vietnamese scripts; play this language with `hold-the-line play --lang { $lang }` in a terminal, whose font may have them

## play and the game window's start: the command line's own messages (src/cli/play.rs, src/cli/game.rs)

# $file: where the damaged progress store was moved.
play-store-moved-aside = the progress store was damaged; it was moved to { $file } and a new one started
# $error: why the store could not be read, naming the file.
play-unfinished-unreadable = your unfinished run could not be read: { $error }
# $made: the choices played before the run ended; $given: how many numbers --choices gave.
play-choices-too-many = the run ended after { $made ->
        [one] { $made } choice
       *[other] { $made } choices
    }, but --choices gave { $given }: drop the extra ones
# $position: which number of --choices (also the scene it answers); $number: the number given; $id: the scene's id; $count: how many choices the scene has.
play-choice-out-of-range = choice { $position } of --choices is { $number }, but scene { $position } (`{ $id }`) has choices 1 to { $count }
# $scene: the scene's number; $id: the scene's id; $count: how many choices the scene has.
play-choices-ran-out = --choices ran out at scene { $scene } (`{ $id }`); add a choice from 1 to { $count }
# $folder: the scenarios folder as given; the system's reason follows after ": ".
cli-cannot-resolve = cannot resolve { $folder }
# $folder: the scenarios folder, as a full path.
cli-no-scenarios-folder = the scenarios folder { $folder } does not exist; pass --scenarios DIR
