# portplans — français. Toutes les chaînes visibles par l’utilisateur dans les pages, l’API et les messages.

## Mise en page
app-name = portplans
app-tagline = Plans de contingence portuaires des Amériques
skip-to-content = Aller au contenu principal
nav-home = Accueil
nav-forms = Questionnaires
nav-main = Navigation principale
language-switcher = Langue
footer-text = portplans est au service des États membres de l’Organisation des États Américains et de son secrétariat : planification de contingence portuaire face aux catastrophes et en matière de sûreté, déclarée, examinée et partagée.
footer-api = API JSON

## Accueil
home-title = Plans de contingence portuaires
home-intro = Les États membres rendent compte des plans de contingence de leurs ports face aux catastrophes naturelles et en matière de sûreté. Le secrétariat examine chaque rapport, compare les ports de la région et publie les ressources approuvées.
home-how-title = Fonctionnement
home-how-report = Les points focaux de chaque État membre remplissent un questionnaire structuré pour chacun de leurs ports, enregistrent des brouillons et soumettent leurs réponses.
home-how-review = Le secrétariat examine chaque rapport, demande des révisions et l’approuve.
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
form-shown-depends = Affichée seulement selon les réponses à
form-required = Obligatoire
form-required-depends = Obligatoire selon les réponses à
form-optional = Facultative
form-read-only = Remplie automatiquement
form-sensitive = Confidentielle : jamais publiée
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
problem-type-integer = Saisissez un nombre entier, sans séparateur de milliers (par exemple 1500).
problem-type-number = Saisissez un nombre, sans séparateur de milliers ; utilisez un point ou une virgule pour les décimales (par exemple 1500 ou 12,5).
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
error-bad-request = La requête est mal formée : { $detail }
error-bad-request-plain = La requête est mal formée.
error-unauthorized = Veuillez vous connecter.
error-forbidden = Vous n’êtes pas autorisé à effectuer cette action.
error-not-found = Rien n’a été trouvé à cette adresse.
error-method-not-allowed = Cette méthode n’est pas autorisée ici.
error-conflict = Cette opération est en conflit avec l’état actuel de l’enregistrement.
error-too-large = Le fichier téléversé est trop volumineux.
error-unsupported-media-type = Ce type de fichier n’est pas accepté.
error-unprocessable = La requête est bien formée, mais ne peut pas être traitée.
error-validation-failed = Les réponses ne sont pas complètes et valides ; consultez les détails.
error-too-many-requests = Trop de tentatives ; veuillez patienter, puis réessayer.
error-internal = Une erreur inattendue s’est produite. Elle a été consignée ; veuillez réessayer plus tard.
error-invalid-credentials = L’adresse courriel ou le mot de passe est incorrect.
error-invalid-email = Saisissez une adresse courriel valide.
error-invalid-name = Saisissez un nom (200 caractères au maximum).
error-invalid-role = Le rôle doit être admin, secretariat ou focal_point.
error-member-state-required = Un point focal doit être rattaché à un État membre.
error-member-state-not-allowed = Seuls les points focaux sont rattachés à un État membre.
error-unknown-member-state = Cet État membre n’existe pas.
error-weak-password = Le mot de passe doit comporter au moins 12 caractères.
error-email-taken = Un compte existe déjà avec cette adresse courriel.
error-invalid-status = Le statut doit être active ou not_participating.
error-locode-malformed = Un UN/LOCODE comporte cinq caractères : deux lettres, suivies de trois lettres ou chiffres de 2 à 9.
error-locode-country = Le UN/LOCODE doit commencer par le code à deux lettres de l’État membre.
error-port-exists = Un port avec ce UN/LOCODE existe déjà.
error-invalid-title = Saisissez un titre (200 caractères au maximum).
error-cycle-dates = La date de clôture ne peut pas être antérieure à la date d’ouverture.
error-unknown-form = Ce questionnaire ou cette version n’existe pas.
error-cycle-closed = Ce cycle de rapports est déjà clos.
error-invitation-invalid = Ce lien n’est pas valide : il a déjà été utilisé, il a expiré ou il n’a jamais existé.
problem-too-long = { $max } caractères au maximum.
error-password-mismatch = Les deux mots de passe ne sont pas identiques.
error-date-format = Saisissez les dates au format YYYY-MM-DD.

