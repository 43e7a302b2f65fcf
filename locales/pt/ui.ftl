# A janela do Convene, em português (europeu). Traduzido de locales/en/ui.ftl (mesmos
# identificadores e variáveis). Termos URBACT: Plano de Ação Integrado, reunião
# transnacional, grupo local URBACT, cidade parceira, parceiro líder.

## screens/Settings.svelte
settings-settings = Definições
settings-your-name-your-data = O seu idioma, o seu nome, os seus dados, as cópias de segurança, e a entrada e saída de dados.
settings-language = Idioma
settings-language-label = Idioma da janela
settings-language-hint = Menus, botões e mensagens, e a forma de escrever datas, horas e montantes. Os planos e os convites mantêm o seu próprio idioma.
settings-language-system = Idioma do sistema ({ $language })
settings-language-changed = A janela está agora em { $language }.
settings-your-name = O seu nome
settings-name-plan-versions-comments = Nome nas versões dos planos e nos comentários
settings-every-save-action-plan = Cada gravação de um plano de ação é assinada com ele, para que os parceiros vejam quem escreveu o quê. Se ficar vazio, é usado o nome da sua conta no computador.
settings-every-save-action-plan-as-now = Cada gravação de um plano de ação é assinada com ele, para que os parceiros vejam quem escreveu o quê. Se ficar vazio, é usado o nome da sua conta no computador (como agora).
settings-saving = A guardar…
settings-save-name = Guardar o nome
settings-database = Base de dados
settings-location = Localização
settings-schema-version = Versão do esquema
settings-convene-version = Versão do Convene
settings-everything-kept-one-file = Tudo é guardado neste único ficheiro. Para usar outro ficheiro, inicie o Convene com a variável de ambiente CONVENE_DB definida com o seu caminho.
settings-loading = A carregar…
settings-backup-restore = Cópia de segurança e restauro
settings-backup-complete-copy-database = Uma cópia de segurança é uma cópia completa da base de dados; pode ser feita em segurança com o Convene aberto.
settings-saving-backup = A guardar a cópia…
settings-back-up-now = Fazer cópia agora…
settings-restore-from-backup = Restaurar uma cópia…
settings-import-export = Importar e exportar
settings-import-urbact-network-good = Importe páginas URBACT de redes e boas práticas guardadas como texto. Os registos que já existem ficam como estão: importar duas vezes o mesmo ficheiro não muda nada.
settings-importing = A importar…
settings-import-pages = Importar páginas…
settings-exporting = A exportar…
settings-export-everything-json = Exportar tudo em JSON…
settings-import-report = Relatório de importação
settings-replace-all-data-backup = Substituir todos os dados pela cópia?
settings-everything-now-convene-will = Tudo o que está agora no Convene será substituído pelo conteúdo de { $path }. É guardada uma cópia da base atual ao lado, por isso pode voltar atrás restaurando essa cópia.
settings-restore-backup = Restaurar a cópia
settings-keep-current-data = Manter os dados atuais

## App.svelte
app-skip-content = Saltar para o conteúdo
app-convene-could-not-open = O Convene não conseguiu abrir a sua base de dados: { $startError }
app-convene-try-again = Tentar novamente
app-page-not-found = Página não encontrada
app-there-nothing-at-address = Não há nada neste endereço.
app-go-home-screen = Ir para o início
app-dismiss-message = Fechar a mensagem

## components/AgendaEditor.svelte
agenda-editor-agenda = Ordem de trabalhos
agenda-editor-move-item-alt-alt = Mova um ponto com Alt+↑ e Alt+↓, os botões de seta ou arrastando-o ⠿.
agenda-editor-no-agenda-items-yet = Ainda não há pontos na ordem de trabalhos.
agenda-editor-drag-move-item = Arrastar para mover o ponto { $value }
agenda-editor-move-item-up = Subir o ponto { $value }
agenda-editor-move-item-down = Descer o ponto { $value }
agenda-editor-remove-item = Remover o ponto { $value }
agenda-editor-remove = Remover
agenda-editor-item-title = Título do ponto { $value }
agenda-editor-from = Das
agenda-editor-hh-mm = HH:MM
agenda-editor-to = Às
agenda-editor-led = Conduzido por
agenda-editor-nobody-particular = Ninguém em particular
agenda-editor-notes = Notas
agenda-editor-add-item = Adicionar um ponto
agenda-editor-saving = A guardar…
agenda-editor-save-agenda = Guardar a ordem de trabalhos
agenda-editor-unsaved-changes = Alterações por guardar

## components/AttendanceEditor.svelte
attendance-editor-attendance = Participação
attendance-editor-count = { $label }: { $count }
attendance-editor-network-has-no-partners = A rede ainda não tem parceiros.
attendance-editor-partner = Parceiro
attendance-editor-answer = Resposta
attendance-editor-not-invited = Não convidado
attendance-editor-people = Pessoas

## components/ConfirmDialog.svelte
confirm-dialog-working = A processar…

## components/DaysOffSection.svelte
days-off-section-holidays-days-off = Feriados e dias de folga
days-off-section-next-weeks = Nas próximas { $wEEKS } semanas
days-off-section-public-holidays-each-partner = Os feriados do país de cada parceiro (e da sua região, se tiver uma), e os dias de folga registados abaixo.
days-off-section-no-partner-has-holiday = Nenhum parceiro tem feriado nem dia de folga nas próximas { $wEEKS } semanas.
days-off-section-holidays-days-off-next = Feriados e dias de folga das próximas { $wEEKS } semanas
days-off-section-recorded-days-off = Dias de folga registados
days-off-section-none-yet-record-city = Nenhum por enquanto. Registe os dias de folga próprios de uma cidade, como o dia do padroeiro ou umas eleições locais.
days-off-section-remove = Remover { $name } de { $partnerName }
days-off-section-remove-2 = Remover
days-off-section-record-day-off = Registar um dia de folga
days-off-section-partner = Parceiro
days-off-section-choose = Escolher…
days-off-section-day = Dia
days-off-section-yyyy-mm-dd = AAAA-MM-DD
days-off-section-what = O que é
days-off-section-patron-saint-s-day = Dia do padroeiro
days-off-section-saving = A guardar…
days-off-section-record-day-off-2 = Registar o dia de folga

## components/FindTimePanel.svelte
find-time-panel-find-time = Encontrar uma data
find-time-panel-close = Fechar
find-time-panel-find-days = Encontrar dias
find-time-panel-find-times = Encontrar horas
find-time-panel-choose-network-first = Escolha primeiro a rede.
find-time-panel-choose-at-time-all = Escolha «A uma hora» ou «Todo o dia» para procurar uma data que convenha aos parceiros.
find-time-panel-days-which-no-partner = Dias em que nenhum parceiro tem feriado nem dia de folga.
find-time-panel-times-ranked-how-well = Horas ordenadas por quão bem convêm a cada parceiro: horário de trabalho, fins de semana, feriados e outras reuniões.
find-time-panel-from = De
find-time-panel-yyyy-mm-dd = AAAA-MM-DD
find-time-panel-to = A
find-time-panel-days = Dias
find-time-panel-length = Duração
find-time-panel-working-day = Dia de trabalho
find-time-panel-working-day-starts = Início do dia de trabalho
find-time-panel-working-day-ends = Fim do dia de trabalho
find-time-panel-to-2 = às
find-time-panel-leave-out-weekends = Excluir fins de semana
find-time-panel-looking = A procurar…
find-time-panel-search = Procurar
find-time-panel-times-on-zone-clock = Horas segundo o relógio de { $zone }; é indicada a hora de cada parceiro.
find-time-panel-times-in-utc = Horas em UTC (escolha um anfitrião ou um fuso horário para as ler no seu relógio); é indicada a hora de cada parceiro.
find-time-panel-times-suit-every-partner = { $suit_everyone ->
    [one] { $suit_everyone } de { $candidates } horas convém a todos os parceiros; as { $length } primeiras estão abaixo.
   *[other] { $suit_everyone } de { $candidates } horas convêm a todos os parceiros; as { $length } primeiras estão abaixo.
}
find-time-panel-none-times-suits-every = Nenhuma das { $candidates } horas convém a todos os parceiros; as menos incómodas vêm primeiro.
find-time-panel-suits-everyone = convém a todos
find-time-panel-awkward-for = { $count ->
    [one] incómoda para { $count } parceiro
   *[other] incómoda para { $count } parceiros
}
find-time-panel-use-time = Usar esta hora
find-time-panel-no-run-days-free = Nenhuma sequência de dias está livre para todos os parceiros nesse período.
find-time-panel-day-runs = { $days ->
    [one] Dias sem feriado de nenhum parceiro: { $count }.
   *[other] Períodos de { $days } dias sem feriado de nenhum parceiro: { $count }.
}
find-time-panel-also = também: { $other_meetings }
find-time-panel-use-these-days = Usar estes dias
find-time-panel-days-left-out = Dias excluídos ({ $length })

## components/ImportReport.svelte
import-report-import-report = Relatório de importação
import-report-already-there-left-they = Já existiam e ficaram como estavam: { $existing }.
import-report-check = { $count ->
        [one] { $count } coisa
       *[other] { $count } coisas
    } a verificar
import-report-lines-importer-placed-guessing = — linhas que a importação colocou por adivinhação, ou guardou como notas
import-report-line = Linha { $line }
import-report-lines-to-check = Linhas a verificar
import-report-no-warnings-every-line = Sem avisos: cada linha encontrou o seu lugar.

## components/LocalTimesPanel.svelte
local-times-panel-local-times = Horas locais
local-times-panel-working-out-local-times = A calcular as horas locais…
local-times-panel-network-has-no-partners = Esta rede ainda não tem parceiros.
local-times-panel-within-working-hours-08 = Dentro do horário de trabalho (08:00–19:00) num dia útil para cada parceiro.
local-times-panel-of = { $awkward } de { $length }
local-times-panel-partners-would-meet-outside = parceiros reunir-se-iam fora das 08:00–19:00 ou ao fim de semana.
local-times-panel-partner = Parceiro
local-times-panel-starts-there = Começa lá
local-times-panel-ends-there = Termina lá
local-times-panel-host = anfitrião

