# Spanish: the command line's own words (`--help` and mistakes on the command line). Ids as in
# locales/en/help.ftl. Options, commands, file names and values stay as they are typed.

## Lo que enmarca la ayuda

help-usage = Uso
help-arguments = Argumentos
help-options = Opciones
help-commands = Comandos
help-default = predeterminado
help-possible = valores posibles
help-arg-help = Muestra la ayuda
help-arg-version = Muestra la versión
help-cmd-help = Muestra este mensaje o la ayuda de los comandos indicados

## El programa

help-cmd = Practica conversaciones difíciles con clientes, con una puntuación basada en estrategias de atención probadas.
help-after-game =
    Sin comando se abre la ventana del juego.
    Formadores: el formato de los escenarios se explica en AUTHORING.md.

    Códigos de salida: 0 correcto; 1 hay problemas en los archivos (validación); 2 error de uso;
    3 fallo en la ejecución (no se pudo leer o escribir un archivo o el progreso guardado, o no hay pantalla).
help-after-terminal =
    Esta versión no tiene ventana de juego.
    Formadores: el formato de los escenarios se explica en AUTHORING.md.

    Códigos de salida: 0 correcto; 1 hay problemas en los archivos (validación); 2 error de uso;
    3 fallo en la ejecución (no se pudo leer o escribir un archivo o el progreso guardado).
help-arg-scenarios = Tus propios escenarios, que se juegan junto a los incluidos [predeterminado: ./scenarios si contiene un strategies.ron (una copia del código fuente); si no, `scenarios` en la carpeta de datos]
help-arg-data-dir = Dónde se guarda el progreso [predeterminado: $HOLD_THE_LINE_DATA; si no, la carpeta de datos del sistema]
help-arg-trainee = De quién es el progreso (perfiles por nombre, para los ordenadores compartidos de un aula) [predeterminado: quien practicó por última vez en este archivo de progreso; si no, Trainee; para export: todos]
help-arg-lang = El idioma en que se juega y se muestran los textos, p. ej. `es` [predeterminado: el guardado en los ajustes; si no, el del sistema cuando hay traducción; si no, inglés]
help-arg-seed = Juego: la semilla de la primera partida de cada escenario (la misma semilla repite la misma partida)
help-arg-fullscreen = Juego: abrir a pantalla completa
help-arg-size = Juego: tamaño de la ventana en píxeles lógicos, p. ej. 1024x600
help-arg-text-size = Juego: tamaño del texto en porcentaje, de 100 a 200 [predeterminado: el guardado en los ajustes; si no, 100]
help-arg-high-contrast = Juego: la paleta de alto contraste (texto claro sobre negro, el texto principal con un contraste de al menos 7:1)
help-arg-reduced-motion = Juego: sin suavizados ni transiciones animadas; los valores cambian en un solo paso
help-arg-format = Cómo mostrarlo: como texto para leer, o como JSON para otros programas
help-arg-scenario = Un archivo de escenario, o el id de un escenario de la carpeta de --scenarios
help-value-not-whole = `{ $value }` no es un número entero
help-value-too-large = `{ $value }` es mayor que { $largest }
help-value-not-an-address = `{ $value }` no es una dirección IP, como 192.168.1.20
help-size-form = escribe el tamaño como ANCHOxALTO, p. ej. 1280x720
help-size-too-small = la ventana debe medir al menos 320x240

## validate

help-cmd-validate = Revisa los archivos de escenario y el catálogo; indica cada problema con archivo:línea:columna
help-arg-validate-lang = Revisa también las traducciones a este idioma, p. ej. `es`: textos que faltan, por revisar (`stale`) o huérfanos (`orphaned`), cifras que no coinciden y una línea de cobertura (los mensajes siguen en el idioma guardado o en el del sistema)
help-arg-validate-paths = Carpetas o archivos que revisar [predeterminado: la carpeta de --scenarios]
help-arg-validate-coverage = Muestra también la tabla de cobertura de estrategias por escenario; falla si alguna estrategia se recomienda, o algún error se ofrece, menos de 3 veces
help-arg-validate-with-paths = Analiza también cada camino (todos hasta 20 000, una muestra a partir de ahí) y pone a jugar a los bots de superficie (elegir siempre la respuesta más larga, la más corta, la primera, la última, la de acotaciones o la de palabras de empatía) con las semillas 1-20; avisa si un escenario se puede jugar sin leer

