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
form-shown-depends = Shown only for some answers to
form-required = Required
form-required-depends = Required for some answers to
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
problem-type-integer = Enter a whole number, without thousands separators (for example 1500).
problem-type-number = Enter a number, without thousands separators; use a point or a comma for decimals (for example 1500 or 12.5).
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
problem-too-long = At most { $max } characters.
error-password-mismatch = The two passwords are not the same.
error-date-format = Enter dates as YYYY-MM-DD.

## Accounts
nav-admin = Secretariat
nav-users = Accounts
sign-in = Sign in
sign-out = Sign out
signed-in-as = Signed in as { $name }
login-title = Sign in
field-email = E-mail address
field-password = Password
field-name = Name
field-role = Role
field-title = Title
field-new-password = New password
field-new-password-hint = At least 12 characters. A few unrelated words make a strong password.
field-confirm-password = The same password again
field-opens-on = Opens on
field-closes-on = Closes on
field-port-name = Port name
field-locode-hint = Five characters, starting with { $alpha2 }; for example { $alpha2 }ABC.
invitation-title = Set your password
invitation-intro = Welcome, { $name }. Choose the password you will use to sign in as { $email }.
invitation-submit = Set my password
setup-title = Create the first administrator
setup-intro = This one-time page creates the administrator account of this installation.
setup-submit = Create the administrator
role-admin = Administrator
role-secretariat = Secretariat
role-focal_point = Focal point

## The secretariat's pages
admin-title = Secretariat
admin-users-title = Accounts
admin-cycles = Reporting cycles
admin-no-cycles = No reporting cycle yet.
admin-new-cycle = Open a reporting cycle
admin-open-cycle = Open the cycle
admin-close-cycle = Close
admin-questionnaire = Questionnaire
admin-status = Status
admin-actions = Actions
admin-states = Member states
admin-back = Back to the member states
admin-participation = Participation
admin-save = Save
admin-ports = Ports
admin-no-ports = No port yet.
admin-add-port = Add a port
admin-focal-points = Focal points
admin-no-focal-points = No focal point yet.
admin-invite-focal-point = Invite a focal point
admin-invite = Send the invitation
admin-invite-staff = Invite a member of the secretariat
admin-invite-focal-points-hint = Focal points are invited from their member state's page.
admin-invitation-link = Invitation link (valid 7 days, usable once): send it to the person invited.
admin-pending = invitation pending
admin-inactive = deactivated
admin-active = active
admin-deactivate = Deactivate
admin-reactivate = Reactivate
admin-cycle-created = The reporting cycle was created.
admin-cycle-closed = The reporting cycle was closed.
admin-status-changed = The participation status was saved.
admin-port-added = The port was added.
admin-invited = The invitation was created.
admin-deactivated = The account was deactivated; its sessions have ended.
admin-reactivated = The account was reactivated.
cycle-status-scheduled = Scheduled
cycle-status-open = Open
cycle-status-closed = Closed
state-status-active = Participating
state-status-not_participating = Not participating

