# portplans — English. Every user-facing string of pages, the API and messages.

## Layout
app-name = portplans
app-tagline = Port contingency plans of the Americas
skip-to-content = Skip to main content
nav-home = Home
nav-forms = Questionnaires
nav-main = Main navigation
language-switcher = Language
footer-text = portplans serves the member states of the Organization of American States and their secretariat: port disaster and security contingency planning, reported, reviewed and shared.
footer-api = JSON API

## Home
home-title = Port contingency plans
home-intro = Member states report on their ports' natural-disaster and security contingency plans. The secretariat reviews each report, compares the region's ports and publishes approved resources.
home-how-title = How it works
home-how-report = Focal points of each member state fill in a structured questionnaire for each of their ports, save drafts and submit.
home-how-review = The secretariat reviews each submission, asks for revisions and approves.
home-how-publish = Comparative summaries and approved resources are published for everyone.
home-forms-title = Questionnaires in use
home-preview = Read the questionnaire
home-version = Version { $version }

## Questionnaires
forms-title = Questionnaires
forms-intro = Every questionnaire the server knows, with its version. Open one to read all its questions.
forms-count = { $sections } sections, { $questions } questions
form-preview-intro = A read-only preview of every section and question of this questionnaire.
form-version = Version
form-hash = Content fingerprint (SHA-256)
form-contents = Contents
form-section = Section { $id }
form-shown-when = Shown only when: { $condition }
form-required = Required
form-required-when = Required when: { $condition }
form-optional = Optional
form-read-only = Filled in automatically
form-sensitive = Confidential: never published
form-sensitive-section = The answers to this section are confidential and never published.
form-type = Answer type
form-choices = Choices
form-choices-member-states = One of the 35 member states of the OAS
form-rows = One row for each
form-rows-from = One row for each choice selected in question { $question }
form-columns = Columns
form-rules = Rules
form-warnings = Warnings (never block a submission)
form-back-to-top = Back to the contents

## Question types
question-type-text = Short text
question-type-long-text = Long text
question-type-text-list = List of texts
question-type-integer = Whole number
question-type-decimal = Number
question-type-yes-no = Yes or no
question-type-select-one = One choice
question-type-select-multiple = Several choices
question-type-date = Date
question-type-email = E-mail address
question-type-url = Web address
question-type-file = File
question-type-files = Files
question-type-grid = Table
question-type-note = Information
choice-yes = Yes
choice-no = No

## Validation problems
problem-required = This question is required.
problem-type-text = Enter text.
problem-type-text-list = Enter a list of texts.
problem-type-integer = Enter a whole number.
problem-type-number = Enter a number.
problem-type-date = Enter a date as YYYY-MM-DD.
problem-type-email = Enter an e-mail address such as name@example.org.
problem-type-url = Enter a web address starting with http:// or https://.
problem-type-choice = Choose one of the options.
problem-type-choices = Choose from the options.
problem-type-file = Attach a file.
problem-type-files = Attach one or more files.
problem-type-grid = Fill in the table.
problem-type-grid-row = Fill in this row of the table.
problem-choice = “{ $value }” is not one of the options.
problem-min = Must be { $bound } or more.
problem-min-exclusive = Must be more than { $bound }.
problem-max = Must be { $bound } or less.
problem-max-exclusive = Must be less than { $bound }.
problem-pattern = The answer is not in the expected format.
problem-unknown-question = There is no question { $question } in this questionnaire.
problem-not-answerable = This item is for information only and takes no answer.

## Errors
error-page-title = Something went wrong
error-back-home = Back to the home page
error-bad-request = The request is malformed: { $detail }
error-bad-request-plain = The request is malformed.
error-unauthorized = Please sign in.
error-forbidden = You are not allowed to do this.
error-not-found = Nothing was found at this address.
error-method-not-allowed = This method is not allowed here.
error-conflict = This conflicts with the current state of the record.
error-too-large = The upload is too large.
error-unsupported-media-type = This type of file is not accepted.
error-unprocessable = The request is well-formed but cannot be processed.
error-validation-failed = The answers are not complete and valid; see the details.
error-too-many-requests = Too many attempts; please wait and try again.
error-internal = An unexpected error occurred. It has been logged; please try again later.
error-invalid-credentials = The e-mail address or the password is not right.
error-invalid-email = Enter a valid e-mail address.
error-invalid-name = Enter a name (at most 200 characters).
error-invalid-role = The role must be admin, secretariat or focal_point.
error-member-state-required = A focal point must belong to a member state.
error-member-state-not-allowed = Only focal points belong to a member state.
error-unknown-member-state = There is no such member state.
error-weak-password = The password must have at least 12 characters.
error-email-taken = An account with this e-mail address already exists.
error-invalid-status = The status must be active or not_participating.
error-locode-malformed = A UN/LOCODE has five characters: two letters, then three letters or digits from 2 to 9.
error-locode-country = The UN/LOCODE must start with the member state's two-letter code.
error-port-exists = A port with this UN/LOCODE already exists.
error-invalid-title = Enter a title (at most 200 characters).
error-cycle-dates = The closing date cannot be before the opening date.
error-unknown-form = There is no such questionnaire or version.
error-cycle-closed = This reporting cycle is already closed.
error-invitation-invalid = This link is not valid: it was already used, has expired, or never existed.
