# portplans — português. Todos os textos visíveis ao usuário nas páginas, na API e nas mensagens.

## Estrutura da página
app-name = portplans
app-tagline = Planos de contingência portuária das Américas
skip-to-content = Ir para o conteúdo principal
nav-home = Início
nav-forms = Questionários
nav-main = Navegação principal
language-switcher = Idioma
footer-text = O portplans está a serviço dos Estados membros da Organização dos Estados Americanos e de sua secretaria: planejamento de contingência portuária para desastres e segurança, informado, analisado e compartilhado.
footer-api = API JSON

## Página inicial
home-title = Planos de contingência portuária
home-intro = Os Estados membros informam sobre os planos de contingência de seus portos para desastres naturais e segurança. A secretaria analisa cada relatório, compara os portos da região e publica os recursos aprovados.
home-how-title = Como funciona
home-how-report = Os pontos focais de cada Estado membro preenchem um questionário estruturado para cada um de seus portos, salvam rascunhos e enviam suas respostas.
home-how-review = A secretaria analisa cada relatório, solicita revisões e o aprova.
home-how-publish = Resumos comparativos e recursos aprovados são publicados para todos.
home-forms-title = Questionários em uso
home-preview = Ler o questionário
home-version = Versão { $version }

## Questionários
forms-title = Questionários
forms-intro = Todos os questionários conhecidos pelo servidor, com suas versões. Abra um deles para ler todas as suas perguntas.
forms-count = { $sections } seções, { $questions } perguntas
form-preview-intro = Visualização somente leitura de todas as seções e perguntas deste questionário.
form-version = Versão
form-hash = Impressão digital do conteúdo (SHA-256)
form-contents = Sumário
form-section = Seção { $id }
form-shown-depends = Exibida somente conforme as respostas a
form-required = Obrigatória
form-required-depends = Obrigatória conforme as respostas a
form-optional = Opcional
form-read-only = Preenchida automaticamente
form-sensitive = Confidencial: nunca publicada
form-sensitive-section = As respostas desta seção são confidenciais e nunca são publicadas.
form-type = Tipo de resposta
form-choices = Opções
form-choices-member-states = Um dos 35 Estados membros da OEA
form-rows = Uma linha para cada
form-rows-from = Uma linha para cada opção selecionada na pergunta { $question }
form-columns = Colunas
form-rules = Regras
form-warnings = Avisos (nunca impedem o envio de uma resposta)
form-back-to-top = Voltar ao sumário

## Tipos de pergunta
question-type-text = Texto curto
question-type-long-text = Texto longo
question-type-text-list = Lista de textos
question-type-integer = Número inteiro
question-type-decimal = Número
question-type-yes-no = Sim ou não
question-type-select-one = Uma opção
question-type-select-multiple = Várias opções
question-type-date = Data
question-type-email = Endereço de e-mail
question-type-url = Endereço web
question-type-file = Arquivo
question-type-files = Arquivos
question-type-grid = Tabela
question-type-note = Informação
choice-yes = Sim
choice-no = Não

## Problemas de validação
problem-required = Esta pergunta é obrigatória.
problem-type-text = Digite um texto.
problem-type-text-list = Digite uma lista de textos.
problem-type-integer = Digite um número inteiro, sem separadores de milhar (por exemplo, 1500).
problem-type-number = Digite um número, sem separadores de milhar; use ponto ou vírgula para os decimais (por exemplo, 1500 ou 12,5).
problem-type-date = Digite uma data no formato YYYY-MM-DD.
problem-type-email = Digite um endereço de e-mail, como nome@example.org.
problem-type-url = Digite um endereço web que comece com http:// ou https://.
problem-type-choice = Escolha uma das opções.
problem-type-choices = Escolha entre as opções.
problem-type-file = Anexe um arquivo.
problem-type-files = Anexe um ou mais arquivos.
problem-type-grid = Preencha a tabela.
problem-type-grid-row = Preencha esta linha da tabela.
problem-choice = “{ $value }” não é uma das opções.
problem-min = Deve ser maior ou igual a { $bound }.
problem-min-exclusive = Deve ser maior que { $bound }.
problem-max = Deve ser menor ou igual a { $bound }.
problem-max-exclusive = Deve ser menor que { $bound }.
problem-pattern = A resposta não está no formato esperado.
problem-unknown-question = Não existe a pergunta { $question } neste questionário.
problem-not-answerable = Este item é apenas informativo e não requer resposta.

