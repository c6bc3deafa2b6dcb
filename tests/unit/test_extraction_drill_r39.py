"""A blind drill, thirty-ninth round (issue 18): forty whole applications written the way forty
different people would, each with a trap beside the real values — labelled lines and tables that
are not the applicant's application: last year's approved addresses under a heading, the IT
vendor's own DNS, monitoring, gateway or NAT addresses with labels, the office's own feed server
quoted back, labelled lines in quoted history from another applicant, a colleague's signature
with "Tel.:"/"E-mail:" labels, a form template's example values, labelled lines inside an
unrelated attached document, billing and supplier contacts, a parent company's or a printer's
IČO, a law firm's data box. Every message was labelled by ``tests/corpus/LABELS.md`` before
extraction ran on it; each is scored field by field as the corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}

# 1. Czech: last year's approved addresses in a table under a heading "Schváleno 2024"
CASES["cz_table_last_year_approved"] = (
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k výsledkům voleb pro letošní volby.\n\n"
            "Pro srovnání přikládám, co nám bylo schváleno loni:\n\n"
            "Schváleno pro volby 2024\n"
            "Typ | IP adresa\n"
            "Produkce | 198.51.100.20\n"
            "Test | 198.51.100.21\n\n"
            "Letos budeme stahovat z nového serveru:\n"
            "Produkční IP: 203.0.113.140\n"
            "Testovací IP: 203.0.113.141\n\n"
            "S pozdravem\nOndřej Kratochvíl\nRegionální zpravodaj s.r.o.\nIČO: 45207194\n"
            "tel. 608 412 339\n"
        ),
        subject="Žádost o přístup k datům – volby",
        sender="kratochvil@regzpravodaj.example",
        sender_name="Ondřej Kratochvíl",
    ),
    label(
        FEED,
        ("Regionální zpravodaj s.r.o.", "45207194", None),
        ["203.0.113.140"],
        ["203.0.113.141"],
        ("Ondřej Kratochvíl", "kratochvil@regzpravodaj.example", "+420608412339"),
    ),
)

# 2. Czech: IT vendor lists its own DNS and monitoring addresses with labels
CASES["cz_vendor_dns_monitoring"] = (
    mail(
        body(
            "Dobrý den,\n\njménem našeho klienta, vydavatelství Horácké listy a.s. (IČO 53564359),"
            " žádáme o zpřístupnění XML výsledků.\n\n"
            "IP adresa serveru klienta: 192.0.2.60\n\n"
            "Pro úplnost – v síti jsou dále:\n"
            "Náš DNS server: 192.0.2.2\n"
            "Monitoring z: 192.0.2.250\n"
            "Gateway: 192.0.2.1\n\n"
            "Kontaktní osoba u klienta: Mgr. Radka Pešková, peskova@horackelisty.example,"
            " 777 201 448\n\n"
            "S pozdravem\nTomáš Zelenka\nZelenka IT servis\n"
        ),
        subject="Přístup k výsledkům voleb – Horácké listy",
        sender="zelenka@zelenkait.example",
        sender_name="Tomáš Zelenka",
    ),
    label(
        FEED,
        ("Horácké listy a.s.", "53564359", None),
        ["192.0.2.60"],
        [],
        ("Radka Pešková", "peskova@horackelisty.example", "+420777201448"),
    ),
)

# 3. Slovak: the office's own server quoted back ("server ČSÚ 193.x")
CASES["sk_office_server_quoted"] = (
    mail(
        body(
            "Dobrý deň,\n\nv minulosti sme sa pripájali na server ČSÚ 193.85.199.4, ktorý nám"
            " uviedol váš kolega. Teraz žiadame o povolenie prístupu pre našu novú adresu.\n\n"
            "Naša verejná IP adresa: 198.51.100.200\n\n"
            "S pozdravom\nMarek Baláž\nvedúci IT\nNovinárske vydavateľstvo Tatry, s.r.o.\n"
            "Tel.: +421 905 331 872\n"
        ),
        subject="Žiadosť o prístup k volebným dátam",
        sender="balaz@nvtatry.example",
        sender_name="Marek Baláž",
    ),
    label(
        FEED,
        ("Novinárske vydavateľstvo Tatry, s.r.o.", None, None),
        ["198.51.100.200"],
        [],
        ("Marek Baláž", "balaz@nvtatry.example", "+421905331872"),
    ),
)

# 4. English: quoted history with another applicant's labelled lines
CASES["en_quoted_other_applicant"] = (
    mail(
        body(
            "Hello,\n\nA colleague at another paper forwarded me your reply to them, so I am"
            " following the same steps. We would like access to the results feed.\n\n"
            "Server IP: 203.0.113.77\n"
            "Contact: Helen Marsh, +44 20 7946 0321\n\n"
            "Best regards,\nHelen Marsh\nDigital Desk, Northgate Media Ltd\n\n"
            "---------- Forwarded message ---------\n"
            "From: Peter Lowe <p.lowe@eastern-herald.example>\n"
            "Subject: Re: Access to results\n\n"
            "> Organisation: Eastern Herald Ltd\n"
            "> Production IP: 198.51.100.90\n"
            "> Contact: Peter Lowe, +44 20 7946 0877\n"
        ),
        subject="Results feed access – Northgate Media",
        sender="helen.marsh@northgatemedia.example",
        sender_name="Helen Marsh",
    ),
    label(
        FEED,
        ("Northgate Media Ltd", None, None),
        ["203.0.113.77"],
        [],
        ("Helen Marsh", "helen.marsh@northgatemedia.example", "+442079460321"),
    ),
)

# 5. Czech: colleague's signature with Tel./E-mail labels under the contact's text
CASES["cz_colleague_signature_labels"] = (
    mail(
        body(
            "Dobrý den,\n\nprosím o povolení natáčení ve volební místnosti v Kolíně. Natáčet"
            " bude náš štáb, kontaktní osobou jsem já, Lenka Habrmanová, tel. 731 556 210.\n\n"
            "Děkuji\nLenka Habrmanová\nTelevize Polabí s.r.o.\n\n"
            "V kopii kolega, který bude na místě:\n"
            "Pavel Souček\nkameraman\nTel.: 602 118 774\nE-mail: soucek@tvpolabi.example\n"
        ),
        subject="Natáčení – volby",
        sender="habrmanova@tvpolabi.example",
        sender_name="Lenka Habrmanová",
    ),
    label(
        REC,
        ("Televize Polabí s.r.o.", None, None),
        [],
        [],
        ("Lenka Habrmanová", "habrmanova@tvpolabi.example", "+420731556210"),
    ),
)

# 6. Form template with example values left in ("např. 192.0.2.1", "vzor: Jan Novák")
CASES["cz_form_template_examples"] = (
    mail(
        text_file(
            "zadost.txt",
            "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB\n\n"
            "Název organizace (vzor: Zpravodaj, s.r.o.): Jihočeské noviny, s.r.o.\n"
            "IČO: 74659049\n"
            "IP adresa produkčního serveru (např. 192.0.2.1): 198.51.100.131\n"
            "IP adresa testovacího serveru (např. 192.0.2.2): 198.51.100.132\n"
            "Kontaktní osoba (vzor: Jan Novák): Vítězslav Čermák\n"
            "E-mail: cermak@jcnoviny.example\n"
            "Telefon (např. +420 123 456 789): +420 724 880 193\n",
        ),
        body("Dobrý den, v příloze posílám vyplněnou žádost.\nV. Čermák\n"),
        subject="Žádost – přístup k výsledkům",
        sender="cermak@jcnoviny.example",
        sender_name="Vítězslav Čermák",
    ),
    label(
        FEED,
        ("Jihočeské noviny, s.r.o.", "74659049", None),
        ["198.51.100.131"],
        ["198.51.100.132"],
        ("Vítězslav Čermák", "cermak@jcnoviny.example", "+420724880193"),
    ),
)

# 7. Attached firewall export beside the real request
CASES["cz_firewall_export_attached"] = (
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb z naší produkční adresy"
            " 203.0.113.55. Pro kontrolu přikládám export pravidel našeho firewallu.\n\n"
            "Za Rádio Haná, s.r.o.\nJiří Vlček, správce sítě\nmobil 736 442 190\n"
        ),
        text_file(
            "fw-export.txt",
            "# firewall export 2025-03-02\n"
            "Zdroj NAT: 10.20.0.0/24 -> 203.0.113.55\n"
            "Gateway: 203.0.113.49\n"
            "DNS: 203.0.113.50\n"
            "allow tcp 203.0.113.55 -> any:443\n"
            "Admin: Karel Fiala, tel. 605 990 011\n",
        ),
        subject="Přístup k výsledkům – Rádio Haná",
        sender="vlcek@radiohana.example",
        sender_name="Jiří Vlček",
    ),
    label(
        FEED,
        ("Rádio Haná, s.r.o.", None, None),
        ["203.0.113.55"],
        [],
        ("Jiří Vlček", "vlcek@radiohana.example", "+420736442190"),
    ),
)

# 8. Billing contact label beside the real contact
CASES["cz_billing_contact"] = (
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k výsledkům voleb.\n\n"
            "Organizace: Mediální dům Vysočina a.s.\nIČO: 14351897\n"
            "Produkční server: 192.0.2.77\n\n"
            "Kontakt pro fakturaci: Ivana Pokorná, fakturace@mdvysocina.example, 567 110 200\n"
            "Kontaktní osoba: Michal Šebesta, sebesta@mdvysocina.example, 739 004 815\n\n"
            "Děkujeme\nMichal Šebesta\n"
        ),
        subject="Žádost o přístup",
        sender="sebesta@mdvysocina.example",
        sender_name="Michal Šebesta",
    ),
    label(
        FEED,
        ("Mediální dům Vysočina a.s.", "14351897", None),
        ["192.0.2.77"],
        [],
        ("Michal Šebesta", "sebesta@mdvysocina.example", "+420739004815"),
    ),
)

# 9. Supplier's technical contact label after the applicant's own contact
CASES["cz_supplier_technical_contact"] = (
    mail(
        body(
            "Vážení,\n\nobracím se na Vás s žádostí o přístup k volebnímu serveru.\n\n"
            "Žadatel: Zpravodajství Morava s.r.o., IČO 42725691\n"
            "Kontaktní osoba žadatele: Hana Kubíčková, kubickova@zpmorava.example,"
            " 775 300 411\n"
            "IP adresa: 198.51.100.166\n\n"
            "Technický kontakt dodavatele: Roman Jelínek (HostNet s.r.o.), podpora@hostnet.example,"
            " 553 117 900\n\n"
            "S pozdravem\nHana Kubíčková\n"
        ),
        subject="Přístup k volebnímu serveru",
        sender="kubickova@zpmorava.example",
        sender_name="Hana Kubíčková",
    ),
    label(
        FEED,
        ("Zpravodajství Morava s.r.o.", "42725691", None),
        ["198.51.100.166"],
        [],
        ("Hana Kubíčková", "kubickova@zpmorava.example", "+420775300411"),
    ),
)

# 10. Parent company's IČO in the signature footer
CASES["cz_parent_company_ico"] = (
    mail(
        body(
            "Dobrý den,\n\nrádi bychom natáčeli sčítání hlasů v okrsku v Liberci.\n\n"
            "Kontakt: Barbora Tichá, 603 771 920\n\n"
            "Barbora Tichá\nredaktorka\nLiberecký týdeník s.r.o., IČO: 47000601\n"
            "člen skupiny Severní média holding a.s., IČO: 76370771\n"
        ),
        subject="Natáčení voleb – Liberec",
        sender="ticha@libtydenik.example",
        sender_name="Barbora Tichá",
    ),
    label(
        REC,
        ("Liberecký týdeník s.r.o.", "47000601", None),
        [],
        [],
        ("Barbora Tichá", "ticha@libtydenik.example", "+420603771920"),
    ),
)

# 11. The printer's IČO in the colophon of an attached letter
CASES["cz_printer_ico_colophon"] = (
    mail(
        body("Dobrý den, žádost posílám v příloze.\nS pozdravem Alžběta Marešová\n"),
        text_file(
            "zadost-natáceni.txt",
            "Věc: Žádost o povolení pořizovat záznam ve volební místnosti\n\n"
            "Vydavatel týdeníku Podbrdsko, Podbrdské vydavatelství s.r.o., IČO 10893466,"
            " žádá o povolení pořídit fotografický záznam při sčítání hlasů.\n\n"
            "Kontaktní osoba: Alžběta Marešová, tel. 721 664 385,"
            " maresova@podbrdsko.example\n\n"
            "---\nTiskne: Tiskárna Brdy s.r.o., IČO: 52729222\n",
        ),
        subject="Žádost o povolení záznamu",
        sender="maresova@podbrdsko.example",
        sender_name="Alžběta Marešová",
    ),
    label(
        REC,
        ("Podbrdské vydavatelství s.r.o.", "10893466", None),
        [],
        [],
        ("Alžběta Marešová", "maresova@podbrdsko.example", "+420721664385"),
    ),
)

# 12. Data message from the applicant; its law firm's data box in the letter
CASES["databox_law_firm_box"] = (
    data_message(
        "Žádost o přístup k výsledkům voleb",
        text_file(
            "zadost.txt",
            "Žadatel: Pražský večerník s.r.o., IČO 69742405\n"
            "Produkční IP adresa: 203.0.113.181\n"
            "Kontaktní osoba: Ing. Stanislav Dušek, dusek@vecernik.example, +420 606 512 004\n\n"
            "Právní zastoupení: Advokátní kancelář Hrubý & partneři\n"
            "Datová schránka: 7x2mhqv\n",
        ),
        sender="k4rnw8e",
        dm_sender="Pražský večerník s.r.o.",
    ),
    label(
        FEED,
        ("Pražský večerník s.r.o.", "69742405", "k4rnw8e"),
        ["203.0.113.181"],
        [],
        ("Stanislav Dušek", "dusek@vecernik.example", "+420606512004"),
    ),
)

# 13. English: network diagram legend attached, with labelled addresses
CASES["en_network_diagram_legend"] = (
    mail(
        body(
            "Dear colleagues,\n\nBaltic Wire OÜ requests access to the election results XML."
            " Our collector runs at 198.51.100.240; a test box will use 198.51.100.241.\n\n"
            "I attach our network diagram's legend for your firewall team.\n\n"
            "Regards,\nKadri Tamm\nHead of Data, Baltic Wire OÜ\n+372 5123 4567\n"
        ),
        text_file(
            "diagram-legend.txt",
            "LEGEND\nR1 Gateway: 198.51.100.225\nFW outside: 198.51.100.226\n"
            "Monitoring from: 192.0.2.15\nNAT source: 198.51.100.240\n",
        ),
        subject="Access request – election results",
        sender="kadri.tamm@balticwire.example",
        sender_name="Kadri Tamm",
    ),
    label(
        FEED,
        ("Baltic Wire OÜ", None, None),
        ["198.51.100.240"],
        ["198.51.100.241"],
        ("Kadri Tamm", "kadri.tamm@balticwire.example", "+37251234567"),
    ),
)

# 14. Slovak: labelled lines in the office's own earlier reply, quoted
CASES["sk_office_reply_quoted"] = (
    mail(
        body(
            "Dobrý deň,\n\nďakujem za odpoveď. Doplňujem údaje: náš server má adresu"
            " 203.0.113.12, testovací 203.0.113.13.\n\nS pozdravom\nZuzana Hrušovská\n"
            "Denník Podunajsko, s.r.o.\n0908 221 674\n\n"
            "-----Pôvodná správa-----\nOd: Podatelna ČSÚ\n"
            "> Dobrý den, pro přístup potřebujeme vaši IP adresu.\n"
            "> Server pro stahování: 193.85.199.10\n"
            "> Kontakt: Jana Malá, tel. 274 052 111\n"
        ),
        subject="RE: Žiadosť o prístup",
        sender="hrusovska@podunajsko.example",
        sender_name="Zuzana Hrušovská",
    ),
    label(
        FEED,
        ("Denník Podunajsko, s.r.o.", None, None),
        ["203.0.113.12"],
        ["203.0.113.13"],
        ("Zuzana Hrušovská", "hrusovska@podunajsko.example", "+421908221674"),
    ),
)

# 15. German: IT provider's gateway and NAT with labels; applicant's address in prose
CASES["de_provider_gateway_nat"] = (
    mail(
        body(
            "Sehr geehrte Damen und Herren,\n\nim Auftrag der Oberpfälzer Nachrichten GmbH"
            " beantragen wir den Zugang zu den Wahlergebnissen im XML-Format.\n\n"
            "Server des Kunden: 203.0.113.201\n"
            "Unser Gateway: 203.0.113.193\n"
            "Quell-NAT: 203.0.113.194\n\n"
            "Ansprechpartnerin beim Kunden: Sabine Huber, huber@opf-nachrichten.example,"
            " +49 941 778 2210\n\n"
            "Mit freundlichen Grüßen\nThomas Brandl\nBrandl Netzwerke e.K.\n"
        ),
        subject="Zugang Wahlergebnisse – Oberpfälzer Nachrichten",
        sender="t.brandl@brandl-netz.example",
        sender_name="Thomas Brandl",
    ),
    label(
        FEED,
        ("Oberpfälzer Nachrichten GmbH", None, None),
        ["203.0.113.201"],
        [],
        ("Sabine Huber", "huber@opf-nachrichten.example", "+499417782210"),
    ),
)

# 16. Czech HTML: table of old addresses marked "původní" beside a new table
CASES["cz_html_old_vs_new_table"] = (
    mail(
        html_body(
            "<p>Dobrý den,</p><p>posíláme aktualizované adresy pro letošní volby.</p>"
            "<p><b>Původní (již nepoužíváme)</b></p>"
            "<table><tr><th>Server</th><th>IP</th></tr>"
            "<tr><td>produkce</td><td>192.0.2.30</td></tr></table>"
            "<p><b>Nové</b></p>"
            "<table><tr><th>Server</th><th>IP</th></tr>"
            "<tr><td>produkce</td><td>192.0.2.130</td></tr>"
            "<tr><td>test</td><td>192.0.2.131</td></tr></table>"
            "<p>S pozdravem<br>Petra Vojtíšková<br>Krkonošský deník s.r.o.<br>"
            "IČO 39913449<br>tel. 737 120 566</p>"
        ),
        subject="Aktualizace IP adres – volby",
        sender="vojtiskova@krkdenik.example",
        sender_name="Petra Vojtíšková",
    ),
    label(
        FEED,
        ("Krkonošský deník s.r.o.", "39913449", None),
        ["192.0.2.130"],
        ["192.0.2.131"],
        ("Petra Vojtíšková", "vojtiskova@krkdenik.example", "+420737120566"),
    ),
)

# 17. Polish: a colleague's signature with labels follows the writer's short one
CASES["pl_colleague_labels_after"] = (
    mail(
        body(
            "Dzień dobry,\n\nprosimy o dostęp do wyników wyborów w formacie XML dla naszego"
            " serwera 198.51.100.61.\n\nOsoba kontaktowa: Agnieszka Lis, +48 512 330 871.\n\n"
            "Pozdrawiam\nAgnieszka Lis\nPortal Śląsk24 sp. z o.o.\n\n"
            "W zastępstwie podczas urlopu:\nTomasz Nowicki\nTel.: +48 512 330 999\n"
            "E-mail: nowicki@slask24.example\n"
        ),
        subject="Dostęp do danych wyborczych",
        sender="a.lis@slask24.example",
        sender_name="Agnieszka Lis",
    ),
    label(
        FEED,
        ("Portal Śląsk24 sp. z o.o.", None, None),
        ["198.51.100.61"],
        [],
        ("Agnieszka Lis", "a.lis@slask24.example", "+48512330871"),
    ),
)

# 18. English: example values in the instructions the applicant pasted back
CASES["en_pasted_instructions_examples"] = (
    mail(
        body(
            "Hi,\n\nFollowing your instructions (copied below) here is our information:\n\n"
            "Organisation: Danube Data Journal Kft.\n"
            "Production IP: 203.0.113.88\n"
            "Contact: Gábor Szabó, gabor.szabo@ddj.example, +36 30 412 7789\n\n"
            "Thanks,\nGábor\n\n"
            "--- your instructions ---\n"
            "Please send: Organisation (e.g. Example Media Ltd), Production IP (e.g."
            " 192.0.2.10), Test IP if any (e.g. 192.0.2.11), Contact (e.g. John Smith,"
            " +420 123 456 789)\n"
        ),
        subject="Feed access details",
        sender="gabor.szabo@ddj.example",
        sender_name="Gábor Szabó",
    ),
    label(
        FEED,
        ("Danube Data Journal Kft.", None, None),
        ["203.0.113.88"],
        [],
        ("Gábor Szabó", "gabor.szabo@ddj.example", "+36304127789"),
    ),
)

# 19. Czech: a contract attached, with the counterparty's labelled identification
CASES["cz_contract_attached_counterparty"] = (
    mail(
        body(
            "Dobrý den,\n\nv souladu s pokyny žádáme o přístup k výsledkům voleb pro server"
            " 192.0.2.210 (produkce).\n\nS pozdravem\nDavid Kopecký\nvedoucí vývoje\n"
            "Zprávy Vysočina s.r.o., IČO 14548046\ntel. 604 215 873\n"
        ),
        text_file(
            "smlouva-hosting.txt",
            "SMLOUVA O POSKYTOVÁNÍ HOSTINGU\n\nPoskytovatel: DataCentrum Jih a.s.\n"
            "IČO: 59325801\nSídlo: Budějovická 12, České Budějovice\n"
            "Kontaktní osoba: Lukáš Brabec, tel. 387 000 412\n"
            "Přidělená IP adresa: 192.0.2.210\nGateway: 192.0.2.209\n",
        ),
        subject="Žádost o přístup",
        sender="kopecky@zpravyvysocina.example",
        sender_name="David Kopecký",
    ),
    label(
        FEED,
        ("Zprávy Vysočina s.r.o.", "14548046", None),
        ["192.0.2.210"],
        [],
        ("David Kopecký", "kopecky@zpravyvysocina.example", "+420604215873"),
    ),
)

# 20. Both types; monitoring address of the hosting named with a label
CASES["cz_both_hosting_monitoring"] = (
    mail(
        body(
            "Dobrý den,\n\nžádáme o dvě věci: o přístup k XML s výsledky a o povolení natáčet"
            " ve volební místnosti v Táboře.\n\nIP adresa našeho serveru: 198.51.100.14\n"
            "Monitoring hostingu: 198.51.100.250 (pouze pro info, nepovolovat)\n\n"
            "Kontakt: Jakub Řezníček, reznicek@taborsko.example, 728 660 314\n\n"
            "Táborsko média s.r.o.\n"
        ),
        subject="Žádost o přístup a natáčení",
        sender="reznicek@taborsko.example",
        sender_name="Jakub Řezníček",
    ),
    label(
        BOTH,
        ("Táborsko média s.r.o.", None, None),
        ["198.51.100.14"],
        [],
        ("Jakub Řezníček", "reznicek@taborsko.example", "+420728660314"),
    ),
)

# 21. Slovak: "Kontakt pre fakturáciu" above the real contact
CASES["sk_billing_above_contact"] = (
    mail(
        body(
            "Dobrý deň,\n\nprosíme o prístup k výsledkom volieb vo formáte XML.\n\n"
            "Kontakt pre fakturáciu: účtáreň, uctaren@kosickyvecer.example, 055 622 1100\n"
            "Kontaktná osoba: Peter Kováč, kovac@kosickyvecer.example, 0915 447 208\n"
            "IP adresa servera: 203.0.113.33\n\n"
            "S pozdravom\nPeter Kováč\nKošický večer, a.s.\n"
        ),
        subject="Žiadosť o prístup",
        sender="kovac@kosickyvecer.example",
        sender_name="Peter Kováč",
    ),
    label(
        FEED,
        ("Košický večer, a.s.", None, None),
        ["203.0.113.33"],
        [],
        ("Peter Kováč", "kovac@kosickyvecer.example", "+421915447208"),
    ),
)

# 22. English: vendor's DNS resolver in a numbered list after the client's server
CASES["en_vendor_resolver_list"] = (
    mail(
        body(
            "Good afternoon,\n\nWe host the website of Moravian Post s.r.o. and they asked us"
            " to request the results feed for them.\n\n"
            "1. Client server (production): 198.51.100.150\n"
            "2. Our DNS resolver: 198.51.100.3\n"
            "3. Our monitoring probe: 198.51.100.4\n\n"
            "Please address questions to the client's editor, Jana Dvořáková,"
            " dvorakova@moravianpost.example, +420 545 210 887.\n\n"
            "Kind regards,\nAlex Novotny\nNorthbridge Hosting\n"
        ),
        subject="Results feed for Moravian Post",
        sender="alex@northbridge.example",
        sender_name="Alex Novotny",
    ),
    label(
        FEED,
        ("Moravian Post s.r.o.", None, None),
        ["198.51.100.150"],
        [],
        ("Jana Dvořáková", "dvorakova@moravianpost.example", "+420545210887"),
    ),
)

# 23. Czech: the sender quotes a previous year's approval letter from the office
CASES["cz_quoted_approval_letter"] = (
    mail(
        body(
            "Dobrý den,\n\nletos žádáme znovu. Adresa serveru se změnila na 203.0.113.99.\n\n"
            "Pro informaci loňské rozhodnutí:\n"
            '"Povolený přístup: Deník Slovácko s.r.o.\n'
            "IP adresa: 203.0.113.9\n"
            'Platnost do: 31. 12. 2024"\n\n'
            "S pozdravem\nMartina Hudečková\nDeník Slovácko s.r.o.\nIČO 22367276\n"
            "tel. 572 501 330\n"
        ),
        subject="Opětovná žádost o přístup",
        sender="hudeckova@denikslovacko.example",
        sender_name="Martina Hudečková",
    ),
    label(
        FEED,
        ("Deník Slovácko s.r.o.", "22367276", None),
        ["203.0.113.99"],
        [],
        ("Martina Hudečková", "hudeckova@denikslovacko.example", "+420572501330"),
    ),
)

# 24. French: vendor's labelled gateway, passerelle
CASES["fr_passerelle_vendor"] = (
    mail(
        body(
            "Madame, Monsieur,\n\nNous souhaitons accéder au flux XML des résultats.\n\n"
            "Adresse IP de notre serveur : 192.0.2.140\n"
            "Passerelle de notre hébergeur : 192.0.2.129\n"
            "DNS de l'hébergeur : 192.0.2.130\n\n"
            "Contact : Claire Dubois, +33 1 44 55 66 77\n\n"
            "Cordialement,\nClaire Dubois\nAgence Europe Centrale SARL\n"
        ),
        subject="Accès aux résultats",
        sender="c.dubois@aec.example",
        sender_name="Claire Dubois",
    ),
    label(
        FEED,
        ("Agence Europe Centrale SARL", None, None),
        ["192.0.2.140"],
        [],
        ("Claire Dubois", "c.dubois@aec.example", "+33144556677"),
    ),
)

# 25. Czech: data message whose annotation names a representing law firm's box
CASES["databox_representative_box_in_sig"] = (
    data_message(
        "Žádost o povolení natáčení",
        text_file(
            "zadost.txt",
            "Žádáme o povolení natáčet průběh sčítání hlasů v Ostravě.\n\n"
            "Žadatel: Ostravská televize a.s., IČO 71443266, datová schránka: m3p9tzw\n"
            "Kontaktní osoba: Adéla Pokorná, 731 012 558, pokorna@ostravatv.example\n\n"
            "Zastoupen: JUDr. Karel Veselý, advokát\nDatová schránka advokáta: v8h2kdn\n"
            "Tel.: 596 100 200\nE-mail: vesely@ak-vesely.example\n",
        ),
        sender="m3p9tzw",
        dm_sender="Ostravská televize a.s.",
    ),
    label(
        REC,
        ("Ostravská televize a.s.", "71443266", "m3p9tzw"),
        [],
        [],
        ("Adéla Pokorná", "pokorna@ostravatv.example", "+420731012558"),
    ),
)

# 26. Czech: "Zdroj NAT" label of the office-side VPN in the mail and real address in prose
CASES["cz_nat_source_label_vendor"] = (
    mail(
        body(
            "Dobrý den,\n\npro náš redakční systém žádáme o přístup k výsledkům. Stahovat"
            " budeme z adresy 198.51.100.101.\n\n"
            "Technické detaily od našeho dodavatele:\n"
            "Zdroj NAT: 198.51.100.96\n"
            "Gateway: 198.51.100.97\n\n"
            "S pozdravem\nLibor Štěpánek\nZnojemský zpravodaj, s.r.o.\n"
            "mob. 722 316 940\n"
        ),
        subject="Přístup k výsledkům voleb",
        sender="stepanek@znojmozpr.example",
        sender_name="Libor Štěpánek",
    ),
    label(
        FEED,
        ("Znojemský zpravodaj, s.r.o.", None, None),
        ["198.51.100.101"],
        [],
        ("Libor Štěpánek", "stepanek@znojmozpr.example", "+420722316940"),
    ),
)

# 27. English: an approved list from last year under "2024 allocation"
CASES["en_last_year_allocation"] = (
    mail(
        body(
            "Dear Sir/Madam,\n\nWe apply again for the results feed. For reference, last"
            " year's allocation:\n\n"
            "2024 allocation\nProduction: 203.0.113.160\nTest: 203.0.113.161\n\n"
            "This year please allow instead:\nProduction: 203.0.113.170\n"
            "Test: 203.0.113.171\n\n"
            "Yours faithfully,\nMartin Hughes\nCentral Europe Data Ltd\n+44 161 496 0123\n"
        ),
        subject="Results feed – renewal",
        sender="m.hughes@cedata.example",
        sender_name="Martin Hughes",
    ),
    label(
        FEED,
        ("Central Europe Data Ltd", None, None),
        ["203.0.113.170"],
        ["203.0.113.171"],
        ("Martin Hughes", "m.hughes@cedata.example", "+441614960123"),
    ),
)

# 28. Czech: reply, quoted history of another applicant forwarded by the office
CASES["cz_office_forwarded_other_applicant"] = (
    mail(
        body(
            "Dobrý den,\n\ndíky za vzor, posíláme naše údaje stejně:\n\n"
            "Organizace: Brněnský kurýr s.r.o.\nProdukční IP: 192.0.2.45\n"
            "Kontakt: Simona Vrbová, vrbova@brnokuryr.example, 776 119 803\n\n"
            "S pozdravem\nSimona Vrbová\n\n"
            "> Od: podatelna@csu.example\n"
            "> Příklad správně vyplněné žádosti:\n"
            "> Organizace: Vzorový deník a.s.\n"
            "> Produkční IP: 192.0.2.200\n"
            "> Kontakt: Josef Vzorný, 600 000 000\n"
        ),
        subject="RE: Žádost o přístup",
        sender="vrbova@brnokuryr.example",
        sender_name="Simona Vrbová",
    ),
    label(
        FEED,
        ("Brněnský kurýr s.r.o.", None, None),
        ["192.0.2.45"],
        [],
        ("Simona Vrbová", "vrbova@brnokuryr.example", "+420776119803"),
    ),
)

# 29. Slovak: the parent company with its IČO written first as a heading
CASES["sk_parent_first"] = (
    mail(
        body(
            "Dobrý deň,\n\nsme súčasťou skupiny Stredoeurópske médiá a.s. (IČO 11445637)."
            " O povolenie nakrúcania pri sčítaní hlasov v Bratislave žiada naša dcérska"
            " spoločnosť TV Dunaj s.r.o., IČO 45207194.\n\n"
            "Kontaktná osoba: Ivana Šimková, 0902 118 336, simkova@tvdunaj.example\n\n"
            "S pozdravom\nIvana Šimková\n"
        ),
        subject="Žiadosť o nakrúcanie",
        sender="simkova@tvdunaj.example",
        sender_name="Ivana Šimková",
    ),
    label(
        REC,
        ("TV Dunaj s.r.o.", "45207194", None),
        [],
        [],
        ("Ivana Šimková", "simkova@tvdunaj.example", "+421902118336"),
    ),
)

# 30. Czech: a checkbox form, "Technický kontakt dodavatele" row filled
CASES["cz_checkbox_form_supplier_row"] = (
    mail(
        text_file(
            "formular.txt",
            "[X] Přístup k výsledkům (XML)\n[ ] Povolení natáčení\n\n"
            "Žadatel: Chrudimský deník s.r.o.\nIČO: 53564359\n"
            "Produkční IP: 203.0.113.230\nTestovací IP: \n"
            "Kontaktní osoba: Radek Hájek\nE-mail: hajek@chrudimdenik.example\n"
            "Telefon: 605 774 120\n"
            "Technický kontakt dodavatele: Webhosting Pardubice, tel. 466 000 555,"
            " noc@webhostpce.example\n",
        ),
        body("Dobrý den, posílám vyplněný formulář. Radek Hájek\n"),
        subject="Formulář – přístup k výsledkům",
        sender="hajek@chrudimdenik.example",
        sender_name="Radek Hájek",
    ),
    label(
        FEED,
        ("Chrudimský deník s.r.o.", "53564359", None),
        ["203.0.113.230"],
        [],
        ("Radek Hájek", "hajek@chrudimdenik.example", "+420605774120"),
    ),
)

# 31. Spanish: the hosting's own monitoring addresses labelled under the real one
CASES["es_hosting_monitoring"] = (
    mail(
        body(
            "Estimados señores:\n\nSolicitamos acceso al servidor de resultados electorales.\n\n"
            "IP de nuestro servidor: 198.51.100.70\n"
            "Monitorización del proveedor: 198.51.100.5\n"
            "Puerta de enlace: 198.51.100.65\n\n"
            "Persona de contacto: Lucía Martín Gil, +34 915 550 182\n\n"
            "Atentamente,\nLucía Martín Gil\nAgencia Ibérica de Noticias, S.A.\n"
        ),
        subject="Solicitud de acceso",
        sender="lmartin@agibnoticias.example",
        sender_name="Lucía Martín Gil",
    ),
    label(
        FEED,
        ("Agencia Ibérica de Noticias, S.A.", None, None),
        ["198.51.100.70"],
        [],
        ("Lucía Martín Gil", "lmartin@agibnoticias.example", "+34915550182"),
    ),
)

# 32. Czech: the sender's assistant signs; a colleague's vCard-like block follows
CASES["cz_vcard_block_colleague"] = (
    mail(
        body(
            "Dobrý den,\n\nžádám o povolení pořizovat zvukový záznam ve volební místnosti"
            " v Jihlavě. Kontaktní osobou je Filip Mrázek, 739 550 612.\n\n"
            "Děkuji\nFilip Mrázek\nRádio Vysočina Plus s.r.o.\n\n"
            "--\nBEGIN:VCARD\nFN:Eva Königová\nTITLE:vedoucí marketingu\n"
            "TEL:+420 567 300 100\nEMAIL:konigova@radiovp.example\nEND:VCARD\n"
        ),
        subject="Zvukový záznam – volby",
        sender="mrazek@radiovp.example",
        sender_name="Filip Mrázek",
    ),
    label(
        REC,
        ("Rádio Vysočina Plus s.r.o.", None, None),
        [],
        [],
        ("Filip Mrázek", "mrazek@radiovp.example", "+420739550612"),
    ),
)

# 33. English: a printer's company number and address on the letterhead footer
CASES["en_letterhead_footer_printer"] = (
    mail(
        body(
            "To whom it may concern,\n\nThe Bohemian Chronicle s.r.o. (ID No. 76370771)"
            " requests permission to film the counting of votes at a polling station in"
            " Prague 2.\n\nOur contact for this: Oliver Grant, +420 773 410 225.\n\n"
            "Sincerely,\nOliver Grant\nEditor\n\n"
            "Printed by Vltava Print s.r.o., IČO 47000601\n"
        ),
        subject="Filming permission",
        sender="o.grant@bohemianchronicle.example",
        sender_name="Oliver Grant",
    ),
    label(
        REC,
        # the article opening the sentence is not part of the name (LABELS.md), flagged
        ("Bohemian Chronicle s.r.o.", "76370771", None),
        [],
        [],
        ("Oliver Grant", "o.grant@bohemianchronicle.example", "+420773410225"),
    ),
)

# 34. Czech: IT vendor writes, a table of vendor infrastructure under the client's line
CASES["cz_vendor_infra_table"] = (
    mail(
        body(
            "Dobrý den,\n\nza našeho zákazníka Plzeňský obzor s.r.o. žádáme o přístup k XML"
            " výsledkům.\n\nAdresa serveru zákazníka: 203.0.113.120\n\n"
            "Naše infrastruktura (pro vaši informaci):\n"
            "Role | Adresa\n"
            "DNS | 203.0.113.2\n"
            "Monitoring | 203.0.113.3\n"
            "Zálohy | 203.0.113.4\n\n"
            "Kontaktní osoba zákazníka: Věra Hronková, hronkova@plzenobzor.example,"
            " 737 662 091\n\n"
            "S pozdravem\nMilan Šafránek\nŠafránek Hosting s.r.o.\nTel.: 377 100 200\n"
        ),
        subject="Přístup k výsledkům – Plzeňský obzor",
        sender="safranek@safhost.example",
        sender_name="Milan Šafránek",
    ),
    label(
        FEED,
        ("Plzeňský obzor s.r.o.", None, None),
        ["203.0.113.120"],
        [],
        ("Věra Hronková", "hronkova@plzenobzor.example", "+420737662091"),
    ),
)

# 35. Hungarian: the applicant's server, the office's server quoted
CASES["hu_office_server_quoted"] = (
    mail(
        body(
            "Tisztelt Hölgyem/Uram!\n\nA Dunántúli Hírek Kft. nevében kérünk hozzáférést a"
            " választási eredményekhez. A letöltés a 198.51.100.50 címről történik; az"
            " Önök szerverét (193.85.199.4) már elértük próbaképpen.\n\n"
            "Kapcsolattartó: Kovács Eszter, +36 1 555 2034\n\n"
            "Üdvözlettel\nKovács Eszter\nDunántúli Hírek Kft.\n"
        ),
        subject="Hozzáférési kérelem",
        sender="kovacs.eszter@dunhirek.example",
        sender_name="Kovács Eszter",
    ),
    label(
        FEED,
        ("Dunántúli Hírek Kft.", None, None),
        ["198.51.100.50"],
        [],
        ("Kovács Eszter", "kovacs.eszter@dunhirek.example", "+3615552034"),
    ),
)

# 36. Czech: the law firm writes for the client; its own labelled lines in the signature
CASES["cz_law_firm_writes"] = (
    mail(
        body(
            "Vážení,\n\njako právní zástupce společnosti Kladenský expres s.r.o.,"
            " IČO 10893466, žádáme jménem klienta o povolení natáčení ve volební místnosti"
            " v Kladně. Kontaktní osoba klienta: Jan Hofman, 604 881 273,"
            " hofman@kladnoexpres.example.\n\n"
            "S úctou\nMgr. Kristýna Benešová, advokátka\nAK Benešová\n"
            "IČO: 52729222\nDatová schránka: 9fz4wqa\nTel.: 222 333 444\n"
            "E-mail: benesova@akbenesova.example\n"
        ),
        subject="Žádost o povolení natáčení – Kladenský expres",
        sender="benesova@akbenesova.example",
        sender_name="Kristýna Benešová",
    ),
    label(
        REC,
        ("Kladenský expres s.r.o.", "10893466", None),
        [],
        [],
        ("Jan Hofman", "hofman@kladnoexpres.example", "+420604881273"),
    ),
)

# 37. English: the test address of a previous (declined) application in a quoted reply
CASES["en_quoted_declined_test"] = (
    mail(
        body(
            "Hi again,\n\nAs you asked, we dropped the test server; please only whitelist our"
            " production server 192.0.2.88.\n\nThanks\nRuth Evans\nPrairie Wire Inc.\n"
            "+1 312 555 0147\n\n"
            "On Monday, ruth.evans@prairiewire.example wrote:\n"
            "> Production IP: 192.0.2.88\n> Test IP: 192.0.2.89\n"
        ),
        subject="Re: Feed access – Prairie Wire",
        sender="ruth.evans@prairiewire.example",
        sender_name="Ruth Evans",
    ),
    label(
        FEED,
        ("Prairie Wire Inc.", None, None),
        ["192.0.2.88"],
        [],
        ("Ruth Evans", "ruth.evans@prairiewire.example", "+13125550147"),
    ),
)

# 38. Czech: an attached network description with "Gateway" and "DNS" and a server line
CASES["cz_attached_network_description"] = (
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k výsledkům voleb. Údaje o síti jsou v příloze.\n\n"
            "Kontakt: Aleš Pospíšil, pospisil@hanackyden.example, 777 330 119\n"
            "Hanácký den s.r.o.\n"
        ),
        text_file(
            "sit.txt",
            "Popis sítě Hanácký den\n\nServer pro stahování výsledků: 198.51.100.180\n"
            "Gateway: 198.51.100.177\nNáš DNS server: 198.51.100.178\n"
            "Monitoring z: 198.51.100.179\n",
        ),
        subject="Přístup k výsledkům",
        sender="pospisil@hanackyden.example",
        sender_name="Aleš Pospíšil",
    ),
    label(
        FEED,
        ("Hanácký den s.r.o.", None, None),
        ["198.51.100.180"],
        [],
        ("Aleš Pospíšil", "pospisil@hanackyden.example", "+420777330119"),
    ),
)

# 39. Slovak: checkbox form, recording ticked, a second unticked, example phone
CASES["sk_form_example_phone"] = (
    mail(
        text_file(
            "ziadost.txt",
            "[ ] Prístup k výsledkom\n[x] Povolenie nakrúcania\n\n"
            "Organizácia: Rádio Orava, s.r.o.\n"
            "Kontaktná osoba: Juraj Mikuš\n"
            "Telefón (v tvare napr. +421 900 000 000): +421 907 552 130\n"
            "E-mail: mikus@radioorava.example\n",
        ),
        body("Dobrý deň, v prílohe žiadosť. Juraj Mikuš\n"),
        subject="Žiadosť o povolenie nakrúcania",
        sender="mikus@radioorava.example",
        sender_name="Juraj Mikuš",
    ),
    label(
        REC,
        ("Rádio Orava, s.r.o.", None, None),
        [],
        [],
        ("Juraj Mikuš", "mikus@radioorava.example", "+421907552130"),
    ),
)

# 40. Czech: the vendor's own server in a sentence ("z našeho serveru 192.x sledujeme")
CASES["cz_vendor_prose_monitoring"] = (
    mail(
        body(
            "Dobrý den,\n\nprosíme o přístup k výsledkům pro Týdeník Šumava s.r.o., server"
            " 203.0.113.240. Dostupnost hlídáme z našeho monitorovacího serveru 203.0.113.6,"
            " ten povolovat nemusíte.\n\n"
            "Kontaktní osoba: Karolína Bártová, bartova@tydsumava.example, 776 502 318\n\n"
            "S pozdravem\nKarolína Bártová\nTýdeník Šumava s.r.o.\n"
        ),
        subject="Přístup k výsledkům",
        sender="bartova@tydsumava.example",
        sender_name="Karolína Bártová",
    ),
    label(
        FEED,
        ("Týdeník Šumava s.r.o.", None, None),
        ["203.0.113.240"],
        [],
        ("Karolína Bártová", "bartova@tydsumava.example", "+420776502318"),
    ),
)

XFAIL: dict[str, str] = {
    "cz_table_last_year_approved": "addresses (r39-addr, r40-infra left): last year's approved table under a title without an address word ('Schváleno pro volby 2024') is read as this year's; flagged by the old_section gate",
    "en_last_year_allocation": "addresses (r39-addr): '2024 allocation' over last year's labelled lines is not read as old (a year alone cannot be told from this election's: the address rules have no date); flagged by the old_section gate",
    "cz_html_old_vs_new_table": "addresses (r39-addr): an HTML table under 'Původní (již nepoužíváme)' is kept: labelled rows under a removal heading stay; flagged by the old_section gate",
    "en_network_diagram_legend": "addresses (r39-addr): the IT vendor's or host's own infrastructure addresses with labels in an attached diagram legend ('FW outside:', 'Monitoring from:') are taken, flagged",
    "de_provider_gateway_nat": "addresses (r39-addr): the IT vendor's or host's own infrastructure addresses with labels ('Quell-NAT:') is taken as production, flagged",
    "cz_nat_source_label_vendor": "addresses (r39-addr): the IT vendor's or host's own infrastructure addresses with labels ('Zdroj NAT:') is taken as production, flagged",
    "cz_vendor_infra_table": "addresses (r39-addr): the IT vendor's or host's own infrastructure addresses with labels in a table ('Naše infrastruktura') are taken as production, flagged",
    "en_vendor_resolver_list": "contact (r39-note): 'address questions to the client's editor X' gives way to the vendor's signature, flagged",
    "en_quoted_other_applicant": "addresses (r39-addr): another applicant's labelled 'Production IP:' in forwarded quoted history is added, flagged",
    "cz_quoted_approval_letter": "addresses (r39-addr): last year's decision quoted in the writer's text ('IP adresa: …', 'Platnost do: … 2024') is added, flagged",
    "cz_contract_attached_counterparty": "contact (r39-note): the hosting provider's labelled lines in an attached contract ('Kontaktní osoba:') are taken over the signature; flagged (the contract-title gate flags the phone)",
}


def test_forty_messages() -> None:
    assert len(CASES) == 40


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
