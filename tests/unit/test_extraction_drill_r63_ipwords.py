"""A drill of the sixty-third round (issue 18): the words that give an address its use, in the
languages foreign media write in - every official EU language and Ukrainian, Russian, Serbian,
Norwegian, Icelandic, Turkish and Vietnamese. Production, main, primary, backup, reserve,
secondary and contingency servers are production ones; test, trial, acceptance and staging
servers are test ones; "respectively" says the order of a list of roles. Written as labelled
lines, tables (HTML, XLSX, DOCX, PDF), prose and "respectively" sentences, in Cyrillic,
Greek and Latin letters, lower and upper case; with ranges written in several spellings (an
IPv6 range "A – ::12", "A do B", "::10-12" must expand or be flagged, never be read as its
two ends with certainty); and near misses: a greeting or a word that holds a role word but
means something else, a sentence about testing the feed that names no test address.

Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it; each is
scored field by field as the corpus runner scores a case. Every text here is written for the
test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import docx_bytes, pdf_bytes, xlsx_bytes
from tests.unit.drill_helpers import FEED, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str, *extra: Component, subject: str = "XML") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)


# ---- labelled lines ---------------------------------------------------------------------

CASES["uk_lines_working_reserve_test"] = (
    _m("Шановні пані та панове,\n\nредакція інтернет-видання «Львівські новини» (ТОВ «Галицькі"
       " медіа») просить надати доступ до XML-сервера з результатами виборів.\n\n"
       "Робочий сервер: 192.0.2.11\nРезервний сервер: 192.0.2.12\nТестовий сервер: 192.0.2.19\n\n"
       "Контактна особа: Андрій Ковальчук, тел. +380 67 412 3390\n\nЗ повагою\nАндрій Ковальчук",
       "a.kovalchuk@lvivnews.example", "Андрій Ковальчук", subject="Запит на доступ до XML"),
    label(FEED, ("ТОВ «Галицькі медіа»", None, None), ["192.0.2.11", "192.0.2.12"], ["192.0.2.19"],
          ("Андрій Ковальчук", "a.kovalchuk@lvivnews.example", "+380674123390")),
)

CASES["uk_upper_main_test"] = (
    _m("Добрий день,\n\nпросимо про доступ до сервера з результатами виборів у форматі XML для"
       " видання Visnyk Kyiv s.r.o., IČO 77447166.\n\nОСНОВНИЙ СЕРВЕР: 198.51.100.21\n"
       "ТЕСТОВИЙ СЕРВЕР: 198.51.100.29\n\nОлена Шевчук\nтел. +420 731 200 418",
       "shevchuk@visnyk.example", "Олена Шевчук"),
    label(FEED, ("Visnyk Kyiv s.r.o.", "77447166", None), ["198.51.100.21"], ["198.51.100.29"],
          ("Олена Шевчук", "shevchuk@visnyk.example", "+420731200418")),
)

CASES["ru_lines_combat_reserve_stand"] = (
    _m("Здравствуйте!\n\nООО «Пражский курьер» просит предоставить доступ к XML-серверу с"
       " результатами выборов.\n\nОсновной сервер: 203.0.113.31\nРезервный сервер: 203.0.113.32\n"
       "Тестовый стенд: 203.0.113.39\n\nКонтактное лицо: Игорь Соколов, тел. +420 604 118 273\n\n"
       "С уважением,\nИгорь Соколов",
       "sokolov@kurier.example", "Игорь Соколов"),
    label(FEED, ("ООО «Пражский курьер»", None, None), ["203.0.113.31", "203.0.113.32"],
          ["203.0.113.39"], ("Игорь Соколов", "sokolov@kurier.example", "+420604118273")),
)

CASES["bg_html_table_production_test"] = (
    mail(html_body(
        "<p>Уважаеми дами и господа,</p><p>Дунав Медия ЕООД моли за достъп до XML сървъра с"
        " резултатите от изборите.</p><table><tr><td>Производствен сървър</td>"
        "<td>192.0.2.41</td></tr><tr><td>Тестов сървър</td><td>192.0.2.49</td></tr></table>"
        "<p>Лице за контакт: Мария Петрова, тел. +359 887 301 552</p><p>С уважение,<br>"
        "Мария Петрова</p>"),
        subject="Достъп до XML", sender="m.petrova@dunavmedia.example", sender_name="Мария Петрова"),
    label(FEED, ("Дунав Медия ЕООД", None, None), ["192.0.2.41"], ["192.0.2.49"],
          ("Мария Петрова", "m.petrova@dunavmedia.example", "+359887301552")),
)

CASES["sr_cyrillic_production_test"] = (
    _m("Поштовани,\n\nБеоградски дневник д.о.о. моли за приступ XML серверу са резултатима"
       " избора.\n\nПродукциони сервер: 198.51.100.51\nРезервни сервер: 198.51.100.52\n"
       "Тестни сервер: 198.51.100.59\n\nКонтакт: Марко Јовановић, тел. +381 64 218 3307\n\n"
       "Срдачан поздрав,\nМарко Јовановић",
       "m.jovanovic@bgdnevnik.example", "Марко Јовановић"),
    label(FEED, ("Београдски дневник д.о.о.", None, None), ["198.51.100.51", "198.51.100.52"],
          ["198.51.100.59"], ("Марко Јовановић", "m.jovanovic@bgdnevnik.example", "+381642183307")),
)

CASES["sr_latin_production_backup_trial"] = (
    _m("Poštovani,\n\nNovosadski portal d.o.o. traži pristup XML serveru sa rezultatima izbora.\n\n"
       "Produkcioni server: 203.0.113.61\nRezervni server: 203.0.113.62\nProbni server: 203.0.113.69\n\n"
       "Kontakt: Jelena Nikolić, tel. +381 63 417 2290\n\nSrdačan pozdrav,\nJelena Nikolić",
       "j.nikolic@nsportal.example", "Jelena Nikolić"),
    label(FEED, ("Novosadski portal d.o.o.", None, None), ["203.0.113.61", "203.0.113.62"],
          ["203.0.113.69"], ("Jelena Nikolić", "j.nikolic@nsportal.example", "+381634172290")),
)

CASES["el_upper_lines_backup"] = (
    _m("Αξιότιμοι κύριοι,\n\nη εταιρεία Ειδήσεις Αιγαίου Α.Ε. ζητά πρόσβαση στον διακομιστή XML"
       " με τα αποτελέσματα των εκλογών.\n\nΔΙΕΥΘΥΝΣΗ ΠΑΡΑΓΩΓΗΣ: 192.0.2.71\n"
       "ΕΦΕΔΡΙΚΟΣ ΔΙΑΚΟΜΙΣΤΗΣ: 192.0.2.72\nΔΟΚΙΜΑΣΤΙΚΗ ΔΙΕΥΘΥΝΣΗ: 192.0.2.79\n\n"
       "Υπεύθυνη επικοινωνίας: Ελένη Παππά, κιν. +30 694 117 2083\n\nΜε εκτίμηση,\nΕλένη Παππά",
       "e.pappa@aigaio.example", "Ελένη Παππά"),
    label(FEED, ("Ειδήσεις Αιγαίου Α.Ε.", None, None), ["192.0.2.71", "192.0.2.72"],
          ["192.0.2.79"], ("Ελένη Παππά", "e.pappa@aigaio.example", "+306941172083")),
)

CASES["is_lines_main_spare_test"] = (
    _m("Góðan dag,\n\nNorðurljós miðlar ehf. óskar eftir aðgangi að XML-þjóni með kosningaúrslitum.\n\n"
       "Aðalþjónn: 198.51.100.81\nVaraþjónn: 198.51.100.82\nPrófunarþjónn: 198.51.100.89\n\n"
       "Tengiliður: Sigríður Jónsdóttir, sími +354 861 2047\n\nKveðja,\nSigríður Jónsdóttir",
       "sigga@nordurljos.example", "Sigríður Jónsdóttir"),
    label(FEED, ("Norðurljós miðlar ehf.", None, None), ["198.51.100.81", "198.51.100.82"],
          ["198.51.100.89"], ("Sigríður Jónsdóttir", "sigga@nordurljos.example", "+3548612047")),
)

CASES["tr_lines_production_backup_trial"] = (
    _m("Sayın yetkili,\n\nBoğaziçi Haber A.Ş. olarak seçim sonuçlarının XML sunucusuna erişim"
       " talep ediyoruz.\n\nÜretim sunucusu: 203.0.113.91\nYedek sunucu: 203.0.113.92\n"
       "Deneme sunucusu: 203.0.113.99\n\nİletişim: Ayşe Yılmaz, tel. +90 532 418 2736\n\n"
       "Saygılarımızla,\nAyşe Yılmaz",
       "ayse.yilmaz@bogazicihaber.example", "Ayşe Yılmaz"),
    label(FEED, ("Boğaziçi Haber A.Ş.", None, None), ["203.0.113.91", "203.0.113.92"],
          ["203.0.113.99"], ("Ayşe Yılmaz", "ayse.yilmaz@bogazicihaber.example", "+905324182736")),
)

CASES["vi_lines_production_test"] = (
    _m("Kính gửi Quý cơ quan,\n\nCông ty TNHH Tin Tức Sông Hồng đề nghị được truy cập máy chủ XML"
       " kết quả bầu cử.\n\nMáy chủ sản xuất: 192.0.2.101\nMáy chủ dự phòng: 192.0.2.102\n"
       "Máy chủ thử nghiệm: 192.0.2.109\n\nLiên hệ: Nguyễn Thị Lan, điện thoại +84 912 306 471\n\n"
       "Trân trọng,\nNguyễn Thị Lan",
       "lan.nguyen@songhong.example", "Nguyễn Thị Lan"),
    label(FEED, ("Công ty TNHH Tin Tức Sông Hồng", None, None), ["192.0.2.101", "192.0.2.102"],
          ["192.0.2.109"], ("Nguyễn Thị Lan", "lan.nguyen@songhong.example", "+84912306471")),
)

CASES["lt_lines_main_spare_trial"] = (
    _m("Laba diena,\n\nUAB „Vilniaus žinios“ prašo suteikti prieigą prie rinkimų rezultatų XML"
       " serverio.\n\nPagrindinis serveris: 198.51.100.111\nAtsarginis serveris: 198.51.100.112\n"
       "Bandomasis serveris: 198.51.100.119\n\nKontaktinis asmuo: Tomas Kazlauskas, tel. +370 612 48 337\n\n"
       "Pagarbiai\nTomas Kazlauskas",
       "tomas@vilniauszinios.example", "Tomas Kazlauskas"),
    label(FEED, ("UAB „Vilniaus žinios“", None, None), ["198.51.100.111", "198.51.100.112"],
          ["198.51.100.119"], ("Tomas Kazlauskas", "tomas@vilniauszinios.example", "+37061248337")),
)

CASES["lv_lines_main_reserve_test"] = (
    _m("Labdien!\n\nSIA „Rīgas Vēstis“ lūdz piekļuvi vēlēšanu rezultātu XML serverim.\n\n"
       "Galvenais serveris: 203.0.113.121\nRezerves serveris: 203.0.113.122\n"
       "Testēšanas serveris: 203.0.113.129\n\nKontaktpersona: Līga Bērziņa, tālr. +371 2941 7730\n\n"
       "Ar cieņu,\nLīga Bērziņa",
       "liga@rigasvestis.example", "Līga Bērziņa"),
    label(FEED, ("SIA „Rīgas Vēstis“", None, None), ["203.0.113.121", "203.0.113.122"],
          ["203.0.113.129"], ("Līga Bērziņa", "liga@rigasvestis.example", "+37129417730")),
)

CASES["et_lines_main_spare_test"] = (
    _m("Tere!\n\nTallinna Uudised OÜ palub juurdepääsu valimistulemuste XML-serverile.\n\n"
       "Põhiserver: 192.0.2.131\nVaruserver: 192.0.2.132\nTestserver: 192.0.2.139\n\n"
       "Kontaktisik: Kadri Tamm, tel +372 5123 4471\n\nLugupidamisega\nKadri Tamm",
       "kadri.tamm@tallinnauudised.example", "Kadri Tamm"),
    label(FEED, ("Tallinna Uudised OÜ", None, None), ["192.0.2.131", "192.0.2.132"], ["192.0.2.139"],
          ("Kadri Tamm", "kadri.tamm@tallinnauudised.example", "+37251234471")),
)

CASES["fi_lines_main_spare_test"] = (
    _m("Hyvä vastaanottaja,\n\nPohjolan Sanomat Oy pyytää pääsyä vaalitulosten XML-palvelimelle.\n\n"
       "Pääpalvelin: 198.51.100.141\nVarapalvelin: 198.51.100.142\nTestipalvelin: 198.51.100.149\n\n"
       "Yhteyshenkilö: Mikko Virtanen, puh. +358 40 718 2264\n\nYstävällisin terveisin\nMikko Virtanen",
       "mikko.virtanen@pohjolansanomat.example", "Mikko Virtanen"),
    label(FEED, ("Pohjolan Sanomat Oy", None, None), ["198.51.100.141", "198.51.100.142"],
          ["198.51.100.149"], ("Mikko Virtanen", "mikko.virtanen@pohjolansanomat.example",
                               "+358407182264")),
)

CASES["hu_lines_main_reserve_test"] = (
    _m("Tisztelt Hölgyem/Uram!\n\nA Dunántúli Hírek Kft. hozzáférést kér a választási eredmények"
       " XML-szerveréhez.\n\nFő szerver: 203.0.113.151\nTartalék szerver: 203.0.113.152\n"
       "Teszt szerver: 203.0.113.159\n\nKapcsolattartó: Nagy Eszter, tel. +36 30 412 7785\n\n"
       "Üdvözlettel:\nNagy Eszter",
       "nagy.eszter@dunantulihirek.example", "Nagy Eszter"),
    label(FEED, ("Dunántúli Hírek Kft.", None, None), ["203.0.113.151", "203.0.113.152"],
          ["203.0.113.159"], ("Nagy Eszter", "nagy.eszter@dunantulihirek.example", "+36304127785")),
)

CASES["sv_lines_main_reserve_test"] = (
    _m("Hej,\n\nGöteborgs Nyheter AB ansöker om tillgång till XML-servern med valresultaten.\n\n"
       "Huvudserver: 192.0.2.161\nReservserver: 192.0.2.162\nTestserver: 192.0.2.169\n\n"
       "Kontaktperson: Erik Lindqvist, tel. +46 70 318 2245\n\nMed vänliga hälsningar\nErik Lindqvist",
       "erik.lindqvist@gbgnyheter.example", "Erik Lindqvist"),
    label(FEED, ("Göteborgs Nyheter AB", None, None), ["192.0.2.161", "192.0.2.162"], ["192.0.2.169"],
          ("Erik Lindqvist", "erik.lindqvist@gbgnyheter.example", "+46703182245")),
)

CASES["no_lines_main_secondary_test"] = (
    _m("Hei,\n\nBergens Avis AS søker om tilgang til XML-serveren med valgresultatene.\n\n"
       "Hovedserver: 198.51.100.171\nSekundær server: 198.51.100.172\nTestmiljø: 198.51.100.179\n\n"
       "Kontaktperson: Ingrid Haugen, tlf. +47 912 40 387\n\nMed vennlig hilsen\nIngrid Haugen",
       "ingrid.haugen@bergensavis.example", "Ingrid Haugen"),
    label(FEED, ("Bergens Avis AS", None, None), ["198.51.100.171", "198.51.100.172"],
          ["198.51.100.179"], ("Ingrid Haugen", "ingrid.haugen@bergensavis.example", "+4791240387")),
)

CASES["nl_lines_main_fallback_acceptance"] = (
    _m("Geachte heer, mevrouw,\n\nNoord Media B.V. vraagt toegang tot de XML-server met de"
       " verkiezingsuitslagen.\n\nHoofdserver: 203.0.113.181\nUitwijkserver: 203.0.113.182\n"
       "Acceptatieserver: 203.0.113.189\n\nContactpersoon: Sanne de Vries, tel. +31 6 4127 3390\n\n"
       "Met vriendelijke groet,\nSanne de Vries",
       "sanne.devries@noordmedia.example", "Sanne de Vries"),
    label(FEED, ("Noord Media B.V.", None, None), ["203.0.113.181", "203.0.113.182"],
          ["203.0.113.189"], ("Sanne de Vries", "sanne.devries@noordmedia.example", "+31641273390")),
)

CASES["pl_xlsx_main_spare_test"] = (
    _m("Dzień dobry,\n\nGazeta Śląska Sp. z o.o. przesyła w załączeniu wniosek o dostęp do"
       " serwera XML z wynikami wyborów.\n\nPozdrawiam\nKatarzyna Wójcik\ntel. +48 601 274 318",
       "k.wojcik@gazetaslaska.example", "Katarzyna Wójcik",
       attachment("adresy.xlsx", xlsx_bytes([["Serwer", "Adres IP"], ["Główny", "192.0.2.191"],
                                             ["Zapasowy", "192.0.2.192"], ["Testowy", "192.0.2.199"]]))),
    label(FEED, ("Gazeta Śląska Sp. z o.o.", None, None), ["192.0.2.191", "192.0.2.192"],
          ["192.0.2.199"], ("Katarzyna Wójcik", "k.wojcik@gazetaslaska.example", "+48601274318")),
)

CASES["hr_docx_production_spare_trial"] = (
    _m("Poštovani,\n\nu privitku šaljemo zahtjev.\n\nLijep pozdrav,\nIvan Horvat\nmob. +385 91 402 7731",
       "ivan.horvat@dalmacijanews.example", "Ivan Horvat",
       attachment("zahtjev.docx", docx_bytes([
           "Dalmacija News d.o.o. traži pristup poslužitelju s rezultatima izbora u XML formatu.",
           "Produkcijski poslužitelj: 198.51.100.201",
           "Pričuvni poslužitelj: 198.51.100.202",
           "Probni poslužitelj: 198.51.100.209",
           "Kontakt: Ivan Horvat, mob. +385 91 402 7731"]))),
    label(FEED, ("Dalmacija News d.o.o.", None, None), ["198.51.100.201", "198.51.100.202"],
          ["198.51.100.209"], ("Ivan Horvat", "ivan.horvat@dalmacijanews.example", "+385914027731")),
)

CASES["sl_prose_main_reserve_test"] = (
    _m("Spoštovani,\n\nMariborske novice d.o.o. prosimo za dostop do strežnika XML z rezultati"
       " volitev. Glavni strežnik ima naslov 203.0.113.211, rezervni strežnik 203.0.113.212,"
       " testni strežnik pa 203.0.113.219.\n\nKontakt: Nina Kovač, tel. +386 41 327 118\n\n"
       "Lep pozdrav,\nNina Kovač",
       "nina.kovac@mbnovice.example", "Nina Kovač"),
    label(FEED, ("Mariborske novice d.o.o.", None, None), ["203.0.113.211", "203.0.113.212"],
          ["203.0.113.219"], ("Nina Kovač", "nina.kovac@mbnovice.example", "+38641327118")),
)

CASES["ro_pdf_reserve_test"] = (
    _m("Bună ziua,\n\nvă trimitem cererea în atașament.\n\nCu stimă,\nAndrei Popescu",
       "andrei.popescu@banatinfo.example", "Andrei Popescu",
       attachment("cerere.pdf", pdf_bytes([
           "Banat Info S.R.L. solicită accesul la serverul XML cu rezultatele alegerilor.",
           "Server principal: 192.0.2.221",
           "Server de rezervă: 192.0.2.222",
           "Server de testare: 192.0.2.229",
           "Persoană de contact: Andrei Popescu, tel. +40 722 418 306"]))),
    label(FEED, ("Banat Info S.R.L.", None, None), ["192.0.2.221", "192.0.2.222"], ["192.0.2.229"],
          ("Andrei Popescu", "andrei.popescu@banatinfo.example", "+40722418306")),
)

CASES["es_contingencia_pruebas"] = (
    _m("Estimados señores:\n\nEdiciones Meseta S.L. solicita acceso al servidor XML de resultados"
       " electorales.\n\nServidor de producción: 198.51.100.231\nServidor de contingencia:"
       " 198.51.100.232\nServidor de pruebas: 198.51.100.239\n\nContacto: Lucía Romero, tel."
       " +34 612 408 331\n\nAtentamente,\nLucía Romero",
       "lucia.romero@meseta.example", "Lucía Romero"),
    label(FEED, ("Ediciones Meseta S.L.", None, None), ["198.51.100.231", "198.51.100.232"],
          ["198.51.100.239"], ("Lucía Romero", "lucia.romero@meseta.example", "+34612408331")),
)

CASES["de_haupt_ersatz_staging"] = (
    _m("Sehr geehrte Damen und Herren,\n\ndie Ostsee Medien GmbH beantragt den Zugang zum"
       " XML-Server mit den Wahlergebnissen.\n\nHauptserver: 203.0.113.241\nErsatzserver:"
       " 203.0.113.242\nStaging: 203.0.113.249\n\nAnsprechpartnerin: Julia Becker, Tel."
       " +49 171 408 2237\n\nMit freundlichen Grüßen\nJulia Becker",
       "j.becker@ostsee-medien.example", "Julia Becker"),
    label(FEED, ("Ostsee Medien GmbH", None, None), ["203.0.113.241", "203.0.113.242"],
          ["203.0.113.249"], ("Julia Becker", "j.becker@ostsee-medien.example", "+491714082237")),
)

CASES["ga_lines_production_test"] = (
    _m("A chara,\n\nIarrann Nuacht an Iarthair Teoranta rochtain ar fhreastalaí XML na dtorthaí"
       " toghcháin.\n\nSeoladh táirgthe: 192.0.2.251\nSeoladh cúltaca: 192.0.2.252\n"
       "Seoladh tástála: 192.0.2.253\n\nTeagmháil: Siobhán Ní Bhriain, fón +353 87 412 3308\n\n"
       "Le meas,\nSiobhán Ní Bhriain",
       "siobhan@nuacht-iarthar.example", "Siobhán Ní Bhriain"),
    label(FEED, ("Nuacht an Iarthair Teoranta", None, None), ["192.0.2.251", "192.0.2.252"],
          ["192.0.2.253"], ("Siobhán Ní Bhriain", "siobhan@nuacht-iarthar.example", "+353874123308")),
)

# ---- "respectively" ---------------------------------------------------------------------

CASES["pt_respetivamente_test_first"] = (
    _m("Exmos. Senhores,\n\nA Voz do Minho, Lda. solicita o acesso ao servidor XML com os"
       " resultados eleitorais. Os endereços 198.51.100.14 e 198.51.100.15 correspondem,"
       " respetivamente, aos servidores de testes e de produção.\n\nContacto: Rui Martins,"
       " telem. +351 913 402 771\n\nCom os melhores cumprimentos,\nRui Martins",
       "rui.martins@vozdominho.example", "Rui Martins"),
    label(FEED, ("Voz do Minho, Lda.", None, None), ["198.51.100.15"], ["198.51.100.14"],
          ("Rui Martins", "rui.martins@vozdominho.example", "+351913402771")),
)

CASES["br_respectivamente_three_roles"] = (
    _m("Prezados,\n\na Rede Cerrado Comunicação Ltda. solicita acesso ao servidor XML com os"
       " resultados das eleições.\n\nNossos servidores principal, de contingência e de"
       " homologação são, respectivamente, 203.0.113.24, 203.0.113.25 e 203.0.113.28.\n\n"
       "Contato: Paula Ribeiro, +55 61 98412-3307\n\nAtenciosamente,\nPaula Ribeiro",
       "paula.ribeiro@redecerrado.example", "Paula Ribeiro"),
    label(FEED, ("Rede Cerrado Comunicação Ltda.", None, None), ["203.0.113.24", "203.0.113.25"],
          ["203.0.113.28"], ("Paula Ribeiro", "paula.ribeiro@redecerrado.example", "+5561984123307")),
)

CASES["ru_sootvetstvenno"] = (
    _m("Добрый день!\n\nАО «Балтийские известия» просит доступ к XML-серверу с результатами"
       " выборов. Адреса тестового и рабочего серверов — соответственно 192.0.2.34 и 192.0.2.33.\n\n"
       "Контактное лицо: Наталья Орлова, тел. +420 608 331 924\n\nС уважением,\nНаталья Орлова",
       "orlova@baltizv.example", "Наталья Орлова"),
    label(FEED, ("АО «Балтийские известия»", None, None), ["192.0.2.33"], ["192.0.2.34"],
          ("Наталья Орлова", "orlova@baltizv.example", "+420608331924")),
)

CASES["uk_vidpovidno_three"] = (
    _m("Добрий день,\n\nТОВ «Одеський оглядач» просить надати доступ до XML-сервера з"
       " результатами виборів. Основний, резервний і тестовий сервери мають відповідно адреси"
       " 198.51.100.44, 198.51.100.45 і 198.51.100.46.\n\nКонтакт: Ірина Бондар, тел. +380 50 318 2274\n\n"
       "З повагою,\nІрина Бондар",
       "bondar@oglyadach.example", "Ірина Бондар"),
    label(FEED, ("ТОВ «Одеський оглядач»", None, None), ["198.51.100.44", "198.51.100.45"],
          ["198.51.100.46"], ("Ірина Бондар", "bondar@oglyadach.example", "+380503182274")),
)

CASES["bg_saotvetno"] = (
    _m("Уважаеми господа,\n\nВарна Прес ООД моли за достъп до XML сървъра с резултатите от"
       " изборите. Тестовият и производственият ни сървър са съответно 203.0.113.55 и"
       " 203.0.113.54.\n\nЛице за контакт: Георги Иванов, тел. +359 888 204 113\n\nПоздрави,\n"
       "Георги Иванов",
       "g.ivanov@varnapress.example", "Георги Иванов"),
    label(FEED, ("Варна Прес ООД", None, None), ["203.0.113.54"], ["203.0.113.55"],
          ("Георги Иванов", "g.ivanov@varnapress.example", "+359888204113")),
)

CASES["el_antistoicha"] = (
    _m("Αξιότιμοι κύριοι,\n\nη Κρητικά Νέα Α.Ε. ζητά πρόσβαση στον διακομιστή XML με τα"
       " αποτελέσματα των εκλογών. Οι διακομιστές δοκιμών και παραγωγής μας είναι αντίστοιχα οι"
       " 192.0.2.65 και 192.0.2.64.\n\nΕπικοινωνία: Νίκος Δημητρίου, κιν. +30 697 412 8830\n\n"
       "Με εκτίμηση,\nΝίκος Δημητρίου",
       "n.dimitriou@kritikanea.example", "Νίκος Δημητρίου"),
    label(FEED, ("Κρητικά Νέα Α.Ε.", None, None), ["192.0.2.64"], ["192.0.2.65"],
          ("Νίκος Δημητρίου", "n.dimitriou@kritikanea.example", "+306974128830")),
)

CASES["tr_sirasiyla"] = (
    _m("Sayın yetkili,\n\nEge Medya A.Ş. seçim sonuçlarının XML sunucusuna erişim talep ediyor."
       " Test ve üretim sunucularımızın adresleri sırasıyla 198.51.100.75 ve 198.51.100.74.\n\n"
       "İletişim: Mehmet Demir, tel. +90 533 207 4418\n\nSaygılarımızla,\nMehmet Demir",
       "mehmet.demir@egemedya.example", "Mehmet Demir"),
    label(FEED, ("Ege Medya A.Ş.", None, None), ["198.51.100.74"], ["198.51.100.75"],
          ("Mehmet Demir", "mehmet.demir@egemedya.example", "+905332074418")),
)

CASES["vi_lan_luot"] = (
    _m("Kính gửi Quý cơ quan,\n\nCông ty TNHH Báo Mekong đề nghị được truy cập máy chủ XML kết quả"
       " bầu cử. Máy chủ thử nghiệm và máy chủ sản xuất của chúng tôi lần lượt là 203.0.113.85 và"
       " 203.0.113.84.\n\nLiên hệ: Trần Văn Minh, điện thoại +84 903 412 557\n\nTrân trọng,\n"
       "Trần Văn Minh",
       "minh.tran@baomekong.example", "Trần Văn Minh"),
    label(FEED, ("Công ty TNHH Báo Mekong", None, None), ["203.0.113.84"], ["203.0.113.85"],
          ("Trần Văn Minh", "minh.tran@baomekong.example", "+84903412557")),
)

CASES["fi_vastaavasti"] = (
    _m("Hyvä vastaanottaja,\n\nLapin Viesti Oy pyytää pääsyä vaalitulosten XML-palvelimelle."
       " Testi- ja tuotantopalvelimiemme osoitteet ovat vastaavasti 192.0.2.95 ja 192.0.2.94.\n\n"
       "Yhteyshenkilö: Aino Korhonen, puh. +358 50 412 7738\n\nTerveisin\nAino Korhonen",
       "aino.korhonen@lapinviesti.example", "Aino Korhonen"),
    label(FEED, ("Lapin Viesti Oy", None, None), ["192.0.2.94"], ["192.0.2.95"],
          ("Aino Korhonen", "aino.korhonen@lapinviesti.example", "+358504127738")),
)

CASES["lt_atitinkamai"] = (
    _m("Laba diena,\n\nUAB „Kauno balsas“ prašo prieigos prie rinkimų rezultatų XML serverio."
       " Bandomojo ir gamybinio serverių adresai yra atitinkamai 198.51.100.125 ir 198.51.100.124.\n\n"
       "Kontaktinis asmuo: Rūta Jankauskienė, tel. +370 615 30 442\n\nPagarbiai\nRūta Jankauskienė",
       "ruta@kaunobalsas.example", "Rūta Jankauskienė"),
    label(FEED, ("UAB „Kauno balsas“", None, None), ["198.51.100.124"], ["198.51.100.125"],
          ("Rūta Jankauskienė", "ruta@kaunobalsas.example", "+37061530442")),
)

CASES["mt_rispettivament"] = (
    _m("Għażiż Sur/Sinjura,\n\nIl-Kumpanija Aħbarijiet Malta Ltd qed titlob aċċess għas-server"
       " XML tar-riżultati tal-elezzjoni. Is-servers tat-test u tal-produzzjoni tagħna huma"
       " rispettivament 203.0.113.135 u 203.0.113.134.\n\nKuntatt: Maria Borg, tel."
       " +356 7912 3408\n\nDejjem tiegħek,\nMaria Borg",
       "maria.borg@ahbarijiet.example", "Maria Borg"),
    label(FEED, ("Aħbarijiet Malta Ltd", None, None), ["203.0.113.134"], ["203.0.113.135"],
          ("Maria Borg", "maria.borg@ahbarijiet.example", "+35679123408")),
)

CASES["is_i_thessari_rod"] = (
    _m("Góðan dag,\n\nVestfjarðamiðlar ehf. óskar eftir aðgangi að XML-þjóni með kosningaúrslitum."
       " Prófunarþjónn og framleiðsluþjónn okkar hafa IP-tölurnar 192.0.2.145 og 192.0.2.144,"
       " í þessari röð.\n\nTengiliður: Jón Gunnarsson, sími +354 894 1207\n\nKveðja,\nJón Gunnarsson",
       "jon@vestfjardamidlar.example", "Jón Gunnarsson"),
    label(FEED, ("Vestfjarðamiðlar ehf.", None, None), ["192.0.2.144"], ["192.0.2.145"],
          ("Jón Gunnarsson", "jon@vestfjardamidlar.example", "+3548941207")),
)

CASES["da_data_message_henholdsvis"] = (
    data_message(
        "Ansøgning om adgang til XML",
        body("Fyns Dagblad A/S ansøger om adgang til XML-serveren med valgresultaterne. Vores"
             " test- og produktionsserver har henholdsvis 198.51.100.155 og 198.51.100.154.\n\n"
             "Kontaktperson: Mette Nielsen, tlf. +45 2041 7733, mette@fynsdagblad.example\n"),
        sender="f7nd4gb", dm_sender="Fyns Dagblad A/S"),
    label(FEED, ("Fyns Dagblad A/S", None, "f7nd4gb"), ["198.51.100.154"], ["198.51.100.155"],
          ("Mette Nielsen", "mette@fynsdagblad.example", "+4520417733")),
)

CASES["hr_redom_html"] = (
    mail(html_body(
        "<p>Poštovani,</p><p>Slavonski tjednik d.o.o. traži pristup poslužitelju s rezultatima"
        " izbora u XML formatu. Probni i produkcijski poslužitelj imaju redom adrese"
        " <b>203.0.113.145</b> i <b>203.0.113.144</b>.</p><p>Kontakt: Marija Perić, mob."
        " +385 91 208 3374</p><p>Lijep pozdrav,<br>Marija Perić</p>"),
        subject="Zahtjev za XML", sender="marija.peric@slavonskitjednik.example",
        sender_name="Marija Perić"),
    label(FEED, ("Slavonski tjednik d.o.o.", None, None), ["203.0.113.144"], ["203.0.113.145"],
          ("Marija Perić", "marija.peric@slavonskitjednik.example", "+385912083374")),
)

CASES["hu_termelesi_teszt_lines"] = (
    _m("Tisztelt Hölgyem/Uram!\n\nAz Alföldi Napló Kft. hozzáférést kér a választási eredmények"
       " XML-szerveréhez.\n\nTermelési szerver: 192.0.2.231\nTesztkörnyezet: 192.0.2.239\n\n"
       "Kapcsolattartó: Kovács Péter, tel. +36 20 318 4472\n\nÜdvözlettel:\nKovács Péter",
       "kovacs.peter@alfoldinaplo.example", "Kovács Péter"),
    label(FEED, ("Alföldi Napló Kft.", None, None), ["192.0.2.231"], ["192.0.2.239"],
          ("Kovács Péter", "kovacs.peter@alfoldinaplo.example", "+36203184472")),
)

# ---- ranges -------------------------------------------------------------------------------

CASES["hr_ipv6_range_do_whole"] = (
    _m("Poštovani,\n\nIstarski glas d.o.o. traži pristup poslužitelju s rezultatima izbora u XML"
       " formatu.\n\nprodukcijske adrese: 2001:db8:4c1::20 do 2001:db8:4c1::22\ntestna adresa:"
       " 2001:db8:4c1::30\n\nKontakt: Petra Babić, mob. +385 98 310 4427\n\nLijep pozdrav,\nPetra Babić",
       "petra.babic@istarskiglas.example", "Petra Babić"),
    label(FEED, ("Istarski glas d.o.o.", None, None),
          ["2001:db8:4c1::20", "2001:db8:4c1::21", "2001:db8:4c1::22"], ["2001:db8:4c1::30"],
          ("Petra Babić", "petra.babic@istarskiglas.example", "+385983104427")),
)

CASES["en_ipv6_range_dash_short_end"] = (
    _m("Hello,\n\nHarbour Radio Ltd applies for access to the election results XML feed.\n\n"
       "Production: 2001:db8:77::1 – ::3\nTest: 2001:db8:77::9\n\nContact: Owen Price,"
       " +44 7700 900 418\n\nBest regards,\nOwen Price",
       "owen.price@harbourradio.example", "Owen Price"),
    label(FEED, ("Harbour Radio Ltd", None, None), ["2001:db8:77::1", "2001:db8:77::2", "2001:db8:77::3"],
          ["2001:db8:77::9"], ("Owen Price", "owen.price@harbourradio.example", "+447700900418")),
)

CASES["de_ipv6_range_last_group_only"] = (
    _m("Sehr geehrte Damen und Herren,\n\ndie Alpen Rundschau GmbH beantragt den Zugang zum"
       " XML-Server mit den Wahlergebnissen.\n\nProduktion: 2001:db8:aa::10-12\nTest:"
       " 2001:db8:aa::20\n\nAnsprechpartner: Lukas Huber, Tel. +49 160 402 7731\n\n"
       "Mit freundlichen Grüßen\nLukas Huber",
       "l.huber@alpenrundschau.example", "Lukas Huber"),
    label(FEED, ("Alpen Rundschau GmbH", None, None),
          ["2001:db8:aa::10", "2001:db8:aa::11", "2001:db8:aa::12"], ["2001:db8:aa::20"],
          ("Lukas Huber", "l.huber@alpenrundschau.example", "+491604027731")),
)

CASES["cs_ipv6_range_az_short_end"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb pro Brněnský týdeník s.r.o.,"
       " IČO 11341491.\n\nProdukční adresy: 2001:db8:c5::10 až ::12\nTestovací adresa:"
       " 2001:db8:c5::1f\n\nS pozdravem\nTereza Malá\ntel. 731 402 118",
       "mala@brnenskytydenik.example", "Tereza Malá"),
    label(FEED, ("Brněnský týdeník s.r.o.", "11341491", None),
          ["2001:db8:c5::10", "2001:db8:c5::11", "2001:db8:c5::12"], ["2001:db8:c5::1f"],
          ("Tereza Malá", "mala@brnenskytydenik.example", "+420731402118")),
)

CASES["en_ipv6_whole_first_short_end"] = (
    _m("Hello,\n\nLakeside Gazette Ltd applies for access to the election results XML feed.\n\n"
       "Production: 2001:db8:1:2:3:4:5:10 – ::12\nStaging: 2001:db8:1:2:3:4:5:20\n\nContact:"
       " Grace Hill, +44 7700 900 731\n\nKind regards,\nGrace Hill",
       "grace.hill@lakesidegazette.example", "Grace Hill"),
    label(FEED, ("Lakeside Gazette Ltd", None, None),
          ["2001:db8:1:2:3:4:5:10", "2001:db8:1:2:3:4:5:11", "2001:db8:1:2:3:4:5:12"],
          ["2001:db8:1:2:3:4:5:20"], ("Grace Hill", "grace.hill@lakesidegazette.example",
                                      "+447700900731")),
)

CASES["sk_ipv6_hex_last_group_range"] = (
    _m("Dobrý deň,\n\nžiadame o prístup k XML výsledkom volieb pre Záhorské noviny s.r.o.,"
       " IČO 66573106.\n\nProdukčné adresy: 2001:db8:5e::1a-1c\nTestovacia adresa:"
       " 2001:db8:5e::2f\n\nS pozdravom\nMarek Kučera\ntel. 0905 412 338",
       "kucera@zahorskenoviny.example", "Marek Kučera"),
    label(FEED, ("Záhorské noviny s.r.o.", "66573106", None),
          ["2001:db8:5e::1a", "2001:db8:5e::1b", "2001:db8:5e::1c"], ["2001:db8:5e::2f"],
          ("Marek Kučera", "kucera@zahorskenoviny.example", "+421905412338")),
)

CASES["uk_ipv4_range_vid_do"] = (
    _m("Добрий день,\n\nТОВ «Харківський кур'єр» просить доступ до XML-сервера з результатами"
       " виборів.\n\nРобочі адреси: від 203.0.113.160 до 203.0.113.162\nТестова адреса:"
       " 203.0.113.169\n\nКонтакт: Олег Мороз, тел. +380 67 301 2284\n\nЗ повагою,\nОлег Мороз",
       "moroz@kharkivcourier.example", "Олег Мороз"),
    label(FEED, ("ТОВ «Харківський кур'єр»", None, None),
          ["203.0.113.160", "203.0.113.161", "203.0.113.162"], ["203.0.113.169"],
          ("Олег Мороз", "moroz@kharkivcourier.example", "+380673012284")),
)

CASES["el_ipv4_range_apo_eos"] = (
    _m("Αξιότιμοι κύριοι,\n\nη Ήπειρος Μέσα Ενημέρωσης Α.Ε. ζητά πρόσβαση στον διακομιστή XML.\n\n"
       "Διευθύνσεις παραγωγής: από 192.0.2.170 έως 192.0.2.172\nΔιεύθυνση δοκιμών: 192.0.2.179\n\n"
       "Επικοινωνία: Γιώργος Λάμπρου, κιν. +30 693 204 1187\n\nΜε εκτίμηση,\nΓιώργος Λάμπρου",
       "g.lambrou@ipeiros.example", "Γιώργος Λάμπρου"),
    label(FEED, ("Ήπειρος Μέσα Ενημέρωσης Α.Ε.", None, None),
          ["192.0.2.170", "192.0.2.171", "192.0.2.172"], ["192.0.2.179"],
          ("Γιώργος Λάμπρου", "g.lambrou@ipeiros.example", "+306932041187")),
)

CASES["pl_ipv4_range_od_do_slash"] = (
    _m("Dzień dobry,\n\nRadio Pomorze Sp. z o.o. wnioskuje o dostęp do serwera XML z wynikami"
       " wyborów.\n\nAdresy produkcyjne: 198.51.100.180–182, zapasowy 198.51.100.184/32\n"
       "Adres testowy: 198.51.100.189\n\nKontakt: Paweł Zieliński, tel. +48 605 213 447\n\n"
       "Pozdrawiam\nPaweł Zieliński",
       "p.zielinski@radiopomorze.example", "Paweł Zieliński"),
    label(FEED, ("Radio Pomorze Sp. z o.o.", None, None),
          ["198.51.100.180", "198.51.100.181", "198.51.100.182", "198.51.100.184"],
          ["198.51.100.189"], ("Paweł Zieliński", "p.zielinski@radiopomorze.example", "+48605213447")),
)

# ---- near misses ----------------------------------------------------------------------------

CASES["near_ru_testing_from_working_server"] = (
    _m("Здравствуйте!\n\nООО «Волжская правда» просит доступ к XML-серверу с результатами"
       " выборов. Адрес нашего рабочего сервера: 203.0.113.190. Тестировать подключение мы будем"
       " с этого же сервера.\n\nКонтактное лицо: Павел Смирнов, тел. +420 776 301 228\n\n"
       "С уважением,\nПавел Смирнов",
       "smirnov@volzhskaya.example", "Павел Смирнов"),
    label(FEED, ("ООО «Волжская правда»", None, None), ["203.0.113.190"], [],
          ("Павел Смирнов", "smirnov@volzhskaya.example", "+420776301228")),
)

CASES["near_el_greeting_kyrioi_only_address"] = (
    _m("Αξιότιμοι κύριοι,\n\nη Μακεδονικά Χρονικά Α.Ε. ζητά πρόσβαση στον διακομιστή XML με τα"
       " αποτελέσματα των εκλογών. Η διεύθυνση IP του διακομιστή μας είναι 192.0.2.200.\n\n"
       "Επικοινωνία: Σοφία Αλεξίου, κιν. +30 695 318 2047\n\nΜε εκτίμηση,\nΣοφία Αλεξίου",
       "s.alexiou@makchron.example", "Σοφία Αλεξίου"),
    label(FEED, ("Μακεδονικά Χρονικά Α.Ε.", None, None), ["192.0.2.200"], [],
          ("Σοφία Αλεξίου", "s.alexiou@makchron.example", "+306953182047")),
)

CASES["near_pt_producao_of_programme"] = (
    _m("Exmos. Senhores,\n\nA Rádio Beira Litoral, Lda. solicita acesso ao servidor XML para a"
       " produção do nosso programa eleitoral. O endereço de testes é 198.51.100.208 e o servidor"
       " que usaremos na noite eleitoral é 198.51.100.207.\n\nContacto: Joana Sousa, telem."
       " +351 914 208 337\n\nCumprimentos,\nJoana Sousa",
       "joana.sousa@radiobeira.example", "Joana Sousa"),
    label(FEED, ("Rádio Beira Litoral, Lda.", None, None), ["198.51.100.207"], ["198.51.100.208"],
          ("Joana Sousa", "joana.sousa@radiobeira.example", "+351914208337")),
)

CASES["near_uk_protest_osnova_words"] = (
    _m("Добрий день,\n\nТОВ «Житомирські вісті» просить доступ до XML-сервера з результатами"
       " виборів. На основі попереднього досвіду ми не протестуватимемо окремо: адреса нашого"
       " сервера 203.0.113.210.\n\nКонтакт: Віктор Лисенко, тел. +380 63 208 4471\n\n"
       "З повагою,\nВіктор Лисенко",
       "lysenko@zhytomyr.example", "Віктор Лисенко"),
    label(FEED, ("ТОВ «Житомирські вісті»", None, None), ["203.0.113.210"], [],
          ("Віктор Лисенко", "lysenko@zhytomyr.example", "+380632084471")),
)

CASES["near_tr_ana_sayfa_test_sentence"] = (
    _m("Sayın yetkili,\n\nKaradeniz Gazetesi A.Ş. seçim sonuçlarını ana sayfamızda yayınlamak"
       " için XML sunucusuna erişim istiyor. Sunucumuzun adresi 192.0.2.215; bağlantıyı seçimden"
       " önce bu sunucudan test edeceğiz.\n\nİletişim: Zeynep Kaya, tel. +90 532 301 7745\n\n"
       "Saygılarımızla,\nZeynep Kaya",
       "zeynep.kaya@karadeniz.example", "Zeynep Kaya"),
    label(FEED, ("Karadeniz Gazetesi A.Ş.", None, None), ["192.0.2.215"], [],
          ("Zeynep Kaya", "zeynep.kaya@karadeniz.example", "+905323017745")),
)


CASES["near_uk_testing_from_same_server"] = (
    _m("Добрий день,\n\nТОВ «Полтавські вісті» просить доступ до XML-сервера з результатами"
       " виборів. Адреса нашого сервера: 192.0.2.240. Тестування проведемо з того ж сервера.\n\n"
       "Контакт: Наталія Ткаченко, тел. +380 66 204 7713\n\nЗ повагою,\nНаталія Ткаченко",
       "tkachenko@poltava.example", "Наталія Ткаченко"),
    label(FEED, ("ТОВ «Полтавські вісті»", None, None), ["192.0.2.240"], [],
          ("Наталія Ткаченко", "tkachenko@poltava.example", "+380662047713")),
)

CASES["near_el_tests_from_same_server"] = (
    _m("Αξιότιμοι κύριοι,\n\nη Θρακικός Τύπος Α.Ε. ζητά πρόσβαση στον διακομιστή XML. Η διεύθυνση"
       " του διακομιστή μας είναι 203.0.113.250· τις δοκιμές θα τις κάνουμε από τον ίδιο"
       " διακομιστή.\n\nΕπικοινωνία: Άννα Σταύρου, κιν. +30 694 301 2258\n\nΜε εκτίμηση,\nΆννα Σταύρου",
       "a.stavrou@thrakikos.example", "Άννα Σταύρου"),
    label(FEED, ("Θρακικός Τύπος Α.Ε.", None, None), ["203.0.113.250"], [],
          ("Άννα Σταύρου", "a.stavrou@thrakikos.example", "+306943012258")),
)

CASES["near_tr_test_on_same_server"] = (
    _m("Sayın yetkili,\n\nAnadolu Postası A.Ş. seçim sonuçlarının XML sunucusuna erişim talep"
       " ediyor. Test için aynı sunucuyu kullanacağız: 198.51.100.250\n\nİletişim: Emre Şahin,"
       " tel. +90 535 208 3316\n\nSaygılarımızla,\nEmre Şahin",
       "emre.sahin@anadolupostasi.example", "Emre Şahin"),
    label(FEED, ("Anadolu Postası A.Ş.", None, None), ["198.51.100.250"], [],
          ("Emre Şahin", "emre.sahin@anadolupostasi.example", "+905352083316")),
)

_SCRIPT_NAMES = (
    "outside this drill's topic: the applicant and the contact written in Vietnamese are not"
    " read (the signer's name is read as the organisation, flagged; no contact person); the"
    " Cyrillic and Greek ones are read since r63-org"
)
_BALTIC_IRISH_ORG = (
    "outside this drill's topic: an organisation whose legal form opens its name ('UAB „…“',"
    " 'SIA „…“') or is the Irish 'Teoranta' is not read"
)
_TOPIC = {
    "near_pt_producao_of_programme": "a test address and 'the server we will use on election"
    " night' in one sentence that also speaks of the 'produção' of a programme: both are read"
    " as test (flagged)",
}
XFAIL: dict[str, str] = {
    **{k: _SCRIPT_NAMES for k in ("vi_lines_production_test", "vi_lan_luot")},
    **{k: _BALTIC_IRISH_ORG for k in (
        "lt_lines_main_spare_trial", "lv_lines_main_reserve_test", "ga_lines_production_test",
        "lt_atitinkamai")},
    **_TOPIC,
}
WRONG_AND_CERTAIN: dict[str, str] = {}
"""(r64-org reads the two wrong-and-certain names this guard named: a Cyrillic sentence before
'Visnyk Kyiv s.r.o.' and the Maltese 'Il-Kumpanija' before 'Aħbarijiet Malta Ltd'.)"""
ADDRESSES = ("production_ips:", "test_ips:")


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r63_ipwords(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, _TOPIC))
def test_drill_r63_ipwords_addresses(p: ParsedMessage, want: Label) -> None:
    """The drill's topic alone: every message's production and test addresses are read right
    (a message whose other fields are a blind spot outside the topic is still scored here)."""
    assert [m for m in misses(p, want) if m.startswith(ADDRESSES)] == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, WRONG_AND_CERTAIN))
def test_drill_r63_ipwords_never_wrong_and_certain(p: ParsedMessage, want: Label) -> None:
    """Every message, read right or not: no wrong value is presented as certain."""
    assert [m for m in misses(p, want) if m.endswith("(certain=True)")] == []


def test_drill_r63_ipwords_addresses_never_wrong_and_certain() -> None:
    """No address of any message is wrong and certain (the topic's own guard)."""
    wrong = [
        f"{name}: {m}"
        for name, (p, want) in CASES.items()
        for m in misses(p, want)
        if m.startswith(ADDRESSES) and m.endswith("(certain=True)")
    ]
    assert wrong == []
