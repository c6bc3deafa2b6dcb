"""Contact person, e-mail and phone, thirty-seventh round (issue 18), helper r37-who.

Listed misses:

* ah023: a contacts sheet marking "Hedvika Stará" as the contact ("ano"): her surname and
  her address "stara@…" were read as words calling a value old ("stará" = old), so the
  next row's IT mailbox was given "instead".
* ah036: an RTF letter with a table of three signatories ("Za … | Kontaktní osoba pro
  žádost | Na vědomí"), each cell a name, role, phone and e-mail over several lines: the
  contact column was not read; the first signatory and the secretariat's mail won.
* ai036: a sole trader's note sent under the display name of his website ("pro web
  Lokálka Semily"): the outlet's name was taken as the contact person.

Classes fixed:

1. Letters of a word calling a value old inside a name or an address (a surname "Starý",
   "Stará"; "stara@…", "old.town@…", "stare-mesto…") do not call any value old.
2. A table whose cells are parted by "|" and run over several lines: the cell under a
   header cell that is a contact label names the contact, with that cell's phone and e-mail.
3. A From display name the text writes as an outlet's name (after "web", "portál",
   "časopis", "the website" …) is no person: where the applicant is a natural person with
   an IČO, the contact is that person, unsure.

The drill's messages were labelled by ``tests/corpus/LABELS.md`` before any extraction was
run on them; wording and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.extraction_helpers import body, extract, mail, text_file

# (id, message, wanted (person, e-mail, phone)); a field wanted as ... is not checked
_Want = tuple[object, object, object]
_CASES: list[tuple[str, ParsedMessage, _Want]] = []


def _case(cid: str, p: ParsedMessage, person: object, email: object, phone: object) -> None:
    _CASES.append((cid, p, (person, email, phone)))


_IPS = "IP adresa serveru: 198.51.100.17\n"

# ---- class 1: "starý/stará/old" in a name or an address calls nothing old ---------------
_case(
    "a01-cs-surname-stary-labelled",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb.\n" + _IPS + "\n"
            "Kontaktní osoba: Ing. Tomáš Starý, tel. 605 221 908, e-mail: stary@zpravyvsetin.example\n\n"
            "S pozdravem\nredakce Zprávy Vsetín\n"
        ),
        sender="redakce@zpravyvsetin.example",
    ),
    "Tomáš Starý",
    "stary@zpravyvsetin.example",
    "+420605221908",
)
_case(
    "a02-en-old-in-local-part",
    mail(
        body(
            "Hello,\n\nwe apply for access to the election results feed.\nProduction server: 198.51.100.44\n\n"
            "Contact person: Ralf Becker\nE-mail: old.town.news@pressnet.example\nPhone: +420 777 310 442\n\n"
            "Kind regards\nRalf Becker\n"
        ),
        sender="office@pressnet.example",
        sender_name="Pressnet Office",
    ),
    "Ralf Becker",
    "old.town.news@pressnet.example",
    "+420777310442",
)
_case(
    "a03-sk-pani-stara",
    mail(
        body(
            "Dobrý deň,\n\nprosíme o prístup k výsledkom volieb vo formáte XML.\nIP: 198.51.100.61\n\n"
            "Kontaktná osoba: Mgr. Zuzana Stará, mobil 0905 123 456, stara@novinkyzahorie.example\n"
            "V prípade otázok volajte pani Stará kedykoľvek.\n\nS pozdravom\nredakcia\n"
        ),
        sender="redakcia@novinkyzahorie.example",
    ),
    "Zuzana Stará",
    "stara@novinkyzahorie.example",
    "+421905123456",
)
_case(
    "a04-tab-sheet-yes-column",
    mail(
        body("Dobrý den, v příloze posíláme žádost.\n"),
        text_file(
            "zadost.txt",
            "Žádost o přístup k datům voleb\nProdukce\t198.51.100.80\n\nKontakty\n"
            "Jméno\tTelefon\tE-mail\tKontakt pro žádost\n"
            "Jan Starý\t777 100 200\tstary@obzor.example\tano\n"
            "Petr Malý\t777 100 300\tit@obzor.example\tne\n",
        ),
        sender="it@obzor.example",
    ),
    "Jan Starý",
    "stary@obzor.example",
    "+420777100200",
)
_case(
    "a05-domain-stare-mesto",
    mail(
        body(
            "Dobrý den,\nprosíme o přístup k výsledkům voleb (XML).\n" + _IPS +
            "Kontakt: Lenka Horáková, redakce@stare-mesto-listy.example, 731 555 010\n\nDěkujeme\nLenka Horáková\n"
        ),
        sender="horakova@gmail.example",
        sender_name="Lenka Horáková",
    ),
    "Lenka Horáková",
    "redakce@stare-mesto-listy.example",
    "+420731555010",
)
_case(
    "a06-surname-first-vyrizuje",
    mail(
        body(
            "Věc: žádost o přístup k XML výsledkům\n\n" + _IPS +
            "Vyřizuje: Starý Jan\ntel.: 602 333 444\ne-mail: jan.stary@obecnilisty.example\n"
        ),
        sender="podatelna@obecnilisty.example",
    ),
    ...,
    "jan.stary@obecnilisty.example",
    "+420602333444",
)
# near misses: real words calling a value old still work
_case(
    "a07-neg-old-number-sentence",
    mail(
        body(
            "Dobrý den,\nžádáme o přístup k XML výsledkům.\n" + _IPS +
            "Kontakt: Jana Malá, tel. 602 111 222, e-mail mala@tydenikbrod.example\n"
            "Staré číslo 602 999 888 z loňské žádosti už neplatí.\n\nJana Malá\n"
        ),
        sender="mala@tydenikbrod.example",
        sender_name="Jana Malá",
    ),
    "Jana Malá",
    "mala@tydenikbrod.example",
    "+420602111222",
)
_case(
    "a08-neg-stary-person-old-mail",
    mail(
        body(
            "Dobrý den,\nprosím o přístup k výsledkům voleb ve formátu XML.\n" + _IPS +
            "Kontaktní osoba je Petr Starý, 731 000 111.\n"
            "Pozor, jeho starý e-mail stary@seznam.example už nepoužívá, pište na petr.stary@kurýrjih.example.\n\n"
            "S pozdravem\nPetr Starý\n"
        ),
        sender="stary@seznam.example",
        sender_name="Petr Starý",
    ),
    "Petr Starý",
    ...,
    "+420731000111",
)

# ---- class 2: the contact column of a "|" table with cells over several lines ----------
_case(
    "b01-cs-three-signatories",
    mail(
        body("Dobrý den, posíláme žádost v příloze.\nSekretariát\n"),
        text_file(
            "zadost.txt",
            "Zpravodaj Poděbrady s.r.o., IČO 65123409\nŽádáme o přístup k výsledkům voleb v XML.\n" + _IPS +
            "Za vydavatele|Kontaktní osoba|V kopii|\nMgr. Jan Dvořák, ředitel\ntel. 222 333 444|Eva Malá, redaktorka\n"
            "603 555 666\nmala@zpravodajpodebrady.example|Petr Šťastný, IT\nstastny@zpravodajpodebrady.example|\n",
        ),
        sender="sekretariat@zpravodajpodebrady.example",
        sender_name="Sekretariát Zpravodaj",
    ),
    "Eva Malá",
    "mala@zpravodajpodebrady.example",
    "+420603555666",
)
_case(
    "b02-en-spaced-pipes",
    mail(
        body(
            "Hello,\n\nplease find our application below.\nWe ask for access to the XML results feed.\n"
            "Production: 198.51.100.90\n\n"
            "Signed for the company | Contact person | cc |\nJohn Smith, CEO\n+44 20 7946 0000 | Anna Novak, editor\n"
            "+420 777 888 999\nanna.novak@valleynews.example | Tom Reed, IT\nreed@valleynews.example |\n"
        ),
        sender="office@valleynews.example",
        sender_name="Valley News Office",
    ),
    "Anna Novak",
    "anna.novak@valleynews.example",
    "+420777888999",
)
_case(
    "b03-contact-column-first",
    mail(
        body("Dobrý den,\nv příloze žádost o XML.\n"),
        text_file(
            "zadost.txt",
            "Žádost o přístup k výsledkům voleb\n" + _IPS +
            "Kontaktní osoba|Statutární zástupce|\nLucie Veselá\n602 444 555\nvesela@tvregion.example|"
            "Ing. Karel Novotný, jednatel\n222 111 000|\n",
        ),
        sender="recepce@tvregion.example",
    ),
    "Lucie Veselá",
    "vesela@tvregion.example",
    "+420602444555",
)
_case(
    "b04-sk-kontaktna-osoba",
    mail(
        body("Dobrý deň,\nv prílohe žiadosť.\n"),
        text_file(
            "ziadost.txt",
            "Žiadame o prístup k výsledkom volieb vo formáte XML.\n" + _IPS +
            "Za spoločnosť|Kontaktná osoba|\nJUDr. Marek Kováč, konateľ\n+421 2 5555 1234|Ivana Hrašková, redaktorka\n"
            "+421 905 111 222\nhraskova@novinyzilina.example|\n",
        ),
        sender="sekretariat@novinyzilina.example",
    ),
    "Ivana Hrašková",
    "hraskova@novinyzilina.example",
    "+421905111222",
)
_case(
    "b05-vyrizuje-column",
    mail(
        body("Dobrý den,\nzasílám žádost.\n"),
        text_file(
            "zadost.txt",
            "Žádost o povolení přístupu k XML výsledkům voleb\n" + _IPS +
            "Podepsal|Vyřizuje|\nJosef Král, šéfredaktor|Martina Bílá\ntel. 739 123 456\nbila@denikhana.example|\n",
        ),
        sender="kral@denikhana.example",
        sender_name="Josef Král",
    ),
    "Martina Bílá",
    "bila@denikhana.example",
    "+420739123456",
)
_case(
    "b06-technical-contact-middle",
    mail(
        body(
            "Dobrý den,\nžádáme o přístup k výsledkům voleb (XML).\n" + _IPS + "\n"
            "Jednatel|Technický kontakt|Redakce|\nPavel Horák\n603 000 111|Ondřej Kratochvíl\n"
            "kratochvil@portalbrno.example\n+420 608 222 333|Jana Hrubá\nhruba@portalbrno.example|\n"
        ),
        sender="info@portalbrno.example",
    ),
    "Ondřej Kratochvíl",
    "kratochvil@portalbrno.example",
    "+420608222333",
)
# near misses: no contact column; a label-value row with pipes
_case(
    "b07-neg-no-contact-column",
    mail(
        body(
            "Dobrý den,\nžádáme o přístup k XML výsledkům voleb.\n" + _IPS + "\n"
            "Za vydavatele|Na vědomí|\nJan Dvořák, ředitel\n222 333 444|Petr Malý, IT\nmaly@kurier.example|\n\n"
            "Kontaktní osoba: Eva Zelená, 777 666 555, zelena@kurier.example\n"
        ),
        sender="podatelna@kurier.example",
    ),
    "Eva Zelená",
    "zelena@kurier.example",
    "+420777666555",
)
_case(
    "b08-neg-label-value-row",
    mail(
        body(
            "Dobrý den,\nžádáme o přístup k XML výsledkům voleb.\n" + _IPS + "\n"
            "Kontaktní osoba | Eva Zelená | 777 666 555 | zelena@kurier.example\n"
            "Jednatel | Jan Dvořák | 222 333 444 | dvorak@kurier.example\n"
        ),
        sender="podatelna@kurier.example",
    ),
    "Eva Zelená",
    "zelena@kurier.example",
    "+420777666555",
)

# ---- class 3: an outlet's name as the From display name is no person --------------------
_case(
    "c01-cs-web-vydavatel",
    mail(
        body(
            "Dobrý den,\nza web Hlas Podřipska prosím o přístup k výsledkům voleb v XML.\nIP: 198.51.100.7\n"
            "vydavatel: Jiří Kotek, IČO 70246815, tel. 602 123 456\n"
        ),
        sender="info@hlaspodripska.example",
        sender_name="Hlas Podřipska",
    ),
    "Jiří Kotek",
    "info@hlaspodripska.example",
    "+420602123456",
)
_case(
    "c02-en-website-owner",
    mail(
        body(
            "Hi,\nthe website Valley Weekly would like access to the XML results feed from 198.51.100.20.\n"
            "Owner: Martin Sýkora, IČ 44551231, mobile 777 202 303\n"
        ),
        sender="desk@valleyweekly.example",
        sender_name="Valley Weekly",
    ),
    "Martin Sýkora",
    "desk@valleyweekly.example",
    "+420777202303",
)
_case(
    "c03-sk-portal-prevadzkovatel",
    mail(
        body(
            "Dobrý deň,\npre portál Novinky Orava žiadam o prístup k XML výsledkom volieb. IP 198.51.100.30.\n"
            "prevádzkovateľ: Peter Hudák, IČO 88123073, 0905 444 333\n"
        ),
        sender="redakcia@novinkyorava.example",
        sender_name="Novinky Orava",
    ),
    "Peter Hudák",
    "redakcia@novinkyorava.example",
    "+421905444333",
)
_case(
    "c04-cs-casopis-quoted",
    mail(
        body(
            "Dobrý den,\nčasopis „Echo Vysočiny“ žádá o přístup k výsledkům voleb (XML), server 198.51.100.33.\n"
            "OSVČ Hana Zelená, IČ 69301140, tel. 731 404 505\n"
        ),
        sender="echo@echovysociny.example",
        sender_name="Echo Vysočiny",
    ),
    "Hana Zelená",
    "echo@echovysociny.example",
    "+420731404505",
)
_case(
    "c05-cs-blog",
    mail(
        body(
            "Ahoj,\nmůj blog Cyklo Šumava by rád stahoval výsledky voleb v XML. Adresa 198.51.100.35.\n"
            "Tomáš Vrba, IČO 73115908\n"
        ),
        sender="cyklosumava@mail.example",
        sender_name="Cyklo Šumava",
    ),
    "Tomáš Vrba",
    "cyklosumava@mail.example",
    None,
)
_case(
    "c06-en-magazine-html-like",
    mail(
        body(
            "Good morning,\nfor our online magazine Prague Wanderer I ask for the XML results feed.\n"
            "Server: 198.51.100.36\nPublisher: Lucie Dvořáková, ID no. (IČO) 27453812, +420 605 700 800\n"
        ),
        sender="editor@praguewanderer.example",
        sender_name="Prague Wanderer",
    ),
    "Lucie Dvořáková",
    "editor@praguewanderer.example",
    "+420605700800",
)
# near misses: a person's display name; an outlet name with a company as the applicant
_case(
    "c07-neg-person-display",
    mail(
        body(
            "Dobrý den,\npro web Zprávy Kladno žádám o přístup k XML výsledkům voleb.\nIP: 198.51.100.40\n\n"
            "Petra Malá\nZprávy Kladno s.r.o., IČO 65123409\n"
        ),
        sender="mala@zpravykladno.example",
        sender_name="Petra Malá",
    ),
    "Petra Malá",
    "mala@zpravykladno.example",
    None,
)
_case(
    "c08-neg-outlet-display-company-signer",
    mail(
        body(
            "Dobrý den,\nza portál Jižní Listy žádáme o přístup k XML výsledkům voleb.\nIP: 198.51.100.41\n\n"
            "S pozdravem\nJan Novák\nJižní Listy s.r.o., IČO 65123409\n"
        ),
        sender="redakce@jizni-listy.example",
        sender_name="Jižní Listy",
    ),
    "Jan Novák",
    "redakce@jizni-listy.example",
    None,
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