## Erros
error-page-title = Algo deu errado
error-back-home = Voltar à página inicial
error-bad-request = A solicitação está malformada: { $detail }
error-bad-request-plain = A solicitação está malformada.
error-unauthorized = Faça login.
error-forbidden = Você não tem permissão para fazer isso.
error-not-found = Nada foi encontrado neste endereço.
error-method-not-allowed = Este método não é permitido aqui.
error-conflict = Isto entra em conflito com o estado atual do registro.
error-too-large = O arquivo enviado é grande demais.
error-unsupported-media-type = Este tipo de arquivo não é aceito.
error-unprocessable = A solicitação está bem formada, mas não pode ser processada.
error-validation-failed = As respostas não estão completas e válidas; veja os detalhes.
error-too-many-requests = Tentativas demais; aguarde e tente novamente.
error-internal = Ocorreu um erro inesperado. Ele foi registrado; tente novamente mais tarde.
error-invalid-credentials = O endereço de e-mail ou a senha não estão corretos.
error-invalid-email = Digite um endereço de e-mail válido.
error-invalid-name = Digite um nome (no máximo 200 caracteres).
error-invalid-role = A função deve ser admin, secretariat ou focal_point.
error-member-state-required = Um ponto focal deve pertencer a um Estado membro.
error-member-state-not-allowed = Somente pontos focais pertencem a um Estado membro.
error-unknown-member-state = Esse Estado membro não existe.
error-weak-password = A senha deve ter pelo menos 12 caracteres.
error-email-taken = Já existe uma conta com este endereço de e-mail.
error-invalid-status = O status deve ser active ou not_participating.
error-locode-malformed = Um UN/LOCODE tem cinco caracteres: duas letras, seguidas de três letras ou algarismos de 2 a 9.
error-locode-country = O UN/LOCODE deve começar com o código de duas letras do Estado membro.
error-port-exists = Já existe um porto com este UN/LOCODE.
error-invalid-title = Digite um título (no máximo 200 caracteres).
error-cycle-dates = A data de encerramento não pode ser anterior à data de abertura.
error-unknown-form = Esse questionário ou essa versão não existe.
error-cycle-closed = Este ciclo de relatórios já está encerrado.
error-invitation-invalid = Este link não é válido: ele já foi usado, expirou ou nunca existiu.
problem-too-long = No máximo { $max } caracteres.
error-password-mismatch = As duas senhas não são iguais.
error-date-format = Digite as datas no formato YYYY-MM-DD.

## Contas
nav-admin = Secretaria
nav-users = Contas
sign-in = Entrar
sign-out = Sair
signed-in-as = Sessão iniciada como { $name }
login-title = Entrar
field-email = Endereço de e-mail
field-password = Senha
field-name = Nome
field-role = Função
field-title = Título
field-new-password = Nova senha
field-new-password-hint = Pelo menos 12 caracteres. Algumas palavras sem relação entre si formam uma senha forte.
field-confirm-password = Repita a senha
field-opens-on = Data de abertura
field-closes-on = Data de encerramento
field-port-name = Nome do porto
field-locode-hint = Cinco caracteres, começando com { $alpha2 }; por exemplo, { $alpha2 }ABC.
invitation-title = Defina sua senha
invitation-intro = Boas-vindas, { $name }. Escolha a senha que você usará para entrar como { $email }.
invitation-submit = Definir minha senha
setup-title = Criar o primeiro administrador
setup-intro = Esta página, de uso único, cria a conta de administrador desta instalação.
setup-submit = Criar o administrador
role-admin = Administrador
role-secretariat = Secretaria
role-focal_point = Ponto focal

## Páginas da Secretaria
admin-title = Secretaria
admin-users-title = Contas
admin-cycles = Ciclos de relatórios
admin-no-cycles = Ainda não há nenhum ciclo de relatórios.
admin-new-cycle = Abrir um ciclo de relatórios
admin-open-cycle = Abrir o ciclo
admin-close-cycle = Encerrar
admin-questionnaire = Questionário
admin-status = Status
admin-actions = Ações
admin-states = Estados membros
admin-back = Voltar aos Estados membros
admin-participation = Participação
admin-save = Salvar
admin-ports = Portos
admin-no-ports = Ainda não há nenhum porto.
admin-add-port = Adicionar um porto
admin-focal-points = Pontos focais
admin-no-focal-points = Ainda não há nenhum ponto focal.
admin-invite-focal-point = Convidar um ponto focal
admin-invite = Enviar o convite
admin-invite-staff = Convidar um membro da secretaria
admin-invite-focal-points-hint = Os pontos focais são convidados a partir da página de seu Estado membro.
admin-invitation-link = Link de convite (válido por 7 dias, de uso único): envie-o à pessoa convidada.
admin-pending = convite pendente
admin-inactive = desativada
admin-active = ativa
admin-deactivate = Desativar
admin-reactivate = Reativar
admin-cycle-created = O ciclo de relatórios foi criado.
admin-cycle-closed = O ciclo de relatórios foi encerrado.
admin-status-changed = O status de participação foi salvo.
admin-port-added = O porto foi adicionado.
admin-invited = O convite foi criado.
admin-deactivated = A conta foi desativada; suas sessões foram encerradas.
admin-reactivated = A conta foi reativada.
cycle-status-scheduled = Agendado
cycle-status-open = Aberto
cycle-status-closed = Encerrado
state-status-active = Participante
state-status-not_participating = Não participante