## components/MeetingList.svelte
meeting-list-all = { $caption }, { $length } no total
meeting-list-when = Quando
meeting-list-meeting = Reunião
meeting-list-network = Rede
meeting-list-host = Anfitrião
meeting-list-mode = Modalidade
meeting-list-status = Estado

## components/MilestoneForm.svelte
milestone-form-edit = Editar { $title }
milestone-form-add-milestone = Adicionar um marco
milestone-form-title = Título
milestone-form-integrated-action-plan-due = Entrega do Plano de Ação Integrado
milestone-form-kind = Tipo
milestone-form-date-known = A data é conhecida
milestone-form-day = ao dia
milestone-form-only-month = só ao mês
milestone-form-month = Mês
milestone-form-yyyy-mm = AAAA-MM
milestone-form-example-2027-06-june = Por exemplo 2027-06 para junho de 2027.
milestone-form-date = Data
milestone-form-yyyy-mm-dd = AAAA-MM-DD
milestone-form-description = Descrição
milestone-form-done = Feito
milestone-form-saving = A guardar…
milestone-form-save-changes = Guardar as alterações
milestone-form-add-milestone-2 = Adicionar o marco
milestone-form-close-without-saving = Fechar sem guardar

## components/MonthCalendar.svelte
month-calendar-meetings = { $count ->
        [one] { $count } reunião
       *[other] { $count } reuniões
    }
month-calendar-previous-month = Mês anterior
month-calendar-previous = ‹ Anterior
month-calendar-month = Este mês
month-calendar-next-month = Mês seguinte
month-calendar-next = Seguinte ›
month-calendar-today = { $day }, hoje
month-calendar-days-off = Dias de folga: { $lines }
month-calendar-more = +{ $value } mais

## components/Nav.svelte
nav-main = Principal
nav-convene = Convene
nav-search = Pesquisar
nav-ctrl = Ctrl
nav-k = K

## components/PartnerDetails.svelte
partner-details-field-name = Nome
partner-details-field-role = Cargo
partner-details-field-email = E-mail
partner-details-field-phone = Telefone
partner-details-field-organisation = Organização
partner-details-field-group-role = Papel no grupo
partner-details-now = { $value } · { $countryName } · { $time_zone } · agora { $clockIn }
partner-details-now-in-region = { $value } · { $countryName } ({ $region }) · { $time_zone } · agora { $clockIn }
partner-details-edit-partner = Editar o parceiro
partner-details-delete-partner = Eliminar o parceiro
partner-details-close-details = Fechar os detalhes de { $name }
partner-details-close = Fechar
partner-details-population = População: { $population }
partner-details-contacts = Contactos
partner-details-local-group = Grupo local URBACT

## components/PartnerForm.svelte
partner-form-edit = Editar { $name }
partner-form-add-partner = Adicionar um parceiro
partner-form-city-organisation = Cidade ou organização
partner-form-country = País
partner-form-choose = Escolher…
partner-form-role = Papel
partner-form-time-zone = Fuso horário
partner-form-empty-means-country-s = Vazio significa o fuso do país, { $defaultZone }.
partner-form-empty-means-country-s-2 = Vazio significa o fuso do país.
partner-form-region = Região
partner-form-its-public-holidays-count = Os seus feriados contam além dos nacionais.
partner-form-convene-knows-no-regional = O Convene não conhece feriados regionais para este país.
partner-form-none-national-holidays-only = Nenhuma (só feriados nacionais)
partner-form-population = População
partner-form-notes = Notas
partner-form-saving = A guardar…
partner-form-save-changes = Guardar as alterações
partner-form-add-partner-2 = Adicionar o parceiro
partner-form-close-without-saving = Fechar sem guardar

## components/PartnersTable.svelte
partners-table-partners-all = Parceiros, { $length } no total
partners-table-city-partner = Cidade ou parceiro
partners-table-country = País
partners-table-role = Papel
partners-table-time-zone = Fuso horário
partners-table-local-time-now = Hora local
partners-table-people = Pessoas

## components/PeopleEditor.svelte
people-editor-add = { $noun ->
        [contact] Adicionar contacto
       *[member] Adicionar membro
    }
people-editor-none-yet = Nenhum por enquanto.
people-editor-delete = Eliminar { $primary }?
people-editor-delete-2 = Eliminar
people-editor-keep = Manter
people-editor-edit = Editar { $primary }
people-editor-edit-2 = Editar
people-editor-delete-3 = Eliminar { $primary }
people-editor-new = { $noun ->
        [contact] Novo contacto
       *[member] Novo membro
    }
people-editor-edit-3 = { $noun ->
        [contact] Editar contacto
       *[member] Editar membro
    }
people-editor-saving = A guardar…
people-editor-save = Guardar
people-editor-close-without-saving = Fechar sem guardar

## components/PostponeDialog.svelte
postpone-dialog-postpone = Adiar «{ $title }»
postpone-dialog-current-date-stays-record = A data atual fica registada na descrição («Adiada de …»).
postpone-dialog-when-will-take-place = Quando vai ter lugar?
postpone-dialog-new-date-meeting-becomes = Numa nova data (a reunião volta a ser provisória)
postpone-dialog-no-new-date-yet = Ainda sem nova data (os calendários cancelam a data atual)
postpone-dialog-first-day = Primeiro dia
postpone-dialog-new-date = Nova data
postpone-dialog-yyyy-mm-dd = AAAA-MM-DD
postpone-dialog-start-time = Hora de início
postpone-dialog-hh-mm = HH:MM
postpone-dialog-end-time = Hora de fim
postpone-dialog-last-day = Último dia
postpone-dialog-times-clock-meeting-s = Horas segundo o relógio de { $time_zone }, o fuso da reunião.
postpone-dialog-without-last-day-meeting = Sem último dia, a reunião mantém o seu número de dias.
postpone-dialog-go-back = Voltar
postpone-dialog-working = A processar…
postpone-dialog-postpone-2 = Adiar

## components/SearchBox.svelte
search-box-search-networks-partners-meetings = Pesquisar redes, parceiros, reuniões, planos e práticas
search-box-search-networks-partners-meetings-2 = Pesquisar redes, parceiros, reuniões, planos, práticas…
search-box-results = { $length } resultados
search-box-results-2 = Resultados
search-box-nothing-found-try-fewer = Nada encontrado para «{ $searched }». Experimente menos palavras ou palavras mais curtas.

## components/SearchDialog.svelte
search-dialog-search = Pesquisar
search-dialog-choose-enter-open-esc = ↑ ↓ para escolher, Enter para abrir, Esc para fechar.

## components/Timeline.svelte
timeline-timeline = Cronologia de { $network_name }
timeline-today = Hoje
timeline-no-dates-yet-nothing = Ainda sem datas: nada para desenhar.

## components/WorkProgressBar.svelte
work-progress-bar-cancelling = A cancelar…
work-progress-bar-cancel = Cancelar

## components/calendar/AddToCalendarButton.svelte
add-to-calendar-button-saving = A guardar…
add-to-calendar-button-add-calendar = Adicionar ao calendário…

## components/calendar/CalendarResult.svelte
calendar-result-dismiss-message = Fechar esta mensagem

## components/calendar/ExportCalendarButton.svelte
export-calendar-button-export-calendar = Exportar o calendário…
export-calendar-button-export-calendar-2 = Exportar o calendário de { $name }
export-calendar-button-every-dated-meeting-goes = Cada reunião com data vai para um único ficheiro .ics que o Outlook, o Google Calendar, o Thunderbird e o Calendário da Apple abrem. As reuniões ainda sem data ficam de fora.
export-calendar-button-reminder = Lembrete
export-calendar-button-only-meetings-between-optional = Só as reuniões entre (opcional)
export-calendar-button-first-day = Primeiro dia
export-calendar-button-yyyy-mm-dd = AAAA-MM-DD
export-calendar-button-last-day = Último dia
export-calendar-button-cancel = Cancelar
export-calendar-button-saving = A guardar…
export-calendar-button-save = Guardar…

## components/calendar/ImportCalendarButton.svelte
import-calendar-button-importing = A importar…
import-calendar-button-import-calendar = Importar um calendário…

## components/calendar/ImportCalendarDialog.svelte
import-calendar-dialog-calendar-imported = Calendário importado
import-calendar-dialog-import-report = Relatório de importação
import-calendar-dialog-already-saved-recent-file = { $count ->
        [one] { $count } evento já estava guardado, tão recente como no ficheiro ou mais, e ficou como estava.
       *[other] { $count } eventos já estavam guardados, tão recentes como no ficheiro ou mais, e ficaram como estavam.
    }
import-calendar-dialog-skipped = { $count ->
        [one] { $count } evento ignorado
       *[other] { $count } eventos ignorados
    }
import-calendar-dialog-not-imported-fix-calendar = { $count ->
        [one] , não importado; corrija-o no programa de calendário e importe o ficheiro de novo
       *[other] , não importados; corrija-os no programa de calendário e importe o ficheiro de novo
    }
import-calendar-dialog-more = … e mais { $value }.
import-calendar-dialog-check = { $count ->
        [one] { $count } coisa
       *[other] { $count } coisas
    } a verificar
import-calendar-dialog-no-warnings = Sem avisos.
import-calendar-dialog-close = Fechar

## components/calendar/InvitationDialog.svelte
invitation-dialog-email-invitation = Enviar por e-mail um convite para «{ $title }»
invitation-dialog-your-mail-program-opens = O seu programa de correio abre a mensagem pronta a enviar; chega como um convite para aceitar ou recusar.
invitation-dialog-cancellation-note = { $status ->
    [cancelled] A reunião está cancelada: a mensagem será um cancelamento, que a retira dos calendários de quem a aceitou.
   *[postponed] A reunião está adiada: a mensagem será um cancelamento, que a retira dos calendários de quem a aceitou.
}
invitation-dialog-from-your-e-mail = De (o seu endereço de e-mail)
invitation-dialog-answers-come-back-remembered = As respostas voltam para ele. Fica memorizado neste computador.
invitation-dialog-to = Para ({ $count ->
        [one] { $count } pessoa
       *[other] { $count } pessoas
    })
