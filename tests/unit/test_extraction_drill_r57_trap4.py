"""A blind trap drill, fifty-seventh round, fourth part (issue 18): forty whole applications aimed
at the contact (person, e-mail, phone) of data messages and of applications carried by
attachments. A data message has no sender address, so its contact comes only from the
annotation or the files: a form's "Kontaktní osoba" row beside the signer of the cover letter;
a DOCX whose page footer carries a general phone and e-mail; a PDF signed by the director with
"Vyřizuje:" (or "Dossier suivi par") naming another person; a workbook's contacts sheet of
several rows with or without a role column; a table cell that wraps the phone over two lines; a
cover mail saying "kontakt viz příloha" signed by someone else; an annotation naming a person
whose e-mail is only in the file; a natural person's own box; two attachments naming different
contacts (the old one marked void); a power of attorney's lawyer; a fax before the phone; a
director's phone beside a contact who gives none; phones written "+420 (0)2…", "00420…",
"+49 (0)30…", with extensions; e-mails written "jmeno(at)firma.example" in a PDF; the office's
own numbers quoted in the file. Every message was labelled by ``tests/corpus/LABELS.md`` before
extraction ran on it; each is scored field by field as the corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import io

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import docx_bytes, odt_blocks, pdf_bytes, pdf_table, xlsx_sheets
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str, *extra: Component, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)


def _docx_footer(paragraphs: list[str], footer: list[str]) -> bytes:
    """A DOCX whose page footer holds ``footer`` (one paragraph a line) below the body."""
    import docx

    d = docx.Document()
    foot = d.sections[0].footer
    foot.paragraphs[0].text = footer[0]
    for line in footer[1:]:
        foot.add_paragraph(line)
    for para in paragraphs:
        d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# 1. Data message: the form's contact row vs the cover letter's signer (jednatel)
CASES["dm_cz_form_contact_vs_cover_signer"] = (
    data_message(
        "Žádost o přístup k XML výsledkům voleb",
        attachment("pruvodni_dopis.pdf", pdf_bytes([
            "Věc: Žádost o přístup k XML výstupu",
            "V příloze zasíláme vyplněný formulář žádosti.",
            "",
            "Ing. Petr Velký",
            "jednatel",
            "Velký Zpravodaj s.r.o.",
        ])),
        attachment("formular.pdf", pdf_bytes([
            "Žadatel: Velký Zpravodaj s.r.o.",
            "IČO: 49814362",
            "Produkční IP adresa: 198.51.100.31",
            "Kontaktní osoba: Jana Malá",
            "E-mail: mala@velkyzpravodaj.example",
            "Telefon: 602 331 904",
        ])),
        sender="v3lk7zp", dm_sender="Velký Zpravodaj s.r.o."),
    label(FEED, ("Velký Zpravodaj s.r.o.", "49814362", "v3lk7zp"), ["198.51.100.31"], [],
          ("Jana Malá", "mala@velkyzpravodaj.example", "+420602331904")),
)

# 2. Data message: a DOCX whose page footer carries the general phone and e-mail
CASES["dm_cz_docx_footer_general"] = (
    data_message(
        "Žádost – XML výsledky",
        attachment("zadost.docx", _docx_footer([
            "Žádost o přístup k XML výstupu výsledků voleb",
            "Žádáme o přístup pro server 198.51.100.32.",
            "S pozdravem",
            "Martin Král, redaktor",
            "kral@jihoceskelisty.example, mobil 604 118 527",
        ], [
            "Jihočeské listy s.r.o. | IČO 76603482 | Lannova 12, České Budějovice",
            "tel. +420 387 000 111 | info@jihoceskelisty.example | www.jihoceskelisty.example",
        ])),
        sender="j1h0cl5", dm_sender="Jihočeské listy s.r.o."),
    label(FEED, ("Jihočeské listy s.r.o.", "76603482", "j1h0cl5"), ["198.51.100.32"], [],
          ("Martin Král", "kral@jihoceskelisty.example", "+420604118527")),
)

# 3. Data message: a PDF signed by the director, "Vyřizuje:" naming the clerk (the contact)
CASES["dm_cz_pdf_director_vyrizuje"] = (
    data_message(
        "Žádost o povolení natáčení",
        attachment("zadost.pdf", pdf_bytes([
            "Televize Haná, a.s., IČO 06629466",
            "Vyřizuje: Lenka Horáková",
            "Tel.: 731 222 118",
            "E-mail: horakova@tvhana.example",
            "",
            "Věc: Žádost o povolení natáčení na sběrném místě",
            "Žádáme o povolení pořizovat videozáznam na sběrném místě v Olomouci.",
            "",
            "Mgr. Tomáš Beneš",
            "ředitel",
        ])),
        sender="tvh4n4a", dm_sender="Televize Haná, a.s."),
    label(REC, ("Televize Haná, a.s.", "06629466", "tvh4n4a"), [], [],
          ("Lenka Horáková", "horakova@tvhana.example", "+420731222118")),
)

# 4. Data message: an XLSX with a contacts sheet of three rows and a role column
CASES["dm_cz_xlsx_contacts_roles"] = (
    data_message(
        "Žádost o XML – tabulka v příloze",
        attachment("zadost.xlsx", xlsx_sheets([
            ("Žádost", [["Položka", "Hodnota"], ["Organizace", "Datová kancelář Morava s.r.o."],
                        ["IČO", "51320002"], ["Produkční IP", "198.51.100.33"]]),
            ("Kontakty", [["Role", "Jméno", "E-mail", "Telefon"],
                          ["jednatel", "Karel Dvořák", "dvorak@dkmorava.example", "603 100 200"],
                          ["technik", "Ondřej Malý", "maly@dkmorava.example", "603 100 201"],
                          ["kontaktní osoba pro žádost", "Eva Bílá", "bila@dkmorava.example",
                           "603 100 202"]]),
        ])),
        sender="dkm0r4v", dm_sender="Datová kancelář Morava s.r.o."),
    label(FEED, ("Datová kancelář Morava s.r.o.", "51320002", "dkm0r4v"), ["198.51.100.33"], [],
          ("Eva Bílá", "bila@dkmorava.example", "+420603100202")),
)

# 5. Data message: a contacts sheet without roles; the first row is the contact
CASES["dm_cz_xlsx_contacts_no_roles"] = (
    data_message(
        "Žádost o přístup k XML",
        attachment("zadost.xlsx", xlsx_sheets([
            ("Žádost", [["Žadatel", "Rádio Podřipsko s.r.o."], ["IČO", "08402965"],
                        ["IP adresa", "198.51.100.34"]]),
            ("Kontakt", [["Jméno", "E-mail", "Telefon"],
                         ["Alena Řeháková", "rehakova@podripsko.example", "722 410 118"],
                         ["Jan Kos (zástup)", "kos@podripsko.example", "722 410 119"]]),
        ])),
        sender="r4dp0dr", dm_sender="Rádio Podřipsko s.r.o."),
    label(FEED, ("Rádio Podřipsko s.r.o.", "08402965", "r4dp0dr"), ["198.51.100.34"], [],
          ("Alena Řeháková", "rehakova@podripsko.example", "+420722410118")),
)

# 6. Mail with an ODT whose contact cell wraps the phone over two paragraphs
CASES["cz_odt_cell_phone_wrapped"] = (
    _m("Dobrý den,\n\nv příloze posíláme žádost.\n\nS pozdravem\nPavel Šimek\n",
       "simek@krkonosskydenik.example", "Pavel Šimek",
       attachment("zadost.odt", odt_blocks([
           "Žádost o přístup k XML výstupu výsledků voleb",
           [["Žadatel", "Krkonošský deník s.r.o., IČO 85581313"],
            ["Produkční IP", "198.51.100.35"],
            ["Kontakt", "Ing. Radka Bártová, bartova@krkonosskydenik.example, +420 605"],
            ["", "118 220"]],
       ]))),
    label(FEED, ("Krkonošský deník s.r.o.", "85581313", None), ["198.51.100.35"], [],
          ("Radka Bártová", "bartova@krkonosskydenik.example", "+420605118220")),
)

# 7. Mail "kontakt viz příloha" signed by an assistant; the attachment names the contact
CASES["cz_kontakt_viz_priloha_assistant_signs"] = (
    _m("Dobrý den,\n\nzasíláme žádost o přístup k XML výstupu, kontakt viz příloha.\n\n"
       "S pozdravem\nJiřina Procházková\nasistentka vedení\ntel. 271 000 400\n",
       "prochazkova@pvnoviny.example", "Jiřina Procházková",
       attachment("zadost.pdf", pdf_bytes([
           "Podlipanské noviny s.r.o., IČO 46179682",
           "Žádáme o přístup k XML výstupu výsledků voleb z adresy 198.51.100.36.",
           "Kontaktní osoba: Hana Nová, nova@pvnoviny.example, 777 210 845",
       ]))),
    label(FEED, ("Podlipanské noviny s.r.o.", "46179682", None), ["198.51.100.36"], [],
          ("Hana Nová", "nova@pvnoviny.example", "+420777210845")),
)

# 8. Data message: the annotation names the contact; her e-mail is only in the file
CASES["dm_cz_annotation_names_contact"] = (
    data_message(
        "Žádost o XML – kontaktní osoba Marie Veselá",
        attachment("zadost.pdf", pdf_bytes([
            "Zlínský expres a.s., IČO 94132313",
            "Žádáme o přístup k XML výstupu výsledků voleb. IP: 198.51.100.37",
            "M. Veselá: vesela@zlinskyexpres.example, 608 551 209",
            "",
            "Ing. Jaroslav Kubík, předseda představenstva",
        ])),
        sender="zl1nex5", dm_sender="Zlínský expres a.s."),
    label(FEED, ("Zlínský expres a.s.", "94132313", "zl1nex5"), ["198.51.100.37"], [],
          ("Marie Veselá", "vesela@zlinskyexpres.example", "+420608551209")),
)

# 9. Data message from a natural person's own box: she is applicant and contact
CASES["dm_cz_natural_person_box"] = (
    data_message(
        "Žádost o povolení k natáčení",
        text_file("zadost.txt",
                  "Dobrý den,\n\njsem nezávislá dokumentaristka a žádám o povolení natáčet na"
                  " sběrném místě v Brně během sčítání hlasů.\n\nAlena Dvořáková\ntel. 604 771 302\n"
                  "alena.dvorakova@posta.example\n"),
        sender="ad9vk2m", dm_sender="Alena Dvořáková"),
    label(REC, ("Alena Dvořáková", None, "ad9vk2m"), [], [],
          ("Alena Dvořáková", "alena.dvorakova@posta.example", "+420604771302")),
)

# 10. Data message: two attachments; the first marked void, the second names another contact
CASES["dm_cz_void_first_version"] = (
    data_message(
        "Žádost o XML (opravená verze)",
        attachment("zadost_v1.pdf", pdf_bytes([
            "NEPLATNÉ – nahrazeno verzí 2",
            "Žádost o přístup k XML, Hradecký kurýr s.r.o., IČO 67749461",
            "IP: 198.51.100.38",
            "Kontaktní osoba: Petr Adámek, adamek@hkkuryr.example, 730 100 300",
        ])),
        attachment("zadost_v2.pdf", pdf_bytes([
            "Žádost o přístup k XML, Hradecký kurýr s.r.o., IČO 67749461",
            "IP: 198.51.100.38",
            "Kontaktní osoba: Jana Boudová, boudova@hkkuryr.example, 730 100 301",
        ])),
        sender="hkk8ry1", dm_sender="Hradecký kurýr s.r.o."),
    label(FEED, ("Hradecký kurýr s.r.o.", "67749461", "hkk8ry1"), ["198.51.100.38"], [],
          ("Jana Boudová", "boudova@hkkuryr.example", "+420730100301")),
)

# 11. Data message: phone "+420 (0)2 …" in the file
CASES["dm_cz_phone_plus420_paren_zero"] = (
    data_message(
        "Žádost o přístup k XML",
        attachment("zadost.pdf", pdf_bytes([
            "Pražská data, z.ú., IČO 57727287",
            "Žádáme o přístup k XML výstupu z adresy 198.51.100.39.",
            "Kontakt: Tomáš Hora, hora@prazskadata.example, tel. +420 (0)2 2481 1234",
        ])),
        sender="pd4t4zu", dm_sender="Pražská data, z.ú."),
    label(FEED, ("Pražská data, z.ú.", "57727287", "pd4t4zu"), ["198.51.100.39"], [],
          ("Tomáš Hora", "hora@prazskadata.example", "+420224811234")),
)

# 12. Data message: phone "00420 …" in a DOCX
CASES["dm_cz_docx_phone_00420"] = (
    data_message(
        "Žádost o XML výstup",
        attachment("zadost.docx", docx_bytes([
            "Ostravské listy s.r.o., IČO 91332842",
            "Žádáme o přístup k XML výstupu výsledků voleb, server 198.51.100.40.",
            "Kontaktní osoba: Lukáš Vavřík, vavrik@ostravskelisty.example, 00420 736 512 004",
        ])),
        sender="0str4vl", dm_sender="Ostravské listy s.r.o."),
    label(FEED, ("Ostravské listy s.r.o.", "91332842", "0str4vl"), ["198.51.100.40"], [],
          ("Lukáš Vavřík", "vavrik@ostravskelisty.example", "+420736512004")),
)

# 13. Data message: a fax number before the phone
CASES["dm_cz_fax_before_phone"] = (
    data_message(
        "Žádost o přístup k XML",
        attachment("zadost.pdf", pdf_bytes([
            "Týdeník Vysočina s.r.o., IČO 02704421",
            "Žádáme o přístup k XML výstupu, IP adresa 198.51.100.41.",
            "Kontaktní osoba: Zdeněk Pokorný",
            "Fax: 567 300 401",
            "Tel.: 567 300 402",
            "E-mail: pokorny@tydenikvysocina.example",
        ])),
        sender="tvys0c1", dm_sender="Týdeník Vysočina s.r.o."),
    label(FEED, ("Týdeník Vysočina s.r.o.", "02704421", "tvys0c1"), ["198.51.100.41"], [],
          ("Zdeněk Pokorný", "pokorny@tydenikvysocina.example", "+420567300402")),
)

# 14. Data message: "tel./fax" line with an extension
CASES["dm_cz_tel_fax_extension"] = (
    data_message(
        "Žádost o XML",
        attachment("zadost.pdf", pdf_bytes([
            "Kladenský zpravodaj s.r.o., IČO 72414448",
            "Žádáme o přístup k XML výstupu, IP 198.51.100.42.",
            "Vyřizuje: Ivana Šustrová, sustrova@kladenskyzpravodaj.example",
            "tel./fax: 312 555 100, kl. 214",
        ])),
        sender="kl4dzp1", dm_sender="Kladenský zpravodaj s.r.o."),
    label(FEED, ("Kladenský zpravodaj s.r.o.", "72414448", "kl4dzp1"), ["198.51.100.42"], [],
          ("Ivana Šustrová", "sustrova@kladenskyzpravodaj.example", "+420312555100")),
)

# 15. Data message: e-mail written "jmeno(at)firma.example" in a PDF
CASES["dm_cz_pdf_email_at_paren"] = (
    data_message(
        "Žádost o povolení natáčení",
        attachment("zadost.pdf", pdf_bytes([
            "Studio Beskydy s.r.o., IČO 97603392",
            "Žádáme o povolení natáčet na sběrném místě ve Frýdku-Místku.",
            "Kontakt: Roman Sýkora, sykora(at)studiobeskydy.example, 739 402 118",
        ])),
        sender="stb3sk7", dm_sender="Studio Beskydy s.r.o."),
    label(REC, ("Studio Beskydy s.r.o.", "97603392", "stb3sk7"), [], [],
          ("Roman Sýkora", "sykora@studiobeskydy.example", "+420739402118")),
)

# 16. German mail: "Ansprechpartner siehe Anlage", signed by the assistant
CASES["de_ansprechpartner_siehe_anlage"] = (
    _m("Sehr geehrte Damen und Herren,\n\nanbei unser Antrag auf Zugang zum XML-Feed der"
       " Wahlergebnisse. Ansprechpartner siehe Anlage.\n\nMit freundlichen Grüßen\n"
       "Sabine Krüger\nAssistenz der Geschäftsführung\nTel. +49 89 4455 6600\n",
       "krueger@bayernticker.example", "Sabine Krüger",
       attachment("antrag.pdf", pdf_bytes([
           "Bayern Ticker GmbH",
           "Antrag auf Zugang zum XML-Feed, Server-IP: 203.0.113.43",
           "Ansprechpartner: Florian Weiß, weiss@bayernticker.example, +49 170 2233 445",
       ]))),
    label(FEED, ("Bayern Ticker GmbH", None, None), ["203.0.113.43"], [],
          ("Florian Weiß", "weiss@bayernticker.example", "+491702233445")),
)

# 17. Polish mail signed by a board office; the DOCX names the contact
CASES["pl_docx_osoba_do_kontaktu"] = (
    _m("Dzień dobry,\n\nw załączeniu przesyłamy wniosek o dostęp do danych XML.\n\n"
       "Z poważaniem\nSekretariat Zarządu\nGazeta Śląska Sp. z o.o.\ntel. +48 32 200 10 00\n",
       "sekretariat@gazetaslaska.example", "Sekretariat Zarządu",
       attachment("wniosek.docx", docx_bytes([
           "Wniosek o dostęp do kanału XML z wynikami wyborów",
           "Adres IP serwera: 203.0.113.44",
           "Osoba do kontaktu: Katarzyna Wójcik, k.wojcik@gazetaslaska.example, +48 601 234 567",
       ]))),
    label(FEED, ("Gazeta Śląska Sp. z o.o.", None, None), ["203.0.113.44"], [],
          ("Katarzyna Wójcik", "k.wojcik@gazetaslaska.example", "+48601234567")),
)

# 18. English mail signed by an office manager; the PDF names the contact
CASES["en_pdf_contact_office_manager_signs"] = (
    _m("Hello,\n\nplease find our application attached.\n\nBest regards,\nSarah Jones\n"
       "Office Manager, Danube Wire Ltd\n+44 20 7946 0555\n",
       "office@danubewire.example", "Sarah Jones",
       attachment("application.pdf", pdf_bytes([
           "Danube Wire Ltd - application for access to the election results XML feed",
           "Production server: 203.0.113.45",
           "Contact person: David Miller, d.miller@danubewire.example, +420 724 118 906",
       ]))),
    label(FEED, ("Danube Wire Ltd", None, None), ["203.0.113.45"], [],
          ("David Miller", "d.miller@danubewire.example", "+420724118906")),
)

# 19. Hungarian: a workbook's contact sheet with "Kapcsolattartó" in the second row
CASES["hu_xlsx_kapcsolattarto_second"] = (
    _m("Tisztelt Hivatal!\n\nMellékelten küldjük kérelmünket.\n\nÜdvözlettel:\nNagy Péter\n",
       "nagy.peter@dunahirek.example", "Nagy Péter",
       attachment("kerelem.xlsx", xlsx_sheets([
           ("Kérelem", [["Szervezet", "Duna Hírek Kft."], ["XML hozzáférés", "igen"],
                        ["IP-cím", "203.0.113.46"]]),
           ("Kapcsolat", [["Szerep", "Név", "E-mail", "Telefon"],
                          ["ügyvezető", "Nagy Péter", "nagy.peter@dunahirek.example",
                           "+36 1 555 0100"],
                          ["kapcsolattartó", "Szabó Anna", "szabo.anna@dunahirek.example",
                           "+36 30 555 0101"]]),
       ]))),
    label(FEED, ("Duna Hírek Kft.", None, None), ["203.0.113.46"], [],
          ("Szabó Anna", "szabo.anna@dunahirek.example", "+36305550101")),
)

# 20. French letter signed by the director, "Dossier suivi par" names the contact
CASES["fr_pdf_dossier_suivi_par"] = (
    _m("Bonjour,\n\nveuillez trouver ci-joint notre demande.\n\nCordialement,\nJean Dupont\n",
       "jean.dupont@lechopraguois.example", "Jean Dupont",
       attachment("demande.pdf", pdf_bytes([
           "L'Écho pragois SAS",
           "Dossier suivi par : Claire Martin",
           "claire.martin@lechopraguois.example - +33 1 44 55 66 77",
           "",
           "Objet : demande d'accès au flux XML des résultats électoraux",
           "Adresse IP de production : 203.0.113.47",
           "",
           "Jean Dupont, directeur de la publication",
       ]))),
    label(FEED, ("L'Écho pragois SAS", None, None), ["203.0.113.47"], [],
          ("Claire Martin", "claire.martin@lechopraguois.example", "+33144556677")),
)

# 21. Italian DOCX: "Referente" in a table, the switchboard and info mailbox in the footer
CASES["it_docx_referente_footer_centralino"] = (
    _m("Buongiorno,\n\nin allegato la nostra richiesta.\n\nCordiali saluti\nMarco Bianchi\n",
       "bianchi@notiziemitteleuropa.example", "Marco Bianchi",
       attachment("richiesta.docx", _docx_footer([
           "Notizie Mitteleuropa S.r.l. chiede l'accesso al flusso XML dei risultati elettorali.",
           "Indirizzo IP di produzione: 203.0.113.48",
           "Referente: Giulia Rossi, giulia.rossi@notiziemitteleuropa.example, +39 347 123 4567",
       ], [
           "Notizie Mitteleuropa S.r.l. - Centralino +39 06 1234 5678 -"
           " info@notiziemitteleuropa.example",
       ]))),
    label(FEED, ("Notizie Mitteleuropa S.r.l.", None, None), ["203.0.113.48"], [],
          ("Giulia Rossi", "giulia.rossi@notiziemitteleuropa.example", "+393471234567")),
)

# 22. Spanish: the attachment's "Persona de contacto" vs the mail's secretary
CASES["es_persona_de_contacto_attachment"] = (
    _m("Buenos días:\n\nAdjuntamos nuestra solicitud de permiso de grabación.\n\nUn saludo,\n"
       "Luis (secretaría)\nCanal Ibérico S.L.\n",
       "secretaria@canaliberico.example", "Secretaría Canal Ibérico",
       attachment("solicitud.pdf", pdf_bytes([
           "Canal Ibérico S.L. solicita permiso para grabar en el punto de recogida de Praga.",
           "Persona de contacto: Lucía Fernández García",
           "Correo: lucia.fernandez@canaliberico.example",
           "Móvil: +34 612 345 678",
       ]))),
    label(REC, ("Canal Ibérico S.L.", None, None), [], [],
          ("Lucía Fernández García", "lucia.fernandez@canaliberico.example", "+34612345678")),
)

# 23. Dutch: phone written "+31 (0)20 …" in the attachment
CASES["nl_phone_plus31_paren_zero"] = (
    _m("Geachte heer/mevrouw,\n\nBijgaand onze aanvraag.\n\nMet vriendelijke groet,\nPieter de Vries\n",
       "p.devries@amstelnieuws.example", "Pieter de Vries",
       attachment("aanvraag.pdf", pdf_bytes([
           "Amstel Nieuws B.V. vraagt toegang tot de XML-feed met verkiezingsuitslagen.",
           "IP-adres productie: 203.0.113.49",
           "Contactpersoon: Pieter de Vries, p.devries@amstelnieuws.example,"
           " T +31 (0)20 555 1234",
       ]))),
    label(FEED, ("Amstel Nieuws B.V.", None, None), ["203.0.113.49"], [],
          ("Pieter de Vries", "p.devries@amstelnieuws.example", "+31205551234")),
)

# 24. Swedish: switchboard first, the contact's mobile second
CASES["sv_vaxel_then_mobil"] = (
    _m("Hej,\n\nvi ansöker om tillstånd att filma vid insamlingsplatsen i Prag.\n\nMed vänliga"
       " hälsningar\nErik Lindqvist\nNordisk Bild AB\nVäxel: +46 8 555 123 45\n"
       "Mobil: +46 70 123 45 67\n",
       "erik.lindqvist@nordiskbild.example", "Erik Lindqvist"),
    label(REC, ("Nordisk Bild AB", None, None), [], [],
          ("Erik Lindqvist", "erik.lindqvist@nordiskbild.example", "+46701234567")),
)

# 25. Slovak data message: "Za správnosť" signer vs "Kontaktná osoba"
CASES["dm_sk_za_spravnost_vs_kontaktna"] = (
    data_message(
        "Žiadosť o prístup k XML",
        attachment("ziadost.pdf", pdf_bytes([
            "Slovenský denník, organizačná zložka, IČO 27739309",
            "Žiadame o prístup k XML výstupu výsledkov volieb, IP adresa 198.51.100.50.",
            "Kontaktná osoba: Mgr. Zuzana Kollárová, kollarova@slovdennik.example, +421 905 331 208",
            "",
            "Za správnosť: Ing. Peter Hudec, vedúci organizačnej zložky, tel. +420 222 710 300",
        ])),
        sender="sld3nk2", dm_sender="Slovenský denník, organizačná zložka"),
    label(FEED, ("Slovenský denník, organizačná zložka", "27739309", "sld3nk2"), ["198.51.100.50"],
          [], ("Zuzana Kollárová", "kollarova@slovdennik.example", "+421905331208")),
)

# 26. Data message: the annotation carries the contact; the file is a power of attorney
CASES["dm_cz_annotation_contact_poa_lawyer"] = (
    data_message(
        "Žádost o přístup k XML, IP 198.51.100.51, kontakt Pavel Říha, 603 220 415,"
        " riha@hornickelisty.example",
        attachment("plna_moc.pdf", pdf_bytes([
            "PLNÁ MOC",
            "Hornické listy s.r.o., IČO 85991678, zmocňuje",
            "JUDr. Karel Mrázek, advokát, Na Příkopě 4, Praha 1, tel. 224 300 500,"
            " mrazek@akmrazek.example",
            "k podání žádosti o přístup k XML výstupu výsledků voleb.",
        ])),
        sender="h0rn1kl", dm_sender="Hornické listy s.r.o."),
    label(FEED, ("Hornické listy s.r.o.", "85991678", "h0rn1kl"), ["198.51.100.51"], [],
          ("Pavel Říha", "riha@hornickelisty.example", "+420603220415")),
)

# 27. Data message: the contact gives no phone; the director's phone follows
CASES["dm_cz_contact_no_phone_director_phone"] = (
    data_message(
        "Žádost o XML",
        attachment("zadost.pdf", pdf_bytes([
            "Liberecký týden s.r.o., IČO 42361354",
            "Žádáme o přístup k XML výstupu, produkční server 198.51.100.52.",
            "Kontaktní osoba: Jana Černá, cerna@libereckytyden.example",
            "Statutární orgán: Milan Šťastný, jednatel, tel. 485 100 200",
        ])),
        sender="l1btyd3", dm_sender="Liberecký týden s.r.o."),
    label(FEED, ("Liberecký týden s.r.o.", "42361354", "l1btyd3"), ["198.51.100.52"], [],
          ("Jana Černá", "cerna@libereckytyden.example", None)),
)

# 28. Data message: a mailbox for the access data beside the contact's own e-mail
CASES["dm_cz_access_mailbox_vs_contact_email"] = (
    data_message(
        "Žádost o XML výstup",
        attachment("zadost.pdf", pdf_bytes([
            "Plzeňský rozhled a.s., IČO 39256529",
            "Žádáme o přístup k XML výstupu, IP 198.51.100.53.",
            "E-mail pro zaslání přístupových údajů: it@plzenskyrozhled.example",
            "Kontaktní osoba: Eva Malá, mala@plzenskyrozhled.example, 377 100 420",
        ])),
        sender="plz3nr0", dm_sender="Plzeňský rozhled a.s."),
    label(FEED, ("Plzeňský rozhled a.s.", "39256529", "plz3nr0"), ["198.51.100.53"], [],
          ("Eva Malá", "mala@plzenskyrozhled.example", "+420377100420")),
)

# 29. Data message from a natural person's box; the file names her assistant as the contact
CASES["dm_cz_person_box_assistant_contact"] = (
    data_message(
        "Žádost o povolení natáčení",
        attachment("zadost.pdf", pdf_bytes([
            "Žádám o povolení natáčet na sběrném místě v Plzni pro svůj dokumentární film.",
            "Kontaktní osoba: můj asistent Tomáš Pilný, pilny@filmvrba.example, 720 445 310",
            "",
            "Radek Vrba",
        ])),
        sender="rv8b4km", dm_sender="Radek Vrba"),
    label(REC, ("Radek Vrba", None, "rv8b4km"), [], [],
          ("Tomáš Pilný", "pilny@filmvrba.example", "+420720445310")),
)

# 30. Mail with a PDF table whose narrow contact cell wraps the phone
CASES["cz_pdf_table_phone_wraps"] = (
    _m("Dobrý den,\n\nžádost v příloze.\n\nDěkuji\nOndřej Suchý\n",
       "suchy@vychodoceskytyden.example", "Ondřej Suchý",
       attachment("zadost.pdf", pdf_table([
           ["Žadatel", "Východočeský týden s.r.o."], ["IČO", "60185538"],
           ["Produkční IP", "198.51.100.54"],
           ["Kontaktní osoba", "Ondřej Suchý"],
           ["Telefon", "+420 731 008 224"],
           ["E-mail", "suchy@vychodoceskytyden.example"],
       ], [110, 60], "TOP"))),
    label(FEED, ("Východočeský týden s.r.o.", "60185538", None), ["198.51.100.54"], [],
          ("Ondřej Suchý", "suchy@vychodoceskytyden.example", "+420731008224")),
)

# 31. English PDF: e-mail written "j.smith [at] newsdesk.example", mail from a no-reply portal
CASES["en_pdf_email_bracket_at"] = (
    _m("Application attached (sent via our document portal).\n",
       "no-reply@docs.citynewsdesk.example", "City Newsdesk Portal",
       attachment("application.pdf", pdf_bytes([
           "City Newsdesk s.r.o., IČO 12504084",
           "We apply for access to the election results XML feed from 203.0.113.55.",
           "Contact: John Smith, j.smith [at] citynewsdesk.example, +420 775 300 881",
       ]))),
    label(FEED, ("City Newsdesk s.r.o.", "12504084", None), ["203.0.113.55"], [],
          ("John Smith", "j.smith@citynewsdesk.example", "+420775300881")),
)

# 32. German PDF: "+49 (0)30 …" and an "i.A." signer
CASES["de_pdf_plus49_paren_zero"] = (
    _m("Guten Tag,\n\nanbei der Antrag.\n\nViele Grüße\nAnna Vogel\n",
       "vogel@spreekurier.example", "Anna Vogel",
       attachment("antrag.pdf", pdf_bytes([
           "Spree Kurier GmbH",
           "Wir beantragen die Drehgenehmigung für die Sammelstelle in Prag.",
           "Ansprechpartnerin: Anna Vogel",
           "Telefon: +49 (0)30 1234 5678",
           "E-Mail: vogel@spreekurier.example",
           "",
           "i.A. Anna Vogel",
       ]))),
    label(REC, ("Spree Kurier GmbH", None, None), [], [],
          ("Anna Vogel", "vogel@spreekurier.example", "+493012345678")),
)

# 33. Data message: "kontakt viz příloha"; the contact only in the DOCX's footer
CASES["dm_cz_contact_only_in_footer"] = (
    data_message(
        "Žádost o XML výstup – kontakt viz příloha",
        attachment("zadost.docx", _docx_footer([
            "Moravskoslezský večerník s.r.o., IČO 67800378",
            "Žádáme o přístup k XML výstupu výsledků voleb, IP 198.51.100.56.",
        ], [
            "Kontakt pro tuto žádost: Lucie Hrubá, 602 884 120, hruba@msvecernik.example",
        ])),
        sender="msv3c3r", dm_sender="Moravskoslezský večerník s.r.o."),
    label(FEED, ("Moravskoslezský večerník s.r.o.", "67800378", "msv3c3r"), ["198.51.100.56"], [],
          ("Lucie Hrubá", "hruba@msvecernik.example", "+420602884120")),
)

# 34. Data message: the signer gives only an e-mail; the footer's switchboard is not hers
CASES["dm_cz_footer_switchboard_only_phone"] = (
    data_message(
        "Žádost o přístup k XML",
        attachment("zadost.docx", _docx_footer([
            "Žádost o přístup k XML výstupu výsledků voleb",
            "Žadatel: Jesenický kurýr s.r.o., IČO 11556404",
            "IP adresa: 198.51.100.57",
            "Kontaktní osoba: Veronika Kučerová, kucerova@jeskuryr.example",
        ], [
            "Jesenický kurýr s.r.o. | ústředna 584 400 100 | redakce@jeskuryr.example",
        ])),
        sender="j3sk8ry", dm_sender="Jesenický kurýr s.r.o."),
    label(FEED, ("Jesenický kurýr s.r.o.", "11556404", "j3sk8ry"), ["198.51.100.57"], [],
          ("Veronika Kučerová", "kucerova@jeskuryr.example", None)),
)

# 35. Data message: the file quotes the office's own address block (its phone and e-mail)
CASES["dm_cz_file_office_block"] = (
    data_message(
        "Žádost o XML",
        attachment("zadost.pdf", pdf_bytes([
            "Adresát: Český statistický úřad, Na padesátém 81, Praha 10,"
            " tel. 274 051 111, infoservis@czso.cz",
            "",
            "Odesílatel: Chebský deník s.r.o., IČO 36895288",
            "Žádáme o přístup k XML výstupu, server 198.51.100.58.",
            "Vyřizuje: Michal Roubal, roubal@chebskydenik.example, 354 420 118",
        ])),
        sender="ch3bd3n", dm_sender="Chebský deník s.r.o."),
    label(FEED, ("Chebský deník s.r.o.", "36895288", "ch3bd3n"), ["198.51.100.58"], [],
          ("Michal Roubal", "roubal@chebskydenik.example", "+420354420118")),
)

# 36. Mail pointing to an attached vCard of the contact
CASES["cz_vcard_attachment_contact"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb z IP 198.51.100.59.\n"
       "Kontaktní osobu naleznete v přiložené vizitce.\n\nS pozdravem\nredakce\n"
       "Třebíčské noviny s.r.o., IČO 28504721\n",
       "redakce@trebicskenoviny.example", "Redakce TN",
       text_file("kontakt.vcf",
                 "BEGIN:VCARD\nVERSION:3.0\nN:Zelenková;Martina;;;\nFN:Martina Zelenková\n"
                 "ORG:Třebíčské noviny s.r.o.\nTEL;TYPE=CELL:+420 728 114 509\n"
                 "EMAIL:zelenkova@trebicskenoviny.example\nEND:VCARD\n")),
    label(FEED, ("Třebíčské noviny s.r.o.", "28504721", None), ["198.51.100.59"], [],
          ("Martina Zelenková", "zelenkova@trebicskenoviny.example", "+420728114509")),
)

# 37. Polish workbook: legal representative first, the contact person second
CASES["pl_xlsx_przedstawiciel_then_kontakt"] = (
    _m("Dzień dobry,\n\nw załączniku wniosek o zgodę na nagrywanie.\n\nPozdrawiam\nTomasz Lis\n",
       "t.lis@krakowtv.example", "Tomasz Lis",
       attachment("wniosek.xlsx", xlsx_sheets([
           ("Wniosek", [["Wnioskodawca", "Kraków TV Sp. z o.o."],
                        ["Zgoda na nagrywanie", "tak"], ["Dostęp XML", "nie"]]),
           ("Kontakty", [["Rola", "Imię i nazwisko", "e-mail", "telefon"],
                         ["przedstawiciel prawny", "Tomasz Lis", "t.lis@krakowtv.example",
                          "+48 12 400 10 10"],
                         ["osoba kontaktowa", "Magdalena Nowak", "m.nowak@krakowtv.example",
                          "+48 600 700 800"]]),
       ]))),
    label(REC, ("Kraków TV Sp. z o.o.", None, None), [], [],
          ("Magdalena Nowak", "m.nowak@krakowtv.example", "+48600700800")),
)

# 38. Data message: the contact's e-mail with a copy mailbox after it
CASES["dm_cz_email_with_copy_mailbox"] = (
    data_message(
        "Žádost o XML a natáčení",
        attachment("zadost.pdf", pdf_bytes([
            "Mladoboleslavský deník s.r.o., IČO 71952837",
            "Žádáme o přístup k XML výstupu (IP 198.51.100.60) a o povolení natáčet na sběrném"
            " místě.",
            "Kontaktní osoba: Kristýna Nováková",
            "E-mail: novakova@mbdenik.example; v kopii prosím sekretariat@mbdenik.example",
            "Mobil: 776 330 902",
        ])),
        sender="mbd3n1k", dm_sender="Mladoboleslavský deník s.r.o."),
    label(BOTH, ("Mladoboleslavský deník s.r.o.", "71952837", "mbd3n1k"), ["198.51.100.60"], [],
          ("Kristýna Nováková", "novakova@mbdenik.example", "+420776330902")),
)

# 39. English data message: "ext." after the contact's line
CASES["dm_en_phone_ext"] = (
    data_message(
        "Application for XML feed access",
        attachment("application.pdf", pdf_bytes([
            "Baltic Press Agency, organizační složka, IČO 31607373",
            "We apply for access to the XML feed from our server 198.51.100.61.",
            "Contact: Ms Anna Berg (anna.berg@balticpress.example), tel. +420 222 111 333 ext. 45",
        ])),
        sender="b4lt1cp", dm_sender="Baltic Press Agency, organizační složka"),
    label(FEED, ("Baltic Press Agency, organizační složka", "31607373", "b4lt1cp"),
          ["198.51.100.61"], [], ("Anna Berg", "anna.berg@balticpress.example", "+420222111333")),
)

# 40. Mail with the application and a power of attorney naming the agent and his phone
CASES["cz_two_attachments_poa_agent"] = (
    _m("Dobrý den,\n\nv příloze žádost a plná moc.\n\nS pozdravem\nIrena Kratochvílová\n",
       "kratochvilova@prostejovskyvecernik.example", "Irena Kratochvílová",
       attachment("zadost.pdf", pdf_bytes([
           "Prostějovský večerník s.r.o., IČO 57492310",
           "Žádáme o přístup k XML výstupu, IP 198.51.100.62.",
           "Kontaktní osoba: Irena Kratochvílová, 582 330 114",
       ])),
       attachment("plna_moc.pdf", pdf_bytes([
           "Plná moc",
           "Prostějovský večerník s.r.o. zmocňuje pana Aleše Hrubého, nar. 1. 2. 1980,"
           " tel. 604 990 118, hruby@posta.example, k jednání s Českým statistickým úřadem.",
       ]))),
    label(FEED, ("Prostějovský večerník s.r.o.", "57492310", None), ["198.51.100.62"], [],
          ("Irena Kratochvílová", "kratochvilova@prostejovskyvecernik.example", "+420582330114")),
)

# 41. German letter: "Sachbearbeiterin" is the only contact line; the managing director signs
CASES["de_pdf_sachbearbeiterin"] = (
    _m("Guten Tag,\n\nanbei unser Antrag.\n\nMit freundlichen Grüßen\nDr. Klaus Brandt\n",
       "brandt@elbebote.example", "Klaus Brandt",
       attachment("antrag.pdf", pdf_bytes([
           "Elbe Bote GmbH",
           "Sachbearbeiterin: Monika Engel, engel@elbebote.example, +49 351 440 2210",
           "",
           "Antrag auf Zugang zum XML-Feed der Wahlergebnisse, Server 203.0.113.63",
           "",
           "Dr. Klaus Brandt, Geschäftsführer",
       ]))),
    label(FEED, ("Elbe Bote GmbH", None, None), ["203.0.113.63"], [],
          ("Monika Engel", "engel@elbebote.example", "+493514402210")),
)

# 42. Near miss: the clerk line of a letter head, and the contact named below it
CASES["pl_sprawe_prowadzi_vs_osoba_kontaktowa"] = (
    _m("Dzień dobry,\n\nSprawę prowadzi: Anna Zając\n\nWnioskujemy o dostęp do danych XML"
       " z wynikami wyborów, IP 203.0.113.64.\nOsoba kontaktowa dla tego wniosku: Piotr Kowalski,"
       " p.kowalski@radiowarta.example, +48 602 111 333\n\nZ poważaniem\nRadio Warta Sp. z o.o.\n",
       "sekretariat@radiowarta.example", "Radio Warta"),
    label(FEED, ("Radio Warta Sp. z o.o.", None, None), ["203.0.113.64"], [],
          ("Piotr Kowalski", "p.kowalski@radiowarta.example", "+48602111333")),
)

# 43. English data message: "Handled by" names the contact; the director signs
CASES["dm_en_handled_by"] = (
    data_message(
        "Application - XML feed",
        attachment("application.pdf", pdf_bytes([
            "Prague Business Daily s.r.o., IČO 93569246",
            "Handled by: Emma Clarke, e.clarke@praguebizdaily.example, +420 728 300 114",
            "",
            "We apply for access to the election results XML feed from 198.51.100.65.",
            "",
            "Richard Hale, Managing Director",
        ])),
        sender="pbd4ly7", dm_sender="Prague Business Daily s.r.o."),
    label(FEED, ("Prague Business Daily s.r.o.", "93569246", "pbd4ly7"), ["198.51.100.65"], [],
          ("Emma Clarke", "e.clarke@praguebizdaily.example", "+420728300114")),
)


XFAIL: dict[str, str] = {
    "dm_cz_footer_switchboard_only_phone": "a DOCX page footer's switchboard ('ústředna 584 400"
    " 100') is read as the phone of a contact who gives none (flagged)",
    "de_pdf_sachbearbeiterin": "a letter head's 'Sachbearbeiterin:' line naming the contact"
    " while the managing director signs: the signer is read (flagged; the label read as a"
    " contact label turns an initial's 'Sachbearbeiter: K. Becker' into the next label's line)",
}
WRONG_AND_CERTAIN: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r57_trap4(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, WRONG_AND_CERTAIN))
def test_drill_r57_trap4_never_wrong_and_certain(p: ParsedMessage, want: Label) -> None:
    """Every message, read right or not: no wrong value is presented as certain."""
    assert [m for m in misses(p, want) if m.endswith("(certain=True)")] == []
