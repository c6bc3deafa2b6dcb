"""A blind trap drill, sixty-first round (issue 18): forty whole applications (cs, sk, en, de, pl,
hu, fr, it, es, nl, sv, pt), each with one trap beside the real values, aimed at the organisation
and its identifiers on unusual applicants, in bodies, tables and attachments: a town with its
municipal TV, a school and its founder, a faculty, a hospital with its IČZ, a diocese, a party's
press office written by its PR agency, a sports club's media company, a museum whose founder's box
stands in the signature, a public broadcaster's regional studio, a foreign agency's bureau beside
its Handelsregister number, freelancers with and without a trade name (and with only a personal
DIČ), an agency writing for a client, a group and its subsidiary, a merger (old and new name and
IČO), a brand vs its publisher, an IČO with spaces, as "IČ:", "IČO/DIČ", "Reg. No.", only inside a
DIČ, in a PDF footer, beside a bank account or the office's reference number of eight digits, and
foreign numbers of eight digits that pass the IČO checksum (a Spanish CIF, an Austrian UID, a
Hungarian EU VAT number, a UK Company No., an Italian ROC number). Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it; each is scored field by field as the
corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import pdf_bytes, pdf_table, xlsx_sheets
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str, *extra: Component, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)


# 1. A town for its municipal TV; the IČO written with spaces, a bank account of eight digits in the footer
CASES["cs_town_ico_spaces_bank_footer"] = (
    _m("Dobrý den,\n\nMěsto Kostelec nad Orlicí žádá o povolení pořizovat videozáznam pro Kosteleckou "
       "televizi na sběrném místě v Hradci Králové v den voleb.\n\nS pozdravem\nBc. Ilona Machová\n"
       "tisková mluvčí\ntel. 494 337 210\n\n--\nMěsto Kostelec nad Orlicí, Palackého nám. 38\n"
       "IČO: 440 32 293\nBankovní spojení: ČS, č. ú. 45264945/0800",
       "machova@kostelecno.example", "Ilona Machová", subject="Natáčení – volby"),
    label(REC, ("Město Kostelec nad Orlicí", "44032293", None), [], [],
          ("Ilona Machová", "machova@kostelecno.example", "+420494337210")),
)

# 2. A school's magazine; the founder's IČO beside the school's "IČ:"
CASES["cs_school_founder_ico"] = (
    _m("Dobrý den,\n\nnáš školní časopis Nerudovka by rád na sběrném místě natočil krátkou reportáž "
       "o sčítání hlasů. Prosíme o povolení k natáčení.\n\nGymnázium Jana Nerudy, Hellichova 3, Praha 1\n"
       "IČ: 66252253\nzřizovatel: Hlavní město Praha, IČO 20349904\n\nMgr. Karel Novák, zástupce ředitele\n"
       "mobil 731 502 884",
       "novak@gjn-praha.example", "Karel Novák"),
    label(REC, ("Gymnázium Jana Nerudy", "66252253", None), [], [],
          ("Karel Novák", "novak@gjn-praha.example", "+420731502884")),
)

# 3. Slovak: a faculty applies; the university is the legal entity
CASES["sk_faculty_university"] = (
    _m("Dobrý deň,\n\nKatedra žurnalistiky Filozofickej fakulty Univerzity Komenského v Bratislave "
       "žiada o prístup k XML výsledkom volieb pre študentský projekt. Náš server: 203.0.113.61.\n\n"
       "S pozdravom\nMgr. Zuzana Hudáková, PhD.\nFilozofická fakulta\nUniverzita Komenského v Bratislave\n"
       "IČO: 40160475\ntel. +421 2 9013 1234",
       "zuzana.hudakova@uniba.example", "Zuzana Hudáková"),
    label(FEED, ("Univerzita Komenského v Bratislave", "40160475", None), ["203.0.113.61"], [],
          ("Zuzana Hudáková", "zuzana.hudakova@uniba.example", "+421290131234")),
)

# 4. English: a hospital's TV channel; its IČZ (eight digits) before the IČO
CASES["en_hospital_icz_before_ico"] = (
    _m("Hello,\n\nthe communication department of Nemocnice Pardubického kraje, a.s. would like to film "
       "at a polling results collection point for our in-house TV channel.\n\nBest regards\nJana Vávrová\n"
       "PR manager\nNemocnice Pardubického kraje, a.s.\nIČZ: 24878464\nIČO: 23832789\nphone +420 466 019 500",
       "jana.vavrova@nempk.example", "Jana Vávrová", subject="Filming request"),
    label(REC, ("Nemocnice Pardubického kraje, a.s.", "23832789", None), [], [],
          ("Jana Vávrová", "jana.vavrova@nempk.example", "+420466019500")),
)

# 5. A diocese's bulletin; the registration number of the church body and "IČ" with spaces
CASES["cs_diocese_registration"] = (
    _m("Vážení,\n\nBiskupství královéhradecké, vydavatel Diecézního zpravodaje, žádá o přístup k "
       "XML výsledkům voleb z adresy 198.51.100.140.\n\nS úctou\nP. Mgr. Jan Kučera\nredaktor\n\n"
       "Biskupství královéhradecké, Velké nám. 35, Hradec Králové\nevidováno MK ČR pod č. 8/1-01-702/1994\n"
       "IČ 577 12 034 | tel. 495 063 411",
       "kucera@bihk.example", "Jan Kučera"),
    label(FEED, ("Biskupství královéhradecké", "57712034", None), ["198.51.100.140"], [],
          ("Jan Kučera", "kucera@bihk.example", "+420495063411")),
)

# 6. A party's press office, written by its PR agency (the agency's IČO in the signature)
CASES["cs_party_pr_agency"] = (
    _m("Dobrý den,\n\njménem našeho klienta, politické strany Zelená alternativa (IČO 63493438), žádáme "
       "o povolení natáčení na sběrném místě v Praze pro tiskové oddělení strany.\n\nS pozdravem\n"
       "Ondřej Šimek\naccount manager\nMedialis s.r.o., IČO 15645720\n+420 777 410 236",
       "simek@medialis.example", "Ondřej Šimek"),
    label(REC, ("Zelená alternativa", "63493438", None), [], [],
          ("Ondřej Šimek", "simek@medialis.example", "+420777410236")),
)

# 7. English: a sports club's media company; the club's IČO after the company's
CASES["en_club_media_company"] = (
    _m("Dear Sir or Madam,\n\nSlavoj Media s.r.o. (ID No. 17583772), the media arm of FC Slavoj "
       "Vyšehrad, z.s. (ID No. 32975481), which runs Slavoj TV, requests access to the XML election "
       "results feed.\nProduction server: 203.0.113.71\nTest server: 203.0.113.72\n\nKind regards\n"
       "Tom Hradil\n+420 605 338 117",
       "hradil@slavojtv.example", "Tom Hradil", subject="XML feed access"),
    label(FEED, ("Slavoj Media s.r.o.", "17583772", None), ["203.0.113.71"], ["203.0.113.72"],
          ("Tom Hradil", "hradil@slavojtv.example", "+420605338117")),
)

# 8. A museum's data message; the founder's box and IČO in the signature
CASES["dm_museum_founder_box"] = (
    data_message(
        "Žádost o povolení pořízení videozáznamu",
        attachment("zadost.pdf", pdf_bytes([
            "Muzeum Vysočiny Jihlava, příspěvková organizace",
            "Masarykovo nám. 55, Jihlava, IČO 23553901",
            "",
            "Žádáme o povolení pořizovat videozáznam na sběrném místě v Jihlavě",
            "pro výstavu o historii voleb.",
            "",
            "Kontakt: Petra Dvořáková, tel. 567 573 880, dvorakova@muzeumvysociny.example",
            "",
            "Zřizovatel: Kraj Vysočina, IČO 13116851, ID DS: ksab3eu",
        ])),
        sender="mv8jh2k", dm_sender="Muzeum Vysočiny Jihlava, příspěvková organizace"),
    label(REC, ("Muzeum Vysočiny Jihlava, příspěvková organizace", "23553901", "mv8jh2k"), [], [],
          ("Petra Dvořáková", "dvorakova@muzeumvysociny.example", "+420567573880")),
)

# 9. A public broadcaster's regional studio; the legal entity in the signature
CASES["cs_broadcaster_regional_studio"] = (
    _m("Dobrý den,\n\nTelevizní studio Ostrava žádá o přístup k XML výsledkům a o povolení natáčení "
       "na sběrném místě v Ostravě. IP adresa serveru: 198.51.100.150.\n\nDěkuji\nRadim Lukša\n"
       "vedoucí zpravodajství, TS Ostrava\nČeská televize, Kavčí hory, Praha 4\nIČO: 21864951\n"
       "mobil 602 719 044",
       "radim.luksa@ctv.example", "Radim Lukša"),
    label(BOTH, ("Česká televize", "21864951", None), ["198.51.100.150"], [],
          ("Radim Lukša", "radim.luksa@ctv.example", "+420602719044")),
)

# 10. German: a foreign agency's Prague bureau; its Handelsregister number (eight digits) first
CASES["de_agency_bureau_hrb"] = (
    _m("Sehr geehrte Damen und Herren,\n\ndas Prager Büro der Nordpress Nachrichtenagentur GmbH beantragt "
       "den Zugang zum XML-Feed der Wahlergebnisse. Unser Server: 203.0.113.81.\n\nMit freundlichen Grüßen\n"
       "Jörg Albrecht\nBüroleiter Prag\nNordpress Nachrichtenagentur GmbH, Amtsgericht Hamburg HRB 87332086\n"
       "Nordpress Nachrichtenagentur GmbH, organizační složka, IČO 66418917\nTel. +420 224 911 305",
       "albrecht@nordpress.example", "Jörg Albrecht", subject="Antrag XML-Feed"),
    label(FEED, ("Nordpress Nachrichtenagentur GmbH, organizační složka", "66418917", None),
          ["203.0.113.81"], [], ("Jörg Albrecht", "albrecht@nordpress.example", "+420224911305")),
)

# 11. A freelancer without a trade name; a work description after the dash
CASES["cs_freelancer_description"] = (
    _m("Dobrý den,\n\njsem fotograf na volné noze (OSVČ, IČO 24966525) a rád bych fotografoval na "
       "sběrném místě v Brně pro agenturní zpravodajství. Prosím o povolení.\n\nTomáš Řezníček – "
       "reportážní fotografie\n+420 608 224 517",
       "tomas@reznicekfoto.example", "Tomáš Řezníček"),
    label(REC, ("Tomáš Řezníček", "24966525", None), [], [],
          ("Tomáš Řezníček", "tomas@reznicekfoto.example", "+420608224517")),
)

# 12. Slovak: a freelancer with a trade name joined by a dash
CASES["sk_freelancer_trade_name"] = (
    _m("Dobrý deň,\n\nsom živnostník (Peter Hruška - HRUŠKA PRESS, IČO 69196591) a žiadam o prístup "
       "k XML výsledkom volieb z adresy 203.0.113.91.\n\nPeter Hruška\n0905 114 772",
       "peter@hruskapress.example", "Peter Hruška"),
    label(FEED, ("Peter Hruška - HRUŠKA PRESS", "69196591", None), ["203.0.113.91"], [],
          ("Peter Hruška", "peter@hruskapress.example", "+421905114772")),
)

# 13. English: an agency writing for its client (the agency's IČO in the signature)
CASES["en_agency_for_client"] = (
    _m("Hello,\n\nwe are writing on behalf of our client, Moravian Daily Media a.s. (Company ID "
       "37142488), who would like access to the XML results feed from 198.51.100.161.\n\nBest regards\n"
       "Lucie Kratochvílová\nBrightline Communications s.r.o.\nCompany ID: 14671808\n+420 739 664 201",
       "kratochvilova@brightline.example", "Lucie Kratochvílová", subject="XML feed – client request"),
    label(FEED, ("Moravian Daily Media a.s.", "37142488", None), ["198.51.100.161"], [],
          ("Lucie Kratochvílová", "kratochvilova@brightline.example", "+420739664201")),
)

# 14. A subsidiary applies; the group's name and IČO in the letterhead of the PDF
CASES["cs_group_subsidiary_pdf"] = (
    _m("Dobrý den, v příloze posílám žádost naší dceřiné společnosti.\nMichal Bureš",
       "bures@vltavagroup.example", "Michal Bureš",
       attachment("zadost.pdf", pdf_bytes([
           "VLTAVA GROUP a.s. | IČO 38605066 | Na Poříčí 12, Praha 1",
           "",
           "Žadatel: Vltava Online s.r.o., IČO 83240349",
           "Věc: žádost o přístup k XML výsledkům voleb",
           "Produkční IP: 203.0.113.101",
           "Kontaktní osoba: Michal Bureš, tel. 725 331 948, bures@vltavagroup.example",
       ]))),
    label(FEED, ("Vltava Online s.r.o.", "83240349", None), ["203.0.113.101"], [],
          ("Michal Bureš", "bures@vltavagroup.example", "+420725331948")),
)

# 15. A merger: the old name and IČO first, the successor applies
CASES["cs_merger_old_new"] = (
    _m("Dobrý den,\n\ndne 1. 1. 2026 byla společnost Pojizerské noviny s.r.o. (IČO 29457025) sloučena "
       "se společností Severočeský deník a.s., IČO 48864692, která je nástupnickou společností. "
       "Žádáme proto o přístup k XML výsledkům voleb nově jako Severočeský deník a.s., server "
       "198.51.100.171.\n\nS pozdravem\nIvana Šolcová\n+420 482 110 934",
       "solcova@sdenik.example", "Ivana Šolcová"),
    label(FEED, ("Severočeský deník a.s.", "48864692", None), ["198.51.100.171"], [],
          ("Ivana Šolcová", "solcova@sdenik.example", "+420482110934")),
)

# 16. English: a brand vs its legal entity
CASES["en_brand_vs_entity"] = (
    _m("Hi,\n\nZprávy Plus, a news brand of Aurora Media Holding s.r.o. (ID No. 80973876), asks for "
       "access to the election XML feed for its live ticker. Production IP 203.0.113.111.\n\nThanks,\n"
       "Adam Procházka\nZprávy Plus newsroom\n+420 736 502 118",
       "adam@zpravyplus.example", "Adam Procházka", subject="XML feed"),
    label(FEED, ("Aurora Media Holding s.r.o.", "80973876", None), ["203.0.113.111"], [],
          ("Adam Procházka", "adam@zpravyplus.example", "+420736502118")),
)

# 17. Polish: the IČO only inside a Czech DIČ
CASES["pl_ico_only_in_dic"] = (
    _m("Dzień dobry,\n\nGazeta Śląska Cieszyn s.r.o. prosi o dostęp do danych XML wyników wyborów. "
       "Adres serwera: 198.51.100.181.\n\nZ poważaniem\nMarek Wiśniewski\nGazeta Śląska Cieszyn s.r.o.\n"
       "DIČ: CZ29778565\ntel. +420 558 700 214",
       "wisniewski@gazetaslaska.example", "Marek Wiśniewski", subject="Wniosek XML"),
    label(FEED, ("Gazeta Śląska Cieszyn s.r.o.", "29778565", None), ["198.51.100.181"], [],
          ("Marek Wiśniewski", "wisniewski@gazetaslaska.example", "+420558700214")),
)

# 18. English: "Reg. No." beside a broadcasting licence number
CASES["en_reg_no_licence"] = (
    _m("Dear colleagues,\n\nRadio Krokus s.r.o. requests permission to record audio at a collection "
       "point in Liberec on election night.\n\nRegards,\nPavel Šrámek\nRadio Krokus s.r.o.\n"
       "Reg. No.: 69578672, broadcasting licence Ro/61/2011\n+420 485 101 220",
       "sramek@radiokrokus.example", "Pavel Šrámek", subject="Recording permit"),
    label(REC, ("Radio Krokus s.r.o.", "69578672", None), [], [],
          ("Pavel Šrámek", "sramek@radiokrokus.example", "+420485101220")),
)

# 19. The office's reference number (eight digits) quoted before the applicant's IČO
CASES["cs_office_reference_number"] = (
    _m("Dobrý den,\n\nna základě Vašeho dopisu č. j. ČSÚ-91919614/2026 žádáme o přístup k XML výsledkům "
       "voleb. Server: 203.0.113.121.\n\nS pozdravem\nRoman Kolář\nVýchodočeský expres s.r.o., "
       "IČO 80871585\ntel. 466 220 119",
       "kolar@vcexpres.example", "Roman Kolář"),
    label(FEED, ("Východočeský expres s.r.o.", "80871585", None), ["203.0.113.121"], [],
          ("Roman Kolář", "kolar@vcexpres.example", "+420466220119")),
)

# 20. The IČO only in a PDF's footer line; the mail names the outlet
CASES["cs_pdf_footer_ico"] = (
    _m("Dobrý den, zasílám žádost v příloze.\nHana Fialová",
       "fialova@krkonossky.example", "Hana Fialová",
       attachment("zadost.pdf", pdf_bytes([
           "Věc: Žádost o povolení natáčení na sběrném místě",
           "Krkonošský týdeník s.r.o. žádá o povolení natáčení v Trutnově.",
           "Kontakt: Hana Fialová, 733 418 226",
           "",
           "Krkonošský týdeník s.r.o. · Horská 5, Trutnov · IČO 16427734 · DIČ CZ16427734",
       ]))),
    label(REC, ("Krkonošský týdeník s.r.o.", "16427734", None), [], [],
          ("Hana Fialová", "fialova@krkonossky.example", "+420733418226")),
)

# 21. Swedish: a Swedish org.nr beside the Czech branch's IČO
CASES["sv_orgnr_branch"] = (
    _m("Hej,\n\nNordisk Bild AB, organizační složka ansöker om tillstånd att filma vid en "
       "insamlingsplats i Prag under valnatten.\n\nMed vänliga hälsningar\nErik Lindqvist\n"
       "Nordisk Bild AB, org.nr 556677-8899\nNordisk Bild AB, organizační složka, IČO 53380002\n"
       "+46 70 123 45 67",
       "erik.lindqvist@nordiskbild.example", "Erik Lindqvist", subject="Ansökan om filmning"),
    label(REC, ("Nordisk Bild AB, organizační složka", "53380002", None), [], [],
          ("Erik Lindqvist", "erik.lindqvist@nordiskbild.example", "+46701234567")),
)

# 22. A law firm's data message for its client; the client's box in the power of attorney
CASES["dm_law_firm_client_box"] = (
    data_message(
        "Žádost klienta o přístup k XML výsledkům",
        attachment("zadost.pdf", pdf_bytes([
            "Advokátní kancelář Dvořák & partneři s.r.o., IČO 50406558",
            "",
            "Jménem klienta Podbrdský kurýr s.r.o., IČO 15072304, ID datové schránky: pk5r7ux,",
            "žádáme o přístup k XML výsledkům voleb ze serveru 198.51.100.191.",
            "Kontaktní osoba klienta: Jiří Malina, malina@podbrdskykuryr.example, tel. 606 817 332",
            "",
            "JUDr. Aleš Dvořák, advokát",
        ])),
        sender="ak2dv0r", dm_sender="Advokátní kancelář Dvořák & partneři s.r.o."),
    label(FEED, ("Podbrdský kurýr s.r.o.", "15072304", "pk5r7ux"), ["198.51.100.191"], [],
          ("Jiří Malina", "malina@podbrdskykuryr.example", "+420606817332")),
)

# 23. "IČO/DIČ" joined in one line
CASES["cs_ico_dic_joined"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML výsledkům a o povolení natáčení.\nProdukce: 203.0.113.131\n"
       "Test: 203.0.113.132\n\nLenka Dušková\nRegionální zpravodajství Kladno s.r.o.\n"
       "IČO/DIČ: 19808437/CZ19808437\ntel. 312 245 667",
       "duskova@rzkladno.example", "Lenka Dušková"),
    label(BOTH, ("Regionální zpravodajství Kladno s.r.o.", "19808437", None), ["203.0.113.131"],
          ["203.0.113.132"], ("Lenka Dušková", "duskova@rzkladno.example", "+420312245667")),
)

# 24. A PDF table: the office's block (with its IČO) beside the applicant's
CASES["cs_pdf_table_office_block"] = (
    _m("Žádost v příloze. S pozdravem Filip Sýkora", "sykora@zlinskyden.example", "Filip Sýkora",
       attachment("formular.pdf", pdf_table([
           ["Adresát", "Český statistický úřad, Na padesátém 81, Praha 10, IČO 00025593"],
           ["Žadatel", "Zlínský den s.r.o."],
           ["IČO žadatele", "81945825"],
           ["Produkční IP", "198.51.100.201"],
           ["Kontaktní osoba", "Filip Sýkora, 577 001 342, sykora@zlinskyden.example"],
       ], [120, 330], "TOP"))),
    label(FEED, ("Zlínský den s.r.o.", "81945825", None), ["198.51.100.201"], [],
          ("Filip Sýkora", "sykora@zlinskyden.example", "+420577001342")),
)

# 25. An XLSX: the applicant's sheet with a founder's IČO row
CASES["cs_xlsx_founder_row"] = (
    _m("Dobrý den, žádost v tabulce.\nVěra Holubová", "holubova@tvprostejov.example", "Věra Holubová",
       attachment("zadost.xlsx", xlsx_sheets([("Žádost", [
           ["Položka", "Hodnota"],
           ["Žadatel", "Televize Prostějov, příspěvková organizace"],
           ["IČO", "49092073"],
           ["Zřizovatel", "Statutární město Prostějov"],
           ["IČO zřizovatele", "25718215"],
           ["Požadavek", "přístup k XML výsledkům"],
           ["Produkční IP", "203.0.113.141"],
           ["Kontakt", "Věra Holubová, 582 329 410"],
       ])]))),
    label(FEED, ("Televize Prostějov, příspěvková organizace", "49092073", None), ["203.0.113.141"], [],
          ("Věra Holubová", "holubova@tvprostejov.example", "+420582329410")),
)

# 26. An HTML table body: applicant and publisher rows
CASES["cs_html_table_publisher"] = (
    mail(html_body(
        "<p>Dobrý den, žádáme o přístup k XML výsledkům voleb.</p>"
        "<table><tr><th>Role</th><th>Název</th><th>IČO</th></tr>"
        "<tr><td>Titul</td><td>Plzeňský magazín</td><td></td></tr>"
        "<tr><td>Vydavatel</td><td>Západ Media s.r.o.</td><td>27404986</td></tr>"
        "<tr><td>Tiskárna</td><td>Tiskárna Bory a.s.</td><td>31971997</td></tr></table>"
        "<p>Server: 198.51.100.211</p><p>Jakub Tichý, tel. 377 440 210</p>"),
        subject="Žádost XML", sender="tichy@zapadmedia.example", sender_name="Jakub Tichý"),
    label(FEED, ("Západ Media s.r.o.", "27404986", None), ["198.51.100.211"], [],
          ("Jakub Tichý", "tichy@zapadmedia.example", "+420377440210")),
)

# 27. Italian: a ROC number of eight digits that passes the checksum; no Czech IČO
CASES["it_roc_number_no_ico"] = (
    _m("Buongiorno,\n\nCorriere Adriatico Digitale S.r.l. chiede l'accesso al feed XML dei risultati "
       "elettorali dal server 203.0.113.151.\n\nCordiali saluti\nMarco Bellini\nCorriere Adriatico "
       "Digitale S.r.l.\nP.IVA 02914470423 - Iscrizione ROC n. 16756771\ntel. +39 071 440 2233",
       "bellini@corriereadriatico.example", "Marco Bellini", subject="Richiesta feed XML"),
    label(FEED, ("Corriere Adriatico Digitale S.r.l.", None, None), ["203.0.113.151"], [],
          ("Marco Bellini", "bellini@corriereadriatico.example", "+390714402233")),
)

# 28. Spanish: a CIF (a letter and eight digits that pass the checksum); no Czech IČO
CASES["es_cif_no_ico"] = (
    _m("Buenos días:\n\nAgencia Ibérica de Noticias, S.A. solicita permiso para grabar en un punto de "
       "recogida de resultados en Praga.\n\nAtentamente,\nLucía Fernández\nCorresponsal en Praga\n"
       "Agencia Ibérica de Noticias, S.A. - CIF A35071478\n+34 91 555 0187",
       "lfernandez@ibericanoticias.example", "Lucía Fernández", subject="Solicitud de grabación"),
    label(REC, ("Agencia Ibérica de Noticias, S.A.", None, None), [], [],
          ("Lucía Fernández", "lfernandez@ibericanoticias.example", "+34915550187")),
)

# 29. Portuguese: a Czech branch's IČO beside the Portuguese NIPC
CASES["pt_branch_nipc"] = (
    _m("Bom dia,\n\nLusa Imagem, Lda., organizační složka solicita acesso ao feed XML dos resultados "
       "eleitorais. Servidor: 198.51.100.221.\n\nCom os melhores cumprimentos\nJoão Moreira\n"
       "Lusa Imagem, Lda. NIPC 514 257 182\nLusa Imagem, Lda., organizační složka, IČO 42650330\n"
       "+420 774 118 902",
       "joao.moreira@lusaimagem.example", "João Moreira", subject="Pedido XML"),
    label(FEED, ("Lusa Imagem, Lda., organizační složka", "42650330", None), ["198.51.100.221"], [],
          ("João Moreira", "joao.moreira@lusaimagem.example", "+420774118902")),
)

# 30. French: a bureau with its French TVA number and its Czech IČO
CASES["fr_bureau_tva_ico"] = (
    _m("Madame, Monsieur,\n\nle bureau de Prague de Presse Europe SAS sollicite l'autorisation de filmer "
       "dans un centre de collecte des résultats.\n\nCordialement\nClaire Dubois\nPresse Europe SAS, "
       "organizační složka\nIČO 01082531 – TVA FR 40 528 114 317\n+420 608 990 112",
       "claire.dubois@presseeurope.example", "Claire Dubois", subject="Demande de tournage"),
    label(REC, ("Presse Europe SAS, organizační složka", "01082531", None), [], [],
          ("Claire Dubois", "claire.dubois@presseeurope.example", "+420608990112")),
)

# 31. German (Austria): a UID "ATU" and eight digits that pass the checksum; no Czech IČO
CASES["de_at_uid_no_ico"] = (
    _m("Grüß Gott,\n\ndie Donaukurier Medien GmbH ersucht um Zugang zum XML-Feed der Wahlergebnisse. "
       "Server: 203.0.113.161.\n\nMit freundlichen Grüßen\nStefan Huber\nDonaukurier Medien GmbH, "
       "Linz\nFN 412233 x, UID ATU32583150\nTel. +43 732 778 120",
       "huber@donaukurier.example", "Stefan Huber", subject="Zugang XML-Feed"),
    label(FEED, ("Donaukurier Medien GmbH", None, None), ["203.0.113.161"], [],
          ("Stefan Huber", "huber@donaukurier.example", "+43732778120")),
)

# 32. Polish branch: "IČ" and "DIČ" beside a Polish NIP
CASES["pl_branch_nip"] = (
    _m("Dzień dobry,\n\nWydawnictwo Odra Sp. z o.o., odštěpný závod prosi o zgodę na filmowanie w "
       "punkcie zbierania wyników w Ostrawie.\n\nPozdrawiam\nAnna Kowalczyk\nNIP 774-00-12-345\n"
       "IČ 50362305, DIČ CZ50362305\ntel. +48 32 220 4411",
       "kowalczyk@odra.example", "Anna Kowalczyk", subject="Zgoda na filmowanie"),
    label(REC, ("Wydawnictwo Odra Sp. z o.o., odštěpný závod", "50362305", None), [], [],
          ("Anna Kowalczyk", "kowalczyk@odra.example", "+48322204411")),
)

# 33. Hungarian: an EU VAT number "HU" and eight digits that pass the checksum; no Czech IČO
CASES["hu_eu_vat_no_ico"] = (
    _m("Tisztelt Hölgyem/Uram!\n\nA Dunai Hírek Kft. hozzáférést kér a választási eredmények XML "
       "adataihoz a 198.51.100.231 szerverről.\n\nÜdvözlettel\nNagy Katalin\nDunai Hírek Kft.\n"
       "Közösségi adószám: HU84670231\nTel.: +36 1 456 7890",
       "nagy.katalin@dunaihirek.example", "Nagy Katalin", subject="XML hozzáférés"),
    label(FEED, ("Dunai Hírek Kft.", None, None), ["198.51.100.231"], [],
          ("Nagy Katalin", "nagy.katalin@dunaihirek.example", "+3614567890")),
)

# 34. Slovak: "IČO" with spaces beside "IČ DPH"
CASES["sk_ico_spaces_ic_dph"] = (
    _m("Dobrý deň,\n\nRegionálne noviny Záhorie, s.r.o. žiada o povolenie nakrúcania na zbernom mieste "
       "v Hodoníne.\n\nS pozdravom\nMartina Kollárová\nIČO: 89 149 955\nIČ DPH: SK2020891499\n"
       "tel. +421 34 651 2233",
       "kollarova@zahorie.example", "Martina Kollárová", subject="Žiadosť o nakrúcanie"),
    label(REC, ("Regionálne noviny Záhorie, s.r.o.", "89149955", None), [], [],
          ("Martina Kollárová", "kollarova@zahorie.example", "+421346512233")),
)

# 35. English (UK): a Companies House number of eight digits that passes the checksum
CASES["en_uk_company_no"] = (
    _m("Dear Sir/Madam,\n\nBridgewater News Ltd would like access to the XML election results feed "
       "from 203.0.113.171.\n\nYours faithfully\nOliver Grant\nBridgewater News Ltd\nRegistered in "
       "England and Wales, Company No. 16846745\n+44 20 7946 0321",
       "oliver.grant@bridgewaternews.example", "Oliver Grant", subject="XML feed access"),
    label(FEED, ("Bridgewater News Ltd", None, None), ["203.0.113.171"], [],
          ("Oliver Grant", "oliver.grant@bridgewaternews.example", "+442079460321")),
)

# 36. A school with IZO and RED_IZO beside its IČO
CASES["cs_school_izo"] = (
    _m("Dobrý den,\n\nžáci mediálního kroužku by rádi natočili reportáž na sběrném místě v Lipníku. "
       "Prosíme o povolení.\n\nZákladní škola a Mateřská škola Lipník, příspěvková organizace\n"
       "RED_IZO: 600 123 456, IZO: 102 345 678\nIČO: 58143599\nMgr. Eva Šťastná, tel. 581 773 120",
       "stastna@zslipnik.example", "Eva Šťastná"),
    label(REC, ("Základní škola a Mateřská škola Lipník, příspěvková organizace", "58143599", None), [], [],
          ("Eva Šťastná", "stastna@zslipnik.example", "+420581773120")),
)

# 37. A new IČO with the old one in brackets ("dříve")
CASES["cs_new_ico_old_in_brackets"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb. Server 198.51.100.241.\n\nS pozdravem\n"
       "Jaroslav Pešek\nMěstské listy Beroun, z. ú.\nIČO: 17800315 (dříve 91991854)\n+420 311 611 044",
       "pesek@mlberoun.example", "Jaroslav Pešek"),
    label(FEED, ("Městské listy Beroun, z. ú.", "17800315", None), ["198.51.100.241"], [],
          ("Jaroslav Pešek", "pesek@mlberoun.example", "+420311611044")),
)

# 38. A freelancer with only a personal DIČ (a birth number): no IČO
CASES["cs_freelancer_personal_dic"] = (
    _m("Dobrý den,\n\njako nezávislá novinářka žádám o přístup k XML výsledkům pro svůj blog. "
       "Adresa serveru 203.0.113.181.\n\nKristýna Benešová\nDIČ: CZ8855123451\n+420 720 331 604",
       "kristyna@benesova-blog.example", "Kristýna Benešová"),
    label(FEED, ("Kristýna Benešová", None, None), ["203.0.113.181"], [],
          ("Kristýna Benešová", "kristyna@benesova-blog.example", "+420720331604")),
)

# 39. An XLSX whose IČO cell lost its leading zero
CASES["cs_xlsx_ico_leading_zero"] = (
    _m("Dobrý den, posílám vyplněnou tabulku.\nLibor Mach", "mach@tynecke.example", "Libor Mach",
       attachment("zadost.xlsx", xlsx_sheets([("List1", [
           ["Žadatel", "Týnecké noviny s.r.o."],
           ["IČO", "4720717"],
           ["Žádost", "povolení natáčení na sběrném místě"],
           ["Kontakt", "Libor Mach, 603 118 229"],
       ])]))),
    label(REC, ("Týnecké noviny s.r.o.", "04720717", None), [], [],
          ("Libor Mach", "mach@tynecke.example", "+420603118229")),
)

# 40. Dutch: a Czech branch; the data box in the signature differs from the envelope's (the parent's box)
CASES["dm_nl_parent_box"] = (
    data_message(
        "Aanvraag toegang XML-feed verkiezingsuitslagen",
        attachment("aanvraag.pdf", pdf_bytes([
            "Geachte heer/mevrouw,",
            "Lage Landen Media B.V., organizační složka vraagt toegang tot de XML-feed",
            "vanaf server 198.51.100.251.",
            "Met vriendelijke groet,",
            "Sanne de Vries, sanne.devries@lagelanden.example, +420 777 902 341",
            "Lage Landen Media B.V., organizační složka, IČO 54398916, ID DS: ll9m3dz",
        ])),
        sender="hq7ll2x", dm_sender="Lage Landen Holding s.r.o."),
    label(FEED, ("Lage Landen Media B.V., organizační složka", "54398916", "ll9m3dz"), ["198.51.100.251"],
          [], ("Sanne de Vries", "sanne.devries@lagelanden.example", "+420777902341")),
)

# 41. An agency writing for a client who gives no IČO; the agency's IČO in its signature
CASES["cs_agency_client_without_ico"] = (
    _m("Dobrý den,\n\nza našeho klienta, vydavatelství Horácké noviny s.r.o., žádáme o přístup k XML "
       "výsledkům voleb ze serveru 203.0.113.191.\n\nS pozdravem\nBarbora Pokorná\nPR Partner s.r.o.\n"
       "IČO: 35071478\ntel. 724 551 093",
       "pokorna@prpartner.example", "Barbora Pokorná"),
    label(FEED, ("Horácké noviny s.r.o.", None, None), ["203.0.113.191"], [],
          ("Barbora Pokorná", "pokorna@prpartner.example", "+420724551093")),
)

# 42. A subsidiary without its own IČO in a PDF whose letterhead carries the group's "IČO:"
CASES["cs_pdf_group_letterhead_only_ico"] = (
    _m("Dobrý den, žádost v příloze.\nTereza Vlčková", "vlckova@jizerske.example", "Tereza Vlčková",
       attachment("zadost.pdf", pdf_bytes([
           "JIZERA MEDIA GROUP a.s.",
           "IČO: 42650330",
           "",
           "Věc: žádost o povolení natáčení",
           "Naše dceřiná společnost Jizerské listy s.r.o. žádá o povolení natáčení na sběrném místě v Liberci.",
           "Kontakt: Tereza Vlčková, 775 219 340",
       ]))),
    label(REC, ("Jizerské listy s.r.o.", None, None), [], [],
          ("Tereza Vlčková", "vlckova@jizerske.example", "+420775219340")),
)

# 43. A merger: the old IČO labelled first, the new one after "od 1. 1. 2026"
CASES["cs_merger_old_ico_labelled_first"] = (
    _m("Dobrý den,\n\nžádáme o přístup k XML výsledkům, server 198.51.100.12.\n\nS pozdravem\n"
       "Vít Staněk\nBrdský deník a.s.\nIČO: 01082531 (do 31. 12. 2025), od 1. 1. 2026 IČO: 50362305\n"
       "+420 318 622 400",
       "stanek@brdskydenik.example", "Vít Staněk"),
    label(FEED, ("Brdský deník a.s.", "50362305", None), ["198.51.100.12"], [],
          ("Vít Staněk", "stanek@brdskydenik.example", "+420318622400")),
)

# 44. A hospital's IČZ only (no IČO given)
CASES["cs_hospital_icz_only"] = (
    _m("Dobrý den,\n\nnemocniční televize Krajské nemocnice Tábor, a.s. by ráda natáčela na sběrném "
       "místě v Táboře. Prosíme o povolení.\n\nMgr. Šárka Kadlecová\nmluvčí\nKrajská nemocnice "
       "Tábor, a.s.\nIČZ: 16846745\ntel. 381 606 120",
       "kadlecova@nemta.example", "Šárka Kadlecová"),
    label(REC, ("Krajská nemocnice Tábor, a.s.", None, None), [], [],
          ("Šárka Kadlecová", "kadlecova@nemta.example", "+420381606120")),
)

# 45. Slovak: only an "IČ DPH" (VAT) and a founder's "IČO zriaďovateľa"
CASES["sk_founder_ico_only"] = (
    _m("Dobrý deň,\n\nMestská televízia Senica žiada o prístup k XML výsledkom volieb, server "
       "203.0.113.201.\n\nS pozdravom\nJozef Baláž\nMestská televízia Senica\nIČO zriaďovateľa "
       "(Mesto Senica): 84670231\n+421 34 651 7788",
       "balaz@tvsenica.example", "Jozef Baláž"),
    label(FEED, ("Mestská televízia Senica", None, None), ["203.0.113.201"], [],
          ("Jozef Baláž", "balaz@tvsenica.example", "+421346517788")),
)

# 46. A town's TV company's file sent from the town's box; no box of its own given
CASES["dm_town_box_for_company"] = (
    data_message(
        "Žádost o přístup k XML – TV Kroměříž",
        attachment("zadost.pdf", pdf_bytes([
            "Televize Kroměříž s.r.o., IČO 89149955",
            "Žádáme o přístup k XML výsledkům voleb ze serveru 198.51.100.22.",
            "Kontakt: Aleš Zedník, zednik@tvkromeriz.example, tel. 573 321 908",
        ])),
        sender="mk5r3zt", dm_sender="Město Kroměříž"),
    label(FEED, ("Televize Kroměříž s.r.o.", "89149955", None), ["198.51.100.22"], [],
          ("Aleš Zedník", "zednik@tvkromeriz.example", "+420573321908")),
)

# 47. A director's own (natural person's) box sending for the company
CASES["dm_person_box_for_company"] = (
    data_message(
        "Žádost o povolení natáčení",
        attachment("zadost.pdf", pdf_bytes([
            "Žadatel: Filmové studio Zlín s.r.o., IČO 58143599",
            "Žádáme o povolení natáčet na sběrném místě ve Zlíně.",
            "Kontakt: Milan Hrubý, jednatel, hruby@fszlin.example, 602 441 187",
        ])),
        sender="p4hr8by", dm_sender="Milan Hrubý"),
    label(REC, ("Filmové studio Zlín s.r.o.", "58143599", None), [], [],
          ("Milan Hrubý", "hruby@fszlin.example", "+420602441187")),
)

# 48. A bank line with an account of eight digits and no IČO
CASES["cs_bank_account_no_ico"] = (
    _m("Dobrý den,\n\nžádám o přístup k XML výsledkům pro Občanské sdružení Ždánický zpravodaj, z.s., "
       "server 203.0.113.211.\n\nRadek Ondra\nč. ú. 25396579/2010\n+420 739 008 114",
       "ondra@zdanickyzpravodaj.example", "Radek Ondra"),
    label(FEED, ("Občanské sdružení Ždánický zpravodaj, z.s.", None, None), ["203.0.113.211"], [],
          ("Radek Ondra", "ondra@zdanickyzpravodaj.example", "+420739008114")),
)

# 49. English: the client's "Company ID" and the agency's "our Company ID" in one line
CASES["en_client_and_agency_ids_one_line"] = (
    _m("Hello,\n\nplease grant our client access to the XML results feed from 198.51.100.32.\n"
       "Client: Haná Press s.r.o. (Company ID 56383797); our Company ID: 15369595.\n\nRegards,\n"
       "Petr Zima\nNorthgate PR s.r.o.\n+420 731 118 555",
       "zima@northgate.example", "Petr Zima", subject="XML feed for a client"),
    label(FEED, ("Haná Press s.r.o.", "56383797", None), ["198.51.100.32"], [],
          ("Petr Zima", "zima@northgate.example", "+420731118555")),
)

# 50. An XLSX with two organisation rows (publisher and printer), each with an IČO column
CASES["cs_xlsx_two_org_rows"] = (
    _m("Dobrý den, žádost v tabulce.\nOlga Marková", "markova@vyskovsko.example", "Olga Marková",
       attachment("zadost.xlsx", xlsx_sheets([("Žádost", [
           ["Role", "Název", "IČO"],
           ["Tiskárna", "Tisk Vyškov a.s.", "66488702"],
           ["Vydavatel (žadatel)", "Vyškovsko s.r.o.", "76758486"],
           ["Požadavek", "povolení natáčení", ""],
           ["Kontakt", "Olga Marková", "517 330 221"],
       ])]))),
    label(REC, ("Vyškovsko s.r.o.", "76758486", None), [], [],
          ("Olga Marková", "markova@vyskovsko.example", "+420517330221")),
)

XFAIL: dict[str, str] = {
    "cs_school_founder_ico": "organisation: a school named in its signature line before its address, "
    "beside its founder's name, is read as the founder (flagged)",
    "cs_diocese_registration": "organisation: a church body without a legal form (Biskupství …) is not "
    "read; the signer's name is taken (flagged)",
    "cs_party_pr_agency": "organisation: an agency writing for its client (a party without a legal form): "
    "the agency's name and IČO are read (flagged)",
    "cs_merger_old_new": "organisation: a merger sentence naming the dissolved company first: the old "
    "name and IČO are read (flagged)",
    "cs_html_table_publisher": "organisation: an HTML table with title, publisher and printer rows: "
    "the title is read and no IČO (flagged)",
    "en_uk_company_no": "organisation: a UK Company No. of eight digits passing the checksum is read "
    "as an IČO (flagged)",
    "cs_pdf_group_letterhead_only_ico": "organisation: a group's letterhead over its subsidiary's "
    "application: the group's name and IČO are read (flagged, OWNER_IN_DOUBT)",
    "cs_merger_old_ico_labelled_first": "organisation: \"IČO: old (do …), od … IČO: new\": the old IČO "
    "is read (flagged)",
    "sk_founder_ico_only": "organisation: a municipal TV without an IČO of its own: the founder's "
    "name and \"IČO zriaďovateľa\" are read (flagged)",
    "dm_town_box_for_company": "organisation: a town's box sending its TV company's file: the "
    "envelope's box is kept (flagged, BOX_OF_ANOTHER)",
    "cs_xlsx_two_org_rows": "organisation: a workbook with a printer's row above the publisher's: "
    "the first row is read (flagged, TABLE_ICO)",
}

WRONG_AND_CERTAIN: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r61_trap(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, WRONG_AND_CERTAIN))
def test_drill_r61_trap_never_wrong_and_certain(p: ParsedMessage, want: Label) -> None:
    """Every message, read right or not: no wrong value is presented as certain."""
    assert [m for m in misses(p, want) if m.endswith("(certain=True)")] == []