invitation-dialog-finding-partners-contacts = A procurar os contactos dos parceiros…
invitation-dialog-no-contact-partners-meeting = Nenhum contacto dos parceiros a que esta reunião diz respeito tem endereço de e-mail. Adicione endereços abaixo, ou adicione-os aos contactos dos parceiros.
invitation-dialog-choose-all = Escolher todos
invitation-dialog-choose-none = Não escolher nenhum
invitation-dialog-other-addresses = Outros endereços
invitation-dialog-separate-them-commas-new = Separe-os com vírgulas ou mudanças de linha.
invitation-dialog-cancel = Cancelar
invitation-dialog-writing = A redigir…
invitation-dialog-write-cancellation = Redigir o cancelamento
invitation-dialog-write-invitation = Redigir o convite

## components/calendar/MeetingCalendarBar.svelte
meeting-calendar-bar-calendars-invitations = Calendários e convites
meeting-calendar-bar-calendars = Calendários:
meeting-calendar-bar-email-invitation = Convite por e-mail…
meeting-calendar-bar-give-meeting-date-add = Dê uma data à reunião para a adicionar aos calendários e convidar pessoas.

## components/plan/ActionDetails.svelte
action-details-action = Ação: { $title }
action-details-title = Título
action-details-objective = Objetivo
action-details-lead = Organização responsável
action-details-partners = Organizações parceiras
action-details-start-month = Mês de início (AAAA-MM)
action-details-end-month = Mês de fim (AAAA-MM)
action-details-estimated-cost = Custo estimado (€)
action-details-status = Estado
action-details-pilot-small-scale-test = Uma ação-piloto (teste em pequena escala)
action-details-description = Descrição
action-details-funding = Financiamento
action-details-no-funding-found-yet = Ainda não foi encontrado financiamento.
action-details-source = Fonte
action-details-amount = Montante (€)
action-details-remove-funding-line = Remover a linha de financiamento { $value }
action-details-remove = Remover
action-details-add-funding-line = Adicionar uma linha de financiamento
action-details-indicators-action-feeds = Indicadores para que esta ação contribui
action-details-saving = A guardar…
action-details-save-action = Guardar a ação
action-details-cancel = Cancelar
action-details-delete-action = Eliminar esta ação?
action-details-delete = Eliminar
action-details-keep = Mantê-la
action-details-delete-action-2 = Eliminar a ação…

## components/plan/ActionTable.svelte
action-table-no-actions-yet-add = Ainda não há ações. Adicione a primeira: o título, depois os meses, o custo e o financiamento.
action-table-tab-arrows-move-between = Tab e as setas passam de uma célula para outra; Enter edita e guarda uma célula; Esc cancela; Alt+↑/↓ move uma ação.
action-table-actions-plan-all = Ações do plano, { $length } no total
action-table-of = { $label } de { $title }
action-table-yyyy-mm-yyyy-mm = AAAA-MM – AAAA-MM
action-table-pilot = Piloto
action-table-adding = A adicionar…
action-table-add-action = Adicionar uma ação

## components/plan/BudgetSummary.svelte
budget-summary-total-cost = Custo total
budget-summary-funding-found = Financiamento encontrado
budget-summary-funding-above-cost = Financiamento acima do custo
budget-summary-funding-gap = Financiamento em falta
budget-summary-not-counted = { $count ->
        [one] { $count } ação ainda não tem custo estimado e não é contada.
       *[other] { $count } ações ainda não têm custo estimado e não são contadas.
    }
budget-summary-actions-per-year = Ações por ano
budget-summary-no-action-has-months = Nenhuma ação tem ainda meses.
budget-summary-year = Ano
budget-summary-actions-running = Ações em curso
budget-summary-nothing-yet = Nada por enquanto.
budget-summary-euros = Euros
budget-summary-share = Parte
budget-summary-no-objective = Sem objetivo

## components/plan/Comments.svelte
comments-comments = Comentários sobre «{ $sectionTitle }»
comments-open = ({ $length } abertos)
comments-no-open-comments-section = Não há comentários abertos nesta secção.
comments-mark-comment-resolved = Marcar como resolvido o comentário de { $author }
comments-resolve = Resolver
comments-add-comment = Adicionar um comentário
comments-adding = A adicionar…
comments-add-comment-2 = Adicionar o comentário

## components/plan/ConflictResolver.svelte
conflict-resolver-both-copies-changed-since = As duas cópias alteraram isto desde a última versão que partilhou.
conflict-resolver-ours-kept-plan-now = A nossa (fica no plano por agora)
conflict-resolver-we-removed = Nós removemo-lo.
conflict-resolver-theirs = A deles
conflict-resolver-they-removed = Eles removeram-no.
conflict-resolver-merged-text = Texto combinado
conflict-resolver-keep-ours = Manter a nossa
conflict-resolver-take-theirs = Ficar com a deles
conflict-resolver-save-merged-text = Guardar o texto combinado

## components/plan/DiffView.svelte
diff-view-changes = Alterações em { $title }

## components/plan/ExportSendBar.svelte
export-send-bar-export = Exportar como
export-send-bar-exporting = A exportar…
export-send-bar-export-2 = Exportar…
export-send-bar-saving = A guardar…
export-send-bar-send-partner = Enviar a um parceiro…
export-send-bar-reading = A ler…
export-send-bar-receive-plan-file = Receber um ficheiro de plano…

## components/plan/GanttChart.svelte
gantt-chart-actions-scheduled = { $caption }: { $length } de { $length2 } ações calendarizadas.
gantt-chart-show-chart = Mostrar como gráfico
gantt-chart-show-table = Mostrar como tabela
gantt-chart-no-actions-yet-add = Ainda não há ações: adicione ações com mês de início e de fim para as ver aqui.
gantt-chart-pilot-action = Ação-piloto
gantt-chart-action = Ação
gantt-chart-starts = Início
gantt-chart-ends = Fim
gantt-chart-months = Meses
gantt-chart-pilot = Piloto
gantt-chart-yes = Sim
gantt-chart-no = Não
gantt-chart-not-timeline = Fora da cronologia:

## components/plan/History.svelte
history-compare-version-newest = Comparar a versão { $number } com a mais recente
history-compare = Comparar
history-restore = Restaurar…
history-version = Versão { $number }
history-versions = Versões ({ $length })
history-saves = { $length } gravações · { $author } · { $runPeriod }
history-versions-2 = Versões { $number }–{ $number2 }
history-version-option = Versão { $number } ({ $kind ->
        [created] criada
        [edit] editada
        [restore] restaurada
        [received] recebida
        [merge] combinada
       *[resolve] conflito resolvido
    }, { $instant })
history-show-saves = Mostrar as { $count } gravações
history-hide-saves = Ocultar as { $count } gravações
history-saves-3 = As { $length } gravações de { $message }
history-changes = Alterações
history-only-one-version-so = Só uma versão por enquanto: as alterações aparecem aqui depois da próxima gravação.
history-from = De
history-to = Para
history-these-two-versions-say = Estas duas versões dizem o mesmo.
history-sections-were-put-another = As secções foram postas noutra ordem.
history-was = { $title } (antes { $old_title })
history-actions-indicators-risks = Ações, indicadores e riscos
history-comparing = A comparar…
history-restore-version = Restaurar a versão { $number }?
history-plan-will-say-again = O plano voltará a dizer o que dizia na versão { $number }. Isto é guardado como uma nova versão: o texto atual fica no histórico e pode, por sua vez, ser restaurado.
history-restore-version-2 = Restaurar a versão { $number }
history-keep-current-text = Manter o texto atual

## components/plan/IndicatorTable.svelte
indicator-table-no-indicators-yet-indicators = Ainda não há indicadores. Os indicadores dizem como serão medidos os resultados do plano.
indicator-table-indicators = Indicadores
indicator-table-indicator = Indicador
indicator-table-kind = Tipo
indicator-table-baseline = Valor de partida
indicator-table-target = Meta
indicator-table-by = Até
indicator-table-verification = Verificação
indicator-table-actions = Ações
indicator-table-edit = Editar
indicator-table-edit-2 = Editar { $name }
indicator-table-add-indicator = Adicionar um indicador
indicator-table-edit-indicator = Editar o indicador
indicator-table-new-indicator = Novo indicador
indicator-table-name = Nome
indicator-table-unit = Unidade
indicator-table-target-month-yyyy-mm = Mês da meta (AAAA-MM)
indicator-table-means-verification = Fonte de verificação
indicator-table-save-indicator = Guardar o indicador
indicator-table-cancel = Cancelar
indicator-table-delete-indicator = Eliminar o indicador

## components/plan/MarkdownEditor.svelte
markdown-editor-text = Texto de «{ $title }»
markdown-editor-markdown = (Markdown)
markdown-editor-hide-preview = Ocultar a pré-visualização
markdown-editor-show-preview = Mostrar a pré-visualização
markdown-editor-preview = Pré-visualização
markdown-editor-nothing-written-yet = Nada escrito ainda.
markdown-editor-preview-2 = Pré-visualização de { $title }

## components/plan/NewPlanDialog.svelte
new-plan-dialog-new-action-plan = Novo plano de ação
new-plan-dialog-city = Cidade
new-plan-dialog-no-partner-city = Nenhuma cidade parceira
new-plan-dialog-partner-has-plan = { $name } (tem um plano)
new-plan-dialog-title = Título
new-plan-dialog-creating = A criar…
new-plan-dialog-create-plan = Criar o plano
new-plan-dialog-cancel = Cancelar

## components/plan/RiskTable.svelte
risk-table-no-risks-recorded-yet = Ainda não há riscos registados.
risk-table-risks-highest-score-first = Riscos, primeiro a pontuação mais alta
risk-table-risk = Risco
risk-table-likelihood = Probabilidade
risk-table-impact = Impacto
risk-table-score = Pontuação
risk-table-mitigation = Mitigação
risk-table-owner = Responsável
risk-table-edit = Editar
risk-table-edit-risk = Editar o risco: { $description }
risk-table-add-risk = Adicionar um risco
risk-table-edit-risk-2 = Editar o risco
risk-table-new-risk = Novo risco
risk-table-what-could-go-wrong = O que pode correr mal
risk-table-save-risk = Guardar o risco
risk-table-cancel = Cancelar
risk-table-delete-risk = Eliminar o risco

