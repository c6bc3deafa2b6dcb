"""A blind trap drill, fifty-fifth round, second part (issue 18): forty whole applications (cs,
sk, en, de, pl, hu, fr, it, es, nl, sv), each with one trap aimed at the contact and the
organisation: pronouns and titles in a signature ("(ona/její)", "Ing. arch.", "MBA", "Dott.ssa",
"mgr inż."); a shared mailbox whose From name is not the signer; "Zpracoval:" and "Za
správnost:" lines; the office's person greeted by name ("Dobrý den, pane Nováku", "Dear Mr
Svoboda", "Sehr geehrte Frau …"); a signature giving only the company; a brand in the Subject
beside the legal name; legal forms written out ("akciová společnost", "spoločnosť s ručením
obmedzeným"); a company "v likvidaci"; an IČO written "123 45 678"; phones written "+420 (0)",
"+420-…/…" and "(+420)"; obfuscated e-mails ("(at)", "zavináč", "[dot]"); the applicant's own
vCard pasted as text; a contact written with an initial and the full name elsewhere; declined
Slovak and Czech names ("pani Mrázovú", "pana Jakuba Vránu"); a phone given in a P.S.; an
assistant's phone beside the signer's. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it; each is scored field by field as the
corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str, *extra: Component, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)

CASES["cz_pronouns_title_signature"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb pro náš server 198.51.100.121.\n\n"
        "S pozdravem\n\nIng. arch. Klára Benešová (ona/její)\nvedoucí datové redakce\n"
        "Architektura a město, z.ú., IČO 32590644\ntel. 604 218 337\n",
        "benesova@architekturamesto.example",
        "Klára Benešová",
    ),
    label(
        FEED,
        ("Architektura a město, z.ú.", "32590644", None),
        ["198.51.100.121"],
        [],
        ("Klára Benešová", "benesova@architekturamesto.example", "+420604218337"),
    ),
)

CASES["en_pronouns_mba_signature"] = (
    _m(
        "Hello,\n\nWe would like to request access to the election results XML feed. Our"
        " production server is 203.0.113.122.\n\nKind regards,\n\nSarah Whitfield, MBA"
        " (she/her)\nDirector of Digital Products\nCentral Europe Wire Ltd.\n"
        "+44 20 7946 0312\n",
        "s.whitfield@cewire.example",
        "Sarah Whitfield",
    ),
    label(
        FEED,
        ("Central Europe Wire Ltd.", None, None),
        ["203.0.113.122"],
        [],
        ("Sarah Whitfield", "s.whitfield@cewire.example", "+442079460312"),
    ),
)

CASES["cz_shared_mailbox_from_other_name"] = (
    _m(
        "Dobrý den,\n\nrádi bychom o volební noci natáčeli ve volební místnosti v Písku.\n\n"
        "Děkuji a zdravím\nPavel Hrubý\nreportér\nDeník Pootaví s.r.o., IČO 36933856\n"
        "mobil 732 415 908\n",
        "redakce@denikpootavi.example",
        "Jana Šindelářová",
    ),
    label(
        REC,
        ("Deník Pootaví s.r.o.", "36933856", None),
        [],
        [],
        ("Pavel Hrubý", "redakce@denikpootavi.example", "+420732415908"),
    ),
)

CASES["cz_zpracoval_line_beside_contact"] = (
    _m(
        "Vážení,\n\nžádáme o zpřístupnění XML feedu s výsledky voleb z IP 198.51.100.123.\n"
        "Kontaktní osoba: Tomáš Beneš, benes@jihlavskelisty.example, tel. 777 304 612\n\n"
        "S pozdravem\nMgr. Renata Vlková, ředitelka\nJihlavské listy s.r.o., IČO 68007388\n\n"
        "Zpracoval: Jiří Lukeš, asistent, lukes@jihlavskelisty.example, 567 110 245\n",
        "vlkova@jihlavskelisty.example",
        "Renata Vlková",
    ),
    label(
        FEED,
        ("Jihlavské listy s.r.o.", "68007388", None),
        ["198.51.100.123"],
        [],
        ("Tomáš Beneš", "benes@jihlavskelisty.example", "+420777304612"),
    ),
)

CASES["cz_za_spravnost_line_after_signer"] = (
    _m(
        "Dobrý den,\n\nzasíláme žádost o přístup k XML výsledkům voleb pro server 203.0.113.124"
        " a o povolení natáčení ve sběrném místě v Kladně.\n\nS pozdravem\n\nOndřej Kolář\n"
        "šéfredaktor, tel. 721 556 019\nKladenský týden s.r.o.\nIČO 12500682\n\n"
        "Za správnost: Ivana Pešková, office manager\n",
        "kolar@kladenskytyden.example",
        "Ondřej Kolář",
    ),
    label(
        BOTH,
        ("Kladenský týden s.r.o.", "12500682", None),
        ["203.0.113.124"],
        [],
        ("Ondřej Kolář", "kolar@kladenskytyden.example", "+420721556019"),
    ),
)

CASES["cz_vocative_office_person"] = (
    _m(
        "Dobrý den, pane Nováku,\n\njak jsme se telefonicky domluvili, posílám žádost o přístup"
        " k XML výsledkům voleb. Stahovat budeme z IP 198.51.100.125.\n\nDěkuji\n\n"
        "Eva Šimková\nTýdeník Znojemsko s.r.o., IČO 67730353\ntel. 603 887 124\n",
        "simkova@znojemsko.example",
        "Eva Šimková",
    ),
    label(
        FEED,
        ("Týdeník Znojemsko s.r.o.", "67730353", None),
        ["198.51.100.125"],
        [],
        ("Eva Šimková", "simkova@znojemsko.example", "+420603887124"),
    ),
)

CASES["sk_vocative_office_person"] = (
    _m(
        "Dobrý deň, pani Horáková,\n\nv nadväznosti na náš telefonát žiadame o prístup k XML"
        " výsledkom volieb z adresy 203.0.113.126.\n\nS pozdravom\nMartin Kováč\nZáhorie Press"
        " s.r.o., IČO 97753190\ntel. +421 905 614 228\n",
        "kovac@zahoriepress.example",
        "Martin Kováč",
    ),
    label(
        FEED,
        ("Záhorie Press s.r.o.", "97753190", None),
        ["203.0.113.126"],
        [],
        ("Martin Kováč", "kovac@zahoriepress.example", "+421905614228"),
    ),
)

CASES["en_dear_office_person"] = (
    _m(
        "Dear Mr Svoboda,\n\nthank you for your call yesterday. As agreed, we apply for access to"
        " the XML results feed from 198.51.100.127.\n\nBest regards,\nEmily Clarke\nData"
        " Editor, Danube Monitor s.r.o. (IČO 24586684)\n+420 608 331 790\n",
        "emily.clarke@danubemonitor.example",
        "Emily Clarke",
    ),
    label(
        FEED,
        ("Danube Monitor s.r.o.", "24586684", None),
        ["198.51.100.127"],
        [],
        ("Emily Clarke", "emily.clarke@danubemonitor.example", "+420608331790"),
    ),
)

CASES["de_sehr_geehrte_frau_office"] = (
    _m(
        "Sehr geehrte Frau Procházková,\n\nwie telefonisch besprochen, beantragen wir eine"
        " Drehgenehmigung für ein Wahllokal in Prag am Wahlabend.\n\nMit freundlichen Grüßen\n"
        "Jonas Becker\nProducer\nMitteldeutsche Fernsehproduktion GmbH\nMobil +49 171 5520 914\n",
        "j.becker@mdfp.example",
        "Jonas Becker",
    ),
    label(
        REC,
        ("Mitteldeutsche Fernsehproduktion GmbH", None, None),
        [],
        [],
        ("Jonas Becker", "j.becker@mdfp.example", "+491715520914"),
    ),
)

CASES["cz_signature_company_only_intro_name"] = (
    _m(
        "Dobrý den,\n\njmenuji se Marek Dušek a jsem správcem webu Havlíčkobrodského týdeníku."
        " Žádáme o přístup k XML výsledkům voleb z IP 203.0.113.128, případné dotazy na tel."
        " 739 612 044.\n\nS pozdravem\n\nHavlíčkobrodský týdeník s.r.o.\nIČO 33177392\n",
        "web@hbtydenik.example",
        "Havlíčkobrodský týdeník",
    ),
    label(
        FEED,
        ("Havlíčkobrodský týdeník s.r.o.", "33177392", None),
        ["203.0.113.128"],
        [],
        ("Marek Dušek", "web@hbtydenik.example", "+420739612044"),
    ),
)

CASES["cz_brand_subject_legal_signature"] = (
    _m(
        "Dobrý den,\n\nza naše rádio žádáme o přístup k XML výsledkům voleb, server"
        " 198.51.100.129.\n\nS pozdravem\nLukáš Pokorný\ntechnik\nRádio Jih, spol. s r.o.\n"
        "IČO 93946562\ntel. 608 441 276\n",
        "pokorny@radiojih.example",
        "Lukáš Pokorný",
        subject="Rádio Blaník Jih – žádost o XML feed",
    ),
    label(
        FEED,
        ("Rádio Jih, spol. s r.o.", "93946562", None),
        ["198.51.100.129"],
        [],
        ("Lukáš Pokorný", "pokorny@radiojih.example", "+420608441276"),
    ),
)

CASES["cz_akciova_spolecnost_written_out"] = (
    _m(
        "Vážení,\n\nMoravské vydavatelství, akciová společnost, IČO 67064540, žádá o přístup"
        " k XML výsledkům voleb z IP 203.0.113.130 (test z 203.0.113.131).\n\nKontaktní osoba:"
        " Radek Štěpánek, stepanek@moravskevydavatelstvi.example, tel. 731 208 554\n",
        "stepanek@moravskevydavatelstvi.example",
        "Radek Štěpánek",
    ),
    label(
        FEED,
        ("Moravské vydavatelství, akciová společnost", "67064540", None),
        ["203.0.113.130"],
        ["203.0.113.131"],
        ("Radek Štěpánek", "stepanek@moravskevydavatelstvi.example", "+420731208554"),
    ),
)

CASES["sk_sro_written_out"] = (
    _m(
        "Dobrý deň,\n\nžiadame o povolenie nakrúcať vo volebnej miestnosti v Senici.\n\n"
        "S pozdravom\nJana Molnárová\nZáhorské noviny, spoločnosť s ručením obmedzeným\n"
        "IČO 34929258\ntel. 0903 551 672\n",
        "molnarova@zahorskenoviny.example",
        "Jana Molnárová",
    ),
    label(
        REC,
        ("Záhorské noviny, spoločnosť s ručením obmedzeným", "34929258", None),
        [],
        [],
        ("Jana Molnárová", "molnarova@zahorskenoviny.example", "+421903551672"),
    ),
)

CASES["cz_company_v_likvidaci"] = (
    _m(
        "Dobrý den,\n\ni přes probíhající likvidaci ještě letos vydáváme online zpravodajství,"
        " proto žádáme o přístup k XML výsledkům z IP 198.51.100.132.\n\nS pozdravem\n"
        "Mgr. Petr Zeman, likvidátor\nRegionální noviny Polabí s.r.o. v likvidaci\n"
        "IČO 90983246\ntel. 602 731 118\n",
        "zeman@novinypolabi.example",
        "Petr Zeman",
    ),
    label(
        FEED,
        ("Regionální noviny Polabí s.r.o. v likvidaci", "90983246", None),
        ["198.51.100.132"],
        [],
        ("Petr Zeman", "zeman@novinypolabi.example", "+420602731118"),
    ),
)

CASES["cz_ic_written_with_spaces"] = (
    _m(
        "Dobrý den,\n\nprosíme o přístup k XML výsledkům voleb pro server 203.0.113.133.\n\n"
        "Hana Kratochvílová\nKrkonošský deník s.r.o.\nIČ: 566 03 096\nmobil 776 102 385\n",
        "kratochvilova@krkonossky.example",
        "Hana Kratochvílová",
    ),
    label(
        FEED,
        ("Krkonošský deník s.r.o.", "56603096", None),
        ["203.0.113.133"],
        [],
        ("Hana Kratochvílová", "kratochvilova@krkonossky.example", "+420776102385"),
    ),
)

CASES["cz_phone_plus420_zero_in_brackets"] = (
    _m(
        "Dobrý den,\n\nžádáme o povolení natáčet ve volební místnosti v Jablonci nad Nisou.\n\n"
        "S pozdravem\nVojtěch Šťastný\nkameraman\nTV Jizera s.r.o., IČO 99096307\n"
        "tel.: +420 (0) 605 772 431\n",
        "stastny@tvjizera.example",
        "Vojtěch Šťastný",
    ),
    label(
        REC,
        ("TV Jizera s.r.o.", "99096307", None),
        [],
        [],
        ("Vojtěch Šťastný", "stastny@tvjizera.example", "+420605772431"),
    ),
)

CASES["cz_phone_plus420_dash_slashes"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb z adresy 198.51.100.134.\n\n"
        "Kontakt: Alena Vacková, tel. +420-737/218/904, vackova@hanackyvecernik.example\n\n"
        "Hanácký večerník s.r.o., IČO 12881660\n",
        "vackova@hanackyvecernik.example",
        "Alena Vacková",
    ),
    label(
        FEED,
        ("Hanácký večerník s.r.o.", "12881660", None),
        ["198.51.100.134"],
        [],
        ("Alena Vacková", "vackova@hanackyvecernik.example", "+420737218904"),
    ),
)

CASES["cz_phone_plus420_in_brackets"] = (
    _m(
        "Dobrý den,\n\nza naše studio žádáme o přístup k XML výsledkům voleb, IP 203.0.113.135."
        "\n\nDěkuji\nFilip Marek\nStudio Beskydy s.r.o., IČO 79059546\n(+420) 728 660 317\n",
        "marek@studiobeskydy.example",
        "Filip Marek",
    ),
    label(
        FEED,
        ("Studio Beskydy s.r.o.", "79059546", None),
        ["203.0.113.135"],
        [],
        ("Filip Marek", "marek@studiobeskydy.example", "+420728660317"),
    ),
)

CASES["cz_email_zavinac_obfuscated"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb z IP 198.51.100.136.\n"
        "Kontaktní osoba: Eva Králová, e-mail eva.kralova zavináč taborskelisty.example,"
        " tel. 606 214 870\n\nS pozdravem\nsekretariát\nTáborské listy s.r.o., IČO 38779811\n",
        "sekretariat@taborskelisty.example",
        "Sekretariát Táborské listy",
    ),
    label(
        FEED,
        ("Táborské listy s.r.o.", "38779811", None),
        ["198.51.100.136"],
        [],
        ("Eva Králová", "eva.kralova@taborskelisty.example", "+420606214870"),
    ),
)

CASES["en_email_at_dot_obfuscated"] = (
    _m(
        "Hi,\n\nplease grant our server 203.0.113.137 access to the election results XML.\n"
        "Contact for this request: Tom Harris, tom [dot] harris [at] northnews [dot] example,"
        " +420 731 905 226\n\nThanks,\nNorth News Prague s.r.o. (IČO 39599833)\n",
        "office@northnews.example",
        "North News Office",
    ),
    label(
        FEED,
        ("North News Prague s.r.o.", "39599833", None),
        ["203.0.113.137"],
        [],
        ("Tom Harris", "tom.harris@northnews.example", "+420731905226"),
    ),
)

CASES["cz_own_vcard_pasted_text"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb, IP 198.51.100.138. Moje"
        " kontaktní údaje níže.\n\nBEGIN:VCARD\nVERSION:3.0\nN:Vondráček;Michal;;;\n"
        "FN:Michal Vondráček\nORG:Berounský občasník s.r.o.\nTEL;TYPE=CELL:+420 724 318 552\n"
        "EMAIL;TYPE=WORK:vondracek@berounsky.example\nNOTE:IČO 42807697\nEND:VCARD\n",
        "vondracek@berounsky.example",
        "Michal Vondráček",
    ),
    label(
        FEED,
        ("Berounský občasník s.r.o.", "42807697", None),
        ["198.51.100.138"],
        [],
        ("Michal Vondráček", "vondracek@berounsky.example", "+420724318552"),
    ),
)

CASES["cz_contact_initial_full_in_signature"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb pro server 203.0.113.139.\n"
        "Kontakt: J. Nováková, tel. 604 771 203\n\nS pozdravem\nJitka Nováková\nredakce\n"
        "Náchodský zpravodaj s.r.o., IČO 13705211\n",
        "novakova@nachodskyzpravodaj.example",
        "Jitka Nováková",
    ),
    label(
        FEED,
        ("Náchodský zpravodaj s.r.o.", "13705211", None),
        ["203.0.113.139"],
        [],
        ("Jitka Nováková", "novakova@nachodskyzpravodaj.example", "+420604771203"),
    ),
)

CASES["cz_full_name_intro_initial_signature"] = (
    _m(
        "Dobrý den,\n\njmenuji se Kristýna Dolejšová a jsem kontaktní osobou Rokycanského deníku"
        " pro volby. Prosíme o povolení natáčet ve sběrném místě v Rokycanech.\n\nS pozdravem\n"
        "K. Dolejšová\nRokycanský deník s.r.o., IČO 27687066\ntel. 732 908 115\n",
        "dolejsova@rokycansky.example",
        "K. Dolejšová",
    ),
    label(
        REC,
        ("Rokycanský deník s.r.o.", "27687066", None),
        [],
        [],
        ("Kristýna Dolejšová", "dolejsova@rokycansky.example", "+420732908115"),
    ),
)

CASES["sk_contact_declined_accusative"] = (
    _m(
        "Dobrý deň,\n\nžiadame o prístup k XML výsledkom volieb z IP 198.51.100.140. Vo veci"
        " technického nastavenia kontaktujte, prosím, Ing. Zuzanu Mrázovú,"
        " mrazova@orava-dnes.example, tel. 0907 318 224.\n\nS pozdravom\nPeter Baláž\n"
        "šéfredaktor\nOrava dnes s.r.o., IČO 46927964\n",
        "balaz@orava-dnes.example",
        "Peter Baláž",
    ),
    label(
        FEED,
        ("Orava dnes s.r.o.", "46927964", None),
        ["198.51.100.140"],
        [],
        ("Zuzana Mrázová", "mrazova@orava-dnes.example", "+421907318224"),
    ),
)

CASES["cz_contact_declined_accusative"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb z IP 203.0.113.141. V případě"
        " dotazů kontaktujte prosím pana Jakuba Vránu, vrana@mostecko.example, tel."
        " 605 447 912.\n\nS pozdravem\nIvana Malá\nředitelka\nMostecké listy s.r.o.,"
        " IČO 16191617\n",
        "mala@mostecko.example",
        "Ivana Malá",
    ),
    label(
        FEED,
        ("Mostecké listy s.r.o.", "16191617", None),
        ["203.0.113.141"],
        [],
        ("Jakub Vrána", "vrana@mostecko.example", "+420605447912"),
    ),
)

CASES["cz_phone_only_in_ps"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb pro IP 198.51.100.142.\n\n"
        "S pozdravem\nRoman Dvořák\nChebský kurýr s.r.o., IČO 98722336\n\nP.S. Kdyby bylo"
        " potřeba něco upřesnit, volejte mi na 724 551 903.\n",
        "dvorak@chebskykuryr.example",
        "Roman Dvořák",
    ),
    label(
        FEED,
        ("Chebský kurýr s.r.o.", "98722336", None),
        ["198.51.100.142"],
        [],
        ("Roman Dvořák", "dvorak@chebskykuryr.example", "+420724551903"),
    ),
)

CASES["cz_ps_phone_of_cameraman"] = (
    _m(
        "Dobrý den,\n\nprosíme o povolení natáčet ve volební místnosti v Prostějově.\n\n"
        "S pozdravem\nMarie Hlaváčová\nproducentka, tel. 777 801 326\nTV Haná s.r.o.,"
        " IČO 90005554\n\nP.S. Na místě bude náš kameraman Petr Kos, tel. 603 115 480.\n",
        "hlavacova@tvhana.example",
        "Marie Hlaváčová",
    ),
    label(
        REC,
        ("TV Haná s.r.o.", "90005554", None),
        [],
        [],
        ("Marie Hlaváčová", "hlavacova@tvhana.example", "+420777801326"),
    ),
)

CASES["cz_assistant_phone_beside_signer"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb, server 203.0.113.143.\n\n"
        "S pozdravem\nJan Beneš\njednatel\nVysočina Online s.r.o., IČO 20910959\n"
        "asistentka: 602 118 224 (Petra)\nmobil: 731 226 309\n",
        "benes@vysocinaonline.example",
        "Jan Beneš",
    ),
    label(
        FEED,
        ("Vysočina Online s.r.o.", "20910959", None),
        ["203.0.113.143"],
        [],
        ("Jan Beneš", "benes@vysocinaonline.example", "+420731226309"),
    ),
)

CASES["de_dipl_ing_fh_title"] = (
    _m(
        "Sehr geehrte Damen und Herren,\n\nwir beantragen den Zugang zum XML-Feed der"
        " Wahlergebnisse für unseren Server 198.51.100.144.\n\nMit freundlichen Grüßen\n"
        "Dipl.-Ing. (FH) Hans-Jürgen Weber\nLeiter IT\nOberpfalz Medien GmbH\n"
        "Tel. +49 941 5022 318\n",
        "hj.weber@oberpfalzmedien.example",
        "Weber, Hans-Jürgen",
    ),
    label(
        FEED,
        ("Oberpfalz Medien GmbH", None, None),
        ["198.51.100.144"],
        [],
        ("Hans-Jürgen Weber", "hj.weber@oberpfalzmedien.example", "+499415022318"),
    ),
)

CASES["pl_mgr_inz_double_surname"] = (
    _m(
        "Szanowni Państwo,\n\nzwracamy się z prośbą o dostęp do pliku XML z wynikami wyborów"
        " dla serwera 203.0.113.145.\n\nZ poważaniem\nmgr inż. Katarzyna Wójcik-Nowak\n"
        "kierownik działu IT\nGazeta Śląska Sp. z o.o.\ntel. +48 602 341 778\n",
        "k.wojcik-nowak@gazetaslaska.example",
        "Katarzyna Wójcik-Nowak",
    ),
    label(
        FEED,
        ("Gazeta Śląska Sp. z o.o.", None, None),
        ["203.0.113.145"],
        [],
        ("Katarzyna Wójcik-Nowak", "k.wojcik-nowak@gazetaslaska.example", "+48602341778"),
    ),
)

CASES["hu_dr_title_phd_surname_first"] = (
    _m(
        "Tisztelt Hivatal!\n\nKérjük, engedélyezzék a választási eredmények XML-állományának"
        " letöltését a 198.51.100.146 IP-címről.\n\nÜdvözlettel:\nDr. Szabó Péter PhD\n"
        "informatikai vezető\nAlföldi Hírek Kft.\nTel.: +36 30 512 4478\n",
        "szabo.peter@alfoldihirek.example",
        "Szabó Péter",
    ),
    label(
        FEED,
        ("Alföldi Hírek Kft.", None, None),
        ["198.51.100.146"],
        [],
        ("Szabó Péter", "szabo.peter@alfoldihirek.example", "+36305124478"),
    ),
)

CASES["fr_mme_title_double_surname"] = (
    _m(
        "Madame, Monsieur,\n\nnous sollicitons l'autorisation de filmer dans un bureau de vote"
        " à Brno le soir des élections.\n\nCordialement,\nMme Claire Dubois-Martin\n"
        "responsable de production\nRhône Images SAS\nTél. +33 6 12 48 90 37\n",
        "claire.dubois-martin@rhoneimages.example",
        "Claire Dubois-Martin",
    ),
    label(
        REC,
        ("Rhône Images SAS", None, None),
        [],
        [],
        ("Claire Dubois-Martin", "claire.dubois-martin@rhoneimages.example", "+33612489037"),
    ),
)

CASES["it_dottssa_title"] = (
    _m(
        "Gentili Signori,\n\nchiediamo l'accesso al feed XML dei risultati elettorali per il"
        " server 203.0.113.147.\n\nCordiali saluti\nDott.ssa Giulia Romano\nresponsabile"
        " tecnica\nEco del Nord S.r.l.\ntel. +39 347 215 6604\n",
        "g.romano@ecodelnord.example",
        "Giulia Romano",
    ),
    label(
        FEED,
        ("Eco del Nord S.r.l.", None, None),
        ["203.0.113.147"],
        [],
        ("Giulia Romano", "g.romano@ecodelnord.example", "+393472156604"),
    ),
)

CASES["es_lcda_two_given_names"] = (
    _m(
        "Estimados señores:\n\nsolicitamos acceso al fichero XML de resultados electorales"
        " desde la IP 198.51.100.148.\n\nAtentamente,\nLcda. María José Fernández\n"
        "jefa de datos\nNoticias del Ebro S.L.\nTel. +34 612 448 903\n",
        "mj.fernandez@noticiasebro.example",
        "María José Fernández",
    ),
    label(
        FEED,
        ("Noticias del Ebro S.L.", None, None),
        ["198.51.100.148"],
        [],
        ("María José Fernández", "mj.fernandez@noticiasebro.example", "+34612448903"),
    ),
)

CASES["nl_ir_lowercase_title_particle"] = (
    _m(
        "Geachte heer, mevrouw,\n\nwij vragen toegang tot de XML-feed met verkiezingsuitslagen"
        " voor onze server 203.0.113.149.\n\nMet vriendelijke groet,\nir. Pieter de Graaf\n"
        "hoofd techniek\nNoord Nieuws B.V.\nTel. +31 6 4127 8830\n",
        "p.degraaf@noordnieuws.example",
        "Pieter de Graaf",
    ),
    label(
        FEED,
        ("Noord Nieuws B.V.", None, None),
        ["203.0.113.149"],
        [],
        ("Pieter de Graaf", "p.degraaf@noordnieuws.example", "+31641278830"),
    ),
)

CASES["sv_pronouns_in_signature"] = (
    _m(
        "Hej,\n\nvi ansöker om tillstånd att filma i en vallokal i Prag på valnatten.\n\n"
        "Vänliga hälsningar\nAnna Lindqvist (hon/henne)\nproducent\nNorrland TV AB\n"
        "Tel. +46 70 412 55 86\n",
        "anna.lindqvist@norrlandtv.example",
        "Anna Lindqvist",
    ),
    label(
        REC,
        ("Norrland TV AB", None, None),
        [],
        [],
        ("Anna Lindqvist", "anna.lindqvist@norrlandtv.example", "+46704125586"),
    ),
)

CASES["cz_titles_after_name"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb z IP 198.51.100.150.\n\n"
        "S pozdravem\nLucie Horáková, DiS.\nprojektová manažerka\nPodještědí Media s.r.o.\n"
        "IČO 90089669\ntel. 733 125 046\n\nschválil: Petr Novák, Ph.D., MBA, jednatel\n",
        "horakova@podjestedi.example",
        "Lucie Horáková",
    ),
    label(
        FEED,
        ("Podještědí Media s.r.o.", "90089669", None),
        ["198.51.100.150"],
        [],
        ("Lucie Horáková", "horakova@podjestedi.example", "+420733125046"),
    ),
)

CASES["dm_box_legal_name_brand_in_file"] = (
    data_message(
        "Žádost o přístup k XML výsledkům voleb",
        text_file(
            "zadost.txt",
            "Rádio Vltava Plus žádá o přístup k XML výsledkům voleb z IP 203.0.113.151.\n"
            "Kontaktní osoba: Zdeněk Polák, polak@vltavamedia.example, tel. 724 300 187\n",
        ),
        sender="v4lm7tq",
        dm_sender="Vltava Media s.r.o.",
    ),
    label(
        FEED,
        ("Vltava Media s.r.o.", None, "v4lm7tq"),
        ["203.0.113.151"],
        [],
        ("Zdeněk Polák", "polak@vltavamedia.example", "+420724300187"),
    ),
)

CASES["cz_surname_capitals_signature_html"] = (
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb, IP 198.51.100.152.\n\n"
            "S pozdravem\nMartin SVOBODA\nDomažlický deník s.r.o. | IČO 28300734\n"
            "+420 777 918 203\n"
        ),
        html_body(
            "<p>Dobrý den,</p><p>žádáme o přístup k XML výsledkům voleb, IP 198.51.100.152.</p>"
            "<p>S pozdravem<br>Martin SVOBODA<br>Domažlický deník s.r.o. | IČO 28300734<br>"
            "+420 777 918 203</p>"
        ),
        subject="Žádost o XML",
        sender="svoboda@domazlicky.example",
        sender_name="Martin Svoboda",
    ),
    label(
        FEED,
        ("Domažlický deník s.r.o.", "28300734", None),
        ["198.51.100.152"],
        [],
        ("Martin Svoboda", "svoboda@domazlicky.example", "+420777918203"),
    ),
)

CASES["cz_from_nickname_signature_full"] = (
    _m(
        "Ahoj, dobrý den,\n\nza náš web žádám o přístup k XML výsledkům voleb z IP"
        " 203.0.113.153.\n\nDík\nJakub Vrba\nKutnohorský portál s.r.o., IČO 32845791\n"
        "mob. 608 129 774\n",
        "vrba@kutnohorskyportal.example",
        "Kuba Vrba",
    ),
    label(
        FEED,
        ("Kutnohorský portál s.r.o.", "32845791", None),
        ["203.0.113.153"],
        [],
        ("Jakub Vrba", "vrba@kutnohorskyportal.example", "+420608129774"),
    ),
)


# Two messages added after the forty ran, from a probe of the initial class above: the
# contact written with an initial and a feminine surname made of the signer's ("J. Nováková"
# beside "Josef Novák") was read as the signer, for certain.
CASES["cz_initial_feminine_namesake_of_signer"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb z IP 198.51.100.154.\n"
        "Kontakt: J. Nováková, tel. 604 771 203\n\nS pozdravem\nJosef Novák, jednatel\n"
        "Týdeník Znojemsko s.r.o., IČO 51223724\n",
        "info@tydenikznojemsko.example",
        "",
    ),
    label(
        FEED,
        ("Týdeník Znojemsko s.r.o.", "51223724", None),
        ["198.51.100.154"],
        [],
        ("J. Nováková", "info@tydenikznojemsko.example", "+420604771203"),
    ),
)

CASES["sk_initial_feminine_namesake_of_signer"] = (
    _m(
        "Dobrý deň,\n\nžiadame o prístup k XML výsledkom volieb z IP 203.0.113.155.\n"
        "Kontakt: M. Kováčová, 0905 123 456\n\nS pozdravom\nMartin Kováč\nZáhorie Press s.r.o.,"
        " IČO 97753190\n",
        "kovac@zahoriepress.example",
        "Martin Kováč",
    ),
    label(
        FEED,
        ("Záhorie Press s.r.o.", "97753190", None),
        ["203.0.113.155"],
        [],
        ("M. Kováčová", "kovac@zahoriepress.example", "+421905123456"),
    ),
)


XFAIL: dict[str, str] = {
    "cz_signature_company_only_intro_name": "a writer who names themselves only in the body"
    " ('jmenuji se Marek Dušek a jsem …') under a signature of the company alone, sent from a"
    " desk mailbox named after the paper, gives no contact person (none, flagged)",
    "cz_akciova_spolecnost_written_out": "a test address in a bracket after the production one"
    " ('z IP A (test z B)') makes both test addresses (flagged)",
    "cz_company_v_likvidaci": "a company's 'v likvidaci' after its legal form is left out of"
    " the name (flagged)",
    "cz_assistant_phone_beside_signer": "an assistant's phone labelled 'asistentka: … (Petra)'"
    " in the signer's block is taken before the signer's own mobile (flagged)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r55_trap2(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, {}))
def test_drill_r55_trap2_never_wrong_and_certain(p: ParsedMessage, want: Label) -> None:
    """Every message, read right or not: no wrong value is presented as certain."""
    assert [m for m in misses(p, want) if m.endswith("(certain=True)")] == []
