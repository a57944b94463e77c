# portplans — español. Todas las cadenas visibles para el usuario en las páginas, la API y los mensajes.

## Estructura de la página
app-name = portplans
app-tagline = Planes de contingencia portuaria de las Américas
skip-to-content = Saltar al contenido principal
nav-home = Inicio
nav-forms = Cuestionarios
nav-main = Navegación principal
language-switcher = Idioma
footer-text = portplans está al servicio de los Estados miembros de la Organización de los Estados Americanos y de su secretaría: planificación de contingencias portuarias ante desastres y en materia de seguridad, informada, revisada y compartida.
footer-api = API JSON

## Página de inicio
home-title = Planes de contingencia portuaria
home-intro = Los Estados miembros informan sobre los planes de contingencia de sus puertos ante desastres naturales y en materia de seguridad. La secretaría revisa cada informe, compara los puertos de la región y publica los recursos aprobados.
home-how-title = Cómo funciona
home-how-report = Los puntos focales de cada Estado miembro completan un cuestionario estructurado para cada uno de sus puertos, guardan borradores y envían sus respuestas.
home-how-review = La secretaría revisa cada informe enviado, solicita revisiones y lo aprueba.
home-how-publish = Los resúmenes comparativos y los recursos aprobados se publican para todo el público.
home-forms-title = Cuestionarios en uso
home-preview = Leer el cuestionario
home-version = Versión { $version }

## Cuestionarios
forms-title = Cuestionarios
forms-intro = Todos los cuestionarios que conoce el servidor, con su versión. Abra uno para leer todas sus preguntas.
forms-count = { $sections } secciones, { $questions } preguntas
form-preview-intro = Vista previa, de solo lectura, de todas las secciones y preguntas de este cuestionario.
form-version = Versión
form-hash = Huella digital del contenido (SHA-256)
form-contents = Índice
form-section = Sección { $id }
form-shown-depends = Se muestra solo según las respuestas a
form-required = Obligatoria
form-required-depends = Obligatoria según las respuestas a
form-optional = Opcional
form-read-only = Se completa automáticamente
form-sensitive = Confidencial: nunca se publica
form-sensitive-section = Las respuestas de esta sección son confidenciales y nunca se publican.
form-type = Tipo de respuesta
form-choices = Opciones
form-choices-member-states = Uno de los 35 Estados miembros de la OEA
form-rows = Una fila por cada uno
form-rows-from = Una fila por cada opción seleccionada en la pregunta { $question }
form-columns = Columnas
form-rules = Reglas
form-warnings = Advertencias (nunca impiden enviar la respuesta)
form-back-to-top = Volver al índice

## Tipos de pregunta
question-type-text = Texto breve
question-type-long-text = Texto largo
question-type-text-list = Lista de textos
question-type-integer = Número entero
question-type-decimal = Número
question-type-yes-no = Sí o no
question-type-select-one = Una opción
question-type-select-multiple = Varias opciones
question-type-date = Fecha
question-type-email = Dirección de correo electrónico
question-type-url = Dirección web
question-type-file = Archivo
question-type-files = Archivos
question-type-grid = Tabla
question-type-note = Información
choice-yes = Sí
choice-no = No

## Problemas de validación
problem-required = Esta pregunta es obligatoria.
problem-type-text = Ingrese un texto.
problem-type-text-list = Ingrese una lista de textos.
problem-type-integer = Ingrese un número entero, sin separadores de miles (por ejemplo, 1500).
problem-type-number = Ingrese un número, sin separadores de miles; use punto o coma para los decimales (por ejemplo, 1500 o 12,5).
problem-type-date = Ingrese una fecha con el formato YYYY-MM-DD.
problem-type-email = Ingrese una dirección de correo electrónico, por ejemplo nombre@example.org.
problem-type-url = Ingrese una dirección web que comience con http:// o https://.
problem-type-choice = Elija una de las opciones.
problem-type-choices = Elija entre las opciones.
problem-type-file = Adjunte un archivo.
problem-type-files = Adjunte uno o más archivos.
problem-type-grid = Complete la tabla.
problem-type-grid-row = Complete esta fila de la tabla.
problem-choice = «{ $value }» no es una de las opciones.
problem-min = Debe ser igual o superior a { $bound }.
problem-min-exclusive = Debe ser superior a { $bound }.
problem-max = Debe ser igual o inferior a { $bound }.
problem-max-exclusive = Debe ser inferior a { $bound }.
problem-pattern = La respuesta no tiene el formato esperado.
problem-unknown-question = No existe la pregunta { $question } en este cuestionario.
problem-not-answerable = Este elemento es solo informativo y no admite respuesta.

