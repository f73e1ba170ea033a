# Spanish: the classroom phone page's words and the server's sentences to phones.

# Ids as in locales/en/phone.ftl; the comments there say what each value is.
# The page speaks to the participant with tú.

## La página al cargarse

phone-app-name = Hold the Line
phone-session-ended-heading = Sesión terminada
phone-join-heading = Únete a la clase
phone-code-label = Código de la sala (aparece en el proyector)
phone-name-label = Tu nombre
phone-join-button = Unirse
phone-room-said = La sala dijo:
phone-how-voted = Cómo votó la sala
phone-debrief-heading = Resumen
phone-path-heading = El recorrido de la sala
phone-talk-about-it = Para comentar

## Unirse

phone-joining = Uniéndote…
phone-code-four-letters = El código de la sala tiene 4 letras; aparece en el proyector.
phone-type-name = Escribe tu nombre.
phone-could-not-join = No pudiste unirte (HTTP { $status }).
phone-cannot-reach = No se puede conectar con el portátil de la clase. Comprueba que estás en la misma red wifi y vuelve a intentarlo.
phone-please-join = Únete a esta sesión.
phone-please-join-again = Vuelve a unirte a esta sesión.

## La conexión

phone-connecting = Conectando…
phone-reconnecting = Reconectando…
phone-you-are = Eres { $name }
phone-scenario-over = El escenario ha terminado.
phone-waiting-next-scene = Esperando a que quien imparte la clase empiece la siguiente escena…

## Una escena y la votación

phone-scene = Escena { $number }
phone-customer-says = { $customer } dice:
phone-the-customer = El cliente
phone-voting-ended = La votación ha terminado.
phone-hint-waiting = La votación se abrirá pronto: lee las opciones.
phone-hint-voting = Toca la respuesta que darías.
phone-hint-closed = Votación cerrada. Ahora se jugará la respuesta de la sala.
phone-your-vote-mark = Tu voto
phone-votes = { $count ->
    [one] { $count } voto
   *[other] { $count } votos
}
phone-not-voted-yet = Aún no has votado.
phone-your-vote-open = Tu voto: { $number } — puedes cambiarlo hasta que se cierre la votación.
phone-your-vote = Tu voto: { $number }.
phone-voted = Han votado { $voted } de { $present }
phone-vote-not-counted = Tu voto no se contó (HTTP { $status }).
phone-vote-not-sent = No se pudo enviar tu voto. Comprueba tu conexión y vuelve a tocar.

## Después de una escena

phone-what-happened = Escena { $number }: qué pasó
phone-room-best = La sala encontró la mejor respuesta.
phone-best-response = Mejor respuesta: { $best }
phone-points = Puntos: { $points }
phone-played-tag = jugada
phone-your-vote-tag = tu voto

## El resumen

phone-class-score = Puntuación de la clase: { $score }
phone-your-score = Con tus propios votos habrías obtenido { $score } (votaste en { $voted } de { $scenes } escenas).

## Lo que envía el servidor (src/net)

phone-session-ended = La sesión ha terminado. Gracias por participar.
phone-removed = Quien imparte la clase te ha sacado de esta sesión.
phone-too-many-requests = Demasiadas solicitudes a la vez. Espera un momento y vuelve a intentarlo.
phone-too-many-pages = Hay demasiadas páginas abiertas en esta sala. Cierra otra pestaña y vuelve a cargar la página.

## El camino de la sala en el resumen

phone-path-best = Escena { $number }: { $said } (la mejor respuesta)
phone-path-not-best = Escena { $number }: { $said } (no era la mejor respuesta)
