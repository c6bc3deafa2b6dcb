"""A blind trap drill, fifty-second round (issue 18): forty-four whole applications (cs, sk, en, de,
pl, hu, fr, it, es, nl, sv), each with one trap beside the real values that earlier trap drills
did not cover: an address valid only until a date; a VPN concentrator, gateway or jump host the
applicant connects through; an office's person greeted by name; a case number or file reference
shaped like an IČO or a phone; the contracting authority's IČO in a public broadcaster's letter; a
municipal office sending for its town TV; a primary/secondary or site A/site B pair with a test
address of one site only; a table column "aktivní: ne"; "☐ ANO ☒ NE" on one line; a contact who
asks to call a colleague instead; a range written with an en dash in prose; a neighbour state's
phone for a Czech applicant; "resp." and "rispettivamente" giving roles by order; a sole
trader's IČO beside a birth number. Every message was labelled by ``tests/corpus/LABELS.md``
before extraction ran on it; each is scored field by field as the corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str, *extra: Component, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)


# 1. Czech: the old server is valid only until January, then the new one
CASES["cz_old_until_january"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb. Do ledna ještě poběží"
        " starý server 198.51.100.10, od února už jen nový 198.51.100.11 – povolte prosím ten"
        " nový.\n\nS pozdravem\nRadka Vondrová\nPolabský kurýr s.r.o., IČO 46012893\n"
        "tel. 734 221 508\n",
        "vondrova@polabskykuryr.example",
        "Radka Vondrová",
    ),
    label(
        FEED,
        ("Polabský kurýr s.r.o.", "46012893", None),
        ["198.51.100.11"],
        [],
        ("Radka Vondrová", "vondrova@polabskykuryr.example", "+420734221508"),
    ),
)

# 2. Czech: a VPN concentrator named beside the downloading server
CASES["cz_vpn_concentrator_beside"] = (
    _m(
        "Dobrý den,\n\nza společnost Hanácký deník a.s. (IČO 68779291) žádáme o přístup k XML"
        " výsledků voleb. Stahovat bude server 198.51.100.20. Správci se k němu připojují přes"
        " náš VPN koncentrátor 198.51.100.5, ten prosím nepovolujte.\n\nDěkuji\n"
        "Ing. Tomáš Hrubý\nIT správa\n777 410 236\n",
        "hruby@hanackydenik.example",
        "Tomáš Hrubý",
    ),
    label(
        FEED,
        ("Hanácký deník a.s.", "68779291", None),
        ["198.51.100.20"],
        [],
        ("Tomáš Hrubý", "hruby@hanackydenik.example", "+420777410236"),
    ),
)

# 3. Czech: the office's clerk greeted by name
CASES["cz_office_clerk_greeted"] = (
    _m(
        "Vážená paní Nováková,\n\ndle našeho telefonátu posílám žádost o přístup k XML"
        " výstupu výsledků voleb pro Rádio Podještědí s.r.o., IČO 65834682. IP adresa"
        " serveru: 203.0.113.12.\n\nS pozdravem\nMartin Kubíček\nredaktor\ntel. 605 331 907\n",
        "kubicek@radiopodjestedi.example",
        "Martin Kubíček",
    ),
    label(
        FEED,
        ("Rádio Podještědí s.r.o.", "65834682", None),
        ["203.0.113.12"],
        [],
        ("Martin Kubíček", "kubicek@radiopodjestedi.example", "+420605331907"),
    ),
)

# 4. Czech: the office's file reference is eight digits passing the IČO checksum
CASES["cz_file_reference_passes_checksum"] = (
    _m(
        "Dobrý den,\n\nk Vašemu dopisu sp. zn. 36058122 zasíláme doplněnou žádost o přístup"
        " k XML. Žadatel: Krkonošské noviny s.r.o., IČO 53238541. Produkční IP 198.51.100.13."
        "\n\nS pozdravem\nIveta Šrámková\n736 118 402\n",
        "sramkova@krkonosskenoviny.example",
        "Iveta Šrámková",
    ),
    label(
        FEED,
        ("Krkonošské noviny s.r.o.", "53238541", None),
        ["198.51.100.13"],
        [],
        ("Iveta Šrámková", "sramkova@krkonosskenoviny.example", "+420736118402"),
    ),
)

# 5. German: the file reference "Az." is shaped like a phone
CASES["de_az_shaped_like_phone"] = (
    _m(
        "Sehr geehrte Damen und Herren,\n\nunter Bezug auf Ihr Schreiben (Az. 604 221 385)"
        " beantragen wir den Zugang zum XML-Feed der Wahlergebnisse. Server-IP: 203.0.113.14."
        "\n\nMit freundlichen Grüßen\nKatrin Vogel\nErzgebirgs-Anzeiger GmbH\n"
        "Tel. +49 3733 55 21 40\n",
        "k.vogel@erzgebirgs-anzeiger.example",
        "Katrin Vogel",
    ),
    label(
        FEED,
        ("Erzgebirgs-Anzeiger GmbH", None, None),
        ["203.0.113.14"],
        [],
        ("Katrin Vogel", "k.vogel@erzgebirgs-anzeiger.example", "+493733552140"),
    ),
)

# 6. Czech: a public broadcaster's letter names the contracting authority's IČO first
CASES["cz_contracting_authority_ico_first"] = (
    _m(
        "Dobrý den,\n\njako provozovatel regionálního vysílání ze zakázky zadavatele"
        " Jihočeský kraj, IČO 60414758, žádáme o přístup k XML výstupu výsledků voleb a"
        " o povolení natáčet ve volebních místnostech. IP adresa: 198.51.100.15.\n\n"
        "S pozdravem\nJana Pokorná\nRegionální rozhlas Jih, a.s.\nIČO 29630061\n"
        "tel. 387 441 220\n",
        "pokorna@rozhlasjih.example",
        "Jana Pokorná",
    ),
    label(
        BOTH,
        ("Regionální rozhlas Jih, a.s.", "29630061", None),
        ["198.51.100.15"],
        [],
        ("Jana Pokorná", "pokorna@rozhlasjih.example", "+420387441220"),
    ),
)

# 7. Czech data message: a town's office sends for its town TV (the town applies)
CASES["dm_town_office_for_town_tv"] = (
    data_message(
        "Žádost o přístup k XML – Televize Horní Lhota",
        text_file(
            "zadost.txt",
            "Město Horní Lhota, IČO 16200012, provozovatel Televize Horní Lhota, žádá o přístup"
            " k XML výstupu výsledků voleb. IP adresa serveru: 203.0.113.16.\nKontaktní osoba:"
            " Petra Zelená, odbor vnitřních věcí, zelena@hornilhota.example, tel. 556 700 231\n",
        ),
        sender="h5l2t9m",
        dm_sender="Město Horní Lhota",
    ),
    label(
        FEED,
        ("Město Horní Lhota", "16200012", "h5l2t9m"),
        ["203.0.113.16"],
        [],
        ("Petra Zelená", "zelena@hornilhota.example", "+420556700231"),
    ),
)

# 8. Czech: site A and site B, a test address only at site B
CASES["cz_site_a_b_test_b_only"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML. Máme dvě lokality:\nLokalita A (Praha):"
        " 198.51.100.40\nLokalita B (Brno): 198.51.100.41, v lokalitě B navíc testovací"
        " 198.51.100.42\n\nS pozdravem\nOndřej Malina\nZprávy Plus s.r.o., IČO 43118259\n"
        "tel. 602 558 114\n",
        "malina@zpravyplus.example",
        "Ondřej Malina",
    ),
    label(
        FEED,
        ("Zprávy Plus s.r.o.", "43118259", None),
        ["198.51.100.40", "198.51.100.41"],
        ["198.51.100.42"],
        ("Ondřej Malina", "malina@zpravyplus.example", "+420602558114"),
    ),
)

# 9. Czech: a table with an "aktivní" column, one row "ne"
CASES["cz_table_aktivni_ne"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledků voleb, adresy níže:\n\n"
        "IP adresa      | účel     | aktivní\n198.51.100.43  | produkce | ano\n"
        "198.51.100.44  | produkce | ne\n198.51.100.45  | test     | ano\n\n"
        "S pozdravem\nLukáš Beneš\nVysočina Média s.r.o., IČO 58645098\n731 662 018\n",
        "benes@vysocinamedia.example",
        "Lukáš Beneš",
    ),
    label(
        FEED,
        ("Vysočina Média s.r.o.", "58645098", None),
        ["198.51.100.43"],
        ["198.51.100.45"],
        ("Lukáš Beneš", "benes@vysocinamedia.example", "+420731662018"),
    ),
)

# 10. Czech form: "☐ ANO ☒ NE" on one line for filming
CASES["cz_checkbox_ano_ne_one_line"] = (
    _m(
        "Formulář žádosti\n\nPřístup k XML výstupu:  ☒ ANO ☐ NE\nNatáčení ve volebních"
        " místnostech:  ☐ ANO ☒ NE\n\nŽadatel: Ostravský expres s.r.o.\nIČO: 10723331\n"
        "IP adresa: 203.0.113.46\nKontaktní osoba: Hana Drozdová\nTelefon: 597 112 380\n"
        "E-mail: drozdova@ostravskyexpres.example\n",
        "drozdova@ostravskyexpres.example",
        "Hana Drozdová",
    ),
    label(
        FEED,
        ("Ostravský expres s.r.o.", "10723331", None),
        ["203.0.113.46"],
        [],
        ("Hana Drozdová", "drozdova@ostravskyexpres.example", "+420597112380"),
    ),
)

# 11. Czech: the signer asks to call a colleague instead, who is named as the contact
CASES["cz_call_colleague_instead"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML, server 198.51.100.47. V technických věcech"
        " prosím nevolejte mně, kontaktní osobou je kolega Petr Šimek, simek@zlinskelisty.example,"
        " tel. 608 224 719.\n\nS pozdravem\nKlára Vaňková\nšéfredaktorka\nZlínské listy"
        " s.r.o., IČO 17469449\ntel. 577 201 440\n",
        "vankova@zlinskelisty.example",
        "Klára Vaňková",
    ),
    label(
        FEED,
        ("Zlínské listy s.r.o.", "17469449", None),
        ["198.51.100.47"],
        [],
        ("Petr Šimek", "simek@zlinskelisty.example", "+420608224719"),
    ),
)

# 12. Czech: a range written with an en dash in prose
CASES["cz_range_en_dash_prose"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledků voleb pro naše servery v rozsahu"
        " 198.51.100.50–198.51.100.53 (všechny produkční).\n\nS pozdravem\nAdam Říha\n"
        "Severočeský zpravodaj s.r.o., IČO 20321970\ntel. 724 880 135\n",
        "riha@sczpravodaj.example",
        "Adam Říha",
    ),
    label(
        FEED,
        ("Severočeský zpravodaj s.r.o.", "20321970", None),
        ["198.51.100.50", "198.51.100.51", "198.51.100.52", "198.51.100.53"],
        [],
        ("Adam Říha", "riha@sczpravodaj.example", "+420724880135"),
    ),
)

# 13. Czech applicant, a Slovak mobile
CASES["cz_applicant_slovak_mobile"] = (
    _m(
        "Dobrý den,\n\nza Břeclavský týden s.r.o. (IČO 45571881) žádáme o přístup k XML"
        " výstupu. IP: 203.0.113.54.\n\nS pozdravem\nMarek Hudec\nmobil +421 908 552 147\n",
        "hudec@breclavskytyden.example",
        "Marek Hudec",
    ),
    label(
        FEED,
        ("Břeclavský týden s.r.o.", "45571881", None),
        ["203.0.113.54"],
        [],
        ("Marek Hudec", "hudec@breclavskytyden.example", "+421908552147"),
    ),
)

# 14. Slovak: "resp." gives the roles by order
CASES["sk_resp_roles_by_order"] = (
    _m(
        "Dobrý deň,\n\nžiadame o prístup k XML výstupu výsledkov volieb. Produkčná, resp."
        " testovacia IP adresa je 203.0.113.60, resp. 203.0.113.61.\n\nS pozdravom\n"
        "Zuzana Kováčová\nZáhorské noviny s.r.o.\ntel. +421 34 651 2207\n",
        "kovacova@zahorskenoviny.example",
        "Zuzana Kováčová",
    ),
    label(
        FEED,
        ("Záhorské noviny s.r.o.", None, None),
        ["203.0.113.60"],
        ["203.0.113.61"],
        ("Zuzana Kováčová", "kovacova@zahorskenoviny.example", "+421346512207"),
    ),
)

# 15. Czech: a sole trader's IČO with a birth number beside it
CASES["cz_sole_trader_birth_number"] = (
    _m(
        "Dobrý den,\n\njsem fotograf na volné noze a žádám o povolení fotografovat a natáčet"
        " ve volebních místnostech.\n\nJan Kos\nIČO: 73300781\nRČ: 780512/1234\n"
        "Lipová 12, Olomouc\ntel. 603 119 447\n",
        "jan.kos@fotokos.example",
        "Jan Kos",
    ),
    label(
        REC,
        ("Jan Kos", "73300781", None),
        [],
        [],
        ("Jan Kos", "jan.kos@fotokos.example", "+420603119447"),
    ),
)

# 16. English: a jump host the admins use, beside the server
CASES["en_jump_host_beside"] = (
    _m(
        "Hello,\n\nWe would like access to the election results XML feed. The server that"
        " will download it is 192.0.2.81. (Our admins reach it through the jump host"
        " 192.0.2.80, which does not need access.)\n\nBest regards,\nOliver Grant\n"
        "Central Europe Wire Ltd\n+44 20 7946 0321\n",
        "o.grant@cewire.example",
        "Oliver Grant",
    ),
    label(
        FEED,
        ("Central Europe Wire Ltd", None, None),
        ["192.0.2.81"],
        [],
        ("Oliver Grant", "o.grant@cewire.example", "+442079460321"),
    ),
)

# 17. Polish: the office's clerk greeted by name
CASES["pl_office_clerk_greeted"] = (
    _m(
        "Szanowna Pani Dvořáková,\n\nzgodnie z rozmową telefoniczną wnioskujemy o dostęp do"
        " kanału XML z wynikami wyborów. Adres IP serwera: 198.51.100.62.\n\nZ poważaniem\n"
        "Piotr Wiśniewski\nGazeta Śląska Sp. z o.o.\ntel. +48 601 223 418\n",
        "p.wisniewski@gazetaslaska.example",
        "Piotr Wiśniewski",
    ),
    label(
        FEED,
        ("Gazeta Śląska Sp. z o.o.", None, None),
        ["198.51.100.62"],
        [],
        ("Piotr Wiśniewski", "p.wisniewski@gazetaslaska.example", "+48601223418"),
    ),
)

# 18. Hungarian: a case number that passes the IČO checksum
CASES["hu_case_number_checksum"] = (
    _m(
        "Tisztelt Hivatal!\n\nHivatkozással a 61663255 ügyszámú levelükre kérjük a"
        " hozzáférést a választási eredmények XML adatfolyamához. Szerver IP-címe:"
        " 203.0.113.63.\n\nÜdvözlettel:\nSzabó Katalin\nDunántúli Hírek Kft.\n"
        "+36 30 412 5567\n",
        "szabo.katalin@dunantulihirek.example",
        "Szabó Katalin",
    ),
    label(
        FEED,
        ("Dunántúli Hírek Kft.", None, None),
        ["203.0.113.63"],
        [],
        ("Szabó Katalin", "szabo.katalin@dunantulihirek.example", "+36304125567"),
    ),
)

# 19. French: a dossier reference shaped like a phone
CASES["fr_dossier_ref_phone_shape"] = (
    _m(
        "Madame, Monsieur,\n\nNous sollicitons l'accès au flux XML des résultats électoraux"
        " (votre réf. dossier 731 448 260). Adresse IP du serveur : 198.51.100.64.\n\n"
        "Cordialement,\nClaire Martin\nLes Nouvelles d'Alsace SARL\nTél. 03 88 41 27 90\n",
        "c.martin@nouvellesalsace.example",
        "Claire Martin",
    ),
    label(
        FEED,
        ("Les Nouvelles d'Alsace SARL", None, None),
        ["198.51.100.64"],
        [],
        ("Claire Martin", "c.martin@nouvellesalsace.example", "+33388412790"),
    ),
)

# 20. Italian: a protocol number that passes the IČO checksum
CASES["it_protocol_number_checksum"] = (
    _m(
        "Gentili Signori,\n\ncon riferimento al Prot. n. 73013471 chiediamo l'accesso al feed"
        " XML dei risultati elettorali. IP del server: 203.0.113.65.\n\nCordiali saluti\n"
        "Giulia Romano\nGiornale del Friuli S.r.l.\ntel. +39 0432 512 880\n",
        "g.romano@giornalefriuli.example",
        "Giulia Romano",
    ),
    label(
        FEED,
        ("Giornale del Friuli S.r.l.", None, None),
        ["203.0.113.65"],
        [],
        ("Giulia Romano", "g.romano@giornalefriuli.example", "+390432512880"),
    ),
)

# 21. Spanish: the office's person greeted by name
CASES["es_office_person_greeted"] = (
    _m(
        "Estimada Sra. Horáková:\n\nSolicitamos el acceso al feed XML de resultados"
        " electorales. La IP de nuestro servidor es 198.51.100.66.\n\nAtentamente,\n"
        "Javier Ortega\nDiario del Ebro S.L.\nTel. +34 976 44 12 08\n",
        "j.ortega@diariodelebro.example",
        "Javier Ortega",
    ),
    label(
        FEED,
        ("Diario del Ebro S.L.", None, None),
        ["198.51.100.66"],
        [],
        ("Javier Ortega", "j.ortega@diariodelebro.example", "+34976441208"),
    ),
)

# 22. Dutch: the old address only until 1 March
CASES["nl_old_until_march"] = (
    _m(
        "Geachte heer/mevrouw,\n\nWij vragen toegang tot de XML-feed met verkiezingsuitslagen."
        " Tot 1 maart gebruiken we nog 203.0.113.70, daarna vervalt dat adres en gebruiken we"
        " alleen 203.0.113.71. Zet u graag alleen het nieuwe adres open.\n\nMet vriendelijke"
        " groet,\nSanne de Vries\nNoord-Hollands Dagblad B.V.\n+31 6 1234 5678\n",
        "s.devries@nhdagblad.example",
        "Sanne de Vries",
    ),
    label(
        FEED,
        ("Noord-Hollands Dagblad B.V.", None, None),
        ["203.0.113.71"],
        [],
        ("Sanne de Vries", "s.devries@nhdagblad.example", "+31612345678"),
    ),
)

# 23. Swedish: primary and secondary, a test address for the secondary only
CASES["sv_primary_secondary_test"] = (
    _m(
        "Hej,\n\nVi ansöker om åtkomst till XML-flödet med valresultat.\nPrimär server:"
        " 198.51.100.72\nSekundär server: 198.51.100.73\nTestserver (endast för den sekundära):"
        " 198.51.100.74\n\nMed vänliga hälsningar\nErik Johansson\nGöteborgs Nyheter AB\n"
        "+46 31 701 22 40\n",
        "erik.johansson@gbgnyheter.example",
        "Erik Johansson",
    ),
    label(
        FEED,
        ("Göteborgs Nyheter AB", None, None),
        ["198.51.100.72", "198.51.100.73"],
        ["198.51.100.74"],
        ("Erik Johansson", "erik.johansson@gbgnyheter.example", "+46317012240"),
    ),
)

# 24. German: a table with "aktiv: nein" on one row
CASES["de_table_aktiv_nein"] = (
    _m(
        "Guten Tag,\n\nwir beantragen den Zugang zum XML-Feed der Wahlergebnisse.\n\n"
        "IP-Adresse     Rolle       aktiv\n203.0.113.75    Produktion  ja\n"
        "203.0.113.76    Produktion  nein\n203.0.113.77    Test        ja\n\n"
        "Mit freundlichen Grüßen\nStefan Braun\nBayerwald Echo GmbH\nTel. +49 991 371 20\n",
        "s.braun@bayerwald-echo.example",
        "Stefan Braun",
    ),
    label(
        FEED,
        ("Bayerwald Echo GmbH", None, None),
        ["203.0.113.75"],
        ["203.0.113.77"],
        ("Stefan Braun", "s.braun@bayerwald-echo.example", "+4999137120"),
    ),
)

# 25. English form: "[ ] Yes [x] No" for filming on one line
CASES["en_checkbox_yes_no_one_line"] = (
    _m(
        "APPLICATION FORM\n\nAccess to the XML results feed: [x] Yes [ ] No\nFilming at"
        " polling stations: [ ] Yes [x] No\n\nOrganisation: Danube Media Ltd\nServer IP:"
        " 192.0.2.78\nContact: Emily Clarke\nPhone: +44 161 496 0722\n"
        "E-mail: e.clarke@danubemedia.example\n",
        "e.clarke@danubemedia.example",
        "Emily Clarke",
    ),
    label(
        FEED,
        ("Danube Media Ltd", None, None),
        ["192.0.2.78"],
        [],
        ("Emily Clarke", "e.clarke@danubemedia.example", "+441614960722"),
    ),
)

# 26. Slovak: "call my colleague instead" for the technical contact
CASES["sk_call_colleague_instead"] = (
    _m(
        "Dobrý deň,\n\nžiadame o prístup k XML výsledkov volieb, IP adresa 198.51.100.79."
        " Ja budem na dovolenke, preto prosím volajte radšej kolegovi Jánovi Baranovi,"
        " ktorý je kontaktnou osobou: baran@kysuckenoviny.example, +421 905 331 208.\n\n"
        "S pozdravom\nMiroslava Hlinková\nKysucké noviny s.r.o.\n+421 41 421 3370\n",
        "hlinkova@kysuckenoviny.example",
        "Miroslava Hlinková",
    ),
    label(
        FEED,
        ("Kysucké noviny s.r.o.", None, None),
        ["198.51.100.79"],
        [],
        ("Ján Baran", "baran@kysuckenoviny.example", "+421905331208"),
    ),
)

# 27. German: a range with an en dash and a last-octet end
CASES["de_range_en_dash_shorthand"] = (
    _m(
        "Sehr geehrte Damen und Herren,\n\nbitte schalten Sie für unseren Abruf des XML-Feeds"
        " die Adressen 203.0.113.80–83 frei (alle Produktion).\n\nMit freundlichen Grüßen\n"
        "Lena Hoffmann\nSächsische Abendpost GmbH\nTel. +49 351 488 1207\n",
        "l.hoffmann@abendpost.example",
        "Lena Hoffmann",
    ),
    label(
        FEED,
        ("Sächsische Abendpost GmbH", None, None),
        ["203.0.113.80", "203.0.113.81", "203.0.113.82", "203.0.113.83"],
        [],
        ("Lena Hoffmann", "l.hoffmann@abendpost.example", "+493514881207"),
    ),
)

# 28. Czech applicant, a German mobile of its Dresden correspondent who is the contact
CASES["cz_applicant_german_mobile"] = (
    _m(
        "Dobrý den,\n\nza Chebský deník s.r.o., IČO 38219611, žádáme o přístup k XML výstupu"
        " výsledků voleb. IP adresa: 198.51.100.84.\n\nS pozdravem\nVáclav Fiala\n"
        "mobil +49 171 552 3098\n",
        "fiala@chebskydenik.example",
        "Václav Fiala",
    ),
    label(
        FEED,
        ("Chebský deník s.r.o.", "38219611", None),
        ["198.51.100.84"],
        [],
        ("Václav Fiala", "fiala@chebskydenik.example", "+491715523098"),
    ),
)

# 29. Czech: primary/secondary, test for the secondary only
CASES["cz_primary_secondary_test"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledků voleb.\nprimární server:"
        " 203.0.113.90\nsekundární server: 203.0.113.91\ntestovací (jen pro sekundární):"
        " 203.0.113.92\n\nS pozdravem\nRoman Čech\nTV Beskydy s.r.o., IČO 32859635\n"
        "tel. 558 404 112\n",
        "cech@tvbeskydy.example",
        "Roman Čech",
    ),
    label(
        FEED,
        ("TV Beskydy s.r.o.", "32859635", None),
        ["203.0.113.90", "203.0.113.91"],
        ["203.0.113.92"],
        ("Roman Čech", "cech@tvbeskydy.example", "+420558404112"),
    ),
)

# 30. Czech: the office's reference, phone-shaped, in the letter's header
CASES["cz_nase_zn_phone_shape"] = (
    _m(
        "Vaše zn.: 602 114 887\nNaše zn.: RED/2024/18\n\nDobrý den,\n\nžádáme o přístup k XML"
        " výstupu výsledků voleb. Server: 198.51.100.93.\n\nS pozdravem\nBarbora Havlíková\n"
        "Domažlický týdeník s.r.o., IČO 29978653\ntel. 379 720 415\n",
        "havlikova@domazlickytydenik.example",
        "Barbora Havlíková",
    ),
    label(
        FEED,
        ("Domažlický týdeník s.r.o.", "29978653", None),
        ["198.51.100.93"],
        [],
        ("Barbora Havlíková", "havlikova@domazlickytydenik.example", "+420379720415"),
    ),
)

# 31. English: an address valid only until a date, the new one after
CASES["en_valid_until_date"] = (
    _m(
        "Hi,\n\nPlease grant us access to the election results XML feed. Our current server"
        " 192.0.2.100 is being decommissioned and is valid only until 31 March; please"
        " whitelist its replacement 192.0.2.101 instead.\n\nThanks,\nNoah Bennett\n"
        "Prague Business Journal s.r.o., Reg. No. 79195156\n+420 739 401 226\n",
        "n.bennett@pbj.example",
        "Noah Bennett",
    ),
    label(
        FEED,
        ("Prague Business Journal s.r.o.", "79195156", None),
        ["192.0.2.101"],
        [],
        ("Noah Bennett", "n.bennett@pbj.example", "+420739401226"),
    ),
)

# 32. Czech data message: the annotation carries a case number passing the IČO checksum
CASES["dm_annotation_case_number_checksum"] = (
    data_message(
        "Odpověď na č.j. 32131313 – doplnění žádosti o XML",
        text_file(
            "doplneni.txt",
            "Doplňujeme žádost o přístup k XML výstupu výsledků voleb.\nŽadatel: Rádio Haná"
            " s.r.o., IČO 72520612\nIP adresa: 203.0.113.94\nKontakt: Pavla Žáková,"
            " zakova@radiohana.example, 585 220 107\n",
        ),
        sender="r7h2n4a",
        dm_sender="Rádio Haná s.r.o.",
    ),
    label(
        FEED,
        ("Rádio Haná s.r.o.", "72520612", "r7h2n4a"),
        ["203.0.113.94"],
        [],
        ("Pavla Žáková", "zakova@radiohana.example", "+420585220107"),
    ),
)

# 33. Hungarian form: "☐ IGEN ☒ NEM" on one line for filming
CASES["hu_checkbox_igen_nem_one_line"] = (
    _m(
        "Kérelem\n\nXML adatfolyam hozzáférés: ☒ IGEN ☐ NEM\nForgatás a szavazóhelyiségekben:"
        " ☐ IGEN ☒ NEM\n\nSzervezet: Alföldi Napló Kft.\nSzerver IP: 198.51.100.95\n"
        "Kapcsolattartó: Tóth Gábor\nTelefon: +36 20 331 7742\n",
        "toth.gabor@alfoldinaplo.example",
        "Tóth Gábor",
    ),
    label(
        FEED,
        ("Alföldi Napló Kft.", None, None),
        ["198.51.100.95"],
        [],
        ("Tóth Gábor", "toth.gabor@alfoldinaplo.example", "+36203317742"),
    ),
)

# 34. Czech form: a sole trader's IČ with a ten-digit birth number beside it
CASES["cz_form_ic_and_rodne_cislo"] = (
    _m(
        "Žádost o přístup k XML výstupu výsledků voleb\n\nŽadatel: Tereza Malá – Malá Data\n"
        "IČ: 18390803\nRodné číslo: 8556141234\nIP adresa: 198.51.100.96\n"
        "Telefon: 720 118 550\nE-mail: tereza@maladata.example\n",
        "tereza@maladata.example",
        "Tereza Malá",
    ),
    label(
        FEED,
        ("Tereza Malá – Malá Data", "18390803", None),
        ["198.51.100.96"],
        [],
        ("Tereza Malá", "tereza@maladata.example", "+420720118550"),
    ),
)

# 35. English: the office's person greeted by name, the applicant signs
CASES["en_office_person_greeted"] = (
    _m(
        "Dear Mr Dvořák,\n\nThank you for your call. As discussed, we apply for access to the"
        " election results XML feed from 192.0.2.102.\n\nKind regards,\nSophie Turner\n"
        "Editor, Vltava Review Ltd\nT +420 774 330 812\n",
        "sophie.turner@vltavareview.example",
        "Sophie Turner",
    ),
    label(
        FEED,
        ("Vltava Review Ltd", None, None),
        ["192.0.2.102"],
        [],
        ("Sophie Turner", "sophie.turner@vltavareview.example", "+420774330812"),
    ),
)

# 36. Czech: a VPN gateway in a technical table beside the server
CASES["cz_vpn_gateway_in_table"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledků voleb.\n\nServer (stahování XML):"
        " 203.0.113.111\nVPN brána (jen pro správu, nepovolovat): 203.0.113.110\n\n"
        "S pozdravem\nFilip Novotný\nKladenský deník s.r.o., IČO 45282153\n"
        "tel. 312 660 481\n",
        "novotny@kladenskydenik.example",
        "Filip Novotný",
    ),
    label(
        FEED,
        ("Kladenský deník s.r.o.", "45282153", None),
        ["203.0.113.111"],
        [],
        ("Filip Novotný", "novotny@kladenskydenik.example", "+420312660481"),
    ),
)

# 37. Italian: "rispettivamente" gives the roles by order
CASES["it_rispettivamente_roles"] = (
    _m(
        "Buongiorno,\n\nchiediamo l'accesso al feed XML dei risultati elettorali dagli"
        " indirizzi 198.51.100.120 e 198.51.100.121, rispettivamente di produzione e di"
        " test.\n\nCordiali saluti\nLuca Ferri\nCorriere Adriatico Digitale S.r.l.\n"
        "tel. +39 071 498 2260\n",
        "l.ferri@corriereadriatico.example",
        "Luca Ferri",
    ),
    label(
        FEED,
        ("Corriere Adriatico Digitale S.r.l.", None, None),
        ["198.51.100.120"],
        ["198.51.100.121"],
        ("Luca Ferri", "l.ferri@corriereadriatico.example", "+390714982260"),
    ),
)

# 38. German: "please call my colleague instead"
CASES["de_call_colleague_instead"] = (
    _m(
        "Sehr geehrte Damen und Herren,\n\nwir beantragen den Zugang zum XML-Feed, Server-IP"
        " 203.0.113.122. Telefonisch bin ich schwer erreichbar – Ansprechpartner ist daher"
        " mein Kollege Jonas Weber, j.weber@oberpfalz-kurier.example, Tel. +49 941 560 3318."
        "\n\nMit freundlichen Grüßen\nAndrea Keller\nChefredaktion\nOberpfalz-Kurier GmbH\n"
        "Tel. +49 941 560 3300\n",
        "a.keller@oberpfalz-kurier.example",
        "Andrea Keller",
    ),
    label(
        FEED,
        ("Oberpfalz-Kurier GmbH", None, None),
        ["203.0.113.122"],
        [],
        ("Jonas Weber", "j.weber@oberpfalz-kurier.example", "+499415603318"),
    ),
)

# 39. Czech data message: a town office for its town TV, filming and the feed
CASES["dm_town_office_tv_both"] = (
    data_message(
        "Žádost – TV Rokytná",
        text_file(
            "zadost.txt",
            "Městský úřad Rokytná, odbor kancelář starosty, za městskou televizi TV Rokytná"
            " žádá o přístup k XML výstupu výsledků voleb a o povolení natáčet ve volebních"
            " místnostech.\nŽadatel: Město Rokytná, IČO 52993086\nIP adresa: 198.51.100.123"
            "\nKontakt: Bc. Michal Stejskal, redaktor TV Rokytná, stejskal@rokytna.example,"
            " 568 840 219\n",
        ),
        sender="m4r8k2y",
        dm_sender="Město Rokytná",
    ),
    label(
        BOTH,
        ("Město Rokytná", "52993086", "m4r8k2y"),
        ["198.51.100.123"],
        [],
        ("Michal Stejskal", "stejskal@rokytna.example", "+420568840219"),
    ),
)

# 40. Czech: a proxy in prose named before the server
CASES["cz_proxy_named_first"] = (
    _m(
        "Dobrý den,\n\nnaše kancelářská síť jde ven přes proxy 203.0.113.124, ale XML bude"
        " stahovat samostatný server s veřejnou adresou 203.0.113.125, tu prosím povolte."
        "\n\nS pozdravem\nDaniela Pešková\nPísecký obzor s.r.o., IČO 16781546\n"
        "tel. 382 214 770\n",
        "peskova@piseckyobzor.example",
        "Daniela Pešková",
    ),
    label(
        FEED,
        ("Písecký obzor s.r.o.", "16781546", None),
        ["203.0.113.125"],
        [],
        ("Daniela Pešková", "peskova@piseckyobzor.example", "+420382214770"),
    ),
)

# Found by probing variants after the first run (labelled before extraction ran on them): a
# table whose header names the uses and has an "active" column, and a note "inactive".

# 41. Czech: a tab table with role columns and an "Aktivní" column, one row "ne"
CASES["cz_role_table_aktivni_column"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledků voleb.\n\nProdukce\tTest\tAktivní\n"
        "198.51.100.130\t198.51.100.131\tano\n198.51.100.132\t198.51.100.133\tne\n\n"
        "S pozdravem\nMilan Vrba\nBrněnský večerník s.r.o., IČO 69747105\ntel. 541 220 318\n",
        "vrba@brnenskyvecernik.example",
        "Milan Vrba",
    ),
    label(
        FEED,
        ("Brněnský večerník s.r.o.", "69747105", None),
        ["198.51.100.130"],
        ["198.51.100.131"],
        ("Milan Vrba", "vrba@brnenskyvecernik.example", "+420541220318"),
    ),
)

# 42. English: a bar table "Production | Test | Active?" with a row "No"
CASES["en_role_table_active_no"] = (
    _m(
        "Hello,\n\nWe apply for access to the election results XML feed.\n\n"
        "| Production | Test | Active? |\n| 192.0.2.134 | 192.0.2.135 | Yes |\n"
        "| 192.0.2.136 | 192.0.2.137 | No |\n\nRegards,\nHannah Price\nEast Slavonia Post Ltd\n"
        "+44 113 496 0581\n",
        "h.price@esp.example",
        "Hannah Price",
    ),
    label(
        FEED,
        ("East Slavonia Post Ltd", None, None),
        ["192.0.2.134"],
        ["192.0.2.135"],
        ("Hannah Price", "h.price@esp.example", "+441134960581"),
    ),
)

# 43. Czech: a labelled line with one address marked "(neaktivní)"
CASES["cz_inactive_note_on_test_line"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML.\nProdukční IP: 203.0.113.138\n"
        "Testovací IP: 203.0.113.139 (neaktivní)\nTestovací IP: 203.0.113.140\n\n"
        "S pozdravem\nSimona Krejčí\nTřebíčské listy s.r.o., IČO 37411551\n"
        "tel. 568 301 992\n",
        "krejci@trebicskelisty.example",
        "Simona Krejčí",
    ),
    label(
        FEED,
        ("Třebíčské listy s.r.o.", "37411551", None),
        ["203.0.113.138"],
        ["203.0.113.140"],
        ("Simona Krejčí", "krejci@trebicskelisty.example", "+420568301992"),
    ),
)

# 44. Near miss, Czech: "zatím neaktivní" is a server still to start: it stays
CASES["cz_not_yet_active_kept"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML.\nProdukční IP: 203.0.113.141\n"
        "Testovací IP: 203.0.113.142 (zatím neaktivní, spustíme v září)\n\n"
        "S pozdravem\nJakub Tichý\nŽďárský deník s.r.o., IČO 10138579\ntel. 566 620 114\n",
        "tichy@zdarskydenik.example",
        "Jakub Tichý",
    ),
    label(
        FEED,
        ("Žďárský deník s.r.o.", "10138579", None),
        ["203.0.113.141"],
        ["203.0.113.142"],
        ("Jakub Tichý", "tichy@zdarskydenik.example", "+420566620114"),
    ),
)

XFAIL: dict[str, str] = {
    "cz_old_until_january": "an address valid only until a date with its successor named ('do"
    " ledna ještě A, od února už jen B') keeps the old one (flagged: UNPLACED)",
    "cz_proxy_named_first": "an office proxy named before the downloading server ('jde ven přes"
    " proxy A, ale XML bude stahovat … B') is kept in production (flagged: UNPLACED)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r52_trap(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, {}))
def test_drill_r52_trap_never_wrong_and_certain(p: ParsedMessage, want: Label) -> None:
    """Every message, read right or not: no wrong value is presented as certain."""
    assert [m for m in misses(p, want) if m.endswith("(certain=True)")] == []
