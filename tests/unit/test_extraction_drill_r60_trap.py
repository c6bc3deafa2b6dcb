"""A blind trap drill, sixtieth round (issue 18): fifty-seven whole applications (cs, sk, en, de, pl,
hu, fr, it, es, nl, sv, pt), each with one trap beside the real values, aimed at the request
types in forms and attachments: DOCX, ODT, PDF, RTF, XLSX and HTML forms answered with ☒/☐,
☑, ■/□, [x]/[ ], (x)/( ), and with "ANO/NE", "áno/nie", "ja/nein", "tak/nie", "igen/nem",
"oui/non", "sí/no", "sim/não", "ja/nee", "ja/nej" cells or columns; options struck out under
"nehodící se škrtněte"; a box placed after its label; a form's legend that shows a ticked box;
a ticked box that is no request (consent to the processing of personal data, a newsletter); a
form ticked for both while the cover mail drops one (and the reverse: a cover mail asking for
what the form left unticked); a data message whose annotation names one request and whose file
adds the other; a request deferred to a later election inside a form row; a feed declined in
the form while its address is still filled in "for later"; a second, void form; a quoted office
letter and an out-of-office reply naming both request types; a request asked only in the
Subject; "natáčet nebudeme, jen fotit" (photographing is recording); "no need for the XML this
time"; "we would also like to film if possible". Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it; each is scored field by field as the
corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import io

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import docx_bytes, odt_blocks, pdf_bytes, pdf_table, xlsx_sheets
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str, *extra: Component, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)


def _rtf(lines: list[str]) -> bytes:
    """A plain RTF document, one paragraph a line, non-ASCII letters as \\u escapes."""

    def esc(s: str) -> str:
        return "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in s)

    paras = "".join(esc(ln) + "\\par\n" for ln in lines)
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\n" + paras + "}").encode()


def _docx_struck(paragraphs: list[str | list[tuple[str, bool]]]) -> bytes:
    """A DOCX whose paragraphs are plain text or runs (text, struck out)."""
    import docx

    d = docx.Document()
    for para in paragraphs:
        if isinstance(para, str):
            d.add_paragraph(para)
            continue
        p = d.add_paragraph()
        for text, struck in para:
            p.add_run(text).font.strike = struck
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _docx_fonts(paragraphs: list[list[tuple[str, str | None]]]) -> bytes:
    """A DOCX whose paragraphs are runs (text, font): a box typed in a symbol font, as Word
    keeps a "þ" typed in Wingdings."""
    import docx

    d = docx.Document()
    for para in paragraphs:
        p = d.add_paragraph()
        for text, font in para:
            run = p.add_run(text)
            if font:
                run.font.name = font
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# 1. DOCX form: ☒ feed, ☐ filming
CASES["cz_docx_ticked_feed_unticked_filming"] = (
    _m("Dobrý den,\n\nv příloze posílám vyplněný formulář.\n\nS pozdravem\nTomáš Řezníček\n",
       "reznicek@hlasvalasska.example", "Tomáš Řezníček",
       attachment("formular.docx", docx_bytes([
           "ŽÁDOST – volby do Poslanecké sněmovny",
           [["Žadatel", "Hlas Valašska s.r.o."], ["IČO", "84924373"],
            ["Kontaktní osoba", "Tomáš Řezníček"], ["Telefon", "731 402 118"],
            ["E-mail", "reznicek@hlasvalasska.example"]],
           "Předmět žádosti:",
           "☒ přístup k XML výstupu výsledků voleb",
           "☐ povolení k pořizování audiovizuálního záznamu na sběrném místě",
           "Produkční IP adresa: 198.51.100.61",
       ]))),
    label(FEED, ("Hlas Valašska s.r.o.", "84924373", None), ["198.51.100.61"], [],
          ("Tomáš Řezníček", "reznicek@hlasvalasska.example", "+420731402118")),
)

# 2. DOCX form: GDPR consent ticked beside the requests
CASES["cz_docx_gdpr_consent_ticked"] = (
    _m("Dobrý den, zasílám žádost v příloze.\nJana Hrubá\n",
       "hruba@krkonosskyden.example", "Jana Hrubá",
       attachment("zadost.docx", docx_bytes([
           "Žádost o poskytnutí výsledků voleb",
           "Žadatel: Krkonošský den, s.r.o., IČO 40122603",
           "☒ Žádám o přístup k XML (produkční IP 203.0.113.71)",
           "☐ Žádám o povolení natáčení na pracovišti ČSÚ",
           "☒ Souhlasím se zpracováním osobních údajů pro účely vyřízení žádosti",
           "Kontakt: Jana Hrubá, tel. 605 118 274, hruba@krkonosskyden.example",
       ]))),
    label(FEED, ("Krkonošský den, s.r.o.", "40122603", None), ["203.0.113.71"], [],
          ("Jana Hrubá", "hruba@krkonosskyden.example", "+420605118274")),
)

# 3. PDF table: ANO / NE columns with an X
CASES["cz_pdf_ano_ne_columns"] = (
    _m("Dobrý den,\nposíláme formulář.\nPavel Koudelka\nRádio Horácko s.r.o.\n",
       "koudelka@radiohoracko.example", "Pavel Koudelka",
       attachment("formular.pdf", pdf_table([
           ["Požadavek", "ANO", "NE"],
           ["Přístup k XML výsledkům", "X", ""],
           ["Povolení k natáčení", "", "X"],
           ["Žadatel", "Rádio Horácko s.r.o., IČO 96224924", ""],
           ["IP (produkce)", "192.0.2.81", ""],
           ["Kontakt", "Pavel Koudelka, 604 339 120", ""],
       ], [200, 150, 60], "TOP"))),
    label(FEED, ("Rádio Horácko s.r.o.", "96224924", None), ["192.0.2.81"], [],
          ("Pavel Koudelka", "koudelka@radiohoracko.example", "+420604339120")),
)

# 4. ODT table (Slovak): áno / nie cells
CASES["sk_odt_ano_nie_cells"] = (
    _m("Dobrý deň,\nv prílohe zasielame žiadosť.\nS pozdravom\nMartina Kováčová\n",
       "kovacova@zahorie.example", "Martina Kováčová",
       attachment("ziadost.odt", odt_blocks([
           "Žiadosť o prístup",
           [["Žiadateľ", "Záhorie Media s.r.o."], ["IČO", "58909915"],
            ["Prístup k XML výstupu", "áno"], ["Povolenie na natáčanie", "nie"],
            ["Produkčná IP", "198.51.100.92"],
            ["Kontaktná osoba", "Martina Kováčová, +421 905 221 340"]],
       ]))),
    label(FEED, ("Záhorie Media s.r.o.", "58909915", None), ["198.51.100.92"], [],
          ("Martina Kováčová", "kovacova@zahorie.example", "+421905221340")),
)

# 5. XLSX (German): Ja/Nein column, feed Nein, filming Ja
CASES["de_xlsx_ja_nein_feed_nein"] = (
    _m("Guten Tag,\nanbei unser Antrag als Tabelle.\nMit freundlichen Grüßen\nFelix Brandt\n",
       "brandt@oberpfalz-tv.example", "Felix Brandt",
       attachment("antrag.xlsx", xlsx_sheets([("Antrag", [
           ["Feld", "Angabe"],
           ["Antragsteller", "Oberpfalz TV GmbH"],
           ["Zugang zum XML-Datenfeed", "Nein"],
           ["Drehgenehmigung Wahlraum Prag", "Ja"],
           ["Ansprechpartner", "Felix Brandt"],
           ["Telefon", "+49 941 220 3318"],
       ])]))),
    label(REC, ("Oberpfalz TV GmbH", None, None), [], [],
          ("Felix Brandt", "brandt@oberpfalz-tv.example", "+499412203318")),
)

# 6. DOCX (Polish): [x] TAK [ ] NIE
CASES["pl_docx_tak_nie_brackets"] = (
    _m("Dzień dobry,\nw załączniku wniosek.\nPozdrawiam\nKatarzyna Wójcik\n",
       "wojcik@slaskieinfo.example", "Katarzyna Wójcik",
       attachment("wniosek.docx", docx_bytes([
           "Wniosek – Śląskie Info sp. z o.o.",
           "Dostęp do danych XML:  [x] TAK  [ ] NIE",
           "Zgoda na filmowanie w punkcie zbiorczym:  [ ] TAK  [x] NIE",
           "Adres IP produkcyjny: 203.0.113.104",
           "Osoba do kontaktu: Katarzyna Wójcik, tel. +48 601 224 903",
       ]))),
    label(FEED, ("Śląskie Info sp. z o.o.", None, None), ["203.0.113.104"], [],
          ("Katarzyna Wójcik", "wojcik@slaskieinfo.example", "+48601224903")),
)

# 7. PDF (Hungarian): ☒ igen ☐ nem
CASES["hu_pdf_igen_nem_boxes"] = (
    _m("Tisztelt Hivatal!\nMellékelten küldöm a kérelmet.\nÜdvözlettel\nNagy Balázs\n",
       "nagy.balazs@dunahir.example", "Nagy Balázs",
       attachment("kerelem.pdf", pdf_bytes([
           "Kérelem – Dunahír Kft.",
           "XML adatszolgáltatás:   ☒ igen   ☐ nem",
           "Forgatási engedély:     ☐ igen   ☒ nem",
           "Éles IP-cím: 192.0.2.117",
           "Kapcsolattartó: Nagy Balázs, +36 30 412 7781",
       ]))),
    label(FEED, ("Dunahír Kft.", None, None), ["192.0.2.117"], [],
          ("Nagy Balázs", "nagy.balazs@dunahir.example", "+36304127781")),
)

# 8. RTF (French): (x) oui ( ) non
CASES["fr_rtf_oui_non_parens"] = (
    _m("Bonjour,\nveuillez trouver ci-joint notre demande.\nCordialement,\nÉlodie Garnier\n",
       "garnier@echos-alsace.example", "Élodie Garnier",
       attachment("demande.rtf", _rtf([
           "Demande - Échos d'Alsace SARL",
           "Accès au flux XML des résultats : ( ) oui  (x) non",
           "Autorisation de tournage au bureau de Prague : (x) oui  ( ) non",
           "Contact : Élodie Garnier, +33 3 88 41 22 07",
       ]))),
    label(REC, ("Échos d'Alsace SARL", None, None), [], [],
          ("Élodie Garnier", "garnier@echos-alsace.example", "+33388412207")),
)

# 9. DOCX (Spanish): Sí ■ No □
CASES["es_docx_si_no_squares"] = (
    _m("Buenos días,\nadjunto la solicitud.\nSaludos\nLucía Romero\n",
       "romero@noticiasiberia.example", "Lucía Romero",
       attachment("solicitud.docx", docx_bytes([
           "Solicitud – Noticias Iberia S.L.",
           "Acceso al feed XML:          Sí ■   No □",
           "Permiso de grabación:        Sí □   No ■",
           "IP de producción: 198.51.100.133",
           "Persona de contacto: Lucía Romero, +34 612 448 230",
       ]))),
    label(FEED, ("Noticias Iberia S.L.", None, None), ["198.51.100.133"], [],
          ("Lucía Romero", "romero@noticiasiberia.example", "+34612448230")),
)

# 10. DOCX: "nehodící se škrtněte", filming struck out
CASES["cz_docx_nehodici_se_skrtnete"] = (
    _m("Dobrý den,\nformulář v příloze.\nLenka Doležalová\n",
       "dolezalova@brnenskyvecernik.example", "Lenka Doležalová",
       attachment("zadost.docx", _docx_struck([
           "Žadatel: Brněnský večerník, a.s., IČO 50934384",
           [("Žádám o: přístup k XML výstupu / ", False),
            ("povolení k natáčení na sběrném místě", True),
            (" (nehodící se škrtněte)", False)],
           "IP adresa produkčního serveru: 203.0.113.141",
           "Kontaktní osoba: Lenka Doležalová, 739 204 118",
       ]))),
    label(FEED, ("Brněnský večerník, a.s.", "50934384", None), ["203.0.113.141"], [],
          ("Lenka Doležalová", "dolezalova@brnenskyvecernik.example", "+420739204118")),
)

# 11. Form ticks both, cover mail drops the filming
CASES["cz_form_both_cover_drops_filming"] = (
    _m("Dobrý den,\n\nposílám formulář. Natáčet letos nebudeme, křížek u natáčení prosím "
       "ignorujte, zaškrtl jsem ho omylem.\n\nDěkuji\nOndřej Malý\nTýdeník Podbrdsko s.r.o.\n"
       "724 118 305\n",
       "maly@podbrdsko.example", "Ondřej Malý",
       attachment("formular.pdf", pdf_bytes([
           "Žadatel: Týdeník Podbrdsko s.r.o.   IČO: 23243392",
           "☒ Přístup k XML výsledkům",
           "☒ Povolení k natáčení",
           "Produkční IP: 192.0.2.151",
       ]))),
    label(FEED, ("Týdeník Podbrdsko s.r.o.", "23243392", None), ["192.0.2.151"], [],
          ("Ondřej Malý", "maly@podbrdsko.example", "+420724118305")),
)

# 12. Form leaves filming unticked, cover mail asks for it
CASES["cz_cover_asks_what_form_left_unticked"] = (
    _m("Dobrý den,\n\nv příloze je formulář. Ve formuláři jsem zapomněla zaškrtnout natáčení – "
       "prosíme i o povolení natáčet na sběrném místě ve Zlíně.\n\nS pozdravem\nEva Machalová\n"
       "Zlínský deník s.r.o.\n777 302 915\n",
       "machalova@zlinskydenik.example", "Eva Machalová",
       attachment("formular.docx", docx_bytes([
           "Žadatel: Zlínský deník s.r.o.",
           "IČO: 25756184",
           "☒ přístup k XML",
           "☐ povolení k natáčení",
           "IP: 198.51.100.162",
       ]))),
    label(BOTH, ("Zlínský deník s.r.o.", "25756184", None), ["198.51.100.162"], [],
          ("Eva Machalová", "machalova@zlinskydenik.example", "+420777302915")),
)

# 13. Data message: annotation names the feed, the file adds filming
CASES["dm_cz_annotation_feed_file_adds_filming"] = (
    data_message(
        "Žádost o přístup k XML",
        attachment("zadost.pdf", pdf_bytes([
            "Věc: Žádost o přístup k XML výstupu výsledků voleb",
            "Žádáme o přístup k XML, produkční IP 203.0.113.172.",
            "Současně žádáme o povolení pořizovat videozáznam na sběrném místě v Brně.",
            "Kontakt: Radek Šimek, 603 771 204, simek@jihomoravan.example",
            "Jihomoravan, z.s., IČO 60811269",
        ])),
        sender="j7hm4rv", dm_sender="Jihomoravan, z.s."),
    label(BOTH, ("Jihomoravan, z.s.", "60811269", "j7hm4rv"), ["203.0.113.172"], [],
          ("Radek Šimek", "simek@jihomoravan.example", "+420603771204")),
)

# 14. English: "we would also like to film if possible"
CASES["en_also_film_if_possible"] = (
    _m("Hello,\n\nWe apply for access to the XML results feed; our server is 192.0.2.183.\n"
       "We would also like to film at the Prague collection point if possible.\n\n"
       "Best regards\nOliver Grant\nCentral Europe Wire Ltd\n+44 7700 900 418\n",
       "grant@cewire.example", "Oliver Grant"),
    label(BOTH, ("Central Europe Wire Ltd", None, None), ["192.0.2.183"], [],
          ("Oliver Grant", "grant@cewire.example", "+447700900418")),
)

# 15. English: "no need for the XML this time"
CASES["en_no_need_for_xml_this_time"] = (
    _m("Hi,\n\nNo need for the XML this time – we only ask for permission to film at the "
       "collection point in Ostrava on election night.\n\nThanks,\nSarah Miller\n"
       "Nordic Eye Productions AB\n+46 70 412 33 18\n",
       "miller@nordiceye.example", "Sarah Miller"),
    label(REC, ("Nordic Eye Productions AB", None, None), [], [],
          ("Sarah Miller", "miller@nordiceye.example", "+46704123318")),
)

# 16. "natáčet nebudeme, jen fotit" (photographing is recording)
CASES["cz_natacet_nebudeme_jen_fotit"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML, IP 198.51.100.194. Na sběrném místě v Kladně "
       "natáčet nebudeme, jen fotit – prosíme o povolení pro našeho fotografa.\n\n"
       "Martin Beneš\nKladenský zpravodaj s.r.o.\nIČO 68668252\n608 441 902\n",
       "benes@kladenskyzpravodaj.example", "Martin Beneš"),
    label(BOTH, ("Kladenský zpravodaj s.r.o.", "68668252", None), ["198.51.100.194"], [],
          ("Martin Beneš", "benes@kladenskyzpravodaj.example", "+420608441902")),
)

# 17. ODT form: filming ticked but deferred to a later election
CASES["cz_odt_filming_ticked_deferred"] = (
    _m("Dobrý den,\nzasílám žádost.\nKlára Vondrová\n",
       "vondrova@orlickytyden.example", "Klára Vondrová",
       attachment("zadost.odt", odt_blocks([
           "Žádost – Orlický týden s.r.o., IČO 51896079",
           [["☒", "Přístup k XML výstupu (volby do PS 2025)"],
            ["☒", "Povolení k natáčení – až pro senátní volby 2026, teď ne"]],
           "Produkční IP: 203.0.113.205",
           "Kontakt: Klára Vondrová, 732 119 540",
       ]))),
    label(FEED, ("Orlický týden s.r.o.", "51896079", None), ["203.0.113.205"], [],
          ("Klára Vondrová", "vondrova@orlickytyden.example", "+420732119540")),
)

# 18. Reply quoting the office's letter that lists both request types
CASES["cz_reply_quoting_office_letter_both_types"] = (
    _m("Dobrý den,\n\nna základě Vašeho dopisu žádáme o přístup k XML. Produkční IP "
       "192.0.2.216.\n\nS pozdravem\nJiří Kopecký\nHanácký kurýr s.r.o.\n605 902 117\n\n"
       "-----Původní zpráva-----\nOd: volby@czso.example\n"
       "Žádosti o přístup k XML a o povolení k natáčení na sběrných místech podávejte "
       "do 15. září na tuto adresu.\nČeský statistický úřad\n",
       "kopecky@hanackykuryr.example", "Jiří Kopecký", subject="RE: Volby 2025 – žádosti"),
    label(FEED, ("Hanácký kurýr s.r.o.", None, None), ["192.0.2.216"], [],
          ("Jiří Kopecký", "kopecky@hanackykuryr.example", "+420605902117")),
)

# 19. An out-of-office reply quoted below the application
CASES["cz_ooo_reply_quoted_both_types"] = (
    _m("Dobrý den,\n\nposílám znovu: žádáme o přístup k XML výsledkům, IP 198.51.100.227.\n\n"
       "Hana Urbanová\nPísecké listy s.r.o.\n721 440 318\n\n"
       "> Automatická odpověď: Jsem mimo kancelář do 20. 8. Žádosti o natáčení\n"
       "> i o přístup k XML vyřizuje v mé nepřítomnosti kolega.\n",
       "urbanova@piseckelisty.example", "Hana Urbanová", subject="Fwd: Žádost o XML"),
    label(FEED, ("Písecké listy s.r.o.", None, None), ["198.51.100.227"], [],
          ("Hana Urbanová", "urbanova@piseckelisty.example", "+420721440318")),
)

# 20. Filming asked only in the Subject
CASES["cz_filming_only_in_subject"] = (
    _m("Dobrý den,\n\nprodukční IP pro XML: 203.0.113.238, test 203.0.113.239.\n"
       "\nPetr Sýkora\nVysočina TV s.r.o.\n739 880 214\n",
       "sykora@vysocinatv.example", "Petr Sýkora",
       subject="Žádost o XML a povolení k natáčení"),
    label(BOTH, ("Vysočina TV s.r.o.", None, None), ["203.0.113.238"], ["203.0.113.239"],
          ("Petr Sýkora", "sykora@vysocinatv.example", "+420739880214")),
)

# 21. XLSX (Slovak): áno / nie columns with x; feed in the nie column
CASES["sk_xlsx_ano_nie_columns_x"] = (
    _m("Dobrý deň,\nposielam tabuľku.\nS pozdravom\nJakub Horváth\n",
       "horvath@trnavskenoviny.example", "Jakub Horváth",
       attachment("ziadost.xlsx", xlsx_sheets([("Žiadosť", [
           ["Požiadavka", "áno", "nie"],
           ["Prístup k XML výstupu", "", "x"],
           ["Povolenie na natáčanie (Praha)", "x", ""],
           ["Žiadateľ", "Trnavské noviny s.r.o.", ""],
           ["Kontakt", "Jakub Horváth, +421 911 402 733", ""],
       ])]))),
    label(REC, ("Trnavské noviny s.r.o.", None, None), [], [],
          ("Jakub Horváth", "horvath@trnavskenoviny.example", "+421911402733")),
)

# 22. DOCX (Italian): ☑ sì ☐ no
CASES["it_docx_si_no_checkmark_box"] = (
    _m("Buongiorno,\nin allegato la richiesta.\nCordiali saluti\nGiulia Ferri\n",
       "ferri@corriereest.example", "Giulia Ferri",
       attachment("richiesta.docx", docx_bytes([
           "Richiesta – Corriere dell'Est S.r.l.",
           "Accesso al feed XML:  ☑ sì  ☐ no",
           "Autorizzazione riprese:  ☐ sì  ☑ no",
           "IP di produzione: 192.0.2.249",
           "Referente: Giulia Ferri, +39 347 221 0934",
       ]))),
    label(FEED, ("Corriere dell'Est S.r.l.", None, None), ["192.0.2.249"], [],
          ("Giulia Ferri", "ferri@corriereest.example", "+393472210934")),
)

# 23. PDF (Dutch): ja / nee answers
CASES["nl_pdf_ja_nee"] = (
    _m("Goedemiddag,\nbijgaand onze aanvraag.\nMet vriendelijke groet\nDaan de Vries\n",
       "devries@omroepzuid.example", "Daan de Vries",
       attachment("aanvraag.pdf", pdf_bytes([
           "Aanvraag – Omroep Zuid B.V.",
           "Toegang tot de XML-feed: nee",
           "Filmvergunning stembureau Praag: ja",
           "Contactpersoon: Daan de Vries, +31 6 4122 8830",
       ]))),
    label(REC, ("Omroep Zuid B.V.", None, None), [], [],
          ("Daan de Vries", "devries@omroepzuid.example", "+31641228830")),
)

# 24. Swedish: [X] Ja [ ] Nej
CASES["sv_form_ja_nej_brackets"] = (
    _m("Hej,\n\nVår ansökan:\nÅtkomst till XML-flödet:  [X] Ja  [ ] Nej\n"
       "Filmningstillstånd:  [ ] Ja  [X] Nej\nProduktions-IP: 198.51.100.21\n\n"
       "Med vänliga hälsningar\nErik Lindqvist\nNorrlandsnytt AB\n+46 70 118 44 02\n",
       "lindqvist@norrlandsnytt.example", "Erik Lindqvist", subject="Ansökan"),
    label(FEED, ("Norrlandsnytt AB", None, None), ["198.51.100.21"], [],
          ("Erik Lindqvist", "lindqvist@norrlandsnytt.example", "+46701184402")),
)

# 25. DOCX (Portuguese): both (x) Sim
CASES["pt_docx_sim_nao_both"] = (
    _m("Bom dia,\nsegue em anexo o pedido.\nCumprimentos\nAna Martins\n",
       "martins@diariolusitano.example", "Ana Martins",
       attachment("pedido.docx", docx_bytes([
           "Pedido – Diário Lusitano, Lda.",
           "Acesso ao feed XML:  (x) Sim  ( ) Não",
           "Autorização de filmagem:  (x) Sim  ( ) Não",
           "IP de produção: 203.0.113.31",
           "Contacto: Ana Martins, +351 912 448 301",
       ]))),
    label(BOTH, ("Diário Lusitano, Lda.", None, None), ["203.0.113.31"], [],
          ("Ana Martins", "martins@diariolusitano.example", "+351912448301")),
)

# 26. Two forms; the cover mail voids the filming one
CASES["cz_second_form_void_filming"] = (
    _m("Dobrý den,\n\nposílám dva formuláře. Formulář k natáčení prosím berte jako "
       "bezpředmětný, kameraman onemocněl a natáčet nepřijedeme. Platí jen žádost o XML.\n\n"
       "Zdeněk Pokorný\nChrudimský posel s.r.o.\n734 551 209\n",
       "pokorny@chrudimskyposel.example", "Zdeněk Pokorný",
       attachment("zadost_xml.pdf", pdf_bytes([
           "Žádost o přístup k XML – Chrudimský posel s.r.o., IČO 92136818",
           "Produkční IP: 192.0.2.42",
       ])),
       attachment("zadost_nataceni.pdf", pdf_bytes([
           "Žádost o povolení k natáčení na sběrném místě Pardubice",
           "Chrudimský posel s.r.o.",
       ]))),
    label(FEED, ("Chrudimský posel s.r.o.", "92136818", None), ["192.0.2.42"], [],
          ("Zdeněk Pokorný", "pokorny@chrudimskyposel.example", "+420734551209")),
)

# 27. A form's legend shows a ticked box
CASES["cz_form_legend_ticked_box"] = (
    _m("Dobrý den,\nv příloze žádost.\nVeronika Šťastná\n",
       "stastna@ceskolipsko.example", "Veronika Šťastná",
       attachment("zadost.docx", docx_bytes([
           "Vysvětlivky: ☒ = požaduji, ☐ = nepožaduji",
           "Žadatel: Českolipský týdeník s.r.o., IČO 10870610",
           "☐ Přístup k XML výstupu",
           "☒ Povolení k natáčení na sběrném místě Česká Lípa",
           "Kontakt: Veronika Šťastná, 606 228 417",
       ]))),
    label(REC, ("Českolipský týdeník s.r.o.", "10870610", None), [], [],
          ("Veronika Šťastná", "stastna@ceskolipsko.example", "+420606228417")),
)

# 28. PDF: ■ feed □ filming
CASES["cz_pdf_filled_square_feed"] = (
    _m("Dobrý den,\nformulář přikládám.\nAdam Čech\n",
       "cech@mostecko.example", "Adam Čech",
       attachment("formular.pdf", pdf_bytes([
           "Žadatel: Mostecké listy s.r.o.  IČO 33125678",
           "■ přístup k XML výsledkům voleb",
           "□ povolení k natáčení",
           "Produkční adresa: 203.0.113.53",
           "Kontaktní osoba: Adam Čech, tel. 775 330 218",
       ]))),
    label(FEED, ("Mostecké listy s.r.o.", "33125678", None), ["203.0.113.53"], [],
          ("Adam Čech", "cech@mostecko.example", "+420775330218")),
)

# 29. XLSX (English): Requested (Y/N) column
CASES["en_xlsx_requested_y_n"] = (
    _m("Hello,\nplease find our request attached.\nKind regards\nEmma Clarke\n",
       "clarke@baltic-news.example", "Emma Clarke",
       attachment("request.xlsx", xlsx_sheets([("Request", [
           ["Service", "Requested (Y/N)"],
           ["XML results feed", "N"],
           ["Filming permit (Prague)", "Y"],
           ["Organisation", "Baltic News Agency SIA"],
           ["Contact", "Emma Clarke, +371 2941 2288"],
       ])]))),
    label(REC, ("Baltic News Agency SIA", None, None), [], [],
          ("Emma Clarke", "clarke@baltic-news.example", "+37129412288")),
)

# 30. HTML mail: a table with ANO / NE
CASES["cz_html_table_ano_ne"] = (
    mail(html_body(
        "<p>Dobrý den,</p><p>posíláme žádost:</p><table border=1>"
        "<tr><td>Přístup k XML</td><td>ANO</td></tr>"
        "<tr><td>Natáčení na sběrném místě</td><td>NE</td></tr>"
        "<tr><td>Produkční IP</td><td>198.51.100.64</td></tr></table>"
        "<p>Michaela Bartošová<br>Vyškovský deník s.r.o.<br>IČO 69075301<br>"
        "tel. 603 224 815</p>"),
        subject="Žádost", sender="bartosova@vyskovskydenik.example",
        sender_name="Michaela Bartošová"),
    label(FEED, ("Vyškovský deník s.r.o.", "69075301", None), ["198.51.100.64"], [],
          ("Michaela Bartošová", "bartosova@vyskovskydenik.example", "+420603224815")),
)

# 31. Boxes written after their labels
CASES["cz_box_after_label"] = (
    _m("Dobrý den,\n\nNatáčení ☐    Přístup k XML ☒\nIP: 192.0.2.75\n\n"
       "Filip Navrátil\nRadio Beskydy s.r.o.\nIČO 47513454\n731 660 213\n",
       "navratil@radiobeskydy.example", "Filip Navrátil"),
    label(FEED, ("Radio Beskydy s.r.o.", "47513454", None), ["192.0.2.75"], [],
          ("Filip Navrátil", "navratil@radiobeskydy.example", "+420731660213")),
)

# 32. DOCX (German): consent and newsletter ticked
CASES["de_docx_consent_newsletter_ticked"] = (
    _m("Sehr geehrte Damen und Herren,\nanbei der Antrag.\nLena Vogel\n",
       "vogel@sachsenkurier.example", "Lena Vogel",
       attachment("antrag.docx", docx_bytes([
           "Antrag – Sachsen-Kurier GmbH",
           "☒ XML-Zugang zu den Wahlergebnissen (Produktiv-IP 203.0.113.86)",
           "☐ Drehgenehmigung im Wahllokal",
           "☒ Ich stimme der Verarbeitung meiner personenbezogenen Daten zu",
           "☒ Newsletter des Amtes abonnieren",
           "Ansprechpartnerin: Lena Vogel, +49 351 448 2210",
       ]))),
    label(FEED, ("Sachsen-Kurier GmbH", None, None), ["203.0.113.86"], [],
          ("Lena Vogel", "vogel@sachsenkurier.example", "+493514482210")),
)

# 33. DOCX: ANO / NE, the wrong answer struck out on each row
CASES["cz_docx_ano_ne_struck"] = (
    _m("Dobrý den,\nformulář v příloze.\nS pozdravem\nRoman Kubíček\n",
       "kubicek@prostejovsko.example", "Roman Kubíček",
       attachment("zadost.docx", _docx_struck([
           "Žadatel: Prostějovský večerník s.r.o., IČO 38285401",
           [("Přístup k XML výstupu: ", False), ("ANO", True), (" / NE", False)],
           [("Povolení k natáčení: ANO / ", False), ("NE", True)],
           "(nehodící se škrtněte)",
           "Kontakt: Roman Kubíček, 604 770 218",
       ]))),
    label(REC, ("Prostějovský večerník s.r.o.", "38285401", None), [], [],
          ("Roman Kubíček", "kubicek@prostejovsko.example", "+420604770218")),
)

# 34. XLSX (Hungarian): igen / nem cells
CASES["hu_xlsx_igen_nem_cells"] = (
    _m("Tisztelt Hivatal!\nCsatolom a kérelmet.\nÜdvözlettel\nTóth Eszter\n",
       "toth.eszter@alfoldhir.example", "Tóth Eszter",
       attachment("kerelem.xlsx", xlsx_sheets([("Kérelem", [
           ["Kérelmező", "Alföld Hír Kft."],
           ["XML adatszolgáltatás", "igen"],
           ["Forgatási engedély", "nem"],
           ["Éles IP", "198.51.100.97"],
           ["Kapcsolattartó", "Tóth Eszter"],
           ["Telefon", "+36 20 331 4408"],
       ])]))),
    label(FEED, ("Alföld Hír Kft.", None, None), ["198.51.100.97"], [],
          ("Tóth Eszter", "toth.eszter@alfoldhir.example", "+36203314408")),
)

# 35. Feed unticked but an address filled in "for later"
CASES["cz_feed_unticked_ip_for_later"] = (
    _m("Dobrý den,\nformulář přikládám.\nMarek Holub\n",
       "holub@trebicsko.example", "Marek Holub",
       attachment("formular.docx", docx_bytes([
           "Žadatel: Třebíčský zpravodaj s.r.o., IČO 27385388",
           "☐ Přístup k XML výstupu",
           "☒ Povolení k natáčení na sběrném místě Třebíč",
           "IP adresa serveru: 192.0.2.108 (pro případ, že bychom XML chtěli příště)",
           "Kontakt: Marek Holub, 737 448 102",
       ]))),
    label(REC, ("Třebíčský zpravodaj s.r.o.", "27385388", None), [], [],
          ("Marek Holub", "holub@trebicsko.example", "+420737448102")),
)

# 36. English PDF ticks both; the cover mail withdraws filming
CASES["en_pdf_both_cover_disregard_filming"] = (
    _m("Hello,\n\nAttached is our form. Please disregard the filming box – we will not send "
       "a crew after all; only the XML feed is needed.\n\nRegards\nDavid Novak\n"
       "Danube Data Ltd\n+420 777 120 334\n",
       "novak@danubedata.example", "David Novak",
       attachment("form.pdf", pdf_bytes([
           "Applicant: Danube Data Ltd",
           "[x] Access to the XML results feed",
           "[x] Permission to film at a collection point",
           "Production IP: 203.0.113.119",
       ]))),
    label(FEED, ("Danube Data Ltd", None, None), ["203.0.113.119"], [],
          ("David Novak", "novak@danubedata.example", "+420777120334")),
)

# 37. Data message: filming only, consent ticked in the file
CASES["dm_cz_filming_only_consent_ticked"] = (
    data_message(
        "Žádost o povolení k natáčení",
        attachment("zadost.pdf", pdf_bytes([
            "Žadatel: Televize Polabí s.r.o., IČO 22310878",
            "☒ Povolení k natáčení na sběrném místě Kolín",
            "☐ Přístup k XML výstupu",
            "☒ Souhlas se zpracováním osobních údajů",
            "Kontaktní osoba: Šárka Dvořáková, 722 905 118, dvorakova@tvpolabi.example",
        ])),
        sender="t5p0lab", dm_sender="Televize Polabí s.r.o."),
    label(REC, ("Televize Polabí s.r.o.", "22310878", "t5p0lab"), [], [],
          ("Šárka Dvořáková", "dvorakova@tvpolabi.example", "+420722905118")),
)

# 38. Slovak cover "XML tentoraz nepotrebujeme", the old form ticks both
CASES["sk_cover_no_xml_form_both"] = (
    _m("Dobrý deň,\n\nXML tentoraz nepotrebujeme, žiadame len o povolenie natáčať v Brne. "
       "Formulár je zo vlaňajška, preto sú tam zaškrtnuté obe možnosti.\n\n"
       "S pozdravom\nLukáš Baláž\nRTV Juh s.r.o.\n+421 903 118 442\n",
       "balaz@rtvjuh.example", "Lukáš Baláž",
       attachment("formular.pdf", pdf_bytes([
           "Žiadateľ: RTV Juh s.r.o.",
           "☒ Prístup k XML výstupu",
           "☒ Povolenie na natáčanie",
           "Produkčná IP: 198.51.100.124",
       ]))),
    label(REC, ("RTV Juh s.r.o.", None, None), [], [],
          ("Lukáš Baláž", "balaz@rtvjuh.example", "+421903118442")),
)

# 39. French DOCX: "oui" for consent, "non" for filming
CASES["fr_docx_oui_consent_non_filming"] = (
    _m("Bonjour,\nci-joint notre formulaire.\nCordialement\nHugo Marchand\n",
       "marchand@lyonmatin.example", "Hugo Marchand",
       attachment("formulaire.docx", docx_bytes([
           "Demandeur : Lyon Matin SAS",
           [["Accès au flux XML", "oui"], ["Autorisation de tournage", "non"],
            ["J'accepte le traitement de mes données", "oui"],
            ["IP de production", "192.0.2.131"],
            ["Contact", "Hugo Marchand, +33 6 12 44 80 19"]],
       ]))),
    label(FEED, ("Lyon Matin SAS", None, None), ["192.0.2.131"], [],
          ("Hugo Marchand", "marchand@lyonmatin.example", "+33612448019")),
)

# 40. Near miss: both ticked, consent ticked too
CASES["cz_near_both_ticked_consent"] = (
    _m("Dobrý den,\nžádost v příloze.\nIvana Soukupová\n",
       "soukupova@kutnohorsko.example", "Ivana Soukupová",
       attachment("zadost.docx", docx_bytes([
           "Žadatel: Kutnohorský deník s.r.o., IČO 78836395",
           "☒ Přístup k XML výstupu",
           "☒ Povolení k natáčení na sběrném místě Kutná Hora",
           "☒ Souhlasím se zpracováním osobních údajů",
           "Produkční IP: 203.0.113.142",
           "Kontakt: Ivana Soukupová, 728 330 119",
       ]))),
    label(BOTH, ("Kutnohorský deník s.r.o.", "78836395", None), ["203.0.113.142"], [],
          ("Ivana Soukupová", "soukupova@kutnohorsko.example", "+420728330119")),
)


# 41. Both answers on one line: "☐ ano ☒ ne" for the feed
CASES["cz_one_line_ano_ne_boxes"] = (
    _m("Dobrý den,\n\nPřístup k XML: ☐ ano ☒ ne     Natáčení: ☒ ano ☐ ne\n"
       "Místo natáčení: sběrné místo Liberec\n\nS pozdravem\nBarbora Jelínková\n"
       "Liberecký magazín s.r.o.\nIČO 36884049\n776 402 331\n",
       "jelinkova@libereckymagazin.example", "Barbora Jelínková"),
    label(REC, ("Liberecký magazín s.r.o.", "36884049", None), [], [],
          ("Barbora Jelínková", "jelinkova@libereckymagazin.example", "+420776402331")),
)

# 42. Ticks and crosses: ✔ / ✘
CASES["cz_check_and_cross_marks"] = (
    _m("Dobrý den,\n\n✔ přístup k XML (IP 198.51.100.143)\n✘ natáčení\n\n"
       "Vladimír Kolář\nRokycanský občasník s.r.o.\n602 118 447\n",
       "kolar@rokycansko.example", "Vladimír Kolář"),
    label(FEED, ("Rokycanský občasník s.r.o.", None, None), ["198.51.100.143"], [],
          ("Vladimír Kolář", "kolar@rokycansko.example", "+420602118447")),
)

# 43. DOCX typed with Wingdings boxes (private-use characters)
CASES["cz_docx_wingdings_boxes"] = (
    _m("Dobrý den,\nv příloze žádost.\nAlena Marková\n",
       "markova@jindrichohradecko.example", "Alena Marková",
       attachment("zadost.docx", _docx_fonts([
           [("Žadatel: Jindřichohradecký zpravodaj s.r.o., IČO 15576621", None)],
           [("\u00a8", "Wingdings"), (" Přístup k XML výstupu", None)],
           [("\u00fe", "Wingdings"), (" Povolení k natáčení na sběrném místě", None)],
           [("Kontakt: Alena Marková, 731 228 904", None)],
       ]))),
    label(REC, ("Jindřichohradecký zpravodaj s.r.o.", "15576621", None), [], [],
          ("Alena Marková", "markova@jindrichohradecko.example", "+420731228904")),
)

# 44. XLSX: Požaduji / Nepožaduji columns
CASES["cz_xlsx_pozaduji_nepozaduji"] = (
    _m("Dobrý den,\nposílám tabulku.\nKarel Hájek\n",
       "hajek@sumavskelisty.example", "Karel Hájek",
       attachment("zadost.xlsx", xlsx_sheets([("Žádost", [
           ["", "Požaduji", "Nepožaduji"],
           ["Přístup k XML výstupu", "", "X"],
           ["Povolení k natáčení", "X", ""],
           ["Žadatel", "Šumavské listy s.r.o.", ""],
           ["IČO", "29624789", ""],
           ["Kontakt", "Karel Hájek, 605 331 208", ""],
       ])]))),
    label(REC, ("Šumavské listy s.r.o.", "29624789", None), [], [],
          ("Karel Hájek", "hajek@sumavskelisty.example", "+420605331208")),
)

# 45. German "entfällt" for the filming row
CASES["de_form_entfaellt"] = (
    _m("Guten Tag,\n\nXML-Zugang: ja, Produktiv-IP 203.0.113.154\nDrehgenehmigung: entfällt\n\n"
       "Mit freundlichen Grüßen\nJonas Keller\nBayerwald Bote GmbH\n+49 991 330 4418\n",
       "keller@bayerwaldbote.example", "Jonas Keller", subject="Antrag"),
    label(FEED, ("Bayerwald Bote GmbH", None, None), ["203.0.113.154"], [],
          ("Jonas Keller", "keller@bayerwaldbote.example", "+499913304418")),
)

# 46. Polish "nie dotyczy" for the feed
CASES["pl_nie_dotyczy_feed"] = (
    _m("Dzień dobry,\n\nDostęp do XML: nie dotyczy\nZgoda na nagrywanie w punkcie zbiorczym "
       "w Ostrawie: tak\n\nPozdrawiam\nTomasz Zieliński\nTV Beskidy sp. z o.o.\n"
       "+48 602 118 904\n",
       "zielinski@tvbeskidy.example", "Tomasz Zieliński", subject="Wniosek"),
    label(REC, ("TV Beskidy sp. z o.o.", None, None), [], [],
          ("Tomasz Zieliński", "zielinski@tvbeskidy.example", "+48602118904")),
)

# 47. English "N/A" for filming in a table
CASES["en_html_na_filming"] = (
    mail(html_body(
        "<p>Hello,</p><table border=1><tr><th>Item</th><th>Answer</th></tr>"
        "<tr><td>XML feed access</td><td>Yes</td></tr>"
        "<tr><td>Filming permit</td><td>N/A</td></tr>"
        "<tr><td>Production IP</td><td>192.0.2.165</td></tr></table>"
        "<p>Regards,<br>Mark Evans<br>Vienna Data Desk GmbH<br>+43 664 331 2208</p>"),
        subject="Application", sender="evans@viennadatadesk.example", sender_name="Mark Evans"),
    label(FEED, ("Vienna Data Desk GmbH", None, None), ["192.0.2.165"], [],
          ("Mark Evans", "evans@viennadatadesk.example", "+436643312208")),
)

# 48. Reply in a filming thread: the filming is off, only the feed stays
CASES["cz_reply_filming_thread_off"] = (
    _m("Dobrý den,\n\nnatáčení nakonec nebude, redakce to zrušila. Žádáme tedy jen o přístup "
       "k XML, IP 198.51.100.176.\n\nTereza Pospíšilová\nHavlíčkobrodské noviny s.r.o.\n"
       "608 225 140\n",
       "pospisilova@hbnoviny.example", "Tereza Pospíšilová",
       subject="RE: Žádost o povolení k natáčení a XML"),
    label(FEED, ("Havlíčkobrodské noviny s.r.o.", None, None), ["198.51.100.176"], [],
          ("Tereza Pospíšilová", "pospisilova@hbnoviny.example", "+420608225140")),
)

# 49. PDF: the filming row stamped ZRUŠENO
CASES["cz_pdf_row_zruseno"] = (
    _m("Dobrý den,\nposílám opravený formulář.\nLibor Vacek\n",
       "vacek@novojicinsko.example", "Libor Vacek",
       attachment("formular.pdf", pdf_bytes([
           "Žadatel: Novojičínský deník s.r.o., IČO 80998321",
           "☒ Přístup k XML výstupu – produkční IP 203.0.113.187",
           "☒ Povolení k natáčení – ZRUŠENO",
           "Kontakt: Libor Vacek, 732 661 809",
       ]))),
    label(FEED, ("Novojičínský deník s.r.o.", "80998321", None), ["203.0.113.187"], [],
          ("Libor Vacek", "vacek@novojicinsko.example", "+420732661809")),
)

# 50. HTML form with checkbox inputs
CASES["cz_html_checkbox_inputs"] = (
    mail(html_body(
        "<p>Dobrý den,</p><form>"
        "<p><input type=\"checkbox\" checked> Přístup k XML výstupu</p>"
        "<p><input type=\"checkbox\"> Povolení k natáčení</p></form>"
        "<p>Produkční IP: 192.0.2.198</p>"
        "<p>Simona Bláhová<br>Domažlický kurýr s.r.o.<br>tel. 777 118 330</p>"),
        subject="Žádost", sender="blahova@domazlicko.example", sender_name="Simona Bláhová"),
    label(FEED, ("Domažlický kurýr s.r.o.", None, None), ["192.0.2.198"], [],
          ("Simona Bláhová", "blahova@domazlicko.example", "+420777118330")),
)

# 51. Filming row answered "—" (a dash)
CASES["cz_form_dash_answer"] = (
    _m("Dobrý den,\n\nPřístup k XML: ANO\nPovolení k natáčení: —\nProdukční IP: 198.51.100.209\n\n"
       "Jan Svoboda\nBlanenský týdeník s.r.o.\n739 220 418\n",
       "svoboda@blanensko.example", "Jan Svoboda"),
    label(FEED, ("Blanenský týdeník s.r.o.", None, None), ["198.51.100.209"], [],
          ("Jan Svoboda", "svoboda@blanensko.example", "+420739220418")),
)


# 52. Reply quoting last year's form with filming ticked
CASES["cz_reply_quotes_last_years_form"] = (
    _m("Dobrý den,\n\nletos žádáme jen o přístup k XML, IP zůstává 198.51.100.221.\n\n"
       "Pavla Novotná\nOpavský deník s.r.o.\n603 118 772\n\n"
       "> Loňská žádost:\n> ☒ Přístup k XML\n> ☒ Povolení k natáčení na sběrném místě Opava\n",
       "novotna@opavskydenik.example", "Pavla Novotná", subject="RE: Žádost 2024"),
    label(FEED, ("Opavský deník s.r.o.", None, None), ["198.51.100.221"], [],
          ("Pavla Novotná", "novotna@opavskydenik.example", "+420603118772")),
)

# 53. XLSX with TRUE / FALSE cells
CASES["cz_xlsx_true_false"] = (
    _m("Dobrý den,\nv příloze žádost.\nRichard Král\n",
       "kral@karlovarsko.example", "Richard Král",
       attachment("zadost.xlsx", xlsx_sheets([("Žádost", [
           ["Žadatel", "Karlovarský týdeník s.r.o."],
           ["Přístup k XML", "TRUE"],
           ["Povolení k natáčení", "FALSE"],
           ["Produkční IP", "203.0.113.232"],
           ["Kontakt", "Richard Král, 776 204 118"],
       ])]))),
    label(FEED, ("Karlovarský týdeník s.r.o.", None, None), ["203.0.113.232"], [],
          ("Richard Král", "kral@karlovarsko.example", "+420776204118")),
)

# 54. "ANO / NE" left unanswered for filming
CASES["cz_ano_ne_left_unanswered"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML výstupu.\nProdukční IP: 192.0.2.243\n"
       "Povolení k natáčení: ANO / NE\n\nS pozdravem\nDaniel Šindelář\nBenešovský kurýr s.r.o.\n"
       "737 220 514\n",
       "sindelar@benesovsko.example", "Daniel Šindelář"),
    label(FEED, ("Benešovský kurýr s.r.o.", None, None), ["192.0.2.243"], [],
          ("Daniel Šindelář", "sindelar@benesovsko.example", "+420737220514")),
)

# 55. The Subject asks filming, the body cancels it
CASES["cz_subject_filming_body_cancels"] = (
    _m("Dobrý den,\n\nsvou žádost o natáčení ruším, přístup k XML ale trvá (IP 198.51.100.254).\n\n"
       "Ludmila Kovářová\nSvitavské noviny s.r.o.\n605 447 120\n",
       "kovarova@svitavsko.example", "Ludmila Kovářová",
       subject="Žádost o povolení k natáčení – zrušení"),
    label(FEED, ("Svitavské noviny s.r.o.", None, None), ["198.51.100.254"], [],
          ("Ludmila Kovářová", "kovarova@svitavsko.example", "+420605447120")),
)

# 56. "Druh žádosti" field with the filming declined in brackets
CASES["cz_druh_zadosti_field"] = (
    _m("Dobrý den,\n\nDruh žádosti: přístup k XML (natáčení ne)\nIP produkce: 203.0.113.9\n\n"
       "Josef Říha\nRadio Labe s.r.o.\n720 118 336\n",
       "riha@radiolabe.example", "Josef Říha"),
    label(FEED, ("Radio Labe s.r.o.", None, None), ["203.0.113.9"], [],
          ("Josef Říha", "riha@radiolabe.example", "+420720118336")),
)

# 57. English form: filming box ticked for a partner broadcaster, not the applicant
CASES["en_form_filming_for_partner"] = (
    _m("Hello,\n\n[x] XML results feed – production IP 192.0.2.14\n"
       "[ ] Filming permit (our partner TV Danubia will apply for it themselves)\n\n"
       "Regards\nPeter Hale\nDanube Post Ltd\n+44 7700 900 512\n",
       "hale@danubepost.example", "Peter Hale", subject="Application"),
    label(FEED, ("Danube Post Ltd", None, None), ["192.0.2.14"], [],
          ("Peter Hale", "hale@danubepost.example", "+447700900512")),
)


XFAIL: dict[str, str] = {}

WRONG_AND_CERTAIN: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r60_trap(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, WRONG_AND_CERTAIN))
def test_drill_r60_trap_never_wrong_and_certain(p: ParsedMessage, want: Label) -> None:
    """Every message, read right or not: no wrong value is presented as certain."""
    assert [m for m in misses(p, want) if m.endswith("(certain=True)")] == []