## Comptes
nav-admin = Secrétariat
nav-users = Comptes
sign-in = Se connecter
sign-out = Se déconnecter
signed-in-as = Session ouverte en tant que { $name }
login-title = Se connecter
field-email = Adresse courriel
field-password = Mot de passe
field-name = Nom
field-role = Rôle
field-title = Titre
field-new-password = Nouveau mot de passe
field-new-password-hint = Au moins 12 caractères. Quelques mots sans rapport entre eux forment un mot de passe robuste.
field-confirm-password = Confirmation du mot de passe
field-opens-on = Date d’ouverture
field-closes-on = Date de clôture
field-port-name = Nom du port
field-locode-hint = Cinq caractères, commençant par { $alpha2 } ; par exemple { $alpha2 }ABC.
invitation-title = Définissez votre mot de passe
invitation-intro = Bienvenue, { $name }. Choisissez le mot de passe que vous utiliserez pour vous connecter en tant que { $email }.
invitation-submit = Définir mon mot de passe
setup-title = Créer le premier administrateur
setup-intro = Cette page, à usage unique, crée le compte administrateur de cette installation.
setup-submit = Créer l’administrateur
role-admin = Administrateur
role-secretariat = Secrétariat
role-focal_point = Point focal

## Pages du Secrétariat
admin-title = Secrétariat
admin-users-title = Comptes
admin-cycles = Cycles de rapports
admin-no-cycles = Aucun cycle de rapports pour l’instant.
admin-new-cycle = Ouvrir un cycle de rapports
admin-open-cycle = Ouvrir le cycle
admin-close-cycle = Clore
admin-questionnaire = Questionnaire
admin-status = Statut
admin-actions = Actions
admin-states = États membres
admin-back = Retour aux États membres
admin-participation = Participation
admin-save = Enregistrer
admin-ports = Ports
admin-no-ports = Aucun port pour l’instant.
admin-add-port = Ajouter un port
admin-focal-points = Points focaux
admin-no-focal-points = Aucun point focal pour l’instant.
admin-invite-focal-point = Inviter un point focal
admin-invite = Envoyer l’invitation
admin-invite-staff = Inviter un membre du secrétariat
admin-invite-focal-points-hint = Les points focaux sont invités depuis la page de leur État membre.
admin-invitation-link = Lien d’invitation (valable 7 jours, utilisable une seule fois) : envoyez-le à la personne invitée.
admin-pending = invitation en attente
admin-inactive = désactivé
admin-active = actif
admin-deactivate = Désactiver
admin-reactivate = Réactiver
admin-cycle-created = Le cycle de rapports a été créé.
admin-cycle-closed = Le cycle de rapports a été clos.
admin-status-changed = Le statut de participation a été enregistré.
admin-port-added = Le port a été ajouté.
admin-invited = L’invitation a été créée.
admin-deactivated = Le compte a été désactivé ; ses sessions ont pris fin.
admin-reactivated = Le compte a été réactivé.
cycle-status-scheduled = Planifié
cycle-status-open = Ouvert
cycle-status-closed = Clos
state-status-active = Participant
state-status-not_participating = Non participant

