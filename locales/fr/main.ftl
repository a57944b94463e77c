# portplans — français. Toutes les chaînes visibles par l’utilisateur dans les pages, l’API et les messages.

## Mise en page
app-name = portplans
app-tagline = Plans de contingence portuaires des Amériques
skip-to-content = Aller au contenu principal
nav-home = Accueil
nav-forms = Questionnaires
nav-main = Navigation principale
language-switcher = Langue
footer-text = portplans est au service des États membres de l’Organisation des États Américains et de son Secrétariat : planification de contingence portuaire face aux catastrophes et en matière de sûreté, déclarée, examinée et partagée.
footer-api = API JSON

## Accueil
home-title = Plans de contingence portuaires
home-intro = Les États membres rendent compte des plans de contingence de leurs ports face aux catastrophes naturelles et en matière de sûreté. Le Secrétariat examine chaque rapport, compare les ports de la région et publie les ressources approuvées.
home-how-title = Fonctionnement
home-how-report = Les points focaux de chaque État membre remplissent un questionnaire structuré pour chacun de leurs ports, enregistrent des brouillons et soumettent leurs réponses.
home-how-review = Le Secrétariat examine chaque réponse, demande des révisions et l’approuve.
home-how-publish = Des synthèses comparatives et les ressources approuvées sont publiées à l’intention de tous.
home-forms-title = Questionnaires en usage
home-preview = Lire le questionnaire
home-version = Version { $version }

## Questionnaires
forms-title = Questionnaires
forms-intro = Tous les questionnaires connus du serveur, avec leur version. Ouvrez-en un pour en lire toutes les questions.
forms-count = { $sections } sections, { $questions } questions
form-preview-intro = Aperçu en lecture seule de toutes les sections et questions de ce questionnaire.
form-version = Version
form-hash = Empreinte du contenu (SHA-256)
form-contents = Sommaire
form-section = Section { $id }
form-shown-when = Affichée uniquement si : { $condition }
form-required = Obligatoire
form-required-when = Obligatoire si : { $condition }
form-optional = Facultative
form-read-only = Remplie automatiquement
form-sensitive = Confidentielle : jamais publiée
form-sensitive-section = Les réponses de cette section sont confidentielles et ne sont jamais publiées.
form-type = Type de réponse
form-choices = Choix
form-choices-member-states = L’un des 35 États membres de l’OEA
form-rows = Une ligne pour chacun
form-rows-from = Une ligne pour chaque choix sélectionné à la question { $question }
form-columns = Colonnes
form-rules = Règles
form-warnings = Avertissements (n’empêchent jamais l’envoi d’une réponse)
form-back-to-top = Retour au sommaire

## Types de questions
question-type-text = Texte court
question-type-long-text = Texte long
question-type-text-list = Liste de textes
question-type-integer = Nombre entier
question-type-decimal = Nombre
question-type-yes-no = Oui ou non
question-type-select-one = Choix unique
question-type-select-multiple = Choix multiples
question-type-date = Date
question-type-email = Adresse courriel
question-type-url = Adresse Web
question-type-file = Fichier
question-type-files = Fichiers
question-type-grid = Tableau
question-type-note = Information
choice-yes = Oui
choice-no = Non

## Problèmes de validation
problem-required = Cette question est obligatoire.
problem-type-text = Saisissez un texte.
problem-type-text-list = Saisissez une liste de textes.
problem-type-integer = Saisissez un nombre entier.
problem-type-number = Saisissez un nombre.
problem-type-date = Saisissez une date au format YYYY-MM-DD.
problem-type-email = Saisissez une adresse courriel, par exemple nom@example.org.
problem-type-url = Saisissez une adresse Web commençant par http:// ou https://.
problem-type-choice = Choisissez l’une des options.
problem-type-choices = Choisissez parmi les options.
problem-type-file = Joignez un fichier.
problem-type-files = Joignez un ou plusieurs fichiers.
problem-type-grid = Remplissez le tableau.
problem-type-grid-row = Remplissez cette ligne du tableau.
problem-choice = « { $value } » ne fait pas partie des options.
problem-min = La valeur doit être supérieure ou égale à { $bound }.
problem-min-exclusive = La valeur doit être supérieure à { $bound }.
problem-max = La valeur doit être inférieure ou égale à { $bound }.
problem-max-exclusive = La valeur doit être inférieure à { $bound }.
problem-pattern = La réponse n’est pas au format attendu.
problem-unknown-question = Ce questionnaire ne comporte pas de question { $question }.
problem-not-answerable = Cet élément est fourni à titre d’information seulement et n’appelle aucune réponse.

## Erreurs
error-page-title = Une erreur s’est produite
error-back-home = Retour à la page d’accueil
error-bad-request = La requête est mal formée : { $detail }
error-bad-request-plain = La requête est mal formée.
error-unauthorized = Veuillez vous connecter.
error-forbidden = Vous n’êtes pas autorisé à effectuer cette action.
error-not-found = Rien n’a été trouvé à cette adresse.
error-method-not-allowed = Cette méthode n’est pas autorisée ici.
error-conflict = Cette opération est en conflit avec l’état actuel de l’enregistrement.
error-too-large = Le fichier téléversé est trop volumineux.
error-unsupported-media-type = Ce type de fichier n’est pas accepté.
error-unprocessable = La requête est bien formée, mais ne peut pas être traitée.
error-validation-failed = Les réponses ne sont pas complètes et valides ; consultez les détails.
error-too-many-requests = Trop de tentatives ; veuillez patienter, puis réessayer.
error-internal = Une erreur inattendue s’est produite. Elle a été consignée ; veuillez réessayer plus tard.