## Errores
error-page-title = Se produjo un error
error-back-home = Volver a la página de inicio
error-bad-request = La solicitud está mal formada: { $detail }
error-bad-request-plain = La solicitud está mal formada.
error-unauthorized = Inicie sesión.
error-forbidden = No tiene permiso para realizar esta acción.
error-not-found = No se encontró nada en esta dirección.
error-method-not-allowed = Este método no está permitido aquí.
error-conflict = Esto entra en conflicto con el estado actual del registro.
error-too-large = El archivo cargado es demasiado grande.
error-unsupported-media-type = No se acepta este tipo de archivo.
error-unprocessable = La solicitud está bien formada, pero no se puede procesar.
error-validation-failed = Las respuestas no están completas o no son válidas; consulte los detalles.
error-too-many-requests = Demasiados intentos; espere un momento y vuelva a intentarlo.
error-internal = Se produjo un error inesperado. Quedó registrado; vuelva a intentarlo más tarde.
error-invalid-credentials = La dirección de correo electrónico o la contraseña no son correctas.
error-invalid-email = Ingrese una dirección de correo electrónico válida.
error-invalid-name = Ingrese un nombre (200 caracteres como máximo).
error-invalid-role = El rol debe ser admin, secretariat o focal_point.
error-member-state-required = Un punto focal debe pertenecer a un Estado miembro.
error-member-state-not-allowed = Solo los puntos focales pertenecen a un Estado miembro.
error-unknown-member-state = No existe ese Estado miembro.
error-weak-password = La contraseña debe tener al menos 12 caracteres.
error-email-taken = Ya existe una cuenta con esta dirección de correo electrónico.
error-invalid-status = El estado debe ser active o not_participating.
error-locode-malformed = Un UN/LOCODE tiene cinco caracteres: dos letras, seguidas de tres letras o dígitos del 2 al 9.
error-locode-country = El UN/LOCODE debe comenzar con el código de dos letras del Estado miembro.
error-port-exists = Ya existe un puerto con este UN/LOCODE.
error-invalid-title = Ingrese un título (200 caracteres como máximo).
error-cycle-dates = La fecha de cierre no puede ser anterior a la fecha de apertura.
error-unknown-form = No existe ese cuestionario o esa versión.
error-cycle-closed = Este ciclo de informes ya está cerrado.
error-invitation-invalid = Este enlace no es válido: ya se utilizó, venció o nunca existió.
problem-too-long = Como máximo, { $max } caracteres.
error-password-mismatch = Las dos contraseñas no coinciden.
error-date-format = Ingrese las fechas con el formato YYYY-MM-DD.

## Cuentas
nav-admin = Secretaría
nav-users = Cuentas
sign-in = Iniciar sesión
sign-out = Cerrar sesión
signed-in-as = Sesión iniciada como { $name }
login-title = Iniciar sesión
field-email = Dirección de correo electrónico
field-password = Contraseña
field-name = Nombre
field-role = Rol
field-title = Título
field-new-password = Nueva contraseña
field-new-password-hint = Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura.
field-confirm-password = Repita la contraseña
field-opens-on = Fecha de apertura
field-closes-on = Fecha de cierre
field-port-name = Nombre del puerto
field-locode-hint = Cinco caracteres, comenzando por { $alpha2 }; por ejemplo, { $alpha2 }ABC.
invitation-title = Establezca su contraseña
invitation-intro = Le damos la bienvenida, { $name }. Elija la contraseña que utilizará para iniciar sesión como { $email }.
invitation-submit = Establecer mi contraseña
setup-title = Crear el primer administrador
setup-intro = Esta página, de uso único, crea la cuenta de administrador de esta instalación.
setup-submit = Crear el administrador
role-admin = Administrador
role-secretariat = Secretaría
role-focal_point = Punto focal

## Páginas de la Secretaría
admin-title = Secretaría
admin-users-title = Cuentas
admin-cycles = Ciclos de informes
admin-no-cycles = Aún no hay ningún ciclo de informes.
admin-new-cycle = Abrir un ciclo de informes
admin-open-cycle = Abrir el ciclo
admin-close-cycle = Cerrar
admin-questionnaire = Cuestionario
admin-status = Estado
admin-actions = Acciones
admin-states = Estados miembros
admin-back = Volver a los Estados miembros
admin-participation = Participación
admin-save = Guardar
admin-ports = Puertos
admin-no-ports = Aún no hay ningún puerto.
admin-add-port = Agregar un puerto
admin-focal-points = Puntos focales
admin-no-focal-points = Aún no hay ningún punto focal.
admin-invite-focal-point = Invitar a un punto focal
admin-invite = Enviar la invitación
admin-invite-staff = Invitar a un miembro de la secretaría
admin-invite-focal-points-hint = Los puntos focales se invitan desde la página de su Estado miembro.
admin-invitation-link = Enlace de invitación (válido por 7 días, de un solo uso): envíelo a la persona invitada.
admin-pending = invitación pendiente
admin-inactive = desactivada
admin-active = activa
admin-deactivate = Desactivar
admin-reactivate = Reactivar
admin-cycle-created = Se creó el ciclo de informes.
admin-cycle-closed = Se cerró el ciclo de informes.
admin-status-changed = Se guardó el estado de participación.
admin-port-added = Se agregó el puerto.
admin-invited = Se creó la invitación.
admin-deactivated = Se desactivó la cuenta; sus sesiones finalizaron.
admin-reactivated = Se reactivó la cuenta.
cycle-status-scheduled = Programado
cycle-status-open = Abierto
cycle-status-closed = Cerrado
state-status-active = Participante
state-status-not_participating = No participante