## i18n

help-cmd-i18n = Traducciones: pone al día los archivos de traducción de un idioma con los escenarios, o da a las opciones los ids en los que se basan las traducciones. `validate --lang LANG` las revisa
help-cmd-i18n-update = Escribe o actualiza `i18n/LANG/<id-del-escenario>.csv` e `i18n/LANG/strategies.csv` en la carpeta de escenarios (hace falta --lang LANG): los textos nuevos se añaden con su inglés, los editados se marcan como por revisar (`stale`) y los eliminados se conservan como huérfanos (`orphaned`). Nunca se borra nada traducido
help-arg-i18n-lang = El idioma cuyos archivos de traducción se escriben, p. ej. `es` (los mensajes siguen en el idioma guardado o en el del sistema)
help-arg-i18n-update-lang = El idioma cuyos archivos de traducción se escriben o actualizan, p. ej. `es` (obligatorio)
help-arg-i18n-update-ids = Ids de los escenarios que empezar o actualizar [predeterminado: los que tienen traducción en LANG, o todos si aún no hay ninguna]
help-cmd-i18n-ids = Da un `id:` a cada opción que no lo tenga (su número en la escena), en los archivos de escenario
help-arg-i18n-ids-lang = No se usa: el id de una opción es el mismo en todos los idiomas
help-arg-i18n-ids-ids = Ids de los escenarios [predeterminado: todos los de la carpeta de escenarios]

## play, progress, export, report, graph

help-cmd-play = Juega un escenario en la terminal
help-arg-play-seed = Semilla para las frases del cliente y el orden de las opciones; la misma semilla repite la misma partida
help-arg-play-choices = Elige estas opciones (números como se muestran, separados por comas) y muestra la transcripción completa
help-cmd-progress = Muestra el progreso de una persona: resultados, dominio de las estrategias, errores frecuentes y qué practicar después
help-cmd-export = Exporta las decisiones como CSV (una fila por decisión) o como declaraciones xAPI 1.0.3 (una matriz JSON), o las sesiones de clase con una fila por participante y escena (class-csv)
help-arg-export-format = csv: una fila por decisión; xapi: declaraciones xAPI 1.0.3 (una matriz JSON); class-csv: sesiones de clase, una fila por participante y escena, con su voto y su propia puntuación
help-arg-export-since = Solo las decisiones desde esta fecha (AAAA-MM-DD)
help-arg-export-output = Escribe en FILE en lugar de en la salida estándar
help-cmd-report = El informe de la clase a partir de las exportaciones CSV o los archivos progress.sqlite de cada participante: una tabla en la terminal y una página HTML independiente lista para imprimir
help-arg-report-files = Las exportaciones CSV o los archivos progress.sqlite de los participantes
help-arg-report-html = Dónde escribir la página HTML
help-cmd-graph = Dibuja el grafo de ramas de un escenario, con los finales marcados y el mejor camino resaltado
help-arg-graph-format = mermaid (para páginas Markdown) o dot (para Graphviz)

## classroom

help-cmd-classroom = Dirige una clase: el escenario en esta pantalla (un proyector) y todos votan desde el teléfono por la red local. Sin SCENARIO, se elige en la ventana
help-arg-classroom-scenario = El id o el nombre de archivo de un escenario de la biblioteca
help-arg-classroom-port = El puerto al que se conectan los teléfonos [predeterminado: 8321, u otro libre si ese está ocupado]
help-arg-classroom-host = La dirección con la que los teléfonos llegan a este ordenador [predeterminado: su dirección en la red local; la tecla A del presentador recorre las demás]. El servidor escucha entonces solo en ella
help-arg-classroom-seed = La semilla de la partida (la misma semilla muestra las mismas frases y el mismo orden de opciones)

## lrs

