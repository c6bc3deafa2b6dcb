"""A blind trap drill, fifty-fifth round (issue 18): forty whole applications (cs, sk, en, de, pl,
hu, fr, it, es, nl, sv), each with one trap beside the real values, aimed at addresses and request
types inside attachments and forms: a form's example address left beside the filled one ("např.",
"e.g.", "Bsp.", "np.", "pl.", "ex.", "es.", "ej.", "bijv.", "t.ex."); a form's example row or
"vzor" column; a document's revision table naming an earlier version's address; an address with
a port; an IPv4-mapped IPv6 address for the same server; a firewall rule with the office's
destination; an internal address beside its public NAT address in a table; two tick boxes in one
table cell; "Ano/Ne" columns ticked with an X; "fotit ano, natáčet ne"; the old test address
dropped in a reply; a PDF header repeating last year's address; a workbook's "archiv" or hidden
sheet; an address split over four cells; "~~struck~~" and "[deleted: …]" text. Every message was
labelled by ``tests/corpus/LABELS.md`` before extraction ran on it; each is scored field by
field as the corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import io

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import docx_bytes, pdf_bytes, xlsx_sheets
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str, *extra: Component, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)


def _xlsx_hidden(shown: list[list[str]], hidden: list[list[str]]) -> bytes:
    """A workbook whose second sheet ("archiv") is hidden."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Žádost"
    for r in shown:
        ws.append(r)
    old = wb.create_sheet("archiv")
    for r in hidden:
        old.append(r)
    old.sheet_state = "hidden"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


_CZ_COVER = "Dobrý den,\n\nv příloze zasíláme vyplněný formulář žádosti.\n\nS pozdravem\n"

# 1. Czech DOCX form: the printed example address left in the label of the filled row
CASES["cz_docx_example_in_label"] = (
    _m(_CZ_COVER + "Lenka Marková\n", "markova@podbrdsky.example", "Lenka Marková",
       attachment("zadost.docx", docx_bytes([
           "Žádost o přístup k XML výstupu výsledků voleb",
           [["Žadatel", "Podbrdský zpravodaj s.r.o."],
            ["IČO", "25156519"],
            ["Produkční IP adresa (např. 123.45.67.89)", "198.51.100.21"],
            ["Kontaktní osoba", "Lenka Marková"],
            ["E-mail", "markova@podbrdsky.example"],
            ["Telefon", "604 318 227"]],
       ]))),
    label(FEED, ("Podbrdský zpravodaj s.r.o.", "25156519", None), ["198.51.100.21"], [],
          ("Lenka Marková", "markova@podbrdsky.example", "+420604318227")),
)

# 2. English PDF form: "e.g." example beside the filled test address
CASES["en_pdf_eg_test_address"] = (
    _m("Hello,\n\nattached is our completed request form.\n\nKind regards\nOliver Grant\n",
       "grant@valleyherald.example", "Oliver Grant",
       attachment("request.pdf", pdf_bytes([
           "REQUEST FOR ACCESS TO THE ELECTION RESULTS XML FEED",
           "Applicant: Valley Herald s.r.o., ID No. 42924740",
           "Production IP address: 203.0.113.31",
           "Test IP address (e.g. 10.20.30.40): 203.0.113.32",
           "Contact: Oliver Grant, grant@valleyherald.example, +420 731 554 201",
       ]))),
    label(FEED, ("Valley Herald s.r.o.", "42924740", None), ["203.0.113.31"], ["203.0.113.32"],
          ("Oliver Grant", "grant@valleyherald.example", "+420731554201")),
)

# 3. Czech PDF: a revision table lists the first version's address
CASES["cz_pdf_revision_table_old_ip"] = (
    _m(_CZ_COVER + "Pavel Doležal\n", "dolezal@tydeniksvitavy.example", "Pavel Doležal",
       attachment("zadost_v2.pdf", pdf_bytes([
           "Žádost o přístup k XML výsledků voleb – verze 2",
           "Historie změn dokumentu:",
           "v1  12. 1.  produkční IP 198.51.100.40",
           "v2  19. 1.  změna produkční IP (server přestěhován)",
           "Žadatel: Týdeník Svitavy s.r.o., IČO 35160969",
           "Produkční IP adresa: 198.51.100.41",
           "Kontakt: Pavel Doležal, dolezal@tydeniksvitavy.example, 721 405 118",
       ]))),
    label(FEED, ("Týdeník Svitavy s.r.o.", "35160969", None), ["198.51.100.41"], [],
          ("Pavel Doležal", "dolezal@tydeniksvitavy.example", "+420721405118")),
)

