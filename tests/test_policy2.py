"""POLICY2 lane: measures nobody named — who issued them and what they restrict (invented sentences).

A user asks of the graph: which country's sanction is holding a company back, which ban forbids which company
to sell which chip to which country, which agency granted a chip's licence — and must not be told that a
country opposing another's sanction imposes one, that the word 禁止 elsewhere on the page is the ban, or
that a measure is in force where the text only supposes it.
"""
from relation_scoring import graph_of, labelled_edges as relations


def _rel(tmp_path, text):
    return relations(tmp_path, text)


# -- a measure printed as its issuer and its kind -------------------------------------------------------
def test_a_bare_sanction_is_the_countrys_and_restricts_the_company_it_holds_back(tmp_path):
    rels = _rel(tmp_path, "由於美國制裁，過去兩年裡，長江存儲一直難以擴大出貨。")
    assert ("美國制裁", "issuedBy", "美國") in rels
    assert ("美國制裁", "restricts", "長江存儲") in rels


def test_the_same_bare_measure_printed_twice_is_one_node(tmp_path):
    rels = _rel(tmp_path, "美國的技術封鎖迫使中芯國際加快自研。分析師認為，美國的技術封鎖短期難以放鬆。")
    named = {s for s, p, o in rels if p == "issuedBy" and o == "美國"}
    assert named == {"美國技術封鎖"}


def test_a_country_after_dui_is_the_target_not_the_issuer(tmp_path):
    rels = _rel(tmp_path, "由於日本制裁，某公司難以出貨。中國外交部對美國制裁表示強烈不滿。")
    assert ("日本制裁", "issuedBy", "日本") in rels
    assert not any(p == "issuedBy" and o == "美國" for s, p, o in rels)


def test_a_supplier_unable_to_serve_another_is_not_restricted(tmp_path):
    rels = _rel(tmp_path, "由於美國制裁，台積電無法為華為代工先進晶片。")
    assert ("美國制裁", "issuedBy", "美國") in rels
    assert ("美國制裁", "restricts", "台積電") not in rels


def test_a_supposed_sanction_restricts_nobody(tmp_path):
    rels = _rel(tmp_path, "如果由於美國制裁，長江存儲將無法擴產。")
    assert ("美國制裁", "issuedBy", "美國") in rels
    assert not any(p == "restricts" for s, p, o in rels)


# -- a ban printed as what it forbids -----------------------------------------------------------------
def test_a_ban_on_selling_a_chip_to_china_restricts_maker_chip_and_country(tmp_path):
    rels = _rel(tmp_path, "美國商務部上月禁止超微向中國出售MI308晶片。")
    assert ("MI308對華禁售令", "restricts", "超微半導體") in rels
    assert ("MI308對華禁售令", "restricts", "MI308") in rels
    assert ("MI308對華禁售令", "restricts", "中國") in rels
    assert ("MI308對華禁售令", "issuedBy", "美國商務部") in rels


def test_a_limit_on_exporting_a_tool_simplified(tmp_path):
    rels = _rel(tmp_path, "美国商务部禁止超微向中国出售MI308芯片。荷兰政府限制阿斯麦向中国出口光刻机。")
    assert ("光刻机对华出口限制", "restricts", "光刻機") in rels  # the lexicon's label of the tool
    assert ("光刻机对华出口限制", "restricts", "阿斯麥") in rels
    assert ("光刻机对华出口限制", "issuedBy", "荷兰政府") in rels


def test_the_word_ban_elsewhere_on_the_page_is_not_the_ban(tmp_path):
    rels = _rel(tmp_path, "美國商務部禁止輝達向中國出售H20。歐盟則沒有禁止英特爾向中國出售Gaudi 3。")
    assert ("H20對華禁售令", "restricts", "英偉達") in rels
    assert not any(o in ("英特爾", "Gaudi 3") and p == "restricts" for s, p, o in rels)


# -- a licence granted by an agency -------------------------------------------------------------------
def test_the_bureau_granting_a_chips_licence_issues_it(tmp_path):
    rels = _rel(tmp_path, "美國商務部旗下負責出口管制的產業與安全局，上週終於批出MI308的出口許可。")
    assert ("MI308出口許可", "issuedBy", "美國商務部工業與安全局") in rels


def test_the_ministry_granting_a_described_chips_licence_issues_it(tmp_path):
    rels = _rel(tmp_path, "美國商務部正式批出超微專供中國市場的MI308晶片出口許可。")
    assert ("MI308出口許可", "issuedBy", "美國商務部") in rels


# -- a regulator's investigation of a company ---------------------------------------------------------
def test_an_antitrust_investigation_is_the_regulators_and_restricts_the_company(tmp_path):
    rels = _rel(tmp_path, "中國市場監管總局上週對高通展開反壟斷調查，市場關注後續影響。")
    assert ("中國市場監管總局高通反壟斷調查", "issuedBy", "國家市場監督管理總局") in rels
    assert ("中國市場監管總局高通反壟斷調查", "restricts", "高通") in rels