help-cmd-lrs = Envía los resultados al Learning Record Store (LRS, xAPI 1.0.3) de la organización: configurarlo, ver la cola, probar la conexión, enviar ahora o dejar de enviar
help-cmd-lrs-set = A partir de ahora, envía los resultados a este LRS. El secreto se lee de HOLD_THE_LINE_LRS_SECRET o se pide (sin mostrarlo nunca), y se guarda legible solo para este usuario
help-arg-lrs-set-endpoint = La dirección xAPI del LRS, p. ej. https://lrs.example.org/xAPI/
help-arg-lrs-set-user = La clave que el LRS dio a este ordenador (el nombre de usuario de HTTP Basic)
help-arg-lrs-set-home-page = Quiénes son los participantes: la página principal del sistema en el que sus nombres de perfil son ids [predeterminado: se conserva; si no, https://hold-the-line.invalid/trainees]
help-arg-lrs-set-platform = Se envía como context.platform, p. ej. "Hold the Line, centro de atención de Lisboa" ("" para quitarlo)
help-arg-lrs-set-registration = Un mismo registro (UUID) para todas las partidas, para una matrícula en un curso ("" para quitarlo) [predeterminado: cada partida es su propio registro]
help-arg-lrs-set-mastery-score = La puntuación (0-100) que necesita una partida para contar como aprobada [predeterminado: se conserva; si no, 65]
help-arg-lrs-set-timeout = Segundos de espera a que responda el LRS [predeterminado: se conserva; si no, 30]
help-cmd-lrs-status = Adónde van los resultados, cuántos esperan, el último intento y cada declaración que el LRS rechazó
help-cmd-lrs-test = Pregunta al LRS quién es y si acepta la clave, y explica su respuesta
help-cmd-lrs-push = Envía ahora todos los resultados pendientes y cuenta qué pasó
help-arg-lrs-push-retry-refused = Antes, vuelve a poner en la cola las declaraciones que el LRS rechazó (una vez corregida la causa)
help-cmd-lrs-off = Deja de enviar: se borran los ajustes (con el secreto); los resultados pendientes siguen en la cola

## Errores en la línea de órdenes

usage-unknown-argument = no se esperaba el argumento '{ $arg }'
usage-unknown-command = no existe el comando '{ $command }'
usage-invalid-value = valor no válido '{ $value }' para '{ $arg }'
usage-invalid-value-because = valor no válido '{ $value }' para '{ $arg }': { $reason }
usage-value-missing = '{ $arg }' necesita un valor y no se indicó ninguno
usage-possible-values = valores posibles: { $values }
usage-missing-arguments = faltan estos argumentos obligatorios:
usage-missing-command = '{ $command }' necesita un comando y no se indicó ninguno
usage-commands = comandos: { $values }
usage-used-twice = el argumento '{ $arg }' no se puede usar más de una vez
usage-conflict = el argumento '{ $arg }' no se puede usar junto con { $other }
usage-conflict-these = el argumento '{ $arg }' no se puede usar junto con:
usage-conflict-others = el argumento '{ $arg }' no se puede usar junto con alguno de los otros argumentos indicados
usage-too-many-values = sobra el valor '{ $value }' para '{ $arg }'; no se esperaban más
usage-wrong-count = '{ $arg }' necesita { $expected } valores, pero { $given ->
    [one] se indicó { $given }
   *[other] se indicaron { $given }
}
usage-needs-equals = hace falta un signo igual para dar valores a '{ $arg }'
usage-not-utf8 = un argumento no es UTF-8 válido
usage-similar-argument = consejo: { $count ->
    [one] existe un argumento parecido
   *[other] existen argumentos parecidos
}: { $similar }
usage-similar-command = consejo: { $count ->
    [one] existe un comando parecido
   *[other] existen comandos parecidos
}: { $similar }
usage-similar-value = consejo: { $count ->
    [one] existe un valor parecido
   *[other] existen valores parecidos
}: { $similar }
usage-tip-as-value = consejo: para pasar '{ $arg }' como valor, usa '{ $instead }'
usage-tip-exists = consejo: existe '{ $what }'
usage-tip-remove-dashes = consejo: existe el comando '{ $command }'; para usarlo, quita el '--' de delante
usage-tip = consejo: { $advice }
usage-more = Para más información, prueba '{ $help }'.