## components/plan/SectionOutline.svelte
section-outline-plan-outline = Estrutura do plano
section-outline-sections = Secções
section-outline-alt-up-alt-down = Alt+Cima e Alt+Baixo movem uma secção.
section-outline-nothing-written-yet = Nada escrito ainda
section-outline-empty = vazia
section-outline-open-comment-count = { $count ->
    [one] { $count } comentário aberto
   *[other] { $count } comentários abertos
}
section-outline-title-new-section = Título da nova secção
section-outline-add = Adicionar
section-outline-cancel = Cancelar
section-outline-add-section = + Adicionar uma secção
section-outline-plan = Plano

## components/plan/StatusControl.svelte
status-control-status = Estado:
status-control-on = em { $date }
status-control-date-council-adopted-plan = Data em que a câmara municipal aprovou o plano
status-control-record-adoption = Registar a aprovação
status-control-cancel = Cancelar
status-control-status-history = Histórico do estado ({ $length })
status-control-adopted = (aprovado em { $date })

## components/poll/PollForm.svelte
poll-form-start-poll = Iniciar uma sondagem
poll-form-meeting-title = Título da reunião
poll-form-transnational-meeting-3 = Reunião transnacional 3
poll-form-kind = Tipo
poll-form-host = Anfitrião
poll-form-no-host = Sem anfitrião
poll-form-dates-offered-one-line = Datas propostas, uma por linha
poll-form-time-clock-zone-below = Uma hora segundo o relógio do fuso abaixo (o do anfitrião se estiver vazio); uma data sozinha é um dia inteiro, o mesmo em todo o lado.
poll-form-time-zone = Fuso horário
poll-form-europe-riga = Europe/Riga
poll-form-answer = Responder até
poll-form-yyyy-mm-dd = AAAA-MM-DD
poll-form-starting = A iniciar…
poll-form-start-poll-2 = Iniciar a sondagem
poll-form-close-without-saving = Fechar sem guardar

## components/poll/PollsSection.svelte
polls-section-polls = Sondagens
polls-section-new-poll = Nova sondagem
polls-section-no-polls-yet-poll = Ainda não há sondagens. Uma sondagem pergunta aos parceiros que datas lhes convêm, e a data escolhida torna-se uma reunião.
polls-section-list-dates = { $count ->
    [one] { $count } data
   *[other] { $count } datas
}
polls-section-list-dates-deadline = { $count ->
    [one] { $count } data, resposta até { $deadline }
   *[other] { $count } datas, resposta até { $deadline }
}
polls-section-closed = Fechada
polls-section-open = Aberta
polls-section-reading = A ler…
polls-section-add-reply-files = Adicionar ficheiros de resposta…
polls-section-hosted = Anfitrião: { $host_name }
polls-section-no-host = Sem anfitrião
polls-section-answer-by = resposta até { $deadline }
polls-section-invitations-written-to = { $count ->
    [one] convites escritos para { $count } endereço
   *[other] convites escritos para { $count } endereços
}
polls-section-closed-became-meeting = Fechada: a data escolhida tornou-se uma reunião. A sondagem fica como estava.
polls-section-open-meeting = Abrir a reunião
polls-section-drop-partners-reply-e = Largue na janela os e-mails de resposta dos parceiros (.eml) ou os ficheiros de calendário (.ics), ou adicione-os com o botão. Ou escolha uma resposta numa célula.
polls-section-your-e-mail-address = O seu endereço de e-mail
polls-section-coordinator-network-eu = coordenacao@rede.eu
polls-section-writing = A redigir…
polls-section-write-invitations = Redigir os convites
polls-section-wrote-messages = { $count ->
    [one] Escrita { $count } mensagem em { $folder }: abra-a no seu programa de correio e envie-a.
   *[other] Escritas { $count } mensagens em { $folder }: abra cada uma no seu programa de correio e envie-a.
}
polls-section-wrote-messages-folder-open = { $count ->
    [one] Escrita { $count } mensagem em { $folder }, agora aberta: abra-a no seu programa de correio e envie-a.
   *[other] Escritas { $count } mensagens em { $folder }, agora aberta: abra cada uma no seu programa de correio e envie-a.
}
polls-section-one-e-mail-per = Um e-mail por contacto de cada parceiro: cada data como uma reserva provisória que o parceiro aceita ou recusa no seu calendário, e uma grelha de respostas para preencher à mão.
polls-section-dismiss = Fechar
polls-section-answers-partners-dates-each = Respostas a { $title }: parceiros por datas, cada data segundo o relógio do parceiro
polls-section-partner = Parceiro
polls-section-date-2 = Data { $number }
polls-section-yes-if-need-no = { $yes } sim · { $maybe } se for preciso · { $no } não
polls-section-choose-date = Escolher esta data
polls-section-date-3 = { $name }, data { $number }
polls-section-no-answer = Sem resposta
polls-section-not-answered-yet = Ainda não responderam: { $not_answered }.
polls-section-choose-date-2 = Escolher a data { $number }?
polls-section-will-created-confirmed-meeting = { $title } será criada como reunião confirmada em { $when }, e a sondagem fechada: deixará de poder ser respondida.
polls-section-create-meeting = Criar a reunião
polls-section-dropped-no-poll = { $count ->
    [one] Foi largado um ficheiro, mas não está escolhida nenhuma sondagem aberta: escolha primeiro uma sondagem e depois largue as respostas.
   *[other] Foram largados { $count } ficheiros, mas não está escolhida nenhuma sondagem aberta: escolha primeiro uma sondagem e depois largue as respostas.
}

## screens/FirstRun.svelte
first-run-welcome-convene = Bem-vindo ao Convene
first-run-convene-helps-coordinators-partners = O Convene ajuda coordenadores e parceiros de redes transnacionais de cidades — redes URBACT e projetos europeus semelhantes — a manter o seu trabalho num só lugar.
first-run-networks-partner-cities = Redes e cidades parceiras
first-run-point-networks = { $term }, com os seus contactos e grupos locais.
first-run-meetings-across-time-zones = Reuniões entre fusos horários
first-run-point-meetings = { $term }: a hora local de cada parceiro num relance, ordens de trabalhos e participação.
first-run-everything-stays-on-computer = Tudo fica neste computador, num único ficheiro de base de dados.
first-run-everything-stays-in-file = Tudo fica neste computador, num único ficheiro de base de dados: { $path }.
first-run-timelines = Cronologias
first-run-meetings-milestones-what-needs = das reuniões e dos marcos, e o que precisa da sua atenção a seguir.
first-run-action-plans-good-practices = Planos de ação e boas práticas
first-run-cities-share-transfer = que as cidades partilham e transferem.
first-run-example-networks-loaded = As redes de exemplo estão carregadas
first-run-open-convene = Abrir o Convene
first-run-see-networks = Ver as redes
first-run-how-would-you-like = Como quer começar?
first-run-loading-examples = A carregar os exemplos…
first-run-load-example-networks = Carregar as redes de exemplo
first-run-four-urbact-networks-techtown = Quatro redes URBACT (TechTown, Find your Greatness, DigiPlace, IoTXchange) e três boas práticas, lidas das suas páginas públicas. Verá o que a importação não conseguiu colocar.
first-run-start-empty = Começar vazio
first-run-begin-no-data-add = Começar sem dados e adicionar a sua própria rede.

## screens/Home.svelte
home-home = Início
home-what-coming-up-across = O que se aproxima nas suas redes.
home-new-meeting = Nova reunião
home-loading = A carregar…
home-next-meetings = Próximas reuniões
home-no-meetings-ahead = Não há reuniões pela frente.
home-plan-one = Marcar uma
home-hosted = Anfitrião: { $host_name }
home-no-host-yet = Ainda sem anfitrião
home-needs-attention = Requer atenção
home-nothing-needs-attention = Nada requer atenção.
home-attention-show-all = Mostrar a lista completa (mais { $count })
home-checking-travel = A verificar viagens e feriados das próximas reuniões…
home-travel-check-failed = Não foi possível verificar viagens e feriados das próximas reuniões: { $error }
home-timeline-failed = Não foi possível carregar esta cronologia: { $error } Abra a página da rede para ver as suas reuniões.
home-timelines = Cronologias
home-no-networks-yet = Ainda não há redes.
home-add-network = Adicionar uma rede
home-project-months = De { $start } a { $end }
home-project-dates-not-set = Datas do projeto por definir
home-dated-items-not-drawn = { $count ->
    [one] Mais { $count } elemento datado não está desenhado; veja as reuniões da rede.
   *[other] Mais { $count } elementos datados não estão desenhados; veja as reuniões da rede.
}
home-not-dated-yet = Ainda sem data
home-more = e mais { $omitted_undated }.
home-meeting = reunião
home-tentative = provisória
home-milestone = marco
home-today = hoje

## screens/MeetingEdit.svelte
meeting-edit-new-meeting = Nova reunião
meeting-edit-edit = Editar «{ $originalTitle }»
meeting-edit-fields-marked-required-times = Os campos marcados com * são obrigatórios. As horas escrevem-se HH:MM no formato de 24 horas.
meeting-edit-loading = A carregar…
meeting-edit-network = Rede
meeting-edit-choose = Escolher…
meeting-edit-title = Título
meeting-edit-kind = Tipo
meeting-edit-host = Anfitrião
meeting-edit-no-host-yet = Ainda sem anfitrião
meeting-edit-status = Estado
meeting-edit-when = Quando
meeting-edit-kind-date = Tipo de data
meeting-edit-at-time = A uma hora
meeting-edit-all-day = Todo o dia
meeting-edit-not-dated-yet = Ainda sem data
meeting-edit-start-date = Data de início *
meeting-edit-yyyy-mm-dd = AAAA-MM-DD
meeting-edit-start-time = Hora de início *
meeting-edit-hh-mm = HH:MM
meeting-edit-end-date = Data de fim
meeting-edit-same-day = mesmo dia
meeting-edit-end-time = Hora de fim *
meeting-edit-leave-end-date-empty = Deixe a data de fim vazia para uma reunião de um só dia.
meeting-edit-time-zone-these-times = Fuso horário destas horas
meeting-edit-europe-riga = Europe/Riga
meeting-edit-host-s-zone-unless = O fuso do anfitrião, a menos que escolha outro.
meeting-edit-iana-zone-such-europe = Um fuso IANA como Europe/Riga; escolher um anfitrião preenche-o.
meeting-edit-first-day = Primeiro dia
meeting-edit-last-day = Último dia
meeting-edit-year-if-known = Ano, se for conhecido
meeting-edit-month-if-known = Mês, se for conhecido
meeting-edit-not-known = Desconhecido
meeting-edit-when-words = Quando, por palavras
meeting-edit-after-summer-limerick = Depois do verão, em Limerick
meeting-edit-worth-second-look = Vale a pena rever:
meeting-edit-mode = Modalidade
meeting-edit-online-link = Ligação online
meeting-edit-https = https://
meeting-edit-only-needed-online-hybrid = Só é necessária para reuniões online ou híbridas.
meeting-edit-venue = Local
meeting-edit-description = Descrição
meeting-edit-saving = A guardar…
meeting-edit-add-meeting = Adicionar a reunião
meeting-edit-save-changes = Guardar as alterações
meeting-edit-back-without-saving = Voltar sem guardar