## Submissions
error-not-editable = This report cannot be changed now: it has been sent or approved.
error-version-conflict = This report was saved elsewhere (in another tab or window, or by another person) after you opened it.
error-submission-exists = There is already a report for this port in this reporting cycle.
error-cycle-not-open = This reporting cycle is not open.
error-not-your-port = This port is not one of your member state's ports.
nav-reports = My reports
reports-title = My reports
reports-none-open = No reporting cycle is open at the moment.
reports-deadline = Deadline: { $date }
reports-no-ports = The secretariat has not registered any port of your member state yet.
reports-completeness = Completeness
reports-answered = { $answered } of { $total } required answers
reports-continue = Continue
reports-start = Start
submission-status-not_started = Not started
submission-status-draft = Draft
submission-status-submitted = Submitted
submission-status-returned = Returned for revision
submission-status-approved = Approved
section-nav = Sections
section-errors = { $count } to fix
section-summary = Please check these answers
section-save = Save
section-save-next = Save and go to the next section
section-save-review = Save and review
section-kept = What you typed is kept below but was not saved. Copy what you need, then:
section-reload = Open the current version
section-conditional-hint = Some questions depend on earlier answers: they appear as you answer (after saving, if the page’s script cannot run).
section-one-per-line = One per line.
section-grid-empty = This table fills in from your earlier answer; save it first.
problem-label-error = Problem
problem-label-warning = Warning
review-title = Review and submit
review-problems = { $count } answers still need attention before you can submit.
review-ready = Every required answer is complete. Submitting sends this report to the secretariat; you can no longer change it unless it is returned to you.
review-submit = Submit to the secretariat
review-edit = Edit
review-unanswered = Not answered
review-history = History
review-revision = Submission { $revision } sent on { $at }
review-submitted = Sent: the secretariat has your report (submission { $revision }). You will see its comments here.
error-not-a-file-question = Files can only be attached to a file question of this questionnaire.
error-sensitive-public = This question is confidential: its files can never be made public.
error-licence-required = A public file needs a licence; choosing one records your consent to its publication.
error-invalid-visibility = The visibility must be restricted or public.
autosave-saving = Saving…
autosave-saved = All changes saved.
autosave-conflict = Not saved: this report was saved elsewhere (another tab or another person). Copy your changes, then open the current version.
autosave-failed = Not saved: the connection failed. Use the Save button.
file-choose = Choose a file
file-kinds = { $types }; at most { $max }
file-replace = Replace the file
file-upload = Upload
file-restricted = Restricted: seen only by your member state and the secretariat
file-make-public = Public: may be published once the report is approved
file-public = Public ({ $licence })
file-licence = Licence (needed for a public file; choosing one records your consent to its publication)
error-file-type = This type of file is not accepted here: check that it really is one of the kinds listed.
section-saved = Saved.

## Reporting pages, after the usability pass
section-saved-with-problems = Some answers on this page need attention (listed below); you can fix them now or come back later.
section-onward = Go to the next section
section-complete = complete
section-not-applicable = not applicable
file-types-or = or
file-uploading = Uploading…
file-upload-progress = Upload progress
size-bytes = { $n } bytes
size-kb = { $n } KB
size-mb = { $n } MB
colon = { ":" }
reports-view = View
report-title = Report
admin-cycle-title-hint = Shown to everyone whose language has no title of its own below.
admin-cycle-titles = The title in each language (optional)
language-name-en = English
language-name-es = Spanish
language-name-fr = French
language-name-pt = Portuguese
review-grid-row = Row
file-save-first = Uploading reloads this page: save your other answers first.

## Review
error-invalid-transition = This report is not in a state that allows this (it may have been decided meanwhile): reload it to see where it stands.
error-invalid-comment = A comment must not be blank, and at most 10,000 characters of ordinary text.
error-comment-question = Comments can only be made on a question of this questionnaire.
error-return-needs-comment = To return a report, say what needs changing: an overall comment or a comment on at least one question.
error-reopen-needs-reason = To reopen an approved report, give the reason.

