"""The checks every hand-written held-out part shares (prefixes c, d, e in tests/corpus/fresh/, f,
g, h in fourth/, i, j, k in fifth/, l, m, n in sixth/, p, q, r in seventh/, s, t, u in eighth/, v,
w, x in ninth/, o, y, z in tenth/, ea, eb, ec in eleventh/, fa, fb, fc in twelfth/, ga, gb, gc in
thirteenth/, ha, hb, hc in fourteenth/, ia, ib, ic in fifteenth/, ja, jb, jc in sixteenth/, ka, kb,
kc in seventeenth/, la, lb, lc in eighteenth/, ma, mb, mc in nineteenth/, na, nb, nc in twentieth/,
oa, ob, oc in twentyfirst/, pa, pb, pc in twentysecond/, qa, qb, qc in twentythird/, ra, rb, rc in
twentyfourth/): ids numbered in order, the files on disk exactly what the part's generator makes,
a deterministic generator numbering from the part's own offset, a message and a label per case,
every label well-formed and never the office's own, every message loads, an e-mail's sender
header is one example address, a data message's label names its envelope's sender box, and the
variety every part has (at least eight styles, four attachment kinds, data messages, every
request-type combination, an applicant without an IČO, an IPv6 production address, production
addresses without test ones), plus the attachment kinds and raw markers a part demands (its
``Part`` record). What is particular to one part (its emphasis, its own label rules) stays in that
part's test module (test_corpus_<set>_<prefix>.py). Extraction is deliberately not run here: these
sets are only scored at the end of the rule work (``python -m tests.corpus.accuracy --set
heldout``)."""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.corpus import (
    eighteenth_la_common,
    eighteenth_lb_common,
    eighteenth_lc_common,
    eighth_s_common,
    eighth_t_common,
    eighth_u_common,
    eleventh_ea_common,
    eleventh_ec_common,
    fifteenth_ia_common,
    fifteenth_ib_common,
    fifteenth_ic_common,
    fifth_i_common,
    fifth_k_common,
    fourteenth_ha_common,
    fourteenth_hb_common,
    fourteenth_hc_common,
    fourth_f_common,
    fourth_h_common,
    fresh_c_common,
    fresh_d_common,
    fresh_e_common,
    make_eighteenth_la,
    make_eighteenth_lb,
    make_eighteenth_lc,
    make_eighth_s,
    make_eighth_t,
    make_eighth_u,
    make_eleventh_ea,
    make_eleventh_eb,
    make_eleventh_ec,
    make_fifteenth_ia,
    make_fifteenth_ib,
    make_fifteenth_ic,
    make_fifth_i,
    make_fifth_j,
    make_fifth_k,
    make_fourteenth_ha,
    make_fourteenth_hb,
    make_fourteenth_hc,
    make_fourth_f,
    make_fourth_g,
    make_fourth_h,
    make_fresh_c,
    make_fresh_d,
    make_fresh_e,
    make_nineteenth_ma,
    make_nineteenth_mb,
    make_nineteenth_mc,
    make_ninth_v,
    make_ninth_w,
    make_ninth_x,
    make_seventeenth_ka,
    make_seventeenth_kb,
    make_seventeenth_kc,
    make_seventh_p,
    make_seventh_q,
    make_seventh_r,
    make_sixteenth_ja,
    make_sixteenth_jb,
    make_sixteenth_jc,
    make_sixth_l,
    make_sixth_m,
    make_sixth_n,
    make_tenth_o,
    make_tenth_y,
    make_tenth_z,
    make_thirteenth_ga,
    make_thirteenth_gb,
    make_thirteenth_gc,
    make_twelfth_fa,
    make_twelfth_fb,
    make_twelfth_fc,
    make_twentieth_na,
    make_twentieth_nb,
    make_twentieth_nc,
    make_twentyfirst_oa,
    make_twentyfirst_ob,
    make_twentyfirst_oc,
    make_twentyfourth_ra,
    make_twentyfourth_rb,
    make_twentyfourth_rc,
    make_twentysecond_pa,
    make_twentysecond_pb,
    make_twentysecond_pc,
    make_twentythird_qa,
    make_twentythird_qb,
    make_twentythird_qc,
    nineteenth_ma_common,
    nineteenth_mb_common,
    nineteenth_mc_common,
    ninth_v_common,
    ninth_x_common,
    seventeenth_ka_common,
    seventeenth_kb_common,
    seventeenth_kc_common,
    seventh_p_common,
    seventh_q_common,
    sixteenth_ja_common,
    sixteenth_jb_common,
    sixteenth_jc_common,
    sixth_m_common,
    tenth_o_common,
    tenth_z_common,
    thirteenth_ga_common,
    thirteenth_gb_common,
    thirteenth_gc_common,
    twelfth_fa_common,
    twelfth_fb_common,
    twelfth_fc_common,
    twentieth_na_common,
    twentieth_nb_common,
    twentieth_nc_common,
    twentyfirst_oa_common,
    twentyfirst_ob_common,
    twentyfirst_oc_common,
    twentyfourth_ra_common,
    twentyfourth_rb_common,
    twentyfourth_rc_common,
    twentysecond_pa_common,
    twentysecond_pb_common,
    twentysecond_pc_common,
    twentythird_qa_common,
    twentythird_qb_common,
    twentythird_qc_common,
)
from tests.corpus.blind_a_common import Style as BlindAStyle
from tests.corpus.heldout_docs import MIME
from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import (
    EIGHTEENTH_DIR,
    EIGHTH_DIR,
    ELEVENTH_DIR,
    FIFTEENTH_DIR,
    FIFTH_DIR,
    FOURTEENTH_DIR,
    FOURTH_DIR,
    FRESH_DIR,
    NINETEENTH_DIR,
    NINTH_DIR,
    SEVENTEENTH_DIR,
    SEVENTH_DIR,
    SIXTEENTH_DIR,
    SIXTH_DIR,
    TENTH_DIR,
    THIRTEENTH_DIR,
    TWELFTH_DIR,
    TWENTIETH_DIR,
    TWENTYFIRST_DIR,
    TWENTYFOURTH_DIR,
    TWENTYSECOND_DIR,
    TWENTYTHIRD_DIR,
)
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths

