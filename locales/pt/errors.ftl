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