## Respuestas
error-not-editable = Este informe no puede modificarse ahora: ya fue enviado o aprobado.
error-version-conflict = Este informe se guardó en otro lugar (en otra pestaña o ventana, o por otra persona) después de que usted lo abrió.
error-submission-exists = Ya existe un informe para este puerto en este ciclo de informes.
error-cycle-not-open = Este ciclo de informes no está abierto.
error-not-your-port = Este puerto no pertenece a su Estado miembro.
nav-reports = Mis informes
reports-title = Mis informes
reports-none-open = No hay ningún ciclo de informes abierto en este momento.
reports-deadline = Fecha límite: { $date }
reports-no-ports = La secretaría aún no ha registrado ningún puerto de su Estado miembro.
reports-completeness = Grado de avance
reports-answered = { $answered } de { $total } respuestas obligatorias
reports-continue = Continuar
reports-start = Comenzar
submission-status-not_started = Sin iniciar
submission-status-draft = Borrador
submission-status-submitted = Enviado
submission-status-returned = Devuelto para revisión
submission-status-approved = Aprobado
section-nav = Secciones
section-errors = { $count } por corregir
section-summary = Revise estas respuestas
section-save = Guardar
section-save-next = Guardar y pasar a la sección siguiente
section-save-review = Guardar y revisar
section-kept = Lo que escribió se conserva a continuación, pero no se guardó. Copie lo que necesite y luego:
section-reload = Abrir la versión actual
section-conditional-hint = Algunas preguntas dependen de respuestas anteriores: aparecen a medida que responde (después de guardar, si el script de la página no puede ejecutarse).
section-one-per-line = Un elemento por línea.
section-grid-empty = Esta tabla se completa a partir de su respuesta anterior; guarde primero esa respuesta.
problem-label-error = Problema
problem-label-warning = Advertencia
review-title = Revisar y enviar
review-problems = Respuestas que aún requieren atención antes del envío: { $count }.
review-ready = Todas las respuestas obligatorias están completas. Al enviarlo, este informe se remite a la secretaría; ya no podrá modificarlo, salvo que se le devuelva.
review-submit = Enviar a la secretaría
review-edit = Editar
review-unanswered = Sin respuesta
review-history = Historial
review-revision = Envío { $revision } del { $at }
review-submitted = Enviado: la secretaría recibió su informe (envío { $revision }). Aquí verá sus comentarios.
error-not-a-file-question = Solo se pueden adjuntar archivos a una pregunta de tipo archivo de este cuestionario.
error-sensitive-public = Esta pregunta es confidencial: sus archivos nunca pueden hacerse públicos.
error-licence-required = Un archivo público necesita una licencia; al elegirla, usted consiente su publicación.
error-invalid-visibility = La visibilidad debe ser restringida o pública.
autosave-saving = Guardando…
autosave-saved = Todos los cambios se guardaron.
autosave-conflict = No se guardó: este informe se guardó en otro lugar (otra pestaña u otra persona). Copie sus cambios y abra la versión actual.
autosave-failed = No se guardó: falló la conexión. Use el botón Guardar.
file-choose = Elija un archivo
file-kinds = { $types }; como máximo { $max }
file-replace = Reemplazar el archivo
file-upload = Subir
file-restricted = Restringido: solo lo ven su Estado miembro y la secretaría
file-make-public = Público: podrá publicarse una vez aprobado el informe
file-public = Público ({ $licence })
file-licence = Licencia (necesaria para un archivo público; al elegirla, usted consiente su publicación)
error-file-type = Este tipo de archivo no se acepta aquí: verifique que sea realmente uno de los tipos indicados.
section-saved = Guardado.

## Páginas de informe
section-saved-with-problems = Algunas respuestas de esta página requieren atención (se indican abajo); puede corregirlas ahora o volver más tarde.
section-onward = Ir a la sección siguiente
section-complete = completa
section-not-applicable = no corresponde
file-types-or = o
file-uploading = Cargando…
file-upload-progress = Progreso de la carga
size-bytes = { $n } bytes
size-kb = { $n } KB
size-mb = { $n } MB
colon = { ":" }
reports-view = Ver
report-title = Informe
admin-cycle-title-hint = Se muestra a quienes usan un idioma que no tiene título propio abajo.
admin-cycle-titles = El título en cada idioma (opcional)
language-name-en = Inglés
language-name-es = Español
language-name-fr = Francés
language-name-pt = Portugués
review-grid-row = Fila
file-save-first = La carga vuelve a abrir esta página: guarde antes sus otras respuestas.

