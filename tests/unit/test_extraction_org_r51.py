"""A drill, fifty-first round (issue 18): organisation names. (a) Bulgarian legal forms
("EAD", "OOD", "AD") after the name; (b) a Hungarian sentence opener glued to the name
("Mellékelten küldöm a …", "Ezúton a …"); (c) a Czech company's branch (odštěpný závod)
sending from its own data box: the company is the applicant (near misses: a foreign firm's
Czech branch, whose name is the applicant with its designation, as earlier labels have it);
(d) a footnote's superscript mark glued to the legal form ("X s.r.o.¹"); (e) a Polish name
declined in the sentence ("w imieniu Agencji X sp. z o.o.") whose nominative a signature line
the text does not set off writes.
Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it; only
the organisation's name is checked.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, subject: str = "Request") -> ParsedMessage:
    return mail(body(text), subject=subject, sender=sender, sender_name=name)


def _want(types: list[str], org: str, person: str, email: str, phone: str | None) -> Label:
    return label(types, (org, None, None), [], [], (person, email, phone))


# (a) Bulgarian legal forms
CASES["bg_ead_english_letter"] = (
    _mail(
        "Dear colleagues,\n\nSofia Wire Agency EAD asks for permission to film at the counting "
        "centre in Prague on election night.\n\nBest regards,\nIvan Georgiev\n"
        "Sofia Wire Agency EAD, Sofia\n+359 887 214 605\n",
        "i.georgiev@sofiawire.example",
        "Ivan Georgiev",
    ),
    _want(REC, "Sofia Wire Agency EAD", "Ivan Georgiev", "i.georgiev@sofiawire.example", "+359887214605"),
)
CASES["bg_ood_signature_only"] = (
    _mail(
        "Hello,\n\nwe would like to film the counting of votes at your office in Brno.\n\n"
        "Kind regards\nMaria Dimitrova\nRhodope Media OOD\nPlovdiv, Bulgaria\n"
        "tel. +359 898 552 140\n",
        "m.dimitrova@rhodopemedia.example",
        "Maria Dimitrova",
    ),
    _want(REC, "Rhodope Media OOD", "Maria Dimitrova", "m.dimitrova@rhodopemedia.example", "+359898552140"),
)
CASES["bg_ead_czech_sentence"] = (
    _mail(
        "Dobrý den,\n\nza společnost Danube Television EAD žádám o povolení natáčet na "
        "pracovišti ČSÚ v Praze.\n\nS pozdravem\nPetar Kolev\n+359 878 330 912\n",
        "kolev@danubetv.example",
        "Petar Kolev",
    ),
    _want(REC, "Danube Television EAD", "Petar Kolev", "kolev@danubetv.example", "+359878330912"),
)
CASES["bg_ead_german"] = (
    _mail(
        "Sehr geehrte Damen und Herren,\n\ndie Black Sea News EAD bittet um eine "
        "Drehgenehmigung für die Wahlnacht in Prag.\n\nMit freundlichen Grüßen\n"
        "Elena Ivanova\nBlack Sea News EAD\n+359 885 107 433\n",
        "ivanova@blacksea.example",
        "Elena Ivanova",
    ),
    _want(REC, "Black Sea News EAD", "Elena Ivanova", "ivanova@blacksea.example", "+359885107433"),
)

# (b) Hungarian sentence openers
CASES["hu_mellekelten_kuldom"] = (
    _mail(
        "Tisztelt Hivatal!\n\nMellékelten küldöm a Soproni Hírek Kft. kérelmét: forgatási "
        "engedélyt kérünk a prágai választási éjszakára.\n\nÜdvözlettel\nKiss Anna\n"
        "+36 30 412 5587\n",
        "kiss.anna@sopronihirek.example",
        "Kiss Anna",
    ),
    _want(REC, "Soproni Hírek Kft.", "Anna Kiss", "kiss.anna@sopronihirek.example", "+36304125587"),
)
CASES["hu_ezuton_a"] = (
    _mail(
        "Tisztelt Cím!\n\nEzúton a Balatoni Televízió Nonprofit Kft. nevében kérünk forgatási "
        "engedélyt a választás éjszakájára.\n\nTisztelettel\nNagy Péter\n+36 20 318 4490\n",
        "nagy.peter@balatontv.example",
        "Nagy Péter",
    ),
    _want(REC, "Balatoni Televízió Nonprofit Kft.", "Péter Nagy", "nagy.peter@balatontv.example", "+36203184490"),
)
CASES["hu_csatoltan_kuldjuk"] = (
    _mail(
        "Jó napot kívánok!\n\nCsatoltan küldjük a Debreceni Napló Zrt. kérelmét, forgatási "
        "engedélyt szeretnénk kérni.\n\nÜdvözlettel\nSzabó Éva\n+36 70 225 9031\n",
        "szabo.eva@debreceninaplo.example",
        "Szabó Éva",
    ),
    _want(REC, "Debreceni Napló Zrt.", "Éva Szabó", "szabo.eva@debreceninaplo.example", "+36702259031"),
)
CASES["hu_plain_name_near_miss"] = (
    _mail(
        "Tisztelt Hivatal!\n\nA Szegedi Rádió Kft. forgatási engedélyt kér a választási "
        "éjszakára.\n\nÜdvözlettel\nTóth Gábor\n+36 30 118 7742\n",
        "toth.gabor@szegediradio.example",
        "Tóth Gábor",
    ),
    _want(REC, "Szegedi Rádió Kft.", "Gábor Tóth", "toth.gabor@szegediradio.example", "+36301187742"),
)


# (c) branches
def _box(text: str, register: str, fname: str = "zadost.txt") -> ParsedMessage:
    return data_message("Žádost o přístup k výsledkům voleb", text_file(fname, text), dm_sender=register)


CASES["cz_branch_letterhead_dash"] = (
    _box(
        "Jihočeská vydavatelská a.s. – odštěpný závod Tábor\nIČO 27082440\n\n"
        "Žádáme o přístup k výsledkům voleb ve formátu XML.\nProdukce: 192.0.2.10\n"
        "Kontakt: Pavel Růžička, ruzicka@jcvyd.example, tel. 381 220 415\n",
        "Jihočeská vydavatelská a.s., odštěpný závod Tábor",
    ),
    label(FEED, ("Jihočeská vydavatelská a.s.", "27082440", "q7wz3kp"), ["192.0.2.10"], [], ("Pavel Růžička", "ruzicka@jcvyd.example", "+420381220415")),
)
CASES["cz_branch_company_ico"] = (
    _box(
        "Vysočinská média a.s., odštěpný závod Jihlava\nHavlíčkova 12, 586 01 Jihlava | IČO "
        "společnosti 27082440\n\nŽádáme o přístup k výsledkům voleb (XML).\nProdukce: 192.0.2.20\n"
        "Kontakt: Jana Malá, mala@vmedia.example, tel. 567 300 221\n",
        "Vysočinská média a.s., odštěpný závod Jihlava",
    ),
    label(FEED, ("Vysočinská média a.s.", "27082440", "q7wz3kp"), ["192.0.2.20"], [], ("Jana Malá", "mala@vmedia.example", "+420567300221")),
)
CASES["cz_branch_sro_comma"] = (
    _box(
        "Polabské listy s.r.o., odštěpný závod Kolín\nIČO: 27082440\n\n"
        "Žádáme o přístup k XML s výsledky voleb.\nProdukce: 192.0.2.30\n"
        "Kontakt: Martin Beran, beran@polabskelisty.example, 321 710 552\n",
        "Polabské listy s.r.o., odštěpný závod Kolín",
    ),
    label(FEED, ("Polabské listy s.r.o.", "27082440", "q7wz3kp"), ["192.0.2.30"], [], ("Martin Beran", "beran@polabskelisty.example", "+420321710552")),
)
CASES["foreign_branch_near_miss"] = (
    _box(
        "Alpenländische Presse GmbH, organizační složka\nIČO 27082440\n\n"
        "Žádáme o přístup k výsledkům voleb ve formátu XML.\nProdukce: 192.0.2.40\n"
        "Kontakt: Thomas Huber, huber@alpenpresse.example, tel. 224 310 550\n",
        "Alpenländische Presse GmbH, organizační složka",
    ),
    label(FEED, ("Alpenländische Presse GmbH, organizační složka", "27082440", "q7wz3kp"), ["192.0.2.40"], [], ("Thomas Huber", "huber@alpenpresse.example", "+420224310550")),
)
CASES["slovak_branch_near_miss"] = (
    _box(
        "Slovenské noviny, a.s., odštěpný závod Praha\nIČO 27082440\n\n"
        "Žiadame o prístup k výsledkom volieb vo formáte XML.\nProdukcia: 192.0.2.50\n"
        "Kontakt: Ján Kováč, kovac@slovnoviny.example, tel. 224 511 873\n",
        "Slovenské noviny, a.s., odštěpný závod Praha",
    ),
    label(FEED, ("Slovenské noviny, a.s., odštěpný závod Praha", "27082440", "q7wz3kp"), ["192.0.2.50"], [], ("Ján Kováč", "kovac@slovnoviny.example", "+420224511873")),
)

# (d) a footnote's superscript mark right after the legal form
CASES["cz_footnote_mark_sro"] = (
    _mail(
        "Dobrý den,\n\nTelevize Podhůří s.r.o.¹ žádá o povolení natáčet na pracovišti ČSÚ.\n\n"
        "¹ IČO 27082440, sídlo Nádražní 5, Šumperk.\n\nS pozdravem\nKarel Dvořák\n"
        "tel. 583 210 774\n",
        "dvorak@tvpodhuri.example",
        "Karel Dvořák",
    ),
    _want(REC, "Televize Podhůří s.r.o.", "Karel Dvořák", "dvorak@tvpodhuri.example", "+420583210774"),
)
CASES["en_footnote_mark_ltd"] = (
    _mail(
        "Dear colleagues,\n\nNorthgate Radio Ltd² asks for permission to film at the counting "
        "centre.\n\n² Company no. 08812345, registered in England.\n\nBest regards\n"
        "Sarah Jones\n+44 161 496 0733\n",
        "s.jones@northgate.example",
        "Sarah Jones",
    ),
    _want(REC, "Northgate Radio Ltd", "Sarah Jones", "s.jones@northgate.example", "+441614960733"),
)
CASES["de_footnote_mark_gmbh"] = (
    _mail(
        "Sehr geehrte Damen und Herren,\n\ndie Donau Rundfunk GmbH³ bittet um eine "
        "Drehgenehmigung in der Wahlnacht.\n\n³ HRB 12345, Regensburg.\n\nMit freundlichen "
        "Grüßen\nAnna Weber\n+49 941 555 0192\n",
        "weber@donaurundfunk.example",
        "Anna Weber",
    ),
    _want(REC, "Donau Rundfunk GmbH", "Anna Weber", "weber@donaurundfunk.example", "+499415550192"),
)

# (e) a name declined in the sentence, written in the nominative on a signature line the
# text does not set off
CASES["pl_declined_signature_line"] = (
    _mail(
        "Szanowni Państwo,\n\nw imieniu Telewizji Regionalnej Beskidy sp. z o.o. prosimy o "
        "zgodę na filmowanie w noc wyborczą.\n\nZ poważaniem\nPiotr Zając\n"
        "Telewizja Regionalna Beskidy sp. z o.o., ul. Długa 4, Bielsko-Biała\n"
        "tel. +48 602 118 409\n",
        "p.zajac@tvbeskidy.example",
        "Piotr Zając",
    ),
    _want(REC, "Telewizja Regionalna Beskidy sp. z o.o.", "Piotr Zając", "p.zajac@tvbeskidy.example", "+48602118409"),
)
CASES["pl_declined_director_line"] = (
    _mail(
        "Szanowni Państwo,\n\nw imieniu Agencji Prasowej Śląsk sp. z o.o. zwracam się z prośbą "
        "o zgodę na filmowanie.\n\nZ wyrazami szacunku\nAdam Lis\nDyrektor Agencji\n"
        "Agencja Prasowa Śląsk sp. z o.o., ul. Mariacka 3, 40-014 Katowice\n",
        "a.lis@apslask.example",
        "Adam Lis",
    ),
    _want(REC, "Agencja Prasowa Śląsk sp. z o.o.", "Adam Lis", "a.lis@apslask.example", None),
)
CASES["pl_declined_dla_signature"] = (
    _mail(
        "Dzień dobry,\n\nzwracam się z prośbą o zgodę na nagrywanie dla Gazety Lubuskiej "
        "Nowej sp. z o.o. w noc wyborczą.\n\nPozdrawiam\nEwa Nowak\n"
        "Gazeta Lubuska Nowa sp. z o.o.\ntel. +48 605 220 917\n",
        "e.nowak@gln.example",
        "Ewa Nowak",
    ),
    _want(REC, "Gazeta Lubuska Nowa sp. z o.o.", "Ewa Nowak", "e.nowak@gln.example", "+48605220917"),
)
CASES["pl_nominative_near_miss"] = (
    _mail(
        "Szanowni Państwo,\n\nRadio Opolskie Fala sp. z o.o. prosi o zgodę na filmowanie w noc "
        "wyborczą.\n\nZ poważaniem\nJan Wójcik\nRadio Opolskie Fala sp. z o.o.\n"
        "tel. +48 603 771 204\n",
        "j.wojcik@falaopole.example",
        "Jan Wójcik",
    ),
    _want(REC, "Radio Opolskie Fala sp. z o.o.", "Jan Wójcik", "j.wojcik@falaopole.example", "+48603771204"),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("organization.name")] == []