## Réponses
error-not-editable = Ce rapport ne peut pas être modifié maintenant : il a été envoyé ou approuvé.
error-version-conflict = Ce rapport a été enregistré ailleurs (dans un autre onglet ou une autre fenêtre, ou par une autre personne) après que vous l’avez ouvert.
error-submission-exists = Un rapport existe déjà pour ce port dans ce cycle de rapports.
error-cycle-not-open = Ce cycle de rapports n’est pas ouvert.
error-not-your-port = Ce port n’appartient pas à votre État membre.
nav-reports = Mes rapports
reports-title = Mes rapports
reports-none-open = Aucun cycle de rapports n’est ouvert pour le moment.
reports-deadline = Date limite : { $date }
reports-no-ports = Le secrétariat n’a encore enregistré aucun port de votre État membre.
reports-completeness = Avancement
reports-answered = { $answered } sur { $total } réponses obligatoires
reports-continue = Continuer
reports-start = Commencer
submission-status-not_started = Non commencé
submission-status-draft = Brouillon
submission-status-submitted = Envoyé
submission-status-returned = Renvoyé pour révision
submission-status-approved = Approuvé
section-nav = Sections
section-errors = { $count } à corriger
section-summary = Veuillez vérifier ces réponses
section-save = Enregistrer
section-save-next = Enregistrer et passer à la section suivante
section-save-review = Enregistrer et vérifier
section-kept = Ce que vous avez saisi est conservé ci-dessous, mais n’a pas été enregistré. Copiez ce dont vous avez besoin, puis :
section-reload = Ouvrir la version actuelle
section-conditional-hint = Certaines questions dépendent de réponses précédentes : elles apparaissent au fil de vos réponses (après l’enregistrement, si le script de la page ne peut pas s’exécuter).
section-one-per-line = Un élément par ligne.
section-grid-empty = Ce tableau se remplit à partir de votre réponse précédente ; enregistrez d’abord cette réponse.
problem-label-error = Problème
problem-label-warning = Avertissement
review-title = Vérification et envoi
review-problems = Réponses nécessitant encore votre attention avant l’envoi : { $count }.
review-ready = Toutes les réponses obligatoires sont complètes. L’envoi transmet ce rapport au secrétariat ; vous ne pourrez plus le modifier, sauf s’il vous est renvoyé.
review-submit = Envoyer au secrétariat
review-edit = Modifier
review-unanswered = Sans réponse
review-history = Historique
review-revision = Envoi { $revision } du { $at }
review-submitted = Envoyé : le secrétariat a reçu votre rapport (envoi { $revision }). Vous verrez ses commentaires ici.
error-not-a-file-question = Les fichiers ne peuvent être joints qu’à une question de type fichier de ce questionnaire.
error-sensitive-public = Cette question est confidentielle : ses fichiers ne peuvent jamais être rendus publics.
error-licence-required = Un fichier public exige une licence ; la choisir vaut consentement à sa publication.
error-invalid-visibility = La visibilité doit être restreinte ou publique.
autosave-saving = Enregistrement…
autosave-saved = Toutes les modifications sont enregistrées.
autosave-conflict = Non enregistré : ce rapport a été enregistré ailleurs (un autre onglet ou une autre personne). Copiez vos modifications, puis ouvrez la version actuelle.
autosave-failed = Non enregistré : la connexion a échoué. Utilisez le bouton Enregistrer.
file-choose = Choisissez un fichier
file-kinds = { $types } ; { $max } au maximum
file-replace = Remplacer le fichier
file-upload = Téléverser
file-restricted = Restreint : visible seulement par votre État membre et le secrétariat
file-make-public = Public : pourra être publié une fois le rapport approuvé
file-public = Public ({ $licence })
file-licence = Licence (nécessaire pour un fichier public ; la choisir vaut consentement à sa publication)
error-file-type = Ce type de fichier n’est pas accepté ici : vérifiez qu’il s’agit bien de l’un des types indiqués.
section-saved = Enregistré.

## Pages de rapport
section-saved-with-problems = Certaines réponses de cette page demandent votre attention (voir ci-dessous) ; vous pouvez les corriger maintenant ou y revenir plus tard.
section-onward = Passer à la section suivante
section-complete = complète
section-not-applicable = sans objet
file-types-or = ou
file-uploading = Téléversement…
file-upload-progress = Progression du téléversement
size-bytes = { $n } octets
size-kb = { $n } Ko
size-mb = { $n } Mo
colon = { "\u00A0:" }
reports-view = Consulter
report-title = Rapport
admin-cycle-title-hint = Affiché pour toute langue qui n’a pas de titre propre ci-dessous.
admin-cycle-titles = Le titre dans chaque langue (facultatif)
language-name-en = Anglais
language-name-es = Espagnol
language-name-fr = Français
language-name-pt = Portugais
review-grid-row = Ligne
file-save-first = Le téléversement recharge cette page : enregistrez d’abord vos autres réponses.

## Examen
error-invalid-transition = L’état de ce rapport ne permet pas cette action (il a peut-être été traité entre-temps) : rouvrez-le pour voir où il en est.
error-invalid-comment = Un commentaire ne peut pas être vide et compte au plus 10 000 caractères de texte ordinaire.
error-comment-question = Les commentaires ne peuvent porter que sur une question de ce questionnaire.
error-return-needs-comment = Pour renvoyer un rapport, indiquez ce qui doit changer : un commentaire général ou un commentaire sur au moins une question.
error-reopen-needs-reason = Pour rouvrir un rapport approuvé, indiquez la raison.