COUNT = 42
MIN_STYLES = 8
ALL_REQUEST_TYPES = {("feed_access",), ("recording_permit",), ("feed_access", "recording_permit")}
OFFICE_KINDS = frozenset({"pdf", "docx", "xlsx", "odt", "rtf"})
CHARSETS = (b"windows-1250", b"iso-8859-2")
WRAPPED = (b"multipart/signed", b"message/rfc822")
MAIL_MIX = (
    b'format="flowed"',
    b"quoted-printable",
    b"Content-Transfer-Encoding: base64",
    b"multipart/alternative",
    b"text/html",
    *CHARSETS,
    *WRAPPED,
)
OFFICE_MIME = tuple(MIME[kind].encode() for kind in ("pdf", "docx", "xlsx", "odt", "rtf"))


@dataclass(frozen=True)
class Part:
    """A part: its prefix, directory, generator module (``make_<set>_<prefix>``), Style enum
    and number offset, the attachment kinds its cases must include and the byte strings its
    raw messages must contain."""

    prefix: str
    directory: Path
    generator: ModuleType
    style: type[StrEnum]
    n0: int
    kinds: frozenset[str] = field(default_factory=frozenset)
    markers: tuple[bytes, ...] = ()

    @property
    def styles(self) -> frozenset[str]:
        return frozenset(s.value for s in self.style)

    def cases(self) -> list[dict[str, Any]]:
        return list(self.generator.all_cases())

    def files(self) -> dict[str, bytes]:
        return dict(self.generator.files())


