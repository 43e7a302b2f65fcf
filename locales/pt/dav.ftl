# O cliente dos servidores de calendário do Convene (CalDAV, WebDAV). Fonte: locales/en/dav.ftl (comentários lá).

dav-summary = { $network }: { $created ->
    [one] { $created } reunião criada
   *[other] { $created } reuniões criadas
}, { $updated ->
    [one] { $updated } alterada
   *[other] { $updated } alteradas
}, { $deleted ->
    [one] { $deleted } eliminada
   *[other] { $deleted } eliminadas
} no servidor; { $taken ->
    [one] { $taken } obtida do servidor
   *[other] { $taken } obtidas do servidor
}{ $conflicts ->
    [0] {""}
    [one] ; { $conflicts } conflito por resolver (convene conflicts)
   *[other] ; { $conflicts } conflitos por resolver (convene conflicts)
}.
dav-last-result-pull = leitura: { $summary }
dav-last-result-failed = falhou: { $error }
dav-created-on-server = «{ $title }» foi criada no servidor e é agora uma reunião aqui
dav-rewritten-on-server = «{ $title }» foi reescrita no servidor (sem nenhuma alteração que o Convene mostre)
dav-changed-on-server = «{ $title }» foi alterada no servidor: { $changes }
dav-line-with-provenance = { $line } ({ $details })
dav-series-on-server = «{ $title }» repete-se no servidor: reuniões criadas aqui: { $count }, uma por ocorrência dentro das datas da rede; a série continua a ser do servidor (as suas alterações chegam aqui, o Convene não a reescreve)
dav-series-changed-on-server = «{ $title }», uma série no servidor, foi alterada lá: reuniões atualizadas aqui: { $count }
dav-series-replaced-here = «{ $title }» de { $date } tinha sido alterada ou eliminada aqui, mas pertence a uma série no servidor: foi tomada a versão da série
dav-series-not-published = «{ $title }» de { $date } pertence a uma série no servidor: as alterações feitas aqui não são publicadas (altere a série num programa de calendário)
dav-series-deleted-here = a reunião de { $date } de uma série no servidor foi eliminada aqui: continua na série no servidor
dav-changed-on-both-sides = «{ $title }» foi alterada aqui e no servidor
dav-deleted-on-server = «{ $title }» foi eliminada no servidor; fica aqui até escolher (convene conflicts)
dav-changed-meanwhile = «{ $title }» foi alterada entretanto no servidor (412); nada foi substituído
dav-no-readable-event = { $href } não contém nenhum evento legível no servidor; ficou como estava
dav-not-taken = { $href }: não foi possível obter a versão do servidor: { $error }

dav-request-principal = a procura do utilizador (PROPFIND)
dav-request-calendar-home = a procura da pasta dos calendários (PROPFIND)
dav-request-calendars = a lista dos calendários
dav-request-create-calendar = a criação do calendário (MKCALENDAR)
dav-request-calendar-changes = a leitura das alterações do calendário (REPORT)
dav-request-calendar = a leitura do calendário (REPORT)
dav-request-calendar-at = a leitura do calendário { $href }
dav-request-calendar-listing = a lista do conteúdo do calendário (PROPFIND)
dav-request-changed-events = a leitura dos eventos alterados (REPORT calendar-multiget)
dav-request-create-event = a criação de um evento (PUT)
dav-request-update-event = a atualização de um evento (PUT)
dav-request-delete-event = a eliminação de um evento (DELETE)
dav-request-read-file = a leitura de { $href }
dav-request-write-file = a escrita de { $href }

dav-error-dns = o nome do servidor { $host } não foi encontrado (DNS): verifique o endereço da conta (convene account list) e a sua ligação à Internet
dav-error-refused = { $url } recusou a ligação: o servidor está em baixo ou o endereço ou a porta estão errados; nada foi alterado aqui, tente novamente quando estiver a funcionar
dav-error-timeout = { $url } não respondeu em { $seconds } segundos: o servidor ou a rede estão em baixo; nada foi alterado aqui, tente novamente mais tarde
dav-error-tls = o certificado TLS de { $url } não é fidedigno ({ $detail }): se o servidor usa a sua própria autoridade de certificação, adicione novamente a conta com --ca-file PEM
dav-error-unauthorized = { $url } recusou o nome de utilizador ou a palavra-passe (401): verifique o nome de utilizador (convene account list) e indique a palavra-passe certa (--password-stdin, CONVENE_DAV_PASSWORD ou o porta-chaves)
dav-error-not-caldav = { $url } não é um servidor CalDAV ({ $detail }): indique o endereço do servidor de calendários (no Nextcloud, https://HOST/remote.php/dav)
dav-error-no-password = não há palavra-passe para a conta «{ $account }»: nenhum porta-chaves respondeu ({ $detail }); indique-a com --password-stdin ou em CONVENE_DAV_PASSWORD
dav-error-forbidden = { $url } respondeu { $status } a { $what }: a conta não tem permissão para o fazer; verifique as suas permissões no servidor
dav-error-not-found = { $url } respondeu { $status } a { $what }: o calendário ou o ficheiro não está lá (ou já não está); publique novamente para o criar
dav-error-not-supported = { $url } respondeu { $status } a { $what }: o servidor não oferece isto; talvez não seja um servidor CalDAV/WebDAV
dav-error-changed = { $url } respondeu { $status } a { $what }: alguém o alterou entretanto no servidor; nada foi substituído
dav-error-full = { $url } respondeu { $status } a { $what }: o servidor ficou sem espaço
dav-error-failed = { $url } respondeu { $status } a { $what }: o servidor falhou; tente novamente mais tarde
dav-error-unexpected = { $url } respondeu { $status } a { $what }: uma resposta com que o Convene não sabe o que fazer
dav-error-other = a comunicação com { $url } falhou: { $detail }
dav-detail-not-webdav-xml = a sua resposta a { $what } não é XML WebDAV: { $detail }
dav-detail-request = { $what }: { $detail }
dav-detail-no-calendar-home = o utilizador { $principal } não indica nenhuma pasta de calendários (calendar-home-set)
dav-detail-no-free-calendar-name = não há nenhum nome livre para o calendário em { $home }
dav-detail-not-utf8 = { $href } não é texto UTF-8

dav-ca-file-unreadable = { $path } não pôde ser lido como certificados PEM ({ $detail }); indique o certificado da autoridade de certificação do servidor em formato PEM
dav-ca-file-empty = { $path } não contém nenhum certificado; indique o certificado da autoridade de certificação do servidor em formato PEM
dav-not-a-web-address = «{ $url }» não é um endereço web ({ $detail })
dav-user-not-for-http = o nome de utilizador contém caracteres que o HTTP não consegue transmitir
dav-password-stdin-empty = --password-stdin leu uma linha vazia: passe-lhe a palavra-passe por um pipe, por ex. `printf %s "$PASS" | convene ...`
dav-network-not-published = { $network } ainda não está publicada: execute primeiro convene publish { $slug } --account NOME
dav-no-plan-file = não há nenhum ficheiro do plano em { $href } em { $server }: envie-o primeiro (convene plan push { $plan } --account { $account })