## La boucle d’examen
nav-inbox = Examens
nav-audit = Journal d’audit
inbox-title = Rapports à examiner
inbox-filter = Filtrer les rapports
inbox-cycle = Cycle de rapports
inbox-state = État membre
inbox-all = Tous
inbox-apply = Afficher
inbox-empty = Aucun rapport dans cet état.
inbox-revision = Envoi n°
inbox-waiting = En attente
inbox-days = { $count ->
    [one] 1 jour
   *[other] { $count } jours
}
inbox-page = Page { $page } sur { $pages } ({ $total } au total)
page-previous = Page précédente
page-next = Page suivante
board-title = Avancement par État membre
board-inbox = Rapports de ce cycle à examiner
board-overdue = En retard
board-total = Tous les États membres
board-open = Avancement
audit-title = Journal d’audit
audit-entity = Enregistrement
audit-actor = Personne (adresse électronique)
audit-action = Action
audit-since = Du
audit-until = Au
audit-when = Quand
audit-address = Adresse
review-secretariat-title = Examen
review-done-returned = Le rapport a été renvoyé à son État membre pour révision.
review-done-approved = Le rapport a été approuvé.
review-done-reopened = Le rapport a été rouvert : son État membre peut de nouveau le modifier.
review-done-commented = Votre commentaire a été envoyé.
review-score = Score
review-problems-count = { $count ->
    [0] Aucun problème
    [one] 1 problème
   *[other] { $count } problèmes
}
review-changed-count = { $count ->
    [0] Aucune réponse modifiée depuis l’envoi { $previous }
    [one] 1 réponse modifiée depuis l’envoi { $previous }
   *[other] { $count } réponses modifiées depuis l’envoi { $previous }
}
review-changed = Modifiée
review-sensitive = Confidentiel
review-before = Dans l’envoi { $previous } :
review-level = Niveau { $level } sur 5
review-comment-on = Commenter { $question }
review-decision = Décision
review-overall-comment = Commentaire général
review-overall-hint = Pour renvoyer le rapport, indiquez ici ou sur au moins une question ce qui doit changer ; l’approbation ne demande pas de commentaire.
review-return = Renvoyer pour révision
review-approve = Approuver
review-reopen-title = Rouvrir ce rapport approuvé
review-reopen-reason = Raison (transmise à l’État membre)
review-reopen = Rouvrir
review-comments = Commentaires
review-comment-question = À propos de
review-comment-overall = Le rapport dans son ensemble
review-comment-body = Commentaire
review-comment-send = Envoyer
review-reply = Votre réponse
review-write-secretariat = Écrire au secrétariat au sujet de ce rapport
review-decision-returned = renvoyé pour révision
review-decision-approved = approuvé
review-decision-reopened = rouvert
section-comments = { $count ->
    [one] 1 commentaire
   *[other] { $count } commentaires
}
history-saved-times = a enregistré le brouillon ({ $count } fois)
history-submission-started = a commencé le rapport
history-submission-saved = a enregistré le brouillon
history-submission-submitted = a transmis l’envoi { $revision } au secrétariat
history-submission-returned = l’a renvoyé pour révision
history-submission-approved = l’a approuvé
history-submission-reopened = l’a rouvert
history-submission-commented = a écrit un commentaire
section-line = ligne { $line }
error-unknown-licence = Choisissez l’une des licences proposées.
review-ready-short = Toutes les réponses obligatoires sont complètes.
review-go-submit = Relisez-les ci-dessous, puis envoyez le rapport en bas de la page.
export-codebook-column = colonne
export-codebook-question = question
export-codebook-wording = libellé
export-codebook-type = type
export-codebook-values = valeurs
export-title = Exporter les réponses
export-format = Fichier
export-labels = Choix écrits comme
export-labels-names = leurs codes
export-status-all = Tous
export-download = Télécharger
export-hint = Une ligne par rapport, une colonne par question ; le classeur (XLSX) ajoute un dictionnaire des codes. Les fichiers apparaissent par leur identifiant, jamais par leur contenu.

## Notices
nav-notices = { $count ->
    [0] Avis
   *[other] Avis ({ $count } nouveaux)
}
notices-title = Avis
notices-empty = Aucun avis pour le moment.
notices-new = Nouveau
notices-mark-read = Marquer comme lu
notices-read-all = Tout marquer comme lu
notice-submitted = { $state } a transmis le rapport de { $port } ({ $locode }), envoi { $revision }, pour examen.
notice-returned = Le secrétariat a renvoyé le rapport de { $port } ({ $locode }) pour révision.
notice-approved = Le secrétariat a approuvé le rapport de { $port } ({ $locode }).
notice-reopened = Le secrétariat a rouvert le rapport approuvé de { $port } ({ $locode }).
mail-submitted = 
    { $state } a transmis le rapport de { $port } ({ $locode }) pour examen (envoi { $revision }).
    {""}
    Examinez-le ici : { $link }
    {""}
    -- portplans
mail-returned = 
    Le secrétariat a renvoyé le rapport de { $port } ({ $locode }) pour révision.
    {""}
    { $comment }
    {""}
    Ses commentaires figurent à côté des questions concernées : { $link }
    {""}
    -- portplans
mail-approved = 
    Le secrétariat a approuvé le rapport de { $port } ({ $locode }). Merci.
    {""}
    { $comment }
    {""}
    { $link }
    {""}
    -- portplans