## screens/MeetingPage.svelte
meeting-page-back-meetings = Voltar às reuniões
meeting-page-loading = A carregar…
meeting-page-network = Rede
meeting-page-meetings = Reuniões
meeting-page-edit = Editar
meeting-page-delete = Eliminar
meeting-page-status = Estado
meeting-page-change-status = Mudar o estado:
meeting-page-postpone = Adiar
meeting-page-status-changed = { $step ->
    [confirmed] «{ $title }» está confirmada.
    [cancelled] «{ $title }» está cancelada.
    [held] «{ $title }» está marcada como realizada.
    [postponed-to-date] «{ $title }» está adiada para a nova data (provisória até ser confirmada).
   *[postponed] «{ $title }» está adiada sem nova data.
}
meeting-page-details = Detalhes
meeting-page-host = Anfitrião
meeting-page-no-host-yet = Ainda sem anfitrião
meeting-page-mode = Modalidade
meeting-page-venue = Local
meeting-page-online-link = Ligação online
meeting-page-calendar-revision = Revisão do calendário
meeting-page-grows-every-change-calendars = Aumenta a cada alteração que os calendários precisam de conhecer
meeting-page-delete-2 = Eliminar «{ $title }»?
meeting-page-meeting-its-agenda-its = A reunião, a sua ordem de trabalhos e a sua participação serão eliminadas. Para registar que não vai ter lugar, cancele-a em vez disso.
meeting-page-delete-meeting = Eliminar a reunião

## screens/Meetings.svelte
meetings-meetings = Reuniões
meetings-all-networks = Todas as redes
meetings-view = Vista
meetings-list = Lista
meetings-calendar = Calendário
meetings-new-meeting = Nova reunião
meetings-network = Rede
meetings-period = Período
meetings-upcoming-not-dated = Próximas e sem data
meetings-past = Passadas
meetings-all = Todas
meetings-status = Estado
meetings-any = Qualquer
meetings-not-cancelled = Não canceladas
meetings-words-title-host-venue = Palavras do título, anfitrião, local ou rede
meetings-loading = A carregar…
meetings-meetings-2 = { $length } de { $length2 } reuniões
meetings-no-meeting-matches = Nenhuma reunião corresponde.

## screens/NetworkEdit.svelte
network-edit-new-network = Nova rede
network-edit-edit = Editar { $original }
network-edit-fields-marked-required = Os campos marcados com * são obrigatórios.
network-edit-name = Nome
network-edit-short-name = Nome curto
network-edit-used-file-names-command = Usado em nomes de ficheiros e na linha de comandos; formado a partir do nome se estiver vazio.
network-edit-kind-network = Tipo de rede
network-edit-programme = Programa
network-edit-start-date = Data de início
network-edit-yyyy-mm-dd = AAAA-MM-DD
network-edit-end-date = Data de fim
network-edit-contact-e-mail = E-mail de contacto
network-edit-name-example-org = nome@exemplo.org
network-edit-website = Sítio web
network-edit-https = https://
network-edit-lead-partner = Parceiro líder
network-edit-not-chosen = Não escolhido
network-edit-tagline = Lema
network-edit-description = Descrição
network-edit-phases = Fases
network-edit-no-phases-urbact-networks = Sem fases. As redes URBACT costumam ter duas.
network-edit-phase-name = Nome da fase { $value }
network-edit-starts = Início
network-edit-ends = Fim
network-edit-remove-phase = Remover a fase { $value }
network-edit-remove = Remover
network-edit-add-phase = Adicionar uma fase
network-edit-saving = A guardar…
network-edit-add-network = Adicionar a rede
network-edit-save-changes = Guardar as alterações
network-edit-back-without-saving = Voltar sem guardar
network-edit-loading = A carregar…

## screens/NetworkPage.svelte
network-page-back-networks = Voltar às redes
network-page-loading = A carregar…
network-page-networks = Redes
network-page-new-meeting = Nova reunião
network-page-edit-network = Editar a rede
network-page-delete-network = Eliminar a rede
network-page-about-network = Sobre a rede
network-page-kind = Tipo
network-page-programme = Programa
network-page-runs = Duração
network-page-lead-partner = Parceiro líder
network-page-contact = Contacto
network-page-website = Sítio web
network-page-dates-not-set = Datas por definir
network-page-sections-page = Secções desta página
network-page-partners = Parceiros ({ $length })
network-page-meetings = Reuniões ({ $length })
network-page-polls = Sondagens
network-page-milestones = Marcos ({ $length })
network-page-holidays-days-off = Feriados e dias de folga
network-page-action-plans = Planos de ação ({ $length })
network-page-import-notes = Notas de importação ({ $length })
network-page-partners-2 = Parceiros
network-page-add-partner = Adicionar um parceiro
network-page-no-partners-yet = Ainda não há parceiros.
network-page-choose-partner-see-edit = Escolha um parceiro para ver e editar os seus contactos e o seu grupo local.
network-page-meetings-2 = Reuniões
network-page-calendar = Calendário
network-page-no-meetings-yet = Ainda não há reuniões.
network-page-meetings-3 = Reuniões de { $name }
network-page-timeline-milestones = Cronologia e marcos
network-page-add-milestone = Adicionar um marco
network-page-no-milestones-yet-add = Ainda não há marcos. Adicione as etapas que não são reuniões: fins de fase, prazos, produtos.
network-page-milestones-2 = Marcos de { $name }
network-page-done = Feito
network-page-edit = Editar { $title }
network-page-edit-2 = Editar
network-page-delete = Eliminar { $title }
network-page-delete-2 = Eliminar
network-page-action-plans-2 = Planos de ação
network-page-new-plan = Novo plano
network-page-no-action-plans-yet = Ainda não há planos de ação.
network-page-action-plans-status-last = Planos de ação de { $name }: estado e última alteração
network-page-plan = Plano
network-page-city = Cidade
network-page-status = Estado
network-page-last-change = Última alteração
network-page-comments = Comentários
network-page-version = { $last_change_by }, versão { $revision_number }
network-page-settle = { $open_conflicts } por resolver
network-page-import-notes-2 = Notas de importação
network-page-lines-imported-pages-could = As linhas das páginas importadas que não puderam ser colocadas, guardadas palavra por palavra.
network-page-none = Nenhuma.
network-page-line = Linha { $line }
network-page-delete-3 = Eliminar { $name }?
network-page-milestone-will-deleted-from = O marco { $name } será eliminado da cronologia.
network-page-deleting-also-affects = Eliminar { $name } afeta também:
network-page-nothing-else-depends-will = Nada mais depende de { $name }. Será eliminado.
network-page-delete-network-2 = Eliminar a rede
network-page-delete-milestone = Eliminar o marco
network-page-delete-partner = Eliminar o parceiro

## screens/Networks.svelte
networks-networks = Redes
networks-city-networks-you-coordinate = As redes de cidades que coordena ou em que participa.
networks-new-network = Nova rede
networks-loading = A carregar…
networks-no-networks-yet = Ainda não há redes.
networks-add-your-first-network = Adicione a sua primeira rede
networks-filter-networks = Filtrar redes
networks-name-tagline = Nome ou lema
networks-partner-count = { $count ->
    [one] { $count } parceiro
   *[other] { $count } parceiros
}
networks-meeting-count = { $count ->
    [one] { $count } reunião
   *[other] { $count } reuniões
}
networks-lead = Parceiro líder: { $lead_partner }
networks-edit = Editar { $name }
networks-edit-2 = Editar
networks-delete = Eliminar { $name }
networks-delete-2 = Eliminar
networks-no-network-matches = Nenhuma rede corresponde a «{ $filter }».
networks-delete-3 = Eliminar { $name }?
networks-deleting-also-deletes-everything = Eliminar { $name } elimina também tudo o que lhe pertence:
networks-has-nothing-else-will = { $name } não contém mais nada. Será eliminada.
networks-delete-network = Eliminar a rede

## screens/PlanPage.svelte
plan-page-back-networks = Voltar às redes
plan-page-loading = A carregar…
plan-page-networks = Redes
plan-page-no-partner-city = Nenhuma cidade parceira
plan-page-version = { $value } · versão { $number }, { $author }, { $instant }
plan-page-partner-changed-parts = { $count ->
    [one] A cópia de um parceiro alterou uma parte que também alterou.
   *[other] A cópia de um parceiro alterou { $count } partes que também alterou.
}
plan-page-export-exchange = Exportar e trocar
plan-page-choose-which-text-keep = Escolher que texto manter
plan-page-rename = Mudar o nome…
plan-page-remove = Remover…
plan-page-new-title = Novo título
plan-page-rename-2 = Mudar o nome
plan-page-cancel = Cancelar
plan-page-comments = Comentários
plan-page-actions = Ações
plan-page-budget = Orçamento
plan-page-timeline = Cronologia
plan-page-timeline-actions = Cronologia das ações de { $title }
plan-page-indicators = Indicadores
plan-page-risks = Riscos
plan-page-history = Histórico
plan-page-conflicts-settle = Conflitos por resolver
plan-page-nothing-settle = Nada por resolver.
plan-page-remove-2 = Remover «{ $title }»?
plan-page-section-leaves-plan-its = A secção sai do plano. O seu texto fica no histórico e volta se uma versão anterior for restaurada.
plan-page-remove-section = Remover a secção
plan-page-keep = Mantê-la

