"""IP addresses and their uses: probes written unlike the corpus (issue 18, round ten b).

Each probe is a short application (or a fragment of one) as another hand writes it - other
sentence shapes, word order, punctuation, lists and tables, languages - with the reading a
careful officer gives it: the production and the test addresses.
"""

from __future__ import annotations

import pytest

from intake.model import ComponentRole, ParsedMessage
from tests.unit.extraction_helpers import body, data_message, extract, mail, text_file

A, B, C, D = "198.51.100.41", "198.51.100.42", "198.51.100.49", "198.51.100.50"
E, F, G = "192.0.2.20", "192.0.2.21", "192.0.2.22"
H, K = "203.0.113.70", "203.0.113.71"
V6A, V6B = "2001:db8::10", "2001:db8::20"

PROBES: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = [
    # --- a role phrase between addresses applies to those after it ---
    ("en-mid", f"We ask for access from {A} and {B} and, for testing, from {C}.", (A, B), (C,)),
    ("cs-mid", f"Žádáme o přístup z adres {A} a {B} a pro testování z adresy {C}.", (A, B), (C,)),
    ("de-mid", f"Wir bitten um Zugang von {A} und {B} sowie, für Tests, von {C}.", (A, B), (C,)),
    ("it-mid", f"Chiediamo l'accesso dagli indirizzi {A} e {B} e, per le prove, "
               f"dall'indirizzo {C}.", (A, B), (C,)),
    ("sk-mid", f"Prosíme o prístup z adries {A} a {B}, na testovanie z adresy {C}.", (A, B), (C,)),
    ("pl-mid", f"Prosimy o dostęp z adresów {A} i {B}, a do testów z adresu {C}.", (A, B), (C,)),
    ("nl-mid", f"Wij vragen toegang vanaf {A} en {B} en, voor tests, vanaf {C}.", (A, B), (C,)),
    ("fr-mid", f"Nous demandons l'accès depuis {A} et {B} et, pour les essais, depuis {C}.",
     (A, B), (C,)),
    ("es-mid", f"Solicitamos acceso desde {A} y {B} y, para pruebas, desde {C}.", (A, B), (C,)),
    ("cs-dash-mid", f"Přístup prosíme pro {A}, {B} a – pro testy – {C}.", (A, B), (C,)),
    ("en-as-test-machine", f"Access from {A} and {B}, with {C} as our test machine.",
     (A, B), (C,)),
    ("en-as-well-as", f"Please allow {A}, {B} as well as the test address {C}.", (A, B), (C,)),
    ("cs-nodiac-mid", f"Prosime o pristup z {A} a {B}, pro testovani pak z {C}.", (A, B), (C,)),
    # --- other word orders; a name that holds a use word ---
    ("cs-no-test-needed", f"Testovací adresu nepotřebujeme; produkce: {E}", (E,), ()),
    ("en-same-both", f"Production and test use the same address, {E}.", (E,), (E,)),
    ("cs-testovat-zacneme", f"Testovat začneme v prosinci z adresy {F}.", (), (F,)),
    ("de-als-test", f"Als Testadresse dient {F}, produktiv nutzen wir {E}.", (E,), (F,)),
    ("pl-testowo-a", f"Testowo będziemy łączyć się z {F}, a produkcyjnie z {E}.", (E,), (F,)),
    ("sk-prevadzka", f"Ostrá prevádzka pôjde z {E}, testy z {F}.", (E,), (F,)),
    ("cs-ostrava-test", f"Rádio Ostrava žádá pro testování o adresu {F}.", (), (F,)),
    ("en-no-test-semicolon", f"We need no test address; production: {E}", (E,), ()),
    ("sk-netreba", f"Testovaciu adresu netreba; ostrá: {E}", (E,), ()),
    ("cs-ostrov-test", f"Redakce Deníku Ostrov žádá pro testování o adresu {F}.", (), (F,)),
    ("sk-ostrava-ostra", f"Televízia Ostrava, ostrá adresa {E}, testovacia {F}", (E,), (F,)),
    ("en-testfm-name", f"TestFM Radio asks for access from {E}.", (E,), ()),
    ("cs-protest", f"Redakce Protest žádá o přístup z adresy {E}.", (E,), ()),
    # --- role words after the addresses, order and "respectively" ---
    ("en-respectively", f"Our production and test servers are {H} and {K}, respectively.",
     (H,), (K,)),
    ("cs-poradi", f"Ostrý a testovací server mají adresy {H} a {K} (v uvedeném pořadí).",
     (H,), (K,)),
    ("pl-odpowiednio", f"Serwery produkcyjny i testowy mają adresy {H} i {K}, odpowiednio.",
     (H,), (K,)),
    ("cs-resp", f"Produkční resp. testovací adresa: {H} resp. {K}", (H,), (K,)),
    ("en-latter", f"Please allow {E} and {F}, the latter for testing only.", (E,), (F,)),
    ("cs-druha", f"Povolte prosím {E} a {F}, přičemž ta druhá slouží jen k testování.",
     (E,), (F,)),
    ("en-test-first", f"For testing we will use {E}; live traffic comes from {F}.", (F,), (E,)),
    ("en-while", f"Test IP is {E} while production IPs are {F} and {G}.", (F, G), (E,)),
    # --- one address per line, the role at its end; dashes and parentheses ---
    ("cs-dash-lines", f"{E} – produkce\n{F} – test", (E,), (F,)),
    ("en-paren-lines", f"{E} (live)\n{F} (staging)", (E,), (F,)),
    ("cs-word-lines", f"{E} produkce\n{F} produkce\n{G} test", (E, F), (G,)),
    ("de-lines", f"{E}  Produktivsystem\n{F}  Testsystem", (E,), (F,)),
    # --- lists ---
    ("cs-numbered", f"1) produkční: {E}\n2) testovací: {F}", (E,), (F,)),
    ("en-semicolons", f"production: {E}; {F}; test: {G}", (E, F), (G,)),
    ("en-bullets", f"Addresses:\n• {E} – prod\n• {F} – prod\n• {G} – test", (E, F), (G,)),
    ("en-dash-groups", f"Production – {E}, {F}; test – {G}", (E, F), (G,)),
    ("cs-nodiac-labels", f"Testovaci adresa: {E}, ostra: {F}", (F,), (E,)),
    ("en-note-last", f"Our IPs:\n{E}\n{F}\n{G}\nThe last one is only for testing.", (E, F), (G,)),
    ("de-note-zweite", f"Adressen:\n{E}\n{F}\nDie zweite ist unser Testserver.", (E,), (F,)),
    ("sk-note-prva", f"IP adresy:\n{E}\n{F}\nPrvá je testovacia.", (F,), (E,)),
    ("cs-note-none", f"Adresy:\n{E}\n{F}\nDruhá strana smlouvy je ČSÚ.", (E, F), ()),
    # --- tables ---
    ("cs-table-column", f"IP adresa | Účel\n{E} | ostrý provoz\n{F} | testování", (E,), (F,)),
    ("en-table-header", f"Production\tTest\n{E}\t{F}", (E,), (F,)),
    ("es-slash", f"Producción: {E} / Pruebas: {F}", (E,), (F,)),
    ("hu-labels", f"Éles: {E}, teszt: {F}", (E,), (F,)),
    ("de-labels", f"Produktiv: {E}, Test: {F}", (E,), (F,)),
    # --- more tables, pairs and wrapped lines ---
    ("en-tab-role-last", f"Address\tNote\n{E}\tlive feed\n{F}\tQA only", (E,), (F,)),
    ("de-pair-label", f"IP-Adressen (Produktion/Test): {E} / {F}", (E,), (F,)),
    ("cs-both-label", f"Produkce + test: {E}", (E,), (E,)),
    ("cs-wrapped-mid", f"Žádáme o přístup z adres {E} a {F} a pro\ntestování z adresy {G}.",
     (E, F), (G,)),
    ("en-wrapped-mid", f"We ask for access from {E} and {F} and, for\ntesting, from {G}.",
     (E, F), (G,)),
    ("en-heading-blank", f"Production addresses:\n\n{E}\n{F}\n\nTest address:\n\n{G}",
     (E, F), (G,)),
    # --- a use denied for an address ---
    ("cs-neni-testovaci", f"Adresa {E} není testovací, jde o ostrý provoz.", (E,), ()),
    ("en-not-for-testing", f"{E} is not for testing - it is our live server.", (E,), ()),
    ("de-keine-test", f"{E} ist keine Testadresse, sondern unser Produktivsystem.", (E,), ()),
    ("en-not-test-short", f"Address {E} (not a test one).", (E,), ()),
    ("cs-nikoli-test", f"Povolte {E} - nikoli pro testy, ale pro ostrý provoz.", (E,), ()),
    ("en-only-prod-no-test", f"Only production, no testing: {E}", (E,), ()),
    ("cs-ne-test-ale", f"Prosíme ne o testovací, ale o ostrou adresu {E}.", (E,), ()),
    ("pl-nie-testowy", f"Adres {E} nie jest testowy, to serwer produkcyjny.", (E,), ()),
    ("it-non-prova", f"L'indirizzo {E} non è di prova ma di produzione.", (E,), ()),
    ("es-no-pruebas", f"{E} no es para pruebas, es el servidor de producción.", (E,), ()),
    ("en-not-prod", f"{F} is not production, it is our test box.", (), (F,)),
    ("cs-neni-ostra", f"Adresa {F} není ostrá, je jen testovací.", (), (F,)),
    ("en-not-only-test", f"{E} is not only for testing but also for the live service.",
     (E,), (E,)),
    ("de-nicht-nur", f"{E} dient nicht nur zum Testen, sondern auch dem Livebetrieb.",
     (E,), (E,)),
    ("cs-nejen", f"Adresa {E} slouží nejen k testování, ale také pro ostrý provoz.", (E,), (E,)),
    # --- ranges, masks, ports, IPv6 ---
    ("cs-cidr", "Produkční rozsah: 198.51.100.64/30",
     ("198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"), ()),
    ("cs-range-words", "Ostrý provoz: 198.51.100.50 až 198.51.100.52",
     ("198.51.100.50", "198.51.100.51", "198.51.100.52"), ()),
    ("en-mask", "Production network 192.0.2.8 netmask 255.255.255.252",
     ("192.0.2.8", "192.0.2.9", "192.0.2.10", "192.0.2.11"), ()),
    ("en-port", f"Production: {E}:443, test: {F}:8443", (E,), (F,)),
    ("en-v6", f"Production: {V6A}, test: {V6B}", (V6A,), (V6B,)),
    ("en-v6-bracket", f"Production server [{V6A}]:443, test server [{V6B}]:443", (V6A,), (V6B,)),
    ("en-port-word", f"Production {E} port 443, test {F} port 8443", (E,), (F,)),
    ("de-tcp", f"Produktiv: {E}:443/tcp; Test: {F}:443/tcp", (E,), (F,)),
    ("sk-rozsah-maska", "Ostrá prevádzka: sieť 192.0.2.32 s maskou 255.255.255.252",
     ("192.0.2.32", "192.0.2.33", "192.0.2.34", "192.0.2.35"), ()),
    ("pl-zakres", "Adresy produkcyjne: 198.51.100.20-198.51.100.22",
     ("198.51.100.20", "198.51.100.21", "198.51.100.22"), ()),
    ("en-v6-cidr-test", "Test network: 2001:db8::/127", (), ("2001:db8::", "2001:db8::1")),
    ("cs-ico-digits", f"IČO 123.45.678, ostrá adresa {E}", (E,), ()),
    ("en-time-date", f"From 1.12.2024 10.30 we will use {E} for production.", (E,), ()),
    # --- things that are not addresses ---
    ("cs-version", f"Používáme klienta verze 2.1.0.4. Přístup prosíme z adresy {E}.", (E,), ()),
    ("en-oid", f"Certificate policy OID 1.3.6.1.4.1.311. Access from {E}.", (E,), ()),
    ("cs-date-phone", f"Dne 12.10.2023 jsme podali žádost, tel. 602.123.456. Adresa: {E}.",
     (E,), ()),
    ("en-url", f"We will read https://volby.example/xml from {E}.", (E,), ()),
    # --- the same principle in other wording: a role opened between addresses ---
    ("es-mid-solo", f"Acceso desde {E} y, solo para pruebas, {F}.", (E,), (F,)),
    ("cs-dale", f"Prosíme o {E}, {F} a dále pro testovací účely {G}.", (E, F), (G,)),
    ("en-plus-box", f"From {E} plus a test box at {F}.", (E,), (F,)),
    ("de-ausserdem", f"Von {E} und {F} - zum Testen außerdem {G}.", (E, F), (G,)),
    ("it-piu", f"Da {E} e {F} e, solo per i test, da {G}.", (E, F), (G,)),
    ("pl-testowo", f"Z adresów {E} oraz {F}, a testowo z {G}.", (E, F), (G,)),
    ("hu-pedig", f"A {E} és a {F} címről, tesztelésre pedig a {G} címről.", (E, F), (G,)),
    ("en-and-also", f"Please enable {E} and {F} and also, for our QA tests, {G}.", (E, F), (G,)),
    ("sk-a-tiez", f"Povoľte {E} a {F} a tiež, na testy, {G}.", (E, F), (G,)),
    ("cs-paren-mid", f"Povolte {E}, {F} a (testovací) {G}.", (E, F), (G,)),
    ("en-semicolon-mid", f"From {E} and {F}; for testing, {G}.", (E, F), (G,)),
    ("de-zusaetzlich", f"Von {E} und {F}, zusätzlich für Testzwecke {G}.", (E, F), (G,)),
    ("en-last-one", f"From {E}, {F} and {G}, the last one for testing.", (E, F), (G,)),
    ("cs-jsou-ostre", f"{E} a {F} jsou ostré, {G} testovací.", (E, F), (G,)),
    ("fr-dont", f"Depuis {E}, {F} et {G}, dont la dernière pour les essais.", (E, F), (G,)),
    ("en-colon-roles", f"Live: {E} and {F}. Testing: {G}.", (E, F), (G,)),
    ("pl-mid-comma", f"Z {E} i {F} oraz, do testów, z {G}.", (E, F), (G,)),
    ("de-letzte", f"Von {E}, {F} und {G}, die letzte davon nur für Tests.", (E, F), (G,)),
    ("es-ultima", f"Desde {E}, {F} y {G}, la última solo para pruebas.", (E, F), (G,)),
    ("pl-ostatni", f"Z adresów {E}, {F} i {G}, ostatni do testów.", (E, F), (G,)),
    ("it-secondo", f"Dagli indirizzi {E} e {F}, il secondo per le prove.", (E,), (F,)),
    ("cs-strednik", f"Z adres {E} a {F}; pro testy pak {G}.", (E, F), (G,)),
    ("de-semicolon", f"Zugang von {E} und {F}; zum Testen {G}.", (E, F), (G,)),
    # --- order and "respectively" in other languages ---
    ("it-rispett", f"Server di produzione e di prova: {H} e {K} rispettivamente.", (H,), (K,)),
    ("de-bzw", f"Produktions- bzw. Testserver: {H} bzw. {K}", (H,), (K,)),
    ("fr-respect", f"Nos serveurs de production et de test sont {H} et {K} respectivement.",
     (H,), (K,)),
    ("es-orden", f"Los servidores de producción y de pruebas son {H} y {K}, en ese orden.",
     (H,), (K,)),
    ("en-first-two", f"Addresses {E}, {F} and {G} - the first two for production, the third "
                     "for testing.", (E, F), (G,)),
    # --- other shapes ---
    ("de-frei", f"Bitte schalten Sie {E} frei; {F} nutzen wir nur zum Testen.", (E,), (F,)),
    ("pl-a-testowy", f"Adres produkcyjny to {E}, a testowy {F}.", (E,), (F,)),
    ("sk-nodiac", f"produkcna adresa {E}, testovacia {F}", (E,), (F,)),
    ("en-is-live", f"{E} is for testing, {F} is live.", (F,), (E,)),
    ("en-prod-staging", f"prod {E} / staging {F}", (E,), (F,)),
    ("fr-labels", f"Adresse IP de test : {E} ; adresse IP de production : {F}", (F,), (E,)),
    ("cs-no-test", f"Testovací adresu nemáme, produkční je {E}.", (E,), ()),
    ("en-test-none", f"Test: none. Production: {E}", (E,), ()),
    ("en-paren-before", f"(test) {E}, (prod) {F}", (F,), (E,)),
    ("cs-heading-lists", f"Produkční:\n1. {E}\n2. {F}\nTestovací:\n1. {G}", (E, F), (G,)),
    ("cs-note-below", f"IP adresy:\n{E}\n{F}\nPozn.: druhá adresa je testovací.", (E,), (F,)),
    ("cs-instead", f"Místo {E} prosíme pro ostrý provoz použít {F}.", (F,), ()),
    ("cs-remove", f"Adresu {E} prosím odeberte, zůstává jen {F} (produkce).", (F,), ()),
    ("en-range-dash", "Production: 198.51.100.10–12",
     ("198.51.100.10", "198.51.100.11", "198.51.100.12"), ()),
    ("en-mask-bare", "Production: 192.0.2.16 255.255.255.252",
     ("192.0.2.16", "192.0.2.17", "192.0.2.18", "192.0.2.19"), ()),
    ("en-v6-full", "Production: 2001:0db8:0000:0000:0000:0000:0000:0010", (V6A,), ()),
    ("en-firmware", f"Our encoder runs firmware 5.12.203.1. Production address: {E}.", (E,), ()),
    ("cs-phone-dots", f"Volejte +420 602.123.456. Ostrá adresa {E}.", (E,), ()),
    # --- tables in HTML, replies, forwards, "as last year" ---
    ("html-header-row", f"<table><tr><th>Produkce</th><th>Test</th></tr>"
                        f"<tr><td>{E}</td><td>{F}</td></tr></table>", (E,), (F,)),
    ("html-role-column", f"<table><tr><th>IP</th><th>Purpose</th></tr>"
                         f"<tr><td>{E}</td><td>live</td></tr><tr><td>{F}</td><td>testing</td></tr>"
                         "</table>", (E,), (F,)),
    ("html-row-header", f"<table><tr><td><b>Test</b></td><td>{F}</td></tr>"
                        f"<tr><td><b>Production</b></td><td>{E}, {G}</td></tr></table>",
     (E, G), (F,)),
    ("cs-as-last-year",
     f"adresy zůstávají stejné jako loni.\n\n> Produkční: {E}\n> Testovací: {F}", (E,), (F,)),
    ("en-reply-remove",
     f"Please drop the test address, we no longer need it.\n\n"
     f"> Production: {E}\n> Test: {F}", (E,), ()),
    ("en-forward",
     f"See below.\n\n---------- Forwarded message ---------\nFrom: IT <it@zpravy.example>\n\n"
     f"Production {E}, test {F}", (E,), (F,)),
    # --- words for a stage before production are test; "latest" is no test ---
    ("en-preprod", f"Production: {E}\nPre-production: {F}", (E,), (F,)),
    ("cs-predprod", f"Produkční server: {E}\nPředprodukční prostředí: {F}", (E,), (F,)),
    ("en-nonprod", f"Prod {E}, non-prod {F}", (E,), (F,)),
    ("en-uat", f"UAT: {F}\nPROD: {E}", (E,), (F,)),
    ("en-sandbox", f"Live: {E}; sandbox: {F}", (E,), (F,)),
    ("en-latest", f"Our latest server has the address {E}.", (E,), ()),
    ("cs-backup", f"Hlavní: {E}\nZáložní: {F}\nTestovací: {G}", (E, F), (G,)),
    ("en-dr-site", f"Primary {E}, secondary {F}, test {G}", (E, F), (G,)),
    # --- more address forms and look-alikes ---
    ("cs-range-spaced", "Ostrý provoz: 192.0.2.5 – 192.0.2.7",
     ("192.0.2.5", "192.0.2.6", "192.0.2.7"), ()),
    ("en-slash32", f"Production: {E}/32", (E,), ()),
    ("en-section", f"As required by section 2.1.3.4 of your terms, we give the address {E}.",
     (E,), ()),
    ("cs-leading-zero", "Adresa pro ostrý provoz: 192.000.002.005", ("192.0.2.5",), ()),
    ("cs-short-tails", f"Produkce: {E}, .21 a .22", (E, F, G), ()),
    ("en-inline-list", f"IPs: {E} (prod), {F} (prod), {G} (test)", (E, F), (G,)),
    ("en-non-production", f"Live system {E}; our non-production environment uses {F}.",
     (E,), (F,)),
    ("cs-neprodukcni", f"Ostrá adresa {E}, neprodukční prostředí {F}", (E,), (F,)),
    ("cs-clanek", f"Podle čl. 4.1.2.3 vašich podmínek uvádíme adresu {E}.", (E,), ()),
    ("de-abschnitt", f"Gemäß Abschnitt 3.2.1.4 Ihrer Bedingungen: Produktion {E}.", (E,), ()),
    ("cs-paragraf", f"Dle § 3.1.1.2 smlouvy žádáme o adresu {E}.", (E,), ()),
    ("en-reply-add-prod",
     f"Please add {G} to our production addresses as well.\n\n"
     f"> Production: {E}\n> Test: {F}", (E, G), (F,)),
    ("cs-reply-remove-one",
     f"Adresu {F} z níže uvedeného seznamu prosím vyřaďte, ostatní platí.\n\n"
     f"> Ostrý provoz: {E}, {F}\n> Test: {G}", (E,), (G,)),
    ("de-reply-replace",
     f"Bitte ersetzen Sie die Testadresse durch {H}.\n\n> Produktion: {E}\n> Test: {F}",
     (E,), (H,)),
    ("en-v6-mid", f"From {V6A} and, for testing, from {V6B}.", (V6A,), (V6B,)),
    ("cs-cidr-mid", "Z rozsahu 198.51.100.64/31 a pro testování z 198.51.100.70.",
     ("198.51.100.64", "198.51.100.65"), ("198.51.100.70",)),
    ("en-reply-replace",
     f"Please replace the test address with {H}.\n\n> Production: {E}\n> Test: {F}", (E,), (H,)),
    ("fr-reply-replace",
     f"Veuillez remplacer l'adresse de test par {H}.\n\n> Production : {E}\n> Test : {F}",
     (E,), (H,)),
    ("cs-reply-change",
     f"Změňte prosím naši testovací IP na {H}.\n\n> Ostrá: {E}\n> Testovací: {F}", (E,), (H,)),
    # --- replies and forwards ---
    ("cs-reply-add",
     f"Dobrý den, k naší žádosti doplňujeme ještě testovací adresu {G}.\n\n"
     f"> Žádáme o přístup z adres {E} a {F}.",
     (E, F), (G,)),
]