## The review loop
nav-inbox = Reviews
nav-audit = Audit log
inbox-title = Reports to review
inbox-filter = Filter the reports
inbox-cycle = Reporting cycle
inbox-state = Member state
inbox-all = All
inbox-apply = Show
inbox-empty = No report in this status.
inbox-revision = Submission no.
inbox-waiting = Waiting
inbox-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
inbox-page = Page { $page } of { $pages } ({ $total } in all)
page-previous = Previous page
page-next = Next page
board-title = Progress by member state
board-inbox = Reports of this cycle to review
board-overdue = Overdue
board-total = All member states
board-open = Progress
audit-title = Audit log
audit-entity = Record
audit-actor = Person (e-mail address)
audit-action = Action
audit-since = From
audit-until = To
audit-when = When
audit-address = Address
review-secretariat-title = Review
review-done-returned = The report was returned to its member state for revision.
review-done-approved = The report was approved.
review-done-reopened = The report was reopened: its member state can change it again.
review-done-commented = Your comment was sent.
review-score = Score
review-problems-count = { $count ->
    [0] No problem
    [one] 1 problem
   *[other] { $count } problems
}
review-changed-count = { $count ->
    [0] No answer changed since submission { $previous }
    [one] 1 answer changed since submission { $previous }
   *[other] { $count } answers changed since submission { $previous }
}
review-changed = Changed
review-sensitive = Confidential
review-before = In submission { $previous }:
review-level = Level { $level } of 5
review-comment-on = Comment on { $question }
review-decision = Decision
review-overall-comment = Overall comment
review-overall-hint = To return the report, write here or on at least one question what needs changing; approving needs no comment.
review-return = Return for revision
review-approve = Approve
review-reopen-title = Reopen this approved report
review-reopen-reason = Reason (sent to the member state)
review-reopen = Reopen
review-comments = Comments
review-comment-question = About
review-comment-overall = The report as a whole
review-comment-body = Comment
review-comment-send = Send
review-reply = Your reply
review-write-secretariat = Write to the secretariat about this report
review-decision-returned = returned for revision
review-decision-approved = approved
review-decision-reopened = reopened
section-comments = { $count ->
    [one] 1 comment
   *[other] { $count } comments
}
history-saved-times = saved the draft ({ $count } times)
history-submission-started = started the report
history-submission-saved = saved the draft
history-submission-submitted = sent submission { $revision } to the secretariat
history-submission-returned = returned it for revision
history-submission-approved = approved it
history-submission-reopened = reopened it
history-submission-commented = wrote a comment
section-line = line { $line }
error-unknown-licence = Choose one of the licences offered.
review-ready-short = Every required answer is complete.
review-go-submit = Read them through below, then submit at the end of the page.
export-codebook-column = column
export-codebook-question = question
export-codebook-wording = wording
export-codebook-type = type
export-codebook-values = values
export-title = Export the answers
export-format = File
export-labels = Choices written as
export-labels-names = their codes
export-status-all = All
export-download = Download
export-hint = One row per report, one column per question; a spreadsheet (XLSX) adds a codebook sheet. Files appear as their identifiers, never their contents.

## Notices
nav-notices = { $count ->
    [0] Notices
   *[other] Notices ({ $count } new)
}
notices-title = Notices
notices-empty = No notice yet.
notices-new = New
notices-mark-read = Mark as read
notices-read-all = Mark all as read
notice-submitted = { $state } sent the report of { $port } ({ $locode }), submission { $revision }, for review.
notice-returned = The secretariat returned the report of { $port } ({ $locode }) for revision.
notice-approved = The secretariat approved the report of { $port } ({ $locode }).
notice-reopened = The secretariat reopened the approved report of { $port } ({ $locode }).
mail-submitted = 
    { $state } sent the report of { $port } ({ $locode }) for review (submission { $revision }).
    {""}
    Review it here: { $link }
    {""}
    -- portplans
mail-returned = 
    The secretariat returned the report of { $port } ({ $locode }) for revision.
    {""}
    { $comment }
    {""}
    Its comments are beside the questions concerned: { $link }
    {""}
    -- portplans
mail-approved = 
    The secretariat approved the report of { $port } ({ $locode }). Thank you.
    {""}
    { $comment }
    {""}
    { $link }
    {""}
    -- portplans
mail-reopened = 
    The secretariat reopened the approved report of { $port } ({ $locode }) so that it can be changed.
    {""}
    Reason: { $comment }
    {""}
    { $link }
    {""}
    -- portplans
mail-invitation-subject = portplans: your invitation
mail-invitation = 
    Hello { $name },
    {""}
    You have been invited to portplans, where member states report on their ports' contingency plans. Choose your password at this link (it works once, for 7 days):
    {""}
    { $link }
    {""}
    -- portplans
review-comments-only = Send the comments only (no decision)
review-comments-in-decision = Write your comments in the boxes beside the questions and in the overall comment; send them with a decision, or alone.
notice-commented = New comment on the report of { $port } ({ $locode }).
mail-commented = 
    A new comment on the report of { $port } ({ $locode }):
    {""}
    { $comment }
    {""}
    { $link }
    {""}
    -- portplans
problem-required-cell = Fill in this cell.
review-warnings-count = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}
review-returned-title = The secretariat returned this report for revision
review-returned-questions = Its comments are on
review-section-not-applicable = This section does not apply, given your earlier answers.
audit-who = Who
reply-save-first = Sending a reply reloads this page: save your answers first.
board-scores = Section scores by member state
board-scores-hint = The mean of each state's approved ports ({ $count } in all); the region is the mean of the states.
board-overall = Overall
board-region = Region
board-legend = Levels

