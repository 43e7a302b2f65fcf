## Tipos de aviso

import-kind-unplaced = Linha não colocada
import-kind-inferred-country = País deduzido
import-kind-missing-country = País em falta
import-kind-country-conflict = Conflito de país
import-kind-partner-added = Parceiro adicionado
import-kind-host-not-saved = Anfitrião não guardado
import-kind-out-of-sequence = Data fora de ordem
import-kind-inferred = Deduzido
import-kind-bad-date = Data inexistente
import-kind-refused = Recusado por uma regra
import-kind-unknown-record = Registo desconhecido

## Porque uma linha não pôde ser colocada

import-reason-unknown-record = parte do registo que termina na linha { $line }, que não é uma página de rede (sem parceiro principal nem lista «Cidade - País») nem uma página de boa prática
import-reason-after-last-record = depois da última linha «Ref nid», por isso não pertence a nenhum registo
import-reason-not-network-content = não é um parceiro, uma reunião, um marco, um plano de ação, uma descrição nem um lema
import-reason-early-paragraph = um parágrafo anterior aos últimos parágrafos da página, que são a sua descrição
import-reason-other-email = um endereço de e-mail diferente do endereço de contacto da rede, { $email }
import-reason-address = um endereço que não começa pelo nome de um parceiro
import-reason-lone-plan-line = uma linha entre os planos de ação sem resumo, ligação nem linha de cidade
import-reason-practice-header = uma linha entre o cabeçalho da prática (lema, autor, função) e o seu texto
import-reason-refused = recusado: { $error }
import-reason-partner-without-country = parceiro sem país: { $partner }
import-reason-both = { $first }; { $second }
import-field-problem = { $field }: { $reason }

## Datas que não o são

import-date-not-a-day = { $day } de { $month } de { $year } não é um dia do calendário
import-date-range-backwards = o período termina ({ $end }) antes de começar ({ $start })

## Porque o país de um parceiro foi deduzido

import-country-because-email = o seu endereço de e-mail { $email } (linha { $line }) está sob o domínio .{ $tld }
import-country-because-mention = a linha { $line } do ficheiro escreve «{ $quote }»
import-country-because-both = { $first }, e { $second }
import-country-option = { $country } ({ $because })

## Avisos

import-warning-host-not-saved = o local { $place } é o parceiro { $partner }, que não está guardado (o seu país é desconhecido); a reunião mantém { $place } como local e não tem anfitrião
import-warning-meeting-exists = «{ $meeting }» já está na base de dados e fica como está: o ano de início não altera reuniões guardadas (date-a editando-a)
import-warning-month-only = a página só indica o mês de «{ $meeting }» em { $place }; fica definida para { $month } de { $year }, contando a partir do ano de início { $start } pela ordem da página, e fica sem dia
import-unnamed-place = um local sem nome
import-warning-plan-linked-by-title = este plano de ação não tem linha de cidade; fica ligado a { $partner }, que o seu título nomeia
import-warning-plan-without-city = este plano de ação não tem linha de cidade e o seu título não nomeia um único parceiro; é guardado sem cidade
import-warning-not-placed-in-network = não colocada ({ $reason }); guardada nas notas de importação de { $network }
import-warning-not-placed = não colocada ({ $reason }); guardada nas notas de importação
import-warning-unknown-record = { $reason }; guardada nas notas de importação
import-warning-kind-not-stated = a página não diz que tipo de rede é { $network }; é registada como rede de planeamento de ação, o tipo cujas páginas listam parceiros e reuniões como esta (altere-o se estiver errado)
import-warning-cannot-save = não pode ser guardada ({ $error }); guardada nas notas de importação
import-warning-practice-cannot-save = a boa prática não pode ser guardada ({ $error }); o seu título fica nas notas de importação
import-warning-country-conflict = a página situa { $partner } em { $country }, mas o parceiro guardado está em { $saved }; mantém-se o país guardado
import-warning-country-inferred = a página não indica o país de { $partner }; definido como { $country } porque { $because }
import-warning-country-missing = a página não indica o país de { $partner } e nada no ficheiro diz em que país fica; o parceiro não é guardado (um parceiro precisa de um país) e a linha fica nas notas de importação. Adicione-o com: convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-country-disputed = a página não indica o país de { $partner } e o ficheiro sugere países diferentes: { $options }; o parceiro não é guardado (um parceiro precisa de um país) e a linha fica nas notas de importação. Adicione-o com: convene partner add { $network } --name "{ $partner }" --country CODE
import-warning-plan-city-conflict = a página situa { $city } em { $country }, mas o parceiro { $partner } está em { $saved }; o plano de ação fica ligado a { $partner } e não se adiciona nenhum parceiro
import-warning-plan-city-added = { $city } tem um plano de ação («{ $plan }») mas não está na lista de parceiros; adicionada como parceiro associado em { $country }
import-warning-postal-address = lida como a morada postal de { $partner } (começa pelo seu nome e termina pelo seu país); guardada nas notas do parceiro
import-warning-bad-date = { $reason }; a linha fica nas notas de importação
import-warning-out-of-sequence = { $date } é anterior a { $before } (linha { $line }), listado acima; mantido como escrito, verifique o ano
import-warning-practice-no-city = o texto da prática não nomeia nenhuma cidade como «Cidade (CC)»; a sua cidade e o seu país ficam vazios

## Meses

import-month-1 = janeiro
import-month-2 = fevereiro
import-month-3 = março
import-month-4 = abril
import-month-5 = maio
import-month-6 = junho
import-month-7 = julho
import-month-8 = agosto
import-month-9 = setembro
import-month-10 = outubro
import-month-11 = novembro
import-month-12 = dezembro

import-month-of-day-1 = janeiro
import-month-of-day-2 = fevereiro
import-month-of-day-3 = março
import-month-of-day-4 = abril
import-month-of-day-5 = maio
import-month-of-day-6 = junho
import-month-of-day-7 = julho
import-month-of-day-8 = agosto
import-month-of-day-9 = setembro
import-month-of-day-10 = outubro
import-month-of-day-11 = novembro
import-month-of-day-12 = dezembro

## Dias

import-day = { $day } de { $month } de { $year }
import-day-and-month = { $day } de { $month }
import-days-in-month = { $first_day }–{ $last }
import-days-in-year = { $first } – { $last }
import-days-across-years = { $first } – { $last }
