"""A drill of the sixty-fourth round (issue 18) on the applying organisation's name and IČO:
forty whole applications. Labels taken as values (a saved HTML form whose inputs carry the
values in attributes, a definition list, a form's table with an empty cell, a hidden input or
a placeholder that is no value); a parent's and a child's bodies (a data message from the
parent's box, a university's department or institute, a broadcaster's regional studio, an
institute that is a legal entity of its own); natural persons applying for themselves
("freelance", "na volné noze", "ārštata", "slobodni fotograf", "laisvai samdomas",
"vabakutseline", "samostojna novinarka", "serbest gazeteci", …); names with apostrophes,
articles and prepositions ("de l'", "dell'", "'t", "d'", "Ó"). Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it; each is scored field by field as the
corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ComponentRole, ParsedMessage
from tests.unit.docs import docx_bytes, odt_blocks, pdf_bytes, xlsx_sheets
from tests.unit.drill_helpers import FEED, REC, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str, *extra: Component, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)


def _html_file(name: str, html: str) -> Component:
    """An HTML page saved from the browser and attached (not the message's body)."""
    return Component(name, ComponentRole.ATTACHMENT, html.encode(), "text/html", charset="utf-8")


# ---------------------------------------------------------------- 1. labels taken as values

CASES["cz_html_form_file_inputs"] = (
    _m("Dobrý den,\nformulář na webu nešel odeslat, posílám ho uložený.\nLenka Vrbová",
       "vrbova@podorlicky.example", "Lenka Vrbová",
       _html_file("formular.html",
                  "<html><body><h1>Žádost médií</h1><form><fieldset><legend>Předmět</legend>"
                  "<label><input type='checkbox' name='xml' checked> přístup k XML</label><br>"
                  "<label><input type='checkbox' name='film'> natáčení</label></fieldset>"
                  "<fieldset><legend>Žadatel</legend>"
                  "<label>Název <input type='text' name='nazev' value='Podorlický týdeník s.r.o.'></label><br>"
                  "<label>IČO <input type='text' name='ico' value='27415309'></label><br>"
                  "<label>Datová schránka <input type='text' name='ds' value=''></label></fieldset>"
                  "<fieldset><legend>IP adresy</legend>"
                  "<label>Produkční <input type='text' name='p' value='198.51.100.41'></label><br>"
                  "<label>Testovací <input type='text' name='t' value='198.51.100.42'></label></fieldset>"
                  "<fieldset><legend>Kontaktní osoba</legend>"
                  "<label>Jméno <input type='text' name='o' value='Lenka Vrbová'></label><br>"
                  "<label>E-mail <input type='email' name='e' value='vrbova@podorlicky.example'></label><br>"
                  "<label>Telefon <input type='tel' name='tel' value='605 118 402'></label></fieldset>"
                  "</form></body></html>")),
    label(FEED, ("Podorlický týdeník s.r.o.", "27415309", None), ["198.51.100.41"], ["198.51.100.42"],
          ("Lenka Vrbová", "vrbova@podorlicky.example", "+420605118402")),
)

CASES["sk_html_form_table_label_for"] = (
    _m("Dobrý deň,\nv prílohe posielam vyplnený formulár.\nS pozdravom\nMarek Hudec",
       "hudec@tatranskyhlas.example", "Marek Hudec",
       _html_file("ziadost.htm",
                  "<html><body><form><table>"
                  "<tr><td><label for='n'>Názov organizácie</label></td>"
                  "<td><input id='n' name='n' value='Tatranský hlas, s.r.o.'></td></tr>"
                  "<tr><td><label for='i'>IČO</label></td><td><input id='i' name='i' value='41826078'></td></tr>"
                  "<tr><td><label for='ip'>Produkčná IP adresa</label></td>"
                  "<td><input id='ip' name='ip' value='203.0.113.14'></td></tr>"
                  "<tr><td><label for='k'>Kontaktná osoba</label></td><td><input id='k' value='Marek Hudec'></td></tr>"
                  "<tr><td><label for='t'>Telefón</label></td><td><input id='t' type='tel' value='+421 905 331 874'></td></tr>"
                  "</table></form></body></html>")),
    label(FEED, ("Tatranský hlas, s.r.o.", "41826078", None), ["203.0.113.14"], [],
          ("Marek Hudec", "hudec@tatranskyhlas.example", "+421905331874")),
)

CASES["en_html_body_definition_list"] = (
    mail(html_body(
        "<p>Dear Sir or Madam,</p><p>please find our application below.</p>"
        "<dl><dt>Organisation name</dt><dd>Harbour Lights Media Ltd</dd>"
        "<dt>Company ID (IČO)</dt><dd>36190420</dd>"
        "<dt>Production server</dt><dd>192.0.2.61</dd>"
        "<dt>Contact</dt><dd>Oliver Grant</dd><dt>Phone</dt><dd>+44 7700 900 415</dd></dl>"
        "<p>Kind regards,<br>Oliver Grant</p>"),
        subject="Application for XML access", sender="o.grant@harbourlights.example", sender_name="Oliver Grant"),
    label(FEED, ("Harbour Lights Media Ltd", "36190420", None), ["192.0.2.61"], [],
          ("Oliver Grant", "o.grant@harbourlights.example", "+447700900415")),
)

CASES["cz_html_form_name_empty_signature"] = (
    _m("Dobrý den,\nv příloze formulář, název jsem zapomněl vyplnit.\n\nTomáš Kubík\nHlas Vysočiny s.r.o.",
       "kubik@hlasvysociny.example", "Tomáš Kubík",
       _html_file("formular.html",
                  "<html><body><form>"
                  "<label>Název <input type='text' name='nazev' value=''></label><br>"
                  "<label>IČO <input type='text' name='ico' value='50733184'></label><br>"
                  "<label>Produkční IP <input type='text' name='ip' value='198.51.100.77'></label><br>"
                  "<label>Telefon <input type='tel' name='tel' value='731 402 118'></label>"
                  "</form></body></html>")),
    label(FEED, ("Hlas Vysočiny s.r.o.", "50733184", None), ["198.51.100.77"], [],
          ("Tomáš Kubík", "kubik@hlasvysociny.example", "+420731402118")),
)

CASES["cz_plain_form_empty_name_line"] = (
    _m("Žádost o přístup k XML výsledkům\n\nNázev:\nIČO: 62904515\nProdukční IP: 192.0.2.88\n"
       "Kontaktní osoba: Eva Šindelářová\nTelefon: 608 210 994\n\nS pozdravem\nEva Šindelářová\n"
       "Kladenské noviny s.r.o.",
       "sindelarova@kladenske.example", "Eva Šindelářová"),
    label(FEED, ("Kladenské noviny s.r.o.", "62904515", None), ["192.0.2.88"], [],
          ("Eva Šindelářová", "sindelarova@kladenske.example", "+420608210994")),
)

CASES["dm_cz_docx_form_empty_name_cell"] = (
    data_message(
        "Žádost o XML",
        attachment("formular.docx", docx_bytes([
            "Žádost o přístup k výsledkům voleb",
            [["Název žadatele", ""], ["IČO", "71382640"], ["Produkční IP adresa", "203.0.113.91"],
             ["Kontaktní osoba", "Pavel Řezníček"], ["Telefon", "739 200 561"],
             ["E-mail", "reznicek@berounsko.example"]],
        ])),
        sender="b3r0un5", dm_sender="Berounský deník s.r.o."),
    label(FEED, ("Berounský deník s.r.o.", "71382640", "b3r0un5"), ["203.0.113.91"], [],
          ("Pavel Řezníček", "reznicek@berounsko.example", "+420739200561")),
)

CASES["de_html_form_file_firma"] = (
    _m("Guten Tag,\nanbei das gespeicherte Formular.\nMit freundlichen Grüßen\nJonas Weber",
       "weber@rheinblick.example", "Jonas Weber",
       _html_file("antrag.html",
                  "<html><body><form>"
                  "<p>Firma <input type='text' name='firma' value='Rheinblick Verlag GmbH'></p>"
                  "<p>IČO <input type='text' name='ico' value=''></p>"
                  "<p>Produktionsserver <input type='text' name='p' value='198.51.100.150'></p>"
                  "<p>Testserver <input type='text' name='t' value='198.51.100.151'></p>"
                  "<p>Ansprechpartner <input type='text' name='a' value='Jonas Weber'></p>"
                  "<p>Telefon <input type='tel' name='tel' value='+49 221 4450 318'></p>"
                  "</form></body></html>"),
       subject="Antrag XML-Zugang"),
    label(FEED, ("Rheinblick Verlag GmbH", None, None), ["198.51.100.150"], ["198.51.100.151"],
          ("Jonas Weber", "weber@rheinblick.example", "+492214450318")),
)

CASES["near_cz_html_hidden_and_placeholder"] = (
    _m("Dobrý den,\nposílám uložený formulář.\nJana Bílková\nLitomyšlský zpravodaj, z.s.",
       "bilkova@litomysl.example", "Jana Bílková",
       _html_file("formular.html",
                  "<html><body><form>"
                  "<input type='hidden' name='predvyplneno' value='Vzorová firma a.s.'>"
                  "<label>Název <input type='text' name='nazev' placeholder='např. Novinky s.r.o.'></label><br>"
                  "<label>IČO <input type='text' name='ico' value='44059213'></label><br>"
                  "<label>Produkční IP <input type='text' name='ip' value='192.0.2.133'></label><br>"
                  "<label>Telefon <input type='tel' name='tel' value='604 771 208'></label>"
                  "</form></body></html>")),
    label(FEED, ("Litomyšlský zpravodaj, z.s.", "44059213", None), ["192.0.2.133"], [],
          ("Jana Bílková", "bilkova@litomysl.example", "+420604771208")),
)

CASES["pl_xlsx_firma_empty_cell"] = (
    _m("Dzień dobry,\nw załączniku wniosek.\nPozdrawiam\nKatarzyna Nowicka\nGłos Śląska Sp. z o.o.",
       "nowicka@glosslaska.example", "Katarzyna Nowicka",
       attachment("wniosek.xlsx", xlsx_sheets([
           ("Wniosek", [["Pole", "Wartość"], ["Firma", ""], ["Telefon", "+48 601 220 417"],
                        ["Serwer produkcyjny", "203.0.113.160"]]),
       ])),
       subject="Wniosek o dostęp XML"),
    label(FEED, ("Głos Śląska Sp. z o.o.", None, None), ["203.0.113.160"], [],
          ("Katarzyna Nowicka", "nowicka@glosslaska.example", "+48601220417")),
)

CASES["fr_odt_raison_sociale"] = (
    _m("Bonjour,\nveuillez trouver ci-joint notre demande.\nCordialement,\nClaire Morel",
       "morel@echosleman.example", "Claire Morel",
       attachment("demande.odt", odt_blocks([
           "Demande d'accès au serveur XML",
           [["Raison sociale", "Échos du Léman SARL"], ["Téléphone", "+33 4 50 71 22 09"],
            ["Serveur de production", "198.51.100.170"], ["Serveur de test", "198.51.100.171"]],
       ])),
       subject="Demande d'accès XML"),
    label(FEED, ("Échos du Léman SARL", None, None), ["198.51.100.170"], ["198.51.100.171"],
          ("Claire Morel", "morel@echosleman.example", "+33450712209")),
)

# ---------------------------------------------------------------- 2. parent and child bodies

CASES["dm_cz_parent_box_docx_subsidiary"] = (
    data_message(
        "Žádost o přístup k výsledkům voleb – Rádio Jizera",
        attachment("zadost.docx", docx_bytes([
            "Věc: Žádost o přístup k výsledkům voleb",
            "Společnost Rádio Jizera s.r.o. žádá o přístup k výsledkům voleb ve formátu XML. Žádost"
            " odesíláme datovou schránkou naší mateřské společnosti Mediální skupina Sever a.s."
            " (IČO 28673107).",
            "Produkční IP adresa: 203.0.113.221",
            "Kontaktní osoba: Hana Dušková, duskova@radiojizera.example, tel. 485 110 327",
            "Rádio Jizera s.r.o.",
            "IČO: 39512762",
            "Ing. Petr Sládek, jednatel",
        ])),
        sender="m3d5ev7", dm_sender="Mediální skupina Sever a.s."),
    label(FEED, ("Rádio Jizera s.r.o.", "39512762", None), ["203.0.113.221"], [],
          ("Hana Dušková", "duskova@radiojizera.example", "+420485110327")),
)

CASES["cz_mail_parent_ico_in_prose_signature_ico"] = (
    _m("Dobrý den,\n\nTýdeník Polabí s.r.o., dceřiná společnost vydavatelství Polabská média a.s."
       " (IČO 66240832), žádá o přístup k XML výsledkům voleb pro server 192.0.2.171.\n\n"
       "S pozdravem\nMartina Černá\nTýdeník Polabí s.r.o.\nIČO: 77201451\ntel. 604 331 287",
       "cerna@tydenikpolabi.example", "Martina Černá"),
    label(FEED, ("Týdeník Polabí s.r.o.", "77201451", None), ["192.0.2.171"], [],
          ("Martina Černá", "cerna@tydenikpolabi.example", "+420604331287")),
)

CASES["et_university_institute"] = (
    _m("Austatud Tšehhi Statistikaamet,\n\nPõhja-Eesti Ülikooli ajakirjanduse instituut soovib"
       " valimisööl saada tulemusi teie XML-serverist.\n\nMeie server: 198.51.100.81\n\n"
       "Kontaktisik: Liis Kask, tel +372 512 4408\n\nLugupidamisega\nLiis Kask\n"
       "Ajakirjanduse instituut\nPõhja-Eesti Ülikool",
       "liis.kask@pey.example", "Liis Kask", subject="Taotlus XML"),
    label(FEED, ("Põhja-Eesti Ülikool", None, None), ["198.51.100.81"], [],
          ("Liis Kask", "liis.kask@pey.example", "+3725124408")),
)

CASES["lv_university_department"] = (
    _m("Labdien!\n\nLatgales Universitātes Politikas zinātnes katedra lūdz piekļuvi vēlēšanu rezultātu"
       " XML serverim.\n\nServeris: 203.0.113.181\n\nKontaktpersona: Jānis Ozols, tālr. +371 26 118 430\n\n"
       "Ar cieņu\nJānis Ozols\nPolitikas zinātnes katedra\nLatgales Universitāte",
       "janis.ozols@lgu.example", "Jānis Ozols", subject="Pieteikums XML"),
    label(FEED, ("Latgales Universitāte", None, None), ["203.0.113.181"], [],
          ("Jānis Ozols", "janis.ozols@lgu.example", "+37126118430")),
)

CASES["fi_university_department"] = (
    _m("Hyvä vastaanottaja,\n\nItä-Hämeen yliopiston viestinnän laitos pyytää pääsyä vaalitulosten"
       " XML-palvelimelle.\n\nPalvelin: 192.0.2.191\n\nYhteyshenkilö: Aino Laine, puh. +358 40 771 2093\n\n"
       "Ystävällisin terveisin\nAino Laine\nViestinnän laitos\nItä-Hämeen yliopisto",
       "aino.laine@ihy.example", "Aino Laine", subject="Hakemus XML"),
    label(FEED, ("Itä-Hämeen yliopisto", None, None), ["192.0.2.191"], [],
          ("Aino Laine", "aino.laine@ihy.example", "+358407712093")),
)

CASES["cz_regional_studio_broadcaster"] = (
    _m("Dobrý den,\n\nregionální studio Zlín žádá o povolení natáčení na sběrném místě ve Zlíně"
       " ve volební noci.\n\nS pozdravem\nRadek Pospíšil\nvedoucí studia Zlín\n"
       "Televize Morava a.s., IČO 53018974\ntel. 577 200 318",
       "pospisil@tvmorava.example", "Radek Pospíšil", subject="Žádost o povolení natáčení"),
    label(REC, ("Televize Morava a.s.", "53018974", None), [], [],
          ("Radek Pospíšil", "pospisil@tvmorava.example", "+420577200318")),
)

CASES["near_cz_institute_own_legal_entity"] = (
    _m("Dobrý den,\n\nInstitut regionálních studií, z.ú., IČO 24680133, žádá o přístup k XML"
       " výsledkům voleb pro server 198.51.100.191. Projekt děláme ve spolupráci s Podhorskou"
       " univerzitou.\n\nS pozdravem\nIvana Malá\ntel. 603 118 224",
       "mala@irs.example", "Ivana Malá"),
    label(FEED, ("Institut regionálních studií, z.ú.", "24680133", None), ["198.51.100.191"], [],
          ("Ivana Malá", "mala@irs.example", "+420603118224")),
)

CASES["en_university_school_signature"] = (
    _m("Dear colleagues,\n\nthe School of Journalism at Westmarch University would like access to the"
       " XML results server on election night.\n\nServer: 203.0.113.201\n\nContact: Dr Helen Price,"
       " +44 7700 900 611\n\nBest wishes,\nHelen Price\nSchool of Journalism\nWestmarch University",
       "h.price@westmarch.example", "Helen Price", subject="XML access request"),
    label(FEED, ("Westmarch University", None, None), ["203.0.113.201"], [],
          ("Helen Price", "h.price@westmarch.example", "+447700900611")),
)

# ---------------------------------------------------------------- 3. freelancers

CASES["cs_nezavisla_novinarka"] = (
    _m("Dobrý den,\n\njsem nezávislá novinářka a píšu o regionální politice. Prosím o přístup k XML"
       " výsledkům pro můj server 192.0.2.201.\n\nDěkuji\nKlára Horáková\n+420 777 120 583",
       "klara.horakova@posta.example", "Klára Horáková"),
    label(FEED, ("Klára Horáková", None, None), ["192.0.2.201"], [],
          ("Klára Horáková", "klara.horakova@posta.example", "+420777120583")),
)

CASES["sk_volna_noha_fotograf"] = (
    _m("Dobrý deň,\n\nsom fotograf na voľnej nohe a chcel by som fotografovať vo vašom volebnom"
       " centre počas volebnej noci.\n\nĎakujem\nPeter Kováč\n+421 908 441 205",
       "peter.kovac@posta.example", "Peter Kováč", subject="Žiadosť o povolenie fotografovať"),
    label(REC, ("Peter Kováč", None, None), [], [],
          ("Peter Kováč", "peter.kovac@posta.example", "+421908441205")),
)

CASES["en_independent_photojournalist"] = (
    _m("Hello,\n\nI'm an independent photojournalist covering the elections for several outlets and"
       " I would like permission to photograph at your Prague collection point.\n\nThanks,\n"
       "Sam Whitfield\n+44 7700 900 733",
       "sam.whitfield@mail.example", "Sam Whitfield", subject="Photography permit"),
    label(REC, ("Sam Whitfield", None, None), [], [],
          ("Sam Whitfield", "sam.whitfield@mail.example", "+447700900733")),
)

CASES["lv_arstata_fotografe"] = (
    _m("Labdien!\n\nEsmu ārštata fotogrāfe un vēlos fotografēt jūsu vēlēšanu centrā Prāgā vēlēšanu"
       " naktī.\n\nTālrunis: +371 29 330 118\n\nAr cieņu\nLaura Bērziņa",
       "laura.berzina@pasts.example", "Laura Bērziņa", subject="Atļauja fotografēt"),
    label(REC, ("Laura Bērziņa", None, None), [], [],
          ("Laura Bērziņa", "laura.berzina@pasts.example", "+37129330118")),
)

CASES["sr_slobodni_novinar"] = (
    _m("Poštovani,\n\nja sam slobodni novinar iz Novog Sada i molim pristup XML serveru sa"
       " rezultatima izbora. Moj server: 198.51.100.211\n\nHvala\nNikola Petrović\n+381 64 118 2290",
       "nikola.petrovic@posta.example", "Nikola Petrović", subject="Zahtev za pristup XML"),
    label(FEED, ("Nikola Petrović", None, None), ["198.51.100.211"], [],
          ("Nikola Petrović", "nikola.petrovic@posta.example", "+381641182290")),
)

CASES["hr_slobodna_novinarka"] = (
    _m("Poštovani,\n\nslobodna sam novinarka i molim dozvolu za snimanje u vašem izbornom centru u"
       " Pragu.\n\nLijep pozdrav\nIva Horvat\n+385 91 330 4412",
       "iva.horvat@posta.example", "Iva Horvat", subject="Zahtjev za snimanje"),
    label(REC, ("Iva Horvat", None, None), [], [],
          ("Iva Horvat", "iva.horvat@posta.example", "+385913304412")),
)

CASES["sl_samostojna_novinarka"] = (
    _m("Spoštovani,\n\nsem samostojna novinarka in prosim za dostop do strežnika XML z volilnimi"
       " rezultati. Moj strežnik: 203.0.113.231\n\nLep pozdrav\nMaja Novak\n+386 41 220 318",
       "maja.novak@posta.example", "Maja Novak", subject="Prošnja za dostop XML"),
    label(FEED, ("Maja Novak", None, None), ["203.0.113.231"], [],
          ("Maja Novak", "maja.novak@posta.example", "+38641220318")),
)

CASES["lt_laisvai_samdomas"] = (
    _m("Laba diena,\n\nesu laisvai samdomas žurnalistas ir prašau prieigos prie rinkimų rezultatų"
       " XML serverio. Mano serveris: 192.0.2.221\n\nPagarbiai\nTomas Kazlauskas\n+370 612 44 180",
       "tomas.kazlauskas@pastas.example", "Tomas Kazlauskas", subject="Prašymas XML"),
    label(FEED, ("Tomas Kazlauskas", None, None), ["192.0.2.221"], [],
          ("Tomas Kazlauskas", "tomas.kazlauskas@pastas.example", "+37061244180")),
)

CASES["et_vabakutseline"] = (
    _m("Tere,\n\nolen vabakutseline ajakirjanik ja palun juurdepääsu valimistulemuste XML-serverile."
       " Minu server: 198.51.100.241\n\nLugupidamisega\nKadri Tamm\n+372 533 1187",
       "kadri.tamm@post.example", "Kadri Tamm", subject="Taotlus XML"),
    label(FEED, ("Kadri Tamm", None, None), ["198.51.100.241"], [],
          ("Kadri Tamm", "kadri.tamm@post.example", "+3725331187")),
)

CASES["tr_serbest_gazeteci"] = (
    _m("Merhaba,\n\nserbest gazeteciyim ve seçim gecesi Prag'daki merkezinizde çekim yapmak için izin"
       " istiyorum.\n\nSaygılarımla\nElif Yılmaz\n+90 532 441 2087",
       "elif.yilmaz@posta.example", "Elif Yılmaz", subject="Çekim izni"),
    label(REC, ("Elif Yılmaz", None, None), [], [],
          ("Elif Yılmaz", "elif.yilmaz@posta.example", "+905324412087")),
)

CASES["ro_jurnalist_independent"] = (
    _m("Bună ziua,\n\nsunt jurnalist independent și solicit acces la serverul XML cu rezultatele"
       " alegerilor. Serverul meu: 203.0.113.241\n\nCu stimă\nAndrei Popescu\n+40 722 118 430",
       "andrei.popescu@posta.example", "Andrei Popescu", subject="Cerere acces XML"),
    label(FEED, ("Andrei Popescu", None, None), ["203.0.113.241"], [],
          ("Andrei Popescu", "andrei.popescu@posta.example", "+40722118430")),
)

CASES["dm_cz_freelancer_pdf"] = (
    data_message(
        "Žádost o povolení fotografovat",
        attachment("zadost.pdf", pdf_bytes([
            "Žádám o povolení fotografovat na sběrném místě v Jihlavě.",
            "Jsem fotografka na volné noze, fotky nabízím regionálním médiím.",
            "Alena Kratochvílová",
            "tel. 736 118 204, kratochvilova@foto.example",
        ])),
        sender="k7r4t0v", dm_sender="Alena Kratochvílová"),
    label(REC, ("Alena Kratochvílová", None, "k7r4t0v"), [], [],
          ("Alena Kratochvílová", "kratochvilova@foto.example", "+420736118204")),
)

CASES["near_sr_employee_of_outlet"] = (
    _m("Poštovani,\n\nja sam novinar lista Dnevni Glas d.o.o. i molim pristup XML serveru sa"
       " rezultatima izbora. Server redakcije: 192.0.2.231\n\nHvala\nMarko Jovanović\n+381 63 220 118",
       "marko.jovanovic@dnevniglas.example", "Marko Jovanović", subject="Zahtev za pristup XML"),
    label(FEED, ("Dnevni Glas d.o.o.", None, None), ["192.0.2.231"], [],
          ("Marko Jovanović", "marko.jovanovic@dnevniglas.example", "+38163220118")),
)

CASES["near_lv_freelancer_writes_for_radio"] = (
    _m("Labdien!\n\nEsmu ārštata žurnālists, rakstu arī Rīgas Vēstnesim, bet pieteikumu iesniedzu savā"
       " vārdā. Lūdzu piekļuvi XML serverim: 203.0.113.251\n\nTālrunis: +371 26 440 118\n\n"
       "Ar cieņu\nEdgars Liepa",
       "edgars.liepa@pasts.example", "Edgars Liepa", subject="Pieteikums XML"),
    label(FEED, ("Edgars Liepa", None, None), ["203.0.113.251"], [],
          ("Edgars Liepa", "edgars.liepa@pasts.example", "+37126440118")),
)

# ---------------------------------------------------------------- 4. apostrophes, articles, prepositions

CASES["ca_diari_de_l"] = (
    _m("Benvolguts,\n\nDiari de l'Anoia SL sol·licita l'accés al servidor XML amb els resultats de les"
       " eleccions.\n\nServidor de producció: 198.51.100.251\n\nPersona de contacte: Marta Vila,"
       " tel. +34 938 041 227\n\nSalutacions,\nMarta Vila\nDiari de l'Anoia SL",
       "marta.vila@diarianoia.example", "Marta Vila", subject="Sol·licitud XML"),
    label(FEED, ("Diari de l'Anoia SL", None, None), ["198.51.100.251"], [],
          ("Marta Vila", "marta.vila@diarianoia.example", "+34938041227")),
)

CASES["ca_university_de_l_signature"] = (
    _m("Benvolguts,\n\nla Universitat Oberta de l'Empordà, a través del Departament de Periodisme,"
       " sol·licita permís per filmar al punt de recollida de dades de Praga.\n\nPersona de contacte:"
       " Pau Soler, tel. +34 972 418 330\n\nSalutacions cordials,\nPau Soler\nDepartament de Periodisme\n"
       "Universitat Oberta de l'Empordà",
       "pau.soler@uvt.example", "Pau Soler", subject="Sol·licitud de filmació"),
    label(REC, ("Universitat Oberta de l'Empordà", None, None), [], [],
          ("Pau Soler", "pau.soler@uvt.example", "+34972418330")),
)

CASES["fr_editions_de_l"] = (
    _m("Madame, Monsieur,\n\nÉditions de l'Aube Claire SAS sollicite l'accès au serveur XML des résultats"
       " électoraux.\n\nServeur de production : 192.0.2.241\n\nContact : Julien Faure, tél. +33 6 12 40 88 17\n\n"
       "Cordialement,\nJulien Faure\nÉditions de l'Aube Claire SAS",
       "faure@aubeclaire.example", "Julien Faure", subject="Demande d'accès XML"),
    label(FEED, ("Éditions de l'Aube Claire SAS", None, None), ["192.0.2.241"], [],
          ("Julien Faure", "faure@aubeclaire.example", "+33612408817")),
)

CASES["it_gazzetta_dell"] = (
    _m("Gentili signori,\n\nla Gazzetta dell'Adige S.r.l. chiede l'accesso al server XML dei risultati"
       " elettorali.\n\nServer di produzione: 203.0.113.5\n\nReferente: Luca Bianchi, tel. +39 045 800 2214\n\n"
       "Cordiali saluti\nLuca Bianchi\nGazzetta dell'Adige S.r.l.",
       "bianchi@gazzettadelladige.example", "Luca Bianchi", subject="Richiesta accesso XML"),
    label(FEED, ("Gazzetta dell'Adige S.r.l.", None, None), ["203.0.113.5"], [],
          ("Luca Bianchi", "bianchi@gazzettadelladige.example", "+390458002214")),
)

CASES["nl_omroep_t_gooi"] = (
    _m("Geachte heer/mevrouw,\n\nOmroep 't Gooiland B.V. vraagt toegang tot de XML-server met de"
       " verkiezingsuitslagen.\n\nProductieserver: 198.51.100.5\n\nContactpersoon: Sanne de Vries,"
       " tel. +31 35 621 4408\n\nMet vriendelijke groet,\nSanne de Vries\nOmroep 't Gooiland B.V.",
       "s.devries@gooiland.example", "Sanne de Vries", subject="Aanvraag XML-toegang"),
    label(FEED, ("Omroep 't Gooiland B.V.", None, None), ["198.51.100.5"], [],
          ("Sanne de Vries", "s.devries@gooiland.example", "+31356214408")),
)

CASES["pt_jornal_d"] = (
    _m("Exmos. Senhores,\n\nJornal d'Ouro Lda. solicita acesso ao servidor XML com os resultados"
       " eleitorais.\n\nServidor de produção: 192.0.2.5\n\nContacto: Rita Costa, tel. +351 912 440 118\n\n"
       "Com os melhores cumprimentos,\nRita Costa\nJornal d'Ouro Lda.",
       "rita.costa@jornaldouro.example", "Rita Costa", subject="Pedido de acesso XML"),
    label(FEED, ("Jornal d'Ouro Lda.", None, None), ["192.0.2.5"], [],
          ("Rita Costa", "rita.costa@jornaldouro.example", "+351912440118")),
)

CASES["ga_o_surname_ltd"] = (
    _m("A chara,\n\nÓ Súilleabháin Media Ltd requests access to the XML results server.\n\n"
       "Production server: 203.0.113.15\n\nContact: Siobhán Ní Bhriain, tel. +353 87 220 4419\n\n"
       "Le meas,\nSiobhán Ní Bhriain\nÓ Súilleabháin Media Ltd",
       "siobhan@osmedia.example", "Siobhán Ní Bhriain", subject="XML access"),
    label(FEED, ("Ó Súilleabháin Media Ltd", None, None), ["203.0.113.15"], [],
          ("Siobhán Ní Bhriain", "siobhan@osmedia.example", "+353872204419")),
)

CASES["near_ca_name_then_l_acces"] = (
    _m("Benvolguts,\n\nRàdio Nord Catalunya SL sol·licita l'accés al servidor XML i d'altra banda"
       " no necessita permís de filmació.\n\nServidor: 198.51.100.15\n\nContacte: Jordi Mas,"
       " tel. +34 972 110 338\n\nSalutacions,\nJordi Mas",
       "jordi.mas@radionord.example", "Jordi Mas", subject="Sol·licitud XML"),
    label(FEED, ("Ràdio Nord Catalunya SL", None, None), ["198.51.100.15"], [],
          ("Jordi Mas", "jordi.mas@radionord.example", "+34972110338")),
)

CASES["dm_fr_pdf_l_article_letterhead"] = (
    data_message(
        "Demande d'accès XML",
        attachment("demande.pdf", pdf_bytes([
            "L'Écho de la Vallée SARL",
            "Demande d'accès au serveur XML des résultats électoraux",
            "L'Écho de la Vallée SARL demande l'accès pour le serveur 203.0.113.25.",
            "Contact : Nicolas Blanc, tél. +33 4 76 22 18 40, blanc@echovallee.example",
        ])),
        sender="e7ch0vl", dm_sender="L'Écho de la Vallée SARL"),
    label(FEED, ("L'Écho de la Vallée SARL", None, "e7ch0vl"), ["203.0.113.25"], [],
          ("Nicolas Blanc", "blanc@echovallee.example", "+33476221840")),
)

_FILMING_WORDS = (
    "outside this drill's topic: the request to photograph or film is not read in Latvian"
    " ('vēlos fotografēt') nor Turkish ('çekim yapmak için izin'): no request type (flagged);"
    " the freelancer's own name is read as the organisation"
)
XFAIL: dict[str, str] = {
    "lv_arstata_fotografe": _FILMING_WORDS,
    "tr_serbest_gazeteci": _FILMING_WORDS,
    "pl_xlsx_firma_empty_cell": "outside this drill's topic: the phone in a workbook's 'Telefon'"
    " row is not taken as the contact's when the mail's signature names the contact (none read);"
    " the empty 'Firma' row no longer takes 'Telefon' as the name",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r64_org(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, {}))
def test_drill_r64_org_never_wrong_and_certain(p: ParsedMessage, want: Label) -> None:
    """Every message, read right or not: no wrong value is presented as certain."""
    assert [m for m in misses(p, want) if m.endswith("(certain=True)")] == []
