# Spanish: the validator's training checks (src/sim/checks). Ids and variables as in locales/en/problems-checks.ftl.

## all-or-nothing

checks-all-or-nothing = todas las opciones de la escena `{ $scene }` puntúan 100 o 0, sin nada intermedio ({ $count } escenas así en este escenario; se admite una como máximo)
checks-all-or-nothing-label = todo o nada
checks-all-or-nothing-hint = da a una opción tentadora parte de las estrategias recomendadas (puntuación parcial), o un error cuya penalización se note, para que la puntuación distinga un casi acierto de una mala respuesta

## surface-tell

checks-surface-tell-longest = la mejor respuesta es la más larga en { $count } de { $scenes ->
        [one] { $scenes } escena de decisión
       *[other] { $scenes } escenas de decisión
    }
checks-surface-tell-longest-hint = haz que una respuesta incorrecta sea la más larga en algunas escenas (una cita farragosa de la política de la tienda) y deja cortas algunas de las mejores respuestas
checks-surface-tell-stage-direction = la mejor respuesta es la única con acotación en { $count } de { $scenes ->
        [one] { $scenes } escena de decisión
       *[other] { $scenes } escenas de decisión
    }
checks-surface-tell-stage-direction-hint = pon acotaciones también en respuestas incorrectas (`act: "Cut in"`), o quita la acotación de la mejor
checks-surface-tell-empathy = la mejor respuesta es la única con palabras de disculpa o empatía en { $count } de { $scenes ->
        [one] { $scenes } escena de decisión
       *[other] { $scenes } escenas de decisión
    }
checks-surface-tell-empathy-hint = haz que una respuesta incorrecta también pida perdón ("Sorry, but the policy is..."), para que las palabras amables no delaten por sí solas la mejor
checks-surface-tell-label = se elige sin leer

## mistake-pays

checks-mistake-pays = la opción { $choice } de la escena `{ $scene }` comete un error ({ $mistakes }), pero su mejor partida desde aquí puntúa { $scores }, tanto como la mejor opción sin errores ({ $clean }) con el cliente en ánimo { $mood }
checks-mistake-pays-label = este desvío compensa
checks-mistake-pays-hint = un error nunca debe llevar a la mejor puntuación: envía esta opción a una escena desde la que no se pueda recuperar la puntuación máxima, o haz que la opción sin errores lleve a una partida igual de buena

## penalty-absorbed

checks-penalty-absorbed = la penalización de { $mistakes } en la opción { $choice } de la escena `{ $scene }` no cambia la puntuación de ninguna partida: toda partida que pasa por ella { $reason ->
        [zero] ya puntúa 0
        [walkout] ya es una partida en la que el cliente se va, limitada a 49
       *[zero-or-walkout] ya puntúa 0 o es una partida en la que el cliente se va, limitada a 49
    }
checks-penalty-absorbed-label = no cuesta nada
checks-penalty-absorbed-hint = un error debe notarse en la puntuación: haz que esta opción lleve a una escena donde la partida aún pueda ganar puntos, en vez de ir directa a que el cliente se vaya o a un callejón sin salida

## too-large-to-check

checks-too-large-to-check = { $states } estados (escena, ánimo) son demasiados para las comprobaciones `mistake-pays` y `penalty-absorbed`
checks-too-large-to-check-label = sin comprobar
checks-too-large-to-check-hint = divide el escenario en otros más pequeños, o usa menos cambios de ánimo distintos

## gameable (validate --paths)

checks-gameable = se puede jugar sin leer, con las semillas { $from }-{ $to }: { $bots }
checks-gameable-bots = { $first }; { $rest }
checks-gameable-bot = el bot `{ $bot }` ({ $does }) tiene una media de { $mean } y llega a { $best } (semilla { $seed })
checks-gameable-label = se gana sin leer
checks-gameable-hint = varía qué respuesta es la más larga y en qué posición está la mejor, y pon también acotaciones y palabras amables en las respuestas incorrectas; `validate --paths` muestra las cifras de cada bot

## Lo que hace cada bot

checks-bot-longest = elige la respuesta más larga
checks-bot-shortest = elige la respuesta más corta
checks-bot-first = elige la primera respuesta mostrada
checks-bot-last = elige la última respuesta mostrada
checks-bot-stage-direction = elige una respuesta con acotación
checks-bot-empathy = elige la respuesta con más palabras de disculpa y empatía