## Revisión
error-invalid-transition = El estado de este informe no permite esta acción (quizá se decidió mientras tanto): vuelva a abrirlo para ver en qué estado está.
error-invalid-comment = Un comentario no puede estar vacío y debe tener como máximo 10 000 caracteres de texto corriente.
error-comment-question = Solo se pueden hacer comentarios sobre una pregunta de este cuestionario.
error-return-needs-comment = Para devolver un informe, indique qué debe cambiarse: un comentario general o un comentario sobre al menos una pregunta.
error-reopen-needs-reason = Para reabrir un informe aprobado, indique el motivo.

## El ciclo de revisión
nav-inbox = Revisiones
nav-audit = Registro de auditoría
inbox-title = Informes por revisar
inbox-filter = Filtrar los informes
inbox-cycle = Ciclo de informes
inbox-state = Estado miembro
inbox-all = Todos
inbox-apply = Mostrar
inbox-empty = No hay informes en este estado.
inbox-revision = Envío n.º
inbox-waiting = En espera
inbox-days = { $count ->
    [one] 1 día
   *[other] { $count } días
}
inbox-page = Página { $page } de { $pages } ({ $total } en total)
page-previous = Página anterior
page-next = Página siguiente
board-title = Avance por Estado miembro
board-inbox = Informes de este ciclo por revisar
board-overdue = Atrasados
board-total = Todos los Estados miembros
board-open = Avance
audit-title = Registro de auditoría
audit-entity = Registro
audit-actor = Persona (correo electrónico)
audit-action = Acción
audit-since = Desde
audit-until = Hasta
audit-when = Cuándo
audit-address = Dirección
review-secretariat-title = Revisión
review-done-returned = El informe se devolvió a su Estado miembro para revisión.
review-done-approved = El informe fue aprobado.
review-done-reopened = El informe se reabrió: su Estado miembro puede volver a modificarlo.
review-done-commented = Su comentario se envió.
review-score = Puntuación
review-problems-count = { $count ->
    [0] Ningún problema
    [one] 1 problema
   *[other] { $count } problemas
}
review-changed-count = { $count ->
    [0] Ninguna respuesta cambió desde el envío { $previous }
    [one] 1 respuesta cambió desde el envío { $previous }
   *[other] { $count } respuestas cambiaron desde el envío { $previous }
}
review-changed = Modificada
review-sensitive = Confidencial
review-before = En el envío { $previous }:
review-level = Nivel { $level } de 5
review-comment-on = Comentar { $question }
review-decision = Decisión
review-overall-comment = Comentario general
review-overall-hint = Para devolver el informe, indique aquí o en al menos una pregunta qué debe cambiar; para aprobar no hace falta comentario.
review-return = Devolver para revisión
review-approve = Aprobar
review-reopen-title = Reabrir este informe aprobado
review-reopen-reason = Motivo (se envía al Estado miembro)
review-reopen = Reabrir
review-comments = Comentarios
review-comment-question = Sobre
review-comment-overall = El informe en su conjunto
review-comment-body = Comentario
review-comment-send = Enviar
review-reply = Su respuesta
review-write-secretariat = Escribir a la secretaría sobre este informe
review-decision-returned = devuelto para revisión
review-decision-approved = aprobado
review-decision-reopened = reabierto
section-comments = { $count ->
    [one] 1 comentario
   *[other] { $count } comentarios
}
history-saved-times = guardó el borrador ({ $count } veces)
history-submission-started = comenzó el informe
history-submission-saved = guardó el borrador
history-submission-submitted = envió el envío { $revision } a la secretaría
history-submission-returned = lo devolvió para revisión
history-submission-approved = lo aprobó
history-submission-reopened = lo reabrió
history-submission-commented = escribió un comentario
section-line = línea { $line }
error-unknown-licence = Elija una de las licencias propuestas.
review-ready-short = Todas las respuestas obligatorias están completas.
review-go-submit = Revíselas abajo y envíe el informe al final de la página.
export-codebook-column = columna
export-codebook-question = pregunta
export-codebook-wording = texto
export-codebook-type = tipo
export-codebook-values = valores
export-title = Exportar las respuestas
export-format = Archivo
export-labels = Opciones escritas como
export-labels-names = sus códigos
export-status-all = Todos
export-download = Descargar
export-hint = Una fila por informe y una columna por pregunta; la hoja de cálculo (XLSX) agrega un libro de códigos. Los archivos aparecen por su identificador, nunca por su contenido.