mail-reopened = 
    Le secrétariat a rouvert le rapport approuvé de { $port } ({ $locode }) afin qu’il puisse être modifié.
    {""}
    Raison : { $comment }
    {""}
    { $link }
    {""}
    -- portplans
mail-invitation-subject = portplans : votre invitation
mail-invitation = 
    Bonjour { $name },
    {""}
    Vous êtes invité à portplans, où les États membres rendent compte des plans de contingence de leurs ports. Choisissez votre mot de passe à ce lien (valable une fois, pendant 7 jours) :
    {""}
    { $link }
    {""}
    -- portplans
review-comments-only = Envoyer les commentaires seulement (sans décision)
review-comments-in-decision = Écrivez vos commentaires dans les cases à côté des questions et dans le commentaire général ; envoyez-les avec une décision, ou seuls.
notice-commented = Nouveau commentaire sur le rapport de { $port } ({ $locode }).
mail-commented = 
    Un nouveau commentaire sur le rapport de { $port } ({ $locode }) :
    {""}
    { $comment }
    {""}
    { $link }
    {""}
    -- portplans
problem-required-cell = Remplissez cette case.
review-warnings-count = { $count ->
    [one] 1 avertissement
   *[other] { $count } avertissements
}
review-returned-title = Le secrétariat a renvoyé ce rapport pour révision
review-returned-questions = Ses commentaires portent sur
review-section-not-applicable = Cette section est sans objet, compte tenu de vos réponses précédentes.
audit-who = Qui
reply-save-first = L’envoi d’une réponse recharge cette page : enregistrez d’abord vos réponses.
board-scores = Scores par section et par État membre
board-scores-hint = Moyenne des ports approuvés de chaque État ({ $count } au total) ; la région est la moyenne des États.
board-overall = Ensemble
board-region = Région
board-legend = Niveaux

## Dates in running text
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-long = { $day } { $month } { $year }

