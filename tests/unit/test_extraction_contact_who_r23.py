"""Contact person, e-mail and phone, twenty-third round (issue 18): which person is the
contact, drilled with messages written for this round in wording unlike the corpus cases
(labelled by hand before any extraction was run on them), then the near misses of each class
that a fix touched.

Classes fixed this round:

1. The writer sending the office away from themselves ("Kontaktovat nebudete mě, ale kolegu
   …", "nekontaktujte mňa, ale kolegyňu …"): the other person of the sentence.
2. Questions referred to a person in English ("For any question please refer to …").
3. A covering note naming the attachment's labelled contact by a form of address and the
   surname ("wenden Sie sich an Frau Krauß (Kontaktdaten im Antrag)"): the same person.
4. A table's label cell joined to its value without spaces ("Kontaktní osoba (vedoucí)|…|").
5. A set contact phrase naming a form of address and the surname alone ("bude pan Pazdera
   (údaje v jeho podpisu níže)"): the one full name the texts write for it, unsure.
6. A name in the dative after a verb of sending with words between ("posílejte prosím Mgr.
   Kristýně Dvořákové").
7. A signature's surname in capitals before the given name ("DVOŘÁK Tomáš").
8. A signee's role on a line with their e-mail and phone, pointed at by a contact sentence
   ("Kontaktní osobou bude náš technik (viz podpis)").

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body, extract, mail, text_file


def _value(x: Extraction, key: str) -> str | None:
    f = x.fields.get(key)
    return None if f is None else str(f.value)


def _certain(x: Extraction, key: str) -> bool:
    return x.fields[key].certain


# ------------- the drill: (sender, subject, text, person, e-mail, phone) -------------------

DRILL: dict[str, tuple[str, str, str, str, str, str]] = {
    "m01_answered_by_admin": (
        "holubova@jctydenik.example",
        "Přístup k výsledkům voleb",
        "Dobrý den,\n\nJihočeský týdeník s.r.o., IČO 26081121, by rád i letos odebíral průběžné výsledky voleb ve formátu XML. Náš produkční server má adresu 203.0.113.14.\n\nNa případné dotazy k technické stránce Vám odpoví náš správce sítě Radek Vondráček (vondracek@jctydenik.example, 724 551 309).\n\nDěkuji a přeji hezký den\nMarkéta Holubová\nšéfredaktorka\ntel. 387 412 200\n",
        "Radek Vondráček",
        "vondracek@jctydenik.example",
        "+420724551309",
    ),
    "m02_will_be_handling": (
        "h.marsh@danubewire.example",
        "Election results feed - access request",
        "Hello,\n\nOn behalf of Danube Wire Service Ltd. I would like to request access to the election results XML feed. Our server: 198.51.100.77.\n\nMy colleague Tomasz Wierzbicki will be handling everything on our side from now on - you can reach him at t.wierzbicki@danubewire.example or +48 601 220 814.\n\nBest regards,\nHelen Marsh\nBureau chief, Danube Wire Service\n+44 20 7946 0550\n",
        "Tomasz Wierzbicki",
        "t.wierzbicki@danubewire.example",
        "+48601220814",
    ),
    "m03_obracejte_accusative": (
        "barta@radiopodlesi.example",
        "Žádost o přístup k XML",
        "Vážení,\n\nRádio Podlesí, spol. s r.o. (IČO 25513625) žádá o zřízení přístupu k volebnímu serveru pro IP adresu 192.0.2.41.\n\nVe věcech přístupu k serveru se prosím obracejte na paní Ing. Zdeňku Kroupovou, kroupova@radiopodlesi.example, tel. 605 118 442.\n\nS pozdravem\nJan Bárta\nředitel\n",
        "Zdeňka Kroupová",
        "kroupova@radiopodlesi.example",
        "+420605118442",
    ),
    "m04_ps_handover": (
        "stastna@novinyzkraje.example",
        "Volby - XML",
        "Dobrý den,\n\nžádáme o přístup k XML výstupům volebních výsledků pro Noviny z kraje a.s., IČO 27387798.\nProdukce: 198.51.100.23\n\nKontaktní osoba: Lucie Šťastná, stastna@novinyzkraje.example, 777 300 211\n\nS pozdravem\nLucie Šťastná\n\nP.S. Od 1. října odcházím na mateřskou dovolenou, agendu po mně přebírá kolega Filip Navrátil (navratil@novinyzkraje.example, 777 300 250) - obracejte se prosím už na něj.\n",
        "Filip Navrátil",
        "navratil@novinyzkraje.example",
        "+420777300250",
    ),
    "m05_reply_changes_contact": (
        "hruska@denikvysocina.example",
        "Re: Doplnění žádosti",
        "Dobrý den,\n\nděkuji za upozornění, IČO doplňuji: 28193245. Kontaktní osobou bude nakonec kolegyně Barbora Mikešová, mobil 736 410 982, e-mail mikesova@denikvysocina.example, já budu od příštího týdne mimo redakci.\n\nPetr Hruška\n\n> Dobrý den, ve Vaší žádosti chybí IČO. Prosíme o doplnění.\n> ČSÚ\n>\n> > Dobrý den, žádáme o přístup k XML výsledkům voleb, IP 203.0.113.90.\n> > Kontakt: Petr Hruška, 602 331 870\n",
        "Barbora Mikešová",
        "mikesova@denikvysocina.example",
        "+420736410982",
    ),
    "m06_secretary_forwards": (
        "kubinova@tydenikpolabi.example",
        "Fwd: žádost o přístup k volebním výsledkům",
        "Dobrý den,\n\npřeposílám žádost našeho redaktora, který momentálně nemá přístup k redakční poště. Děkuji za vyřízení.\n\nEva Kubínová\nsekretariát\n\n---------- Forwarded message ---------\nFrom: Jan Polák <polak@tydenikpolabi.example>\nDate: Tue, 9 Sep 2025 at 14:02\nSubject: žádost o přístup k volebním výsledkům\nTo: Eva Kubínová <kubinova@tydenikpolabi.example>\n\nDobrý den,\nTýdeník Polabí s.r.o., IČO 26754843, žádá o přístup k XML s výsledky voleb z adresy 192.0.2.200.\n\nDíky\nJan Polák\nredaktor\n+420 608 114 906\n",
        "Jan Polák",
        "polak@tydenikpolabi.example",
        "+420608114906",
    ),
    "m07_contractor_for_client": (
        "kalina@netstav.example",
        "Přístup k XML - Regionpress",
        "Dobrý den,\n\njsme dodavatelem IT služeb pro vydavatelství Regionpress a.s. (IČO 45274517). Jménem klienta žádáme o přístup k XML výsledkům voleb z adres 203.0.113.5 a 203.0.113.6.\n\nKontaktní osobou za zadavatele je pan Miroslav Dušek, vedoucí online redakce, dusek@regionpress.example, 603 771 240. Technické dotazy můžete směřovat i na mě.\n\nS pozdravem\nOndřej Kalina\nNetStav solutions s.r.o.\ntel. 608 909 112\n",
        "Miroslav Dušek",
        "dusek@regionpress.example",
        "+420603771240",
    ),
    "m08_signature_pick_by_role": (
        "prochazkova@vltavskelisty.example",
        "XML volby",
        "Dobrý den,\n\nza Vltavské listy s.r.o. (IČO 24681214) žádám o přístup k volebnímu XML serveru, naše IP je 198.51.100.140. Kontaktní osobou bude náš technik (viz podpis).\n\nS pozdravem\n\nMgr. Hana Procházková – šéfredaktorka – prochazkova@vltavskelisty.example, 604 111 222\nBc. Tomáš Vlk – technik – vlk@vltavskelisty.example, 604 111 333\n",
        "Tomáš Vlk",
        "vlk@vltavskelisty.example",
        "+420604111333",
    ),
    "m09_german_frau": (
        "pohl@saechsische-welle.example",
        "Antrag: Zugang XML Wahlergebnisse",
        "Sehr geehrte Damen und Herren,\n\nhiermit beantragen wir für die Sächsische Welle GmbH den Zugang zu den Wahlergebnissen im XML-Format. IP-Adresse: 203.0.113.201.\n\nAnsprechpartnerin für alle technischen Fragen ist bei uns Frau Dr. Ingrid Lehmann (lehmann@saechsische-welle.example, +49 351 4420 118).\n\nMit freundlichen Grüßen\nJürgen Pohl\nChefredaktion\n",
        "Ingrid Lehmann",
        "lehmann@saechsische-welle.example",
        "+493514420118",
    ),
    "m10_polish_pani_instrumental": (
        "k.nowak@glosslaska.example",
        "Wniosek o dostęp do wyników wyborów (XML)",
        "Szanowni Państwo,\n\nw imieniu redakcji Głos Śląska sp. z o.o. zwracam się z prośbą o dostęp do wyników wyborów w formacie XML dla adresu IP 192.0.2.66.\n\nW sprawie dostępu proszę kontaktować się z Panią Agnieszką Wróblewską (a.wroblewska@glosslaska.example, +48 22 555 01 23).\n\nZ poważaniem\nKrzysztof Nowak\nredaktor naczelny\n",
        "Agnieszka Wróblewska",
        "a.wroblewska@glosslaska.example",
        "+48225550123",
    ),
    "m11_french_mme": (
        "jm.lefevre@echo-europe.example",
        "Demande d'accès aux résultats électoraux",
        "Madame, Monsieur,\n\nLe quotidien Écho d'Europe souhaite accéder au flux XML des résultats des élections depuis l'adresse 198.51.100.9.\n\nPour toute question, veuillez contacter Mme Claire Dubois, notre correspondante à Prague : claire.dubois@echo-europe.example, +420 731 000 447.\n\nCordialement,\nJean-Marc Lefèvre\nRédacteur en chef\n",
        "Claire Dubois",
        "claire.dubois@echo-europe.example",
        "+420731000447",
    ),
    "m12_spanish_sr": (
        "redaccion@diariodelsur.example",
        "Solicitud de acceso - resultados electorales",
        "Estimados señores:\n\nEl Diario del Sur solicita acceso al servidor de resultados electorales en XML. Dirección IP: 203.0.113.77.\n\nLa persona de contacto será el Sr. Javier Ortega Ruiz (jortega@diariodelsur.example, +34 612 345 678).\n\nAtentamente,\nLaura Giménez\nJefa de redacción\n",
        "Javier Ortega Ruiz",
        "jortega@diariodelsur.example",
        "+34612345678",
    ),
    "m13_not_me_but_colleague": (
        "zelena@hlaszapadu.example",
        "Žádost - XML výsledky",
        "Dobrý den,\n\nposílám žádost za naši redakci Hlas západu, z. s., IČO 22670251: prosíme o přístup k XML výsledkům pro server 192.0.2.150.\n\nKontaktovat prosím nebudete mě, ale kolegu Martina Kadlece, který má servery na starosti: kadlec@hlaszapadu.example, 721 300 505.\n\nDěkuji\nSimona Zelená\n605 999 014\n",
        "Martin Kadlec",
        "kadlec@hlaszapadu.example",
        "+420721300505",
    ),
    "m14_surname_caps_first": (
        "sekretariat@tvjih.example",
        "Žádost o přístup",
        "Dobrý den,\n\nTV Jih a.s., IČO 26019817, žádá o přístup k XML volebním výsledkům.\nIP: 203.0.113.33\n\nKontaktní osoba: NOVOTNÝ Jiří, Ing., tel. 605 222 111, e-mail novotny@tvjih.example\n\nS pozdravem\nsekretariát TV Jih\n",
        "Jiří Novotný",
        "novotny@tvjih.example",
        "+420605222111",
    ),
    "m15_initial_then_signature": (
        "malek@krajskelisty.example",
        "XML výsledky",
        "Dobrý den,\nžádáme o přístup k výsledkům voleb v XML, Krajské listy s.r.o., IČO 27099652, IP 198.51.100.60.\nKontakt pro technické věci: Ing. P. Málek, 603 456 789\n\nS pozdravem\nIng. Petr Málek\nsprávce sítě\n",
        "Petr Málek",
        "malek@krajskelisty.example",
        "+420603456789",
    ),
    "m16_slovak_replaced": (
        "hruskova@zahorskyhlas.example",
        "Žiadosť o prístup k XML",
        "Dobrý deň,\n\nZáhorský hlas, s.r.o. žiada o prístup k výsledkom volieb v XML pre IP 192.0.2.90.\nKontaktnou osobou bola doteraz Mgr. Zuzana Hrušková, od novembra ju však nahradí kolega Peter Baláž (balaz@zahorskyhlas.example, 0905 123 456).\n\nS pozdravom\nZuzana Hrušková\n",
        "Peter Baláž",
        "balaz@zahorskyhlas.example",
        "+421905123456",
    ),
    "m17_rather_than_me": (
        "editor@northbridgenews.example",
        "Access to results feed",
        "Dear colleagues,\n\nNorthbridge News would like access to the XML results feed for 198.51.100.188. Any technical questions should go to our systems engineer, Ms. Priya Raman (priya.raman@northbridgenews.example, +44 20 7946 0321), rather than to me.\n\nKind regards,\nDavid Okafor\nManaging Editor\n+44 20 7946 0100\n",
        "Priya Raman",
        "priya.raman@northbridgenews.example",
        "+442079460321",
    ),
    "m18_vyrizuje_kolegyne": (
        "redakce@mestskynoviny.example",
        "Žádost o přístup k volebnímu serveru",
        "Dobrý den,\n\nMěstské noviny Kolín, příspěvková organizace, IČO 00477079, žádají o přístup k XML výstupům voleb (IP 203.0.113.120).\nŽádost za redakci vyřizuje kolegyně Alena Černá, která vám bude na tento e-mail i odpovídat; telefon 602 845 117, cerna@mestskynoviny.example.\n\nDěkujeme\nredakce Městských novin\n",
        "Alena Černá",
        "cerna@mestskynoviny.example",
        "+420602845117",
    ),
    "m19_agency_english_client": (
        "accounts@brightline-pr.example",
        "Election XML access for our client",
        "Good afternoon,\n\nBrightline PR acts for Moravské rádio s.r.o. (IČO 25336339), which would like access to the election results XML feed for 192.0.2.33. The person responsible at the client is Mr Karel Sýkora, head of news (sykora@moravskeradio.example, +420 604 330 221); please correspond with him directly.\n\nRegards,\nNina Holt\nAccount Manager, Brightline PR\n",
        "Karel Sýkora",
        "sykora@moravskeradio.example",
        "+420604330221",
    ),
    "n01_second_signer_by_order": (
        "ryba@hlasbeskyd.example",
        "Žádost o XML",
        "Dobrý den,\n\nza redakci Hlas Beskyd s.r.o., IČO 27786331, žádáme o přístup k XML výsledkům z adresy 203.0.113.66. Kontaktní osobou je druhý z podepsaných.\n\nS pozdravem\n\nJana Rybová, vydavatelka, 733 100 200\nPavel Hora, správce webu, 733 100 201, hora@hlasbeskyd.example\n",
        "Pavel Hora",
        "hora@hlasbeskyd.example",
        "+420733100201",
    ),
    "n02_reply_handover_short": (
        "bros@polabskylist.example",
        "Re: Žádost o přístup k výsledkům",
        "Dobrý den,\n\nod zítřka za mě věc převezme Ivana Kolářová (ivana.kolarova@polabskylist.example, 739 612 004), prosím pište už jí.\n\nKarel Brož\n\nDne 10. 9. 2025 v 9:14 Karel Brož <bros@polabskylist.example> napsal(a):\n> Dobrý den, Polabský list s.r.o. (IČO 28522311) žádá o přístup k XML, IP 192.0.2.71.\n> Kontaktní osoba: Karel Brož, 602 733 119\n",
        "Ivana Kolářová",
        "ivana.kolarova@polabskylist.example",
        "+420739612004",
    ),
    "n03_dative_posilejte": (
        "info@radiohana.example",
        "Přístup k volebním datům",
        "Dobrý den,\n\nRádio Haná s.r.o. (IČO 26283263) žádá o přístup k výsledkům voleb v XML, produkční IP 198.51.100.201, testovací 198.51.100.202.\n\nVeškeré dotazy a odpovědi posílejte prosím Mgr. Kristýně Dvořákové, dvorakova@radiohana.example, tel. 604 887 112.\n\nDěkujeme\nRádio Haná\n",
        "Kristýna Dvořáková",
        "dvorakova@radiohana.example",
        "+420604887112",
    ),
    "n04_instrumental_komunikovat": (
        "redakce@zlinskyden.example",
        "XML výsledky - Zlínský den",
        "Dobrý den,\n\nprosíme o zřízení přístupu k XML s výsledky voleb pro Zlínský den s.r.o., IČO 29311264, IP 203.0.113.44.\nKomunikovat prosím budete s naším kolegou Vojtěchem Šimkem, simek@zlinskyden.example, 725 331 980.\n\nS pozdravem\nredakce\n",
        "Vojtěch Šimek",
        "simek@zlinskyden.example",
        "+420725331980",
    ),
    "n05_german_handover_herr": (
        "a.roth@oberlausitz-tv.example",
        "Zugang XML-Wahlergebnisse",
        "Sehr geehrte Damen und Herren,\n\nwir, die Oberlausitz TV GmbH, bitten um Zugang zu den XML-Wahlergebnissen für die IP 192.0.2.18.\n\nAb dem 1. Oktober übernimmt Herr Tobias Brandt die Betreuung dieses Antrags; bitte wenden Sie sich dann an ihn (brandt@oberlausitz-tv.example, +49 3581 44 20 17).\n\nMit freundlichen Grüßen\nAnke Roth\nRedaktionsleitung\nTel. +49 3581 44 20 00\n",
        "Tobias Brandt",
        "brandt@oberlausitz-tv.example",
        "+493581442017",
    ),
    "n06_polish_przejmuje": (
        "m.kaczmarek@tygodnikgorny.example",
        "Dostęp do danych XML",
        "Dzień dobry,\n\nTygodnik Górny sp. z o.o. prosi o dostęp do wyników wyborów w XML (IP 203.0.113.180).\n\nOd października sprawę przejmuje p. Marek Zieliński, m.zielinski@tygodnikgorny.example, tel. +48 601 404 515 – proszę o kontakt z nim.\n\nPozdrawiam\nMagdalena Kaczmarek\n",
        "Marek Zieliński",
        "m.zielinski@tygodnikgorny.example",
        "+48601404515",
    ),
    "n07_surname_caps_signature": (
        "dvorak@pisecky.example",
        "zadost xml",
        "Dobry den,\nzadam o pristup k vysledkum voleb v XML pro Písecký zpravodaj, IČO 04512146, IP 198.51.100.99.\nDekuji\n\nDVOŘÁK Tomáš\nvydavatel\n+420 777 810 334\n",
        "Tomáš Dvořák",
        "dvorak@pisecky.example",
        "+420777810334",
    ),
    "n08_english_pronoun_next_sentence": (
        "news@easternstar.example",
        "XML results feed access",
        "Hello,\n\nEastern Star Media s.r.o. (company ID 05123721) requests access to the election results feed from 203.0.113.101.\n\nThe feed will be set up by our developer Lukas Brenner. He is also the contact for anything related to this request: l.brenner@easternstar.example, +420 730 555 128.\n\nThanks,\nAmy Carter\nEditor\n",
        "Lukas Brenner",
        "l.brenner@easternstar.example",
        "+420730555128",
    ),
    "n09_slovak_nie_mna": (
        "kovac@novinyliptov.example",
        "Prístup k XML",
        "Dobrý deň,\n\nvydavateľstvo Noviny Liptov, s.r.o. žiada o prístup k výsledkom volieb v XML z adresy 192.0.2.230.\nV technických veciach prosím nekontaktujte mňa, ale kolegyňu Janu Kováčovú (kovacova@novinyliptov.example, 0911 222 333).\n\nS pozdravom\nMartin Kováč\n",
        "Jana Kováčová",
        "kovacova@novinyliptov.example",
        "+421911222333",
    ),
    "n10_contractor_signs_client_labelled": (
        "support@datahouse.example",
        "Žádost o přístup – Deník Kraje",
        "Dobrý den,\n\nv zastoupení našeho zákazníka Deník Kraje a.s., IČO 25684221, žádáme o přístup k XML datům voleb.\nIP adresy: 203.0.113.150, 203.0.113.151\n\nOsoba odpovědná za zákazníka: Ing. Radka Veselá, vesela@denikkraje.example, 602 440 871\n\nS pozdravem\nTomáš Ryšánek\nDataHouse s.r.o., projektový manažer\n+420 608 222 910\n",
        "Radka Veselá",
        "vesela@denikkraje.example",
        "+420602440871",
    ),
    "n11_kontaktujte_given_only": (
        "petra.lukasova@zpravyuherskobrodska.example",
        "Volby XML",
        "Dobrý den,\n\nZprávy Uherskobrodska, z. s. (IČO 22744665) prosí o přístup k XML s výsledky, IP 198.51.100.12.\nS technickými věcmi nám pomáhá Ondřej Vávra, s ním to prosím řešte přímo – ondrej.vavra@zpravyuherskobrodska.example, 731 880 112.\n\nPetra Lukášová\n",
        "Ondřej Vávra",
        "ondrej.vavra@zpravyuherskobrodska.example",
        "+420731880112",
    ),
    "n12_italian_sig_ra": (
        "redazione@corrierealpino.example",
        "Richiesta accesso XML risultati elettorali",
        "Gentili signori,\n\nil Corriere Alpino S.r.l. chiede l'accesso al feed XML dei risultati elettorali dall'indirizzo 203.0.113.61.\n\nReferente per la richiesta sarà la nostra collega dott.ssa Chiara Benedetti (c.benedetti@corrierealpino.example, +39 0471 220 118).\n\nCordiali saluti\nLuca Moretti\ncaporedattore\n",
        "Chiara Benedetti",
        "c.benedetti@corrierealpino.example",
        "+390471220118",
    ),
    "n13_forward_original_vs_forwarder_en": (
        "assistant@baltic-daily.example",
        "Fwd: XML feed request",
        "Hi,\n\nforwarding this on behalf of our Prague correspondent, who cannot send from his own account at the moment.\n\nRegards,\nOlivia Grant\nOffice assistant\n\n---------- Forwarded message ---------\nFrom: Pēteris Ozols <p.ozols@baltic-daily.example>\nDate: Mon, 8 Sep 2025 at 10:11\nSubject: XML feed request\n\nDear Sir or Madam,\nBaltic Daily SIA requests access to the Czech election results XML from 198.51.100.144.\nPlease contact me at +420 775 443 210 if needed.\n\nPēteris Ozols\n",
        "Pēteris Ozols",
        "p.ozols@baltic-daily.example",
        "+420775443210",
    ),
}

SENTENCE_NAMED = {
    k
    for k in DRILL
    if k
    not in {
        "m05_reply_changes_contact",
        "m07_contractor_for_client",
        "m14_surname_caps_first",
        "m15_initial_then_signature",
        "n07_surname_caps_signature",
        "n10_contractor_signs_client_labelled",
    }
}
"""Drill messages whose contact only a free sentence names: the person is never certain."""


@pytest.mark.parametrize("key", sorted(DRILL))
def test_the_drill_reads_the_contact(key: str) -> None:
    sender, subject, text, person, email, phone = DRILL[key]
    x = extract(mail(body(text), sender=sender, subject=subject))
    assert _value(x, "contact.person") == person
    assert _value(x, "contact.email") == email
    assert _value(x, "contact.phone") == phone


@pytest.mark.parametrize("key", sorted(SENTENCE_NAMED))
def test_a_contact_named_by_a_free_sentence_is_flagged(key: str) -> None:
    sender, subject, text, *_ = DRILL[key]
    assert not _certain(extract(mail(body(text), sender=sender, subject=subject)), "contact.person")


# ------------- near misses of the classes fixed ------------------------------------------

_LETTER = (
    "Dobrý den,\nDeník Polabí s.r.o., IČO 26754843, žádá o přístup k XML výsledkům voleb, "
    "IP 192.0.2.200.\n{s}\n\nS pozdravem\nJan Polák\nredaktor\n+420 608 114 906\n"
)

SIGNER_STAYS: dict[str, str] = {
    # 1. the writer not negated: a superlative, the colleague negated, the colleague gone
    "best_me": "Kontaktujte nejlépe mě, kolega Petr Malina je do konce měsíce na dovolené.",
    "me_not_colleague": "Kontaktujte prosím mě, ne kolegu Petra Malinu.",
    "colleague_negated": "Nekontaktujte prosím kolegu Petra Malinu, už u nás nepracuje.",
    # 2. "refer to" a document, not a person
    "refer_to_form": "Technical details: please refer to the attached form.",
    "refer_to_annex": "For the addresses refer to Annex Two below.",
    # 6. a verb of sending without a person, or with an address
    "send_statement": "Zašlete prosím Vaše vyjádření co nejdříve.",
    "send_to_address": "Odpovědi posílejte prosím na adresu polak@denikpolabi.example.",
}


@pytest.mark.parametrize("key", sorted(SIGNER_STAYS))
def test_no_other_person_named_leaves_the_signer(key: str) -> None:
    x = extract(mail(body(_LETTER.format(s=SIGNER_STAYS[key])), sender="polak@denikpolabi.example"))
    assert _value(x, "contact.person") == "Jan Polák"
    assert _value(x, "contact.phone") == "+420608114906"


def test_a_surname_no_text_writes_in_full_is_not_completed() -> None:
    text = _LETTER.format(s="Kontaktní osobou bude pan Hrdlička (telefon doplníme).")
    x = extract(mail(body(text), sender="polak@denikpolabi.example"))
    assert _value(x, "contact.person") != "Jan Polák" or not _certain(x, "contact.person")
    assert not _certain(x, "contact.person")


_COVER = (
    "Sehr geehrte Damen und Herren,\nanbei unser Antrag. Für Rückfragen wenden Sie sich bitte an "
    "{w} (Kontaktdaten im Antrag).\n\nMit freundlichen Grüßen\nJörg Niedermeier\n"
)
_ANTRAG = (
    "Antrag auf Drehgenehmigung\nElbtal Bild & Ton GmbH\nAnsprechpartnerin: Sabine Krauß, "
    "Produktionsleitung, +49 172 530 4418, krauss@elbtal.example\n"
)


@pytest.mark.parametrize("who", ["Frau Krauß", "Frau Dr. Krauß"])
def test_a_cover_note_naming_the_labelled_person_by_surname_keeps_the_label(who: str) -> None:
    x = extract(
        mail(
            body(_COVER.format(w=who)),
            text_file("antrag.txt", _ANTRAG),
            sender="niedermeier@elbtal.example",
        )
    )
    assert _value(x, "contact.person") == "Sabine Krauß"
    assert _value(x, "contact.email") == "krauss@elbtal.example"
    assert _value(x, "contact.phone") == "+491725304418"


def test_a_cover_note_naming_another_surname_is_unsure() -> None:
    x = extract(
        mail(
            body(_COVER.format(w="Frau Roth")),
            text_file("antrag.txt", _ANTRAG),
            sender="niedermeier@elbtal.example",
        )
    )
    assert _value(x, "contact.person") != "Sabine Krauß"
    assert not _certain(x, "contact.person")


_SENDS = "Dobrý den,\nv příloze posílám žádost.\n\nDěkuji\nKlára Nováčková\n"
_TABLE = "Žádost o přístup k XML\nServer|198.51.100.180|\n{row}\nTelefon|+420 312 600 415|\n"


@pytest.mark.parametrize(
    "row",
    [
        "Kontaktní osoba (vedoucí studia)|doc. PhDr. Pavel Soukup, Ph.D.|",
        "Kontaktní osoba|PhDr. Pavel Soukup|",
    ],
)
def test_a_label_cell_joined_to_its_value_names_the_contact(row: str) -> None:
    x = extract(
        mail(
            body(_SENDS), text_file("z.txt", _TABLE.format(row=row)), sender="novackova@svs.example"
        )
    )
    assert _value(x, "contact.person") == "Pavel Soukup"


@pytest.mark.parametrize(
    "row", ["Kontaktní telefon|602 418 927|", "Kontakt na redakci|Redakce Kladno|"]
)
def test_a_joined_label_cell_of_no_person_names_nobody(row: str) -> None:
    x = extract(
        mail(
            body(_SENDS), text_file("z.txt", _TABLE.format(row=row)), sender="novackova@svs.example"
        )
    )
    assert _value(x, "contact.person") == "Klára Nováčková"


_CAPS = (
    "Dobrý den,\nžádám o přístup k XML výsledkům pro Písecký zpravodaj, IČO 04512146, IP "
    "198.51.100.99.\nDěkuji\n\n{sig}\n+420 777 810 334\n"
)


@pytest.mark.parametrize(
    ("sig", "person"),
    [
        ("Tomáš DVOŘÁK", "Tomáš Dvořák"),
        ("Mgr. DVOŘÁKOVÁ Eva", "Eva Dvořáková"),
        ("ČTK Praha\nJan Malý", "Jan Malý"),
        ("REDAKCE PÍSECKÉHO ZPRAVODAJE\nJan Malý", "Jan Malý"),
    ],
)
def test_a_signature_in_capitals_reads_the_person_not_an_acronym(sig: str, person: str) -> None:
    x = extract(mail(body(_CAPS.format(sig=sig)), sender="dvorak@pisecky.example"))
    assert _value(x, "contact.person") == person


_ROLES = (
    "Dobrý den,\nza Vltavské listy s.r.o. (IČO 24681214) žádám o přístup k XML, IP 198.51.100.140. "
    "Kontaktní osobou bude náš {r} (viz podpis).\n\nS pozdravem\n\nMgr. Hana Procházková – "
    "šéfredaktorka – prochazkova@vl.example, 604 111 222\nBc. Tomáš Vlk – {r2} – vlk@vl.example, "
    "604 111 333\n"
)


@pytest.mark.parametrize(("r", "r2"), [("grafik", "technik"), ("technik", "šéfredaktor")])
def test_a_role_no_single_signee_bears_picks_nobody_for_certain(r: str, r2: str) -> None:
    x = extract(mail(body(_ROLES.format(r=r, r2=r2)), sender="prochazkova@vl.example"))
    assert not _certain(x, "contact.person")


def test_a_title_case_surname_first_signature_keeps_the_order_written() -> None:
    # LABELS.md: the name as the text writes it; the order is not guessed from the address.
    x = extract(mail(body(_CAPS.format(sig="Dvořák Tomáš")), sender="tomas.dvorak@pisecky.example"))
    assert _value(x, "contact.person") == "Dvořák Tomáš"