## Respostas
error-not-editable = Este relatório não pode ser alterado agora: ele já foi enviado ou aprovado.
error-version-conflict = Este relatório foi salvo em outro lugar (em outra aba ou janela, ou por outra pessoa) depois que você o abriu.
error-submission-exists = Já existe um relatório para este porto neste ciclo de relatórios.
error-cycle-not-open = Este ciclo de relatórios não está aberto.
error-not-your-port = Este porto não pertence ao seu Estado membro.
nav-reports = Meus relatórios
reports-title = Meus relatórios
reports-none-open = Nenhum ciclo de relatórios está aberto no momento.
reports-deadline = Prazo: { $date }
reports-no-ports = A secretaria ainda não cadastrou nenhum porto do seu Estado membro.
reports-completeness = Preenchimento
reports-answered = { $answered } de { $total } respostas obrigatórias
reports-continue = Continuar
reports-start = Iniciar
submission-status-not_started = Não iniciado
submission-status-draft = Rascunho
submission-status-submitted = Enviado
submission-status-returned = Devolvido para revisão
submission-status-approved = Aprovado
section-nav = Seções
section-errors = { $count } a corrigir
section-summary = Verifique estas respostas
section-save = Salvar
section-save-next = Salvar e ir para a próxima seção
section-save-review = Salvar e revisar
section-kept = O que você digitou foi mantido abaixo, mas não foi salvo. Copie o que precisar e depois:
section-reload = Abrir a versão atual
section-conditional-hint = Algumas perguntas dependem de respostas anteriores: elas aparecem conforme você responde (depois de salvar, se o script da página não puder ser executado).
section-one-per-line = Um item por linha.
section-grid-empty = Esta tabela é preenchida a partir da sua resposta anterior; salve essa resposta primeiro.
problem-label-error = Problema
problem-label-warning = Aviso
review-title = Revisar e enviar
review-problems = Respostas que ainda precisam de atenção antes do envio: { $count }.
review-ready = Todas as respostas obrigatórias estão completas. Ao enviar, este relatório será encaminhado à secretaria; você não poderá mais alterá-lo, a menos que ele seja devolvido a você.
review-submit = Enviar à secretaria
review-edit = Editar
review-unanswered = Sem resposta
review-history = Histórico
review-revision = Envio { $revision } de { $at }
review-submitted = Enviado: a secretaria recebeu o seu relatório (envio { $revision }). Aqui verá os comentários dela.
error-not-a-file-question = Só é possível anexar arquivos a uma pergunta do tipo arquivo deste questionário.
error-sensitive-public = Esta pergunta é confidencial: seus arquivos nunca podem ser tornados públicos.
error-licence-required = Um arquivo público precisa de uma licença; ao escolhê-la, você consente com a sua publicação.
error-invalid-visibility = A visibilidade deve ser restrita ou pública.
autosave-saving = Salvando…
autosave-saved = Todas as alterações foram salvas.
autosave-conflict = Não salvo: este relatório foi salvo em outro lugar (outra aba ou outra pessoa). Copie suas alterações e abra a versão atual.
autosave-failed = Não salvo: a conexão falhou. Use o botão Salvar.
file-choose = Escolha um arquivo
file-kinds = { $types }; no máximo { $max }
file-replace = Substituir o arquivo
file-upload = Enviar
file-restricted = Restrito: visto somente pelo seu Estado membro e pela secretaria
file-make-public = Público: poderá ser publicado depois que o relatório for aprovado
file-public = Público ({ $licence })
file-licence = Licença (necessária para um arquivo público; ao escolhê-la, você consente com a sua publicação)
error-file-type = Este tipo de arquivo não é aceito aqui: verifique se ele é realmente de um dos tipos indicados.
section-saved = Salvo.

## Páginas de relatório
section-saved-with-problems = Algumas respostas desta página precisam de atenção (indicadas abaixo); você pode corrigi-las agora ou voltar mais tarde.
section-onward = Ir para a próxima seção
section-complete = completa
section-not-applicable = não se aplica
file-types-or = ou
file-uploading = Carregando…
file-upload-progress = Progresso do carregamento
size-bytes = { $n } bytes
size-kb = { $n } KB
size-mb = { $n } MB
colon = { ":" }
reports-view = Ver
report-title = Relatório
admin-cycle-title-hint = Exibido para todo idioma que não tenha título próprio abaixo.
admin-cycle-titles = O título em cada idioma (opcional)
language-name-en = Inglês
language-name-es = Espanhol
language-name-fr = Francês
language-name-pt = Português
review-grid-row = Linha
file-save-first = O carregamento recarrega esta página: salve antes suas outras respostas.