## The comparative summary (PDF)
pdf-org = Organisation des États Américains
pdf-unit = Commission interaméricaine des ports (CIP) · Groupe technique consultatif sur la sûreté portuaire
pdf-title = Synthèse comparative des plans d’urgence portuaires
pdf-short-title = Synthèse comparative
pdf-subject = Plans d’urgence face aux catastrophes naturelles et plans de sûreté des ports des États membres de l’OEA, comparés État par État
pdf-keywords = ports, plans d’urgence, préparation aux catastrophes, sûreté portuaire, OEA
pdf-cover-questionnaire = { $title }, version { $version }
pdf-cover-as-of = Données au { $date }
pdf-cover-language = Langue : { $language }
pdf-cover-counts = { $states ->
    [one] { $states } État membre
   *[other] { $states } États membres
}, { $ports ->
    [one] { $ports } rapport portuaire approuvé
   *[other] { $ports } rapports portuaires approuvés
}
pdf-cover-note = Établie par le secrétariat à partir des rapports des points focaux des États membres, tels qu’approuvés après examen. Les réponses confidentielles (sûreté portuaire) et les réponses en texte libre ne font pas partie de cette synthèse.
pdf-contents = Table des matières
pdf-page = Page { $page } sur { $pages }
pdf-footer-as-of = Données au { $date }
pdf-method = Méthode
pdf-method-participation = { $all ->
    [yes] Les { $total } États membres ont tous participé à ce cycle
   *[no] { $states } des { $total } États membres ont participé à ce cycle
}, avec { $ports } ports enregistrés : { $submitted } rapports portuaires ont été envoyés et { $approved } approuvés après examen. Seuls les rapports approuvés sont comptés dans cette synthèse ; ils proviennent de { $scored ->
    [one] { $scored } État membre
   *[other] { $scored } États membres
}.
pdf-method-scores = Les réponses aux questions notées sont converties en un niveau de 1 (le plus bas) à 5 (le plus haut), comme dans l’outil e-SPAR de l’OMS ; la conversion et les pondérations font partie du questionnaire. Le niveau d’une section est la moyenne pondérée de ses questions notées ayant reçu une réponse, et le niveau global d’un port la moyenne pondérée de ses sections.
pdf-method-region = Le niveau d’un État membre est la moyenne de ses ports approuvés. Le niveau régional est la moyenne des États membres, de sorte que chaque État compte autant, quel que soit son nombre de ports.
pdf-method-charts = Les graphiques comptent des rapports portuaires : combien de rapports approuvés ont choisi chaque réponse, parmi ceux qui ont répondu à la question.
pdf-method-confidential = Les réponses de la section { $sections } (sûreté portuaire) sont confidentielles : elles n’apparaissent nulle part dans cette synthèse, pas même au travers des notes. Les réponses en texte libre, les dates et les fichiers ne sont pas résumés.
pdf-method-as-of = Les rapports approuvés jusqu’au { $date } sont inclus.
pdf-rates = Taux de réponse par État membre
pdf-rates-hint = Ports enregistrés, rapports portuaires envoyés au moins une fois et rapports approuvés. Le taux est le nombre de rapports approuvés rapporté au nombre de ports enregistrés.
pdf-col-state = État membre
pdf-col-ports = Ports
pdf-col-submitted = Envoyés
pdf-col-approved = Approuvés
pdf-col-rate = Taux
pdf-percent = { $n } %
pdf-total = Tous les États membres
pdf-scores = Notes par section et par État membre
pdf-scores-hint = Le niveau moyen des ports approuvés de chaque État membre ({ $count } au total), de 1 (le plus bas) à 5 (le plus haut). Chaque cellule affiche sa valeur ; sa couleur la répète. Les colonnes sont les sections, désignées par leur lettre.
pdf-no-data = Aucun rapport portuaire n’a encore été approuvé.
pdf-overall = Global
pdf-region = Région
pdf-legend = Niveaux (couleur de la cellule)
pdf-sections-key = Sections
pdf-charts = Réponses des États membres
pdf-charts-hint = Pour chaque question à choix ou à nombre : combien de rapports portuaires approuvés ont donné chaque réponse. Les pourcentages portent sur les rapports qui ont répondu à la question.
pdf-chart-none = Aucun rapport approuvé n’a répondu à cette question.
pdf-chart-answered = Rapports ayant répondu : { $count }.
pdf-count-percent = { $count } ({ $percent } %)
pdf-profiles = Profils des États membres
pdf-profile-counts = { $ports ->
    [one] { $ports } port enregistré
   *[other] { $ports } ports enregistrés
} · { $submitted ->
    [one] { $submitted } rapport envoyé
   *[other] { $submitted } rapports envoyés
} · { $approved ->
    [one] { $approved } approuvé
   *[other] { $approved } approuvés
}
pdf-profile-ports = Ports approuvés ({ $count })
pdf-profile-more = et { $count } de plus
pdf-profile-levels = Niveaux par section comparés à la moyenne régionale
pdf-profile-legend = Barre : { $state }, colorée selon le niveau. Trait noir : la moyenne régionale.
pdf-profile-value = { $state } (région { $region })
pdf-profile-gaps = Principales lacunes
pdf-profile-no-gaps = Aucune question notée n’a un niveau moyen inférieur à 3 dans cet État membre.
pdf-profile-gap = { $question } — niveau moyen { $level }
pdf-annex = Annexe : le questionnaire
pdf-annex-hint = { $title }, version { $version } : le libellé de chaque question tel que l’ont vu les points focaux, avec ses choix.
pdf-annex-confidential = Confidentiel : les réponses à cette section ne sont jamais publiées.
summary-not-ready = Cette synthèse n’est pas encore prête.
summary-title = Synthèses comparatives
summary-hint = Un PDF qui compare les États membres à partir des rapports approuvés de ce cycle : taux de réponse, notes par section, réponses à chaque question, un profil par État et le questionnaire. Les réponses confidentielles (sûreté portuaire) et le texte libre n’y figurent jamais.
summary-language = Langue
summary-make = Établir la synthèse (PDF)
summary-col-requested = Demandée le
summary-col-file = Fichier
summary-status-pending = En cours
summary-status-ready = Prête
summary-status-failed = Échec
summary-download = Télécharger le PDF ({ $language })
summary-pages = { $count ->
    [one] 1 page
   *[other] { $count } pages
}
summary-refresh = Actualisez pour voir si elle est prête
summary-made = La synthèse est prête : téléchargez-la ci-dessous.
summary-started = La synthèse est en cours d’établissement ; cela prend quelques secondes.
summary-failed = La synthèse n’a pas pu être établie, même après plusieurs essais. Demandez-en une nouvelle ; en cas de nouvel échec, prévenez l’administrateur.
summary-none = Aucune synthèse n’a encore été établie pour ce cycle.
pdf-chart-multiple = Plusieurs réponses possibles : les pourcentages dépassent 100 au total.
pdf-histogram-caption = Axe horizontal : intervalles des réponses ; barres : nombre de rapports dans chaque intervalle.
pdf-scores-dash = – : aucun rapport approuvé de cet État membre n’a de réponse notée dans cette section (par exemple, la section ne s’appliquait pas à ses ports).
pdf-profile-gaps-hint = Les questions notées dont le niveau moyen est le plus bas dans cet État membre (inférieur à 3), de la plus basse à la plus haute.
pdf-profile-spread = Ports approuvés par niveau global
pdf-findings = Principaux résultats
pdf-findings-reports = { $approved ->
    [one] { $approved } rapport portuaire approuvé
   *[other] { $approved } rapports portuaires approuvés
}, sur { $ports ->
    [one] { $ports } port enregistré
   *[other] { $ports } ports enregistrés
} ({ $rate }), provenant de { $scored } des { $total } États membres.
pdf-findings-region = Niveau global de la région : { $level } sur 5.
pdf-findings-sections = Section la plus solide dans la région : { $best } ({ $best_level }) ; la plus faible : { $worst } ({ $worst_level }).
pdf-findings-top = Niveaux globaux les plus élevés : { $states }.
pdf-findings-bottom = Niveaux globaux les plus bas : { $states }.
pdf-findings-spread = États membres par niveau global
pdf-findings-by-section = Niveau régional par section
pdf-level-range = Niveau { $level } ({ $range })