# 4. Czech body: the address is written with its port
CASES["cz_address_with_port"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb pro Rádio Brdy s.r.o."
       " (IČO 60782633). Stahovat bude náš server 198.51.100.5:443, testovat budeme z"
       " 198.51.100.6:8443.\n\nS pozdravem\nJiří Malina\ntel. 606 112 984\n",
       "malina@radiobrdy.example", "Jiří Malina"),
    label(FEED, ("Rádio Brdy s.r.o.", "60782633", None), ["198.51.100.5"], ["198.51.100.6"],
          ("Jiří Malina", "malina@radiobrdy.example", "+420606112984")),
)

# 5. Czech: the same server named again as an IPv4-mapped IPv6 address
CASES["cz_ipv4_mapped_ipv6_same_server"] = (
    _m("Dobrý den,\n\nprosíme o povolení přístupu k XML s výsledky voleb. Náš server má adresu"
       " 198.51.100.7 (ve vašich logech se může objevit jako ::ffff:198.51.100.7, je to"
       " tatáž adresa).\n\nDěkuji\nMarie Horká\nVltavský list a.s., IČO 23365331\n"
       "mobil 737 210 446\n",
       "horka@vltavskylist.example", "Marie Horká"),
    label(FEED, ("Vltavský list a.s.", "23365331", None), ["198.51.100.7"], [],
          ("Marie Horká", "horka@vltavskylist.example", "+420737210446")),
)

# 6. English TXT attachment: a firewall rule with the office's host as destination
CASES["en_txt_firewall_rule_office_dest"] = (
    _m("Hello,\n\nwe ask for access to the election results XML feed for Danube Post s.r.o."
       " (ID 40831370). Our change request for the firewall is attached.\n\nBest regards\n"
       "Hana Lund\n+420 702 335 190\n",
       "lund@danubepost.example", "Hana Lund",
       text_file("firewall.txt",
                 "Change request FW-2291\n"
                 "rule: allow tcp src 198.51.100.50 dst 203.0.113.250 port 443\n"
                 "src = our feed downloader, dst = CZSO results server\n")),
    label(FEED, ("Danube Post s.r.o.", "40831370", None), ["198.51.100.50"], [],
          ("Hana Lund", "lund@danubepost.example", "+420702335190")),
)

# 7. Czech DOCX table: internal address beside its public NAT address
CASES["cz_docx_internal_and_nat_columns"] = (
    _m(_CZ_COVER + "Tomáš Richter\n", "richter@krusnohori.example", "Tomáš Richter",
       attachment("zadost.docx", docx_bytes([
           "Žádost o přístup k XML výsledků voleb – Krušnohorský deník s.r.o., IČO 60656727",
           [["Server", "Interní IP", "Veřejná IP (NAT)"],
            ["produkce", "10.0.4.15", "198.51.100.61"]],
           "Kontakt: Tomáš Richter, richter@krusnohori.example, 775 221 604",
       ]))),
    label(FEED, ("Krušnohorský deník s.r.o.", "60656727", None), ["198.51.100.61"], [],
          ("Tomáš Richter", "richter@krusnohori.example", "+420775221604")),
)

# 8. Czech DOCX: two tick boxes in one table cell, feed ticked
CASES["cz_docx_two_boxes_one_cell_feed"] = (
    _m(_CZ_COVER + "Eva Sýkorová\n", "sykorova@hlasbeskyd.example", "Eva Sýkorová",
       attachment("formular.docx", docx_bytes([
           "Formulář žádosti",
           [["Žadatel", "Hlas Beskyd s.r.o., IČO 24849391"],
            ["Předmět žádosti", "☒ přístup k XML výstupu   ☐ povolení k natáčení"],
            ["IP adresa serveru", "198.51.100.62"],
            ["Kontakt", "Eva Sýkorová, sykorova@hlasbeskyd.example, 608 771 230"]],
       ]))),
    label(FEED, ("Hlas Beskyd s.r.o.", "24849391", None), ["198.51.100.62"], [],
          ("Eva Sýkorová", "sykorova@hlasbeskyd.example", "+420608771230")),
)

# 9. Czech DOCX: two tick boxes in one table cell, filming ticked only
CASES["cz_docx_two_boxes_one_cell_filming"] = (
    _m(_CZ_COVER + "Filip Beneš\n", "benes@tvjesenik.example", "Filip Beneš",
       attachment("formular.docx", docx_bytes([
           "Formulář žádosti",
           [["Žadatel", "TV Jeseník s.r.o., IČO 68992700"],
            ["Předmět žádosti", "☐ přístup k XML výstupu   ☒ povolení k natáčení"],
            ["Kontakt", "Filip Beneš, benes@tvjesenik.example, 723 119 845"]],
       ]))),
    label(REC, ("TV Jeseník s.r.o.", "68992700", None), [], [],
          ("Filip Beneš", "benes@tvjesenik.example", "+420723119845")),
)