# -- review fixes: what is no measure in force, who is no issuer (POLICY2 lane, second round) -----------------
def _policies(tmp_path, text):
    """{label: mention count} of the Policy nodes kg builds from `text`."""
    g = graph_of(tmp_path, "晶片週報\n\n" + text + "\n")
    return {a.get("label"): a.get("mention_count") for n, a in g.nodes(data=True)
            if a.get("kind") == "entity" and a.get("type") == "Policy" and a.get("mention_count")}


def test_a_lifted_or_withdrawn_ban_is_no_ban(tmp_path):
    for text in ("美國商務部昨日解除禁止超微向中國出售MI308晶片。",
                 "美國商務部上週已撤回禁止超微向中國出售MI308晶片的命令。",
                 "超微多次遊說美國政府不要限制超微向中國出售MI308晶片。"):
        rels = _rel(tmp_path, text)
        assert not any(s.startswith("MI308") for s, p, o in rels), text
        assert not any(k.startswith("MI308") for k in _policies(tmp_path, text)), text


def test_a_ban_only_weighed_is_not_stated_as_fact(tmp_path):
    text = "據報道，美國政府正考慮禁止超微向中國出售MI308晶片。"
    assert not any(k.startswith("MI308") for k in _policies(tmp_path, text))


def test_a_body_arguing_against_a_ban_is_not_its_issuer(tmp_path):
    for text in ("中國商務部強烈反對禁止超微向中國出售MI308晶片。",
                 "歐盟委員會批評禁止超微向中國出售MI308晶片的做法。"):
        rels = _rel(tmp_path, text)
        assert not any(p == "issuedBy" and s.startswith("MI308") for s, p, o in rels), text


def test_a_company_limiting_its_own_sales_is_no_ban_on_the_country(tmp_path):
    rels = _rel(tmp_path, "超微宣布自願限制向中國出售MI308晶片。")
    assert not any(p == "restricts" and o in ("中國", "MI308") for s, p, o in rels)


def test_the_word_forbid_in_another_sense_is_not_marked_as_the_ban(tmp_path):
    pols = _policies(tmp_path, "美國商務部禁止超微向中國出售MI308晶片。另外，該公司禁止員工在廠區吸煙。")
    assert pols.get("MI308對華禁售令") == 1


def test_a_sanction_holds_back_only_the_company_opening_the_next_clause(tmp_path):
    for text, other in (("受美國制裁影響，長江存儲出貨放緩，三星電子難以填補缺口。", "三星電子"),
                        ("由於美國制裁，長江存儲轉向中芯國際，中芯國際難以滿足訂單。", "中芯國際")):
        rels = _rel(tmp_path, text)
        assert ("美國制裁", "restricts", other) not in rels, text


def test_a_supplier_stopping_work_for_the_sanctioned_company_is_not_restricted(tmp_path):
    rels = _rel(tmp_path, "由於美國制裁，台積電被迫停止替長江存儲代工晶片。")
    assert ("美國制裁", "restricts", "台積電") not in rels


def test_a_sanction_stops_a_company_selling_to_a_country(tmp_path):
    rels = _rel(tmp_path, "由於美國制裁，超微無法向中國出售MI308晶片。")
    assert ("美國制裁", "restricts", "超微半導體") in rels


def test_a_sanction_named_after_its_target_is_not_issued_by_it(tmp_path):
    rels = _rel(tmp_path, "中興通訊曾因違反伊朗制裁被罰款。")
    assert not any(p == "issuedBy" and o == "伊朗" for s, p, o in rels)


def test_sanction_used_as_a_verb_makes_no_measure(tmp_path):
    for text in ("去年美國制裁多家中國晶片企業。", "美國制裁了數十家中國實體。"):
        assert "美國制裁" not in _policies(tmp_path, text), text


def test_a_ban_followed_by_ling_meaning_makes_is_still_the_ban(tmp_path):
    rels = _rel(tmp_path, "美國的出口禁令令長江存儲難以取得設備。")
    assert ("美國出口禁令", "issuedBy", "美國") in rels


def test_a_licence_refused_or_hoped_for_is_no_licence(tmp_path):
    for text in ("美國商務部上週拒絕批出MI308的出口許可。",
                 "中國外交部表示，希望美國儘快批出超微MI308晶片的出口許可。"):
        assert not any(k.startswith("MI308") for k in _policies(tmp_path, text)), text


def test_two_regulators_investigating_one_company_are_two_investigations(tmp_path):
    rels = _rel(tmp_path, "歐盟委員會對高通展開反壟斷調查。中國市場監管總局隨後也對高通展開反壟斷調查。")
    issued = {(s, o) for s, p, o in rels if p == "issuedBy"}
    assert len({s for s, o in issued}) == 2


def test_the_verb_marking_a_ban_is_not_one_of_its_names(tmp_path):
    # The ban is named by kg (MI308對華禁售令); the verb 禁止 only marks where it is stated. A user looking up
    # the word 禁止 must not land on this ban, and its names in the graph must all be names.
    g = graph_of(tmp_path, "晶片週報\n\n美國商務部上月禁止超微向中國出售MI308晶片。\n")
    ban = next(a for n, a in g.nodes(data=True) if a.get("kind") == "entity" and a.get("label") == "MI308對華禁售令")
    assert "禁止" not in {name for name, _lang in ban["names"]}
    assert "MI308对华禁售令" in {name for name, _lang in ban["names"]}
