# Spanish: the validate problems (see src/sim). Ids as in locales/en/problems-validate.ftl.

## Textos que no pueden quedar vacíos

validate-empty-text = { $what ->
        [strategy-name] el nombre de la estrategia está vacío
        [strategy-summary] el resumen de la estrategia está vacío
        [strategy-why] el `why` de la estrategia está vacío
        [mistake-name] el nombre del error está vacío
        [mistake-why] el `why` del error está vacío
        [scenario-id] el id del escenario está vacío
        [title] el título está vacío
        [setting] la ambientación está vacía
        [customer-name] el nombre del cliente está vacío
        [customer-about] el `about` del cliente está vacío
        [reflection-question] la pregunta de reflexión está vacía
        [ending-text] el texto del final está vacío
        [situation] la situación está vacía
        [customer-line] la frase del cliente está vacía
        [choice-say] el `say` de la opción está vacío
        [choice-feedback] el `feedback` de la opción está vacío
       *[other] el texto está vacío
    }
validate-empty-text-label = escribe algo aquí
validate-empty-text-hint = escribe un texto para { $what ->
        [strategy-name] el nombre de la estrategia
        [strategy-summary] el resumen de la estrategia
        [strategy-why] el `why` de la estrategia
        [mistake-name] el nombre del error
        [mistake-why] el `why` del error
        [scenario-id] el id del escenario
        [title] el título
        [setting] la ambientación
        [customer-name] el nombre del cliente
        [customer-about] el `about` del cliente
        [reflection-question] la pregunta de reflexión
        [ending-text] el texto del final
        [situation] la situación
        [customer-line] la frase del cliente
        [choice-say] el `say` de la opción
        [choice-feedback] el `feedback` de la opción
       *[other] este campo
    }; los participantes lo ven

## Entre archivos

validate-duplicate-scenario-id = el id de escenario `{ $id }` ya lo usa { $earlier }
validate-duplicate-scenario-id-label = id repetido
validate-duplicate-scenario-id-hint = los ids de escenario deben ser únicos entre archivos; usa el nombre del archivo sin `.scenario.ron`

## El catálogo, strategies.ron

validate-duplicate-id = el id `{ $id }` ya lo usa { $kind ->
        [mistake] un error
       *[strategy] una estrategia
    }
validate-duplicate-id-label = segundo uso
validate-duplicate-id-hint = cada estrategia y cada error necesita su propio id
validate-no-sources-strategy = la estrategia `{ $id }` no cita ninguna fuente
validate-no-sources-strategy-hint = añade los nombres de archivo de los artículos de origen que la recomiendan, p. ej. `sources: ["002_578dc5738e1d4239.txt"]`
validate-no-sources-mistake = el error `{ $id }` no cita ninguna fuente
validate-no-sources-mistake-hint = añade los nombres de archivo de los artículos de origen que desaconsejan cometerlo
validate-no-sources-label = sin `sources`
validate-penalty-out-of-range = la penalización { $penalty } está fuera de 1..=100
validate-penalty-out-of-range-label = fuera de rango
validate-penalty-out-of-range-hint = la penalización son los puntos que un error resta a la puntuación de una escena: de 1 a 100

## Los campos del escenario

validate-mood-out-of-range-start = el ánimo inicial { $mood } está fuera de 1..=100
validate-mood-out-of-range-start-hint = el ánimo va de 0 (furioso: el cliente se va) a 100 (tranquilo); empieza entre 1 y 100
validate-mood-out-of-range-change = el cambio de ánimo { $mood } está fuera de -100..=100
validate-mood-out-of-range-change-hint = una opción mueve el ánimo entre -100 y 100; de -20 a -40 ya es un mal momento
validate-mood-out-of-range-label = fuera de rango
validate-no-learning-goals = falta `learning_goals` para los formadores
validate-no-learning-goals-label = este escenario
validate-no-learning-goals-hint = añade `learning_goals: "qué practica este escenario",` para que los formadores sepan cuándo usarlo
validate-no-reflection = no hay preguntas de `reflection` para el resumen final
validate-no-reflection-label = este escenario
validate-no-reflection-hint = añade 2 o 3 preguntas, p. ej. `reflection: ["¿Cuándo cambió el tono del cliente?"],`

## Las escenas y sus enlaces