# 10. Czech XLSX: "Ano / Ne" columns ticked with an X
CASES["cz_xlsx_ano_ne_columns"] = (
    _m(_CZ_COVER + "Petra Holá\n", "hola@novinyzlin.example", "Petra Holá",
       attachment("zadost.xlsx", xlsx_sheets([("Žádost", [
           ["Žadatel", "Noviny Zlínska s.r.o."],
           ["IČO", "89182146"],
           ["Požadavek", "Ano", "Ne"],
           ["Přístup k XML výsledků", "X", ""],
           ["Povolení k natáčení", "", "X"],
           ["Produkční IP", "198.51.100.63"],
           ["Kontaktní osoba", "Petra Holá"],
           ["E-mail", "hola@novinyzlin.example"],
           ["Telefon", "732 440 915"],
       ])]))),
    label(FEED, ("Noviny Zlínska s.r.o.", "89182146", None), ["198.51.100.63"], [],
          ("Petra Holá", "hola@novinyzlin.example", "+420732440915")),
)

# 11. Czech: "fotit ano, natáčet ne" (photographing is a recording permit)
CASES["cz_fotit_ano_natacet_ne"] = (
    _m("Dobrý den,\n\nza Týdeník Hranicko s.r.o. (IČO 74649272) žádám o povolení na volební"
       " noc ve sběrném místě v Olomouci – fotit ano, natáčet ne (video nepotřebujeme).\n\n"
       "S pozdravem\nAlena Kubátová\nfotoreportérka\n604 557 310\n",
       "kubatova@hranicko.example", "Alena Kubátová"),
    label(REC, ("Týdeník Hranicko s.r.o.", "74649272", None), [], [],
          ("Alena Kubátová", "kubatova@hranicko.example", "+420604557310")),
)

# 12. English reply: the old test address can go
CASES["en_reply_old_test_can_go"] = (
    _m("Hi,\n\nto complete our application for access to the results XML feed: production stays"
       " 203.0.113.91; the old test address 203.0.113.90 can go, we no longer test.\n\n"
       "Thanks\nSimon Hale\nBohemia Wire a.s. (ID 75079011)\n+420 605 772 310\n",
       "hale@bohemiawire.example", "Simon Hale"),
    label(FEED, ("Bohemia Wire a.s.", "75079011", None), ["203.0.113.91"], [],
          ("Simon Hale", "hale@bohemiawire.example", "+420605772310")),
)

# 13. Czech PDF: each page's header repeats last year's address
CASES["cz_pdf_header_last_year"] = (
    _m(_CZ_COVER + "Karel Vrba\n", "vrba@posazavi.example", "Karel Vrba",
       attachment("zadost.pdf", pdf_bytes([
           "Posázaví dnes s.r.o. | Žádost 2025 | server 198.51.100.80",
           "Žádost o přístup k XML výstupu výsledků voleb 2026",
           "Žadatel: Posázaví dnes s.r.o., IČO 94473781",
           "Letos stahujeme z nového serveru 198.51.100.81.",
           "Kontakt: Karel Vrba, vrba@posazavi.example, 739 204 517",
           "Posázaví dnes s.r.o. | Žádost 2025 | server 198.51.100.80",
           "Strana 2: prohlášení žadatele – údaje jsou pravdivé.",
       ]))),
    label(FEED, ("Posázaví dnes s.r.o.", "94473781", None), ["198.51.100.81"], [],
          ("Karel Vrba", "vrba@posazavi.example", "+420739204517")),
)

# 14. Czech XLSX: an "archiv" sheet holds last year's addresses
CASES["cz_xlsx_archiv_sheet"] = (
    _m(_CZ_COVER + "Ivana Pešková\n", "peskova@jihlavskelisty.example", "Ivana Pešková",
       attachment("zadost.xlsx", xlsx_sheets([
           ("Žádost 2026", [
               ["Žadatel", "Jihlavské listy s.r.o."], ["IČO", "78071836"],
               ["Požadavek", "přístup k XML výsledků voleb"],
               ["Produkční IP", "198.51.100.84"], ["Testovací IP", "198.51.100.85"],
               ["Kontakt", "Ivana Pešková"], ["E-mail", "peskova@jihlavskelisty.example"],
               ["Telefon", "731 902 446"]]),
           ("archiv 2024", [
               ["Produkční IP", "198.51.100.70"], ["Testovací IP", "198.51.100.71"]]),
       ]))),
    label(FEED, ("Jihlavské listy s.r.o.", "78071836", None), ["198.51.100.84"], ["198.51.100.85"],
          ("Ivana Pešková", "peskova@jihlavskelisty.example", "+420731902446")),
)

