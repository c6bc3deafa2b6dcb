"""A drill, forty-second round (issue 18), helper r42-org: the organisation that applies.

(a) A town, a municipality, a region or its office applies through a clerk who signs with a
role ("referentka", "Sachbearbeiterin"): the public body is the applicant, its IČO perhaps
grouped by spaces ("IČ: 286 41 396"), never the clerk; near misses: a clerk applying for her
own blog as a sole trader, "Městské" opening a company's name ("Městské listy s.r.o.").
(b) A university named with a seat of two or more words ("v Mladé Boleslavi", "v Banskej
Štiavnici", "v Hradci Králové"): the whole place is the name's; near miss: a one-word seat
followed by the signer's name.
(c) A short note naming only its periodical before the IČO ("Hronův občasník, IČ …"), no legal
form: the periodical is the applicant (flagged); near miss: a publisher with a legal form.
(d) A note forwarding a supplier's mail that gives only the addresses, while the note's
writer applies for their own outlet: the supplier's firm is a third party.

Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it; every
text is written for the test, names, firms, numbers and addresses invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, subject: str = "Výsledky voleb - XML") -> ParsedMessage:
    return mail(body(text), subject=subject, sender=sender, sender_name=name)


# (a) towns, municipalities, regions and their offices
CASES["cs_obec_clerk_grouped_ico"] = (
    _mail(
        "Dobrý den,\n\nObec Dolní Lhota by ráda zveřejňovala výsledky voleb na svém webu. "
        "Žádáme o přístup k XML z adresy 192.0.2.31.\n\n"
        "S pozdravem\nJana Kubíčková, účetní, tel. 556 712 240\nObec Dolní Lhota, IČ: 002 75 123\n",
        "ucetni@dolnilhota.example",
        "Jana Kubíčková",
    ),
    label(FEED, ("Obec Dolní Lhota", "00275123", None), ["192.0.2.31"], [], ("Jana Kubíčková", "ucetni@dolnilhota.example", "+420556712240")),
)
CASES["sk_mesto_clerk_grouped_ico"] = (
    _mail(
        "Dobrý deň,\n\nMesto Banská Hora žiada o prístup k výsledkom volieb vo formáte XML "
        "pre mestskú televíziu. Produkčný server: 198.51.100.14\n\n"
        "S pozdravom\nMária Hudecová, referentka\nMesto Banská Hora, IČO: 00 313 271\n"
        "tel. +421 45 678 1234\n",
        "hudecova@banskahora.example",
        "Mária Hudecová",
    ),
    label(FEED, ("Mesto Banská Hora", "00313271", None), ["198.51.100.14"], [], ("Mária Hudecová", "hudecova@banskahora.example", "+421456781234")),
)
CASES["cs_statutarni_mesto_signature"] = (
    _mail(
        "Dobrý den,\n\nprosíme o přístup k výsledkům voleb (XML) pro městský portál.\n"
        "Produkce: 203.0.113.40, test: 203.0.113.41\n\n"
        "Ing. Petra Nováková, odbor informatiky\ntel. 596 283 114\n"
        "Statutární město Horní Lhota, IČO 008 45 451\n",
        "novakova@hornilhota.example",
        "Petra Nováková",
    ),
    label(FEED, ("Statutární město Horní Lhota", "00845451", None), ["203.0.113.40"], ["203.0.113.41"], ("Petra Nováková", "novakova@hornilhota.example", "+420596283114")),
)
CASES["cs_mesto_sentence_clerk_first"] = (
    _mail(
        "Dobrý den,\n\nMěsto Nový Brod vydává Brodský zpravodaj a chtělo by natáčet na sběrném "
        "místě a mít přístup k XML z adresy 192.0.2.77.\n\n"
        "S pozdravem\nKlára Veselá, tajemnice, tel. 481 221 300\nBc. Josef Malý, starosta\n"
        "Město Nový Brod, IČ: 70890749\n",
        "vesela@novybrod.example",
        "Klára Veselá",
    ),
    label(BOTH, ("Město Nový Brod", "70890749", None), ["192.0.2.77"], [], ("Klára Veselá", "vesela@novybrod.example", "+420481221300")),
)
CASES["de_stadt_clerk"] = (
    _mail(
        "Guten Tag,\n\ndie Stadt Bad Neuhof beantragt den Zugang zu den Wahlergebnissen (XML). "
        "Server: 198.51.100.90\n\nMit freundlichen Grüßen\nSabine Krause, Sachbearbeiterin\n"
        "Stadt Bad Neuhof, IČO 45193819\nTel. +49 9721 55 120\n",
        "krause@bad-neuhof.example",
        "Sabine Krause",
        "Wahlergebnisse XML",
    ),
    label(FEED, ("Stadt Bad Neuhof", "45193819", None), ["198.51.100.90"], [], ("Sabine Krause", "krause@bad-neuhof.example", "+49972155120")),
)
CASES["pl_gmina_clerk"] = (
    _mail(
        "Dzień dobry,\n\nGmina Stara Wieś prosi o dostęp do wyników wyborów w formacie XML. "
        "Adres serwera: 203.0.113.66\n\nZ poważaniem\nAnna Zielińska, referent\n"
        "Gmina Stara Wieś, IČO 27180191\ntel. +48 33 845 12 10\n",
        "zielinska@starawies.example",
        "Anna Zielińska",
        "Wyniki wyborów XML",
    ),
    label(FEED, ("Gmina Stara Wieś", "27180191", None), ["203.0.113.66"], [], ("Anna Zielińska", "zielinska@starawies.example", "+48338451210")),
)
CASES["cs_mestsky_urad_signature"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb ve formátu XML pro web města, "
        "adresa serveru 192.0.2.88.\n\nS pozdravem\nPetra Malá, referentka odboru vnitřních věcí\n"
        "Městský úřad Kamenice\nIČO: 002 75 123\ntel. 565 422 140\n",
        "mala@kamenice.example",
        "Petra Malá",
    ),
    label(FEED, ("Město Kamenice", "00275123", None), ["192.0.2.88"], [], ("Petra Malá", "mala@kamenice.example", "+420565422140")),
)
CASES["cs_kraj_clerk"] = (
    _mail(
        "Dobrý den,\n\nVysočanský kraj žádá o přístup k XML s výsledky voleb, produkce 203.0.113.150.\n\n"
        "Ing. Radka Pokorná, oddělení informatiky, tel. 564 602 111\nVysočanský kraj, IČ: 708 90 749\n",
        "pokorna@vysocansky-kraj.example",
        "Radka Pokorná",
    ),
    label(FEED, ("Vysočanský kraj", "70890749", None), ["203.0.113.150"], [], ("Radka Pokorná", "pokorna@vysocansky-kraj.example", "+420564602111")),
)
CASES["sk_obec_sentence_grouped_ico"] = (
    _mail(
        "Dobrý deň,\n\nObec Horná Ves (IČO 00 313 271) žiada o prístup k výsledkom volieb, "
        "server 198.51.100.61.\n\nĽubica Tóthová, administratívna pracovníčka\n0903 456 120\n",
        "tothova@hornaves.example",
        "Ľubica Tóthová",
    ),
    label(FEED, ("Obec Horná Ves", "00313271", None), ["198.51.100.61"], [], ("Ľubica Tóthová", "tothova@hornaves.example", "+421903456120")),
)
# near misses: a clerk for her own blog (a sole trader), a company whose name opens "Městské"
CASES["cs_clerk_own_blog_neg"] = (
    _mail(
        "Dobrý den,\n\npracuji na městském úřadě, ale píšu za sebe: vedu vlastní blog o volbách "
        "a prosím o přístup k XML z adresy 192.0.2.140.\n\n"
        "Lenka Horká, OSVČ, IČO 05427169\ntel. 731 220 418\n",
        "lenka.horka@mail.example",
        "Lenka Horká",
    ),
    label(FEED, ("Lenka Horká", "05427169", None), ["192.0.2.140"], [], ("Lenka Horká", "lenka.horka@mail.example", "+420731220418")),
)
CASES["cs_mestske_listy_sro_neg"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb ve formátu XML, produkční adresa "
        "198.51.100.201.\n\nDěkuji\nTomáš Beran, redaktor\nMěstské listy s.r.o., IČO 07300115\n"
        "tel. 602 318 441\n",
        "beran@mestskelisty.example",
        "Tomáš Beran",
    ),
    label(FEED, ("Městské listy s.r.o.", "07300115", None), ["198.51.100.201"], [], ("Tomáš Beran", "beran@mestskelisty.example", "+420602318441")),
)

# (b) universities with seats of several words
CASES["cs_univ_two_word_seat"] = (
    _mail(
        "Dobrý den,\n\njménem Podhorské univerzity v Nové Vsi (IČO 29411874) žádám o přístup "
        "k XML výsledkům pro studentské rádio. Produkce 192.0.2.60.\n\n"
        "Mgr. Ondřej Kolář\ntel. 485 353 100\n",
        "kolar@puv.example",
        "Ondřej Kolář",
    ),
    label(FEED, ("Podhorská univerzita v Nové Vsi", "29411874", None), ["192.0.2.60"], [], ("Ondřej Kolář", "kolar@puv.example", "+420485353100")),
)
CASES["cs_univ_hradec_kralove"] = (
    _mail(
        "Dobrý den,\n\nza Vysokou školu technickou v Hradci Králové (IČO 01477226) prosím o "
        "přístup k výsledkům voleb, server 203.0.113.120.\n\nS pozdravem\nEva Šimková\n"
        "tel. 495 061 200\n",
        "simkova@vstHK.example",
        "Eva Šimková",
    ),
    label(FEED, ("Vysoká škola technická v Hradci Králové", "01477226", None), ["203.0.113.120"], [], ("Eva Šimková", "simkova@vsthk.example", "+420495061200")),
)
CASES["sk_univ_banska_stiavnica"] = (
    _mail(
        "Dobrý deň,\n\nv mene Horehronskej univerzity v Banskej Štiavnici (IČO 05561221) žiadam "
        "o prístup k výsledkom volieb. Produkcia: 198.51.100.33\n\nS pozdravom\nPeter Kováč\n"
        "tel. +421 45 692 1100\n",
        "kovac@hu.example",
        "Peter Kováč",
    ),
    label(FEED, ("Horehronská univerzita v Banskej Štiavnici", "05561221", None), ["198.51.100.33"], [], ("Peter Kováč", "kovac@hu.example", "+421456921100")),
)
CASES["cs_univ_one_word_seat_neg"] = (
    _mail(
        "Dobrý den,\n\njménem Slezské univerzity v Opavě (IČO 29411874) žádá Karel Novák o přístup "
        "k XML, adresa 192.0.2.12.\n\nKarel Novák\ntel. 553 684 111\n",
        "novak@su.example",
        "Karel Novák",
    ),
    label(FEED, ("Slezská univerzita v Opavě", "29411874", None), ["192.0.2.12"], [], ("Karel Novák", "novak@su.example", "+420553684111")),
)

# (c) a short note naming only its periodical
CASES["cs_periodical_note"] = (
    _mail(
        "Dobrý den, prosím o xml výsledky voleb na 203.0.113.9. Lhotecký zpravodaj, IČ 71203940.\n"
        "777 120 330\n",
        "redakce@lhoteckyzpravodaj.example",
        "Marie Lhotecká",
    ),
    label(FEED, ("Lhotecký zpravodaj", "71203940", None), ["203.0.113.9"], [], ("Marie Lhotecká", "redakce@lhoteckyzpravodaj.example", "+420777120330")),
)
CASES["sk_periodical_note_brackets"] = (
    _mail(
        "Dobrý deň, chceli by sme XML výsledky volieb, server 198.51.100.8. Záhorský týždenník "
        "(IČO 05427169)\n0905 331 220\n",
        "info@zahorskytyzdennik.example",
        "Ivan Blaho",
    ),
    label(FEED, ("Záhorský týždenník", "05427169", None), ["198.51.100.8"], [], ("Ivan Blaho", "info@zahorskytyzdennik.example", "+421905331220")),
)
CASES["de_periodical_note"] = (
    _mail(
        "Hallo, wir möchten die Wahlergebnisse als XML, Server 192.0.2.210. Neuhofer Anzeiger, "
        "IČO 45193819.\nTel. +49 9721 44 100\n",
        "redaktion@neuhofer-anzeiger.example",
        "Karl Weber",
        "Wahlergebnisse",
    ),
    label(FEED, ("Neuhofer Anzeiger", "45193819", None), ["192.0.2.210"], [], ("Karl Weber", "redaktion@neuhofer-anzeiger.example", "+49972144100")),
)
CASES["cs_periodical_publisher_neg"] = (
    _mail(
        "Dobrý den, prosím o xml výsledky na 203.0.113.19. Hronův občasník vydává Spolek Hron, z.s., "
        "IČ 71203940.\n602 918 455\n",
        "jakub@hron.example",
        "Jakub Hron",
    ),
    label(FEED, ("Spolek Hron, z.s.", "71203940", None), ["203.0.113.19"], [], ("Jakub Hron", "jakub@hron.example", "+420602918455")),
)

CASES["cs_school_then_periodical_neg"] = (
    _mail(
        "Dobrý den, prosíme o XML výsledky voleb na 192.0.2.230.\n"
        "Gymnázium Lipník, Studentský časopis Sova, IČO: 01477226\n777 300 121\n",
        "sova@gymlipnik.example",
        "Tereza Malá",
    ),
    label(FEED, ("Gymnázium Lipník", "01477226", None), ["192.0.2.230"], [], ("Tereza Malá", "sova@gymlipnik.example", "+420777300121")),
)

# (d) a note forwarding a supplier's mail with the addresses only
CASES["cs_forwarded_supplier_no_valid_ico"] = (
    _mail(
        "Dobrý den,\n\nLhotecký kurýr s.r.o. žádá o přístup k výsledkům voleb. Adresy nám poslal "
        "náš dodavatel, přeposílám níže.\n\nMartin Sedlák\nšéfredaktor\ntel. 608 441 200\n\n"
        "From: Radek Dvořák <dvorak@netlink.example>\nSent: Monday, March 3, 2031 9:00 AM\n"
        "To: Martin Sedlák <sedlak@kuryr.example>\nSubject: IP\n\nprod 198.51.100.150, test "
        "198.51.100.151\n\nRadek Dvořák\nNetLink s.r.o.\nmobil +420 603 100 200\n",
        "sedlak@kuryr.example",
        "Martin Sedlák",
        "FW: IP",
    ),
    label(FEED, ("Lhotecký kurýr s.r.o.", None, None), ["198.51.100.150"], ["198.51.100.151"], ("Martin Sedlák", "sedlak@kuryr.example", "+420608441200")),
)
CASES["en_forwarded_supplier_bad_ico"] = (
    _mail(
        "Hello,\n\nEastbrook Herald Ltd (Company ID 12345678) applies for the election results feed; "
        "the addresses come from our host, see below.\n\nNora Fields\nManaging editor\n"
        "Phone +44 1632 960 120\n\n"
        "From: Ian Holt <holt@racknet.example>\nSent: Tuesday, March 4, 2031 10:00 AM\n"
        "To: Nora Fields <fields@eastbrook.example>\nSubject: addresses\n\nproduction 203.0.113.70\n\n"
        "Ian Holt\nRackNet Ltd\n+44 1632 960 999\n",
        "fields@eastbrook.example",
        "Nora Fields",
        "FW: addresses",
    ),
    label(FEED, ("Eastbrook Herald Ltd", None, None), ["203.0.113.70"], [], ("Nora Fields", "fields@eastbrook.example", "+441632960120")),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
