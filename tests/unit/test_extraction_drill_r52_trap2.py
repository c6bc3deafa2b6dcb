"""A blind trap drill, fifty-second round, second part (issue 18): forty whole applications (cs,
sk, en, de, pl, hu, fr, it, es, nl, sv), each with one trap aimed at the contact and the
organisation: the contact's e-mail on the firm's domain while a personal address sends; a
signature image's alt text naming another person; "za redakci" signing beside a named
technician; a preferred mobile given second; a quoted out-of-office reply with a deputy's
contact; a trade name in quotation marks beside the legal name; a former company name ("dříve",
"formerly", "vormals"); a parent company's IČO in a footer; an Austrian UID or a Hungarian tax
number shaped like an IČO; another authority's data box in a quoted letter; names with
particles and double surnames; a role mailbox with the person named elsewhere; a newsroom's
switchboard before a direct line; the name only in the From header written "Surname, Given"; an
Impressum's managing director; a web form sent from a no-reply address. Every message was
labelled by ``tests/corpus/LABELS.md`` before extraction ran on it; each is scored field by
field as the corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str, *extra: Component, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)


CASES["cz_firm_mail_personal_sender"] = (
    _m(
        "Dobrý den,\n\nposílám z osobní adresy, firemní pošta nám dnes nejde. Žádáme o přístup"
        " k XML výsledkům voleb pro server 198.51.100.41.\n\nKontaktní osoba: Jana Králová,"
        " jana.kralova@hlasvalasska.example, tel. 731 402 118\n\nS pozdravem\nJana Králová\n"
        "Hlas Valašska s.r.o., IČO 59124083\n",
        "janicka.kralova77@seznam.example",
        "Jana K.",
    ),
    label(
        FEED,
        ("Hlas Valašska s.r.o.", "59124083", None),
        ["198.51.100.41"],
        [],
        ("Jana Králová", "jana.kralova@hlasvalasska.example", "+420731402118"),
    ),
)

CASES["cz_signature_image_alt_other"] = (
    _m(
        "Dobrý den,\n\nrádi bychom na volební noc natáčeli ve sběrném místě v Kolíně.\n\n"
        "S pozdravem\n\nTereza Novotná\nprodukce\nTV Polabí s.r.o., IČO 34508228\n"
        "tel. 606 330 412\n\n[image: podpis - Ing. Petr Malý, jednatel]\n",
        "novotna@tvpolabi.example",
        "Tereza Novotná",
    ),
    label(
        REC,
        ("TV Polabí s.r.o.", "34508228", None),
        [],
        [],
        ("Tereza Novotná", "novotna@tvpolabi.example", "+420606330412"),
    ),
)

CASES["cz_za_redakci_technician_named"] = (
    _m(
        "Vážení,\n\nžádáme o zpřístupnění XML feedu s výsledky voleb. Naše IP: 203.0.113.42.\n"
        "Kontaktní osobou pro technické nastavení je náš správce Ondřej Kučera,"
        " kucera@podbrdsko.example, mobil 777 210 934.\n\nZa redakci\nMgr. Hana Veselá,"
        " šéfredaktorka\nPodbrdsko Media s.r.o.\nIČO 28088166\n",
        "vesela@podbrdsko.example",
        "Hana Veselá",
    ),
    label(
        FEED,
        ("Podbrdsko Media s.r.o.", "28088166", None),
        ["203.0.113.42"],
        [],
        ("Ondřej Kučera", "kucera@podbrdsko.example", "+420777210934"),
    ),
)

CASES["cz_mobile_preferred_second"] = (
    _m(
        "Dobrý den,\n\nžádám o přístup k XML výstupu výsledků voleb, adresa serveru"
        " 198.51.100.43.\n\nDěkuji\nLukáš Beneš\nJihočeský obzor s.r.o., IČO 76790550\n"
        "tel. do kanceláře 385 720 114 (tam bývám málokdy), prosím volejte na mobil 603 221 908\n",
        "benes@jcobzor.example",
        "Lukáš Beneš",
    ),
    label(
        FEED,
        ("Jihočeský obzor s.r.o.", "76790550", None),
        ["198.51.100.43"],
        [],
        ("Lukáš Beneš", "benes@jcobzor.example", "+420603221908"),
    ),
)

CASES["en_quoted_out_of_office_deputy"] = (
    _m(
        "Hello,\n\nresending my request below, as my colleague's auto-reply came back to you"
        " in copy.\n\nWe apply for access to the XML election results feed from 198.51.100.44."
        "\n\nBest regards\nOliver Grant\nDanube Wire Ltd\n+44 20 7946 0812\n\n"
        "-----Original Message-----\nFrom: Sarah Lee\nSubject: Automatic reply: election feed\n"
        "\nI am out of the office until 14 October. For urgent matters please contact Peter"
        " Hill, peter.hill@danubewire.example, +44 20 7946 0990.\n",
        "oliver.grant@danubewire.example",
        "Oliver Grant",
    ),
    label(
        FEED,
        ("Danube Wire Ltd", None, None),
        ["198.51.100.44"],
        [],
        ("Oliver Grant", "oliver.grant@danubewire.example", "+442079460812"),
    ),
)

CASES["cz_trade_name_in_quotes"] = (
    _m(
        "Dobrý den,\n\nza naši společnost Tiskárna a vydavatelství Podhoran, s.r.o. (obchodní"
        " značka „Podhoran Media“) žádáme o přístup k XML datům výsledků voleb z adresy"
        " 203.0.113.45.\n\nS pozdravem\nMarek Šťastný\nIČO 11384841\ntel. 721 558 306\n",
        "stastny@podhoran.example",
        "Marek Šťastný",
    ),
    label(
        FEED,
        ("Tiskárna a vydavatelství Podhoran, s.r.o.", "11384841", None),
        ["203.0.113.45"],
        [],
        ("Marek Šťastný", "stastny@podhoran.example", "+420721558306"),
    ),
)

CASES["cz_former_name_drive"] = (
    _m(
        "Dobrý den,\n\nžádáme o povolení natáčet na sběrném místě v Jihlavě během sčítání"
        " hlasů.\n\nS pozdravem\nPavla Řezníčková\nMediální dům Vysočina a.s. (dříve Vysočina"
        " Press a.s.)\nIČO: 41547918\nmobil 737 604 221\n",
        "reznickova@mdvysocina.example",
        "Pavla Řezníčková",
    ),
    label(
        REC,
        ("Mediální dům Vysočina a.s.", "41547918", None),
        [],
        [],
        ("Pavla Řezníčková", "reznickova@mdvysocina.example", "+420737604221"),
    ),
)

CASES["en_formerly_name"] = (
    _m(
        "Dear Sir or Madam,\n\nNorthgate News Ltd (formerly Tynemouth Courier Ltd) applies for"
        " access to your XML results feed. Production server: 198.51.100.46, test server:"
        " 198.51.100.47.\n\nKind regards\nEmily Watson\nData Editor\n+44 191 496 0331\n",
        "e.watson@northgatenews.example",
        "Emily Watson",
    ),
    label(
        FEED,
        ("Northgate News Ltd", None, None),
        ["198.51.100.46"],
        ["198.51.100.47"],
        ("Emily Watson", "e.watson@northgatenews.example", "+441914960331"),
    ),
)

CASES["de_vormals_name"] = (
    _m(
        "Sehr geehrte Damen und Herren,\n\nwir beantragen den Zugang zum XML-Feed der"
        " Wahlergebnisse für unseren Server 203.0.113.48.\n\nMit freundlichen Grüßen\n"
        "Jonas Krüger\nVogtland Medien GmbH (vormals Plauener Anzeiger Verlag GmbH)\n"
        "Tel. +49 3741 28 15 30\n",
        "krueger@vogtlandmedien.example",
        "Jonas Krüger",
    ),
    label(
        FEED,
        ("Vogtland Medien GmbH", None, None),
        ["203.0.113.48"],
        [],
        ("Jonas Krüger", "krueger@vogtlandmedien.example", "+493741281530"),
    ),
)

CASES["cz_parent_ico_footer_own_given"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb, server 198.51.100.49.\n\n"
        "S pozdravem\nRoman Vávra\nDeník Brdy s.r.o., IČO 66601509\ntel. 602 887 145\n\n--\n"
        "Deník Brdy s.r.o. je součástí skupiny Regionální média Holding a.s., IČO 12225584,"
        " zapsané v OR vedeném Městským soudem v Praze.\n",
        "vavra@denikbrdy.example",
        "Roman Vávra",
    ),
    label(
        FEED,
        ("Deník Brdy s.r.o.", "66601509", None),
        ["198.51.100.49"],
        [],
        ("Roman Vávra", "vavra@denikbrdy.example", "+420602887145"),
    ),
)

CASES["cz_parent_ico_footer_only"] = (
    _m(
        "Dobrý den,\n\nprosíme o přístup k XML výstupu výsledků voleb pro adresu 203.0.113.50."
        "\n\nDěkuji\nKlára Bartošová\nredakce Svitavský týden\ntel. 739 224 610\n\n--\n"
        "Svitavský týden vydává společnost ze skupiny Východočeská vydavatelská a.s., IČO"
        " 31313001.\n",
        "bartosova@svitavskytyden.example",
        "Klára Bartošová",
    ),
    label(
        FEED,
        (None, None, None),
        ["203.0.113.50"],
        [],
        ("Klára Bartošová", "bartosova@svitavskytyden.example", "+420739224610"),
    ),
)

CASES["de_austrian_uid_shaped_like_ico"] = (
    _m(
        "Sehr geehrte Damen und Herren,\n\nwir möchten am Wahlabend in einem Ihrer"
        " Auszählungszentren filmen.\n\nMit freundlichen Grüßen\nLena Hofbauer\nMühlviertel TV"
        " GmbH\nUID: ATU64922766\nTel. +43 732 771 204\n",
        "hofbauer@muehlviertel-tv.example",
        "Lena Hofbauer",
    ),
    label(
        REC,
        ("Mühlviertel TV GmbH", None, None),
        [],
        [],
        ("Lena Hofbauer", "hofbauer@muehlviertel-tv.example", "+43732771204"),
    ),
)

CASES["hu_tax_number_shaped_like_ico"] = (
    _m(
        "Tisztelt Hivatal!\n\nKérjük hozzáférés biztosítását a választási eredmények XML"
        " adatfolyamához a 198.51.100.51 IP-címről.\n\nÜdvözlettel\nSzabó Márton\nDunántúli"
        " Hírek Kft.\nAdószám: 12518221-2-13\nTel.: +36 30 412 7788\n",
        "szabo.marton@dhirek.example",
        "Szabó Márton",
    ),
    label(
        FEED,
        ("Dunántúli Hírek Kft.", None, None),
        ["198.51.100.51"],
        [],
        ("Szabó Márton", "szabo.marton@dhirek.example", "+36304127788"),
    ),
)

CASES["cz_other_authority_box_quoted"] = (
    _m(
        "Dobrý den,\n\nna základě doporučení krajského úřadu (jeho dopis níže) žádáme o přístup"
        " k XML výsledkům voleb ze serveru 198.51.100.52.\n\nS pozdravem\nFilip Horáček\n"
        "Rádio Litava s.r.o., IČO 41962079\ntel. 730 115 628\n\n> Krajský úřad Jihomoravského"
        " kraje, odbor informatiky\n> ID datové schránky: x2pbqvh\n> Doporučujeme obrátit se"
        " přímo na Český statistický úřad.\n",
        "horacek@radiolitava.example",
        "Filip Horáček",
    ),
    label(
        FEED,
        ("Rádio Litava s.r.o.", "41962079", None),
        ["198.51.100.52"],
        [],
        ("Filip Horáček", "horacek@radiolitava.example", "+420730115628"),
    ),
)

CASES["nl_van_der_particle"] = (
    _m(
        "Geachte heer/mevrouw,\n\nHierbij vragen wij toegang tot de XML-feed met"
        " verkiezingsuitslagen vanaf ons IP-adres 203.0.113.53.\n\nContactpersoon: Pieter van"
        " der Berg, p.vanderberg@omroepwaterland.example, +31 20 555 0143\n\nMet vriendelijke"
        " groet,\nSanne de Vries\nhoofdredacteur, Omroep Waterland B.V.\n",
        "s.devries@omroepwaterland.example",
        "Sanne de Vries",
    ),
    label(
        FEED,
        ("Omroep Waterland B.V.", None, None),
        ["203.0.113.53"],
        [],
        ("Pieter van der Berg", "p.vanderberg@omroepwaterland.example", "+31205550143"),
    ),
)

CASES["es_double_surname"] = (
    _m(
        "Estimados señores:\n\nSolicitamos acceso al feed XML de resultados electorales desde"
        " la IP 198.51.100.54 (producción).\n\nAtentamente,\nMaría de la Fuente García\n"
        "Ediciones del Sur, S.L. (editora de «Diario Bético»)\nTel. +34 954 12 33 80\n",
        "mdelafuente@edsur.example",
        "María de la Fuente García",
    ),
    label(
        FEED,
        ("Ediciones del Sur, S.L.", None, None),
        ["198.51.100.54"],
        [],
        ("María de la Fuente García", "mdelafuente@edsur.example", "+34954123380"),
    ),
)

CASES["de_von_particle_hyphen"] = (
    _m(
        "Guten Tag,\n\nwir beantragen eine Drehgenehmigung in einem Wahllokal sowie den Zugang"
        " zum XML-Ergebnisfeed (Server 203.0.113.55).\n\nAnsprechpartner: Karl-Heinz von Bülow,"
        " Tel. +49 351 440 2871, k.vonbuelow@elbland-tv.example\n\nViele Grüße\nAnja Richter\n"
        "Elbland TV GmbH\n",
        "a.richter@elbland-tv.example",
        "Anja Richter",
    ),
    label(
        BOTH,
        ("Elbland TV GmbH", None, None),
        ["203.0.113.55"],
        [],
        ("Karl-Heinz von Bülow", "k.vonbuelow@elbland-tv.example", "+493514402871"),
    ),
)

CASES["cz_role_mailbox_named_signer"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML feedu výsledků voleb, IP 198.51.100.56.\n"
        "Kontakt pro technické věci: it@zpravodajkrnov.example, tel. 554 611 240\n\n"
        "S pozdravem\nRadek Šimek\nZpravodaj Krnovska s.r.o., IČO 19592108\n",
        "simek@zpravodajkrnov.example",
        "Radek Šimek",
    ),
    label(
        FEED,
        ("Zpravodaj Krnovska s.r.o.", "19592108", None),
        ["198.51.100.56"],
        [],
        ("Radek Šimek", "it@zpravodajkrnov.example", "+420554611240"),
    ),
)

CASES["cz_switchboard_before_direct"] = (
    _m(
        "Dobrý den,\n\nprosíme o přístup k XML výsledkům voleb, server 203.0.113.57.\n\n"
        "S pozdravem\nIvana Marešová\nvedoucí online redakce\nPražský posel a.s., IČO 76085163\n"
        "ústředna redakce: 224 810 100, přímá linka: 224 810 137\n",
        "maresova@prazskyposel.example",
        "Ivana Marešová",
    ),
    label(
        FEED,
        ("Pražský posel a.s.", "76085163", None),
        ["203.0.113.57"],
        [],
        ("Ivana Marešová", "maresova@prazskyposel.example", "+420224810137"),
    ),
)

CASES["cz_from_header_surname_comma"] = (
    _m(
        "Dobrý den,\n\nv příloze posílám naši žádost o přístup k XML výsledkům voleb z adresy"
        " 198.51.100.58, prosím o vyřízení.\n\nDíky\n\nTýdeník Orlice s.r.o.\nIČO 42298148\n"
        "tel. 494 531 207\n",
        "prochazkova@tydenikorlice.example",
        "Procházková, Eva",
    ),
    label(
        FEED,
        ("Týdeník Orlice s.r.o.", "42298148", None),
        ["198.51.100.58"],
        [],
        ("Eva Procházková", "prochazkova@tydenikorlice.example", "+420494531207"),
    ),
)

CASES["de_impressum_geschaeftsfuehrer"] = (
    _m(
        "Sehr geehrte Damen und Herren,\n\nhiermit beantragen wir Zugang zum XML-Feed der"
        " Wahlergebnisse, IP-Adresse 203.0.113.59.\n\nBeste Grüße\nTim Schubert\nOnline-Redaktion"
        "\nTel. +49 371 656 2204\n\n---\nImpressum: Erzgebirgs-Echo Verlag GmbH, Annaberger"
        " Str. 12, 09111 Chemnitz\nGeschäftsführer: Dr. Anton Weiß\nHRB 24411, Amtsgericht"
        " Chemnitz\nTel. +49 371 656 0\n",
        "schubert@erzecho.example",
        "Tim Schubert",
    ),
    label(
        FEED,
        ("Erzgebirgs-Echo Verlag GmbH", None, None),
        ["203.0.113.59"],
        [],
        ("Tim Schubert", "schubert@erzecho.example", "+493716562204"),
    ),
)

CASES["cz_web_form_noreply"] = (
    _m(
        "Nový požadavek z webového formuláře\n\nTyp žádosti: přístup k XML výsledkům voleb\n"
        "Organizace: Kraj Online z.ú.\nIČO: 35914904\nIP adresa (produkce): 198.51.100.60\n"
        "IP adresa (test): \nJméno: Vojtěch Pokorný\nE-mail: pokorny@krajonline.example\n"
        "Telefon: 608 552 913\n\nTato zpráva byla vygenerována automaticky, neodpovídejte na ni.\n",
        "noreply@formulare.example",
        "Webový formulář",
    ),
    label(
        FEED,
        ("Kraj Online z.ú.", "35914904", None),
        ["198.51.100.60"],
        [],
        ("Vojtěch Pokorný", "pokorny@krajonline.example", "+420608552913"),
    ),
)

CASES["sk_konatel_signs_contact_named"] = (
    _m(
        "Dobrý deň,\n\nžiadame o prístup k XML výsledkom volieb z IP adresy 203.0.113.61.\n"
        "Kontaktná osoba: Lucia Hudecová, hudecova@zahorie-online.example, 0905 221 347\n\n"
        "S pozdravom\nIng. Martin Kováč, konateľ\nZáhorie Online s.r.o.\n",
        "kovac@zahorie-online.example",
        "Martin Kováč",
    ),
    label(
        FEED,
        ("Záhorie Online s.r.o.", None, None),
        ["203.0.113.61"],
        [],
        ("Lucia Hudecová", "hudecova@zahorie-online.example", "+421905221347"),
    ),
)

CASES["pl_double_surname_redakcja_sender"] = (
    _m(
        "Szanowni Państwo,\n\nzwracamy się z prośbą o dostęp do kanału XML z wynikami wyborów"
        " dla adresu IP 198.51.100.62.\n\nOsoba do kontaktu: Zofia Nowak-Kowalska, tel. +48 601"
        " 220 415, z.nowak-kowalska@gazetaslaska.example\n\nZ poważaniem\nRedakcja\nGazeta"
        " Śląska Sp. z o.o.\n",
        "redakcja@gazetaslaska.example",
        "Redakcja Gazety Śląskiej",
    ),
    label(
        FEED,
        ("Gazeta Śląska Sp. z o.o.", None, None),
        ["198.51.100.62"],
        [],
        ("Zofia Nowak-Kowalska", "z.nowak-kowalska@gazetaslaska.example", "+48601220415"),
    ),
)

CASES["fr_de_particle_contact"] = (
    _m(
        "Madame, Monsieur,\n\nNous sollicitons l'autorisation de filmer dans un centre de"
        " dépouillement le soir des élections.\n\nContact : Jean-Baptiste de Villiers, +33 6 12"
        " 44 58 90, jb.devilliers@lyonmatin.example\n\nBien cordialement,\nCamille Roux\n"
        "Lyon Matin SAS\n",
        "c.roux@lyonmatin.example",
        "Camille Roux",
    ),
    label(
        REC,
        ("Lyon Matin SAS", None, None),
        [],
        [],
        ("Jean-Baptiste de Villiers", "jb.devilliers@lyonmatin.example", "+33612445890"),
    ),
)

CASES["it_dal_particle_referente"] = (
    _m(
        "Gentili Signori,\n\nchiediamo l'accesso al feed XML dei risultati elettorali per il"
        " server 203.0.113.63.\nReferente: dott.ssa Anna Maria Dal Bosco, tel. +39 0461 224 917,"
        " am.dalbosco@altoadigenews.example\n\nCordiali saluti\nLuca Ferri\nAlto Adige News"
        " S.r.l.\n",
        "l.ferri@altoadigenews.example",
        "Luca Ferri",
    ),
    label(
        FEED,
        ("Alto Adige News S.r.l.", None, None),
        ["203.0.113.63"],
        [],
        ("Anna Maria Dal Bosco", "am.dalbosco@altoadigenews.example", "+390461224917"),
    ),
)

CASES["sv_switchboard_direct"] = (
    _m(
        "Hej,\n\nvi ansöker om åtkomst till XML-flödet med valresultat från IP 198.51.100.64.\n"
        "\nKontaktperson: Anna-Karin Lindqvist\nväxel 08-123 45 00, direkt 08-123 45 17\n"
        "anna-karin.lindqvist@malarposten.example\n\nMed vänliga hälsningar\nAnna-Karin"
        " Lindqvist\nMälarposten AB\n",
        "anna-karin.lindqvist@malarposten.example",
        "Anna-Karin Lindqvist",
    ),
    label(
        FEED,
        ("Mälarposten AB", None, None),
        ["198.51.100.64"],
        [],
        ("Anna-Karin Lindqvist", "anna-karin.lindqvist@malarposten.example", "+4681234517"),
    ),
)

CASES["hu_double_surname_dr"] = (
    _m(
        "Tisztelt Cím!\n\nEngedélyt kérünk a szavazatszámláló központban történő forgatásra a"
        " választás éjszakáján.\n\nKapcsolattartó: Dr. Nagy-Szabó Krisztina, +36 20 331 4402,"
        " nagyszabo.krisztina@tiszatv.example\n\nÜdvözlettel\nKiss Ádám\nTisza TV Zrt.\n",
        "kiss.adam@tiszatv.example",
        "Kiss Ádám",
    ),
    label(
        REC,
        ("Tisza TV Zrt.", None, None),
        [],
        [],
        ("Nagy-Szabó Krisztina", "nagyszabo.krisztina@tiszatv.example", "+36203314402"),
    ),
)

CASES["cz_brand_sender_legal_sig"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb, server 203.0.113.65, testovací"
        " 203.0.113.66.\n\nS pozdravem\nJakub Toman\nonline editor\n\nŠumavské noviny s.r.o.\n"
        "IČO 81881509\ntel. 376 312 840\n",
        "toman@klatovskydenik.example",
        "Klatovský deník",
    ),
    label(
        FEED,
        ("Šumavské noviny s.r.o.", "81881509", None),
        ["203.0.113.65"],
        ["203.0.113.66"],
        ("Jakub Toman", "toman@klatovskydenik.example", "+420376312840"),
    ),
)

CASES["cz_fax_before_phone"] = (
    _m(
        "Dobrý den,\n\nžádáme o povolení natáčení ve sběrném místě v Pardubicích.\n\n"
        "S pozdravem\nAlena Kubíčková\nTV Pernštejn s.r.o., IČO 98815920\nfax 466 512 301,"
        " tel. 466 512 300\n",
        "kubickova@tvpernstejn.example",
        "Alena Kubíčková",
    ),
    label(
        REC,
        ("TV Pernštejn s.r.o.", "98815920", None),
        [],
        [],
        ("Alena Kubíčková", "kubickova@tvpernstejn.example", "+420466512300"),
    ),
)

CASES["cz_first_name_only_signed"] = (
    _m(
        "Ahoj,\n\nještě jednou posílám žádost o přístup k XML výsledkům voleb pro náš server"
        " 198.51.100.67. Vydavatel: Beskydský kurýr s.r.o., IČO 90710444.\n\nDíky, Jana\n"
        "tel. 732 881 509\n",
        "horka@beskydskykuryr.example",
        "Jana Horká",
    ),
    label(
        FEED,
        ("Beskydský kurýr s.r.o.", "90710444", None),
        ["198.51.100.67"],
        [],
        ("Jana Horká", "horka@beskydskykuryr.example", "+420732881509"),
    ),
)

CASES["en_signature_pipes_switchboard"] = (
    _m(
        "Hi,\n\nRiverside Media Ltd would like access to the XML results feed from"
        " 203.0.113.68.\n\nThanks,\nJohn Carter | Head of Digital | Riverside Media Ltd |"
        " T: +44 20 7946 0000 (switchboard) | M: +44 7700 900123\n",
        "john.carter@riversidemedia.example",
        "John Carter",
    ),
    label(
        FEED,
        ("Riverside Media Ltd", None, None),
        ["203.0.113.68"],
        [],
        ("John Carter", "john.carter@riversidemedia.example", "+447700900123"),
    ),
)

CASES["cz_databox_sender_contact_in_file"] = (
    data_message(
        "Žádost o přístup k XML výsledkům voleb",
        text_file(
            "zadost.txt",
            "Žadatel: Valašský zpravodaj, z.s., IČO 36776998\nŽádáme o přístup k XML výsledkům"
            " voleb z IP 198.51.100.69.\nKontaktní osoba: Bc. Petr Kopecký, tel. 571 611 204,"
            " kopecky@valzpravodaj.example\n\nZa spolek: Marie Zemanová, předsedkyně\n",
        ),
        sender="k7mtr2p",
        dm_sender="Valašský zpravodaj, z.s.",
    ),
    label(
        FEED,
        ("Valašský zpravodaj, z.s.", "36776998", "k7mtr2p"),
        ["198.51.100.69"],
        [],
        ("Petr Kopecký", "kopecky@valzpravodaj.example", "+420571611204"),
    ),
)

CASES["cz_signature_image_alt_html"] = (
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb, server 203.0.113.70.\n\n"
            "S pozdravem\nDavid Holub\nNovinky z Podřipska s.r.o., IČO 92053581\ntel. 725 440 318\n"
        ),
        html_body(
            "<p>Dobrý den,</p><p>žádáme o přístup k XML výsledkům voleb, server 203.0.113.70.</p>"
            "<p>S pozdravem<br>David Holub<br>Novinky z Podřipska s.r.o., IČO 92053581<br>"
            "tel. 725 440 318</p><img src='cid:logo' alt='Mgr. Simona Fialová, jednatelka,"
            " tel. 725 440 300'>"
        ),
        subject="Žádost",
        sender="holub@novinkypodripsko.example",
        sender_name="David Holub",
    ),
    label(
        FEED,
        ("Novinky z Podřipska s.r.o.", "92053581", None),
        ["203.0.113.70"],
        [],
        ("David Holub", "holub@novinkypodripsko.example", "+420725440318"),
    ),
)

CASES["cz_assistant_sends_for_boss"] = (
    _m(
        "Dobrý den,\n\nv zastoupení pana šéfredaktora posílám žádost o povolení natáčet na"
        " sběrném místě v Olomouci. Kontaktní osobou je pan Mgr. Tomáš Vlk, vlk@hanackynet.example,"
        " tel. 585 202 611.\n\nS pozdravem\nPetra Malá, asistentka\nHanácký net s.r.o.,"
        " IČO 78026261\n",
        "mala@hanackynet.example",
        "Petra Malá",
    ),
    label(
        REC,
        ("Hanácký net s.r.o.", "78026261", None),
        [],
        [],
        ("Tomáš Vlk", "vlk@hanackynet.example", "+420585202611"),
    ),
)

CASES["cz_ico_of_agency_in_body"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb z adresy 198.51.100.71. Server"
        " nám spravuje firma NetSpráva s.r.o. (IČO 17027616), která bude feed stahovat.\n\n"
        "S pozdravem\nZdeněk Kolář\nRadnice Live s.r.o., IČO 91681316\ntel. 734 118 205\n",
        "kolar@radnicelive.example",
        "Zdeněk Kolář",
    ),
    label(
        FEED,
        ("Radnice Live s.r.o.", "91681316", None),
        ["198.51.100.71"],
        [],
        ("Zdeněk Kolář", "kolar@radnicelive.example", "+420734118205"),
    ),
)

CASES["it_partita_iva_no_ico"] = (
    _m(
        "Buongiorno,\n\nchiediamo l'accesso al feed XML dei risultati elettorali dall'indirizzo"
        " 203.0.113.72.\n\nCordiali saluti\nGiulia Romano\nRadio Lago Maggiore S.r.l.\n"
        "P.IVA 02797013705\nTel. +39 0323 504 118\n",
        "g.romano@radiolago.example",
        "Giulia Romano",
    ),
    label(
        FEED,
        ("Radio Lago Maggiore S.r.l.", None, None),
        ["203.0.113.72"],
        [],
        ("Giulia Romano", "g.romano@radiolago.example", "+390323504118"),
    ),
)

CASES["cz_reply_to_other_person_in_body"] = (
    _m(
        "Dobrý den,\n\nžádám o přístup k XML výsledkům voleb pro server 198.51.100.73. Odpovědi"
        " prosím posílejte na kolegyni, která to bude mít na starosti: Šárka Dvořáková,"
        " dvorakova@brnenskyden.example, tel. 541 220 917.\n\nS pozdravem\nMartin Pospíšil\n"
        "Brněnský den s.r.o., IČO 31226311\ntel. 541 220 900\n",
        "pospisil@brnenskyden.example",
        "Martin Pospíšil",
    ),
    label(
        FEED,
        ("Brněnský den s.r.o.", "31226311", None),
        ["198.51.100.73"],
        [],
        ("Šárka Dvořáková", "dvorakova@brnenskyden.example", "+420541220917"),
    ),
)

CASES["sk_former_name_predtym"] = (
    _m(
        "Dobrý deň,\n\nžiadame o povolenie nakrúcať na zbernom mieste počas sčítania hlasov.\n\n"
        "S pozdravom\nPeter Baláž\nKysucké médiá, s.r.o. (predtým Kysucký hlas, s.r.o.)\n"
        "tel. +421 41 421 3308\n",
        "balaz@kysuckemedia.example",
        "Peter Baláž",
    ),
    label(
        REC,
        ("Kysucké médiá, s.r.o.", None, None),
        [],
        [],
        ("Peter Baláž", "balaz@kysuckemedia.example", "+421414213308"),
    ),
)

CASES["cz_contact_table_surname_first_boss_row"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb.\n\nOrganizace | Kraj Press s.r.o."
        " | IČO 21214697\nIP produkce | 203.0.113.74\nStatutární orgán | Holý Miroslav, jednatel\n"
        "Kontaktní osoba | Šedivá Lenka | sediva@krajpress.example | 604 330 871\n\n"
        "S pozdravem\nLenka Šedivá\n",
        "sediva@krajpress.example",
        "Lenka Šedivá",
    ),
    label(
        FEED,
        ("Kraj Press s.r.o.", "21214697", None),
        ["203.0.113.74"],
        [],
        ("Lenka Šedivá", "sediva@krajpress.example", "+420604330871"),
    ),
)

CASES["pl_nip_regon_no_ico"] = (
    _m(
        "Dzień dobry,\n\nuprzejmie prosimy o zgodę na nagrywanie w punkcie liczenia głosów.\n\n"
        "Pozdrawiam\nKatarzyna Wiśniewska\nTelewizja Beskidy Sp. z o.o.\nNIP 5471987230, REGON"
        " 964080731\ntel. +48 33 812 44 70\n",
        "k.wisniewska@tvbeskidy.example",
        "Katarzyna Wiśniewska",
    ),
    label(
        REC,
        ("Telewizja Beskidy Sp. z o.o.", None, None),
        [],
        [],
        ("Katarzyna Wiśniewska", "k.wisniewska@tvbeskidy.example", "+48338124470"),
    ),
)

CASES["en_contact_line_personal_gmail"] = (
    _m(
        "Hello,\n\nBaltic Dispatch OÜ asks for access to the XML election results feed."
        " Production IP 198.51.100.75.\nContact: Mart Tamm (please use mart.tamm@balticdispatch"
        ".example, not my private address I write from), +372 5123 4411\n\nRegards\nMart Tamm\n",
        "mart.tamm.1984@gmail.example",
        "Mart Tamm",
    ),
    label(
        FEED,
        ("Baltic Dispatch OÜ", None, None),
        ["198.51.100.75"],
        [],
        ("Mart Tamm", "mart.tamm@balticdispatch.example", "+37251234411"),
    ),
)

CASES["cz_founder_town_ico"] = (
    _m(
        "Dobrý den,\n\nžádáme o povolení natáčet ve sběrném místě a o přístup k XML výsledkům"
        " voleb ze serveru 198.51.100.76.\n\nS pozdravem\nBc. Hana Jelínková, ředitelka\n"
        "Televize Polička, příspěvková organizace, IČO 71818448\nzřizovatel: Město Polička,"
        " IČO 00277444\ntel. 461 723 815\n",
        "jelinkova@tvpolicka.example",
        "Hana Jelínková",
    ),
    label(
        BOTH,
        ("Televize Polička, příspěvková organizace", "71818448", None),
        ["198.51.100.76"],
        [],
        ("Hana Jelínková", "jelinkova@tvpolicka.example", "+420461723815"),
    ),
)

CASES["cz_old_number_in_parentheses"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb, IP 203.0.113.77.\n\n"
        "S pozdravem\nMilan Říha\nOrlické listy s.r.o., IČO 83391002\n"
        "tel. (původní číslo 605 118 227 už neplatí) 731 225 408\n",
        "riha@orlickelisty.example",
        "Milan Říha",
    ),
    label(
        FEED,
        ("Orlické listy s.r.o.", "83391002", None),
        ["203.0.113.77"],
        [],
        ("Milan Říha", "riha@orlickelisty.example", "+420731225408"),
    ),
)

CASES["cz_write_to_newsroom_not_me"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb pro server 198.51.100.78."
        " Odpovědi prosím posílejte na redakce@zlinskyvecernik.example, ne na můj e-mail.\n\n"
        "S pozdravem\nOtakar Smutný\nZlínský večerník s.r.o., IČO 44691211\ntel. 577 018 442\n",
        "smutny@zlinskyvecernik.example",
        "Otakar Smutný",
    ),
    label(
        FEED,
        ("Zlínský večerník s.r.o.", "44691211", None),
        ["198.51.100.78"],
        [],
        ("Otakar Smutný", "redakce@zlinskyvecernik.example", "+420577018442"),
    ),
)

CASES["de_iv_signs_ansprechpartnerin"] = (
    _m(
        "Sehr geehrte Damen und Herren,\n\nwir beantragen den Zugang zum XML-Feed der"
        " Wahlergebnisse (IP 203.0.113.79).\nIhre Ansprechpartnerin bei uns: Frau Dr. Petra"
        " Schulz, Tel. +49 341 218 7730, p.schulz@leipzig-live.example\n\nMit freundlichen"
        " Grüßen\ni.V. Max Berger\nLeipzig Live GmbH\nTel. +49 341 218 7700\n",
        "m.berger@leipzig-live.example",
        "Max Berger",
    ),
    label(
        FEED,
        ("Leipzig Live GmbH", None, None),
        ["203.0.113.79"],
        [],
        ("Petra Schulz", "p.schulz@leipzig-live.example", "+493412187730"),
    ),
)

CASES["cz_contact_see_signature"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb. Produkční server 198.51.100.80,"
        " testovací 198.51.100.81. Kontakt: viz podpis.\n\nZdraví\nKamila Doležalová\n"
        "Příbramský deník s.r.o.\nIČO 79558348\nmobil: 776 402 913\n"
        "e-mail: dolezalova@pribramskydenik.example\n",
        "redakce@pribramskydenik.example",
        "Redakce Příbramský deník",
    ),
    label(
        FEED,
        ("Příbramský deník s.r.o.", "79558348", None),
        ["198.51.100.80"],
        ["198.51.100.81"],
        ("Kamila Doležalová", "dolezalova@pribramskydenik.example", "+420776402913"),
    ),
)

CASES["cz_form_surname_given_fields"] = (
    _m(
        "Žádost o přístup k XML výsledkům voleb\n\nNázev žadatele: Mostecký kurýr s.r.o.\n"
        "IČO: 22446524\nIP adresa serveru: 203.0.113.82\nKontaktní osoba – příjmení: Čermák\n"
        "Kontaktní osoba – jméno: Jan\nTelefon: 476 112 390\nE-mail: cermak@mosteckykuryr.example\n",
        "cermak@mosteckykuryr.example",
        "",
    ),
    label(
        FEED,
        ("Mostecký kurýr s.r.o.", "22446524", None),
        ["203.0.113.82"],
        [],
        ("Jan Čermák", "cermak@mosteckykuryr.example", "+420476112390"),
    ),
)

CASES["en_old_number_bracket_in_signature"] = (
    _m(
        "Dear Sir or Madam,\n\nWe would like to film at one of your counting centres on"
        " election night.\n\nKind regards\nNora Quinn\nProducer, Shannon Pictures Ltd\n"
        "Tel.: +353 61 204 118 (old, no longer in use) +353 87 412 5590\n",
        "nora.quinn@shannonpictures.example",
        "Nora Quinn",
    ),
    label(
        REC,
        ("Shannon Pictures Ltd", None, None),
        [],
        [],
        ("Nora Quinn", "nora.quinn@shannonpictures.example", "+353874125590"),
    ),
)

CASES["en_form_contact_last_first_rows"] = (
    _m(
        "Application form – election results XML feed\n\nOrganisation: Liffey Data Ltd\n"
        "Production IP: 203.0.113.83\nContact person (last name): Doyle\nContact person (first"
        " name): Aoife\nPhone: +353 1 555 0192\nEmail: aoife.doyle@liffeydata.example\n",
        "forms@liffeydata.example",
        "",
    ),
    label(
        FEED,
        ("Liffey Data Ltd", None, None),
        ["203.0.113.83"],
        [],
        ("Aoife Doyle", "aoife.doyle@liffeydata.example", "+35315550192"),
    ),
)

CASES["sk_form_kontaktna_priezvisko_meno"] = (
    _m(
        "Žiadosť o prístup k XML výsledkom volieb\n\nŽiadateľ: Liptovské noviny s.r.o.\n"
        "IP adresa: 198.51.100.84\nKontaktná osoba – priezvisko: Hrušovská\nKontaktná osoba –"
        " meno: Zuzana\nTelefón: 0903 512 774\nE-mail: hrusovska@liptovskenoviny.example\n",
        "hrusovska@liptovskenoviny.example",
        "",
    ),
    label(
        FEED,
        ("Liptovské noviny s.r.o.", None, None),
        ["198.51.100.84"],
        [],
        ("Zuzana Hrušovská", "hrusovska@liptovskenoviny.example", "+421903512774"),
    ),
)


XFAIL: dict[str, str] = {
    "cz_parent_ico_footer_only": "a parent company's name and IČO in a group footer ('vydává"
    " společnost ze skupiny …, IČO …') is read as the applicant's when no own IČO is given"
    " (flagged)",
    "cz_other_authority_box_quoted": "another authority's data-box ID in a quoted letter"
    " ('ID datové schránky: …' of a regional office) is read as the applicant's (flagged)",
    "cz_old_number_in_parentheses": "words calling a number old written before it in a bracket"
    " ('tel. (původní číslo … už neplatí) …') keep the old number (flagged)",
    "cz_write_to_newsroom_not_me": "an address given for replies instead of the sender's own"
    " ('odpovědi posílejte na redakce@…, ne na můj e-mail') is not taken (flagged)",
    "en_old_number_bracket_in_signature": "a bracket calling the number before it old ('(old, no"
    " longer in use)') keeps that number over the one after (flagged)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r52_trap2(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, {}))
def test_drill_r52_trap2_never_wrong_and_certain(p: ParsedMessage, want: Label) -> None:
    """Every message, read right or not: no wrong value is presented as certain."""
    assert [m for m in misses(p, want) if m.endswith("(certain=True)")] == []
