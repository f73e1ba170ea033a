# Spanish: the terminal's words (`play`) and the scoring in words. Ids as in locales/en/cli.ftl.

## Palabras que comparten la transcripción y la ventana

difficulty-easy = Fácil
difficulty-medium = Media
difficulty-hard = Difícil
outcome-resolved = Resuelto
outcome-escalated = Escalado
outcome-unresolved = Sin resolver
outcome-walkout = El cliente se fue
grade-a = Excelente: lo has llevado con el oficio de alguien con años de experiencia
grade-b = Bien: algunos momentos que pulir
grade-c = En progreso: tienes la base, sigue practicando
grade-d = Necesitas práctica: repasa las estrategias omitidas
grade-f = Vuelve a empezar: repite y sigue las mejores respuestas
points-earned = +{ $earned } puntos de estrategia
points-with-penalty = +{ $earned } puntos de estrategia, -{ $penalty } por errores = { $net }
score-points = { $earned } puntos de estrategia
score-points-with-penalty = ({ $earned } puntos de estrategia - { $penalty } por errores)
decisions = { $count ->
    [one] { $count } decisión
   *[other] { $count } decisiones
}
score-divisor-best-path = { $divisor } (las decisiones del mejor camino; esta partida tomó { $made })
score-below-zero = , por debajo de 0 cuenta como 0
score-walkout-held = , se queda en { $score }: si el cliente se va, no se aprueba
score-line = { $points } / { $divisor }{ $below }{ $held } = { $score }

## play: la transcripción

transcript-seed = semilla { $seed }
transcript-customer = { $name }: { $about } (ánimo { $mood }/100)
transcript-scene = Escena { $number }: { $id }
transcript-mood = Ánimo { $mood }/100
transcript-you-chose = Elegiste la { $number }: { $said }
transcript-points = Puntos: { $points } | ánimo { $before } -> { $after } ({ $change })
transcript-applied = [aplicada] { $name }: { $why }
transcript-missed = [omitida] { $name }: { $why }
transcript-off-target = [fuera de lugar] { $name }: está bien en sí, pero no era lo que pedía este momento.
transcript-mistake = [error -{ $penalty }] { $name }: { $why }
transcript-best-here = [mejor] Esa era la mejor respuesta aquí.
transcript-best = [mejor { $score }] { $said }
transcript-it-applies = Aplica: { $names }.
transcript-walkout = [se fue] El ánimo del cliente llegó a 0: ya no aguanta más.
transcript-debrief = Resumen
transcript-score = Puntuación { $score }/100 | nota { $letter }: { $label }
transcript-how = Cálculo: { $how }
transcript-outcome = Resultado: { $outcome } | ánimo final { $mood }/100
transcript-path = Recorrido: { $path }
transcript-table-strategy = Estrategia
transcript-col-applied = aplicada
transcript-col-missed = omitida
transcript-col-off-target = fuera de lugar
transcript-mistakes = Errores:
transcript-mistake-count = - { $name } x{ $count } (-{ $points } puntos)
transcript-reflect = Para reflexionar:
transcript-in-english = (Este escenario aún no está traducido: se juega en inglés.)
play-prompt = Tu respuesta (1-{ $count }, q para salir):
play-stopped = Detenido antes del final; repítelo con --seed { $seed }.
play-type-a-number = Escribe un número del 1 al { $count }.
play-replay = Repite esta partida: hold-the-line play { $file } --seed { $seed } --choices { $choices }
play-resume = Tienes una partida sin terminar de este escenario en la escena { $scene }. ¿Continuarla? [S/n]
play-changed = Tienes una partida sin terminar de este escenario, pero el escenario ha cambiado desde entonces; empezamos de nuevo.
play-lrs-sent = Enviado al LRS: { $results }.
play-lrs-refused = el LRS rechazó { $results }; `hold-the-line lrs status` explica por qué.
play-lrs-no-answer = el LRS no respondió a tiempo
play-lrs-waiting = En espera de envío: { $results }. Motivo: { $why }. Se guardan y se envían con la próxima partida, o con `hold-the-line lrs push`.

## Mensajes propios de la línea de comandos (src/cli/mod.rs)

