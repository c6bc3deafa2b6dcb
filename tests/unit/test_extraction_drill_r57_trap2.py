"""A blind trap drill, fifty-seventh round (issue 18), second part: forty whole applications (cs,
sk, en, de, pl, hu, fr, it, es, nl, sv), each with one trap beside the real values, aimed at the
organisation (name, IČO, data-box ID) and at applications carried by documents (PDF, DOCX, ODT,
XLSX, RTF, data messages): a foreign firm's Czech branch beside its parent; a faculty beside its
university; a town's own TV company beside the town hall; a "příspěvková organizace" and its
founder; a trade name after a dash vs a description of the person's work; foreign legal forms
with an article or a sentence word before them; a document whose letterhead is the law firm or
the parent group; a data message whose annotation names a brand and whose file the legal
entity; IČO with spaces, as "IČ/DIČ: …/CZ…", or only a DIČ; a Slovak IČO beside the Czech
parent's; a data-box ID in a footer vs the sender's box; a workbook whose first sheet is a cover;
a DOCX with the organisation only in its page header. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it; each is scored field by field as the
corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import io

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import docx_bytes, odt_bytes, pdf_bytes, xlsx_sheets
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str, *extra: Component, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)


def _docx_header(header: list[str], paragraphs: list[str]) -> bytes:
    """A DOCX whose page header holds ``header`` (one paragraph a line) above the body."""
    import docx

    d = docx.Document()
    head = d.sections[0].header
    head.paragraphs[0].text = header[0]
    for line in header[1:]:
        head.add_paragraph(line)
    for para in paragraphs:
        d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _rtf(lines: list[str]) -> bytes:
    """A plain RTF document, one paragraph a line, non-ASCII letters as \\u escapes."""

    def esc(s: str) -> str:
        return "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in s)

    paras = "".join(esc(ln) + "\\par\n" for ln in lines)
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\n" + paras + "}").encode()


# 1. Czech: a German firm's Czech branch applies; the parent's register number beside it
CASES["cz_branch_vs_german_parent"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb. Produkční server:"
       " 198.51.100.21.\n\nS pozdravem\nMartin Heller\nvedoucí pražské redakce\n"
       "Alpenland Medien GmbH, organizační složka\nIČO: 95590722\nVinohradská 12, Praha 2\n"
       "zřizovatel: Alpenland Medien GmbH, München, HRB 184522\n"
       "heller@alpenland.example | +420 731 400 212\n",
       "heller@alpenland.example", "Martin Heller"),
    label(FEED, ("Alpenland Medien GmbH, organizační složka", "95590722", None),
          ["198.51.100.21"], [], ("Martin Heller", "heller@alpenland.example", "+420731400212")),
)

# 2. Slovak: a Slovak publisher with its IČO; the Czech parent's IČO beside it
CASES["sk_ico_beside_czech_parent"] = (
    _m("Dobrý deň,\n\nžiadame o prístup k XML výstupu výsledkov volieb z IP adresy"
       " 203.0.113.54.\n\nS pozdravom\nZuzana Hrabovská\nNovinky SK, s. r. o.\nIČO: 36189553\n"
       "(člen skupiny Novinky Holding a.s., IČ 62407864, Praha)\n"
       "hrabovska@novinkysk.example, +421 905 118 402\n",
       "hrabovska@novinkysk.example", "Zuzana Hrabovská"),
    label(FEED, ("Novinky SK, s. r. o.", "36189553", None), ["203.0.113.54"], [],
          ("Zuzana Hrabovská", "hrabovska@novinkysk.example", "+421905118402")),
)

# 3. Czech: a faculty writes; its university is the applicant
CASES["cz_faculty_letterhead_university"] = (
    _m("Dobrý den,\n\nnaše studentská redakce by ráda získala přístup k XML výstupu výsledků"
       " voleb pro živé zpravodajství. IP adresa: 198.51.100.130.\n\nS pozdravem\n"
       "doc. Mgr. Pavla Šťastná, Ph.D.\nKatedra žurnalistiky\nFakulta sociálních studií\n"
       "Vysočinská univerzita v Jihlavě\nIČO 60864184\nstastna@fss.vuj.example, 567 141 220\n",
       "stastna@fss.vuj.example", "Pavla Šťastná"),
    label(FEED, ("Vysočinská univerzita v Jihlavě", "60864184", None), ["198.51.100.130"], [],
          ("Pavla Šťastná", "stastna@fss.vuj.example", "+420567141220")),
)

# 4. Czech: the town's TV company applies; the town hall (its sole owner) named with its IČO
CASES["cz_town_tv_vs_town_hall"] = (
    _m("Dobrý den,\n\njménem Televize Rakovník s.r.o. (IČO 33478376) žádáme o povolení natáčet"
       " v okrskových volebních komisích ve městě. Jediným společníkem je Město Rakovník,"
       " IČO 00244309, které o naší žádosti ví.\n\nKontakt: Luboš Kratochvíl, 602 554 190,"
       " kratochvil@tvrakovnik.example\n",
       "kratochvil@tvrakovnik.example", "Luboš Kratochvíl"),
    label(REC, ("Televize Rakovník s.r.o.", "33478376", None), [], [],
          ("Luboš Kratochvíl", "kratochvil@tvrakovnik.example", "+420602554190")),
)

# 5. Czech: a příspěvková organizace with its founder named after it
CASES["cz_prispevkova_founder"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML výsledků voleb pro městský zpravodaj. Adresa"
       " serveru: 203.0.113.77.\n\nMgr. Eva Dostálová, ředitelka\n"
       "Kulturní a informační centrum Sedlčany, příspěvková organizace\nIČO: 76305198\n"
       "zřizovatel: Město Sedlčany, IČO 00243132\ndostalova@kic-sedlcany.example, tel. 318 822 410\n",
       "dostalova@kic-sedlcany.example", "Eva Dostálová"),
    label(FEED, ("Kulturní a informační centrum Sedlčany, příspěvková organizace", "76305198",
                 None), ["203.0.113.77"], [],
          ("Eva Dostálová", "dostalova@kic-sedlcany.example", "+420318822410")),
)

# 6. Czech: a trade name after a dash, kept whole
CASES["cz_trade_name_after_dash"] = (
    _m("Dobrý den,\n\njsem OSVČ (Ondřej Vlk – Vlčí data, IČO 57857415) a žádám o přístup"
       " k XML výstupu výsledků voleb. Produkční IP 198.51.100.201.\n\nOndřej Vlk\n"
       "vlk@vlcidata.example, 776 201 889\n",
       "vlk@vlcidata.example", "Ondřej Vlk"),
    label(FEED, ("Ondřej Vlk – Vlčí data", "57857415", None), ["198.51.100.201"], [],
          ("Ondřej Vlk", "vlk@vlcidata.example", "+420776201889")),
)

# 7. near miss of 6: a description of the person's work after the dash
CASES["cz_dash_description_not_trade_name"] = (
    _m("Dobrý den,\n\nžádám o povolení natáčet ve volebních místnostech v Táboře pro svůj"
       " dokument.\n\nS pozdravem\nMarta Sýkorová – dokumentaristka na volné noze\nIČO 65567501\n"
       "sykorova.film@mail.example, 605 332 771\n",
       "sykorova.film@mail.example", "Marta Sýkorová"),
    label(REC, ("Marta Sýkorová", "65567501", None), [], [],
          ("Marta Sýkorová", "sykorova.film@mail.example", "+420605332771")),
)

# 8. German: an article opens the sentence before "GmbH & Co. KG"
CASES["de_article_gmbh_co_kg"] = (
    _m("Sehr geehrte Damen und Herren,\n\ndie Rheintal Medien GmbH & Co. KG beantragt den Zugang"
       " zum XML-Wahlergebnisdienst. Produktiv-IP: 203.0.113.140, Test-IP: 203.0.113.141.\n\n"
       "Mit freundlichen Grüßen\nJonas Brenner\nj.brenner@rheintal-medien.example\n"
       "Tel. +49 621 4402 118\n",
       "j.brenner@rheintal-medien.example", "Jonas Brenner"),
    label(FEED, ("Rheintal Medien GmbH & Co. KG", None, None), ["203.0.113.140"],
          ["203.0.113.141"], ("Jonas Brenner", "j.brenner@rheintal-medien.example",
                              "+496214402118")),
)

# 9. French: "La société" before an S.A.S.
CASES["fr_la_societe_sas"] = (
    _m("Madame, Monsieur,\n\nLa société Presse Alpine S.A.S. sollicite l'accès au flux XML des"
       " résultats électoraux depuis l'adresse 198.51.100.66.\n\nCordialement,\nCamille Roux\n"
       "camille.roux@pressealpine.example\n+33 4 76 22 18 40\n",
       "camille.roux@pressealpine.example", "Camille Roux"),
    label(FEED, ("Presse Alpine S.A.S.", None, None), ["198.51.100.66"], [],
          ("Camille Roux", "camille.roux@pressealpine.example", "+33476221840")),
)

# 10. Polish: "Nasza spółka" before a Sp. z o.o.
CASES["pl_nasza_spolka_sp_zoo"] = (
    _m("Dzień dobry,\n\nNasza spółka Wydawnictwo Beskidy Sp. z o.o. prosi o dostęp do danych XML"
       " z wynikami wyborów. Adres IP serwera produkcyjnego: 203.0.113.88.\n\nZ poważaniem\n"
       "Tomasz Wójcik\nt.wojcik@beskidy.example\ntel. +48 33 812 44 10\n",
       "t.wojcik@beskidy.example", "Tomasz Wójcik"),
    label(FEED, ("Wydawnictwo Beskidy Sp. z o.o.", None, None), ["203.0.113.88"], [],
          ("Tomasz Wójcik", "t.wojcik@beskidy.example", "+48338124410")),
)

# 11. Hungarian: "A" before a Kft.
CASES["hu_article_kft"] = (
    _m("Tisztelt Hivatal!\n\nA Dunamenti Hírek Kft. hozzáférést kér a választási eredmények XML"
       " adatfolyamához. Éles IP-cím: 198.51.100.172.\n\nÜdvözlettel:\nSzabó Gergely\n"
       "szabo.gergely@dunamenti.example\n+36 30 555 1820\n",
       "szabo.gergely@dunamenti.example", "Szabó Gergely"),
    label(FEED, ("Dunamenti Hírek Kft.", None, None), ["198.51.100.172"], [],
          ("Szabó Gergely", "szabo.gergely@dunamenti.example", "+36305551820")),
)

# 12. Swedish: "Vi på" before an AB
CASES["sv_vi_pa_ab"] = (
    _m("Hej,\n\nVi på Norrlandsnytt AB ansöker om tillgång till XML-flödet med valresultat."
       " Produktionsserver: 203.0.113.19.\n\nMed vänliga hälsningar\nElin Lindqvist\n"
       "elin.lindqvist@norrlandsnytt.example\n+46 90 14 22 31\n",
       "elin.lindqvist@norrlandsnytt.example", "Elin Lindqvist"),
    label(FEED, ("Norrlandsnytt AB", None, None), ["203.0.113.19"], [],
          ("Elin Lindqvist", "elin.lindqvist@norrlandsnytt.example", "+4690142231")),
)

# 13. Italian: "La società" before an S.r.l.
CASES["it_la_societa_srl"] = (
    _m("Buongiorno,\n\nla società Eco del Lago S.r.l. chiede l'accesso al flusso XML dei"
       " risultati elettorali. IP di produzione: 198.51.100.93.\n\nCordiali saluti\n"
       "Francesca Bellini\nf.bellini@ecodellago.example\n+39 031 270 4418\n",
       "f.bellini@ecodellago.example", "Francesca Bellini"),
    label(FEED, ("Eco del Lago S.r.l.", None, None), ["198.51.100.93"], [],
          ("Francesca Bellini", "f.bellini@ecodellago.example", "+390312704418")),
)

# 14. Dutch: "Namens" before a B.V.
CASES["nl_namens_bv"] = (
    _m("Geachte heer/mevrouw,\n\nNamens Omroep Veluwe B.V. vraag ik toegang tot de XML-feed met"
       " verkiezingsuitslagen. Productie-IP: 203.0.113.201.\n\nMet vriendelijke groet,\n"
       "Sanne de Vries\ns.devries@omroepveluwe.example\n+31 55 521 4400\n",
       "s.devries@omroepveluwe.example", "Sanne de Vries"),
    label(FEED, ("Omroep Veluwe B.V.", None, None), ["203.0.113.201"], [],
          ("Sanne de Vries", "s.devries@omroepveluwe.example", "+31555214400")),
)

# 15. English: a Latvian SIA named after "Our company,"
CASES["en_our_company_sia"] = (
    _m("Hello,\n\nOur company, SIA Baltijas Ziņas, requests access to the XML election results"
       " feed. Production IP: 198.51.100.14.\n\nBest regards,\nJānis Ozols\n"
       "janis.ozols@bzinas.example\n+371 2611 4820\n",
       "janis.ozols@bzinas.example", "Jānis Ozols"),
    label(FEED, ("SIA Baltijas Ziņas", None, None), ["198.51.100.14"], [],
          ("Jānis Ozols", "janis.ozols@bzinas.example", "+37126114820")),
)

# 16. Spanish: "La empresa" before an S.L.
CASES["es_la_empresa_sl"] = (
    _m("Buenos días:\n\nLa empresa Noticias del Ebro S.L. solicita acceso al servicio XML de"
       " resultados electorales desde la IP 203.0.113.161.\n\nAtentamente,\nLucía Navarro\n"
       "lnavarro@noticiasebro.example\n+34 976 301 228\n",
       "lnavarro@noticiasebro.example", "Lucía Navarro"),
    label(FEED, ("Noticias del Ebro S.L.", None, None), ["203.0.113.161"], [],
          ("Lucía Navarro", "lnavarro@noticiasebro.example", "+34976301228")),
)

# 17. Czech PDF: the law firm's letterhead above the client's application
CASES["cz_pdf_law_firm_letterhead"] = (
    _m("Dobrý den, v příloze zasíláme žádost našeho klienta.\n\nAK Dvořák & partneři\n",
       "podatelna@akdvorak.example", "AK Dvořák",
       attachment("zadost_klient.pdf", pdf_bytes([
           "Advokátní kancelář Dvořák & partneři s.r.o.",
           "IČO: 66204755, Národní 18, Praha 1",
           "",
           "Žádost o přístup k XML výstupu výsledků voleb",
           "Žadatel: Rádio Podřipsko s.r.o., IČO: 30510554, Roudnice nad Labem",
           "Produkční IP adresa: 198.51.100.58",
           "Kontaktní osoba žadatele: Pavel Řezníček, reznicek@radiopodripsko.example,",
           "tel. 724 881 305",
       ]))),
    label(FEED, ("Rádio Podřipsko s.r.o.", "30510554", None), ["198.51.100.58"], [],
          ("Pavel Řezníček", "reznicek@radiopodripsko.example", "+420724881305")),
)

# 18. Czech PDF: the parent group's letterhead; a member company applies
CASES["cz_pdf_group_letterhead"] = (
    _m("Dobrý den,\nžádost v příloze.\nIrena Malá\n",
       "mala@vltavskydenik.example", "Irena Malá",
       attachment("zadost.pdf", pdf_bytes([
           "VLTAVA MEDIA GROUP a.s. | IČO 96830379 | Na Poříčí 7, Praha 1",
           "",
           "Věc: Žádost o přístup k XML výstupu výsledků voleb",
           "Společnost Vltavský deník s.r.o., IČO 27079554, člen skupiny Vltava Media Group,",
           "žádá o přístup k XML výstupu. IP adresa produkčního serveru: 203.0.113.33.",
           "Kontakt: Irena Malá, mala@vltavskydenik.example, 739 110 482",
       ]))),
    label(FEED, ("Vltavský deník s.r.o.", "27079554", None), ["203.0.113.33"], [],
          ("Irena Malá", "mala@vltavskydenik.example", "+420739110482")),
)

# 19. Czech data message: the annotation names a brand, the file the legal entity
CASES["cz_dm_brand_annotation_entity_file"] = (
    data_message(
        "Rádio Magnet – žádost o XML",
        attachment("zadost.pdf", pdf_bytes([
            "Magnet Broadcasting s.r.o., IČO 49343114",
            "provozovatel stanice Rádio Magnet",
            "",
            "Žádáme o přístup k XML výstupu výsledků voleb.",
            "IP adresa: 198.51.100.240",
            "Kontakt: Hana Procházková, prochazkova@radiomagnet.example, 731 550 902",
        ])),
        sender="m4gn7bx", dm_sender="Magnet Broadcasting s.r.o."),
    label(FEED, ("Magnet Broadcasting s.r.o.", "49343114", "m4gn7bx"), ["198.51.100.240"], [],
          ("Hana Procházková", "prochazkova@radiomagnet.example", "+420731550902")),
)

# 20. Czech: IČO written with spaces
CASES["cz_ico_with_spaces"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb, produkční IP 203.0.113.71.\n\n"
       "Jiří Bartoš\nZpravodajství Haná, s.r.o.\nIČO: 457 76 296\nbartos@zphana.example\n"
       "+420 585 220 119\n",
       "bartos@zphana.example", "Jiří Bartoš"),
    label(FEED, ("Zpravodajství Haná, s.r.o.", "45776296", None), ["203.0.113.71"], [],
          ("Jiří Bartoš", "bartos@zphana.example", "+420585220119")),
)

# 21. Czech: "IČ/DIČ: 12345678/CZ12345678"
CASES["cz_ic_dic_slash"] = (
    _m("Dobrý den,\n\nprosíme o přístup k XML výsledků voleb; server 198.51.100.109.\n\n"
       "S pozdravem\nKateřina Holubová\nPodbrdský týdeník s.r.o.\nIČ/DIČ: 62056719/CZ62056719\n"
       "holubova@podbrdsky.example | 608 447 230\n",
       "holubova@podbrdsky.example", "Kateřina Holubová"),
    label(FEED, ("Podbrdský týdeník s.r.o.", "62056719", None), ["198.51.100.109"], [],
          ("Kateřina Holubová", "holubova@podbrdsky.example", "+420608447230")),
)

# 22. Czech: only a company's DIČ
CASES["cz_dic_only_company"] = (
    _m("Dobrý den,\n\nžádáme o povolení pořizovat videozáznam ve volebních místnostech"
       " v Kladně.\n\nTomáš Hejda\nKladenská televize a.s.\nDIČ: CZ10528903\n"
       "hejda@kladenskatv.example, 603 900 214\n",
       "hejda@kladenskatv.example", "Tomáš Hejda"),
    label(REC, ("Kladenská televize a.s.", "10528903", None), [], [],
          ("Tomáš Hejda", "hejda@kladenskatv.example", "+420603900214")),
)

# 23. near miss of 22: a freelancer's DIČ that is a birth number (no IČO)
CASES["cz_dic_birth_number_no_ico"] = (
    _m("Dobrý den,\n\njako nezávislý novinář žádám o přístup k XML výstupu výsledků voleb."
       " IP: 203.0.113.222.\n\nLukáš Mareš\nDIČ: CZ8506121234\nmares.lukas@mail.example,"
       " 777 650 431\n",
       "mares.lukas@mail.example", "Lukáš Mareš"),
    label(FEED, ("Lukáš Mareš", None, None), ["203.0.113.222"], [],
          ("Lukáš Mareš", "mares.lukas@mail.example", "+420777650431")),
)

# 24. Czech data message: the document's footer names the parent group's box; the sender's own
# box is in the envelope
CASES["cz_dm_footer_parent_box"] = (
    data_message(
        "Žádost o přístup k XML",
        attachment("zadost.docx", docx_bytes([
            "Jihočeský rozhlas s.r.o., IČO 60246758",
            "Žádáme o přístup k XML výstupu výsledků voleb.",
            "Produkční IP adresa: 198.51.100.188",
            "Kontakt: Vojtěch Bureš, bures@jcrozhlas.example, 604 771 220",
            "—",
            "Jihočeská mediální skupina a.s. | ID datové schránky skupiny: x8jm2qa",
        ])),
        sender="j3cr5zt", dm_sender="Jihočeský rozhlas s.r.o."),
    label(FEED, ("Jihočeský rozhlas s.r.o.", "60246758", "j3cr5zt"), ["198.51.100.188"], [],
          ("Vojtěch Bureš", "bures@jcrozhlas.example", "+420604771220")),
)

# 25. Czech: a workbook whose first sheet is a cover with the organisation
CASES["cz_xlsx_cover_then_addresses"] = (
    _m("Dobrý den, posíláme vyplněnou žádost v příloze.\nRoman Kučera\n",
       "kucera@plzenskelisty.example", "Roman Kučera",
       attachment("zadost.xlsx", xlsx_sheets([
           ("Žadatel", [["Žádost o přístup k XML výstupu výsledků voleb"],
                        ["Organizace", "Plzeňské listy s.r.o."], ["IČO", "87667509"],
                        ["Kontaktní osoba", "Roman Kučera"],
                        ["E-mail", "kucera@plzenskelisty.example"], ["Telefon", "377 420 118"]]),
           ("Adresy", [["Typ", "IP adresa"], ["produkční", "203.0.113.150"],
                       ["testovací", "203.0.113.151"]]),
       ]))),
    label(FEED, ("Plzeňské listy s.r.o.", "87667509", None), ["203.0.113.150"],
          ["203.0.113.151"], ("Roman Kučera", "kucera@plzenskelisty.example", "+420377420118")),
)

# 26. Czech: a DOCX whose organisation is only in its page header
CASES["cz_docx_org_in_page_header"] = (
    _m("Dobrý den, žádost přikládám.\nS pozdravem Alena Vrbová\n",
       "vrbova@novinyzlin.example", "Alena Vrbová",
       attachment("zadost.docx", _docx_header(
           ["Noviny Zlínska, s.r.o. | IČO 34167455 | třída T. Bati 21, Zlín"],
           ["Žádost o přístup k XML výstupu výsledků voleb",
            "Prosíme o zřízení přístupu z IP adresy 198.51.100.37.",
            "Kontaktní osoba: Alena Vrbová, vrbova@novinyzlin.example, tel. 577 210 334"]))),
    label(FEED, ("Noviny Zlínska, s.r.o.", "34167455", None), ["198.51.100.37"], [],
          ("Alena Vrbová", "vrbova@novinyzlin.example", "+420577210334")),
)

# 27. Czech: an odštěpný závod of a Czech a.s. applies, the a.s. named with its own IČO first
CASES["cz_odstepny_zavod_own_ico"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb z adresy 203.0.113.99.\n\n"
       "S pozdravem\nDaniel Píša\nMorava Press a.s. (IČO 39457745)\n"
       "Morava Press a.s., odštěpný závod Rádio Zlín, IČO 77745426\n"
       "pisa@radiozlin.example, 739 402 881\n",
       "pisa@radiozlin.example", "Daniel Píša"),
    label(FEED, ("Morava Press a.s., odštěpný závod Rádio Zlín", "77745426", None),
          ["203.0.113.99"], [], ("Daniel Píša", "pisa@radiozlin.example", "+420739402881")),
)

# 28. English PDF: a Polish Sp. z o.o. with "The" opening the sentence
CASES["en_pdf_the_sp_zoo"] = (
    _m("Please find our application attached.\nAgnieszka Lis\n",
       "a.lis@silesiawire.example", "Agnieszka Lis",
       attachment("application.pdf", pdf_bytes([
           "Application for access to the XML election results feed",
           "The Silesia Wire Sp. z o.o. (KRS 0000412886) applies for access to the feed.",
           "Production IP: 198.51.100.144",
           "Contact: Agnieszka Lis, a.lis@silesiawire.example, +48 32 700 15 90",
       ]))),
    label(FEED, ("Silesia Wire Sp. z o.o.", None, None), ["198.51.100.144"], [],
          ("Agnieszka Lis", "a.lis@silesiawire.example", "+48327001590")),
)

# 29. German DOCX: an Austrian "Die … GesmbH" in a letter, the form written in a table
CASES["de_docx_table_gesmbh"] = (
    _m("Anbei unser Antrag.\nMfG Markus Eder\n",
       "eder@tirolblick.example", "Markus Eder",
       attachment("antrag.docx", docx_bytes([
           "Antrag auf Zugang zum XML-Wahlergebnisdienst",
           [["Antragsteller", "Tirolblick Medien GesmbH"], ["Firmenbuch", "FN 402118 p"],
            ["Produktiv-IP", "203.0.113.57"], ["Ansprechpartner", "Markus Eder"],
            ["E-Mail", "eder@tirolblick.example"], ["Telefon", "+43 512 580 441"]],
           "Die Tirolblick Medien GesmbH dankt für die Bearbeitung.",
       ]))),
    label(FEED, ("Tirolblick Medien GesmbH", None, None), ["203.0.113.57"], [],
          ("Markus Eder", "eder@tirolblick.example", "+43512580441")),
)

# 30. Slovak ODT: a Slovak branch of a Czech company with its Slovak IČO
CASES["sk_odt_organizacna_zlozka"] = (
    _m("Dobrý deň, žiadosť je v prílohe.\nPeter Kollár\n",
       "kollar@zpravy24.example", "Peter Kollár",
       attachment("ziadost.odt", odt_bytes([
           "Žiadosť o prístup k XML výstupu výsledkov volieb",
           "Žiadateľ: Zprávy 24 a.s., organizačná zložka Slovensko, IČO: 17053269",
           "zriaďovateľ: Zprávy 24 a.s., Praha, IČO 70265143",
           "IP adresa servera: 198.51.100.250",
           "Kontakt: Peter Kollár, kollar@zpravy24.example, +421 902 330 115",
       ]))),
    label(FEED, ("Zprávy 24 a.s., organizačná zložka Slovensko", "17053269", None),
          ["198.51.100.250"], [], ("Peter Kollár", "kollar@zpravy24.example", "+421902330115")),
)

# 31. Czech RTF: a printer's imprint line with its own firm and IČO at the foot
CASES["cz_rtf_form_printer_foot"] = (
    _m("Dobrý den, v příloze žádost.\nBlanka Janečková\n",
       "janeckova@krkonosskelisty.example", "Blanka Janečková",
       attachment("zadost.rtf", _rtf([
           "Žádost o přístup k XML výstupu výsledků voleb",
           "Žadatel: Krkonošské listy, z.s., IČO 35549769",
           "IP adresa: 203.0.113.118",
           "Kontakt: Blanka Janečková, janeckova@krkonosskelisty.example, 499 421 330",
           "",
           "Formulář připravila: Grafické studio Sněžka s.r.o., IČO 29084849",
       ]))),
    label(FEED, ("Krkonošské listy, z.s.", "35549769", None), ["203.0.113.118"], [],
          ("Blanka Janečková", "janeckova@krkonosskelisty.example", "+420499421330")),
)

# 32. Czech data message from the parent's box for a subsidiary; the subsidiary's own box in
# its signature
CASES["cz_dm_parent_box_subsidiary_sig_box"] = (
    data_message(
        "Žádost o přístup k XML – Deník Polabí",
        text_file("zadost.txt",
                  "Dobrý den,\n\nza společnost Deník Polabí s.r.o., IČO 26707691, žádáme o přístup"
                  " k XML výstupu výsledků voleb. IP adresa: 198.51.100.77.\n\nS pozdravem\n"
                  "Jakub Severa\nDeník Polabí s.r.o., ID DS: p7lb3ka\n"
                  "severa@denikpolabi.example, 725 330 118\n"),
        sender="v2hd8ms", dm_sender="Polabská vydavatelská a.s."),
    label(FEED, ("Deník Polabí s.r.o.", "26707691", "p7lb3ka"), ["198.51.100.77"], [],
          ("Jakub Severa", "severa@denikpolabi.example", "+420725330118")),
)

# 33. Czech: a town's own newspaper run by the town hall (the town applies)
CASES["cz_town_applies_for_its_paper"] = (
    _m("Dobrý den,\n\nměstský měsíčník Hlas Poličky vydává Město Polička, IČO 00277444. Za město"
       " žádáme o povolení natáčet ve volebních okrscích.\n\nS pozdravem\nIvana Šimková\n"
       "odbor kultury, Městský úřad Polička\nsimkova@policka.example, 461 723 850\n",
       "simkova@policka.example", "Ivana Šimková"),
    label(REC, ("Město Polička", "00277444", None), [], [],
          ("Ivana Šimková", "simkova@policka.example", "+420461723850")),
)

# 34. English: an Estonian AS named after "We at"
CASES["en_we_at_as"] = (
    _m("Dear Sir or Madam,\n\nWe at Läänemere Uudised AS would like to request access to the XML"
       " results feed. Production server 203.0.113.29, test server 203.0.113.30.\n\nKind regards,\n"
       "Kadri Tamm\nkadri.tamm@lmuudised.example\n+372 5340 2210\n",
       "kadri.tamm@lmuudised.example", "Kadri Tamm"),
    label(FEED, ("Läänemere Uudised AS", None, None), ["203.0.113.29"], ["203.0.113.30"],
          ("Kadri Tamm", "kadri.tamm@lmuudised.example", "+37253402210")),
)

# 35. Czech XLSX: a cover sheet naming the agency that filled it in, the applicant on sheet two
CASES["cz_xlsx_agency_cover"] = (
    _m("Dobrý den, posílám žádost klienta vyplněnou v tabulce.\nS pozdravem Filip Novotný\n"
       "PR Partners s.r.o.\n",
       "novotny@prpartners.example", "Filip Novotný",
       attachment("zadost.xlsx", xlsx_sheets([
           ("Titul", [["Zpracovala agentura", "PR Partners s.r.o."], ["IČO agentury", "38029545"]]),
           ("Žádost", [["Žadatel", "Radio Beskydy s.r.o."], ["IČO", "36043419"],
                       ["Produkční IP", "198.51.100.16"],
                       ["Kontakt", "Michaela Orságová"], ["E-mail", "orsagova@radiobeskydy.example"],
                       ["Telefon", "558 330 442"]]),
       ]))),
    label(FEED, ("Radio Beskydy s.r.o.", "36043419", None), ["198.51.100.16"], [],
          ("Michaela Orságová", "orsagova@radiobeskydy.example", "+420558330442")),
)

# 36. Czech: an institute of the Academy (a legal entity of its own, v.v.i.)
CASES["cz_vvi_vs_academy"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb pro výzkumné účely."
       " IP: 198.51.100.230.\n\nRNDr. Ondřej Sládek\nSociologický ústav Jihu, v. v. i.\n"
       "IČO 57804117\n(pracoviště Akademie věd ČR)\nsladek@sujih.example, 222 221 745\n",
       "sladek@sujih.example", "Ondřej Sládek"),
    label(FEED, ("Sociologický ústav Jihu, v. v. i.", "57804117", None), ["198.51.100.230"], [],
          ("Ondřej Sládek", "sladek@sujih.example", "+420222221745")),
)

# 37. Czech data message: a PDF's letterhead is the printer-like "zpracovatel" of the firm's
# documents; the envelope names the applicant
CASES["cz_dm_pdf_accountant_letterhead"] = (
    data_message(
        "Žádost o povolení natáčení",
        attachment("zadost.pdf", pdf_bytes([
            "Účetní kancelář Bílá s.r.o. | IČO 75049023 | zpracovatel dokumentů pro klienty",
            "",
            "Žadatel: Studio Orlice s.r.o., IČO 66485231",
            "Žádáme o povolení natáčet ve volebních místnostech v Hradci Králové.",
            "Kontakt: Šárka Dvořáková, dvorakova@studioorlice.example, 737 880 214",
        ])),
        sender="s5or9lk", dm_sender="Studio Orlice s.r.o."),
    label(REC, ("Studio Orlice s.r.o.", "66485231", "s5or9lk"), [], [],
          ("Šárka Dvořáková", "dvorakova@studioorlice.example", "+420737880214")),
)

# 38. Polish DOCX: the applicant's NIP and REGON, no IČO; "Zarząd" line before the name
CASES["pl_docx_zarzad_spolki"] = (
    _m("W załączniku wniosek.\nPozdrawiam, Marek Zieliński\n",
       "m.zielinski@gazetaslaska.example", "Marek Zieliński",
       attachment("wniosek.docx", docx_bytes([
           "Wniosek o dostęp do danych XML z wynikami wyborów",
           "Zarząd spółki Gazeta Śląska S.A. wnosi o udostępnienie danych XML.",
           "NIP 6342811045, REGON 273344120",
           "Adres IP: 203.0.113.205",
           "Osoba kontaktowa: Marek Zieliński, m.zielinski@gazetaslaska.example, +48 32 600 20 41",
       ]))),
    label(FEED, ("Gazeta Śląska S.A.", None, None), ["203.0.113.205"], [],
          ("Marek Zieliński", "m.zielinski@gazetaslaska.example", "+48326002041")),
)

# 39. Czech: a d.o.o. of a Slovenian parent and its Czech s.r.o.; the Czech one applies
CASES["cz_slovenian_parent_doo"] = (
    _m("Dobrý den,\n\nspolečnost Adria Media CZ s.r.o., IČO 62031104, dceřiná společnost"
       " Adria Media d.o.o. (Ljubljana), žádá o přístup k XML výstupu výsledků voleb."
       " IP adresa: 198.51.100.49.\n\nNina Kovač\nkovac@adriamedia.example, +420 776 310 228\n",
       "kovac@adriamedia.example", "Nina Kovač"),
    label(FEED, ("Adria Media CZ s.r.o.", "62031104", None), ["198.51.100.49"], [],
          ("Nina Kovač", "kovac@adriamedia.example", "+420776310228")),
)

# 40. Czech: a data-box ID given for the applicant in its footer; the mail itself has no box
CASES["cz_footer_box_and_ico"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb (IP 203.0.113.64) i o povolení"
       " natáčet v okrscích.\n\nS pozdravem\nRadka Pokorná\nTV Jeseník s.r.o.\n"
       "IČO 70002924 | ID datové schránky: t9js4vn\npokorna@tvjesenik.example | 584 401 227\n"
       "--\nSídlo: Masarykovo nám. 1, Jeseník\n",
       "pokorna@tvjesenik.example", "Radka Pokorná"),
    label(BOTH, ("TV Jeseník s.r.o.", "70002924", "t9js4vn"), ["203.0.113.64"], [],
          ("Radka Pokorná", "pokorna@tvjesenik.example", "+420584401227")),
)

# 41. German: "Der Vorstand der" before an AG (added with the board opener, labelled first)
CASES["de_vorstand_der_ag"] = (
    _m("Sehr geehrte Damen und Herren,\n\nder Vorstand der Nordsee Rundfunk AG beantragt den"
       " Zugang zum XML-Dienst der Wahlergebnisse. Server: 198.51.100.208.\n\nMit freundlichen"
       " Grüßen\nHenrik Jansen\njansen@nordseerundfunk.example\n+49 40 3300 2214\n",
       "jansen@nordseerundfunk.example", "Henrik Jansen"),
    label(FEED, ("Nordsee Rundfunk AG", None, None), ["198.51.100.208"], [],
          ("Henrik Jansen", "jansen@nordseerundfunk.example", "+494033002214")),
)

# 42. Czech: "Představenstvo společnosti" before an a.s.
CASES["cz_predstavenstvo_spolecnosti"] = (
    _m("Dobrý den,\n\nPředstavenstvo společnosti Slezská média a.s. žádá o přístup k XML výstupu"
       " výsledků voleb z IP adresy 203.0.113.246.\n\nKontakt: Lenka Mrázková,"
       " mrazkova@slezskamedia.example, 596 110 225\n",
       "mrazkova@slezskamedia.example", "Lenka Mrázková"),
    label(FEED, ("Slezská média a.s.", None, None), ["203.0.113.246"], [],
          ("Lenka Mrázková", "mrazkova@slezskamedia.example", "+420596110225")),
)

# 43. English data message from the group's box; the applicant signs with its own box ID
CASES["en_dm_group_box_own_box_in_signature"] = (
    data_message(
        "Application for XML access",
        text_file("application.txt",
                  "Hello,\n\nwe request access to the XML election results feed from"
                  " 198.51.100.99.\n\nRegards,\nOliver Grant\nCentral Europe Wire Ltd.\n"
                  "Data box: c4ew7rn\ngrant@cewire.example, +420 720 118 334\n"),
        sender="g6hq2xd", dm_sender="CEW Holding a.s."),
    label(FEED, ("Central Europe Wire Ltd.", None, "c4ew7rn"), ["198.51.100.99"], [],
          ("Oliver Grant", "grant@cewire.example", "+420720118334")),
)

XFAIL: dict[str, str] = {
    "cz_faculty_letterhead_university": "a signature's department and faculty lines above the"
    " university's name: the department is read as the applicant (flagged)",
    "cz_odstepny_zavod_own_ico": "a signature giving the a.s. with its IČO and then its"
    " 'odštěpný závod' with the branch's own IČO: the a.s. is read (flagged)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r57_trap2(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, {}))
def test_drill_r57_trap2_never_wrong_and_certain(p: ParsedMessage, want: Label) -> None:
    """Every message, read right or not: no wrong value is presented as certain."""
    assert [m for m in misses(p, want) if m.endswith("(certain=True)")] == []