## Revisão
error-invalid-transition = O estado deste relatório não permite esta ação (talvez já tenha sido decidido): abra-o de novo para ver em que estado está.
error-invalid-comment = Um comentário não pode estar vazio e deve ter no máximo 10 000 caracteres de texto comum.
error-comment-question = Só é possível comentar uma pergunta deste questionário.
error-return-needs-comment = Para devolver um relatório, indique o que deve mudar: um comentário geral ou um comentário sobre pelo menos uma pergunta.
error-reopen-needs-reason = Para reabrir um relatório aprovado, indique o motivo.

## O ciclo de revisão
nav-inbox = Revisões
nav-audit = Registro de auditoria
inbox-title = Relatórios a revisar
inbox-filter = Filtrar os relatórios
inbox-cycle = Ciclo de relatórios
inbox-state = Estado membro
inbox-all = Todos
inbox-apply = Mostrar
inbox-empty = Nenhum relatório neste estado.
inbox-revision = Envio n.º
inbox-waiting = Em espera
inbox-days = { $count ->
    [one] 1 dia
   *[other] { $count } dias
}
inbox-page = Página { $page } de { $pages } ({ $total } no total)
page-previous = Página anterior
page-next = Próxima página
board-title = Progresso por Estado membro
board-inbox = Relatórios deste ciclo a revisar
board-overdue = Atrasados
board-total = Todos os Estados membros
board-open = Progresso
audit-title = Registro de auditoria
audit-entity = Registro
audit-actor = Pessoa (endereço de e-mail)
audit-action = Ação
audit-since = De
audit-until = Até
audit-when = Quando
audit-address = Endereço
review-secretariat-title = Revisão
review-done-returned = O relatório foi devolvido ao seu Estado membro para revisão.
review-done-approved = O relatório foi aprovado.
review-done-reopened = O relatório foi reaberto: o seu Estado membro pode alterá-lo novamente.
review-done-commented = O seu comentário foi enviado.
review-score = Pontuação
review-problems-count = { $count ->
    [0] Nenhum problema
    [one] 1 problema
   *[other] { $count } problemas
}
review-changed-count = { $count ->
    [0] Nenhuma resposta mudou desde o envio { $previous }
    [one] 1 resposta mudou desde o envio { $previous }
   *[other] { $count } respostas mudaram desde o envio { $previous }
}
review-changed = Alterada
review-sensitive = Confidencial
review-before = No envio { $previous }:
review-level = Nível { $level } de 5
review-comment-on = Comentar { $question }
review-decision = Decisão
review-overall-comment = Comentário geral
review-overall-hint = Para devolver o relatório, indique aqui ou em pelo menos uma pergunta o que deve mudar; para aprovar não é preciso comentário.
review-return = Devolver para revisão
review-approve = Aprovar
review-reopen-title = Reabrir este relatório aprovado
review-reopen-reason = Motivo (enviado ao Estado membro)
review-reopen = Reabrir
review-comments = Comentários
review-comment-question = Sobre
review-comment-overall = O relatório como um todo
review-comment-body = Comentário
review-comment-send = Enviar
review-reply = A sua resposta
review-write-secretariat = Escrever à secretaria sobre este relatório
review-decision-returned = devolvido para revisão
review-decision-approved = aprovado
review-decision-reopened = reaberto
section-comments = { $count ->
    [one] 1 comentário
   *[other] { $count } comentários
}
history-saved-times = salvou o rascunho ({ $count } vezes)
history-submission-started = iniciou o relatório
history-submission-saved = salvou o rascunho
history-submission-submitted = enviou o envio { $revision } à secretaria
history-submission-returned = devolveu-o para revisão
history-submission-approved = aprovou-o
history-submission-reopened = reabriu-o
history-submission-commented = escreveu um comentário
section-line = linha { $line }
error-unknown-licence = Escolha uma das licenças propostas.
review-ready-short = Todas as respostas obrigatórias estão completas.
review-go-submit = Revise-as abaixo e envie o relatório no fim da página.
export-codebook-column = coluna
export-codebook-question = pergunta
export-codebook-wording = texto
export-codebook-type = tipo
export-codebook-values = valores
export-title = Exportar as respostas
export-format = Arquivo
export-labels = Opções escritas como
export-labels-names = os seus códigos
export-status-all = Todos
export-download = Baixar
export-hint = Uma linha por relatório, uma coluna por pergunta; a planilha (XLSX) acrescenta um livro de códigos. Os arquivos aparecem pelo seu identificador, nunca pelo seu conteúdo.