# 15. Czech XLSX: a hidden archive sheet
CASES["cz_xlsx_hidden_sheet"] = (
    _m(_CZ_COVER + "Ondřej Krejza\n", "krejza@radiocesky.example", "Ondřej Krejza",
       attachment("zadost.xlsx", _xlsx_hidden(
           [["Žadatel", "Rádio Český ráj s.r.o."], ["IČO", "63391139"],
            ["Požadavek", "přístup k XML výsledků voleb"],
            ["Produkční IP", "198.51.100.86"],
            ["Kontakt", "Ondřej Krejza"], ["E-mail", "krejza@radiocesky.example"],
            ["Telefon", "603 114 782"]],
           [["Produkční IP", "198.51.100.72"], ["Produkční IP", "198.51.100.73"]],
       ))),
    label(FEED, ("Rádio Český ráj s.r.o.", "63391139", None), ["198.51.100.86"], [],
          ("Ondřej Krejza", "krejza@radiocesky.example", "+420603114782")),
)

# 16. Czech XLSX: the address split over four cells
CASES["cz_xlsx_address_four_cells"] = (
    _m(_CZ_COVER + "Zuzana Kolářová\n", "kolarova@polabi.example", "Zuzana Kolářová",
       attachment("zadost.xlsx", xlsx_sheets([("List1", [
           ["Žadatel", "Polabí TV s.r.o."], ["IČO", "81956002"],
           ["Požadavek", "přístup k XML výsledků voleb"],
           ["Produkční IP", "198", "51", "100", "95"],
           ["Kontakt", "Zuzana Kolářová"], ["E-mail", "kolarova@polabi.example"],
           ["Telefon", "776 308 119"]])]))),
    label(FEED, ("Polabí TV s.r.o.", "81956002", None), ["198.51.100.95"], [],
          ("Zuzana Kolářová", "kolarova@polabi.example", "+420776308119")),
)

# 17. Czech DOCX: markdown-like strike-through of the first address
CASES["cz_docx_tilde_struck_address"] = (
    _m(_CZ_COVER + "Martin Zeman\n", "zeman@orlickydenik.example", "Martin Zeman",
       attachment("zadost.docx", docx_bytes([
           "Žádost o přístup k XML výstupu výsledků voleb",
           "Žadatel: Orlický deník s.r.o., IČO 99623331",
           "Produkční IP: ~~198.51.100.100~~ 198.51.100.101",
           "Kontakt: Martin Zeman, zeman@orlickydenik.example, 736 330 218",
       ]))),
    label(FEED, ("Orlický deník s.r.o.", "99623331", None), ["198.51.100.101"], [],
          ("Martin Zeman", "zeman@orlickydenik.example", "+420736330218")),
)

# 18. English DOCX: tracked change pasted as "[deleted: …] [inserted: …]"
CASES["en_docx_deleted_inserted"] = (
    _m("Hello,\n\nplease see our request attached.\n\nRegards\nRuth Kerr\n",
       "kerr@moravianpost.example", "Ruth Kerr",
       attachment("request.docx", docx_bytes([
           "Request for access to the election results XML feed",
           "Applicant: Moravian Post s.r.o., ID 16806051",
           "Production IP: [deleted: 203.0.113.200] [inserted: 203.0.113.201]",
           "Contact: Ruth Kerr, kerr@moravianpost.example, +420 728 601 334",
       ]))),
    label(FEED, ("Moravian Post s.r.o.", "16806051", None), ["203.0.113.201"], [],
          ("Ruth Kerr", "kerr@moravianpost.example", "+420728601334")),
)

# 19. Slovak XLSX: the form's example row ("Príklad") left above the filled rows
CASES["sk_xlsx_priklad_row"] = (
    _m("Dobrý deň,\n\nv prílohe posielame vyplnený formulár.\n\nS pozdravom\nJana Mikulová\n",
       "mikulova@zahorie.example", "Jana Mikulová",
       attachment("ziadost.xlsx", xlsx_sheets([("Formulár", [
           ["Žiadateľ", "Záhorie médiá s.r.o."], ["IČO", "53158784"],
           ["Žiadosť", "prístup k XML výsledkov volieb"],
           ["Typ", "IP adresa", "Poznámka"],
           ["Príklad", "123.45.67.89", "produkčná"],
           ["1", "198.51.100.110", "produkčná"],
           ["2", "198.51.100.111", "testovacia"],
           ["Kontakt", "Jana Mikulová, mikulova@zahorie.example, +421 905 332 118"]])]))),
    label(FEED, ("Záhorie médiá s.r.o.", "53158784", None), ["198.51.100.110"], ["198.51.100.111"],
          ("Jana Mikulová", "mikulova@zahorie.example", "+421905332118")),
)