cli-no-game-window = esta versión de hold-the-line no tiene ventana de juego (se compiló sin la función `game`).
cli-no-game-window-help = Usa un comando en su lugar, p. ej. `hold-the-line play SCENARIO`; consulta `hold-the-line --help`.
cli-no-scenario = no hay ningún escenario `{ $name }`: indica la ruta de un archivo `.scenario.ron` o el id de un escenario de { $folder }
cli-known-ids = ids conocidos: { $ids }
cli-scenario-has-problems = `{ $id }` tiene { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }; ejecuta `hold-the-line validate { $file }` y corrige primero lo que señale
cli-no-data-folder = este sistema no tiene carpeta de datos para el progreso; indica --data-dir DIR
cli-no-progress-yet = aún no se ha guardado ningún progreso en { $folder }; juega antes un escenario (hold-the-line play ID) o indica --data-dir DIR

## validate

validate-none-of-your-own = Aún no hay escenarios propios aquí: consulta README.txt en { $folder }.
validate-built-in = (y { $count ->
        [one] { $count } escenario incluido, que no se lista)
       *[other] { $count } escenarios incluidos, que no se listan)
    }
validate-built-in-replaced = (y { $count ->
        [one] { $count } escenario incluido, que no se lista
       *[other] { $count } escenarios incluidos, que no se listan
    }; los tuyos sustituyen a estos incluidos: { $ids })
validate-translation = traducción { $lang } ({ $name }): catálogo { $catalog }, { $done } de { $count ->
        [one] { $count } escenario traducido
       *[other] { $count } escenarios traducidos
    }
validate-translation-none = sin traducir
validate-translation-english = ; { $count ->
        [one] { $count } se juega
       *[other] { $count } se juegan
    } en inglés
validate-coverage-strategies = Estrategias
validate-coverage-strategies-count = escenas que la recomiendan
validate-coverage-mistakes = Errores
validate-coverage-mistakes-count = opciones que lo cometen
validate-coverage-total = total
validate-coverage-below = <- menos de { $minimum }
validate-coverage-ok = cada estrategia y cada error se practican al menos { $minimum } veces
validate-coverage-failed = menos de { $minimum }: { $ids }
validate-best = mejor { $score }: { $path } -> { $ending }
validate-best-none = mejor: ninguno (corrige antes los errores)
validate-scenario = { $id } ({ $difficulty }, { $scenes ->
        [one] { $scenes } escena
       *[other] { $scenes } escenas
    }): { $best }
validate-summary = { $scenarios ->
        [one] { $scenarios } escenario
       *[other] { $scenarios } escenarios
    } ({ $scenes ->
        [one] { $scenes } escena
       *[other] { $scenes } escenas
    }), { $errors ->
        [one] { $errors } error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    }
validate-summary-with-catalog = { $scenarios ->
        [one] { $scenarios } escenario
       *[other] { $scenarios } escenarios
    } ({ $scenes ->
        [one] { $scenes } escena
       *[other] { $scenes } escenas
    }) frente a un catálogo de { $strategies ->
        [one] { $strategies } estrategia
       *[other] { $strategies } estrategias
    } y { $mistakes ->
        [one] { $mistakes } error que evitar
       *[other] { $mistakes } errores que evitar
    }; { $errors ->
        [one] { $errors } error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    }

## validate --paths

paths-title = Caminos (puntuaciones de partida del modelo 2; los bots juegan las semillas { $first }-{ $last })
paths-not-analysed = { $id }: sin analizar (corrige antes sus errores)
paths-summary = { $id }: { $count ->
        [one] { $count } camino
       *[other] { $count } caminos
    } ({ $how }), mín. { $min }, mediana { $median }, máx. { $max }
paths-exact = recuento exacto
paths-sampled = por muestreo
paths-outcomes = resultados: resuelto { $resolved } %, escalado { $escalated } %, sin resolver { $unresolved } %, el cliente se va { $walkout } %
paths-bot = bot
paths-mean = media
paths-best = mejor

## progress

progress-cmd-none-for = No hay progreso de `{ $name }` en { $file }; indica --trainee NAME.
progress-cmd-title = Progreso de { $trainee } ({ $file })
progress-cmd-scenario = Escenario
progress-cmd-runs = partidas
progress-cmd-best = mejor
progress-cmd-last = última
progress-cmd-mastery = Dominio de las estrategias (últimas partidas)
progress-cmd-applied = aplicada
progress-cmd-trend = tendencia
progress-cmd-frequent-mistakes = Los errores más frecuentes:
progress-cmd-practice-next = Siguiente práctica: { $title } ({ $difficulty }), hold-the-line play { $id }
progress-cmd-works-on-one = Practica { $first }.
progress-cmd-works-on-two = Practica { $first } y { $second }.

## export

export-since-format = --since espera una fecha con el formato YYYY-MM-DD, p. ej. 2026-11-01 (se recibió `{ $date }`)
export-cannot-write = no se puede escribir { $file }

## report

