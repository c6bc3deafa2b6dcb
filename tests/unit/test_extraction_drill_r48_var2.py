"""A blind drill, forty-eighth round (issue 18), second pass: do this round's own fixes
generalise? Variants of round 48's just-fixed classes in other languages, layouts and positions,
with near misses that the widened rules must not catch.

(a) a sheet's or table's header cell or merged heading taken as the organisation; (b) a party's
role word in its own cell before the name; (c) an IČO label mangled by autocorrect; (d) a request
taken back after an interjection or struck out; (e) a test address said not to be needed, a cover
giving a use's address anew; (f) digits under an identifier's label on the line above; (g) pasted
network settings; (h) a copula marking the start of the applicant's name. Every message was
labelled by ``tests/corpus/LABELS.md`` before extraction ran on it (c2's contact was first
labelled empty against LABELS.md's "the person who signs it": set right to the writer).

39 messages; 12 failed at first, none wrong and certain (two silent losses: a test address
said to need no change was dropped, e3/e3c; an address beside a "GmbH" cell was taken for a
version after a CamelCase product, a3/a3b/a3c); 2 strict xfails (b2, e5).

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import docx_bytes, xlsx_bytes
from tests.unit.drill_helpers import BOTH, FEED, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str = "", *extra: Component, html: bool = False,
       subject: str = "Žádost") -> ParsedMessage:
    part = html_body(text) if html else body(text)
    return mail(part, *extra, subject=subject, sender=sender, sender_name=name)


def _c(key: str, msg: ParsedMessage, types: list[str], org: tuple[str | None, str | None],
       prod: list[str], contact: tuple[str | None, str | None, str | None],
       test: list[str] | None = None, box: str | None = None) -> None:
    CASES[key] = (msg, label(types, (org[0], org[1], box), prod, test or [], contact))


# --- (a) a header cell or a merged heading is no organisation ----------------------------------
_c("a1_cs_html_header_row_above_values",
   _m("<p>Dobrý den, posíláme žádost o přístup k XML výsledkům voleb.</p>"
      "<table><tr><th>Název</th><th>IČO</th><th>Produkční IP</th></tr>"
      "<tr><td>Jihlavské noviny s.r.o.</td><td>52339467</td><td>198.51.100.31</td></tr></table>"
      "<p>S pozdravem<br>Hana Veselá</p>",
      "vesela@jihlavskenoviny.example", "Hana Veselá", html=True),
   FEED, ("Jihlavské noviny s.r.o.", "52339467"), ["198.51.100.31"],
   ("Hana Veselá", "vesela@jihlavskenoviny.example", None))
_c("a2_sk_docx_merged_heading_obchodne_meno",
   _m("Dobrý deň, žiadosť posielam v prílohe.\nMarek Kováč", "kovac@tatrainfo.example",
      "Marek Kováč",
      attachment("ziadost.docx", docx_bytes([
          "Žiadosť o prístup k výsledkom volieb vo formáte XML",
          [["Údaje o žiadateľovi", "Údaje o žiadateľovi"],
           ["Obchodné meno", "Tatra Info s.r.o."],
           ["Produkčná IP adresa", "203.0.113.33"],
           ["Testovacia IP adresa", "203.0.113.34"]]]))),
   FEED, ("Tatra Info s.r.o.", None), ["203.0.113.33"],
   ("Marek Kováč", "kovac@tatrainfo.example", None), test=["203.0.113.34"])
_c("a3_de_xlsx_header_row_firma",
   _m("Guten Tag,\n\nanbei unser Antrag auf Zugang zum XML-Feed der Wahlergebnisse.\n\n"
      "Mit freundlichen Grüßen\nStefan Huber\n", "huber@alpenbote.example", "Stefan Huber",
      attachment("antrag.xlsx", xlsx_bytes([
          ["Firma", "Produktiv-IP", "Test-IP"],
          ["Alpenbote Verlag GmbH", "192.0.2.35", "192.0.2.36"]]))),
   FEED, ("Alpenbote Verlag GmbH", None), ["192.0.2.35"],
   ("Stefan Huber", "huber@alpenbote.example", None), test=["192.0.2.36"])
_c("a3b_en_xlsx_company_gmbh_row",
   _m("Hello,\n\nplease find our application for the XML results feed attached.\n\n"
      "Regards,\nKarl Maier\n", "maier@donaumedien.example", "Karl Maier",
      attachment("application.xlsx", xlsx_bytes([
          ["Company", "Production IP"],
          ["Donau Medien GmbH", "198.51.100.38"]]))),
   FEED, ("Donau Medien GmbH", None), ["198.51.100.38"],
   ("Karl Maier", "maier@donaumedien.example", None))
_c("a3c_de_xlsx_firma_bemerkung_column",
   _m("Guten Tag,\n\nanbei unser Antrag auf Zugang zum XML-Feed der Wahlergebnisse.\n\n"
      "Mit freundlichen Grüßen\nUlrike Sommer\n", "sommer@harzkurier.example", "Ulrike Sommer",
      attachment("antrag.xlsx", xlsx_bytes([
          ["Firma", "Produktiv-IP", "Bemerkung"],
          ["Harz Kurier Verlag GmbH", "192.0.2.39", "neuer Server"]]))),
   FEED, ("Harz Kurier Verlag GmbH", None), ["192.0.2.39"],
   ("Ulrike Sommer", "sommer@harzkurier.example", None))
_c("a3d_pl_xlsx_nazwa_uwagi_column",
   _m("Dzień dobry,\n\nw załączniku wniosek o dostęp do wyników wyborów w XML.\n\n"
      "Z poważaniem\nJan Kowalczyk\n", "kowalczyk@echopomorza.example", "Jan Kowalczyk",
      attachment("wniosek.xlsx", xlsx_bytes([
          ["Nazwa", "Adres IP produkcyjny", "Uwagi"],
          ["Echo Pomorza sp. z o.o.", "203.0.113.39", "serwer główny"]]))),
   FEED, ("Echo Pomorza sp. z o.o.", None), ["203.0.113.39"],
   ("Jan Kowalczyk", "kowalczyk@echopomorza.example", None))
_c("a4_fr_html_nom_organisation_neg",
   _m("<p>Bonjour,</p><p>nous demandons l'accès au flux XML des résultats électoraux.</p>"
      "<table><tr><td>Nom</td><td>Marie Lefèvre</td></tr>"
      "<tr><td>Organisation</td><td>Radio Lac SARL</td></tr>"
      "<tr><td>Adresse IP</td><td>198.51.100.37</td></tr></table><p>Cordialement</p>",
      "marie@radiolac.example", "Marie Lefèvre", html=True),
   FEED, ("Radio Lac SARL", None), ["198.51.100.37"],
   ("Marie Lefèvre", "marie@radiolac.example", None))

# --- (b) a role word in its own cell before the name -------------------------------------------
_c("b1_cs_html_objednatel_dodavatel",
   _m("<p>Dobrý den, za našeho klienta zasíláme žádost o přístup k XML výsledkům voleb.</p>"
      "<table><tr><td>Objednatel</td><td>Krajské listy s.r.o.</td></tr>"
      "<tr><td>Dodavatel</td><td>WebStudio Kraus s.r.o.</td></tr>"
      "<tr><td>Produkční IP</td><td>192.0.2.41</td></tr></table>"
      "<p>S pozdravem<br>Tomáš Kraus<br>WebStudio Kraus s.r.o.</p>",
      "kraus@webstudio.example", "Tomáš Kraus", html=True),
   FEED, ("Krajské listy s.r.o.", None), ["192.0.2.41"],
   ("Tomáš Kraus", "kraus@webstudio.example", None))
_c("b2_pl_docx_zleceniodawca",
   _m("Dzień dobry, w załączniku wniosek naszego klienta.\nAdam Nowak\nNetSerwis sp. z o.o.",
      "a.nowak@netserwis.example", "Adam Nowak",
      attachment("wniosek.docx", docx_bytes([
          "Wniosek o dostęp do wyników wyborów w formacie XML",
          [["Zleceniodawca", "Gazeta Śląska sp. z o.o."],
           ["Wykonawca", "NetSerwis sp. z o.o."],
           ["Adres IP", "203.0.113.43"]]]))),
   FEED, ("Gazeta Śląska sp. z o.o.", None), ["203.0.113.43"],
   ("Adam Nowak", "a.nowak@netserwis.example", None))
_c("b3_hu_xlsx_megrendelo",
   _m("Tisztelt Hivatal!\n\nMellékelten küldjük ügyfelünk kérelmét az XML választási "
      "eredményekhez.\n\nÜdvözlettel\nNagy Gábor\n", "nagy.gabor@itpont.example", "Nagy Gábor",
      attachment("kerelem.xlsx", xlsx_bytes([
          ["Megrendelő", "Alföldi Hírek Kft."],
          ["Kivitelező", "ITPont Kft."],
          ["IP-cím", "198.51.100.45"]]))),
   FEED, ("Alföldi Hírek Kft.", None), ["198.51.100.45"],
   ("Nagy Gábor", "nagy.gabor@itpont.example", None))

# --- (c) an IČO label mangled by autocorrect ---------------------------------------------------
_c("c1_cs_html_signature_ic0",
   _m("<p>Dobrý den, žádáme o přístup k XML výsledkům voleb z adresy 192.0.2.51.</p>"
      "<p>S pozdravem<br>Lucie Marešová<br>Kladenský zpravodaj s.r.o.<br>IČ0: 84746556</p>",
      "maresova@kladenskyzpravodaj.example", "Lucie Marešová", html=True),
   FEED, ("Kladenský zpravodaj s.r.o.", "84746556"), ["192.0.2.51"],
   ("Lucie Marešová", "maresova@kladenskyzpravodaj.example", None))
_c("c2_cs_databox_attachment_ivo_colon",
   data_message("Žádost o povolení natáčení",
                text_file("zadost.txt",
                          "Žádám o povolení natáčet ve volební noci na krajském pracovišti ČSÚ "
                          "v Ostravě.\nŽadatel: Filip Rybář, Ivo: 81778112\nXML nepožaduji.\n"),
                sender="r4b8n2k", dm_sender="Filip Rybář"),
   ["recording_permit"], ("Filip Rybář", "81778112"), [],
   ("Filip Rybář", None, None), box="r4b8n2k")
_c("c3_sk_ic0_failing_checksum_neg",
   _m("Dobrý deň,\nžiadame o prístup k XML výsledkom volieb z adresy 203.0.113.53.\n"
      "Záhorské noviny s.r.o., IČ0: 27654321\n\nS pozdravom\nJana Hudecová\n",
      "hudecova@zahorske.example", "Jana Hudecová"),
   FEED, ("Záhorské noviny s.r.o.", None), ["203.0.113.53"],
   ("Jana Hudecová", "hudecova@zahorske.example", None))
_c("c4_cs_ivo_technician_phone_neg",
   _m("Dobrý den,\nPodluží Media s.r.o. (IČO 39266087) žádá o přístup k XML výsledkům voleb z "
      "adresy 198.51.100.55.\nTechnické dotazy: Ivo, 731 448 102\n\nS pozdravem\nIvo Šťastný\n",
      "stastny@podluzimedia.example", "Ivo Šťastný"),
   FEED, ("Podluží Media s.r.o.", "39266087"), ["198.51.100.55"],
   ("Ivo Šťastný", "stastny@podluzimedia.example", "+420731448102"))

# --- (d) a request taken back ------------------------------------------------------------------
_c("d1_en_film_actually_no",
   _m("Hello,\n\nBaltic Wire Ltd would like access to the XML results feed from 192.0.2.61, and "
      "permission to film at your Prague office on election night. Actually, no, forget the "
      "filming, our crew is booked elsewhere.\n\nThanks,\nRuth Evans\n",
      "ruth.evans@balticwire.example", "Ruth Evans"),
   FEED, ("Baltic Wire Ltd", None), ["192.0.2.61"],
   ("Ruth Evans", "ruth.evans@balticwire.example", None))
_c("d2_pl_nagrywanie_jednak_nie",
   _m("Dzień dobry,\n\nRadio Warta sp. z o.o. prosi o dostęp do wyników wyborów w XML z adresu "
      "203.0.113.62 oraz o zgodę na nagrywanie w siedzibie urzędu… nie, jednak nie, nagrywanie "
      "skreślamy.\n\nZ poważaniem\nKarolina Lis\n",
      "k.lis@radiowarta.example", "Karolina Lis"),
   FEED, ("Radio Warta sp. z o.o.", None), ["203.0.113.62"],
   ("Karolina Lis", "k.lis@radiowarta.example", None))
_c("d3_cs_html_del_struck",
   _m("<p>Dobrý den,</p><p>Rokycanský týdeník s.r.o. žádá o přístup k XML výsledkům voleb z "
      "adresy 198.51.100.63 <del>a o povolení natáčet ve volební noci</del>.</p>"
      "<p>S pozdravem<br>Ondřej Malý</p>",
      "maly@rokycanskytydenik.example", "Ondřej Malý", html=True),
   FEED, ("Rokycanský týdeník s.r.o.", None), ["198.51.100.63"],
   ("Ondřej Malý", "maly@rokycanskytydenik.example", None))
_c("d4_de_dreh_doch_nicht",
   _m("Guten Tag,\n\ndie Elbe Kurier GmbH beantragt Zugang zum XML-Feed der Wahlergebnisse von "
      "192.0.2.64 und eine Drehgenehmigung für die Wahlnacht. Nein, doch nicht, die "
      "Drehgenehmigung brauchen wir nicht.\n\nMit freundlichen Grüßen\nJonas Weber\n",
      "weber@elbekurier.example", "Jonas Weber"),
   FEED, ("Elbe Kurier GmbH", None), ["192.0.2.64"],
   ("Jonas Weber", "weber@elbekurier.example", None))
_c("d5_cs_vlastne_adds_neg",
   _m("Dobrý den,\nZnojemský deník s.r.o. žádá o přístup k XML výsledkům voleb z adresy "
      "203.0.113.65. A ne, vlastně bychom chtěli i povolení natáčet ve volební noci v Brně.\n\n"
      "S pozdravem\nPavel Cibulka\n",
      "cibulka@znojemskydenik.example", "Pavel Cibulka"),
   BOTH, ("Znojemský deník s.r.o.", None), ["203.0.113.65"],
   ("Pavel Cibulka", "cibulka@znojemskydenik.example", None))
_c("d6_en_no_test_server_neg",
   _m("Hello,\n\nNorth Sea Media Ltd applies for access to the XML results feed from "
      "198.51.100.66. No, we have no test server. We would also like permission to film at the "
      "counting centre.\n\nBest,\nIan Reid\n",
      "ian.reid@northsea.example", "Ian Reid"),
   BOTH, ("North Sea Media Ltd", None), ["198.51.100.66"],
   ("Ian Reid", "ian.reid@northsea.example", None))

# --- (e) a test address not needed; a cover giving a use's address anew ------------------------
_c("e1_sk_test_nepotrebujeme",
   _m("Dobrý deň,\nOravské noviny s.r.o. žiadajú o prístup k XML výsledkom volieb.\n"
      "Produkčná IP: 192.0.2.71\nTestovacia IP: 192.0.2.72\n\nEšte doplnenie: testovaciu "
      "adresu napokon nepotrebujeme, testovať budeme z produkčnej.\n\nS pozdravom\nEva Mráziková\n",
      "mrazikova@oravske.example", "Eva Mráziková"),
   FEED, ("Oravské noviny s.r.o.", None), ["192.0.2.71"],
   ("Eva Mráziková", "mrazikova@oravske.example", None))
_c("e2_fr_cover_test_pas_besoin_docx",
   _m("Bonjour,\n\nci-joint notre demande. Finalement, nous n'avons pas besoin de l'adresse de "
      "test : nous testerons depuis la production.\n\nCordialement,\nLuc Moreau\n",
      "luc.moreau@voixdunord.example", "Luc Moreau",
      attachment("demande.docx", docx_bytes([
          "Demande d'accès au flux XML des résultats électoraux",
          "Demandeur : Voix du Nord Numérique SAS",
          "Adresse IP de production : 203.0.113.73",
          "Adresse IP de test : 203.0.113.74"]))),
   FEED, ("Voix du Nord Numérique SAS", None), ["203.0.113.73"],
   ("Luc Moreau", "luc.moreau@voixdunord.example", None))
_c("e3_cs_test_need_not_change_neg",
   _m("Dobrý den,\nposílám opravenou žádost Blanenského deníku s.r.o. o přístup k XML "
      "výsledkům voleb.\nProdukční IP: 198.51.100.75\nTestovací IP: 198.51.100.76\n"
      "Testovací adresu není potřeba měnit, zůstává stejná.\n\nS pozdravem\nRadka Soukupová\n",
      "soukupova@blanenskydenik.example", "Radka Soukupová"),
   FEED, ("Blanenský deník s.r.o.", None), ["198.51.100.75"],
   ("Radka Soukupová", "soukupova@blanenskydenik.example", None), test=["198.51.100.76"])
_c("e3b_en_test_need_not_be_changed_neg",
   _m("Hello,\n\nhere is the corrected application of Wye Gazette Ltd for the XML results "
      "feed.\nProduction IP: 192.0.2.105\nTest IP: 192.0.2.106\nThe test address does not "
      "need to be changed.\n\nRegards,\nOwen Lloyd\n",
      "owen.lloyd@wyegazette.example", "Owen Lloyd"),
   FEED, ("Wye Gazette Ltd", None), ["192.0.2.105"],
   ("Owen Lloyd", "owen.lloyd@wyegazette.example", None), test=["192.0.2.106"])
_c("e3c_de_test_ip_nicht_zu_aendern_neg",
   _m("Guten Tag,\n\nanbei der korrigierte Antrag der Isar Bote GmbH auf Zugang zum XML-Feed "
      "der Wahlergebnisse.\nProduktiv-IP: 198.51.100.107\nTest-IP: 198.51.100.108\nDie Test-IP "
      "brauchen wir nicht zu ändern.\n\nGrüße\nFelix Brandt\n",
      "brandt@isarbote.example", "Felix Brandt"),
   FEED, ("Isar Bote GmbH", None), ["198.51.100.107"],
   ("Felix Brandt", "brandt@isarbote.example", None), test=["198.51.100.108"])
_c("e4_de_cover_neue_test_ip_docx",
   _m("Guten Tag,\n\nanbei unser Antrag. Die Test-IP lautet inzwischen 192.0.2.79.\n\n"
      "Mit freundlichen Grüßen\nLea Fischer\n", "fischer@saalepost.example", "Lea Fischer",
      attachment("antrag.docx", docx_bytes([
          "Antrag auf Zugang zum XML-Feed der Wahlergebnisse",
          "Antragsteller: Saale Post GmbH",
          "Produktiv-IP: 192.0.2.77",
          "Test-IP: 192.0.2.78"]))),
   FEED, ("Saale Post GmbH", None), ["192.0.2.77"],
   ("Lea Fischer", "fischer@saalepost.example", None), test=["192.0.2.79"])
_c("e4b_en_cover_test_ip_is_now_docx",
   _m("Hello,\n\nour application is attached. Please note the test IP is now 198.51.100.83.\n\n"
      "Best regards,\nNora Quinn\n", "quinn@shannonpost.example", "Nora Quinn",
      attachment("application.docx", docx_bytes([
          "Application for access to the XML election results",
          "Applicant: Shannon Post Ltd",
          "Production IP: 198.51.100.84",
          "Test IP: 198.51.100.85"]))),
   FEED, ("Shannon Post Ltd", None), ["198.51.100.84"],
   ("Nora Quinn", "quinn@shannonpost.example", None), test=["198.51.100.83"])
_c("e4c_cs_cover_testovaci_je_nyni",
   _m("Dobrý den,\n\nv příloze posílám žádost. Testovací IP je nyní 192.0.2.86.\n\n"
      "S pozdravem\nVěra Kolářová\n", "kolarova@chrudimskelisty.example", "Věra Kolářová",
      attachment("zadost.docx", docx_bytes([
          "Žádost o přístup k XML výsledkům voleb",
          "Žadatel: Chrudimské listy s.r.o.",
          "Produkční IP: 192.0.2.87",
          "Testovací IP: 192.0.2.88"]))),
   FEED, ("Chrudimské listy s.r.o.", None), ["192.0.2.87"],
   ("Věra Kolářová", "kolarova@chrudimskelisty.example", None), test=["192.0.2.86"])
_c("e5_en_no_test_for_old_new_test_neg",
   _m("Hello,\n\nFen Radio Ltd applies for access to the XML results feed.\nProduction IP: "
      "203.0.113.80\nWe no longer need the old test address 203.0.113.81; our new test "
      "address is 203.0.113.82.\n\nRegards,\nSam Hill\n",
      "sam.hill@fenradio.example", "Sam Hill"),
   FEED, ("Fen Radio Ltd", None), ["203.0.113.80"],
   ("Sam Hill", "sam.hill@fenradio.example", None), test=["203.0.113.82"])

# --- (f) digits under an identifier's label are no phone ---------------------------------------
_c("f1_pl_regon_above_nine_digits",
   _m("Dzień dobry,\nwnioskujemy o dostęp do wyników wyborów w XML.\n\nWnioskodawca:\n"
      "Kurier Lubelski sp. z o.o.\nREGON:\n431029384\nAdres IP:\n192.0.2.85\nTelefon:\n"
      "601 224 918\n\nZ poważaniem\nMarta Zając\n",
      "zajac@kurierlubelski.example", "Marta Zając"),
   FEED, ("Kurier Lubelski sp. z o.o.", None), ["192.0.2.85"],
   ("Marta Zając", "zajac@kurierlubelski.example", "+48601224918"))
_c("f2_cs_txt_ico_above_no_phone",
   _m("Dobrý den, v příloze formulář.\nIveta Horáková", "horakova@prostejovsky.example",
      "Iveta Horáková",
      text_file("formular.txt",
                "ŽÁDOST O PŘÍSTUP K XML VÝSLEDKŮM VOLEB\nŽadatel:\nProstějovský večerník "
                "s.r.o.\nIČO:\n19840632\nProdukční IP:\n198.51.100.87\nKontaktní osoba:\n"
                "Iveta Horáková\n")),
   FEED, ("Prostějovský večerník s.r.o.", "19840632"), ["198.51.100.87"],
   ("Iveta Horáková", "horakova@prostejovsky.example", None))
_c("f3_sk_account_above_phone_below_neg",
   _m("Dobrý deň,\nžiadame o prístup k XML výsledkom volieb z adresy 203.0.113.88.\n"
      "Žiadateľ: Liptovské listy s.r.o.\nČíslo účtu:\n2900123456/8330\nTelefón:\n"
      "0905 312 447\n\nS pozdravom\nPeter Dubovský\n",
      "dubovsky@liptovskelisty.example", "Peter Dubovský"),
   FEED, ("Liptovské listy s.r.o.", None), ["203.0.113.88"],
   ("Peter Dubovský", "dubovsky@liptovskelisty.example", "+421905312447"))

# --- (g) pasted network settings are no addresses to allow -------------------------------------
_c("g1_de_ipconfig_standardgateway",
   _m("Hallo,\n\nbitte schalten Sie den XML-Feed der Wahlergebnisse für die Rhön Zeitung GmbH "
      "frei. Hier die Ausgabe von ipconfig unseres Servers:\n\n"
      "   IPv4-Adresse  . . . . . . . . . . : 198.51.100.91\n"
      "   Subnetzmaske  . . . . . . . . . . : 255.255.255.0\n"
      "   Standardgateway . . . . . . . . . : 198.51.100.1\n\n"
      "Viele Grüße\nTim Becker\n", "becker@rhoenzeitung.example", "Tim Becker"),
   FEED, ("Rhön Zeitung GmbH", None), ["198.51.100.91"],
   ("Tim Becker", "becker@rhoenzeitung.example", None))
_c("g2_cs_brana_dns_pasted",
   _m("Dobrý den,\nprosíme o přístup k XML výsledkům voleb pro Vysočina Online s.r.o. Nastavení "
      "našeho serveru:\nIP adresa: 203.0.113.92\nVýchozí brána: 203.0.113.1\nDNS server: "
      "203.0.113.53\n\nS pozdravem\nJakub Vaněk\n",
      "vanek@vysocinaonline.example", "Jakub Vaněk"),
   FEED, ("Vysočina Online s.r.o.", None), ["203.0.113.92"],
   ("Jakub Vaněk", "vanek@vysocinaonline.example", None))
_c("g3_en_lan_facing_public_neg",
   _m("Hello,\n\nTrent Valley News Ltd requests access to the XML results feed. Please allow "
      "our public address 192.0.2.95 (the firewall in front of our LAN).\n\nThanks,\n"
      "Grace Cole\n", "grace.cole@trentvalley.example", "Grace Cole"),
   FEED, ("Trent Valley News Ltd", None), ["192.0.2.95"],
   ("Grace Cole", "grace.cole@trentvalley.example", None))

# --- (h) a copula marks the start of the applicant's name --------------------------------------
_c("h1_pl_wnioskodawca_jest",
   _m("Dzień dobry,\nprosimy o dostęp do wyników wyborów w XML z adresu 198.51.100.97. "
      "Wnioskodawcą jest Dziennik Mazurski sp. z o.o.\n\nZ poważaniem\nEwa Król\n",
      "krol@dziennikmazurski.example", "Ewa Król"),
   FEED, ("Dziennik Mazurski sp. z o.o.", None), ["198.51.100.97"],
   ("Ewa Król", "krol@dziennikmazurski.example", None))
_c("h2_sk_ziadatelom_je",
   _m("Dobrý deň,\nžiadame o prístup k XML výsledkom volieb z adresy 203.0.113.98. Žiadateľom "
      "je Spišský korzár s.r.o.\n\nS pozdravom\nMartin Lesňák\n",
      "lesnak@spisskykorzar.example", "Martin Lesňák"),
   FEED, ("Spišský korzár s.r.o.", None), ["203.0.113.98"],
   ("Martin Lesňák", "lesnak@spisskykorzar.example", None))
_c("h3_hu_a_kerelmezo",
   _m("Tisztelt Hivatal!\n\nHozzáférést kérünk az XML választási eredményekhez a 192.0.2.99 "
      "címről. A kérelmező a Balatoni Krónika Kft.\n\nÜdvözlettel\nFarkas Júlia\n",
      "farkas.julia@balatonikronika.example", "Farkas Júlia"),
   FEED, ("Balatoni Krónika Kft.", None), ["192.0.2.99"],
   ("Farkas Júlia", "farkas.julia@balatonikronika.example", None))
_c("h4_de_antragsteller_ist_die",
   _m("Guten Tag,\n\nwir bitten um Zugang zum XML-Feed der Wahlergebnisse von 198.51.100.99. "
      "Antragsteller ist die Mosel Echo GmbH.\n\nMit freundlichen Grüßen\nNina Wolf\n",
      "wolf@moselecho.example", "Nina Wolf"),
   FEED, ("Mosel Echo GmbH", None), ["198.51.100.99"],
   ("Nina Wolf", "wolf@moselecho.example", None))


XFAIL: dict[str, str] = {
    "b2_pl_docx_zleceniodawca": "organisation: a contractor signing with its own firm sends a "
    "table naming the client by a role word ('Zleceniodawca | X', 'Wykonawca | Y') with no words "
    "of acting for it in the note: the signer's firm is read (flagged, never certain)",
    "e5_en_no_test_for_old_new_test_neg": "addresses: 'we no longer need the old test address "
    "A; our new test address is B' - the old one named in the same sentence as the new one "
    "stays (flagged, never certain)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r48_var2(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
