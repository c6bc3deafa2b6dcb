"""Reading the labelled corpora: e-mail cases (.eml) parsed with the service's own MIME parser
(``mail.mime.parse_email``), data-box cases (.xml, the inner XML of a received data message)
with the service's own ``databox.zfo.parse_inner_xml``, plus their labels.

Sets of cases, each one or more directories:

- ``cases`` (tests/corpus/cases/): the first tuning half, the rules are developed against it.
- ``heldout1`` (tests/corpus/heldout/): the first held-out half, written apart from the rules and
  scored once at the end of that rule work (2026-12-04: 0.958, 9 unflagged wrong values against
  0.996/0 on the tuning half - more than a point apart); it then joined the tuning set, and a new
  held-out half was written by other hands.
- ``tuning``: ``cases`` + ``heldout1``.
- ``heldout2`` (tests/corpus/blind/): the second held-out half, written by two other hands
  apart from the rules and scored once (2026-12-04, after the second round of rule work that
  took ``cases`` + ``heldout1`` to 0.997 with 0 unflagged wrong values: 0.953, 10 unflagged
  wrong - the rules still did not generalise to a point's distance); it then joined the tuning
  set, and a third held-out half was written by three more hands.
- ``heldout3`` (tests/corpus/fresh/): the third held-out half, written by three more hands
  (prefixes c, d, e) apart from the rules, its labels checked by an independent second labeller
  before scoring (1133 of 1134 field values agreed), and scored once (2026-12-05, after the
  third round of rule work that took ``cases`` + ``heldout1`` + ``heldout2`` to 1.000 with 0
  unflagged wrong values: 0.944, 22 unflagged wrong - mostly a contact chosen among several
  people named); it then joined the tuning set, and a fourth held-out half was written.
- ``tuning``: ``cases`` + ``heldout1`` + ``heldout2`` + ``heldout3``.
- ``heldout4`` (tests/corpus/fourth/): the fourth held-out half, written by three more hands
  (prefixes f, g, h; the h ids are not those of ``heldout1``) apart from the rules, labels
  checked by an independent second labeller (1133 of 1134 values agreed; the one difference, a
  freelancer's organisation, settled by LABELS.md before scoring) and scored once (2026-12-05,
  after the fourth round, a certainty check per field against competing candidates, took
  ``tuning`` to 0.999 with 0 unflagged wrong values): 0.953, 1 unflagged wrong value, flagged
  share 23.8 % - the certainty policy now holds on unseen writing (22 unflagged -> 1), the
  accuracy does not. Renamed ``heldout4`` when it joined the tuning set.
- ``tuning``: ``cases`` + ``heldout1`` + ``heldout2`` + ``heldout3`` + ``heldout4``.
- ``heldout5`` (tests/corpus/fifth/): the fifth held-out half, written by three more hands
  (prefixes i, j, k) apart from the rules (labels checked by a second labeller: 1133 of 1134
  values agreed, the one a person's name in capitals, since compared in any letter case), kept
  unseen through the fifth and sixth rounds and scored once after the sixth (2026-12-05, tuning
  at 0.9989 with 0 unflagged): 0.977, 6 unflagged wrong values, flagged share 22.9 %.
- ``heldout7`` (tests/corpus/seventh/): a seventh held-out part, written by three more hands
  (prefixes p, q, r) during the sixth round (second labeller: three From headers broken by an
  unquoted comma and one label fixed before scoring, one name-order difference kept), scored
  once with the fifth: 0.966, 6 unflagged wrong values, flagged share 21.1 %.
- ``heldout_all``: the fifth and the seventh together (252 cases): 0.971, 12 unflagged. Both
  then joined the tuning set for a seventh round (``heldout5``, ``heldout7``).
- ``tuning`` since the seventh round: all of the above, 1066 cases.
- ``heldout`` (tests/corpus/eighth/): an eighth held-out part (prefixes s, t, u), written during
  the seventh round apart from its rules (second labeller: 1132 of 1134 values agreed; the two
  differences, a nominative the text never writes and "J. Hruška" against "Jan Hruška" from the
  address, kept as the writers labelled them), scored once at the round's end (2026-12-05,
  ``tuning`` at 0.9952 with 0 unflagged on 1066 cases): 0.963, 7 unflagged wrong values,
  flagged share 23.4 %.
- ``heldout6`` (tests/corpus/sixth/): a sixth part (prefixes l, m, n), written by three more hands
  while the fifth round's rules were made (labels checked by a second labeller: 1132 of 1134
  values agreed; l005's person settled by the fullest-form rule, n032's Cc address kept), scored
  once against the fourth round's rules (0.932, 11 unflagged wrong) and once against the fifth
  round's (2026-12-05: 0.941, 9 unflagged wrong, while ``tuning`` stood at 0.9997 with 0), then
  joined the tuning set for a sixth round, before the fifth half is scored.
- ``tuning`` since the sixth round: all of the above but ``heldout``, 814 cases.
- ``heldout8``: the eighth part under its own name since it joined the tuning set for an eighth
  round (``tuning`` = 1192 cases).
- ``heldout9`` (tests/corpus/ninth/): a ninth held-out part (prefixes v, w, x), written during
  the eighth round apart from its rules (second labeller: 1132 of 1134 values agreed; x040's
  phone fixed to the number the text writes, x023's trade name kept as the writer labelled
  it), scored once at the round's end (2026-12-05, ``tuning`` at 0.9988 with 0 unflagged on
  1192 cases): 0.977, 7 unflagged wrong values, flagged share 22.7 %. It then joined the
  tuning set for a ninth round (1318 cases).
- ``heldout`` (tests/corpus/tenth/): a tenth held-out part (prefixes o, y, z), written during
  the ninth round apart from its rules (second labeller: 1134 of 1134 values agreed), scored
  once at the round's end (2026-12-05, ``tuning`` at 0.9984 with 0 unflagged on 1318 cases):
  0.975, 3 unflagged wrong values (an Italian and a French application), flagged share
  24.1 %. It then joined the tuning set for a tenth round (``heldout10``, 1444 cases).
- ``heldout`` (tests/corpus/eleventh/): an eleventh held-out part (two-letter prefixes ea, eb,
  ec: every single letter was taken), written during the tenth round apart from its rules
  (second labeller: 1134 of 1134 values agreed), scored once at the round's end (2026-12-05,
  ``tuning`` at 0.9990 with 0 unflagged on 1444 cases): 0.985, 2 unflagged wrong values, flagged
  share 24.3 %. It then joined the tuning set for an eleventh round (``heldout11``, 1570 cases).
- ``heldout`` (tests/corpus/twelfth/): a twelfth held-out part (prefixes fa, fb, fc), written
  during the eleventh round apart from its rules (second labeller: 1133 of 1134 values agreed;
  fc013's organisation set to the text's own spelling without diacritics), scored once at the
  round's end (2026-12-05, ``tuning`` at 0.9992 with 0 unflagged on 1570 cases): 0.982, 1
  unflagged wrong value (an Austrian mobile beside a Vienna switchboard), flagged share
  24.0 %. It then joined the tuning set for a twelfth round (``heldout12``, 1696 cases).
- ``heldout13`` (tests/corpus/thirteenth/): a thirteenth held-out part (prefixes ga, gb, gc),
  written during the eleventh round apart from its rules and kept unseen through the twelfth
  (second labeller: 1132 of 1134 values agreed; gb009's IČO, which the text never gives, set to
  null and gc026's contact to the one form the text writes, before scoring), scored once at the
  twelfth round's end (2026-12-05, ``tuning`` at 0.9997 with 0 unflagged on 1696 cases): 0.973,
  6 unflagged wrong values, flagged share 24.7 %. It then joined the tuning set for a
  thirteenth round (1822 cases).
- ``heldout`` (tests/corpus/fourteenth/): a fourteenth held-out part (prefixes ha, hb, hc),
  written during the twelfth round apart from its rules (second labeller: 1133 of 1134 values
  agreed; hc005's university keeps its legal form as written, as LABELS.md says), scored once
  at the thirteenth round's end (2026-12-05, ``tuning`` at 0.9998 with 0 unflagged on 1822
  cases): 0.982, 8 unflagged wrong values, flagged share 25.9 % (against the twelfth round's
  rules it would have read 0.979 with 9). It then joined the tuning set for a fourteenth round
  (``heldout14``, 1948 cases).
- ``heldout15`` (tests/corpus/fifteenth/): a fifteenth held-out part (prefixes ia, ib, ic),
  written during the thirteenth round apart from its rules (second labeller: 1133 of 1134 values
  agreed; ic038's organisation set to the name the text writes before scoring), scored once at
  the fourteenth round's end (2026-12-05, ``tuning`` at 0.9998 with 0 unflagged on 1948 cases):
  0.987, 3 unflagged wrong values (one case: a contact the text replaces, with her e-mail and
  phone), flagged share 24.8 %. It then joined the tuning set for a fifteenth round (2074 cases).
- ``heldout`` (tests/corpus/sixteenth/): a sixteenth held-out part (prefixes ja, jb, jc), written
  during the fourteenth round apart from its rules (second labeller: 1133 of 1134 values agreed;
  jc032's trade name kept whole as the text writes it), scored once at the fifteenth round's end
  (2026-12-05, ``tuning`` at 0.9999 with 0 unflagged on 2074 cases): 0.978, 2 unflagged wrong
  values (a leading "Spolek" kept in a name; filming asked for in a data message's annotation
  missed), flagged share 25.8 %. It then joined the tuning set for a sixteenth round
  (``heldout16``, 2200 cases).
- ``heldout`` (tests/corpus/seventeenth/): a seventeenth held-out part (prefixes ka, kb, kc),
  written during the sixteenth round apart from its rules (second labeller: 1133 of 1134 values
  agreed; kc042's phone label fixed to the number the text writes before scoring), scored once
  at the sixteenth round's end (2026-12-05, ``tuning`` at 0.9998 with 0 unflagged on 2200
  cases): 0.979, 3 unflagged wrong values (two names with the sentence's words before them,
  "I'm writing on behalf of …", "vydává …"; a filming request missed), flagged share 25.0 %.
  It then joined the tuning set for a seventeenth round (``heldout17``, 2326 cases).
- ``heldout`` (tests/corpus/eighteenth/): an eighteenth held-out part (prefixes la, lb, lc),
  written during the seventeenth round apart from its rules (second labeller: 1133 of 1134 values
  agreed; lb026's freelancer kept under the trade name the writer labelled, "Jakub Sedláček – JS
  Foto", where the second labeller wrote his name alone - LABELS.md allows either), scored once
  at the seventeenth round's end (2026-12-05, ``tuning`` at 0.9999 with 0 unflagged on 2326
  cases): 0.970, 9 unflagged wrong values (a form label typed without diacritics kept in a name,
  a name spelled without diacritics in an attachment against the cover mail's, lb026's trade
  name, addresses of a spreadsheet's old sheet or row, phones of a replaced contact and of a
  supplement, a conditional filming request), flagged share 26.0 %. It then joined the tuning
  set for an eighteenth round (``heldout18``, 2452 cases).
- ``heldout19`` (tests/corpus/nineteenth/): a nineteenth held-out part (prefixes ma, mb, mc),
  written during the eighteenth round apart from its rules (second labeller: 1134 of 1134 values
  agreed), scored once at the eighteenth round's end (2026-12-05, ``tuning`` at 0.9995 with 0
  unflagged on 2452 cases): 0.979, 1 unflagged wrong value (filming put off to a later year
  counted), flagged share 25.8 %.
- ``heldout20`` (tests/corpus/twentieth/): a twentieth held-out part (prefixes na, nb, nc),
  also written during the eighteenth round apart from its rules (second labeller: 1133 of 1134
  values agreed; nc009's university keeps the legal form the text writes, "veřejná vysoká
  škola", and its From header's display name is quoted, both before scoring), scored once with
  the nineteenth: 0.975, 8 unflagged wrong values (contractors taken for their clients, a
  publisher's name without its first word, an IČO an XLSX cell stores without its leading zeros,
  a contact a cover note replaces, a new mobile beside an attached original), flagged share
  23.9 %. Both then joined the tuning set for a nineteenth round (2704 cases).
- ``heldout21`` (tests/corpus/twentyfirst/): a twenty-first held-out part (prefixes oa, ob, oc),
  written during the nineteenth round apart from its rules (second labeller: 1134 of 1134 values
  agreed), scored once at the nineteenth round's end (2026-12-05, ``tuning`` at 0.9990 with 0
  unflagged on 2704 cases): 0.976, 1 unflagged wrong value (a data message's annotation that
  drops its attached PDF's test address), flagged share 24.9 %. It then joined the tuning set
  for a twentieth round (``heldout21``, 2830 cases).
- ``heldout22`` (tests/corpus/twentysecond/): a twenty-second held-out part (prefixes pa, pb, pc),
  written during the twentieth round apart from its rules (second labeller: 1134 of 1134 values
  agreed), scored once at the twentieth round's end (2026-12-05, ``tuning`` at 0.9996 with 0
  unflagged on 2830 cases): 0.971, 4 unflagged wrong values (a web contractor's own firm and IČO
  from its attached e-mail, a Hungarian article "a" kept before a name, a PR agency's
  switchboard for the client's contact), flagged share 24.4 %. It then joined the tuning set for
  a twenty-first round (``heldout22``, 2956 cases).
- ``heldout23`` (tests/corpus/twentythird/): a twenty-third held-out part (prefixes qa, qb, qc),
  written during the twenty-first round apart from its rules (second labeller: 1132 of 1134
  values agreed; qc019's village kept as the text writes it, without diacritics, and qc037's
  name as its letterhead writes it in full, both settled by LABELS.md before scoring), scored
  once at the twenty-first round's end (2026-12-05, ``tuning`` at 1.0000 with 0 unflagged on
  2956 cases): 0.959, 5 unflagged wrong values (a forwarder's own mobile for the contact who
  takes over, a Polish radio's second named person taken for the contact, a netmask's block
  read as its first address, a Croatian legal form "d.o.o." dropped from a name), flagged share
  29.9 %. It then joined the tuning set for a short twenty-second round (``heldout23``, 3082
  cases).
- ``heldout24`` (tests/corpus/twentyfourth/): a twenty-fourth held-out part (prefixes ra, rb,
  rc), written during the twenty-third round apart from its rules (second labeller: 1130 of 1134
  values agreed; rc029's IČO, absent from the message, dropped and the message then given the
  file every data message carries, a trade-licence extract that writes it; rc004's Hungarian
  name in the order written; rc020's name as written without diacritics; rc032's faculty kept
  as its university, now a line of LABELS.md), scored once at the twenty-third round's end
  (2026-12-05, ``tuning`` at 0.9999 with 0 unflagged on 3082 cases, 25.0 % flagged with the
  round's certainty gate): 0.974, 4 unflagged wrong values (a publisher's name from a set phrase
  left in the genitive, filming that a cover note adds to its PDF missed, a form's other named
  person taken for the contact, name and e-mail), flagged share 25.1 %. It then joined the
  tuning set for a twenty-fourth round (``heldout24``, 3208 cases).
- ``heldout25`` (tests/corpus/twentyfifth/): a twenty-fifth held-out part (prefixes sa, sb, sc),
  written during the twenty-fourth round apart from its rules (second labeller: 1134 of 1134
  values agreed), scored once at the twenty-fourth round's end (2026-12-05, ``tuning`` at 0.9999
  with 0 unflagged on 3208 cases, 25.0 % flagged): 0.981, 1 unflagged wrong value (filming that
  a cover note adds to its PDF's ANO/NE form missed, the class of rb005 read in other words),
  flagged share 26.9 %. It then joined the tuning set for a twenty-fifth round (``heldout25``,
  3334 cases).
- ``heldout26`` (tests/corpus/twentysixth/): a twenty-sixth held-out part (prefixes ta, tb, tc),
  written during the twenty-fifth round apart from its rules (second labeller: 1134 of 1134
  values agreed; tc011's sender written without a comma in its display name, which the
  rendered header split in two), scored once at the twenty-fifth round's end (2026-12-06,
  ``tuning`` at 1.0000 with 0 unflagged on 3334 cases, 25.1 % flagged): 0.982, 1 unflagged
  wrong value (ta036's name as its annotation writes it, "Jesenický občasník z.ú.", where the
  label takes the envelope's "Jesenický občasník, z.ú."), flagged share 28.9 %. It then joined
  the tuning set for a twenty-sixth round (``heldout26``, 3460 cases).
- ``heldout27`` (tests/corpus/twentyseventh/): a twenty-seventh held-out part (prefixes ua, ub,
  uc), written during the twenty-sixth round apart from its rules (second labeller: 1134 of 1134
  values agreed), scored once at the twenty-sixth round's end (2026-12-06, ``tuning`` at 1.0000
  with 0 unflagged on 3460 cases, 25.2 % flagged): 0.992, 0 unflagged wrong values, flagged
  share 26.4 % (request types, IČO, data box and production addresses 1.000, test addresses
  0.992, organisation name and the three contact fields 0.984: two misses each, all flagged).
  It then joined the tuning set for a twenty-seventh round (``heldout27``, 3586 cases).
- ``heldout28`` (tests/corpus/twentyeighth/): a twenty-eighth held-out part (prefixes va, vb,
  vc), written during the twenty-seventh round apart from its rules (second labeller: 1134 of
  1134 values agreed), scored once at the twenty-seventh round's end (2026-12-06, ``tuning`` at
  1.0000 with 0 unflagged on 3586 cases, 25.3 % flagged): 0.984, 0 unflagged wrong values, flagged
  share 27.8 % (production addresses 0.952, organisation name and test addresses 0.976, request
  types and contact person 0.984, contact e-mail and phone 0.992, IČO and data box 1.000; all 18
  misses flagged). It then joined the tuning set for a twenty-eighth round (``heldout28``, 3712
  cases).
- ``heldout29`` (tests/corpus/twentyninth/): a twenty-ninth held-out part (prefixes wa, wb,
  wc), written during the twenty-eighth round apart from its rules (second labeller: 1132 of
  1134 values agreed; settled by LABELS.md: wa038's name as the text writes it, without
  diacritics, and wa006's testing from the production address, which gives no test address),
  scored once at the twenty-eighth round's end (2026-12-06, ``tuning`` at 1.0000 with 0
  unflagged on 3712 cases, 25.3 % flagged): 0.983, 0 unflagged wrong values, flagged share
  26.4 % (production addresses 0.929, test addresses 0.952, organisation name 0.984, contact
  person and phone 0.992, the other fields 1.000; all 19 misses flagged). It then joined the
  tuning set for a twenty-ninth round (``heldout29``, 3838 cases).
- ``heldout30`` (tests/corpus/thirtieth/): a thirtieth held-out part (prefixes xa, xb, xc),
  written during the twenty-ninth round apart from its rules (second labeller: 1134 of 1134
  values agreed), scored once at the twenty-ninth round's end (2026-12-06, ``tuning`` at 0.9999
  with 0 unflagged on 3838 cases, 25.3 % flagged): 0.974, 2 unflagged wrong values (xb004: a data
  message's file whose ANO/NE form answers NE for filming read as asking to film; xb028: the
  phone of a contact the cover note replaces taken from the form), flagged share 29.7 %
  (organisation name 0.937, contact phone 0.952, contact person 0.960, request types 0.976,
  production addresses 0.976, test addresses and contact e-mail 0.984, IČO 0.992, data box
  1.000). It then joined the tuning set for a thirtieth round (``heldout30``, 3964 cases).
- ``heldout31`` (tests/corpus/thirtyfirst/): a thirty-first held-out part (prefixes ya, yb, yc),
  written during the thirtieth round apart from its rules (second labeller: 1134 of 1134 values
  agreed), scored once at the thirtieth round's end (2026-12-06, ``tuning`` at 0.9999 with 0
  unflagged on 3964 cases, 25.5 % flagged): 0.987, 1 unflagged wrong value (yb026: a Czech
  branch's name, "…, organizační složka", read without the branch words), flagged share 27.0 %
  (organisation name 0.952, production and test addresses 0.976, contact person 0.984, contact
  e-mail 0.992, the other fields 1.000). It then joined the tuning set for a thirty-first round
  (``heldout31``, 4090 cases).
- ``heldout32`` (tests/corpus/thirtysecond/): a thirty-second held-out part (prefixes za, zb, zc),
  written during the thirty-first round apart from its rules (second labeller: 1134 of 1134
  values agreed), scored once at the thirty-first round's end (2026-12-06, ``tuning`` at 0.9999
  with 0 unflagged on 4090 cases, 25.5 % flagged): 0.995, 1 unflagged wrong value (zc042: a
  German article, "die Alpenpost Medien AG", kept before the name), flagged share 27.6 %
  (organisation name 0.976, request types, production addresses and contact person 0.992, the
  other fields 1.000). It then joined the tuning set for a thirty-second round (``heldout32``,
  4216 cases).
- ``heldout33`` (tests/corpus/thirtythird/): a thirty-third held-out part (prefixes ba, bb, bc),
  written during the thirty-second round apart from its rules (second labeller: 1132 of 1134
  values agreed; settled by LABELS.md: ba021's name as the text writes it, without diacritics,
  and ba024's contact by the surname the text gives), scored once at the thirty-second round's
  end (2026-12-06, ``tuning`` at 1.0000 with 0 unflagged on 4216 cases, 25.6 % flagged): 0.989,
  2 unflagged wrong values (ba017: an HTML form's ticked test box read as production, one
  address in both lists), flagged share 27.9 % (production addresses 0.952, test addresses
  0.960, request types and contact phone 0.992, the other fields 1.000). It then joined the
  tuning set for a thirty-third round (``heldout33``, 4342 cases).
- ``heldout34`` (tests/corpus/thirtyfourth/): a thirty-fourth held-out part (prefixes ca, cb, cc),
  written during the thirty-third round apart from its rules (second labeller: 1134 of 1134
  values agreed), scored once at the thirty-third round's end (2026-12-06, ``tuning`` at 1.0000
  with 0 misses on 4342 cases, 25.7 % flagged): 0.987, 0 unflagged wrong values, flagged share
  26.9 % (organisation name and test addresses 0.968, production addresses 0.976, contact
  person 0.984, request types and contact phone 0.992, the other fields 1.000). It then joined
  the tuning set for a thirty-fourth round (``heldout34``, 4468 cases).
- ``heldout35`` (tests/corpus/thirtyfifth/): a thirty-fifth held-out part (prefixes da, db, dc),
  written during the thirty-fourth round apart from its rules (second labeller: 1132 of 1134
  values agreed; settled by LABELS.md: da025's and da038's organisation as the text writes it,
  without diacritics), scored once at the thirty-fourth round's end (2026-12-06, ``tuning`` at
  1.0000 with 0 misses on 4468 cases, 25.6 % flagged): 0.986, 0 unflagged wrong values, flagged
  share 28.8 % (organisation name and contact person 0.968, production addresses 0.976, the
  other fields 0.992 or 1.000). It then joined the tuning set for a thirty-fifth round
  (``heldout35``, 4594 cases).
- ``heldout36`` (tests/corpus/thirtysixth/): a thirty-sixth held-out part (prefixes ad, ae, af),
  written during the thirty-fifth round apart from its rules (second labeller: 1134 of 1134
  values agreed), scored once at the thirty-fifth round's end (2026-12-06, ``tuning`` at 1.0000
  with 0 misses on 4594 cases, 25.7 % flagged): 0.980, 5 unflagged wrong values (ad028: an old
  table beside the new one in an Outlook HTML mail, its addresses in both lists; ae017: a
  freelancer's phone taken from another organisation's text in a data message; ae019: a test
  address the applicant's forwarded original gives and the cover note drops; ae031: a branch's
  data-box name "…, organizační složka" where the form writes the company's name), flagged
  share 26.7 % (production addresses and contact person 0.968, request types, test addresses and
  contact e-mail 0.976, organisation name, IČO and phone 0.984). It then joined the tuning set
  for a thirty-sixth round (``heldout36``, 4720 cases).
- ``heldout37`` (tests/corpus/thirtyseventh/): a thirty-seventh held-out part (prefixes ag, ah,
  ai), written during the thirty-sixth round apart from its rules (second labeller: 1131 of 1134
  values agreed; settled by LABELS.md for the writers: ag014's and ah022's IČO in the DOCX
  letterhead, ai007's name without the acronym set before it with a dash), scored once at the
  thirty-sixth round's end (2026-12-06, ``tuning`` at 1.0000 with 0 misses on 4720 cases, 25.7 %
  flagged): 0.987, 0 unflagged wrong values, flagged share 27.1 % (organisation name 0.968,
  production addresses and contact phone 0.976, contact person and e-mail 0.984, test
  addresses 0.992, the other fields 1.000). It then joined the tuning set for a thirty-seventh
  round (``heldout37``, 4846 cases).
- ``heldout38`` (tests/corpus/thirtyeighth/): a thirty-eighth held-out part (prefixes aj, ak, al),
  written during the thirty-sixth round apart from its rules (second labeller: 1134 of 1134
  values agreed), scored once at the thirty-seventh round's end (2026-12-06, ``tuning`` at
  1.0000 with 0 misses on 4846 cases, 25.7 % flagged): 0.976, 2 unflagged wrong values (al009:
  filming put off to a later election in Slovak counted as requested; al021: the newsroom's
  address taken for the contact's own e-mail in a Gmail HTML form), flagged share 29.1 %
  (contact e-mail 0.952, test addresses, contact person and phone 0.968, organisation name and
  production addresses 0.976, IČO 0.984, request types 0.992). It then joined the tuning set
  for a thirty-eighth round (``heldout38``, 4972 cases).
- ``heldout39`` (tests/corpus/thirtyninth/): a thirty-ninth held-out part (prefixes am, an, ao),
  written during the thirty-seventh round apart from its rules (second labeller: 1134 of 1134
  values agreed), scored once at the thirty-eighth round's end (2026-12-06, ``tuning`` at
  1.0000 with 0 misses on 4972 cases, 25.8 % flagged): 0.987, 0 unflagged wrong values,
  flagged share 25.3 % (organisation name and test addresses 0.968, production addresses
  0.976, contact person 0.984, request types and phone 0.992, the other fields 1.000). It then
  joined the tuning set for a thirty-ninth round (``heldout39``, 5098 cases).
- ``heldout40`` (tests/corpus/fortieth/): a fortieth held-out part (prefixes ap, aq, ar), written
  during the thirty-ninth round apart from its rules (second labeller: 1132 of 1134 values
  agreed; settled by LABELS.md for the writers: ar004's and ar025's contacts, written surname
  first in Hungarian order, are labelled given name first), scored once at the thirty-ninth
  round's end (2026-12-06, ``tuning`` at 1.0000 with 0 misses on 5098 cases, 25.8 % flagged):
  0.986, 3 unflagged wrong values (ar004, ar025: a Hungarian surname-first contact kept in that
  order; ar035: a sole trader's "person – trade name" cut to the person in a data message's
  annotation), flagged share 25.5 % (contact person 0.968, production and test addresses and
  contact phone 0.976, contact e-mail 0.984, organisation name 0.992, the other fields 1.000).
  It then joined the tuning set for a fortieth round (``heldout40``, 5224 cases).
- ``heldout41`` (tests/corpus/fortyfirst/): a forty-first held-out part (prefixes as, at, au),
  written during the thirty-ninth round apart from its rules (second labeller: 1132 of 1134
  values agreed; at023's IČO, given nowhere in the message, removed for the second labeller;
  at029's name scored as the writer typed it, without diacritics; as022's and au004's
  Hungarian contacts set in the writer's order by the settled LABELS.md rule),
  scored once at the fortieth round's end (2026-12-06, ``tuning`` at 1.0000 with 0 misses on
  5224 cases, 25.8 % flagged): 0.979, 5 unflagged wrong values (at037, au017, au030: a Czech
  surname-first name in a form or table kept in that order; as022: a Hungarian name in
  capitals turned round; at029: the data box's registered name with diacritics taken over the
  application's spelling), flagged share 26.7 % (contact person 0.944, organisation name 0.952,
  production addresses 0.968, test addresses, contact e-mail and phone 0.984, request types
  0.992, the other fields 1.000). After scoring, two labels were settled by LABELS.md clauses
  that earlier cases already followed: at029 takes the data box's registered spelling with
  diacritics (the second labeller's reading), au006 keeps a public university's ", veřejná
  vysoká škola" (as five earlier cases). It then joined the tuning set for a forty-first round
  (``heldout41``, 5350 cases).
- ``heldout42`` (tests/corpus/fortysecond/): a forty-second held-out part (prefixes av, aw, ax),
  written during the fortieth round apart from its rules (second labeller: 1130 of 1134 values
  agreed; ax041's IČO, given nowhere in the message, removed for the second labeller; ax007's,
  ax019's and ax041's contact e-mail left empty for the writers: a data message has no sender
  address, and the second labeller had read an unrendered From of the case spec; av029 given an
  IPv6 production address by the lead before scoring, as the shared part checks ask), scored
  once at the forty-first round's end (2026-12-06, ``tuning`` at 0.9999 with 6 misses, all
  flagged, on 5350 cases, 25.9 % flagged): 0.983, 0 unflagged wrong values, flagged share
  26.0 % (production addresses, contact person and phone 0.968, organisation name 0.976,
  test addresses 0.984, request types and contact e-mail 0.992, the other fields 1.000). Not
  tuned against yet. It then joined the tuning set for a forty-second round (``heldout42``,
  5476 cases).
- ``heldout43`` (tests/corpus/fortythird/): a forty-third held-out part (prefixes ay, az, bd),
  written during the forty-second round apart from its rules (second labeller: 1133 of 1134
  values agreed; az030's IČO, given nowhere in the message, removed for the second labeller),
  scored once at the forty-second round's end (2026-12-06, ``tuning`` at 1.0000 with 0 misses
  on 5476 cases, 25.9 % flagged): 0.989, 4 unflagged wrong values (ay038: a reply adding
  filming to its own quoted original kept only filming; az030: the annotation's "Žádost" read
  into the name; az033, bd006: a public university's ", veřejná vysoká škola" left out),
  flagged share 28.9 % (organisation name and production addresses 0.968, contact person
  0.984, request types and test addresses 0.992, the other fields 1.000). It then joined the
  tuning set for a forty-third round (``heldout43``, 5602 cases).
- ``heldout44`` (tests/corpus/fortyfourth/): a forty-fourth held-out part (prefixes bf, bg, bh),
  written during the forty-third round apart from its rules (second labeller: 1133 of 1134
  values agreed; bf024's contact set to the message's own spelling without diacritics), scored
  once at the forty-third round's end (2026-12-06, ``tuning`` at 1.0000 with 0 misses on 5602
  cases, 26.1 % flagged): 0.977, 2 unflagged wrong values (bg034: a town's letter asking only
  to film read as asking for the feed too; bh032: "Šimon Jakub", two given names, kept surname
  first), flagged share 24.7 % (production addresses 0.944, test addresses 0.960, contact
  phone 0.968, request types, organisation name and contact person 0.976, IČO 0.992, the
  other fields 1.000). It then joined the tuning set for a forty-fourth round (``heldout44``,
  5728 cases).
- ``heldout45`` (tests/corpus/fortyfifth/): a forty-fifth held-out part (prefixes bi, bj, bk),
  written during the forty-fourth round apart from its rules (second labeller: 1131 of 1134
  values agreed; bi021's and bi039's organisation set to the message's own spelling without
  diacritics, bj009's IČO, given nowhere in the message, removed), scored once at the
  forty-fourth round's end (2026-12-06, ``tuning`` at 1.0000 with 1 miss, flagged, on 5728
  cases, 26.1 % flagged): 0.980, 1 unflagged wrong value (bi020: a natural person's name read
  from his DOCX without the diacritics of his data box's registered name), flagged share 31.7 %
  (test addresses and contact phone 0.952, production addresses 0.968, contact person 0.976,
  organisation name 0.984, IČO and contact e-mail 0.992, the other fields 1.000). It then
  joined the tuning set for a forty-fifth round (``heldout45``, 5854 cases).
- ``heldout46`` (tests/corpus/fortysixth/): a forty-sixth held-out part (prefixes bl, bm, bn),
  written during the forty-fourth round apart from its rules (second labeller: 1134 of 1134
  values agreed), scored once at the forty-fifth round's end (2026-12-06, ``tuning`` at 0.9999
  with 3 misses, all flagged, on 5854 cases, 26.2 % flagged): 0.982, 1 unflagged wrong value
  (bl019: a Polish paper's mobile written without its country code read as Czech), flagged
  share 27.7 % (contact phone 0.952, production addresses and contact person 0.968,
  organisation name and IČO 0.984, test addresses and contact e-mail 0.992, the other fields
  1.000). It then joined the tuning set for a forty-sixth round (``heldout46``, 5980 cases).
- ``heldout47`` (tests/corpus/fortyseventh/): a forty-seventh held-out part (prefixes bo, bp,
  bq), written during the forty-sixth round apart from its rules (second labeller: 1132 of 1134
  values agreed; bo025's organisation set to the message's own spelling without diacritics, and
  LABELS.md now says an article opening the sentence is no part of the name unless written with
  it elsewhere, as bq023's writer read it), scored once during the forty-sixth round's end
  (2026-12-07, against all of that round's rules but r46-var2's, merged right after; ``tuning``
  at 0.9999 with 4 misses, all flagged, on 5980 cases): 0.967, 2 unflagged wrong values (bo005:
  a Polish mobile written without its country code in an English mail read as Czech, the class
  the round had just widened for bl019; bq036: "198.51.100.170, 171 a 172" read without its
  last address), flagged share 29.2 % (contact phone 0.929, organisation name 0.937, contact
  person 0.944, production addresses 0.952, request types 0.968, contact e-mail 0.976, test
  addresses 0.992, the other fields 1.000). It then joined the tuning set for a forty-seventh
  round (``heldout47``, 6106 cases).
- ``heldout48`` (tests/corpus/fortyeighth/): a forty-eighth held-out part (prefixes br, bs, bt),
  written during the forty-sixth round apart from its rules (second labeller: 1129 of 1134
  values agreed; bs015's IČO, given nowhere in the message, removed; LABELS.md now says a
  description of a person's work after the dash is no trade name and a withdrawn feed request
  takes its addresses with it, as the writers read them), scored once at the forty-seventh
  round's end (2026-12-07, ``tuning`` at 0.9997 on 6106 cases): 0.982, 3 unflagged wrong values
  (br021: a hand-over to a colleague in Cc not followed, the old contact kept; br024: a test
  address the message withdraws kept; bs026: a sheet's header cell "Name" taken for the
  organisation), flagged share 29.9 % (contact phone 0.960, contact person 0.968, test
  addresses 0.976, organisation name and IČO, production addresses and contact e-mail 0.984,
  request types 0.992, data-box ID 1.000). It then joined the tuning set for a forty-eighth
  round (``heldout48``, 6232 cases).
- ``heldout49`` (tests/corpus/fortyninth/): a forty-ninth held-out part (prefixes bu, bv, bw),
  written during the forty-eighth round apart from its rules (second labeller: 1133 of 1134
  values agreed; bv015's and bw041's IČO, given nowhere in the message, removed; LABELS.md now
  says that of a contact's own line and a mobile side by side the first given is labelled, as
  five older cases and br035 are), scored once at the forty-eighth round's end (2026-12-07,
  ``tuning`` at 0.9999 with 8 misses, all flagged, on 6232 cases): 0.961, 2 unflagged wrong
  values (bw033: the XML deferred "in vista delle prossime elezioni" counted as requested;
  bw036: a Croatian formal letter's filming request missed), flagged share 27.4 % (production
  and test addresses 0.921, organisation name 0.937, contact phone 0.952, request types 0.960,
  contact person 0.976, contact e-mail 0.984, IČO and data-box ID 1.000); 30 of the 44 misses
  in the bw third (foreign media in Portuguese, Romanian, Croatian, Lithuanian, Greek). It
  then joined the tuning set for a forty-ninth round (``heldout49``, 6358 cases).
- ``heldout50`` (tests/corpus/fiftieth/): a fiftieth held-out part (prefixes bx, by, bz), written
  during the forty-eighth round apart from the rules of rounds 48 and 49 (second labeller: 1132
  of 1134 values agreed; bx007 and bx022 take the contact's line given first beside a mobile, as
  LABELS.md says), scored once at the forty-ninth round's end (2026-12-07, ``tuning`` at 0.9997
  with 17 misses, all flagged, on 6358 cases): 0.974, 1 unflagged wrong value (bz019: an
  application pasted twice whose second copy changes the test address, both kept, certain),
  flagged share 32.8 % (production addresses 0.952, contact person 0.960, request types, test
  addresses and contact e-mail 0.968, organisation name and contact phone 0.976, IČO and
  data-box ID 1.000). bz019 was then flagged (a label opening two lines with different
  addresses makes the field unsure), and the part joined the tuning set for a fiftieth round
  (``heldout50``, 6484 cases).
- ``heldout51`` (tests/corpus/fiftyfirst/): a fifty-first held-out part (prefixes cd, ce, cf),
  written during the forty-ninth round apart from the rules of rounds 49 and 50 (second
  labellers: 1134 of 1134 values agreed), scored once at the fiftieth round's end (2026-12-07,
  ``tuning`` at 0.9997 with 17 misses, all flagged, on 6484 cases): 0.954, 5 unflagged wrong
  values (cd024: a filming-only request's stray address kept as production; cd025: an ODT's
  production addresses read as test; cf009: a Serbian broadcaster's filming read as requested;
  cf030: a Serbian form's feed answered "NE" kept with its address), flagged share 33.0 %
  (production addresses 0.889, organisation name and test addresses 0.921, contact phone 0.952,
  request types 0.960, IČO 0.968, contact person 0.984, contact e-mail 0.992, data-box ID
  1.000; OCR slips in scanned text, a company's branch ("odštěpný závod") and Serbian,
  Ukrainian and Estonian writers behind most misses). Its five unflagged values were then read
  right (a table header's empty corner cell, South Slavic and Baltic negations, "DA/NE" forms,
  "až u příštích voleb"), OCR slips repaired and flagged, and it joined the tuning set for a
  fifty-first round (``heldout51``, 6610 cases).
- ``heldout52`` (tests/corpus/fiftysecond/): a fifty-second held-out part (prefixes cg, ch, ci),
  written during the fiftieth round apart from the rules of rounds 50 and 51 (second labellers:
  1134 of 1134 values agreed; LABELS.md now says that a box registered to another entity, a
  parent company sending for its subsidiary, does not give the applicant's data-box ID), scored
  once at the fifty-first round's end (2026-12-07, ``tuning`` at 0.9993 with 39 misses, all
  flagged, on 6610 cases): 0.966, 5 unflagged wrong values (cg006: a mail whose HTML part
  corrects the test address and whose plain part does not, the plain one read; ch006 and ch016:
  a parent company's box sending for its subsidiary, the box's owner and ID taken; ch025: a
  workbook's from/to range read as its two ends), flagged share 27.7 % (production addresses
  0.873, test addresses 0.929, request types, contact person and phone 0.976, data-box ID
  0.984, organisation name, IČO and contact e-mail 0.992). Its five unflagged values were then
  read right or flagged (a struck and corrected HTML value read from the HTML part; another
  entity's data box giving neither the applicant's name nor its box, flagged; from/to columns
  read as a range), with mistyped dots, ranges in seven more languages, blocks with exceptions,
  inline answers pointing at quoted addresses and replies replacing one address by its last
  octet; it scored 1.000 and joined the tuning set for a fifty-second round (``heldout52``,
  6736 cases).
- ``heldout53`` (tests/corpus/fiftythird/): a fifty-third held-out part (prefixes cj, ck, cl),
  written during the fifty-first round apart from the rules of rounds 51 and 52 (second
  labellers: 1134 of 1134 values agreed; LABELS.md now says that a DIČ given alone yields its
  eight-digit IČO), scored once at the fifty-second round's end (2026-12-07): 0.957, 49
  misses, 0 unflagged wrong values, flagged share 30.3 % (production addresses 0.913, test
  addresses 0.937, contact person 0.944, organisation name and contact phone 0.952, contact
  e-mail 0.960, request types and IČO 0.976, data-box ID 1.000). With no unflagged value it
  joined the tuning set for a fifty-third round (``heldout53``, 6862 cases), after which it
  scored 0.975 (28 misses, all flagged).
- ``heldout54`` (tests/corpus/fiftyfourth/): a fifty-fourth held-out part (prefixes cm, cn, co),
  written during the fifty-second round apart from its rules (second labellers: 1133 of 1134
  values agreed at first; co040's IČO, which the message never gives, then corrected to none),
  scored once at the fifty-third round's end (2026-12-07, ``tuning`` on 6862 cases with the
  fifty-third part in it): 0.984, 18 misses, 3 unflagged wrong values (cm002: an address joining
  production beside inline answers under the office's quoted questions; cm041: a name typed
  without diacritics kept so although the Subject writes it with them; cn035: a transposed
  workbook's old server kept as production), flagged share 30.7 % (production addresses 0.952,
  organisation name 0.968, test addresses 0.976, contact phone 0.984, request types, IČO and
  contact person 0.992, data-box ID and contact e-mail 1.000). Two short fixes then read cm041
  right and flagged cm002 and cn035 (0.985, 17 misses, 0 unflagged), and it joined the tuning
  set for a fifty-fourth round (``heldout54``, 6988 cases).
- ``heldout55`` (tests/corpus/fiftyfifth/): a fifty-fifth held-out part (prefixes cp, cq, cr),
  written during the fifty-fifth round apart from its rules (second labellers: 1134 of 1134
  values agreed), scored once during that round's end (2026-12-07, on fa173ce8, ``tuning`` at
  0.9994 on 6988 cases with the fifty-fourth part in it): 0.979, 24 misses, 0 unflagged wrong
  values, flagged share 30.1 % (contact phone 0.952, contact person 0.960, organisation name
  0.968, production addresses and contact e-mail 0.976, IČO 0.984, test addresses 0.992,
  request types and data-box ID 1.000). With no unflagged value it joined the tuning set
  (``heldout55``, 7114 cases).
- ``heldout56`` (tests/corpus/fiftysixth/): a fifty-sixth held-out part (prefixes cs, ct, cu),
  written during the fifty-fifth round's end apart from its rules (second labellers: 1133 of
  1134 values agreed at first; cs030's replacement address then put in the place of the one it
  replaces, as cp011 is labelled), scored once at that round's end (2026-12-07, on 7b8bc0d8,
  with the fifty-fifth part tuned against): 0.981, 22 misses, 3 unflagged wrong values (ct006:
  a trader's quoted trade name "Name – Trade" given as the plain name; ct016: a form's label
  words "Obchodní firma" kept in the name; cu002: a switchboard taken before the contact's
  mobile), flagged share 27.6 % (production addresses 0.952, organisation name and test
  addresses 0.960, request types 0.976, contact phone 0.984, IČO 0.992, data-box ID, contact
  person and e-mail 1.000). Short fixes then read the three right (a quoted trade name wrapped
  over two lines, a heading not joined with a labelled row, a general line before a mobile)
  and a range "bis … außer": 0.984, 18 misses, 0 unflagged. With no unflagged value it joined
  the tuning set for a fifty-sixth round (``heldout56``, 7240 cases).
- ``heldout57`` (tests/corpus/fiftyseventh/): a fifty-seventh held-out part (prefixes cv, cw,
  cx), written during the fifty-sixth round apart from its rules (second labellers: 1133 of 1134
  values agreed; cw018's IČO, which its message never gives, then set to none), scored once at
  that round's end (2026-12-07, on 130f3587, ``tuning`` at 0.9994 on 7240 cases with the
  fifty-sixth part in it): 0.987, 15 misses, 0 unflagged wrong values, flagged share 27.8 %
  (organisation name 0.960, contact person 0.976, contact e-mail 0.984, request types, IČO,
  production and test addresses and contact phone 0.992, data-box ID 1.000). With no unflagged
  value it joined the tuning set (``heldout57``, 7366 cases).
- ``heldout58`` (tests/corpus/fiftyeighth/): a fifty-eighth held-out part (prefixes cy, cz,
  dd), written at the fifty-sixth round's end apart from its rules (second labellers: 1133 of
  1134 values agreed; cz026's organisation then spelled as its message writes it), scored once
  in the fifty-ninth round (2026-12-07, on 6e601d40, ``tuning`` at 0.9994 on 7366 cases with the
  fifty-seventh part in it): 0.979, 24 misses, 0 unflagged wrong values, flagged share 27.2 %
  (organisation name 0.952, production addresses and contact person 0.968, contact phone
  0.976, IČO, test addresses and contact e-mail 0.984, request types 0.992, data-box ID 1.000).
  With no unflagged value it joined the tuning set (``heldout58``, 7492 cases).
- ``heldout59`` (tests/corpus/fiftyninth/): a fifty-ninth held-out part (prefixes de, df, dg),
  written in the fifty-ninth round apart from its rules (second labellers: 1130 of 1134 values
  agreed; three IČOs no message states set to none and an opening article left out of a name,
  by LABELS.md), scored once at the sixtieth round's start (2026-12-07, on 6601320c, ``tuning``
  at 0.9995 on 7492 cases with the fifty-eighth part in it, before any of that round's rules):
  0.981, 22 misses, 2 unflagged wrong values (de004: an OCR-pasted name read without its
  legal form "s.r.o." on the next line; dg023: a Hungarian contact written given name first
  in a PDF read in the other order), flagged share 31.4 % (test addresses 0.952, production
  addresses 0.968, contact person and phone 0.976, request types and organisation name 0.984,
  IČO and contact e-mail 0.992, data-box ID 1.000). Four of those misses were the corpus's
  own fault: the RTF builder wrote the table of de025 and de033 letter by letter (a table
  given as a dict of rows), so those files held no address; with the builder fixed and no
  rule changed the part reads 0.984, 18 misses, 2 unflagged. It then joined the tuning set
  (``heldout59``, 7618 cases).
- ``heldout60`` (tests/corpus/sixtieth/): a sixtieth held-out part (prefixes dh, di, dj), written
  in the sixtieth round apart from its rules (second labellers: 1133 of 1134 values agreed;
  dj003's Korean name, written in both orders, then settled in LABELS.md as its writer
  labelled it), scored once at that round's end (2026-12-07, on e8619fca, ``tuning`` at 0.9995
  on 7618 cases with the fifty-ninth part in it; one rule helper had run this set once during
  the round, seeing only its miss count): 0.963, 42 misses, 2 unflagged wrong values (dj011: an
  IPv6 range "::10 – ::12" read as its two ends; dj039: a filming request in an attached
  forwarded mail not counted), flagged share 28.8 % (production addresses 0.897, test
  addresses 0.913, organisation name 0.960, contact person 0.968, IČO 0.976, request types
  and data-box ID 0.984, contact e-mail and phone 0.992). After the sixty-first round's rules
  (read on 0b38fdb7) it reads 1.0000, 0 unflagged, and it joined the tuning set (7744 cases).
- ``heldout61`` (tests/corpus/sixtyfirst/): a sixty-first held-out part (prefixes dk, dl, dm), written in the sixty-first
  round apart from its rules (second labellers: 1134 of 1134 values agreed), scored once at
  that round's end (2026-12-08, on 6dd55e77, ``tuning`` at 7744 cases with the sixtieth part
  in it): 0.954, 52 misses, 5 unflagged wrong values (dl007: the label "IČO" of an attached
  HTML form taken for the organisation's name; dl020: a cover mail withdrawing the feed that
  the attached form asks for, the form's addresses kept; dm002: a filming request in Russian
  not counted; dm010: a feed withdrawn in Slovenian still counted), flagged share 31.2 %
  (production addresses 0.889, test addresses 0.905, contact person 0.952, organisation
  name and contact phone 0.960, request types and contact e-mail 0.968, IČO 0.984, data-box
  ID 1.000). After the sixty-second round's rules (read on 65acdc25) it reads 0.996, 5 misses,
  all flagged (dl002: two applications in one data message, the later replacing the earlier,
  both read), 0 unflagged, and it joined the tuning set (7870 cases).
- ``heldout62`` (tests/corpus/sixtysecond/; also ``heldout`` until a sixty-third part is
  written): a sixty-second held-out part (prefixes dn, do, dp), written in the sixty-second
  round apart from its rules (second labellers: 1133 of 1134 values agreed; do032's IČO,
  never stated in the message, was then labelled none), scored once at that round's end
  (2026-12-08, on 7f34ef02, ``tuning`` at 7870 cases with the sixty-first part in it): 0.967
  (0.9665), 38 misses, 9 unflagged wrong values (do002: a test address marked only by a DOCX
  footnote kept as production; dp021: the same by an asterisk; dp001, dp002, dp004: test
  servers named in Arabic, Hebrew and Korean merged into production; do038: a whole
  application withdrawn, its old addresses kept; do029: a feed put off to a later election
  still counted; dp004: a Korean filming request not counted; dp031: a Korean name in
  capitals, surname first, read in that order), flagged share 29.4 % (production addresses
  0.921, contact person and test addresses 0.944, request types 0.960, organisation name
  0.968, contact e-mail and phone 0.984, IČO 0.992, data-box ID 1.000). Not in the tuning set
  until its unflagged values are read right."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from databox.zfo import parse_inner_xml
from intake.model import ParsedMessage
from mail.mime import parse_email

CORPUS = Path(__file__).parent
TUNING_DIR = CORPUS / "cases"
HELDOUT1_DIR = CORPUS / "heldout"
BLIND_DIR = CORPUS / "blind"
FRESH_DIR = CORPUS / "fresh"
FOURTH_DIR = CORPUS / "fourth"
FIFTH_DIR = CORPUS / "fifth"
SIXTH_DIR = CORPUS / "sixth"
SEVENTH_DIR = CORPUS / "seventh"
EIGHTH_DIR = CORPUS / "eighth"
NINTH_DIR = CORPUS / "ninth"
TENTH_DIR = CORPUS / "tenth"
ELEVENTH_DIR = CORPUS / "eleventh"
TWELFTH_DIR = CORPUS / "twelfth"
THIRTEENTH_DIR = CORPUS / "thirteenth"
FOURTEENTH_DIR = CORPUS / "fourteenth"
FIFTEENTH_DIR = CORPUS / "fifteenth"
SIXTEENTH_DIR = CORPUS / "sixteenth"
SEVENTEENTH_DIR = CORPUS / "seventeenth"
EIGHTEENTH_DIR = CORPUS / "eighteenth"
NINETEENTH_DIR = CORPUS / "nineteenth"
TWENTIETH_DIR = CORPUS / "twentieth"
TWENTYFIRST_DIR = CORPUS / "twentyfirst"
TWENTYSECOND_DIR = CORPUS / "twentysecond"
TWENTYTHIRD_DIR = CORPUS / "twentythird"
TWENTYFOURTH_DIR = CORPUS / "twentyfourth"
TWENTYFIFTH_DIR = CORPUS / "twentyfifth"
TWENTYSIXTH_DIR = CORPUS / "twentysixth"
TWENTYSEVENTH_DIR = CORPUS / "twentyseventh"
TWENTYEIGHTH_DIR = CORPUS / "twentyeighth"
TWENTYNINTH_DIR = CORPUS / "twentyninth"
THIRTIETH_DIR = CORPUS / "thirtieth"
THIRTYFIRST_DIR = CORPUS / "thirtyfirst"
THIRTYSECOND_DIR = CORPUS / "thirtysecond"
THIRTYTHIRD_DIR = CORPUS / "thirtythird"
THIRTYFOURTH_DIR = CORPUS / "thirtyfourth"
THIRTYFIFTH_DIR = CORPUS / "thirtyfifth"
THIRTYSIXTH_DIR = CORPUS / "thirtysixth"
THIRTYSEVENTH_DIR = CORPUS / "thirtyseventh"
THIRTYEIGHTH_DIR = CORPUS / "thirtyeighth"
THIRTYNINTH_DIR = CORPUS / "thirtyninth"
FORTIETH_DIR = CORPUS / "fortieth"
FORTYFIRST_DIR = CORPUS / "fortyfirst"
FORTYSECOND_DIR = CORPUS / "fortysecond"
FORTYTHIRD_DIR = CORPUS / "fortythird"
FORTYFOURTH_DIR = CORPUS / "fortyfourth"
FORTYFIFTH_DIR = CORPUS / "fortyfifth"
FORTYSIXTH_DIR = CORPUS / "fortysixth"
FORTYSEVENTH_DIR = CORPUS / "fortyseventh"
FORTYEIGHTH_DIR = CORPUS / "fortyeighth"
FORTYNINTH_DIR = CORPUS / "fortyninth"
FIFTIETH_DIR = CORPUS / "fiftieth"
FIFTYFIRST_DIR = CORPUS / "fiftyfirst"
FIFTYSECOND_DIR = CORPUS / "fiftysecond"
FIFTYTHIRD_DIR = CORPUS / "fiftythird"
FIFTYFOURTH_DIR = CORPUS / "fiftyfourth"
FIFTYFIFTH_DIR = CORPUS / "fiftyfifth"
FIFTYSIXTH_DIR = CORPUS / "fiftysixth"
FIFTYSEVENTH_DIR = CORPUS / "fiftyseventh"
FIFTYEIGHTH_DIR = CORPUS / "fiftyeighth"
FIFTYNINTH_DIR = CORPUS / "fiftyninth"
SIXTIETH_DIR = CORPUS / "sixtieth"
SIXTYFIRST_DIR = CORPUS / "sixtyfirst"
SIXTYSECOND_DIR = CORPUS / "sixtysecond"
SETS: dict[str, tuple[Path, ...]] = {
    "cases": (TUNING_DIR,),
    "heldout1": (HELDOUT1_DIR,),
    "heldout2": (BLIND_DIR,),
    "heldout3": (FRESH_DIR,),
    "heldout4": (FOURTH_DIR,),
    "tuning": (
        TUNING_DIR,
        HELDOUT1_DIR,
        BLIND_DIR,
        FRESH_DIR,
        FOURTH_DIR,
        SIXTH_DIR,
        FIFTH_DIR,
        SEVENTH_DIR,
        EIGHTH_DIR,
        NINTH_DIR,
        TENTH_DIR,
        ELEVENTH_DIR,
        TWELFTH_DIR,
        THIRTEENTH_DIR,
        FOURTEENTH_DIR,
        FIFTEENTH_DIR,
        SIXTEENTH_DIR,
        SEVENTEENTH_DIR,
        EIGHTEENTH_DIR,
        NINETEENTH_DIR,
        TWENTIETH_DIR,
        TWENTYFIRST_DIR,
        TWENTYSECOND_DIR,
        TWENTYTHIRD_DIR,
        TWENTYFOURTH_DIR,
        TWENTYFIFTH_DIR,
        TWENTYSIXTH_DIR,
        TWENTYSEVENTH_DIR,
        TWENTYEIGHTH_DIR,
        TWENTYNINTH_DIR,
        THIRTIETH_DIR,
        THIRTYFIRST_DIR,
        THIRTYSECOND_DIR,
        THIRTYTHIRD_DIR,
        THIRTYFOURTH_DIR,
        THIRTYFIFTH_DIR,
        THIRTYSIXTH_DIR,
        THIRTYSEVENTH_DIR,
        THIRTYEIGHTH_DIR,
        THIRTYNINTH_DIR,
        FORTIETH_DIR,
        FORTYFIRST_DIR,
        FORTYSECOND_DIR,
        FORTYTHIRD_DIR,
        FORTYFOURTH_DIR,
        FORTYFIFTH_DIR,
        FORTYSIXTH_DIR,
        FORTYSEVENTH_DIR,
        FORTYEIGHTH_DIR,
        FORTYNINTH_DIR,
        FIFTIETH_DIR,
        FIFTYFIRST_DIR,
        FIFTYSECOND_DIR,
        FIFTYTHIRD_DIR,
        FIFTYFOURTH_DIR,
        FIFTYFIFTH_DIR,
        FIFTYSIXTH_DIR,
        FIFTYSEVENTH_DIR,
        FIFTYEIGHTH_DIR,
        FIFTYNINTH_DIR,
        SIXTIETH_DIR,
        SIXTYFIRST_DIR,
    ),
    "heldout6": (SIXTH_DIR,),
    "heldout5": (FIFTH_DIR,),
    "heldout7": (SEVENTH_DIR,),
    "heldout_all": (FIFTH_DIR, SEVENTH_DIR),
    "heldout8": (EIGHTH_DIR,),
    "heldout9": (NINTH_DIR,),
    "heldout10": (TENTH_DIR,),
    "heldout11": (ELEVENTH_DIR,),
    "heldout12": (TWELFTH_DIR,),
    "heldout13": (THIRTEENTH_DIR,),
    "heldout14": (FOURTEENTH_DIR,),
    "heldout15": (FIFTEENTH_DIR,),
    "heldout16": (SIXTEENTH_DIR,),
    "heldout17": (SEVENTEENTH_DIR,),
    "heldout18": (EIGHTEENTH_DIR,),
    "heldout19": (NINETEENTH_DIR,),
    "heldout20": (TWENTIETH_DIR,),
    "heldout21": (TWENTYFIRST_DIR,),
    "heldout22": (TWENTYSECOND_DIR,),
    "heldout23": (TWENTYTHIRD_DIR,),
    "heldout24": (TWENTYFOURTH_DIR,),
    "heldout25": (TWENTYFIFTH_DIR,),
    "heldout26": (TWENTYSIXTH_DIR,),
    "heldout27": (TWENTYSEVENTH_DIR,),
    "heldout28": (TWENTYEIGHTH_DIR,),
    "heldout29": (TWENTYNINTH_DIR,),
    "heldout30": (THIRTIETH_DIR,),
    "heldout31": (THIRTYFIRST_DIR,),
    "heldout32": (THIRTYSECOND_DIR,),
    "heldout33": (THIRTYTHIRD_DIR,),
    "heldout34": (THIRTYFOURTH_DIR,),
    "heldout35": (THIRTYFIFTH_DIR,),
    "heldout36": (THIRTYSIXTH_DIR,),
    "heldout37": (THIRTYSEVENTH_DIR,),
    "heldout38": (THIRTYEIGHTH_DIR,),
    "heldout39": (THIRTYNINTH_DIR,),
    "heldout40": (FORTIETH_DIR,),
    "heldout41": (FORTYFIRST_DIR,),
    "heldout42": (FORTYSECOND_DIR,),
    "heldout43": (FORTYTHIRD_DIR,),
    "heldout44": (FORTYFOURTH_DIR,),
    "heldout45": (FORTYFIFTH_DIR,),
    "heldout46": (FORTYSIXTH_DIR,),
    "heldout47": (FORTYSEVENTH_DIR,),
    "heldout48": (FORTYEIGHTH_DIR,),
    "heldout49": (FORTYNINTH_DIR,),
    "heldout50": (FIFTIETH_DIR,),
    "heldout51": (FIFTYFIRST_DIR,),
    "heldout52": (FIFTYSECOND_DIR,),
    "heldout53": (FIFTYTHIRD_DIR,),
    "heldout54": (FIFTYFOURTH_DIR,),
    "heldout55": (FIFTYFIFTH_DIR,),
    "heldout56": (FIFTYSIXTH_DIR,),
    "heldout57": (FIFTYSEVENTH_DIR,),
    "heldout58": (FIFTYEIGHTH_DIR,),
    "heldout59": (FIFTYNINTH_DIR,),
    "heldout60": (SIXTIETH_DIR,),
    "heldout61": (SIXTYFIRST_DIR,),
    "heldout62": (SIXTYSECOND_DIR,),
    "heldout": (SIXTYSECOND_DIR,),
}
SUFFIXES = (".eml", ".xml")


def parse(raw: bytes) -> ParsedMessage:
    return parse_email(raw)


def parse_path(path: Path) -> ParsedMessage:
    """A corpus file as the pipeline would see it: .xml is a data message, .eml an e-mail."""
    raw = path.read_bytes()
    return parse_inner_xml(raw) if path.suffix == ".xml" else parse_email(raw)


def cases(set_name: str = "tuning") -> list[tuple[Path, dict[str, Any]]]:
    out = []
    found = [p for d in SETS[set_name] if d.is_dir() for p in d.iterdir() if p.suffix in SUFFIXES]
    for msg in sorted(found):
        labels = json.loads(msg.with_suffix(".json").read_text(encoding="utf-8"))
        out.append((msg, labels))
    return out