## Notices
nav-notices = { $count ->
    [0] Avisos
   *[other] Avisos ({ $count } novos)
}
notices-title = Avisos
notices-empty = Ainda não há avisos.
notices-new = Novo
notices-mark-read = Marcar como lido
notices-read-all = Marcar todos como lidos
notice-submitted = { $state } enviou o relatório de { $port } ({ $locode }), envio { $revision }, para revisão.
notice-returned = A secretaria devolveu o relatório de { $port } ({ $locode }) para revisão.
notice-approved = A secretaria aprovou o relatório de { $port } ({ $locode }).
notice-reopened = A secretaria reabriu o relatório aprovado de { $port } ({ $locode }).
mail-submitted = 
    { $state } enviou o relatório de { $port } ({ $locode }) para revisão (envio { $revision }).
    {""}
    Revise-o aqui: { $link }
    {""}
    -- portplans
mail-returned = 
    A secretaria devolveu o relatório de { $port } ({ $locode }) para revisão.
    {""}
    { $comment }
    {""}
    Os comentários estão junto às perguntas correspondentes: { $link }
    {""}
    -- portplans
mail-approved = 
    A secretaria aprovou o relatório de { $port } ({ $locode }). Obrigado.
    {""}
    { $comment }
    {""}
    { $link }
    {""}
    -- portplans
mail-reopened = 
    A secretaria reabriu o relatório aprovado de { $port } ({ $locode }) para que possa ser alterado.
    {""}
    Motivo: { $comment }
    {""}
    { $link }
    {""}
    -- portplans
mail-invitation-subject = portplans: o seu convite
mail-invitation = 
    Olá, { $name },
    {""}
    Você foi convidado para o portplans, onde os Estados membros informam sobre os planos de contingência dos seus portos. Escolha a sua senha neste link (funciona uma vez, durante 7 dias):
    {""}
    { $link }
    {""}
    -- portplans
review-comments-only = Enviar só os comentários (sem decisão)
review-comments-in-decision = Escreva os seus comentários nas caixas junto às perguntas e no comentário geral; envie-os com uma decisão, ou sozinhos.
notice-commented = Novo comentário sobre o relatório de { $port } ({ $locode }).
mail-commented = 
    Um novo comentário sobre o relatório de { $port } ({ $locode }):
    {""}
    { $comment }
    {""}
    { $link }
    {""}
    -- portplans
problem-required-cell = Preencha esta célula.
review-warnings-count = { $count ->
    [one] 1 alerta
   *[other] { $count } alertas
}
review-returned-title = A secretaria devolveu este relatório para revisão
review-returned-questions = Os comentários referem-se a
review-section-not-applicable = Esta seção não se aplica, de acordo com as suas respostas anteriores.
audit-who = Quem
reply-save-first = Enviar uma resposta recarrega esta página: salve antes as suas respostas.
board-scores = Pontuação por seção e Estado membro
board-scores-hint = Média dos portos aprovados de cada Estado ({ $count } no total); a região é a média dos Estados.
board-overall = Geral
board-region = Região
board-legend = Níveis

## Dates in running text
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
date-long = { $day } de { $month } de { $year }

