# Spanish: the window's words.

# Ids as in locales/en/game.ftl; the comments there say what each value is.
# The interface speaks to the trainee with tú.

## Comunes: palabras que muestra más de una pantalla

common-app-name = Hold the Line
common-scenes = { $count ->
    [one] { $count } escena
   *[other] { $count } escenas
}
common-my-progress = Mi progreso
common-back-to-title = Volver al inicio
common-settings = Ajustes
common-applied-badge = + APLICADA
common-missed-badge = - OMITIDA
common-progress-file-damaged = Tu archivo de progreso estaba dañado: se guardó como { $file } (no se borró nada) y se empezó uno nuevo. Entrégale ese archivo a quien te forma si los resultados anteriores importan.

## Pantalla de inicio

title-saved-ready = Respondiste { $answered } y te detuviste antes de la escena { $scene }. Continúa donde lo dejaste, con el mismo ánimo y la misma puntuación.
title-saved-changed = Respondiste { $answered }, pero el escenario se editó después y la partida no se puede reproducir exactamente. Empieza de nuevo; tus respuestas anteriores se conservan en tu historial.
title-saved-missing = Respondiste { $answered }, pero este escenario ya no está en { $source }.
title-unreadable-run = No se pudo leer tu partida sin terminar: { $error }
title-tagline = Practica conversaciones difíciles con clientes y descubre qué estrategias funcionan y por qué.
title-subtitle = Cada elección se puntúa según estrategias probadas de atención al cliente, con comentarios después de cada escena.
title-practicing-as = Practicando como
title-unfinished = Sin terminar: { $title }
title-resume-at = Continuar en la escena { $scene }
title-start-over = Empezar de nuevo
title-set-aside = Dejarla de lado
title-start-practicing = Empezar a practicar
title-change-trainee = Cambiar de perfil
title-classroom = Sesión en clase
title-quit = Salir
title-keys = Ratón o teclado: flechas o Tab para moverte, Intro para elegir, teclas numéricas como atajo, Esc para volver.
title-resumed = Continúas en la escena { $scene }, con el ánimo y la puntuación tal como los dejaste.

## Selección de escenario

select-heading = Elige un escenario
select-heading-class = Elige un escenario para la clase
select-from = de { $source }
select-keys = Las teclas numéricas abren las tarjetas 1-9; flechas + Intro para moverte y abrir; la rueda desplaza; Esc vuelve.
select-scenario-count = { $count ->
    [one] { $count } escenario
   *[other] { $count } escenarios
}
select-showing = Se muestran { $shown } de { $total }
select-loading = Cargando escenarios... (una carpeta con strategies.ron y archivos *.scenario.ron)
select-catalog-problem = Problema en el catálogo: { $problem }
select-more-catalog-problems = ... y { $count ->
        [one] { $count } problema más
       *[other] { $count } problemas más
    } en el catálogo: ejecuta `hold-the-line validate`
select-card-more-problems = (+{ $count } más: ejecuta `hold-the-line validate`)
select-yours-replaces = TUYO, SUSTITUYE AL INCLUIDO
select-in-english = Aún sin traducir: se juega en inglés
select-translation-problems = { $count ->
    [one] Un archivo de traducción tiene un problema en { $place }: esos textos se muestran en inglés. Ejecuta `hold-the-line validate --lang` para verlo.
   *[other] Los archivos de traducción tienen { $count } problemas, el primero en { $place }: esos textos se muestran en inglés. Ejecuta `hold-the-line validate --lang` para verlos.
}
select-yours = TUYO
select-edit-has-errors = LA EDICIÓN TIENE ERRORES
select-cannot-play = NO SE PUEDE JUGAR
select-stale-note = Este archivo tiene errores; juegas su última versión correcta.
select-broken-note = Este archivo tiene errores y no se puede jugar:
select-all-levels = Todos los niveles
select-all-channels = Todos los canales
select-channel-in-person = En persona
select-channel-phone = Teléfono
select-channel-chat = Chat
select-channel-email = Correo
select-channel-video = Videollamada

## Escena