## The public repository
feed-title = Plans d’urgence portuaires des Amériques : nouvelles ressources
resource-bad-language = Utilisez l’une des quatre langues : en, es, fr ou pt.
resource-too-long = Ce texte est trop long : un titre compte au plus 300 caractères, une description 5 000.
resource-title-required = Donnez un titre à la ressource, dans au moins une langue.
resource-bad-licence = Choisissez l’une des licences ouvertes : CC BY 4.0, CC BY-SA 4.0, CC BY-NC 4.0 ou CC0 1.0.
resource-bad-year = Indiquez l’année sur laquelle porte la ressource, entre 1990 et 2100.
resource-bad-state = L’un des États membres est inconnu ; utilisez leurs codes à trois lettres.
resource-bad-hazard = L’un des aléas ne figure pas dans la liste du questionnaire.
resource-attachment-not-public = Seul un fichier que son point focal a rendu public, avec une licence, dans un rapport approuvé et hors de la section confidentielle peut être publié.
resource-supersedes-unpublished = Une correction remplace une ressource publiée ; celle-ci ne l’est pas.
resource-cannot-publish = Cette ressource ne peut pas être publiée : elle l’est déjà, ou elle a été retirée.
resource-cannot-withdraw = Seule une ressource publiée et pas encore retirée peut être retirée.
resource-reason-required = Dites pourquoi la ressource est retirée : le motif reste sur sa page.
nav-resources = Ressources
repo-title = Ressources publiques
repo-intro = Synthèses comparatives, plans que les États membres ont choisi de publier et documents d’orientation. Chaque fichier est accompagné de sa somme de contrôle SHA-256.
repo-search = Rechercher
repo-search-label = Mots du titre ou de la description, dans n’importe quelle langue
repo-results = { $count ->
    [one] { $count } ressource
   *[other] { $count } ressources
}
repo-none = Aucune ressource publiée ne correspond. Essayez avec moins de mots ou retirez les filtres.
repo-filters = Filtrer
repo-clear = Retirer les filtres
repo-selected = (sélectionné ; suivez le lien pour le retirer)
repo-facet-kind = Type
repo-facet-member_state = État membre
repo-facet-hazard = Aléa
repo-facet-language = Langue du fichier
repo-facet-year = Année
repo-facet-licence = Licence
resource-kind-summary = Synthèse comparative
resource-kind-attachment = Plan d’un État membre
resource-kind-document = Document d’orientation
repo-published = publié le { $date }
repo-published-on = Publié le
repo-pages = Pages de résultats
repo-prev = Page précédente
repo-next = Page suivante
repo-page = Page { $page } sur { $pages }
repo-back = Toutes les ressources
repo-withdrawn = Retiré le { $date }. Le fichier n’est plus disponible.
repo-superseded = Une version corrigée remplace cette ressource :
repo-newer = la version corrigée
repo-corrects = Corrige
repo-older = la version précédente
repo-file = Fichier
repo-checksum = Somme de contrôle SHA-256
repo-downloads = Téléchargements
repo-download = Télécharger le fichier ({ $size })