KNOWN_GAPS = {
    "en-testfm-name": "a use word glued into a name ('TestFM Radio') is read as the use "
    "(flagged)",
    "hu-pedig": "Hungarian 'a' is the article, read as the Czech 'and': the role word before "
    "it trails the address before it (flagged)",
}
"""Probes the rules still read wrong - each flagged, none wrong for certain."""


def read(text: str) -> tuple[tuple[str, ...], tuple[str, ...], set[str]]:
    """The production and test addresses read from a probe and the unsure fields among them."""
    if text.startswith("<"):
        html = f"<p>Dobrý den,</p><p>žádáme o přístup k XML výsledků.</p>{text}<p>Jan Novák</p>"
        x = extract(mail(body(html, ComponentRole.BODY_HTML)))
    else:
        x = extract(mail(body(f"Dobrý den,\n\nžádáme o přístup k XML výsledků.\n\n{text}\n\n"
                              "S pozdravem\nJan Novák")))
    return x.production_ips, x.test_ips, {"production_ips", "test_ips"} & set(x.uncertain)


def _param(p: tuple[str, str, tuple[str, ...], tuple[str, ...]]) -> object:
    gap = KNOWN_GAPS.get(p[0])
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(*p, id=p[0], marks=marks)


@pytest.mark.parametrize(("name", "text", "production", "test"), [_param(p) for p in PROBES])
def test_a_probe_is_read_as_an_officer_reads_it(
    name: str, text: str, production: tuple[str, ...], test: tuple[str, ...]
) -> None:
    got_production, got_test, _ = read(text)
    assert (got_production, got_test) == (production, test), name