# 20. German body form: "Bsp." example beside the filled address
CASES["de_form_bsp_example"] = (
    _m("Sehr geehrte Damen und Herren,\n\nhiermit beantragen wir den Zugang zum XML-Feed der"
       " Wahlergebnisse.\n\nAntragsteller: Vogtland Kurier GmbH\n"
       "IP-Adresse (Bsp.: 85.12.34.56): 203.0.113.120\n"
       "Ansprechpartner: Lukas Brandt, brandt@vogtlandkurier.example, +49 3741 22 81 90\n\n"
       "Mit freundlichen Grüßen\nLukas Brandt\n",
       "brandt@vogtlandkurier.example", "Lukas Brandt"),
    label(FEED, ("Vogtland Kurier GmbH", None, None), ["203.0.113.120"], [],
          ("Lukas Brandt", "brandt@vogtlandkurier.example", "+493741228190")),
)

# 21. Polish PDF form: "np." example in the field label
CASES["pl_pdf_np_example"] = (
    _m("Dzień dobry,\n\nw załączniku przesyłamy wniosek.\n\nPozdrawiam\nAnna Wróbel\n",
       "wrobel@gazetaslaska.example", "Anna Wróbel",
       attachment("wniosek.pdf", pdf_bytes([
           "WNIOSEK O DOSTĘP DO DANYCH XML WYNIKÓW WYBORÓW",
           "Wnioskodawca: Gazeta Śląska sp. z o.o.",
           "Adres IP serwera (np. 10.1.1.1): 198.51.100.130",
           "Osoba kontaktowa: Anna Wróbel, wrobel@gazetaslaska.example, +48 601 224 318",
       ]))),
    label(FEED, ("Gazeta Śląska sp. z o.o.", None, None), ["198.51.100.130"], [],
          ("Anna Wróbel", "wrobel@gazetaslaska.example", "+48601224318")),
)

# 22. Hungarian body form: "pl." example before the filled address
CASES["hu_form_pl_example"] = (
    _m("Tisztelt Hivatal!\n\nKérjük hozzáférés biztosítását a választási eredmények XML"
       " adataihoz.\n\nKérelmező: Dunai Hírek Kft.\n"
       "Éles IP-cím (pl. 91.82.73.64): 203.0.113.140\n"
       "Kapcsolattartó: Szabó Katalin, szabo@dunaihirek.example, +36 30 442 1187\n\n"
       "Üdvözlettel\nSzabó Katalin\n",
       "szabo@dunaihirek.example", "Szabó Katalin"),
    label(FEED, ("Dunai Hírek Kft.", None, None), ["203.0.113.140"], [],
          ("Szabó Katalin", "szabo@dunaihirek.example", "+36304421187")),
)

# 23. French DOCX form: "ex." example in the label cell
CASES["fr_docx_ex_example"] = (
    _m("Bonjour,\n\nveuillez trouver ci-joint notre formulaire.\n\nCordialement\nClaire Morel\n",
       "morel@echoalpin.example", "Claire Morel",
       attachment("formulaire.docx", docx_bytes([
           "Demande d'accès au flux XML des résultats électoraux",
           [["Demandeur", "L'Écho alpin SARL"],
            ["Adresse IP de production (ex. : 1.2.3.4)", "203.0.113.150"],
            ["Contact", "Claire Morel, morel@echoalpin.example, +33 6 12 44 80 19"]],
       ]))),
    label(FEED, ("L'Écho alpin SARL", None, None), ["203.0.113.150"], [],
          ("Claire Morel", "morel@echoalpin.example", "+33612448019")),
)

# 24. Italian body form: "es." example before the filled test address
CASES["it_form_es_example"] = (
    _m("Buongiorno,\n\nchiediamo l'accesso al feed XML dei risultati elettorali.\n\n"
       "Richiedente: Corriere delle Valli S.r.l.\n"
       "IP di produzione: 203.0.113.160\n"
       "IP di test (es. 80.70.60.50): 203.0.113.161\n"
       "Referente: Marco Fabbri, fabbri@corrierevalli.example, +39 347 221 0934\n\n"
       "Cordiali saluti\nMarco Fabbri\n",
       "fabbri@corrierevalli.example", "Marco Fabbri"),
    label(FEED, ("Corriere delle Valli S.r.l.", None, None), ["203.0.113.160"], ["203.0.113.161"],
          ("Marco Fabbri", "fabbri@corrierevalli.example", "+393472210934")),
)

# 25. Spanish PDF form: "ej." example in the field label
CASES["es_pdf_ej_example"] = (
    _m("Hola,\n\nadjuntamos el formulario.\n\nSaludos\nLucía Ortega\n",
       "ortega@diariosur.example", "Lucía Ortega",
       attachment("solicitud.pdf", pdf_bytes([
           "SOLICITUD DE ACCESO AL XML DE RESULTADOS ELECTORALES",
           "Solicitante: Diario del Sur S.L.",
           "Dirección IP (ej.: 100.90.80.70): 198.51.100.170",
           "Contacto: Lucía Ortega, ortega@diariosur.example, +34 612 448 903",
       ]))),
    label(FEED, ("Diario del Sur S.L.", None, None), ["198.51.100.170"], [],
          ("Lucía Ortega", "ortega@diariosur.example", "+34612448903")),
)