## Dates in running text
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $day } { $month } { $year }

## The comparative summary (PDF)
pdf-org = Organization of American States
pdf-unit = Inter-American Committee on Ports (CIP) · Technical Advisory Group on Port Security
pdf-title = Comparative summary of port contingency plans
pdf-short-title = Comparative summary
pdf-subject = Natural-disaster and security contingency plans of the ports of the OAS member states, compared state by state
pdf-keywords = ports, contingency plans, disaster preparedness, port security, OAS
pdf-cover-questionnaire = { $title }, version { $version }
pdf-cover-as-of = Data as of { $date }
pdf-cover-language = Language: { $language }
pdf-cover-counts = { $states ->
    [one] One member state
   *[other] { $states } member states
} with { $ports ->
    [one] one approved port report
   *[other] { $ports } approved port reports
}
pdf-cover-note = Prepared by the secretariat from the reports of the member states' focal points, as approved after review. Confidential answers (port security) and free-text answers are not part of this summary.
pdf-contents = Contents
pdf-page = Page { $page } of { $pages }
pdf-footer-as-of = Data as of { $date }
pdf-method = Method
pdf-method-participation = { $all ->
    [yes] All { $total } member states took part in this cycle
   *[no] { $states } of the { $total } member states took part in this cycle
}, with { $ports } registered ports: { $submitted } port reports were submitted and { $approved } approved after review. Only the approved reports are counted in this summary; they come from { $scored ->
    [one] one member state
   *[other] { $scored } member states
}.
pdf-method-scores = The answers to scored questions are converted into a level from 1 (lowest) to 5 (highest), as in the WHO's e-SPAR tool; the conversion and the weights are part of the questionnaire. A section's level is the weighted mean of its answered scored questions, and a port's overall level the weighted mean of its sections.
pdf-method-region = A member state's level is the mean of its approved ports. The regional level is the mean of the member states, so that every state counts the same, whatever its number of ports.
pdf-method-charts = The charts count port reports: how many approved reports chose each answer, out of those that answered the question.
pdf-method-confidential = The answers to section { $sections } (port security) are confidential: they appear nowhere in this summary, not even through the scores. Free-text answers, dates and files are not summarised.
pdf-method-as-of = The reports approved up to { $date } are included.
pdf-rates = Response rates by member state
pdf-rates-hint = Registered ports, port reports submitted at least once, and reports approved. The rate is approved reports over registered ports.
pdf-col-state = Member state
pdf-col-ports = Ports
pdf-col-submitted = Submitted
pdf-col-approved = Approved
pdf-col-rate = Rate
pdf-percent = { $n }%
pdf-total = All member states
pdf-scores = Section scores by member state
pdf-scores-hint = The mean level of each member state's approved ports ({ $count } in all), from 1 (lowest) to 5 (highest). Each cell prints its value; its colour repeats it. Columns are sections, named by their letter.
pdf-no-data = No port report has been approved yet.
pdf-overall = Overall
pdf-region = Region
pdf-legend = Levels (colour of a cell)
pdf-sections-key = Sections
pdf-charts = Answers across member states
pdf-charts-hint = For each question with choices or numbers: how many approved port reports gave each answer. Percentages are of the reports that answered the question.
pdf-chart-none = No approved report answered this question.
pdf-chart-answered = Reports answering: { $count }.
pdf-count-percent = { $count } ({ $percent }%)
pdf-profiles = Member state profiles
pdf-profile-counts = { $ports ->
    [one] 1 registered port
   *[other] { $ports } registered ports
} · { $submitted ->
    [one] 1 report submitted
   *[other] { $submitted } reports submitted
} · { $approved } approved
pdf-profile-ports = Approved ports ({ $count })
pdf-profile-more = and { $count } more
pdf-profile-levels = Section levels against the regional mean
pdf-profile-legend = Bar: { $state }, coloured by level. Black line: the regional mean.
pdf-profile-value = { $state } (region { $region })
pdf-profile-gaps = Main gaps
pdf-profile-no-gaps = No scored question has a mean level below 3 in this member state.
pdf-profile-gap = { $question } — mean level { $level }
pdf-annex = Annex: the questionnaire
pdf-annex-hint = { $title }, version { $version }: the wording of every question as the focal points saw it, with its choices.
pdf-annex-confidential = Confidential: the answers to this section are never published.
summary-not-ready = This summary is not ready yet.
summary-title = Comparative summaries
summary-hint = A PDF that compares the member states from this cycle's approved reports: response rates, section scores, the answers to each question, a profile per state and the questionnaire. Confidential answers (port security) and free text are never in it.
summary-language = Language
summary-make = Make the summary (PDF)
summary-col-requested = Asked on
summary-col-file = File
summary-status-pending = Being made
summary-status-ready = Ready
summary-status-failed = Failed
summary-download = Download the PDF ({ $language })
summary-pages = { $count ->
    [one] 1 page
   *[other] { $count } pages
}
summary-refresh = Refresh to see whether it is ready
summary-made = The summary is ready: download it below.
summary-started = The summary is being made; it takes a few seconds.
summary-failed = The summary could not be made, even after several attempts. Ask for a new one; if that fails too, tell the administrator.
summary-none = No summary has been made for this cycle yet.
pdf-chart-multiple = Several answers possible: the percentages add up to more than 100.
pdf-histogram-caption = Horizontal axis: ranges of the answers; bars: number of reports in each range.
pdf-scores-dash = –: no approved report of that member state has a scored answer in that section (for example, the section did not apply to its ports).
pdf-profile-gaps-hint = The scored questions with the lowest mean level in this member state (below 3), lowest first.
pdf-profile-spread = Approved ports by overall level
pdf-findings = Key findings
pdf-findings-reports = { $approved ->
    [one] 1 port report approved
   *[other] { $approved } port reports approved
}, of { $ports ->
    [one] 1 registered port
   *[other] { $ports } registered ports
} ({ $rate }), from { $scored } of the { $total } member states.
pdf-findings-region = Regional overall level: { $level } of 5.
pdf-findings-sections = Strongest section across the region: { $best } ({ $best_level }); weakest: { $worst } ({ $worst_level }).
pdf-findings-top = Highest overall levels: { $states }.
pdf-findings-bottom = Lowest overall levels: { $states }.
pdf-findings-spread = Member states by overall level
pdf-findings-by-section = Regional level by section
pdf-level-range = Level { $level } ({ $range })