# Publishing (secretariat) and public progress
nav-progress = Avancement des rapports
nav-publishing = Publication
publish-title = Publication des ressources
publish-intro = Une ressource est enregistrée sans être publiée : vérifiez sa page, puis publiez-la. Un fichier publié ne change jamais ; pour le corriger, téléversez la correction et indiquez quelle ressource elle remplace. Retirer une ressource conserve sa page, avec votre motif, et le fichier n’est plus téléchargeable.
publish-upload = Téléverser un document
publish-made = La ressource est enregistrée, pas encore publiée. Vérifiez-la, puis publiez-la ci-dessous.
publish-published = Publiée : chacun peut désormais la trouver et la télécharger.
publish-withdrawn = Retirée : sa page reste, avec votre motif ; le fichier n’est plus téléchargeable.
publish-see-page = Voir sa page publique
publish-all = Toutes les ressources ({ $count })
publish-unpublished = Non publiée
publish-button = Publier
publish-reason = Motif du retrait
publish-withdraw = Retirer
publish-none = Aucune ressource pour l’instant. Publiez une synthèse comparative depuis le tableau d’avancement d’un cycle, un plan public d’un État membre depuis la liste ci-dessous, ou téléversez un document.
publish-candidates = Fichiers publics des rapports approuvés
publish-candidates-hint = Fichiers que leur point focal a rendus publics, avec une licence, dans un rapport approuvé, hors de la section confidentielle, et pas encore publiés.
publish-question = Question
publish-describe = Décrire et publier
publish-no-candidates = Aucun fichier public en attente.
repo-withdrawn-short = Retirée le { $date }
publish-back = Toutes les ressources (secrétariat)
publish-refused = La ressource n’a pas été enregistrée
publish-choose-file-again = Tout ce que vous avez saisi est conservé ; choisissez à nouveau le fichier.
publish-new-hint = Décrivez la ressource dans autant de langues que possible : chacun cherche dans la sienne. Elle est enregistrée sans être publiée.
publish-new-summary = Publier une synthèse comparative
publish-new-attachment = Publier un fichier d’un État membre
publish-new-document = Téléverser un document
publish-file = Fichier
publish-file-hint = PDF, Word, Excel, OpenDocument ou une image.
publish-titles = Titre et description
publish-titles-hint = Au moins un titre ; laissez une langue vide si vous n’avez pas de traduction.
publish-description = Description
publish-supersedes = Corrige
publish-supersedes-hint = Si cette ressource en corrige une publiée, choisissez-la : sa page renverra ici.
publish-supersedes-none = Rien : une nouvelle ressource
publish-save = Enregistrer, sans publier
publish-summary-title = Synthèse comparative : { $cycle }
publish-summary-description = La situation des ports des États membres pour { $cycle } : taux de réponse, scores par section et par État, les réponses à chaque question et un profil par État, d’après les rapports approuvés.
file-missing = Choisissez le fichier à téléverser.
publish-bad-source = Ce formulaire n’indique pas à partir de quoi la ressource est créée ; rouvrez-le depuis la liste.
summary-publish = Publier…
publish-not-yet = Non publiée : seul le secrétariat voit cette page.
publish-manage = La publier ou la retirer
progress-title = Avancement des rapports
progress-intro = Pour chaque cycle, quels États membres ont envoyé les rapports de leurs ports et lesquels ont été approuvés. Le contenu des rapports n’est pas public ; une fois la synthèse comparative d’un cycle publiée, ses scores par section sont affichés ici.
progress-dates = du { $opens } au { $closes }
progress-no-cycles = Aucun cycle de rapports n’est encore ouvert.
progress-back = Tous les cycles de rapports
progress-summary = { $reporting } États membres sur { $states } ont envoyé des rapports ; { $approved } rapports de ports sur { $ports } sont approuvés.
progress-table = Rapports par État membre
progress-submitted = Rapports envoyés
progress-stage = État d’avancement
progress-stage-all-approved = Tous approuvés
progress-stage-some-approved = Certains approuvés
progress-stage-submitted = Envoyés, en cours d’examen
progress-stage-no-ports = Aucun port enregistré
progress-stage-not-yet = Pas encore envoyés
progress-note = « Rapports envoyés » compte les rapports envoyés au secrétariat, y compris ceux renvoyés pour révision.
progress-scores-hint = D’après la synthèse comparative publiée : le niveau moyen (de 1 à 5) des ports approuvés de chaque État ({ $count } en tout, jusqu’au { $date }) ; la région est la moyenne des États. La section confidentielle n’est jamais notée ici.
progress-summary-link = Télécharger la synthèse
progress-legend = Niveaux : de 1 (le plus bas) à 5 (le plus haut) ; – signifie qu’aucune réponse approuvée n’y est notée.
progress-no-scores = Les scores par section apparaîtront ici lorsque le secrétariat publiera la synthèse comparative de ce cycle.
progress-no-level = aucun niveau
publish-bad-form = Le formulaire de cette page n’est pas arrivé complet ; rouvrez la page et renvoyez-le.
