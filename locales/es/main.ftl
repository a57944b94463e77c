# portplans — español. Todas las cadenas visibles para el usuario en las páginas, la API y los mensajes.

## Estructura de la página
app-name = portplans
app-tagline = Planes de contingencia portuaria de las Américas
skip-to-content = Saltar al contenido principal
nav-home = Inicio
nav-forms = Cuestionarios
nav-main = Navegación principal
language-switcher = Idioma
footer-text = portplans está al servicio de los Estados miembros de la Organización de los Estados Americanos y de su Secretaría: planificación de contingencias portuarias ante desastres y en materia de seguridad, informada, revisada y compartida.
footer-api = API JSON

## Página de inicio
home-title = Planes de contingencia portuaria
home-intro = Los Estados miembros informan sobre los planes de contingencia de sus puertos ante desastres naturales y en materia de seguridad. La Secretaría revisa cada informe, compara los puertos de la región y publica los recursos aprobados.
home-how-title = Cómo funciona
home-how-report = Los puntos focales de cada Estado miembro completan un cuestionario estructurado para cada uno de sus puertos, guardan borradores y envían sus respuestas.
home-how-review = La Secretaría revisa cada respuesta enviada, solicita revisiones y la aprueba.
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
form-shown-when = Se muestra solo cuando: { $condition }
form-required = Obligatoria
form-required-when = Obligatoria cuando: { $condition }
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
problem-type-integer = Ingrese un número entero.
problem-type-number = Ingrese un número.
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