## The public repository
feed-title = Port contingency plans of the Americas: new resources
resource-bad-language = Use one of the four languages: en, es, fr or pt.
resource-too-long = This text is too long: a title has at most 300 characters, a description 5,000.
resource-title-required = Give the resource a title, in at least one language.
resource-bad-licence = Choose one of the open licences: CC BY 4.0, CC BY-SA 4.0, CC BY-NC 4.0 or CC0 1.0.
resource-bad-year = Give the year the resource is about, between 1990 and 2100.
resource-bad-state = One of the member states is not known; use their three-letter codes.
resource-bad-hazard = One of the hazards is not in the questionnaire’s list.
resource-attachment-not-public = Only a file its focal point made public, with a licence, on an approved report and outside the confidential section can be published.
resource-supersedes-unpublished = A correction replaces a published resource; this one is not published.
resource-cannot-publish = This resource cannot be published: it is already published, or it was withdrawn.
resource-cannot-withdraw = Only a published resource that is not withdrawn yet can be withdrawn.
resource-reason-required = Say why the resource is withdrawn: the reason stays on its page.
nav-resources = Resources
repo-title = Public resources
repo-intro = Comparative summaries, the plans member states chose to publish, and guidance documents. Every file comes with its SHA-256 checksum.
repo-search = Search
repo-search-label = Words in a title or description, in any language
repo-results = { $count ->
    [one] 1 resource
   *[other] { $count } resources
}
repo-none = No published resource matches. Try fewer words or clear the filters.
repo-filters = Filter
repo-clear = Clear the filters
repo-selected = (selected; follow to remove)
repo-facet-kind = Kind
repo-facet-member_state = Member state
repo-facet-hazard = Hazard
repo-facet-language = Language of the file
repo-facet-year = Year
repo-facet-licence = Licence
resource-kind-summary = Comparative summary
resource-kind-attachment = Member state plan
resource-kind-document = Guidance document
repo-published = published on { $date }
repo-published-on = Published on
repo-pages = Pages of results
repo-prev = Previous page
repo-next = Next page
repo-page = Page { $page } of { $pages }
repo-back = All resources
repo-withdrawn = Withdrawn on { $date }. The file is no longer available.
repo-superseded = A corrected version replaces this resource:
repo-newer = the corrected version
repo-corrects = Corrects
repo-older = the earlier version
repo-file = File
repo-checksum = SHA-256 checksum
repo-downloads = Downloads
repo-download = Download the file ({ $size })