## The comparative summary (PDF)
pdf-org = Organização dos Estados Americanos
pdf-unit = Comissão Interamericana de Portos (CIP) · Grupo Técnico Consultivo sobre Proteção Portuária
pdf-title = Resumo comparativo dos planos de contingência portuários
pdf-short-title = Resumo comparativo
pdf-subject = Planos de contingência para desastres naturais e de proteção dos portos dos Estados membros da OEA, comparados Estado por Estado
pdf-keywords = portos, planos de contingência, preparação para desastres, proteção portuária, OEA
pdf-cover-questionnaire = { $title }, versão { $version }
pdf-cover-as-of = Dados de { $date }
pdf-cover-language = Idioma: { $language }
pdf-cover-counts = { $states ->
    [one] { $states } Estado membro
   *[other] { $states } Estados membros
} com { $ports ->
    [one] { $ports } relatório portuário aprovado
   *[other] { $ports } relatórios portuários aprovados
}
pdf-cover-note = Elaborado pela secretaria a partir dos relatórios dos pontos focais dos Estados membros, tal como aprovados após a revisão. As respostas confidenciais (proteção portuária) e as respostas de texto livre não fazem parte deste resumo.
pdf-contents = Sumário
pdf-page = Página { $page } de { $pages }
pdf-footer-as-of = Dados de { $date }
pdf-method = Método
pdf-method-participation = { $all ->
    [yes] Todos os { $total } Estados membros participaram deste ciclo
   *[no] { $states } dos { $total } Estados membros participaram deste ciclo
}, com { $ports } portos registrados: foram enviados { $submitted } relatórios portuários e aprovados { $approved } após a revisão. Este resumo conta apenas os relatórios aprovados, que provêm de { $scored ->
    [one] { $scored } Estado membro
   *[other] { $scored } Estados membros
}.
pdf-method-scores = As respostas às perguntas pontuadas são convertidas num nível de 1 (o mais baixo) a 5 (o mais alto), como na ferramenta e-SPAR da OMS; a conversão e os pesos fazem parte do questionário. O nível de uma seção é a média ponderada das suas perguntas pontuadas respondidas, e o nível global de um porto, a média ponderada das suas seções.
pdf-method-region = O nível de um Estado membro é a média dos seus portos aprovados. O nível regional é a média dos Estados membros, para que cada Estado conte o mesmo, qualquer que seja o seu número de portos.
pdf-method-charts = Os gráficos contam relatórios portuários: quantos relatórios aprovados escolheram cada resposta, entre os que responderam à pergunta.
pdf-method-confidential = As respostas da seção { $sections } (proteção portuária) são confidenciais: não aparecem em parte alguma deste resumo, nem sequer através das pontuações. As respostas de texto livre, as datas e os arquivos não são resumidos.
pdf-method-as-of = São incluídos os relatórios aprovados até { $date }.
pdf-rates = Taxas de resposta por Estado membro
pdf-rates-hint = Portos registrados, relatórios portuários enviados pelo menos uma vez e relatórios aprovados. A taxa é o número de relatórios aprovados sobre o de portos registrados.
pdf-col-state = Estado membro
pdf-col-ports = Portos
pdf-col-submitted = Enviados
pdf-col-approved = Aprovados
pdf-col-rate = Taxa
pdf-percent = { $n }%
pdf-total = Todos os Estados membros
pdf-scores = Pontuações por seção e Estado membro
pdf-scores-hint = O nível médio dos portos aprovados de cada Estado membro ({ $count } no total), de 1 (o mais baixo) a 5 (o mais alto). Cada célula mostra o seu valor; a cor repete-o. As colunas são as seções, indicadas pela sua letra.
pdf-no-data = Ainda não foi aprovado nenhum relatório portuário.
pdf-overall = Global
pdf-region = Região
pdf-legend = Níveis (cor da célula)
pdf-sections-key = Seções
pdf-charts = Respostas dos Estados membros
pdf-charts-hint = Para cada pergunta com opções ou números: quantos relatórios portuários aprovados deram cada resposta. As percentagens referem-se aos relatórios que responderam à pergunta.
pdf-chart-none = Nenhum relatório aprovado respondeu a esta pergunta.
pdf-chart-answered = Relatórios que responderam: { $count }.
pdf-count-percent = { $count } ({ $percent }%)
pdf-profiles = Perfis dos Estados membros
pdf-profile-counts = { $ports ->
    [one] { $ports } porto registrado
   *[other] { $ports } portos registrados
} · { $submitted ->
    [one] { $submitted } relatório enviado
   *[other] { $submitted } relatórios enviados
} · { $approved ->
    [one] { $approved } aprovado
   *[other] { $approved } aprovados
}
pdf-profile-ports = Portos aprovados ({ $count })
pdf-profile-more = e mais { $count }
pdf-profile-levels = Níveis por seção em relação à média regional
pdf-profile-legend = Barra: { $state }, colorida conforme o nível. Linha preta: a média regional.
pdf-profile-value = { $state } (região { $region })
pdf-profile-gaps = Principais lacunas
pdf-profile-no-gaps = Nenhuma pergunta pontuada tem nível médio inferior a 3 neste Estado membro.
pdf-profile-gap = { $question } — nível médio { $level }
pdf-annex = Anexo: o questionário
pdf-annex-hint = { $title }, versão { $version }: o texto de cada pergunta tal como os pontos focais o viram, com as suas opções.
pdf-annex-confidential = Confidencial: as respostas desta seção nunca são publicadas.
summary-not-ready = Este resumo ainda não está pronto.
summary-title = Resumos comparativos
summary-hint = Um PDF que compara os Estados membros a partir dos relatórios aprovados deste ciclo: taxas de resposta, pontuações por seção, as respostas a cada pergunta, um perfil por Estado e o questionário. As respostas confidenciais (proteção portuária) e o texto livre nunca constam dele.
summary-language = Idioma
summary-make = Elaborar o resumo (PDF)
summary-col-requested = Pedido em
summary-col-file = Arquivo
summary-status-pending = Em elaboração
summary-status-ready = Pronto
summary-status-failed = Falhou
summary-download = Baixar o PDF ({ $language })
summary-pages = { $count ->
    [one] 1 página
   *[other] { $count } páginas
}
summary-refresh = Atualize para ver se está pronto
summary-made = O resumo está pronto: baixe-o abaixo.
summary-started = O resumo está sendo elaborado; leva alguns segundos.
summary-failed = Não foi possível elaborar o resumo, nem mesmo após várias tentativas. Peça um novo; se também falhar, avise o administrador.
summary-none = Ainda não foi elaborado nenhum resumo deste ciclo.
pdf-chart-multiple = Várias respostas possíveis: as percentagens somam mais de 100.
pdf-histogram-caption = Eixo horizontal: intervalos das respostas; barras: número de relatórios em cada intervalo.
pdf-scores-dash = –: nenhum relatório aprovado desse Estado membro tem uma resposta pontuada nessa seção (por exemplo, a seção não se aplicava aos seus portos).
pdf-profile-gaps-hint = As perguntas pontuadas com o nível médio mais baixo neste Estado membro (inferior a 3), da mais baixa para a mais alta.
pdf-profile-spread = Portos aprovados por nível global
pdf-findings = Principais resultados
pdf-findings-reports = { $approved ->
    [one] { $approved } relatório portuário aprovado
   *[other] { $approved } relatórios portuários aprovados
}, de { $ports ->
    [one] { $ports } porto registrado
   *[other] { $ports } portos registrados
} ({ $rate }), de { $scored } dos { $total } Estados membros.
pdf-findings-region = Nível global da região: { $level } de 5.
pdf-findings-sections = Seção mais sólida na região: { $best } ({ $best_level }); a mais fraca: { $worst } ({ $worst_level }).
pdf-findings-top = Níveis globais mais altos: { $states }.
pdf-findings-bottom = Níveis globais mais baixos: { $states }.
pdf-findings-spread = Estados membros por nível global
pdf-findings-by-section = Nível regional por seção
pdf-level-range = Nível { $level } ({ $range })