## screens/PracticeEdit.svelte
practice-edit-good-practices = Boas práticas
practice-edit-new-good-practice = Nova boa prática
practice-edit-edit = Editar { $original }
practice-edit-fields-marked-required = Os campos marcados com * são obrigatórios.
practice-edit-back-good-practices = Voltar às boas práticas
practice-edit-title = Título
practice-edit-tagline = Lema
practice-edit-one-sentence-says-what = Uma frase que diga o que a prática faz.
practice-edit-city = Cidade
practice-edit-country = País
practice-edit-not-given = Não indicado
practice-edit-written = Redigida por
practice-edit-author-s-role = Cargo do autor
practice-edit-project-officer-city-ga = Técnica de projetos, Município de Gävle
practice-edit-key-figure = Número-chave
practice-edit-figure-practice-puts-forward = Um número que a prática destaca, como a população da cidade.
practice-edit-transfer-practice-networks-take = Uma prática de transferência (as redes adotam-na nas suas cidades)
practice-edit-networks-transfer = Redes que a transferem
practice-edit-no-networks-yet = Ainda não há redes.
practice-edit-sections = Secções
practice-edit-no-sections-yet-urbact = Ainda não há secções. As páginas URBACT costumam ter algumas: o problema, a solução, os resultados.
practice-edit-section-heading = Título da secção { $value }
practice-edit-section-text = Texto da secção { $value }
practice-edit-move-section-up = Subir a secção { $value }
practice-edit-move-up = Subir
practice-edit-move-section-down = Descer a secção { $value }
practice-edit-move-down = Descer
practice-edit-remove-section = Remover a secção { $value }
practice-edit-remove = Remover
practice-edit-add-section = Adicionar uma secção
practice-edit-saving = A guardar…
practice-edit-add-practice = Adicionar a prática
practice-edit-save-changes = Guardar as alterações
practice-edit-back-without-saving = Voltar sem guardar
practice-edit-loading = A carregar…

## screens/PracticePage.svelte
practice-page-back-good-practices = Voltar às boas práticas
practice-page-loading = A carregar…
practice-page-good-practices = Boas práticas
practice-page-edit-practice = Editar a prática
practice-page-delete-practice = Eliminar a prática
practice-page-city = Cidade
practice-page-key-figure = Número-chave
practice-page-written = Redigida por
practice-page-transferred = Transferida por
practice-page-no-network-yet = Ainda nenhuma rede
practice-page-practice-has-no-written = Esta prática ainda não tem secções redigidas.
practice-page-delete = Eliminar { $title }?
practice-page-delete-practice-2 = Eliminar a prática

## screens/Practices.svelte
practices-good-practices = Boas práticas
practices-solutions-worked-one-city = Soluções que funcionaram numa cidade, descritas para que outras as possam adotar.
practices-add-practice = Adicionar uma prática
practices-loading = A carregar…
practices-no-good-practices-yet = Ainda não há boas práticas. Adicione uma, ou importe páginas URBACT (Definições › Importar páginas).
practices-city-not-given = Cidade não indicada
practices-transfer = Transferência

## screens/SearchPage.svelte
search-page-search = Pesquisa
search-page-networks-partners-meetings-action = Redes, parceiros, reuniões, planos de ação e boas práticas. Os acentos não contam: «Gavle» encontra Gävle. Prima Ctrl+K em qualquer lado para pesquisar.

## Labels of the core's closed sets
label-meeting-kind-kick-off = Arranque
label-meeting-kind-transnational = Reunião transnacional
label-meeting-kind-city-visit = Visita à cidade
label-meeting-kind-final-event = Evento final
label-meeting-kind-local-group = Grupo local URBACT
label-meeting-kind-online-touch-base = Ponto de situação online
label-meeting-kind-phase-review = Revisão de fase
label-meeting-kind-other = Outra
label-poll-answer-yes = Sim
label-poll-answer-maybe = Se for preciso
label-poll-answer-no = Não
label-meeting-mode-in-person = Presencial
label-meeting-mode-online = Online
label-meeting-mode-hybrid = Híbrida
label-meeting-status-tentative = Provisória
label-meeting-status-confirmed = Confirmada
label-meeting-status-held = Realizada
label-meeting-status-postponed = Adiada
label-meeting-status-cancelled = Cancelada
label-attendance-invited = Convidado
label-attendance-accepted = Aceitou
label-attendance-declined = Recusou
label-attendance-tentative = Talvez
label-attendance-attended = Esteve presente
label-network-kind-action-planning = Planeamento de ações
label-network-kind-transfer = Transferência
label-network-kind-innovation-transfer = Transferência de inovação
label-network-kind-implementation = Implementação
label-network-kind-other = Outra
label-partner-role-lead-partner = Parceiro líder
label-partner-role-partner = Parceiro
label-partner-role-good-practice-city = Cidade de boa prática
label-partner-role-transfer-city = Cidade de transferência
label-partner-role-associated = Associado
label-plan-status-draft = Rascunho
label-plan-status-in-review = Em revisão
label-plan-status-final = Final
label-plan-status-adopted = Aprovado
label-funding-source-city = Orçamento municipal
label-funding-source-erdf = FEDER
label-funding-source-esf-plus = FSE+
label-funding-source-national = Nacional
label-funding-source-regional = Regional
label-funding-source-private = Privado
label-funding-source-other = Outra
label-action-status-idea = Ideia
label-action-status-planned = Prevista
label-action-status-ongoing = Em curso
label-action-status-done = Concluída
label-action-status-dropped = Abandonada
label-indicator-kind-output = Realização
label-indicator-kind-result = Resultado
label-revision-kind-created = Criado
label-revision-kind-edit = Editado
label-revision-kind-restore = Restaurado
label-revision-kind-received = Recebido
label-revision-kind-merge = Combinado
label-revision-kind-resolve = Conflito resolvido
label-milestone-kind-phase = Início ou fim de fase
label-milestone-kind-deadline = Prazo
label-milestone-kind-deliverable = Produto
label-milestone-kind-decision = Decisão
label-milestone-kind-event = Evento
label-milestone-kind-other = Outro
label-hit-kind-network = Rede
label-hit-kind-partner = Parceiro
label-hit-kind-meeting = Reunião
label-hit-kind-plan = Plano de ação
label-hit-kind-practice = Boa prática
label-day-off-source-national = Feriado nacional
label-day-off-source-regional = Feriado regional
label-day-off-source-local = Folga local

## Messages written by the scripts
settings-plan-versions-comments-will = As versões dos planos e os comentários serão assinados «{ $name }».
settings-backup-saved = Cópia guardada em { $path }.
settings-everything-was-exported = Tudo foi exportado para { $path }.
settings-restored-from-data-you = Restaurado a partir de { $from }. Os dados que tinha antes foram guardados numa cópia ao lado da base de dados.
settings-backup-restored = Cópia restaurada.
network-page-list-countries-could-not = Não foi possível carregar a lista de países: são mostrados os códigos e o país de um parceiro não pode ser escolhido: { $error }
network-page-list-time-zones-could = Não foi possível carregar a lista de fusos horários: o formulário do parceiro não propõe nenhum: { $error }
network-page-was-saved = { $name } foi guardado.
network-page-was-added = { $name } foi adicionado.
network-page-calendar-was-imported-but = O calendário foi importado, mas não foi possível voltar a mostrar as reuniões: { $error } Abra novamente a rede para as ver.
network-page-meeting-was-created-but = A reunião foi criada, mas não foi possível voltar a mostrar as reuniões: { $error } Abra novamente a rede para a ver.
network-page-was-saved-2 = { $title } foi guardada.
network-page-was-added-2 = { $title } foi adicionada.
network-page-was-deleted = { $name } foi eliminado.
network-page-plan-created = { $title } foi criado.
network-page-not-set = Por definir
network-page-from = A partir de { $date }
network-page-until = Até { $date }
agenda-editor-untitled-item = ponto sem título
agenda-editor-removed-save-agenda-keep = «{ $value }» removido. Guarde a ordem de trabalhos para manter a alteração.
reorder-moved = «{ $title }» movido para a posição { $position } de { $count }.
reorder-moved-untitled = Item sem título movido para a posição { $position } de { $count }.
agenda-editor-agenda-saved = Ordem de trabalhos guardada.
confirm-dialog-go-back = Voltar
days-off-section-days-off-could-not = Não foi possível carregar os dias de folga: { $error }
days-off-section-day-off-was-recorded = O dia de folga { $name } de { $date } foi registado para { $partnerName }.
days-off-section-day-off-was-removed = O dia de folga { $name } de { $partnerName } foi removido.
meeting-list-meetings = Reuniões
nav-home = Início
nav-networks = Redes
nav-meetings = Reuniões
nav-good-practices = Boas práticas
nav-search-2 = Pesquisa
nav-settings = Definições
partner-form-regions-could-not-loaded = Não foi possível carregar as regiões, por isso nenhuma pode ser escolhida: { $value }
postpone-dialog-give-new-date-yyyy = Indique a nova data (AAAA-MM-DD), ou escolha «Ainda sem nova data».
postpone-dialog-give-start-end-times = Indique as horas de início e de fim (HH:MM), ou escolha «Ainda sem nova data».
timeline-milestone = Marco
timeline-meeting = Reunião
export-calendar-button-export-cancelled-no-file = Exportação cancelada: nenhum ficheiro foi escrito.
import-calendar-button-import-cancelled-nothing-was = Importação cancelada: nada foi importado e as reuniões ficaram como estavam.
import-calendar-dialog-more-network-s-meetings = … e mais { $value }, nas reuniões da rede.
action-details-give-amount-source-pays = Indique o montante que esta fonte paga, em euros.
action-table-moved-place = «{ $title }» movida para o lugar { $value } de { $length }.
comments-write-comment-first = Escreva primeiro o comentário.
conflict-resolver-action = Ação
conflict-resolver-indicator = Indicador
conflict-resolver-risk = Risco
export-send-bar-word-docx = Word (.docx)
export-send-bar-markdown = Markdown
gantt-chart-timeline-actions = Cronologia das ações
history-action = Ação
history-indicator = Indicador
history-risk = Risco
markdown-editor-all-changes-saved = Todas as alterações guardadas
markdown-editor-saving = A guardar…
markdown-editor-unsaved-changes = Alterações por guardar
markdown-editor-not-saved = Não guardado: { $error }
new-plan-dialog-integrated-action-plan = Plano de Ação Integrado de { $name }
risk-table-rare = Rara
risk-table-unlikely = Improvável
risk-table-possible = Possível
risk-table-likely = Provável
risk-table-almost-certain = Quase certa
risk-table-minor = Menor
risk-table-moderate = Moderado
risk-table-serious = Sério
risk-table-major = Grave
risk-table-severe = Muito grave
status-control-back-draft = Voltar a rascunho
status-control-send-review = Enviar para revisão
status-control-mark-final = Marcar como final
status-control-record-adoption-2 = Registar a aprovação…
status-control-back = { $status ->
        [draft] Voltar a rascunho
        [in_review] Voltar à revisão
       *[final] Voltar a final
    }
