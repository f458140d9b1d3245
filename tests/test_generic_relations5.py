"""Fifth-round generic rules (ontology/rules/relations.toml, generic.<predicate>.<n>), the semicolon stop
of `~~` gaps and the memory figures of quantities.toml: sentences written for these tests, not taken
from any newspaper."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from kg.normalize import normalize
from kg.quantities import find_quantities

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402


def test_a_country_before_a_trade_noun_locates_each_company_of_the_list(tmp_path):
    g = graph_of(tmp_path, "南韓儲存晶片商SK海力士跟三星本季都將擴產。\n")
    assert holds(g, "SK海力士", "locatedIn", "南韓")
    assert holds(g, "三星", "locatedIn", "南韓")


def test_buying_a_plant_of_a_company_is_not_buying_the_company(tmp_path):
    g = graph_of(tmp_path, "美光上月宣布，以20億美元收購力積電的一座晶圓廠。\n")
    assert not holds(g, "美光", "acquired", "力積電")
    g = graph_of(tmp_path, "美光上月宣布，以20億美元收購力積電。\n")
    assert holds(g, "美光", "acquired", "力積電")


def test_a_comparison_does_not_reach_over_a_semicolon(tmp_path):
    # a roadmap in one sentence, half-width semicolons, the new designs not known names
    g = graph_of(tmp_path, "2025年甲架構超越H100;2026年乙架構對標B200;2027年另有新品。\n")
    assert not holds(g, "H100", "comparedWith", "B200")


def test_the_foundry_a_node_is_discussed_with(tmp_path):
    g = graph_of(tmp_path, "聯發科證實，已與台積電啟動2奈米晶圓代工洽談。\n")
    assert holds(g, "台積電", "usesProcess", "2")
    assert not holds(g, "聯發科", "usesProcess", "2")


def test_one_country_restricting_another(tmp_path):
    g = graph_of(tmp_path, "美國近年在出口管制上加碼，設法限制中國取得先進設備。\n")
    assert holds(g, "美國", "restricts", "中國")


def test_a_title_after_a_company_and_its_department(tmp_path):
    g = graph_of(tmp_path, "台積電先進封裝技術負責人魏哲家今天在論壇上發言。\n")
    assert holds(g, "魏哲家", "affiliatedWith", "台積電")


def test_a_code_name_given_by_a_company_is_its_product(tmp_path):
    g = graph_of(tmp_path, "輝達新款GPU架構代號「Rubin」，預計明年量產。\n")
    assert holds(g, "輝達", "develops", "Rubin")


def test_a_merger_by_absorption_is_an_acquisition(tmp_path):
    g = graph_of(tmp_path, "海光信息宣布以換股方式吸收合併中科曙光。\n")
    assert holds(g, "海光信息", "acquired", "中科曙光")


def test_a_company_deploying_technologies(tmp_path):
    g = graph_of(tmp_path, "百度這幾年對FPGA與GPU都做了大規模部署。\n")
    assert holds(g, "百度", "uses", "FPGA")
    assert holds(g, "百度", "uses", "GPU")


def test_building_on_a_technology_is_not_developing_it(tmp_path):
    g = graph_of(tmp_path, "百度多年前便開始基於FPGA開發自有加速卡。\n")
    assert not holds(g, "百度", "develops", "FPGA")


def _figures(text: str):
    key = normalize(text).key
    return [(q.measure, q.unit, q.value) for q in find_quantities(key)]


def test_memory_data_rate_and_die_density_are_read_with_their_units():
    figs = _figures("新款DDR5最高速率可達7200Mbps，單顆容量最高32Gb；另一款16Gb容量的顆粒也已送樣。")
    assert ("bandwidth", "Mbit/s", Decimal("7200")) in figs
    assert ("density", "Gbit", Decimal("32")) in figs
    assert ("density", "Gbit", Decimal("16")) in figs


def test_a_module_size_in_gigabytes_stays_memory():
    figs = _figures("這張加速卡配備80GB的HBM3記憶體。")
    assert ("memory", "GB", Decimal("80")) in figs