## Notices
nav-notices = { $count ->
    [0] Avisos
   *[other] Avisos ({ $count } nuevos)
}
notices-title = Avisos
notices-empty = Todavía no hay avisos.
notices-new = Nuevo
notices-mark-read = Marcar como leído
notices-read-all = Marcar todos como leídos
notice-submitted = { $state } envió el informe de { $port } ({ $locode }), envío { $revision }, para revisión.
notice-returned = La secretaría devolvió el informe de { $port } ({ $locode }) para revisión.
notice-approved = La secretaría aprobó el informe de { $port } ({ $locode }).
notice-reopened = La secretaría reabrió el informe aprobado de { $port } ({ $locode }).
mail-submitted = 
    { $state } envió el informe de { $port } ({ $locode }) para revisión (envío { $revision }).
    {""}
    Revíselo aquí: { $link }
    {""}
    -- portplans
mail-returned = 
    La secretaría devolvió el informe de { $port } ({ $locode }) para revisión.
    {""}
    { $comment }
    {""}
    Sus comentarios están junto a las preguntas correspondientes: { $link }
    {""}
    -- portplans
mail-approved = 
    La secretaría aprobó el informe de { $port } ({ $locode }). Gracias.
    {""}
    { $comment }
    {""}
    { $link }
    {""}
    -- portplans
mail-reopened = 
    La secretaría reabrió el informe aprobado de { $port } ({ $locode }) para que pueda modificarse.
    {""}
    Motivo: { $comment }
    {""}
    { $link }
    {""}
    -- portplans
mail-invitation-subject = portplans: su invitación
mail-invitation = 
    Hola, { $name }:
    {""}
    Ha sido invitado a portplans, donde los Estados miembros informan sobre los planes de contingencia de sus puertos. Elija su contraseña en este enlace (funciona una sola vez, durante 7 días):
    {""}
    { $link }
    {""}
    -- portplans
review-comments-only = Enviar solo los comentarios (sin decisión)
review-comments-in-decision = Escriba sus comentarios en los recuadros junto a las preguntas y en el comentario general; envíelos con una decisión o solos.
notice-commented = Nuevo comentario sobre el informe de { $port } ({ $locode }).
mail-commented = 
    Un nuevo comentario sobre el informe de { $port } ({ $locode }):
    {""}
    { $comment }
    {""}
    { $link }
    {""}
    -- portplans
problem-required-cell = Complete esta casilla.
review-warnings-count = { $count ->
    [one] 1 advertencia
   *[other] { $count } advertencias
}
review-returned-title = La secretaría devolvió este informe para revisión
review-returned-questions = Sus comentarios se refieren a
review-section-not-applicable = Esta sección no corresponde, según sus respuestas anteriores.
audit-who = Quién
reply-save-first = Enviar una respuesta vuelve a abrir esta página: guarde antes sus respuestas.
board-scores = Puntuación por sección y Estado miembro
board-scores-hint = Media de los puertos aprobados de cada Estado ({ $count } en total); la región es la media de los Estados.
board-overall = Total
board-region = Región
board-legend = Niveles

## Dates in running text
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-long = { $day } de { $month } de { $year }

