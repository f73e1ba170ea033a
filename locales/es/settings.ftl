# El panel de ajustes (src/game/screens/settings.rs).

settings-title = Ajustes
settings-apply-at-once = Los cambios se aplican al momento.
settings-on = Sí
settings-off = No
settings-text-size = Tamaño del texto: { $percent } %
settings-high-contrast = Alto contraste: { $state }
settings-reduced-motion = Menos movimiento: { $state }
settings-language = Idioma: { $language }
settings-done = Listo
settings-saved-in = Guardado para este equipo en { $path }.
settings-not-saved = Sin guardar: este sistema no tiene carpeta de ajustes.
settings-keyboard = Teclado
settings-key-move = Flechas o Tab
settings-key-move-does = moverte entre controles (Mayús+Tab vuelve atrás)
settings-key-choose = Intro o Espacio
settings-key-choose-does = elegir el control marcado con el anillo
settings-key-number = 1 a 9
settings-key-number-does = el control con ese número: una respuesta, un botón, una tarjeta
settings-key-scroll = Re Pág, Av Pág
settings-key-scroll-does = desplazar un texto largo
settings-key-back = Esc
settings-key-back-does = atrás; durante un escenario, el menú de pausa; aquí, cerrar los ajustes
settings-key-mouse = Ratón
settings-key-mouse-does = haz clic en todo lo que alcanza una tecla; la rueda desplaza
