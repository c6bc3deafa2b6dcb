"""A drill of the sixty-fourth round (issue 18): who the contact is, and their name and phone.
Thirty-seven whole applications in five classes: a colleague who forwards or sends the
application (an out-of-office reply quoted above it, an inline forward whose attachment
carries the addresses) is not its contact; one of several signers pointed at by an ordinal
("druhý podepsaný", "the second undersigned"); whole names of Vietnamese, Hungarian,
Spanish, Portuguese, Dutch, Arabic, Chinese and Korean writers; the phone the writer says
they are reached on over the head office's line in their signature; and near misses each
class must leave alone (a forwarder who names themselves, a stand-in named in the
application's own text, two ordinals in two sentences). Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it; each is scored field by field as the
corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import docx_bytes, odt_blocks, pdf_bytes, xlsx_bytes
from tests.unit.drill_helpers import FEED, REC, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str, *extra: Component, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)


# ------------------------------------------------ 1. the colleague who forwards is no contact --

CASES["cz_autoreply_above_application"] = (
    _m(
        "Dobrý den,\n\nposílám Vám žádost našeho kolegy Tomáše Řezníčka, kterou poslal panu"
        " řediteli – ten je ale na dovolené a vrátila se mu jen automatická odpověď.\n\n"
        "Ivana Holubová\nsekretariát\nPodřipský týdeník s.r.o.\n\n"
        "________________________________\n"
        "Od: Bureš Karel <bures@podripsky.example>\n"
        "Odesláno: pondělí 8. září 2025 9:14\n"
        "Komu: Řezníček Tomáš <reznicek@podripsky.example>\n"
        "Předmět: Automatická odpověď: Žádost o XML výsledky\n\n"
        "Dobrý den,\ndo 20. 9. jsem mimo kancelář. V naléhavých případech se obracejte na Ivanu"
        " Holubovou, tel. 416 812 330.\nKarel Bureš\n\n"
        "________________________________\n"
        "Od: Řezníček Tomáš <reznicek@podripsky.example>\n"
        "Odesláno: pondělí 8. září 2025 9:13\n"
        "Komu: Bureš Karel <bures@podripsky.example>\n"
        "Předmět: Žádost o XML výsledky\n\n"
        "Karle, prosím odešli to za nás na ČSÚ:\n\n"
        "Dobrý den,\nPodřipský týdeník s.r.o., IČO 27183459, žádá o přístup k výsledkům voleb ve"
        " formátu XML.\nProdukční IP adresa: 198.51.100.21\nTestovací IP adresa: 198.51.100.29\n"
        "Kontaktní osoba: Tomáš Řezníček, reznicek@podripsky.example, mobil 724 615 208\n\n"
        "Tomáš Řezníček\nonline redakce\n",
        "holubova@podripsky.example", "Holubová Ivana", subject="FW: Automatická odpověď: Žádost o XML výsledky",
    ),
    label(FEED, ("Podřipský týdeník s.r.o.", "27183459", None), ["198.51.100.21"], ["198.51.100.29"],
          ("Tomáš Řezníček", "reznicek@podripsky.example", "+420724615208")),
)

CASES["en_out_of_office_above_application"] = (
    _m(
        "Hello,\n\nplease find below the application of my colleague Alice Grant; she sent it to our"
        " editor, who is away and only answered with an out-of-office message.\n\n"
        "Best regards,\nOliver Shaw\nPrague Ledger s.r.o.\n\n"
        "-----Original Message-----\n"
        "From: Mark Dunn <dunn@pragueledger.example>\n"
        "Sent: Monday, September 8, 2025 10:02 AM\n"
        "To: Alice Grant <grant@pragueledger.example>\n"
        "Subject: Automatic reply: Application for the XML feed\n\n"
        "I am out of the office until 22 September. For urgent matters please contact Oliver"
        " Shaw, +420 605 118 240.\nMark Dunn\n\n"
        "-----Original Message-----\n"
        "From: Alice Grant <grant@pragueledger.example>\n"
        "Sent: Monday, September 8, 2025 10:01 AM\n"
        "To: Mark Dunn <dunn@pragueledger.example>\n"
        "Subject: Application for the XML feed\n\n"
        "Mark, please send this to the statistical office:\n\n"
        "Prague Ledger s.r.o. (IČO 48201936) applies for access to the election results XML feed.\n"
        "Production IP: 203.0.113.44\nTest IP: 203.0.113.45\n"
        "Contact person: Alice Grant, grant@pragueledger.example, +420 731 442 906\n\n"
        "Alice Grant\ndata desk\n",
        "shaw@pragueledger.example", "Oliver Shaw", subject="FW: Automatic reply: Application for the XML feed",
    ),
    label(FEED, ("Prague Ledger s.r.o.", "48201936", None), ["203.0.113.44"], ["203.0.113.45"],
          ("Alice Grant", "grant@pragueledger.example", "+420731442906")),
)

CASES["de_abwesenheitsnotiz_above_antrag"] = (
    _m(
        "Guten Tag,\n\nanbei der Antrag meines Kollegen Felix Brandt, den er an unseren Chefredakteur"
        " geschickt hat; der ist im Urlaub.\n\nMit freundlichen Grüßen\nSabine Roth\n"
        "Egerland Anzeiger s.r.o.\n\n"
        "-----Ursprüngliche Nachricht-----\n"
        "Von: Jürgen Haas <haas@egerland.example>\n"
        "Gesendet: Montag, 8. September 2025 11:20\n"
        "An: Felix Brandt <brandt@egerland.example>\n"
        "Betreff: Abwesenheitsnotiz: Antrag XML-Wahlergebnisse\n\n"
        "Ich bin bis 19. September nicht im Büro. In dringenden Fällen wenden Sie sich bitte an"
        " Frau Sabine Roth, Tel. +420 354 422 118.\nJürgen Haas\n\n"
        "-----Ursprüngliche Nachricht-----\n"
        "Von: Felix Brandt <brandt@egerland.example>\n"
        "Gesendet: Montag, 8. September 2025 11:19\n"
        "An: Jürgen Haas <haas@egerland.example>\n"
        "Betreff: Antrag XML-Wahlergebnisse\n\n"
        "Egerland Anzeiger s.r.o., IČO 33910286, beantragt den Zugang zu den XML-Wahlergebnissen.\n"
        "Produktions-IP: 192.0.2.61\nTest-IP: 192.0.2.62\n"
        "Ansprechpartner: Felix Brandt, brandt@egerland.example, Mobil +420 777 204 615\n\n"
        "Felix Brandt\n",
        "roth@egerland.example", "Roth Sabine", subject="WG: Abwesenheitsnotiz: Antrag XML-Wahlergebnisse",
    ),
    label(FEED, ("Egerland Anzeiger s.r.o.", "33910286", None), ["192.0.2.61"], ["192.0.2.62"],
          ("Felix Brandt", "brandt@egerland.example", "+420777204615")),
)

CASES["sk_automaticka_odpoved_above_ziadost"] = (
    _m(
        "Dobrý deň,\n\nposielam Vám žiadosť kolegyne Zuzany Kráľovej, vrátila sa jej len automatická"
        " odpoveď od šéfredaktora.\n\nMarek Hudec\nZáhorský hlas s.r.o.\n\n"
        "________________________________\n"
        "Od: Kováč Peter <kovac@zahorskyhlas.example>\n"
        "Odoslané: utorok 9. septembra 2025 8:40\n"
        "Komu: Kráľová Zuzana <kralova@zahorskyhlas.example>\n"
        "Predmet: Automatická odpoveď: Žiadosť o XML\n\n"
        "Do 25. 9. som mimo kancelárie. V naliehavých prípadoch sa obráťte na Mareka Hudeca,"
        " tel. 905 331 240.\nPeter Kováč\n\n"
        "________________________________\n"
        "Od: Kráľová Zuzana <kralova@zahorskyhlas.example>\n"
        "Odoslané: utorok 9. septembra 2025 8:39\n"
        "Komu: Kováč Peter <kovac@zahorskyhlas.example>\n"
        "Predmet: Žiadosť o XML\n\n"
        "Záhorský hlas s.r.o., IČO 51277344, žiada o prístup k výsledkom volieb vo formáte XML.\n"
        "Produkčná IP adresa: 198.51.100.81\nTestovacia IP adresa: 198.51.100.82\n"
        "Kontaktná osoba: Zuzana Kráľová, kralova@zahorskyhlas.example, +420 608 227 514\n\n"
        "Zuzana Kráľová\n",
        "hudec@zahorskyhlas.example", "Hudec Marek", subject="FW: Automatická odpoveď: Žiadosť o XML",
    ),
    label(FEED, ("Záhorský hlas s.r.o.", "51277344", None), ["198.51.100.81"], ["198.51.100.82"],
          ("Zuzana Kráľová", "kralova@zahorskyhlas.example", "+420608227514")),
)

CASES["cz_inline_forward_colleague_xlsx"] = (
    _m(
        "Dobrý den, přeposílám žádost kolegy, omylem ji poslal jen mně.\nLenka Dvořáková\n\n"
        "---------- Forwarded message ---------\n"
        "Od: Vojtěch Bartoš <bartos@boleslavsky.example>\n"
        "Date: út 9. 9. 2025 v 15:40\n"
        "Subject: žádost o XML data\n"
        "To: Lenka Dvořáková <dvorakova@boleslavsky.example>\n\n"
        "Lenko, prosím pošli to na ČSÚ, tabulka v příloze.\n\n"
        "Vojtěch Bartoš\nBoleslavský deník s.r.o.\ntel. 326 711 452\n",
        "dvorakova@boleslavsky.example", "Lenka Dvořáková",
        attachment("adresy.xlsx", xlsx_bytes([
            ["Boleslavský deník s.r.o."], ["IČO", "60548126"],
            ["Produkce", "203.0.113.61"], ["Test", "203.0.113.69"],
        ])),
        subject="Fwd: žádost o XML data",
    ),
    label(FEED, ("Boleslavský deník s.r.o.", "60548126", None), ["203.0.113.61"], ["203.0.113.69"],
          ("Vojtěch Bartoš", "bartos@boleslavsky.example", "+420326711452")),
)

CASES["en_inline_forward_colleague_pdf"] = (
    _m(
        "Hi, forwarding my colleague's application below, he sent it only to me by mistake.\n"
        "Nora Blake\n\n"
        "---------- Forwarded message ---------\n"
        "From: Daniel Frost <frost@vltavapost.example>\n"
        "Date: Tue, 9 Sep 2025 at 14:05\n"
        "Subject: XML feed application\n"
        "To: Nora Blake <blake@vltavapost.example>\n\n"
        "Nora, could you send this to the statistical office? The form is attached.\n\n"
        "Daniel Frost\nVltava Post s.r.o.\nphone +420 604 551 873\n",
        "blake@vltavapost.example", "Nora Blake",
        attachment("application.pdf", pdf_bytes([
            "Applicant: Vltava Post s.r.o., IČO 72309458",
            "Production server: 198.51.100.91",
            "Test server: 198.51.100.92",
        ])),
        subject="Fwd: XML feed application",
    ),
    label(FEED, ("Vltava Post s.r.o.", "72309458", None), ["198.51.100.91"], ["198.51.100.92"],
          ("Daniel Frost", "frost@vltavapost.example", "+420604551873")),
)

CASES["sk_inline_forward_kolegyne_docx"] = (
    _m(
        "Dobrý deň, preposielam žiadosť kolegyne, omylom ju poslala iba mne.\nJán Baláž\n\n"
        "---------- Forwarded message ---------\n"
        "Od: Katarína Šimková <simkova@oravskenoviny.example>\n"
        "Date: ut 9. 9. 2025 o 13:12\n"
        "Subject: žiadosť o XML\n"
        "To: Ján Baláž <balaz@oravskenoviny.example>\n\n"
        "Jano, pošli to prosím na ČSÚ, žiadosť je v prílohe.\n\n"
        "Katarína Šimková\nOravské noviny s.r.o.\nmobil +421 905 612 448\n",
        "balaz@oravskenoviny.example", "Ján Baláž",
        attachment("ziadost.docx", docx_bytes([
            "Žiadateľ: Oravské noviny s.r.o., IČO 29466130",
            "Produkčná IP adresa: 192.0.2.111",
            "Testovacia IP adresa: 192.0.2.112",
        ])),
        subject="Fwd: žiadosť o XML",
    ),
    label(FEED, ("Oravské noviny s.r.o.", "29466130", None), ["192.0.2.111"], ["192.0.2.112"],
          ("Katarína Šimková", "simkova@oravskenoviny.example", "+421905612448")),
)

# near miss: the forwarder names herself the contact
CASES["cz_forward_colleague_but_i_am_contact"] = (
    _m(
        "Dobrý den, přeposílám žádost kolegy, kontaktní osobou budu ale já (mobil 737 402 118).\n"
        "Hana Kubátová\n\n"
        "---------- Forwarded message ---------\n"
        "Od: Radek Musil <musil@krkonossky.example>\n"
        "Date: út 9. 9. 2025 v 10:05\n"
        "Subject: žádost o XML\n"
        "To: Hana Kubátová <kubatova@krkonossky.example>\n\n"
        "Hano, pošli to prosím na ČSÚ.\n\n"
        "Radek Musil\nKrkonošský zpravodaj s.r.o.\ntel. 499 311 207\n",
        "kubatova@krkonossky.example", "Hana Kubátová",
        attachment("zadost.pdf", pdf_bytes([
            "Žadatel: Krkonošský zpravodaj s.r.o., IČO 81035268",
            "Produkční IP adresa: 203.0.113.121",
        ])),
        subject="Fwd: žádost o XML",
    ),
    label(FEED, ("Krkonošský zpravodaj s.r.o.", "81035268", None), ["203.0.113.121"], [],
          ("Hana Kubátová", "kubatova@krkonossky.example", "+420737402118")),
)

# near miss: the stand-in is named in the application's own text (no out-of-office reply)
CASES["cz_colleague_reply_names_contact"] = (
    _m(
        "Dobrý den,\nPodlipanský kurýr s.r.o., IČO 36750492, žádá o přístup k XML výsledkům voleb"
        " z adresy 198.51.100.131.\nV technických věcech se obracejte na kolegu Jakuba Vránu,"
        " tel. 603 517 902.\n\nS pozdravem\nMarie Šťastná\nšéfredaktorka\n",
        "stastna@podlipansky.example", "Marie Šťastná",
    ),
    label(FEED, ("Podlipanský kurýr s.r.o.", "36750492", None), ["198.51.100.131"], [],
          ("Jakub Vrána", "stastna@podlipansky.example", "+420603517902")),
)

# near miss: the forwarded application itself announces an absence and names its contact
CASES["cz_forwarded_absence_names_contact"] = (
    _m(
        "Dobrý den, posílám žádost kolegy Adama Krále, který je dnes na cestách.\nJitka Poláková\n\n"
        "---------- Forwarded message ---------\n"
        "Od: Adam Král <kral@brdskelisty.example>\n"
        "Date: po 8. 9. 2025 v 17:20\n"
        "Subject: žádost o XML\n"
        "To: Jitka Poláková <polakova@brdskelisty.example>\n\n"
        "Dobrý den,\nBrdské listy s.r.o., IČO 64370151, žádá o přístup k XML výsledkům voleb.\n"
        "Produkční IP adresa: 192.0.2.15\nTestovací IP adresa: 192.0.2.16\n"
        "V den voleb budu mimo kancelář, kontaktní osobou je proto kolegyně Petra Nová,"
        " nova@brdskelisty.example, 604 215 330.\n\nAdam Král\n",
        "polakova@brdskelisty.example", "Jitka Poláková", subject="Fwd: žádost o XML",
    ),
    label(FEED, ("Brdské listy s.r.o.", "64370151", None), ["192.0.2.15"], ["192.0.2.16"],
          ("Petra Nová", "nova@brdskelisty.example", "+420604215330")),
)

# ------------------------------------------------------------ 2. one of several signers ------

CASES["cz_three_signers_druhy_podepsany"] = (
    _m(
        "Dobrý den,\n\nJizerský hlas, o.p.s. (IČO 44582170) žádá o přístup k výsledkům voleb ve"
        " formátu XML.\n\nProdukční server: 192.0.2.140\nTestovací server: 192.0.2.141\n\n"
        "Kontaktní osobou pro žádost je náš správce (druhý podepsaný).\n\nS pozdravem\n\n"
        "Mgr. Olga Benešová, ředitelka, benesova@jizerskyhlas.example, 602 410 337\n"
        "Ing. Pavel Zeman, správce sítě, zeman@jizerskyhlas.example, 736 208 514\n"
        "Lukáš Hora, grafik, 731 550 902\n",
        "benesova@jizerskyhlas.example", "Olga Benešová",
    ),
    label(FEED, ("Jizerský hlas, o.p.s.", "44582170", None), ["192.0.2.140"], ["192.0.2.141"],
          ("Pavel Zeman", "zeman@jizerskyhlas.example", "+420736208514")),
)

CASES["cz_prvni_podepsana_of_two"] = (
    _m(
        "Dobrý den,\nžádáme o přístup k XML výsledkům pro Vsetínské listy s.r.o., IČO 59023643.\n"
        "Produkční adresa: 203.0.113.150\n"
        "Kontakt: první podepsaná.\n\nDěkujeme\n\n"
        "Bc. Tereza Pilařová, editorka, pilarova@vsetinske.example, 739 118 402\n"
        "Jiří Pospíšil, jednatel, pospisil@vsetinske.example, 571 420 000\n",
        "pospisil@vsetinske.example", "Jiří Pospíšil",
    ),
    label(FEED, ("Vsetínské listy s.r.o.", "59023643", None), ["203.0.113.150"], [],
          ("Tereza Pilařová", "pilarova@vsetinske.example", "+420739118402")),
)

CASES["cz_posledni_podepsany"] = (
    _m(
        "Dobrý den,\nHanácký večerník s.r.o., IČO 63194708, žádá o přístup k XML výsledkům voleb.\n"
        "Produkční IP: 198.51.100.160, testovací IP: 198.51.100.161.\n"
        "Kontaktní osobou je poslední podepsaný.\n\nS pozdravem\n\n"
        "Alena Krejčí, šéfredaktorka, krejci@hanackyvecernik.example, 585 203 110\n"
        "Martin Doležal, vydavatel, dolezal@hanackyvecernik.example, 585 203 111\n"
        "Petr Navrátil, technik, navratil@hanackyvecernik.example, 775 602 318\n",
        "krejci@hanackyvecernik.example", "Alena Krejčí",
    ),
    label(FEED, ("Hanácký večerník s.r.o.", "63194708", None), ["198.51.100.160"], ["198.51.100.161"],
          ("Petr Navrátil", "navratil@hanackyvecernik.example", "+420775602318")),
)

CASES["en_second_undersigned"] = (
    _m(
        "Dear Sir or Madam,\nBohemia Wire s.r.o. (IČO 77840518) applies for access to the XML"
        " results feed from 192.0.2.170 (production) and 192.0.2.171 (test).\n"
        "The contact person for this application is the second undersigned.\n\nKind regards,\n\n"
        "Helen Ward, editor-in-chief, ward@bohemiawire.example, +420 601 220 118\n"
        "Samuel Price, systems engineer, price@bohemiawire.example, +420 725 904 311\n",
        "ward@bohemiawire.example", "Helen Ward",
    ),
    label(FEED, ("Bohemia Wire s.r.o.", "77840518", None), ["192.0.2.170"], ["192.0.2.171"],
          ("Samuel Price", "price@bohemiawire.example", "+420725904311")),
)

CASES["de_zweite_unterzeichnende"] = (
    _m(
        "Sehr geehrte Damen und Herren,\ndie Prager Rundschau s.r.o. (IČO 22506896) beantragt den"
        " Zugang zu den XML-Wahlergebnissen von 198.51.100.180 aus.\n"
        "Ansprechpartnerin ist die zweite Unterzeichnende.\n\nMit freundlichen Grüßen\n\n"
        "Thomas Keller, Herausgeber, keller@prager-rundschau.example, +420 224 900 100\n"
        "Anja Vogel, IT, vogel@prager-rundschau.example, +420 728 301 447\n",
        "keller@prager-rundschau.example", "Thomas Keller",
    ),
    label(FEED, ("Prager Rundschau s.r.o.", "22506896", None), ["198.51.100.180"], [],
          ("Anja Vogel", "vogel@prager-rundschau.example", "+420728301447")),
)

CASES["sk_druhy_podpisany"] = (
    _m(
        "Dobrý deň,\nTatranský kuriér s.r.o., IČO 38317052, žiada o prístup k výsledkom volieb"
        " vo formáte XML.\nProdukčná IP adresa: 203.0.113.190\n"
        "Kontaktnou osobou je druhý podpísaný.\n\nS pozdravom\n\n"
        "Eva Hrušková, riaditeľka, hruskova@tatranskykurier.example, +421 52 772 1100\n"
        "Michal Ondruš, technik, ondrus@tatranskykurier.example, +421 911 402 338\n",
        "hruskova@tatranskykurier.example", "Eva Hrušková",
    ),
    label(FEED, ("Tatranský kuriér s.r.o.", "38317052", None), ["203.0.113.190"], [],
          ("Michal Ondruš", "ondrus@tatranskykurier.example", "+421911402338")),
)

CASES["cz_html_druhy_z_podepsanych"] = (
    mail(
        html_body(
            "<p>Dobrý den,</p><p>Chrudimský deník s.r.o., IČO 40673286, žádá o přístup k XML"
            " výsledkům voleb.</p><p>Produkční IP: 192.0.2.200<br>Testovací IP: 192.0.2.201</p>"
            "<p>Kontaktní osobou je druhý z podepsaných.</p><p>S pozdravem</p>"
            "<p>Ing. Věra Málková, ředitelka, malkova@chrudimsky.example, 469 600 100<br>"
            "Ondřej Kalina, správce serveru, kalina@chrudimsky.example, 734 218 096</p>"
        ),
        subject="Žádost o XML", sender="malkova@chrudimsky.example", sender_name="Věra Málková",
    ),
    label(FEED, ("Chrudimský deník s.r.o.", "40673286", None), ["192.0.2.200"], ["192.0.2.201"],
          ("Ondřej Kalina", "kalina@chrudimsky.example", "+420734218096")),
)

# near miss: two ordinals in two sentences, one for the crew, one for the contact
CASES["cz_crew_second_contact_first"] = (
    _m(
        "Dobrý den,\nŽďárský obzor s.r.o., IČO 55139469, žádá o povolení natáčet ve volební noc"
        " ve Vašem sídle.\nNatáčet bude druhý podepsaný.\nKontaktní osobou je první podepsaná.\n\n"
        "S pozdravem\n\n"
        "Simona Vašková, redaktorka, vaskova@zdarskyobzor.example, 737 112 509\n"
        "Filip Janda, kameraman, janda@zdarskyobzor.example, 604 881 230\n",
        "vaskova@zdarskyobzor.example", "Simona Vašková",
    ),
    label(REC, ("Žďárský obzor s.r.o.", "55139469", None), [], [],
          ("Simona Vašková", "vaskova@zdarskyobzor.example", "+420737112509")),
)

# ------------------------------------------------------------ 3. whole names ------------------

CASES["vi_contact_label_honorific"] = (
    _m(
        "Kính gửi Český statistický úřad,\nTuần báo Hoa Sen – Hoa Sen Press s.r.o., IČO 66921031,"
        " xin cấp quyền truy cập kết quả bầu cử (XML).\n"
        "Địa chỉ IP máy chủ chính (produkční): 198.51.100.211\n"
        "Kontaktní osoba: anh Lê Văn Hùng, biên tập viên\nĐiện thoại: 776 204 518\n"
        "E-mail: hung@hoasenpress.example\n\nTrân trọng,\nLê Văn Hùng\nHoa Sen Press s.r.o.\n",
        "hung@hoasenpress.example", "Le Van Hung",
    ),
    label(FEED, ("Hoa Sen Press s.r.o.", "66921031", None), ["198.51.100.211"], [],
          ("Lê Văn Hùng", "hung@hoasenpress.example", "+420776204518")),
)

CASES["vi_odt_data_message"] = (
    data_message(
        "Žádost – přístup k výsledkům voleb XML",
        attachment("don_xin.odt", odt_blocks([
            "Sao Mai Media s.r.o., IČO 71485724",
            "ĐƠN XIN TRUY CẬP KẾT QUẢ BẦU CỬ (Žádost o přístup k výsledkům voleb)",
            "máy chủ chính (produkční): 203.0.113.221",
            "máy chủ thử nghiệm (testovací): 203.0.113.222",
            "Người liên hệ (kontaktní osoba): Phạm Thị Ngọc Lan, trưởng kỹ thuật,"
            " lan.pham@saomai.example, ĐT 775 319 204",
        ])),
        sender="s4om41m", dm_sender="Sao Mai Media s.r.o.",
    ),
    label(FEED, ("Sao Mai Media s.r.o.", "71485724", "s4om41m"), ["203.0.113.221"], ["203.0.113.222"],
          ("Phạm Thị Ngọc Lan", "lan.pham@saomai.example", "+420775319204")),
)

CASES["vi_signer_only"] = (
    _m(
        "Dobrý den,\nVietnamský týdeník Mekong s.r.o., IČO 28794303, žádá o přístup k XML výsledkům"
        " voleb.\nProdukční IP: 192.0.2.231\nTelefon: 608 430 215\n\nS pozdravem\nHoàng Minh Tuấn\n",
        "tuan@mekong-tydenik.example", "Hoang Minh Tuan",
    ),
    label(FEED, ("Vietnamský týdeník Mekong s.r.o.", "28794303", None), ["192.0.2.231"], [],
          ("Hoàng Minh Tuấn", "tuan@mekong-tydenik.example", "+420608430215")),
)

CASES["vi_docx_contact"] = (
    _m(
        "Dobrý den, v příloze posíláme žádost.\nĐặng Quốc Bảo\n",
        "bao@lotus-tv.example", "Dang Quoc Bao",
        attachment("zadost.docx", docx_bytes([
            "Žadatel: Lotus TV s.r.o., IČO 34068155",
            "Produkční IP adresa: 198.51.100.241",
            "Kontaktní osoba: Đặng Quốc Bảo, bao@lotus-tv.example, 731 602 447",
        ])),
    ),
    label(FEED, ("Lotus TV s.r.o.", "34068155", None), ["198.51.100.241"], [],
          ("Đặng Quốc Bảo", "bao@lotus-tv.example", "+420731602447")),
)

CASES["hu_surname_first"] = (
    _m(
        "Tisztelt Hivatal,\nDunai Hírek s.r.o., IČO 49250671, kéri a hozzáférést az XML választási"
        " eredményekhez.\nÉles IP-cím (produkční): 203.0.113.31\n"
        "Kapcsolattartó: Szabó Zsófia, szabo@dunaihirek.example, +36 30 412 7788\n\n"
        "Üdvözlettel\nSzabó Zsófia\n",
        "szabo@dunaihirek.example", "Szabó Zsófia",
    ),
    label(FEED, ("Dunai Hírek s.r.o.", "49250671", None), ["203.0.113.31"], [],
          ("Szabó Zsófia", "szabo@dunaihirek.example", "+36304127788")),
)

CASES["es_double_surname"] = (
    _m(
        "Estimados señores:\nNoticias de Praga s.r.o. (IČO 53607945) solicita el acceso a los"
        " resultados electorales en XML.\nIP de producción: 192.0.2.41\n"
        "Persona de contacto: Lucía Ortega Ruiz, ortega@noticiasdepraga.example, +420 722 610 384\n\n"
        "Atentamente,\nLucía Ortega Ruiz\n",
        "ortega@noticiasdepraga.example", "Lucía Ortega Ruiz",
    ),
    label(FEED, ("Noticias de Praga s.r.o.", "53607945", None), ["192.0.2.41"], [],
          ("Lucía Ortega Ruiz", "ortega@noticiasdepraga.example", "+420722610384")),
)

CASES["pt_dos_santos"] = (
    _m(
        "Prezados senhores,\nLusa Praga s.r.o., IČO 68412592, solicita acesso aos resultados"
        " eleitorais em XML.\nIP de produção: 198.51.100.51\n"
        "Contacto: João Pedro dos Santos, santos@lusapraga.example, +420 739 021 556\n\n"
        "Com os melhores cumprimentos,\nJoão Pedro dos Santos\n",
        "santos@lusapraga.example", "João Pedro dos Santos",
    ),
    label(FEED, ("Lusa Praga s.r.o.", "68412592", None), ["198.51.100.51"], [],
          ("João Pedro dos Santos", "santos@lusapraga.example", "+420739021556")),
)

CASES["nl_van_der"] = (
    _m(
        "Geachte heer, mevrouw,\nPraags Dagblad s.r.o. (IČO 70156387) vraagt toegang tot de"
        " XML-verkiezingsuitslagen.\nProductie-IP: 203.0.113.71\n"
        "Contactpersoon: Daan van der Linden, vanderlinden@praagsdagblad.example, +420 605 773 120\n\n"
        "Met vriendelijke groet,\nDaan van der Linden\n",
        "vanderlinden@praagsdagblad.example", "Daan van der Linden",
    ),
    label(FEED, ("Praags Dagblad s.r.o.", "70156387", None), ["203.0.113.71"], [],
          ("Daan van der Linden", "vanderlinden@praagsdagblad.example", "+420605773120")),
)

CASES["ar_al_article"] = (
    _m(
        "Dear Sir or Madam,\nLevant Media Prague s.r.o. (IČO 25931849) applies for access to the"
        " XML election results.\nProduction IP: 192.0.2.81\n"
        "Contact: Karim al-Haddad, haddad@levantmedia.example, +420 774 300 218\n\n"
        "Regards,\nKarim al-Haddad\n",
        "haddad@levantmedia.example", "Karim al-Haddad",
    ),
    label(FEED, ("Levant Media Prague s.r.o.", "25931849", None), ["192.0.2.81"], [],
          ("Karim al-Haddad", "haddad@levantmedia.example", "+420774300218")),
)

CASES["zh_family_first"] = (
    _m(
        "Dear Sir or Madam,\nHuaxia Prague News s.r.o. (IČO 31489061) applies for access to the XML"
        " election results.\nProduction IP: 198.51.100.101\n"
        "Contact person: Wang Fang, wang.fang@huaxianews.example, +420 733 218 905\n\n"
        "Best regards,\nWang Fang\n",
        "wang.fang@huaxianews.example", "Wang Fang",
    ),
    label(FEED, ("Huaxia Prague News s.r.o.", "31489061", None), ["198.51.100.101"], [],
          ("Wang Fang", "wang.fang@huaxianews.example", "+420733218905")),
)

CASES["ko_hyphenated_given"] = (
    _m(
        "Dear Sir or Madam,\nHanbit Europe s.r.o. (IČO 47023813) applies for access to the XML"
        " election results.\nProduction IP: 203.0.113.111\n"
        "Contact: Lee Seo-yeon, lee@hanbit-europe.example, +420 720 441 308\n\n"
        "Sincerely,\nLee Seo-yeon\n",
        "lee@hanbit-europe.example", "Lee Seo-yeon",
    ),
    label(FEED, ("Hanbit Europe s.r.o.", "47023813", None), ["203.0.113.111"], [],
          ("Lee Seo-yeon", "lee@hanbit-europe.example", "+420720441308")),
)

CASES["vi_pdf_data_message_signer"] = (
    data_message(
        "Žádost o XML výsledky voleb",
        attachment("zadost.pdf", pdf_bytes([
            "Việt Báo Praha s.r.o., IČO 52896439",
            "Žádáme o přístup k XML výsledkům voleb z adresy 192.0.2.91.",
            "Kontaktní osoba: Trịnh Thu Trang, trang@vietbao.example, tel. 777 560 213",
            "",
            "Vũ Đức Thắng",
            "jednatel",
        ])),
        sender="v13tb40", dm_sender="Việt Báo Praha s.r.o.",
    ),
    label(FEED, ("Việt Báo Praha s.r.o.", "52896439", "v13tb40"), ["192.0.2.91"], [],
          ("Trịnh Thu Trang", "trang@vietbao.example", "+420777560213")),
)

# ------------------------------------------------------ 4. the phone the writer is reached on --

CASES["de_at_erreichbar_mobile_over_head_office"] = (
    _m(
        "Sehr geehrte Damen und Herren,\nals Korrespondent der Alpenpost GmbH in Prag ersuche ich um"
        " eine Drehgenehmigung für den Wahlabend in Ihrem Haus.\n"
        "Für Rückfragen bin ich am besten mobil erreichbar: +420 604 227 931.\n\n"
        "Mit freundlichen Grüßen\nMag. Stefan Huber\nKorrespondent Prag\nAlpenpost GmbH\n"
        "Zentrale Wien: +43 1 51 44 2000\n",
        "stefan.huber@alpenpost.example", "Huber Stefan",
    ),
    label(REC, ("Alpenpost GmbH", None, None), [], [],
          ("Stefan Huber", "stefan.huber@alpenpost.example", "+420604227931")),
)

CASES["en_reached_on_over_london_desk"] = (
    _m(
        "Dear Sir or Madam,\nI am the Prague correspondent of Thames Courier Ltd and I would like to"
        " ask for permission to film at your office on election night.\n"
        "During the count I can be reached on +420 736 118 502.\n\n"
        "Kind regards,\nEmily Hart\nThames Courier Ltd\nLondon newsroom: +44 20 7946 0321\n",
        "hart@thamescourier.example", "Emily Hart",
    ),
    label(REC, ("Thames Courier Ltd", None, None), [], [],
          ("Emily Hart", "hart@thamescourier.example", "+420736118502")),
)

CASES["cz_zastihnete_over_sidlo"] = (
    _m(
        "Dobrý den,\nžádám o povolení natáčet ve volební noc ve Vašem sídle pro Moravskoslezský"
        " rozhlas s.r.o., IČO 79613021.\nBěhem voleb mě zastihnete na čísle 739 402 615.\n\n"
        "S pozdravem\nKarolína Šindelářová\nredaktorka\nMoravskoslezský rozhlas s.r.o.\n"
        "sídlo Ostrava: 596 110 200\n",
        "sindelarova@msrozhlas.example", "Karolína Šindelářová",
    ),
    label(REC, ("Moravskoslezský rozhlas s.r.o.", "79613021", None), [], [],
          ("Karolína Šindelářová", "sindelarova@msrozhlas.example", "+420739402615")),
)

CASES["fr_joignable_over_siege"] = (
    _m(
        "Madame, Monsieur,\ncorrespondante de Rive Gauche Média SAS à Prague, je sollicite"
        " l'autorisation de filmer dans vos locaux le soir des élections.\n"
        "Je suis joignable au +420 728 503 116.\n\n"
        "Cordialement,\nClaire Moreau\nRive Gauche Média SAS\nSiège Paris : +33 1 44 55 66 77\n",
        "moreau@rivegauche.example", "Claire Moreau",
    ),
    label(REC, ("Rive Gauche Média SAS", None, None), [], [],
          ("Claire Moreau", "moreau@rivegauche.example", "+420728503116")),
)

# near miss: the own text gives a colleague's number, not the writer's
CASES["cz_colleagues_number_in_text"] = (
    _m(
        "Dobrý den,\nžádám o povolení natáčet ve volební noc pro Polabský zpravodaj s.r.o., IČO"
        " 23645172.\nKameramana Davida Šálka zastihnete na čísle 776 330 129.\n\n"
        "S pozdravem\nMonika Fialová\nredaktorka\nmobil 605 442 871\n",
        "fialova@polabsky.example", "Monika Fialová",
    ),
    label(REC, ("Polabský zpravodaj s.r.o.", "23645172", None), [], [],
          ("Monika Fialová", "fialova@polabsky.example", "+420605442871")),
)

# near miss: the writer says where they are reached, but names another contact
CASES["en_reached_on_but_other_contact"] = (
    _m(
        "Dear Sir or Madam,\nElbe Review s.r.o. (IČO 61205877) applies for access to the XML results"
        " from 203.0.113.84.\nContact person: Jonas Weber, weber@elbereview.example, +420 739 660 215.\n"
        "I am travelling this week; I can be reached on +420 602 119 874.\n\n"
        "Kind regards,\nPaula Reyes\nmanaging editor\n",
        "reyes@elbereview.example", "Paula Reyes",
    ),
    label(FEED, ("Elbe Review s.r.o.", "61205877", None), ["203.0.113.84"], [],
          ("Jonas Weber", "weber@elbereview.example", "+420739660215")),
)

# near miss: the writer's own mobile beside the switchboard in the own text
CASES["cz_mobile_beside_switchboard_in_text"] = (
    _m(
        "Dobrý den,\nPojizerský týdeník s.r.o., IČO 35872403, žádá o přístup k XML výsledkům"
        " z adresy 198.51.100.251.\nNaše ústředna má číslo 481 300 100, mě ale zastihnete na mobilu"
        " 737 608 214.\n\nS pozdravem\nRoman Kučera\n",
        "kucera@pojizersky.example", "Roman Kučera",
    ),
    label(FEED, ("Pojizerský týdeník s.r.o.", "35872403", None), ["198.51.100.251"], [],
          ("Roman Kučera", "kucera@pojizersky.example", "+420737608214")),
)


XFAIL: dict[str, str] = {
    "de_at_erreichbar_mobile_over_head_office": "the organisation read from 'als Korrespondent der"
    " Alpenpost GmbH in Prag' keeps the job words before it ('Korrespondent der Alpenpost GmbH',"
    " flagged): an organisation rule's blind spot, the contact is read right",
}
WRONG_AND_CERTAIN: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r64_contact(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, WRONG_AND_CERTAIN))
def test_drill_r64_contact_never_wrong_and_certain(p: ParsedMessage, want: Label) -> None:
    """Every message, read right or not: no wrong value is presented as certain."""
    assert [m for m in misses(p, want) if m.endswith("(certain=True)")] == []