## The comparative summary (PDF)
pdf-org = Organización de los Estados Americanos
pdf-unit = Comisión Interamericana de Puertos (CIP) · Grupo Técnico Consultivo sobre Protección Portuaria
pdf-title = Resumen comparativo de los planes de contingencia portuarios
pdf-short-title = Resumen comparativo
pdf-subject = Planes de contingencia ante desastres naturales y de protección de los puertos de los Estados miembros de la OEA, comparados Estado por Estado
pdf-keywords = puertos, planes de contingencia, preparación ante desastres, protección portuaria, OEA
pdf-cover-questionnaire = { $title }, versión { $version }
pdf-cover-as-of = Datos al { $date }
pdf-cover-language = Idioma: { $language }
pdf-cover-counts = { $states ->
    [one] Un Estado miembro
   *[other] { $states } Estados miembros
} con { $ports ->
    [one] un informe portuario aprobado
   *[other] { $ports } informes portuarios aprobados
}
pdf-cover-note = Elaborado por la secretaría a partir de los informes de los puntos focales de los Estados miembros, tal como fueron aprobados tras su revisión. Las respuestas confidenciales (protección portuaria) y las respuestas de texto libre no forman parte de este resumen.
pdf-contents = Índice
pdf-page = Página { $page } de { $pages }
pdf-footer-as-of = Datos al { $date }
pdf-method = Método
pdf-method-participation = { $all ->
    [yes] En este ciclo participaron los { $total } Estados miembros
   *[no] En este ciclo participaron { $states } de los { $total } Estados miembros
}, con { $ports } puertos registrados: se enviaron { $submitted } informes portuarios y se aprobaron { $approved } tras su revisión. Este resumen solo cuenta los informes aprobados, que proceden de { $scored ->
    [one] un Estado miembro
   *[other] { $scored } Estados miembros
}.
pdf-method-scores = Las respuestas a las preguntas puntuadas se convierten en un nivel de 1 (el más bajo) a 5 (el más alto), como en la herramienta e-SPAR de la OMS; la conversión y las ponderaciones forman parte del cuestionario. El nivel de una sección es la media ponderada de sus preguntas puntuadas respondidas, y el nivel global de un puerto, la media ponderada de sus secciones.
pdf-method-region = El nivel de un Estado miembro es la media de sus puertos aprobados. El nivel regional es la media de los Estados miembros, de modo que cada Estado cuenta lo mismo, sea cual sea su número de puertos.
pdf-method-charts = Los gráficos cuentan informes portuarios: cuántos informes aprobados eligieron cada respuesta, entre los que respondieron la pregunta.
pdf-method-confidential = Las respuestas de la sección { $sections } (protección portuaria) son confidenciales: no aparecen en ninguna parte de este resumen, ni siquiera a través de las puntuaciones. Las respuestas de texto libre, las fechas y los archivos no se resumen.
pdf-method-as-of = Se incluyen los informes aprobados hasta el { $date }.
pdf-rates = Tasas de respuesta por Estado miembro
pdf-rates-hint = Puertos registrados, informes portuarios enviados al menos una vez e informes aprobados. La tasa es el número de informes aprobados sobre el de puertos registrados.
pdf-col-state = Estado miembro
pdf-col-ports = Puertos
pdf-col-submitted = Enviados
pdf-col-approved = Aprobados
pdf-col-rate = Tasa
pdf-percent = { $n } %
pdf-total = Todos los Estados miembros
pdf-scores = Puntuaciones por sección y Estado miembro
pdf-scores-hint = El nivel medio de los puertos aprobados de cada Estado miembro ({ $count } en total), de 1 (el más bajo) a 5 (el más alto). Cada celda muestra su valor; el color lo repite. Las columnas son las secciones, indicadas por su letra.
pdf-no-data = Aún no se ha aprobado ningún informe portuario.
pdf-overall = Global
pdf-region = Región
pdf-legend = Niveles (color de la celda)
pdf-sections-key = Secciones
pdf-charts = Respuestas de los Estados miembros
pdf-charts-hint = Para cada pregunta con opciones o números: cuántos informes portuarios aprobados dieron cada respuesta. Los porcentajes se calculan sobre los informes que respondieron la pregunta.
pdf-chart-none = Ningún informe aprobado respondió esta pregunta.
pdf-chart-answered = Informes que respondieron: { $count }.
pdf-count-percent = { $count } ({ $percent } %)
pdf-profiles = Perfiles de los Estados miembros
pdf-profile-counts = { $ports ->
    [one] 1 puerto registrado
   *[other] { $ports } puertos registrados
} · { $submitted ->
    [one] 1 informe enviado
   *[other] { $submitted } informes enviados
} · { $approved ->
    [one] 1 aprobado
   *[other] { $approved } aprobados
}
pdf-profile-ports = Puertos aprobados ({ $count })
pdf-profile-more = y { $count } más
pdf-profile-levels = Niveles por sección frente a la media regional
pdf-profile-legend = Barra: { $state }, coloreada según el nivel. Línea negra: la media regional.
pdf-profile-value = { $state } (región { $region })
pdf-profile-gaps = Principales carencias
pdf-profile-no-gaps = Ninguna pregunta puntuada tiene un nivel medio inferior a 3 en este Estado miembro.
pdf-profile-gap = { $question } — nivel medio { $level }
pdf-annex = Anexo: el cuestionario
pdf-annex-hint = { $title }, versión { $version }: el texto de cada pregunta tal como lo vieron los puntos focales, con sus opciones.
pdf-annex-confidential = Confidencial: las respuestas de esta sección nunca se publican.
summary-not-ready = Este resumen aún no está listo.
summary-title = Resúmenes comparativos
summary-hint = Un PDF que compara los Estados miembros a partir de los informes aprobados de este ciclo: tasas de respuesta, puntuaciones por sección, las respuestas a cada pregunta, un perfil por Estado y el cuestionario. Las respuestas confidenciales (protección portuaria) y el texto libre nunca figuran en él.
summary-language = Idioma
summary-make = Elaborar el resumen (PDF)
summary-col-requested = Solicitado el
summary-col-file = Archivo
summary-status-pending = En elaboración
summary-status-ready = Listo
summary-status-failed = Fallido
summary-download = Descargar el PDF ({ $language })
summary-pages = { $count ->
    [one] 1 página
   *[other] { $count } páginas
}
summary-refresh = Actualice para ver si está listo
summary-made = El resumen está listo: descárguelo abajo.
summary-started = El resumen se está elaborando; tarda unos segundos.
summary-failed = No se pudo elaborar el resumen, ni siquiera tras varios intentos. Solicite uno nuevo; si también falla, avise al administrador.
summary-none = Aún no se ha elaborado ningún resumen de este ciclo.
pdf-chart-multiple = Respuesta múltiple: los porcentajes suman más de 100.
pdf-histogram-caption = Eje horizontal: intervalos de las respuestas; barras: número de informes en cada intervalo.
pdf-scores-dash = –: ningún informe aprobado de ese Estado miembro tiene una respuesta puntuada en esa sección (por ejemplo, la sección no se aplicaba a sus puertos).
pdf-profile-gaps-hint = Las preguntas puntuadas con el nivel medio más bajo en este Estado miembro (inferior a 3), de la más baja a la más alta.
pdf-profile-spread = Puertos aprobados por nivel global
pdf-findings = Principales resultados
pdf-findings-reports = { $approved ->
    [one] 1 informe portuario aprobado
   *[other] { $approved } informes portuarios aprobados
}, de { $ports ->
    [one] 1 puerto registrado
   *[other] { $ports } puertos registrados
} ({ $rate }), de { $scored } de los { $total } Estados miembros.
pdf-findings-region = Nivel global de la región: { $level } sobre 5.
pdf-findings-sections = Sección más sólida en la región: { $best } ({ $best_level }); la más débil: { $worst } ({ $worst_level }).
pdf-findings-top = Niveles globales más altos: { $states }.
pdf-findings-bottom = Niveles globales más bajos: { $states }.
pdf-findings-spread = Estados miembros por nivel global
pdf-findings-by-section = Nivel regional por sección
pdf-level-range = Nivel { $level } ({ $range })