PARTS = [
    Part("c", FRESH_DIR, make_fresh_c, fresh_c_common.Style, 300, markers=MAIL_MIX),
    Part("d", FRESH_DIR, make_fresh_d, fresh_d_common.Style, 400),
    Part("e", FRESH_DIR, make_fresh_e, fresh_e_common.Style, 500),
    Part("f", FOURTH_DIR, make_fourth_f, fourth_f_common.Style, 600, markers=MAIL_MIX),
    Part("g", FOURTH_DIR, make_fourth_g, BlindAStyle, 700),
    Part("h", FOURTH_DIR, make_fourth_h, fourth_h_common.Style, 800, markers=MAIL_MIX),
    Part(
        "i", FIFTH_DIR, make_fifth_i, fifth_i_common.Style, 900, markers=(*MAIL_MIX, b'delsp="yes"')
    ),
    Part(
        "j",
        FIFTH_DIR,
        make_fifth_j,
        BlindAStyle,
        1000,
        OFFICE_KINDS | {"eml"},
        markers=(*WRAPPED, *CHARSETS),
    ),
    Part(
        "k",
        FIFTH_DIR,
        make_fifth_k,
        fifth_k_common.Style,
        1100,
        OFFICE_KINDS | {"eml"},
        markers=(b'format="flowed"', b"text/html", *CHARSETS, *WRAPPED),
    ),
    Part("l", SIXTH_DIR, make_sixth_l, BlindAStyle, 1200, OFFICE_KINDS | {"txt", "eml"}),
    Part("m", SIXTH_DIR, make_sixth_m, sixth_m_common.Style, 1300),
    Part(
        "n",
        SIXTH_DIR,
        make_sixth_n,
        BlindAStyle,
        1400,
        OFFICE_KINDS | {"eml"},
        markers=(*WRAPPED, *CHARSETS),
    ),
    Part("p", SEVENTH_DIR, make_seventh_p, seventh_p_common.Style, 1500),
    Part(
        "q",
        SEVENTH_DIR,
        make_seventh_q,
        seventh_q_common.Style,
        1600,
        OFFICE_KINDS | {"txt", "eml"},
    ),
    Part("r", SEVENTH_DIR, make_seventh_r, BlindAStyle, 1700, OFFICE_KINDS | {"txt", "eml"}),
    Part("s", EIGHTH_DIR, make_eighth_s, eighth_s_common.Style, 1800),
    Part("t", EIGHTH_DIR, make_eighth_t, eighth_t_common.Style, 1900, OFFICE_KINDS),
    Part("u", EIGHTH_DIR, make_eighth_u, eighth_u_common.Style, 2000),
    Part(
        "v",
        NINTH_DIR,
        make_ninth_v,
        ninth_v_common.Style,
        2100,
        OFFICE_KINDS | {"eml"},
        markers=(
            *(m for m in MAIL_MIX if m != b"quoted-printable"),
            b"Microsoft Outlook",
            b"Apple Mail",
            b"Thunderbird",
            b"Email.cz",
            b"Roundcube",
            b"iPhone Mail",
        ),
    ),
    Part(
        "w",
        NINTH_DIR,
        make_ninth_w,
        BlindAStyle,
        2200,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(*WRAPPED, *CHARSETS),
    ),
    Part("x", NINTH_DIR, make_ninth_x, ninth_x_common.Style, 2300),
    Part(
        "o",
        TENTH_DIR,
        make_tenth_o,
        tenth_o_common.Style,
        2400,
        markers=(
            *MAIL_MIX,
            b"Microsoft Outlook",
            b"Apple Mail",
            b"Thunderbird",
            b"Email.cz",
            b"Roundcube",
            b"iPhone Mail",
            b"Android Mail",
        ),
    ),
    Part("y", TENTH_DIR, make_tenth_y, BlindAStyle, 2500, OFFICE_KINDS | {"txt"}),
    Part("z", TENTH_DIR, make_tenth_z, tenth_z_common.Style, 2600, OFFICE_KINDS | {"txt", "eml"}),
    Part(
        "ea",
        ELEVENTH_DIR,
        make_eleventh_ea,
        eleventh_ea_common.Style,
        2700,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *(m for m in MAIL_MIX if m != b"iso-8859-2"),
            b"Microsoft Outlook",
            b"Apple Mail",
            b"Thunderbird",
            b"Email.cz",
            b"Roundcube",
            b"iPhone Mail",
            b"K-9 Mail for Android",
        ),
    ),
    Part(
        "eb",
        ELEVENTH_DIR,
        make_eleventh_eb,
        BlindAStyle,
        2800,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(*OFFICE_MIME, *WRAPPED, *CHARSETS),
    ),
    Part(
        "ec",
        ELEVENTH_DIR,
        make_eleventh_ec,
        eleventh_ec_common.Style,
        2900,
        OFFICE_KINDS | {"txt", "eml"},
    ),
    Part(
        "fa",
        TWELFTH_DIR,
        make_twelfth_fa,
        twelfth_fa_common.Style,
        3000,
        OFFICE_KINDS | {"txt"},
        markers=(
            b"quoted-printable",
            b"Content-Transfer-Encoding: base64",
            b"text/html",
            b"windows-1250",
            b"Microsoft Outlook",
            b"Outlook on the web",
            b"Apple Mail",
            b"Thunderbird",
            b"Seznam Email",
            b"Roundcube",
            b"Zimbra",
            b"X-Gm-Message-State",
            b"iPhone Mail",
            b"Android-Mail",
            b"K-9 Mail for Android",
        ),
    ),
    Part(
        "fb",
        TWELFTH_DIR,
        make_twelfth_fb,
        twelfth_fb_common.Style,
        3100,
        OFFICE_KINDS | {"txt"},
        markers=OFFICE_MIME,
    ),
    Part(
        "fc",
        TWELFTH_DIR,
        make_twelfth_fc,
        twelfth_fc_common.Style,
        3200,
        OFFICE_KINDS | {"txt"},
        markers=(b'format="flowed"', b"Microsoft Outlook"),
    ),
    Part(
        "ga",
        THIRTEENTH_DIR,
        make_thirteenth_ga,
        thirteenth_ga_common.Style,
        3300,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *(m for m in MAIL_MIX if m != b"multipart/signed"),
            b"iPhone Mail",
            b"Android-Mail",
            b"K-9 Mail for Android",
            b"X-Gm-Message-State",
            b"Microsoft Outlook 16.0",
            b"Microsoft Outlook Express",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"Seznam Email",
            b"Roundcube",
            b"Zimbra",
        ),
    ),
    Part(
        "gb",
        THIRTEENTH_DIR,
        make_thirteenth_gb,
        thirteenth_gb_common.Style,
        3400,
        OFFICE_KINDS | {"txt"},
        markers=OFFICE_MIME,
    ),
    Part(
        "gc",
        THIRTEENTH_DIR,
        make_thirteenth_gc,
        thirteenth_gc_common.Style,
        3500,
        OFFICE_KINDS | {"txt"},
        markers=(b"text/html",),
    ),
    Part(
        "ha",
        FOURTEENTH_DIR,
        make_fourteenth_ha,
        fourteenth_ha_common.Style,
        3600,
        OFFICE_KINDS | {"txt"},
        markers=(
            *(m for m in MAIL_MIX if m != b"message/rfc822"),
            b"Microsoft Outlook",
            b"Outlook on the web",
            b"Apple Mail",
            b"Thunderbird",
            b"Seznam Email",
            b"Roundcube",
            b"Zimbra",
            b"X-Gm-Message-State",
            b"iPhone Mail",
            b"Android-Mail",
            b"K-9 Mail for Android",
        ),
    ),
    Part(
        "hb",
        FOURTEENTH_DIR,
        make_fourteenth_hb,
        fourteenth_hb_common.Style,
        3700,
        OFFICE_KINDS | {"txt"},
        markers=OFFICE_MIME,
    ),
    Part(
        "hc",
        FOURTEENTH_DIR,
        make_fourteenth_hc,
        fourteenth_hc_common.Style,
        3800,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(b'format="flowed"', *WRAPPED),
    ),
    Part(
        "ia",
        FIFTEENTH_DIR,
        make_fifteenth_ia,
        fifteenth_ia_common.Style,
        3900,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *(m for m in MAIL_MIX if m != b"iso-8859-2"),
            b"Microsoft Outlook",
            b"Microsoft Outlook Express",
            b"Apple Mail",
            b"Thunderbird",
            b"Roundcube",
            b"Zimbra",
            b"iPhone Mail",
        ),
    ),
    Part(
        "ib",
        FIFTEENTH_DIR,
        make_fifteenth_ib,
        fifteenth_ib_common.Style,
        4000,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(*OFFICE_MIME, *WRAPPED),
    ),
    Part(
        "ic",
        FIFTEENTH_DIR,
        make_fifteenth_ic,
        fifteenth_ic_common.Style,
        4100,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(*WRAPPED, *CHARSETS),
    ),
    Part(
        "ja",
        SIXTEENTH_DIR,
        make_sixteenth_ja,
        sixteenth_ja_common.Style,
        4200,
        OFFICE_KINDS | {"txt"},
        markers=(
            b"text/html",
            b"Microsoft Outlook",
            b"Thunderbird",
            b"Email.cz",
            b"Roundcube",
            b"iPhone Mail",
            b"Android Mail",
        ),
    ),
    Part(
        "jb",
        SIXTEENTH_DIR,
        make_sixteenth_jb,
        sixteenth_jb_common.Style,
        4300,
        OFFICE_KINDS | {"txt"},
        markers=(*OFFICE_MIME, b"text/html", b"Microsoft Outlook"),
    ),
    Part(
        "jc",
        SIXTEENTH_DIR,
        make_sixteenth_jc,
        sixteenth_jc_common.Style,
        4400,
        OFFICE_KINDS | {"txt"},
        markers=(b'format="flowed"', b"text/html", b"Microsoft Outlook"),
    ),
    Part(
        "ka",
        SEVENTEENTH_DIR,
        make_seventeenth_ka,
        seventeenth_ka_common.Style,
        4500,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            b"text/html",
            b"message/rfc822",
            b"Microsoft Outlook",
            b"X-MS-Has-Attach",
            b"Apple Mail",
            b"Thunderbird",
            b"Email.cz",
            b"Roundcube",
            b"iPhone Mail",
        ),
    ),
    Part(
        "kb",
        SEVENTEENTH_DIR,
        make_seventeenth_kb,
        seventeenth_kb_common.Style,
        4600,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(*OFFICE_MIME, b"text/html", b"message/rfc822"),
    ),
    Part(
        "kc",
        SEVENTEENTH_DIR,
        make_seventeenth_kc,
        seventeenth_kc_common.Style,
        4700,
        OFFICE_KINDS | {"txt"},
        markers=(
            b'format="flowed"',
            b"iso-8859-1",
            b"text/html",
            b"Microsoft Outlook",
            b"Thunderbird",
            b"Seznam Email",
        ),
    ),
    Part(
        "la",
        EIGHTEENTH_DIR,
        make_eighteenth_la,
        eighteenth_la_common.Style,
        4800,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *MAIL_MIX,
            b"Content-Transfer-Encoding: 8bit",
            b"Microsoft Outlook",
            b"MacOutlook",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Android-Mail",
            b"Seznam Email",
            b"Roundcube",
            b"Zimbra",
            b"Evolution",
            b"X-Gm-Message-State",
        ),
    ),
    Part(
        "lb",
        EIGHTEENTH_DIR,
        make_eighteenth_lb,
        eighteenth_lb_common.Style,
        4900,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *OFFICE_MIME,
            *CHARSETS,
            *WRAPPED,
            b"text/html",
            b"Microsoft Outlook",
            b"Thunderbird",
            b"Apple Mail",
            b"Seznam Email",
            b"Roundcube",
            b"iPhone Mail",
            b"Zimbra",
            b"X-Gm-Message-State",
            b"<p:dmAnnotation>",
        ),
    ),
    Part(
        "lc",
        EIGHTEENTH_DIR,
        make_eighteenth_lc,
        eighteenth_lc_common.Style,
        5000,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            b'format="flowed"',
            *CHARSETS,
            b"Content-Transfer-Encoding: base64",
            b"quoted-printable",
            b"text/html",
            b"message/rfc822",
            b"Microsoft Outlook",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"X-Gm-Message-State",
            b"Seznam Email",
            b"Roundcube",
            b"Zimbra",
            b"K-9 Mail for Android",
            b"Android Mail",
        ),
    ),
    Part(
        "ma",
        NINETEENTH_DIR,
        make_nineteenth_ma,
        nineteenth_ma_common.Style,
        5100,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *MAIL_MIX,
            b'delsp="yes"',
            b"Content-Transfer-Encoding: 8bit",
            b"Microsoft Outlook",
            b"MacOutlook",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Android-Mail",
            b"Seznam Email",
            b"Roundcube",
            b"Zimbra",
            b"Evolution",
            b"X-Gm-Message-State",
        ),
    ),
    Part(
        "mb",
        NINETEENTH_DIR,
        make_nineteenth_mb,
        nineteenth_mb_common.Style,
        5200,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *OFFICE_MIME,
            *CHARSETS,
            *WRAPPED,
            b"text/html",
            b"Microsoft Outlook",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Android Mail",
            b"Seznam Email",
            b"Roundcube",
            b"Zimbra",
            b"X-Gm-Message-State",
            b"<p:dmAnnotation>",
        ),
    ),
    Part(
        "mc",
        NINETEENTH_DIR,
        make_nineteenth_mc,
        nineteenth_mc_common.Style,
        5300,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *MAIL_MIX,
            b"Microsoft Outlook",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Android Mail",
            b"Seznam Email",
            b"Roundcube",
            b"Zimbra",
            b"Evolution",
            b"X-Gm-Message-State",
        ),
    ),
    Part(
        "na",
        TWENTIETH_DIR,
        make_twentieth_na,
        twentieth_na_common.Style,
        5400,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *MAIL_MIX,
            b'delsp="yes"',
            b"Microsoft Outlook 16.0",
            b"Microsoft Outlook 14.0",
            b"Microsoft-MacOutlook",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Samsung Email",
            b"Seznam Email",
            b"Roundcube",
            b"Zimbra",
            b"X-Gm-Message-State",
            b"Evolution",
            b"eM Client",
        ),
    ),
    Part(
        "nb",
        TWENTIETH_DIR,
        make_twentieth_nb,
        twentieth_nb_common.Style,
        5500,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *OFFICE_MIME,
            *MAIL_MIX,
            b"Microsoft Outlook",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"Email.cz",
            b"Roundcube",
            b"Evolution",
            b"X-Gm-Message-State",
            b"<p:dmAnnotation>",
        ),
    ),
    Part(
        "nc",
        TWENTIETH_DIR,
        make_twentieth_nc,
        twentieth_nc_common.Style,
        5600,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *MAIL_MIX,
            b"Microsoft Outlook",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Samsung Email",
            b"Seznam Email",
            b"Roundcube",
            b"Zimbra",
            b"X-Gm-Message-State",
        ),
    ),
    Part(
        "oa",
        TWENTYFIRST_DIR,
        make_twentyfirst_oa,
        twentyfirst_oa_common.Style,
        5700,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *MAIL_MIX,
            b'delsp="yes"',
            b"Content-Transfer-Encoding: 8bit",
            b"Microsoft Outlook 16.0",
            b"Microsoft Outlook 14.0",
            b"Microsoft Outlook Express",
            b"Microsoft-MacOutlook",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Samsung Email",
            b"Android Mail",
            b"Email.cz (Seznam Email)",
            b"Roundcube",
            b"Zimbra",
            b"X-Gm-Message-State",
            b"Evolution",
            b"eM Client",
            b"YMailNorrin",
        ),
    ),
    Part(
        "ob",
        TWENTYFIRST_DIR,
        make_twentyfirst_ob,
        twentyfirst_ob_common.Style,
        5800,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *OFFICE_MIME,
            b"quoted-printable",
            b"Content-Transfer-Encoding: base64",
            b"Content-Transfer-Encoding: 8bit",
            b"multipart/alternative",
            b"text/html",
            *CHARSETS,
            b"message/rfc822",
            b"Microsoft Outlook",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"Email.cz (Seznam Email)",
            b"Roundcube",
            b"X-Gm-Message-State",
            b"<p:dmAnnotation>",
        ),
    ),
    Part(
        "oc",
        TWENTYFIRST_DIR,
        make_twentyfirst_oc,
        twentyfirst_oc_common.Style,
        5900,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            b'format="flowed"',
            b'delsp="yes"',
            b"quoted-printable",
            b"Content-Transfer-Encoding: base64",
            b"Content-Transfer-Encoding: 8bit",
            b"text/html",
            *CHARSETS,
            b"message/rfc822",
            b"Microsoft Outlook",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Samsung Email",
            b"Email.cz (Seznam Email)",
            b"Roundcube",
            b"Zimbra",
            b"X-Gm-Message-State",
            b"eM Client",
        ),
    ),
    Part(
        "pa",
        TWENTYSECOND_DIR,
        make_twentysecond_pa,
        twentysecond_pa_common.Style,
        6000,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *MAIL_MIX,
            b'delsp="yes"',
            b"Content-Transfer-Encoding: 8bit",
            b"Microsoft Outlook 16.0",
            b"Microsoft-MacOutlook",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Samsung Email",
            b"Email.cz (Seznam Email)",
            b"Roundcube",
            b"Zimbra",
            b"X-Gm-Message-State",
            b"Evolution",
            b"eM Client",
        ),
    ),
    Part(
        "pb",
        TWENTYSECOND_DIR,
        make_twentysecond_pb,
        twentysecond_pb_common.Style,
        6100,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *OFFICE_MIME,
            *MAIL_MIX,
            b"Content-Transfer-Encoding: 8bit",
            b"Microsoft Outlook 16.0",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Email.cz (Seznam Email)",
            b"Roundcube",
            b"Zimbra",
            b"X-Gm-Message-State",
            b"Evolution",
            b"<p:dmAnnotation>",
        ),
    ),
    Part(
        "pc",
        TWENTYSECOND_DIR,
        make_twentysecond_pc,
        twentysecond_pc_common.Style,
        6200,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *MAIL_MIX,
            b"Content-Transfer-Encoding: 8bit",
            b"Microsoft Outlook 16.0",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Email.cz (Seznam Email)",
            b"Roundcube",
            b"Zimbra",
            b"X-Gm-Message-State",
        ),
    ),
    Part(
        "qa",
        TWENTYTHIRD_DIR,
        make_twentythird_qa,
        twentythird_qa_common.Style,
        6300,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *MAIL_MIX,
            b'delsp="yes"',
            b"Content-Transfer-Encoding: 8bit",
            b"Microsoft Outlook 16.0",
            b"Microsoft Outlook Express",
            b"Microsoft-MacOutlook",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Samsung Email",
            b"Android Mail",
            b"Email.cz (Seznam Email)",
            b"Roundcube",
            b"Zimbra",
            b"X-Gm-Message-State",
            b"Evolution",
        ),
    ),
    Part(
        "qb",
        TWENTYTHIRD_DIR,
        make_twentythird_qb,
        twentythird_qb_common.Style,
        6400,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *OFFICE_MIME,
            *MAIL_MIX,
            b'delsp="yes"',
            b"Content-Transfer-Encoding: 8bit",
            b"Microsoft Outlook 16.0",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Samsung Email",
            b"Email.cz (Seznam Email)",
            b"Roundcube",
            b"Zimbra",
            b"X-Gm-Message-State",
            b"Evolution",
            b"<p:dmAnnotation>",
        ),
    ),
    Part(
        "qc",
        TWENTYTHIRD_DIR,
        make_twentythird_qc,
        twentythird_qc_common.Style,
        6500,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *MAIL_MIX,
            b"Content-Transfer-Encoding: 8bit",
            b"Microsoft Outlook 16.0",
            b"Microsoft-MacOutlook",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Email.cz (Seznam Email)",
            b"Roundcube",
            b"Zimbra",
            b"X-Gm-Message-State",
        ),
    ),
    Part(
        "ra",
        TWENTYFOURTH_DIR,
        make_twentyfourth_ra,
        twentyfourth_ra_common.Style,
        6600,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *MAIL_MIX,
            b'delsp="yes"',
            b"Content-Transfer-Encoding: 8bit",
            b"Microsoft Outlook 16.0",
            b"Microsoft Outlook Express",
            b"Microsoft-MacOutlook",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Samsung Email",
            b"Android Mail",
            b"Email.cz (Seznam Email)",
            b"Roundcube",
            b"Zimbra",
            b"X-Gm-Message-State",
            b"Evolution",
        ),
    ),
    Part(
        "rb",
        TWENTYFOURTH_DIR,
        make_twentyfourth_rb,
        twentyfourth_rb_common.Style,
        6700,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *OFFICE_MIME,
            b"quoted-printable",
            b"Content-Transfer-Encoding: base64",
            b"Content-Transfer-Encoding: 8bit",
            b"multipart/alternative",
            b"text/html",
            *CHARSETS,
            *WRAPPED,
            b"Microsoft Outlook 16.0",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Email.cz (Seznam Email)",
            b"Roundcube",
            b"Zimbra",
            b"X-Gm-Message-State",
            b"<p:dmAnnotation>",
        ),
    ),
    Part(
        "rc",
        TWENTYFOURTH_DIR,
        make_twentyfourth_rc,
        twentyfourth_rc_common.Style,
        6800,
        OFFICE_KINDS | {"txt", "eml"},
        markers=(
            *(m for m in MAIL_MIX if m != b"multipart/signed"),
            b"Content-Transfer-Encoding: 8bit",
            b"Microsoft Outlook 16.0",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail for Android",
            b"Email.cz (Seznam Email)",
            b"Roundcube",
            b"X-Gm-Message-State",
            b"NeoMutt",
        ),
    ),
]
BY_PREFIX = {p.prefix: p for p in PARTS}
PER_PART = pytest.mark.parametrize("part", PARTS, ids=[p.prefix for p in PARTS])
MARKED = [p for p in PARTS if p.markers]
MESSAGES = [
    (part.prefix, path)
    for part in PARTS
    for path in messages(part_paths(part.directory, part.prefix))
]


