# Errors and validation messages of Convene's core. Source: locales/en/errors.ftl (comments there).
error-required = não pode estar vazio
error-too-long = { $count ->
    [one] tem { $count } carácter; o limite é { $max }
   *[other] tem { $count } caracteres; o limite é { $max }
}
error-not-an-email = «{ $value }» não é um endereço de e-mail (esperado nome@exemplo.org)
error-url-scheme = «{ $value }» tem de começar por https:// ou http://
error-not-a-url = «{ $value }» não é um endereço web
error-year-out-of-range = o ano { $year } está fora de { $first }-{ $last }
error-not-a-date = «{ $value }» não é uma data; escreva-a como AAAA-MM-DD
error-end-before-start = { $end } é anterior ao início, { $start }
error-unknown-zone = «{ $value }» não é um fuso horário IANA conhecido (por exemplo Europe/Riga)
error-not-yes-or-no = «{ $value }» não é yes nem no
error-appears-twice = este { $column } aparece duas vezes; cada um tem de ser único
error-unknown-language = «{ $code }» não é uma língua do Convene; use um de { $codes }
error-no-network = não existe nenhuma rede chamada «{ $key }»; `convene networks` lista-as
error-cancelled = Cancelado; nada foi alterado.
error-database-busy = a base de dados está ocupada: outro Convene (a janela ou um comando) reteve-a mais de { $seconds } segundos ao guardar. Nada foi guardado; tente de novo quando esse trabalho terminar.
error-no-network-id = não existe nenhuma rede com o id { $id }
error-no-partner-id = não existe nenhum parceiro com o id { $id }
error-no-contact-id = não existe nenhum contacto com o id { $id }
error-no-local-group-member-id = não existe nenhum membro do grupo local com o id { $id }
error-no-meeting-id = não existe nenhuma reunião com o id { $id }
error-no-milestone-id = não existe nenhum marco com o id { $id }
error-no-day-off-id = não existe nenhum dia de folga com o id { $id }
error-no-plan-id = não existe nenhum plano de ação com o id { $id }
error-no-comment-id = não existe nenhum comentário com o id { $id }
error-no-conflict-id = não existe nenhum conflito com o id { $id }
error-no-practice-id = não existe nenhuma boa prática com o id { $id }
error-slug-needs-letter = precisa de pelo menos uma letra ou um algarismo
error-slug-taken = o nome curto «{ $slug }» já é usado pela rede { $network }; escolha outro
error-lead-partner-after-network = adicione primeiro a rede e depois escolha o parceiro principal entre os seus parceiros
error-lead-partner-elsewhere = o parceiro principal tem de ser um parceiro desta rede
error-negative = não pode ser negativo
error-partner-gone = esse parceiro não existe
error-not-a-partner-here = { $partner } não é parceiro desta rede
error-not-a-uuid = «{ $value }» não é um UUID
error-not-a-plan-key = «{ $key }» não é um plano: indique o seu id (ver `convene plans REDE`) ou REDE/CIDADE, por exemplo techtown/gavle
error-no-plan-of-city = { $network } não tem nenhum plano de um parceiro chamado «{ $city }»; `convene plans { $slug }` lista-os
error-no-such-file = esse ficheiro não existe
error-permission-denied = permissão negada
error-cannot-read = não é possível ler { $file }: { $reason }
error-file-too-large = { $file } tem { $size } MB, mais do que um ficheiro deste tipo pode ter ({ $what }, no máximo { $max } MB): é o ficheiro certo? Nada foi importado.
error-not-utf8-expected = { $file } não é um ficheiro de texto (não está em UTF-8); esperava-se { $expected }. Nada foi importado
error-expected-urbact-pages = texto de páginas URBACT
error-expected-plan-file = um ficheiro .convene-plan
error-expected-json-export = um ficheiro escrito por `convene export json`
error-internal = O Convene encontrou um erro interno: { $problem }. Por favor, comunique-o.
error-internal-with-log = O Convene encontrou um erro interno: { $problem }. Os detalhes estão em { $log }; envie esse ficheiro com a sua comunicação.
error-cannot-create-folder = não é possível criar a pasta { $folder }: { $reason }
error-disk-full = o disco está cheio
error-disk-quota = a sua quota de disco está esgotada
error-file-grew-too-large = o ficheiro ficou maior do que este sistema permite
error-read-only = o disco, a pasta ou o ficheiro é só de leitura
error-folder-gone = a pasta não existe (ou já não existe)
error-is-a-folder = é uma pasta
error-not-a-folder = há um ficheiro onde devia estar a sua pasta
error-disk-io = não foi possível ler ou escrever o disco (um erro de entrada/saída: foi retirado, ou está a falhar?)
error-database-folder-gone = a sua pasta não existe (ou já não existe: um disco ou uma pen USB retirados?)
error-todo-free-space = liberte espaço ou escolha outro disco e tente de novo
error-todo-writable-folder = escolha uma pasta onde possa escrever, ou torne esta gravável, e tente de novo
error-todo-check-disk = verifique se o disco está ligado e gravável, ou escolha outra pasta, e tente de novo
error-cannot-write = não é possível escrever { $file }: { $problem }. Nada foi escrito aí (um ficheiro que já lá estava não mudou); { $todo }.
error-write-not-a-file-name = não é possível escrever { $file }: é uma pasta, não um nome de ficheiro
error-write-is-a-folder = não é possível escrever { $file }: é uma pasta; indique um nome de ficheiro dentro dela
error-write-folder-gone = não é possível escrever { $file }: a pasta { $folder } não existe (ou já não existe); escolha outra pasta
error-cannot-save-database = não é possível guardar na base de dados { $file }: { $problem }. Nada deste comando foi guardado, e tudo o que foi guardado antes está inalterado; { $todo }.
error-database-moved = não é possível usar a base de dados { $file }: o ficheiro foi movido ou eliminado enquanto o Convene o tinha aberto (um disco ou uma pen USB retirados?). Nada desta alteração foi guardado; volte a pôr o ficheiro onde estava (volte a ligar o disco) e tente de novo.
error-database-locked = a base de dados { $file } está bloqueada por outro programa (uma janela ou um comando do Convene, ou um programa como um navegador de bases de dados) que a reteve durante mais de { $seconds } segundos. Nada foi guardado; feche esse programa ou espere que termine o seu trabalho e tente de novo.
error-backup-folder-gone = não é possível escrever a cópia de segurança: a pasta { $folder } não existe
error-backup-is-the-database = o ficheiro da cópia de segurança não pode ser a própria base de dados
error-no-data-directory = não foi encontrada uma pasta de dados deste utilizador onde guardar { $file } (HOME está definida?); indique o ficheiro da base de dados com a variável de ambiente { $variable } (ou --db CAMINHO na linha de comandos)
error-host-gone = o anfitrião já não é um parceiro
error-inserted-meeting-missing = falta uma reunião acabada de inserir
error-no-meeting-key = não há nenhuma reunião com o id ou UID «{ $key }»
error-ical-line = linha { $line }: { $reason }
error-ical-starts-with-continuation = o ficheiro começa com uma linha de continuação (uma linha que começa com um espaço)
error-ical-not-utf8 = não é texto UTF-8; guarde o calendário em UTF-8 e importe-o de novo
error-ical-not-a-line = «{ $text }» não é uma linha iCalendar (esperava-se NOME:valor, como SUMMARY:Reunião de arranque)
error-ical-bad-parameter = um parâmetro de { $name } está mal formado em «{ $text }» (esperava-se ;NOME=valor)
error-ical-unclosed-quote = um parâmetro entre aspas de { $name } nunca é fechado em «{ $text }»
error-ical-begin-no-name = BEGIN:{ $value } não nomeia um componente
error-ical-too-deep = BEGIN:{ $name } está aninhado a { $depth } componentes de profundidade; um calendário aninha no máximo { $max }
error-ical-end-closes-nothing = END:{ $name } não fecha nada (não há nenhum BEGIN:{ $name } antes)
error-ical-end-mismatch = END:{ $name } não corresponde a BEGIN:{ $begin } da linha { $begin_line }
error-ical-outside-calendar = { $name } está fora de BEGIN:VCALENDAR ... END:VCALENDAR
error-ical-never-closed = BEGIN:{ $name } nunca é fechado por END:{ $name } (o ficheiro termina na linha { $last_line })
error-ical-nothing-imported = { $message }. Nada foi importado.
error-ical-empty = o ficheiro está vazio; esperava-se um ficheiro iCalendar (.ics) a começar por BEGIN:VCALENDAR
error-ical-not-icalendar = isto não é um ficheiro iCalendar: devia começar por BEGIN:VCALENDAR, mas a linha { $line } diz «{ $text }»
error-ical-event-refused = o evento «{ $title }» não pode ser importado: { $field }: { $reason }
ical-skipped-titled-uid = linha { $line }: «{ $title }» (UID { $uid }) foi ignorado: { $reason }
ical-skipped-titled = linha { $line }: «{ $title }» foi ignorado: { $reason }
ical-skipped-uid = linha { $line }: um evento (UID { $uid }) foi ignorado: { $reason }
ical-skipped = linha { $line }: um evento foi ignorado: { $reason }
ical-summary-nothing-imported = Nenhum dos eventos do ficheiro pôde ser importado: { $skipped ->
    [one] { $skipped } evento foi ignorado
   *[other] { $skipped } eventos foram ignorados
}, cada um listado com a sua linha e o motivo; nada foi importado.
ical-summary-no-events = O calendário não contém eventos para esta rede; nada foi importado{ $skipped ->
    [0] {""}
    [one] ; { $skipped } evento ignorado
   *[other] ; { $skipped } eventos ignorados
}.
ical-summary-unchanged = Nada mudou: { $unchanged ->
    [one] { $unchanged } evento deste ficheiro já está guardado
   *[other] os { $unchanged } eventos deste ficheiro já estão guardados
}{ $skipped ->
    [0] {""}
    [one] ; { $skipped } evento ignorado
   *[other] ; { $skipped } eventos ignorados
}.
ical-summary = { $created ->
    [one] Criada { $created } reunião
   *[other] Criadas { $created } reuniões
}, { $updated ->
    [one] { $updated } alterada
   *[other] { $updated } alteradas
}, { $unchanged } sem alterações{ $skipped ->
    [0] {""}
    [one] ; { $skipped } evento ignorado
   *[other] ; { $skipped } eventos ignorados
}.
ical-warning-other-network = linha { $line }: «{ $title }» (UID { $uid }) já é uma reunião de { $network }; foi deixada lá e não foi importada aqui
ical-warning-occurrence-cancelled = linha { $line }: a ocorrência { $uid } já não faz parte da série; a sua reunião foi cancelada
error-ical-not-a-date = { $name } «{ $text }» não é uma data (o iCalendar escreve as datas como AAAAMMDD, por exemplo 20270310)
error-ical-not-a-date-time = { $name } «{ $text }» não é uma data com hora (o iCalendar escreve AAAAMMDDTHHMMSS, por exemplo 20270310T100000, com Z para UTC)
error-ical-not-a-duration = DURATION «{ $text }» não é uma duração (por exemplo PT1H30M ou P2D)
error-ical-time-skipped = { $name } { $time } não existe em { $zone } (a hora muda nesse momento)
error-ical-zone-unknown = { $name } usa o fuso horário «{ $tzid }», que não é um fuso IANA (como Europe/Riga) nem um nome de fuso do Windows, e o VTIMEZONE do ficheiro para ele não corresponde a nenhum fuso
error-ical-not-a-sequence = SEQUENCE «{ $text }» não é um número inteiro (0, 1, 2, ...)
error-ical-uid-too-long = o UID de «{ $title }» tem mais de { $max } caracteres
error-ical-no-start = o evento «{ $title }» não tem DTSTART (não tem início)
error-ical-date-and-time-mixed = «{ $title }» começa numa data mas termina a uma hora, ou o contrário; DTSTART e DTEND têm de ser ambos datas ou ambos datas com hora
error-ical-ends-before-start = «{ $title }» termina antes de começar
error-ical-series = «{ $title }» { $reason }
error-ical-rule-unreadable = tem uma RRULE «{ $rule }» que não pode ser lida: { $detail }
error-ical-rule-unusable = tem uma RRULE «{ $rule }» que não pode ser usada: { $detail }
error-ical-too-many-occurrences = repete-se mais de { $max } vezes entre { $from } e { $to }; o Convene cria uma reunião por ocorrência, por isso encurte a série (UNTIL ou COUNT) e importe-a de novo
ical-warning-floating = linha { $line }: «{ $title }» não tem fuso horário (uma hora flutuante); foi lido em { $zone }, { $why }
ical-floating-calendar-zone = o fuso próprio do calendário (X-WR-TIMEZONE)
ical-floating-host-zone = o fuso do anfitrião, { $name }
ical-floating-lead-zone = o fuso do parceiro líder { $name }
ical-floating-utc = UTC, porque a rede não tem parceiro líder
ical-warning-zone-by-rules = linha { $line }: o fuso horário «{ $tzid }» não corresponde a nenhum fuso IANA; as suas horas foram lidas pelas regras VTIMEZONE do próprio ficheiro e guardadas em UTC (aqui e em cada evento que o usa)
ical-warning-zone-by-offsets = linha { $line }: o fuso horário «{ $tzid }» não é um nome de fuso; os desvios do seu VTIMEZONE correspondem a { $zone }, que foi o usado (aqui e em cada evento que o usa)
ical-warning-not-a-link = linha { $line }: «{ $url }» não é um endereço web (http ou https); a ligação online de «{ $title }» ficou vazia
ical-warning-untitled = linha { $line }: um evento não tem título (SUMMARY); foi chamado «{ $title }»
ical-warning-no-end = linha { $line }: «{ $title }» não tem fim (DTEND ou DURATION); foi-lhe dada uma hora
ical-warning-zero-length = linha { $line }: «{ $title }» termina quando começa; foi-lhe dada uma hora
ical-warning-component-skipped = linha { $line }: { $count } { $name } ({ $what }) { $count ->
    [one] ignorado
   *[other] ignorados
}; só os eventos (VEVENT) se tornam reuniões
ical-component-task = uma tarefa
ical-component-journal = uma entrada de diário
ical-component-free-busy = tempo livre/ocupado
ical-component-other = não é um evento
ical-warning-uid-made-up = linha { $line }: «{ $title }» não tem UID; recebeu { $uid } (feito a partir do seu início e título), para que importar o ficheiro de novo o encontre
ical-warning-uid-twice = linha { $line }: o UID { $uid } aparece duas vezes (linhas { $first } e { $second }); foi mantida a versão com o SEQUENCE mais alto
ical-warning-lone-override = linha { $line }: este RECURRENCE-ID altera uma ocorrência de { $uid }, que não se repete; ignorado
ical-warning-no-occurrence = linha { $line }: nenhuma ocorrência de «{ $title }» cai entre { $from } e { $to }; nada foi feito a partir dele
ical-warning-series-expanded = linha { $line }: «{ $title }» repete-se; { $count ->
    [one] a sua { $count } ocorrência
   *[other] as suas { $count } ocorrências
} entre { $from } e { $to } { $count ->
    [one] tornou-se uma reunião separada
   *[other] tornaram-se reuniões separadas
}{ $open ->
    [no-start] {" "}(a rede não tem data de início, por isso a série foi lida a partir da sua primeira ocorrência)
    [no-end] {" "}(a rede não tem data de fim, por isso a série foi lida até { $years } anos à frente)
   *[none] {""}
}
ical-warning-repeated-hour = linha { $line }: «{ $title }» { $edge ->
    [start] começa
   *[end] termina
} às { $time } em { $zone }, na hora que se repete quando a hora muda, na sua segunda passagem; o Convene guarda essa hora na primeira passagem, uma hora antes
error-not-utf8 = { $file } não é um ficheiro de texto (não está em UTF-8)
error-meeting-already-held = «{ $title }» já se realizou
error-meeting-undated-not-confirmed = «{ $title }» ainda não tem data; dê-lhe uma data antes de a confirmar
error-meeting-not-begun = «{ $title }» começa em { $when }, que ainda não chegou; não pode ter-se realizado
error-meeting-cancelled-not-held = «{ $title }» foi cancelada; não pode ter-se realizado
error-meeting-postponed-not-held = «{ $title }» está adiada; dê-lhe a nova data, ou confirme-a, antes de a marcar como realizada
error-meeting-undated-not-held = «{ $title }» ainda não tem data; não pode ter-se realizado
error-meeting-cancelled-not-postponed = «{ $title }» foi cancelada; não pode ser adiada
error-meeting-already-postponed = «{ $title }» já está adiada sem nova data
error-meeting-nothing-to-postpone = «{ $title }» ainda não tem data, por isso não há nada a adiar; dê-lhe antes uma data
error-postpone-needs-date = uma reunião adiada precisa da sua nova data, ou de nenhuma
error-postpone-not-later = a nova data, { $new }, não é posterior à atual, { $old }; para antecipar uma reunião, altere a sua data
error-agenda-item-ends-before = o ponto tem de terminar depois de começar
error-agenda-empty-no-item = a ordem de trabalhos de «{ $title }» está vazia; não há ponto { $number }
error-agenda-no-item = não há ponto { $number }; { $count ->
    [one] a ordem de trabalhos tem { $count } ponto
   *[other] a ordem de trabalhos tem os pontos 1 a { $count }
}
error-agenda-not-a-place = { $position } não é uma posição numa ordem de trabalhos de { $count ->
    [one] { $count } ponto
   *[other] { $count } pontos
}; use 1 a { $last }
error-reminder-out-of-range = um lembrete { $minutes } minutos antes não é possível; escolha entre 1 minuto e 4 semanas antes, ou nenhum
error-export-all-undated = { $count ->
    [one] A reunião aqui ainda não tem data
   *[other] As { $count } reuniões aqui ainda não têm data
}, por isso não há nada a pôr num calendário; dê primeiro uma data. Nada foi guardado.
error-export-none-between = Não há nenhuma reunião entre { $from } e { $to }. Nada foi guardado.
error-export-none-from = Não há nenhuma reunião a partir de { $from }. Nada foi guardado.
error-export-none-until = Não há nenhuma reunião até { $to }. Nada foi guardado.
error-export-none = Ainda não há nenhuma reunião a pôr num calendário. Nada foi guardado.
error-calendar-too-large = { $file } tem { $size } MB, mais do que um calendário de reuniões pode ter ({ $max } MB no máximo); escolha uma exportação das reuniões de que precisa. Nada foi importado.
error-not-one-of = «{ $value }» não é um de: { $choices }
error-not-a-contact-here = { $contact } não é um contacto desta rede
error-attendee-twice = este participante aparece duas vezes na reunião
error-meeting-needs-zone = escolha um fuso horário, ou um anfitrião cujo fuso a reunião adota
error-undated-needs-words = diga por palavras quando está prevista, ou indique o ano
error-meeting-ends-before = a reunião tem de terminar depois de começar
error-last-day-before-first = o último dia, { $last }, é anterior ao primeiro, { $first }
error-not-a-month-number = { $month } não é um mês (1-12)
error-not-a-timestamp = «{ $value }» não é um carimbo temporal (esperava-se, por exemplo, 2024-05-01T09:30:00Z)
error-not-working-hours = «{ $text }» não é um horário de trabalho; escreva-o como HH:MM-HH:MM, por exemplo 09:00-17:00
error-working-day-ends-before = o dia de trabalho tem de terminar depois de começar ({ $end } não é depois de { $start })
error-no-partners-to-schedule = { $network } ainda não tem parceiros, por isso não há ninguém para quem procurar uma hora; adicione primeiro os seus parceiros
error-not-a-partner-of = { $id } não é um parceiro de { $network }
error-partner-zone-unknown = o fuso horário «{ $zone }» de { $partner } não é conhecido
error-range-too-long = escolha um intervalo de no máximo { $max } dias
error-days-out-of-range = uma reunião de { $days } dias? Escolha de 1 a { $max }
error-not-a-duration = «{ $text }» não é uma duração; escreva-a como 2h, 90m, 1h30 ou 1:30
error-slot-range-too-long = { $days } dias é mais do que a pesquisa percorre de uma vez ({ $max }); escolha um intervalo mais curto
error-slot-length-out-of-range = { $minutes } minutos não é uma duração de reunião que a pesquisa coloque; escolha entre 15 minutos e 24 horas (para dias inteiros, peça dias)
error-slot-limit-out-of-range = escolha entre 1 e { $max } horários a listar
error-not-a-partner-id-here = { $id } não é o id de um parceiro desta rede
error-partner-not-in-network = { $partner } não é um parceiro de { $network }
error-meeting-of-another-network = a reunião { $id } ({ $title }) pertence a outra rede, não a { $network }
error-plan-no-row = este plano não tem { $row ->
    [indicator] nenhum indicador
    [risk] nenhum risco
   *[action] nenhuma ação
} com o id { $id }
error-plan-no-revisions = o plano de ação { $id } não tem nenhuma revisão
error-plan-no-revision = este plano não tem a revisão { $number }; as suas revisões vão de 1 a { $newest }
error-poll-partner-elsewhere = o parceiro { $id } não é um parceiro da rede desta sondagem
error-poll-option-elsewhere = a opção { $id } não é uma opção desta sondagem

