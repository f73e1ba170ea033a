# Where results go and where progress is kept: the LRS sender's reasons, the progress store's errors, the settings files' problems.

## The LRS link (src/lrs/link.rs)

# $problem: why the LRS settings cannot be used (file, line and column, and what to do).
lrs-results-not-sent = Results are not sent to the LRS: { $problem }
# On the title screen while results wait; $reason: why sending stopped (one of the reasons below, or the LRS's own words).
lrs-waiting-note = { $count ->
        [one] { $count } result
       *[other] { $count } results
    } waiting to send to your organisation's records: { $reason }. They are kept on this computer and sent when the LRS answers.
# "1 result" / "12 results", put inside other sentences.
lrs-results = { $count ->
        [one] { $count } result
       *[other] { $count } results
    }

## Why sending stopped (src/lrs/drain.rs, src/lrs/sender.rs)
## $reason is the LRS's answer in its own words, e.g. "HTTP 401: Invalid authentication credentials".

lrs-refuses-every-statement = the LRS refuses every statement ({ $reason }): check the settings with `hold-the-line lrs status`
lrs-key-refused = the LRS refused the key ({ $reason }): check it with `hold-the-line lrs test`
lrs-no-lrs-at-endpoint = no LRS answers at the endpoint ({ $reason }): check the address
lrs-busy = the LRS is busy or failing ({ $reason })
lrs-read-answered-as-write = the LRS answered a read as if it were a write
lrs-sending-turned-off = sending was turned off (`hold-the-line lrs off`)

## Why the LRS could not be reached (src/lrs/client.rs)

# A web page (a captive portal, a website) answered instead of an LRS; $start: the first 80 characters it sent.
lrs-not-an-lrs-answer = it answered 200, but not as an xAPI LRS does (it sent `{ $start }`)
lrs-name-does-not-resolve = the LRS's name does not resolve (no network, or a typo in the address)
lrs-nothing-at-address = nothing answered at that address (is the LRS running, and the port right?)
lrs-timed-out = the LRS did not answer in time
lrs-connection-refused = the connection was refused (is the LRS running, and the port right?)
# $error: the system's reason, in its words (often English).
lrs-connection-failed = the connection failed ({ $error })
# $error: why the certificate was refused, in the TLS library's words.
lrs-certificate-refused = the LRS's certificate was not accepted ({ $error })

## The LRS settings file, lrs.ron (src/lrs/config.rs); each problem follows "file:line:column: " or "field: "

# $endpoint: the address as written in the settings.
lrs-config-not-web-address = `{ $endpoint }` is not a web address (http:// or https://)
lrs-config-address-alone = `{ $endpoint }`: give the address alone, with no query, fragment or user name in it
lrs-config-user-empty = the key (user) is empty
lrs-config-secret-empty = the secret is empty
# $home_page: the address trainee accounts are named on.
lrs-config-not-iri = `{ $home_page }` is not an address (IRI)
# $registration: the registration id as written.
lrs-config-not-uuid = `{ $registration }` is not a UUID
# $score: the mastery score as written (above 100).
lrs-config-not-a-score = { $score } is not a score from 0 to 100
lrs-config-timeout-zero = the timeout must be at least 1 second
# $problem: one of the problems above, or the file reader's own words for a file that does not parse.
lrs-config-fix = { $problem }; fix it, or set it again with `hold-the-line lrs set`

## Settings files (src/store/settings.rs, also lrs.ron); each follows "file: " or "file:line:column: "

# $error: the system's reason, in its words.
settings-file-cannot-read = cannot be read ({ $error })
# $problem: the file reader's own words for what does not parse.
settings-file-broken = { $problem }; the game uses the default settings; changing a setting replaces the file (the old one is kept beside it as settings.ron.broken)
# $problem: settings-file-text-size-range; $percent: the text size used instead.
settings-file-text-size-clamped = { $problem }; using { $percent } %
# $percent: the text size asked for.
settings-file-text-size-range = the text size must be between 100 and 200 (percent), not { $percent }
# Writing a file failed; $error: the system's reason, in its words.
settings-file-cannot-create-folder = cannot create its folder ({ $error })
settings-file-cannot-keep-broken = cannot keep the broken file ({ $error })
settings-file-cannot-write = cannot write ({ $error })
settings-file-cannot-replace = cannot replace ({ $error })

## The progress store (src/store/error.rs); each follows "file: ", and the system's reason may follow

# $found: the store's schema version; $supported: the newest this build reads.
store-newer = this progress store was written by a newer Hold the Line (schema { $found }, this build reads up to { $supported }); update the game, or pass --data-dir to use another folder. The file was not changed.
store-locked = the progress store is busy in another program; close other Hold the Line windows and try again.
store-damaged = not a readable progress store (damaged, or another kind of file); it was left as it is
store-missing = no progress has been saved here yet (no such file).
store-io = the file system refused
store-sqlite = the progress store failed
# Shown after "help: " under store-damaged.
store-damaged-help = open the game once to move it aside and start fresh, or restore a backup of it

## Saving runs as they are played (src/store/recorder.rs)

# Said once when saving stops (the terminal puts "warning: " before it); $why: what failed, naming the file.
recorder-not-saving = Progress will not be saved: { $why }
# The $why above when the system has no data folder.
recorder-no-data-folder = no data folder on this system
