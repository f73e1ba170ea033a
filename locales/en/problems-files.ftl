# The files problems: reading a trainer's files (src/sim/source.rs, encoding.rs, library.rs) and
# ron's syntax and shape errors in a trainer's words (ron_errors.rs).
# `-label` is the note under the caret, `-hint` the `help:` line. RON syntax, field names and
# file names in backticks are what the trainer types: kept as they are.

## Reading a file or a folder (code `unreadable-file`)

# $reason: the system's own words for why (from the operating system, often in English)
files-unreadable-file = cannot read this file: { $reason }
files-unreadable-file-hint-not-found = check the path; scenario files end in `.scenario.ron`
files-unreadable-file-hint-invalid-data = save the file as UTF-8 text
files-unreadable-file-hint = check that the file exists and that you may read it
# $reason: the system's own words for why (from the operating system, often in English)
files-unreadable-file-folder = cannot list this folder: { $reason }
files-unreadable-file-folder-hint = check the path and its permissions

## A folder without scenarios or catalog (codes `no-scenarios`, `missing-catalog`, `redefines-built-in`)

files-no-scenarios = this folder has no `*.scenario.ron` files
files-no-scenarios-hint = scenario files end in `.scenario.ron`; see AUTHORING.md for a template
# $file: the catalog's file name, `strategies.ron`
files-missing-catalog = no `{ $file }` found
files-missing-catalog-hint = scenarios name strategies from `strategies.ron`, which must sit in the same folder as the scenario files
# $id: the strategy or mistake id that the built-in catalog already has
files-redefines-built-in = `{ $id }` is already in the built-in catalog
files-redefines-built-in-label = a different entry with a built-in id
files-redefines-built-in-hint = a strategies.ron beside your scenarios adds new ids to the built-in catalog; rename yours (e.g. `my_empathize`), or delete it to use the built-in one

## A file not saved as UTF-8 (code `not-utf8`)

# $encoding: which UTF-16 the file is saved as (one of the files-utf16-* below)
files-not-utf8-utf16 = this file is saved as { $encoding }, not UTF-8
files-utf16-le-bom = UTF-16 (little-endian; Notepad calls it "UTF-16 LE" or "Unicode")
files-utf16-be-bom = UTF-16 (big-endian; Notepad calls it "UTF-16 BE")
files-utf16-le = UTF-16 (little-endian, without a byte-order mark)
files-utf16-be = UTF-16 (big-endian, without a byte-order mark)
# $byte: the first byte that is not UTF-8, in hexadecimal (`0xE9`); $guess: which encoding the
# file looks like (one of the files-looks-like-* below)
files-not-utf8 = this file is not UTF-8: byte { $byte } here { $guess }
files-looks-like-windows-1252 = (the file looks like Windows-1252, "ANSI" in Notepad)
files-looks-like-latin1 = (the file looks like Latin-1, ISO-8859-1)
files-looks-like-other = (an encoding other than UTF-8)
files-not-utf8-label = the first character that is not UTF-8
# The menus of the editors trainers use, as they read in English.
files-not-utf8-hint = open the file in your editor and save it as "UTF-8" (Notepad: File > Save as > Encoding: UTF-8; VS Code: click the encoding in the status bar > Save with Encoding > UTF-8)

## Pieces said inside the messages below

# Nothing: an optional piece that is absent.
files-nothing = {""}
# $outer: the RON name of the value the problem is in (`Scene`); said right after a message,
# so it starts with its space.
files-in-outer = {" "}in `{ $outer }`
# $name: the valid name closest to what was written; said before a hint, so it ends with a space.
files-did-you-mean = did you mean `{ $name }`?{" "}

## Fields and values (codes `unknown-field`, `unknown-variant`, `missing-field`, `duplicate-field`)

# $found: the field as written; $place: where it is (files-in-outer), or nothing
files-unknown-field = unknown field `{ $found }`{ $place }
files-unknown-field-label = not a field here
# $suggestion: files-did-you-mean, or nothing; $fields: the valid fields, `a`, `b`
files-unknown-field-hint = { $suggestion }valid fields are { $fields }
# $what: `scene-kind` (a scene's kind), `named` (a value of the type $outer) or `value`;
# $outer: the RON type's name (empty unless $what is `named`); $found: the value as written
files-unknown-variant = unknown { $what ->
        [scene-kind] scene kind
        [named] `{ $outer }` value
       *[other] value
    } `{ $found }`
