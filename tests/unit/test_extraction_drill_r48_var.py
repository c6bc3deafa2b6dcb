"""A blind drill, forty-eighth round (issue 18): do the forty-seventh round's fixes generalise?
Variants of its just-fixed classes in other languages, layouts and positions, with near misses.

(a) a foreign applicant's national number read in the country of its postcode and town, of the
place it is based in or of a one-country legal form; (b) a national number in a text plainly
written in another language, read in that language's plan; (c) names typed all in lower case;
(d) contact changes (a new contact, a changed e-mail, a bilingual label, a nickname under a
forwarded mail); (e) addresses (a last-octet list, an IPv6 range, a replacing verb with words
between, a try-out verb that is no test cue); (f) request types (a conditional wish, Romance
filming verbs, "without filming", a request put off to later); (g) a cover setting right a
mistyped address, a note asking the office to answer the forwarded writer directly. Every
message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import docx_bytes, pdf_bytes, xlsx_bytes
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str = "", *extra: Component, html: bool = False,
       subject: str = "Žádost") -> ParsedMessage:
    part = html_body(text) if html else body(text)
    return mail(part, *extra, subject=subject, sender=sender, sender_name=name)


def _c(key: str, msg: ParsedMessage, types: list[str], org: tuple[str | None, str | None],
       prod: list[str], contact: tuple[str | None, str | None, str | None],
       test: list[str] | None = None, box: str | None = None) -> None:
    CASES[key] = (msg, label(types, (org[0], org[1], box), prod, test or [], contact))


# --- (a) a foreign national number read in the country of the writer's place ------------------
_c("a1_hu_en_budapest_postcode",
   _m("Dear Sir or Madam,\n\nwe would like access to the XML election results from "
      "198.51.100.21.\n\nMobile: 06 30 412 5567\n\nBest regards,\nSzabó Katalin\n"
      "Pesti Hírlap Kft.\nNádor utca 5, 1051 Budapest\n",
      "szabo.katalin@pestihirlap.example", "Szabó Katalin"),
   FEED, ("Pesti Hírlap Kft.", None), ["198.51.100.21"],
   ("Szabó Katalin", "szabo.katalin@pestihirlap.example", "+36304125567"))
_c("a2_fr_en_based_in_lyon",
   _m("Hello,\n\nwe are an independent newsroom based in Lyon and would like access to the "
      "election results feed from 203.0.113.41.\n\nYou can reach me on 06 12 48 93 27.\n\n"
      "Thanks,\nJulien Garnier\nRhône Data\n",
      "julien@rhonedata.example", "Julien Garnier"),
   FEED, ("Rhône Data", None), ["203.0.113.41"],
   ("Julien Garnier", "julien@rhonedata.example", "+33612489327"))
_c("a3_pl_pdf_signature_spzoo",
   _m("Good morning, please find our application attached.\nPiotr Mazur",
      "p.mazur@radiowisla.example", "Piotr Mazur",
      attachment("application.pdf", pdf_bytes([
          "Application for access to the election results (XML)",
          "Radio Wisła Sp. z o.o. applies for access from 192.0.2.91.",
          "Contact: Piotr Mazur, tel. 604 318 227",
          "Radio Wisła Sp. z o.o., ul. Mostowa 7, 80-778 Gdańsk"]))),
   FEED, ("Radio Wisła Sp. z o.o.", None), ["192.0.2.91"],
   ("Piotr Mazur", "p.mazur@radiowisla.example", "+48604318227"))
_c("a4_at_en_html_wien_postcode",
   _m("<p>Dear colleagues,</p><p>Donau Report would like to receive the XML results feed at "
      "198.51.100.66.</p><p>Phone: 0664 210 3348</p><p>Lukas Gruber<br>Donau Report GmbH<br>"
      "Praterstraße 10, 1020 Wien</p>",
      "gruber@donaureport.example", "Lukas Gruber", html=True),
   FEED, ("Donau Report GmbH", None), ["198.51.100.66"],
   ("Lukas Gruber", "gruber@donaureport.example", "+436642103348"))
_c("a5_cs_vienna_branch_neg",
   _m("Dobrý den,\nnaše redakce (máme i pobočku ve Vídni, 1020 Wien) žádá o přístup k XML "
      "výsledkům voleb z adresy 192.0.2.120.\nTelefon: 603 412 558\n\nS pozdravem\nJitka Horká\n"
      "Středoevropské listy s.r.o., Palackého 12, 602 00 Brno\n",
      "horka@stredoevropske.example", "Jitka Horká"),
   FEED, ("Středoevropské listy s.r.o.", None), ["192.0.2.120"],
   ("Jitka Horká", "horka@stredoevropske.example", "+420603412558"))
_c("a6_en_czech_company_neg",
   _m("Hello,\n\nwe would like access to the XML results feed from 203.0.113.140. We also "
      "have a partner office in Leipzig.\n\nCall me on 736 221 904.\n\nRegards,\nOndrej Cerny\n"
      "Datalab s.r.o.\nKounicova 22, 602 00 Brno\n",
      "cerny@datalab.example", "Ondrej Cerny"),
   FEED, ("Datalab s.r.o.", None), ["203.0.113.140"],
   ("Ondrej Cerny", "cerny@datalab.example", "+420736221904"))

# --- (b) a national number in a text plainly written in another language ----------------------
_c("b1_sv_ring_mig",
   _m("Hej,\n\nvi på Nordisk Valdata AB vill gärna få tillgång till valresultaten i XML-format "
      "från adressen 198.51.100.77.\n\nRing mig gärna på 070-412 36 58.\n\nMed vänliga "
      "hälsningar\nErik Lindqvist\n",
      "erik@nordiskvaldata.example", "Erik Lindqvist"),
   FEED, ("Nordisk Valdata AB", None), ["198.51.100.77"],
   ("Erik Lindqvist", "erik@nordiskvaldata.example", "+46704123658"))
_c("b2_fi_puhelin",
   _m("Hyvä vastaanottaja,\n\nhaemme pääsyä vaalitulosten XML-palvelimelle osoitteesta "
      "203.0.113.58. Hakija on Vaalidata Oy.\n\nPuhelin: 040 718 2293\n\nYstävällisin "
      "terveisin\nMikko Laine\n",
      "mikko.laine@vaalidata.example", "Mikko Laine"),
   FEED, ("Vaalidata Oy", None), ["203.0.113.58"],
   ("Mikko Laine", "mikko.laine@vaalidata.example", "+358407182293"))
_c("b3_no_docx_telefon",
   _m("Hei, søknaden ligger vedlagt.\nIngrid Berg", "ingrid@valgnytt.example", "Ingrid Berg",
      attachment("soknad.docx", docx_bytes([
          "Søknad om tilgang til valgresultatene i XML",
          "Valgnytt AS søker om tilgang fra IP-adressen 192.0.2.201.",
          "Kontaktperson: Ingrid Berg, telefon 912 34 567",
          "Med vennlig hilsen", "Ingrid Berg"]))),
   FEED, ("Valgnytt AS", None), ["192.0.2.201"],
   ("Ingrid Berg", "ingrid@valgnytt.example", "+4791234567"))
_c("b4_cs_names_swedish_partner_neg",
   _m("Dobrý den,\nve spolupráci se švédským partnerem (Nordisk Valdata AB, Stockholm) žádáme "
      "o přístup k XML výsledkům voleb z adresy 192.0.2.202.\nTelefon: 732 118 406\n\n"
      "S pozdravem\nPavla Šimková\nVolební data, z. s.\n",
      "simkova@volebnidata.example", "Pavla Šimková"),
   FEED, ("Volební data, z. s.", None), ["192.0.2.202"],
   ("Pavla Šimková", "simkova@volebnidata.example", "+420732118406"))

# --- (c) names typed all in lower case ---------------------------------------------------------
_c("c1_cs_html_lower_signoff",
   _m("<p>dobry den, prosim o pristup k xml vysledkum voleb z adresy 198.51.100.90, "
      "zadatel je Holub Media s.r.o.</p><p>s pozdravem<br>petr holub</p>",
      "holub@holubmedia.example", "", html=True),
   FEED, ("Holub Media s.r.o.", None), ["198.51.100.90"],
   ("Petr Holub", "holub@holubmedia.example", None))
_c("c2_de_lower_ansprechpartnerin",
   _m("hallo,\nwir (Rheinblick Medien GmbH) brauchen zugang zum xml-feed der wahlergebnisse "
      "von 203.0.113.92.\nansprechpartnerin: anna schmidt, 0151 2345 6789\ndanke\n",
      "redaktion@rheinblick.example", ""),
   FEED, ("Rheinblick Medien GmbH", None), ["203.0.113.92"],
   ("Anna Schmidt", "redaktion@rheinblick.example", "+4915123456789"))
_c("c3_cs_databox_lower_kontakt",
   data_message("Žádost o přístup k výsledkům voleb",
                text_file("zadost.txt",
                          "zadame o pristup k xml vysledkum voleb z adresy 192.0.2.93\n"
                          "kontakt: michal berger, berger@obecnovavas.example, 604 221 873\n"),
                sender="x7k2m9q", dm_sender="Obec Nová Ves"),
   FEED, ("Obec Nová Ves", None), ["192.0.2.93"],
   ("Michal Berger", "berger@obecnovavas.example", "+420604221873"), box="x7k2m9q")
_c("c4_cs_lower_team_signoff_neg",
   _m("dobry den,\nprosime o pristup k xml vysledkum z adresy 198.51.100.94 pro Zpravy Jih "
      "s.r.o.\ndiky\nvas datovy tym\n",
      "ivana.kopecka@zpravyjih.example", "Ivana Kopecka"),
   FEED, ("Zpravy Jih s.r.o.", None), ["198.51.100.94"],
   ("Ivana Kopecka", "ivana.kopecka@zpravyjih.example", None))

# --- (d) contact changes -----------------------------------------------------------------------
_c("d1_hu_uj_kapcsolattarto",
   _m("Tisztelt Hivatal!\n\nA Dunai Napló Kft. tegnapi kérelméhez (XML választási eredmények, "
      "192.0.2.140) kiegészítés: kapcsolattartónk mostantól Tóth Anna "
      "(toth.anna@dunainaplo.example).\n\nÜdvözlettel\nKiss Gábor\n",
      "kiss.gabor@dunainaplo.example", "Kiss Gábor"),
   FEED, ("Dunai Napló Kft.", None), ["192.0.2.140"],
   ("Tóth Anna", "toth.anna@dunainaplo.example", None))
_c("d2_sk_email_zmenil",
   _m("Dobrý deň,\ndoplňujem našu žiadosť o prístup k XML výsledkom volieb z adresy "
      "198.51.100.141 (Týždeň v regióne s.r.o.): moja e-mailová adresa sa zmenila na "
      "m.hudec@tyzdenvregione.example, starú prosím nepoužívajte.\n\nMarek Hudec\n",
      "hudec.marek@oldmail.example", "Marek Hudec"),
   FEED, ("Týždeň v regióne s.r.o.", None), ["198.51.100.141"],
   ("Marek Hudec", "m.hudec@tyzdenvregione.example", None))
_c("d3_cs_bilingual_label_plain",
   _m("Dobrý den / Hello,\nžádáme o přístup k XML výsledkům voleb / we apply for the XML "
      "results feed.\nOrganizace / Organisation: Open Count z. s.\nIP: 203.0.113.142\n"
      "Kontaktní osoba / Contact person: Ondřej Vacek\nTelefon / Phone: 605 337 120\n",
      "info@opencount.example", ""),
   FEED, ("Open Count z. s.", None), ["203.0.113.142"],
   ("Ondřej Vacek", "info@opencount.example", "+420605337120"))
_c("d4_en_forward_nickname_signature",
   _m("Hi, forwarding Robert's request as discussed.\nLucie\n\n"
      "---------- Forwarded message ---------\n"
      "From: Robert Hill <robert.hill@hillreports.example>\nDate: Tue, 9 Sep 2025 at 10:02\n"
      "Subject: XML feed\nTo: Lucie Dvořáková <dvorakova@agentura.example>\n\n"
      "Hello,\nHill Reports Ltd would like access to the XML results feed from 192.0.2.143.\n"
      "Thanks,\nBob\n",
      "dvorakova@agentura.example", "Lucie Dvořáková"),
   FEED, ("Hill Reports Ltd", None), ["192.0.2.143"],
   ("Robert Hill", "robert.hill@hillreports.example", None))
_c("d5_en_invoice_to_colleague_neg",
   _m("Hello,\n\nMetro Pulse Ltd would like access to the XML results feed from 198.51.100.144."
      "\nPlease send the invoice to my colleague Jane Porter (accounts@metropulse.example).\n\n"
      "Best,\nOliver Stone\nMetro Pulse Ltd\n",
      "oliver@metropulse.example", "Oliver Stone"),
   FEED, ("Metro Pulse Ltd", None), ["198.51.100.144"],
   ("Oliver Stone", "oliver@metropulse.example", None))

# --- (e) addresses -----------------------------------------------------------------------------
_c("e1_en_last_octet_list",
   _m("Hello,\n\nNorth Line Media Ltd applies for the XML results feed.\nProduction servers: "
      "203.0.113.50, 51 and 52\nTest server: 203.0.113.60\n\nAmy Ford\n",
      "amy@northline.example", "Amy Ford"),
   FEED, ("North Line Media Ltd", None), ["203.0.113.50", "203.0.113.51", "203.0.113.52"],
   ("Amy Ford", "amy@northline.example", None), test=["203.0.113.60"])
_c("e2_pl_xlsx_last_octets",
   _m("Dzień dobry, w załączniku wniosek.\nKarol Wiśniewski", "k.wisniewski@portalpn.example",
      "Karol Wiśniewski",
      attachment("wniosek.xlsx", xlsx_bytes([
          ["Wnioskodawca", "Portal Północ Sp. z o.o."],
          ["Adresy produkcyjne", "192.0.2.10, 11 i 12"],
          ["Adres testowy", "192.0.2.20"],
          ["Kontakt", "Karol Wiśniewski"]]))),
   FEED, ("Portal Północ Sp. z o.o.", None), ["192.0.2.10", "192.0.2.11", "192.0.2.12"],
   ("Karol Wiśniewski", "k.wisniewski@portalpn.example", None), test=["192.0.2.20"])
_c("e3_de_ipv6_range_bis",
   _m("Guten Tag,\n\ndie Alpenblick Verlag GmbH beantragt den Zugang zum XML-Feed.\n"
      "Produktion: 2001:db8:5::20 bis ::22\nTest: 2001:db8:5::30\n\nMfG\nSabine Huber\n",
      "huber@alpenblick.example", "Sabine Huber"),
   FEED, ("Alpenblick Verlag GmbH", None), ["2001:db8:5::20", "2001:db8:5::21", "2001:db8:5::22"],
   ("Sabine Huber", "huber@alpenblick.example", None), test=["2001:db8:5::30"])
_c("e4_de_ersetzt_words_between",
   _m("Guten Tag,\n\nzu unserem Antrag (Weserkurier Digital GmbH, XML-Feed): die Adresse "
      "203.0.113.9 ersetzt ab dem 1. Oktober wie besprochen die bisherige Adresse 203.0.113.8.\n\n"
      "Viele Grüße\nTim Becker\n",
      "becker@weserkurier.example", "Tim Becker"),
   FEED, ("Weserkurier Digital GmbH", None), ["203.0.113.9"],
   ("Tim Becker", "becker@weserkurier.example", None))
_c("e5_sk_vyskusat_production",
   _m("Dobrý deň,\nradi by sme vyskúšali váš XML feed s výsledkami volieb. Naša produkčná "
      "adresa je 198.51.100.61.\nS pozdravom\nLucia Bieliková\nRegión Dnes s.r.o.\n",
      "bielikova@regiondnes.example", "Lucia Bieliková"),
   FEED, ("Región Dnes s.r.o.", None), ["198.51.100.61"],
   ("Lucia Bieliková", "bielikova@regiondnes.example", None))
_c("e6_pl_wyprobowac_then_test_neg",
   _m("Dzień dobry,\nchcielibyśmy wypróbować feed XML z wynikami wyborów. Serwer produkcyjny: "
      "192.0.2.62, serwer testowy: 192.0.2.63.\nPozdrawiam\nAnna Kamińska\nWyborcza Mapa "
      "Sp. z o.o.\n",
      "kaminska@wyborczamapa.example", "Anna Kamińska"),
   FEED, ("Wyborcza Mapa Sp. z o.o.", None), ["192.0.2.62"],
   ("Anna Kamińska", "kaminska@wyborczamapa.example", None), test=["192.0.2.63"])

# --- (f) request types -------------------------------------------------------------------------
_c("f1_cs_spolek_by_rad_pozadal_rec",
   _m("Dobrý den,\nnáš spolek by rád požádal o povolení natáčet ve volební místnosti ve "
      "sčítacím středisku v Kolíně.\nS pozdravem\nRadek Mašek\nKolínský zpravodaj, z. s.\n",
      "masek@kolinsky.example", "Radek Mašek"),
   REC, ("Kolínský zpravodaj, z. s.", None), [],
   ("Radek Mašek", "masek@kolinsky.example", None))
_c("f2_pt_gostariamos_de_filmar",
   _m("Bom dia,\n\na nossa equipa gostaria de filmar no centro de contagem na noite das "
      "eleições e pedimos também acesso aos resultados em XML a partir de 203.0.113.71.\n\n"
      "Cumprimentos,\nJoão Ferreira\nLusa Vídeo Lda.\n",
      "joao@lusavideo.example", "João Ferreira"),
   BOTH, ("Lusa Vídeo Lda.", None), ["203.0.113.71"],
   ("João Ferreira", "joao@lusavideo.example", None))
_c("f3_pl_bez_nagrywania",
   _m("Dzień dobry,\nprosimy o dostęp do wyników wyborów w XML z adresu 198.51.100.72, bez "
      "nagrywania.\nPozdrawiam\nTomasz Lis\nGłos Regionu Sp. z o.o.\n",
      "lis@glosregionu.example", "Tomasz Lis"),
   FEED, ("Głos Regionu Sp. z o.o.", None), ["198.51.100.72"],
   ("Tomasz Lis", "lis@glosregionu.example", None))
_c("f4_hu_forgatas_nelkul",
   _m("Tisztelt Hivatal!\n\nA Tiszai Hírek Kft. hozzáférést kér az XML választási "
      "eredményekhez a 192.0.2.73 címről, forgatás nélkül.\n\nÜdvözlettel\nNémeth Péter\n",
      "nemeth@tiszaihirek.example", "Németh Péter"),
   FEED, ("Tiszai Hírek Kft.", None), ["192.0.2.73"],
   ("Németh Péter", "nemeth@tiszaihirek.example", None))
_c("f5_cs_nataceni_pozdeji",
   _m("Dobrý den,\nžádáme o přístup k XML výsledkům voleb z adresy 203.0.113.74. O povolení "
      "k natáčení požádáme až později zvlášť.\nS pozdravem\nKlára Veselá\nRegion Plus s.r.o.\n",
      "vesela@regionplus.example", "Klára Veselá"),
   FEED, ("Region Plus s.r.o.", None), ["203.0.113.74"],
   ("Klára Veselá", "vesela@regionplus.example", None))
_c("f6_de_drehen_ja_neg",
   _m("Guten Tag,\nwir beantragen den XML-Feed (198.51.100.75) und möchten außerdem am "
      "Wahlabend im Zählzentrum drehen.\nGrüße\nPaul Wagner\nElbe TV GmbH\n",
      "wagner@elbetv.example", "Paul Wagner"),
   BOTH, ("Elbe TV GmbH", None), ["198.51.100.75"],
   ("Paul Wagner", "wagner@elbetv.example", None))

# --- (g) a cover setting right an address; answer the forwarded writer directly ---------------
_c("g1_sk_cover_docx_table_spravne",
   _m("Dobrý deň,\nv prílohe posielam žiadosť. Vo formulári je preklep: namiesto "
      "198.51.100.1300 má byť správne 198.51.100.130.\nJana Vlková\n",
      "vlkova@spravyzvychodu.example", "Jana Vlková",
      attachment("ziadost.docx", docx_bytes([
          "Žiadosť o prístup k výsledkom volieb (XML)",
          "Žiadateľ: Správy z východu s.r.o.",
          [["Produkčné IP", "198.51.100.129, 198.51.100.1300"], ["Testovacia IP", "198.51.100.140"]],
          "Kontakt: Jana Vlková"]))),
   FEED, ("Správy z východu s.r.o.", None), ["198.51.100.129", "198.51.100.130"],
   ("Jana Vlková", "vlkova@spravyzvychodu.example", None), test=["198.51.100.140"])
_c("g2_sk_odpovedzte_priamo_jej",
   _m("Dobrý deň,\nposielam ďalej žiadosť fotografky Evy Lukáčovej, my sami nič nežiadame. "
      "Odpovedzte prosím priamo jej.\nMartin Oravec\n\n"
      "---------- Forwarded message ---------\n"
      "From: Eva Lukáčová <eva@lukacovafoto.example>\nDate: Tue, 9 Sep 2025 at 09:40\n"
      "Subject: Povolenie na fotenie\nTo: Martin Oravec <oravec@agentura.example>\n\n"
      "Dobrý deň,\nrada by som nakrúcala v sčítacom stredisku počas volebnej noci.\n"
      "Tel. 0905 412 733\nEva Lukáčová\n",
      "oravec@agentura.example", "Martin Oravec"),
   REC, ("Eva Lukáčová", None), [],
   ("Eva Lukáčová", "eva@lukacovafoto.example", "+421905412733"))


XFAIL: dict[str, str] = {
    "d1_hu_uj_kapcsolattarto": "contact: a Hungarian contact sentence without a copula ('kiegészítés: "
    "kapcsolattartónk mostantól Tóth Anna (…)') is not read; since 'Üdvözlettel' opens the signature "
    "(r55 var) its signer is taken instead (flagged); before, the name beside the e-mail was",
    "b4_cs_names_swedish_partner_neg": "organisation: a foreign partner named in brackets in a "
    "Czech request ('ve spolupráci se švédským partnerem (X AB)') is taken for the applicant "
    "over the writer's own signed 'z. s.' (flagged, not certain)",
    "e4_de_ersetzt_words_between": "addresses: 'A ersetzt ab dem 1. Oktober wie besprochen die "
    "bisherige Adresse B' - more than four words and a date between the verb and the replaced "
    "address; B kept (flagged, not certain)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r48_var(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
