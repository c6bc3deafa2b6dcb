"""A drill, forty-seventh round (issue 18), helper r47-org: the organisation. Five classes:
(a) a writer who names themselves and then the organisation they lead or represent in one
sentence ("jmenuji se X a vedu Y, z.s.", "I am X and I run Y Ltd", "ich heiße X und leite die
Y GmbH"): Y is the organisation, never the person's name run into it; (b) a person applying for
themselves under the name of their own blog or podcast, the subject naming the outlet with its
common noun ("Blog X – přístup k datům"): the writer applies (LABELS.md: a natural person),
never "Blog X". Near-miss negatives keep a company's blog with its IČO and a name that is all
the organisation's own; (c) a faculty or department named with its university in the genitive,
a lower-case adjective between ("Fakulta X Západočeské technické univerzity", "Fakulta X
Východoslovenskej technickej univerzity"): the university applies, in the nominative; (d) a contributory organisation
with its founder labelled ("zřizovatel: město X, IČO organizace …"): the organisation applies; (e) an agency passing
on a partner's attached message, enclosing "its message" or saying it does not apply itself:
the partner applies. Each message was labelled by ``tests/corpus/LABELS.md`` before
extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail
from tests.unit.test_extraction_org_r46 import _eml

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(key: str, text: str, org: tuple[str | None, str | None], person: str, sender: str,
          *, types: list[str] = REC, subject: str = "Žádost", sender_name: str = "",
          prod: list[str] | None = None) -> None:
    CASES[key] = (
        mail(body(text), subject=subject, sender=sender, sender_name=sender_name),
        label(types, (org[0], org[1], None), prod or [], [], (person, sender, None)),
    )


# (a) "I am X and I lead Y": Y applies
_case("cz_vedu_zs",
      "Dobrý den,\n\njmenuji se Petra Horká a vedu Fotoklub Světlo Beroun, z.s. (IČO 26811111). "
      "Rádi bychom fotili u vás na pracovišti ve volební noci.\n\nPetra Horká",
      ("Fotoklub Světlo Beroun, z.s.", "26811111"), "Petra Horká", "svetlo@beroun.example")
_case("cz_ridim_sro",
      "Dobrý den, jsem Tomáš Vrba a řídím Vrba Media s.r.o., IČO 04512341. Chceme natáčet "
      "na sběrném místě ve volební noci.\nTomáš Vrba",
      ("Vrba Media s.r.o.", "04512341"), "Tomáš Vrba", "vrba@vrbamedia.example")
_case("cz_zastupuji_spolek",
      "Dobrý den,\njsem Jana Malá a zastupuji Spolek přátel Kutné Hory, z.s., IČO 22733337. "
      "Prosíme o povolení fotografovat při zpracování výsledků voleb.\nJana Malá",
      ("Spolek přátel Kutné Hory, z.s.", "22733337"), "Jana Malá", "mala@spolek-kh.example")
_case("sk_vediem_oz",
      "Dobrý deň,\nvolám sa Marek Kováč a vediem Fotoklub Dúha Senica, o.z. (IČO 42155550). "
      "Chceli by sme fotografovať vo volebnú noc na vašom pracovisku.\nMarek Kováč",
      ("Fotoklub Dúha Senica, o.z.", "42155550"), "Marek Kováč", "kovac@duha.example")
_case("en_i_run_ltd",
      "Hello,\n\nmy name is Oliver Grant and I run Grantview Films Ltd (company no. 09876543). "
      "We would like to film at your results centre on election night.\n\nOliver Grant",
      ("Grantview Films Ltd", None), "Oliver Grant", "oliver@grantview.example")
_case("de_leite_gmbh",
      "Guten Tag,\n\nich heiße Sabine Roth und leite die Rothfilm Produktion GmbH. Wir möchten "
      "in der Wahlnacht bei Ihnen drehen.\n\nSabine Roth",
      ("Rothfilm Produktion GmbH", None), "Sabine Roth", "roth@rothfilm.example")
_case("pl_prowadze_spzoo",
      "Dzień dobry,\nnazywam się Anna Nowak i prowadzę Nowak Media sp. z o.o. Chcielibyśmy "
      "filmować w noc wyborczą w Państwa punkcie.\nAnna Nowak",
      ("Nowak Media sp. z o.o.", None), "Anna Nowak", "nowak@nowakmedia.example")
_case("cz_a_vedu_feed",
      "Dobrý den,\njmenuji se Karel Dvořák a vedu Regionální Listy Vysočina, z.ú. (IČO 05566771) "
      "a žádáme o přístup k XML výsledkům voleb z adresy 203.0.113.44.\nKarel Dvořák",
      ("Regionální Listy Vysočina, z.ú.", "05566771"), "Karel Dvořák", "dvorak@listy.example",
      types=FEED, prod=["203.0.113.44"])
# near miss: the name is the organisation's own, no person before it
_case("cz_org_only_neg",
      "Dobrý den,\nFotoklub Světlo Beroun, z.s. (IČO 26811111) žádá o povolení fotografovat "
      "ve volební noci.\nPetra Horká, předsedkyně",
      ("Fotoklub Světlo Beroun, z.s.", "26811111"), "Petra Horká", "svetlo@beroun.example")

# (b) the writer's own blog named in the subject with its common noun
_case("cz_blog_subject_noun",
      "Dobrý den,\npíšu blog Volební mapy (soukromá osoba, bez IČO) a chtěl bych požádat o "
      "přístup k XML výsledkům z adresy 203.0.113.91.\nRadek Polák",
      ("Radek Polák", None), "Radek Polák", "radek@volebnimapy.example", types=FEED,
      subject="Blog Volební mapy - přístup k datům", prod=["203.0.113.91"])
_case("cz_podcast_subject_noun",
      "Dobrý den,\nvedu podcast Sčítání hlasů, jsem soukromá osoba. Žádám o přístup k XML "
      "výsledkům voleb z adresy 198.51.100.23.\nLucie Fialová",
      ("Lucie Fialová", None), "Lucie Fialová", "lucie@scitani.example", types=FEED,
      subject="Podcast Sčítání hlasů – žádost", prod=["198.51.100.23"])
_case("en_blog_subject_noun",
      "Hello,\nI write the blog Ballot Maps on my own (no company) and would like access to the "
      "XML results feed from 203.0.113.57.\nEmma Clarke",
      ("Emma Clarke", None), "Emma Clarke", "emma@ballotmaps.example", types=FEED,
      subject="Blog Ballot Maps - data access", prod=["203.0.113.57"])
# near miss: a company's blog, the company applies with its IČO
_case("cz_company_blog_neg",
      "Dobrý den,\nspolečnost Datalab Plzeň s.r.o., IČO 07712341, provozuje blog Volební "
      "čísla a žádá o přístup k XML výsledkům z adresy 203.0.113.61.\nIvan Richter",
      ("Datalab Plzeň s.r.o.", "07712341"), "Ivan Richter", "richter@datalab.example", types=FEED,
      subject="Blog Volební čísla - přístup k datům", prod=["203.0.113.61"])

# (c) a faculty or department named with its university in the genitive, a lower-case
# adjective between ("Fakulta X Západočeské technické univerzity"): the university applies
_case("cz_faculty_lower_adj",
      "Dobrý den,\n\nKatedra politologie Jihočeské zemědělské univerzity (IČO 60076658) pořádá "
      "volební studio. Jménem univerzity žádám o přístup k XML výsledkům z adresy 192.0.2.14.\n\n"
      "Mgr. Pavel Říha",
      ("Jihočeská zemědělská univerzita", "60076658"), "Pavel Říha", "riha@jzu.example", types=FEED,
      prod=["192.0.2.14"])
_case("sk_faculty_lower_adj",
      "Dobrý deň,\nFakulta sociálnych vied Východoslovenskej technickej univerzity žiada o prístup "
      "k XML výsledkom volieb z adresy 198.51.100.140.\nIng. Martin Hrušovský",
      ("Východoslovenská technická univerzita", None), "Martin Hrušovský", "hrusovsky@vstu.example",
      types=FEED, prod=["198.51.100.140"])
_case("cz_faculty_letterhead_nominative",
      "Polabská technická univerzita\nFakulta médií\n\nDobrý den,\nFakulta médií Polabské "
      "technické univerzity žádá o povolení natáčet ve volební noci na vašem pracovišti.\n\n"
      "Jitka Šimková",
      ("Polabská technická univerzita", None), "Jitka Šimková", "simkova@ptu.example")

# (d) a town's or region's contributory organisation with its own IČO, its founder labelled
# ("zřizovatel: město X, IČO organizace …"): the organisation applies, never its founder
_case("cz_contributory_founder_label",
      "Kulturní dům Horní Luh, příspěvková organizace\nzřizovatel: město Horní Luh, IČO organizace "
      "70311013\n\nŽádáme o povolení natáčet ve volební noci na vašem pracovišti.\n\nMarta Koubková",
      ("Kulturní dům Horní Luh, příspěvková organizace", "70311013"), "Marta Koubková",
      "koubkova@kdhornilub.example")
_case("sk_contributory_founder_label",
      "Mestská televízia Ružany, príspevková organizácia\nzriaďovateľ: mesto Ružany, IČO organizácie "
      "42311021\nŽiadame o prístup k XML výsledkom volieb z adresy 198.51.100.90.\nPeter Lacko",
      ("Mestská televízia Ružany, príspevková organizácia", "42311021"), "Peter Lacko",
      "lacko@mtv-ruzany.example", types=FEED, prod=["198.51.100.90"])
_case("cz_contributory_founder_sentence",
      "Dobrý den,\nKnihovna Lhotka, příspěvková organizace. Zřizovatelem je obec Lhotka, IČO "
      "organizace 75211033.\nProsíme o přístup k XML výsledkům z adresy 203.0.113.72.\nIva Šrámková",
      ("Knihovna Lhotka, příspěvková organizace", "75211033"), "Iva Šrámková",
      "sramkova@knihovna-lhotka.example", types=FEED, prod=["203.0.113.72"])
# near miss: the town itself applies for its cable TV, with its IČO
_case("cz_town_applies_neg",
      "Dobrý den,\nměsto Horní Luh, IČO 00282111, žádá o přístup k XML výsledkům voleb pro svou "
      "kabelovou televizi z adresy 203.0.113.70.\nMarta Koubková, odbor kultury",
      ("Město Horní Luh", "00282111"), "Marta Koubková", "koubkova@hornilub.example", types=FEED,
      prod=["203.0.113.70"])

# (e) an agency passes on a partner's attached message and says it does not apply itself, or
# encloses "its message" ("přikládáme jeho zprávu", "we enclose their message"): the partner
# applies, the agency's own firm in the cover never does
_INNER_CZ = ("Dobrý den,\n\nza Rádio Beskydy s.r.o. (IČO 27081851) bychom chtěli přístup k XML "
             "výsledkům.\nprod: 192.0.2.61\n\nTomáš Kubala")
_case_eml = {
    "cz_agency_encloses_its_message": (
        "Dobrý den,\n\nnáš partner nám žádost poslal omylem. Přikládáme jeho zprávu.\n\n"
        "Eva Pokorná\nMediaservis Morava, a.s.", _INNER_CZ),
    "cz_agency_not_applying_itself": (
        "Dobrý den,\n\ntato žádost přišla k nám omylem, my sami ale letos nežádáme. Je v příloze.\n\n"
        "Eva Pokorná\nMediaservis Morava, a.s.", _INNER_CZ),
    "en_agency_not_applying_ourselves": (
        "Hello,\n\nthis reached us by mistake; we are not applying ourselves this year. Their "
        "mail is attached.\n\nEva Pokorna\nMediaservis Morava, a.s.", _INNER_CZ),
    "de_agency_encloses_nachricht": (
        "Guten Tag,\n\nwir selbst beantragen nichts; anbei leiten wir die Mail unseres Partners "
        "weiter.\n\nEva Pokorna\nMediaservis Morava, a.s.", _INNER_CZ),
}
for _k, (_cover, _inner) in _case_eml.items():
    CASES[_k] = (
        _eml(_cover, _inner, sender="pokorna@mediaservis.example", name="Eva Pokorná",
             inner_from="Tomáš Kubala <kubala@radiobeskydy.example>"),
        label(FEED, ("Rádio Beskydy s.r.o.", "27081851", None), ["192.0.2.61"], [],
              ("Tomáš Kubala", "kubala@radiobeskydy.example", None)),
    )
# near miss: the agency applies itself and attaches its supplier's message with the address
CASES["cz_agency_applies_encloses_supplier_neg"] = (
    _eml("Dobrý den,\n\nMediaservis Morava, a.s., IČO 25596641, žádá o přístup k XML výsledkům. "
         "Přikládáme zprávu našeho dodavatele s adresou.\n\nEva Pokorná\nMediaservis Morava, a.s.",
         "Dobrý den,\nserver: 203.0.113.19\nJan Hora", sender="pokorna@mediaservis.example",
         name="Eva Pokorná", inner_from="Jan Hora <hora@hosting.example>"),
    label(FEED, ("Mediaservis Morava, a.s.", "25596641", None), ["203.0.113.19"], [],
          ("Eva Pokorná", "pokorna@mediaservis.example", None)),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("organization.")] == []
