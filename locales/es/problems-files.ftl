# Spanish: reading a trainer's files and ron's syntax and shape errors (src/sim/source.rs,
# encoding.rs, library.rs, ron_errors.rs). Ids and variables as in locales/en/problems-files.ftl.
# RON syntax, field names and file names in backticks stay as the trainer types them.

## Reading a file or a folder (code `unreadable-file`)

files-unreadable-file = no se puede leer este archivo: { $reason }
files-unreadable-file-hint-not-found = revisa la ruta; los archivos de escenario terminan en `.scenario.ron`
files-unreadable-file-hint-invalid-data = guarda el archivo como texto UTF-8
files-unreadable-file-hint = comprueba que el archivo existe y que tienes permiso para leerlo
files-unreadable-file-folder = no se puede ver el contenido de esta carpeta: { $reason }
files-unreadable-file-folder-hint = revisa la ruta y sus permisos

## A folder without scenarios or catalog (codes `no-scenarios`, `missing-catalog`, `redefines-built-in`)

files-no-scenarios = esta carpeta no tiene archivos `*.scenario.ron`
files-no-scenarios-hint = los archivos de escenario terminan en `.scenario.ron`; en AUTHORING.md tienes una plantilla
files-missing-catalog = no se encontró `{ $file }`
files-missing-catalog-hint = los escenarios nombran estrategias de `strategies.ron`, que debe estar en la misma carpeta que los archivos de escenario
files-redefines-built-in = `{ $id }` ya está en el catálogo incluido
files-redefines-built-in-label = una entrada distinta con un id del catálogo incluido
files-redefines-built-in-hint = un strategies.ron junto a tus escenarios añade ids nuevos al catálogo incluido; cambia el nombre del tuyo (p. ej., `my_empathize`) o bórralo para usar el incluido

## A file not saved as UTF-8 (code `not-utf8`)

files-not-utf8-utf16 = este archivo está guardado como { $encoding }, no como UTF-8
files-utf16-le-bom = UTF-16 (little-endian; el Bloc de notas lo llama "UTF-16 LE" o "Unicode")
files-utf16-be-bom = UTF-16 (big-endian; el Bloc de notas lo llama "UTF-16 BE")
files-utf16-le = UTF-16 (little-endian, sin marca de orden de bytes)
files-utf16-be = UTF-16 (big-endian, sin marca de orden de bytes)
files-not-utf8 = este archivo no está en UTF-8: aquí está el byte { $byte } { $guess }
files-looks-like-windows-1252 = (el archivo parece estar en Windows-1252, "ANSI" en el Bloc de notas)
files-looks-like-latin1 = (el archivo parece estar en Latin-1, ISO-8859-1)
files-looks-like-other = (el archivo está en una codificación distinta de UTF-8)
files-not-utf8-label = el primer carácter que no es UTF-8
# The menus as they read in the Spanish versions of Notepad and VS Code.
files-not-utf8-hint = abre el archivo en tu editor y guárdalo como "UTF-8" (Bloc de notas: Archivo > Guardar como > Codificación: UTF-8; VS Code: haz clic en la codificación de la barra de estado > Guardar con codificación > UTF-8)

## Pieces said inside the messages below

files-nothing = {""}
# Starts with its space: it is said right after a message.
files-in-outer = {" "}en `{ $outer }`
# Ends with a space: it is said before a hint.
files-did-you-mean = ¿quisiste decir `{ $name }`?{" "}

## Fields and values (codes `unknown-field`, `unknown-variant`, `missing-field`, `duplicate-field`)

files-unknown-field = campo desconocido `{ $found }`{ $place }
files-unknown-field-label = este campo no va aquí
files-unknown-field-hint = { $suggestion }los campos válidos son { $fields }
files-unknown-variant = { $what ->
        [scene-kind] tipo de escena desconocido
        [named] valor de `{ $outer }` desconocido
       *[other] valor desconocido
    }: `{ $found }`