## The public repository
feed-title = Planos de contingência portuários das Américas: novos recursos
resource-bad-language = Use um dos quatro idiomas: en, es, fr ou pt.
resource-too-long = Este texto é longo demais: um título tem no máximo 300 caracteres e uma descrição 5.000.
resource-title-required = Dê um título ao recurso, em pelo menos um idioma.
resource-bad-licence = Escolha uma das licenças abertas: CC BY 4.0, CC BY-SA 4.0, CC BY-NC 4.0 ou CC0 1.0.
resource-bad-year = Indique o ano a que o recurso se refere, entre 1990 e 2100.
resource-bad-state = Um dos Estados membros não é conhecido; use os seus códigos de três letras.
resource-bad-hazard = Uma das ameaças não consta da lista do questionário.
resource-attachment-not-public = Só pode ser publicado um arquivo que o seu ponto focal tornou público, com uma licença, num relatório aprovado e fora da seção confidencial.
resource-supersedes-unpublished = Uma correção substitui um recurso publicado; este não está publicado.
resource-cannot-publish = Este recurso não pode ser publicado: já está publicado ou foi retirado.
resource-cannot-withdraw = Só pode ser retirado um recurso publicado que ainda não tenha sido retirado.
resource-reason-required = Diga por que o recurso é retirado: o motivo fica na sua página.
nav-resources = Recursos
repo-title = Recursos públicos
repo-intro = Resumos comparativos, os planos que os Estados membros decidiram publicar e documentos de orientação. Cada arquivo vem com a sua soma de verificação SHA-256.
repo-search = Pesquisar
repo-search-label = Palavras do título ou da descrição, em qualquer idioma
repo-results = { $count ->
    [one] { $count } recurso
   *[other] { $count } recursos
}
repo-none = Nenhum recurso publicado corresponde. Tente menos palavras ou retire os filtros.
repo-filters = Filtrar
repo-clear = Retirar os filtros
repo-selected = (selecionado; siga o link para retirá-lo)
repo-facet-kind = Tipo
repo-facet-member_state = Estado membro
repo-facet-hazard = Ameaça
repo-facet-language = Idioma do arquivo
repo-facet-year = Ano
repo-facet-licence = Licença
resource-kind-summary = Resumo comparativo
resource-kind-attachment = Plano de um Estado membro
resource-kind-document = Documento de orientação
repo-published = publicado em { $date }
repo-published-on = Publicado em
repo-pages = Páginas de resultados
repo-prev = Página anterior
repo-next = Página seguinte
repo-page = Página { $page } de { $pages }
repo-back = Todos os recursos
repo-withdrawn = Retirado em { $date }. O arquivo já não está disponível.
repo-superseded = Uma versão corrigida substitui este recurso:
repo-newer = a versão corrigida
repo-corrects = Corrige
repo-older = a versão anterior
repo-file = Arquivo
repo-checksum = Soma de verificação SHA-256
repo-downloads = Downloads
repo-download = Baixar o arquivo ({ $size })

