# The command line's own words: `--help`, the man page (English) and mistakes on the command line.
# Ids: help-cmd-<command path> for a command, help-arg-<command path>-<argument> for an argument,
# and help-arg-<argument> for one that means the same in every command (src/cli/help.rs).

## What clap frames the help with

help-usage = Usage
help-arguments = Arguments
help-options = Options
help-commands = Commands
help-default = default
help-possible = possible values
help-arg-help = Print help
help-arg-version = Print version
help-cmd-help = Print this message or the help of the given command(s)

## The program

help-cmd = Practice difficult customer conversations, scored against proven service strategies.
help-after-game =
    Run with no command to open the game window.
    Trainers: see AUTHORING.md for the scenario format.

    Exit codes: 0 ok; 1 problems found in the files (validation); 2 usage error;
    3 runtime failure (a file or the progress store could not be read or written, no display).
help-after-terminal =
    This build has no game window.
    Trainers: see AUTHORING.md for the scenario format.

    Exit codes: 0 ok; 1 problems found in the files (validation); 2 usage error;
    3 runtime failure (a file or the progress store could not be read or written).
help-arg-scenarios = Your own scenarios, played beside the built-in ones [default: ./scenarios when it holds a strategies.ron (a clone of the sources), else `scenarios` in the data folder]
help-arg-data-dir = Where progress is saved [default: $HOLD_THE_LINE_DATA, else the platform data folder]
help-arg-trainee = Whose progress this is (profiles by name, for shared classroom PCs) [default: whoever practiced last on this store, else Trainee; for export: everyone]
help-arg-lang = The language to play and print in, e.g. `es` [default: the saved setting, else the system's language when there is a translation, else English]
help-arg-seed = Game: the seed for each scenario's first run (the same seed replays the same run)
help-arg-fullscreen = Game: open full screen
help-arg-size = Game: window size in logical pixels, e.g. 1024x600
help-arg-text-size = Game: text size in percent, 100 to 200 [default: the saved setting, else 100]
help-arg-high-contrast = Game: the high-contrast palette (light text on black, body text at least 7:1)
help-arg-reduced-motion = Game: no easing or animated transitions; values change in one step
help-arg-format = How to print it: as text for people, or as JSON for other programs
help-arg-scenario = A scenario file, or a scenario id from the --scenarios folder
help-value-not-whole = `{ $value }` is not a whole number
help-value-too-large = `{ $value }` is larger than { $largest }
help-value-not-an-address = `{ $value }` is not an IP address, such as 192.168.1.20
help-size-form = write the size as WIDTHxHEIGHT, e.g. 1280x720
help-size-too-small = the window must be at least 320x240

## validate

help-cmd-validate = Check scenario files and the catalog; report every problem with file:line:column
help-arg-validate-lang = Also check the translations into this language, e.g. `es`: missing, stale and orphaned texts, figures that differ, and a coverage line (the messages stay in the saved or system language)
help-arg-validate-paths = Folders or files to check [default: the --scenarios folder]
help-arg-validate-coverage = Also print the strategy-by-scenario coverage table; fails when any strategy is recommended, or any mistake offered, fewer than 3 times
help-arg-validate-with-paths = Also analyse every path (exact up to 20,000, sampled beyond) and play the surface bots (longest, shortest, first, last, stage direction, empathy words) over seeds 1-20; warns when a bot games a scenario

## i18n

help-cmd-i18n = Translations: bring a language's overlays up to date with the scenarios, or give choices the ids translations follow. `validate --lang LANG` checks them
help-cmd-i18n-update = Write or update `i18n/LANG/<scenario-id>.csv` and `i18n/LANG/strategies.csv` in the scenarios folder (--lang LANG is required): new texts added with their English, edited ones marked stale, removed ones kept as orphaned. Nothing translated is ever deleted
help-arg-i18n-lang = The language whose translation files to write, e.g. `es` (the messages stay in the saved or system language)
help-arg-i18n-update-lang = The language whose translation files to write or update, e.g. `es` (required)
help-arg-i18n-update-ids = Scenario ids to start or update [default: those with an overlay in LANG, or every scenario when there is none yet]
help-cmd-i18n-ids = Give every choice without an `id:` one (its number in the scene), in the scenario files
help-arg-i18n-ids-lang = Not used: a choice's id is the same in every language
help-arg-i18n-ids-ids = Scenario ids [default: every scenario in the scenarios folder]

## play, progress, export, report, graph

help-cmd-play = Play a scenario in the terminal
help-arg-play-seed = Seed for the customer's lines and the choice order; the same seed replays the same run
help-arg-play-choices = Play these choices (numbers as shown, comma-separated) and print the whole transcript
help-cmd-progress = Show a trainee's progress: results, strategy mastery, frequent mistakes, what to practice next
help-cmd-export = Export decisions as CSV (one row per decision) or xAPI 1.0.3 statements (JSON array), or classroom sessions one row per participant per scene (class-csv)
help-arg-export-format = csv: one row per decision; xapi: xAPI 1.0.3 statements (a JSON array); class-csv: classroom sessions, one row per participant per scene, with their vote and own score
help-arg-export-since = Only decisions from this date on (YYYY-MM-DD)
help-arg-export-output = Write to FILE instead of standard output
help-cmd-report = The class report from trainees' CSV exports or progress.sqlite files: a terminal table and a self-contained, printable HTML page
help-arg-report-files = Trainees' CSV exports or progress.sqlite files
help-arg-report-html = Where to write the HTML page
help-cmd-graph = Draw a scenario's branching graph, endings marked and the best path highlighted
help-arg-graph-format = mermaid (for Markdown pages) or dot (for Graphviz)

## classroom

help-cmd-classroom = Run a class: the scenario on this screen (a projector), everyone voting from their phones over the local network. Without SCENARIO, pick it in the window
help-arg-classroom-scenario = A scenario id or file name from the library
help-arg-classroom-port = The port phones connect to [default: 8321, or a free one if that is taken]
help-arg-classroom-host = The address phones use to reach this computer [default: its LAN address; the presenter's A key cycles the others]. The server then listens on it alone
help-arg-classroom-seed = The seed for the run (the same seed shows the same lines and choice order)

## lrs

help-cmd-lrs = Send results to the organisation's Learning Record Store (xAPI 1.0.3): set it, see the queue, test the connection, send now, or stop
help-cmd-lrs-set = Send results to this LRS from now on. The secret is read from HOLD_THE_LINE_LRS_SECRET, else asked for (never shown), and saved readable by this user only
help-arg-lrs-set-endpoint = The LRS's xAPI address, e.g. https://lrs.example.org/xAPI/
help-arg-lrs-set-user = The key the LRS gave this computer (the HTTP Basic user name)
help-arg-lrs-set-home-page = Who trainees are: the home page of the system their profile names are ids in [default: kept, else https://hold-the-line.invalid/trainees]
help-arg-lrs-set-platform = Sent as context.platform, e.g. "Hold the Line, Lisbon contact centre" ("" to clear)
help-arg-lrs-set-registration = One registration (UUID) for every run, for a course enrolment ("" to clear) [default: each run is its own registration]
help-arg-lrs-set-mastery-score = The score (0-100) a run needs to count as passed [default: kept, else 65]
help-arg-lrs-set-timeout = Seconds to wait for the LRS to answer [default: kept, else 30]
help-cmd-lrs-status = Where results go, how many wait, the last try, and every statement the LRS refused
help-cmd-lrs-test = Ask the LRS who it is and whether it accepts the key, and explain its answer
help-cmd-lrs-push = Send every waiting result now and say what happened
help-arg-lrs-push-retry-refused = First put the statements the LRS refused back in the queue (after fixing the cause)
help-cmd-lrs-off = Stop sending: the settings (with the secret) are removed; waiting results stay queued

## Mistakes on the command line (usage errors)

usage-unknown-argument = unexpected argument '{ $arg }' found
usage-unknown-command = unrecognized command '{ $command }'
usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
usage-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
usage-value-missing = a value is required for '{ $arg }' but none was supplied
usage-possible-values = possible values: { $values }
usage-missing-arguments = the following required arguments were not provided:
usage-missing-command = '{ $command }' requires a command but one was not provided
usage-commands = commands: { $values }
usage-used-twice = the argument '{ $arg }' cannot be used multiple times
usage-conflict = the argument '{ $arg }' cannot be used with { $other }
usage-conflict-these = the argument '{ $arg }' cannot be used with:
usage-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
usage-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
usage-wrong-count = { $expected } values required for '{ $arg }' but { $given } { $given ->
    [one] was
   *[other] were
} provided
usage-needs-equals = equal sign is needed when assigning values to '{ $arg }'
usage-not-utf8 = an argument is not valid UTF-8
usage-similar-argument = tip: { $count ->
    [one] a similar argument exists
   *[other] some similar arguments exist
}: { $similar }
usage-similar-command = tip: { $count ->
    [one] a similar command exists
   *[other] some similar commands exist
}: { $similar }
usage-similar-value = tip: { $count ->
    [one] a similar value exists
   *[other] some similar values exist
}: { $similar }
# clap's own advice: a value that starts with '-', a command's option, a needless '--', other.
usage-tip-as-value = tip: to pass '{ $arg }' as a value, use '{ $instead }'
usage-tip-exists = tip: '{ $what }' exists
usage-tip-remove-dashes = tip: command '{ $command }' exists; to use it, remove the '--' before it
usage-tip = tip: { $advice }
usage-more = For more information, try '{ $help }'.