scene-mood = Ánimo { $mood }/100: { $word }
scene-header = Escena { $number }  ·  puntuación hasta ahora { $score }  ·  semilla { $seed }
scene-customer = Cliente
scene-customer-says = { $name }: “{ $words }”
scene-how-respond = ¿Qué respondes?
scene-keys = Teclas: 1-{ $count } elegir  ·  flechas + Intro  ·  Esc menú
scene-edit-has-errors = Tu edición tiene errores ({ $problem }); sigues jugando la última versión correcta.
scene-updated = Escenario actualizado desde el archivo editado.
scene-restarted = La edición cambió escenas que ya habías jugado, así que la partida volvió a empezar.
scene-cannot-start = El escenario editado no puede empezar: { $error }

## El retrato del cliente: sustantivos, para no marcar género

portrait-furious = Furia
portrait-upset = Enfado
portrait-uneasy = Inquietud
portrait-calm = Calma
portrait-pleased = Satisfacción
portrait-face = Cara del cliente: { $mood }

## Comentarios después de cada escena

feedback-strong = FUERTE
feedback-partial = PARCIAL
feedback-weak = DÉBIL
feedback-points = { $score } puntos
feedback-mood-up = ÁNIMO +{ $change }
feedback-mood-same = ÁNIMO ±0
feedback-mood-down = ÁNIMO { $change }
feedback-penalty = { $points } (se resta de la puntuación de tu partida)
feedback-you-said = Dijiste ({ $number }): { $said }
feedback-applied = Aplicada
feedback-missed = Omitida
feedback-mistake-badge = ! ERROR -{ $penalty }
feedback-mistake = Error, menos { $penalty }
feedback-off-target-badge = ~ FUERA DE LUGAR
feedback-off-target = Fuera de lugar
feedback-off-target-why = Útil en otro momento, pero no era lo que este pedía: aquí no suma nada.
feedback-none-in-play = Ninguna estrategia en juego en esta respuesta.
feedback-best-badge = * MEJOR
feedback-best-here = Era la mejor respuesta aquí.
feedback-best-score-badge = * MEJOR { $score }
feedback-would-have-scored = La respuesta que más puntos habría sumado:
feedback-it-applies = Aplica: { $names }.
feedback-walkout-badge = EL CLIENTE SE FUE
feedback-walkout = El ánimo del cliente llegó a 0: ya no aguanta más.
feedback-see-debrief = Ver el resumen
feedback-next-scene = Siguiente escena

## Resumen de la partida

debrief-heading = Resumen: { $title }
debrief-grade = Nota { $letter }
debrief-outcome = RESULTADO: { $outcome }
debrief-seed = semilla { $seed }
debrief-how = Cálculo: { $how }
debrief-path = Recorrido: { $path }
debrief-strategies = Estrategias en esta partida
debrief-counts = aplicada: { $applied }, omitida: { $missed }
debrief-counts-off-target = aplicada: { $applied }, omitida: { $missed }, fuera de lugar: { $off_target }
debrief-mistakes-badge = ! ERRORES
debrief-reflect = Reflexiona
debrief-replay-same-seed = Repetir, misma semilla
debrief-replay-new-seed = Repetir, otra semilla
debrief-back-to-list = Volver a la lista

## Progreso

progress-trend-up = ↑ mejorando
progress-trend-down = ↓ bajando
progress-trend-steady = → estable
progress-trend-new = nueva
progress-not-played = Aún no lo has jugado.
progress-best-so-far = Tu mejor puntuación hasta ahora: { $best }/100.
progress-works-on-one = Practica { $first }.
progress-works-on-two = Practica { $first } y { $second }.
progress-heading = Progreso: { $trainee }
progress-summary = { $runs ->
        [one] { $runs } partida terminada
       *[other] { $runs } partidas terminadas
    } · { $tried ->
        [one] { $tried } escenario probado
       *[other] { $tried } escenarios probados
    }