# Publishing (secretariat) and public progress
nav-progress = Andamento dos relatórios
nav-publishing = Publicação
publish-title = Publicação de recursos
publish-intro = Um recurso é salvo sem publicar: confira sua página e depois publique-o. Um arquivo publicado nunca muda; para corrigi-lo, envie a correção e indique qual recurso ela substitui. Retirar mantém a página, com o seu motivo, e impede o download.
publish-upload = Enviar um documento
publish-made = O recurso foi salvo, ainda sem publicar. Confira-o e publique-o abaixo.
publish-published = Publicado: qualquer pessoa já pode encontrá-lo e baixá-lo.
publish-withdrawn = Retirado: a página permanece com o seu motivo; o arquivo não pode mais ser baixado.
publish-see-page = Ver a página pública
publish-all = Todos os recursos ({ $count })
publish-unpublished = Não publicado
publish-button = Publicar
publish-reason = Motivo da retirada
publish-withdraw = Retirar
publish-none = Ainda não há recursos. Publique um resumo comparativo a partir do painel de andamento de um ciclo, um plano público de um Estado membro da lista abaixo, ou envie um documento.
publish-candidates = Arquivos públicos de relatórios aprovados
publish-candidates-hint = Arquivos que o ponto focal tornou públicos, com uma licença, em um relatório aprovado, fora da seção confidencial, e ainda não publicados.
publish-question = Pergunta
publish-describe = Descrever e publicar
publish-no-candidates = Nenhum arquivo público aguardando.
repo-withdrawn-short = Retirado em { $date }
publish-back = Todos os recursos (secretaria)
publish-refused = O recurso não foi salvo
publish-choose-file-again = Tudo o que você digitou foi mantido; escolha o arquivo de novo.
publish-new-hint = Descreva o recurso no maior número possível de idiomas: as pessoas pesquisam no seu. Ele é salvo sem publicar.
publish-new-summary = Publicar um resumo comparativo
publish-new-attachment = Publicar um arquivo de um Estado membro
publish-new-document = Enviar um documento
publish-file = Arquivo
publish-file-hint = PDF, Word, Excel, OpenDocument ou uma imagem.
publish-titles = Título e descrição
publish-titles-hint = Pelo menos um título; deixe um idioma em branco se não tiver tradução.
publish-description = Descrição
publish-supersedes = Corrige
publish-supersedes-hint = Se este recurso corrige um já publicado, escolha-o: a página dele apontará para cá.
publish-supersedes-none = Nenhum: um recurso novo
publish-save = Salvar, sem publicar
publish-summary-title = Resumo comparativo: { $cycle }
publish-summary-description = A situação dos portos dos Estados membros em { $cycle }: taxas de resposta, pontuações por seção e por Estado, as respostas a cada pergunta e um perfil por Estado, com base nos relatórios aprovados.
file-missing = Escolha o arquivo a enviar.
publish-bad-source = Este formulário não indica a partir de que o recurso é criado; abra-o de novo a partir da lista.
summary-publish = Publicar…
publish-not-yet = Não publicado: só a secretaria vê esta página.
publish-manage = Publicá-lo ou retirá-lo
progress-title = Andamento dos relatórios
progress-intro = Para cada ciclo, quais Estados membros enviaram os relatórios de seus portos e quais foram aprovados. O conteúdo dos relatórios não é público; quando o resumo comparativo de um ciclo é publicado, suas pontuações por seção aparecem aqui.
progress-dates = de { $opens } a { $closes }
progress-no-cycles = Nenhum ciclo de relatórios foi aberto ainda.
progress-back = Todos os ciclos de relatórios
progress-summary = { $reporting } de { $states } Estados membros enviaram relatórios; { $approved } de { $ports } relatórios de portos estão aprovados.
progress-table = Relatórios por Estado membro
progress-submitted = Relatórios enviados
progress-stage = Situação
progress-stage-all-approved = Todos aprovados
progress-stage-some-approved = Alguns aprovados
progress-stage-submitted = Enviados, em revisão
progress-stage-no-ports = Nenhum porto registrado
progress-stage-not-yet = Ainda não enviados
progress-note = «Relatórios enviados» conta os relatórios enviados ao secretariado, incluindo os devolvidos para revisão.
progress-scores-hint = Do resumo comparativo publicado: o nível médio (de 1 a 5) dos portos aprovados de cada Estado ({ $count } no total, até { $date }); a região é a média dos Estados. A seção confidencial nunca é pontuada aqui.
progress-summary-link = Baixar o resumo
progress-legend = Níveis: de 1 (o mais baixo) a 5 (o mais alto); – significa que não há resposta aprovada pontuada.
progress-no-scores = As pontuações por seção aparecerão aqui quando a secretaria publicar o resumo comparativo deste ciclo.
progress-no-level = sem nível
publish-bad-form = O formulário desta página não chegou completo; abra a página de novo e envie-o outra vez.