validate-scene-ids = { $ids }
validate-scene-ids-cut = { $ids }, ... ({ $count } en total)
validate-duplicate-scene = el id de escena `{ $id }` se usa dos veces
validate-duplicate-scene-label = este id vuelve a aparecer más abajo
validate-duplicate-scene-hint = cambia el nombre de una de las escenas; los ids deben ser únicos dentro de un escenario
validate-start-is-ending = `start` nombra `{ $start }`, que es un final
validate-start-is-ending-label = un escenario no puede empezar por un `Ending`
validate-start-is-ending-hint = haz que `start` apunte a la primera escena de decisión
validate-unknown-start = `start` no nombra ninguna escena: `{ $start }`
validate-unknown-start-label = no existe esa escena
validate-unknown-start-hint-near = ¿quisiste decir `{ $near }`?
validate-unknown-start-hint-list = ids de escena de este archivo: { $ids }
validate-no-variants = la escena `{ $id }` no tiene frases en `customer_says`
validate-no-variants-label = lista vacía
validate-no-variants-hint = añade al menos una frase del cliente; con dos o más variantes, cada partida se siente nueva
validate-no-recommended = la escena `{ $id }` no recomienda ninguna estrategia
validate-no-recommended-label = lista vacía
validate-no-recommended-hint = nombra las estrategias que encajan en este momento, p. ej. `recommended: [listen_actively, empathize]`; la puntuación es la parte de ellas que usa cada opción
validate-no-choices = la escena `{ $id }` no tiene opciones
validate-no-choices-label = lista vacía
validate-no-choices-hint = dale al participante de 2 a 4 respuestas; una escena que cierra la historia es un `Ending(outcome: ..., text: ...)`
validate-single-choice = la escena `{ $id }` solo tiene una opción
validate-single-choice-label = no hay una decisión real
validate-single-choice-hint = añade una respuesta equivocada pero tentadora que alguien recién contratado podría dar de verdad
validate-duplicate-choice-id = las opciones { $first } y { $second } de la escena `{ $scene }` se llaman las dos `{ $name }`
validate-duplicate-choice-id-label = el mismo nombre que otra opción de esta escena
validate-duplicate-choice-id-hint = dale a cada opción de una escena su propio `id:` (una opción sin id se nombra por su número)
validate-unknown-next = `next` no nombra ninguna escena: `{ $next }`
validate-unknown-next-label = no existe esa escena
validate-unknown-next-hint-near = ¿quisiste decir `{ $near }`?
validate-unknown-next-hint-list = añade una escena `"{ $next }": Scene(...)` o un `Ending(...)`, o haz que `next` apunte a una de estas: { $ids }
validate-no-walkout-ending = falta un `Ending(outcome: Walkout, ...)`
validate-no-walkout-ending-label = en estas escenas
validate-no-walkout-ending-hint = cuando el ánimo llega a 0, el cliente se va; añade un final Walkout para que el participante vea cómo termina

## Los ids de estrategias y errores que nombra una escena

validate-unknown-strategy = estrategia desconocida `{ $id }`
validate-unknown-strategy-label = no está en strategies.ron
validate-unknown-strategy-hint-is-mistake = `{ $id }` es un error del catálogo; ponlo en `mistakes`
validate-unknown-strategy-hint-near = ¿quisiste decir `{ $near }`? (o añade `{ $id }` a strategies.ron)
validate-unknown-strategy-hint-list = ids de estrategia conocidos: { $ids }
validate-unknown-mistake = error desconocido `{ $id }`
validate-unknown-mistake-label = no es un error de strategies.ron
validate-unknown-mistake-hint-is-strategy = `{ $id }` es una estrategia del catálogo; ponla en `uses`/`recommended`
validate-unknown-mistake-hint-near = ¿quisiste decir `{ $near }`? (o añade `{ $id }` a strategies.ron)
validate-unknown-mistake-hint-list = ids de error conocidos: { $ids }

## El grafo de escenas

validate-unreachable-scene = no se puede llegar a la escena `{ $id }` desde `start`
validate-unreachable-scene-label = ningún `next` lleva aquí
validate-unreachable-scene-hint = haz que el `next` de alguna opción apunte a "{ $id }", o borra la escena
validate-no-ending-reachable = desde la escena `{ $id }` no se puede llegar a ningún final
validate-no-ending-reachable-label = todos los caminos desde aquí forman un bucle
validate-no-ending-reachable-hint = dale al menos a una opción de este camino un `next` que lleve a un `Ending(...)`

## La mejor partida

validate-no-complete-run = ninguna partida desde `start` llega a un final
validate-no-complete-run-label = empieza aquí
validate-no-complete-run-hint = revisa los enlaces `next` y los cambios de ánimo: todos los caminos acaban con el cliente yéndose o en un bucle
validate-best-path-below-100 = la mejor partida posible obtiene { $score }, no 100
validate-best-path-below-100-label = la mejor opción aquí obtiene { $score }
validate-best-path-below-100-hint = en la escena `{ $scene }`, dale a una opción todas las estrategias de `recommended` y ningún error, para que un participante que lo haga todo bien pueda llegar a 100

## El canal

validate-no-channel = falta `channel`: la pantalla de selección no puede filtrar este escenario
validate-no-channel-label = este escenario
validate-no-channel-hint = añade `channel: Phone,` (uno de InPerson, Phone, Chat, Email, Video) después de `difficulty`
validate-channel-mismatch = `{ $id }` { $role ->
        [recommended] se recomienda
        [used] se usa
       *[mistake] es un error cometido
    }, pero el canal de este escenario es { $channel }
validate-channel-mismatch-label = solo encaja en: { $channels }
validate-channel-mismatch-hint = strategies.ron limita `{ $id }` a { $channels }; elige lo que este canal permite o cambia el `channel` del escenario
validate-channel-list = { $first }, { $rest }
