"""A blind trap drill, forty-fifth round (issue 18): forty whole applications (cs, sk, en, de,
pl, hu, fr, it, es, nl, sv), each with one trap beside the real values that earlier trap drills
did not cover: a reply that only agrees ("ano, souhlasím") over a quoted office letter naming
another applicant's addresses; addresses the applicant asks to block or not to allow; a sister
outlet of the same group that will apply separately; a document's revision table and a
four-part software version beside the address; an 8-digit number passing the IČO checksum in a
bank-account line, an order's file name, a Spanish CIF, a Dutch KvK number or a Hungarian tax
number; the "Vyřizuje:" line of a letter beside the named contact; a team mailbox with no
person; "kontakt: viz níže" pointing to a table of two people; addresses in an HTML image's alt
text or a link's title; a forwarded office mail (the office's clerk and numbers inside);
"198.51.100.7/8" meaning two servers; test addresses "stejné jako loni" with last year's quoted
below; Slovak, Polish and Hungarian typed without diacritics; a pasted traceroute; a web form's
no-reply sender; the office clerk named in the greeting; a second person's phone beside the
contact who gives none; an address shorthand "198.51.100.10 a .11". Every message was labelled
by ``tests/corpus/LABELS.md`` before extraction ran on it; each is scored field by field as the
corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), subject=subject, sender=sender, sender_name=name)


# 1. Czech: the reply only agrees; the quoted office letter names another applicant's addresses
CASES["cz_reply_agree_over_office_letter"] = (
    _m(
        "Ano, souhlasím.\n\nJan Dvořák\nDeník Vysočina s.r.o.\ntel. 603 112 233\n\n"
        "Dne 2. 9. 2026 v 9:14 napsal(a) volby@czso.cz:\n"
        "> Dobrý den,\n>\n> k Vaší žádosti o přístup k XML výstupu výsledků voleb: evidujeme"
        " pro\n> Deník Vysočina s.r.o. (IČO 17035651) produkční adresu 198.51.100.11.\n"
        "> Adresy 203.0.113.90 a 203.0.113.91, které jste uvedl v minulém e-mailu, jsou již\n"
        "> přiděleny jinému žadateli (Rádio Sever s.r.o.), a nemůžeme je proto povolit.\n"
        "> Souhlasíte s tímto rozsahem?\n>\n> S pozdravem\n> Mgr. Hana Veselá\n"
        "> Český statistický úřad\n",
        "dvorak@denikvysocina.example",
        "Jan Dvořák",
        subject="Re: Žádost o přístup k XML",
    ),
    label(
        FEED,
        ("Deník Vysočina s.r.o.", "17035651", None),
        ["198.51.100.11"],
        [],
        ("Jan Dvořák", "dvorak@denikvysocina.example", "+420603112233"),
    ),
)

# 2. Czech: the applicant lists addresses the office must not allow (their guest Wi-Fi)
CASES["cz_addresses_not_to_allow"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb. Stahovat budeme ze"
        " serveru 198.51.100.20.\nZ adres 192.0.2.50 a 192.0.2.51 (naše veřejná Wi-Fi pro"
        " hosty) prosím přístup nepovolujte.\n\nS pozdravem\nMartina Kučerová\n"
        "Kroměřížský týdeník s.r.o., IČO 68464762\nmobil 734 220 118\n",
        "kucerova@kmtydenik.example",
        "Martina Kučerová",
    ),
    label(
        FEED,
        ("Kroměřížský týdeník s.r.o.", "68464762", None),
        ["198.51.100.20"],
        [],
        ("Martina Kučerová", "kucerova@kmtydenik.example", "+420734220118"),
    ),
)

# 3. Slovak: a sister radio of the same group will apply itself; its server is named
CASES["sk_sister_radio_applies_separately"] = (
    _m(
        "Dobrý deň,\n\nžiadame o prístup k XML výsledkov volieb pre Novinky Horehronie s.r.o."
        " (IČO 28541855). Náš server: 203.0.113.44.\n\nKolegovia z Rádia Tatry s.r.o. (patria do"
        " našej skupiny) pošlú vlastnú žiadosť zo svojho servera 203.0.113.45; túto adresu"
        " prosím neberte ako súčasť našej žiadosti.\n\nS pozdravom\nPeter Baláž\n"
        "+421 905 331 204\n",
        "balaz@horehronie.example",
        "Peter Baláž",
    ),
    label(
        FEED,
        ("Novinky Horehronie s.r.o.", "28541855", None),
        ["203.0.113.44"],
        [],
        ("Peter Baláž", "balaz@horehronie.example", "+421905331204"),
    ),
)

# 4. Czech: an attached document with a revision table and a four-part client version
CASES["cz_revision_table_and_client_version"] = (
    mail(
        body(
            "Dobrý den,\n\nv příloze posílám žádost o přístup k XML výstupu.\n\n"
            "S pozdravem\nOndřej Pokorný\n"
        ),
        text_file(
            "zadost.txt",
            "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB (XML)\n\n"
            "Historie dokumentu:\nverze 1.0 ze dne 12. 1. 2026 – první návrh\n"
            "verze 1.2 ze dne 3. 4. 2026 – doplněny adresy\n\n"
            "Žadatel: Rádio Haná s.r.o., IČO 44681208\n"
            "Produkční adresa: 198.51.100.30 (stahovací klient ver. 2.4.1.7)\n"
            "Testovací adresa: 198.51.100.31\n"
            "Kontaktní osoba: Ondřej Pokorný, pokorny@radiohana.example, 608 441 930\n",
        ),
        subject="Žádost o XML",
        sender="pokorny@radiohana.example",
        sender_name="Ondřej Pokorný",
    ),
    label(
        FEED,
        ("Rádio Haná s.r.o.", "44681208", None),
        ["198.51.100.30"],
        ["198.51.100.31"],
        ("Ondřej Pokorný", "pokorny@radiohana.example", "+420608441930"),
    ),
)

# 5. Czech: no IČO given; the bank account's number passes the checksum
CASES["cz_bank_account_number_no_ico"] = (
    _m(
        "Dobrý den,\n\nprosíme o přístup k XML výsledků voleb, IP 203.0.113.58.\n\n"
        "S pozdravem\nRadek Šindelář\nObčanské sdružení Hlas Podřipska, z.s.\n"
        "Bankovní spojení: 14169878/0300\ntel. 775 903 114\n",
        "sindelar@hlaspodripska.example",
        "Radek Šindelář",
    ),
    label(
        FEED,
        ("Občanské sdružení Hlas Podřipska, z.s.", None, None),
        ["203.0.113.58"],
        [],
        ("Radek Šindelář", "sindelar@hlaspodripska.example", "+420775903114"),
    ),
)

# 6. Czech: an order's file name carries a number passing the checksum; the IČO is signed
CASES["cz_file_name_number_vs_ico"] = (
    _m(
        "Dobrý den,\n\nžádáme o povolení natáčení na sběrných místech ve volební noci. Objednávku"
        " štábu najdete v souboru objednavka_22408673.pdf, který pošleme zvlášť.\n\n"
        "S pozdravem\nIveta Marková\nTV Krkonoše, s.r.o.\nIČO: 24575704\ntel. 602 771 450\n",
        "markova@tvkrkonose.example",
        "Iveta Marková",
    ),
    label(
        REC,
        ("TV Krkonoše, s.r.o.", "24575704", None),
        [],
        [],
        ("Iveta Marková", "markova@tvkrkonose.example", "+420602771450"),
    ),
)

# 7. Czech: a letter's "Vyřizuje:" line names the clerk; the contact is named below
CASES["cz_vyrizuje_line_vs_contact"] = (
    _m(
        "Pražský zpravodaj, a.s.\nVáš dopis ze dne: –\nNaše značka: PZ/118/2026\n"
        "Vyřizuje: Petra Malá\nTel.: 222 333 444\nDatum: 4. 9. 2026\n\n"
        "Věc: Žádost o přístup k XML výstupu výsledků voleb\n\n"
        "Žádáme o přístup k XML výstupu; produkční server má adresu 198.51.100.140.\n"
        "Kontaktní osobou pro tuto žádost je Ing. Tomáš Beneš, benes@prazskyzpravodaj.example,"
        " tel. 731 554 210.\n\nIČO: 85457876\n\nIng. Karel Svoboda\npředseda představenstva\n",
        "podatelna@prazskyzpravodaj.example",
        "Podatelna PZ",
        subject="Žádost o přístup k XML",
    ),
    label(
        FEED,
        ("Pražský zpravodaj, a.s.", "85457876", None),
        ["198.51.100.140"],
        [],
        ("Tomáš Beneš", "benes@prazskyzpravodaj.example", "+420731554210"),
    ),
)

# 8. Czech: a team mailbox with no person anywhere
CASES["cz_team_mailbox_no_person"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb. Naše IP: 203.0.113.120.\n\n"
        "Děkujeme\nRedakce Týdeníku Pohoda\nPohoda Media, s.r.o., IČO 60363002\n"
        "tel. redakce: 571 234 567\n",
        "redakce@tydenikpohoda.example",
        "Redakce Pohoda",
    ),
    label(
        FEED,
        ("Pohoda Media, s.r.o.", "60363002", None),
        ["203.0.113.120"],
        [],
        (None, "redakce@tydenikpohoda.example", "+420571234567"),
    ),
)

# 9. Czech: "kontakt: viz níže", a table of two people, one marked as the contact
CASES["cz_contact_see_below_table_of_two"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb a o povolení natáčení na"
        " sběrných místech.\nProdukce: 198.51.100.150\nKontakt: viz níže\n\n"
        "Jméno            | Role                 | E-mail                   | Telefon\n"
        "Karel Holub      | jednatel             | holub@jihlavsko.example  | 605 100 200\n"
        "Lenka Šimková    | kontaktní osoba      | simkova@jihlavsko.example | 605 100 201\n\n"
        "Jihlavsko TV s.r.o., IČO 90944895\n",
        "holub@jihlavsko.example",
        "Karel Holub",
    ),
    label(
        BOTH,
        ("Jihlavsko TV s.r.o.", "90944895", None),
        ["198.51.100.150"],
        [],
        ("Lenka Šimková", "simkova@jihlavsko.example", "+420605100201"),
    ),
)

# 10. HTML: an address only in an image's alt text and a link's title
CASES["html_alt_text_and_link_title"] = (
    mail(
        html_body(
            "<html><body><p>Dobrý den,</p><p>žádáme o přístup k XML výsledků voleb. Produkční"
            " server: <b>198.51.100.160</b>.</p>"
            '<p><img src="cid:img1" alt="snímek chyby z monitoringu 203.0.113.77"></p>'
            '<p>Stav služby: <a href="https://status.example" title="sonda 203.0.113.78">'
            "status</a></p><p>S pozdravem<br>Alena Vlčková<br>Zlínský večerník s.r.o.<br>"
            "IČO 42124701<br>tel. 739 118 005</p></body></html>"
        ),
        subject="Žádost XML",
        sender="vlckova@zlinskyvecernik.example",
        sender_name="Alena Vlčková",
    ),
    label(
        FEED,
        ("Zlínský večerník s.r.o.", "42124701", None),
        ["198.51.100.160"],
        [],
        ("Alena Vlčková", "vlckova@zlinskyvecernik.example", "+420739118005"),
    ),
)

# 11. Czech: a forwarded office mail under the applicant's new text
CASES["cz_forward_inner_from_office"] = (
    _m(
        "Dobrý den,\n\nposílám doplnění, o které jste žádali: produkční adresa 203.0.113.130,"
        " IČO 61085537.\n\nS pozdravem\nVojtěch Král\nKrálovéhradecký list s.r.o.\n"
        "tel. 720 441 008\n\n---------- Přeposlaná zpráva ----------\n"
        "Od: Mgr. Hana Veselá <volby@czso.cz>\nDatum: 1. 9. 2026\n"
        "Předmět: Žádost o přístup k XML – doplnění\n\n"
        "Dobrý den,\nk vyřízení žádosti potřebujeme ještě IČO a IP adresu serveru.\n\n"
        "Mgr. Hana Veselá\nČeský statistický úřad\nNa padesátém 81, Praha 10\n"
        "IČO 00025593\ntel. 274 052 111\n",
        "kral@hradeckylist.example",
        "Vojtěch Král",
        subject="Fwd: Žádost o přístup k XML – doplnění",
    ),
    label(
        FEED,
        ("Královéhradecký list s.r.o.", "61085537", None),
        ["203.0.113.130"],
        [],
        ("Vojtěch Král", "kral@hradeckylist.example", "+420720441008"),
    ),
)

# 12. Czech: "198.51.100.7/8" written for two servers, not a prefix
CASES["cz_slash_two_servers"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledků voleb ze dvou serverů:"
        " 198.51.100.7/8 (primární a záložní).\n\nS pozdravem\nJiří Hrubý\n"
        "Liberecký deník s.r.o., IČO 68566816\n603 900 411\n",
        "hruby@libereckydenik.example",
        "Jiří Hrubý",
    ),
    label(
        FEED,
        ("Liberecký deník s.r.o.", "68566816", None),
        ["198.51.100.7", "198.51.100.8"],
        [],
        ("Jiří Hrubý", "hruby@libereckydenik.example", "+420603900411"),
    ),
)

# 13. Czech: test addresses "stejné jako loni", last year's application quoted below
CASES["cz_test_same_as_last_year_quoted"] = (
    _m(
        "Dobrý den,\n\nletos žádáme znovu o přístup k XML. Produkční server je nový:"
        " 198.51.100.170. Testovací adresa stejná jako loni.\n\nS pozdravem\nEva Černá\n"
        "Brněnský metropolitan s.r.o., IČO 89527283\ntel. 777 660 512\n\n"
        "-----Original Message-----\nFrom: Eva Černá\nSent: 10. 9. 2025\n"
        "Subject: Žádost o přístup k XML\n\n"
        "Produkční: 198.51.100.70\nTestovací: 198.51.100.71\n",
        "cerna@brnometro.example",
        "Eva Černá",
    ),
    label(
        FEED,
        ("Brněnský metropolitan s.r.o.", "89527283", None),
        ["198.51.100.170"],
        ["198.51.100.71"],
        ("Eva Černá", "cerna@brnometro.example", "+420777660512"),
    ),
)

# 14. Slovak typed without diacritics
CASES["sk_no_diacritics"] = (
    _m(
        "Dobry den,\n\nziadame o pristup k XML vystupu vysledkov volieb. Produkcny server:"
        " 203.0.113.140, testovaci: 203.0.113.141.\n\nS pozdravom\nJozef Kovac\n"
        "Novinky Zahorie s.r.o., ICO 20105151\nmobil +421 911 220 334\n",
        "kovac@zahorie.example",
        "Jozef Kovac",
    ),
    label(
        FEED,
        ("Novinky Zahorie s.r.o.", "20105151", None),
        ["203.0.113.140"],
        ["203.0.113.141"],
        ("Jozef Kovac", "kovac@zahorie.example", "+421911220334"),
    ),
)

# 15. Polish typed without diacritics, a NIP only
CASES["pl_no_diacritics_nip_only"] = (
    _m(
        "Dzien dobry,\n\nprosimy o dostep do pliku XML z wynikami wyborow. Adres serwera"
        " produkcyjnego: 198.51.100.90, testowego: 198.51.100.91.\n\nZ powazaniem\n"
        "Pawel Wisniewski\nGazeta Slaska sp. z o.o.\nNIP 6340123459\ntel. +48 601 234 567\n",
        "wisniewski@gazetaslaska.example",
        "Pawel Wisniewski",
        subject="Wniosek o dostep XML",
    ),
    label(
        FEED,
        ("Gazeta Slaska sp. z o.o.", None, None),
        ["198.51.100.90"],
        ["198.51.100.91"],
        ("Pawel Wisniewski", "wisniewski@gazetaslaska.example", "+48601234567"),
    ),
)

# 16. Hungarian typed without diacritics, a tax number whose first eight digits pass the checksum
CASES["hu_no_diacritics_tax_number"] = (
    _m(
        "Tisztelt Hivatal!\n\nKerjuk hozzaferest a valasztasi eredmenyek XML adataihoz."
        " Szerverunk IP cime: 203.0.113.150.\n\nUdvozlettel\nNagy Peter\nDunai Hirek Kft.\n"
        "Adoszam: 60109521-2-41\nTel.: +36 20 123 4567\n",
        "nagy.peter@dunaihirek.example",
        "Nagy Peter",
        subject="Kerelem XML",
    ),
    label(
        FEED,
        ("Dunai Hirek Kft.", None, None),
        ["203.0.113.150"],
        [],
        ("Nagy Peter", "nagy.peter@dunaihirek.example", "+36201234567"),
    ),
)

# 17. English: one address to whitelist, one not to
CASES["en_do_not_whitelist"] = (
    _m(
        "Hello,\n\nplease whitelist 203.0.113.60 for the election results XML feed. Do not"
        " whitelist 203.0.113.61, that is our guest network.\n\nKind regards\nDaniel Hurt\n"
        "Prague Monitor Ltd., Company ID 29597960\n+420 776 118 240\n",
        "hurt@praguemonitor.example",
        "Daniel Hurt",
        subject="XML feed access",
    ),
    label(
        FEED,
        ("Prague Monitor Ltd.", "29597960", None),
        ["203.0.113.60"],
        [],
        ("Daniel Hurt", "hurt@praguemonitor.example", "+420776118240"),
    ),
)

# 18. German: a four-part agent version beside the server's address
CASES["de_agent_version_beside_address"] = (
    _m(
        "Sehr geehrte Damen und Herren,\n\nwir beantragen den Zugang zum XML-Feed der"
        " Wahlergebnisse. Server: 198.51.100.120 (Abruf-Agent 3.2.1.15, Ubuntu 22.04).\n\n"
        "Mit freundlichen Grüßen\nStefan Maier\nBöhmerwald Rundschau GmbH\n"
        "Tel. +49 8552 40 11 20\n",
        "maier@bw-rundschau.example",
        "Stefan Maier",
        subject="Antrag XML-Feed",
    ),
    label(
        FEED,
        ("Böhmerwald Rundschau GmbH", None, None),
        ["198.51.100.120"],
        [],
        ("Stefan Maier", "maier@bw-rundschau.example", "+498552401120"),
    ),
)

# 19. French: filming asked by a colleague's station of the same group, separately
CASES["fr_filming_by_group_colleague"] = (
    _m(
        "Madame, Monsieur,\n\nnous demandons l'accès au flux XML des résultats électoraux."
        " Adresse de notre serveur : 198.51.100.180.\n\nMon collègue de Radio Lyon Est (même"
        " groupe) vous écrira séparément pour l'autorisation de tournage dans les points de"
        " collecte.\n\nCordialement\nClaire Dubois\nÉchos d'Europe SARL\n+33 6 12 34 56 78\n",
        "dubois@echoseurope.example",
        "Claire Dubois",
        subject="Demande d'accès XML",
    ),
    label(
        FEED,
        ("Échos d'Europe SARL", None, None),
        ["198.51.100.180"],
        [],
        ("Claire Dubois", "dubois@echoseurope.example", "+33612345678"),
    ),
)

# 20. Italian: a pasted traceroute with intermediate hops
CASES["it_traceroute_hops"] = (
    _m(
        "Buongiorno,\n\nchiediamo l'accesso al feed XML dei risultati elettorali dal nostro"
        " server 198.51.100.44. Ecco il traceroute dal server verso di voi:\n\n"
        " 1  192.0.2.1  0.4 ms\n 2  203.0.113.9  3.1 ms\n 3  203.0.113.201  9.8 ms\n\n"
        "Cordiali saluti\nMarco Rossi\nCorriere Boemo S.r.l.\n+39 347 123 4567\n",
        "rossi@corriereboemo.example",
        "Marco Rossi",
        subject="Richiesta accesso XML",
    ),
    label(
        FEED,
        ("Corriere Boemo S.r.l.", None, None),
        ["198.51.100.44"],
        [],
        ("Marco Rossi", "rossi@corriereboemo.example", "+393471234567"),
    ),
)

# 21. Spanish: a CIF whose digits pass the IČO checksum
CASES["es_cif_digits"] = (
    _m(
        "Buenos días,\n\nsolicitamos acceso al XML de resultados electorales. IP del servidor:"
        " 203.0.113.160.\n\nAtentamente\nLucía Martín\nDiario Ibérico Praga S.L.\n"
        "CIF: B24080136\nTel. +34 612 345 678\n",
        "martin@diarioiberico.example",
        "Lucía Martín",
        subject="Solicitud XML",
    ),
    label(
        FEED,
        ("Diario Ibérico Praga S.L.", None, None),
        ["203.0.113.160"],
        [],
        ("Lucía Martín", "martin@diarioiberico.example", "+34612345678"),
    ),
)

# 22. Dutch: a KvK number of eight digits passing the IČO checksum
CASES["nl_kvk_number"] = (
    _m(
        "Geachte heer/mevrouw,\n\nwij vragen toegang tot de XML-feed met verkiezingsuitslagen."
        " Ons serveradres: 198.51.100.190.\n\nMet vriendelijke groet\nPieter de Vries\n"
        "Oost-Europa Nieuws B.V.\nKvK 49312634\n+31 6 12345678\n",
        "devries@oenieuws.example",
        "Pieter de Vries",
        subject="Aanvraag XML",
    ),
    label(
        FEED,
        ("Oost-Europa Nieuws B.V.", None, None),
        ["198.51.100.190"],
        [],
        ("Pieter de Vries", "devries@oenieuws.example", "+31612345678"),
    ),
)

# 23. Swedish: the office's clerk named in the greeting
CASES["sv_clerk_in_greeting"] = (
    _m(
        "Hej Hana Veselá,\n\ntack för ert svar. Vi ansöker härmed om tillgång till XML-flödet"
        " med valresultat. Serverns IP: 203.0.113.170.\n\nMed vänliga hälsningar\n"
        "Erik Lindqvist\nNordisk Press AB\n+46 70 123 45 67\n",
        "lindqvist@nordiskpress.example",
        "Erik Lindqvist",
        subject="Ansökan XML",
    ),
    label(
        FEED,
        ("Nordisk Press AB", None, None),
        ["203.0.113.170"],
        [],
        ("Erik Lindqvist", "lindqvist@nordiskpress.example", "+46701234567"),
    ),
)

# 24. Czech: a web form's no-reply sender; the contact's e-mail is in the form
CASES["cz_web_form_noreply_sender"] = (
    _m(
        "Tento e-mail byl vygenerován formulářem na webu.\n\n"
        "Organizace: Ostravský expres s.r.o.\nIČO: 36319783\n"
        "Požadavek: přístup k XML výstupu výsledků voleb\nProdukční IP: 198.51.100.200\n"
        "Testovací IP: \nJméno: Petr Svoboda\nE-mail: p.svoboda@ostravskyexpres.example\n"
        "Telefon: 608 330 117\n",
        "noreply@forms.ostravskyexpres.example",
        "Webový formulář",
        subject="Nový formulář: Žádost XML",
    ),
    label(
        FEED,
        ("Ostravský expres s.r.o.", "36319783", None),
        ["198.51.100.200"],
        [],
        ("Petr Svoboda", "p.svoboda@ostravskyexpres.example", "+420608330117"),
    ),
)

# 25. Czech: the contact gives no phone; a technician's phone follows
CASES["cz_technician_phone_not_contact"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb, server 203.0.113.180.\n"
        "Kontaktní osoba: Jana Malá, mala@plzenskyden.example\n"
        "Pro technické dotazy volejte našeho správce, Petr Velký, 604 221 330.\n\n"
        "S pozdravem\nJana Malá\nPlzeňský den s.r.o., IČO 82829748\n",
        "mala@plzenskyden.example",
        "Jana Malá",
    ),
    label(
        FEED,
        ("Plzeňský den s.r.o.", "82829748", None),
        ["203.0.113.180"],
        [],
        ("Jana Malá", "mala@plzenskyden.example", None),
    ),
)

# 26. Czech: an address shorthand "198.51.100.10 a .11"
CASES["cz_address_shorthand_last_octet"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledků voleb z adres 198.51.100.10 a .11.\n\n"
        "S pozdravem\nMichal Bartoš\nOlomoucký kurýr s.r.o., IČO 33964041\ntel. 732 118 554\n",
        "bartos@olkuryr.example",
        "Michal Bartoš",
    ),
    label(
        FEED,
        ("Olomoucký kurýr s.r.o.", "33964041", None),
        ["198.51.100.10", "198.51.100.11"],
        [],
        ("Michal Bartoš", "bartos@olkuryr.example", "+420732118554"),
    ),
)

# 27. Data message: the annotation names the request; the body's signature gives a contract
#     number passing the checksum beside the IČO
CASES["dm_contract_number_beside_ico"] = (
    data_message(
        "Žádost o přístup k XML výsledků voleb",
        text_file(
            "zadost.txt",
            "Žádáme o přístup k XML výstupu výsledků voleb.\nIP adresa: 198.51.100.210\n"
            "Smlouva o poskytování dat č. 25602985 ze dne 1. 2. 2024\n\n"
            "Ing. Dana Říhová\nJihočeská tisková s.r.o.\nIČO 17889171\ntel. 606 330 778\n"
            "rihova@jctisk.example\n",
        ),
        sender="u7k2m4x",
        dm_sender="Jihočeská tisková s.r.o.",
    ),
    label(
        FEED,
        ("Jihočeská tisková s.r.o.", "17889171", "u7k2m4x"),
        ["198.51.100.210"],
        [],
        ("Dana Říhová", "rihova@jctisk.example", "+420606330778"),
    ),
)

# 28. Czech: a reply over the office's bulk letter listing other applicants
CASES["cz_reply_over_bulk_letter_other_applicants"] = (
    _m(
        "Dobrý den,\n\nnaše adresa pro XML je 203.0.113.190, testovat budeme ze stejné.\n\n"
        "Roman Fiala\nTeplický deník s.r.o., IČO 38630907\n724 551 900\n\n"
        "> Vážení žadatelé,\n> dosud jsme přijali žádosti od: Mostecký list s.r.o."
        " (203.0.113.11),\n> Chomutovské noviny a.s. (203.0.113.12). Ostatní prosíme o"
        " zaslání\n> adres do 15. 9.\n> ČSÚ, oddělení volebních výsledků\n",
        "fiala@teplickydenik.example",
        "Roman Fiala",
        subject="Re: Přístup k XML – výzva",
    ),
    label(
        FEED,
        ("Teplický deník s.r.o.", "38630907", None),
        ["203.0.113.190"],
        [],
        ("Roman Fiala", "fiala@teplickydenik.example", "+420724551900"),
    ),
)

# 29. English: a change request; the address to remove is named beside the new one
CASES["en_remove_and_add"] = (
    _m(
        "Hi,\n\nwe already have access to the XML feed. Please remove 198.51.100.220 and add"
        " 198.51.100.221 instead, it is our new production server.\n\nThanks,\nTom Walker\n"
        "Central Europe Wire s.r.o., ID No. 46995587\n+420 605 771 204\n",
        "walker@cewire.example",
        "Tom Walker",
        subject="XML feed – address change",
    ),
    label(
        FEED,
        ("Central Europe Wire s.r.o.", "46995587", None),
        ["198.51.100.221"],
        [],
        ("Tom Walker", "walker@cewire.example", "+420605771204"),
    ),
)

# 30. Czech: a person's birth number beside the phone in a freelancer's signature
CASES["cz_freelancer_birth_number"] = (
    _m(
        "Dobrý den,\n\njsem nezávislý novinář a žádám o povolení natáčení na sběrných místech"
        " v Třebíči.\n\nS pozdravem\nLukáš Procházka\nIČO 66698855\nr. č. 850412/1234\n"
        "tel. 737 220 119\n",
        "lukas.prochazka@post.example",
        "Lukáš Procházka",
    ),
    label(
        REC,
        ("Lukáš Procházka", "66698855", None),
        [],
        [],
        ("Lukáš Procházka", "lukas.prochazka@post.example", "+420737220119"),
    ),
)

# 31. Slovak: IČO written in a bank line's variable symbol beside the real IČO
CASES["sk_variable_symbol_beside_ico"] = (
    _m(
        "Dobrý deň,\n\nžiadame o prístup k XML s výsledkami volieb, IP 203.0.113.210.\n\n"
        "S pozdravom\nMária Horváthová\nKošický večer, a.s.\nIBAN SK31 1200 0000 1987 4263 7541,"
        " VS 64773701\nIČO: 61688339\n+421 902 118 404\n",
        "horvathova@kosickyvecer.example",
        "Mária Horváthová",
    ),
    label(
        FEED,
        ("Košický večer, a.s.", "61688339", None),
        ["203.0.113.210"],
        [],
        ("Mária Horváthová", "horvathova@kosickyvecer.example", "+421902118404"),
    ),
)

# 32. Czech: addresses of the applicant's readers' app CDN given as "where our readers come
#     from", not a server that downloads
CASES["cz_cdn_edge_not_downloader"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledků voleb. Stahovat bude server"
        " 198.51.100.230. Čtenářům výsledky servírujeme přes CDN (okrajové uzly 192.0.2.60"
        " a 192.0.2.61), ty k vám přistupovat nebudou.\n\nS pozdravem\nAdam Novotný\n"
        "Karlovarský portál s.r.o., IČO 45965137\n739 602 118\n",
        "novotny@kvportal.example",
        "Adam Novotný",
    ),
    label(
        FEED,
        ("Karlovarský portál s.r.o.", "45965137", None),
        ["198.51.100.230"],
        [],
        ("Adam Novotný", "novotny@kvportal.example", "+420739602118"),
    ),
)

# 33. Czech: the sender's display name is the boss; the assistant writes for him, the boss is
#     the contact
CASES["cz_assistant_writes_for_boss"] = (
    _m(
        "Dobrý den,\n\npíši za pana ředitele Ing. Bohumila Straku, který je kontaktní osobou"
        " pro tuto žádost (straka@vychodnicechy.example, 602 118 909).\n"
        "Žádáme o přístup k XML výsledků voleb, server 203.0.113.220.\n\n"
        "S pozdravem\nKlára Dušková, asistentka\nVýchodní Čechy Media a.s., IČO 22561030\n"
        "tel. 466 112 300\n",
        "duskova@vychodnicechy.example",
        "Klára Dušková",
    ),
    label(
        FEED,
        ("Východní Čechy Media a.s.", "22561030", None),
        ["203.0.113.220"],
        [],
        ("Bohumil Straka", "straka@vychodnicechy.example", "+420602118909"),
    ),
)

# 34. Hungarian with diacritics: the request for filming declined, the feed asked
CASES["hu_filming_declined"] = (
    _m(
        "Tisztelt Hivatal!\n\nKérjük hozzáférést a választási eredmények XML adataihoz a"
        " 198.51.100.240 címről. Forgatási engedélyt idén nem kérünk.\n\nÜdvözlettel\n"
        "Szabó Anna\nPannon Hírek Kft.\n+36 30 222 1144\n",
        "szabo.anna@pannonhirek.example",
        "Szabó Anna",
        subject="XML hozzáférés",
    ),
    label(
        FEED,
        ("Pannon Hírek Kft.", None, None),
        ["198.51.100.240"],
        [],
        ("Szabó Anna", "szabo.anna@pannonhirek.example", "+36302221144"),
    ),
)

# 35. Czech: the ticket number of the applicant's ISP in the subject and body
CASES["cz_isp_ticket_number"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledků voleb. Náš poskytovatel nám přidělil"
        " pevnou adresu 203.0.113.230 (jejich tiket č. 71047492).\n\nS pozdravem\n"
        "Hana Kopecká\nBenešovský zpravodaj, z.s.\nIČO 36058246\n776 330 120\n",
        "kopecka@benesovsky.example",
        "Hana Kopecká",
    ),
    label(
        FEED,
        ("Benešovský zpravodaj, z.s.", "36058246", None),
        ["203.0.113.230"],
        [],
        ("Hana Kopecká", "kopecka@benesovsky.example", "+420776330120"),
    ),
)

# 36. Data message: the envelope sender is the applicant; the body quotes a partner's box ID
CASES["dm_partner_box_in_body"] = (
    data_message(
        "Žádost o povolení natáčení",
        text_file(
            "zadost.txt",
            "Žádáme o povolení natáčení na sběrných místech v Opavě ve volební noci.\n"
            "Štáb dodá produkční společnost Slezsko Film s.r.o. (ID datové schránky"
            " k9m3p2q), která s vámi bude jednat jen o technických detailech.\n\n"
            "Kontakt: Zdeněk Hanák, hanak@opavskatv.example, 608 770 331\n"
            "Opavská televize s.r.o., IČO 51552230\n",
        ),
        sender="w4t8n2r",
        dm_sender="Opavská televize s.r.o.",
    ),
    label(
        REC,
        ("Opavská televize s.r.o.", "51552230", "w4t8n2r"),
        [],
        [],
        ("Zdeněk Hanák", "hanak@opavskatv.example", "+420608770331"),
    ),
)

# 37. English: the contact named only by a team alias with a person's phone line
CASES["en_shared_desk_mailbox"] = (
    _m(
        "Hello,\n\nthe Central Bohemia Post requests access to the XML results feed. Server:"
        " 198.51.100.250.\nFor anything about this request please write to"
        " newsdesk@cbpost.example or call the desk on +420 222 410 555.\n\n"
        "CB Post Media s.r.o., Company ID 46185631\n",
        "newsdesk@cbpost.example",
        "CB Post Newsdesk",
        subject="XML feed request",
    ),
    label(
        FEED,
        ("CB Post Media s.r.o.", "46185631", None),
        ["198.51.100.250"],
        [],
        (None, "newsdesk@cbpost.example", "+420222410555"),
    ),
)

# 38. Czech: a leading-zero address in a table
CASES["cz_leading_zero_octets"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledků voleb.\n\n"
        "Role       | IP adresa\nprodukce   | 198.051.100.017\ntest       | 198.051.100.018\n\n"
        "S pozdravem\nFilip Marek\nMladoboleslavský deník s.r.o., IČO 46437274\n"
        "tel. 731 009 448\n",
        "marek@mbdenik.example",
        "Filip Marek",
    ),
    label(
        FEED,
        ("Mladoboleslavský deník s.r.o.", "46437274", None),
        ["198.51.100.17"],
        ["198.51.100.18"],
        ("Filip Marek", "marek@mbdenik.example", "+420731009448"),
    ),
)

# 39. Czech: the previous (replaced) address in the subject only, the new one in the body
CASES["cz_old_address_in_subject"] = (
    _m(
        "Dobrý den,\n\nopravuji adresu z předmětu, správná je 203.0.113.240.\nŽádáme o přístup"
        " k XML výsledků voleb.\n\nS pozdravem\nTereza Kolářová\nPísecký hlas s.r.o.,"
        " IČO 68038828\n728 114 665\n",
        "kolarova@piseckyhlas.example",
        "Tereza Kolářová",
        subject="Žádost o XML – IP 203.0.113.24",
    ),
    label(
        FEED,
        ("Písecký hlas s.r.o.", "68038828", None),
        ["203.0.113.240"],
        [],
        ("Tereza Kolářová", "kolarova@piseckyhlas.example", "+420728114665"),
    ),
)

# 40. German: the press agency's Austrian partner named with the agency's own ID
CASES["de_partner_photo_agency_filming"] = (
    _m(
        "Guten Tag,\n\nwir bitten um die Drehgenehmigung in den Sammelstellen am Wahlabend"
        " sowie um den Zugang zum XML-Feed (Server 198.51.100.253).\nDie Bilder liefert"
        " unsere Partneragentur Alpen Foto GmbH (FN 412345x), die keinen eigenen Antrag"
        " stellt.\n\nMit freundlichen Grüßen\nJulia Hofer\nMitteleuropa Presse s.r.o.\n"
        "IČO 66103347\n+420 777 412 009\n",
        "hofer@mepresse.example",
        "Julia Hofer",
        subject="Antrag",
    ),
    label(
        BOTH,
        ("Mitteleuropa Presse s.r.o.", "66103347", None),
        ["198.51.100.253"],
        [],
        ("Julia Hofer", "hofer@mepresse.example", "+420777412009"),
    ),
)

# 41. Czech (found by a second probe): a form's "Zakázat:" line lists addresses to block
CASES["cz_form_deny_line"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML.\n\nPovolit: 198.51.100.40\n"
        "Zakázat: 198.51.100.41, 198.51.100.42\n\nJan Rys\nRys Media s.r.o., IČO 24575704\n"
        "603 111 222\n",
        "rys@rys.example",
        "Jan Rys",
    ),
    label(
        FEED,
        ("Rys Media s.r.o.", "24575704", None),
        ["198.51.100.40"],
        [],
        ("Jan Rys", "rys@rys.example", "+420603111222"),
    ),
)

# 42. Czech (second probe): only the office's confirmation forwarded, no new text: no
#     application of the forwarder's
CASES["cz_forward_of_office_confirmation_only"] = (
    _m(
        "---------- Přeposlaná zpráva ----------\nOd: Hana Veselá <volby@czso.cz>\n"
        "Datum: 1. 9. 2026\n\nDobrý den, potvrzujeme přijetí žádosti Deníku Jih s.r.o."
        " (IČO 17035651) o přístup k XML z adresy 198.51.100.13.\n"
        "Hana Veselá, ČSÚ, tel. 274 052 111\n",
        "kral@hl.example",
        "Vojtěch Král",
        subject="Fwd: potvrzení",
    ),
    label([], (None, None, None), [], [], ("Vojtěch Král", "kral@hl.example", None)),
)


def _deny(lines: str, sender: str, name: str, org: str, ico: str, phone: str) -> ParsedMessage:
    return _m(
        f"Hello,\n\nwe request access to the election results XML feed.\n\n{lines}\n\n"
        f"{name}\n{org}, IČO {ico}\n{phone}\n",
        sender,
        name,
        subject="XML feed",
    )


# 43–46. The deny label's near misses: "Deny:" / "Sperren:" leave their addresses out; a CIDR
#     "Block:" and a "Zakázka č." (an order) label keep theirs
CASES["en_allow_deny_lines"] = (
    _deny("Allow: 198.51.100.60\nDeny: 198.51.100.61", "a@ew.example", "Anna Webb",
          "East Wire s.r.o.", "56697821", "+420 603 000 111"),
    label(FEED, ("East Wire s.r.o.", "56697821", None), ["198.51.100.60"], [],
          ("Anna Webb", "a@ew.example", "+420603000111")),
)
CASES["de_freigeben_sperren_lines"] = (
    _deny("Freigeben: 198.51.100.62\nSperren: 198.51.100.63", "b@bw.example", "Karl Bauer",
          "Bauer Wort s.r.o.", "78064627", "+420 603 000 112"),
    label(FEED, ("Bauer Wort s.r.o.", "78064627", None), ["198.51.100.62"], [],
          ("Karl Bauer", "b@bw.example", "+420603000112")),
)
CASES["en_cidr_block_label_kept"] = (
    _deny("Block: 198.51.100.64/30", "c@cw.example", "Carl Cole", "Cole Wire s.r.o.",
          "98406990", "+420 603 000 113"),
    label(FEED, ("Cole Wire s.r.o.", "98406990", None),
          ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"], [],
          ("Carl Cole", "c@cw.example", "+420603000113")),
)
CASES["cz_order_label_kept"] = (
    _deny("Server: 198.51.100.70\nZakázka č. 12: 198.51.100.71", "d@dw.example", "Dana Dufková",
          "Dufek Wire s.r.o.", "56846576", "+420 603 000 114"),
    label(FEED, ("Dufek Wire s.r.o.", "56846576", None), ["198.51.100.70", "198.51.100.71"], [],
          ("Dana Dufková", "d@dw.example", "+420603000114")),
)


XFAIL: dict[str, str] = {
    "cz_reply_agree_over_office_letter": "a reply that only agrees ('Ano, souhlasím') over the"
    " office's quoted summary: the request and the address in the quote are not read as the"
    " applicant's (flagged)",
    "sk_sister_radio_applies_separately": "a sister outlet's server named for its own separate"
    " request ('pošlú vlastnú žiadosť zo svojho servera …') is added (flagged)",
    "cz_slash_two_servers": "'198.51.100.7/8' written for two servers (a last octet after a"
    " slash) is read as no address (flagged)",
    "cz_test_same_as_last_year_quoted": "a test address 'stejná jako loni' with last year's"
    " application quoted below is not taken from the quote",
    "cz_cdn_edge_not_downloader": "CDN edge addresses said not to connect ('ty k vám přistupovat"
    " nebudou') are partly added (flagged)",
    "cz_assistant_writes_for_boss": "a contact named in the accusative after 'píši za pana"
    " ředitele' keeps its inflected form (flagged)",
    "cz_forward_of_office_confirmation_only": "an office confirmation forwarded with no new text:"
    " the other applicant it names is read as the organisation (flagged)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r45_trap(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
