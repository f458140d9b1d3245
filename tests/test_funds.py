"""Investors in the other slots of a financing (FUNDS lane): the money of a round coming from a list (來自甲、乙的天使
投資), an investor taking part in a round or completing an investment as the subject of its clause, the cornerstone
investors of a listing — and the investors' names, Chinese or Latin, that such slots print. Every sentence here is
invented for the test; company names are real or made up.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import mentions as _mentions  # noqa: E402
from relation_scoring import graph_of, holds, rules_of  # noqa: E402

from kg.lexicon import load_lexicon  # noqa: E402

HEAD = "融資快訊\n\n"


def graph(tmp_path, text):
    return graph_of(tmp_path, HEAD + text + "\n")


def mentions(_tmp_path, text, typ="Company") -> set[str]:
    return set(_mentions(text, typ))


def invested(g) -> set[tuple[str, str]]:
    return {(g.nodes[u].get("label"), g.nodes[v].get("label")) for u, v, k in g.edges(keys=True) if k == "investsIn"}


def test_money_from_a_list_of_investors(tmp_path):
    text = "剛成立半年的燧原科技便拿到了來自和瀾資本、濱江科投、紅杉中國的種子輪投資。"
    assert {"和瀾資本", "濱江科投"} <= mentions(tmp_path, text)
    g = graph(tmp_path, text)
    for inv in ("和瀾資本", "濱江科投", "紅杉中國"):
        assert holds(g, inv, "investsIn", "燧原科技"), inv
    assert "invest.money-from" in rules_of(g, "和瀾資本", "investsIn", "燧原科技")


def test_investor_joins_a_round_as_the_subject(tmp_path):
    text = "嵐川動量資本日前宣佈參與摩爾線程最新一輪的融資。另外，晉北投資也確認參與了摩爾線程新一輪億元融資。"
    assert {"嵐川動量資本", "晉北投資"} <= mentions(tmp_path, text)
    g = graph(tmp_path, text)
    assert holds(g, "嵐川動量資本", "investsIn", "摩爾線程")
    assert holds(g, "晉北投資", "investsIn", "摩爾線程")


def test_investor_completes_an_investment(tmp_path):
    text = "據悉，某集團下屬的瀚澄資本也宣佈完成對壁仞科技的戰略投資。"
    assert "瀚澄資本" in mentions(tmp_path, text)
    g = graph(tmp_path, text)
    assert holds(g, "瀚澄資本", "investsIn", "壁仞科技")
    assert "invest.completes-in" in rules_of(g, "瀚澄資本", "investsIn", "壁仞科技")


def test_cornerstone_investors_of_a_listing(tmp_path):
    text = "沐曦此次在港上市引入10家基石投資者，分別為9Z Capital、啟明創投、北辰數科等，合共認購2億美元。"
    names = mentions(tmp_path, text)
    assert {"9Z Capital", "北辰數科"} <= names
    g = graph(tmp_path, text)
    for inv in ("9Z Capital", "啟明創投", "北辰數科"):
        assert holds(g, inv, "investsIn", "沐曦"), inv


def test_no_relation_when_denied_or_rumoured(tmp_path):
    """The names are names either way; the deal is no fact when denied or rumoured."""
    text = ("昆侖芯拒絕了來自華嶺資本的投資。泓錦資本並未參與燧原科技的新一輪融資。"
            "傳聞汗巒基金將完成對沐曦的投資。")
    names = mentions(tmp_path, text)
    assert {"華嶺資本", "泓錦資本", "汗巒基金"} <= names
    g = graph(tmp_path, text)
    assert not holds(g, "華嶺資本", "investsIn", "昆侖芯")
    assert not holds(g, "泓錦資本", "investsIn", "燧原科技")
    assert not holds(g, "汗巒基金", "investsIn", "沐曦")


def test_kinds_of_investor_are_no_names(tmp_path):
    """A kind of investor (社會資本, 產業基金, 國有資本, venture capital) in the same slots is no name; a name is."""
    text = ("壁仞科技獲得了來自社會資本、產業基金的投資。國有資本宣佈參與燧原科技的新一輪融資。"
            "沐曦引入基石投資者，分別為venture capital funds等。昆侖芯獲得了來自瀚海科投的投資。")
    names = mentions(tmp_path, text)
    assert "瀚海科投" in names
    assert not names & {"社會資本", "產業基金", "國有資本", "venture capital funds"}
    g = graph(tmp_path, text)
    assert holds(g, "瀚海科投", "investsIn", "昆侖芯")
    invested = {g.nodes[v].get("label") for _u, v, k in g.edges(keys=True) if k == "investsIn"}
    assert invested == {"昆侖芯"}


def test_lexicon_knows_the_big_investors(tmp_path):
    lex = load_lexicon()
    for name in ("真格基金", "光速中國", "光速中国", "中國互聯網投資基金", "中网投", "上海科創基金", "國新基金",
                 "華興資本", "晨興資本", "華為哈勃", "險峰長青", "達晨財智", "鼎暉投資", "中信產業基金", "建銀國際",
                 "Founders Fund", "Thrive Capital", "General Atlantic", "阿布扎比投資局", "卡塔爾投資局"):
        e = lex.lookup(name)
        assert e is not None and e.type == "Company", name


# Review fixes: the risky cases (each sentence invented)

def test_cornerstone_investors_go_to_the_issuer_not_the_sponsor(tmp_path):
    text = ("燧原科技的招股文件列明，獨家保薦人為中金公司，基石投資者包括高瓴資本、嵐川資本等。"
            "壁仞科技赴港上市，由中金公司與中信證券出任聯席保薦人，基石投資者包括紅杉中國。"
            "中信證券指出，基石投資者包括高瓴資本與紅杉中國。")
    g = graph(tmp_path, text)
    got = invested(g)
    assert not {x for x in got if x[1] in ("中金公司", "中信證券")}, got
    text = "燧原科技此次在港上市共引入8家基石投資者，分別為高瓴資本、嵐川資本等。"
    assert holds(graph(tmp_path, text), "嵐川資本", "investsIn", "燧原科技")


def test_generic_investors_in_the_slots_are_no_names(tmp_path):
    text = ("壁仞科技獲得了來自各路資本的投資。沐曦獲得了來自其旗下基金、一眾資本的投資。"
            "市場化基金宣佈參與燧原科技的新一輪融資。民營資本宣佈參與昆侖芯的新一輪融資。"
            "摩爾線程此次上市引入基石投資者，分別為紅杉中國、更多資本等。")
    names = mentions(tmp_path, text)
    assert not names & {"各路資本", "其旗下基金", "一眾資本", "市場化基金", "民營資本", "更多資本"}, names
    got = invested(graph(tmp_path, text))
    assert got == {("紅杉中國", "摩爾線程")}, got


def test_assets_are_no_investors(tmp_path):
    text = "沐曦獲得了來自閒置資產的資金。燧原科技的股東包括紅杉中國、晶片資產等。無形資產和紅杉中國共同出資。"
    names = mentions(tmp_path, text)
    assert not names & {"閒置資產", "晶片資產", "無形資產"}, names
    got = invested(graph(tmp_path, text))
    assert got <= {("紅杉中國", "燧原科技")}, got


def test_advice_diligence_or_interest_is_no_investment(tmp_path):
    text = ("嵐川資本已完成對沐曦的投資盡職調查。昆侖芯獲得了來自紅杉中國的投資建議。"
            "燧原科技獲得來自華為與小米的投資者的青睞。")
    got = invested(graph(tmp_path, text))
    assert got == set(), got


def test_not_taking_part_is_no_investment(tmp_path):
    text = "嵐川資本不參與沐曦的新一輪融資。紅杉中國決定不參與燧原科技的新一輪融資。"
    assert "嵐川資本" in mentions(tmp_path, text)
    got = invested(graph(tmp_path, text))
    assert got == set(), got


def test_a_person_in_a_cornerstone_list_is_no_company(tmp_path):
    text = "壁仞科技此次上市引入基石投資者，分別為嵐川資本、黃嘉明、周志遠等。"
    names = mentions(tmp_path, text)
    assert "嵐川資本" in names and not names & {"黃嘉明", "周志遠"}, names
    got = invested(graph(tmp_path, text))
    assert got == {("嵐川資本", "壁仞科技")}, got


def test_tool_names_and_model_codes_are_no_investors(tmp_path):
    text = "輝達推出Accel-Sim模擬器與GPU Accel Engine。某公司發佈QIA-2晶片。"
    names = mentions(tmp_path, text)
    assert not {n for n in names if "Accel" in n or "QIA" in n}, names


def test_denied_investor_is_still_a_name_and_completes_in_takes_a_list(tmp_path):
    text = "嵐川資本尚未完成對沐曦的投資。汗巒資本否認參與燧原科技的新一輪融資。"
    names = mentions(tmp_path, text)
    assert {"嵐川資本", "汗巒資本"} <= names, names
    assert invested(graph(tmp_path, text)) == set()
    text = "嵐川資本宣佈完成對沐曦和壁仞科技的戰略投資。"
    g = graph(tmp_path, text)
    assert holds(g, "嵐川資本", "investsIn", "沐曦") and holds(g, "嵐川資本", "investsIn", "壁仞科技")


def test_state_asset_managers_are_known(tmp_path):
    text = "燧原科技獲得了來自東方資產、信達資產的投資。"
    g = graph(tmp_path, text)
    assert holds(g, "中國東方資產管理", "investsIn", "燧原科技")
    assert holds(g, "中國信達資產管理", "investsIn", "燧原科技")
