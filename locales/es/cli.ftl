# Spanish: the terminal's words (`play`) and the scoring in words. Ids as in locales/en/cli.ftl.

## Palabras que comparten la transcripción y la ventana

difficulty-easy = fácil
difficulty-medium = media
difficulty-hard = difícil
outcome-resolved = Resuelto
outcome-escalated = Escalado
outcome-unresolved = Sin resolver
outcome-walkout = El cliente se fue
grade-a = Excelente: lo has llevado como una profesional con años de oficio
grade-b = Bien: algunos momentos que pulir
grade-c = En progreso: tienes la base, sigue practicando
grade-d = Necesitas práctica: repasa las estrategias que faltaron
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
transcript-missed = [faltó] { $name }: { $why }
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
transcript-path = Camino: { $path }
transcript-table-strategy = Estrategia
transcript-table-columns = aplicada  faltó  fuera de lugar
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
