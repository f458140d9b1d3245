"""POLICY2 lane: measures nobody named — who issued them and what they restrict (invented sentences).

A user asks of the graph: which country's sanction is holding a company back, which ban forbids which company
to sell which chip to which country, which agency granted a chip's licence — and must not be told that a
country opposing another's sanction imposes one, that the word 禁止 elsewhere on the page is the ban, or
that a measure is in force where the text only supposes it.
"""
from relation_scoring import labelled_edges as relations


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
    assert ("高通反壟斷調查", "issuedBy", "國家市場監督管理總局") in rels
    assert ("高通反壟斷調查", "restricts", "高通") in rels