progress-unreadable = No se pudo leer tu progreso: { $error }
progress-not-saving = El progreso no se está guardando en este equipo (consulta la pantalla de inicio).
progress-mastery = Dominio de las estrategias, de menor a mayor
progress-mastery-note = De las escenas en las que se recomendaba una estrategia, la proporción en la que la aplicaste (tus últimas { $runs } partidas).
progress-no-scenes = Aún no has respondido ninguna escena: juega un escenario y aquí verás tu dominio.
progress-more-mastery = y { $count } más, todas al { $lowest }% o más
progress-mistakes = Los errores que más cometes
progress-practice-next = Siguiente práctica
progress-practice = Practicar “{ $title }”
progress-scenarios = Escenarios: mejor y última puntuación
progress-figures = mejor { $best } · última { $last } · { $runs ->
        [one] { $runs } partida
       *[other] { $runs } partidas
    }{ $note }
progress-old-scoring = (modelo de puntuación antiguo)
progress-not-finished = aún sin terminar
progress-more-scenarios = y { $count } más: `hold-the-line progress` los muestra todos

## Selección de perfil

trainees-type-name = Escribe un nombre...
trainees-heading = ¿Quién practica?
trainees-intro = Elige tu nombre, o escríbelo y pulsa Intro para añadirte. El progreso de cada persona se guarda por separado.
trainees-add = Añadir y practicar
trainees-unreadable = No se pudieron leer los perfiles guardados: { $error }
trainees-none = Aún no hay perfiles en este equipo.
trainees-current = actual
trainees-detail = { $runs ->
        [one] { $runs } partida
       *[other] { $runs } partidas
    } · última vez { $date }{ $mark }
trainees-new-profile = perfil nuevo{ $mark }
trainees-more = { $count } más sin mostrar: escribe el nombre para elegirlo.
trainees-keys = Escribe un nombre y pulsa Intro · flechas + Intro eligen un perfil · Esc borra el nombre y después vuelve.

## Menú de pausa

pause-title = En pausa
pause-resume = Continuar
pause-back-to-list = Volver a la lista de escenarios
pause-back-to-title = Volver al inicio

## Clase: la pantalla del proyector

classroom-keys = Espacio siguiente paso  ·  1-9 jugar esa respuesta  ·  T mostrar/ocultar votos  ·  K cuenta atrás de 30 s  ·  L bloquear  ·  P personas  ·  A dirección  ·  Esc terminar
classroom-seconds-left = quedan { $seconds } s
classroom-status-waiting = Lectura de la escena en grupo. Espacio abre la votación.
classroom-status-voting = Votación abierta: han votado { $voted } de { $present }. Espacio cierra la votación.
classroom-status-closed = Votación cerrada: han votado { $voted } de { $present }. Espacio juega la respuesta de la sala, o pulsa un número.
classroom-status-tie = Votación cerrada: han votado { $voted } de { $present }, sin una respuesta ganadora. Pulsa el número que quieras jugar.
classroom-status-feedback = Coméntalo con el grupo. Espacio pasa a la siguiente escena.
classroom-status-over = El resumen de la clase. Esc termina la sesión.
classroom-scene = Escena { $number }
classroom-votes = { $count ->
    [one] { $count } voto
   *[other] { $count } votos
}
classroom-played = jugada
classroom-room-best = La sala encontró la mejor respuesta.
classroom-room-not-best = No es la mejor respuesta.
classroom-room-said = La sala dijo (respuesta { $number }):
classroom-best-response = Mejor respuesta:
classroom-how-voted = Cómo votó la sala
classroom-best-share = El { $share }% de los votos encontró la mejor respuesta.
classroom-tempting = El error más tentador ({ $count }): { $said }. Pregunta a la sala qué lo hacía tentador.
classroom-debrief = Resumen de la clase: la sala obtuvo { $score }
classroom-scene-share = El { $share }% de { $votes ->
        [one] { $votes } voto
       *[other] { $votes } votos
    } encontró la mejor respuesta.
classroom-scene-tempting = El error más tentador ({ $count }): { $said }
classroom-own-scores = Con sus propios votos, { $people ->
        [one] { $people } persona obtuvo
       *[other] { $people } personas obtuvieron
    } una media de { $mean } (máximo { $best }); cada teléfono muestra su propia puntuación.
