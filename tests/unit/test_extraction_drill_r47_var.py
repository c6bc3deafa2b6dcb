"""A blind drill, forty-seventh round (issue 18): variants of the forty-sixth and forty-seventh
parts' just-fixed classes, in other languages, layouts and positions, with near misses.

(a) "I am X and I run Y": Y applies; (b) a faculty or department named with its university in
the genitive: the university applies; (c) an agency enclosing its partner's message or saying it
does not apply itself: the partner applies; (d) a contributory organisation with its founder
labelled: the organisation applies; (e) a one-person outlet ("blog X"): the writer applies as a
natural person; (f) names typed all in lower case; (g) request types (a third-person wish,
Romance filming verbs, "without filming", a request deferred to later; scored on the request
types only); (h) "correspondence to me" makes the writer the contact. Every message was labelled
by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import docx_bytes, pdf_bytes
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail, text_file
from tests.unit.test_extraction_org_r46 import _eml

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str = "", *extra: Component, html: bool = False,
       subject: str = "Žádost") -> ParsedMessage:
    part = html_body(text) if html else body(text)
    return mail(part, *extra, subject=subject, sender=sender, sender_name=name)


def _c(key: str, msg: ParsedMessage, types: list[str], org: tuple[str | None, str | None],
       prod: list[str], contact: tuple[str | None, str | None, str | None],
       box: str | None = None) -> None:
    CASES[key] = (msg, label(types, (org[0], org[1], box), prod, [], contact))


# --- (a) "I am X and I run Y" ----------------------------------------------------------------
_c("a1_fr_je_dirige_sarl",
   _m("Bonjour,\n\nje m'appelle Claire Morel et je dirige Morel Images SARL. Nous souhaitons "
      "filmer dans votre centre de dépouillement la nuit des élections.\n\nClaire Morel",
      "claire@morelimages.example"),
   REC, ("Morel Images SARL", None), [], ("Claire Morel", "claire@morelimages.example", None))
_c("a2_cs_comma_vedu",
   _m("Dobrý den,\njsem Martin Říha, vedu Říha Production s.r.o. (IČO 27415261), a žádám o "
      "přístup k XML výsledkům voleb z adresy 192.0.2.33.\nMartin Říha",
      "riha@rihaprod.example"),
   FEED, ("Říha Production s.r.o.", "27415261"), ["192.0.2.33"],
   ("Martin Říha", "riha@rihaprod.example", None))
_c("a3_sk_docx_riadim",
   _m("Dobrý deň, žiadosť posielam v prílohe.\nJán Baláž", "balaz@balazvideo.example", "",
      attachment("ziadost.docx", docx_bytes([
          "Žiadosť o prístup k výsledkom volieb vo formáte XML",
          "Volám sa Ján Baláž a riadim spoločnosť Baláž Video s.r.o., IČO 06188338.",
          "Produkčná IP adresa: 198.51.100.71", "Ján Baláž"]))),
   FEED, ("Baláž Video s.r.o.", "06188338"), ["198.51.100.71"],
   ("Ján Baláž", "balaz@balazvideo.example", None))
_c("a4_en_run_the_desk_at_neg",
   _m("Hello,\n\nI'm Tom Reed and I run the data desk at Northgate Media Ltd, and Northgate "
      # (first written "… Ltd. Northgate Media Ltd would …": the sentence's full stop read as
      # the form's dot, certain; the label's spelling is moot there, so the drill avoids it)
      "Media Ltd would like access to the XML results feed from 203.0.113.81.\n\nTom Reed",
      "tom.reed@northgate.example"),
   FEED, ("Northgate Media Ltd", None), ["203.0.113.81"],
   ("Tom Reed", "tom.reed@northgate.example", None))
_c("a5_de_html_ich_bin_und_leite",
   _m("<p>Guten Tag,</p><p>ich bin Jonas Keller und leite die Keller Medien GmbH. Wir bitten um "
      "Zugang zum XML-Feed der Wahlergebnisse, Server 198.51.100.15.</p><p>Jonas Keller</p>",
      "keller@kellermedien.example", html=True),
   FEED, ("Keller Medien GmbH", None), ["198.51.100.15"],
   ("Jonas Keller", "keller@kellermedien.example", None))

# --- (b) a faculty or department with its university in the genitive -------------------------
_c("b1_cs_department_of_faculty_of_university",
   _m("Dobrý den,\nÚstav žurnalistiky Filozofické fakulty Slezské zemské univerzity žádá o "
      "přístup k XML výsledkům voleb z adresy 192.0.2.77.\nMgr. Hana Krejčí",
      "krejci@szu.example"),
   FEED, ("Slezská zemská univerzita", None), ["192.0.2.77"],
   ("Hana Krejčí", "krejci@szu.example", None))
_c("b2_cs_databox_txt_faculty_place",
   data_message("Žádost o přístup k XML", text_file(
       "zadost.txt",
       "Fakulta humanitních studií Západomoravské univerzity v Kroměříži žádá o přístup k XML "
       "výsledkům voleb.\nIP: 203.0.113.90\nKontakt: Petr Malý, maly@zmu.example\n"),
       dm_sender="Západomoravská univerzita v Kroměříži", sender="zm4u2ab"),
   FEED, ("Západomoravská univerzita v Kroměříži", None), ["203.0.113.90"],
   ("Petr Malý", "maly@zmu.example", None), box="zm4u2ab")
_c("b3_en_faculty_of_the_university",
   _m("Dear Sir or Madam,\n\nthe Faculty of Social Sciences of the Lakeside Technical University "
      "applies for access to the XML election results feed from 198.51.100.52.\n\nDr. Emily Shaw",
      "shaw@lakeside-tu.example"),
   FEED, ("Lakeside Technical University", None), ["198.51.100.52"],
   ("Emily Shaw", "shaw@lakeside-tu.example", None))
_c("b4_cs_student_association_neg",
   _m("Dobrý den,\nStudentský spolek Fakulty sociálních studií Jihomoravské univerzity, z.s. "
      "(IČO 26920549) žádá o povolení natáčet ve volební noci.\nOndřej Kolář",
      "kolar@spolekfss.example"),
   REC, ("Studentský spolek Fakulty sociálních studií Jihomoravské univerzity, z.s.", "26920549"),
   [], ("Ondřej Kolář", "kolar@spolekfss.example", None))

# --- (c) an agency passing on its partner's message ----------------------------------------
_INNER = ("Dobrý den,\n\nza Týdeník Podlesí s.r.o. (IČO 05211778) žádáme o přístup k XML "
          "výsledkům.\nprod: 192.0.2.88\n\nLucie Hašková")
_AGENCY = {
    "c1_sk_posielame_spravu_partnera": (
        "Dobrý deň,\n\nposielame ďalej správu nášho partnera; my sami o prístup nežiadame.\n\n"
        "Pavol Kráľ\nMediaagentúra Sever, a.s."),
    "c2_pl_przesylamy_sami_nie": (
        "Dzień dobry,\n\nprzesyłamy wiadomość naszego partnera. Sami nie składamy wniosku.\n\n"
        "Piotr Król\nAgencja Północ sp. z o.o."),
    "c3_fr_transmettons_message": (
        "Bonjour,\n\nnous vous transmettons le message de notre partenaire ; nous-mêmes ne "
        "demandons rien.\n\nPierre Roy\nAgence Nord SAS"),
}
for _k, _cover in _AGENCY.items():
    CASES[_k] = (
        _eml(_cover, _INNER, sender="info@agentura.example", name="Agentura",
             inner_from="Lucie Hašková <haskova@podlesi.example>"),
        label(FEED, ("Týdeník Podlesí s.r.o.", "05211778", None), ["192.0.2.88"], [],
              ("Lucie Hašková", "haskova@podlesi.example", None)),
    )
CASES["c4_en_agency_applies_itself_neg"] = (
    _eml("Hello,\n\nNorthbridge Agency Ltd applies for access to the XML results feed for its "
         "own newsroom. Our hosting partner's message with the server address is attached.\n\n"
         "Paul King\nNorthbridge Agency Ltd",
         "Hi Paul,\nyour server: 203.0.113.29\nJan Hora", sender="king@northbridge.example",
         name="Paul King", inner_from="Jan Hora <hora@hosting.example>"),
    label(FEED, ("Northbridge Agency Ltd", None, None), ["203.0.113.29"], [],
          ("Paul King", "king@northbridge.example", None)),
)

CASES["c5_cs_agency_applies_encloses_partner_message_neg"] = (
    _eml("Dobrý den,\n\nMediaservis Morava, a.s., IČO 25596641, žádá o přístup k XML výsledkům. "
         "Přikládáme zprávu našeho partnera s adresou serveru.\n\nEva Pokorná\nMediaservis Morava, a.s.",
         "Dobrý den,\nserver: 203.0.113.19\nJan Hora", sender="pokorna@mediaservis.example",
         name="Eva Pokorná", inner_from="Jan Hora <hora@hosting.example>"),
    label(FEED, ("Mediaservis Morava, a.s.", "25596641", None), ["203.0.113.19"], [],
          ("Eva Pokorná", "pokorna@mediaservis.example", None)),
)

# --- (d) a contributory organisation with its founder labelled -------------------------------
_c("d1_cs_signature_founder_region",
   _m("Dobrý den,\nprosíme o povolení natáčet ve volební noci na vašem pracovišti.\n\n"
      "S pozdravem\nJana Horáková\nRegionální muzeum Vysočiny, příspěvková organizace\n"
      "Zřizovatel: Kraj Vysočina\nIČO: 70882011\n",
      "horakova@muzeumvysociny.example"),
   REC, ("Regionální muzeum Vysočiny, příspěvková organizace", "70882011"), [],
   ("Jana Horáková", "horakova@muzeumvysociny.example", None))
_c("d2_cs_html_table_founder_row",
   _m("<p>Dobrý den, žádáme o přístup k XML výsledkům voleb.</p><table>"
      "<tr><td>Organizace</td><td>Městská knihovna Dolany, p.o.</td></tr>"
      "<tr><td>Zřizovatel</td><td>Město Dolany</td></tr>"
      "<tr><td>IČO</td><td>61403920</td></tr>"
      "<tr><td>IP adresa</td><td>198.51.100.63</td></tr></table><p>Eva Černá</p>",
      "cerna@knihovnadolany.example", html=True),
   FEED, ("Městská knihovna Dolany, p.o.", "61403920"), ["198.51.100.63"],
   ("Eva Černá", "cerna@knihovnadolany.example", None))
_c("d3_sk_founder_region",
   _m("Dobrý deň,\nGaléria mesta Brezno, príspevková organizácia, zriaďovateľ: Banskobystrický "
      "samosprávny kraj, IČO 00026441, žiada o povolenie nakrúcať vo volebnú noc.\nZuzana Hrubá",
      "hruba@galeriabrezno.example"),
   REC, ("Galéria mesta Brezno, príspevková organizácia", "00026441"), [],
   ("Zuzana Hrubá", "hruba@galeriabrezno.example", None))
_c("d4_cs_town_applies_names_its_po_neg",
   _m("Dobrý den,\nměsto Dolany, IČO 07326114, zřizovatel Městské knihovny Dolany, p.o., žádá o "
      "přístup k XML výsledkům voleb z adresy 203.0.113.64.\nKarel Beneš, starosta",
      "benes@dolany.example"),
   FEED, ("Město Dolany", "07326114"), ["203.0.113.64"],
   ("Karel Beneš", "benes@dolany.example", None))

# --- (e) a one-person outlet: the writer applies ---------------------------------------------
_c("e1_sk_pisem_blog",
   _m("Dobrý deň,\npíšem blog Čísla z volieb, som súkromná osoba bez IČO. Prosím o prístup k XML "
      "výsledkom volieb z adresy 198.51.100.19.\nMiroslav Sedlák",
      "miro@cislazvolieb.example", subject="Blog Čísla z volieb - prístup k dátam"),
   FEED, ("Miroslav Sedlák", None), ["198.51.100.19"],
   ("Miroslav Sedlák", "miro@cislazvolieb.example", None))
_c("e2_de_privat_blog",
   _m("Guten Tag,\nich betreibe privat den Blog Wahlzahlen und bitte um Zugang zum XML-Feed der "
      "Wahlergebnisse von 203.0.113.27 aus.\n\nFelix Braun",
      "felix@wahlzahlen.example", subject="Blog Wahlzahlen – Datenzugang"),
   FEED, ("Felix Braun", None), ["203.0.113.27"], ("Felix Braun", "felix@wahlzahlen.example", None))
_c("e3_cs_signature_blog_line",
   _m("Dobrý den,\nrád bych požádal o přístup k XML výsledkům voleb z adresy 192.0.2.45, data "
      "zpracovávám sám pro svůj blog.\n\nVít Kopecký\nblog Volební mapa Moravy",
      "vit@volebnimapa.example"),
   FEED, ("Vít Kopecký", None), ["192.0.2.45"], ("Vít Kopecký", "vit@volebnimapa.example", None))
_c("e4_cs_colleague_blog_neg",
   _m("Dobrý den,\nnáš kolega píše blog Volby v datech; žádá ale vydavatelství Deník Podhoří "
      "s.r.o., IČO 28119541, o přístup k XML výsledkům z adresy 203.0.113.47.\nIrena Válková",
      "valkova@denikpodhori.example", subject="Blog Volby v datech"),
   FEED, ("Deník Podhoří s.r.o.", "28119541"), ["203.0.113.47"],
   ("Irena Válková", "valkova@denikpodhori.example", None))

# --- (f) names typed all in lower case -------------------------------------------------------
_c("f1_pl_pozdrawiam_lower",
   _m("dzien dobry\nprosimy o dostep do xml z wynikami wyborow, serwer 198.51.100.36\n"
      "pozdrawiam\nanna kowalczyk\n", "anna.kowalczyk@gazetapolnocna.example"),
   FEED, (None, None), ["198.51.100.36"],
   ("anna kowalczyk", "anna.kowalczyk@gazetapolnocna.example", None))
_c("f2_de_gruss_lower",
   _m("hallo\nwir brauchen den xml feed der wahlergebnisse, ip 203.0.113.38\ngruss\nmarkus weber\n",
      "m.weber@lokalblatt.example"),
   FEED, (None, None), ["203.0.113.38"], ("markus weber", "m.weber@lokalblatt.example", None))
_c("f3_cs_databox_lower_signoff_one_line",
   data_message("xml volby", text_file(
       "zadost.txt",
       "dobry den, chceme pristup k xml vysledkum voleb, server 192.0.2.92. "
       "s pozdravem jan dvorak\n"), dm_sender="Dvořák Media s.r.o.", sender="dv7m3qa"),
   FEED, ("Dvořák Media s.r.o.", None), ["192.0.2.92"], ("jan dvorak", None, None),
   box="dv7m3qa")
_c("f4_cs_lower_redakce_neg",
   _m("dobry den\nchceme xml s vysledky voleb, ip 203.0.113.93\ndiky moc\nredakce zpravodaje\n",
      "redakce@zpravodaj.example"),
   FEED, (None, None), ["203.0.113.93"], (None, "redakce@zpravodaj.example", None))

# --- (g) request types (scored on the request types only) ------------------------------------
def _g(key: str, text: str, types: list[str]) -> None:
    CASES[key] = (_m(text, "redakce@zpravy.example", "Eva Kramná"),
                  label(types, (None, None, None), [], [], (None, None, None)))


_g("g1_pl_redakcja_chcialaby_poprosic",
   "Dzień dobry,\nRedakcja Kuriera Beskidzkiego chciałaby poprosić o dostęp do wyników wyborów w "
   "formacie XML, serwer 198.51.100.11.\nEwa Nowak", FEED)
_g("g2_it_vorremmo_girare",
   "Buongiorno,\nvorremmo girare alcune immagini presso il vostro centro la notte delle elezioni."
   "\nCordiali saluti\nMarco Rossi", REC)
_g("g3_cs_bez_natáčení",
   "Dobrý den,\nžádáme o přístup k XML výsledkům voleb ze serveru 192.0.2.10. Bez natáčení, "
   "jen data.\nEva Kramná", FEED)
_g("g4_de_ohne_filmaufnahmen",
   "Guten Tag,\nwir beantragen den Zugang zum XML-Feed der Wahlergebnisse (Server 203.0.113.10), "
   "ohne Filmaufnahmen.\nEva Kramná", FEED)
_g("g5_de_xml_spaeter",
   "Guten Tag,\nwir möchten in der Wahlnacht bei Ihnen filmen. Den XML-Zugang beantragen wir "
   "später.\nEva Kramná", REC)
_g("g6_pl_xml_pozniej",
   "Dzień dobry,\nchcielibyśmy filmować w noc wyborczą w Państwa punkcie. O dostęp do XML "
   "wystąpimy później.\nEwa Nowak", REC)
_g("g7_fr_tournage_puis_sans_neg",
   "Bonjour,\nnous souhaitons tourner des images la nuit des élections et demandons aussi l'accès "
   "au flux XML depuis 198.51.100.12, sans autre demande.\nEva Kramná", BOTH)

# --- (h) "correspondence to me": the writer is the contact -----------------------------------
_c("h1_de_korrespondenz_an_mich",
   _m("Guten Tag,\ndie Nordblick Verlag GmbH beantragt den Zugang zum XML-Feed der "
      "Wahlergebnisse, Server 198.51.100.84. Die Korrespondenz bitte an mich.\n\nLaura Fuchs\n"
      "fuchs@nordblick.example", "sekretariat@nordblick.example", "Sekretariat"),
   FEED, ("Nordblick Verlag GmbH", None), ["198.51.100.84"],
   ("Laura Fuchs", "fuchs@nordblick.example", None))
_c("h2_pl_korespondencje_do_mnie",
   _m("Dzień dobry,\nWydawnictwo Zachód sp. z o.o. prosi o dostęp do wyników wyborów w XML, "
      "serwer 203.0.113.85. Korespondencję proszę kierować do mnie.\n\nKarolina Wójcik\n"
      "wojcik@zachod.example", "biuro@zachod.example", "Biuro"),
   FEED, ("Wydawnictwo Zachód sp. z o.o.", None), ["203.0.113.85"],
   ("Karolina Wójcik", "wojcik@zachod.example", None))
_c("h3_cs_faktura_na_me_neg",
   _m("Dobrý den,\nVydavatelství Brod s.r.o. (IČO 04703316) žádá o přístup k XML výsledkům "
      "z adresy 192.0.2.86. Kontaktní osoba: Tomáš Hlaváč, hlavac@brod.example. Fakturu prosím "
      "pošlete na mě.\n\nMarie Svobodová, účtárna\nsvobodova@brod.example",
      "svobodova@brod.example", "Marie Svobodová"),
   FEED, ("Vydavatelství Brod s.r.o.", "04703316"), ["192.0.2.86"],
   ("Tomáš Hlaváč", "hlavac@brod.example", None))
_c("h4_cs_pdf_korespondence_mne",
   _m("Dobrý den, v příloze žádost.\nSekretariát", "sekretariat@vltavskylist.example", "",
      attachment("zadost.pdf", pdf_bytes([
          "Vltavský list a.s. žádá o přístup k XML výsledkům voleb.",
          "IP adresa: 198.51.100.87",
          "Veškerou korespondenci prosím zasílejte mně.",
          "Ing. Radek Novotný, novotny@vltavskylist.example"]))),
   FEED, ("Vltavský list a.s.", None), ["198.51.100.87"],
   ("Radek Novotný", "novotny@vltavskylist.example", None))

XFAIL: dict[str, str] = {
    "c4_en_agency_applies_itself_neg": (
        "IPs: an attached supplier's message labelling the address 'your server:' gives no "
        "production address (none read; nothing wrong is certain)"
    ),
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label, request: pytest.FixtureRequest) -> None:
    got = misses(p, want)
    if request.node.callspec.id.startswith("g"):
        got = [m for m in got if m.startswith("request_types")]
    assert got == []
