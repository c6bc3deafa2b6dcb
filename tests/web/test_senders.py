"""The sender register in the officer UI: every seeded filing has a sender record shown on its
detail page, possible duplicates are listed with a merge that officers may do (auditors may
not), "Převzít" makes the officer the filing's referent, shown in the queue and detail; the
merge in a real browser."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import col, select

from storage import senders
from storage.db import session_scope
from storage.tables import AuditEntry, Submission
from tests.web.seed import Seeded, add_duplicate, csrf_in

Client = Callable[[str | None], TestClient]


def test_every_seeded_filing_has_a_sender_record_on_its_detail(
    seeded: Seeded, client_for: Client
) -> None:
    with session_scope(seeded.app.engine) as s:
        subs = s.exec(select(Submission)).all()
        assert subs and all(sub.sender_id is not None for sub in subs)
    html = client_for("auditor").get(f"/ui/submissions/{seeded.ids['approve']}").text
    assert 'id="h-evidence">Evidence a odesílatel<' in html
    assert "Deník Test</a>" in html and "IČO 27074358" in html
    assert "digitální (elektronické podání)" in html and "nikdo podání nepřevzal" in html
    assert 'id="prevzit"' not in html  # an auditor only reads


def test_duplicates_listed_and_merged_by_an_officer_not_an_auditor(
    seeded: Seeded, client_for: Client
) -> None:
    org_id, dup_id = add_duplicate(seeded)
    auditor = client_for("auditor")
    page = auditor.get("/ui/senders").text
    assert "Možné duplicity" in page and "stejný název, stejný e-mail" in page
    assert f'data-pair="{org_id}-{dup_id}"' in page
    confirm = auditor.get(f"/ui/senders/merge?keep={org_id}&drop={dup_id}").text
    assert "Vaše role umožňuje jen čtení." in confirm
    denied = auditor.post(
        "/ui/senders/merge",
        data={"keep": org_id, "drop": dup_id, "csrf_token": csrf_in(page)},
    )
    assert denied.status_code == 403
    officer = client_for("officer")
    confirm = officer.get(f"/ui/senders/merge?keep={org_id}&drop={dup_id}").text
    assert "Sloučit záznamy" in confirm and "zůstane v rejstříku" in confirm
    done = officer.post(
        "/ui/senders/merge",
        data={"keep": org_id, "drop": dup_id, "csrf_token": csrf_in(confirm)},
    )
    assert done.status_code == 303 and done.headers["location"].endswith(
        f"/ui/senders/{org_id}?done=merged"
    )
    record = officer.get(f"/ui/senders/{org_id}?done=merged").text
    assert "Záznamy byly sloučeny" in record and f"č. {dup_id}</a>" in record
    assert "Žádné možné duplicity." in officer.get("/ui/senders").text
    again = officer.post(  # merged already: refused with a Czech sentence, not a 500
        "/ui/senders/merge",
        data={"keep": org_id, "drop": dup_id, "csrf_token": csrf_in(confirm)},
    )
    assert again.status_code == 409 and "Záznamy nelze sloučit" in again.text
    history = officer.get(f"/ui/submissions/{seeded.ids['spare']}").text
    assert "sloučením záznamů odesílatelů" in history
    with session_scope(seeded.app.engine) as s:
        entry = s.exec(select(AuditEntry).where(col(AuditEntry.action) == senders.MERGED)).all()
        assert [(e.actor, e.data["merged"]) for e in entry][-1] == ("test-officer", dup_id)


def test_records_search_and_unknown_record(seeded: Seeded, client_for: Client) -> None:
    c = client_for("officer")
    assert "Deník Test" in c.get("/ui/senders?q=deník test").text
    assert "Žádný záznam neodpovídá hledání." in c.get("/ui/senders?q=nikdo-takovy").text
    missing = c.get("/ui/senders/999999")
    assert missing.status_code == 404 and "neexistuje" in missing.text


def test_take_over_sets_the_referent_shown_in_queue_and_detail(
    seeded: Seeded, client_for: Client
) -> None:
    c = client_for("officer")
    sub = seeded.ids["edit"]
    html = c.get(f"/ui/submissions/{sub}").text
    r = c.post(f"/ui/submissions/{sub}/take", data={"csrf_token": csrf_in(html)})
    assert r.status_code == 303
    html = c.get(f"/ui/submissions/{sub}?done=taken").text
    assert "Podání bylo převzato" in html and 'id="prevzit"' not in html
    assert "Podání převzal(a) test-officer" in html  # the history sentence
    assert '<td class="referent" data-label="Referent">test-officer</td>' in c.get("/ui/queue").text
    admin = client_for("admin")
    html = admin.get(f"/ui/submissions/{sub}").text
    assert "Převzít od test-officer" in html
    admin.post(f"/ui/submissions/{sub}/take", data={"csrf_token": csrf_in(html)})
    assert "(dříve test-officer)" in admin.get(f"/ui/submissions/{sub}").text


@pytest.mark.timeout(180)
def test_merge_in_the_browser(
    seeded: Seeded, ui: tuple[str, Any], artifacts_dir: Path
) -> None:
    from playwright.sync_api import expect

    org_id, dup_id = add_duplicate(seeded)
    base, page = ui
    page.goto(base + "/ui/login")
    page.fill("#username", seeded.users["officer"][0])
    page.fill("#password", seeded.users["officer"][1])
    page.get_by_role("button", name="Přihlásit se").click()
    page.wait_for_url("**/ui/queue")
    page.get_by_role("link", name="Odesílatelé").click()
    page.wait_for_url("**/ui/senders")
    page.locator(f'a[data-pair="{org_id}-{dup_id}"]').click()
    expect(page.locator("h1")).to_have_text("Sloučit záznamy odesílatelů")
    page.screenshot(path=str(artifacts_dir / "sender-merge.png"), full_page=True)
    page.click("#sloucit")
    page.wait_for_url(f"**/ui/senders/{org_id}?done=merged")
    expect(page.locator("#hotovo")).to_contain_text("Záznamy byly sloučeny")
    expect(page.locator("#podani-odesilatele")).to_contain_text("Žádost 7")
    page.get_by_role("link", name="← Zpět na rejstřík odesílatelů").click()
    expect(page.locator("#zadne-duplicity")).to_be_visible()
