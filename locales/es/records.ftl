# Adónde van los resultados y dónde se guarda el progreso: los motivos del envío al LRS, los errores del archivo de progreso, los problemas de los archivos de ajustes.

## La conexión con el LRS (src/lrs/link.rs)

lrs-results-not-sent = Los resultados no se envían al LRS: { $problem }
lrs-waiting-note = { $count ->
        [one] { $count } resultado pendiente de enviar a los registros de tu organización: { $reason }. Se guarda en este equipo y se enviará cuando el LRS responda.
       *[other] { $count } resultados pendientes de enviar a los registros de tu organización: { $reason }. Se guardan en este equipo y se enviarán cuando el LRS responda.
    }
lrs-results = { $count ->
        [one] { $count } resultado
       *[other] { $count } resultados
    }

## Por qué se detuvo el envío (src/lrs/drain.rs, src/lrs/sender.rs)

lrs-refuses-every-statement = el LRS rechaza todas las declaraciones ({ $reason }): revisa los ajustes con `hold-the-line lrs status`
lrs-key-refused = el LRS rechazó la clave ({ $reason }): compruébala con `hold-the-line lrs test`
lrs-no-lrs-at-endpoint = ningún LRS responde en el endpoint ({ $reason }): revisa la dirección
lrs-busy = el LRS está ocupado o fallando ({ $reason })
lrs-read-answered-as-write = el LRS respondió a una lectura como si fuera una escritura
lrs-sending-turned-off = se desactivó el envío (`hold-the-line lrs off`)

## Por qué no se pudo contactar con el LRS (src/lrs/client.rs)

lrs-not-an-lrs-answer = respondió con 200, pero no como lo hace un LRS xAPI (envió `{ $start }`)
lrs-name-does-not-resolve = el nombre del LRS no se resuelve (no hay red o hay una errata en la dirección)
lrs-nothing-at-address = no respondió nada en esa dirección (¿está en marcha el LRS y es correcto el puerto?)
lrs-timed-out = el LRS no respondió a tiempo
lrs-connection-refused = se rechazó la conexión (¿está en marcha el LRS y es correcto el puerto?)
lrs-connection-failed = falló la conexión ({ $error })
lrs-certificate-refused = no se aceptó el certificado del LRS ({ $error })

## El archivo de ajustes del LRS, lrs.ron (src/lrs/config.rs)

lrs-config-not-web-address = `{ $endpoint }` no es una dirección web (http:// o https://)
lrs-config-address-alone = `{ $endpoint }`: indica solo la dirección, sin consulta, fragmento ni nombre de usuario
lrs-config-user-empty = la clave (user) está vacía
lrs-config-secret-empty = el secreto está vacío
lrs-config-not-iri = `{ $home_page }` no es una dirección (IRI)
lrs-config-not-uuid = `{ $registration }` no es un UUID
lrs-config-not-a-score = { $score } no es una puntuación de 0 a 100
lrs-config-timeout-zero = el tiempo de espera debe ser de al menos 1 segundo
lrs-config-fix = { $problem }; corrígelo o vuelve a configurarlo con `hold-the-line lrs set`

## Los archivos de ajustes (src/store/settings.rs, también lrs.ron)

settings-file-cannot-read = no se puede leer ({ $error })
settings-file-broken = { $problem }; el juego usa los ajustes predeterminados; al cambiar un ajuste se sustituye el archivo (el anterior se conserva al lado como settings.ron.broken)
settings-file-text-size-clamped = { $problem }; se usa { $percent } %
settings-file-text-size-range = el tamaño del texto debe estar entre 100 y 200 (por ciento), no { $percent }
settings-file-cannot-create-folder = no se puede crear su carpeta ({ $error })
settings-file-cannot-keep-broken = no se puede conservar el archivo dañado ({ $error })
settings-file-cannot-write = no se puede escribir ({ $error })
settings-file-cannot-replace = no se puede sustituir ({ $error })

## El archivo de progreso (src/store/error.rs)

store-newer = este archivo de progreso lo guardó una versión más reciente de Hold the Line (esquema { $found }; esta versión lee hasta el { $supported }); actualiza el juego o indica --data-dir para usar otra carpeta. No se ha modificado el archivo.
store-locked = otro programa está usando el archivo de progreso; cierra las demás ventanas de Hold the Line y vuelve a intentarlo.
store-damaged = no es un archivo de progreso legible (está dañado o es otro tipo de archivo); se ha dejado como estaba
store-missing = aún no se ha guardado ningún progreso aquí (el archivo no existe).
store-io = el sistema de archivos lo rechazó
store-sqlite = se produjo un error en el archivo de progreso
store-damaged-help = abre el juego una vez para apartarlo y empezar de cero, o restaura una copia de seguridad

## Guardar las partidas mientras se juegan (src/store/recorder.rs)

recorder-not-saving = El progreso no se guardará: { $why }
recorder-no-data-folder = este sistema no tiene carpeta de datos