@PER_PART
def test_ids_are_numbered_001_to_042_in_order(part: Part) -> None:
    ids = [c["id"] for c in part.cases()]
    assert len(ids) == COUNT
    check_ids_numbered(ids, part.prefix, COUNT)


@PER_PART
def test_the_files_on_disk_are_exactly_what_the_generator_makes(part: Part) -> None:
    check_files_on_disk(part_paths(part.directory, part.prefix), part.files())


@PER_PART
def test_the_generator_is_deterministic_and_numbers_from_the_parts_offset(part: Part) -> None:
    assert part.generator.N0 == part.n0
    assert part.files() == part.files()


@PER_PART
def test_every_case_has_a_file_pair(part: Part) -> None:
    found = messages(part_paths(part.directory, part.prefix))
    assert len(found) == len(part.cases()) == COUNT
    assert {p.stem for p in found} == {c["id"] for c in part.cases()}
    assert all(p.with_suffix(".json").is_file() for p in found)


@pytest.mark.parametrize(("prefix", "path"), MESSAGES, ids=[p.stem for _, p in MESSAGES])
def test_case_loads_and_labels_are_well_formed(prefix: str, path: Path) -> None:
    check_labels(path.stem, read_labels(path), BY_PREFIX[prefix].styles)
    check_loads(path)


