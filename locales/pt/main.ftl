# portplans — português. Todos os textos visíveis ao usuário nas páginas, na API e nas mensagens.

## Estrutura da página
app-name = portplans
app-tagline = Planos de contingência portuária das Américas
skip-to-content = Ir para o conteúdo principal
nav-home = Início
nav-forms = Questionários
nav-main = Navegação principal
language-switcher = Idioma
footer-text = O portplans está a serviço dos Estados membros da Organização dos Estados Americanos e de sua Secretaria: planejamento de contingência portuária para desastres e segurança, informado, analisado e compartilhado.
footer-api = API JSON

## Página inicial
home-title = Planos de contingência portuária
home-intro = Os Estados membros informam sobre os planos de contingência de seus portos para desastres naturais e segurança. A Secretaria analisa cada relatório, compara os portos da região e publica os recursos aprovados.
home-how-title = Como funciona
home-how-report = Os pontos focais de cada Estado membro preenchem um questionário estruturado para cada um de seus portos, salvam rascunhos e enviam suas respostas.
home-how-review = A Secretaria analisa cada resposta, solicita revisões e a aprova.
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
form-shown-when = Exibida somente quando: { $condition }
form-required = Obrigatória
form-required-when = Obrigatória quando: { $condition }
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
problem-type-integer = Digite um número inteiro.
problem-type-number = Digite um número.
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