poll-form-give-meeting-title = Dê um título à reunião.
poll-form-offer-at-least-date = Proponha pelo menos uma data, uma por linha.
poll-form-write-deadline-yyyy-mm = Escreva o prazo como AAAA-MM-DD.
polls-section-poll-closed-was-created = A sondagem está fechada: { $title } foi criada para { $text }.
polls-section-poll-started = { $count ->
    [one] A sondagem { $title } foi iniciada com { $count } data.
   *[other] A sondagem { $title } foi iniciada com { $count } datas.
}
first-run-examples-could-not-loaded = Não foi possível carregar os exemplos: { $error }
home-import = Importação
home-soon-not-confirmed = Em breve, não confirmada
home-no-host = Sem anfitrião
home-travel = Viagem
meeting-edit-enter-start-end-see = Indique um início e um fim para ver a hora de cada parceiro.
meeting-edit-choose-network-meeting-belongs = Escolha a rede a que a reunião pertence.
meeting-edit-list-time-zones-could = Não foi possível carregar a lista de fusos horários: o campo do fuso não propõe nenhum (o fuso é verificado na mesma ao guardar): { $error }
meeting-edit-local-times-shown-meetings = As horas locais são mostradas para reuniões com hora de início e de fim.
meeting-edit-choose-network-see-its = Escolha a rede para ver as horas locais dos seus parceiros.
meeting-edit-enter-start-end-time = Indique um início, um fim e um fuso horário (ou um anfitrião) para ver a hora de cada parceiro.
meeting-edit-no-local-times-yet = Ainda sem horas locais: { $error }
meeting-edit-form-now-has-time = O formulário tem agora essa hora; verifique-a e guarde.
meeting-edit-form-now-has-those = O formulário tem agora esses dias; verifique-os e guarde.
meeting-edit-was-added = «{ $title }» foi adicionada.
meeting-edit-was-saved = «{ $title }» foi guardada.
meeting-page-confirm = Confirmar
meeting-page-cancel-meeting = Cancelar a reunião
meeting-page-mark-held = Marcar como realizada
meeting-page-was-deleted = «{ $title }» foi eliminada.
meeting-page-all-day-meeting-has = Uma reunião de dias inteiros tem as mesmas datas em todo o lado; as horas locais são mostradas para reuniões com hora de início e de fim.
meeting-page-meeting-has-no-date = A reunião ainda não tem data.
meetings-partners-holidays-could-not = Não foi possível mostrar os feriados dos parceiros: { $error }
network-edit-was-added = { $name } foi adicionada.
network-edit-was-saved = { $name } foi guardada.
networks-was-deleted = { $name } foi eliminada.
networks-dates-not-set = datas por definir
plan-page-actions-budget-timeline = Ações, orçamento e cronologia
plan-page-indicators-2 = Indicadores
plan-page-risks-2 = Riscos
plan-page-history-2 = Histórico
plan-page-conflicts-settle-2 = Conflitos por resolver
plan-page-was-removed-its-text = «{ $title }» foi removida; o seu texto fica no histórico.
plan-page-new-action = Nova ação { $n }
plan-page-version-was-restored-new = A versão { $number } foi restaurada como nova versão.
plan-page-plan-now = O plano está agora «{ $next }».
practice-edit-list-countries-could-not = Não foi possível carregar a lista de países: { $error }
practice-edit-was-added = { $title } foi adicionada.
practice-edit-was-saved = { $title } foi guardada.
practice-page-country-names-could-not = Não foi possível carregar os nomes dos países; são mostrados os códigos: { $error }
practice-page-was-deleted = { $title } foi eliminada.
practice-page-practice = A prática
practice-page-practice-its-section = A prática e a sua secção
practice-page-practice-its-sections = A prática e as suas { $sections } secções
practice-page-will-deleted-networks-transfer = { $what } será eliminada. As redes que a transferem ficam como estão.
practices-country-names-could-not = Não foi possível carregar os nomes dos países; são mostrados os códigos: { $error }
agenda-form-item-must-end-after = O ponto tem de terminar depois de começar.
days-off-partners-off = { $length } parceiros de folga
days-off-line = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (feriado nacional)
    [regional] { $partner } ({ $place }): { $holiday } (feriado regional)
   *[local] { $partner } ({ $place }): { $holiday } (folga local)
}
days-off-line-estimated = { $source ->
    [national] { $partner } ({ $place }): { $holiday } (feriado nacional, data estimada)
    [regional] { $partner } ({ $place }): { $holiday } (feriado regional, data estimada)
   *[local] { $partner } ({ $place }): { $holiday } (folga local, data estimada)
}
days-off-holiday-of-kind = { $source ->
    [national] { $holiday }
    [regional] { $holiday } (feriado regional)
   *[local] { $holiday } (folga local)
}
days-off-holiday-of-kind-estimated = { $source ->
    [national] { $holiday } (data estimada)
    [regional] { $holiday } (feriado regional, data estimada)
   *[local] { $holiday } (folga local, data estimada)
}
days-off-holiday-kept-by = { $holiday }: { $partners }
days-off-names-off = { $names } de folga
days-off-choose-partner = Escolha o parceiro.
errors-something-went-wrong-no = Algo correu mal, e não foi dada nenhuma razão.
find-time-h-min = { $h } h { $m } min
find-time-days-write-how-many = Dias: escreva quantos dias dura a reunião, por exemplo 2.
find-time-working-day-write-its = Dia de trabalho: escreva o início e o fim como HH:MM, por exemplo 09:00 e 17:00.
long-work-saving-events = { $count ->
        [one] A guardar { $done } de { $total } evento…
       *[other] A guardar { $done } de { $total } eventos…
    }
long-work-writing-events = { $count ->
        [one] A escrever { $total } evento…
       *[other] A escrever { $total } eventos…
    }
long-work-events-ready = { $count ->
        [one] { $total } evento pronto: escolha onde guardar o ficheiro.
       *[other] { $total } eventos prontos: escolha onde guardar o ficheiro.
    }
meeting-form-meeting-must-end-after = A reunião tem de terminar depois de começar.
meeting-form-choose-time-zone-host = Escolha um fuso horário, ou um anfitrião cujo fuso a reunião adota.
meeting-form-not-known-iana-time = «{ $zone }» não é um fuso horário IANA conhecido (por exemplo Europe/Riga).
meeting-form-last-day-before-first = O último dia, { $last }, é anterior ao primeiro, { $first }.
meeting-form-write-year-between-leave = Escreva um ano entre { $fIRST_YEAR } e { $lAST_YEAR }, ou deixe vazio.
meeting-form-say-words-when-planned = Diga por palavras quando está prevista, ou indique o ano.
milestone-form-enter-month-yyyy-mm = Indique um mês (AAAA-MM).
milestone-form-not-month-write-yyyy = «{ $v }» não é um mês; escreva-o como AAAA-MM, por exemplo 2027-06.
milestone-form-year-outside = O ano { $year } está fora de { $fIRST_YEAR }-{ $lAST_YEAR }.
partner-form-choose-country = Escolha o país.
partner-form-not-known-iana-time = «{ $zone }» não é um fuso horário IANA conhecido (por exemplo Europe/Riga).
plan-diff-no-change = Sem alterações
plan-diff-white-space-changed = Espaços alterados
plan-gantt-no-start-end-month = sem mês de início nem de fim
plan-gantt-no-start-month = sem mês de início
plan-gantt-no-end-month = sem mês de fim
plan-gantt-its-end-month-comes = o mês de fim é anterior ao de início
plan-money-no-amount = sem montante
plan-money-type-amount-euros-such = Escreva um montante em euros, por exemplo 12500 ou 12 500,50.
plan-money-euros-have-two-decimals = Os euros têm no máximo duas casas decimais (cêntimos).
validation-must-not-empty = Não pode estar vazio.
validation-characters-long-limit = Tem { $n } caracteres; o limite é { $max }.
validation-not-e-mail-address = «{ $v }» não é um endereço de e-mail (esperado: nome@exemplo.org).
validation-must-start-https-http = «{ $v }» tem de começar por https:// ou http://.
validation-not-web-address = «{ $v }» não é um endereço web.
validation-enter-date-yyyy-mm = Indique uma data (AAAA-MM-DD).
validation-not-date-write-yyyy = «{ $v }» não é uma data; escreva-a como AAAA-MM-DD, por exemplo 2027-03-10.
validation-year-outside = O ano { $year } está fora de { $fIRST_YEAR }-{ $lAST_YEAR }.
validation-enter-time-hh-mm = Indique uma hora (HH:MM, formato de 24 horas).
validation-not-time-write-hh = «{ $v }» não é uma hora; escreva-a como HH:MM, por exemplo 14:30.
validation-before-start = { $end } é anterior ao início, { $start }.
validation-not-whole-number = «{ $value }» não é um número inteiro.
calendar-saved = { $count ->
        [one] { $count } reunião guardada
       *[other] { $count } reuniões guardadas
    } em { $path }
calendar-left-out = { $head }; { $count ->
        [one] { $count } reunião ainda sem data ficou de fora.
       *[other] { $count } reuniões ainda sem data ficaram de fora.
    }
calendar-cancellation = O cancelamento
calendar-invitation = O convite
calendar-was-written = { $what } «{ $subject }» foi escrito em { $path }.
calendar-open-your-mail-program = { $what } «{ $subject }» está aberto no seu programa de correio: verifique-o e envie-o a partir daí. Também está guardado em { $path }.
calendar-none-file-s-events = Nenhum evento do ficheiro pôde ser importado: { $count ->
        [one] { $count } evento foi ignorado
       *[other] { $count } eventos foram ignorados
    }, cada um listado com a sua linha e razão; nada foi importado.