EMAILS = [(prefix, path) for prefix, path in MESSAGES if path.suffix == ".eml"]


@pytest.mark.parametrize(("prefix", "path"), EMAILS, ids=[p.stem for _, p in EMAILS])
def test_the_sender_header_names_one_example_address(prefix: str, path: Path) -> None:
    """A display name with a comma is quoted, so the sender header is one whole address."""
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    addresses = msg["From"].addresses
    assert len(addresses) == 1
    assert addresses[0].domain.endswith(".example"), addresses[0]


@PER_PART
def test_a_data_message_label_names_its_envelope_sender_box(part: Part) -> None:
    databox = [c for c in part.cases() if "databox" in c]
    assert databox
    found = messages(part_paths(part.directory, part.prefix))
    assert sum(p.suffix == ".xml" for p in found) == len(databox)
    for case in databox:
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"], case["id"]


@PER_PART
def test_the_part_is_varied(part: Part) -> None:
    specs = part.cases()
    styles = Counter(c["style"] for c in specs)
    assert set(styles) <= part.styles and len(styles) >= MIN_STYLES, styles
    kinds = {kind for c in specs for kind, _, _ in c.get("attachments", [])}
    assert len(kinds - {"eml"}) >= 4 and part.kinds <= kinds, kinds
    types = Counter(tuple(c["labels"]["request_types"]) for c in specs)
    assert set(types) == ALL_REQUEST_TYPES, types
    labels = [c["labels"] for c in specs]
    assert any(lab["organization"]["ico"] is None for lab in labels)
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])