## The window's calendar-server messages (src-tauri/src/commands/dav.rs): the client's
## failures without the command line's options, as whole sentences.

# $account: the account's name.
error-window-dav-no-password = Não há palavra-passe guardada para «{ $account }»: este computador não tem porta-chaves. Escreva a palavra-passe para continuar.
# $url: the server's address.
error-window-dav-unauthorized = O servidor { $url } recusou o nome de utilizador ou a palavra-passe (401): verifique ambos e tente novamente.
# $host: the server's name.
error-window-dav-dns = O nome do servidor { $host } não foi encontrado: verifique o endereço da conta nas Definições e a sua ligação à Internet.
error-window-dav-refused = O servidor { $url } recusou a ligação: está em baixo, ou o endereço ou a porta estão errados. Nada foi alterado aqui; tente novamente quando estiver disponível.
# $seconds: how long Convene waited.
error-window-dav-timeout = O servidor { $url } não respondeu em { $seconds } segundos: o servidor ou a rede estão em baixo. Nada foi alterado aqui; tente novamente mais tarde.
# $detail: the technical reason, as the TLS library gives it.
error-window-dav-tls = O certificado do servidor { $url } não é fidedigno ({ $detail }). Se o servidor usa a sua própria autoridade de certificação, adicione novamente a conta nas Definições com o respetivo ficheiro de CA.
error-window-dav-not-caldav = O servidor { $url } não é um servidor de calendários ({ $detail }): indique o endereço do servidor CalDAV (para o Nextcloud, https://HOST/remote.php/dav).
# $status: the HTTP status the server answered (403, 404...).
error-window-dav-forbidden = O servidor { $url } respondeu { $status }: esta conta não tem permissão para isto. Verifique as permissões dela no servidor.
error-window-dav-not-found = O servidor { $url } respondeu { $status }: o calendário ou o ficheiro já não existe. Publique novamente para o criar.
error-window-dav-not-supported = O servidor { $url } respondeu { $status }: não oferece esta operação, pelo que talvez não seja um servidor CalDAV ou WebDAV.
error-window-dav-changed = O servidor { $url } respondeu { $status }: alguém o alterou no servidor entretanto. Nada foi substituído.
error-window-dav-full = O servidor { $url } respondeu { $status }: ficou sem espaço.
error-window-dav-failed = O servidor { $url } respondeu { $status }: ocorreu uma falha. Tente novamente mais tarde.
error-window-dav-unexpected = O servidor { $url } respondeu { $status }, uma resposta que o Convene não sabe tratar.
error-window-dav-other = A comunicação com o servidor { $url } falhou: { $detail }
error-window-plan-changed-on-server = Alguém enviou este plano para o servidor desde a última vez que este computador o leu, por isso nada foi substituído. Primeiro traga o plano do servidor e depois envie-o novamente.
error-window-plan-not-on-server = Ainda não existe nenhum ficheiro deste plano em { $url }: primeiro envie-o para o servidor.
error-window-dav-ca-file-not-chosen = Escolha novamente o ficheiro de CA: esta janela já não tem o que escolheu antes.
# The title of the open dialog for a CA file.
window-dav-choose-ca-file = O ficheiro PEM da autoridade de certificação do servidor
window-dialog-calendar-add-meeting = Adicionar «{ $name }» a um calendário
window-dialog-calendar-save = Guardar o calendário de { $name }
window-dialog-calendar-import = Importar um calendário para { $network }
window-dialog-plan-export = Exportar { $plan } como { $format }
window-dialog-plan-send = Enviar { $plan } a um parceiro
window-dialog-plan-receive = Receber um plano de um parceiro
window-dialog-backup-save = Guardar uma cópia de segurança do Convene
window-dialog-backup-restore = Restaurar o Convene a partir de uma cópia de segurança
window-dialog-urbact-import = Importar páginas URBACT guardadas como texto
window-dialog-export-json = Exportar tudo como JSON
window-dialog-poll-replies = Adicionar respostas à sondagem
file-kind-icalendar = iCalendar
file-kind-plan = Plano do Convene
file-kind-backup = Cópia de segurança do Convene
file-kind-urbact-pages = Páginas URBACT guardadas como texto
file-kind-json = JSON
file-kind-pem = PEM
file-kind-replies = Respostas (e-mail ou calendário)
file-kind-docx = documento Word
file-kind-pdf = documento PDF
file-kind-markdown = Markdown
file-kind-html = página web
error-window-no-backup-chosen = nenhuma cópia de segurança foi escolhida; escolha primeiro a cópia a restaurar
window-dav-password-not-given = Nenhuma palavra-passe indicada: a publicação irá pedi-la.
window-dav-password-stored = A palavra-passe está no porta-chaves deste computador.
window-dav-password-no-keyring = Este computador não tem porta-chaves, por isso a palavra-passe não foi guardada: a publicação irá pedi-la.

error-database-schema-mismatch = { $path } está na versão de esquema { $version }; era esperada a { $expected }
error-database-migration-failed = a migração { $name } falhou: { $reason }
error-not-a-convene-database = { $path } não é uma base de dados do Convene ({ $detail })
error-database-no-schema-version = contém tabelas, mas nenhuma versão de esquema do Convene
error-database-newer = { $path } foi escrito por uma versão mais recente do Convene (esquema { $version }; esta versão lê até ao { $latest }). Atualize o Convene para o abrir; o ficheiro não foi alterado.
error-network-has-dependents = eliminar { $network } eliminaria também { $dependents }; confirme a eliminação em cascata para apagar tudo
error-partner-has-dependents = eliminar { $partner } afetaria também { $dependents }; confirme a eliminação em cascata para continuar
count-partners = { $count ->
    [one] { $count } parceiro
   *[other] { $count } parceiros
}
count-contacts = { $count ->
    [one] { $count } contacto
   *[other] { $count } contactos
}
count-meetings = { $count ->
    [one] { $count } reunião
   *[other] { $count } reuniões
}
count-milestones = { $count ->
    [one] { $count } marco
   *[other] { $count } marcos
}
count-action-plans = { $count ->
    [one] { $count } plano de ação
   *[other] { $count } planos de ação
}
count-import-notes = { $count ->
    [one] { $count } nota de importação
   *[other] { $count } notas de importação
}
count-local-group-members = { $count ->
    [one] { $count } membro do grupo local
   *[other] { $count } membros do grupo local
}
count-attendance-records = { $count ->
    [one] { $count } registo de presença
   *[other] { $count } registos de presença
}
count-days-off = { $count ->
    [one] { $count } dia de folga
   *[other] { $count } dias de folga
}
count-networks = { $count ->
    [one] { $count } rede
   *[other] { $count } redes
}
count-agenda-items = { $count ->
    [one] { $count } ponto da ordem de trabalhos
   *[other] { $count } pontos da ordem de trabalhos
}
count-good-practices = { $count ->
    [one] { $count } boa prática
   *[other] { $count } boas práticas
}
count-polls = { $count ->
    [one] { $count } sondagem
   *[other] { $count } sondagens
}
count-contact-emails = { $count ->
    [one] { $count } e-mail de contacto
   *[other] { $count } e-mails de contacto
}
count-list-and = { $first } e { $last }
count-hosted-meetings = { $count ->
    [one] { $count } reunião que perderia o seu anfitrião
   *[other] { $count } reuniões que perderiam o seu anfitrião
}
count-city-plans = { $count ->
    [one] { $count } plano de ação que perderia a sua cidade
   *[other] { $count } planos de ação que perderiam a sua cidade
}
error-several-plans-of-city = { $network } tem { $count } planos de { $city } (ids { $ids }); indique o id do plano
error-published-with-other-account = esta rede é publicada com a conta «{ $other }», não «{ $account }»; use --account { $other }
error-plan-file-changed-on-server = { $href } foi alterado no servidor desde a última leitura por este computador; nada foi substituído: execute primeiro convene plan pull { $plan } --account { $account } e depois push
error-poll-closed = a sondagem «{ $poll }» foi encerrada; uma sondagem encerrada fica como estava e não pode ser alterada. Altere antes a reunião que ela criou
error-poll-closed-on-option = a sondagem «{ $poll }» foi encerrada na opção { $number } ({ $when }); uma sondagem encerrada fica como estava e não pode ser alterada. Altere antes a reunião que ela criou
error-day-off-twice = { $partner } já tem o dia de folga «{ $name }» em { $date }
error-plan-conflict-settled = o conflito em «{ $label }» já foi resolvido ({ $resolution })
error-import-database-not-empty = a base de dados já contém dados ({ $held }); uma exportação JSON só é importada para uma base de dados vazia, para que cada id se mantenha. Importe-a antes para um novo ficheiro de base de dados, por exemplo: convene --db new.db import json FICHEIRO. Nada foi alterado
error-import-database-not-empty-at = a base de dados { $path } já contém dados ({ $held }); uma exportação JSON só é importada para uma base de dados vazia, para que cada id se mantenha. Importe-a antes para um novo ficheiro de base de dados, por exemplo: convene --db new.db import json FICHEIRO. Nada foi alterado
error-account-needs-name = uma conta precisa de um nome (por exemplo «nextcloud»)
error-account-name-too-long = um nome de conta tem no máximo { $max } caracteres
error-account-url-not-web = «{ $url }» não é um endereço web: tem de começar por https:// (ou http:// para um servidor neste computador)
error-account-url-no-server = «{ $url }» não indica nenhum servidor
error-account-url-spaces-or-long = o endereço tem espaços ou é demasiado longo
error-account-needs-user = o servidor precisa de um nome de utilizador
error-account-ca-not-a-file = { $file } não é um ficheiro: indique o ficheiro PEM da autoridade de certificação do servidor
error-account-exists = já existe uma conta chamada «{ $name }»; remova-a primeiro (convene account remove { $name }) ou escolha outro nome
error-no-account-named = não há nenhuma conta chamada «{ $name }» (convene account list mostra-as)
error-account-removed = a conta { $id } foi removida
error-no-open-calendar-conflict = não há nenhum conflito aberto { $id } (convene conflicts lista-os)

error-amount-negative = { $amount } é negativo; os montantes são euros gastos ou recebidos, 0 ou mais
error-amount-too-many-decimals = { $amount } tem mais de duas casas decimais; escreva euros e cêntimos, por exemplo 1250.50
error-amount-too-large = { $amount } é mais do que { $max } euros
error-amount-has-comma = «{ $text }» tem uma vírgula; escreva os euros com um ponto para os cêntimos e sem separador de milhares, por exemplo 1250.50
error-not-an-amount = «{ $text }» não é um montante em euros (por exemplo 1250.50)
error-not-a-month = «{ $text }» não é um mês; escreva-o como AAAA-MM, por exemplo 2025-03
error-plan-no-section = este plano não tem nenhuma secção «{ $key }»
error-plan-no-section-of = este plano não tem nenhuma secção «{ $key }»; as suas secções são { $keys }
error-plan-too-many-sections = um plano tem no máximo { $max } secções
error-not-a-section-key = «{ $key }» não é uma chave de secção (letras minúsculas, algarismos e -)
error-section-twice = a secção «{ $key }» aparece duas vezes
error-custom-section-standard-key = uma secção personalizada não pode usar uma chave padrão
error-not-a-standard-section = não é uma das secções padrão
error-standard-section-missing = falta a secção padrão «{ $title }» ({ $key })
error-plan-too-many-rows = um plano tem no máximo { $max } ações, { $max } indicadores e { $max } riscos
error-action-too-many-funding-lines = uma ação tem no máximo { $max } linhas de financiamento
error-indicator-not-of-plan = o indicador { $id } não é deste plano
error-indicator-linked-twice = o indicador { $id } está ligado duas vezes
error-not-one-to-five = { $value } não está entre 1 e 5
error-plan-adoption-date-not-adopted = só um plano aprovado tem data de aprovação
error-plan-already-adopted = o plano já está aprovado; volte a pô-lo em «Final» para registar outra data de aprovação
error-plan-status-move = { $from ->
    [in_review] um plano «Em revisão» só pode passar a «Rascunho» ou «Final»
    [final] um plano «Final» só pode passar a «Em revisão» ou «Aprovado»
    [adopted] um plano «Aprovado» só pode passar a «Final»
   *[draft] um plano «Rascunho» só pode passar a «Em revisão»
}, não a { $to ->
    [draft] «Rascunho»
    [in_review] «Em revisão»
    [final] «Final»
   *[adopted] «Aprovado»
}
error-plan-adoption-date-needed = indique a data em que a assembleia municipal aprovou o plano (AAAA-MM-DD)
error-standard-section-title = «{ $title }» é uma secção padrão do Plano de Ação Integrado; o seu título mantém-se
error-section-order-unknown = «{ $key }» não é uma secção deste plano ou aparece duas vezes
error-section-order-leaves-out = a nova ordem deixa de fora a secção «{ $key }»
error-standard-section-remove = «{ $key }» é uma secção padrão do Plano de Ação Integrado e não pode ser removida; deixe-a vazia

error-id-twice = { $id } aparece duas vezes

error-urbact-refused = { $reason }; era esperado o texto de páginas URBACT de redes ou de boas práticas, cada uma terminada por uma linha «Ref nid». Nada foi importado.
error-urbact-nul-byte = o ficheiro é binário, não texto (tem um byte NUL na linha { $line })
error-urbact-control-byte = o ficheiro é binário, não texto (tem um byte de controlo na linha { $line })
error-urbact-not-utf8 = o ficheiro não é texto UTF-8 (o byte { $byte } na linha { $line } não é UTF-8 válido); guarde o texto das páginas como UTF-8 e importe-o de novo. Nada foi importado.
error-urbact-empty = o ficheiro está vazio
error-time-skipped = { $time } não existe em { $zone } (a hora muda nesse momento); escolha outra hora
error-urbact-network-unsaved = linha { $line }: a rede «{ $network }» não pode ser guardada ({ $error }); nada foi importado
error-urbact-markup = o ficheiro é marcação HTML ou XML, não texto de página; abra a página num navegador, copie o texto e guarde-o. Era esperado o texto de páginas URBACT de redes ou de boas práticas, cada uma terminada por uma linha «Ref nid». Nada foi importado.
error-urbact-no-ref-nid = o ficheiro não tem nenhuma linha «Ref nid», por isso não contém nenhuma página
error-urbact-no-page-records = { $count ->
    [one] a única página do ficheiro não é
   *[other] nenhuma das { $count } páginas do ficheiro é
} uma página de rede (com parceiro líder ou uma lista de parceiros «Cidade - País») nem uma página de boa prática

error-holidays-unknown-country = O Convene não tem feriados para «{ $country }»; conhece estes países (códigos ISO 3166-1): { $codes }
error-holidays-no-regions-of = O Convene não conhece nenhuma região de { $country }; deixe a região vazia (tem regiões para: { $codes })
error-holidays-no-regional = O Convene não conhece feriados regionais em { $country }; deixe a região vazia
error-holidays-unknown-region = «{ $region }» não é uma região de { $country } que o Convene conheça; use um código ISO 3166-2 como { $example }: { $codes }
error-server-resource-no-uid = o recurso do servidor não contém nenhum evento com UID
error-server-version-unreadable = não foi possível ler a versão do servidor: { $skipped }

error-merged-row-invalid = a linha combinada não é válida: { $reason }
error-merged-row-id-changed = a linha combinada tem de manter o seu id
error-plan-no-conflicts = este plano não tem nenhum conflito por resolver
error-plan-no-conflict-in = este plano não tem nenhum conflito aberto em «{ $key }»; conflitos abertos: { $keys }
error-revision-parent-not-earlier = { $uuid } não aparece antes no ficheiro
error-revision-twice = a revisão { $uuid } aparece duas vezes
error-snapshot-part-missing = remete para a parte { $id }, que não está no ficheiro
error-revision-misnumbered = é { $number }, não { $expected }; as revisões são numeradas 1, 2, 3 por ordem
error-part-unreadable = a parte { $id } não pode ser lida: { $reason }
error-stored-revision-unreadable = uma revisão guardada não pode ser lida: { $reason }
error-stored-part-missing = uma revisão guardada remete para a parte { $id }, que está em falta
error-stored-part-unreadable = a parte guardada { $id } não pode ser lida: { $reason }
error-file-part-missing = { $what } remete para a parte { $id }, que não está no ficheiro
error-in-file-part = { $what }: { $reason }

-poll-option-forms = AAAA-MM-DD HH:MM/HH:MM para uma hora, AAAA-MM-DD (ou AAAA-MM-DD/AAAA-MM-DD) para dias inteiros
error-poll-option-not-a-date = «{ $option }» não é uma data; escreva uma opção como { -poll-option-forms }
error-poll-option-no-clock = «{ $option }» não tem uma hora «{ $time }»; escreva uma opção como { -poll-option-forms }
error-poll-option-empty = uma opção está vazia; escreva-a como { -poll-option-forms }
error-poll-option-no-end = «{ $option }» não indica a hora de fim; escreva uma opção como { -poll-option-forms }
error-poll-option-end-not-after-start = em «{ $option }» o fim não é depois do início; uma opção começa e acaba no mesmo dia
error-poll-option-last-before-first = em «{ $option }» o último dia é anterior ao primeiro
error-poll-option-needs-zone = «{ $option }» é uma hora: indique o seu fuso horário (--tz) ou um anfitrião
error-poll-option-undated = uma opção de sondagem é uma data ou uma hora, nunca sem data
error-poll-no-option = a sondagem «{ $poll }» não tem a opção { $number }; as suas opções estão numeradas de 1 a { $count }
error-no-poll-id = não há nenhuma sondagem com o id { $id }; `convene poll list REDE` lista-as
error-poll-no-options = proponha pelo menos uma data (AAAA-MM-DD HH:MM/HH:MM, ou AAAA-MM-DD)
error-poll-too-many-options = são propostas { $count } opções; uma sondagem propõe no máximo { $max }
error-poll-option-twice = «{ $option }» é proposta duas vezes (opções { $first } e { $second })
error-poll-closed-option-elsewhere = uma sondagem encerrada indica uma das suas próprias opções
error-poll-meeting-elsewhere = a reunião { $id } não é uma reunião desta rede

error-export-json-unwritable = não é possível escrever a exportação como JSON: { $reason }
error-export-not-json = o ficheiro não é JSON válido ({ $reason }); era esperado um ficheiro escrito por `convene export json`
error-not-an-export = este JSON não é uma exportação do Convene: { $why }. Use um ficheiro escrito por `convene export json`; nada foi importado
error-export-top-not-object = o seu nível superior não é um objeto JSON
error-export-other-format = o seu «format» é { $format }, não «{ $expected }»
error-export-no-format = não tem campo «format»
error-export-no-schema-version = não tem um campo «schema_version» inteiro
error-export-schema-version-zero = o seu «schema_version» é 0; as versões começam em 1
error-export-unreadable = a exportação do Convene não pode ser lida: { $reason }; nada foi importado
error-export-newer = esta exportação foi escrita por uma versão mais recente do Convene (schema_version { $version }; esta versão lê até à { $latest }). Atualize o Convene para a importar; nada foi importado

error-plan-json-unwritable = não é possível escrever o plano como JSON: { $reason }
error-not-a-plan-file = isto não é um ficheiro de plano do Convene: { $why }
error-plan-file-not-json = não é JSON válido ({ $reason })
error-plan-file-is-export = é uma exportação de toda a base de dados; use `convene import` (Dados > Importar) para ela
error-plan-file-other-format = o seu formato é «{ $format }», não «{ $expected }»
error-plan-file-no-format = não tem "format": "{ $expected }"
error-plan-file-newer = este ficheiro de plano foi escrito por uma versão mais recente do Convene (versão { $version }; esta versão lê até à { $latest }); atualize o Convene para o ler
error-plan-file-no-version = este ficheiro de plano não tem número "version"
error-plan-file-unreadable = este ficheiro de plano não pode ser lido: { $reason }
error-plan-file-damaged = este ficheiro de plano está danificado: { $what }
error-plan-file-uuid = o uuid do plano «{ $uuid }» não é um UUID
error-plan-file-no-revision = não contém nenhuma revisão
error-plan-file-revision-no-parent = a revisão { $number } ({ $uuid }) não tem pai; só a primeira revisão pode não ter
error-plan-file-first-revision-parent = a revisão { $number } ({ $uuid }) é a primeira mas indica um pai
error-plan-file-comment-no-uuid = o comentário { $number } ({ $uuid }) não tem uuid
error-plan-file-comment-invalid = comentário { $number } ({ $uuid }): { $reason }
error-plan-file-comment-twice = o comentário { $number } ({ $uuid }) aparece duas vezes
error-plan-file-stray-revision = a revisão { $uuid } não está no histórico da sua última revisão { $head }

error-invite-undated = «{ $title }» ainda não tem data; atribua-lhe data e hora antes de enviar um convite
error-invite-undated-planned = «{ $title }» ainda não tem data (prevista: { $planned }); atribua-lhe data e hora antes de enviar um convite
error-organizer-email-needed = indique o endereço de e-mail do organizador (name@example.org)
error-attendee-email-empty = o endereço de e-mail de um participante está vazio
error-attendees-needed = indique o endereço de e-mail de pelo menos um participante
error-poll-no-contact-emails = nenhum parceiro de { $network } tem um contacto com endereço de e-mail; adicione primeiro contactos ou indique os endereços
error-address-empty = um endereço está vazio
error-poll-address-not-a-contact = { $email } não é o endereço de nenhum contacto de um parceiro de { $network }; adicione-o primeiro aos contactos desse parceiro, para que as respostas contem para o parceiro
error-poll-not-closed = a sondagem «{ $poll }» ainda não está encerrada
error-partner-not-of-network = o parceiro { $id } não é parceiro desta rede

error-plan-file-comment-elsewhere = o seu comentário { $uuid } pertence aqui a outro plano (id { $id })
error-plan-file-revision-elsewhere = a sua revisão { $uuid } pertence aqui a outro plano (id { $id })
error-plan-file-not-utf8 = { $path } não é um ficheiro .convene-plan (não é texto UTF-8)
error-plan-network-missing = este plano pertence à rede { $network }, que não está nesta base de dados; importe primeiro essa rede

error-reply-unreadable = não pode ser lido: { $reason }
error-reply-too-large = tem mais de { $kb } KB, e uma resposta tem poucos KB: não é uma resposta
error-reply-empty = está vazio
error-reply-not-text = não é um e-mail, nem um ficheiro iCalendar, nem texto (contém bytes que não são UTF-8)
error-reply-calendar-unreadable = a sua parte de calendário não pode ser lida: { $reason }
error-reply-grid-unanswered = contém a grelha de respostas, mas nenhuma data tem resposta (escreva sim, talvez ou não depois de cada data)
error-reply-no-answer = não contém nenhuma resposta: nem uma resposta de calendário (METHOD:REPLY com PARTSTAT) nem uma grelha de respostas com a sua linha Token
error-reply-grid-bad-word = na grelha de respostas, a data [{ $number }] tem a resposta «{ $word }»; escreva sim, talvez ou não
error-reply-grid-no-token = contém respostas à grelha mas não a sua linha «Token:», que diz de quem são as respostas
error-reply-not-a-reply = é um calendário { $method }, não um REPLY: use as respostas que os parceiros enviaram, não os convites
error-reply-event-no-uid = linha { $line }: o evento não tem UID, por isso não responde a nenhuma data
error-reply-calendar-no-answer = a sua parte de calendário não contém nenhuma resposta (nenhum ATTENDEE com PARTSTAT ACCEPTED, TENTATIVE ou DECLINED)
error-reply-bad-dtstart = linha { $line }: DTSTART «{ $text }» não é uma data nem uma data com hora
error-reply-unknown-zone = linha { $line }: DTSTART usa o fuso horário «{ $zone }», que não é um nome IANA nem Windows e não corresponde a nenhum fuso
error-reply-time-skipped = linha { $line }: DTSTART { $time } não existe em { $zone } (é a mudança da hora)
error-reply-other-event = responde ao evento com UID { $uid }, que não é nenhuma das datas desta sondagem (uma resposta a outra sondagem ou reunião?)
error-reply-not-a-contact = vem de { $email }, que não é contacto de nenhum parceiro de { $network }; acrescente o endereço aos contactos do parceiro e leia-o de novo
error-reply-wrong-date = responde à data { $number } para { $start }, mas essa data é { $when }; não foi contado para a data errada
error-reply-other-token = a sua grelha tem o token { $token }, que esta sondagem não enviou (a grelha de outra sondagem?)
error-reply-no-such-date = a sua grelha responde à data [{ $number }], que esta sondagem não tem

error-restore-refused = { $file } não pode ser restaurado: { $why }
error-restore-is-open = é a base de dados que o Convene tem aberta
error-restore-cannot-open = não pode ser aberto ({ $reason })
error-restore-not-sqlite = não é uma cópia de segurança do Convene (não é uma base de dados SQLite)
error-restore-no-schema = não é uma cópia de segurança do Convene (não contém nenhum esquema do Convene)
error-restore-damaged = { $file } está danificado ({ $problem }); não foi restaurado
error-restore-busy = a base de dados continuou ocupada, por isso a cópia não foi restaurada; tente novamente
error-window-database-busy = a base de dados está ocupada ({ $reason }); tente novamente
error-window-cannot-open-database = não é possível abrir a base de dados { $file }: { $reason }
error-window-cannot-reopen-database = não é possível reabrir a base de dados restaurada: { $reason }
error-window-dialog-not-a-file = a caixa de diálogo indicou um local que não é um ficheiro ({ $reason })
error-window-no-data-folder = a pasta de dados da aplicação é desconhecida ({ $reason })
error-window-pull-read-nothing = a obtenção não leu nenhum ficheiro de plano
error-window-no-mail-program = o convite foi guardado como { $path }, mas nenhum programa de correio o abriu ({ $reason }); abra esse ficheiro com o seu programa de correio
error-window-folder-not-shown = as mensagens foram guardadas em { $path }, mas essa pasta não pôde ser aberta ({ $reason }); abra-a manualmente

error-unknown-country = «{ $text }» não é um país que o Convene conheça; use um código ISO 3166-1 como LV ou um nome como Letónia
plan-warning-funding-no-cost = «{ $action }» tem { $funding } euros de financiamento mas nenhuma estimativa de custo
plan-warning-funding-over-cost = o financiamento de «{ $action }» ({ $funding } euros) excede o seu custo ({ $cost } euros) em { $excess } euros
plan-warning-secured-over-total = o financiamento garantido ({ $secured } euros) excede em { $excess } euros o custo total ({ $total } euros)