calendar-calendar-holds-no-events = O calendário não contém eventos para esta rede; nada foi importado{ $skippedPart }.
calendar-nothing-changed-already-saved = Nada mudou: { $count ->
        [one] o evento deste ficheiro já está guardado
       *[other] os { $count } eventos deste ficheiro já estão guardados
    }{ $skippedPart }.
calendar-created-updated-unchanged = { $count ->
        [one] { $count } reunião criada
       *[other] { $count } reuniões criadas
    }, { $updated } atualizadas, { $unchanged } sem alterações{ $skippedPart }.
calendar-event = um evento
calendar-line-uid = linha { $line }: { $title } (UID { $uid })
calendar-line = linha { $line }: { $title }
calendar-give-your-e-mail = Indique o seu endereço de e-mail: as respostas dos parceiros voltam para ele.
calendar-choose-at-least-person = Escolha pelo menos uma pessoa para convidar, ou adicione um endereço.
dates-happening-now = a decorrer
dates-earlier-today = hoje, mais cedo
local-times-outside-working-hours = fora das 08:00–19:00
local-times-on-saturday = a um sábado
local-times-on-sunday = a um domingo
local-times-unknown-zone = fuso desconhecido
plan-actions-not-month-write-yyyy = «{ $typed }» não é um mês: escreva-o como AAAA-MM, por exemplo 2027-03.
plan-actions-not-span-months-write = «{ $typed }» não é um período de meses: escreva-o como 2027-03 – 2027-12.
plan-actions-from = A partir de { $shortMonth }
plan-actions-until = Até { $shortMonth }
plan-actions-none-yet = Nenhum ainda
plan-actions-details-funding-indicators = detalhes, financiamento e indicadores…
section-outline-moved-place = «{ $title }» movida para o lugar { $place } de { $count }.
dates-today = hoje
dates-tomorrow = amanhã
dates-yesterday = ontem
dates-in-days = { $count ->
        [one] daqui a { $count } dia
       *[other] daqui a { $count } dias
    }
dates-days-ago = { $count ->
        [one] há { $count } dia
       *[other] há { $count } dias
    }
dates-in-months = { $count ->
        [one] daqui a { $count } mês
       *[other] daqui a { $count } meses
    }
dates-months-ago = { $count ->
        [one] há { $count } mês
       *[other] há { $count } meses
    }
dates-in-minutes = { $count ->
        [one] daqui a { $count } minuto
       *[other] daqui a { $count } minutos
    }
dates-in-hours = { $count ->
        [one] daqui a { $count } hora
       *[other] daqui a { $count } horas
    }
plan-actions-column-title = Ação
plan-actions-column-objective = Objetivo
plan-actions-column-months = Meses
plan-actions-column-cost = Custo
plan-actions-column-funding = Financiamento
plan-actions-column-status = Estado
plan-actions-column-details = Mais
plan-diff-words-added = { $count ->
        [one] { $count } palavra adicionada
       *[other] { $count } palavras adicionadas
    }
plan-diff-words-removed = { $count ->
        [one] { $count } palavra removida
       *[other] { $count } palavras removidas
    }
calendar-events-skipped = { $count ->
        [one] ; { $count } evento ignorado
       *[other] ; { $count } eventos ignorados
    }
import-report-count-networks = { $count ->
        [one] { $count } rede
       *[other] { $count } redes
    }
import-report-count-partners = { $count ->
        [one] { $count } parceiro
       *[other] { $count } parceiros
    }
import-report-count-contacts = { $count ->
        [one] { $count } e-mail de contacto
       *[other] { $count } e-mails de contacto
    }
import-report-count-meetings = { $count ->
        [one] { $count } reunião
       *[other] { $count } reuniões
    }
import-report-count-milestones = { $count ->
        [one] { $count } marco
       *[other] { $count } marcos
    }
import-report-count-action-plans = { $count ->
        [one] { $count } plano de ação
       *[other] { $count } planos de ação
    }
import-report-count-practices = { $count ->
        [one] { $count } boa prática
       *[other] { $count } boas práticas
    }
import-report-count-import-notes = { $count ->
        [one] { $count } nota de importação
       *[other] { $count } notas de importação
    }
plan-gantt-span-one-month = { $start } (1 mês)
plan-gantt-bar = { $label }: { $span }
plan-gantt-bar-pilot = { $label } (piloto): { $span }
plan-gantt-span-months = { $start } a { $end } ({ $count } meses)
calendar-reminder-none = Sem lembrete
calendar-reminder-day = 1 dia antes
calendar-reminder-hour = 1 hora antes
import-calendar-button-reading = A ler o ficheiro de calendário…
export-calendar-button-reading = A ler as reuniões…
export-send-bar-exported = Exportado como { $format } para { $path }.
export-send-bar-plan-file-saved = Ficheiro do plano guardado em { $path }. Envie-o ao seu parceiro por e-mail ou por qualquer outro meio.
budget-summary-by-funding-source = Por fonte de financiamento
budget-summary-by-objective = Por objetivo
budget-summary-funding-source = Fonte de financiamento
budget-summary-objective = Objetivo

## Calendar servers
## components/dav/DavAccountsSection.svelte: the accounts in Settings
dav-accounts-heading = Servidores de calendário
dav-accounts-intro = Publique as reuniões de uma rede no calendário CalDAV que os seus parceiros utilizam (Nextcloud, SOGo, Radicale, Fastmail). A palavra-passe é guardada no porta-chaves deste computador, nunca nos dados do Convene.
dav-accounts-added = Conta { $name } adicionada. { $note }
dav-accounts-none = Ainda não há contas.
dav-accounts-user-at-url = { $user } em { $url }
dav-accounts-testing = A testar…
dav-accounts-test = Testar
dav-accounts-remove = Remover
dav-accounts-test-works = { $count ->
        [0] Funciona. Pasta de calendários { $home }; 0 calendários.
        [one] Funciona. Pasta de calendários { $home }; { $count } calendário:
        [many] Funciona. Pasta de calendários { $home }; { $count } de calendários:
       *[other] Funciona. Pasta de calendários { $home }; { $count } calendários:
    }
dav-accounts-name = Nome
dav-accounts-name-placeholder = nextcloud
dav-accounts-url = Endereço do servidor
dav-accounts-url-hint = Para o Nextcloud: https://HOST/remote.php/dav
dav-accounts-url-placeholder = https://
dav-accounts-user = Nome de utilizador
dav-accounts-password = Palavra-passe
dav-accounts-ca-file = Ficheiro de CA (opcional)
dav-accounts-ca-file-hint = Só para um servidor com certificado próprio: o ficheiro PEM da sua autoridade de certificação.
dav-accounts-ca-file-choose = Escolher ficheiro…
dav-accounts-ca-file-none = Nenhum: o certificado do servidor é público.
dav-accounts-ca-file-clear = Não usar nenhum
dav-accounts-cancel = Cancelar
dav-accounts-adding = A adicionar…
dav-accounts-add-account = Adicionar a conta
dav-accounts-add = Adicionar uma conta…
dav-password-used-once = Palavra-passe (usada uma vez, não guardada)
## components/dav/DavConflictCard.svelte: one conflict, both versions side by side
dav-conflict-in-convene = No Convene
dav-conflict-on-server = No servidor
dav-conflict-label = Conflito: { $title }
dav-conflict-found = detetado em { $when }
dav-conflict-deleted = Eliminada
dav-conflict-keep-mine = Manter a minha versão
dav-conflict-keep-server = Manter a do servidor
## components/dav/PublishSection.svelte: publishing on the network page
dav-publish-heading = Servidor de calendário
dav-publish-no-account = Para publicar estas reuniões no servidor de calendário dos seus parceiros, adicione uma conta em { $link }.
dav-publish-cancelled = Publicação cancelada. O que chegou ao servidor é mantido; a próxima publicação completa-a.
dav-publish-no-account-link = Definições
dav-publish-account = Conta
dav-publish-calendar = Nome do calendário (opcional)
dav-publish-calendar-placeholder = O nome da rede
dav-publish-progress = A publicar no servidor de calendário…
dav-publish-publishing = A publicar…
dav-publish-go = Publicar no servidor de calendário
dav-publish-last = Última publicação { $when }, em { $calendar } ({ $account }): { $result }
dav-publish-conflicts-heading = Conflitos a resolver ({ $count })
dav-publish-conflicts-intro = Ambos os lados alteraram estas reuniões desde a última publicação, por isso nada foi escrito para elas.

## lib/meetingWhen.ts: a meeting's when, outside English (English shows the core's own words)
# { $date }: a day such as "mer. 10 mars 2027"; { $times }: "10:00–12:00"; { $zone }: "Europe/Riga";
# { $days }: how many days after the start the end falls; { $known }: a month and year, or a year, of an undated meeting;
# { $wording }: the undated meeting's own words, as typed or imported.
meeting-when-timed = { $date }, { $times } ({ $zone })
meeting-when-timed-later = { $days ->
    [one] { $date }, { $times } +{ $days } dia ({ $zone })
   *[other] { $date }, { $times } +{ $days } dias ({ $zone })
}
meeting-when-timed-short = { $date }, { $time }
meeting-when-all-day = { $date }, todo o dia
meeting-when-all-days = { $dates }, dias inteiros
meeting-when-not-dated = ainda sem data
meeting-when-not-dated-known = ainda sem data ({ $known })
meeting-when-not-dated-wording = ainda sem data («{ $wording }»)
meeting-when-not-dated-known-wording = ainda sem data ({ $known }: «{ $wording }»)
meeting-when-known-not-dated = { $known }, ainda sem data
meeting-when-month-year-unknown = { $month }, ano desconhecido

## The plan page's push and pull through a WebDAV folder (components/dav/PlanServerBar.svelte)

plan-server-heading = Partilhar através de um servidor de calendários
plan-server-account = Conta
plan-server-folder = Pasta no servidor (opcional)
plan-server-folder-placeholder = A pasta do último envio ou da última receção
plan-server-push = Enviar para o servidor
plan-server-pushing = A enviar…
plan-server-pull = Trazer do servidor
plan-server-pulling = A trazer…
# $href: the plan file's address on the server.
plan-server-pushed = O plano está no servidor: { $href }.
# $link: plan-server-no-account-link, shown as a link to Settings.
plan-server-no-account = Para partilhar este plano através de uma pasta no servidor dos seus parceiros, adicione uma conta nas { $link }.
plan-server-no-account-link = Definições