report-not-an-export = { $file }: { $problem } (¿es un archivo de `hold-the-line export --format csv`?)
report-not-a-store = { $problem } (indica exportaciones CSV o archivos progress.sqlite)
report-no-decisions = no se encontró ninguna decisión en los archivos indicados
report-cannot-write = no se puede escribir { $file }
report-written = Informe HTML guardado en { $file }

## graph (etiquetas dentro del grafo Mermaid o DOT; sin comillas dobles)

graph-start = INICIO
graph-recovery = RECUPERACIÓN
graph-ending = Final ({ $outcome })
graph-edge = { $choice }: +{ $earned } pts, ánimo { $mood }
graph-edge-with-mistake = { $choice }: +{ $earned } -{ $penalty } por error pts, ánimo { $mood }

## lrs

lrs-no-config-folder = este sistema no tiene carpeta de configuración; indica una en HOLD_THE_LINE_CONFIG
lrs-old-settings-kept = los ajustes anteriores se conservan como { $file }
lrs-off-none = No hay ningún LRS configurado; no hay nada que desactivar.
lrs-off-done = Ya no se envían resultados; se ha eliminado { $file } (con su clave y su secreto).
lrs-off-waiting = { $count ->
        [one] { $count } resultado en espera se queda en el archivo de progreso y se enviará
       *[other] { $count } resultados en espera se quedan en el archivo de progreso y se enviarán
    } cuando vuelvas a configurar un LRS.
lrs-none-set = no hay ningún LRS configurado; configura uno con `hold-the-line lrs set --endpoint URL --user KEY`
lrs-set-done = Los resultados se enviarán a { $endpoint } como { $user } (guardado en { $file }).
lrs-plain-http = http:// envía el secreto de la clave y los resultados sin cifrar; usa la dirección https:// del LRS salvo que esta red sea de confianza
lrs-set-check = Comprueba la conexión con `hold-the-line lrs test`.
lrs-status-endpoint = LRS: { $endpoint } (clave { $user }, secreto configurado)
lrs-status-registration-per-run = uno propio para cada partida
lrs-status-accounts = Cada participante es una cuenta en { $home_page }; registro: { $registration }
lrs-status-no-platform = (ninguna)
lrs-status-passed = Aprobado con { $score } o más, con el problema resuelto o escalado; plataforma: { $platform }
lrs-status-queue = Cola: en espera { $waiting }, enviados { $sent }, rechazados { $refused }
lrs-status-last-try = Último intento: { $at } ({ $outcome }): { $detail }
lrs-status-last-sent = Último envío: { $at }
lrs-status-refused = Rechazados por el LRS (se conservan en el archivo de progreso y no se vuelven a enviar):
lrs-status-refused-row = { $id } { $what } (en cola desde { $at })
lrs-status-retry = Cuando hayas corregido la causa, vuelve a enviarlos con `hold-the-line lrs push --retry-refused`.
lrs-test-asking = Consultando { $endpoint }about ...
lrs-test-xapi = responde un LRS xAPI; admite { $versions }
lrs-test-not-xapi = responde un servidor, pero no como lo hace el `about` de un LRS xAPI
lrs-test-other-version = responde un LRS, pero admite { $versions } y no xAPI 1.0.3
lrs-test-no-about = HTTP { $status }: aquí no hay `about` (algunos LRS no lo tienen); lo que cuenta es la lectura de abajo
lrs-test-nothing-answered = no hubo respuesta: { $why }
lrs-test-reading = Leyendo una declaración con la clave { $user } ...
lrs-test-key-accepted = la clave es válida: se pueden enviar resultados
lrs-test-key-wrong = la clave o su secreto no son correctos ({ $reason }); vuelve a configurarlos con `hold-the-line lrs set`
lrs-test-key-cannot-read = la clave existe, pero no tiene permiso para leer declaraciones ({ $reason }); una clave de solo escritura puede enviar igualmente: prueba `hold-the-line lrs push`
lrs-test-not-an-lrs = aquí no hay declaraciones ({ $reason }); el endpoint es la dirección xAPI del LRS, p. ej. https://lrs.example.org/xAPI/
lrs-test-busy = el LRS está fallando u ocupado ({ $reason }); inténtalo de nuevo más tarde
lrs-test-refused = el LRS rechazó la solicitud ({ $reason })
lrs-no-data-folder = este sistema no tiene carpeta de datos para el progreso; indica --data-dir DIR
lrs-push-nothing-saved = Nada que enviar: aún no se ha guardado ningún progreso en { $folder }.
lrs-push-requeued = { $count ->
        [one] { $count } resultado rechazado antes vuelve
       *[other] { $count } resultados rechazados antes vuelven
    } a la cola.