# 26. Dutch body form: "bijv." example before the filled address
CASES["nl_form_bijv_example"] = (
    _m("Geachte heer/mevrouw,\n\nwij vragen toegang tot de XML-feed met verkiezingsuitslagen.\n\n"
       "Aanvrager: Noordelijk Dagblad B.V.\n"
       "IP-adres (bijv. 77.66.55.44): 198.51.100.180\n"
       "Contactpersoon: Pieter de Boer, deboer@noordelijk.example, +31 6 4412 8830\n\n"
       "Met vriendelijke groet\nPieter de Boer\n",
       "deboer@noordelijk.example", "Pieter de Boer"),
    label(FEED, ("Noordelijk Dagblad B.V.", None, None), ["198.51.100.180"], [],
          ("Pieter de Boer", "deboer@noordelijk.example", "+31644128830")),
)

# 27. Swedish DOCX form: "t.ex." example in the label cell
CASES["sv_docx_tex_example"] = (
    _m("Hej,\n\nbifogat finns vår ansökan.\n\nVänliga hälsningar\nEmma Lind\n",
       "lind@norrlandsposten.example", "Emma Lind",
       attachment("ansokan.docx", docx_bytes([
           "Ansökan om åtkomst till XML-flödet med valresultat",
           [["Sökande", "Norrlandsposten AB"],
            ["IP-adress (t.ex. 93.94.95.96)", "203.0.113.190"],
            ["Kontakt", "Emma Lind, lind@norrlandsposten.example, +46 70 331 42 18"]],
       ]))),
    label(FEED, ("Norrlandsposten AB", None, None), ["203.0.113.190"], [],
          ("Emma Lind", "lind@norrlandsposten.example", "+46703314218")),
)

# 28. Czech DOCX: a "Vzor" column beside the filled column
CASES["cz_docx_vzor_column"] = (
    _m(_CZ_COVER + "Radek Šindelář\n", "sindelar@brnenskytyden.example", "Radek Šindelář",
       attachment("formular.docx", docx_bytes([
           "Žádost o přístup k XML výstupu výsledků voleb",
           [["Položka", "Vzor", "Vyplní žadatel"],
            ["Žadatel", "Novinky s.r.o.", "Brněnský týden s.r.o."],
            ["IČO", "12345678", "16882989"],
            ["Produkční IP", "123.45.67.89", "198.51.100.200"],
            ["Kontakt", "Jan Novák", "Radek Šindelář"],
            ["E-mail", "jan@novinky.example", "sindelar@brnenskytyden.example"],
            ["Telefon", "600 000 000", "777 204 613"]],
       ]))),
    label(FEED, ("Brněnský týden s.r.o.", "16882989", None), ["198.51.100.200"], [],
          ("Radek Šindelář", "sindelar@brnenskytyden.example", "+420777204613")),
)

# 29. English DOCX: "[x] / [ ]" boxes in one cell, filming ticked as well
CASES["en_docx_box_cell_both"] = (
    _m("Hello,\n\nour form is attached.\n\nBest\nNina Ross\n",
       "ross@pragueinsider.example", "Nina Ross",
       attachment("form.docx", docx_bytes([
           "Application form",
           [["Applicant", "Prague Insider s.r.o., ID 48690201"],
            ["Request", "[x] XML results feed   [x] filming permit"],
            ["Production IP", "203.0.113.210"],
            ["Contact", "Nina Ross, ross@pragueinsider.example, +420 770 118 342"]],
       ]))),
    label(BOTH, ("Prague Insider s.r.o.", "48690201", None), ["203.0.113.210"], [],
          ("Nina Ross", "ross@pragueinsider.example", "+420770118342")),
)

# 30. English DOCX: "[x] / [ ]" boxes in one cell, filming not ticked
CASES["en_docx_box_cell_feed_only"] = (
    _m("Hello,\n\nour form is attached.\n\nBest\nAdam Price\n",
       "price@eastgazette.example", "Adam Price",
       attachment("form.docx", docx_bytes([
           "Application form",
           [["Applicant", "East Gazette s.r.o., ID 96060247"],
            ["Request", "[x] XML results feed   [ ] filming permit"],
            ["Production IP", "203.0.113.211"],
            ["Contact", "Adam Price, price@eastgazette.example, +420 770 118 343"]],
       ]))),
    label(FEED, ("East Gazette s.r.o.", "96060247", None), ["203.0.113.211"], [],
          ("Adam Price", "price@eastgazette.example", "+420770118343")),
)