classroom-talk-about-it = Para comentar
classroom-path-best = Escena { $number }: { $said } (la mejor respuesta)
classroom-path-not-best = Escena { $number }: { $said } (no era la mejor respuesta)
classroom-join = Únete desde tu teléfono
classroom-qr = Código QR que abre { $url } con el código de la sala
classroom-room-code = Código de la sala
classroom-joined = { $count } en la sala
classroom-locked = Bloqueada: nadie más puede unirse
classroom-address = Dirección { $number } de { $total }: A muestra la siguiente
classroom-nobody-joined = Aún no se ha unido nadie. Comprueba:
classroom-checklist-wifi = Los teléfonos, en la misma red wifi que este portátil (no con datos móviles).
classroom-checklist-guest-wifi = La wifi de invitados suele aislar los dispositivos: prueba la red del personal.
classroom-checklist-hotspot = O activa el punto de acceso de un teléfono y conecta este portátil a él.
classroom-checklist-firewall = Acepta el aviso del cortafuegos para Hold the Line (redes privadas).
classroom-checklist-next-address = Prueba la siguiente dirección: pulsa A.
classroom-people = Personas (flechas; Supr quita a la persona)
classroom-session-over = La sesión ha terminado. Pulsa Esc para cerrarla.
classroom-close-voting-first = Primero cierra la votación (Espacio) y luego elige.
classroom-votes-shown = Los votos están visibles, también en los teléfonos.
classroom-votes-hidden = Los votos están ocultos.
classroom-room-locked = Sala bloqueada: nadie más puede unirse.
classroom-room-open = Sala abierta: se puede unir gente nueva.
classroom-removed = { $name } ya no está en la sala.
classroom-press-p = Pulsa P para ver quién está en la sala y luego elige a quién quitar.
classroom-showing = Se muestra { $link }
classroom-confirm-end = Pulsa Esc otra vez para terminar la sesión (se avisa a todos los teléfonos). Cualquier otra tecla continúa.
classroom-not-in-library = { $file } no está en la biblioteca
classroom-has-problems = { $file } tiene problemas; corrígelos para jugarlo
classroom-catalog-problems = el catálogo de estrategias tiene problemas; corrígelo primero
classroom-cannot-listen = no se pueden recibir los teléfonos en { $ip }: { $error }
classroom-cannot-listen-port = no se pueden recibir los teléfonos en { $ip }, puerto { $port }: { $error }. Elige otro con --port, u omítelo para usar uno libre.
classroom-no-scenario = no hay ningún escenario `{ $wanted }` en la biblioteca; consulta la lista con: hold-the-line validate
classroom-could-not-start = No se pudo iniciar la clase: { $why }

## Antes de abrir la ventana, y el código QR para unirse (src/game/mod.rs, src/net/qr.rs)

game-no-display = no hay ninguna pantalla disponible (no están definidas ni DISPLAY ni WAYLAND_DISPLAY), así que no se puede abrir la ventana del juego.
game-no-display-help = Para practicar en la terminal en su lugar: hold-the-line play SCENARIO  (consulta la lista con: hold-the-line validate)
classroom-qr-cannot-draw = la dirección para unirse no se puede dibujar como código QR: { $error }

## Los rechazos de la sala

room-wrong-code = Ese no es el código de esta sala. Revisa las cuatro letras de la pantalla.
room-locked = Quien imparte la clase ha cerrado esta sala a gente nueva.
room-full = La sala está llena ({ $max } personas).
room-bad-name = Escribe un nombre de 1 a { $max } caracteres.
room-unknown-token = Ya no estás en esta sala. Vuelve a unirte.
room-wrong-scene = La escena ha avanzado; tu página muestra la nueva.
room-unknown-choice = Esa opción no existe en esta escena.
room-voting-closed = La votación de esta escena está cerrada.
room-no-majority = Ninguna respuesta tiene más votos que las demás: pulsa su número para elegir cuál se juega.
room-not-now = No es posible mientras la sala está { $phase ->
        [waiting] esperando
        [voting] votando
        [closed] con la votación cerrada
        [feedback] mostrando qué pasó
       *[over] con la sesión terminada
    }.

## Los rechazos del motor de escenarios

session-bad-start = el escenario empieza en `{ $start }`, que no es una escena de decisión
session-no-such-choice = no hay opción { $given }: elige un número del 1 al { $count }
session-finished = el escenario ha terminado: no queda nada por elegir