files-unknown-variant-label = not one of the allowed values
# $suggestion: files-did-you-mean, or nothing; $values: the allowed values, `A`, `B`
files-unknown-variant-hint = { $suggestion }write one of { $values }
# $field: the missing field; $place: where (files-in-outer), or nothing
files-missing-field = missing field `{ $field }`{ $place }
# $field: the missing field
files-missing-field-label = `{ $field }` is required before this closes
# $field: the missing field; $outer: the RON name of the value it belongs in (`Scene`)
files-missing-field-hint = add `{ $field }: ...,` inside this { $outer }
# $field: the missing field (the value it belongs in has no name)
files-missing-field-hint-value = add `{ $field }: ...,` inside this value
# $field: the field written twice; $place: where (files-in-outer), or nothing
files-duplicate-field = field `{ $field }` is written twice{ $place }
files-duplicate-field-label = second copy
# $field: the field written twice
files-duplicate-field-hint = keep one `{ $field }` and delete the other

## The wrong kind of value (code `wrong-type`)

# $expected, $found: ron's own words for the kinds of value (in English, like "a string")
files-wrong-type = expected { $expected }, found { $found }
# The kinds of value the program itself names in files-wrong-type $expected
files-expected-id = a bare identifier such as `empathize`
files-expected-scenes = a map of scene ids to `Scene(..)` or `Ending(..)`
files-wrong-type-label = wrong kind of value
files-wrong-type-hint-integer = write a whole number, like `mood: -10`
files-wrong-type-hint-text = write text in double quotes
files-wrong-type-hint-list = write a list in square brackets, like `["a", "b"]`
# $expected: ron's own words for the kind of value (in English)
files-wrong-type-hint = write { $expected }
files-wrong-type-integer = expected a whole number
files-wrong-type-integer-label = a number goes here
files-wrong-type-text = expected text in double quotes
files-wrong-type-text-label = text goes here
files-wrong-type-text-hint = write text in double quotes; a quote inside text is written \"
files-wrong-type-list = expected a list in square brackets
files-wrong-type-list-label = a list goes here
files-wrong-type-map = expected scenes in curly braces
files-wrong-type-map-label = a map goes here
files-wrong-type-map-hint = scenes are written `scenes: {"{"} "scene-id": Scene(...), ... {"}"}`

## Syntax (code `syntax`)

files-syntax-identifier = expected a bare identifier
files-syntax-identifier-label = an id goes here
files-syntax-identifier-hint = strategy and mistake ids are written without quotes, like `[listen_actively, empathize]`
files-syntax-string-end = this text is never closed
files-syntax-string-end-label = the text starts here
files-syntax-string-end-hint = add the closing `"`; a quote inside text is written \"
files-syntax-comma = expected a comma
files-syntax-comma-label = missing `,` before this
files-syntax-comma-hint = add a `,` at the end of the previous value: fields and list items are separated by commas
files-syntax-map-colon = expected `:` after a scene id
files-syntax-map-colon-label = missing `:`
files-syntax-map-colon-hint = scenes are written `"scene-id": Scene(...)`
# $detail: ron's own description of the problem (from a library, in English)
files-syntax-detail = { $detail }
files-syntax-label = here
files-syntax-unclosed-label = unexpected here
files-syntax-unclosed-hint = a `,` or a closing bracket is probably missing on this line or the one above
files-syntax-eof = the file ends before everything opened was closed
files-syntax-eof-label = file ends here
files-syntax-eof-hint = a `)`, `]`, `{"}"}` or closing `"` is missing; check that every bracket you open is closed
# $expected: the value this file holds (`Scenario`, `Catalog`); $found: the name written instead
files-syntax-struct-name = expected `{ $expected }(...)`, found `{ $found }(...)`
files-syntax-struct-name-label = wrong name
# $expected: the value this file holds (`Scenario`, `Catalog`)
files-syntax-struct-name-hint = this file holds a `{ $expected }`; scenario files end in `.scenario.ron`, the catalog is `strategies.ron`
files-syntax-trailing = unexpected text after the end of the file's value
files-syntax-trailing-label = extra text
files-syntax-trailing-hint = one file holds one value: check for an extra closing bracket above