# 31. Czech reply: the old test address can be removed
CASES["cz_reply_old_test_zrusit"] = (
    _m("Dobrý den,\n\ndoplňuji žádost o přístup k XML výsledků voleb za Deník Chrudimska s.r.o."
       " (IČO 12440728): produkční zůstává 198.51.100.220, starou testovací 198.51.100.221"
       " můžete zrušit, novou testovací nemáme.\n\nS pozdravem\nLucie Němcová\n"
       "tel. 605 449 120\n",
       "nemcova@denikchrudimska.example", "Lucie Němcová"),
    label(FEED, ("Deník Chrudimska s.r.o.", "12440728", None), ["198.51.100.220"], [],
          ("Lucie Němcová", "nemcova@denikchrudimska.example", "+420605449120")),
)

# 32. Data message: the attached form keeps its example address in the instructions
CASES["dm_pdf_instruction_example_ip"] = (
    data_message(
        "Žádost o přístup k XML výsledků voleb",
        attachment("zadost.pdf", pdf_bytes([
            "ŽÁDOST O PŘÍSTUP K XML VÝSTUPU",
            "Pokyny: IP adresu uveďte ve tvaru 123.45.67.89, jednu na řádek.",
            "Žadatel: Radio Vysočina s.r.o., IČO 87933594",
            "Produkční IP: 198.51.100.230",
            "Kontaktní osoba: Michal Dvořák, dvorak@radiovysocina.example, 724 380 115",
        ])),
        sender="k7ab2xq", dm_sender="Radio Vysočina s.r.o."),
    label(FEED, ("Radio Vysočina s.r.o.", "87933594", "k7ab2xq"), ["198.51.100.230"], [],
          ("Michal Dvořák", "dvorak@radiovysocina.example", "+420724380115")),
)

# 33. Slovak body: the same server as an IPv4-mapped IPv6 address
CASES["sk_ipv4_mapped_ipv6"] = (
    _m("Dobrý deň,\n\nžiadame o prístup k XML výsledkov volieb. IPv4: 198.51.100.235,"
       " v IPv6 zápise ::ffff:198.51.100.235 (ten istý server).\n\nS pozdravom\n"
       "Peter Kováč\nKošický večerník s.r.o., IČO 47536730\n+421 907 554 210\n",
       "kovac@kosickyvecernik.example", "Peter Kováč"),
    label(FEED, ("Košický večerník s.r.o.", "47536730", None), ["198.51.100.235"], [],
          ("Peter Kováč", "kovac@kosickyvecernik.example", "+421907554210")),
)

# 34. German PDF: internal address marked "(intern)" beside the public one
CASES["de_pdf_intern_and_public"] = (
    _m("Guten Tag,\n\nanbei unser Antrag.\n\nViele Grüße\nJonas Keller\n",
       "keller@saalebote.example", "Jonas Keller",
       attachment("antrag.pdf", pdf_bytes([
           "Antrag auf Zugang zum XML-Feed der Wahlergebnisse",
           "Antragsteller: Saale-Bote GmbH",
           "Server: 172.16.8.20 (intern), nach außen 203.0.113.240",
           "Ansprechpartner: Jonas Keller, keller@saalebote.example, +49 345 66 21 08",
       ]))),
    label(FEED, ("Saale-Bote GmbH", None, None), ["203.0.113.240"], [],
          ("Jonas Keller", "keller@saalebote.example", "+49345662108")),
)

# 35. Czech XLSX: a request table with "ANO"/"NE" under one "Požadujete?" column
CASES["cz_xlsx_request_column_ne_feed"] = (
    _m(_CZ_COVER + "Jakub Sláma\n", "slama@tvlitomerice.example", "Jakub Sláma",
       attachment("zadost.xlsx", xlsx_sheets([("Žádost", [
           ["Žadatel", "TV Litoměřice s.r.o."], ["IČO", "18805736"],
           ["Služba", "Požadujete?"],
           ["Přístup k XML výstupu výsledků", "NE"],
           ["Povolení k natáčení ve sběrném místě", "ANO"],
           ["Kontakt", "Jakub Sláma"], ["E-mail", "slama@tvlitomerice.example"],
           ["Telefon", "728 114 560"]])]))),
    label(REC, ("TV Litoměřice s.r.o.", "18805736", None), [], [],
          ("Jakub Sláma", "slama@tvlitomerice.example", "+420728114560")),
)