@pytest.mark.parametrize("name", sorted(KNOWN_GAPS))
def test_a_probe_read_wrong_is_never_certain(name: str) -> None:
    """A known gap still warns the officer: each wrong value it shows is flagged."""
    _, text, production, test = next(p for p in PROBES if p[0] == name)
    got_production, got_test, unsure = read(text)
    wrong = {k for k, got, want in (("production_ips", got_production, production),
                                    ("test_ips", got_test, test)) if got and got != want}
    assert unsure and wrong <= unsure


LETTER = (
    f"Dobrý den,\n\nžádáme o přístup k XML výsledků z adres {A} a {B} a, pro testování, "
    f"z adresy {C}.\n\nS pozdravem\nJan Novák"
)
CARRIERS = {
    "attached text file": mail(body("Dobrý den, žádost v příloze."), text_file("zadost.txt", LETTER)),
    "data-box annotation": data_message(LETTER, dm_sender="Rádio Vzor s.r.o.", subject="Žádost"),
    "data-box attachment": data_message(
        "Žádost o přístup", text_file("zadost.txt", LETTER), dm_sender="Rádio Vzor s.r.o."
    ),
}


@pytest.mark.parametrize("carrier", sorted(CARRIERS))
def test_a_role_opened_between_addresses_is_read_in_every_carrier(carrier: str) -> None:
    p: ParsedMessage = CARRIERS[carrier]
    x = extract(p)
    assert (x.production_ips, x.test_ips) == ((A, B), (C,))