@pytest.mark.parametrize("part", MARKED, ids=[p.prefix for p in MARKED])
def test_the_raw_messages_carry_the_parts_markers(part: Part) -> None:
    raw = b"".join(p.read_bytes() for p in messages(part_paths(part.directory, part.prefix)))
    for marker in part.markers:
        assert marker in raw, marker


@pytest.mark.parametrize(
    ("ico", "valid"),
    [
        ("27483151", True),
        ("27483152", False),
        ("2748315", False),
        ("00268411", True),  # remainder 0: check digit 1
        ("27184633", True),
        ("27184634", False),
        ("2718463", False),
        ("04265980", True),
        ("00271454", True),
        ("36012530", True),
        ("00281531", True),
        ("36012531", False),
        ("0028153", False),
        ("0028153x", False),
        ("27418537", True),
        ("27418538", False),
        ("2741853", False),
        ("09876543", False),  # g020's UK company number is not an IČO
        ("25596641", True),
        ("25596642", False),
        ("2559664", False),
        ("52400808", True),
        ("52400809", False),
    ],
)
def test_the_ico_rule_accepts_only_a_right_check_digit(ico: str, valid: bool) -> None:
    assert ico_valid(ico) is valid


@pytest.mark.parametrize(
    ("prefix", "min_databox"),
    [
        ("c", 2),
        ("f", 2),
        ("h", 4),
        ("i", 3),
        ("ea", 2),
        ("fa", 2),
        ("ga", 2),
        ("ha", 2),
        ("ia", 2),
        ("ja", 2),
        ("ka", 2),
        ("la", 4),
        ("ma", 4),
        ("na", 4),
        ("oa", 4),
        ("pa", 4),
        ("qa", 4),
        ("ra", 4),
    ],
)
def test_a_mail_part_has_enough_data_messages(prefix: str, min_databox: int) -> None:
    """Parts c, f, h, i, ea, fa, ga, ha, ia, ja, ka, la, ma, na, oa, pa, qa and ra mix mail
    clients, encodings and charsets (their markers) with data messages."""
    part = BY_PREFIX[prefix]
    found = messages(part_paths(part.directory, prefix))
    assert sum(p.suffix == ".xml" for p in found) >= min_databox
