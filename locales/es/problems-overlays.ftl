# Spanish: the overlays problems (translation overlays and `i18n ids`). Ids as in
# locales/en/problems-overlays.ftl. The command and the status words `missing`, `stale` and
# `orphaned` stay as the trainer types them; an overlay is "archivo de traducción".

## Leer un archivo de traducción

overlays-overlay-header = esto no es un archivo de traducción
overlays-overlay-header-label = la primera línea debe ser `{ $header }`
overlays-overlay-header-hint = `hold-the-line i18n update --lang <idioma>` crea los archivos de traducción con este encabezado
overlays-overlay-row-columns = esta fila tiene { $found ->
        [one] { $found } columna
       *[other] { $found } columnas
    }, no { $expected }
overlays-overlay-row-columns-hint = un texto con una coma, comillas o un salto de línea va entre comillas dobles, con sus comillas duplicadas ("")
overlays-overlay-row-no-key = esta fila no tiene clave
overlays-overlay-row-unreadable = no se puede leer esta fila: { $reason }
overlays-overlay-row-unreadable-hint = guarda el archivo como CSV en UTF-8, con cada texto entre comillas dobles si contiene una coma, comillas o un salto de línea
overlays-overlay-status = estado desconocido `{ $status }`
overlays-overlay-status-label = vacío, `missing`, `stale` u `orphaned`
overlays-overlay-status-hint = borra el estado cuando hayas revisado la traducción con el texto original
overlays-overlay-duplicate = `{ $key }` aparece dos veces
overlays-overlay-duplicate-label = aparece primero en la línea { $line }
overlays-overlay-duplicate-hint = deja una sola fila por clave; se usa la primera

## validate --lang: la traducción frente al inglés

overlays-translation-stale = `{ $key }`: el texto en inglés ha cambiado desde que se tradujo
overlays-translation-stale-label = traducido de "{ $was }"
overlays-translation-stale-hint = compárala con el inglés actual ("{ $source }") y después borra `stale` de la columna `status`; `hold-the-line i18n update --lang <idioma>` pone al día el archivo de traducción
overlays-translation-orphaned = `{ $key }` ya no existe en el texto en inglés
overlays-translation-orphaned-label = se conserva para no perder ninguna traducción
overlays-translation-orphaned-hint = pasa la traducción a la nueva clave del texto, o borra la fila si el texto se ha eliminado definitivamente
overlays-translation-figures = `{ $key }`: las cifras o los marcadores no coinciden con el inglés
overlays-translation-figures-label = en inglés: { $want }; en esta traducción: { $got }
overlays-translation-figures-none = ninguna
overlays-translation-figures-hint = las cantidades, las horas y los marcadores `{"{"}placeholders{"}"}` deben quedar como en el inglés (escribe los números con cifras)
overlays-translation-untranslated = { $count ->
        [one] { $count } texto aún no está traducido: `{ $first }`
       *[other] { $count } textos aún no están traducidos, el primero `{ $first }`
    }
overlays-translation-untranslated-lines = { $count ->
        [one] { $count } texto aún no está traducido: `{ $first }` (línea { $lines })
       *[other] { $count } textos aún no están traducidos, el primero `{ $first }` (líneas { $lines })
    }
overlays-translation-untranslated-label = estos textos se muestran en inglés
overlays-translation-untranslated-hint = { $absent ->
        [one] { $absent } de ellos aún no está en el archivo
       *[other] { $absent } de ellos aún no están en el archivo
    }: `hold-the-line i18n update --lang <idioma>` pone al día el archivo de traducción
overlays-translation-no-scenario = ningún escenario tiene el id `{ $id }`
overlays-translation-no-scenario-label = este archivo de traducción no corresponde a ningún escenario
overlays-translation-no-scenario-hint = cada archivo de traducción lleva el id de su escenario: si le cambiaste el id al escenario, cambia también el nombre del archivo

## i18n ids: por qué no se escribieron los ids

overlays-ids-unclean = no se pudieron añadir los ids sin problemas ({ $reason }); añádelos a mano
overlays-ids-choice-not-found = no se encontró una opción donde se esperaba
