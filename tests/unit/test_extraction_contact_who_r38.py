"""Contact person, e-mail and phone, thirty-eighth round (issue 18), helper r38-who.

Listed misses:

* al021: a Gmail HTML form whose contact row gives a name and a phone, the sender being that
  person ("kroupova.brdy@…"), and a newsroom signature "Týdeník … | redakce@… | inzerce …":
  the newsroom's shared address was taken for certain.
* aj009: "Kontaktnou osobou bude p. Kováčová" above a signature of three people: the
  abbreviated form of address "p." was not read, the first signer won.
* aj042: "řešte s vedoucí produkce Kamilou Stejskalovou": settling the matter with a person
  named after their role (no form of address) was not read, the first signer won.
* ak019: a data-box annotation "místo T. Richtera Petra Kalinová": the replaced person's
  oblique surname was glued to the new contact's name.
* al027: "pavel.kratochvil@uhp. example" in a PDF table cell: the address broken at a dot of
  its domain was lost.

Classes fixed:

1. An address whose mailbox names a desk ("redakce@", "info@", "newsroom@", "podatelna@")
   is the organisation's, like one under a desk's label: when the sender's own mailbox
   spells the contact's surname, the sender's address is taken, unsure.
2. An abbreviated form of address ("p.", "pí", "Hr.", "Fr.") before the surname in a contact
   sentence names the person whose full name the text writes (unsure).
3. A sentence settling the matter with a person named in full after their role ("s vedoucí
   produkce Kamilou Stejskalovou", "se správcem sítě Petrem Malým"): the full name the text
   writes elsewhere in the nominative (unsure); nothing when written nowhere else.
4. A name run right after words setting a person aside ("místo", "instead of", "statt")
   longer than two words: the last two words are the new contact.
5. An address broken by a space at a dot of its domain before any dot ("@uhp. example").

The drill's messages were labelled by ``tests/corpus/LABELS.md`` before any extraction was
run on them; wording and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.extraction_helpers import body, data_message, extract, mail, text_file

# (id, message, wanted (person, e-mail, phone)); a field wanted as ... is not checked
_Want = tuple[object, object, object]
_CASES: list[tuple[str, ParsedMessage, _Want]] = []


def _case(cid: str, p: ParsedMessage, person: object, email: object, phone: object) -> None:
    _CASES.append((cid, p, (person, email, phone)))


_IPS = "IP adresa serveru: 198.51.100.17\n"

# ---- class 1: a desk's mailbox in a signature is not the contact's ------------------------
_case(
    "a01-cs-signature-desk-mailbox",
    mail(
        body(
            "Dobrý den,\n\nprosíme o přístup k výsledkům voleb (XML).\n" + _IPS + "\n"
            "Kontaktní osoba: Hana Bartáková, mobil 604 118 273\n\nDěkuji\nH. Bartáková\n\n-- \n"
            "Deník Polabí | info@denikpolabi.example | www.denikpolabi.example\n"
        ),
        sender="bartakova@denikpolabi.example",
        sender_name="Hana Bartáková",
    ),
    "Hana Bartáková",
    "bartakova@denikpolabi.example",
    "+420604118273",
)
_case(
    "a02-en-newsroom-mailbox",
    mail(
        body(
            "Hello,\n\nwe would like access to the XML results feed.\nServer IP: 198.51.100.90\n\n"
            "Contact: Oliver Grant, +420 777 402 118\n\nThanks,\nOliver\n\n"
            "Prague Weekly · newsroom@pragueweekly.example · +420 222 110 000\n"
        ),
        sender="o.grant@pragueweekly.example",
        sender_name="Oliver Grant",
    ),
    "Oliver Grant",
    "o.grant@pragueweekly.example",
    "+420777402118",
)
_case(
    "a03-sk-sekretariat-mailbox",
    mail(
        body(
            "Dobrý deň,\n\nžiadame o prístup k výsledkom volieb vo formáte XML.\n" + _IPS + "\n"
            "Kontakt: Juraj Sloboda, 0907 551 203\n\nS pozdravom\nJuraj Sloboda\n"
            "Rádio Orava, s. r. o., sekretariat@radioorava.example\n"
        ),
        sender="juraj.sloboda@radioorava.example",
        sender_name="Juraj Sloboda",
    ),
    "Juraj Sloboda",
    "juraj.sloboda@radioorava.example",
    "+421907551203",
)
# near-miss: the contact row itself gives the shared address as the person's: it stays
_case(
    "a04-neg-labelled-desk-address-stays",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML.\n" + _IPS + "\n"
            "Kontaktní osoba: Petr Louda, tel. 731 220 118, e-mail: redakce@jihlavskelisty.example\n\n"
            "S pozdravem\nPetr Louda\n"
        ),
        sender="louda@jihlavskelisty.example",
        sender_name="Petr Louda",
    ),
    "Petr Louda",
    "redakce@jihlavskelisty.example",
    "+420731220118",
)
# near-miss: a personal address in the signature is the contact's, not the sender's
_case(
    "a05-neg-personal-signature-address",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML výsledkům.\n" + _IPS + "\n"
            "Kontakt: Eva Richterová, tel. 608 440 219\n\nS pozdravem\nEva Richterová\n"
            "Rádio Kraj | richterova@radiokraj.example\n"
        ),
        sender="eva.r@seznam-like.example",
        sender_name="Eva Richterová",
    ),
    "Eva Richterová",
    "richterova@radiokraj.example",
    "+420608440219",
)

# ---- class 2: an abbreviated form of address in a contact sentence -----------------------
_SIG3 = (
    "S pozdravem\n\nJan Vrba, jednatel, 602 100 200\nMartina Černá, produkce, 603 300 400, cerna@tvjih.example\n"
    "Ondřej Kos, technik, 604 500 600\nTV Jih s.r.o.\n"
)
_case(
    "b01-cs-pi-abbrev",
    mail(
        body("Dobrý den,\n\nžádáme o přístup k XML.\n" + _IPS + "\nKontaktní osobou bude pí Černá.\n\n" + _SIG3),
        sender="vrba@tvjih.example",
        sender_name="Jan Vrba",
    ),
    "Martina Černá",
    "cerna@tvjih.example",
    "+420603300400",
)
_case(
    "b02-cs-p-abbrev-je",
    mail(
        body("Dobrý den,\n\nprosíme o přístup k datům voleb.\n" + _IPS + "\nKontaktní osobou je p. Kos (technika).\n\n" + _SIG3),
        sender="vrba@tvjih.example",
        sender_name="Jan Vrba",
    ),
    "Ondřej Kos",
    ...,
    "+420604500600",
)
_case(
    "b03-sk-p-abbrev-pani",
    mail(
        body(
            "Dobrý deň,\n\nžiadame o prístup k výsledkom volieb.\n" + _IPS + "\n"
            "Kontaktnou osobou je p. Hrušková z redakcie.\n\nS pozdravom\n\n"
            "Ivan Baláž, šéfredaktor, +421 903 111 222\nZuzana Hrušková, redaktorka, +421 903 333 444, hruskova@tvsever.example\n"
        ),
        sender="balaz@tvsever.example",
        sender_name="Ivan Baláž",
    ),
    "Zuzana Hrušková",
    "hruskova@tvsever.example",
    "+421903333444",
)
# near-miss: the abbreviation names the signer himself: he stays
_case(
    "b04-neg-p-abbrev-is-signer",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML.\n" + _IPS + "\nKontaktní osobou bude p. Vrba.\n\n"
            "S pozdravem\nJan Vrba, jednatel, 602 100 200, vrba@tvjih.example\n"
        ),
        sender="vrba@tvjih.example",
        sender_name="Jan Vrba",
    ),
    "Jan Vrba",
    "vrba@tvjih.example",
    "+420602100200",
)

# ---- class 3: settling the matter with a person named after their role --------------------
_case(
    "c01-cs-domluvte-se-spravcem",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb.\n" + _IPS + "\n"
            "Technické podrobnosti prosím domluvte se správcem sítě Petrem Malým.\n\nS pozdravem\n\n"
            "Karel Dušek, ředitel, 777 100 100\nPetr Malý, správce sítě, 777 200 200, maly@radiohory.example\n"
        ),
        sender="dusek@radiohory.example",
        sender_name="Karel Dušek",
    ),
    "Petr Malý",
    "maly@radiohory.example",
    "+420777200200",
)
_case(
    "c02-cs-resit-s-kolegyni-redaktorkou",
    mail(
        body(
            "Dobrý den,\n\nprosíme o přístup k výsledkům voleb ve formátu XML.\n" + _IPS + "\n"
            "Vše potřebné prosím řešte s naší redaktorkou Janou Pokornou, tel. 605 707 808.\n\nDěkuji\n\n"
            "Milan Hora, šéfredaktor\nJana Pokorná, redaktorka, pokorna@listyhory.example\n"
        ),
        sender="hora@listyhory.example",
        sender_name="Milan Hora",
    ),
    "Jana Pokorná",
    "pokorna@listyhory.example",
    "+420605707808",
)
_case(
    "c03-sk-konzultujte-s-technikom",
    mail(
        body(
            "Dobrý deň,\n\nžiadame o prístup k XML výstupu.\n" + _IPS + "\n"
            "Technické otázky prosím konzultujte s naším technikom Tomášom Kráľom.\n\nS pozdravom\n\n"
            "Peter Novák, konateľ, +421 905 000 111\nTomáš Kráľ, technik, +421 905 222 333, kral@tvpodpolanie.example\n"
        ),
        sender="novak@tvpodpolanie.example",
        sender_name="Peter Novák",
    ),
    "Tomáš Kráľ",
    "kral@tvpodpolanie.example",
    "+421905222333",
)
# near-miss: an organisation named after "s" is no person: the signer stays
_case(
    "c04-neg-settle-with-company",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML.\n" + _IPS + "\n"
            "Připojení řešíme s dodavatelem Nordic Telecom, kontakt na mě níže.\n\n"
            "S pozdravem\nIrena Kolářová, 606 303 404, kolarova@zpravyzlin.example\n"
        ),
        sender="kolarova@zpravyzlin.example",
        sender_name="Irena Kolářová",
    ),
    "Irena Kolářová",
    "kolarova@zpravyzlin.example",
    "+420606303404",
)

# ---- class 4: the replaced person glued to the new one ------------------------------------
_case(
    "d01-databox-misto-initial",
    data_message(
        "Žádost o XML. Mění se kontaktní osoba: místo J. Svobody Alena Křížová, krizova@tvbrno.example, 739 100 200.",
        text_file(
            "zadost.txt",
            "Žádost o přístup k výsledkům voleb\n" + _IPS + "Kontaktní osoba: Jiří Svoboda, svoboda@tvbrno.example, 602 555 666\n",
        ),
        dm_sender="TV Brno s.r.o.",
    ),
    "Alena Křížová",
    "krizova@tvbrno.example",
    "+420739100200",
)
_case(
    "d02-mail-namisto-full-genitive",
    mail(
        body(
            "Dobrý den,\n\nv příloze žádost. Kontaktní osobou je namísto Pavla Beneše Lucie Novotná, "
            "novotna@radiovalasko.example, 724 300 400.\n\nS pozdravem\nredakce\n"
        ),
        text_file(
            "zadost.txt",
            "Žádost o přístup k XML\n" + _IPS + "Kontaktní osoba: Pavel Beneš, benes@radiovalasko.example, 603 808 909\n",
        ),
        sender="redakce@radiovalasko.example",
    ),
    "Lucie Novotná",
    "novotna@radiovalasko.example",
    "+420724300400",
)
# near-miss: two words after "místo" are the new person only when glued; a plain two-word
# replacement keeps both words
_case(
    "d03-neg-two-words-after-comma",
    data_message(
        "Žádost o XML. Mění se kontaktní osoba: místo pana Svobody nově Alena Křížová, krizova@tvbrno.example, 739 100 200.",
        text_file(
            "zadost.txt",
            "Žádost o přístup k výsledkům voleb\n" + _IPS + "Kontaktní osoba: Jiří Svoboda, svoboda@tvbrno.example, 602 555 666\n",
        ),
        dm_sender="TV Brno s.r.o.",
    ),
    "Alena Křížová",
    "krizova@tvbrno.example",
    "+420739100200",
)

# ---- class 5: an address broken at a dot of its domain ------------------------------------
_case(
    "e01-pdf-cell-domain-dot",
    data_message(
        "Žádost",
        text_file(
            "zadost.txt",
            "Položka\tÚdaj\nŽadatel\tVysoká škola Podřipská\n" + "Produkční adresa\t198.51.100.17\n"
            "Kontaktní osoba\tIng. Tereza Malá, 415 221 330, tereza.mala@vsp. example\n",
        ),
        dm_sender="Vysoká škola Podřipská",
    ),
    "Tereza Malá",
    "tereza.mala@vsp.example",
    "+420415221330",
)
_case(
    "e02-mail-domain-dot-two-levels",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML.\n" + _IPS + "\n"
            "Kontakt: Roman Pešek, 777 818 919, pesek@radio. kraj.example\n"
        ),
        sender="a@b.example",
    ),
    "Roman Pešek",
    "pesek@radio.kraj.example",
    "+420777818919",
)
# near-miss: an address ending a sentence before a lower-case word stays as written
_case(
    "e03-neg-address-then-sentence",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML.\n" + _IPS + "\n"
            "Kontakt: Roman Pešek, 777 818 919, pesek@radiokraj.example. dále prosíme o potvrzení.\n"
        ),
        sender="a@b.example",
    ),
    "Roman Pešek",
    "pesek@radiokraj.example",
    "+420777818919",
)

# ---- second batch (labelled before running) -----------------------------------------------
_case(
    "a06-de-redaktion-mailbox",
    mail(
        body(
            "Guten Tag,\n\nwir beantragen den Zugang zu den XML-Wahlergebnissen.\nServer-IP: 198.51.100.33\n\n"
            "Ansprechpartnerin: Sabine Krüger, Tel. +49 351 4412 870\n\nMit freundlichen Grüßen\nSabine Krüger\n"
            "Sächsische Rundschau | redaktion@rundschau-sachsen.example\n"
        ),
        sender="krueger@rundschau-sachsen.example",
        sender_name="Sabine Krüger",
    ),
    "Sabine Krüger",
    "krueger@rundschau-sachsen.example",
    "+493514412870",
)
_case(
    "a07-neg-sender-not-contact-desk-stays",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML.\n" + _IPS + "\n"
            "Kontaktní osoba: Marie Holá, tel. 605 909 101\n\nS pozdravem\nza redakci Tomáš Vlk\n"
            "Týdeník Region | redakce@tydenikregion.example\n"
        ),
        sender="vlk@tydenikregion.example",
        sender_name="Tomáš Vlk",
    ),
    "Marie Holá",
    "redakce@tydenikregion.example",
    "+420605909101",
)
_case(
    "b05-en-mr-abbrev-surname",
    mail(
        body(
            "Hello,\n\nwe request access to the XML results.\nServer: 198.51.100.52\n\n"
            "The contact person will be Mr. Doyle from our IT team.\n\nBest regards\n\n"
            "Anna Webb, editor, +44 20 7946 0011\nKevin Doyle, IT, +44 20 7946 0022, k.doyle@northnews.example\n"
        ),
        sender="a.webb@northnews.example",
        sender_name="Anna Webb",
    ),
    "Kevin Doyle",
    "k.doyle@northnews.example",
    "+442079460022",
)
_case(
    "b06-neg-p-abbrev-surname-nowhere",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML.\n" + _IPS + "\nKontaktní osobou bude p. Jelínek.\n\n"
            "S pozdravem\nJan Vrba, jednatel, 602 100 200, vrba@tvjih.example\n"
        ),
        sender="vrba@tvjih.example",
        sender_name="Jan Vrba",
    ),
    ...,
    ...,
    ...,
)
_case(
    "c05-cs-projednejte-s-vedoucim",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k výsledkům voleb v XML a o povolení natáčení.\n" + _IPS + "\n"
            "Natáčení prosím projednejte s vedoucím štábu Lukášem Šindelářem (v kopii).\n\nS pozdravem\n\n"
            "Věra Šťastná, ředitelka\nLukáš Šindelář, vedoucí štábu, 736 121 232, sindelar@tvorlice.example\n"
        ),
        sender="stastna@tvorlice.example",
        sender_name="Věra Šťastná",
    ),
    "Lukáš Šindelář",
    "sindelar@tvorlice.example",
    "+420736121232",
)
_case(
    "c06-neg-role-name-written-nowhere-else",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML.\n" + _IPS + "\n"
            "Připojení jsme konzultovali s firmou Alfa Net, vše je připraveno.\n\n"
            "S pozdravem\nIrena Kolářová, 606 303 404, kolarova@zpravyzlin.example\n"
        ),
        sender="kolarova@zpravyzlin.example",
        sender_name="Irena Kolářová",
    ),
    "Irena Kolářová",
    "kolarova@zpravyzlin.example",
    "+420606303404",
)
_case(
    "d04-en-instead-of-glued",
    mail(
        body(
            "Hello,\n\nplease see the attached request. The contact person is now, instead of Mr Hale Sarah Quinn, "
            "s.quinn@eastpost.example, +420 731 444 555.\n\nRegards\nEast Post desk\n"
        ),
        text_file(
            "request.txt",
            "Request for XML access\nServer: 198.51.100.70\nContact person: Robert Hale, r.hale@eastpost.example, +420 602 111 222\n",
        ),
        sender="desk@eastpost.example",
    ),
    "Sarah Quinn",
    "s.quinn@eastpost.example",
    "+420731444555",
)
_case(
    "e04-pdf-cell-domain-dot-org",
    data_message(
        "Žádost o přístup",
        text_file(
            "zadost.txt",
            "Žadatel\tSpolek Hlas Šumavy, z. s.\nIP adresa\t198.51.100.81\n"
            "Kontakt\tJitka Bednářová, 602 717 818, bednarova@hlassumavy. example\n",
        ),
        dm_sender="Spolek Hlas Šumavy, z. s.",
    ),
    "Jitka Bednářová",
    "bednarova@hlassumavy.example",
    "+420602717818",
)


def _norm(v: object) -> str | None:
    return None if v is None else " ".join(str(v).split()).casefold()


def _wrong(p: ParsedMessage, want: _Want) -> list[str]:
    got = extract(p).to_dict()
    out = []
    for key, w in zip(("person", "email", "phone"), want, strict=True):
        if w is ...:
            continue
        have = got["contact"][key]
        if _norm(have) != _norm(w):
            certain = got.get("fields", {}).get(f"contact.{key}", {}).get("certain")
            out.append(f"contact.{key}: want {w!r}, got {have!r} (certain={certain})")
    return out


@pytest.mark.parametrize(("cid", "p", "want"), _CASES, ids=[c[0] for c in _CASES])
def test_drill(cid: str, p: ParsedMessage, want: _Want) -> None:
    assert _wrong(p, want) == []