lrs-push-nothing-sent = No se envió nada a { $endpoint }.
lrs-push-sent = { $count ->
        [one] Se envió { $count } resultado
       *[other] Se enviaron { $count } resultados
    } a { $endpoint }.
lrs-push-sent-some-there = { $count ->
        [one] Se envió { $count } resultado
       *[other] Se enviaron { $count } resultados
    } a { $endpoint } (ya tenía { $there }).
lrs-push-refused = El LRS rechazó { $count ->
        [one] { $count } resultado
       *[other] { $count } resultados
    }; `hold-the-line lrs status` muestra los rechazos con sus motivos.
lrs-push-stopped = Detenido: { $reason }.
lrs-push-still-waiting = { $count ->
        [one] { $count } resultado sigue en espera; se conserva
       *[other] { $count } resultados siguen en espera; se conservan
    } en el archivo de progreso para el próximo intento.
lrs-push-none-waiting = No queda nada en espera.

## lrs set: el secreto

secret-not-utf8 = HOLD_THE_LINE_LRS_SECRET no es UTF-8 válido
secret-prompt = Secreto de la clave { $user } (no se muestra):
secret-cannot-read = no se puede leer el secreto ({ $problem })
secret-none-given = no se indicó ningún secreto: escríbelo cuando se te pida o define HOLD_THE_LINE_LRS_SECRET
secret-cannot-hide = no se puede ocultar el secreto mientras se escribe; define HOLD_THE_LINE_LRS_SECRET en su lugar
secret-cannot-hide-here = la terminal de este sistema no puede ocultar aquí el secreto; define HOLD_THE_LINE_LRS_SECRET en su lugar

## La carpeta de escenarios

folders-no-data-folder = no hay carpeta de datos: define HOLD_THE_LINE_DATA o indica --scenarios DIR
folders-cannot-create = no se puede crear { $folder }; indica --scenarios DIR en su lugar

## i18n

i18n-which-language = indica qué idioma actualizar, p. ej. `hold-the-line i18n update --lang es`
i18n-source-language = los escenarios están escritos en inglés (`en`); las traducciones (overlays) son para otros idiomas
i18n-no-scenario = no hay ningún escenario `{ $name }` en { $folder }; ids conocidos: { $ids }
i18n-left-as-is = { $file } se ha dejado como estaba: corrige las filas de arriba y vuelve a ejecutar esto
i18n-up-to-date = { $file }: al día, { $summary }
i18n-written = { $file }: escrito, { $summary }
i18n-translated = { $percent } % traducido ({ $current } de { $total })
i18n-stale = { $count } por revisar (stale)
i18n-orphaned = { $count ->
        [one] { $count } conservado de textos eliminados (orphaned)
       *[other] { $count } conservados de textos eliminados (orphaned)
    }
i18n-ids-added = { $file }: { $count ->
        [one] { $count } id de opción añadido
       *[other] { $count } ids de opción añadidos
    }
i18n-ids-none-added = todas las opciones ya tienen id

## Elección del idioma (src/text/language.rs)

language-not-a-tag = `{ $given }` no es una etiqueta de idioma: escríbela como `es`, `es-MX` o `pt-BR`
language-no-translation = no hay traducción a `{ $tag }`; disponibles: { $available }
language-font-missing = la fuente del juego (Lato) no puede dibujar { $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    } de `{ $lang }` ({ $chars }): cubre los alfabetos latino, griego, cirílico y vietnamita; juega en este idioma con `hold-the-line play --lang { $lang }` en una terminal, cuya fuente puede tenerlos

## play y el inicio de la ventana del juego: mensajes propios de la línea de comandos (src/cli/play.rs, src/cli/game.rs)

play-store-moved-aside = el archivo de progreso estaba dañado; se ha movido a { $file } y se ha empezado uno nuevo
play-unfinished-unreadable = no se pudo leer tu partida sin terminar: { $error }
play-choices-too-many = la partida terminó después de { $made ->
        [one] { $made } opción
       *[other] { $made } opciones
    }, pero --choices tiene { $given }: quita las que sobran
play-choice-out-of-range = el número { $position } de --choices es { $number }, pero la escena { $position } (`{ $id }`) tiene opciones del 1 al { $count }
play-choices-ran-out = la lista de --choices se acabó en la escena { $scene } (`{ $id }`); añade una opción del 1 al { $count }
cli-cannot-resolve = no se puede obtener la ruta completa de { $folder }
cli-no-scenarios-folder = la carpeta de escenarios { $folder } no existe; indica --scenarios DIR