## The public repository
feed-title = Planes de contingencia portuarios de las Américas: nuevos recursos
resource-bad-language = Use uno de los cuatro idiomas: en, es, fr o pt.
resource-too-long = Este texto es demasiado largo: un título tiene como máximo 300 caracteres y una descripción 5.000.
resource-title-required = Dé un título al recurso, al menos en un idioma.
resource-bad-licence = Elija una de las licencias abiertas: CC BY 4.0, CC BY-SA 4.0, CC BY-NC 4.0 o CC0 1.0.
resource-bad-year = Indique el año al que se refiere el recurso, entre 1990 y 2100.
resource-bad-state = Uno de los Estados miembros no es conocido; use sus códigos de tres letras.
resource-bad-hazard = Una de las amenazas no figura en la lista del cuestionario.
resource-attachment-not-public = Solo puede publicarse un archivo que su punto focal hizo público, con una licencia, en un informe aprobado y fuera de la sección confidencial.
resource-supersedes-unpublished = Una corrección reemplaza un recurso publicado; este no está publicado.
resource-cannot-publish = Este recurso no puede publicarse: ya está publicado o fue retirado.
resource-cannot-withdraw = Solo puede retirarse un recurso publicado que aún no se haya retirado.
resource-reason-required = Indique por qué se retira el recurso: el motivo queda en su página.
nav-resources = Recursos
repo-title = Recursos públicos
repo-intro = Resúmenes comparativos, los planes que los Estados miembros decidieron publicar y documentos de orientación. Cada archivo incluye su suma de verificación SHA-256.
repo-search = Buscar
repo-search-label = Palabras del título o de la descripción, en cualquier idioma
repo-results = { $count ->
    [one] 1 recurso
   *[other] { $count } recursos
}
repo-none = Ningún recurso publicado coincide. Pruebe con menos palabras o quite los filtros.
repo-filters = Filtrar
repo-clear = Quitar los filtros
repo-selected = (seleccionado; siga el enlace para quitarlo)
repo-facet-kind = Tipo
repo-facet-member_state = Estado miembro
repo-facet-hazard = Amenaza
repo-facet-language = Idioma del archivo
repo-facet-year = Año
repo-facet-licence = Licencia
resource-kind-summary = Resumen comparativo
resource-kind-attachment = Plan de un Estado miembro
resource-kind-document = Documento de orientación
repo-published = publicado el { $date }
repo-published-on = Publicado el
repo-pages = Páginas de resultados
repo-prev = Página anterior
repo-next = Página siguiente
repo-page = Página { $page } de { $pages }
repo-back = Todos los recursos
repo-withdrawn = Retirado el { $date }. El archivo ya no está disponible.
repo-superseded = Una versión corregida reemplaza este recurso:
repo-newer = la versión corregida
repo-corrects = Corrige
repo-older = la versión anterior
repo-file = Archivo
repo-checksum = Suma de verificación SHA-256
repo-downloads = Descargas
repo-download = Descargar el archivo ({ $size })