files-unknown-variant-label = no es uno de los valores permitidos
files-unknown-variant-hint = { $suggestion }escribe uno de estos: { $values }
files-missing-field = falta el campo `{ $field }`{ $place }
files-missing-field-label = `{ $field }` tiene que aparecer antes de este cierre
files-missing-field-hint = añade `{ $field }: ...,` dentro de `{ $outer }(...)`
files-missing-field-hint-value = añade `{ $field }: ...,` dentro de este valor
files-duplicate-field = el campo `{ $field }` está escrito dos veces{ $place }
files-duplicate-field-label = segunda copia
files-duplicate-field-hint = deja un solo `{ $field }` y borra el otro

## The wrong kind of value (code `wrong-type`)

# $expected and $found are ron's own words, in English.
files-wrong-type = se esperaba { $expected } y se encontró { $found }
files-expected-id = un identificador sin comillas, como `empathize`
files-expected-scenes = un mapa de ids de escena a `Scene(..)` o `Ending(..)`
files-wrong-type-label = tipo de valor incorrecto
files-wrong-type-hint-integer = escribe un número entero, como `mood: -10`
files-wrong-type-hint-text = escribe el texto entre comillas dobles
files-wrong-type-hint-list = escribe una lista entre corchetes, como `["a", "b"]`
files-wrong-type-hint = escribe { $expected }
files-wrong-type-integer = se esperaba un número entero
files-wrong-type-integer-label = aquí va un número
files-wrong-type-text = se esperaba texto entre comillas dobles
files-wrong-type-text-label = aquí va un texto
files-wrong-type-text-hint = escribe el texto entre comillas dobles; una comilla dentro del texto se escribe \"
files-wrong-type-list = se esperaba una lista entre corchetes
files-wrong-type-list-label = aquí va una lista
files-wrong-type-map = se esperaban las escenas entre llaves
files-wrong-type-map-label = aquí va un mapa
files-wrong-type-map-hint = las escenas se escriben `scenes: {"{"} "scene-id": Scene(...), ... {"}"}`

## Syntax (code `syntax`)

files-syntax-identifier = se esperaba un identificador sin comillas
files-syntax-identifier-label = aquí va un id
files-syntax-identifier-hint = los ids de estrategias y errores se escriben sin comillas, como `[listen_actively, empathize]`
files-syntax-string-end = este texto no se cierra nunca
files-syntax-string-end-label = aquí empieza el texto
files-syntax-string-end-hint = añade la `"` de cierre; una comilla dentro del texto se escribe \"
files-syntax-comma = se esperaba una coma
files-syntax-comma-label = falta una `,` antes de esto
files-syntax-comma-hint = añade una `,` al final del valor anterior: los campos y los elementos de una lista se separan con comas
files-syntax-map-colon = se esperaba `:` después del id de una escena
files-syntax-map-colon-label = falta `:`
files-syntax-map-colon-hint = las escenas se escriben `"scene-id": Scene(...)`
# ron's own description, in English: there is nothing to translate around it.
files-syntax-detail = { $detail }
files-syntax-label = aquí
files-syntax-unclosed-label = inesperado aquí
files-syntax-unclosed-hint = probablemente falta una `,` o un paréntesis, corchete o llave de cierre en esta línea o en la anterior
files-syntax-eof = el archivo termina antes de que se cierre todo lo que se abrió
files-syntax-eof-label = aquí termina el archivo
files-syntax-eof-hint = falta un `)`, `]`, `{"}"}` o una `"` de cierre; comprueba que cada paréntesis, corchete o llave que abres se cierra
files-syntax-struct-name = se esperaba `{ $expected }(...)` y se encontró `{ $found }(...)`
files-syntax-struct-name-label = nombre incorrecto
files-syntax-struct-name-hint = este archivo contiene un `{ $expected }`; los archivos de escenario terminan en `.scenario.ron` y el catálogo es `strategies.ron`
files-syntax-trailing = hay texto después del final del valor del archivo
files-syntax-trailing-label = texto de más
files-syntax-trailing-hint = un archivo contiene un solo valor: busca más arriba un cierre de más