# Publishing (secretariat) and public progress
nav-progress = Reporting progress
nav-publishing = Publishing
publish-title = Publishing resources
publish-intro = A resource is saved unpublished: check its page, then publish it. A published file never changes; to correct it, upload the correction and say which resource it replaces. Withdrawing keeps the page, with your reason, and stops the download.
publish-upload = Upload a document
publish-made = The resource is saved, not yet published. Check it, then publish it below.
publish-published = Published: anyone can now find and download it.
publish-withdrawn = Withdrawn: its page stays with your reason; the file is no longer served.
publish-see-page = See its public page
publish-all = All resources ({ $count })
publish-unpublished = Not published
publish-button = Publish
publish-reason = Reason for withdrawal
publish-withdraw = Withdraw
publish-none = No resource yet. Publish a comparative summary from a cycle's progress board, a member state's public plan from the list below, or upload a document.
publish-candidates = Public files of approved reports
publish-candidates-hint = Files their focal point made public, with a licence, on an approved report, outside the confidential section, and not published yet.
publish-question = Question
publish-describe = Describe and publish
publish-no-candidates = No public file is waiting.
repo-withdrawn-short = Withdrawn on { $date }
publish-back = All resources (secretariat)
publish-refused = The resource was not saved
publish-choose-file-again = Everything you typed is kept; choose the file again.
publish-new-hint = Describe the resource in as many languages as you can: people search in theirs. It is saved unpublished.
publish-new-summary = Publish a comparative summary
publish-new-attachment = Publish a member state's file
publish-new-document = Upload a document
publish-file = File
publish-file-hint = PDF, Word, Excel, OpenDocument or an image.
publish-titles = Title and description
publish-titles-hint = At least one title; leave a language empty if you have no translation.
publish-description = Description
publish-supersedes = Corrects
publish-supersedes-hint = If this resource corrects a published one, choose it: its page will point here.
publish-supersedes-none = Nothing: a new resource
publish-save = Save, unpublished
publish-summary-title = Comparative summary: { $cycle }
publish-summary-description = How the member states' ports stand in { $cycle }: response rates, section scores by state, the answers to each question and a profile per state, from the approved reports.
file-missing = Choose the file to upload.
publish-bad-source = This form does not say what the resource is made from; open it again from the list.
summary-publish = Publish…
publish-not-yet = Not published: only the secretariat sees this page.
publish-manage = Publish or withdraw it
progress-title = Reporting progress
progress-intro = For each reporting cycle, which member states have sent their ports' reports and which have been approved. The reports' contents are not public; once the comparative summary of a cycle is published, its section scores are shown here.
progress-dates = from { $opens } to { $closes }
progress-no-cycles = No reporting cycle has opened yet.
progress-back = All reporting cycles
progress-summary = { $reporting } of { $states } member states have sent reports; { $approved } of { $ports } ports' reports are approved.
progress-table = Reports by member state
progress-submitted = Reports sent
progress-stage = Where it stands
progress-stage-all-approved = All approved
progress-stage-some-approved = Some approved
progress-stage-submitted = Sent, under review
progress-stage-no-ports = No port registered
progress-stage-not-yet = Not sent yet
progress-note = “Reports sent” counts the reports sent to the secretariat, including those returned for revision.
progress-scores-hint = From the published comparative summary: the mean level (1 to 5) of each state's approved ports ({ $count } in all, up to { $date }); the region is the mean of the states. The confidential section is never scored here.
progress-summary-link = Download the summary
progress-legend = Levels: 1 (lowest) to 5 (highest); – means no approved answer scored there.
progress-no-scores = The section scores appear here once the secretariat publishes this cycle's comparative summary.
progress-no-level = no level
publish-bad-form = This page's form did not arrive whole; open the page again and send it once more.