# Publishing (secretariat) and public progress
nav-progress = Avance de los informes
nav-publishing = Publicación
publish-title = Publicación de recursos
publish-intro = Un recurso se guarda sin publicar: revise su página y luego publíquelo. Un archivo publicado no cambia nunca; para corregirlo, suba la corrección e indique qué recurso sustituye. Retirarlo conserva la página, con su motivo, y ya no se puede descargar.
publish-upload = Subir un documento
publish-made = El recurso se ha guardado, aún sin publicar. Revíselo y publíquelo abajo.
publish-published = Publicado: cualquiera puede encontrarlo y descargarlo.
publish-withdrawn = Retirado: su página se mantiene con su motivo; el archivo ya no se puede descargar.
publish-see-page = Ver su página pública
publish-all = Todos los recursos ({ $count })
publish-unpublished = Sin publicar
publish-button = Publicar
publish-reason = Motivo del retiro
publish-withdraw = Retirar
publish-none = Aún no hay recursos. Publique un resumen comparativo desde el tablero de avance de un ciclo, un plan público de un Estado miembro desde la lista de abajo, o suba un documento.
publish-candidates = Archivos públicos de informes aprobados
publish-candidates-hint = Archivos que su punto focal hizo públicos, con una licencia, en un informe aprobado, fuera de la sección confidencial, y aún no publicados.
publish-question = Pregunta
publish-describe = Describir y publicar
publish-no-candidates = No hay archivos públicos pendientes.
repo-withdrawn-short = Retirado el { $date }
publish-back = Todos los recursos (secretaría)
publish-refused = El recurso no se guardó
publish-choose-file-again = Todo lo que escribió se conserva; elija de nuevo el archivo.
publish-new-hint = Describa el recurso en tantos idiomas como pueda: la gente busca en el suyo. Se guarda sin publicar.
publish-new-summary = Publicar un resumen comparativo
publish-new-attachment = Publicar un archivo de un Estado miembro
publish-new-document = Subir un documento
publish-file = Archivo
publish-file-hint = PDF, Word, Excel, OpenDocument o una imagen.
publish-titles = Título y descripción
publish-titles-hint = Al menos un título; deje vacío un idioma si no tiene traducción.
publish-description = Descripción
publish-supersedes = Corrige
publish-supersedes-hint = Si este recurso corrige uno publicado, elíjalo: su página apuntará aquí.
publish-supersedes-none = Nada: un recurso nuevo
publish-save = Guardar, sin publicar
publish-summary-title = Resumen comparativo: { $cycle }
publish-summary-description = La situación de los puertos de los Estados miembros en { $cycle }: tasas de respuesta, puntuaciones por sección y por Estado, las respuestas a cada pregunta y un perfil por Estado, a partir de los informes aprobados.
file-missing = Elija el archivo que desea subir.
publish-bad-source = Este formulario no indica a partir de qué se crea el recurso; ábralo de nuevo desde la lista.
summary-publish = Publicar…
publish-not-yet = Sin publicar: solo la secretaría ve esta página.
publish-manage = Publicarlo o retirarlo
progress-title = Avance de los informes
progress-intro = Para cada ciclo de informes, qué Estados miembros han enviado los informes de sus puertos y cuáles se han aprobado. El contenido de los informes no es público; cuando se publica el resumen comparativo de un ciclo, sus puntuaciones por sección se muestran aquí.
progress-dates = del { $opens } al { $closes }
progress-no-cycles = Aún no se ha abierto ningún ciclo de informes.
progress-back = Todos los ciclos de informes
progress-summary = { $reporting } de { $states } Estados miembros han enviado informes; { $approved } de { $ports } informes de puertos están aprobados.
progress-table = Informes por Estado miembro
progress-submitted = Informes enviados
progress-stage = Situación
progress-stage-all-approved = Todos aprobados
progress-stage-some-approved = Algunos aprobados
progress-stage-submitted = Enviados, en revisión
progress-stage-no-ports = Ningún puerto registrado
progress-stage-not-yet = Aún no enviados
progress-note = «Informes enviados» cuenta los informes enviados a la secretaría, incluidos los devueltos para revisión.
progress-scores-hint = Del resumen comparativo publicado: el nivel medio (de 1 a 5) de los puertos aprobados de cada Estado ({ $count } en total, hasta el { $date }); la región es la media de los Estados. La sección confidencial nunca se puntúa aquí.
progress-summary-link = Descargar el resumen
progress-legend = Niveles: de 1 (el más bajo) a 5 (el más alto); – significa que no hay respuesta aprobada puntuada.
progress-no-scores = Las puntuaciones por sección aparecerán aquí cuando la secretaría publique el resumen comparativo de este ciclo.
progress-no-level = sin nivel
publish-bad-form = El formulario de esta página no llegó completo; abra de nuevo la página y envíelo otra vez.