# 36. Polish DOCX: "Tak / Nie" columns ticked with an X (filming no)
CASES["pl_docx_tak_nie_columns"] = (
    _m("Dzień dobry,\n\nw załączniku wniosek.\n\nPozdrawiam\nTomasz Nowak\n",
       "nowak@kurierbeskidzki.example", "Tomasz Nowak",
       attachment("wniosek.docx", docx_bytes([
           "Wniosek – Kurier Beskidzki sp. z o.o.",
           [["Usługa", "Tak", "Nie"],
            ["Dostęp do XML wyników wyborów", "X", ""],
            ["Zezwolenie na filmowanie", "", "X"]],
           "Adres IP: 198.51.100.245",
           "Kontakt: Tomasz Nowak, nowak@kurierbeskidzki.example, +48 602 331 880",
       ]))),
    label(FEED, ("Kurier Beskidzki sp. z o.o.", None, None), ["198.51.100.245"], [],
          ("Tomasz Nowak", "nowak@kurierbeskidzki.example", "+48602331880")),
)

# 37. Czech: a URL with the applicant's address and port
CASES["cz_url_with_own_address_port"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML výsledků voleb pro Jizerský týdeník s.r.o., IČO"
       " 73526517. Data bude stahovat náš server (náhled běží na http://198.51.100.250:8080/)."
       "\n\nS pozdravem\nDaniel Fiala\n777 520 194\n",
       "fiala@jizerskytydenik.example", "Daniel Fiala"),
    label(FEED, ("Jizerský týdeník s.r.o.", "73526517", None), ["198.51.100.250"], [],
          ("Daniel Fiala", "fiala@jizerskytydenik.example", "+420777520194")),
)

# 38. Czech TXT: pasted iptables rule, destination the office's
CASES["cz_txt_iptables_office_dest"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML výsledků voleb pro Znojemský deník s.r.o. (IČO"
       " 48877816). Pravidlo firewallu, které jsme u sebe nastavili, přikládám.\n\n"
       "S pozdravem\nRoman Kučera\n603 889 214\n",
       "kucera@znojemskydenik.example", "Roman Kučera",
       text_file("pravidlo.txt",
                 "iptables -A OUTPUT -s 198.51.100.252 -d 203.0.113.251 -p tcp --dport 443"
                 " -j ACCEPT\n# -s náš stahovací server, -d server ČSÚ s výsledky\n")),
    label(FEED, ("Znojemský deník s.r.o.", "48877816", None), ["198.51.100.252"], [],
          ("Roman Kučera", "kucera@znojemskydenik.example", "+420603889214")),
)

# 39. Hungarian PDF form: example row ("minta") above the filled row
CASES["hu_pdf_minta_row"] = (
    _m("Tisztelt Hivatal!\n\nMellékelten küldjük a kérelmet.\n\nÜdvözlettel\nTóth Gábor\n",
       "toth@alfoldihirado.example", "Tóth Gábor",
       attachment("kerelem.pdf", pdf_bytes([
           "KÉRELEM A VÁLASZTÁSI EREDMÉNYEK XML ADATAIHOZ",
           "Kérelmező: Alföldi Híradó Kft.",
           "Minta: 123.45.67.89 (éles)",
           "Éles IP-cím: 203.0.113.245",
           "Kapcsolattartó: Tóth Gábor, toth@alfoldihirado.example, +36 20 331 4480",
       ]))),
    label(FEED, ("Alföldi Híradó Kft.", None, None), ["203.0.113.245"], [],
          ("Tóth Gábor", "toth@alfoldihirado.example", "+36203314480")),
)

# 40. Czech body form: the example in the label carries a mask
CASES["cz_form_ip_with_mask_example"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML výsledků voleb.\n\nŽadatel: Slovácký expres s.r.o.\n"
       "IČO: 24861626\n"
       "IP adresa (formát např. 10.0.0.1/32): 198.51.100.253\n"
       "Kontaktní osoba: Veronika Šťastná, stastna@slovackyexpres.example, 731 662 098\n\n"
       "S pozdravem\nVeronika Šťastná\n",
       "stastna@slovackyexpres.example", "Veronika Šťastná"),
    label(FEED, ("Slovácký expres s.r.o.", "24861626", None), ["198.51.100.253"], [],
          ("Veronika Šťastná", "stastna@slovackyexpres.example", "+420731662098")),
)

XFAIL: dict[str, str] = {
    "cz_pdf_revision_table_old_ip": "a document's revision table naming the first version's address"
    " is read as one of this version's (flagged)",
    "cz_fotit_ano_natacet_ne": "'fotit ano, natáčet ne': the negated filming cancels the"
    " photographing asked for (flagged)",
    "cz_pdf_header_last_year": "a page header repeating last year's address is read beside this"
    " year's (flagged: running header)",
    "cz_xlsx_address_four_cells": "an address split over four spreadsheet cells is not joined",
    "cz_docx_vzor_column": "a table's example ('Vzor') column is read as the applicant's values"
    " (flagged: example column)",
    "cz_url_with_own_address_port": "the applicant's address inside a URL with a port is not read",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r55_trap(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
