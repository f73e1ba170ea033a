# The overlays problems: reading a translation overlay (src/sim/i18n/file.rs), checking it
# against the English (check.rs, language.rs), and `i18n ids` (ids.rs).
# The command `hold-the-line i18n update --lang <language>` and the status words `missing`,
# `stale` and `orphaned` are what the trainer types or reads in the file: kept as they are.

## Reading an overlay file (codes `overlay-header`, `overlay-row`, `overlay-status`, `overlay-duplicate`)

overlays-overlay-header = this is not a translation overlay
# $header: the header every overlay starts with, `key,source,translation,status,translated_from`
overlays-overlay-header-label = the first line must be `{ $header }`
overlays-overlay-header-hint = `hold-the-line i18n update --lang <language>` writes overlays with this header
# $found: how many columns the row has; $expected: how many an overlay row has (5)
overlays-overlay-row-columns = this row has { $found } columns, not { $expected }
overlays-overlay-row-columns-hint = a text with a comma, a quote or a line break goes in double quotes, its quotes doubled ("")
overlays-overlay-row-no-key = this row has no key
# $reason: the CSV reader's own words (from a library, in English)
overlays-overlay-row-unreadable = this row cannot be read: { $reason }
overlays-overlay-row-unreadable-hint = save the file as UTF-8 CSV, each text in double quotes when it holds a comma, a quote or a line break
# $status: what the row's status column holds
overlays-overlay-status = unknown status `{ $status }`
overlays-overlay-status-label = empty, `missing`, `stale` or `orphaned`
overlays-overlay-status-hint = clear the status once you have checked the translation against the source
# $key: the text's key, given twice
overlays-overlay-duplicate = `{ $key }` is here twice
# $line: the line of the first row with that key
overlays-overlay-duplicate-label = first on line { $line }
overlays-overlay-duplicate-hint = keep one row per key; the first one is used

## validate --lang: an overlay against the English it translates (code `translation`, warnings)

# $key: the text's key
overlays-translation-stale = `{ $key }`: the English changed since this was translated
# $was: the English the translation was made from (its first 60 characters)
overlays-translation-stale-label = translated from "{ $was }"
# $source: the English as it is now (its first 60 characters)
overlays-translation-stale-hint = check it against the English now ("{ $source }"), then clear `stale` in the status column; `hold-the-line i18n update --lang <language>` brings the overlay up to date
# $key: the text's key
overlays-translation-orphaned = `{ $key }` is no longer in the English
overlays-translation-orphaned-label = kept so no translation is lost
overlays-translation-orphaned-hint = move the translation to the text's new key, or delete the row if the text is gone for good
# $key: the text's key
overlays-translation-figures = `{ $key }`: figures or placeholders differ from the English
# $want: the English's figures and placeholders, separated by spaces, or overlays-translation-figures-none;
# $got: the translation's, the same way
overlays-translation-figures-label = the English has { $want }; this has { $got }
overlays-translation-figures-none = none
overlays-translation-figures-hint = amounts, times and `{"{"}placeholders{"}"}` must stay as the English gives them (write numbers as digits)
# $count: how many texts are not translated; $first: the key of the first one
overlays-translation-untranslated = { $count ->
        [one] 1 text is not translated yet: `{ $first }`
       *[other] { $count } texts are not translated yet, first `{ $first }`
    }
# $count, $first: as above; $lines: the lines of the first five in the file, "3, 4, 5" (with "…" when there are more)
overlays-translation-untranslated-lines = { $count ->
        [one] 1 text is not translated yet: `{ $first }` (line { $lines })
       *[other] { $count } texts are not translated yet, first `{ $first }` (lines { $lines })
    }
overlays-translation-untranslated-label = these play in English
# $absent: how many of them have no row in the file yet
overlays-translation-untranslated-hint = { $absent } of them are not in the file yet: `hold-the-line i18n update --lang <language>` brings the overlay up to date
# $id: the scenario id the overlay's file name gives
overlays-translation-no-scenario = no scenario has the id `{ $id }`
overlays-translation-no-scenario-label = this overlay translates nothing
overlays-translation-no-scenario-hint = an overlay is named after its scenario's id: rename the file if the scenario was renamed

## i18n ids: why the ids were not written

# $reason: what went wrong, a phrase: the problem reading the new text back, or overlays-ids-choice-not-found
overlays-ids-unclean = the ids could not be added cleanly ({ $reason }); add them by hand
overlays-ids-choice-not-found = a choice was not found where expected
